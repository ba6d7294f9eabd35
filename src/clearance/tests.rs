//! Every criterion kind, with no data and values exactly on the threshold.

use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::analysis::{MetricSummary, SummaryChoice};
use crate::model::{Athlete, ClearanceCheck, InjuryEpisode, InjuryKind, ProvocationTests, Side, Visit};
use crate::results::{SideResult, TestResult, VisitResults};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, d).unwrap()
}

fn at(d: u32) -> NaiveDateTime {
    day(d).and_hms_opt(10, 0, 0).unwrap()
}

fn side(s: Side, best: f64, pain: Option<u8>) -> SideResult {
    let peak_force =
        Some(MetricSummary { best, mean: best * 0.97, cv_percent: Some(2.0), inconsistent: false, count: 3 });
    SideResult { peak_force, pain, ..SideResult::for_tests(s, if s == Side::Left { 1 } else { 2 }, Some(best)) }
}

fn count_side(s: Side, reps: u32) -> SideResult {
    SideResult { peak_force: None, value: Some(f64::from(reps)), reps_count: Some(reps), ..side(s, 0.0, Some(0)) }
}

fn test(id: &str, left: Option<SideResult>, right: Option<SideResult>) -> TestResult {
    TestResult {
        test_id: id.into(),
        test_name: id.replace('_', " "),
        left,
        right,
        asymmetry: None,
        lsi_percent: None,
        imbalance_percent: None,
        band: None,
    }
}

fn force_test(id: &str, left: f64, right: f64) -> TestResult {
    test(id, Some(side(Side::Left, left, Some(0))), Some(side(Side::Right, right, Some(0))))
}

fn visit(id: i64, d: u32, tests: Vec<TestResult>) -> VisitResults {
    VisitResults {
        visit: Visit {
            id,
            athlete_id: 1,
            episode_id: Some(1),
            date_time: at(d),
            body_mass_kg: Some(80.0),
            clinician: String::new(),
            visa_h: None,
            provocation: ProvocationTests::default(),
            notes: String::new(),
        },
        tests,
        damaged_trials: Vec::new(),
    }
}

fn athlete() -> Athlete {
    Athlete { id: 1, body_mass_kg: Some(80.0), ..Athlete::new("Test", "Athlete") }
}

fn episode(side: Option<Side>, baseline: Option<i64>) -> InjuryEpisode {
    InjuryEpisode {
        id: 1,
        athlete_id: 1,
        kind: InjuryKind::HamstringStrain,
        side,
        grade: None,
        location: None,
        injury_date: day(1),
        baseline_visit_id: baseline,
        closed_on: None,
        notes: String::new(),
    }
}

fn criterion(rule: Rule) -> Criterion {
    Criterion {
        id: "c".into(),
        label: "criterion".into(),
        required: true,
        source: "a source".into(),
        agreement_percent: None,
        below_consensus: false,
        rule,
    }
}

fn template(criteria: Vec<Criterion>) -> Template {
    Template {
        id: "t".into(),
        name: "T".into(),
        for_injuries: vec![],
        source: "s".into(),
        max_age_days: 14,
        based_on: None,
        criteria,
    }
}

/// The single criterion's result at the last visit.
fn judge(
    rule: Rule,
    history: &[VisitResults],
    episode: Option<&InjuryEpisode>,
    checks: &[ClearanceCheck],
) -> CriterionResult {
    let a = athlete();
    let input = Input { athlete: &a, episode, history, checks };
    let last = history.last().unwrap().visit.id;
    evaluate(&template(vec![criterion(rule)]), input, last, crate::i18n::loader()).unwrap().criteria.remove(0)
}

fn lsi(at_least: f64) -> Rule {
    Rule::Lsi { test: "kf".into(), summary: SummaryChoice::Best, at_least_percent: at_least }
}

