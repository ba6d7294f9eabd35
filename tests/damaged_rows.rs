//! Rows that cannot be read, as a tester would make them (a cell written past the schema's
//! checks, samples damaged in the file): every export and listing names each such row, counts
//! it, exits 2 and goes on with the rest; one asked for by id is an error that names it.

mod common;

use std::path::Path;
use std::process::Output;

use common::clinic::{damage_samples, demo_store, open};
use common::forcetrack_in;
use forcetrack::model::SignOff;

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn every_export_goes_on_past_a_damaged_trial_names_it_and_counts_it() {
    if common::server::sqlite_only("a cell written past the schema's checks") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (athlete, damaged, trials_of_athlete, last_visit) = {
        let store = demo_store(dir.path());
        let trials = store.trials_of_athlete(1).unwrap();
        // A trial with samples at the athlete's first visit, so every visit's results after it
        // are read without it too.
        let t = trials.iter().find(|t| t.entered.is_none() && t.reps_count.is_none()).unwrap().clone();
        let with_samples = trials.iter().filter(|t| t.entered.is_none() && t.reps_count.is_none()).count();
        (1, t.id, with_samples, store.visits(1).unwrap().last().unwrap().id)
    };
    damage_samples(dir.path(), damaged);
    let named = format!("trial {damaged} (athlete {athlete}, visit of ");
    let out = dir.path().join("out");
    let file = |name: &str| out.join(name).display().to_string();
    std::fs::create_dir_all(&out).unwrap();
    let runs: [(&str, Vec<String>); 5] = [
        ("traces", vec!["export".into(), "traces".into(), "--athlete".into(), "1".into(), "--out".into(), file("t")]),
        (
            "visit",
            vec![
                "export".into(),
                "visit".into(),
                "--visit".into(),
                last_visit.to_string(),
                "--out".into(),
                file("v.csv"),
            ],
        ),
        (
            "history",
            vec!["export".into(), "history".into(), "--athlete".into(), "1".into(), "--out".into(), file("h.csv")],
        ),
        ("all", vec!["export".into(), "all".into(), "--out".into(), file("all")]),
        ("report", vec!["report".into(), "--athlete".into(), "1".into(), "--out".into(), file("r.csv")]),
    ];
    for (what, args) in runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = forcetrack_in(dir.path(), &args);
        let e = stderr(&run);
        // Written, and said to be incomplete: status 2, the trial named, the count given.
        assert_eq!(run.status.code(), Some(2), "{what}: {e}");
        assert!(e.contains(&named) && e.contains("stored samples are damaged"), "{what}: {e}");
        assert!(e.contains("1 trial left out"), "{what}: {e}");
        assert!(!e.contains("skipped") && !e.contains("cannot"), "{what}: {e}");
    }
    let traces = std::fs::read_dir(out.join("t")).unwrap().count();
    assert_eq!(traces, trials_of_athlete - 1, "every trace but the damaged trial's");
    assert!(std::fs::read_to_string(out.join("v.csv")).unwrap().lines().count() > 10);
    assert!(std::fs::read_to_string(out.join("h.csv")).unwrap().lines().count() > 10);
    assert!(out.join("all/manifest.json").is_file());
    // The report's methods name it as well (the CSV holds the same content as the PDF).
    let report = std::fs::read_to_string(out.join("r.csv")).unwrap();
    assert!(report.contains("left out") && report.contains(&named), "{report}");
}

/// The rows of the demo clinic damaged by [`damaged_rows_clinic`], as each reader names them.
struct DamagedRows {
    /// Named by every reading of athlete 1 (exports, `visits`, the report).
    of_athlete: Vec<String>,
    /// Named by `export all` and `forcetrack clearance` (it reads the athlete's sign-offs).
    signoff: String,
    /// Named by the athlete list and `export all`.
    athlete: String,
    /// Named by every command (each reads the clinic's result settings).
    setting: String,
    /// Athlete 1's last visit, and the visit damaged.
    last_visit: i64,
    damaged_visit: i64,
}

