//! The clinic database on real files: migrations, round trips of every export and import,
//! bad files, formula injection, the journal surviving SIGKILL, two processes at once.

mod common;

use std::path::Path;
use std::process::Command;

use forcetrack::io::CsvOptions;
use forcetrack::io::demo::seed_demo;
use forcetrack::io::export::{ExportContext, export_all, export_athlete_history, export_visit_summary};
use forcetrack::io::import::{ImportError, RecordingTarget, import_all, import_athletes, import_recording};
use forcetrack::model::{Athlete, Side};
use forcetrack::records;
use forcetrack::store::{IntegrityCheck, Store, StoreError, latest_version, migrations};

fn open(dir: &Path) -> Store {
    Store::open_named(dir, "forcetrack.sqlite", IntegrityCheck::Always).unwrap()
}

fn demo_store(dir: &Path) -> Store {
    let mut store = open(dir);
    seed_demo(&mut store, &mut |_, _| {}).unwrap();
    store
}

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
fn export_all_then_import_all_is_lossless() {
    let a = tempfile::tempdir().unwrap();
    let store = demo_store(a.path());
    store.set_setting("results", &serde_json::json!({"summary": "mean"})).unwrap();
    let mut custom = store.test_library().unwrap().test("hip_abduction_iso").unwrap().clone();
    custom.id = "hip_abduction_side_lying".into();
    custom.name = "=Hip abduction, side-lying".into();
    custom.built_in = false;
    store.save_custom_test(&custom).unwrap();
    // A clinic's clearance template and a sign-off with the evaluation it signed.
    let templates = forcetrack::clearance::TemplateSet::new(&[], &store.test_library().unwrap());
    let mut template = templates.get("hamstring_strain").unwrap().clone();
    template.id = "hamstring_strain_clinic_1".into();
    template.max_age_days = 21;
    store.save_custom_clearance_template(&template.id, &serde_json::to_string(&template).unwrap()).unwrap();
    let visit = store.visits(1).unwrap().last().unwrap().clone();
    store
        .add_signoff(&forcetrack::model::SignOff {
            id: 0,
            athlete_id: 1,
            episode_id: visit.episode_id,
            visit_id: Some(visit.id),
            template_id: template.id.clone(),
            status: "cleared".into(),
            clinician: "Dr. Ana Costa".into(),
            signed_at: visit.date_time,
            note: "back to full training".into(),
            evaluation: r#"{"status":"cleared"}"#.into(),
        })
        .unwrap();
    let first = a.path().join("export1");
    let m1 = export_all(&store, &first, CsvOptions::default(), &mut |_, _| {}).unwrap();
    assert_eq!((m1.athletes, m1.visits, m1.trials), (6, 22, 146));

    for options in [CsvOptions::default(), CsvOptions::new(None, true).unwrap()] {
        let b = tempfile::tempdir().unwrap();
        let locale = b.path().join("locale");
        export_all(&store, &locale, options, &mut |_, _| {}).unwrap();
        let mut copy = open(&b.path().join("db"));
        import_all(&mut copy, &locale, &mut |_, _| {}).unwrap();
        let again = b.path().join("export2");
        export_all(&copy, &again, CsvOptions::default(), &mut |_, _| {}).unwrap();
        for entry in walk(&first) {
            let relative = entry.strip_prefix(&first).unwrap();
            let (x, y) = (std::fs::read(&entry).unwrap(), std::fs::read(again.join(relative)).unwrap());
            if relative == Path::new("manifest.json") {
                continue;
            }
            assert!(x == y, "{} differs after a round trip with {:?}", relative.display(), options);
        }
        // Same results computed from the samples on both sides.
        let library = copy.test_library().unwrap();
        assert!(library.test("hip_abduction_side_lying").is_some());
        let kept = copy.custom_clearance_templates().unwrap();
        assert!(
            kept.iter().any(|(id, json)| id == "hamstring_strain_clinic_1" && json.contains("\"max_age_days\":21")),
            "{kept:?}"
        );
        let signed = copy.signoffs(1).unwrap();
        assert_eq!(signed.len(), 1);
        assert_eq!(
            (signed[0].clinician.as_str(), signed[0].evaluation.as_str()),
            ("Dr. Ana Costa", r#"{"status":"cleared"}"#)
        );
        assert_eq!(copy.clearance_checks(1).unwrap(), store.clearance_checks(1).unwrap());
        let settings = forcetrack::records::result_settings(&copy).unwrap();
        assert_eq!(settings.summary, forcetrack::analysis::SummaryChoice::Mean);
        for athlete in 1..=6 {
            let before =
                serde_json::to_value(records::athlete_results(&store, athlete, &library, &settings).unwrap()).unwrap();
            let after =
                serde_json::to_value(records::athlete_results(&copy, athlete, &library, &settings).unwrap()).unwrap();
            if let Some(path) = first_difference(&before, &after, "$") {
                panic!("athlete {athlete}: results differ at {path} ({options:?})");
            }
        }
    }
}

fn first_difference(a: &serde_json::Value, b: &serde_json::Value, path: &str) -> Option<String> {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => x.iter().find_map(|(k, v)| match y.get(k) {
            Some(w) => first_difference(v, w, &format!("{path}.{k}")),
            None => Some(format!("{path}.{k} (missing)")),
        }),
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find_map(|(i, (v, w))| first_difference(v, w, &format!("{path}[{i}]")))
        }
        _ if a == b => None,
        _ => Some(format!("{path}: {a} vs {b}")),
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { out.extend(walk(&path)) } else { out.push(path) }
    }
    out.sort();
    out
}

