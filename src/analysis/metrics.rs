//! The metrics of one rep (DOMAIN.md section 2): onset, offset, peak, RFD, impulse, means, flags.

use serde::{Deserialize, Serialize};

use super::baseline::{Baseline, rep_baseline, steepest_rise};
use super::fit::{ExpFit, fit_exponential};
use super::params::{AnalysisParams, TIME_EPS_S};
use super::reps::RepSpan;
use super::signal::{NetSignal, Primitive};

/// A quality concern about one rep, shown next to its numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QualityFlag {
    /// Baseline noise above 5 % of peak force.
    NoisyBaseline,
    /// Mean force over onset..offset below 75 % of peak on a test that asks for a sustained hold.
    NotSustained,
    /// Three or more consecutive samples at the device's maximum reading.
    Clipped,
    /// The exponential model's mean absolute error is above 5 % of mean force.
    PoorFit,
    /// The exponential model could not be fitted to the rise.
    FitFailed,
    /// No quiet stretch before the rise: the rep's baseline is the trial's first 0.5 s.
    BaselineFromTrialStart,
    /// Median sample interval above 5 ms: RFD 0-50 ms and peak RFD are coarse.
    LowSampleRate,
}

impl QualityFlag {
    /// The flag's id in machine columns (CSV flag columns, JSON): scripts read it.
    pub fn id(self) -> &'static str {
        match self {
            QualityFlag::NoisyBaseline => "noisy_baseline",
            QualityFlag::NotSustained => "not_sustained",
            QualityFlag::Clipped => "clipped",
            QualityFlag::PoorFit => "poor_fit",
            QualityFlag::FitFailed => "fit_failed",
            QualityFlag::BaselineFromTrialStart => "baseline_from_trial_start",
            QualityFlag::LowSampleRate => "low_sample_rate",
        }
    }

    /// Every flag, in the order a person reads them.
    pub const ALL: [QualityFlag; 7] = [
        QualityFlag::NoisyBaseline,
        QualityFlag::NotSustained,
        QualityFlag::Clipped,
        QualityFlag::PoorFit,
        QualityFlag::FitFailed,
        QualityFlag::BaselineFromTrialStart,
        QualityFlag::LowSampleRate,
    ];

    /// The flag whose `id` is `id`.
    pub fn from_id(id: &str) -> Option<QualityFlag> {
        Self::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The flag in a few plain words, as a clinician reads it beside a result.
    pub fn text(self) -> &'static str {
        match self {
            QualityFlag::NoisyBaseline => "unsteady force before the pull",
            QualityFlag::NotSustained => "hold not sustained",
            QualityFlag::Clipped => "device maximum reached: the peak may be higher",
            QualityFlag::PoorFit => "force curve fits the rise model poorly",
            QualityFlag::FitFailed => "rise model could not be fitted",
            QualityFlag::BaselineFromTrialStart => "no quiet moment before the pull",
            QualityFlag::LowSampleRate => "RFD not reliable below 200 samples/s",
        }
    }

    /// Whether the flag qualifies the RFD values only (said beside them, not beside the peak force).
    pub fn about_rfd_only(self) -> bool {
        self == QualityFlag::LowSampleRate
    }

    /// What the flag means, in English; a person reads it in the app's or the report's language
    /// (`results::flags::flag_explanation`, whose English is this).
    pub fn explanation(self) -> &'static str {
        match self {
            QualityFlag::NoisyBaseline => "baseline noise above 5 % of peak force",
            QualityFlag::NotSustained => "mean force below 75 % of peak: the hold was not sustained",
            QualityFlag::Clipped => "3 or more samples at the device maximum: the peak may be cut off",
            QualityFlag::PoorFit => "exponential model error above 5 % of mean force",
            QualityFlag::FitFailed => "the rise does not follow an exponential model",
            QualityFlag::BaselineFromTrialStart => {
                "no quiet 0.5 s before the rise: the baseline is the first 0.5 s of the trial"
            }
            QualityFlag::LowSampleRate => {
                "sampled below 200 Hz: RFD 0-50 ms and peak RFD span few samples and are coarse"
            }
        }
    }
}

