//! Several stations (or windows) on one clinic record, on SQLite and on the clinic server
//! (`FORCETRACK_TEST_BACKEND=server`): a second save over another's change is refused with who
//! and when, and two stations saving into today's visit at once make one visit.

mod common;

use forcetrack::model::{Athlete, Side};
use forcetrack::records;
use forcetrack::store::StoreError;

use common::clinic::open;

/// Two stations (or two windows) open the same athlete, episode and visit and both save: the
/// second save is refused with who changed the row and when, and nothing of the first is
/// overwritten. On the clinic server the change is stamped with the login that made it.
#[test]
fn two_stations_saving_the_same_rows_the_second_sees_the_conflict_and_nothing_is_overwritten() {
    use forcetrack::store::Versioned;
    let dir = tempfile::tempdir().unwrap();
    let desk = open(dir.path());
    let station = open(dir.path());
    let id = desk.add_athlete(&Athlete::new("Liam", "O'Connor")).unwrap();
    // Both open the athlete's form: the version first, then the row.
    let (desk_version, mut at_desk) = (desk.row_version(Versioned::Athlete, id).unwrap(), desk.athlete(id).unwrap());
    let (station_version, mut at_station) =
        (station.row_version(Versioned::Athlete, id).unwrap(), station.athlete(id).unwrap());
    at_desk.sport = Some("Rugby".into());
    desk.update_athlete_if_unchanged(&at_desk, desk_version.version).unwrap();
    at_station.notes = "tight left hamstring".into();
    let refused = station.update_athlete_if_unchanged(&at_station, station_version.version).unwrap_err();
    let StoreError::Conflict(conflict) = &refused else { panic!("not a conflict: {refused}") };
    assert_eq!((conflict.what, conflict.id), ("athlete", id));
    assert!(conflict.changed.changed_at.is_some());
    assert!(refused.to_string().contains("since you opened it"), "{refused}");
    if common::server::on_server() {
        let login = std::env::var("PGUSER").unwrap_or_else(|_| "postgres".into());
        assert_eq!(conflict.changed.changed_by, login, "stamped with the login");
        assert!(refused.to_string().contains(&login), "{refused}");
    }
    let now = station.athlete(id).unwrap();
    assert_eq!((now.sport.as_deref(), now.notes.as_str()), (Some("Rugby"), ""), "the first save stands");
    // Read again, the second station's change goes in.
    let fresh = station.row_version(Versioned::Athlete, id).unwrap();
    assert_eq!(fresh.version, desk_version.version + 1);
    let mut again = station.athlete(id).unwrap();
    again.notes = "tight left hamstring".into();
    station.update_athlete_if_unchanged(&again, fresh.version).unwrap();

    // A visit and an episode the same way.
    let mut visit = common::clinic::visit(id);
    visit.id = desk.add_visit(&visit).unwrap();
    let v = station.row_version(Versioned::Visit, visit.id).unwrap().version;
    let mut edited = visit.clone();
    edited.notes = "desk".into();
    desk.update_visit(&edited).unwrap();
    edited.notes = "station".into();
    assert!(matches!(station.update_visit_if_unchanged(&edited, v), Err(StoreError::Conflict(_))));
    assert_eq!(desk.visit(visit.id).unwrap().notes, "desk");
    let episode = forcetrack::model::InjuryEpisode {
        id: 0,
        athlete_id: id,
        kind: forcetrack::model::InjuryKind::HamstringStrain,
        side: Some(Side::Left),
        grade: None,
        location: None,
        injury_date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        baseline_visit_id: None,
        closed_on: None,
        notes: String::new(),
    };
    let episode = forcetrack::model::InjuryEpisode { id: desk.add_episode(&episode).unwrap(), ..episode };
    let e = station.row_version(Versioned::Episode, episode.id).unwrap().version;
    desk.update_episode(&forcetrack::model::InjuryEpisode { grade: Some("2b".into()), ..episode.clone() }).unwrap();
    let mine = forcetrack::model::InjuryEpisode { notes: "station".into(), ..episode.clone() };
    assert!(matches!(station.update_episode_if_unchanged(&mine, e), Err(StoreError::Conflict(_))));
    assert_eq!(desk.episode(episode.id).unwrap().grade.as_deref(), Some("2b"));
    // A row removed meanwhile is not found, not a conflict.
    assert!(matches!(
        station.update_athlete_if_unchanged(&Athlete { id: 999, ..again }, 1),
        Err(StoreError::NotFound { .. })
    ));
}

