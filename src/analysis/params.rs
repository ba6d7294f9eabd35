//! Every threshold of DOMAIN.md sections 2-3 (revision 2) as a parameter, with the published
//! defaults.

use serde::{Deserialize, Serialize};

/// How the rep threshold `R_on` is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RepThreshold {
    /// `max(floor_n, noise_multiple * s)`: DOMAIN.md default `max(20 N, 10 s)`.
    Auto { floor_n: f64, noise_multiple: f64 },
    /// A fixed threshold set for a test.
    Fixed { threshold_n: f64 },
}

impl RepThreshold {
    /// `R_on` for a trial whose baseline noise (sample SD) is `noise_n`.
    pub fn resolve(&self, noise_n: f64) -> f64 {
        match *self {
            RepThreshold::Auto { floor_n, noise_multiple } => floor_n.max(noise_multiple * noise_n),
            RepThreshold::Fixed { threshold_n } => threshold_n,
        }
    }
}

/// The analysis settings of one trial. `Default` gives the DOMAIN.md values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnalysisParams {
    /// Length of the trial baseline window `b0`, `s0` at the start of the trial (0.5 s); used
    /// only for polarity and rep detection.
    pub baseline_window_s: f64,
    /// Length of each rep's own baseline window, the quiet stretch before its rise (0.5 s).
    pub rep_baseline_window_s: f64,
    /// A rep baseline window holds at least this many samples (3).
    pub rep_baseline_min_samples: usize,
    /// `rho = max(fraction * G0[p], noise_multiple * s_q, floor_n)`: the largest range
    /// (`max F - min F`) a rep baseline window may have (2 %, 8, 1 N).
    pub rep_baseline_range_fraction: f64,
    pub rep_baseline_range_noise_multiple: f64,
    pub rep_baseline_range_floor_n: f64,
    /// Window of the steepest-rise search that ends the rep baseline search (0.02 s).
    pub steepest_rise_window_s: f64,
    /// Rep threshold `R_on` (default `max(20 N, 10 s)`).
    pub rep_threshold: RepThreshold,
    /// A rep ends when force falls below this fraction of `R_on` (1/2) ...
    pub rep_end_fraction: f64,
    /// ... and stays below it for at least this long (0.1 s) or to the end of the trial.
    pub rep_end_quiet_s: f64,
    /// Reps shorter than this (start to end sample) are dropped (0.3 s).
    pub min_rep_duration_s: f64,
    /// Onset threshold `θ = max(onset_floor_n, onset_noise_multiple * s)`: `max(1 N, 3 s)`.
    pub onset_noise_multiple: f64,
    pub onset_floor_n: f64,
    /// RFD windows from onset (0.05, 0.1, 0.2 s).
    pub rfd_windows_s: Vec<f64>,
    /// Sliding window of the peak RFD (0.02 s).
    pub peak_rfd_window_s: f64,
    /// Window of the best mean force (1 s).
    pub mean_window_s: f64,
    /// `noisy_baseline` when the noise exceeds this fraction of peak force (0.05).
    pub noisy_baseline_fraction: f64,
    /// Whether the test asks for a sustained hold (enables `not_sustained`).
    pub sustained_hold: bool,
    /// `not_sustained` when mean force over onset..offset is below this fraction of peak (0.75).
    pub sustained_fraction: f64,
    /// `clipped` when this many consecutive samples sit at the device maximum (3).
    pub clip_run: usize,
    /// The device's largest reading in newtons, when known (no clipping check without it).
    pub device_max_n: Option<f64>,
    /// Fit the exponential model to each rep's rise.
    pub fit_model: bool,
    /// `poor_fit` when the model's mean absolute error exceeds this % of mean force (5 %).
    pub fit_error_limit_percent: f64,
    /// The fit runs at most this long after onset unless the peak is later (2 s) ...
    pub fit_max_window_s: f64,
    /// ... and ends where force drops below this fraction of peak after the peak (0.9).
    pub fit_plateau_fraction: f64,
    /// `fit_failed` when the fitted `Fmax` exceeds this multiple of peak force (10).
    pub fit_max_fmax_over_peak: f64,
    /// `low_sample_rate` when the trial's median sample interval is above this (0.005 s).
    pub low_sample_rate_interval_s: f64,
    /// `inconsistent` when a metric's CV across reps exceeds this % (10 %).
    pub inconsistent_cv_percent: f64,
}

impl Default for AnalysisParams {
    fn default() -> Self {
        AnalysisParams {
            baseline_window_s: 0.5,
            rep_baseline_window_s: 0.5,
            rep_baseline_min_samples: 3,
            rep_baseline_range_fraction: 0.02,
            rep_baseline_range_noise_multiple: 8.0,
            rep_baseline_range_floor_n: 1.0,
            steepest_rise_window_s: 0.02,
            rep_threshold: RepThreshold::Auto { floor_n: 20.0, noise_multiple: 10.0 },
            rep_end_fraction: 0.5,
            rep_end_quiet_s: 0.1,
            min_rep_duration_s: 0.3,
            onset_noise_multiple: 3.0,
            onset_floor_n: 1.0,
            rfd_windows_s: vec![0.05, 0.1, 0.2],
            peak_rfd_window_s: 0.02,
            mean_window_s: 1.0,
            noisy_baseline_fraction: 0.05,
            sustained_hold: false,
            sustained_fraction: 0.75,
            clip_run: 3,
            device_max_n: None,
            fit_model: true,
            fit_error_limit_percent: 5.0,
            fit_max_window_s: 2.0,
            fit_plateau_fraction: 0.9,
            fit_max_fmax_over_peak: 10.0,
            low_sample_rate_interval_s: 0.005,
            inconsistent_cv_percent: 10.0,
        }
    }
}

impl AnalysisParams {
    /// Onset threshold `θ` for a rep (or the trial) with baseline noise `noise_n`.
    pub fn onset_threshold(&self, noise_n: f64) -> f64 {
        self.onset_floor_n.max(self.onset_noise_multiple * noise_n)
    }
}

/// Tolerance for comparing times that were computed from sums of floating-point intervals.
pub const TIME_EPS_S: f64 = 1e-9;
