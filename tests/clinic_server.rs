//! The clinic's record on a PostgreSQL server: the same schema as the SQLite file, a station of
//! another version refused with what to do, sign-offs and check answers append-only on the
//! server itself, a one-computer clinic moved onto a server without loss, and a recording made
//! on a server station. Each test makes a fresh database on the server the environment names
//! (`.ci/run` starts one with `pg_virtualenv`), and skips with the reason printed where none is.

mod common;

use forcetrack::store::{IntegrityCheck, ServerAddress, Store, StoreError, latest_version};

use common::server::{TestDatabase, test_database};

/// A fresh database with ForceTrack's record created on it.
fn server_clinic() -> Option<(TestDatabase, ServerAddress)> {
    let db = test_database()?;
    let address = ServerAddress::parse(&db.url).unwrap();
    Store::init_server(&address).unwrap();
    Some((db, address))
}

/// A fresh clinic on the test server, reached through a loopback relay that can take the
/// server away: the database, the relay, the station's address of it, its data folder.
fn behind_a_relay() -> Option<(TestDatabase, common::server::Relay, ServerAddress, tempfile::TempDir)> {
    let (db, _) = server_clinic()?;
    let relay = common::server::Relay::start();
    let address = ServerAddress::parse(&relay.url(&db.url)).unwrap();
    Some((db, relay, address, tempfile::tempdir().unwrap()))
}

/// A plain client on the test database (as the server's administrator, or another program).
fn admin(db: &TestDatabase) -> postgres::Client {
    let mut config: postgres::Config = db.url.parse().unwrap();
    if let Ok(p) = std::env::var("PGPASSWORD") {
        config.password(p);
    }
    config.connect(postgres::NoTls).unwrap()
}

#[test]
fn both_backends_describe_the_same_tables_columns_keys_checks_and_indexes() {
    let Some((_db, address)) = server_clinic() else { return };
    let dir = tempfile::tempdir().unwrap();
    let sqlite = Store::open_named(dir.path(), "forcetrack.sqlite", IntegrityCheck::Never).unwrap();
    let server = Store::connect(&address, dir.path()).unwrap();
    let (a, b) = (sqlite.schema_description().unwrap(), server.schema_description().unwrap());
    assert!(a.len() > 100, "{a:#?}");
    let only_sqlite: Vec<_> = a.iter().filter(|l| !b.contains(l)).collect();
    let only_server: Vec<_> = b.iter().filter(|l| !a.contains(l)).collect();
    assert!(
        only_sqlite.is_empty() && only_server.is_empty(),
        "SQLite only: {only_sqlite:#?}\nserver only: {only_server:#?}"
    );
    assert_eq!(server.schema_version().unwrap(), latest_version());
    assert_eq!(sqlite.schema_version().unwrap(), latest_version());
}

