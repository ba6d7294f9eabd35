//! The rules of the criteria: which visit's values each reads, and pass / fail / no data.

use chrono::NaiveDate;
use i18n_embed::fluent::FluentLanguageLoader;

use super::evaluate::{CriterionResult, Input, Reading, ReadingUnit, UsedVisit, Verdict};
use super::template::{Criterion, Quantity, Rule, Sides, Template, join_semicolon};
use crate::analysis::{AsymmetryFormula, SummaryChoice, asymmetry, imbalance_percent, per_kg, torque_n_m};
use crate::fl_in;
use crate::i18n::numbers;
use crate::model::{ForceUnit, Side};
use crate::results::{SideResult, TestResult, VisitResults};

mod composite;
use composite::{any_of, first_with_data, tests_done};

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
    fn name(&self, tr: &FluentLanguageLoader, id: &str) -> String {
        self.input
            .history
            .iter()
            .find_map(|v| v.test(id).map(|t| crate::protocols::test_name(tr, id, &t.test_name)))
            .or_else(|| crate::protocols::TestLibrary::builtin().test(id).map(|t| t.shown_name(tr)))
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

    /// The age limit in days, as a count for messages.
    fn days(&self) -> i64 {
        self.max_age_days
    }
}

/// A side as a reading's label: "left", "right".
fn side_label(s: Side, tr: &FluentLanguageLoader) -> String {
    match s {
        Side::Right => fl_in!(tr, "clearance-reading-right"),
        _ => fl_in!(tr, "clearance-reading-left"),
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

pub(super) fn evaluate_criterion(c: &Criterion, scope: &Scope, tr: &FluentLanguageLoader) -> CriterionResult {
    let mut outcome = evaluate_rule(&c.id, &c.rule, scope, tr);
    // Say when a value comes from an earlier visit than the evaluated one.
    let today = scope.input.history[scope.at].visit.id;
    let baseline = scope.input.episode.and_then(|e| e.baseline_visit_id);
    let older: Vec<String> = outcome
        .used
        .iter()
        .filter(|u| u.visit_id != today && Some(u.visit_id) != baseline && u.test_id.is_some())
        .map(|u| numbers::date(u.date))
        .collect();
    if !older.is_empty() && outcome.verdict != Verdict::NoData {
        let from = fl_in!(tr, "clearance-note-from-visit", dates = older.join(", "));
        outcome.note = if outcome.note.is_empty() { from } else { join_semicolon([outcome.note, from], tr) };
    }
    CriterionResult {
        id: c.id.clone(),
        label: c.label.clone(),
        kind: c.rule.kind_key().into(),
        required: c.required,
        verdict: outcome.verdict,
        readings: outcome.readings,
        threshold: c.rule.threshold_text(ForceUnit::Newton, tr),
        rule: c.rule.clone(),
        source: c.source.clone(),
        agreement_percent: c.agreement_percent,
        below_consensus: c.below_consensus,
        note: outcome.note,
        used: outcome.used,
        trend: Vec::new(),
    }
}

fn no_test(test: &str, scope: &Scope, tr: &FluentLanguageLoader) -> Outcome {
    Outcome::no_data(fl_in!(tr, "clearance-note-not-recorded", test = scope.name(tr, test), days = scope.days()))
}

/// One rule at the evaluated visit: one function per kind of rule.
fn evaluate_rule(id: &str, rule: &Rule, scope: &Scope, tr: &FluentLanguageLoader) -> Outcome {
    match rule {
        Rule::Lsi { test, summary, at_least_percent } => lsi(scope, test, *summary, *at_least_percent, tr),
        Rule::Asymmetry { test, summary, at_most_percent } => {
            asymmetry_rule(scope, test, *summary, *at_most_percent, tr)
        }
        Rule::Absolute { test, quantity, at_least, sides } => absolute(scope, test, *quantity, *at_least, *sides, tr),
        Rule::BaselinePercent { test, summary, at_least_percent, sides } => {
            baseline_percent(scope, test, *summary, *at_least_percent, *sides, tr)
        }
        Rule::Pain { tests, at_most } => pain(scope, tests, *at_most, tr),
        Rule::VisaH { at_least, improving_over_visits } => visa_h(scope, *at_least, *improving_over_visits, tr),
        Rule::Ratio { numerator, denominator, at_least, at_most } => {
            ratio(scope, numerator, denominator, *at_least, *at_most, tr)
        }
        Rule::RepsCount { test, at_least, sides } => reps_count(scope, test, *at_least, *sides, tr),
        Rule::ProvocationNegative => provocation_negative(scope, tr),
        Rule::Manual => manual(scope, id, tr),
        Rule::AnyOf { options } => any_of(scope, id, options, tr),
        Rule::FirstWithData { options } => first_with_data(scope, id, options, tr),
        Rule::TestsDone { tests } => tests_done(scope, tests, tr),
    }
}

fn lsi(scope: &Scope, test: &str, summary: SummaryChoice, at_least_percent: f64, tr: &FluentLanguageLoader) -> Outcome {
    let both = |t: &TestResult| {
        t.left.as_ref().and_then(|s| side_value(s, summary)).is_some_and(|v| v > 0.0)
            && t.right.as_ref().and_then(|s| side_value(s, summary)).is_some_and(|v| v > 0.0)
    };
    let Some((v, t)) = scope.find(test, both) else { return no_test(test, scope, tr) };
    let (Some(l), Some(r)) = (t.left.as_ref(), t.right.as_ref()) else { return no_test(test, scope, tr) };
    let (lv, rv) = (side_value(l, summary).unwrap_or(0.0), side_value(r, summary).unwrap_or(0.0));
    let summary = summary.id();
    let note = match scope.involved {
        Some(Side::Left) => fl_in!(tr, "clearance-note-lsi-left-involved", summary = summary),
        Some(Side::Right) => fl_in!(tr, "clearance-note-lsi-right-involved", summary = summary),
        _ => fl_in!(tr, "clearance-note-lsi-weaker-stronger", summary = summary),
    };
    // DOMAIN.md section 3's LSI, the one the results show.
    let Some(lsi) = asymmetry(AsymmetryFormula::Lsi, lv, rv, scope.involved).map(|a| a.value) else {
        return Outcome::no_data(fl_in!(tr, "clearance-note-side-without-force"));
    };
    let readings = vec![
        Reading::new(fl_in!(tr, "clearance-reading-lsi"), lsi, ReadingUnit::Percent),
        Reading::new(side_label(Side::Left, tr), lv, value_unit(l)),
        Reading::new(side_label(Side::Right, tr), rv, value_unit(r)),
    ];
    let mut o = Outcome::judged(lsi + EPS >= at_least_percent, readings, vec![used(v, Some(t))]);
    o.note = note;
    o
}

fn asymmetry_rule(
    scope: &Scope,
    test: &str,
    summary: SummaryChoice,
    at_most_percent: f64,
    tr: &FluentLanguageLoader,
) -> Outcome {
    let both = |t: &TestResult| {
        t.left.as_ref().and_then(|s| side_value(s, summary)).is_some()
            && t.right.as_ref().and_then(|s| side_value(s, summary)).is_some()
    };
    let Some((v, t)) = scope.find(test, both) else { return no_test(test, scope, tr) };
    let (Some(l), Some(r)) = (t.left.as_ref(), t.right.as_ref()) else { return no_test(test, scope, tr) };
    let (lv, rv) = (side_value(l, summary).unwrap_or(0.0), side_value(r, summary).unwrap_or(0.0));
    let Some(a) = imbalance_percent(lv, rv) else {
        return Outcome::no_data(fl_in!(tr, "clearance-note-side-without-force"));
    };
    let readings = vec![
        Reading::new(fl_in!(tr, "clearance-reading-asymmetry"), a, ReadingUnit::Percent),
        Reading::new(side_label(Side::Left, tr), lv, value_unit(l)),
        Reading::new(side_label(Side::Right, tr), rv, value_unit(r)),
    ];
    let mut o = Outcome::judged(a <= at_most_percent + EPS, readings, vec![used(v, Some(t))]);
    o.note = fl_in!(tr, "clearance-note-percent-difference", summary = summary.id());
    o
}

fn absolute(scope: &Scope, test: &str, q: Quantity, at_least: f64, sides: Sides, tr: &FluentLanguageLoader) -> Outcome {
    let sides = scope.sides(sides);
    let mass = |v: &VisitResults| v.visit.body_mass_kg.or(scope.input.athlete.body_mass_kg);
    let has = |v: &VisitResults, t: &TestResult| {
        sides.iter().all(|s| t.side(*s).and_then(|r| quantity(r, q, mass(v))).is_some())
    };
    let Some((v, t)) = scope.candidates().find_map(|v| v.test(test).filter(|t| has(v, t)).map(|t| (v, t))) else {
        let (name, days) = (scope.name(tr, test), scope.days());
        return Outcome::no_data(match q {
            Quantity::ForceN => fl_in!(tr, "clearance-note-absolute-not-recorded", test = name, days = days),
            Quantity::ForceNPerKg => {
                fl_in!(tr, "clearance-note-absolute-not-recorded-mass", test = name, days = days)
            }
            Quantity::TorqueNM => {
                fl_in!(tr, "clearance-note-absolute-not-recorded-lever-arm", test = name, days = days)
            }
            Quantity::TorqueNMPerKg => {
                fl_in!(tr, "clearance-note-absolute-not-recorded-lever-arm-mass", test = name, days = days)
            }
        });
    };
    let readings: Vec<Reading> = sides
        .iter()
        .map(|s| {
            let value = t.side(*s).and_then(|r| quantity(r, q, mass(v))).unwrap_or(0.0);
            Reading::new(side_label(*s, tr), value, ReadingUnit::Force(q))
        })
        .collect();
    let pass = readings.iter().all(|r| r.value + EPS >= at_least);
    let mut o = Outcome::judged(pass, readings, vec![used(v, Some(t))]);
    o.note = fl_in!(tr, "clearance-note-best-rep");
    o
}

fn baseline_percent(
    scope: &Scope,
    test: &str,
    summary: SummaryChoice,
    at_least_percent: f64,
    sides: Sides,
    tr: &FluentLanguageLoader,
) -> Outcome {
    let Some(episode) = scope.input.episode else { return Outcome::no_data(fl_in!(tr, "clearance-note-no-episode")) };
    if episode.baseline_visit_id.is_none() {
        return Outcome::no_data(fl_in!(tr, "clearance-note-no-baseline-visit"));
    }
    let Some(base_visit) = scope.baseline() else {
        return Outcome::no_data(fl_in!(tr, "clearance-note-baseline-missing"));
    };
    let sides = scope.sides(sides);
    let value_of = |t: &TestResult, s: Side| t.side(s).and_then(|r| side_value(r, summary)).filter(|v| *v > 0.0);
    let Some(base) = base_visit.test(test).filter(|t| sides.iter().all(|s| value_of(t, *s).is_some())) else {
        return Outcome::no_data(fl_in!(tr, "clearance-note-not-at-baseline", test = scope.name(tr, test)));
    };
    let Some((v, t)) = scope.find(test, |t| sides.iter().all(|s| value_of(t, *s).is_some())) else {
        return no_test(test, scope, tr);
    };
    // The pre-injury value counts only when taken with the same kind of device (DOMAIN.md
    // section 3); otherwise there is nothing to compare with.
    let kinds = |t: &TestResult, s: Side| t.side(s).map(|r| r.instruments.clone()).unwrap_or_default();
    if let Some(&s) = sides.iter().find(|s| !crate::results::instruments_comparable(&kinds(base, **s), &kinds(t, **s)))
    {
        let names = |k: Vec<crate::model::Instrument>| k.iter().map(|i| i.label(tr)).collect::<Vec<_>>().join(", ");
        return Outcome::no_data(fl_in!(
            tr,
            "clearance-note-not-comparable",
            side = s.id(),
            before = names(kinds(base, s)),
            now = names(kinds(t, s))
        ));
    }
    let readings: Vec<Reading> = sides
        .iter()
        .map(|s| {
            let now = value_of(t, *s).unwrap_or(0.0);
            let then = value_of(base, *s).unwrap_or(1.0);
            Reading::new(side_label(*s, tr), now / then * 100.0, ReadingUnit::PercentOfBaseline)
        })
        .collect();
    let pass = readings.iter().all(|r| r.value + EPS >= at_least_percent);
    let mut o = Outcome::judged(pass, readings, vec![used(v, Some(t)), used(base_visit, Some(base))]);
    o.note = fl_in!(
        tr,
        "clearance-note-baseline",
        summary = summary.id(),
        date = numbers::date(base_visit.visit.date_time.date())
    );
    o
}

fn pain(scope: &Scope, tests: &[String], at_most: u8, tr: &FluentLanguageLoader) -> Outcome {
    let relevant = |t: &TestResult| tests.is_empty() || tests.contains(&t.test_id);
    let pains = |v: &'_ VisitResults| -> Vec<(String, u8)> {
        v.tests
            .iter()
            .filter(|t| relevant(t))
            .flat_map(|t| {
                [&t.left, &t.right]
                    .into_iter()
                    .flatten()
                    .filter_map(|s| s.pain.map(|p| (crate::protocols::test_name(tr, &t.test_id, &t.test_name), p)))
            })
            .collect()
    };
    let Some((v, list)) = scope.candidates().map(|v| (v, pains(v))).find(|(_, l)| !l.is_empty()) else {
        return Outcome::no_data(fl_in!(tr, "clearance-note-no-pain", days = scope.days()));
    };
    let worst = list.iter().map(|(_, p)| *p).max().unwrap_or(0);
    let mut worst_tests: Vec<&str> = list.iter().filter(|(_, p)| *p == worst).map(|(t, _)| t.as_str()).collect();
    worst_tests.dedup();
    let mut o = Outcome::judged(
        worst <= at_most,
        vec![Reading::new(fl_in!(tr, "clearance-reading-highest"), f64::from(worst), ReadingUnit::Pain)],
        vec![used(v, None)],
    );
    o.note = fl_in!(tr, "clearance-note-pain-on", tests = worst_tests.join(", "));
    if v.visit.id != scope.input.history[scope.at].visit.id {
        let from = fl_in!(tr, "clearance-note-from-visit", dates = numbers::date(v.visit.date_time.date()));
        o.note = join_semicolon([o.note, from], tr);
    }
    o
}

fn visa_h(
    scope: &Scope,
    at_least: Option<f64>,
    improving_over_visits: Option<u32>,
    tr: &FluentLanguageLoader,
) -> Outcome {
    let scores: Vec<(&VisitResults, u8)> = (0..=scope.at)
        .filter(|&i| scope.in_episode(i))
        .filter_map(|i| scope.input.history[i].visit.visa_h.map(|s| (&scope.input.history[i], s)))
        .collect();
    let Some(&(_, last)) = scores.last() else { return Outcome::no_data(fl_in!(tr, "clearance-note-no-visa-h")) };
    let meets = at_least.is_some_and(|x| f64::from(last) + EPS >= x);
    let window = improving_over_visits.map(|n| &scores[scores.len().saturating_sub(n as usize)..]);
    let improving = window
        .filter(|w| w.len() >= improving_over_visits.unwrap_or(0) as usize)
        .map(|w| w.windows(2).all(|p| p[1].1 >= p[0].1) && w.last().map(|l| l.1) > w.first().map(|f| f.1));
    let shown = window.unwrap_or(&scores[scores.len() - 1..]);
    let readings: Vec<Reading> = shown
        .iter()
        .map(|(v, s)| Reading::new(numbers::date(v.visit.date_time.date()), f64::from(*s), ReadingUnit::Score))
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
        None if improving_over_visits.is_some() => fl_in!(
            tr,
            "clearance-note-visa-h-scores",
            have = window.map_or(0, <[_]>::len),
            needed = improving_over_visits.unwrap_or(0)
        ),
        Some(true) => fl_in!(tr, "clearance-note-visa-h-rising"),
        Some(false) => fl_in!(tr, "clearance-note-visa-h-not-rising"),
        None => String::new(),
    };
    Outcome { verdict, readings, note, used: used_visits }
}

