//! The command line with results entered by hand (from a device with no public protocol), both
//! legs of a Nordic, changes across kinds of device, and deleted visits listed and restored.

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

/// DOMAIN.md sections 3 and 4: results typed in from devices with no public protocol count
/// like recorded ones, are marked "entered by hand", and a change across kinds of device is
/// "not comparable" with both values (the demo's Mateo Rossi: hip strength on a fixed frame
/// and a microFET after handheld screenings).
#[test]
fn entered_results_and_changes_across_kinds_of_device_in_the_exports() {
    let dir = demo_clinic();
    let data = dir.path().to_str().unwrap();
    let run = |args: &[&str]| succeeds_in(data, args);
    let athletes: serde_json::Value = serde_json::from_slice(&run(&["athletes", "--format", "json"]).stdout).unwrap();
    let mateo = athletes.as_array().unwrap().iter().find(|a| a["family_name"] == "Rossi").unwrap()["id"].to_string();
    let visits: serde_json::Value =
        serde_json::from_slice(&run(&["visits", "--athlete", &mateo, "--format", "json"]).stdout).unwrap();
    let last = visits["visits"].as_array().unwrap().last().unwrap()["visit"]["id"].to_string();
    let file = dir.path().join("mateo.csv");
    run(&["export", "visit", "--visit", &last, "--out", file.to_str().unwrap()]);
    let mut reader = csv::ReaderBuilder::new().comment(Some(b'#')).from_path(&file).unwrap();
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let row = |test: &str| rows.iter().find(|r| &r[col("test_id")] == test && &r[col("side")] == "left").unwrap();
    let abduction = row("hip_abduction_iso");
    assert_eq!(&abduction[col("entry")], "entered_by_hand");
    assert_eq!(&abduction[col("instruments")], "fixed_frame");
    assert_eq!(&abduction[col("devices")], "Fixed-frame hip rig");
    assert_eq!(&abduction[col("change_verdict")], "not comparable: different device or mode");
    assert_eq!((&abduction[col("change")], &abduction[col("mdc_percent")]), ("", ""), "no change across devices");
    assert!(
        abduction[col("previous_result")].parse::<f64>().is_ok() && abduction[col("result_n")].parse::<f64>().is_ok()
    );
    assert_eq!(&abduction[col("rfd_0_100_ms_best_n_per_s")], "", "no curve metrics by hand");
    assert!(abduction[col("peak_force_cv_percent")].parse::<f64>().is_ok(), "best, mean and CV of the typed peaks");
    // The microFET is handheld, as the screening's dynamometer was: the change is judged.
    let extension = row("hip_extension_iso");
    assert_eq!(&extension[col("instruments")], "handheld");
    assert!(extension[col("change")].parse::<f64>().is_ok(), "{:?}", extension);
    assert_ne!(&extension[col("change_verdict")], "not comparable: different device or mode");
    // The methods say how each test's results were taken.
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("# column entry: recorded"), "{text}");
    let table = stdout(&run(&["visits", "--athlete", &mateo]));
    assert!(table.contains("Isometric hip abduction") && table.contains("entered by hand"), "{table}");
}