#[test]
fn import_all_refuses_a_database_with_athletes() {
    let a = tempfile::tempdir().unwrap();
    let store = demo_store(a.path());
    let folder = a.path().join("export");
    export_all(&store, &folder, CsvOptions::default(), &mut |_, _| {}).unwrap();
    let mut again = store;
    let e = import_all(&mut again, &folder, &mut |_, _| {}).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("{}: the database already holds 6 athletes; import into an empty data folder", folder.display())
    );
}

#[test]
fn athlete_lists_import_all_or_nothing_with_every_bad_row_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let good = "First Name,Last Name,Sex,Date of Birth,External Id,Sport,Dominant Leg,Body Mass (kg)\n\
                Ana,Silva,Female,1998-03-04,VH-1,Football,Left,62.5\n\
                Ben,Okafor,male,2001-11-30,VH-2,Rugby,R,\n";
    let ids = import_athletes(&mut store, good.as_bytes(), "team.csv").unwrap();
    assert_eq!(ids.len(), 2);
    let ana = store.athlete(ids[0]).unwrap();
    assert_eq!(
        (ana.dominant_leg, ana.body_mass_kg, ana.external_id.as_deref()),
        (Some(Side::Left), Some(62.5), Some("VH-1"))
    );

    let bad = "Given Name;Family Name;Sex;DOB;External Id;Body Mass\n\
               Cleo;Dart;Female;1999-02-30;VH-3;60\n\
               ;Evans;M;2000-01-01;VH-4;70\n\
               Finn;Gray;Q;2000-01-01;VH-1;70\n\
               Gus;Hale;M;2000/01/01;VH-5;7,5\n\
               Ida;Ives;F;1995-05-05;VH-6;71,5\n";
    let e = import_athletes(&mut store, bad.as_bytes(), "bad.csv").unwrap_err();
    assert_eq!(
        e.to_string(),
        "bad.csv: nothing imported, 4 bad rows:\n\
         \x20 line 2: date of birth '1999-02-30' is not YYYY-MM-DD\n\
         \x20 line 3: given name is empty\n\
         \x20 line 4: sex 'Q' is not Female, Male or Other\n\
         \x20 line 5: date of birth '2000/01/01' is not YYYY-MM-DD; body mass 7.5 kg is outside 20-300 kg"
    );
    assert_eq!(store.count("athletes").unwrap(), 2, "nothing imported");
    // An external id already in the database.
    let dup = "Given Name,Family Name,Sex,Date of Birth,External Id\nJo,Kay,F,1990-01-01,VH-2\n";
    let e = import_athletes(&mut store, dup.as_bytes(), "dup.csv").unwrap_err();
    assert_eq!(
        e.to_string(),
        "dup.csv: nothing imported, 1 bad row:\n  line 2: external id 'VH-2' is already used by athlete 2 (Ben Okafor)"
    );
    let missing = "Name,Sex\nA,F\n";
    assert_eq!(
        import_athletes(&mut store, missing.as_bytes(), "m.csv").unwrap_err().to_string(),
        "m.csv: missing columns given_name, family_name, date_of_birth (the header has: Name, Sex)"
    );
    assert_eq!(import_athletes(&mut store, b"", "e.csv").unwrap_err().to_string(), "e.csv: the file is empty");
}

