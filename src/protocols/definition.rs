//! The shape of a test and a battery.

use i18n_embed::fluent::FluentLanguageLoader;
use serde::{Deserialize, Serialize};

use crate::analysis::{AnalysisParams, Mdc, RepThreshold, SummaryChoice};
use crate::fl_in;

/// Body region a test belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    Hamstring,
    GluteHip,
    /// Knee extensors, tested for the hamstring-to-quadriceps ratio.
    Quadriceps,
}

impl Region {
    /// The region as a person reads it, in `tr`'s language.
    pub fn label(self, tr: &FluentLanguageLoader) -> String {
        match self {
            Region::Hamstring => fl_in!(tr, "region-hamstring"),
            Region::GluteHip => fl_in!(tr, "region-glute-hip"),
            Region::Quadriceps => fl_in!(tr, "region-quadriceps"),
        }
    }
}

/// What instrument a test is done with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceKind {
    /// Handheld dynamometer.
    Hhd,
    /// Handheld dynamometer or a fixed frame with a load cell.
    HhdOrFixedFrame,
    /// Two load cells, one per ankle (Nordic rig).
    DualLoadCell,
    /// Force plate.
    ForcePlate,
    /// No device: a count is entered.
    None,
}

impl DeviceKind {
    /// The instrument as a person reads it, in `tr`'s language.
    pub fn label(self, tr: &FluentLanguageLoader) -> String {
        match self {
            DeviceKind::Hhd => fl_in!(tr, "device-kind-hhd"),
            DeviceKind::HhdOrFixedFrame => fl_in!(tr, "device-kind-hhd-or-fixed-frame"),
            DeviceKind::DualLoadCell => fl_in!(tr, "device-kind-dual-load-cell"),
            DeviceKind::ForcePlate => fl_in!(tr, "device-kind-force-plate"),
            DeviceKind::None => fl_in!(tr, "device-kind-none"),
        }
    }
}

/// Type of muscle action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Contraction {
    Isometric,
    Eccentric,
    /// Eccentric break test: reads 16-51 % higher than a make test; never compared with one.
    EccentricBreak,
    Endurance,
}

impl Contraction {
    /// The muscle action as a person reads it, in `tr`'s language.
    pub fn label(self, tr: &FluentLanguageLoader) -> String {
        match self {
            Contraction::Isometric => fl_in!(tr, "contraction-isometric"),
            Contraction::Eccentric => fl_in!(tr, "contraction-eccentric"),
            Contraction::EccentricBreak => fl_in!(tr, "contraction-eccentric-break"),
            Contraction::Endurance => fl_in!(tr, "contraction-endurance"),
        }
    }
}

/// A number read off a rep's force curve, beyond its peak force. Which ones mean something
/// depends on the contraction ([`TestDefinition::curve_metrics`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CurveMetric {
    /// From onset to peak: meaningful for a rise to a peak (a break test, a ballistic effort),
    /// not on a flat hold, where the peak falls anywhere on the plateau.
    TimeToPeak,
    /// RFD 0-100 ms from onset: the explosive start of an isometric effort.
    Rfd100ms,
    /// The best 1 s mean: the level of a sustained hold.
    Best1sMean,
}

impl CurveMetric {
    /// The metric's name as a person reads it, in `tr`'s language.
    pub fn label(self, tr: &FluentLanguageLoader) -> String {
        match self {
            CurveMetric::TimeToPeak => fl_in!(tr, "test-metric-time-to-peak"),
            CurveMetric::Rfd100ms => fl_in!(tr, "test-metric-rfd-100ms"),
            CurveMetric::Best1sMean => fl_in!(tr, "test-metric-best-1s-mean"),
        }
    }
}

/// Whether sides are tested one after the other or together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SidesMode {
    OneAtATime,
    /// Both legs in one trial, one channel per leg (Nordic).
    BothAtOnce,
}

/// What a test's result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// A force-time recording analysed for peak force and the other metrics.
    Force,
    /// A count of reps entered by the clinician (single-leg bridge to failure).
    RepsCount,
}

/// The MDC95 default of a test and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MdcDefault {
    pub mdc: Mdc,
    pub source: String,
}

/// Which side of a threshold is the concern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThresholdDirection {
    /// Values below the threshold carry risk or are poor.
    RiskBelow,
    /// Values at or above the threshold are good.
    GoodAbove,
}

/// A published cut-off drawn on progress charts, per leg.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Threshold {
    pub label: String,
    pub value: f64,
    /// Unit of `value`: `N`, `N·m/kg` or `reps`.
    pub unit: String,
    pub direction: ThresholdDirection,
    pub source: String,
}

impl Threshold {
    /// The threshold's unit as a person reads it beside its value: a count of reps in `tr`'s
    /// language ("20 reps", "20 repeticiones"); a physical unit (`N`, `N·m/kg`) as written.
    pub fn shown_unit(&self, tr: &FluentLanguageLoader) -> String {
        if self.unit == "reps" {
            let count = self.value.round() as i64;
            fl_in!(tr, "test-unit-reps", count = count)
        } else {
            self.unit.clone()
        }
    }
}

/// A published normative value, mean ± SD where one is given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Norm {
    pub label: String,
    pub mean: Option<f64>,
    pub sd: Option<f64>,
    pub unit: String,
    pub source: String,
}

