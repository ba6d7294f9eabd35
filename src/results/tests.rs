//! Aggregation, H:Q, hand-entered trials and device-aware change.

use super::*;
use chrono::NaiveDate;

fn visit(id: i64, day: u32, left: Option<f64>) -> VisitResults {
    let date_time = NaiveDate::from_ymd_opt(2026, 5, day).unwrap().and_hms_opt(9, 0, 0).unwrap();
    let side = SideResult::for_tests(Side::Left, id, left);
    VisitResults {
        visit: Visit {
            id,
            athlete_id: 1,
            episode_id: None,
            date_time,
            body_mass_kg: None,
            clinician: String::new(),
            visa_h: None,
            provocation: Default::default(),
            notes: String::new(),
        },
        tests: vec![TestResult {
            test_id: "knee_flexion_iso_90".into(),
            test_name: "Knee flexion".into(),
            left: Some(side),
            right: None,
            asymmetry: None,
            lsi_percent: None,
            imbalance_percent: None,
            band: None,
        }],
        damaged_trials: Vec::new(),
    }
}

fn torque_side(value: f64, lever_arm_m: Option<f64>) -> SideResult {
    let mut s = visit(1, 1, Some(value)).tests[0].left.clone().unwrap();
    s.lever_arm_m = lever_arm_m;
    s.torque_n_m = lever_arm_m.map(|l| value * l);
    s
}

#[test]
fn hq_is_flexion_torque_over_extension_torque_per_side() {
    // 300 N at 0.38 m over 500 N at 0.40 m: 114 / 200 N m.
    let hq = hq_ratio(Some(&torque_side(300.0, Some(0.38))), Some(&torque_side(500.0, Some(0.40))));
    assert!((hq.ratio().unwrap() - 0.57).abs() < 1e-12, "{hq:?}");
    // Not a force ratio: the same forces at other lever arms give another ratio.
    let other = hq_ratio(Some(&torque_side(300.0, Some(0.40))), Some(&torque_side(500.0, Some(0.40))));
    assert!((other.ratio().unwrap() - 0.6).abs() < 1e-12);
    assert_eq!(hq_ratio(Some(&torque_side(300.0, Some(0.38))), None), Hq::NotBothTests);
    assert_eq!(hq_ratio(Some(&torque_side(300.0, None)), Some(&torque_side(500.0, Some(0.4)))), Hq::NoLeverArm);
    // Through a visit: the tests by id, each side on its own.
    let mut v = visit(1, 1, None);
    let test = |id: &str, l: SideResult, r: SideResult| TestResult {
        test_id: id.into(),
        test_name: id.into(),
        left: Some(l),
        right: Some(SideResult { side: Side::Right, ..r }),
        asymmetry: None,
        lsi_percent: None,
        imbalance_percent: None,
        band: None,
    };
    v.tests = vec![
        test(hq::FLEXION, torque_side(250.0, Some(0.38)), torque_side(300.0, Some(0.38))),
        test(hq::EXTENSION, torque_side(500.0, Some(0.40)), torque_side(500.0, Some(0.40))),
    ];
    assert!((v.hq(Side::Left).ratio().unwrap() - 0.475).abs() < 1e-12);
    assert!((v.hq(Side::Right).ratio().unwrap() - 0.57).abs() < 1e-12);
    let mut settings = ResultSettings::default();
    assert_eq!(settings.hq_at_least, None, "no default threshold");
    settings.hq_at_least = Some(5.0);
    assert!(settings.problems(crate::i18n::loader()).iter().any(|p| p.contains("H:Q")));
}

#[test]
fn change_is_against_the_previous_visit_with_a_value_and_the_tests_mdc() {
    let library = TestLibrary::builtin();
    let mut history = vec![visit(1, 1, Some(300.0)), visit(2, 8, None), visit(3, 15, Some(340.0))];
    let mut settings = ResultSettings::default();
    attach_changes(&mut history, &library, &settings);
    let side = |h: &[VisitResults], i: usize| h[i].tests[0].left.clone().unwrap();
    assert_eq!(side(&history, 0).change, None, "the first visit");
    assert_eq!(side(&history, 1).change, None, "no value");
    let change = side(&history, 2).change.unwrap();
    assert_eq!((change.previous_visit_id, change.previous_value), (1, 300.0));
    assert_eq!(change.previous_date, NaiveDate::from_ymd_opt(2026, 5, 1).unwrap());
    assert_eq!(change.change.delta, 40.0);
    let test = library.test("knee_flexion_iso_90").unwrap();
    assert_eq!(change.mdc, settings.mdc_for(test));
    // The clinic's own MDC replaces the library's, with its source.
    settings.mdc.insert("knee_flexion_iso_90".into(), Mdc::Newtons(50.0));
    let mut history = vec![visit(1, 1, Some(300.0)), visit(3, 15, Some(340.0))];
    attach_changes(&mut history, &library, &settings);
    let change = side(&history, 1).change.unwrap();
    assert_eq!(change.mdc, Some((Mdc::Newtons(50.0), "clinic setting".into())));
    assert_eq!(change.change, real_change(300.0, 340.0, Mdc::Newtons(50.0)));
}

