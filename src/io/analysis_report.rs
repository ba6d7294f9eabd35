//! The analysis of a trace file as JSON and CSV rows (`forcetrack analyze`).
//!
//! Times are seconds from the trace's first sample; forces in newtons; a metric that is empty by
//! definition is `null` (JSON) or an empty cell (CSV). The channel's `baseline_n`, `noise_n` and
//! `onset_threshold_n` are the trial baseline (first 0.5 s: polarity and rep detection; CSV
//! `trial_*`); each rep carries its own (DOMAIN.md section 2, revision 2).

use serde_json::{Map, Value, json};

use crate::analysis::{
    AnalysisParams, AsymmetryBands, AsymmetryFormula, ChannelAnalysis, Metric, MetricSummary, RepMetrics, asymmetry,
    imbalance_percent, per_kg, torque_n_m,
};
use crate::model::{Side, Trace};

use super::TraceFormat;
use super::tables::Value as Cell;

/// One analysed file and the context needed to report it.
pub struct FileReport<'a> {
    pub file: &'a str,
    pub format: TraceFormat,
    pub trace: &'a Trace,
    pub channels: &'a [ChannelAnalysis],
    pub params: &'a AnalysisParams,
    pub lever_arm_m: Option<f64>,
    pub body_mass_kg: Option<f64>,
}

fn opt(value: Option<f64>) -> Value {
    value.filter(|v| v.is_finite()).map_or(Value::Null, Value::from)
}

