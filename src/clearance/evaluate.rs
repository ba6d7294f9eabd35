//! Evaluating a template for an athlete's episode at a visit: pass / fail / no data per
//! criterion with the values used (which visit, which trials), the threshold and the source,
//! the overall status, and how each criterion moved over the last visits. Pure: the caller
//! gathers the visits' results and the manual checks.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::rules::{Scope, evaluate_criterion};
use super::template::{Quantity, Rule, Template};
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
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
            Verdict::NoData => "no data",
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

    pub fn label(self) -> &'static str {
        match self {
            Status::AllPass => "all criteria pass",
            Status::NotYet => "not yet",
            Status::Incomplete => "incomplete",
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
    /// The unit of the value as stored (SI): "N", "%", "reps".
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

    /// "left 367 N", "LSI 93.2 %", forces in `unit`.
    pub fn text(&self, unit: ForceUnit) -> String {
        let v = self.value;
        let value = match self.unit {
            ReadingUnit::Force(Quantity::ForceN) => unit.format(v),
            ReadingUnit::Force(q) => format!("{:.*} {}", q.decimals_in(unit), q.display(v, unit), q.unit_text(unit)),
            ReadingUnit::Percent => format!("{v:.1} %"),
            ReadingUnit::Ratio => format!("{v:.2}"),
            ReadingUnit::Reps => format!("{v:.0} reps"),
            ReadingUnit::Pain => format!("{v:.0}/10"),
            ReadingUnit::Score => format!("{v:.0}"),
            ReadingUnit::YesNo => (if v > 0.5 { "yes" } else { "no" }).to_string(),
            ReadingUnit::Finding => (if v > 0.5 { "positive" } else { "negative" }).to_string(),
            ReadingUnit::PercentOfBaseline => format!("{v:.1} % of pre-injury"),
        };
        if self.label.is_empty() { value } else { format!("{} {value}", self.label) }
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
    /// The threshold in words, forces in newtons (`threshold_text` gives other units).
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
    pub fn threshold_text(&self, unit: ForceUnit) -> String {
        self.rule.threshold_text(unit)
    }

    /// The panel's agreement in words: "83 % agreement", "66 % agreement: did not reach
    /// consensus"; empty when the source is not a consensus.
    pub fn agreement_text(&self) -> String {
        match (self.agreement_percent, self.below_consensus) {
            (Some(p), true) => format!("{p:.0} % agreement: did not reach consensus"),
            (Some(p), false) => format!("{p:.0} % agreement"),
            (None, true) => "did not reach consensus".into(),
            (None, false) => String::new(),
        }
    }

    /// The source with the panel's agreement where there is one: "Paton et al. 2023 (66 %
    /// agreement: did not reach consensus)".
    pub fn source_text(&self) -> String {
        match self.agreement_text() {
            a if a.is_empty() => self.source.clone(),
            a => format!("{} ({a})", self.source),
        }
    }

    /// The readings in words, forces in `unit`.
    pub fn value_text(&self, unit: ForceUnit) -> String {
        self.readings.iter().map(|r| r.text(unit)).collect::<Vec<_>>().join(", ")
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
    pub fn summary(&self) -> String {
        let screening = if self.episode_id.is_none() { "screening: " } else { "" };
        format!("{screening}{}: {}", self.status.label(), self.reason())
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
    pub fn reason(&self) -> String {
        let (pass, fail, none) = self.counts();
        let total = pass + fail + none;
        match self.status {
            Status::AllPass => format!("all {total} required criteria pass"),
            Status::NotYet if none > 0 => format!("{fail} of {total} required criteria fail, {none} without data"),
            Status::NotYet => format!("{fail} of {total} required criteria fail"),
            Status::Incomplete => format!("{none} of {total} required criteria have no data"),
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
/// last visits.
pub fn evaluate(template: &Template, input: Input, visit_id: i64) -> Result<Evaluation, String> {
    let at = input
        .history
        .iter()
        .position(|v| v.visit.id == visit_id)
        .ok_or_else(|| format!("no visit {visit_id} for this athlete"))?;
    let scope = Scope::new(template, input, at);
    let mut criteria: Vec<CriterionResult> = template.criteria.iter().map(|c| evaluate_criterion(c, &scope)).collect();
    // Trends: the same criteria at the episode's earlier visits.
    let trend_visits: Vec<usize> = (0..=at).filter(|&i| scope.in_episode(i)).collect();
    let trend_visits = &trend_visits[trend_visits.len().saturating_sub(TREND_VISITS)..];
    for &i in trend_visits {
        let earlier = Scope::new(template, input, i);
        for (c, result) in template.criteria.iter().zip(&mut criteria) {
            let r = if i == at { result.clone() } else { evaluate_criterion(c, &earlier) };
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
        episode: input.episode.map(InjuryEpisode::summary),
        involved: scope.involved,
        visit_id,
        visit_date: visit.date_time.date(),
        max_age_days: template.max_age_days,
        status,
        criteria,
    })
}