/// RFD over one window from onset.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Rfd {
    pub window_s: f64,
    /// `(G(t_on + w) - G(t_on)) / w`; `None` when `t_on + w > t_off`.
    pub n_per_s: Option<f64>,
}

/// The samples a rep's baseline was taken from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BaselineWindow {
    pub start_index: usize,
    pub end_index: usize,
    pub start_s: f64,
    pub end_s: f64,
}

/// Everything measured on one rep of one channel. Times are in the trial's time base.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RepMetrics {
    /// Sample indices: rep start/end (detection), peak, and the onset/offset search bounds.
    pub start_index: usize,
    pub end_index: usize,
    pub peak_index: usize,
    pub lower_bound_index: usize,
    pub upper_bound_index: usize,
    /// The steepest rise `r`, where the search for the rep's baseline window ends.
    pub rise_index: usize,
    /// The rep's baseline `b` (median of its window, or the trial's `b0`), in the device's own
    /// sign like the channel's.
    pub baseline_n: f64,
    /// The rep's noise `s` (`1.4826 x MAD` of its window, or the trial's `s0`).
    pub noise_n: f64,
    /// The rep's onset threshold `θ = max(3 s, 1 N)`.
    pub onset_threshold_n: f64,
    /// The stretch taken as rest before the rep; `None` with `baseline_from_trial_start`.
    pub baseline_window: Option<BaselineWindow>,
    pub onset_s: f64,
    pub offset_s: f64,
    pub peak_time_s: f64,
    pub peak_force_n: f64,
    pub time_to_peak_s: f64,
    pub rfd: Vec<Rfd>,
    /// Largest RFD over a sliding window from onset to peak; `None` if no window fits the trial.
    pub peak_rfd_n_per_s: Option<f64>,
    pub impulse_n_s: f64,
    /// Time-weighted mean of `G` over onset..offset.
    pub mean_force_n: f64,
    /// `None` when the rep (onset..offset) is shorter than the window.
    pub best_1s_mean_force_n: Option<f64>,
    pub fit: Option<ExpFit>,
    pub flags: Vec<QualityFlag>,
}

impl RepMetrics {
    /// RFD for a window of `window_s` seconds, if that window was computed and is defined.
    pub fn rfd_for(&self, window_s: f64) -> Option<f64> {
        self.rfd.iter().find(|r| (r.window_s - window_s).abs() < 1e-9).and_then(|r| r.n_per_s)
    }

    pub fn has_flag(&self, flag: QualityFlag) -> bool {
        self.flags.contains(&flag)
    }
}

/// Inputs shared by all reps of one channel.
pub(crate) struct ChannelContext<'a> {
    /// The force after polarity, no baseline removed (`±F`).
    pub signed: &'a NetSignal<'a>,
    /// `G0 = ±F - b0`: net force on the trial baseline, for peaks and rep detection.
    pub g0: &'a [f64],
    /// Raw device readings (before polarity and tare), for the clipping check.
    pub raw_force_n: &'a [f64],
    /// Whether the force was multiplied by -1.
    pub inverted: bool,
    /// The trial baseline `b0`, `s0` of the raw readings.
    pub trial: &'a Baseline,
    /// The trial's median sample interval is above the limit: RFD 0-50 ms and peak RFD are coarse.
    pub low_sample_rate: bool,
    pub params: &'a AnalysisParams,
}