/// `forcetrack enter` and `forcetrack import entered`: results typed in from a device with no
/// public protocol count in results and clearance like recorded ones; bad input is refused
/// with every reason, and nothing of a bad file is stored.
#[test]
fn results_entered_by_hand_from_the_command_line_and_a_csv() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let with_data = |args: &[&str]| forcetrack(&[args, &["--data-dir", data]].concat());
    let run = |args: &[&str]| stdout(&succeeds_in(data, args));
    run(&["demo"]);
    // Liam, a week after his last visit, tested on a microFET read in kgf.
    let enter = |side: &str, peaks: &str| {
        run(&[
            "enter",
            "--athlete",
            "1",
            "--test",
            "knee_flexion_iso_90",
            "--side",
            side,
            "--device",
            "Hoggan microFET 2",
            "--instrument",
            "handheld",
            "--unit",
            "kgf",
            "--peaks",
            peaks,
            "--date",
            "2026-04-27",
            "--pain",
            "0",
            "--lever-arm-m",
            "0.38",
        ])
    };
    let said = enter("left", "31.2,30.8,32.0");
    assert!(said.contains("3 reps from Hoggan microFET 2 (handheld dynamometer), best 32 kgf (313.8 N)"), "{said}");
    enter("right", "32.5,33.0");
    let visits: serde_json::Value =
        serde_json::from_slice(&with_data(&["visits", "--athlete", "1", "--format", "json"]).stdout).unwrap();
    let last = visits["visits"].as_array().unwrap().last().unwrap();
    assert_eq!(last["visit"]["date_time"], "2026-04-27T12:00:00");
    let kf = &last["tests"][0];
    assert_eq!(kf["test_id"], "knee_flexion_iso_90");
    let left = &kf["left"];
    assert!((left["value"].as_f64().unwrap() - 32.0 * 9.80665).abs() < 1e-6, "{left}");
    assert_eq!(left["entered_by_hand"], true);
    assert_eq!(left["reps"], 3);
    assert!(left["rfd_100"].is_null(), "no curve metrics");
    // Compared with the recorded handheld value a week before: same kind of device, judged.
    assert_eq!(left["change"]["previous_date"], "2026-04-20");
    assert_ne!(left["change"]["change"]["verdict"], "not_comparable");
    // The clearance criterion reads the entered values like recorded ones.
    let e: serde_json::Value = serde_json::from_slice(
        &with_data(&["clearance", "--athlete", "1", "--visit", &last["visit"]["id"].to_string(), "--format", "json"])
            .stdout,
    )
    .unwrap();
    let lsi = e["criteria"].as_array().unwrap().iter().find(|c| c["id"] == "knee_flexion_90_lsi").unwrap();
    let expected = 32.0 / 33.0 * 100.0;
    assert!((lsi["readings"][0]["value"].as_f64().unwrap() - expected).abs() < 1e-6, "{lsi}");
    assert_eq!(lsi["verdict"], "pass");

    // Refused, with the reason, and nothing stored.
    for (args, reason) in [
        (vec!["--side", "both"], "--side both takes each leg's peaks: --left-peaks and --right-peaks"),
        (vec!["--side", "sideways"], "is not left, right or both"),
        (vec!["--side", "left", "--unit", "stone"], "is not N, kgf or lbf"),
        (vec!["--side", "left", "--instrument", "scale"], "is not one of handheld"),
    ] {
        let mut all =
            vec!["enter", "--athlete", "1", "--test", "knee_flexion_iso_90", "--device", "x", "--peaks", "30"];
        if !args.contains(&"--unit") {
            all.extend(["--unit", "kgf"]);
        }
        if !args.contains(&"--instrument") {
            all.extend(["--instrument", "handheld"]);
        }
        all.extend(args.iter().copied());
        let out = with_data(&all);
        assert!(!out.status.success() && stderr(&out).contains(reason), "{all:?}: {}", stderr(&out));
    }
    let out = with_data(&[
        "enter",
        "--athlete",
        "1",
        "--test",
        "single_leg_bridge",
        "--side",
        "left",
        "--device",
        "x",
        "--instrument",
        "handheld",
        "--unit",
        "N",
        "--peaks",
        "-3",
    ]);
    let e = stderr(&out);
    assert!(
        !out.status.success() && e.contains("measured by a count") && e.contains("-3 N is not a peak force"),
        "{e}"
    );
    let out = with_data(&[
        "enter",
        "--athlete",
        "1",
        "--test",
        "knee_flexion_iso_90",
        "--side",
        "left",
        "--device",
        "micro\u{1b}[2JFET",
        "--instrument",
        "handheld",
        "--unit",
        "N",
        "--peaks",
        "300",
    ]);
    assert!(!out.status.success() && stderr(&out).contains("control character U+001B"), "{}", stderr(&out));

    // A clinic's history moved in: one row per rep.
    let file = dir.path().join("history.csv");
    std::fs::write(
        &file,
        "athlete_id,date,test_id,side,device,instrument,unit,peak,pain_0_10\n\
         2,2025-11-03,knee_flexion_iso_30,left,Lafayette 01165,handheld,lbf,41.5,2\n\
         2,2025-11-03,knee_flexion_iso_30,left,Lafayette 01165,handheld,lbf,43.0,2\n\
         2,2025-11-03,knee_flexion_iso_30,right,Lafayette 01165,handheld,lbf,47.5,0\n\
         2,2025-11-03,hip_extension_iso,left,Kinvent K-Push,fixed_frame,kgf,25.1,\n\
         2,2025-11-03,hip_extension_iso,right,Kinvent K-Push,fixed_frame,kgf,26.3,\n",
    )
    .unwrap();
    let said = run(&["import", "entered", file.to_str().unwrap()]);
    assert!(said.contains("Imported 4 trials entered by hand (5 reps); 1 new visits."), "{said}");
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "athlete_id,date,test_id,side,device,instrument,unit,peak\n\
         2,2025-11-10,knee_flexion_iso_30,left,Lafayette,handheld,lbf,40\n\
         2,10/11/2025,knee_flexion_iso_30,both,Lafayette,scale,stone,heavy\n",
    )
    .unwrap();
    let out = with_data(&["import", "entered", bad.to_str().unwrap()]);
    let e = stderr(&out);
    assert!(!out.status.success(), "{e}");
    for reason in
        ["line 3", "date is not YYYY-MM-DD", "side is not left or right", "unit is not N", "peak is not a number"]
    {
        assert!(e.contains(reason), "{reason}: {e}");
    }
    let visits: serde_json::Value =
        serde_json::from_slice(&with_data(&["visits", "--athlete", "2", "--format", "json"]).stdout).unwrap();
    let dates: Vec<&str> =
        visits["visits"].as_array().unwrap().iter().map(|v| v["visit"]["date_time"].as_str().unwrap()).collect();
    assert!(dates.contains(&"2025-11-03T12:00:00") && !dates.iter().any(|d| d.starts_with("2025-11-10")), "{dates:?}");
}