#[test]
fn a_chronojump_recording_becomes_a_trial_with_the_same_analysis() {
    let Some(dir) = common::external_dir("chronojump-force") else { return };
    let file = dir.join("294_Matus-Vyboh_2020-01-30_19-08-57.csv");
    let data = tempfile::tempdir().unwrap();
    let mut store = open(data.path());
    let id = store.add_athlete(&Athlete::new("Matus", "Vyboh")).unwrap();
    let target = RecordingTarget {
        athlete_id: id,
        visit_id: None,
        date_time: None,
        test_id: "knee_flexion_iso_90".into(),
        side: Side::Right,
        polarity: None,
        lever_arm_m: Some(0.4),
    };
    let (visit, trial) = import_recording(&mut store, &file, &target).unwrap();
    let info = store.trial_info(trial).unwrap();
    assert_eq!(info.visit_id, visit);
    let params = forcetrack::analysis::AnalysisParams::default();
    let stored = records::trial_analysis(&store, &info, &params).unwrap();
    let direct = forcetrack::io::read_trace_file(&file).unwrap().trace;
    let expected = forcetrack::analysis::analyze_trace(&direct, None, &params).unwrap();
    assert_eq!(stored[0].reps, expected[0].reps, "times start at 0 in both");
    assert!(stored[0].inverted);
    // A two-channel file cannot be a single-side trial.
    let two = common::project_dir().join("sample-data/recordings/nordic_both.csv");
    let e = import_recording(&mut store, &two, &target).unwrap_err();
    assert!(matches!(e, ImportError::File { .. }));
    assert!(e.to_string().ends_with("a right-side trial needs one force channel; the file has left, right"), "{e}");
}

#[test]
fn visit_summary_and_history_exports() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let ctx = ExportContext::new(&store, CsvOptions::default()).unwrap();
    // Liam's last visit: every test with both sides, change since the visit before.
    let last = store.visits(1).unwrap().last().unwrap().id;
    let mut out = Vec::new();
    let rows = export_visit_summary(&ctx, last, &mut out).unwrap();
    assert_eq!(rows, 8);
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}"));
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let nordic_left = records.iter().find(|r| &r[col("test_id")] == "nordic" && &r[col("side")] == "left").unwrap();
    assert_eq!(&nordic_left[col("athlete")], "Liam O'Connor");
    assert_eq!(&nordic_left[col("previous_visit_date")], "2026-04-13");
    assert_eq!(&nordic_left[col("mdc")], "60 N");
    assert_eq!(&nordic_left[col("mdc_source")], "Opar et al. 2013 (NordBord: MDC95 60.1-76.2 N; ICC 0.83-0.90)");
    let change: f64 = nordic_left[col("change")].parse().unwrap();
    let verdict = &nordic_left[col("change_verdict")];
    assert_eq!(verdict, if change.abs() < 60.0 { "within measurement error" } else { "improved" });
    assert_eq!(&nordic_left[col("asymmetry_band")], "green");
    let kf = records.iter().find(|r| &r[col("test_id")] == "knee_flexion_iso_90" && &r[col("side")] == "left").unwrap();
    let mdc_percent: f64 = kf[col("change_percent")].parse().unwrap();
    assert_eq!(&kf[col("mdc")], "13 %");
    assert_eq!(
        &kf[col("change_verdict")],
        if mdc_percent.abs() < 13.0 { "within measurement error" } else { "improved" }
    );

    let mut out = Vec::new();
    let rows = export_athlete_history(&ctx, 1, &mut out).unwrap();
    assert_eq!(rows, 4 + 3 + 3 + 4 * 5);
    let text = String::from_utf8(out).unwrap();
    assert!(text.lines().next().unwrap().contains("left_value,right_value"));
    // A locale with a decimal comma.
    let comma = ExportContext::new(&store, CsvOptions::new(None, true).unwrap()).unwrap();
    let mut out = Vec::new();
    export_athlete_history(&comma, 1, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("athlete_id;athlete;"), "{}", &text[..40]);
    assert!(text.lines().nth(1).unwrap().contains(";78,4;"), "{}", text.lines().nth(1).unwrap());
}

#[test]
fn text_that_looks_like_a_formula_is_neutralised_and_numbers_stay_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut a = Athlete::new("=cmd|' /C calc'!A0", "+SUM(1,2)");
    a.sport = Some("@attack".into());
    a.notes = "-2 kg since last week".into();
    a.body_mass_kg = Some(70.5);
    store.add_athlete(&a).unwrap();
    let out = dir.path().join("x");
    export_all(&store, &out, CsvOptions::default(), &mut |_, _| {}).unwrap();
    let text = std::fs::read_to_string(out.join("athletes.csv")).unwrap();
    let row = text.lines().nth(1).unwrap();
    // RFC 4180 quotes the cell holding a comma; the leading ' stays inside the quotes.
    assert_eq!(row, "1,'=cmd|' /C calc'!A0,\"'+SUM(1,2)\",,,,'@attack,,70.5,'-2 kg since last week,false");
    let mut copy = open(&dir.path().join("copy"));
    import_all(&mut copy, &out, &mut |_, _| {}).unwrap();
    let back = copy.athlete(1).unwrap();
    assert_eq!((back.given_name.as_str(), back.family_name.as_str()), ("=cmd|' /C calc'!A0", "+SUM(1,2)"));
    assert_eq!(back.notes, "-2 kg since last week");
}

