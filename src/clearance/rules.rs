//! The rules of the criteria: which visit's values each reads, and pass / fail / no data.

use chrono::NaiveDate;

use super::evaluate::{CriterionResult, Input, Reading, ReadingUnit, UsedVisit, Verdict};
use super::template::{Criterion, Quantity, Rule, Sides, Template};
use crate::analysis::{AsymmetryFormula, SummaryChoice, asymmetry, imbalance_percent, per_kg, torque_n_m};
use crate::model::{ForceUnit, Side};
use crate::results::{SideResult, TestResult, VisitResults};

/// Numbers within this of a threshold count as on it (exactly 90 % LSI passes "at least 90 %").
const EPS: f64 = 1e-9;

/// The visits a criterion may read at the evaluated visit.
pub(super) struct Scope<'a> {
    input: Input<'a>,
    /// Index of the evaluated visit in the history.
    at: usize,
    max_age_days: i64,
    pub(super) involved: Option<Side>,
}

impl<'a> Scope<'a> {
    pub(super) fn new(template: &Template, input: Input<'a>, at: usize) -> Scope<'a> {
        let involved = input.episode.and_then(|e| e.side).filter(|s| *s != Side::Both);
        Scope { input, at, max_age_days: i64::from(template.max_age_days), involved }
    }

    fn date(&self, i: usize) -> NaiveDate {
        self.input.history[i].visit.date_time.date()
    }

    /// Whether visit `i` belongs to the episode (on or after the injury; any visit without one).
    pub(super) fn in_episode(&self, i: usize) -> bool {
        self.input.episode.is_none_or(|e| self.date(i) >= e.injury_date)
    }

    /// The visits that count, newest first: the evaluated one and those before it within the
    /// age limit, inside the episode.
    fn candidates(&self) -> impl Iterator<Item = &'a VisitResults> + '_ {
        let today = self.date(self.at);
        (0..=self.at)
            .rev()
            .filter(move |&i| self.in_episode(i) && (today - self.date(i)).num_days() <= self.max_age_days)
            .map(|i| &self.input.history[i])
    }

    /// The newest visit in scope where `test` has what `has` asks for.
    fn find(&self, test: &str, has: impl Fn(&TestResult) -> bool) -> Option<(&'a VisitResults, &'a TestResult)> {
        self.candidates().find_map(|v| v.test(test).filter(|t| has(t)).map(|t| (v, t)))
    }

    /// The name a person knows test `id` by: from the athlete's results, else the built-in
    /// library, else the id itself (a clinic test never recorded for this athlete).
    fn name(&self, id: &str) -> String {
        self.input
            .history
            .iter()
            .find_map(|v| v.test(id).map(|t| t.test_name.clone()))
            .or_else(|| crate::protocols::TestLibrary::builtin().test(id).map(|t| t.name.clone()))
            .unwrap_or_else(|| id.to_string())
    }

    fn baseline(&self) -> Option<&'a VisitResults> {
        let id = self.input.episode?.baseline_visit_id?;
        self.input.history.iter().find(|v| v.visit.id == id)
    }

    fn sides(&self, rule: Sides) -> Vec<Side> {
        match (rule, self.involved) {
            (Sides::Involved, Some(s)) => vec![s],
            _ => vec![Side::Left, Side::Right],
        }
    }
}

/// The per-side number a criterion reads: peak force (best or mean), or the count of a count
/// test.
fn side_value(s: &SideResult, summary: SummaryChoice) -> Option<f64> {
    match (s.peak_force, s.reps_count) {
        (Some(p), _) => Some(p.pick(summary)),
        (None, Some(c)) => Some(f64::from(c)),
        (None, None) => None,
    }
}

fn is_count(s: &SideResult) -> bool {
    s.peak_force.is_none() && s.reps_count.is_some()
}

fn value_unit(s: &SideResult) -> ReadingUnit {
    if is_count(s) { ReadingUnit::Reps } else { ReadingUnit::Force(Quantity::ForceN) }
}

/// An absolute quantity on one side, with the body mass of the visit (or the athlete's).
fn quantity(s: &SideResult, q: Quantity, mass_kg: Option<f64>) -> Option<f64> {
    let force = s.peak_force.map(|p| p.best)?;
    let torque = || torque_n_m(force, s.lever_arm_m);
    match q {
        Quantity::ForceN => Some(force),
        Quantity::ForceNPerKg => per_kg(force, mass_kg),
        Quantity::TorqueNM => torque(),
        Quantity::TorqueNMPerKg => torque().and_then(|t| per_kg(t, mass_kg)),
    }
}