#[test]
fn lsi_passes_at_exactly_the_threshold_and_fails_just_below() {
    let ep = episode(Some(Side::Left), None);
    let exactly = [visit(10, 20, vec![force_test("kf", 270.0, 300.0)])];
    let r = judge(lsi(90.0), &exactly, Some(&ep), &[]);
    assert_eq!(r.verdict, Verdict::Pass, "{r:?}");
    assert!((r.readings[0].value - 90.0).abs() < 1e-9);
    assert_eq!(r.used[0].trial_ids, vec![1, 2]);
    let below = [visit(10, 20, vec![force_test("kf", 269.9, 300.0)])];
    assert_eq!(judge(lsi(90.0), &below, Some(&ep), &[]).verdict, Verdict::Fail);
    // The involved side is the injured one, even when it is the stronger.
    let right_injured = episode(Some(Side::Right), None);
    let r = judge(lsi(90.0), &[visit(10, 20, vec![force_test("kf", 250.0, 300.0)])], Some(&right_injured), &[]);
    assert!((r.readings[0].value - 120.0).abs() < 1e-9);
    // Without an injured side: weaker over stronger.
    let r = judge(lsi(90.0), &[visit(10, 20, vec![force_test("kf", 300.0, 250.0)])], None, &[]);
    assert!((r.readings[0].value - 250.0 / 3.0).abs() < 1e-9);
    assert_eq!(r.verdict, Verdict::Fail);
}

#[test]
fn lsi_without_the_test_or_with_an_old_result_has_no_data() {
    let ep = episode(Some(Side::Left), None);
    let none = [visit(10, 20, vec![force_test("other", 300.0, 300.0)])];
    assert_eq!(judge(lsi(90.0), &none, Some(&ep), &[]).verdict, Verdict::NoData);
    let one_side = [visit(10, 20, vec![test("kf", Some(side(Side::Left, 300.0, None)), None)])];
    assert_eq!(judge(lsi(90.0), &one_side, Some(&ep), &[]).verdict, Verdict::NoData);
    // 15 days old: beyond the 14-day limit.
    let old = [visit(9, 5, vec![force_test("kf", 300.0, 300.0)]), visit(10, 20, vec![])];
    let r = judge(lsi(90.0), &old, Some(&ep), &[]);
    assert_eq!(r.verdict, Verdict::NoData, "{r:?}");
    // 14 days old: counts, and says where it came from.
    let recent = [visit(9, 6, vec![force_test("kf", 300.0, 300.0)]), visit(10, 20, vec![])];
    let r = judge(lsi(90.0), &recent, Some(&ep), &[]);
    assert_eq!(r.verdict, Verdict::Pass);
    assert!(r.note.contains("from the visit of 2026-04-06"), "{}", r.note);
}

#[test]
fn lsi_on_a_count_test_and_on_the_mean() {
    let ep = episode(Some(Side::Left), None);
    let bridge = [visit(10, 20, vec![test("kf", Some(count_side(Side::Left, 27)), Some(count_side(Side::Right, 30)))])];
    let r = judge(lsi(90.0), &bridge, Some(&ep), &[]);
    assert_eq!(r.verdict, Verdict::Pass);
    assert_eq!(r.readings[1].text(crate::model::ForceUnit::Newton, crate::i18n::loader()), "left 27 reps");
    let mean = Rule::Lsi { test: "kf".into(), summary: SummaryChoice::Mean, at_least_percent: 90.0 };
    let mut t = force_test("kf", 290.0, 300.0);
    t.left.as_mut().unwrap().peak_force.as_mut().unwrap().mean = 240.0;
    let r = judge(mean, &[visit(10, 20, vec![t])], Some(&ep), &[]);
    assert_eq!(r.verdict, Verdict::Fail, "mean 240 / 291 is 82 %");
}

#[test]
fn asymmetry_at_most_the_threshold() {
    let rule = |x| Rule::Asymmetry { test: "kf".into(), summary: SummaryChoice::Best, at_most_percent: x };
    let h = [visit(10, 20, vec![force_test("kf", 270.0, 300.0)])];
    assert_eq!(judge(rule(10.0), &h, None, &[]).verdict, Verdict::Pass, "exactly 10 %");
    assert_eq!(judge(rule(9.99), &h, None, &[]).verdict, Verdict::Fail);
    assert_eq!(judge(rule(10.0), &[visit(10, 20, vec![])], None, &[]).verdict, Verdict::NoData);
}