/// One test of the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TestDefinition {
    /// Stable id, e.g. `nordic`.
    pub id: String,
    pub name: String,
    pub region: Region,
    pub device: DeviceKind,
    pub contraction: Contraction,
    pub sides: SidesMode,
    pub measure: Measure,
    /// Default number of reps per side.
    pub reps: u32,
    /// Target hold per rep (`None` for non-isometric tests).
    pub hold_s: Option<f64>,
    /// Rest between reps.
    pub rest_s: f64,
    /// Which summary a clinician reads for this test (best of N by convention).
    pub summary: SummaryChoice,
    /// Whether the rep must be held (enables the `not_sustained` flag).
    pub sustained_hold: bool,
    /// Position of athlete and device, shown before each side.
    pub position: String,
    /// Words said to the athlete.
    pub cue: String,
    /// Where the lever arm for torque is measured.
    pub lever_arm: String,
    /// MDC95 default (editable per clinic).
    pub mdc: Option<MdcDefault>,
    pub thresholds: Vec<Threshold>,
    pub norms: Vec<Norm>,
    pub notes: String,
    /// A fixed rep threshold for this test instead of `max(20 N, 10 s)`.
    pub rep_threshold_n: Option<f64>,
    pub built_in: bool,
}

impl TestDefinition {
    /// Analysis parameters for this test: the defaults with the test's own settings applied.
    pub fn analysis_params(&self) -> AnalysisParams {
        let mut params = AnalysisParams {
            sustained_hold: self.sustained_hold,
            // The exponential rise model describes isometric efforts, not a Nordic or a break.
            fit_model: self.contraction == Contraction::Isometric,
            ..AnalysisParams::default()
        };
        if let Some(threshold_n) = self.rep_threshold_n {
            params.rep_threshold = RepThreshold::Fixed { threshold_n };
        }
        params
    }

    /// The curve metrics shown for this test's reps, beyond peak force: a sustained isometric
    /// hold has its explosive start and its level, a short isometric effort its start and its
    /// rise time, a break test its rise time; a Nordic (lowering to a break point) and an
    /// endurance count have none that mean something.
    pub fn curve_metrics(&self) -> &'static [CurveMetric] {
        match self.contraction {
            Contraction::Isometric if self.sustained_hold => &[CurveMetric::Rfd100ms, CurveMetric::Best1sMean],
            Contraction::Isometric => &[CurveMetric::TimeToPeak, CurveMetric::Rfd100ms],
            Contraction::EccentricBreak => &[CurveMetric::TimeToPeak],
            Contraction::Eccentric | Contraction::Endurance => &[],
        }
    }

    /// Whether the test records both legs in one trial.
    pub fn both_at_once(&self) -> bool {
        self.sides == SidesMode::BothAtOnce
    }

    /// A text field of the test as a person reads it: a built-in test's in `tr`'s language
    /// (message `test-<id>-<field>`), a clinic's own test's as the clinic wrote it.
    fn shown(&self, tr: &FluentLanguageLoader, field: &str, english: &str) -> String {
        if self.built_in {
            crate::i18n::data_text(tr, &crate::i18n::data_id("test", &self.id, field), english)
        } else {
            english.to_string()
        }
    }

    /// The test's name, in `tr`'s language for a built-in test.
    pub fn shown_name(&self, tr: &FluentLanguageLoader) -> String {
        self.shown(tr, "name", &self.name)
    }

    /// The position of athlete and device, in `tr`'s language for a built-in test.
    pub fn shown_position(&self, tr: &FluentLanguageLoader) -> String {
        self.shown(tr, "position", &self.position)
    }

    /// The words said to the athlete, in `tr`'s language for a built-in test.
    pub fn shown_cue(&self, tr: &FluentLanguageLoader) -> String {
        self.shown(tr, "cue", &self.cue)
    }

    /// Where the lever arm is measured, in `tr`'s language for a built-in test.
    pub fn shown_lever_arm(&self, tr: &FluentLanguageLoader) -> String {
        self.shown(tr, "lever-arm", &self.lever_arm)
    }

    /// The test's notes, in `tr`'s language for a built-in test.
    pub fn shown_notes(&self, tr: &FluentLanguageLoader) -> String {
        self.shown(tr, "notes", &self.notes)
    }

    /// Where the test's MDC95 default comes from, in `tr`'s language for a built-in test (the
    /// citation and its figures as published, the words around them translated); a clinic's own
    /// test's as the clinic wrote it. Empty for a test without an MDC default.
    pub fn shown_mdc_source(&self, tr: &FluentLanguageLoader) -> String {
        let source = self.mdc.as_ref().map_or("", |d| d.source.as_str());
        if source.is_empty() {
            return String::new();
        }
        self.shown(tr, "mdc-source", source)
    }

    /// The label of threshold `index` (of [`TestDefinition::thresholds`]), in `tr`'s language
    /// for a built-in test; its source stays as published.
    pub fn shown_threshold_label(&self, tr: &FluentLanguageLoader, index: usize) -> String {
        let label = self.thresholds.get(index).map_or("", |t| t.label.as_str());
        self.shown(tr, &format!("threshold-{}", index + 1), label)
    }

    /// The label of norm `index` (of [`TestDefinition::norms`]), in `tr`'s language for a
    /// built-in test; its source stays as published.
    pub fn shown_norm_label(&self, tr: &FluentLanguageLoader, index: usize) -> String {
        let label = self.norms.get(index).map_or("", |n| n.label.as_str());
        self.shown(tr, &format!("norm-{}", index + 1), label)
    }
}

/// An ordered set of tests done in one session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Battery {
    pub id: String,
    pub name: String,
    pub tests: Vec<String>,
    pub built_in: bool,
}

impl Battery {
    /// The battery's name: a built-in battery's in `tr`'s language (message
    /// `battery-<id>-name`), a clinic's own as the clinic wrote it.
    pub fn shown_name(&self, tr: &FluentLanguageLoader) -> String {
        if self.built_in {
            crate::i18n::data_text(tr, &crate::i18n::data_id("battery", &self.id, "name"), &self.name)
        } else {
            self.name.clone()
        }
    }
}