fn used(v: &VisitResults, t: Option<&TestResult>) -> UsedVisit {
    UsedVisit {
        visit_id: v.visit.id,
        date: v.visit.date_time.date(),
        test_id: t.map(|t| t.test_id.clone()),
        trial_ids: t.map_or_else(Vec::new, |t| {
            [&t.left, &t.right].into_iter().flatten().flat_map(|s| s.trial_ids.iter().copied()).collect()
        }),
    }
}

/// A rule's verdict with its readings.
struct Outcome {
    verdict: Verdict,
    readings: Vec<Reading>,
    note: String,
    used: Vec<UsedVisit>,
}

impl Outcome {
    fn no_data(note: impl Into<String>) -> Outcome {
        Outcome { verdict: Verdict::NoData, readings: Vec::new(), note: note.into(), used: Vec::new() }
    }

    fn judged(pass: bool, readings: Vec<Reading>, used: Vec<UsedVisit>) -> Outcome {
        Outcome { verdict: if pass { Verdict::Pass } else { Verdict::Fail }, readings, note: String::new(), used }
    }
}

pub(super) fn evaluate_criterion(c: &Criterion, scope: &Scope) -> CriterionResult {
    let mut outcome = evaluate_rule(&c.id, &c.rule, scope);
    // Say when a value comes from an earlier visit than the evaluated one.
    let today = scope.input.history[scope.at].visit.id;
    let baseline = scope.input.episode.and_then(|e| e.baseline_visit_id);
    let older: Vec<String> = outcome
        .used
        .iter()
        .filter(|u| u.visit_id != today && Some(u.visit_id) != baseline && u.test_id.is_some())
        .map(|u| u.date.to_string())
        .collect();
    if !older.is_empty() && outcome.verdict != Verdict::NoData {
        let from = format!("from the visit of {}", older.join(", "));
        outcome.note = if outcome.note.is_empty() { from } else { format!("{}; {from}", outcome.note) };
    }
    CriterionResult {
        id: c.id.clone(),
        label: c.label.clone(),
        kind: c.rule.kind_label().into(),
        required: c.required,
        verdict: outcome.verdict,
        readings: outcome.readings,
        threshold: c.rule.threshold_text(ForceUnit::Newton),
        rule: c.rule.clone(),
        source: c.source.clone(),
        agreement_percent: c.agreement_percent,
        below_consensus: c.below_consensus,
        note: outcome.note,
        used: outcome.used,
        trend: Vec::new(),
    }
}

fn no_test(test: &str, scope: &Scope) -> Outcome {
    Outcome::no_data(format!("{} not recorded on both sides within {} days", scope.name(test), scope.max_age_days))
}

/// One rule at the evaluated visit: one function per kind of rule.
fn evaluate_rule(id: &str, rule: &Rule, scope: &Scope) -> Outcome {
    match rule {
        Rule::Lsi { test, summary, at_least_percent } => lsi(scope, test, *summary, *at_least_percent),
        Rule::Asymmetry { test, summary, at_most_percent } => asymmetry_rule(scope, test, *summary, *at_most_percent),
        Rule::Absolute { test, quantity, at_least, sides } => absolute(scope, test, *quantity, *at_least, *sides),
        Rule::BaselinePercent { test, summary, at_least_percent, sides } => {
            baseline_percent(scope, test, *summary, *at_least_percent, *sides)
        }
        Rule::Pain { tests, at_most } => pain(scope, tests, *at_most),
        Rule::VisaH { at_least, improving_over_visits } => visa_h(scope, *at_least, *improving_over_visits),
        Rule::Ratio { numerator, denominator, at_least, at_most } => {
            ratio(scope, numerator, denominator, *at_least, *at_most)
        }
        Rule::RepsCount { test, at_least, sides } => reps_count(scope, test, *at_least, *sides),
        Rule::ProvocationNegative => provocation_negative(scope),
        Rule::Manual => manual(scope, id),
        Rule::AnyOf { options } => any_of(scope, id, options),
        Rule::FirstWithData { options } => first_with_data(scope, id, options),
        Rule::TestsDone { tests } => tests_done(scope, tests),
    }
}

