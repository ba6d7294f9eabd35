//! Results: what a visit's trials say per test and side (best, mean, CV, torque, per kg,
//! asymmetry, LSI, band) and how a side changed since the previous visit with a value, from the
//! trials' analyses and the clinic's result settings. Pure: the store reads and caches, the
//! analysis measures, this module aggregates (DOMAIN.md sections 3 and 5).

use std::collections::{BTreeMap, HashMap};

use i18n_embed::fluent::FluentLanguageLoader;
use serde::{Deserialize, Serialize};

use crate::i18n::numbers::NumberStyle;

pub mod chart;
pub mod flags;
pub mod hq;
pub mod methods;
mod words;

use words::reps_count;
pub use words::{mdc_source_text, reps_text, side_word, summary_word, verdict_text};

pub use hq::{Hq, hq_ratio};

use crate::analysis::{
    AnalysisParams, Asymmetry, AsymmetryBand, AsymmetryBands, AsymmetryFormula, Change, ChannelAnalysis, Mdc,
    MetricSummary, RepMetrics, RepThreshold, SummaryChoice, asymmetry, imbalance_percent, not_comparable, per_kg,
    real_change, torque_n_m, unjudged_change,
};
use crate::model::{Instrument, RepExclusion, Side, TrialInfo, Visit};
use crate::protocols::{Measure, TestDefinition, TestLibrary};

/// The clinic's choices that shape results (stored in the settings table).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResultSettings {
    /// Which per-side summary feeds asymmetry and progress.
    pub summary: SummaryChoice,
    pub formula: AsymmetryFormula,
    pub bands: AsymmetryBands,
    /// MDC95 per test id, replacing the library default (a clinic's own SEM).
    pub mdc: BTreeMap<String, Mdc>,
    /// A fixed rep threshold per test id.
    pub rep_threshold_n: BTreeMap<String, f64>,
    /// The clinic's own lowest acceptable H:Q (none by default: DOMAIN.md section 3).
    pub hq_at_least: Option<f64>,
}

impl Default for ResultSettings {
    fn default() -> Self {
        ResultSettings {
            summary: SummaryChoice::Best,
            formula: AsymmetryFormula::PercentDifference,
            bands: AsymmetryBands::default(),
            mdc: BTreeMap::new(),
            rep_threshold_n: BTreeMap::new(),
            hq_at_least: None,
        }
    }
}

impl ResultSettings {
    /// Key in the settings table.
    pub const KEY: &'static str = "results";

    /// What is wrong with these settings, in words (empty when they can be used): the checks
    /// the settings screen makes before saving and `import all` makes before importing.
    pub fn problems(&self, tr: &FluentLanguageLoader) -> Vec<String> {
        // The numbers as typed, in the app's decimal separator.
        let typed = |v: f64| crate::i18n::numbers::style().number_trimmed(v, 6);
        let mut problems = Vec::new();
        let b = &self.bands;
        if !(b.amber_from_percent.is_finite() && b.red_from_percent.is_finite())
            || b.amber_from_percent < 1.0
            || b.red_from_percent <= b.amber_from_percent
            || b.red_from_percent > 80.0
        {
            problems.push(crate::fl_in!(
                tr,
                "results-problem-bands",
                amber = typed(b.amber_from_percent),
                red = typed(b.red_from_percent)
            ));
        }
        for (test, &threshold_n) in &self.rep_threshold_n {
            if !(threshold_n.is_finite() && (1.0..=200.0).contains(&threshold_n)) {
                problems.push(crate::fl_in!(
                    tr,
                    "results-problem-rep-threshold",
                    test = test.as_str(),
                    threshold = typed(threshold_n)
                ));
            }
        }
        for (test, mdc) in &self.mdc {
            let v = match mdc {
                Mdc::Newtons(v) | Mdc::Percent(v) => *v,
            };
            if !(v.is_finite() && v > 0.0 && v <= 1000.0) {
                let shown = mdc.display_in(&crate::i18n::numbers::style(), crate::model::ForceUnit::Newton);
                problems.push(crate::fl_in!(tr, "results-problem-mdc", test = test.as_str(), mdc = shown));
            }
        }
        if let Some(h) = self.hq_at_least
            && !(h.is_finite() && (0.1..=2.0).contains(&h))
        {
            problems.push(crate::fl_in!(tr, "results-problem-hq", hq = typed(h)));
        }
        problems
    }

