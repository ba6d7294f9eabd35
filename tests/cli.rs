//! The `forcetrack` command line, run as a user would.

mod common;

use std::process::{Command, Output};

fn forcetrack(args: &[&str]) -> Output {
    Command::new(common::forcetrack_bin()).current_dir(common::project_dir()).args(args).output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A data folder holding the demo clinic.
fn demo_clinic() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    succeeds_in(dir.path().to_str().unwrap(), &["demo"]);
    dir
}

/// `forcetrack ARGS --data-dir DATA`, which must succeed.
fn succeeds_in(data: &str, args: &[&str]) -> Output {
    let out = forcetrack(&[args, &["--data-dir", data]].concat());
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    out
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn help_lists_every_subcommand_with_one_line() {
    let out = forcetrack(&["--help"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let commands: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for expected in ["analyze", "tests"] {
        assert!(commands.contains(&expected), "{expected} missing from:\n{text}");
    }
    for line in text.lines().skip_while(|l| !l.starts_with("Commands:")).skip(1).take_while(|l| l.starts_with("  ")) {
        assert!(line.split_whitespace().count() > 1, "no description: {line}");
    }
}

#[test]
fn version_names_the_default_renderer_whatever_the_build_has() {
    // This binary is built with the tests, so eframe's wgpu feature is on (the snapshot tests
    // need it) and eframe alone would prefer wgpu: the default must still be glow.
    let out = forcetrack(&["--version"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("renderer: glow by default"), "{text}");
    assert!(text.contains("built with: glow"), "{text}");
    // An unknown renderer is refused with the choices.
    let out = forcetrack(&["--renderer", "vulkan", "tests"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("glow") && stderr(&out).contains("wgpu"), "{}", stderr(&out));
}

#[test]
fn analyze_rep_baselines_reach_json_and_csv() {
    let file = "sample-data/recordings/knee_flexion_iso_90_left.csv";
    let json = forcetrack(&["analyze", "--format", "json", file]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let channel = &value[0]["channels"][0];
    let rep = &channel["reps"][0];
    // The trial baseline stays on the channel; each rep has its own, with its window.
    assert!(channel["baseline_n"].is_f64() && channel["onset_threshold_n"].is_f64());
    let (b, s, theta) = (
        rep["baseline_n"].as_f64().unwrap(),
        rep["noise_n"].as_f64().unwrap(),
        rep["onset_threshold_n"].as_f64().unwrap(),
    );
    assert_eq!(theta, (3.0 * s).max(1.0));
    assert!(rep["baseline_window_end_s"].as_f64().unwrap() > rep["baseline_window_start_s"].as_f64().unwrap());
    assert!(rep["flags"].as_array().unwrap().is_empty(), "200 Hz, quiet rest: {}", rep["flags"]);

    let csv = forcetrack(&["analyze", "--format", "csv", file]);
    let mut reader = csv::Reader::from_reader(csv.stdout.as_slice());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}"));
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(row[col("baseline_n")].parse::<f64>().unwrap(), b);
    assert!(row[col("trial_baseline_n")].parse::<f64>().is_ok());
    // The table shows the rep's baseline and where its window starts.
    let table = stdout(&forcetrack(&["analyze", file]));
    assert!(table.contains("base N") && table.contains(&format!("{b:.2}")), "{table}");
}

#[test]
fn analyze_table_csv_and_json_agree() {
    let file = "sample-data/recordings/knee_flexion_iso_90_right.csv";
    let table = forcetrack(&["analyze", file]);
    assert!(table.status.success(), "{}", stderr(&table));
    let text = stdout(&table);
    assert!(text.contains("peak N") && text.contains("RFD0-50 N/s") && text.contains("3 reps"), "{text}");

    let json = forcetrack(&["analyze", "--format", "json", file]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let peak = value[0]["channels"][0]["reps"][0]["peak_force_n"].as_f64().unwrap();
    assert_eq!(value[0]["format"], "forcetrack");
    assert_eq!(value[0]["sample_rate_hz"], 200.0);
    assert!(text.contains(&format!("{peak:.1}")), "table lacks {peak:.1}");

    let csv = forcetrack(&["analyze", "--format", "csv", file]);
    let mut reader = csv::Reader::from_reader(csv.stdout.as_slice());
    let headers = reader.headers().unwrap().clone();
    let column = headers.iter().position(|h| h == "peak_force_n").unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0][column].parse::<f64>().unwrap(), peak);
}

#[test]
fn analyze_options_reach_the_metrics() {
    let file = "sample-data/recordings/knee_flexion_iso_90_right.csv";
    let out = forcetrack(&[
        "analyze",
        "--format",
        "json",
        "--lever-arm-m",
        "0.4",
        "--body-mass-kg",
        "80",
        "--polarity",
        "negative",
        file,
    ]);
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let channel = &value[0]["channels"][0];
    // Forced negative polarity turns the pulls into pushes: no reps remain.
    assert_eq!(channel["inverted"], true);
    assert_eq!(channel["reps"].as_array().unwrap().len(), 0);

    let out = forcetrack(&["analyze", "--format", "json", "--lever-arm-m", "0.4", "--body-mass-kg", "80", file]);
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rep = &value[0]["channels"][0]["reps"][0];
    let peak = rep["peak_force_n"].as_f64().unwrap();
    assert!((rep["torque_n_m"].as_f64().unwrap() - 0.4 * peak).abs() < 1e-9);
    assert!((rep["peak_force_n_per_kg"].as_f64().unwrap() - peak / 80.0).abs() < 1e-9);
    assert!((rep["torque_n_m_per_kg"].as_f64().unwrap() - 0.4 * peak / 80.0).abs() < 1e-9);
    let without = forcetrack(&["analyze", "--format", "json", file]);
    let value: serde_json::Value = serde_json::from_slice(&without.stdout).unwrap();
    assert!(value[0]["channels"][0]["reps"][0]["torque_n_m"].is_null());

    let bad = forcetrack(&["analyze", "--lever-arm-m=-1", file]);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("'-1' is not a positive number"), "{}", stderr(&bad));
    let unknown = forcetrack(&["analyze", "--test", "squat", file]);
    assert!(stderr(&unknown).contains("unknown test 'squat'"), "{}", stderr(&unknown));
}

#[test]
fn a_bad_file_is_reported_with_its_line_and_the_others_still_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "time_s,force_n\n0,1\n0.001,12x\n").unwrap();
    let good = "sample-data/recordings/knee_flexion_iso_90_left.csv";
    let out = forcetrack(&["analyze", "--format", "json", bad.to_str().unwrap(), good]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("bad.csv: line 3, column 2: force_n '12x' is not a number"), "{}", stderr(&out));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value.as_array().unwrap().len(), 1);
    assert_eq!(value[0]["file"], good);
}