fn lsi(scope: &Scope, test: &str, summary: SummaryChoice, at_least_percent: f64) -> Outcome {
    let both = |t: &TestResult| {
        t.left.as_ref().and_then(|s| side_value(s, summary)).is_some_and(|v| v > 0.0)
            && t.right.as_ref().and_then(|s| side_value(s, summary)).is_some_and(|v| v > 0.0)
    };
    let Some((v, t)) = scope.find(test, both) else { return no_test(test, scope) };
    let (Some(l), Some(r)) = (t.left.as_ref(), t.right.as_ref()) else { return no_test(test, scope) };
    let (lv, rv) = (side_value(l, summary).unwrap_or(0.0), side_value(r, summary).unwrap_or(0.0));
    let note = match scope.involved {
        Some(Side::Left) => "left (involved) / right",
        Some(Side::Right) => "right (involved) / left",
        _ => "weaker / stronger side",
    };
    // DOMAIN.md section 3's LSI, the one the results show.
    let Some(lsi) = asymmetry(AsymmetryFormula::Lsi, lv, rv, scope.involved).map(|a| a.value) else {
        return Outcome::no_data("a side has no force");
    };
    let readings = vec![
        Reading::new("LSI", lsi, ReadingUnit::Percent),
        Reading::new("left", lv, value_unit(l)),
        Reading::new("right", rv, value_unit(r)),
    ];
    let mut o = Outcome::judged(lsi + EPS >= at_least_percent, readings, vec![used(v, Some(t))]);
    o.note = format!("{note}, {}", summary.id());
    o
}

fn asymmetry_rule(scope: &Scope, test: &str, summary: SummaryChoice, at_most_percent: f64) -> Outcome {
    let both = |t: &TestResult| {
        t.left.as_ref().and_then(|s| side_value(s, summary)).is_some()
            && t.right.as_ref().and_then(|s| side_value(s, summary)).is_some()
    };
    let Some((v, t)) = scope.find(test, both) else { return no_test(test, scope) };
    let (Some(l), Some(r)) = (t.left.as_ref(), t.right.as_ref()) else { return no_test(test, scope) };
    let (lv, rv) = (side_value(l, summary).unwrap_or(0.0), side_value(r, summary).unwrap_or(0.0));
    let Some(a) = imbalance_percent(lv, rv) else { return Outcome::no_data("a side has no force") };
    let readings = vec![
        Reading::new("asymmetry", a, ReadingUnit::Percent),
        Reading::new("left", lv, value_unit(l)),
        Reading::new("right", rv, value_unit(r)),
    ];
    let mut o = Outcome::judged(a <= at_most_percent + EPS, readings, vec![used(v, Some(t))]);
    o.note = format!("percent difference, {}", summary.id());
    o
}

fn absolute(scope: &Scope, test: &str, q: Quantity, at_least: f64, sides: Sides) -> Outcome {
    let sides = scope.sides(sides);
    let mass = |v: &VisitResults| v.visit.body_mass_kg.or(scope.input.athlete.body_mass_kg);
    let has = |v: &VisitResults, t: &TestResult| {
        sides.iter().all(|s| t.side(*s).and_then(|r| quantity(r, q, mass(v))).is_some())
    };
    let Some((v, t)) = scope.candidates().find_map(|v| v.test(test).filter(|t| has(v, t)).map(|t| (v, t))) else {
        let what = match q {
            Quantity::ForceN => "",
            Quantity::ForceNPerKg => " (with a body mass)",
            Quantity::TorqueNM => " (with a lever arm)",
            Quantity::TorqueNMPerKg => " (with a lever arm and a body mass)",
        };
        return Outcome::no_data(format!("{}{what} not recorded within {} days", scope.name(test), scope.max_age_days));
    };
    let readings: Vec<Reading> = sides
        .iter()
        .map(|s| {
            Reading::new(s.id(), t.side(*s).and_then(|r| quantity(r, q, mass(v))).unwrap_or(0.0), ReadingUnit::Force(q))
        })
        .collect();
    let pass = readings.iter().all(|r| r.value + EPS >= at_least);
    let mut o = Outcome::judged(pass, readings, vec![used(v, Some(t))]);
    o.note = "best rep".into();
    o
}