#[test]
fn a_station_of_another_schema_version_is_refused_with_what_to_do() {
    let Some(db) = test_database() else { return };
    let address = ServerAddress::parse(&db.url).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let refusal = |store: Result<Store, StoreError>| match store {
        Err(StoreError::Server(p)) => p.to_string(),
        Err(other) => panic!("not a server problem: {other}"),
        Ok(_) => panic!("a station of another version connected"),
    };
    // An empty database: the record is created by `server init`, never by connecting.
    let empty = refusal(Store::connect(&address, dir.path()));
    assert!(empty.contains("forcetrack server init"), "{empty}");
    let mut admin = admin(&db);
    let tables: i64 = admin
        .query_one("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", &[])
        .unwrap()
        .get(0);
    assert_eq!(tables, 0, "connecting created nothing");
    Store::init_server(&address).unwrap();
    let again = Store::init_server(&address).unwrap_err().to_string();
    assert!(again.contains("already holds"), "{again}");
    // A server upgraded by a newer ForceTrack.
    admin.execute("UPDATE forcetrack_schema SET version = $1", &[&(latest_version() + 1)]).unwrap();
    let newer = refusal(Store::connect(&address, dir.path()));
    assert!(newer.contains("newer") && newer.contains("Install that version"), "{newer}");
    // A server left behind: the station says to upgrade it explicitly, and does not.
    admin.execute("UPDATE forcetrack_schema SET version = $1", &[&(latest_version() - 1)]).unwrap();
    let older = refusal(Store::connect(&address, dir.path()));
    assert!(older.contains("older") && older.contains("forcetrack server migrate"), "{older}");
    let version: i64 = admin.query_one("SELECT version FROM forcetrack_schema", &[]).unwrap().get(0);
    assert_eq!(version, latest_version() - 1, "never migrated on connect");
    // The command line says the same.
    let out = std::process::Command::new(common::forcetrack_bin())
        .args(["athletes", "--server", &db.url, "--data-dir", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("server migrate"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // `server migrate` says plainly what it can and cannot upgrade, and changes nothing it cannot.
    let migrate = || {
        std::process::Command::new(common::forcetrack_bin())
            .args(["server", "migrate", "--server", &db.url, "--data-dir", dir.path().to_str().unwrap()])
            .output()
            .unwrap()
    };
    let out = migrate();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("nothing was changed"), "{said}");
    admin.execute("UPDATE forcetrack_schema SET version = $1", &[&latest_version()]).unwrap();
    let out = migrate();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("nothing to do"), "{}", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn sign_offs_and_check_answers_are_append_only_on_the_server_itself() {
    let Some((db, address)) = server_clinic() else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::connect(&address, dir.path()).unwrap();
    forcetrack::io::demo::seed_demo(&mut store, &mut |_, _| {}).unwrap();
    let visit = store.visits(1).unwrap().last().unwrap().clone();
    let at = visit.date_time;
    store
        .add_signoff(&forcetrack::model::SignOff {
            id: 0,
            athlete_id: 1,
            episode_id: None,
            visit_id: Some(visit.id),
            template_id: "hamstring_strain".into(),
            status: "not_yet".into(),
            clinician: "A. Clinician".into(),
            signed_at: at,
            note: String::new(),
            evaluation: "{}".into(),
        })
        .unwrap();
    let check = |done| forcetrack::model::ClearanceCheck {
        visit_id: visit.id,
        check_id: "pain_free_sprint".into(),
        done,
        clinician: "A. Clinician".into(),
        checked_at: at,
    };
    store.set_clearance_check(&check(Some(true))).unwrap();
    store.set_clearance_check(&check(None)).unwrap();
    let signoffs = store.count("clearance_signoffs").unwrap();
    assert!(signoffs > 0 && store.count("clearance_checks").unwrap() >= 2);
    let mut admin = admin(&db);
    // Another program (or a station of an older version) cannot change or remove one.
    for sql in [
        "UPDATE clearance_signoffs SET status = 'cleared'",
        "DELETE FROM clearance_signoffs",
        "UPDATE clearance_checks SET done = 1",
        "DELETE FROM clearance_checks",
    ] {
        let e = admin.batch_execute(sql).unwrap_err();
        assert!(
            e.to_string().contains("never changed or removed") || format!("{e:?}").contains("never changed"),
            "{sql}: {e:?}"
        );
    }
    assert_eq!(store.count("clearance_signoffs").unwrap(), signoffs);
    // They go with their athlete (a cascade, not a change).
    admin.batch_execute("DELETE FROM athletes").unwrap();
    assert_eq!(store.count("clearance_signoffs").unwrap(), 0);
}

#[test]
fn server_push_moves_the_demo_clinic_with_every_count_and_trace_equal() {
    let Some((db, address)) = server_clinic() else { return };
    let dir = tempfile::tempdir().unwrap();
    let local_dir = dir.path().join("clinic");
    let station_dir = dir.path().join("station");
    let local = common::clinic::demo_store(&local_dir);
    drop(local);
    let out = std::process::Command::new(common::forcetrack_bin())
        .args(["server", "push", "--server", &db.url, "--from", local_dir.to_str().unwrap()])
        .args(["--data-dir", station_dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("counted on the server"));
    let local = Store::open_named(&local_dir, "forcetrack.sqlite", IntegrityCheck::Never).unwrap();
    let server = Store::connect(&address, &station_dir).unwrap();
    for table in [
        "athletes",
        "injury_episodes",
        "visits",
        "trials",
        "clearance_signoffs",
        "clearance_checks",
        "settings",
        "custom_tests",
        "custom_batteries",
        "custom_clearance_templates",
    ] {
        assert_eq!(server.count(table).unwrap(), local.count(table).unwrap(), "{table}");
    }
    let trials = local.all_trials().unwrap();
    assert!(trials.len() > 100);
    let ids: Vec<i64> = trials.iter().map(|t| t.id).collect();
    assert_eq!(server.trial_blobs(&ids).unwrap(), local.trial_blobs(&ids).unwrap(), "every trace equal");
    assert_eq!(server.all_trials().unwrap(), trials, "every trial's fields equal");
    // A second push is refused: the server holds a clinic now.
    let again = std::process::Command::new(common::forcetrack_bin())
        .args(["server", "push", "--server", &db.url, "--from", local_dir.to_str().unwrap()])
        .args(["--data-dir", station_dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!again.status.success());
    // `export all` works from the server as from the file.
    let export = dir.path().join("export");
    let out =
        common::forcetrack_in(&station_dir, &["export", "all", "--out", export.to_str().unwrap(), "--server", &db.url]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(export.join("trials.csv").exists());
    // On a server, `backup` says how the clinic backs up.
    let out = common::forcetrack_in(&station_dir, &["backup", "--server", &db.url]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("pg_dump"));
}

/// A station and its journal for athlete 1 of the clinic at `address`: one recording of 500
/// samples in the journal, ready to be saved.
fn station_with_a_recording(
    address: &ServerAddress,
    dir: &std::path::Path,
) -> (Store, i64, forcetrack::store::VisitFor, forcetrack::store::NewTrial) {
    use forcetrack::model::Athlete;
    use forcetrack::store::{NewTrial, VisitFor};
    let store = Store::connect(address, dir).unwrap();
    let athlete = store.add_athlete(&Athlete::new("Kim", "Lee")).unwrap();
    let force: Vec<f64> = (0..500).map(|i| if (100..300).contains(&i) { 250.0 } else { 2.0 }).collect();
    let (writer, meta) = common::clinic::recording_in_journal(&store, athlete, &force);
    let id = writer.id();
    drop(writer);
    let trace = store.journal_trace(id, &meta.channel_names).unwrap();
    let mut trial = NewTrial::new(0, meta.trial.clone(), trace);
    trial.pain = Some(2);
    trial.notes = "felt fine".into();
    (store, id, VisitFor::SameDay(common::clinic::visit(athlete)), trial)
}

/// The trials on the server, with their notes and sample counts.
fn trials_on_server(db: &TestDatabase) -> Vec<(String, i64)> {
    admin(db)
        .query("SELECT notes, length(samples)::bigint FROM trials ORDER BY id", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

#[test]
fn a_server_gone_during_a_save_keeps_the_trial_on_the_station_and_sends_it_once_when_back() {
    let Some((db, relay, address, dir)) = behind_a_relay() else { return };
    let (mut store, id, visit, trial) = station_with_a_recording(&address, dir.path());
    relay.cut();
    let saved = store.journal_commit(id, &visit, trial).unwrap();
    assert!(saved.waiting, "kept on the station: {saved:?}");
    assert_eq!(store.waiting_recordings().unwrap().len(), 1);
    assert!(store.unfinished_recordings(std::time::Duration::ZERO).unwrap().is_empty(), "not an unfinished recording");
    assert!(trials_on_server(&db).is_empty());
    // Still away: nothing sent, nothing lost.
    assert!(store.send_waiting().is_err());
    assert_eq!(store.waiting_recordings().unwrap().len(), 1);
    // An edit made meanwhile fails with words that say so, and can be made again after.
    let athlete = store.athlete(1);
    assert!(athlete.as_ref().is_err_and(|e| e.is_server_unreachable()), "{athlete:?}");
    // Back: sent once, with its review fields and every sample.
    relay.resume();
    let sent = store.send_waiting().unwrap();
    assert_eq!(sent.len(), 1);
    assert!(store.waiting_recordings().unwrap().is_empty());
    assert!(store.send_waiting().unwrap().is_empty(), "nothing sent twice");
    let on_server = trials_on_server(&db);
    assert_eq!(on_server.len(), 1);
    assert_eq!(on_server[0].0, "felt fine");
    let trial = store.trial(sent[0].trial_id).unwrap();
    assert_eq!((trial.trace.len(), trial.info.pain), (500, Some(2)));
    // The command line lists nothing left.
    let out = std::process::Command::new(common::forcetrack_bin())
        .args(["sync", "--server", &address.to_string(), "--data-dir", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("0 recordings waiting"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_server_that_commits_and_loses_its_answer_gets_the_trial_once() {
    let Some((db, relay, address, dir)) = behind_a_relay() else { return };
    let (mut store, id, visit, trial) = station_with_a_recording(&address, dir.path());
    relay.lose_next_commit_answer();
    let saved = store.journal_commit(id, &visit, trial).unwrap();
    assert!(saved.waiting, "the station never heard the commit: {saved:?}");
    assert_eq!(trials_on_server(&db).len(), 1, "the server did commit");
    // Sent again: the server's trial of that recording is found by its key, not doubled.
    let sent = store.send_waiting().unwrap();
    assert_eq!(sent.len(), 1);
    assert_eq!(trials_on_server(&db).len(), 1, "one trial, not two");
    assert!(store.waiting_recordings().unwrap().is_empty());
}

#[test]
fn a_server_gone_during_an_edit_says_so_and_the_edit_can_be_made_again() {
    let Some((_db, relay, address, dir)) = behind_a_relay() else { return };
    let mut store = Store::connect(&address, dir.path()).unwrap();
    let id = store.add_athlete(&forcetrack::model::Athlete::new("Kim", "Lee")).unwrap();
    let version = store.row_version(forcetrack::store::Versioned::Athlete, id).unwrap().version;
    let mut edited = store.athlete(id).unwrap();
    edited.sport = Some("Hurling".into());
    relay.cut();
    let e = store.update_athlete_if_unchanged(&edited, version).unwrap_err();
    assert!(e.is_server_unreachable(), "{e}");
    relay.resume();
    store.reconnect().unwrap();
    store.update_athlete_if_unchanged(&edited, version).unwrap();
    assert_eq!(store.athlete(id).unwrap().sport.as_deref(), Some("Hurling"));
}

#[test]
fn a_wrong_password_and_a_missing_database_are_said_in_words() {
    let Some((db, address)) = server_clinic() else { return };
    // The same server and login with a wrong password (given in the address, so that the
    // environment's is not used).
    let wrong = ServerAddress::parse(&db.url.replacen(
        &format!("{}@", address.login()),
        &format!("{}:certainly-not-the-password@", address.login()),
        1,
    ))
    .unwrap();
    assert!(!wrong.to_string().contains("certainly-not"), "the password is never shown: {wrong}");
    let said = wrong.connect().err().expect("refused").to_string();
    assert!(said.contains("wrong password for this login"), "{said}");
    let missing = ServerAddress::parse(&db.url.replacen(db.name(), "no_such_clinic_database", 1)).unwrap();
    let said = missing.connect().err().expect("refused").to_string();
    assert!(said.contains("no such database"), "{said}");
}

#[test]
fn who_recorded_and_who_reviewed_a_trial_are_kept_and_travel_with_export_all() {
    let Some((_db, address)) = server_clinic() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (mut store, id, visit, trial) = station_with_a_recording(&address, &dir.path().join("station"));
    let saved = store.journal_commit(id, &visit, trial).unwrap();
    let login = address.login().to_string();
    let info = store.trial_info(saved.trial_id).unwrap();
    assert_eq!(info.recorded_by, login);
    store.review_trial(saved.trial_id, false, &[], Some(3), "redone: cramp").unwrap();
    // export all from the server, import all into a one-computer clinic: the name comes along.
    let export = dir.path().join("export");
    forcetrack::io::export::export_all(&store, &export, Default::default(), &mut |_, _| {}).unwrap();
    let mut local = Store::open_named(&dir.path().join("local"), "forcetrack.sqlite", IntegrityCheck::Never).unwrap();
    forcetrack::io::import::import_all(&mut local, &export, &mut |_, _| {}).unwrap();
    assert_eq!(local.trial_info(saved.trial_id).unwrap().recorded_by, login);
    // A trial recorded on a one-computer clinic names nobody.
    let mut fresh = local.trial_info(saved.trial_id).unwrap();
    fresh.id = 0;
    let new_id = local
        .add_trial(&forcetrack::store::NewTrial::new(
            fresh.visit_id,
            fresh.meta.clone(),
            local.trial(saved.trial_id).unwrap().trace,
        ))
        .unwrap();
    assert_eq!(local.trial_info(new_id).unwrap().recorded_by, "");
}
