//! The clinic's SQLite file itself: an old file upgraded with a backup first, a damaged or newer
//! file refused with a clear message, scheduled backups, two processes writing or migrating one
//! file at once. (On a clinic server none of this applies: each test says so and skips.)

mod common;

use std::path::Path;
use std::process::Command;

use forcetrack::records;
use forcetrack::store::{IntegrityCheck, Store, StoreError, latest_version, migrations};

use common::clinic::{demo_store, open};

/// Builds the schema-version-1 fixture: the first migration and a little data.
fn make_v1_fixture(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(migrations()[0]).unwrap();
    conn.execute_batch("PRAGMA user_version = 1").unwrap();
    conn.execute_batch(
        "INSERT INTO athletes (id, given_name, family_name, sex, date_of_birth, created_at) \
         VALUES (1, 'Ada', 'Lovelace', 'female', '1990-12-10', '2026-01-01T10:00:00');
         INSERT INTO visits (id, athlete_id, date_time, body_mass_kg) VALUES (1, 1, '2026-01-02T09:00:00', 61.0);",
    )
    .unwrap();
    let time: Vec<f64> = (0..400).map(|i| i as f64 / 100.0).collect();
    let force: Vec<f64> = time.iter().map(|&t| if (1.0..3.0).contains(&t) { 250.0 } else { 0.0 }).collect();
    let blob = forcetrack::store::blob::encode(&time, &[&force]);
    conn.execute(
        "INSERT INTO trials (id, visit_id, test_id, side, device, sample_rate_hz, channel_names, polarity, samples, recorded_at) \
         VALUES (1, 1, 'knee_flexion_iso_90', 'left', 'demo', 100, 'force', 'auto', ?1, '2026-01-02T09:05:00')",
        [blob],
    )
    .unwrap();
}

#[test]
fn an_old_database_upgrades_to_the_same_schema_as_a_new_one_with_a_backup_first() {
    if common::server::sqlite_only("upgrading an old database file") {
        return;
    }
    let fixture = common::project_dir().join("tests/fixtures/schema_v1.sqlite");
    if std::env::var_os("FORCETRACK_BLESS").is_some() || !fixture.exists() {
        let _ = std::fs::remove_file(&fixture);
        make_v1_fixture(&fixture);
    }
    let old = tempfile::tempdir().unwrap();
    std::fs::copy(&fixture, old.path().join("forcetrack.sqlite")).unwrap();
    let upgraded = open(old.path());
    let fresh_dir = tempfile::tempdir().unwrap();
    let fresh = open(fresh_dir.path());
    assert_eq!(upgraded.schema_version().unwrap(), latest_version());
    assert_eq!(upgraded.schema_sql().unwrap(), fresh.schema_sql().unwrap());
    // The data came through, and the trial's analysis works on it.
    let athlete = upgraded.athlete(1).unwrap();
    assert_eq!(athlete.full_name(), "Ada Lovelace");
    let trial = upgraded.trial(1).unwrap();
    assert_eq!(trial.trace.len(), 400);
    let params = forcetrack::analysis::AnalysisParams::default();
    let analysis = records::trial_analysis(&upgraded, &trial.info, &params).unwrap();
    assert_eq!(analysis[0].reps[0].peak_force_n, 250.0);
    // A backup of version 1 was taken before migrating.
    let backups = upgraded.backups();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert!(backups[0].tag.starts_with("before-v1-to-v"), "{:?}", backups[0]);
    let copy = rusqlite::Connection::open(&backups[0].path).unwrap();
    let version: i64 = copy.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 1);
}