fn ratio(
    scope: &Scope,
    numerator: &str,
    denominator: &str,
    at_least: f64,
    at_most: f64,
    tr: &FluentLanguageLoader,
) -> Outcome {
    let value =
        |t: &TestResult, s: Side| t.side(s).and_then(|r| side_value(r, SummaryChoice::Best)).filter(|v| *v > 0.0);
    let found = scope.candidates().find_map(|v| {
        let (n, d) = (v.test(numerator)?, v.test(denominator)?);
        [Side::Left, Side::Right].iter().all(|s| value(n, *s).is_some() && value(d, *s).is_some()).then_some((v, n, d))
    });
    let Some((v, n, d)) = found else {
        return Outcome::no_data(fl_in!(
            tr,
            "clearance-note-ratio-not-recorded",
            numerator = scope.name(tr, numerator),
            denominator = scope.name(tr, denominator),
            days = scope.days()
        ));
    };
    let readings: Vec<Reading> = [Side::Left, Side::Right]
        .iter()
        .map(|s| {
            let ratio = value(n, *s).unwrap_or(0.0) / value(d, *s).unwrap_or(1.0);
            Reading::new(side_label(*s, tr), ratio, ReadingUnit::Ratio)
        })
        .collect();
    let pass = readings.iter().all(|r| r.value + EPS >= at_least && r.value <= at_most + EPS);
    let mut o = Outcome::judged(pass, readings, vec![used(v, Some(n)), used(v, Some(d))]);
    o.note = fl_in!(tr, "clearance-note-best-reps");
    o
}