impl FileReport<'_> {
    fn t0(&self) -> f64 {
        self.trace.time_s.first().copied().unwrap_or(0.0)
    }

    /// Per-rep values in report order as `(column id, value)`; with no rep, the ids alone.
    pub fn rep_values(&self, rep: Option<&RepMetrics>) -> Vec<(String, Option<f64>)> {
        let t0 = self.t0();
        let get = |f: &dyn Fn(&RepMetrics) -> Option<f64>| rep.and_then(f);
        let torque = get(&|r| torque_n_m(r.peak_force_n, self.lever_arm_m));
        let mut values = vec![
            ("baseline_n".to_string(), get(&|r| Some(r.baseline_n))),
            ("noise_n".to_string(), get(&|r| Some(r.noise_n))),
            ("onset_threshold_n".to_string(), get(&|r| Some(r.onset_threshold_n))),
            ("baseline_window_start_s".to_string(), get(&|r| r.baseline_window.map(|w| w.start_s - t0))),
            ("baseline_window_end_s".to_string(), get(&|r| r.baseline_window.map(|w| w.end_s - t0))),
            ("onset_s".to_string(), get(&|r| Some(r.onset_s - t0))),
            ("offset_s".to_string(), get(&|r| Some(r.offset_s - t0))),
            ("peak_time_s".to_string(), get(&|r| Some(r.peak_time_s - t0))),
            ("peak_force_n".to_string(), get(&|r| Some(r.peak_force_n))),
            ("time_to_peak_s".to_string(), get(&|r| Some(r.time_to_peak_s))),
        ];
        for &window_s in &self.params.rfd_windows_s {
            let ms = (window_s * 1000.0).round() as u32;
            values.push((format!("rfd_0_{ms}_n_per_s"), get(&|r| r.rfd_for(window_s))));
        }
        values.extend([
            ("peak_rfd_n_per_s".to_string(), get(&|r| r.peak_rfd_n_per_s)),
            ("impulse_n_s".to_string(), get(&|r| Some(r.impulse_n_s))),
            ("mean_force_n".to_string(), get(&|r| Some(r.mean_force_n))),
            ("best_1s_mean_force_n".to_string(), get(&|r| r.best_1s_mean_force_n)),
            ("torque_n_m".to_string(), torque),
            ("peak_force_n_per_kg".to_string(), get(&|r| per_kg(r.peak_force_n, self.body_mass_kg))),
            ("torque_n_m_per_kg".to_string(), torque.and_then(|t| per_kg(t, self.body_mass_kg))),
        ]);
        values
    }

    fn rep_json(&self, rep: &RepMetrics) -> Value {
        let mut object: Map<String, Value> = self.rep_values(Some(rep)).into_iter().map(|(k, v)| (k, opt(v))).collect();
        let fit = rep.fit.map_or(Value::Null, |f| {
            json!({
                "fmax_n": f.fmax_n,
                "k_per_s": f.k_per_s,
                "tau_s": f.tau_s,
                "t0_s": f.t0_s - self.t0(),
                "model_rfd_n_per_s": f.model_rfd_n_per_s,
                "error_percent": f.error_percent,
                "points": f.points,
            })
        });
        object.insert("fit".into(), fit);
        object.insert("flags".into(), json!(rep.flags.iter().map(|f| f.id()).collect::<Vec<_>>()));
        Value::Object(object)
    }

    fn summary_json(&self, channel: &ChannelAnalysis) -> Value {
        let object: Map<String, Value> = Metric::all(&self.params.rfd_windows_s)
            .into_iter()
            .map(|metric| {
                let summary = channel.summary(metric, None, self.params);
                (metric.id(), summary.map_or(Value::Null, summary_value))
            })
            .collect();
        Value::Object(object)
    }

    /// Asymmetry of best peak force between the `left` and `right` channels, when both exist.
    fn asymmetry_json(&self) -> Option<Value> {
        let best = |side: Side| {
            let channel = self.channels.iter().find(|c| Side::of_channel(&c.name) == Some(side))?;
            channel.summary(Metric::PeakForce, None, self.params).map(|s| s.best)
        };
        let (left, right) = (best(Side::Left)?, best(Side::Right)?);
        let formulas: Map<String, Value> = AsymmetryFormula::ALL
            .into_iter()
            .filter_map(|f| asymmetry(f, left, right, None).map(|a| (f.id().to_string(), json!(a.value))))
            .collect();
        let main = asymmetry(AsymmetryFormula::PercentDifference, left, right, None)?;
        let band = imbalance_percent(left, right).map(|i| AsymmetryBands::default().band(i).id());
        Some(json!({
            "metric": "peak_force_n",
            "summary": "best",
            "left": left,
            "right": right,
            "weaker": main.weaker.map(|s| s.id()),
            "band": band,
            "formulas": formulas,
        }))
    }

    /// The whole file as one JSON object.
    pub fn to_json(&self) -> Value {
        let channels: Vec<Value> = self
            .channels
            .iter()
            .map(|c| {
                json!({
                    "name": c.name,
                    "inverted": c.inverted,
                    "baseline_n": c.baseline_n,
                    "noise_n": c.noise_n,
                    "onset_threshold_n": c.onset_threshold_n,
                    "rep_threshold_n": c.rep_threshold_n,
                    "reps": c.reps.iter().map(|r| self.rep_json(r)).collect::<Vec<_>>(),
                    "summary": self.summary_json(c),
                })
            })
            .collect();
        let mut object = json!({
            "file": self.file,
            "format": self.format.id(),
            "samples": self.trace.len(),
            "duration_s": self.trace.duration_s(),
            "sample_rate_hz": opt(self.trace.sample_rate_hz()),
            "channels": channels,
        });
        if let Some(asym) = self.asymmetry_json() {
            object["asymmetry"] = asym;
        }
        object
    }

    /// Header of the CSV form: file and channel columns, then the rep values and flags.
    pub fn csv_header(&self) -> Vec<String> {
        let mut header: Vec<String> = [
            "file",
            "format",
            "channel",
            "inverted",
            "trial_baseline_n",
            "trial_noise_n",
            "trial_onset_threshold_n",
            "rep_threshold_n",
            "rep",
        ]
        .map(String::from)
        .to_vec();
        header.extend(self.rep_values(None).into_iter().map(|(k, _)| k));
        header.extend(
            ["fit_fmax_n", "fit_k_per_s", "fit_tau_s", "fit_model_rfd_n_per_s", "fit_error_percent", "flags"]
                .map(String::from),
        );
        header
    }

    /// CSV rows, one per rep (a channel without reps gets one row with empty rep cells), as
    /// typed cells for the one CSV writer (`CsvOut`, which neutralises text a spreadsheet would
    /// run as a formula: names come from files and devices).
    pub fn csv_rows(&self) -> Vec<Vec<Cell>> {
        let cell = |v: Option<f64>| Cell::Num(v.filter(|v| v.is_finite()));
        let mut rows = Vec::new();
        let width = self.csv_header().len();
        for channel in self.channels {
            let lead = vec![
                Cell::Text(self.file.to_string()),
                Cell::Text(self.format.id().to_string()),
                Cell::Text(channel.name.clone()),
                Cell::Flag(Some(channel.inverted)),
                Cell::Num(Some(channel.baseline_n)),
                Cell::Num(Some(channel.noise_n)),
                Cell::Num(Some(channel.onset_threshold_n)),
                Cell::Num(Some(channel.rep_threshold_n)),
            ];
            if channel.reps.is_empty() {
                let mut row = lead.clone();
                row.resize(width, Cell::Text(String::new()));
                rows.push(row);
            }
            for (i, rep) in channel.reps.iter().enumerate() {
                let mut row = lead.clone();
                row.push(Cell::Int(Some(i as i64 + 1)));
                row.extend(self.rep_values(Some(rep)).into_iter().map(|(_, v)| cell(v)));
                let fit = rep.fit;
                row.extend([
                    cell(fit.map(|f| f.fmax_n)),
                    cell(fit.map(|f| f.k_per_s)),
                    cell(fit.map(|f| f.tau_s)),
                    cell(fit.map(|f| f.model_rfd_n_per_s)),
                    cell(fit.map(|f| f.error_percent)),
                    Cell::Text(rep.flags.iter().map(|f| f.id()).collect::<Vec<_>>().join(";")),
                ]);
                rows.push(row);
            }
        }
        rows
    }
}

fn summary_value(s: MetricSummary) -> Value {
    json!({
        "best": s.best,
        "mean": s.mean,
        "cv_percent": opt(s.cv_percent),
        "inconsistent": s.inconsistent,
        "count": s.count,
    })
}