/// Metrics of one rep found by detection, searched within `[lower, upper]`.
pub(crate) fn rep_metrics(ctx: &ChannelContext, span: RepSpan, lower: usize, upper: usize) -> RepMetrics {
    let t = ctx.signed.t;
    let params = ctx.params;
    let sign = if ctx.inverted { -1.0 } else { 1.0 };

    let peak_index = first_max(ctx.g0, span.start, span.end);
    let rise_index = steepest_rise(ctx.signed, lower, peak_index, params.steepest_rise_window_s);
    let base =
        rep_baseline(ctx.signed, lower, rise_index, ctx.g0[peak_index], ctx.trial, sign * ctx.trial.mean_n, params);
    let sig = NetSignal::net(t, ctx.raw_force_n, ctx.inverted, base.level_n);
    let theta = params.onset_threshold(base.noise_n);

    let peak_force_n = sig.at(peak_index);
    let peak_time_s = t[peak_index];
    let onset_s = onset_time(&sig, peak_index, lower, theta);
    let offset_s = offset_time(&sig, peak_index, upper, theta);

    let g_onset = sig.value_at(onset_s);
    let rfd = params
        .rfd_windows_s
        .iter()
        .map(|&w| Rfd {
            window_s: w,
            n_per_s: (onset_s + w <= offset_s + TIME_EPS_S).then(|| (sig.value_at(onset_s + w) - g_onset) / w),
        })
        .collect();

    let peak_rfd_n_per_s = peak_rfd(&sig, onset_s, peak_index, params.peak_rfd_window_s);
    let primitive = sig.primitive(onset_s, offset_s);
    let impulse_n_s = primitive.between(onset_s, offset_s);
    let span_s = offset_s - onset_s;
    let mean_force_n = if span_s > 0.0 { impulse_n_s / span_s } else { peak_force_n };
    let best_1s_mean_force_n = best_window_mean(&sig, &primitive, onset_s, offset_s, params.mean_window_s);

    let mut flags = Vec::new();
    if base.noise_n > params.noisy_baseline_fraction * peak_force_n {
        flags.push(QualityFlag::NoisyBaseline);
    }
    if params.sustained_hold && mean_force_n < params.sustained_fraction * peak_force_n {
        flags.push(QualityFlag::NotSustained);
    }
    if let Some(max_n) = params.device_max_n
        && is_clipped(&ctx.raw_force_n[span.start..=span.end], max_n, params.clip_run)
    {
        flags.push(QualityFlag::Clipped);
    }
    if base.window.is_none() {
        flags.push(QualityFlag::BaselineFromTrialStart);
    }
    if ctx.low_sample_rate {
        flags.push(QualityFlag::LowSampleRate);
    }
    let fit = if params.fit_model {
        let fit_end_s = fit_end(&sig, onset_s, peak_index, upper, params);
        let fit = fit_exponential(&sig, onset_s, fit_end_s, peak_force_n, params.fit_max_fmax_over_peak);
        match &fit {
            Some(f) if f.error_percent > params.fit_error_limit_percent => flags.push(QualityFlag::PoorFit),
            None => flags.push(QualityFlag::FitFailed),
            _ => {}
        }
        fit
    } else {
        None
    };

    RepMetrics {
        start_index: span.start,
        end_index: span.end,
        peak_index,
        lower_bound_index: lower,
        upper_bound_index: upper,
        rise_index,
        baseline_n: sign * base.level_n,
        noise_n: base.noise_n,
        onset_threshold_n: theta,
        baseline_window: base.window.map(|(from, to)| BaselineWindow {
            start_index: from,
            end_index: to,
            start_s: t[from],
            end_s: t[to],
        }),
        onset_s,
        offset_s,
        peak_time_s,
        peak_force_n,
        time_to_peak_s: peak_time_s - onset_s,
        rfd,
        peak_rfd_n_per_s,
        impulse_n_s,
        mean_force_n,
        best_1s_mean_force_n,
        fit,
        flags,
    }
}

/// `t_fit = max(t[p], min(t_on + 2 s, t[q]))`, with `q` reached by walking forward from the peak
/// while the next sample is at least 90 % of peak force, not past `upper`.
fn fit_end(sig: &NetSignal, onset_s: f64, peak: usize, upper: usize, params: &AnalysisParams) -> f64 {
    let plateau_n = params.fit_plateau_fraction * sig.at(peak);
    let mut q = peak;
    while q < upper && sig.at(q + 1) >= plateau_n {
        q += 1;
    }
    let t = sig.t;
    t[peak].max((onset_s + params.fit_max_window_s).min(t[q]))
}

