//! Rep detection (DOMAIN.md section 2): where each effort starts and ends.

use super::params::{AnalysisParams, TIME_EPS_S};

/// One detected effort, as sample indices into the trial.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepSpan {
    /// First sample with `G > R_on`.
    pub start: usize,
    /// First later sample below `R_on/2` that begins a long enough quiet run, or the last sample.
    pub end: usize,
}

/// Finds the reps of a net-force signal `g` sampled at `t` with rep threshold `r_on`.
///
/// A rep starts at the first sample with `G > R_on`; it ends at the first later sample with
/// `G < R_on/2` that begins a run of samples all below `R_on/2` lasting at least
/// `rep_end_quiet_s` (or reaching the end of the trial). A trial that ends above ends the rep at
/// its last sample. Reps shorter than `min_rep_duration_s` (start to end sample) are dropped.
pub fn detect_reps(t: &[f64], g: &[f64], r_on: f64, params: &AnalysisParams) -> Vec<RepSpan> {
    let n = t.len().min(g.len());
    let low = r_on * params.rep_end_fraction;
    let mut reps = Vec::new();
    let mut i = 0;
    while i < n {
        let Some(start) = (i..n).find(|&k| g[k] > r_on) else {
            break;
        };
        let end = find_end(t, g, start, low, params.rep_end_quiet_s);
        if t[end] - t[start] >= params.min_rep_duration_s - TIME_EPS_S {
            reps.push(RepSpan { start, end });
        }
        i = end + 1;
    }
    reps
}

fn find_end(t: &[f64], g: &[f64], start: usize, low: f64, quiet_s: f64) -> usize {
    let n = t.len().min(g.len());
    let mut j = start + 1;
    while j < n {
        if g[j] < low {
            // The run of samples below `low` that begins at j.
            let mut k = j;
            while k + 1 < n && g[k + 1] < low {
                k += 1;
            }
            if k == n - 1 || t[k] - t[j] >= quiet_s - TIME_EPS_S {
                return j;
            }
            // Too short: no later sample of this run can begin a longer one.
            j = k + 1;
        } else {
            j += 1;
        }
    }
    n - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(rate: f64, g: &[f64]) -> Vec<f64> {
        (0..g.len()).map(|i| i as f64 / rate).collect()
    }

    #[test]
    fn a_short_dip_does_not_split_a_rep() {
        // 100 Hz: 0.5 s rest, 1 s effort with a 50 ms dip, 1 s rest.
        let mut g = vec![0.0; 50];
        g.extend(vec![100.0; 40]);
        g.extend(vec![0.0; 5]);
        g.extend(vec![100.0; 55]);
        g.extend(vec![0.0; 100]);
        let t = at(100.0, &g);
        let reps = detect_reps(&t, &g, 20.0, &AnalysisParams::default());
        assert_eq!(reps, vec![RepSpan { start: 50, end: 150 }]);
    }

    #[test]
    fn quiet_run_reaching_the_end_ends_the_rep_and_short_reps_drop() {
        let mut g = vec![0.0; 10];
        g.extend(vec![100.0; 20]); // 0.2 s: too short
        g.extend(vec![0.0; 20]);
        g.extend(vec![100.0; 40]);
        g.extend(vec![0.0; 3]); // quiet run to the end, only 20 ms
        let t = at(100.0, &g);
        let reps = detect_reps(&t, &g, 20.0, &AnalysisParams::default());
        assert_eq!(reps, vec![RepSpan { start: 50, end: 90 }]);
    }

    #[test]
    fn trial_ending_above_ends_at_last_sample() {
        let mut g = vec![0.0; 10];
        g.extend(vec![100.0; 50]);
        let t = at(100.0, &g);
        let reps = detect_reps(&t, &g, 20.0, &AnalysisParams::default());
        assert_eq!(reps, vec![RepSpan { start: 10, end: 59 }]);
    }
}