/// The demo clinic in `dir` with one damaged row of each kind: athlete 1's trials (entered peaks
/// that are not JSON, an unknown side, an unknown test, pain that is text), one of its visits
/// (its date), its episode's injury date, a sign-off whose evaluation is not JSON, another
/// athlete's date of birth, the result settings, a clinic-defined test, and cached analyses
/// that do not decode.
fn damaged_rows_clinic(dir: &Path) -> DamagedRows {
    use common::clinic::damage_cell;
    let (trials, visits, episode) = {
        let store = demo_store(dir);
        let visits: Vec<i64> = store.visits(1).unwrap().iter().map(|v| v.id).collect();
        let last = *visits.last().unwrap();
        // Trials of the athlete's visits other than the one damaged, recorded ones first.
        let trials: Vec<i64> =
            store.trials_of_athlete(1).unwrap().iter().filter(|t| t.visit_id != visits[2]).map(|t| t.id).collect();
        store
            .add_signoff(&SignOff {
                id: 0,
                athlete_id: 1,
                episode_id: None,
                visit_id: Some(last),
                template_id: "hamstring_strain".into(),
                status: "cleared".into(),
                clinician: "Dr Ana Silva".into(),
                signed_at: store.visit(last).unwrap().date_time,
                note: String::new(),
                evaluation: r#"{"status":"cleared","criteria":[]}"#.into(),
            })
            .unwrap();
        let episode = store.episodes(1).unwrap()[0].id;
        (trials, visits, episode)
    };
    damage_cell(dir, "trials", trials[0], "entered", "notjson");
    damage_cell(dir, "trials", trials[1], "side", "up");
    damage_cell(dir, "trials", trials[2], "test_id", "no_such_test");
    damage_cell(dir, "trials", trials[3], "pain", "abc");
    damage_cell(dir, "trials", trials[4], "pain", 300);
    damage_cell(dir, "trials", trials[5], "pain", 11);
    damage_cell(dir, "visits", visits[2], "date_time", "garbage");
    damage_cell(dir, "injury_episodes", episode, "injury_date", "2026-02-30");
    damage_cell(dir, "clearance_signoffs", 1, "evaluation", "not json");
    damage_cell(dir, "athletes", 6, "date_of_birth", "1999-13-45");
    let conn = rusqlite::Connection::open(dir.join("forcetrack.sqlite")).unwrap();
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('results', '{bad')", []).unwrap();
    conn.execute("INSERT INTO custom_tests (id, definition) VALUES ('my_test', '{broken')", []).unwrap();
    conn.execute(
        "UPDATE trial_analysis SET analysis = x'00ff' WHERE rowid IN (SELECT rowid FROM trial_analysis LIMIT 5)",
        [],
    )
    .unwrap();
    DamagedRows {
        of_athlete: vec![
            format!("trial {}: its 'entered' cell is not valid (expected JSON of each rep's peak in N, found 'notjson')", trials[0]),
            format!("trial {}: its 'side' cell is not valid (expected left, right or both, found 'up')", trials[1]),
            format!("trial {}: its 'test_id' cell is not valid (expected the id of a test in the clinic's library, found 'no_such_test')", trials[2]),
            format!("trial {}: its 'pain' cell is not valid (expected a pain score 0-10, found text 'abc')", trials[3]),
            format!("trial {}: its 'pain' cell is not valid (expected a pain score 0-10, found 300, out of range)", trials[4]),
            format!("trial {}: its 'pain' cell is not valid (expected a pain score 0-10, found '11')", trials[5]),
            format!("visit {}: its 'date_time' cell is not valid (expected a date and time YYYY-MM-DDTHH:MM:SS, found 'garbage')", visits[2]),
            format!("injury episode {episode}: its 'injury_date' cell is not valid (expected a date YYYY-MM-DD, found '2026-02-30')"),
        ],
        signoff: "sign-off 1: its 'evaluation' cell is not valid (expected the signed evaluation as a JSON object, found 'not json')".into(),
        athlete: "athlete 6: its 'date_of_birth' cell is not valid (expected a date YYYY-MM-DD, found '1999-13-45')".into(),
        setting: "setting results: its 'value' cell is not valid".into(),
        last_visit: *visits.last().unwrap(),
        damaged_visit: visits[2],
    }
}