    /// The MDC of a test and where it comes from, as stored: [`CLINIC_SETTING`] or the test's
    /// own source (a built-in test's in English). Machine outputs write it so; a person reads it
    /// through [`mdc_source_text`].
    pub fn mdc_for(&self, test: &TestDefinition) -> Option<(Mdc, String)> {
        match self.mdc.get(&test.id) {
            Some(m) => Some((*m, CLINIC_SETTING.into())),
            None => test.mdc.as_ref().map(|d| (d.mdc, d.source.clone())),
        }
    }
}

/// The source of an MDC the clinic set itself ([`ResultSettings::mdc_for`]); published sources
/// are citations.
pub const CLINIC_SETTING: &str = "clinic setting";

/// Analysis parameters of a stored trial: its test's settings, the clinic's overrides and the
/// device's maximum.
pub fn analysis_params_for(
    test: Option<&TestDefinition>,
    info: &TrialInfo,
    settings: &ResultSettings,
) -> AnalysisParams {
    let mut params = test.map_or_else(AnalysisParams::default, TestDefinition::analysis_params);
    if let Some(&threshold_n) = settings.rep_threshold_n.get(&info.meta.test_id) {
        params.rep_threshold = RepThreshold::Fixed { threshold_n };
    }
    params.device_max_n = info.meta.device_max_n;
    params
}

/// One side of one test at one visit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SideResult {
    pub side: Side,
    pub trial_ids: Vec<i64>,
    /// Accepted reps.
    pub reps: usize,
    pub peak_force: Option<MetricSummary>,
    pub rfd_100: Option<MetricSummary>,
    pub best_1s_mean: Option<MetricSummary>,
    /// The value that feeds asymmetry and progress: the chosen summary of peak force (N), or
    /// the rep count for count tests.
    pub value: Option<f64>,
    pub torque_n_m: Option<f64>,
    pub value_n_per_kg: Option<f64>,
    /// The lever arm the torque was computed with (m).
    pub lever_arm_m: Option<f64>,
    pub torque_n_m_per_kg: Option<f64>,
    pub reps_count: Option<u32>,
    /// Highest pain recorded on this side's trials.
    pub pain: Option<u8>,
    /// Quality flags of the accepted reps, and `inconsistent` when peak force CV > 10 %.
    pub flags: Vec<String>,
    /// Change since the previous visit with a value for this test and side (set for an
    /// athlete's history by [`attach_changes`]).
    pub change: Option<SideChange>,
    /// The devices the side's trials came from (each named once, in trial order).
    pub devices: Vec<String>,
    /// The kinds of instrument of the side's trials that are known (each once).
    pub instruments: Vec<Instrument>,
    /// Whether a trial of this side was entered by hand (peaks typed in; no curve metrics).
    pub entered_by_hand: bool,
    /// The lowest sample rate of the side's recorded trials.
    pub sample_rate_hz: Option<f64>,
}

#[cfg(test)]
impl SideResult {
    /// A side of three reps from one recorded trial with `value` as its result and nothing else
    /// set (tests fill in what they look at).
    pub(crate) fn for_tests(side: Side, trial_id: i64, value: Option<f64>) -> SideResult {
        SideResult {
            side,
            trial_ids: vec![trial_id],
            reps: 3,
            peak_force: None,
            rfd_100: None,
            best_1s_mean: None,
            value,
            torque_n_m: None,
            value_n_per_kg: None,
            lever_arm_m: None,
            torque_n_m_per_kg: None,
            reps_count: None,
            pain: None,
            flags: Vec::new(),
            change: None,
            devices: vec!["Test dynamometer".into()],
            sample_rate_hz: Some(1000.0),
            instruments: Vec::new(),
            entered_by_hand: false,
        }
    }
}

