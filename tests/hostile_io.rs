//! Hostile input in imports and exports, as a tester would try it against the program: damaged
//! samples under every export, rows of an export folder that contradict themselves or break a
//! reference, names with nothing visible in them, names too long for a file name, absurd values
//! in an imported recording; and the H:Q in `forcetrack visits`.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::clinic::{damage_samples, demo_store, edit_export, open};
use common::forcetrack_in;
use forcetrack::io::CsvOptions;
use forcetrack::io::export::export_all;
use forcetrack::io::import::{import_all, import_athletes};
use forcetrack::model::SignOff;

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A recording of the sample data.
fn recording() -> String {
    common::project_dir().join("sample-data/recordings/knee_flexion_iso_90_left.csv").display().to_string()
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

/// A demo clinic exported to a folder, with one sign-off (the demo has none).
fn demo_export(dir: &Path) -> std::path::PathBuf {
    let store = demo_store(dir);
    let visit = store.visits(1).unwrap().last().unwrap().clone();
    store
        .add_signoff(&SignOff {
            id: 0,
            athlete_id: 1,
            episode_id: visit.episode_id,
            visit_id: Some(visit.id),
            template_id: "hamstring_strain".into(),
            status: "cleared".into(),
            clinician: "Dr Ana Silva".into(),
            signed_at: visit.date_time,
            note: String::new(),
            evaluation: r#"{"status":"cleared","criteria":[]}"#.into(),
        })
        .unwrap();
    let folder = dir.join("clean");
    export_all(&store, &folder, CsvOptions::default(), &mut |_, _| {}).unwrap();
    folder
}

/// `import all` of `folder` into an empty clinic: the error, and nothing stored.
fn refused(folder: &Path) -> String {
    let b = tempfile::tempdir().unwrap();
    let mut empty = open(b.path());
    let e = import_all(&mut empty, &folder.to_path_buf(), &mut |_, _| {}).unwrap_err().to_string();
    assert_eq!(empty.count("athletes").unwrap(), 0, "nothing imported: {e}");
    e
}

/// Data rows of an export's table, as (column -> cell) lookups.
fn rows_of(folder: &Path, file: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_path(folder.join(file)).unwrap();
    let headers = reader.headers().unwrap().clone();
    (headers, reader.records().map(Result::unwrap).collect())
}

#[test]
fn import_all_refuses_a_row_that_contradicts_itself_and_names_the_row_that_breaks_a_reference() {
    let a = tempfile::tempdir().unwrap();
    let clean = demo_export(a.path());
    let copy_of = |name: &str| {
        let to = a.path().join(name);
        assert!(Command::new("cp").arg("-r").arg(&clean).arg(&to).status().unwrap().success());
        to
    };
    let (headers, trials) = rows_of(&clean, "trials.csv");
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let find = |test: &str, what: &dyn Fn(&csv::StringRecord) -> bool| {
        trials.iter().position(|r| &r[col("test_id")] == test && what(r)).unwrap()
    };
    let recorded = find("knee_flexion_iso_90", &|r| !r[col("trace_file")].is_empty());
    let nordic = find("nordic", &|r| !r[col("trace_file")].is_empty());
    let counted = find("single_leg_bridge", &|r| !r[col("reps_count")].is_empty());
    let entered = trials.iter().position(|r| !r[col("entered_peaks_n")].is_empty()).unwrap();
    let some_trace = trials[recorded][col("trace_file")].to_string();
    let line = |row: usize| format!("trials.csv: line {}", row + 2);
    let cases: &[(&str, usize, &str, String, String)] = &[
        // Sides and channels.
        ("trials.csv", recorded, "side", "both".into(), format!("{}, column side: ", line(recorded))),
        (
            "trials.csv",
            nordic,
            "channel_names",
            "force".into(),
            format!("{}, column channel_names: a trial of both legs needs one left and one right", line(nordic)),
        ),
        (
            "trials.csv",
            recorded,
            "channel_names",
            "right".into(),
            format!("{}, column channel_names: a left trial holds a channel of another side", line(recorded)),
        ),
        // A test's kind against the row.
        (
            "trials.csv",
            counted,
            "test_id",
            "knee_flexion_iso_90".into(),
            format!("{}, column reps_count: Isometric knee flexion 90/90 is measured by force", line(counted)),
        ),
        // Entered and counted trials have no samples; a recorded one has them.
        (
            "trials.csv",
            entered,
            "trace_file",
            some_trace.clone(),
            format!("{}, column trace_file: a trial entered by hand has no samples", line(entered)),
        ),
        (
            "trials.csv",
            counted,
            "trace_file",
            some_trace,
            format!("{}, column trace_file: a trial measured by a count has no samples", line(counted)),
        ),
        (
            "trials.csv",
            recorded,
            "trace_file",
            String::new(),
            format!("{}, column trace_file: a recorded trial needs its samples", line(recorded)),
        ),
        (
            "trials.csv",
            entered,
            "reps_count",
            "4".into(),
            format!("{}, column reps_count: a trial entered by hand", line(entered)),
        ),
        // A sign-off keeps the evaluation it signed, as JSON.
        (
            "clearance_signoffs.csv",
            0,
            "evaluation_json",
            "cleared!".into(),
            "clearance_signoffs.csv: line 2, column evaluation_json: the signed evaluation is not JSON".into(),
        ),
        (
            "clearance_signoffs.csv",
            0,
            "evaluation_json",
            "[1,2]".into(),
            "column evaluation_json: the signed evaluation is not a JSON object".into(),
        ),
        (
            "clearance_signoffs.csv",
            0,
            "status",
            "fine".into(),
            "clearance_signoffs.csv: line 2, column status: 'fine' is not a sign-off status".into(),
        ),
        (
            "clearance_signoffs.csv",
            0,
            "status",
            "cleared_override".into(),
            "clearance_signoffs.csv: line 2, column note: a clearance against the evaluation gives its reason".into(),
        ),
        (
            "trials.csv",
            entered,
            "instrument",
            String::new(),
            format!("{}, column instrument: a trial entered by hand names the kind of instrument", line(entered)),
        ),
        (
            "clearance_signoffs.csv",
            0,
            "clinician",
            "\u{200B}".into(),
            "clearance_signoffs.csv: line 2, column clinician: the clinician's name has no visible character".into(),
        ),
        // A visit of an athlete that is not there: that visit's row, not an episode's whose
        // baseline it is.
        (
            "visits.csv",
            0,
            "athlete_id",
            "99".into(),
            "visits.csv: line 2, column athlete_id: athlete 99 is not in the export".into(),
        ),
        // An athlete id repeated: the repeat's row, not the visits of the athlete lost by it.
        ("athletes.csv", 1, "id", "1".into(), "athletes.csv: line 3, column id: id 1 is also on line 2".into()),
    ];
    for (i, (file, row, column, value, expected)) in cases.iter().enumerate() {
        let folder = copy_of(&format!("case-{i}"));
        edit_export(&folder, file, *row, column, value);
        let e = refused(&folder);
        assert!(e.contains(expected.as_str()), "{file} line {} {column}={value:?}: {e}", row + 2);
    }
    // A row repeated whole: the row is named, not only the manifest's count.
    let folder = copy_of("repeated-row");
    let path = folder.join("athletes.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let second = text.lines().nth(1).unwrap().to_string();
    std::fs::write(&path, format!("{text}{second}\n")).unwrap();
    let e = refused(&folder);
    let rows = text.lines().count();
    assert!(e.contains(&format!("athletes.csv: line {}, column id: id 1 is also on line 2", rows + 1)), "{e}");
    // The clean folder imports.
    let b = tempfile::tempdir().unwrap();
    let mut empty = open(b.path());
    assert_eq!(import_all(&mut empty, &clean, &mut |_, _| {}).unwrap().signoffs, 1);
}

#[test]
fn a_name_needs_a_visible_character_in_every_import_and_any_script_is_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let list = |family: &str| format!("Given Name,Family Name,Sex,Date of Birth\nAna,{family},F,1998-03-04\n");
    for (family, why) in [
        ("\u{200B}", "family name has no visible character (only U+200B)"),
        ("\u{200D}\u{200C}", "family name has no visible character"),
        ("\u{FEFF}", "family name has no visible character"),
        ("\u{200F}\u{200E}", "family name has no visible character"),
        ("\u{0301}", "family name has no visible character"),
        ("\u{00A0}\u{00A0}", "family name is empty"),
        ("\u{3000}\u{2800}", "family name has no visible character"),
        ("\"Sil\tva\"", "family name holds the control character U+0009"),
        ("\"Sil\nva\"", "family name holds the control character U+000A"),
        ("Sil\u{7}va", "family name holds the control character U+0007"),
        ("Sil\u{2066}va", "family name holds the control character U+2066"),
    ] {
        let e = import_athletes(&mut store, list(family).as_bytes(), "list.csv").unwrap_err().to_string();
        assert!(e.contains(&format!("line 2: {why}")), "{family:?}: {e}");
    }
    assert_eq!(store.count("athletes").unwrap(), 0);
    // Real names of every script, marks and joiners inside them, an emoji: accepted.
    let good = [
        "李小龙",
        "محمد",
        "Ζωή",
        "Nguyễn",
        "O'Connor-Smith",
        "Mehr\u{200C}dad",
        "José\u{0301}",
        "👩\u{200D}⚕\u{FE0F}",
        "Ana\u{00A0}Lu",
    ];
    let text = good.iter().fold(String::from("Given Name,Family Name,Sex,Date of Birth\n"), |t, f| {
        t + &format!("Kim,{f},F,1998-03-04\n")
    });
    assert_eq!(import_athletes(&mut store, text.as_bytes(), "good.csv").unwrap().len(), good.len());
    // `enter`: the device's name is a name too.
    let out = forcetrack_in(
        dir.path(),
        &[
            "enter",
            "--athlete",
            "1",
            "--test",
            "knee_flexion_iso_90",
            "--side",
            "left",
            "--device",
            "\u{200B}\u{FEFF}",
            "--instrument",
            "handheld",
            "--unit",
            "N",
            "--peaks",
            "300",
        ],
    );
    assert!(
        !out.status.success() && stderr(&out).contains("the device's name has no visible character"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_bad_row_is_reported_on_its_own_line_whatever_the_line_ends_comments_and_blank_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    for end in ["\n", "\r\n"] {
        let text = [
            "Given Name,Family Name,Sex,Date of Birth,External Id",
            "Ana,Silva,F,1998-03-04,X-1",
            "Ben,Oka,M,1998-03-04,X-2",
            "",
            "Cy,Do,M,1998-03-04,X-1",
        ]
        .join(end)
            + end;
        let e = import_athletes(&mut store, text.as_bytes(), "ids.csv").unwrap_err().to_string();
        assert!(e.contains("line 5: external id 'X-1' is also on line 2"), "{end:?}: {e}");
        assert!(!e.contains("line 4") && !e.contains("line 1:"), "{end:?}: {e}");
        // Results typed in: comment and blank lines, a cell over two lines, before the bad row.
        let entered = [
            "athlete_id,date,test_id,side,device,instrument,unit,peak",
            "# moved in from the old spreadsheet",
            "",
            "1,2026-01-05,knee_flexion_iso_30,left,\"Lafayette",
            "01165\",handheld,N,300",
            "# the next row was misread",
            "1,2026-01-05,knee_flexion_iso_30,left,Lafayette,handheld,N,abc",
        ]
        .join(end)
            + end;
        let library = forcetrack::protocols::TestLibrary::builtin();
        let e = forcetrack::io::import::read_entered_csv(entered.as_bytes(), "typed.csv", &library)
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 4: the device's name holds the control character"), "{end:?}: {e}");
        assert!(e.contains("line 7: peak is not a number"), "{end:?}: {e}");
    }
}

#[test]
fn a_name_too_long_for_a_file_name_is_cut_in_every_export_and_the_report() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = demo_store(dir.path());
        let mut a = store.athlete(1).unwrap();
        a.given_name = "Ä".repeat(2000);
        a.family_name = "李".repeat(2000);
        store.update_athlete(&a).unwrap();
    }
    let out = dir.path().join("traces");
    let run = forcetrack_in(dir.path(), &["export", "traces", "--athlete", "1", "--out", out.to_str().unwrap()]);
    assert!(run.status.success(), "{}", stderr(&run));
    let names: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(names.len() > 10);
    for name in &names {
        assert!(name.len() <= 255, "{} bytes: {name}", name.len());
        assert!(name.starts_with("ÄÄ") && name.contains("_trial") && name.ends_with(".csv"), "{name}");
    }
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "each trial its own file");
    // The report's proposed file name is cut the same way.
    let store = open(dir.path());
    let report = forcetrack::io::report::Report::build(
        &store,
        &forcetrack::io::report::ReportRequest { athlete_id: 1, ..Default::default() },
    )
    .unwrap();
    let stem = report.file_stem();
    assert!(stem.len() + ".pdf".len() <= 255 && stem.starts_with("ÄÄ"), "{} bytes", stem.len());
}