#[test]
fn a_damaged_row_of_any_kind_is_named_and_counted_and_every_export_and_listing_goes_on_past_it() {
    if common::server::sqlite_only("a cell written past the schema's checks") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let rows = damaged_rows_clinic(dir.path());
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let file = |name: &str| out.join(name).display().to_string();
    let athlete = "1".to_string();
    let last = rows.last_visit.to_string();
    let [t, v, h, r, all] = ["t", "v.csv", "h.csv", "r.csv", "all"].map(file);
    let runs: [(&str, Vec<&str>, bool); 8] = [
        ("traces", vec!["export", "traces", "--athlete", &athlete, "--out", &t], false),
        ("visit", vec!["export", "visit", "--visit", &last, "--out", &v], false),
        ("history", vec!["export", "history", "--athlete", &athlete, "--out", &h], false),
        ("report", vec!["report", "--athlete", &athlete, "--out", &r], false),
        ("visits", vec!["visits", "--athlete", &athlete], false),
        ("clearance", vec!["clearance", "--athlete", &athlete], false),
        ("all", vec!["export", "all", "--out", &all], true),
        ("athletes", vec!["athletes"], true),
    ];
    for (what, args, whole_clinic) in runs {
        let run = forcetrack_in(dir.path(), &args);
        let e = stderr(&run);
        // Done, and said to be incomplete: status 2, each row named once, the count given.
        assert_eq!(run.status.code(), Some(2), "{what}: {e}");
        assert!(!e.contains("database error") && !e.contains("Conversion error"), "{what}: {e}");
        // Every command but the athlete list reads the result settings; the list reads the
        // athletes' latest episodes.
        let mut named = vec![];
        if what == "athletes" {
            named.push(rows.of_athlete[7].as_str());
        } else {
            assert_eq!(e.matches(&rows.setting).count(), 1, "{what}: said once: {e}");
            named.push(rows.setting.as_str());
            // The traces need no episode.
            let of_athlete = if what == "traces" { &rows.of_athlete[..7] } else { &rows.of_athlete[..] };
            named.extend(of_athlete.iter().map(String::as_str));
        }
        if whole_clinic {
            named.push(&rows.athlete);
        }
        // (The report reads the sign-offs of the episode's template: the episode cannot be read.)
        if matches!(what, "all" | "clearance") {
            named.push(&rows.signoff);
        }
        if matches!(what, "all" | "visits") {
            named.push("clinic-defined test my_test: its 'definition' cell is not valid (its JSON cannot be read");
        }
        for line in &named {
            assert!(e.contains(line), "{what} names {line}: {e}");
        }
        let counted = e.lines().last().unwrap();
        assert!(counted.contains(" rows left out (damaged, named above); everything else was "), "{what}: {e}");
        let n: usize = counted.trim_start_matches("forcetrack: ").split(' ').next().unwrap().parse().unwrap();
        assert_eq!(n, e.lines().filter(|l| l.starts_with("forcetrack: ")).count() - 1, "{what}: each counted: {e}");
        assert!(n >= named.len(), "{what}: {e}");
        if matches!(what, "visits" | "clearance") {
            assert!(stdout(&run).contains("Liam O'Connor"), "the rest is shown: {}", stdout(&run));
        }
        if what == "athletes" {
            let list = stdout(&run);
            assert!(list.contains("Liam O'Connor") && !list.contains("Ethan Dubois"), "{list}");
        }
    }
    assert!(std::fs::read_dir(out.join("t")).unwrap().count() > 20);
    assert!(std::fs::read_to_string(out.join("v.csv")).unwrap().lines().count() > 10);
    assert!(std::fs::read_to_string(out.join("h.csv")).unwrap().lines().count() > 10);
    let report = std::fs::read_to_string(out.join("r.csv")).unwrap();
    assert!(
        report.contains(&rows.of_athlete[0]) && report.contains(&rows.of_athlete[6]),
        "the report's methods name them: {report}"
    );

    // What refers to a row left out is left out with it, or written without the reference, and
    // said: the folder imports whole.
    let manifest = std::fs::read_to_string(out.join("all/manifest.json")).unwrap();
    assert!(
        manifest.contains(&format!("left out with visit {}, whose row cannot be read", rows.damaged_visit)),
        "{manifest}"
    );
    assert!(manifest.contains("left out with athlete 6") || !manifest.contains("sign-off 2"), "{manifest}");
    let b = tempfile::tempdir().unwrap();
    let run = forcetrack_in(b.path(), &["import", "all", &all]);
    assert!(run.status.success(), "{}", stderr(&run));
    let imported = open(b.path());
    assert_eq!(imported.count("athletes").unwrap(), 5, "all but the damaged athlete");
    assert!(imported.count("trials").unwrap() > 100);
}