/// A side's change since the previous visit with a value for the same test, judged against
/// the test's MDC95 (DOMAIN.md section 5).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SideChange {
    pub previous_visit_id: i64,
    pub previous_date: chrono::NaiveDate,
    pub previous_value: f64,
    pub change: Change,
    /// The MDC used, and where it comes from (a clinic setting or the test's source, as
    /// [`ResultSettings::mdc_for`] gives it); none when the values are not comparable.
    pub mdc: Option<(Mdc, String)>,
    /// The kinds of instrument of the earlier value (known ones).
    pub previous_instruments: Vec<Instrument>,
}

impl SideChange {
    /// The change in words, forces in `unit`, numbers and dates in `style`: "+21 N, within
    /// measurement error (since 2026-04-13)"; across kinds of device both values and both kinds:
    /// "not comparable: different device or mode (2026-04-13: 250 N, fixed frame; now 300 N,
    /// handheld dynamometer)". `now` is the current side's kinds of instrument.
    pub fn text(
        &self,
        tr: &FluentLanguageLoader,
        style: &NumberStyle,
        now: &[Instrument],
        count: bool,
        unit: crate::model::ForceUnit,
    ) -> String {
        let value = |v: f64| if count { reps_text(tr, v) } else { unit.format(style, v) };
        let c = &self.change;
        let verdict = verdict_text(tr, c.verdict);
        let date = style.date(self.previous_date);
        if !c.comparable() {
            let kinds = |k: &[Instrument]| k.iter().map(|i| i.label(tr)).collect::<Vec<_>>().join(", ");
            return crate::fl_in!(
                tr,
                "results-change-not-comparable",
                verdict = verdict,
                date = date,
                before = value(self.previous_value),
                before_kinds = kinds(&self.previous_instruments),
                now = value(c.current),
                now_kinds = kinds(now)
            );
        }
        let sign = if c.delta >= 0.0 { "+" } else { "" };
        let delta = if count {
            crate::fl_in!(
                tr,
                "results-reps-change",
                count = reps_count(c.delta.abs()),
                delta = format!("{sign}{}", style.number(c.delta, 0))
            )
        } else {
            format!("{sign}{}", unit.format(style, c.delta))
        };
        crate::fl_in!(tr, "results-change", delta = delta, verdict = verdict, date = date)
    }
}

/// Whether results taken with these kinds of instrument may be compared (DOMAIN.md section
/// 3): the same kinds, or kinds not known on either side (results from before they were kept).
pub fn instruments_comparable(a: &[Instrument], b: &[Instrument]) -> bool {
    if a.is_empty() || b.is_empty() {
        return true;
    }
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort_by_key(|i| i.id());
    b.sort_by_key(|i| i.id());
    a == b
}

/// One test at one visit, both sides.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TestResult {
    pub test_id: String,
    pub test_name: String,
    pub left: Option<SideResult>,
    pub right: Option<SideResult>,
    /// With the clinic's formula.
    pub asymmetry: Option<Asymmetry>,
    /// LSI, involved over uninvolved (weaker over stronger with no injured side).
    pub lsi_percent: Option<f64>,
    pub imbalance_percent: Option<f64>,
    pub band: Option<AsymmetryBand>,
}

impl TestResult {
    pub fn side(&self, side: Side) -> Option<&SideResult> {
        match side {
            Side::Left => self.left.as_ref(),
            Side::Right => self.right.as_ref(),
            Side::Both => None,
        }
    }
}

/// A visit with its results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VisitResults {
    pub visit: Visit,
    pub tests: Vec<TestResult>,
    /// Trials of the visit whose stored samples are damaged: left out of every result above.
    pub damaged_trials: Vec<i64>,
}

impl VisitResults {
    pub fn test(&self, test_id: &str) -> Option<&TestResult> {
        self.tests.iter().find(|t| t.test_id == test_id)
    }