/// A visit deleted in the app is kept restorable (issue 27): `visits --deleted` lists it with
/// what it holds (test names and count), `restore visit` brings it back with its trials.
#[test]
fn deleted_visits_are_listed_and_restored_from_the_command_line() {
    let dir = demo_clinic();
    let data = dir.path().to_str().unwrap();
    let with_data = |args: &[&str]| forcetrack(&[args, &["--data-dir", data]].concat());
    let (visit, trials) = {
        let store = forcetrack::store::Store::open(dir.path()).unwrap();
        let visit = store.visits(1).unwrap().last().unwrap().id;
        let trials = store.trials_of_visit(visit).unwrap().len();
        store.delete_visit(visit).unwrap();
        (visit, trials)
    };
    let listed = stdout(&succeeds_in(data, &["visits", "--deleted"]));
    assert!(listed.contains("Liam O'Connor (1)") && listed.contains(&format!("{trials} trials: ")), "{listed}");
    assert!(listed.contains("Isometric knee flexion 90/90 (") && !listed.contains("knee_flexion_iso_90"), "{listed}");
    let json: serde_json::Value = serde_json::from_slice(
        &succeeds_in(data, &["visits", "--deleted", "--athlete", "1", "--format", "json"]).stdout,
    )
    .unwrap();
    assert_eq!(json[0]["visit"]["id"], visit);
    assert_eq!(json[0]["trials"], trials);
    let live = |out: Output| -> Vec<i64> {
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["visits"].as_array().unwrap().iter().map(|v| v["visit"]["id"].as_i64().unwrap()).collect()
    };
    assert!(!live(succeeds_in(data, &["visits", "--athlete", "1", "--format", "json"])).contains(&visit));
    let said = stdout(&succeeds_in(data, &["restore", "visit", &visit.to_string()]));
    assert!(said.contains("Restored the visit of") && said.contains(&format!("with its {trials} trials")), "{said}");
    assert!(live(succeeds_in(data, &["visits", "--athlete", "1", "--format", "json"])).contains(&visit));
    // Nothing left to restore: said, with where to look.
    let out = with_data(&["restore", "visit", &visit.to_string()]);
    assert!(!out.status.success() && stderr(&out).contains("no deleted visit"), "{}", stderr(&out));
    assert!(stdout(&succeeds_in(data, &["visits", "--deleted"])).contains("No deleted visits"));
}

