//! The three built-in clearance templates against the demo clinic's athletes: the hamstring
//! strain athlete is cleared at the last visit and not before, the tendinopathy athlete is not
//! yet cleared, and a screened player meets the glute/hip template.

use forcetrack::clearance::{AthleteRecord, Status, TemplateSet, Verdict, evaluate};
use forcetrack::io::demo::seed_demo;
use forcetrack::protocols::TestLibrary;
use forcetrack::records;
use forcetrack::results::ResultSettings;
use forcetrack::store::{IntegrityCheck, Store};

fn demo() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_named(dir.path(), "forcetrack.sqlite", IntegrityCheck::Never).unwrap();
    seed_demo(&mut store, &mut |_, _| {}).unwrap();
    (dir, store)
}

fn record(store: &Store, name: &str) -> AthleteRecord {
    let row = store.athletes(false).unwrap().into_iter().find(|r| r.athlete.full_name() == name).unwrap();
    records::athlete_record(store, row.athlete.id, &TestLibrary::builtin(), &ResultSettings::default()).unwrap()
}

fn verdict(e: &forcetrack::clearance::Evaluation, id: &str) -> Verdict {
    e.criteria.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("no criterion {id}")).verdict
}

#[test]
fn the_hamstring_strain_athlete_is_cleared_at_the_last_visit_and_not_before() {
    let (_dir, store) = demo();
    let liam = record(&store, "Liam O'Connor");
    let templates = TemplateSet::builtin();
    let template = templates.iter().find(|t| t.id == "hamstring_strain").unwrap();
    let episode = liam.episode(None, forcetrack::i18n::loader()).unwrap().expect("an open episode");
    let visits: Vec<i64> =
        liam.history.iter().filter(|v| v.visit.date_time.date() >= episode.injury_date).map(|v| v.visit.id).collect();
    assert_eq!(visits.len(), 7, "seven rehab visits");
    let statuses: Vec<Status> = visits
        .iter()
        .map(|&v| evaluate(template, liam.input(Some(episode)), v, forcetrack::i18n::loader()).unwrap().status)
        .collect();
    assert_eq!(statuses.last(), Some(&Status::AllPass), "{statuses:?}");
    assert!(statuses[..6].iter().all(|s| *s != Status::AllPass), "{statuses:?}");

    let last = evaluate(template, liam.input(Some(episode)), visits[6], forcetrack::i18n::loader()).unwrap();
    assert!(
        last.criteria.iter().filter(|c| c.required).all(|c| c.verdict == Verdict::Pass),
        "{}",
        last.summary(forcetrack::i18n::loader())
    );
    // The Nordic is below the pre-injury value but above 337 N on both legs.
    let nordic = last.criteria.iter().find(|c| c.id == "nordic_strength").unwrap();
    assert!(nordic.note.contains("each side ≥ 337 N: pass"), "{}", nordic.note);
    // Trends reach back over the episode's visits.
    assert_eq!(last.criteria[0].trend.len(), 6);

    // Week 6: the end-range test, the bridge, pain and the field tests hold it back.
    let week6 = evaluate(template, liam.input(Some(episode)), visits[5], forcetrack::i18n::loader()).unwrap();
    assert_eq!(week6.status, Status::NotYet);
    for id in ["knee_flexion_30_lsi", "bridge_lsi", "no_pain", "field_tests_done", "athlete_ready"] {
        assert_eq!(verdict(&week6, id), Verdict::Fail, "{id} in week 6");
    }
    for id in ["knee_flexion_90_lsi", "nordic_lsi", "palpation_pain_free"] {
        assert_eq!(verdict(&week6, id), Verdict::Pass, "{id} in week 6");
    }
    // Week 1: no Nordic yet and no manual checks, and far from symmetric.
    let week1 = evaluate(template, liam.input(Some(episode)), visits[0], forcetrack::i18n::loader()).unwrap();
    assert_eq!(week1.status, Status::NotYet);
    assert_eq!(verdict(&week1, "nordic_lsi"), Verdict::NoData);
    assert_eq!(verdict(&week1, "athlete_ready"), Verdict::NoData);
}

#[test]
fn the_tendinopathy_athlete_is_not_yet_cleared() {
    let (_dir, store) = demo();
    let sofia = record(&store, "Sofia Marquez");
    let templates = TemplateSet::builtin();
    let template = templates.iter().find(|t| t.id == "proximal_hamstring_tendinopathy").unwrap();
    let episode = sofia.episode(None, forcetrack::i18n::loader()).unwrap();
    let visit = sofia.visit(None, episode, forcetrack::i18n::loader()).unwrap();
    let e = evaluate(template, sofia.input(episode), visit, forcetrack::i18n::loader()).unwrap();
    assert_eq!(e.status, Status::NotYet, "{}", e.summary(forcetrack::i18n::loader()));
    assert_eq!(verdict(&e, "knee_flexion_30_lsi"), Verdict::Fail, "89 % on the end-range test");
    assert_eq!(verdict(&e, "provocation_negative"), Verdict::Fail, "the modified bent-knee stretch is positive");
    for id in ["loading_pain", "next_morning_pain", "visa_h_improving", "hip_extension_lsi"] {
        assert_eq!(verdict(&e, id), Verdict::Pass, "{id}");
    }
    let visa = e.criteria.iter().find(|c| c.id == "visa_h_improving").unwrap();
    let scores: Vec<f64> = visa.readings.iter().map(|r| r.value).collect();
    assert_eq!(scores, vec![66.0, 70.0, 73.0]);
}

#[test]
fn a_screened_player_meets_the_glute_hip_template() {
    let (_dir, store) = demo();
    let kai = record(&store, "Kai Tanaka");
    let templates = TemplateSet::builtin();
    let template = templates.iter().find(|t| t.id == "glute_hip").unwrap();
    assert!(kai.episodes.is_empty());
    let visit = kai.visit(None, None, forcetrack::i18n::loader()).unwrap();
    let e = evaluate(template, kai.input(None), visit, forcetrack::i18n::loader()).unwrap();
    assert_eq!(e.status, Status::AllPass, "{}", e.summary(forcetrack::i18n::loader()));
    let ratio = e.criteria.iter().find(|c| c.id == "adduction_abduction_ratio").unwrap();
    assert!(ratio.readings.iter().all(|r| (1.1..1.25).contains(&r.value)), "{:?}", ratio.readings);
}