fn baseline_percent(scope: &Scope, test: &str, summary: SummaryChoice, at_least_percent: f64, sides: Sides) -> Outcome {
    let Some(episode) = scope.input.episode else { return Outcome::no_data("no injury episode") };
    if episode.baseline_visit_id.is_none() {
        return Outcome::no_data("the episode has no pre-injury baseline visit");
    }
    let Some(base_visit) = scope.baseline() else { return Outcome::no_data("the baseline visit is missing") };
    let sides = scope.sides(sides);
    let value_of = |t: &TestResult, s: Side| t.side(s).and_then(|r| side_value(r, summary)).filter(|v| *v > 0.0);
    let Some(base) = base_visit.test(test).filter(|t| sides.iter().all(|s| value_of(t, *s).is_some())) else {
        return Outcome::no_data(format!("{} was not recorded at the baseline visit", scope.name(test)));
    };
    let Some((v, t)) = scope.find(test, |t| sides.iter().all(|s| value_of(t, *s).is_some())) else {
        return no_test(test, scope);
    };
    // The pre-injury value counts only when taken with the same kind of device (DOMAIN.md
    // section 3); otherwise there is nothing to compare with.
    let kinds = |t: &TestResult, s: Side| t.side(s).map(|r| r.instruments.clone()).unwrap_or_default();
    if let Some(&s) = sides.iter().find(|s| !crate::results::instruments_comparable(&kinds(base, **s), &kinds(t, **s)))
    {
        let names = |k: Vec<crate::model::Instrument>| k.iter().map(|i| i.label()).collect::<Vec<_>>().join(", ");
        return Outcome::no_data(format!(
            "not comparable: the pre-injury {} value was measured with a {}, this one with a {}",
            s.id(),
            names(kinds(base, s)),
            names(kinds(t, s))
        ));
    }
    let readings: Vec<Reading> = sides
        .iter()
        .map(|s| {
            let now = value_of(t, *s).unwrap_or(0.0);
            let then = value_of(base, *s).unwrap_or(1.0);
            Reading::new(s.id(), now / then * 100.0, ReadingUnit::PercentOfBaseline)
        })
        .collect();
    let pass = readings.iter().all(|r| r.value + EPS >= at_least_percent);
    let mut o = Outcome::judged(pass, readings, vec![used(v, Some(t)), used(base_visit, Some(base))]);
    o.note = format!("{}, baseline {}", summary.id(), base_visit.visit.date_time.date());
    o
}

fn pain(scope: &Scope, tests: &[String], at_most: u8) -> Outcome {
    let relevant = |t: &TestResult| tests.is_empty() || tests.contains(&t.test_id);
    let pains = |v: &'_ VisitResults| -> Vec<(String, u8)> {
        v.tests
            .iter()
            .filter(|t| relevant(t))
            .flat_map(|t| {
                [&t.left, &t.right].into_iter().flatten().filter_map(|s| s.pain.map(|p| (t.test_name.clone(), p)))
            })
            .collect()
    };
    let Some((v, list)) = scope.candidates().map(|v| (v, pains(v))).find(|(_, l)| !l.is_empty()) else {
        return Outcome::no_data(format!("no pain recorded on the tests within {} days", scope.max_age_days));
    };
    let worst = list.iter().map(|(_, p)| *p).max().unwrap_or(0);
    let mut worst_tests: Vec<&str> = list.iter().filter(|(_, p)| *p == worst).map(|(t, _)| t.as_str()).collect();
    worst_tests.dedup();
    let mut o = Outcome::judged(
        worst <= at_most,
        vec![Reading::new("highest", f64::from(worst), ReadingUnit::Pain)],
        vec![used(v, None)],
    );
    o.note = format!("on {}", worst_tests.join(", "));
    if v.visit.id != scope.input.history[scope.at].visit.id {
        o.note += &format!("; from the visit of {}", v.visit.date_time.date());
    }
    o
}