    /// The visit's hamstring-to-quadriceps ratio on `side` (DOMAIN.md section 3).
    pub fn hq(&self, side: Side) -> Hq {
        hq_ratio(self.test(hq::FLEXION).and_then(|t| t.side(side)), self.test(hq::EXTENSION).and_then(|t| t.side(side)))
    }

    /// Why the visit's H:Q on `side` reads two kinds of instrument, if it does
    /// ([`hq::hq_caveat`]).
    pub fn hq_caveat(&self, tr: &FluentLanguageLoader, side: Side) -> Option<String> {
        hq::hq_caveat(
            tr,
            self.test(hq::FLEXION).and_then(|t| t.side(side)),
            self.test(hq::EXTENSION).and_then(|t| t.side(side)),
        )
    }
}

/// Sets every side's change since the previous visit (oldest first in `history`) with a value
/// for the same test and side: the one place that change is computed.
pub fn attach_changes(history: &mut [VisitResults], library: &TestLibrary, settings: &ResultSettings) {
    // The latest (visit id, date, value, kinds of instrument) per test and side.
    type Latest = (i64, chrono::NaiveDate, f64, Vec<Instrument>);
    let mut latest: HashMap<(String, Side), Latest> = HashMap::new();
    for visit in history.iter_mut() {
        let (id, date) = (visit.visit.id, visit.visit.date_time.date());
        for test in &mut visit.tests {
            let mdc = library.test(&test.test_id).and_then(|t| settings.mdc_for(t));
            for side in [&mut test.left, &mut test.right].into_iter().flatten() {
                let Some(value) = side.value else { continue };
                let key = (test.test_id.clone(), side.side);
                if let Some((previous_visit_id, previous_date, previous_value, before)) = latest.get(&key) {
                    // Only the same kind of device is compared (the same test is the same mode).
                    let comparable = instruments_comparable(before, &side.instruments);
                    let change = match &mdc {
                        _ if !comparable => not_comparable(*previous_value, value),
                        Some((m, _)) => real_change(*previous_value, value, *m),
                        None => unjudged_change(*previous_value, value),
                    };
                    side.change = Some(SideChange {
                        previous_visit_id: *previous_visit_id,
                        previous_date: *previous_date,
                        previous_value: *previous_value,
                        change,
                        mdc: if comparable { mdc.clone() } else { None },
                        previous_instruments: before.clone(),
                    });
                }
                latest.insert(key, (id, date, value, side.instruments.clone()));
            }
        }
    }
}

/// The flag of a side whose trial has an exclusion that matches no rep of its analysis.
pub const UNMATCHED_EXCLUSION: &str = "excluded_rep_not_found";

/// Whether rep `k` of a trial's analysis is one the clinician excluded (by time, or by index for
/// exclusions from before schema 4 not yet turned into times).
pub fn is_excluded(info: &TrialInfo, k: usize, rep: &RepMetrics) -> bool {
    info.excluded.iter().any(|e| e.matches(rep.onset_s, rep.offset_s, rep.peak_time_s))
        || info.legacy_excluded_reps.contains(&k)
}

/// The exclusions of a trial that no rep of `analysis` (any channel) matches.
pub fn unmatched_exclusions(info: &TrialInfo, analysis: &[ChannelAnalysis]) -> Vec<RepExclusion> {
    let reps = || analysis.iter().flat_map(|c| &c.reps);
    info.excluded.iter().filter(|e| !reps().any(|r| e.matches(r.onset_s, r.offset_s, r.peak_time_s))).copied().collect()
}

/// The reps at `indices` of an analysis as exclusions by time: each from the earliest onset to
/// the latest offset of that rep over the channels.
pub fn exclusions_of(indices: &[usize], analysis: &[ChannelAnalysis]) -> Vec<RepExclusion> {
    indices
        .iter()
        .filter_map(|&k| {
            let reps: Vec<&RepMetrics> = analysis.iter().filter_map(|c| c.reps.get(k)).collect();
            let from_s = reps.iter().map(|r| r.onset_s).reduce(f64::min)?;
            let to_s = reps.iter().map(|r| r.offset_s).reduce(f64::max)?;
            Some(RepExclusion { from_s, to_s })
        })
        .collect()
}