#[test]
fn a_damaged_or_newer_database_is_refused_with_a_clear_message() {
    if common::server::sqlite_only("a damaged database file") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    drop(demo_store(dir.path()));
    let path = dir.path().join("forcetrack.sqlite");
    // Overwrite a page in the middle of the file.
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2 / 4096 * 4096;
    for b in &mut bytes[middle..middle + 4096] {
        *b = 0x5a;
    }
    std::fs::write(&path, &bytes).unwrap();
    match Store::open_named(dir.path(), "forcetrack.sqlite", IntegrityCheck::Always) {
        Err(StoreError::Damaged { .. }) => {}
        Err(e) => panic!("unexpected error: {e}"),
        Ok(_) => panic!("a damaged database opened"),
    }
    let e = Store::open_named(dir.path(), "forcetrack.sqlite", IntegrityCheck::Always).err().unwrap();
    assert!(e.to_string().starts_with(&format!("the database {} is damaged (", path.display())), "{e}");
    assert!(e.to_string().contains("restore the newest backup from"), "{e}");

    let newer = tempfile::tempdir().unwrap();
    drop(open(newer.path()));
    let conn = rusqlite::Connection::open(newer.path().join("forcetrack.sqlite")).unwrap();
    conn.execute_batch("PRAGMA user_version = 99").unwrap();
    drop(conn);
    let e = Store::open_named(newer.path(), "forcetrack.sqlite", IntegrityCheck::Never).err().unwrap();
    assert_eq!(
        e.to_string(),
        format!(
            "the database {} was written by a newer ForceTrack (schema 99; this program knows up to {})",
            newer.path().join("forcetrack.sqlite").display(),
            latest_version()
        )
    );
}

#[test]
fn scheduled_backups_keep_the_newest_ten() {
    if common::server::sqlite_only("copying the database file as a backup") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    assert!(store.scheduled_backup(std::time::Duration::from_secs(3600)).unwrap().is_some());
    assert!(store.scheduled_backup(std::time::Duration::from_secs(3600)).unwrap().is_none(), "not due again yet");
    for _ in 0..12 {
        store.scheduled_backup(std::time::Duration::ZERO).unwrap();
    }
    let scheduled: Vec<_> = store.backups().into_iter().filter(|b| b.tag == "scheduled").collect();
    assert_eq!(scheduled.len(), 10);
    let copy = Store::open_named(
        store.backups_dir(),
        scheduled[0].path.file_name().unwrap().to_str().unwrap(),
        IntegrityCheck::Always,
    )
    .unwrap();
    assert_eq!(copy.count("trials").unwrap(), 162);
}

fn forcetrack(args: &[&str]) -> Command {
    let mut c = Command::new(common::forcetrack_bin());
    c.args(args);
    c
}

#[test]
fn two_processes_writing_the_same_database_both_succeed() {
    if common::server::sqlite_only("sharing one database file between processes") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    let data = dir.path().to_str().unwrap();
    let lists: Vec<_> = (0..2)
        .map(|k| {
            let path = dir.path().join(format!("list{k}.csv"));
            let mut text = String::from("Given Name,Family Name,Sex,Date of Birth\n");
            for i in 0..300 {
                text.push_str(&format!("P{k}{i},Team{k},F,2000-01-01\n"));
            }
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    let children: Vec<_> = lists
        .iter()
        .map(|l| forcetrack(&["import", "athletes", l.to_str().unwrap(), "--data-dir", data]).output_async())
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let store = open(dir.path());
    assert_eq!(store.count("athletes").unwrap(), 600);
}

#[test]
fn two_processes_opening_an_old_database_migrate_it_once() {
    // The committed fixture (the migration test rebuilds it when blessing).
    let fixture = common::project_dir().join("tests/fixtures/schema_v1.sqlite");
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(&fixture, dir.path().join("forcetrack.sqlite")).unwrap();
    let data = dir.path().to_str().unwrap();
    let children: Vec<_> =
        (0..3).map(|_| forcetrack(&["athletes", "--format", "json", "--data-dir", data]).output_async()).collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(list[0]["family_name"], "Lovelace");
    }
    let store = open(dir.path());
    assert_eq!(store.schema_version().unwrap(), latest_version());
}

trait Async {
    fn output_async(&mut self) -> std::process::Child;
}

impl Async for Command {
    fn output_async(&mut self) -> std::process::Child {
        self.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap()
    }
}
