//! Evaluating a template for an athlete's episode at a visit: pass / fail / no data per
//! criterion with the values used (which visit, which trials), the threshold and the source,
//! the overall status, and how each criterion moved over the last visits. Pure: the caller
//! gathers the visits' results and the manual checks.

use chrono::NaiveDate;
use i18n_embed::fluent::FluentLanguageLoader;
use serde::{Deserialize, Serialize};

use super::rules::{Scope, evaluate_criterion};
use super::template::{Quantity, Rule, Template};
use crate::fl_in;
use crate::i18n::numbers;
use crate::model::{Athlete, ClearanceCheck, ForceUnit, InjuryEpisode, Side};
use crate::results::VisitResults;

/// The outcome of one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    Fail,
    NoData,
}

impl Verdict {
    pub fn label(self, tr: &FluentLanguageLoader) -> String {
        match self {
            Verdict::Pass => fl_in!(tr, "clearance-verdict-pass"),
            Verdict::Fail => fl_in!(tr, "clearance-verdict-fail"),
            Verdict::NoData => fl_in!(tr, "clearance-verdict-no-data"),
        }
    }
}

/// The overall status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every required criterion passes. The athlete is cleared only when a clinician signs
    /// that (a sign-off); an evaluation alone never clears.
    #[serde(alias = "cleared")]
    AllPass,
    /// A required criterion fails.
    NotYet,
    /// None fails, but a required criterion has no data.
    Incomplete,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::AllPass => "all_pass",
            Status::NotYet => "not_yet",
            Status::Incomplete => "incomplete",
        }
    }

    pub fn label(self, tr: &FluentLanguageLoader) -> String {
        match self {
            Status::AllPass => fl_in!(tr, "clearance-status-all-pass"),
            Status::NotYet => fl_in!(tr, "clearance-status-not-yet"),
            Status::Incomplete => fl_in!(tr, "clearance-status-incomplete"),
        }
    }
}

/// What a reading measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadingUnit {
    Force(Quantity),
    Percent,
    Ratio,
    Reps,
    /// Pain 0-10.
    Pain,
    /// A questionnaire score (VISA-H 0-100).
    Score,
    /// A yes/no answer: 1 yes, 0 no.
    YesNo,
    /// A clinical test's finding: 1 positive, 0 negative.
    Finding,
    /// Percentage of the pre-injury value.
    PercentOfBaseline,
}

impl ReadingUnit {
    /// The unit of the value as stored (SI): "N", "%", "reps". A key of the report's CSV,
    /// which stays English; a person reads a value with `Reading::text`.
    pub fn si_symbol(self) -> &'static str {
        match self {
            ReadingUnit::Force(Quantity::ForceN) => "N",
            ReadingUnit::Force(Quantity::ForceNPerKg) => "N/kg",
            ReadingUnit::Force(Quantity::TorqueNM) => "N·m",
            ReadingUnit::Force(Quantity::TorqueNMPerKg) => "N·m/kg",
            ReadingUnit::Percent => "%",
            ReadingUnit::Ratio => "ratio",
            ReadingUnit::Reps => "reps",
            ReadingUnit::Pain => "0-10",
            ReadingUnit::Score => "score",
            ReadingUnit::YesNo => "yes=1",
            ReadingUnit::Finding => "positive=1",
            ReadingUnit::PercentOfBaseline => "% of pre-injury",
        }
    }
}

/// One number behind a verdict: "LSI 93.2 %", "left 367 N".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    pub label: String,
    pub value: f64,
    pub unit: ReadingUnit,
}

impl Reading {
    pub(super) fn new(label: impl Into<String>, value: f64, unit: ReadingUnit) -> Reading {
        Reading { label: label.into(), value, unit }
    }

    /// "left 367 N", "LSI 93.2 %", forces in `unit`, words in the language of `tr`.
    pub fn text(&self, unit: ForceUnit, tr: &FluentLanguageLoader) -> String {
        let v = self.value;
        let value = match self.unit {
            ReadingUnit::Force(q) => {
                format!("{} {}", numbers::num(q.display(v, unit), q.decimals_in(unit)), q.unit_text(unit))
            }
            ReadingUnit::Percent => format!("{} %", numbers::num(v, 1)),
            ReadingUnit::Ratio => numbers::num(v, 2),
            ReadingUnit::Reps => {
                let count = v.round() as i64;
                fl_in!(tr, "clearance-reading-reps", value = numbers::num(v, 0), count = count)
            }
            ReadingUnit::Pain => format!("{}/10", numbers::num(v, 0)),
            ReadingUnit::Score => numbers::num(v, 0),
            ReadingUnit::YesNo if v > 0.5 => fl_in!(tr, "clearance-reading-yes"),
            ReadingUnit::YesNo => fl_in!(tr, "clearance-reading-no"),
            ReadingUnit::Finding if v > 0.5 => fl_in!(tr, "clearance-reading-positive"),
            ReadingUnit::Finding => fl_in!(tr, "clearance-reading-negative"),
            ReadingUnit::PercentOfBaseline => {
                fl_in!(tr, "clearance-reading-percent-of-baseline", percent = numbers::num(v, 1))
            }
        };
        if self.label.is_empty() {
            value
        } else {
            fl_in!(tr, "clearance-reading", label = self.label.as_str(), value = value)
        }
    }
}