fn reps_count(scope: &Scope, test: &str, at_least: u32, sides: Sides, tr: &FluentLanguageLoader) -> Outcome {
    let sides = scope.sides(sides);
    let Some((v, t)) = scope.find(test, |t| sides.iter().all(|s| t.side(*s).and_then(|r| r.reps_count).is_some()))
    else {
        return no_test(test, scope, tr);
    };
    let readings: Vec<Reading> = sides
        .iter()
        .map(|s| {
            let reps = f64::from(t.side(*s).and_then(|r| r.reps_count).unwrap_or(0));
            Reading::new(side_label(*s, tr), reps, ReadingUnit::Reps)
        })
        .collect();
    let pass = readings.iter().all(|r| r.value + EPS >= f64::from(at_least));
    Outcome::judged(pass, readings, vec![used(v, Some(t))])
}

fn provocation_negative(scope: &Scope, tr: &FluentLanguageLoader) -> Outcome {
    let Some(v) = scope.candidates().find(|v| v.visit.provocation.any_recorded()) else {
        return Outcome::no_data(fl_in!(tr, "clearance-note-no-provocation", days = scope.days()));
    };
    let p = v.visit.provocation;
    let tests = [
        (fl_in!(tr, "clearance-reading-puranen-orava"), p.puranen_orava),
        (fl_in!(tr, "clearance-reading-bent-knee-stretch"), p.bent_knee_stretch),
        (fl_in!(tr, "clearance-reading-modified-bent-knee-stretch"), p.modified_bent_knee_stretch),
    ];
    let readings: Vec<Reading> = tests
        .iter()
        .filter_map(|(name, r)| {
            r.map(|positive| Reading::new(name.as_str(), if positive { 1.0 } else { 0.0 }, ReadingUnit::Finding))
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
        o.note = fl_in!(tr, "clearance-note-modified-bent-knee-missing");
    }
    o
}

fn manual(scope: &Scope, id: &str, tr: &FluentLanguageLoader) -> Outcome {
    let visit = &scope.input.history[scope.at].visit;
    // The current answer (the latest for this visit and check); a withdrawn one is no answer.
    let current = scope.input.checks.iter().rev().find(|c| c.visit_id == visit.id && c.check_id == id);
    match current.and_then(|c| c.done.map(|done| (c, done))) {
        None => Outcome::no_data(fl_in!(tr, "clearance-note-not-answered")),
        Some((c, done)) => {
            let mut o = Outcome::judged(
                done,
                vec![Reading::new("", if done { 1.0 } else { 0.0 }, ReadingUnit::YesNo)],
                vec![used(&scope.input.history[scope.at], None)],
            );
            let date = numbers::date(c.checked_at.date());
            o.note = if c.clinician.is_empty() {
                fl_in!(tr, "clearance-note-answered", date = date)
            } else {
                fl_in!(tr, "clearance-note-answered-by", clinician = c.clinician.as_str(), date = date)
            };
            o
        }
    }
}