fn visa_h(scope: &Scope, at_least: Option<f64>, improving_over_visits: Option<u32>) -> Outcome {
    let scores: Vec<(&VisitResults, u8)> = (0..=scope.at)
        .filter(|&i| scope.in_episode(i))
        .filter_map(|i| scope.input.history[i].visit.visa_h.map(|s| (&scope.input.history[i], s)))
        .collect();
    let Some(&(_, last)) = scores.last() else { return Outcome::no_data("no VISA-H recorded") };
    let meets = at_least.is_some_and(|x| f64::from(last) + EPS >= x);
    let window = improving_over_visits.map(|n| &scores[scores.len().saturating_sub(n as usize)..]);
    let improving = window
        .filter(|w| w.len() >= improving_over_visits.unwrap_or(0) as usize)
        .map(|w| w.windows(2).all(|p| p[1].1 >= p[0].1) && w.last().map(|l| l.1) > w.first().map(|f| f.1));
    let shown = window.unwrap_or(&scores[scores.len() - 1..]);
    let readings: Vec<Reading> = shown
        .iter()
        .map(|(v, s)| {
            Reading::new(v.visit.date_time.date().format("%Y-%m-%d").to_string(), f64::from(*s), ReadingUnit::Score)
        })
        .collect();
    let used_visits = shown.iter().map(|(v, _)| used(v, None)).collect();
    let verdict = match (meets, improving) {
        (true, _) | (_, Some(true)) => Verdict::Pass,
        (false, Some(false)) => Verdict::Fail,
        (false, None) if improving_over_visits.is_some() && at_least.is_none() => Verdict::NoData,
        (false, None) if at_least.is_some() => Verdict::Fail,
        _ => Verdict::NoData,
    };
    let note = match improving {
        None if improving_over_visits.is_some() => {
            format!(
                "{} of {} scores needed for a trend",
                window.map_or(0, <[_]>::len),
                improving_over_visits.unwrap_or(0)
            )
        }
        Some(true) => "rising".into(),
        Some(false) => "not rising at every visit".into(),
        None => String::new(),
    };
    Outcome { verdict, readings, note, used: used_visits }
}

fn ratio(scope: &Scope, numerator: &str, denominator: &str, at_least: f64, at_most: f64) -> Outcome {
    let value =
        |t: &TestResult, s: Side| t.side(s).and_then(|r| side_value(r, SummaryChoice::Best)).filter(|v| *v > 0.0);
    let found = scope.candidates().find_map(|v| {
        let (n, d) = (v.test(numerator)?, v.test(denominator)?);
        [Side::Left, Side::Right].iter().all(|s| value(n, *s).is_some() && value(d, *s).is_some()).then_some((v, n, d))
    });
    let Some((v, n, d)) = found else {
        return Outcome::no_data(format!(
            "{} and {} not recorded at the same visit within {} days",
            scope.name(numerator),
            scope.name(denominator),
            scope.max_age_days
        ));
    };
    let readings: Vec<Reading> = [Side::Left, Side::Right]
        .iter()
        .map(|s| Reading::new(s.id(), value(n, *s).unwrap_or(0.0) / value(d, *s).unwrap_or(1.0), ReadingUnit::Ratio))
        .collect();
    let pass = readings.iter().all(|r| r.value + EPS >= at_least && r.value <= at_most + EPS);
    let mut o = Outcome::judged(pass, readings, vec![used(v, Some(n)), used(v, Some(d))]);
    o.note = "best reps".into();
    o
}

fn reps_count(scope: &Scope, test: &str, at_least: u32, sides: Sides) -> Outcome {
    let sides = scope.sides(sides);
    let Some((v, t)) = scope.find(test, |t| sides.iter().all(|s| t.side(*s).and_then(|r| r.reps_count).is_some()))
    else {
        return no_test(test, scope);
    };
    let readings: Vec<Reading> = sides
        .iter()
        .map(|s| Reading::new(s.id(), f64::from(t.side(*s).and_then(|r| r.reps_count).unwrap_or(0)), ReadingUnit::Reps))
        .collect();
    let pass = readings.iter().all(|r| r.value + EPS >= f64::from(at_least));
    Outcome::judged(pass, readings, vec![used(v, Some(t))])
}

fn provocation_negative(scope: &Scope) -> Outcome {
    let Some(v) = scope.candidates().find(|v| v.visit.provocation.any_recorded()) else {
        return Outcome::no_data(format!("no provocation test recorded within {} days", scope.max_age_days));
    };
    let p = v.visit.provocation;
    let tests = [
        ("Puranen-Orava", p.puranen_orava),
        ("bent-knee stretch", p.bent_knee_stretch),
        ("modified bent-knee stretch", p.modified_bent_knee_stretch),
    ];
    let readings: Vec<Reading> = tests
        .iter()
        .filter_map(|(name, r)| {
            r.map(|positive| Reading::new(*name, if positive { 1.0 } else { 0.0 }, ReadingUnit::Finding))
        })
        .collect();
    let any_positive = tests.iter().any(|(_, r)| *r == Some(true));
    let mut o = if any_positive {
        Outcome::judged(false, readings, vec![used(v, None)])
    } else if p.modified_bent_knee_stretch.is_none() {
        Outcome { verdict: Verdict::NoData, readings, note: String::new(), used: vec![used(v, None)] }
    } else {
        Outcome::judged(true, readings, vec![used(v, None)])
    };
    if p.modified_bent_knee_stretch.is_none() && !any_positive {
        o.note = "the modified bent-knee stretch (the most accurate) was not recorded".into();
    }
    o
}

