//! Several reps on one side (DOMAIN.md section 3): best, mean, CV and the `inconsistent` flag.

use serde::{Deserialize, Serialize};

use super::metrics::RepMetrics;
use super::signal::mean_and_sd;

/// A per-rep quantity that can be summarised across reps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    PeakForce,
    TimeToPeak,
    /// RFD from onset over a window of this many milliseconds.
    Rfd {
        window_ms: u32,
    },
    PeakRfd,
    Impulse,
    Best1sMeanForce,
}

impl Metric {
    /// The metrics reported for every rep, with the given RFD windows.
    pub fn all(rfd_windows_s: &[f64]) -> Vec<Metric> {
        let mut all = vec![Metric::PeakForce, Metric::TimeToPeak];
        all.extend(rfd_windows_s.iter().map(|&w| Metric::Rfd { window_ms: (w * 1000.0).round() as u32 }));
        all.extend([Metric::PeakRfd, Metric::Impulse, Metric::Best1sMeanForce]);
        all
    }

    /// Machine name with its unit, as used in JSON and CSV headers.
    pub fn id(self) -> String {
        match self {
            Metric::PeakForce => "peak_force_n".into(),
            Metric::TimeToPeak => "time_to_peak_s".into(),
            Metric::Rfd { window_ms } => format!("rfd_0_{window_ms}_n_per_s"),
            Metric::PeakRfd => "peak_rfd_n_per_s".into(),
            Metric::Impulse => "impulse_n_s".into(),
            Metric::Best1sMeanForce => "best_1s_mean_force_n".into(),
        }
    }

    /// Name shown to a clinician, in `tr`'s language.
    pub fn label(self, tr: &i18n_embed::fluent::FluentLanguageLoader) -> String {
        match self {
            Metric::PeakForce => crate::fl_in!(tr, "analysis-metric-peak-force"),
            Metric::TimeToPeak => crate::fl_in!(tr, "analysis-metric-time-to-peak"),
            Metric::Rfd { window_ms } => crate::fl_in!(tr, "analysis-metric-rfd", window = window_ms.to_string()),
            Metric::PeakRfd => crate::fl_in!(tr, "analysis-metric-peak-rfd"),
            Metric::Impulse => crate::fl_in!(tr, "analysis-metric-impulse"),
            Metric::Best1sMeanForce => crate::fl_in!(tr, "analysis-metric-best-1s-mean-force"),
        }
    }

    /// SI unit of the metric.
    pub fn unit(self) -> &'static str {
        match self {
            Metric::PeakForce | Metric::Best1sMeanForce => "N",
            Metric::TimeToPeak => "s",
            Metric::Rfd { .. } | Metric::PeakRfd => "N/s",
            Metric::Impulse => "N·s",
        }
    }

    /// Whether the metric is a force, converted when a display unit other than N is chosen.
    pub fn is_force(self) -> bool {
        matches!(self, Metric::PeakForce | Metric::Best1sMeanForce)
    }

    /// The metric's value on one rep (`None` when empty by definition).
    pub fn value(self, rep: &RepMetrics) -> Option<f64> {
        match self {
            Metric::PeakForce => Some(rep.peak_force_n),
            Metric::TimeToPeak => Some(rep.time_to_peak_s),
            Metric::Rfd { window_ms } => rep.rfd_for(window_ms as f64 / 1000.0),
            Metric::PeakRfd => rep.peak_rfd_n_per_s,
            Metric::Impulse => Some(rep.impulse_n_s),
            Metric::Best1sMeanForce => rep.best_1s_mean_force_n,
        }
    }
}

/// Which per-side summary feeds asymmetry and progress (a setting; `best` by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SummaryChoice {
    #[default]
    Best,
    Mean,
}

impl SummaryChoice {
    pub fn id(self) -> &'static str {
        match self {
            SummaryChoice::Best => "best",
            SummaryChoice::Mean => "mean",
        }
    }
}

/// Summary of one metric over the accepted reps of one side.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MetricSummary {
    /// Maximum over reps.
    pub best: f64,
    pub mean: f64,
    /// Sample SD / mean * 100; `None` for a single rep.
    pub cv_percent: Option<f64>,
    /// CV above the limit (10 % by default).
    pub inconsistent: bool,
    /// Reps that had a value.
    pub count: usize,
}

impl MetricSummary {
    /// Summarises the values; `None` when there are none. `cv_limit_percent` sets `inconsistent`.
    pub fn of(values: &[f64], cv_limit_percent: f64) -> Option<MetricSummary> {
        if values.is_empty() {
            return None;
        }
        let best = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let (mean, sd) = mean_and_sd(values);
        let cv_percent = (values.len() > 1 && mean != 0.0).then(|| sd / mean * 100.0);
        Some(MetricSummary {
            best,
            mean,
            cv_percent,
            inconsistent: cv_percent.is_some_and(|cv| cv > cv_limit_percent),
            count: values.len(),
        })
    }

    /// Summary of `metric` over `reps`.
    pub fn of_metric<'a>(
        metric: Metric,
        reps: impl IntoIterator<Item = &'a RepMetrics>,
        cv_limit_percent: f64,
    ) -> Option<MetricSummary> {
        let values: Vec<f64> = reps.into_iter().filter_map(|r| metric.value(r)).collect();
        MetricSummary::of(&values, cv_limit_percent)
    }

    pub fn pick(&self, choice: SummaryChoice) -> f64 {
        match choice {
            SummaryChoice::Best => self.best,
            SummaryChoice::Mean => self.mean,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_mean_and_cv() {
        let s = MetricSummary::of(&[300.0, 330.0, 270.0], 10.0).unwrap();
        assert_eq!(s.best, 330.0);
        assert_eq!(s.mean, 300.0);
        assert!((s.cv_percent.unwrap() - 10.0).abs() < 1e-12);
        assert!(!s.inconsistent, "exactly 10 % is not above 10 %");
        let s = MetricSummary::of(&[300.0, 340.0, 260.0], 10.0).unwrap();
        assert!(s.inconsistent);
        let one = MetricSummary::of(&[300.0], 10.0).unwrap();
        assert_eq!(one.cv_percent, None);
        assert!(MetricSummary::of(&[], 10.0).is_none());
    }

    #[test]
    fn metric_ids_carry_units() {
        let ids: Vec<String> = Metric::all(&[0.05, 0.1, 0.2]).into_iter().map(Metric::id).collect();
        assert_eq!(
            ids,
            [
                "peak_force_n",
                "time_to_peak_s",
                "rfd_0_50_n_per_s",
                "rfd_0_100_n_per_s",
                "rfd_0_200_n_per_s",
                "peak_rfd_n_per_s",
                "impulse_n_s",
                "best_1s_mean_force_n"
            ]
        );
        let en = crate::i18n::loader_for(crate::i18n::Language::English.into());
        let labels: Vec<String> = Metric::all(&[0.05]).into_iter().map(|m| m.label(&en)).collect();
        assert_eq!(labels, ["Peak force", "Time to peak", "RFD 0-50 ms", "Peak RFD", "Impulse", "Best 1 s mean force"]);
    }
}
