//! A visit's results per test and side, computed from the trials' (cached) analyses: the
//! numbers the summary screen, the history, the exports and the clearance read.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::{Result, Store};
use crate::analysis::{
    AnalysisParams, Asymmetry, AsymmetryBand, AsymmetryBands, AsymmetryFormula, Change, ChannelAnalysis, Mdc,
    MetricSummary, RepThreshold, SummaryChoice, asymmetry, imbalance_percent, per_kg, real_change, torque_n_m,
};
use crate::model::{Side, TrialInfo, Visit};
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
}

impl Default for ResultSettings {
    fn default() -> Self {
        ResultSettings {
            summary: SummaryChoice::Best,
            formula: AsymmetryFormula::PercentDifference,
            bands: AsymmetryBands::default(),
            mdc: BTreeMap::new(),
            rep_threshold_n: BTreeMap::new(),
        }
    }
}

impl ResultSettings {
    /// Key in the settings table.
    pub const KEY: &'static str = "results";

    /// The stored settings, or the defaults.
    pub fn load(store: &Store) -> Result<ResultSettings> {
        Ok(store.setting(Self::KEY)?.unwrap_or_default())
    }

    pub fn save(&self, store: &Store) -> Result<()> {
        store.set_setting(Self::KEY, self)
    }

    /// The MDC of a test and where it comes from.
    pub fn mdc_for(&self, test: &TestDefinition) -> Option<(Mdc, String)> {
        match self.mdc.get(&test.id) {
            Some(m) => Some((*m, "clinic setting".into())),
            None => test.mdc.as_ref().map(|d| (d.mdc, d.source.clone())),
        }
    }
}

/// Analysis parameters of a stored trial: its test's settings, the clinic's overrides and the
/// device's maximum.
pub fn analysis_params_for(
    test: Option<&TestDefinition>,
    info: &TrialInfo,
    settings: &ResultSettings,
) -> AnalysisParams {
    let mut params = test.map_or_else(AnalysisParams::default, TestDefinition::analysis_params);
    if let Some(&threshold_n) = settings.rep_threshold_n.get(&info.test_id) {
        params.rep_threshold = RepThreshold::Fixed { threshold_n };
    }
    params.device_max_n = info.device_max_n;
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
    pub torque_n_m_per_kg: Option<f64>,
    pub reps_count: Option<u32>,
    /// Highest pain recorded on this side's trials.
    pub pain: Option<u8>,
    /// Quality flags of the accepted reps, and `inconsistent` when peak force CV > 10 %.
    pub flags: Vec<String>,
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
}

impl VisitResults {
    pub fn test(&self, test_id: &str) -> Option<&TestResult> {
        self.tests.iter().find(|t| t.test_id == test_id)
    }
}

/// Change of one side's value between two visits, judged against the test's MDC.
pub fn change_between(previous: &SideResult, current: &SideResult, mdc: Option<Mdc>) -> Option<Change> {
    let (p, c) = (previous.value?, current.value?);
    Some(real_change(p, c, mdc.unwrap_or(Mdc::Newtons(0.0))))
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
}

impl Store {
    /// Results of one visit. `involved` is the injured side (for LSI).
    pub fn visit_results(
        &self,
        visit: &Visit,
        library: &TestLibrary,
        settings: &ResultSettings,
        involved: Option<Side>,
    ) -> Result<VisitResults> {
        let trials = self.trials_of_visit(visit.id)?;
        let analyses = self.analyses_for(&trials, library, settings)?;
        let results = self.results_from_trials(visit, &trials, library, settings, involved, &analyses);
        self.flush_analysis_cache();
        results
    }

