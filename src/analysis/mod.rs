//! Pure functions over samples (DOMAIN.md sections 1-3): polarity, baseline, reps, per-rep
//! metrics, the exponential model, summaries across reps, asymmetry and real change.
//!
//! No I/O happens here and nothing here knows about devices, files, the database or the UI.

mod asymmetry;
mod baseline;
mod change;
mod fit;
mod metrics;
mod normalise;
mod params;
mod reps;
mod signal;
mod summary;

pub use asymmetry::{Asymmetry, AsymmetryBand, AsymmetryBands, AsymmetryFormula, asymmetry, imbalance_percent};
pub use baseline::{Baseline, RepBaseline, baseline, baseline_len, is_inverted, median};
pub use change::{Change, ChangeVerdict, Mdc, mdc95_from_sem, not_comparable, real_change, unjudged_change};
pub use fit::ExpFit;
pub use metrics::{BaselineWindow, QualityFlag, RepMetrics, Rfd};
pub use normalise::{per_kg, torque_n_m};
pub use params::{AnalysisParams, RepThreshold, TIME_EPS_S};
pub use reps::{RepSpan, detect_reps};
pub use signal::{NetSignal, mean_and_sd};
pub use summary::{Metric, MetricSummary, SummaryChoice};

use serde::{Deserialize, Serialize};

use crate::model::{Polarity, Trace};

/// The version of the analysis: bumped whenever the code changes its results, so cached
/// analyses of an older version are recomputed from the samples (revision 2: each rep's own
/// baseline).
pub const ANALYSIS_VERSION: u32 = 2;
use metrics::{ChannelContext, rep_metrics};

/// Why a channel could not be analysed. Files are validated when read; these guard callers
/// that build samples themselves.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnalysisError {
    #[error("the recording has no samples")]
    Empty,
    #[error("{times} time stamps but {forces} force values")]
    LengthMismatch { times: usize, forces: usize },
    #[error("sample {index}: time {time_s} s does not increase")]
    TimeNotIncreasing { index: usize, time_s: f64 },
    #[error("sample {index}: value is not a finite number")]
    NotFinite { index: usize },
}

/// Analysis of one force channel of a trial. The channel-level baseline is the trial baseline
/// `b0`, `s0` (polarity and rep detection); each rep carries its own (revision 2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChannelAnalysis {
    pub name: String,
    /// Whether the force was multiplied by -1 (polarity `negative`, or `auto` deciding so).
    pub inverted: bool,
    /// `b0`: mean of the raw reading over the first 0.5 s, in the device's own sign.
    pub baseline_n: f64,
    /// `s0`: sample SD of that window.
    pub noise_n: f64,
    pub baseline_samples: usize,
    /// `max(3 s0, 1 N)`: the onset threshold the trial baseline gives (a rep's own is on the rep).
    pub onset_threshold_n: f64,
    /// `R_on`.
    pub rep_threshold_n: f64,
    pub reps: Vec<RepMetrics>,
}

impl ChannelAnalysis {
    /// Summary of `metric` over the reps whose index is in `accepted` (all reps when `None`).
    pub fn summary(
        &self,
        metric: Metric,
        accepted: Option<&[usize]>,
        params: &AnalysisParams,
    ) -> Option<MetricSummary> {
        let reps = self.reps.iter().enumerate().filter(|(i, _)| accepted.is_none_or(|a| a.contains(i))).map(|(_, r)| r);
        MetricSummary::of_metric(metric, reps, params.inconsistent_cv_percent)
    }
}

/// Net force `G = ±F - b` of a channel with the polarity resolved, given the raw force's
/// `(min, max)`.
fn net_force(
    time_s: &[f64],
    force_n: &[f64],
    polarity: Polarity,
    range_n: (f64, f64),
    params: &AnalysisParams,
) -> (Vec<f64>, bool, Baseline) {
    let base = baseline(time_s, force_n, params.baseline_window_s);
    let inverted = is_inverted(polarity, range_n, base.mean_n);
    let sign = if inverted { -1.0 } else { 1.0 };
    let b = sign * base.mean_n;
    let g = force_n.iter().map(|&f| sign * f - b).collect();
    (g, inverted, base)
}