#[test]
fn import_recording_checks_what_the_forms_and_enter_check_and_joins_the_visit_of_the_day() {
    let dir = tempfile::tempdir().unwrap();
    drop(demo_store(dir.path()));
    let file = recording();
    let import = |extra: &[&str]| {
        let mut args =
            vec!["import", "recording", &file, "--athlete", "1", "--test", "knee_flexion_iso_90", "--side", "left"];
        args.extend_from_slice(extra);
        forcetrack_in(dir.path(), &args)
    };
    let visits = || open(dir.path()).visits(1).unwrap().len();
    let before = visits();
    for lever in ["-1", "0", "inf", "NaN", "1e308", "2.01"] {
        let out = import(&[&format!("--lever-arm-m={lever}"), "--date", "2026-06-01"]);
        assert!(!out.status.success() && stderr(&out).contains("is not plausible"), "{lever}: {}", stderr(&out));
    }
    for date in ["0000-01-01", "1899-12-31", "2999-01-01"] {
        let out = import(&["--date", date]);
        let e = stderr(&out);
        assert!(!out.status.success() && (e.contains("before 1900") || e.contains("in the future")), "{date}: {e}");
    }
    let short = dir.path().join("one.csv");
    std::fs::write(&short, "time_s,force_n\n0,100\n").unwrap();
    let out = forcetrack_in(
        dir.path(),
        &[
            "import",
            "recording",
            short.to_str().unwrap(),
            "--athlete",
            "1",
            "--test",
            "knee_flexion_iso_90",
            "--side",
            "left",
        ],
    );
    assert!(!out.status.success() && stderr(&out).contains("too short to analyse"), "{}", stderr(&out));
    let huge = dir.path().join("huge.csv");
    let rows: String = (0..2000).map(|i| format!("{},1e308\n", f64::from(i) / 1000.0)).collect();
    std::fs::write(&huge, format!("time_s,force_n\n{rows}")).unwrap();
    let out = forcetrack_in(
        dir.path(),
        &[
            "import",
            "recording",
            huge.to_str().unwrap(),
            "--athlete",
            "1",
            "--test",
            "knee_flexion_iso_90",
            "--side",
            "left",
        ],
    );
    assert!(!out.status.success() && stderr(&out).contains("a force of 1e308 N is beyond"), "{}", stderr(&out));
    assert_eq!(visits(), before, "nothing stored");
    // Two files of one day: one visit, as `record` and `enter` make it.
    let first = import(&["--date", "2026-06-01T10:00:00", "--lever-arm-m", "0.35"]);
    let second = import(&["--date", "2026-06-01T10:20:00"]);
    assert!(first.status.success() && second.status.success(), "{}{}", stderr(&first), stderr(&second));
    assert_eq!(visits(), before + 1);
    let visit_of = |o: &Output| stdout(o).split("of visit ").nth(1).map(|v| v.trim().trim_end_matches('.').to_string());
    assert_eq!(visit_of(&first), visit_of(&second), "{}{}", stdout(&first), stdout(&second));
}