#[test]
fn a_damaged_or_newer_database_is_refused_with_a_clear_message() {
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
    assert_eq!(copy.count("trials").unwrap(), 146);
}

fn forcetrack(args: &[&str]) -> Command {
    let mut c = Command::new(common::forcetrack_bin());
    c.args(args);
    c
}

#[test]
fn two_processes_writing_the_same_database_both_succeed() {
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

#[test]
fn a_recording_and_its_new_visit_are_saved_together_or_not_at_all() {
    use forcetrack::model::{Polarity, ProvocationTests, Trace, TrialMeta, Visit};
    use forcetrack::store::{JournalMeta, JournalWriter, NewTrial, VisitFor};
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let athlete = store.add_athlete(&Athlete::new("Kim", "Lee")).unwrap();
    let meta = JournalMeta {
        athlete_id: Some(athlete),
        visit_id: None,
        trial: TrialMeta::new("knee_flexion_iso_90", Side::Left, "generic_1ch", Polarity::Positive),
        channel_names: vec!["force".into()],
    };
    let mut writer = JournalWriter::begin(&store, &meta).unwrap();
    let time_s: Vec<f64> = (0..500).map(|i| i as f64 * 0.01).collect();
    writer.push(&time_s, &vec![10.0; 500]);
    writer.flush(&store).unwrap();
    let new_visit = || {
        VisitFor::SameDay(Visit {
            id: 0,
            athlete_id: athlete,
            episode_id: None,
            date_time: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap().and_hms_opt(9, 0, 0).unwrap(),
            body_mass_kg: None,
            clinician: String::new(),
            visa_h: None,
            provocation: ProvocationTests::default(),
            notes: String::new(),
        })
    };
    let trace = store.journal_trace(writer.id(), &meta.channel_names).unwrap();
    // A trial the store refuses (pain 11): the new visit is not left behind, the journal keeps it.
    let mut refused = NewTrial::new(0, meta.trial.clone(), trace.clone());
    refused.pain = Some(11);
    assert!(store.journal_commit(writer.id(), &new_visit(), refused).is_err());
    assert!(store.visits(athlete).unwrap().is_empty(), "no empty visit");
    assert_eq!(store.count("journal_recordings").unwrap(), 1, "the journal keeps the recording");
    assert!(store.recording_in_progress(writer.id()), "its writer holds the lease");
    // Accepted: the visit, the trial and the journal's removal in one step.
    let trial = NewTrial::new(0, meta.trial.clone(), trace);
    let saved = store.journal_commit(writer.id(), &new_visit(), trial).unwrap();
    assert!(saved.new_visit);
    assert_eq!(store.visits(athlete).unwrap().len(), 1);
    assert_eq!(store.trials_of_visit(saved.visit_id).unwrap().len(), 1);
    assert!(store.unfinished_recordings(std::time::Duration::ZERO).unwrap().is_empty());
    // A second recording the same day joins that visit.
    let mut writer = JournalWriter::begin(&store, &meta).unwrap();
    writer.push(&time_s, &vec![10.0; 500]);
    writer.flush(&store).unwrap();
    let trace: Trace = store.journal_trace(writer.id(), &meta.channel_names).unwrap();
    let again = NewTrial::new(0, meta.trial.clone(), trace);
    let joined = store.journal_commit(writer.id(), &new_visit(), again).unwrap();
    assert_eq!((joined.visit_id, joined.new_visit), (saved.visit_id, false));
}

/// A 20 s, 100 Hz single-channel trace: a 12 N bump at 2-3 s (below the default 20 N rep
/// threshold), then reps of 200, 300 and 250 N at 5-8, 10-13 and 15-18 s.
fn three_reps_and_a_bump() -> forcetrack::model::Trace {
    use forcetrack::model::{Channel, Trace, TraceMeta};
    let plateau = |t: f64, from: f64, to: f64, level: f64| {
        let up = ((t - from) / 0.3).clamp(0.0, 1.0);
        let down = ((to - t) / 0.3).clamp(0.0, 1.0);
        level * up.min(down)
    };
    let time_s: Vec<f64> = (0..2000).map(|i| i as f64 / 100.0).collect();
    let force_n = time_s
        .iter()
        .enumerate()
        .map(|(i, &t)| {
            let noise = 0.1 * ((i * 7919) % 13) as f64 / 13.0;
            noise
                + plateau(t, 2.0, 3.0, 12.0)
                + plateau(t, 5.0, 8.0, 200.0)
                + plateau(t, 10.0, 13.0, 300.0)
                + plateau(t, 15.0, 18.0, 250.0)
        })
        .collect();
    Trace { time_s, channels: vec![Channel { name: "force".into(), force_n }], meta: TraceMeta::default() }
}

#[test]
fn excluded_reps_follow_their_time_through_a_re_analysis_and_unmatched_ones_are_shown() {
    use forcetrack::model::{Polarity, ProvocationTests, TrialMeta, Visit};
    use forcetrack::protocols::TestLibrary;
    use forcetrack::results::{ResultSettings, UNMATCHED_EXCLUSION, exclusions_of};
    use forcetrack::store::NewTrial;
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let athlete = store.add_athlete(&Athlete::new("Kim", "Lee")).unwrap();
    let visit = store
        .add_visit(&Visit {
            id: 0,
            athlete_id: athlete,
            episode_id: None,
            date_time: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap().and_hms_opt(9, 0, 0).unwrap(),
            body_mass_kg: None,
            clinician: String::new(),
            visa_h: None,
            provocation: ProvocationTests::default(),
            notes: String::new(),
        })
        .unwrap();
    let meta = TrialMeta::new("knee_flexion_iso_90", Side::Left, "generic_1ch", Polarity::Positive);
    let id = store.add_trial(&NewTrial::new(visit, meta.clone(), three_reps_and_a_bump())).unwrap();
    let library = TestLibrary::builtin();
    let left = |settings: &ResultSettings| {
        let history = records::athlete_results(&store, athlete, &library, settings).unwrap();
        history[0].tests[0].left.clone().unwrap()
    };
    let defaults = ResultSettings::default();
    assert_eq!(left(&defaults).reps, 3);
    assert!((left(&defaults).peak_force.unwrap().best - 300.0).abs() < 0.2);

    // The clinician excludes the 300 N rep (the second of three).
    let info = store.trial_info(id).unwrap();
    let params = forcetrack::results::analysis_params_for(library.test("knee_flexion_iso_90"), &info, &defaults);
    let analysis = records::trial_analysis(&store, &info, &params).unwrap();
    let excluded = exclusions_of(&[1], &analysis);
    store.review_trial(id, true, &excluded, None, "").unwrap();
    let side = left(&defaults);
    assert_eq!(side.reps, 2);
    assert!((side.peak_force.unwrap().best - 250.0).abs() < 0.2, "{side:?}");

    // A lower rep threshold finds the bump as a first rep: the 300 N rep is now the third, and
    // stays the excluded one (an index would now exclude the 200 N rep).
    let mut low = ResultSettings::default();
    low.rep_threshold_n.insert("knee_flexion_iso_90".into(), 8.0);
    let side = left(&low);
    assert_eq!(side.reps, 3, "the bump, 200 and 250 N");
    assert!((side.peak_force.unwrap().best - 250.0).abs() < 0.2, "{side:?}");
    assert!(!side.flags.iter().any(|f| f == UNMATCHED_EXCLUSION));

    // An exclusion no rep matches any more is shown, and excludes nothing.
    let mut stale = excluded.clone();
    stale.push(forcetrack::model::RepExclusion { from_s: 19.0, to_s: 19.5 });
    store.review_trial(id, true, &stale, None, "").unwrap();
    let side = left(&defaults);
    assert_eq!(side.reps, 2);
    assert!(side.flags.iter().any(|f| f == UNMATCHED_EXCLUSION), "{:?}", side.flags);

    // An exclusion by index from before schema 4 becomes one by time the first time it is read.
    let mut old = NewTrial::new(visit, meta, three_reps_and_a_bump());
    old.legacy_excluded_reps = vec![1];
    let old_id = store.add_trial(&old).unwrap();
    records::athlete_results(&store, athlete, &library, &defaults).unwrap();
    let converted = store.trial_info(old_id).unwrap();
    assert!(converted.legacy_excluded_reps.is_empty());
    assert_eq!(converted.excluded.len(), 1);
    assert!(converted.excluded[0].matches(10.0, 13.0, 11.5), "{:?}", converted.excluded);
}

#[test]
fn import_all_checks_every_count_and_reports_what_was_stored() {
    let a = tempfile::tempdir().unwrap();
    let store = demo_store(a.path());
    let folder = a.path().join("export");
    export_all(&store, &folder, CsvOptions::default(), &mut |_, _| {}).unwrap();
    let b = tempfile::tempdir().unwrap();
    let mut copy = open(b.path());
    let imported = import_all(&mut copy, &folder, &mut |_, _| {}).unwrap();
    assert_eq!((imported.athletes, imported.visits, imported.trials), (6, 22, 146));
    assert_eq!(imported.trials as i64, copy.count("trials").unwrap());
    // Ten trial rows missing: refused, nothing stored.
    let trials = folder.join("trials.csv");
    let text = std::fs::read_to_string(&trials).unwrap();
    let kept: Vec<&str> = text.lines().take(text.lines().count() - 10).collect();
    std::fs::write(&trials, kept.join("\n") + "\n").unwrap();
    let c = tempfile::tempdir().unwrap();
    let mut empty = open(c.path());
    let e = import_all(&mut empty, &folder, &mut |_, _| {}).unwrap_err().to_string();
    assert!(e.contains("the manifest lists 146 trials but the file holds 136"), "{e}");
    assert_eq!(empty.count("athletes").unwrap(), 0);
}

#[test]
fn a_failed_re_export_leaves_no_manifest_behind() {
    let a = tempfile::tempdir().unwrap();
    let store = demo_store(a.path());
    let folder = a.path().join("export");
    export_all(&store, &folder, CsvOptions::default(), &mut |_, _| {}).unwrap();
    assert!(folder.join("manifest.json").exists());
    // The next export fails halfway (trials.csv cannot be written): the folder no longer claims
    // to hold a complete export.
    std::fs::remove_file(folder.join("trials.csv")).unwrap();
    std::fs::create_dir(folder.join("trials.csv")).unwrap();
    assert!(export_all(&store, &folder, CsvOptions::default(), &mut |_, _| {}).is_err());
    assert!(!folder.join("manifest.json").exists());
    std::fs::remove_dir(folder.join("trials.csv")).unwrap();
    export_all(&store, &folder, CsvOptions::default(), &mut |_, _| {}).unwrap();
    assert!(folder.join("manifest.json").exists());
    assert!(!folder.join("manifest.json.part").exists());
}

#[test]
fn backups_are_whole_files_and_leftovers_neither_count_nor_stay() {
    use forcetrack::store::BackupKind;
    let a = tempfile::tempdir().unwrap();
    let store = demo_store(a.path());
    let backups = store.backups_dir().to_path_buf();
    std::fs::create_dir_all(&backups).unwrap();
    // What a killed or full-disk copy left: an empty file under a final name, a partial copy.
    let empty = backups.join("forcetrack-20261130-120000-000-scheduled.sqlite");
    let partial = backups.join("forcetrack-20261130-120001-000-manual.sqlite.4242.part");
    let in_progress = backups.join("forcetrack-20261130-120002-000-manual.sqlite.4243.part");
    std::fs::write(&empty, b"").unwrap();
    std::fs::write(&partial, b"SQLite format 3").unwrap();
    std::fs::write(&in_progress, b"SQLite format 3").unwrap();
    // The partial copy was last written two hours ago; the other is being written now.
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options().write(true).open(&partial).unwrap().set_modified(two_hours_ago).unwrap();
    assert!(store.backups().is_empty(), "an empty file is not a backup");
    // The daily backup is not skipped because of the empty one.
    let taken = store.scheduled_backup(std::time::Duration::from_secs(24 * 3600)).unwrap().expect("a backup");
    assert!(!empty.exists() && !partial.exists(), "leftovers are removed");
    assert!(in_progress.exists(), "another process's copy in progress is left alone");
    let listed = store.backups();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].path, taken.path);
    // A backup is one self-contained file that opens and holds the clinic.
    let copy = rusqlite::Connection::open(&taken.path).unwrap();
    let mode: String = copy.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "delete");
    let athletes: i64 = copy.query_row("SELECT count(*) FROM athletes", [], |r| r.get(0)).unwrap();
    assert_eq!(athletes, 6);
    let manual = store.backup(BackupKind::Manual).unwrap();
    assert!(manual.path.extension().is_some_and(|e| e == "sqlite"));
}