#[test]
fn tests_lists_the_library() {
    let out = forcetrack(&["tests", "--format", "json"]);
    assert!(out.status.success());
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["tests"].as_array().unwrap().len(), 10);
    assert_eq!(value["batteries"].as_array().unwrap().len(), 3);
    let table = stdout(&forcetrack(&["tests"]));
    assert!(table.contains("nordic") && table.contains("Opar et al. 2013") && table.contains("Freckleton"), "{table}");
}

/// The spreadsheet exports (visit summary and athlete history) as a spreadsheet user reads
/// them: every column described at the top of the file with the methods, numeric columns
/// holding only numbers rounded to 0.1 N (no binary noise such as 209.23250000000002), text in
/// its own columns, the injured side and both best and mean in the history.
#[test]
fn spreadsheet_exports_describe_their_columns_and_numeric_columns_hold_only_rounded_numbers() {
    let dir = demo_clinic();
    let data = dir.path().to_str().unwrap();
    let run = |args: &[&str]| succeeds_in(data, args);
    let history = dir.path().join("history.csv");
    let visit = dir.path().join("visit.csv");
    run(&["export", "history", "--athlete", "1", "--out", history.to_str().unwrap()]);
    run(&["export", "visit", "--visit", "8", "--out", visit.to_str().unwrap()]);
    for (file, numeric, text_columns) in [
        (
            &history,
            &[
                "left_best_n",
                "left_mean_n",
                "right_best_n",
                "right_mean_n",
                "left_result",
                "right_result",
                "asymmetry_value",
                "lsi_percent",
                "imbalance_percent",
                "left_change",
                "right_change",
                "body_mass_kg",
            ][..],
            &["injured_side", "summary_used", "asymmetry_unit", "left_change_verdict", "devices"][..],
        ),
        (
            &visit,
            &[
                "peak_force_best_n",
                "peak_force_mean_n",
                "peak_force_cv_percent",
                "result_n",
                "result_n_per_kg",
                "torque_n_m",
                "asymmetry_value",
                "lsi_percent",
                "change",
                "change_percent",
                "mdc_n",
                "mdc_percent",
                "sample_rate_hz",
            ][..],
            &["injured_side", "summary_used", "asymmetry_unit", "change_verdict", "mdc_source", "devices"][..],
        ),
    ] {
        let text = std::fs::read_to_string(file).unwrap();
        let preamble: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
        assert!(preamble.iter().any(|l| l.starts_with("# method analysis: force-time curves analysed by ForceTrack")));
        assert!(preamble.iter().any(|l| l.contains("60 N for Nordic hamstring exercise")), "{preamble:?}");
        let mut reader = csv::ReaderBuilder::new().comment(Some(b'#')).from_path(file).unwrap();
        let headers = reader.headers().unwrap().clone();
        for h in &headers {
            assert!(preamble.iter().any(|l| l.starts_with(&format!("# column {h}: "))), "{h} is not described");
        }
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert!(rows.len() > 5);
        let col = |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}"));
        for name in numeric {
            let mut filled = 0;
            for row in &rows {
                let cell = &row[col(name)];
                if cell.is_empty() {
                    continue;
                }
                filled += 1;
                let value: f64 = cell.parse().unwrap_or_else(|_| panic!("{name} holds '{cell}'"));
                let places = cell.split('.').nth(1).map_or(0, str::len);
                assert!(places <= 3, "{name}: {cell} is not rounded");
                if name.ends_with("_n") {
                    assert!(places <= 1 && ((value * 10.0).round() - value * 10.0).abs() < 1e-9, "{name}: {cell}");
                }
            }
            assert!(filled > 0, "{name} is empty in every row of {}", file.display());
        }
        for name in text_columns {
            assert!(rows.iter().any(|r| !r[col(name)].is_empty()), "{name} is empty everywhere");
            assert!(rows.iter().all(|r| r[col(name)].parse::<f64>().is_err()), "{name} holds a number");
        }
    }
    // Liam's injury was on the left: his post-injury visits say so, his screening does not.
    let mut reader = csv::ReaderBuilder::new().comment(Some(b'#')).from_path(&history).unwrap();
    let headers = reader.headers().unwrap().clone();
    let injured = headers.iter().position(|h| h == "injured_side").unwrap();
    let sides: std::collections::BTreeSet<String> = reader.records().map(|r| r.unwrap()[injured].to_string()).collect();
    assert_eq!(sides, ["".to_string(), "left".to_string()].into_iter().collect());
}