#[test]
fn absolute_force_torque_and_per_kg() {
    let ep = episode(Some(Side::Left), None);
    let rule = |q, x, sides| Rule::Absolute { test: "nordic".into(), quantity: q, at_least: x, sides };
    let h = [visit(10, 20, vec![force_test("nordic", 337.0, 400.0)])];
    assert_eq!(judge(rule(Quantity::ForceN, 337.0, Sides::Each), &h, Some(&ep), &[]).verdict, Verdict::Pass);
    assert_eq!(judge(rule(Quantity::ForceN, 337.5, Sides::Each), &h, Some(&ep), &[]).verdict, Verdict::Fail);
    assert_eq!(judge(rule(Quantity::ForceN, 350.0, Sides::Involved), &h, Some(&ep), &[]).verdict, Verdict::Fail);
    let right = episode(Some(Side::Right), None);
    assert_eq!(judge(rule(Quantity::ForceN, 350.0, Sides::Involved), &h, Some(&right), &[]).verdict, Verdict::Pass);
    // N/kg from the visit's body mass (80 kg): 337 / 80 = 4.2125.
    let r = judge(rule(Quantity::ForceNPerKg, 4.2125, Sides::Each), &h, Some(&ep), &[]);
    assert_eq!(r.verdict, Verdict::Pass, "{r:?}");
    // Torque needs the lever arm.
    assert_eq!(judge(rule(Quantity::TorqueNM, 100.0, Sides::Each), &h, Some(&ep), &[]).verdict, Verdict::NoData);
    let mut t = force_test("nordic", 337.0, 400.0);
    for s in [t.left.as_mut().unwrap(), t.right.as_mut().unwrap()] {
        s.lever_arm_m = Some(0.4);
        s.torque_n_m = s.value.map(|v| v * 0.4);
    }
    let h = [visit(10, 20, vec![t])];
    let r = judge(rule(Quantity::TorqueNM, 134.8, Sides::Each), &h, Some(&ep), &[]);
    assert_eq!(r.verdict, Verdict::Pass, "337 N × 0.4 m = 134.8 N·m: {r:?}");
    let r = judge(rule(Quantity::TorqueNMPerKg, 1.7, Sides::Each), &h, Some(&ep), &[]);
    assert_eq!(r.verdict, Verdict::Fail, "134.8 / 80 = 1.685 N·m/kg");
}

#[test]
fn percentage_of_the_pre_injury_baseline() {
    let rule = Rule::BaselinePercent {
        test: "nordic".into(),
        summary: SummaryChoice::Best,
        at_least_percent: 100.0,
        sides: Sides::Each,
    };
    let h = [
        visit(1, 1, vec![force_test("nordic", 360.0, 380.0)]),
        visit(10, 20, vec![force_test("nordic", 360.0, 380.0)]),
    ];
    // The baseline visit is before the injury date here, as in practice.
    let mut ep = episode(Some(Side::Left), Some(1));
    ep.injury_date = day(2);
    let r = judge(rule.clone(), &h, Some(&ep), &[]);
    assert_eq!(r.verdict, Verdict::Pass, "exactly 100 %: {r:?}");
    assert_eq!(r.used.len(), 2);
    let lower = [h[0].clone(), visit(10, 20, vec![force_test("nordic", 359.0, 380.0)])];
    assert_eq!(judge(rule.clone(), &lower, Some(&ep), &[]).verdict, Verdict::Fail);
    let no_baseline = episode(Some(Side::Left), None);
    let r = judge(rule.clone(), &h, Some(&no_baseline), &[]);
    assert_eq!(r.verdict, Verdict::NoData);
    assert!(r.note.contains("no pre-injury baseline"), "{}", r.note);
    assert_eq!(judge(rule, &h, None, &[]).verdict, Verdict::NoData);
}