#[test]
fn import_all_reads_only_regular_files_inside_the_export_folder() {
    let a = tempfile::tempdir().unwrap();
    let store = demo_store(a.path());
    let folder = a.path().join("export");
    export_all(&store, &folder, CsvOptions::default(), &mut |_, _| {}).unwrap();
    let trials = std::fs::read_to_string(folder.join("trials.csv")).unwrap();
    std::fs::write(a.path().join("outside.csv"), "secret line\n").unwrap();
    let link = folder.join("traces/link.csv");
    #[cfg(unix)]
    std::os::unix::fs::symlink(a.path().join("outside.csv"), &link).unwrap();
    #[cfg(unix)]
    assert!(std::process::Command::new("mkfifo").arg(folder.join("traces/pipe.csv")).status().unwrap().success());
    for (name, why) in [
        ("../outside.csv", "is not a file in the export's traces/ folder"),
        ("/etc/passwd", "is not a file in the export's traces/ folder"),
        ("traces/../../outside.csv", "is not a file in the export's traces/ folder"),
        ("traces/link.csv", "leads outside the export folder"),
        ("traces/pipe.csv", "not a regular file"),
    ] {
        if !cfg!(unix) && name.starts_with("traces/") {
            continue;
        }
        let changed = trials.replacen("traces/trial-1.csv", name, 1);
        std::fs::write(folder.join("trials.csv"), &changed).unwrap();
        let b = tempfile::tempdir().unwrap();
        let mut copy = open(b.path());
        let e = import_all(&mut copy, &folder, &mut |_, _| {}).unwrap_err().to_string();
        assert!(e.contains(why), "{name}: {e}");
        assert!(!e.contains("secret") && !e.contains("root:"), "nothing of the file is echoed: {e}");
        assert_eq!(copy.count("athletes").unwrap(), 0);
    }
}