/// Analyses one channel: polarity and the trial baseline, reps, and every rep's own baseline
/// and metrics (DOMAIN.md section 2, revision 2).
pub fn analyze_channel(
    name: &str,
    time_s: &[f64],
    force_n: &[f64],
    polarity: Polarity,
    params: &AnalysisParams,
) -> Result<ChannelAnalysis, AnalysisError> {
    let scan = scan(time_s, force_n, params.low_sample_rate_interval_s)?;
    let (g0, inverted, base) = net_force(time_s, force_n, polarity, scan.range_n, params);
    let rep_threshold_n = params.rep_threshold.resolve(base.noise_n);
    let onset_threshold_n = params.onset_threshold(base.noise_n);
    let spans = detect_reps(time_s, &g0, rep_threshold_n, params);
    let signed = NetSignal::net(time_s, force_n, inverted, 0.0);
    let low_sample_rate = scan.low_sample_rate;
    let ctx = ChannelContext {
        signed: &signed,
        g0: &g0,
        raw_force_n: force_n,
        inverted,
        trial: &base,
        low_sample_rate,
        params,
    };
    let last = time_s.len() - 1;
    let reps = spans
        .iter()
        .enumerate()
        .map(|(k, &span)| {
            let lower = if k == 0 { 0 } else { spans[k - 1].end };
            let upper = spans.get(k + 1).map_or(last, |next| next.start);
            rep_metrics(&ctx, span, lower, upper)
        })
        .collect();
    Ok(ChannelAnalysis {
        name: name.to_string(),
        inverted,
        baseline_n: base.mean_n,
        noise_n: base.noise_n,
        baseline_samples: base.samples,
        onset_threshold_n,
        rep_threshold_n,
        reps,
    })
}

/// Analyses every channel of a trace. `polarity` overrides the trace's own when given.
pub fn analyze_trace(
    trace: &Trace,
    polarity: Option<Polarity>,
    params: &AnalysisParams,
) -> Result<Vec<ChannelAnalysis>, AnalysisError> {
    let polarity = polarity.or(trace.meta.polarity).unwrap_or_default();
    trace.channels.iter().map(|c| analyze_channel(&c.name, &trace.time_s, &c.force_n, polarity, params)).collect()
}

/// What one pass over a channel's samples finds: that they can be analysed (else the first
/// problem), the force's range, and whether the median sample interval is above the limit.
struct Scan {
    range_n: (f64, f64),
    low_sample_rate: bool,
}

fn scan(time_s: &[f64], force_n: &[f64], interval_limit_s: f64) -> Result<Scan, AnalysisError> {
    if time_s.is_empty() {
        return Err(AnalysisError::Empty);
    }
    if time_s.len() != force_n.len() {
        return Err(AnalysisError::LengthMismatch { times: time_s.len(), forces: force_n.len() });
    }
    let (mut min, mut max) = (f64::INFINITY, f64::NEG_INFINITY);
    let mut intervals = baseline::IntervalsAbove::new(interval_limit_s);
    let mut previous = f64::NEG_INFINITY;
    for (index, (&t, &f)) in time_s.iter().zip(force_n).enumerate() {
        if !t.is_finite() || !f.is_finite() {
            return Err(AnalysisError::NotFinite { index });
        }
        if index > 0 {
            if t <= previous {
                return Err(AnalysisError::TimeNotIncreasing { index, time_s: t });
            }
            intervals.add(t - previous);
        }
        previous = t;
        min = min.min(f);
        max = max.max(f);
    }
    Ok(Scan { range_n: (min, max), low_sample_rate: intervals.median_above() })
}