/// A visit whose results a criterion used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UsedVisit {
    pub visit_id: i64,
    pub date: NaiveDate,
    /// The test and its trials, when a test was read.
    pub test_id: Option<String>,
    pub trial_ids: Vec<i64>,
}

/// The criterion at one earlier (or the evaluated) visit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrendPoint {
    pub visit_id: i64,
    pub date: NaiveDate,
    pub verdict: Verdict,
    /// The main number at that visit.
    pub reading: Option<Reading>,
}

/// One criterion evaluated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionResult {
    pub id: String,
    pub label: String,
    pub kind: String,
    pub required: bool,
    pub verdict: Verdict,
    pub readings: Vec<Reading>,
    /// The threshold in words, forces in newtons (`threshold_text` gives other units), in the
    /// language the evaluation was made in.
    pub threshold: String,
    /// The rule as it was evaluated (kind and thresholds).
    pub rule: Rule,
    pub source: String,
    /// Where the source is a consensus: the share of the panel that agreed (%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_percent: Option<f64>,
    /// The criterion did not reach the panel's consensus.
    #[serde(default)]
    pub below_consensus: bool,
    /// Anything the clinician should know: where the value came from, why there is no data.
    pub note: String,
    pub used: Vec<UsedVisit>,
    /// The criterion over the episode's visits up to this one, oldest first.
    pub trend: Vec<TrendPoint>,
}

impl CriterionResult {
    /// The threshold in words, forces in `unit`.
    pub fn threshold_text(&self, unit: ForceUnit, tr: &FluentLanguageLoader) -> String {
        self.rule.threshold_text(unit, tr)
    }

    /// The panel's agreement in words: "83 % agreement", "66 % agreement: did not reach
    /// consensus"; empty when the source is not a consensus.
    pub fn agreement_text(&self, tr: &FluentLanguageLoader) -> String {
        match (self.agreement_percent, self.below_consensus) {
            (Some(p), true) => fl_in!(tr, "clearance-agreement-below-consensus", percent = numbers::num(p, 0)),
            (Some(p), false) => fl_in!(tr, "clearance-agreement", percent = numbers::num(p, 0)),
            (None, true) => fl_in!(tr, "clearance-below-consensus"),
            (None, false) => String::new(),
        }
    }

    /// The source with the panel's agreement where there is one: "Paton et al. 2023 (66 %
    /// agreement: did not reach consensus)".
    pub fn source_text(&self, tr: &FluentLanguageLoader) -> String {
        match self.agreement_text(tr) {
            a if a.is_empty() => self.source.clone(),
            a => fl_in!(tr, "clearance-source-with-agreement", source = self.source.as_str(), agreement = a),
        }
    }

    /// The readings in words, forces in `unit`.
    pub fn value_text(&self, unit: ForceUnit, tr: &FluentLanguageLoader) -> String {
        self.readings.iter().map(|r| r.text(unit, tr)).collect::<Vec<_>>().join(", ")
    }

    /// The same outcome as `other`, whatever language either was worded in: verdict, rule,
    /// readings' values, visits used and trend.
    fn same_outcome(&self, other: &CriterionResult) -> bool {
        let values = |r: &[Reading]| r.iter().map(|r| (r.value, r.unit)).collect::<Vec<_>>();
        let trend = |t: &[TrendPoint]| {
            t.iter().map(|p| (p.visit_id, p.verdict, p.reading.as_ref().map(|r| (r.value, r.unit)))).collect::<Vec<_>>()
        };
        self.id == other.id
            && self.required == other.required
            && self.verdict == other.verdict
            && self.rule == other.rule
            && values(&self.readings) == values(&other.readings)
            && self.used == other.used
            && trend(&self.trend) == trend(&other.trend)
    }
}

/// A template evaluated for an athlete (and episode) at a visit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    pub template_id: String,
    pub template_name: String,
    pub template_source: String,
    pub athlete_id: i64,
    pub athlete_name: String,
    pub episode_id: Option<i64>,
    pub episode: Option<String>,
    pub involved: Option<Side>,
    pub visit_id: i64,
    pub visit_date: NaiveDate,
    pub max_age_days: u32,
    pub status: Status,
    pub criteria: Vec<CriterionResult>,
}

impl Evaluation {
    /// Required criteria with each verdict: (pass, fail, no data).
    pub fn counts(&self) -> (usize, usize, usize) {
        let required = self.criteria.iter().filter(|c| c.required);
        required.fold((0, 0, 0), |(p, f, n), c| match c.verdict {
            Verdict::Pass => (p + 1, f, n),
            Verdict::Fail => (p, f + 1, n),
            Verdict::NoData => (p, f, n + 1),
        })
    }

