//! A clinic database for tests: opened with every check, or holding the demo clinic.
#![allow(dead_code)]

use std::path::Path;

use forcetrack::io::demo::seed_demo;
use forcetrack::model::{ProvocationTests, Visit};
use forcetrack::store::{IntegrityCheck, Store};

/// The clinic database of `dir`, its integrity checked on opening.
///
/// With `FORCETRACK_TEST_BACKEND=server`, the clinic's record is a fresh database on the test
/// server instead (kept until the test process ends), and `dir` keeps the journal.
pub fn open(dir: &Path) -> Store {
    if super::server::on_server() {
        // The clinic opened on this folder before, again.
        if let Ok(url) = std::fs::read_to_string(dir.join(super::server::URL_FILE)) {
            return Store::connect(&forcetrack::store::ServerAddress::parse(&url).unwrap(), dir).unwrap();
        }
        let db = super::server::test_database().expect("FORCETRACK_TEST_BACKEND=server needs a server");
        let address = forcetrack::store::ServerAddress::parse(&db.url).unwrap();
        Store::init_server(&address).unwrap();
        let store = Store::connect(&address, dir).unwrap();
        // The binary run on this data folder (`forcetrack_in`) uses the same server.
        std::fs::write(dir.join(super::server::URL_FILE), &db.url).unwrap();
        // The database outlives this function: it goes with the test server.
        std::mem::forget(db);
        return store;
    }
    Store::open_named(dir, "forcetrack.sqlite", IntegrityCheck::Always).unwrap()
}

/// The demo clinic in `dir`.
pub fn demo_store(dir: &Path) -> Store {
    let mut store = open(dir);
    seed_demo(&mut store, &mut |_, _| {}).unwrap();
    store
}

/// A visit of `athlete_id` on 2026-11-30 at 09:00 with nothing recorded on it.
pub fn visit(athlete_id: i64) -> Visit {
    Visit {
        id: 0,
        athlete_id,
        episode_id: None,
        date_time: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap().and_hms_opt(9, 0, 0).unwrap(),
        body_mass_kg: None,
        clinician: String::new(),
        visa_h: None,
        provocation: ProvocationTests::default(),
        notes: String::new(),
    }
}

/// Sets `column` of data row `row` (0 = the first after the header) of an export's `file`.
pub fn edit_export(folder: &Path, file: &str, row: usize, column: &str, value: &str) {
    let path = folder.join(file);
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let headers = reader.headers().unwrap().clone();
    let at = headers.iter().position(|h| h == column).unwrap_or_else(|| panic!("{file} has no {column}"));
    let mut rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(String::from).collect()).collect();
    rows[row][at] = value.to_string();
    let mut writer = csv::Writer::from_path(&path).unwrap();
    writer.write_record(&headers).unwrap();
    for r in rows {
        writer.write_record(r).unwrap();
    }
    writer.flush().unwrap();
}

/// Damages trial `trial_id`'s stored samples (a byte too many inside the blob: the database's
/// pages stay sound) in the clinic database of `dir`.
pub fn damage_samples(dir: &Path, trial_id: i64) {
    rusqlite::Connection::open(dir.join("forcetrack.sqlite"))
        .unwrap()
        .execute("UPDATE trials SET samples = CAST(samples || x'00' AS BLOB) WHERE id = ?1", [trial_id])
        .unwrap();
}

/// Sets the cell `column` of row `id` of `table` to `value` in the clinic database of `dir`,
/// past the schema's checks (as damage or another program's write would): the database's
/// pages stay sound.
pub fn damage_cell(dir: &Path, table: &str, id: i64, column: &str, value: impl rusqlite::ToSql) {
    let conn = rusqlite::Connection::open(dir.join("forcetrack.sqlite")).unwrap();
    conn.execute_batch("PRAGMA ignore_check_constraints = ON").unwrap();
    let n =
        conn.execute(&format!("UPDATE {table} SET {column} = ?1 WHERE id = ?2"), rusqlite::params![value, id]).unwrap();
    assert_eq!(n, 1, "{table} {id} exists");
}

/// A clinic in `data` with one athlete, Kim Lee, whose app stopped while her left knee flexion
/// (8 s at 100 Hz, a 250 N hold from 2 to 5 s) was being recorded into her visit: the journal
/// holds it and its writer is gone, so it is offered back.
pub fn with_an_unfinished_recording(data: &Path) {
    use forcetrack::model::{Athlete, Polarity, Side, TrialMeta};
    use forcetrack::store::{JournalMeta, JournalWriter};
    let store = Store::open_named(data, "forcetrack.sqlite", IntegrityCheck::Never).expect("the clinic");
    let athlete = store.add_athlete(&Athlete::new("Kim", "Lee")).expect("an athlete");
    let mut visit = visit(athlete);
    visit.id = store.add_visit(&visit).expect("a visit");
    let meta = JournalMeta {
        athlete_id: Some(athlete),
        visit_id: Some(visit.id),
        trial: TrialMeta::new("knee_flexion_iso_90", Side::Left, "demo_dynamometer", Polarity::Positive),
        channel_names: vec!["force".into()],
    };
    let mut writer = JournalWriter::begin(&store, &meta).expect("a journal recording");
    let time_s: Vec<f64> = (0..800).map(|i| i as f64 * 0.01).collect();
    let force: Vec<f64> = time_s.iter().map(|t| if (2.0..5.0).contains(t) { 250.0 } else { 1.0 }).collect();
    writer.push(&time_s, &force);
    writer.flush(&store).expect("a commit");
}

/// The recording journal's file in the data folder `dir` (beside the clinic's SQLite file, or
/// the station's journal for its clinic server).
pub fn journal_file(dir: &Path) -> std::path::PathBuf {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(".recordings.sqlite"))
        .unwrap_or_else(|| dir.join("forcetrack.recordings.sqlite"))
}

/// A recording of `force_n` (one value per 10 ms) in the journal of `store`, committed: a
/// left knee flexion 90/90 of `athlete`, from a one-channel board. Returns its writer (which
/// holds the recording's lease until dropped) and what it is for.
pub fn recording_in_journal(
    store: &Store,
    athlete: i64,
    force_n: &[f64],
) -> (forcetrack::store::JournalWriter, forcetrack::store::JournalMeta) {
    use forcetrack::model::{Polarity, Side, TrialMeta};
    use forcetrack::store::{JournalMeta, JournalWriter};
    let meta = JournalMeta {
        athlete_id: Some(athlete),
        visit_id: None,
        trial: TrialMeta::new("knee_flexion_iso_90", Side::Left, "generic_1ch", Polarity::Positive),
        channel_names: vec!["force".into()],
    };
    let mut writer = JournalWriter::begin(store, &meta).expect("a journal recording");
    let time_s: Vec<f64> = (0..force_n.len()).map(|i| i as f64 * 0.01).collect();
    writer.push(&time_s, force_n);
    writer.flush(store).expect("the journal commits");
    (writer, meta)
}
