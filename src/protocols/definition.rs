//! The shape of a test and a battery.

use serde::{Deserialize, Serialize};

use crate::analysis::{AnalysisParams, Mdc, RepThreshold, SummaryChoice};

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
    pub fn label(self) -> &'static str {
        match self {
            Region::Hamstring => "Hamstring",
            Region::GluteHip => "Glute / hip",
            Region::Quadriceps => "Quadriceps",
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
    pub fn label(self) -> &'static str {
        match self {
            DeviceKind::Hhd => "handheld dynamometer",
            DeviceKind::HhdOrFixedFrame => "handheld dynamometer or fixed frame",
            DeviceKind::DualLoadCell => "dual load cell (Nordic rig)",
            DeviceKind::ForcePlate => "force plate",
            DeviceKind::None => "none (count entered)",
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
    pub fn label(self) -> &'static str {
        match self {
            Contraction::Isometric => "isometric",
            Contraction::Eccentric => "eccentric",
            Contraction::EccentricBreak => "eccentric (break)",
            Contraction::Endurance => "endurance",
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
    pub fn label(self) -> &'static str {
        match self {
            CurveMetric::TimeToPeak => "Time to peak",
            CurveMetric::Rfd100ms => "RFD 0-100 ms",
            CurveMetric::Best1sMean => "Best 1 s mean",
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
}

/// An ordered set of tests done in one session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Battery {
    pub id: String,
    pub name: String,
    pub tests: Vec<String>,
    pub built_in: bool,
}