    /// One line for lists: "not yet: 2 of 9 required criteria fail, 1 without data", "all
    /// criteria pass: all 10 required criteria pass"; an athlete with no injury episode is
    /// screened: "screening: all criteria pass: ...".
    pub fn summary(&self, tr: &FluentLanguageLoader) -> String {
        let (status, reason) = (self.status.label(tr), self.reason(tr));
        if self.episode_id.is_none() {
            fl_in!(tr, "clearance-summary-screening", status = status, reason = reason)
        } else {
            fl_in!(tr, "clearance-summary", status = status, reason = reason)
        }
    }

    /// The same evaluation as `other` as far as a sign-off goes (the same athlete, episode,
    /// visit and template, and the same verdicts on the same readings), whatever language
    /// either was worded in: a sign-off of one is a sign-off of the other.
    pub fn same_outcome(&self, other: &Evaluation) -> bool {
        self.template_id == other.template_id
            && self.athlete_id == other.athlete_id
            && self.episode_id == other.episode_id
            && self.visit_id == other.visit_id
            && self.max_age_days == other.max_age_days
            && self.status == other.status
            && self.criteria.len() == other.criteria.len()
            && self.criteria.iter().zip(&other.criteria).all(|(a, b)| a.same_outcome(b))
    }

    /// What a clinician's sign-off of this evaluation records: "cleared" when every required
    /// criterion passes in an injury episode, "screened" for an athlete with no episode, else
    /// the status ("not_yet", "incomplete").
    pub fn signoff_status(&self) -> &'static str {
        match (self.status, self.episode_id) {
            (Status::AllPass, Some(_)) => "cleared",
            (Status::AllPass, None) => "screened",
            (s, _) => s.id(),
        }
    }

    /// Why the status is what it is: "2 of 9 required criteria fail, 1 without data".
    pub fn reason(&self, tr: &FluentLanguageLoader) -> String {
        let (pass, fail, none) = self.counts();
        let total = pass + fail + none;
        match self.status {
            Status::AllPass => fl_in!(tr, "clearance-reason-all-pass", total = total),
            Status::NotYet if none > 0 => {
                fl_in!(tr, "clearance-reason-fail-and-no-data", fail = fail, total = total, none = none)
            }
            Status::NotYet => fl_in!(tr, "clearance-reason-fail", fail = fail, total = total),
            Status::Incomplete => fl_in!(tr, "clearance-reason-no-data", none = none, total = total),
        }
    }
}

/// What an evaluation reads.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub athlete: &'a Athlete,
    pub episode: Option<&'a InjuryEpisode>,
    /// The athlete's visits with their results, oldest first.
    pub history: &'a [VisitResults],
    /// The manual checks of the athlete's visits.
    pub checks: &'a [ClearanceCheck],
}

/// How many visits a trend covers.
pub const TREND_VISITS: usize = 6;

/// Evaluates `template` at the visit `visit_id`, with each criterion's trend over the episode's
/// last visits, worded in the language of `tr` (a built-in template's words too).
pub fn evaluate(
    template: &Template,
    input: Input,
    visit_id: i64,
    tr: &FluentLanguageLoader,
) -> Result<Evaluation, String> {
    let at = input
        .history
        .iter()
        .position(|v| v.visit.id == visit_id)
        .ok_or_else(|| fl_in!(tr, "clearance-no-visit-for-athlete", visit = visit_id.to_string()))?;
    let template = &template.localized(tr);
    let scope = Scope::new(template, input, at);
    let mut criteria: Vec<CriterionResult> =
        template.criteria.iter().map(|c| evaluate_criterion(c, &scope, tr)).collect();
    // Trends: the same criteria at the episode's earlier visits.
    let trend_visits: Vec<usize> = (0..=at).filter(|&i| scope.in_episode(i)).collect();
    let trend_visits = &trend_visits[trend_visits.len().saturating_sub(TREND_VISITS)..];
    for &i in trend_visits {
        let earlier = Scope::new(template, input, i);
        for (c, result) in template.criteria.iter().zip(&mut criteria) {
            let r = if i == at { result.clone() } else { evaluate_criterion(c, &earlier, tr) };
            let v = &input.history[i].visit;
            result.trend.push(TrendPoint {
                visit_id: v.id,
                date: v.date_time.date(),
                verdict: r.verdict,
                reading: r.readings.first().cloned(),
            });
        }
    }
    let required = criteria.iter().filter(|c| c.required);
    let status = if required.clone().any(|c| c.verdict == Verdict::Fail) {
        Status::NotYet
    } else if required.clone().any(|c| c.verdict == Verdict::NoData) {
        Status::Incomplete
    } else {
        Status::AllPass
    };
    let visit = &input.history[at].visit;
    Ok(Evaluation {
        template_id: template.id.clone(),
        template_name: template.name.clone(),
        template_source: template.source.clone(),
        athlete_id: input.athlete.id,
        athlete_name: input.athlete.full_name(),
        episode_id: input.episode.map(|e| e.id),
        episode: input.episode.map(|e| e.summary(tr)),
        involved: scope.involved,
        visit_id,
        visit_date: visit.date_time.date(),
        max_age_days: template.max_age_days,
        status,
        criteria,
    })
}