#[test]
fn an_mdc_source_is_stored_in_english_and_read_in_the_language_a_clinic_s_own_as_typed() {
    let pseudo = crate::i18n::loader_for(crate::i18n::UiLanguage::Pseudo);
    let english = crate::i18n::loader_for(crate::i18n::Language::English.into());
    let library = TestLibrary::builtin();
    let nordic = library.test("nordic").unwrap();
    let (_, source) = ResultSettings::default().mdc_for(nordic).unwrap();
    assert_eq!(source, "Opar et al. 2013 (NordBord: MDC95 60.1-76.2 N; ICC 0.83-0.90)", "stored as published");
    assert_eq!(mdc_source_text(&english, Some(nordic), &source), source);
    let shown = mdc_source_text(&pseudo, Some(nordic), &source);
    assert_ne!(shown, source, "a built-in test's source is translated");
    assert_eq!(shown, nordic.shown_mdc_source(&pseudo));
    assert_eq!(
        mdc_source_text(&pseudo, Some(nordic), CLINIC_SETTING),
        crate::fl_in!(&pseudo, "results-mdc-clinic-setting")
    );
    // A clinic's own test, and a test no longer in the library, keep their source as written.
    let mut mine = nordic.clone();
    mine.id = "nordic_mine".into();
    mine.built_in = false;
    assert_eq!(mdc_source_text(&pseudo, Some(&mine), &source), source);
    assert_eq!(mdc_source_text(&pseudo, None, &source), source);
}

/// A trial of knee flexion 90/90 entered by hand on `side` at visit `visit_id`.
fn entered_trial(id: i64, visit_id: i64, side: Side, peaks_n: &[f64], instrument: Instrument) -> TrialInfo {
    let mut meta = crate::model::TrialMeta::new("knee_flexion_iso_90", side, "microFET 2", Default::default());
    meta.instrument = Some(instrument);
    meta.lever_arm_m = Some(0.38);
    TrialInfo {
        recorded_by: String::new(),
        id,
        visit_id,
        meta,
        sample_rate_hz: None,
        channel_names: vec!["force".into()],
        accepted: true,
        excluded: Vec::new(),
        legacy_excluded_reps: Vec::new(),
        pain: Some(1),
        reps_count: None,
        entered: Some(crate::model::EnteredPeaks::one_leg(peaks_n.to_vec(), crate::model::ForceUnit::KilogramForce)),
        recorded_at: NaiveDate::from_ymd_opt(2026, 5, 1).unwrap().and_hms_opt(9, 0, 0).unwrap(),
        notes: String::new(),
    }
}

#[test]
fn a_trial_entered_by_hand_counts_as_a_recorded_trials_peaks_do() {
    let library = TestLibrary::builtin();
    let settings = ResultSettings::default();
    let v = visit(1, 1, None).visit;
    let trials = [
        entered_trial(1, 1, Side::Left, &[270.0, 300.0, 285.0], Instrument::Handheld),
        entered_trial(2, 1, Side::Right, &[330.0, 320.0], Instrument::Handheld),
    ];
    // No analysis is asked for: it has no samples.
    assert!(analyses_wanted(&trials, &library, &settings).is_empty());
    let r = visit_results(&v, &trials, &HashMap::new(), &library, &settings, Some(Side::Left));
    let t = r.test("knee_flexion_iso_90").unwrap();
    let left = t.left.as_ref().unwrap();
    let peak = left.peak_force.unwrap();
    assert_eq!((peak.best, peak.mean, left.reps), (300.0, 285.0, 3));
    assert!((peak.cv_percent.unwrap() - 5.263_157_9).abs() < 1e-6, "{:?}", peak.cv_percent);
    assert!(left.entered_by_hand && left.rfd_100.is_none() && left.best_1s_mean.is_none(), "no curve metrics");
    assert_eq!(left.value, Some(300.0));
    assert!((left.torque_n_m.unwrap() - 114.0).abs() < 1e-9);
    // Asymmetry and LSI as for recorded trials: 300 / 330 (left involved).
    assert!((t.lsi_percent.unwrap() - 300.0 / 330.0 * 100.0).abs() < 1e-9);
    assert!((t.asymmetry.unwrap().value - 30.0 / 330.0 * 100.0).abs() < 1e-9);
}