#[derive(Default)]
struct SideAccumulator {
    trial_ids: Vec<i64>,
    peaks: Vec<f64>,
    rfd_100: Vec<f64>,
    best_1s: Vec<f64>,
    flags: Vec<String>,
    lever_arm_m: Option<f64>,
    reps_count: Option<u32>,
    pain: Option<u8>,
    devices: Vec<String>,
    instruments: Vec<Instrument>,
    entered_by_hand: bool,
    sample_rate_hz: Option<f64>,
}

/// The accepted, recorded trials among `trials` that need an analysis, with the parameters of
/// each (trials measured by a count have none).
pub fn analyses_wanted<'t>(
    trials: &'t [TrialInfo],
    library: &TestLibrary,
    settings: &ResultSettings,
) -> Vec<(&'t TrialInfo, AnalysisParams)> {
    trials
        .iter()
        .filter(|t| t.accepted && t.entered.is_none())
        .filter(|t| library.test(&t.meta.test_id).is_none_or(|d| d.measure != Measure::RepsCount))
        .map(|t| (t, analysis_params_for(library.test(&t.meta.test_id), t, settings)))
        .collect()
}

/// Results of one visit from its trials and their analyses (by trial id; the analyses of
/// [`analyses_wanted`]). `involved` is the injured side (for LSI).
pub fn visit_results(
    visit: &Visit,
    trials: &[TrialInfo],
    analyses: &HashMap<i64, Vec<ChannelAnalysis>>,
    library: &TestLibrary,
    settings: &ResultSettings,
    involved: Option<Side>,
) -> VisitResults {
    let mut by_test: BTreeMap<usize, (String, [SideAccumulator; 2])> = BTreeMap::new();
    for info in trials.iter().filter(|t| t.accepted) {
        let test = library.test(&info.meta.test_id);
        let order = library.tests.iter().position(|t| t.id == info.meta.test_id).unwrap_or(usize::MAX - 1);
        let entry = by_test.entry(order).or_insert_with(|| (info.meta.test_id.clone(), Default::default()));
        let sides: Vec<Side> = match info.meta.side {
            Side::Both => vec![Side::Left, Side::Right],
            s => vec![s],
        };
        for &side in &sides {
            let acc = &mut entry.1[if side == Side::Left { 0 } else { 1 }];
            acc.trial_ids.push(info.id);
            acc.pain = acc.pain.max(info.pain);
            acc.lever_arm_m = acc.lever_arm_m.or(info.meta.lever_arm_m);
            if !acc.devices.contains(&info.meta.device) {
                acc.devices.push(info.meta.device.clone());
            }
            if let Some(i) = info.meta.instrument
                && !acc.instruments.contains(&i)
            {
                acc.instruments.push(i);
            }
            if let Some(entered) = &info.entered {
                // Entered by hand: each rep's peak counts as a recorded rep's peak force does.
                acc.entered_by_hand = true;
                acc.peaks.extend(entered.peaks_of(info.meta.side, side));
            }
            if let Some(rate) = info.sample_rate_hz {
                acc.sample_rate_hz = Some(acc.sample_rate_hz.map_or(rate, |r| r.min(rate)));
            }
            if info.reps_count.is_some() {
                acc.reps_count = acc.reps_count.max(info.reps_count);
            }
        }
        if test.is_some_and(|t| t.measure == Measure::RepsCount) || info.entered.is_some() {
            continue;
        }
        let Some(analysis) = analyses.get(&info.id) else { continue };
        if !unmatched_exclusions(info, analysis).is_empty() {
            // Shown, not dropped: an exclusion no rep of this analysis matches.
            for &side in &sides {
                let acc = &mut entry.1[if side == Side::Left { 0 } else { 1 }];
                if !acc.flags.iter().any(|f| f == UNMATCHED_EXCLUSION) {
                    acc.flags.push(UNMATCHED_EXCLUSION.into());
                }
            }
        }
        for channel in analysis {
            let side = match info.meta.side {
                Side::Both => match Side::of_channel(&channel.name) {
                    Some(s) => s,
                    None => continue,
                },
                s => s,
            };
            let acc = &mut entry.1[if side == Side::Left { 0 } else { 1 }];
            for (k, rep) in channel.reps.iter().enumerate() {
                if is_excluded(info, k, rep) {
                    continue;
                }
                acc.peaks.push(rep.peak_force_n);
                if let Some(v) = rep.rfd_for(0.1) {
                    acc.rfd_100.push(v);
                }
                if let Some(v) = rep.best_1s_mean_force_n {
                    acc.best_1s.push(v);
                }
                for f in &rep.flags {
                    if !acc.flags.iter().any(|x| x == f.id()) {
                        acc.flags.push(f.id().to_string());
                    }
                }
            }
        }
    }
    let cv_limit = AnalysisParams::default().inconsistent_cv_percent;
    let tests = by_test
        .into_values()
        .map(|(test_id, [left, right])| {
            let test = library.test(&test_id);
            let is_count = test.is_some_and(|t| t.measure == Measure::RepsCount);
            let finish = |side: Side, acc: SideAccumulator| -> Option<SideResult> {
                if acc.trial_ids.is_empty() {
                    return None;
                }
                let peak_force = MetricSummary::of(&acc.peaks, cv_limit);
                let value =
                    if is_count { acc.reps_count.map(f64::from) } else { peak_force.map(|s| s.pick(settings.summary)) };
                let torque = if is_count { None } else { value.and_then(|v| torque_n_m(v, acc.lever_arm_m)) };
                let mut flags = acc.flags;
                if peak_force.is_some_and(|s| s.inconsistent) {
                    flags.push("inconsistent".into());
                }
                Some(SideResult {
                    side,
                    trial_ids: acc.trial_ids,
                    reps: acc.peaks.len(),
                    peak_force,
                    rfd_100: MetricSummary::of(&acc.rfd_100, cv_limit),
                    best_1s_mean: MetricSummary::of(&acc.best_1s, cv_limit),
                    value,
                    torque_n_m: torque,
                    value_n_per_kg: if is_count { None } else { value.and_then(|v| per_kg(v, visit.body_mass_kg)) },
                    lever_arm_m: if is_count { None } else { acc.lever_arm_m },
                    torque_n_m_per_kg: torque.and_then(|t| per_kg(t, visit.body_mass_kg)),
                    reps_count: acc.reps_count,
                    pain: acc.pain,
                    flags,
                    change: None,
                    devices: acc.devices,
                    instruments: acc.instruments,
                    entered_by_hand: acc.entered_by_hand,
                    sample_rate_hz: acc.sample_rate_hz,
                })
            };
            let left = finish(Side::Left, left);
            let right = finish(Side::Right, right);
            let values = (left.as_ref().and_then(|s| s.value), right.as_ref().and_then(|s| s.value));
            let (asym, lsi, imbalance) = match values {
                (Some(l), Some(r)) => (
                    asymmetry(settings.formula, l, r, involved),
                    asymmetry(AsymmetryFormula::Lsi, l, r, involved).map(|a| a.value),
                    imbalance_percent(l, r),
                ),
                _ => (None, None, None),
            };
            TestResult {
                test_name: test.map_or_else(|| test_id.clone(), |t| t.name.clone()),
                test_id,
                left,
                right,
                asymmetry: asym,
                lsi_percent: lsi,
                imbalance_percent: imbalance,
                band: imbalance.map(|i| settings.bands.band(i)),
            }
        })
        .collect();
    VisitResults { visit: visit.clone(), tests, damaged_trials: Vec::new() }
}

#[cfg(test)]
mod tests;