#[test]
fn pain_at_most_the_threshold_on_the_tests_of_the_visit() {
    let rule = |x, tests: Vec<&str>| Rule::Pain { tests: tests.into_iter().map(String::from).collect(), at_most: x };
    let mut t = force_test("kf", 300.0, 300.0);
    t.left.as_mut().unwrap().pain = Some(3);
    let h = [visit(10, 20, vec![t, force_test("nordic", 300.0, 300.0)])];
    assert_eq!(judge(rule(3, vec![]), &h, None, &[]).verdict, Verdict::Pass, "3/10 is at most 3");
    let r = judge(rule(0, vec![]), &h, None, &[]);
    assert_eq!(r.verdict, Verdict::Fail);
    assert!(r.note.contains("kf"), "{}", r.note);
    assert_eq!(judge(rule(0, vec!["nordic"]), &h, None, &[]).verdict, Verdict::Pass, "only the listed tests");
    let mut quiet = force_test("kf", 300.0, 300.0);
    quiet.left.as_mut().unwrap().pain = None;
    quiet.right.as_mut().unwrap().pain = None;
    assert_eq!(judge(rule(0, vec![]), &[visit(10, 20, vec![quiet])], None, &[]).verdict, Verdict::NoData);
}

#[test]
fn visa_h_at_least_or_improving() {
    let scores = |list: &[Option<u8>]| -> Vec<VisitResults> {
        list.iter()
            .enumerate()
            .map(|(i, s)| {
                let mut v = visit(i as i64 + 1, 2 + i as u32 * 3, vec![]);
                v.visit.visa_h = *s;
                v
            })
            .collect()
    };
    let ep = episode(Some(Side::Right), None);
    let improving = Rule::VisaH { at_least: None, improving_over_visits: Some(3) };
    assert_eq!(
        judge(improving.clone(), &scores(&[Some(40), Some(55), Some(61), Some(66)]), Some(&ep), &[]).verdict,
        Verdict::Pass
    );
    assert_eq!(
        judge(improving.clone(), &scores(&[Some(55), Some(61), Some(60), Some(66)]), Some(&ep), &[]).verdict,
        Verdict::Fail
    );
    assert_eq!(
        judge(improving.clone(), &scores(&[Some(61), Some(61), Some(61)]), Some(&ep), &[]).verdict,
        Verdict::Fail,
        "flat is not improving"
    );
    let r = judge(improving.clone(), &scores(&[None, Some(61), Some(66)]), Some(&ep), &[]);
    assert_eq!(r.verdict, Verdict::NoData, "two scores make no 3-visit trend");
    assert_eq!(judge(improving, &scores(&[None]), Some(&ep), &[]).verdict, Verdict::NoData);
    let target = Rule::VisaH { at_least: Some(73.0), improving_over_visits: None };
    assert_eq!(
        judge(target.clone(), &scores(&[Some(80), Some(73)]), Some(&ep), &[]).verdict,
        Verdict::Pass,
        "exactly 73"
    );
    assert_eq!(judge(target, &scores(&[Some(72)]), Some(&ep), &[]).verdict, Verdict::Fail);
    let either = Rule::VisaH { at_least: Some(90.0), improving_over_visits: Some(2) };
    assert_eq!(judge(either, &scores(&[Some(60), Some(70)]), Some(&ep), &[]).verdict, Verdict::Pass);
}

#[test]
fn ratio_between_two_tests_on_each_side() {
    let rule = Rule::Ratio { numerator: "add".into(), denominator: "abd".into(), at_least: 1.0, at_most: 1.4 };
    let h = |add: (f64, f64), abd: (f64, f64)| {
        [visit(10, 20, vec![force_test("add", add.0, add.1), force_test("abd", abd.0, abd.1)])]
    };
    assert_eq!(
        judge(rule.clone(), &h((200.0, 280.0), (200.0, 200.0)), None, &[]).verdict,
        Verdict::Pass,
        "1.0 and 1.4"
    );
    assert_eq!(judge(rule.clone(), &h((200.0, 282.0), (200.0, 200.0)), None, &[]).verdict, Verdict::Fail, "1.41");
    assert_eq!(judge(rule.clone(), &h((199.0, 240.0), (200.0, 200.0)), None, &[]).verdict, Verdict::Fail, "0.995");
    let only_one = [visit(10, 20, vec![force_test("add", 250.0, 250.0)])];
    assert_eq!(judge(rule, &only_one, None, &[]).verdict, Verdict::NoData);
}

