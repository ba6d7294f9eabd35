//! Hostile input in imports and exports, as a tester would try it against the program: rows of
//! an export folder that contradict themselves or break a reference, names with nothing visible
//! in them, names too long for a file name, absurd values in an imported recording; and the H:Q
//! in `forcetrack visits`.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::clinic::{demo_store, edit_export, open};
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