#[test]
fn the_clinic_commands_on_the_demo_clinic() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let run = |args: &[&str]| succeeds_in(data, args);
    let loaded = stdout(&run(&["demo"]));
    assert!(loaded.contains("6 athletes, 23 visits, 162 trials"), "{loaded}");
    let athletes: serde_json::Value = serde_json::from_slice(&run(&["athletes", "--format", "json"]).stdout).unwrap();
    assert_eq!(athletes.as_array().unwrap().len(), 6);
    let liam = athletes.as_array().unwrap().iter().find(|a| a["family_name"] == "O'Connor").unwrap();
    assert_eq!(liam["last_visit"], "2026-04-20T16:30:00");
    assert_eq!(liam["episode"]["kind"], "hamstring_strain");
    let table = stdout(&run(&["visits", "--athlete", &liam["id"].to_string()]));
    assert!(table.contains("Isometric knee flexion, prone 0-30°") && table.contains("LSI %"), "{table}");

    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let summary = out.join("visit.csv");
    run(&["export", "visit", "--visit", "8", "--out", summary.to_str().unwrap(), "--decimal-comma"]);
    let text = std::fs::read_to_string(&summary).unwrap();
    let header = text.lines().find(|l| !l.starts_with('#')).unwrap();
    assert!(header.starts_with("athlete_id;athlete;visit_id;visit_date;injured_side;test_id"), "{header}");
    run(&["export", "history", "--athlete", "2", "--out", out.join("history.csv").to_str().unwrap()]);
    run(&["export", "traces", "--athlete", "2", "--visit", "9", "--out", out.join("traces").to_str().unwrap()]);
    assert_eq!(std::fs::read_dir(out.join("traces")).unwrap().count(), 4);
    run(&["export", "all", "--out", out.join("all").to_str().unwrap()]);
    let copy = tempfile::tempdir().unwrap();
    let imported =
        forcetrack(&["import", "all", out.join("all").to_str().unwrap(), "--data-dir", copy.path().to_str().unwrap()]);
    let said = stdout(&imported);
    assert!(
        said.contains("Imported 6 athletes, 2 injury episodes, 23 visits, 162 trials"),
        "{said}{}",
        stderr(&imported)
    );
    let refused = forcetrack(&["import", "all", out.join("all").to_str().unwrap(), "--data-dir", data]);
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("already holds 6 athletes"), "{}", stderr(&refused));
    let backup = stdout(&run(&["backup"]));
    assert!(backup.contains("Backed up to") && backup.contains("manual"), "{backup}");
    let bad =
        forcetrack(&["export", "visit", "--visit", "999", "--out", summary.to_str().unwrap(), "--data-dir", data]);
    assert_eq!(stderr(&bad).trim(), "forcetrack: visit 999 does not exist");
}

