//! Signals with analytic answers for the analysis tests.

use forcetrack::analysis::{AnalysisParams, ChannelAnalysis, analyze_channel};
use forcetrack::model::Polarity;

/// The default analysis of one channel with auto polarity.
pub fn analyze(t: &[f64], f: &[f64]) -> ChannelAnalysis {
    analyze_channel("force", t, f, Polarity::Auto, &AnalysisParams::default()).unwrap()
}

/// `a` equals `b` within a relative tolerance (absolute near zero).
pub fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * (1.0 + b.abs())
}

/// Trapezoid effort: 0 until `start`, rises at `slope` N/s to `peak`, holds, falls at the same
/// slope; evaluated exactly at `t`.
pub fn trapezoid(t: f64, start: f64, slope: f64, peak: f64, hold: f64) -> f64 {
    let rise = peak / slope;
    let u = t - start;
    if u <= 0.0 {
        0.0
    } else if u <= rise {
        slope * u
    } else if u <= rise + hold {
        peak
    } else if u <= 2.0 * rise + hold {
        peak - slope * (u - rise - hold)
    } else {
        0.0
    }
}

/// Sample times at `rate_hz` from 0 to `seconds` inclusive.
pub fn grid(rate_hz: f64, seconds: f64) -> Vec<f64> {
    let n = (seconds * rate_hz).round() as usize;
    (0..=n).map(|i| i as f64 / rate_hz).collect()
}