/// The clinic's settings saved on two computers from the same starting point: the second save
/// is refused, and the first stands.
#[test]
fn clinic_settings_saved_on_two_computers_the_second_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = open(dir.path());
    let mut station = open(dir.path());
    let start = records::result_settings(&desk).unwrap();
    let mut mean = start.clone();
    mean.summary = forcetrack::analysis::SummaryChoice::Mean;
    records::save_result_settings_from(&mut desk, &mean, &start).unwrap();
    let mut other = start.clone();
    other.formula = forcetrack::analysis::AsymmetryFormula::SymmetryIndex;
    let refused = records::save_result_settings_from(&mut station, &other, &start).unwrap_err();
    assert!(matches!(refused, StoreError::Conflict(_)), "{refused}");
    assert_eq!(records::result_settings(&station).unwrap(), mean, "the first save stands");
    // From what is saved now, the second computer's change goes in.
    let mut again = mean.clone();
    again.formula = forcetrack::analysis::AsymmetryFormula::SymmetryIndex;
    records::save_result_settings_from(&mut station, &again, &mean).unwrap();
}

/// A visit's notes saved from the session's summary over a visit another station changed
/// meanwhile, and a clinic's clearance template saved from two computers: the second save is
/// refused, the first stands.
#[test]
fn a_visit_and_a_clearance_template_saved_over_another_stations_change_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let desk = open(dir.path());
    let mut station = open(dir.path());
    let id = desk.add_athlete(&Athlete::new("Kim", "Lee")).unwrap();
    let mut visit = common::clinic::visit(id);
    visit.id = desk.add_visit(&visit).unwrap();
    let read = station.visit(visit.id).unwrap();
    desk.update_visit(&forcetrack::model::Visit { notes: "from the desk".into(), ..read.clone() }).unwrap();
    let mine = forcetrack::model::Visit { notes: "from the summary".into(), ..read.clone() };
    let refused = station.update_visit_from(&read, &mine).unwrap_err();
    assert!(matches!(refused, StoreError::Conflict(_)), "{refused}");
    assert_eq!(desk.visit(visit.id).unwrap().notes, "from the desk");
    let now = station.visit(visit.id).unwrap();
    station.update_visit_from(&now, &mine).unwrap();

    let mut mine = forcetrack::clearance::TemplateSet::builtin()[0].clone();
    mine.id = "clinic_copy".into();
    let mut desk = desk;
    records::save_clearance_template_from(&mut desk, &mine, None).unwrap();
    // Both computers open the clinic's copy; the desk saves first.
    let opened = mine.clone();
    let mut theirs = opened.clone();
    theirs.name = "Desk's version".into();
    records::save_clearance_template_from(&mut desk, &theirs, Some(&opened)).unwrap();
    let mut ours = opened.clone();
    ours.name = "Station's version".into();
    let refused = records::save_clearance_template_from(&mut station, &ours, Some(&opened)).unwrap_err();
    assert!(matches!(refused, StoreError::Conflict(_)), "{refused}");
    // A second "new copy" of the same id is refused too.
    assert!(records::save_clearance_template_from(&mut station, &ours, None).is_err());
    let stored = station.custom_clearance_templates().unwrap();
    assert!(stored.iter().any(|(id, json)| id == "clinic_copy" && json.contains("Desk's version")));
}

/// Two stations saving trials into "the athlete's visit of today" at the same moment: one
/// visit is made, not one per station (SQLite takes the write lock first; the server runs the
/// transactions SERIALIZABLE and runs one again when they collide).
#[test]
fn two_stations_saving_into_todays_visit_at_once_make_one_visit() {
    use forcetrack::store::{NewTrial, VisitFor};
    let dir = tempfile::tempdir().unwrap();
    let athlete = open(dir.path()).add_athlete(&Athlete::new("Kim", "Lee")).unwrap();
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(2));
    let stations: Vec<_> = (0..2)
        .map(|_| {
            let dir = dir.path().to_path_buf();
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let mut store = open(&dir);
                let mut saved = Vec::new();
                // Both begin together: the first trials of each race to make today's visit.
                barrier.wait();
                for _ in 0..10 {
                    let (writer, meta) = common::clinic::recording_in_journal(&store, athlete, &[50.0; 200]);
                    let id = writer.id();
                    drop(writer);
                    let trace = store.journal_trace(id, &meta.channel_names).unwrap();
                    let visit = VisitFor::SameDay(common::clinic::visit(athlete));
                    saved.push(store.journal_commit(id, &visit, NewTrial::new(0, meta.trial.clone(), trace)).unwrap());
                }
                saved
            })
        })
        .collect();
    let saved: Vec<_> = stations.into_iter().flat_map(|s| s.join().unwrap()).collect();
    let store = open(dir.path());
    assert_eq!(store.visits(athlete).unwrap().len(), 1, "one visit of the day");
    assert_eq!(store.trials_of_athlete(athlete).unwrap().len(), 20);
    assert!(saved.iter().all(|s| !s.waiting && s.visit_id == saved[0].visit_id));
}