fn manual(scope: &Scope, id: &str) -> Outcome {
    let visit = &scope.input.history[scope.at].visit;
    // The current answer (the latest for this visit and check); a withdrawn one is no answer.
    let current = scope.input.checks.iter().rev().find(|c| c.visit_id == visit.id && c.check_id == id);
    match current.and_then(|c| c.done.map(|done| (c, done))) {
        None => Outcome::no_data("not answered at this visit"),
        Some((c, done)) => {
            let mut o = Outcome::judged(
                done,
                vec![Reading::new("", if done { 1.0 } else { 0.0 }, ReadingUnit::YesNo)],
                vec![used(&scope.input.history[scope.at], None)],
            );
            o.note = if c.clinician.is_empty() {
                format!("answered {}", c.checked_at.format("%Y-%m-%d"))
            } else {
                format!("answered by {} on {}", c.clinician, c.checked_at.format("%Y-%m-%d"))
            };
            o
        }
    }
}

fn any_of(scope: &Scope, id: &str, options: &[Rule]) -> Outcome {
    let outcomes: Vec<(&Rule, Outcome)> = options.iter().map(|o| (o, evaluate_rule(id, o, scope))).collect();
    let any = |v: Verdict| outcomes.iter().any(|(_, o)| o.verdict == v);
    let verdict = if any(Verdict::Pass) {
        Verdict::Pass
    } else if any(Verdict::Fail) {
        Verdict::Fail
    } else {
        Verdict::NoData
    };
    let readings = outcomes.iter().flat_map(|(_, o)| o.readings.clone()).collect();
    let used = outcomes.iter().flat_map(|(_, o)| o.used.clone()).collect();
    let notes: Vec<String> = outcomes
        .iter()
        .map(|(r, o)| {
            let extra = if o.note.is_empty() { String::new() } else { format!(" ({})", o.note) };
            format!("{}: {}{extra}", r.threshold_text(ForceUnit::Newton), o.verdict.label())
        })
        .collect();
    Outcome { verdict, readings, note: notes.join("; "), used }
}

/// The first option with data decides; the note says which (and why the ones before it had none).
fn first_with_data(scope: &Scope, id: &str, options: &[Rule]) -> Outcome {
    let mut skipped: Vec<String> = Vec::new();
    for option in options {
        let mut o = evaluate_rule(id, option, scope);
        if o.verdict == Verdict::NoData {
            skipped.push(format!("{}: {}", option.threshold_text(ForceUnit::Newton), o.note));
            continue;
        }
        let decided = format!("by {}", option.threshold_text(ForceUnit::Newton));
        let mut parts = vec![decided];
        if !o.note.is_empty() {
            parts.push(o.note.clone());
        }
        if !skipped.is_empty() {
            parts.push(format!("no data for {}", skipped.join("; ")));
        }
        o.note = parts.join("; ");
        return o;
    }
    Outcome::no_data(skipped.join("; "))
}

/// Every listed test has a value on both sides at a visit in scope.
fn tests_done(scope: &Scope, tests: &[String]) -> Outcome {
    let both = |t: &TestResult| [Side::Left, Side::Right].iter().all(|s| t.side(*s).is_some_and(|r| r.value.is_some()));
    let mut missing = Vec::new();
    let mut visits = Vec::new();
    for test in tests {
        match scope.find(test, both) {
            Some((v, t)) => visits.push(used(v, Some(t))),
            None => missing.push(scope.name(test)),
        }
    }
    let mut o = Outcome::judged(missing.is_empty(), Vec::new(), visits);
    if !missing.is_empty() {
        o.note = format!("not recorded on both sides within {} days: {}", scope.max_age_days, missing.join(", "));
    }
    o
}