/// A Nordic typed in (both legs at once, as a NordBord shows them) counts each leg's peaks on
/// its side, as a recorded Nordic's left and right channels do.
#[test]
fn a_nordic_entered_by_hand_counts_each_legs_peaks_on_its_side() {
    let library = TestLibrary::builtin();
    let settings = ResultSettings::default();
    let v = visit(1, 1, None).visit;
    let mut trial = entered_trial(1, 1, Side::Both, &[372.0, 380.0], Instrument::LoadCellRig);
    trial.meta.test_id = "nordic".into();
    if let Some(e) = trial.entered.as_mut() {
        e.right_peaks_n = vec![340.0, 351.0, 349.0];
    }
    let r = visit_results(&v, &[trial], &HashMap::new(), &library, &settings, Some(Side::Right));
    let t = r.test("nordic").unwrap();
    let (left, right) = (t.left.as_ref().unwrap(), t.right.as_ref().unwrap());
    assert_eq!((left.value, left.reps), (Some(380.0), 2));
    assert_eq!((right.value, right.reps), (Some(351.0), 3));
    assert!(left.entered_by_hand && right.entered_by_hand);
    assert!((t.lsi_percent.unwrap() - 351.0 / 380.0 * 100.0).abs() < 1e-9);
}

#[test]
fn change_compares_only_the_same_kind_of_device() {
    let library = TestLibrary::builtin();
    let settings = ResultSettings::default();
    let day = |d: u32| {
        let mut v = visit(i64::from(d), d, None).visit;
        v.date_time = NaiveDate::from_ymd_opt(2026, 5, d).unwrap().and_hms_opt(9, 0, 0).unwrap();
        v
    };
    let at = |d: u32, peak: f64, instrument: Instrument| {
        let v = day(d);
        let t = [entered_trial(i64::from(d), v.id, Side::Left, &[peak], instrument)];
        visit_results(&v, &t, &HashMap::new(), &library, &settings, None)
    };
    // A fixed frame, then a handheld dynamometer, then the handheld again.
    let mut history = vec![
        at(1, 250.0, Instrument::FixedFrame),
        at(8, 300.0, Instrument::Handheld),
        at(15, 340.0, Instrument::Handheld),
    ];
    attach_changes(&mut history, &library, &settings);
    let change = |i: usize| history[i].tests[0].left.as_ref().unwrap().change.clone().unwrap();
    let across = change(1);
    assert_eq!(across.change.verdict, crate::analysis::ChangeVerdict::NotComparable);
    assert!(!across.change.comparable() && across.mdc.is_none());
    assert_eq!((across.previous_value, across.change.current), (250.0, 300.0), "both values kept");
    assert_eq!(across.previous_instruments, vec![Instrument::FixedFrame]);
    assert_eq!(across.change.verdict.label(), "not comparable: different device or mode");
    // Same kind: judged against the test's MDC (13 %): +13.3 % is real.
    let same = change(2);
    assert_eq!(same.change.verdict, crate::analysis::ChangeVerdict::Improved);
    assert!(same.mdc.is_some());
    // In words, with the style's dates and numbers; the English is the verdicts' own.
    use crate::i18n::numbers::{DateOrder, DecimalSeparator, NumberStyle};
    let en = crate::i18n::loader_for(crate::i18n::Language::English.into());
    let unit = crate::model::ForceUnit::Newton;
    assert_eq!(
        across.text(&en, &NumberStyle::default(), &[Instrument::Handheld], false, unit),
        "not comparable: different device or mode (2026-05-01: 250 N, fixed frame; now 300 N, handheld dynamometer)"
    );
    let days_first = NumberStyle { decimal: DecimalSeparator::Comma, date_order: DateOrder::DayMonthYearDots };
    assert_eq!(same.text(&en, &days_first, &[Instrument::Handheld], false, unit), "+40 N, improved (since 08.05.2026)");
    assert_eq!(same.text(&en, &days_first, &[], true, unit), "+40 reps, improved (since 08.05.2026)");
    for verdict in [
        crate::analysis::ChangeVerdict::Improved,
        crate::analysis::ChangeVerdict::Declined,
        crate::analysis::ChangeVerdict::WithinError,
        crate::analysis::ChangeVerdict::NoMdc,
        crate::analysis::ChangeVerdict::NotComparable,
    ] {
        assert_eq!(verdict_text(&en, verdict), verdict.label());
    }
    // A kind not known (trials from before it was kept) is not told apart.
    assert!(instruments_comparable(&[], &[Instrument::Handheld]));
    assert!(!instruments_comparable(&[Instrument::ForcePlate], &[Instrument::Handheld]));
}