#[test]
fn one_damaged_row_asked_for_is_an_error_that_names_it() {
    if common::server::sqlite_only("a cell written past the schema's checks") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let rows = damaged_rows_clinic(dir.path());
    let store = open(dir.path());
    let e = store.athlete(6).unwrap_err().to_string();
    assert_eq!(e, rows.athlete);
    let e = store.visit(rows.damaged_visit).unwrap_err().to_string();
    assert_eq!(e, rows.of_athlete[6]);
    // A list read goes on past it and hands it back.
    let (list, damaged) = store.reading(|s| s.athletes(true).unwrap());
    assert_eq!(list.len(), 5);
    assert_eq!(
        damaged.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [rows.athlete.clone(), rows.of_athlete[7].clone()]
    );
    let run = forcetrack_in(
        dir.path(),
        &["export", "visit", "--visit", &rows.damaged_visit.to_string(), "--out", "/dev/null"],
    );
    assert_eq!(run.status.code(), Some(1));
    assert!(stderr(&run).contains(&rows.of_athlete[6]), "{}", stderr(&run));
}

#[test]
fn the_deleted_visits_listed_go_on_past_one_whose_row_cannot_be_read() {
    if common::server::sqlite_only("a cell written past the schema's checks") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (kept, damaged) = {
        let store = demo_store(dir.path());
        let visits = store.visits(1).unwrap();
        store.delete_visit(visits[1].id).unwrap();
        store.delete_visit(visits[2].id).unwrap();
        (visits[1].id, visits[2].id)
    };
    common::clinic::damage_cell(dir.path(), "visits", damaged, "date_time", "bad");
    let run = forcetrack_in(dir.path(), &["visits", "--deleted"]);
    let e = stderr(&run);
    assert_eq!(run.status.code(), Some(2), "{e}");
    assert!(stdout(&run).contains(&format!("\n{kept:>5}  Liam O'Connor")), "{}", stdout(&run));
    assert!(e.contains(&format!("visit {damaged}: its 'date_time' cell is not valid")), "{e}");
    assert!(e.contains("1 row left out (damaged, named above); everything else was shown"), "{e}");
}

#[test]
fn a_cell_written_past_the_schemas_checks_opens_and_is_named_where_it_is_read() {
    if common::server::sqlite_only("a cell written past the schema's checks") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (visit, trial) = {
        let store = demo_store(dir.path());
        let visits = store.visits(1).unwrap();
        (visits[3].id, store.trials_of_visit(visits[1].id).unwrap()[0].id)
    };
    common::clinic::damage_cell(dir.path(), "visits", visit, "visa_h", 150);
    common::clinic::damage_cell(dir.path(), "athletes", 2, "body_mass_kg", -5.0);
    common::clinic::damage_cell(dir.path(), "trials", trial, "side", "up");
    let conn = rusqlite::Connection::open(dir.path().join("forcetrack.sqlite")).unwrap();
    conn.execute_batch("PRAGMA ignore_check_constraints = ON; UPDATE clearance_checks SET done = 7 WHERE id = 1")
        .unwrap();
    drop(conn);
    // The daily check of the pages passes: these are rows' damage, not the file's.
    let store = open(dir.path());
    let (_, damaged) = store.reading(|s| {
        (
            s.athletes(true).unwrap(),
            s.visits(1).unwrap(),
            s.trials_of_athlete(1).unwrap(),
            s.all_clearance_checks().unwrap(),
        )
    });
    let said: Vec<String> = damaged.iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [
            "athlete 2: its 'body_mass_kg' cell is not valid (expected a body mass in kg, found '-5')".to_string(),
            format!("visit {visit}: its 'visa_h' cell is not valid (expected a VISA-H score 0-100, found '150')"),
            format!("trial {trial}: its 'side' cell is not valid (expected left, right or both, found 'up')"),
            "manual check answer 1: its 'done' cell is not valid (expected 0, 1 or nothing, found '7')".to_string(),
        ]
    );
}
