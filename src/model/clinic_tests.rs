use super::*;

#[test]
fn rep_exclusions_round_trip_and_refuse_nonsense() {
    let list = vec![RepExclusion { from_s: 1.5, to_s: 4.8 }, RepExclusion { from_s: 9.0, to_s: 12.25 }];
    let text = RepExclusion::list_text(&list);
    assert_eq!(text, "1.500-4.800|9.000-12.250");
    assert_eq!(RepExclusion::parse_list(&text), Some(list));
    assert_eq!(RepExclusion::parse_list(""), Some(Vec::new()));
    for bad in ["4-1", "1", "a-b", "-1-2", "1-inf", "NaN-2"] {
        assert_eq!(RepExclusion::parse_list(bad), None, "{bad}");
    }
    let e = RepExclusion { from_s: 10.0, to_s: 13.0 };
    assert!(e.matches(9.8, 13.1, 11.0), "the same rep");
    assert!(e.matches(11.0, 14.0, 13.5), "a rep found later that still covers the middle");
    assert!(!e.matches(15.0, 18.0, 16.0), "another rep");
}

#[test]
fn the_models_words_read_in_english_as_they_always_have() {
    let en = crate::i18n::loader_for(crate::i18n::Language::English.into());
    let e = InjuryEpisode {
        id: 0,
        athlete_id: 1,
        kind: InjuryKind::HamstringStrain,
        side: Some(Side::Left),
        grade: Some("2".into()),
        location: Some(HamstringLocation::BicepsFemorisLongHead),
        injury_date: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
        baseline_visit_id: None,
        closed_on: None,
        notes: String::new(),
    };
    assert_eq!(e.summary(&en), "Hamstring strain, left, grade 2, biceps femoris long head");
    assert_eq!(Instrument::LoadCellRig.label(&en), "load cell rig");
    assert_eq!(Sex::Female.label(&en), "female");
    let mut s = SignOff {
        id: 0,
        athlete_id: 1,
        episode_id: None,
        visit_id: None,
        template_id: "t".into(),
        status: "not_yet".into(),
        clinician: "A".into(),
        signed_at: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap().and_hms_opt(9, 0, 0).unwrap(),
        note: " ".into(),
        evaluation: String::new(),
    };
    assert_eq!(s.status_text(&en), "not yet");
    assert_eq!(s.note_text(&en), None);
    s.status = SignOff::CLEARED_OVERRIDE.into();
    s.note = "match".into();
    assert_eq!(s.status_text(&en), "cleared by override, against the evaluation");
    assert_eq!(s.note_text(&en).as_deref(), Some("Reason for the override: match"));
    for side in [Side::Left, Side::Right, Side::Both] {
        assert_eq!(side.letter_in(&en), side.letter());
    }
}