#[test]
fn a_fifo_in_the_devices_folder_is_an_error_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    #[cfg(unix)]
    {
        assert!(std::process::Command::new("mkfifo").arg(dir.path().join("stuck.toml")).status().unwrap().success());
        let set = forcetrack::device::profile::ProfileSet::load(Some(dir.path()));
        assert!(set.errors.iter().any(|e| e.to_string().contains("not a regular file")), "{:?}", set.errors);
    }
}

#[test]
fn a_damaged_trial_is_named_and_skipped_and_never_blocks_the_rest() {
    let a = tempfile::tempdir().unwrap();
    let id = {
        let store = demo_store(a.path());
        let trials = store.all_trials().unwrap();
        let t = &trials[4];
        // One flipped byte's worth of damage inside a blob: the pages stay sound.
        rusqlite::Connection::open(a.path().join("forcetrack.sqlite"))
            .unwrap()
            .execute("UPDATE trials SET samples = CAST(samples || x'00' AS BLOB) WHERE id = ?1", [t.id])
            .unwrap();
        t.id
    };
    let store = open(a.path());
    assert!(store.integrity_checked(), "the integrity check ran (and passed: the pages are sound)");
    let found = store.damaged_trials().unwrap();
    assert_eq!(found.len(), 1, "the check of every blob finds it: {found:?}");
    assert_eq!(found[0].trial_id, id);
    let athlete = found[0].athlete_id;
    assert!(found[0].to_string().contains(&found[0].visit_date), "{}", found[0]);
    // The athlete's history still loads, without the trial, and names it.
    let library = store.test_library().unwrap();
    let settings = records::result_settings(&store).unwrap();
    let history = records::athlete_results(&store, athlete, &library, &settings).unwrap();
    let damaged: Vec<i64> = history.iter().flat_map(|v| v.damaged_trials.clone()).collect();
    assert_eq!(damaged, vec![id]);
    assert!(history.iter().all(|v| {
        v.tests.iter().all(|t| [&t.left, &t.right].into_iter().flatten().all(|s| !s.trial_ids.contains(&id)))
    }));
    // Export all goes on and says what it left out.
    let folder = a.path().join("export");
    let manifest = export_all(&store, &folder, CsvOptions::default(), &mut |_, _| {}).unwrap();
    assert_eq!(manifest.trials, 145);
    assert_eq!(manifest.skipped.len(), 1);
    assert!(manifest.skipped[0].contains(&format!("trial {id} (athlete {athlete}")), "{:?}", manifest.skipped);
    let b = tempfile::tempdir().unwrap();
    let mut copy = open(b.path());
    assert_eq!(import_all(&mut copy, &folder, &mut |_, _| {}).unwrap().trials, 145);
}