#[test]
fn visits_shows_the_hq_ratio_as_the_app_csv_and_pdf_do() {
    let dir = tempfile::tempdir().unwrap();
    drop(demo_store(dir.path()));
    let table = forcetrack_in(dir.path(), &["visits", "--athlete", "1"]);
    let text = stdout(&table);
    assert!(table.status.success(), "{}", stderr(&table));
    let hq_rows: Vec<&str> = text.lines().filter(|l| l.split_whitespace().next() == Some("H:Q")).collect();
    assert!(!hq_rows.is_empty(), "{text}");
    assert!(hq_rows.iter().any(|l| l.contains("0.") && l.contains("ratio")), "{hq_rows:?}");
    assert!(text.contains("H:Q: knee flexion / knee extension torque at 90°"), "{text}");
    let json = forcetrack_in(dir.path(), &["visits", "--athlete", "1", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let with_ratio = value["visits"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["hq"]["left"]["ratio"].is_f64() && v["hq"]["right"]["text"].is_string())
        .count();
    assert!(with_ratio > 0, "{value}");
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
fn the_store_refuses_an_athlete_whose_name_has_no_visible_character() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    for (given, family) in [("\u{200B}", "Lee"), ("Kim", "\u{FEFF} "), ("Kim", ""), ("Kim\u{202E}", "Lee")] {
        let e = store.add_athlete(&forcetrack::model::Athlete::new(given, family)).unwrap_err().to_string();
        assert!(e.starts_with("the athlete's "), "{given:?} {family:?}: {e}");
    }
    let mut a = forcetrack::model::Athlete::new("李小龙", "محمد");
    a.id = store.add_athlete(&a).unwrap();
    a.given_name = "\u{200B}\u{200B}".into();
    let e = store.update_athlete(&a).unwrap_err().to_string();
    assert!(e.contains("given name has no visible character"), "{e}");
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