#[test]
fn reps_count_at_least() {
    let rule = |sides| Rule::RepsCount { test: "bridge".into(), at_least: 25, sides };
    let h = [visit(10, 20, vec![test("bridge", Some(count_side(Side::Left, 25)), Some(count_side(Side::Right, 24)))])];
    assert_eq!(judge(rule(Sides::Each), &h, None, &[]).verdict, Verdict::Fail);
    let ep = episode(Some(Side::Left), None);
    assert_eq!(
        judge(rule(Sides::Involved), &h, Some(&ep), &[]).verdict,
        Verdict::Pass,
        "exactly 25 on the involved side"
    );
    assert_eq!(judge(rule(Sides::Each), &[visit(10, 20, vec![])], None, &[]).verdict, Verdict::NoData);
}

#[test]
fn provocation_tests_negative() {
    let with = |p: ProvocationTests| {
        let mut v = visit(10, 20, vec![]);
        v.visit.provocation = p;
        [v]
    };
    let all_negative = ProvocationTests {
        puranen_orava: Some(false),
        bent_knee_stretch: Some(false),
        modified_bent_knee_stretch: Some(false),
    };
    assert_eq!(judge(Rule::ProvocationNegative, &with(all_negative), None, &[]).verdict, Verdict::Pass);
    let one_positive = ProvocationTests { modified_bent_knee_stretch: Some(true), ..all_negative };
    let r = judge(Rule::ProvocationNegative, &with(one_positive), None, &[]);
    assert_eq!(r.verdict, Verdict::Fail);
    assert_eq!(
        r.value_text(crate::model::ForceUnit::Newton, crate::i18n::loader()),
        "Puranen-Orava negative, bent-knee stretch negative, modified bent-knee stretch positive"
    );
    let without_mbks = ProvocationTests { modified_bent_knee_stretch: None, ..all_negative };
    assert_eq!(judge(Rule::ProvocationNegative, &with(without_mbks), None, &[]).verdict, Verdict::NoData);
    assert_eq!(
        judge(Rule::ProvocationNegative, &with(ProvocationTests::default()), None, &[]).verdict,
        Verdict::NoData
    );
}

#[test]
fn manual_checks_count_at_their_visit_only() {
    let check = |visit_id, done| ClearanceCheck {
        visit_id,
        check_id: "c".into(),
        done: Some(done),
        clinician: "Dr. R".into(),
        checked_at: at(20),
    };
    let h = [visit(9, 13, vec![]), visit(10, 20, vec![])];
    let r = judge(Rule::Manual, &h, None, &[check(10, true)]);
    assert_eq!(r.verdict, Verdict::Pass);
    assert!(r.note.contains("Dr. R"), "{}", r.note);
    assert_eq!(judge(Rule::Manual, &h, None, &[check(10, false)]).verdict, Verdict::Fail);
    assert_eq!(judge(Rule::Manual, &h, None, &[check(9, true)]).verdict, Verdict::NoData, "last week's tick");
    assert_eq!(judge(Rule::Manual, &h, None, &[]).verdict, Verdict::NoData);
}

#[test]
fn any_of_passes_when_one_option_passes() {
    let rule = Rule::AnyOf {
        options: vec![
            Rule::Absolute { test: "nordic".into(), quantity: Quantity::ForceN, at_least: 337.0, sides: Sides::Each },
            Rule::BaselinePercent {
                test: "nordic".into(),
                summary: SummaryChoice::Best,
                at_least_percent: 100.0,
                sides: Sides::Each,
            },
        ],
    };
    let mut ep = episode(Some(Side::Left), Some(1));
    ep.injury_date = day(2);
    let h = [
        visit(1, 1, vec![force_test("nordic", 300.0, 310.0)]),
        visit(10, 20, vec![force_test("nordic", 305.0, 320.0)]),
    ];
    let r = judge(rule.clone(), &h, Some(&ep), &[]);
    assert_eq!(r.verdict, Verdict::Pass, "under 337 N but above the baseline: {r:?}");
    assert!(r.note.contains("fail") && r.note.contains("pass"), "{}", r.note);
    let below_both = [h[0].clone(), visit(10, 20, vec![force_test("nordic", 290.0, 320.0)])];
    assert_eq!(judge(rule.clone(), &below_both, Some(&ep), &[]).verdict, Verdict::Fail);
    assert_eq!(judge(rule, &[visit(10, 20, vec![])], Some(&ep), &[]).verdict, Verdict::NoData);
}

