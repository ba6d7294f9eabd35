//! Faults and hostile input on the clinic database: a trial and its new visit saved together,
//! rep exclusions that survive a re-analysis, exports and backups that cannot lie, imports that
//! check every count, row, relation and file, and a damaged trial that never blocks the rest.

mod common;

use std::path::Path;
use std::process::Command;

use common::clinic::{damage_samples, demo_store, edit_export, open};
use forcetrack::io::CsvOptions;
use forcetrack::io::export::export_all;
use forcetrack::io::import::{import_all, import_athletes};
use forcetrack::model::{Athlete, Side};
use forcetrack::records;

#[test]
fn a_recording_and_its_new_visit_are_saved_together_or_not_at_all() {
    use forcetrack::model::Trace;
    use forcetrack::store::{NewTrial, VisitFor};
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let athlete = store.add_athlete(&Athlete::new("Kim", "Lee")).unwrap();
    let (writer, meta) = common::clinic::recording_in_journal(&store, athlete, &[10.0; 500]);
    let new_visit = || VisitFor::SameDay(common::clinic::visit(athlete));
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
    let (writer, meta) = common::clinic::recording_in_journal(&store, athlete, &[10.0; 500]);
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
    use forcetrack::model::{Polarity, TrialMeta};
    use forcetrack::protocols::TestLibrary;
    use forcetrack::results::{ResultSettings, UNMATCHED_EXCLUSION, exclusions_of};
    use forcetrack::store::NewTrial;
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let athlete = store.add_athlete(&Athlete::new("Kim", "Lee")).unwrap();
    let visit = store.add_visit(&common::clinic::visit(athlete)).unwrap();
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
    assert_eq!((imported.athletes, imported.visits, imported.trials), (6, 23, 162));
    assert_eq!(imported.trials as i64, copy.count("trials").unwrap());
    // Ten trial rows missing: refused, nothing stored.
    let trials = folder.join("trials.csv");
    let text = std::fs::read_to_string(&trials).unwrap();
    let kept: Vec<&str> = text.lines().take(text.lines().count() - 10).collect();
    std::fs::write(&trials, kept.join("\n") + "\n").unwrap();
    let c = tempfile::tempdir().unwrap();
    let mut empty = open(c.path());
    let e = import_all(&mut empty, &folder, &mut |_, _| {}).unwrap_err().to_string();
    assert!(e.contains("the manifest lists 162 trials but the file holds 152"), "{e}");
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
    if common::server::sqlite_only("copying the database file as a backup") {
        return;
    }
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
    if common::server::sqlite_only("a trial's samples damaged in the file") {
        return;
    }
    let a = tempfile::tempdir().unwrap();
    let id = {
        let store = demo_store(a.path());
        let trials = store.all_trials().unwrap();
        let t = &trials[4];
        damage_samples(a.path(), t.id);
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
    assert_eq!(manifest.trials, 161);
    assert_eq!(manifest.skipped.len(), 1);
    assert!(manifest.skipped[0].contains(&format!("trial {id} (athlete {athlete}")), "{:?}", manifest.skipped);
    let b = tempfile::tempdir().unwrap();
    let mut copy = open(b.path());
    assert_eq!(import_all(&mut copy, &folder, &mut |_, _| {}).unwrap().trials, 161);
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

#[test]
fn connections_opening_a_new_clinic_together_all_open_it() {
    // The app's worker and its journal open a new clinic at the same moment (and a command may
    // too): none of them may fail with "database is locked".
    for round in 0..20 {
        let dir = tempfile::tempdir().unwrap();
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(4));
        let openers: Vec<_> = (0..4)
            .map(|_| {
                let (path, barrier) = (dir.path().to_path_buf(), barrier.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    forcetrack::store::Store::open_named(
                        &path,
                        "forcetrack.sqlite",
                        forcetrack::store::IntegrityCheck::Never,
                    )
                    .map(|_| ())
                })
            })
            .collect();
        for o in openers {
            let opened = o.join().unwrap();
            assert!(opened.is_ok(), "round {round}: {opened:?}");
        }
    }
}

#[test]
fn the_analysis_cache_never_holds_a_reader_up_and_leaves_the_connection_as_it_was() {
    if common::server::sqlite_only("another connection holding the database file's write lock") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let library = forcetrack::protocols::TestLibrary::builtin();
    let settings = records::result_settings(&store).unwrap();
    let liam = store.athletes(false).unwrap().into_iter().find(|a| a.athlete.given_name == "Liam").unwrap().athlete.id;
    store.clear_analysis_cache(liam).unwrap();
    let cached = |store: &forcetrack::store::Store| store.count("trial_analysis").unwrap();
    let before = cached(&store);

    // Another process holds the clinic's write lock: the history is still computed in full,
    // and nothing is cached this time.
    let other = rusqlite::Connection::open(dir.path().join("forcetrack.sqlite")).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let history = records::athlete_results(&store, liam, &library, &settings).unwrap();
    assert!(history.iter().any(|v| !v.tests.is_empty()), "results from the samples");
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(cached(&store), before, "nothing cached under another's lock");

    // Without the lock the same load caches every analysis, and gives the same results.
    let again = records::athlete_results(&store, liam, &library, &settings).unwrap();
    assert_eq!(format!("{again:?}"), format!("{history:?}"));
    let trials = store.trials_of_athlete(liam).unwrap();
    let wanted = forcetrack::results::analyses_wanted(&trials, &library, &settings).len() as i64;
    assert!(wanted > 20, "{wanted}");
    assert_eq!(cached(&store), before + wanted, "one cached analysis per analysis the history uses");
    let from_cache = records::athlete_results(&store, liam, &library, &settings).unwrap();
    assert_eq!(format!("{from_cache:?}"), format!("{history:?}"));

    // The connection writes durably again and waits for locks as before: a write made while
    // another connection holds the lock briefly goes through once it is let go.
    assert_eq!(store.synchronous_level().unwrap(), 2, "synchronous = FULL");
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let release = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(300));
        other.execute_batch("ROLLBACK").unwrap();
    });
    store.add_athlete(&Athlete::new("Ada", "Wait")).unwrap();
    release.join().unwrap();
}

#[test]
fn a_history_read_inside_a_transaction_caches_in_it_and_never_ends_it() {
    use forcetrack::store::StoreError;
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(dir.path());
    let library = forcetrack::protocols::TestLibrary::builtin();
    let settings = records::result_settings(&store).unwrap();
    let liam = store.athletes(false).unwrap().into_iter().find(|a| a.athlete.given_name == "Liam").unwrap().athlete.id;
    store.clear_analysis_cache(liam).unwrap();
    let (athletes, cached) = (store.count("athletes").unwrap(), store.count("trial_analysis").unwrap());

    // Undone: the caller's rows and the cache's go together.
    let undone: Result<(), StoreError> = store.transaction(|s| {
        records::athlete_results(s, liam, &library, &settings)?;
        s.add_athlete(&Athlete::new("Ada", "Undone"))?;
        Err(StoreError::Invalid("undone on purpose".into()))
    });
    assert!(undone.is_err());
    assert_eq!(store.count("athletes").unwrap(), athletes);
    assert_eq!(store.count("trial_analysis").unwrap(), cached);

    // Kept: the caller's commit keeps both.
    store
        .transaction(|s| -> Result<(), StoreError> {
            records::athlete_results(s, liam, &library, &settings)?;
            s.add_athlete(&Athlete::new("Ada", "Kept"))?;
            Ok(())
        })
        .unwrap();
    assert_eq!(store.count("athletes").unwrap(), athletes + 1);
    assert!(store.count("trial_analysis").unwrap() > cached);
}
