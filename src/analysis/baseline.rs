//! Baselines and polarity (DOMAIN.md sections 1-2, revision 2): the trial baseline `b0`, `s0`
//! of the first 0.5 s (polarity and rep detection only), and each rep's own baseline `b`, `s`
//! from the last quiet stretch before its rise.

use super::params::{AnalysisParams, TIME_EPS_S};
use super::signal::{NetSignal, mean_and_sd};
use crate::model::Polarity;

/// Mean and noise of the trial baseline window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Baseline {
    /// Mean of `F` over the window (`b`).
    pub mean_n: f64,
    /// Sample standard deviation of `F` over the window (`s`), 0 with a single sample.
    pub noise_n: f64,
    /// Number of samples in the window.
    pub samples: usize,
}

/// Samples in the baseline window: those with `t - t[0] < window_s` (at least the first one).
pub fn baseline_len(time_s: &[f64], window_s: f64) -> usize {
    let Some(&t0) = time_s.first() else { return 0 };
    time_s.partition_point(|&t| t - t0 < window_s).max(1)
}

/// `b` and `s` over the first `window_s` seconds of `force_n`.
pub fn baseline(time_s: &[f64], force_n: &[f64], window_s: f64) -> Baseline {
    let n = baseline_len(time_s, window_s);
    let (mean_n, noise_n) = mean_and_sd(&force_n[..n]);
    Baseline { mean_n, noise_n, samples: n }
}

/// Whether the trial's force must be multiplied by -1. `auto`: invert when
/// `b - min(F) > max(F) - b`, with `b` the baseline mean of the raw force and `range_n` the raw
/// force's `(min, max)`.
pub fn is_inverted(polarity: Polarity, range_n: (f64, f64), baseline_mean_n: f64) -> bool {
    match polarity {
        Polarity::Positive => false,
        Polarity::Negative => true,
        Polarity::Auto => {
            let (min, max) = range_n;
            baseline_mean_n - min > max - baseline_mean_n
        }
    }
}

/// Where a rep's baseline came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RepBaseline {
    /// `b`: median of the signed force in the rep's window (or the trial's `b0`), in the
    /// direction of the effort (after polarity).
    pub level_n: f64,
    /// `s`: `1.4826 * MAD` of the window (or the trial's `s0`).
    pub noise_n: f64,
    /// First and last sample of the window; `None` when the trial baseline was used
    /// (`baseline_from_trial_start`).
    pub window: Option<(usize, usize)>,
}

/// Scale from the median absolute deviation to the SD of normally distributed noise.
const MAD_TO_SD: f64 = 1.4826;

/// The steepest rise `r`: the sample `i` in `[lower, peak]` with the largest
/// `(G(t_i + w) - G(t_i)) / w` (the first on ties). Any baseline gives the same answer, so
/// `signed` may carry any offset.
pub fn steepest_rise(signed: &NetSignal, lower: usize, peak: usize, window_s: f64) -> usize {
    signed.largest_rise(lower, peak, window_s, f64::INFINITY, f64::NEG_INFINITY).map_or(lower, |(i, _)| i)
}

/// A rep's own baseline (DOMAIN.md section 2, revision 2). `signed` is the force after polarity
/// with no baseline removed; candidate windows end on a sample `j` in `[lower, rise]`, hold the
/// samples with `t_j - w < t_i <= t_j`, lie inside the bounds (`t_j - w >= t[lower]`) and hold
/// at least `rep_baseline_min_samples` samples. `s_q` is the smallest sample SD among them; the
/// rep's window is the latest candidate whose range is at most
/// `rho = max(2 % of peak_g0_n, 8 s_q, 1 N)`. Without one, `trial` is used.
///
/// Linear in the number of samples searched: a forward pass with running sums finds `s_q`, then
/// a backward pass with monotone queues for the range stops at the latest window within `rho`.
pub fn rep_baseline(
    signed: &NetSignal,
    lower: usize,
    rise: usize,
    peak_g0_n: f64,
    trial: &Baseline,
    trial_level_n: f64,
    params: &AnalysisParams,
) -> RepBaseline {
    let fallback = RepBaseline { level_n: trial_level_n, noise_n: trial.noise_n, window: None };
    let windows = Windows::new(signed.t, lower, params);
    let Some(quietest) = quietest_sd(signed, &windows, rise) else {
        return fallback;
    };
    let rho = (params.rep_baseline_range_fraction * peak_g0_n)
        .max(params.rep_baseline_range_noise_multiple * quietest)
        .max(params.rep_baseline_range_floor_n);
    let Some((from, to)) = latest_within(signed, &windows, rise, rho) else {
        return fallback;
    };
    let mut values: Vec<f64> = (from..=to).map(|i| signed.at(i)).collect();
    let level_n = median(&mut values);
    for v in &mut values {
        *v = (*v - level_n).abs();
    }
    let mad = median(&mut values);
    RepBaseline { level_n, noise_n: MAD_TO_SD * mad, window: Some((from, to)) }
}