#[test]
fn numbers_from_flags_and_profiles_are_range_checked_where_they_enter() {
    // Each is refused with a message and the usage exit code, never a panic (exit 101).
    for (flag, value) in [
        ("--seconds", "inf"),
        ("--seconds", "1e30"),
        ("--seconds", "NaN"),
        ("--seconds", "0"),
        ("--open-delay-s", "-100"),
        ("--open-delay-s", "NaN"),
        ("--open-delay-s", "1e30"),
        ("--lever-arm-m", "-0.4"),
    ] {
        let mut args = vec!["record", "--port", "/dev/null", "--device", "generic_1ch", "--out", "x.csv"];
        if flag != "--seconds" {
            args.extend(["--seconds", "2"]);
        }
        let given = format!("{flag}={value}");
        args.push(&given);
        let out = forcetrack(&args);
        assert_eq!(out.status.code(), Some(2), "{flag} {value}: {}", stderr(&out));
        assert!(stderr(&out).contains(flag) || stderr(&out).contains(value), "{flag} {value}: {}", stderr(&out));
    }
    // A profile's reply timeout out of range is an error naming the file and the field.
    let data = tempfile::tempdir().unwrap();
    let devices = data.path().join("devices");
    std::fs::create_dir_all(&devices).unwrap();
    let original = std::fs::read_to_string(common::project_dir().join("devices/mark10.toml")).unwrap();
    for timeout in ["1e300", "-1", "nan"] {
        let text = original
            .replace("id = \"mark10\"", "id = \"mark10_copy\"")
            .replace("tare = { send = \"Z\" }", &format!("tare = {{ send = \"Z\", timeout_s = {timeout} }}"));
        std::fs::write(devices.join("mark10_copy.toml"), text).unwrap();
        let out = forcetrack(&["--data-dir", data.path().to_str().unwrap(), "devices"]);
        assert_ne!(out.status.code(), Some(101), "{timeout}: {}", stderr(&out));
        let text = format!("{}{}", stdout(&out), stderr(&out));
        assert!(text.contains("mark10_copy.toml") && text.contains("timeout_s"), "{timeout}: {text}");
    }
}