#[test]
fn athlete_lists_refuse_extra_cells_duplicate_headers_and_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    // "61,5" in a comma-separated file: two cells, not 61 kg.
    let comma = "Given Name,Family Name,Sex,Date of Birth,Body Mass\nAna,Silva,F,1998-03-04,61,5\n";
    let e = import_athletes(&mut store, comma.as_bytes(), "comma.csv").unwrap_err().to_string();
    assert!(e.contains("line 2: has 6 cells but the header has 5"), "{e}");
    // The same column twice (an alias): which one counts is not guessed.
    let twice = "Given Name,Family Name,Sex,Date of Birth,Weight,Body Mass (kg)\nAna,Silva,F,1998-03-04,61,62\n";
    let e = import_athletes(&mut store, twice.as_bytes(), "twice.csv").unwrap_err().to_string();
    assert!(
        e.contains("the header names body_mass_kg twice: 'Weight' (column 5) and 'Body Mass (kg)' (column 6)"),
        "{e}"
    );
    // Terminal control characters and direction overrides in a name.
    let hostile =
        "Given Name,Family Name,Sex,Date of Birth\nAna\u{1b}[2J,Silva,F,1998-03-04\nBen,Oka\u{202e}for,M,2001-01-01\n";
    let e = import_athletes(&mut store, hostile.as_bytes(), "hostile.csv").unwrap_err().to_string();
    assert!(e.contains("line 2: given name holds the control character U+001B"), "{e}");
    assert!(e.contains("line 3: family name holds the control character U+202E"), "{e}");
    assert_eq!(store.count("athletes").unwrap(), 0);
    // An external id already used is reported on its own line, after a blank line.
    import_athletes(
        &mut store,
        b"Given Name,Family Name,Sex,Date of Birth,External Id\nJo,Kay,F,1990-01-01,X-1\n",
        "a.csv",
    )
    .unwrap();
    let later =
        "Given Name,Family Name,Sex,Date of Birth,External Id\n\nAl,Bo,M,1990-01-01,X-2\nCy,Do,M,1990-01-01,X-1\n";
    let e = import_athletes(&mut store, later.as_bytes(), "later.csv").unwrap_err().to_string();
    assert!(e.contains("line 4: external id 'X-1' is already used"), "{e}");
}