/// The candidate windows' geometry. Times compare with a tolerance so that a window is the same
/// whatever the clock's origin: `t_i > t_j - w` and `t_j - w >= t[lower]` as in exact arithmetic.
struct Windows<'a> {
    t: &'a [f64],
    lower: usize,
    length_s: f64,
    min_samples: usize,
}

impl<'a> Windows<'a> {
    fn new(t: &'a [f64], lower: usize, params: &AnalysisParams) -> Self {
        Windows {
            t,
            lower,
            length_s: params.rep_baseline_window_s,
            min_samples: params.rep_baseline_min_samples.max(2),
        }
    }

    /// Whether sample `i` lies before the window that ends on `j`.
    #[inline]
    fn before(&self, i: usize, j: usize) -> bool {
        self.t[i] <= self.t[j] - self.length_s + TIME_EPS_S
    }

    /// Whether the window ending on `j`, starting at sample `start`, is a candidate.
    #[inline]
    fn is_candidate(&self, start: usize, j: usize) -> bool {
        self.t[j] - self.length_s >= self.t[self.lower] - TIME_EPS_S && j + 1 - start >= self.min_samples
    }
}

/// `s_q`: the smallest sample SD of the candidate windows ending in `[lower, rise]`, from running
/// sums (relative to the first sample, for precision). `None` without a candidate.
fn quietest_sd(signed: &NetSignal, w: &Windows, rise: usize) -> Option<f64> {
    let reference = signed.at(w.lower);
    let (mut sum, mut sum_sq) = (0.0f64, 0.0f64);
    let mut start = w.lower;
    // The smallest variance; its square root once at the end.
    let mut quietest: Option<f64> = None;
    for j in w.lower..=rise {
        let d = signed.at(j) - reference;
        sum += d;
        sum_sq += d * d;
        while w.before(start, j) {
            let d = signed.at(start) - reference;
            sum -= d;
            sum_sq -= d * d;
            start += 1;
        }
        if w.is_candidate(start, j) {
            let n = (j + 1 - start) as f64;
            let variance = ((sum_sq - sum * sum / n) / (n - 1.0)).max(0.0);
            quietest = Some(quietest.map_or(variance, |q: f64| q.min(variance)));
        }
    }
    quietest.map(f64::sqrt)
}

/// The latest candidate window (first and last sample) whose range is at most `rho`, searched
/// backwards from `rise` with monotone queues of the window's maximum and minimum.
fn latest_within(signed: &NetSignal, w: &Windows, rise: usize, rho: f64) -> Option<(usize, usize)> {
    // Queues as vectors with a moving front: indices in decreasing order of insertion (the
    // window grows to the left and shrinks from the right).
    let mut highs: Vec<usize> = Vec::new();
    let mut lows: Vec<usize> = Vec::new();
    let (mut high_front, mut low_front) = (0, 0);
    // The window ending on `j` is `[start, j]`; `start` only moves left as `j` does.
    let mut start = rise + 1;
    for j in (w.lower..=rise).rev() {
        while start > w.lower && !w.before(start - 1, j) {
            start -= 1;
            let f = signed.at(start);
            while highs.len() > high_front && highs.last().is_some_and(|&k| signed.at(k) <= f) {
                highs.pop();
            }
            highs.push(start);
            while lows.len() > low_front && lows.last().is_some_and(|&k| signed.at(k) >= f) {
                lows.pop();
            }
            lows.push(start);
        }
        while high_front < highs.len() && highs[high_front] > j {
            high_front += 1;
        }
        while low_front < lows.len() && lows[low_front] > j {
            low_front += 1;
        }
        if !w.is_candidate(start, j) {
            // Earlier `j` only have shorter or out-of-bounds windows once the bound is crossed.
            if w.t[j] - w.length_s < w.t[w.lower] - TIME_EPS_S {
                return None;
            }
            continue;
        }
        let range = signed.at(highs[high_front]) - signed.at(lows[low_front]);
        if range <= rho {
            return Some((start, j));
        }
    }
    None
}

/// Median of `values` (the mean of the two middle values for an even count); reorders them.
pub fn median(values: &mut [f64]) -> f64 {
    let n = values.len();
    if n == 0 {
        return f64::NAN;
    }
    let mid = n / 2;
    let (below, &mut upper, _) = values.select_nth_unstable_by(mid, f64::total_cmp);
    if n % 2 == 1 {
        upper
    } else {
        let lower = below.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        0.5 * (lower + upper)
    }
}