#[test]
fn analyze_csv_never_hands_a_spreadsheet_a_formula() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = dir.path().join("=HYPERLINK(\"http:x\").csv");
    std::fs::copy(common::project_dir().join("sample-data/recordings/knee_flexion_iso_90_left.csv"), &hostile).unwrap();
    // Named as given on the command line: a relative name that starts with '='.
    let out = Command::new(common::forcetrack_bin())
        .current_dir(dir.path())
        .args(["analyze", "--format", "csv", "=HYPERLINK(\"http:x\").csv"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let first = reader.records().next().unwrap().unwrap();
    assert_eq!(&first[0], "'=HYPERLINK(\"http:x\").csv");
}

#[test]
fn devices_says_which_of_two_profiles_with_one_id_is_used_and_why() {
    let data = tempfile::tempdir().unwrap();
    let devices = data.path().join("devices");
    std::fs::create_dir_all(&devices).unwrap();
    let original = std::fs::read_to_string(common::project_dir().join("devices/generic_1ch.toml")).unwrap();
    let named = |id: &str, name: &str| {
        original
            .replace("id = \"generic_1ch\"", &format!("id = \"{id}\""))
            .replace("name = \"Generic 1-channel CSV stream (time_us,force)\"", &format!("name = \"{name}\""))
    };
    std::fs::write(devices.join("board_a.toml"), named("our_board", "Board A")).unwrap();
    std::fs::write(devices.join("board_b.toml"), named("our_board", "Board B")).unwrap();
    std::fs::write(devices.join("generic.toml"), named("generic_1ch", "Our generic board")).unwrap();
    let dir = data.path().to_str().unwrap();
    let out = forcetrack(&["--data-dir", dir, "devices"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Board B") && !text.contains("Board A"), "{text}");
    let a = devices.join("board_a.toml").display().to_string();
    let b = devices.join("board_b.toml").display().to_string();
    assert!(
        text.contains(&format!(
            "profile 'our_board': {b} is used, not {a} (two files in one folder have this id; the last by file \
             name is used: give one another id)"
        )),
        "{text}"
    );
    let generic = devices.join("generic.toml").display().to_string();
    assert!(
        text.contains(&format!(
            "profile 'generic_1ch': {generic} is used, not the built-in profile 'Generic 1-channel CSV stream \
             (time_us,force)' (a profile in a devices folder replaces the built-in one with its id)"
        )),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&forcetrack(&["--data-dir", dir, "devices", "--format", "json"]))).unwrap();
    assert_eq!(json["profile_notices"].as_array().unwrap().len(), 2, "{json}");
}

/// A lever arm measured after the recording is added from the command line (issue 27): the
/// visit's H:Q reads it; a lever arm that is not plausible or a trial that does not exist is
/// refused with the reason, and nothing changes.
#[test]
fn a_lever_arm_is_added_or_corrected_after_the_recording() {
    let data = demo_clinic();
    let data = data.path().to_str().unwrap();
    let visits = |data: &str| -> serde_json::Value {
        serde_json::from_slice(&succeeds_in(data, &["visits", "--athlete", "1", "--format", "json"]).stdout).unwrap()
    };
    let last = visits(data)["visits"].as_array().unwrap().last().unwrap().clone();
    let extension = last["tests"].as_array().unwrap().iter().find(|t| t["test_id"] == "knee_extension_iso_90").unwrap();
    let trial = extension["left"]["trial_ids"][0].to_string();
    let out = succeeds_in(data, &["lever-arm", &trial, "--clear"]);
    assert!(stdout(&out).contains("lever arm none (was 0.4 m)"), "{}", stdout(&out));
    assert!(stdout(&out).contains("H:Q at this visit: left no lever arm, right 0.56."), "{}", stdout(&out));
    let out = succeeds_in(data, &["lever-arm", &trial, "0.40"]);
    assert!(stdout(&out).contains("lever arm 0.4 m (was none)"), "{}", stdout(&out));
    assert!(stdout(&out).contains("H:Q at this visit: left 0.56"), "{}", stdout(&out));
    for (bad, says) in [
        (vec![trial.as_str(), "5"], "the lever arm (m) must be above 0 and at most 2, not 5"),
        (vec![trial.as_str(), "abc"], "'abc' is not a number"),
        (vec![trial.as_str(), "--", "-0.2"], "must be above 0 and at most 2, not -0.2"),
        (vec!["999999", "0.4"], "trial 999999 does not exist"),
    ] {
        let out = forcetrack(&[&["--data-dir", data, "lever-arm"], &bad[..]].concat());
        assert!(!out.status.success() && stderr(&out).contains(says), "{bad:?}: {}", stderr(&out));
    }
    let after = visits(data)["visits"].as_array().unwrap().last().unwrap().clone();
    let extension =
        after["tests"].as_array().unwrap().iter().find(|t| t["test_id"] == "knee_extension_iso_90").unwrap();
    assert_eq!(extension["left"]["lever_arm_m"], 0.4);
}

/// An H:Q whose flexion and extension come from two kinds of instrument says so where H:Q is
/// shown, in the words change uses (issue 27): `forcetrack visits` (table and JSON) and the
/// report (CSV, and the PDF's H:Q line).
#[test]
fn hq_across_two_kinds_of_instrument_carries_its_caveat() {
    let data = demo_clinic();
    let path = data.path().to_str().unwrap();
    let store = forcetrack::store::Store::open(data.path()).unwrap();
    let last = store.visits(1).unwrap().last().unwrap().clone();
    let extension = forcetrack::io::import::EnteredTrial {
        athlete_id: 1,
        visit_id: Some(last.id),
        date: last.date_time.date(),
        test_id: "knee_extension_iso_90".into(),
        side: forcetrack::model::Side::Left,
        device: "Fixed-frame knee rig".into(),
        instrument: forcetrack::model::Instrument::FixedFrame,
        unit: forcetrack::model::ForceUnit::Newton,
        peaks: vec![540.0],
        right_peaks: Vec::new(),
        pain: Some(0),
        lever_arm_m: Some(0.40),
    };
    let mut store = store;
    forcetrack::io::import::save_entered(&mut store, &extension).unwrap();
    let caveat = "not comparable: different device or mode (knee flexion: handheld dynamometer; knee extension: \
                  fixed frame + handheld dynamometer)";
    let out = stdout(&succeeds_in(path, &["visits", "--athlete", "1"]));
    assert!(out.contains(&format!("H:Q {} left: {caveat}.", last.date_time.format("%Y-%m-%d"))), "{out}");
    assert!(!out.contains("right: not comparable"), "the right side is of one kind:\n{out}");
    let json: serde_json::Value =
        serde_json::from_slice(&succeeds_in(path, &["visits", "--athlete", "1", "--format", "json"]).stdout).unwrap();
    let hq = &json["visits"].as_array().unwrap().last().unwrap()["hq"];
    assert_eq!(hq["left"]["instruments_caveat"], caveat);
    assert!(hq["right"]["instruments_caveat"].is_null());
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("report.csv");
    succeeds_in(path, &["report", "--athlete", "1", "--out", csv.to_str().unwrap()]);
    let text = std::fs::read_to_string(&csv).unwrap();
    let hq_rows: Vec<&str> = text.lines().filter(|l| l.contains("hq_ratio") && l.contains(caveat)).collect();
    assert_eq!(hq_rows.len(), 1, "{text}");
    let pdf = dir.path().join("report.pdf");
    succeeds_in(path, &["report", "--athlete", "1", "--out", pdf.to_str().unwrap()]);
    match Command::new("pdftotext").arg(&pdf).arg("-").output() {
        Ok(o) => {
            let text = String::from_utf8_lossy(&o.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(text.contains(&format!("left H:Q {caveat}")), "{text}");
        }
        Err(e) => eprintln!("skipping the PDF text check: pdftotext is not available ({e})"),
    }
}