#[test]
fn the_overall_status_counts_required_criteria_only() {
    let a = athlete();
    let ep = episode(Some(Side::Left), None);
    let h = [visit(9, 13, vec![force_test("kf", 200.0, 300.0)]), visit(10, 20, vec![force_test("kf", 290.0, 300.0)])];
    let input = Input { athlete: &a, episode: Some(&ep), history: &h, checks: &[] };
    let mut manual = criterion(Rule::Manual);
    manual.id = "ready".into();
    let mut optional = criterion(Rule::Absolute {
        test: "kf".into(),
        quantity: Quantity::ForceN,
        at_least: 500.0,
        sides: Sides::Each,
    });
    optional.id = "strong".into();
    optional.required = false;
    let lsi_c = criterion(lsi(90.0));
    let e = evaluate(&template(vec![lsi_c.clone(), optional.clone()]), input, 10, crate::i18n::loader()).unwrap();
    assert_eq!(e.status, Status::AllPass, "an optional failure does not block: {}", e.summary(crate::i18n::loader()));
    let e =
        evaluate(&template(vec![lsi_c.clone(), optional.clone(), manual.clone()]), input, 10, crate::i18n::loader())
            .unwrap();
    assert_eq!(e.status, Status::Incomplete);
    assert_eq!(e.summary(crate::i18n::loader()), "incomplete: 1 of 2 required criteria have no data");
    let e = evaluate(&template(vec![lsi_c, manual]), input, 9, crate::i18n::loader()).unwrap();
    assert_eq!(e.status, Status::NotYet, "a failure outweighs missing data");
    assert_eq!(e.summary(crate::i18n::loader()), "not yet: 1 of 2 required criteria fail, 1 without data");
    // Trends cover the episode's visits up to the evaluated one.
    let e = evaluate(&template(vec![criterion(lsi(90.0))]), input, 10, crate::i18n::loader()).unwrap();
    let trend: Vec<Verdict> = e.criteria[0].trend.iter().map(|p| p.verdict).collect();
    assert_eq!(trend, vec![Verdict::Fail, Verdict::Pass]);
    assert!(evaluate(&template(vec![criterion(lsi(90.0))]), input, 99, crate::i18n::loader()).is_err());
}

#[test]
fn checks_as_of_a_moment_are_the_answers_standing_then() {
    let answer = |check: &str, done: Option<bool>, d: u32, who: &str| ClearanceCheck {
        visit_id: 7,
        check_id: check.into(),
        done,
        clinician: who.into(),
        checked_at: at(d),
    };
    let log = vec![
        answer("athlete_ready", Some(true), 10, "A"),
        answer("palpation_pain_free", Some(true), 10, "A"),
        answer("athlete_ready", Some(false), 12, "B"),
        answer("palpation_pain_free", None, 13, "B"),
    ];
    let on_10 = checks_as_of(&log, at(10));
    assert_eq!(on_10.len(), 2);
    assert!(on_10.iter().all(|c| c.done == Some(true) && c.clinician == "A"));
    let on_12 = checks_as_of(&log, at(12));
    let ready = on_12.iter().find(|c| c.check_id == "athlete_ready").unwrap();
    assert_eq!((ready.done, ready.clinician.as_str()), (Some(false), "B"));
    // Withdrawn on the 13th: no answer stands.
    let on_13 = checks_as_of(&log, at(13));
    assert!(on_13.iter().all(|c| c.check_id != "palpation_pain_free"));
    assert!(checks_as_of(&log, at(9)).is_empty());
}

mod consensus;