/// Whether a trial's median sample interval is above a limit, one interval at a time, without
/// sorting: with `m` intervals, `k` of them above the limit decide it unless `k` is exactly `m/2`
/// (even `m`), where the two middle intervals (the largest at or below, the smallest above) are
/// averaged.
pub(crate) struct IntervalsAbove {
    limit_s: f64,
    count: usize,
    above: usize,
    largest_below: f64,
    smallest_above: f64,
}

impl IntervalsAbove {
    pub(crate) fn new(limit_s: f64) -> Self {
        IntervalsAbove { limit_s, count: 0, above: 0, largest_below: f64::NEG_INFINITY, smallest_above: f64::INFINITY }
    }

    #[inline]
    pub(crate) fn add(&mut self, dt: f64) {
        self.count += 1;
        if dt > self.limit_s {
            self.above += 1;
            self.smallest_above = self.smallest_above.min(dt);
        } else {
            self.largest_below = self.largest_below.max(dt);
        }
    }

    /// Whether the median of the intervals added is above the limit (`false` with none).
    pub(crate) fn median_above(&self) -> bool {
        let m = self.count;
        if m == 0 {
            return false;
        }
        if m.is_multiple_of(2) && self.above == m / 2 {
            0.5 * (self.largest_below + self.smallest_above) > self.limit_s
        } else {
            self.above > m / 2
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A noisy, unevenly sampled signal with steps and ramps, from a fixed seed.
    fn rough_signal(seed: u64, n: usize) -> (Vec<f64>, Vec<f64>) {
        let mut state = seed;
        let mut next = move || {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        let (mut t, mut f) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let (mut time, mut level) = (0.0, 0.0);
        for i in 0..n {
            time += 0.0005 + 0.001 * next();
            if i % 97 == 0 {
                level += 200.0 * (next() - 0.3);
            }
            t.push(time);
            f.push(level + 5.0 * next() + if i % 13 == 0 { 40.0 * next() } else { 0.0 });
        }
        (t, f)
    }

    #[test]
    fn steepest_rise_is_the_first_largest_rise_of_every_sample() {
        for seed in 1..20 {
            let (t, f) = rough_signal(seed, 2000);
            let sig = NetSignal::new(&t, &f);
            let w = 0.05;
            let (lower, peak) = (seed as usize * 7, 1500 + seed as usize * 13);
            let mut naive = (lower, f64::NEG_INFINITY);
            for (i, &ti) in t.iter().enumerate().take(peak + 1).skip(lower) {
                let rise = sig.value_at(ti + w) - sig.at(i);
                if rise > naive.1 {
                    naive = (i, rise);
                }
            }
            assert_eq!(steepest_rise(&sig, lower, peak, w), naive.0, "seed {seed}");
        }
    }

    fn median_interval_above(time_s: &[f64], limit_s: f64) -> bool {
        let mut intervals = IntervalsAbove::new(limit_s);
        for w in time_s.windows(2) {
            intervals.add(w[1] - w[0]);
        }
        intervals.median_above()
    }

    fn range(force_n: &[f64]) -> (f64, f64) {
        force_n.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &f| (lo.min(f), hi.max(f)))
    }

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), 2.5);
        // Intervals 0.01, 0.01, 0.03: median 0.01.
        assert!(median_interval_above(&[0.0, 0.01, 0.02, 0.05], 0.005));
        assert!(!median_interval_above(&[0.0, 0.01, 0.02, 0.05], 0.01));
        // Intervals 0.004, 0.004, 0.007, 0.007: median 0.0055 (even count, averaged).
        assert!(median_interval_above(&[0.0, 0.004, 0.008, 0.015, 0.022], 0.005));
        // Intervals 0.002, 0.004, 0.007, 0.007: median 0.0055; with 0.002, 0.003, ...: 0.005.
        assert!(!median_interval_above(&[0.0, 0.002, 0.005, 0.010, 0.017], 0.005));
        assert!(!median_interval_above(&[0.0], 0.005));
    }

    #[test]
    fn window_is_half_open() {
        let t: Vec<f64> = (0..10).map(|i| i as f64 * 0.1).collect();
        assert_eq!(baseline_len(&t, 0.5), 5);
        assert_eq!(baseline_len(&t, 0.0), 1);
    }

    #[test]
    fn auto_polarity_follows_the_larger_excursion() {
        let f = [10.0, 10.0, 9.0, -300.0, 11.0];
        assert!(is_inverted(Polarity::Auto, range(&f), 10.0));
        let f = [10.0, 10.0, 9.0, 300.0, 11.0];
        assert!(!is_inverted(Polarity::Auto, range(&f), 10.0));
        assert!(is_inverted(Polarity::Negative, range(&f), 10.0));
        assert!(!is_inverted(Polarity::Positive, range(&[0.0, -100.0]), 0.0));
    }
}