/// Sets `column` of data row `row` (0 = the first after the header) of an export's `file`.
fn edit_export(folder: &Path, file: &str, row: usize, column: &str, value: &str) {
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

#[test]
fn import_all_checks_every_row_and_setting_as_the_forms_do() {
    let a = tempfile::tempdir().unwrap();
    let store = demo_store(a.path());
    let clean = a.path().join("clean");
    export_all(&store, &clean, CsvOptions::default(), &mut |_, _| {}).unwrap();
    let copy_of = |name: &str| {
        let to = a.path().join(name);
        let status = Command::new("cp").arg("-r").arg(&clean).arg(&to).status().unwrap();
        assert!(status.success());
        to
    };
    let refused = |folder: &Path| {
        let b = tempfile::tempdir().unwrap();
        let mut empty = open(b.path());
        let e = import_all(&mut empty, &folder.to_path_buf(), &mut |_, _| {}).unwrap_err().to_string();
        assert_eq!(empty.count("athletes").unwrap(), 0, "nothing imported: {e}");
        e
    };
    let cases: &[(&str, usize, &str, &str, &str)] = &[
        (
            "athletes.csv",
            0,
            "date_of_birth",
            "2999-01-01",
            "athletes.csv: line 2, column date_of_birth: 2999-01-01 is in the future",
        ),
        ("athletes.csv", 1, "given_name", "Ana\u{1b}[2J", "column given_name: holds the control character U+001B"),
        (
            "visits.csv",
            0,
            "episode_id",
            "2",
            "visits.csv: line 2, column episode_id: injury episode 2 is not an episode of athlete 1",
        ),
        ("visits.csv", 0, "visa_h", "150", "column visa_h: 150 is outside 0-100"),
        (
            "trials.csv",
            0,
            "test_id",
            "no_such_test",
            "trials.csv: line 2, column test_id: 'no_such_test' is not a known test",
        ),
        ("trials.csv", 0, "lever_arm_m", "-0.4", "column lever_arm_m: -0.4 is not a lever arm in m"),
        ("trials.csv", 0, "reps_count", "-3", "column reps_count: "),
        ("trials.csv", 0, "sample_rate_hz", "0", "column sample_rate_hz: 0 is not a sample rate in Hz"),
        ("trials.csv", 0, "sample_rate_hz", "NaN", "column sample_rate_hz: NaN is not a sample rate in Hz"),
        ("trials.csv", 0, "pain_0_10", "11", "column pain_0_10: 11 is outside 0-10"),
        ("trials.csv", 1, "id", "1", "trials.csv: line 3, column id: id 1 is also on line 2"),
    ];
    for (i, (file, row, column, value, expected)) in cases.iter().enumerate() {
        let folder = copy_of(&format!("case-{i}"));
        edit_export(&folder, file, *row, column, value);
        let e = refused(&folder);
        assert!(e.contains(expected), "{file} {column}={value}: {e}");
    }
    // Settings a clinician could not have saved: bands that make every asymmetry red, a rep
    // threshold that erases every result of a test.
    for (json, expected) in [
        (r#"{"bands":{"amber_from_percent":0.0,"red_from_percent":0.0}}"#, "the asymmetry bands"),
        (r#"{"rep_threshold_n":{"nordic":5000.0}}"#, "the rep threshold of nordic (5000 N) must be 1-200 N"),
    ] {
        let folder = copy_of(&format!("settings-{}", expected.len()));
        let mut text = std::fs::read_to_string(folder.join("settings.csv")).unwrap();
        let mut cell = String::from("\"");
        cell.push_str(&json.replace('"', "\"\""));
        cell.push('"');
        text.push_str(&format!("results,{cell}\n"));
        std::fs::write(folder.join("settings.csv"), text).unwrap();
        let e = refused(&folder);
        assert!(e.contains("settings.csv: line") && e.contains(expected), "{e}");
    }
}
