//! Baseline window, baseline level `b`, noise `s` and polarity (DOMAIN.md sections 1-2).

use super::signal::mean_and_sd;
use crate::model::Polarity;

/// Mean and noise of the baseline window.
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
/// `b - min(F) > max(F) - b`, with `b` the baseline mean of the raw force.
pub fn is_inverted(polarity: Polarity, force_n: &[f64], baseline_mean_n: f64) -> bool {
    match polarity {
        Polarity::Positive => false,
        Polarity::Negative => true,
        Polarity::Auto => {
            let (min, max) =
                force_n.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &f| (lo.min(f), hi.max(f)));
            baseline_mean_n - min > max - baseline_mean_n
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_is_half_open() {
        let t: Vec<f64> = (0..10).map(|i| i as f64 * 0.1).collect();
        assert_eq!(baseline_len(&t, 0.5), 5);
        assert_eq!(baseline_len(&t, 0.0), 1);
    }

    #[test]
    fn auto_polarity_follows_the_larger_excursion() {
        let f = [10.0, 10.0, 9.0, -300.0, 11.0];
        assert!(is_inverted(Polarity::Auto, &f, 10.0));
        let f = [10.0, 10.0, 9.0, 300.0, 11.0];
        assert!(!is_inverted(Polarity::Auto, &f, 10.0));
        assert!(is_inverted(Polarity::Negative, &f, 10.0));
        assert!(!is_inverted(Polarity::Positive, &[0.0, -100.0], 0.0));
    }
}
