//! Rep detection while recording: the same rules as `analysis::detect_reps`, sample by sample,
//! so reps are listed as they happen. The full analysis after stopping is the reference.

use crate::analysis::{AnalysisParams, TIME_EPS_S};

/// A rep seen so far.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LiveRep {
    pub start_index: usize,
    /// End sample, once the rep has ended.
    pub end_index: Option<usize>,
    pub peak_n: f64,
    pub peak_index: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    InRep {
        start: usize,
        peak: f64,
        peak_index: usize,
    },
    /// Below `R_on/2` since sample `since` (at time `since_s`).
    Quiet {
        start: usize,
        peak: f64,
        peak_index: usize,
        since: usize,
        since_s: f64,
    },
}

/// Incremental rep detector over net force `G` with a known `R_on`.
#[derive(Debug, Clone)]
pub struct LiveReps {
    r_on: f64,
    quiet_s: f64,
    min_duration_s: f64,
    end_fraction: f64,
    state: State,
    /// Time of the rep start (for the minimum duration).
    start_s: f64,
    pub reps: Vec<LiveRep>,
}

impl LiveReps {
    pub fn new(r_on: f64, params: &AnalysisParams) -> Self {
        LiveReps {
            r_on,
            quiet_s: params.rep_end_quiet_s,
            min_duration_s: params.min_rep_duration_s,
            end_fraction: params.rep_end_fraction,
            state: State::Idle,
            start_s: 0.0,
            reps: Vec::new(),
        }
    }

    fn finish(&mut self, start: usize, end: usize, end_s: f64, peak: f64, peak_index: usize) {
        if let Some(last) = self.reps.last_mut()
            && last.end_index.is_none()
        {
            if end_s - self.start_s >= self.min_duration_s - TIME_EPS_S {
                last.end_index = Some(end);
                last.peak_n = peak;
                last.peak_index = peak_index;
            } else {
                self.reps.pop();
            }
        }
        let _ = start;
    }

    /// The next sample (index `i`, time `t`, net force `g`).
    pub fn push(&mut self, i: usize, t: f64, g: f64) {
        let low = self.r_on * self.end_fraction;
        self.state = match self.state {
            State::Idle => {
                if g > self.r_on {
                    self.start_s = t;
                    self.reps.push(LiveRep { start_index: i, end_index: None, peak_n: g, peak_index: i });
                    State::InRep { start: i, peak: g, peak_index: i }
                } else {
                    State::Idle
                }
            }
            State::InRep { start, peak, peak_index } => {
                let (peak, peak_index) = if g > peak { (g, i) } else { (peak, peak_index) };
                if let Some(last) = self.reps.last_mut() {
                    last.peak_n = peak;
                    last.peak_index = peak_index;
                }
                if g < low {
                    State::Quiet { start, peak, peak_index, since: i, since_s: t }
                } else {
                    State::InRep { start, peak, peak_index }
                }
            }
            State::Quiet { start, peak, peak_index, since, since_s } => {
                if g < low {
                    if t - since_s >= self.quiet_s - TIME_EPS_S {
                        let end_s = since_s;
                        self.finish(start, since, end_s, peak, peak_index);
                        State::Idle
                    } else {
                        State::Quiet { start, peak, peak_index, since, since_s }
                    }
                } else {
                    // Back above: the dip was too short to end the rep.
                    let (peak, peak_index) = if g > peak { (g, i) } else { (peak, peak_index) };
                    if let Some(last) = self.reps.last_mut() {
                        last.peak_n = peak;
                        last.peak_index = peak_index;
                    }
                    State::InRep { start, peak, peak_index }
                }
            }
        };
    }

    /// The recording ended at sample `last` (time `last_s`): a rep in progress ends (at the
    /// last sample, or where its quiet run began).
    pub fn end(&mut self, last: usize, last_s: f64) {
        match self.state {
            State::InRep { start, peak, peak_index } => self.finish(start, last, last_s, peak, peak_index),
            State::Quiet { start, peak, peak_index, since, since_s } => {
                self.finish(start, since, since_s, peak, peak_index)
            }
            State::Idle => {}
        }
        self.state = State::Idle;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::detect_reps;
    use crate::device::sim::{SimAthlete, SimLayout};
    use crate::io::sample_data::simulate_trace;
    use crate::model::Side;

    #[test]
    fn live_detection_matches_the_batch_detection() {
        for (seed, rest) in [(1u64, 3.0), (2, 0.35), (3, 0.12)] {
            let athlete = SimAthlete { rest_s: rest, reps: Some(4), ..SimAthlete::default() };
            let trace = simulate_trace(&athlete, SimLayout::Single { side: Side::Right }, 500.0, seed, "t");
            let (t, f) = (&trace.time_s, &trace.channels[0].force_n);
            let params = AnalysisParams::default();
            let batch = detect_reps(t, f, 20.0, &params);
            let mut live = LiveReps::new(20.0, &params);
            for i in 0..t.len() {
                live.push(i, t[i], f[i]);
            }
            live.end(t.len() - 1, t[t.len() - 1]);
            let spans: Vec<(usize, usize)> = live.reps.iter().map(|r| (r.start_index, r.end_index.unwrap())).collect();
            let expected: Vec<(usize, usize)> = batch.iter().map(|s| (s.start, s.end)).collect();
            assert_eq!(spans, expected, "rest {rest} s");
            for r in &live.reps {
                let direct = f[r.start_index..=r.end_index.unwrap()].iter().copied().fold(f64::MIN, f64::max);
                assert_eq!(r.peak_n, direct);
            }
        }
    }
}