/// A Nordic typed in takes both legs' peaks at once (issue 27), from `enter --side both` and
/// from an `import entered` file's left and right rows; a one-leg test is not entered as both.
#[test]
fn a_nordic_is_entered_with_both_legs_from_the_command_line_and_a_csv() {
    let dir = demo_clinic();
    let data = dir.path().to_str().unwrap();
    let with_data = |args: &[&str]| forcetrack(&[args, &["--data-dir", data]].concat());
    let nordic = |extra: &[&str]| {
        let mut args = vec![
            "enter",
            "--athlete",
            "1",
            "--test",
            "nordic",
            "--device",
            "VALD NordBord",
            "--instrument",
            "load_cell_rig",
            "--unit",
            "N",
            "--date",
            "2026-04-27",
        ];
        args.extend_from_slice(extra);
        with_data(&args)
    };
    let out = nordic(&["--side", "both", "--left-peaks", "372,380", "--right-peaks", "340,351,349"]);
    let said = stdout(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(said.contains("left 2 reps, best 380 N") && said.contains("right 3 reps, best 351 N"), "{said}");
    let visits: serde_json::Value =
        serde_json::from_slice(&succeeds_in(data, &["visits", "--athlete", "1", "--format", "json"]).stdout).unwrap();
    let last = visits["visits"].as_array().unwrap().last().unwrap();
    let test = last["tests"].as_array().unwrap().iter().find(|t| t["test_id"] == "nordic").unwrap();
    assert_eq!((test["left"]["value"].as_f64(), test["right"]["value"].as_f64()), (Some(380.0), Some(351.0)));
    assert_eq!((test["left"]["reps"].as_i64(), test["right"]["reps"].as_i64()), (Some(2), Some(3)));
    assert_eq!(test["right"]["entered_by_hand"], true);
    // Refused, with the reason.
    for (extra, reason) in [
        (vec!["--side", "both", "--peaks", "372"], "--left-peaks and --right-peaks"),
        (vec!["--side", "both", "--left-peaks", "372"], "no peak entered for the right leg"),
        (vec!["--side", "left", "--left-peaks", "372"], "go with --side both"),
    ] {
        let out = nordic(&extra);
        assert!(!out.status.success() && stderr(&out).contains(reason), "{extra:?}: {}", stderr(&out));
    }
    let out = with_data(&[
        "enter",
        "--athlete",
        "1",
        "--test",
        "knee_flexion_iso_90",
        "--side",
        "both",
        "--device",
        "x",
        "--instrument",
        "handheld",
        "--unit",
        "N",
        "--left-peaks",
        "300",
        "--right-peaks",
        "310",
    ]);
    assert!(!out.status.success() && stderr(&out).contains("tested one leg at a time"), "{}", stderr(&out));

    // From a file: a Nordic's left and right rows are one trial of both legs.
    let file = dir.path().join("nordbord.csv");
    std::fs::write(
        &file,
        "athlete_id,date,test_id,side,device,instrument,unit,peak\n\
         2,2025-11-03,nordic,left,VALD NordBord,load_cell_rig,N,301\n\
         2,2025-11-03,nordic,right,VALD NordBord,load_cell_rig,N,322\n\
         2,2025-11-03,nordic,left,VALD NordBord,load_cell_rig,N,310\n",
    )
    .unwrap();
    let said = stdout(&succeeds_in(data, &["import", "entered", file.to_str().unwrap()]));
    assert!(said.contains("Imported 1 trials entered by hand (3 reps)"), "{said}");
    let one_leg = dir.path().join("one_leg.csv");
    std::fs::write(
        &one_leg,
        "athlete_id,date,test_id,side,device,instrument,unit,peak\n\
         2,2025-11-10,nordic,left,VALD NordBord,load_cell_rig,N,301\n",
    )
    .unwrap();
    let out = with_data(&["import", "entered", one_leg.to_str().unwrap()]);
    assert!(!out.status.success() && stderr(&out).contains("no row for the right leg"), "{}", stderr(&out));
}