/// The first index of the largest value in `g[from..=to]`.
fn first_max(g: &[f64], from: usize, to: usize) -> usize {
    let mut best = from;
    for i in from + 1..=to {
        if g[i] > g[best] {
            best = i;
        }
    }
    best
}

/// Walk back from the peak while the previous sample is above `θ`, not past `lower`; interpolate
/// the crossing between the first sample at or below `θ` and the next; `t[lower]` if none.
fn onset_time(sig: &NetSignal, peak: usize, lower: usize, theta: f64) -> f64 {
    let t = sig.t;
    let g = |i: usize| sig.at(i);
    if g(peak) <= theta {
        return t[peak];
    }
    let mut j = peak;
    while j > lower && g(j - 1) > theta {
        j -= 1;
    }
    if j == lower {
        return t[lower];
    }
    let (t0, t1, g0, g1) = (t[j - 1], t[j], g(j - 1), g(j));
    t0 + (theta - g0) / (g1 - g0) * (t1 - t0)
}

/// Walk forward from the peak the same way; the time at which `G` falls to `θ`, else `t[upper]`.
fn offset_time(sig: &NetSignal, peak: usize, upper: usize, theta: f64) -> f64 {
    let t = sig.t;
    let g = |i: usize| sig.at(i);
    if g(peak) <= theta {
        return t[peak];
    }
    let mut j = peak;
    while j < upper && g(j + 1) > theta {
        j += 1;
    }
    if j == upper {
        return t[upper];
    }
    let (t0, t1, g0, g1) = (t[j], t[j + 1], g(j), g(j + 1));
    t0 + (g0 - theta) / (g0 - g1) * (t1 - t0)
}

/// Largest `(G(x + w) - G(x)) / w` for `x` = `t_on` and every sample time in `[t_on, t[peak]]`.
/// Windows that would run past the trial's last sample are not evaluated.
fn peak_rfd(sig: &NetSignal, onset_s: f64, peak: usize, window_s: f64) -> Option<f64> {
    let t = sig.t;
    let last = sig.last_time();
    if onset_s + window_s > last + TIME_EPS_S {
        return None;
    }
    let first_sample = t.partition_point(|&ti| ti < onset_s);
    // The largest rise over the window, divided by the window once: the same number, since
    // dividing by a positive constant keeps the order (rounding included).
    let mut best = sig.value_at(onset_s + window_s) - sig.value_at(onset_s);
    // From each sample time the start value is the sample itself.
    if let Some((_, rise)) = sig.largest_rise(first_sample, peak, window_s, last + TIME_EPS_S, best) {
        best = rise;
    }
    Some(best / window_s)
}

/// Largest time-weighted mean of `G` over a `window_s` window inside `[t_on, t_off]`, windows
/// starting at `t_on` and at each sample time; `None` when the rep is shorter than the window.
fn best_window_mean(sig: &NetSignal, primitive: &Primitive, onset_s: f64, offset_s: f64, window_s: f64) -> Option<f64> {
    if offset_s - onset_s < window_s - TIME_EPS_S {
        return None;
    }
    let t = sig.t;
    let last_start = offset_s - window_s + TIME_EPS_S;
    let first_sample = t.partition_point(|&ti| ti <= onset_s);
    // The largest integral over the window, divided by the window once (as in `peak_rfd`).
    let best = primitive.between(onset_s, onset_s + window_s);
    // Windows that start on a sample read their start from the running integral directly.
    Some(primitive.largest_window(first_sample, last_start, window_s, best) / window_s)
}

/// Whether `clip_run` or more consecutive raw readings reach the device maximum (either sign).
fn is_clipped(raw: &[f64], max_n: f64, clip_run: usize) -> bool {
    let limit = max_n.abs();
    let mut run = 0;
    for &f in raw {
        if f.abs() >= limit {
            run += 1;
            if run >= clip_run.max(1) {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}
