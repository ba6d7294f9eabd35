//! Every table definition round-trips a full record.

use super::*;

/// Every column's cell goes back into a blank record as the same field: a record written
/// and read through a table is the record.
fn round_trip<R: Clone + PartialEq + std::fmt::Debug>(table: &Table<R>, record: &R) {
    let mut back = (table.blank)();
    for c in table.columns {
        let cell = (c.get)(record);
        assert_eq!(
            std::mem::discriminant(&cell),
            std::mem::discriminant(&blank_of(c.kind)),
            "{}: {} is declared {:?}",
            table.file,
            c.name,
            c.kind
        );
        (c.set)(&mut back, cell).unwrap_or_else(|e| panic!("{}: {} {e}", table.file, c.name));
    }
    assert_eq!(&back, record, "{}", table.file);
    let mut names = table.header();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), table.columns.len(), "{}: a column named twice", table.file);
}

fn blank_of(kind: Kind) -> Value {
    match kind {
        Kind::Int => Value::Int(None),
        Kind::Num => Value::Num(None),
        Kind::Text => Value::Text(String::new()),
        Kind::Flag => Value::Flag(None),
        Kind::Date => Value::Date(None),
        Kind::DateTime => Value::DateTime(None),
    }
}

#[test]
fn every_table_round_trips_a_full_record() {
    let day = NaiveDate::from_ymd_opt(2026, 4, 20).unwrap();
    let at = day.and_hms_opt(9, 30, 0).unwrap();
    let mut athlete = Athlete::new("Liam", "O'Connor");
    athlete.id = 3;
    athlete.date_of_birth = NaiveDate::from_ymd_opt(2001, 2, 3);
    athlete.sex = Some(Sex::Male);
    athlete.dominant_leg = Some(Side::Right);
    athlete.sport = Some("rugby".into());
    athlete.external_id = Some("X-1".into());
    athlete.body_mass_kg = Some(82.5);
    athlete.notes = "note".into();
    athlete.archived = true;
    round_trip(&ATHLETES, &athlete);
    let episode = InjuryEpisode {
        id: 2,
        athlete_id: 3,
        kind: InjuryKind::HamstringStrain,
        side: Some(Side::Left),
        grade: Some("2".into()),
        location: Some(HamstringLocation::BicepsFemorisLongHead),
        injury_date: day,
        baseline_visit_id: Some(7),
        closed_on: Some(day),
        notes: "n".into(),
    };
    round_trip(&EPISODES, &episode);
    let visit = Visit {
        id: 7,
        athlete_id: 3,
        episode_id: Some(2),
        date_time: at,
        body_mass_kg: Some(81.0),
        clinician: "A. Clinician".into(),
        visa_h: Some(77),
        provocation: ProvocationTests {
            puranen_orava: Some(false),
            bent_knee_stretch: Some(true),
            modified_bent_knee_stretch: None,
        },
        notes: "v".into(),
    };
    round_trip(&VISITS, &visit);
    let mut meta = TrialMeta::new("nordic", Side::Both, "demo_nordic_rig", Polarity::Negative);
    meta.lever_arm_m = Some(0.42);
    meta.device_max_n = Some(2000.0);
    meta.instrument = Some(crate::model::Instrument::LoadCellRig);
    let trial = TrialRow {
        info: TrialInfo {
            recorded_by: String::new(),
            id: 11,
            visit_id: 7,
            meta,
            sample_rate_hz: Some(100.0),
            channel_names: vec!["left".into(), "right".into()],
            accepted: false,
            excluded: vec![RepExclusion { from_s: 1.5, to_s: 4.25 }],
            legacy_excluded_reps: vec![2],
            pain: Some(3),
            reps_count: Some(12),
            entered: None,
            recorded_at: at,
            notes: "t".into(),
        },
        trace_file: "traces/trial-11.csv".into(),
    };
    round_trip(&TRIALS, &trial);
    // A trial entered by hand: its peaks in N and the unit they were read in.
    let mut entered = trial.clone();
    entered.trace_file = String::new();
    entered.info.meta.instrument = Some(crate::model::Instrument::Handheld);
    entered.info.entered =
        Some(crate::model::EnteredPeaks::one_leg(vec![312.5, 300.125, 298.4], crate::model::ForceUnit::KilogramForce));
    round_trip(&TRIALS, &entered);
    let signoff = SignOff {
        id: 1,
        athlete_id: 3,
        episode_id: Some(2),
        visit_id: Some(7),
        template_id: "t".into(),
        status: "not_yet".into(),
        clinician: "c".into(),
        signed_at: at,
        note: "n".into(),
        evaluation: "{}".into(),
    };
    round_trip(&SIGNOFFS, &signoff);
    let check = ClearanceCheck {
        visit_id: 7,
        check_id: "palpation".into(),
        done: Some(true),
        clinician: "c".into(),
        checked_at: at,
    };
    round_trip(&CHECKS, &check);
    round_trip(&SETTINGS, &("results".to_string(), "{}".to_string()));
    round_trip(&DEFINITIONS, &("test".to_string(), "x".to_string(), "{}".to_string()));
}