    /// Results of every visit of an athlete, oldest first; `involved` from the episode of each
    /// visit (else the athlete's latest episode).
    pub fn athlete_results(
        &self,
        athlete_id: i64,
        library: &TestLibrary,
        settings: &ResultSettings,
    ) -> Result<Vec<VisitResults>> {
        let visits = self.visits(athlete_id)?;
        let episodes = self.episodes(athlete_id)?;
        let latest_side = episodes.last().and_then(|e| e.side);
        let all = self.trials_of_athlete(athlete_id)?;
        let analyses = self.analyses_for(&all, library, settings)?;
        let mut by_visit: HashMap<i64, Vec<TrialInfo>> = HashMap::new();
        for t in all {
            by_visit.entry(t.visit_id).or_default().push(t);
        }
        let results = visits
            .iter()
            .map(|v| {
                let involved = v
                    .episode_id
                    .and_then(|id| episodes.iter().find(|e| e.id == id))
                    .and_then(|e| e.side)
                    .or(latest_side);
                let trials = by_visit.remove(&v.id).unwrap_or_default();
                self.results_from_trials(v, &trials, library, settings, involved, &analyses)
            })
            .collect();
        self.flush_analysis_cache();
        results
    }

    /// Analyses of the accepted, recorded trials among `trials`, by trial id.
    fn analyses_for(
        &self,
        trials: &[TrialInfo],
        library: &TestLibrary,
        settings: &ResultSettings,
    ) -> Result<HashMap<i64, Vec<ChannelAnalysis>>> {
        let items: Vec<(&TrialInfo, AnalysisParams)> = trials
            .iter()
            .filter(|t| t.accepted)
            .filter(|t| library.test(&t.test_id).is_none_or(|d| d.measure != Measure::RepsCount))
            .map(|t| (t, analysis_params_for(library.test(&t.test_id), t, settings)))
            .collect();
        let analyses = self.trial_analyses(&items)?;
        Ok(items.iter().map(|(t, _)| t.id).zip(analyses).collect())
    }

    fn results_from_trials(
        &self,
        visit: &Visit,
        trials: &[TrialInfo],
        library: &TestLibrary,
        settings: &ResultSettings,
        involved: Option<Side>,
        analyses: &HashMap<i64, Vec<ChannelAnalysis>>,
    ) -> Result<VisitResults> {
        let mut by_test: BTreeMap<usize, (String, [SideAccumulator; 2])> = BTreeMap::new();
        for info in trials.iter().filter(|t| t.accepted) {
            let test = library.test(&info.test_id);
            let order = library.tests.iter().position(|t| t.id == info.test_id).unwrap_or(usize::MAX - 1);
            let entry = by_test.entry(order).or_insert_with(|| (info.test_id.clone(), Default::default()));
            let sides: Vec<Side> = match info.side {
                Side::Both => vec![Side::Left, Side::Right],
                s => vec![s],
            };
            for &side in &sides {
                let acc = &mut entry.1[if side == Side::Left { 0 } else { 1 }];
                acc.trial_ids.push(info.id);
                acc.pain = acc.pain.max(info.pain);
                acc.lever_arm_m = acc.lever_arm_m.or(info.lever_arm_m);
                if info.reps_count.is_some() {
                    acc.reps_count = acc.reps_count.max(info.reps_count);
                }
            }
            if test.is_some_and(|t| t.measure == Measure::RepsCount) {
                continue;
            }
            let Some(analysis) = analyses.get(&info.id) else { continue };
            for channel in analysis {
                let side = match info.side {
                    Side::Both => match Side::of_channel(&channel.name) {
                        Some(s) => s,
                        None => continue,
                    },
                    s => s,
                };
                let acc = &mut entry.1[if side == Side::Left { 0 } else { 1 }];
                for (k, rep) in channel.reps.iter().enumerate() {
                    if info.excluded_reps.contains(&k) {
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
                    let value = if is_count {
                        acc.reps_count.map(f64::from)
                    } else {
                        peak_force.map(|s| s.pick(settings.summary))
                    };
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
                        torque_n_m_per_kg: torque.and_then(|t| per_kg(t, visit.body_mass_kg)),
                        reps_count: acc.reps_count,
                        pain: acc.pain,
                        flags,
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
        Ok(VisitResults { visit: visit.clone(), tests })
    }
}
