//! `forcetrack emulate` and `forcetrack record` through real pseudo-terminals, as a user runs
//! them: into a file, into an athlete's visit, checked before the first sample, and a take the
//! database refuses kept in a file.
#![cfg(unix)]

mod common;

use std::io::Write;
use std::time::Duration;

fn forcetrack(args: &[&str]) -> std::process::Command {
    let mut c = std::process::Command::new(common::forcetrack_bin());
    c.args(args);
    c
}

#[test]
fn emulate_and_record_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plate.csv");
    let (mut emulate, port) = emulate("dual_force_plate", "30");
    assert!(port.starts_with("/dev/"), "{port}");
    let record = forcetrack(&["record", "--port", &port, "--device", "dual_force_plate", "--seconds", "2", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    let message = String::from_utf8_lossy(&record.stderr);
    assert!(record.status.success(), "{message}");
    assert!(message.contains("0 lost samples"), "{message}");
    let trace = forcetrack::io::read_trace_file(&out).unwrap().trace;
    assert_eq!(trace.channels.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["left", "right"]);
    assert!((trace.duration_s() - 2.0).abs() < 0.01, "{}", trace.duration_s());
    assert!((3990..=4000).contains(&trace.len()), "{} samples at 2 kHz", trace.len());
    assert_eq!(trace.meta.sample_rate_hz, Some(2000.0));
    emulate.kill().unwrap();
    emulate.wait().unwrap();
}

#[test]
fn record_keeps_what_it_got_when_the_device_is_unplugged() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cut.csv");
    // The board boots for 1.375 s after the port opens, then streams until the emulator stops.
    let (mut emulate, port) = emulate("generic_1ch", "3");
    let record = forcetrack(&["record", "--port", &port, "--device", "generic_1ch", "--seconds", "10", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    let message = String::from_utf8_lossy(&record.stderr);
    assert_eq!(record.status.code(), Some(2), "{message}");
    assert!(message.contains("Recording stopped early"), "{message}");
    let trace = forcetrack::io::read_trace_file(&out).unwrap().trace;
    assert!(trace.duration_s() > 1.2 && trace.duration_s() < 1.7, "{}", trace.duration_s());
    emulate.wait().unwrap();
}

/// `forcetrack emulate` of `device` for `seconds`, and the port it printed.
fn emulate(device: &str, seconds: &str) -> (std::process::Child, String) {
    let mut emulate = forcetrack(&["emulate", "--device", device, "--seconds", seconds])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut first_line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(emulate.stdout.take().unwrap()), &mut first_line).unwrap();
    (emulate, first_line.trim().to_string())
}

/// Records `seconds` from a fresh `forcetrack emulate` of `device` with extra arguments.
fn record_from_emulator(device: &str, seconds: &str, extra: &[&str]) -> std::process::Output {
    let (mut emulate, port) = emulate(device, "30");
    let output = forcetrack(&["record", "--port", &port, "--device", device, "--seconds", seconds])
        .args(extra)
        .output()
        .unwrap();
    emulate.kill().unwrap();
    emulate.wait().unwrap();
    output
}

#[test]
fn record_for_an_athlete_joins_the_visit_of_the_day_and_says_which() {
    use forcetrack::model::Athlete;
    use forcetrack::store::{IntegrityCheck, Store};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let athlete = Store::open_named(dir.path(), "forcetrack.sqlite", IntegrityCheck::Never)
        .unwrap()
        .add_athlete(&Athlete::new("Kim", "Lee"))
        .unwrap()
        .to_string();
    let args = ["--athlete", &athlete, "--test", "nordic", "--side", "both", "--data-dir", data];
    let first = record_from_emulator("dual_force_plate", "1", &args);
    let message = String::from_utf8_lossy(&first.stderr);
    assert!(first.status.success(), "{message}");
    assert!(message.contains("as trial 1 of a new visit, 1"), "{message}");
    let second = record_from_emulator("dual_force_plate", "1", &args);
    let message = String::from_utf8_lossy(&second.stderr);
    assert!(second.status.success(), "{message}");
    assert!(message.contains("as trial 2 of today's visit, 1"), "{message}");
    let store = Store::open_named(dir.path(), "forcetrack.sqlite", IntegrityCheck::Always).unwrap();
    let visits = store.visits(1).unwrap();
    assert_eq!(visits.len(), 1);
    let trials = store.trials_of_visit(visits[0].id).unwrap();
    assert_eq!(trials.len(), 2);
    for trial in &trials {
        let trace = store.trial_trace(trial).unwrap();
        assert!((1990..=2000).contains(&trace.len()), "{} samples: 1 s at 2 kHz", trace.len());
    }
    assert!(store.unfinished_recordings(Duration::ZERO).unwrap().is_empty(), "the journal is empty after the commit");
}

/// A clinic with two athletes, each with one visit: (folder, visit of athlete 1, visit of 2).
fn clinic_with_two_visits() -> (tempfile::TempDir, i64, i64) {
    use forcetrack::model::{Athlete, ProvocationTests, Visit};
    use forcetrack::store::{IntegrityCheck, Store};
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_named(dir.path(), "forcetrack.sqlite", IntegrityCheck::Never).unwrap();
    let mut visits = Vec::new();
    for name in ["Kim", "Ada"] {
        let athlete = store.add_athlete(&Athlete::new(name, "Lee")).unwrap();
        visits.push(
            store
                .add_visit(&Visit {
                    id: 0,
                    athlete_id: athlete,
                    episode_id: None,
                    date_time: chrono::Local::now().naive_local(),
                    body_mass_kg: None,
                    clinician: String::new(),
                    visa_h: None,
                    provocation: ProvocationTests::default(),
                    notes: String::new(),
                })
                .unwrap(),
        );
    }
    (dir, visits[0], visits[1])
}

#[test]
fn record_checks_athlete_visit_and_test_before_the_first_sample() {
    let (dir, _, theirs) = clinic_with_two_visits();
    let data = dir.path().to_str().unwrap();
    // No device at all: the checks come before the port is opened.
    let refused = |extra: &[&str]| {
        let out = forcetrack(&["record", "--port", "/dev/nonexistent-forcetrack", "--device", "generic_1ch"])
            .args(["--seconds", "1", "--athlete", "1", "--side", "left", "--data-dir", data])
            .args(extra)
            .output()
            .unwrap();
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).to_string()
    };
    let e = refused(&["--test", "knee_flexion_iso_90", "--visit", &theirs.to_string()]);
    assert!(e.contains(&format!("visit {theirs} is not a visit of athlete 1")), "{e}");
    let e = refused(&["--test", "knee_flexion_iso_90", "--visit", "99999"]);
    assert!(e.contains("visit 99999 does not exist"), "{e}");
    let e = refused(&["--test", "no_such_test"]);
    assert!(e.contains("unknown test 'no_such_test'"), "{e}");
    // Nothing was started in the journal.
    let store =
        forcetrack::store::Store::open_named(dir.path(), "forcetrack.sqlite", forcetrack::store::IntegrityCheck::Never)
            .unwrap();
    assert_eq!(store.count("journal_recordings").unwrap(), 0);
}

#[test]
fn a_take_the_database_refuses_is_kept_in_a_file_and_the_user_is_told_where() {
    let (dir, mine, _) = clinic_with_two_visits();
    let data = dir.path().to_str().unwrap();
    let (mut emulate, port) = emulate("dual_force_plate", "30");
    let recording = forcetrack(&["record", "--port", &port, "--device", "dual_force_plate", "--seconds", "2"])
        .args(["--athlete", "1", "--test", "nordic", "--side", "both", "--visit", &mine.to_string()])
        .args(["--data-dir", data])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // While it records, the visit is deleted (another computer's clinician, say): the trial
    // cannot be saved into it.
    std::thread::sleep(Duration::from_millis(800));
    let store =
        forcetrack::store::Store::open_named(dir.path(), "forcetrack.sqlite", forcetrack::store::IntegrityCheck::Never)
            .unwrap();
    store.delete_visit(mine).unwrap();
    let out = recording.wait_with_output().unwrap();
    emulate.kill().unwrap();
    emulate.wait().unwrap();
    let message = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{message}");
    let kept = message.split("The recording is kept in ").nth(1).and_then(|r| r.split(" (").next()).expect(&message);
    let trace = forcetrack::io::read_trace_file(std::path::Path::new(kept)).unwrap().trace;
    assert!((3990..=4000).contains(&trace.len()), "{} samples: 2 s at 2 kHz, none thrown away", trace.len());
    assert!(std::path::Path::new(kept).starts_with(dir.path()), "beside the database: {kept}");
    // The journal kept it too, and it can still be saved: into the athlete's visit of the day.
    let listed = forcetrack(&["recover", "--format", "json", "--data-dir", data]).output().unwrap();
    let list: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let id = list[0]["id"].as_i64().expect("the recording in the journal").to_string();
    let saved = forcetrack(&["recover", "--save", &id, "--data-dir", data]).output().unwrap();
    assert!(saved.status.success(), "{}", String::from_utf8_lossy(&saved.stderr));
}

#[test]
fn the_series_5_profile_on_a_series_4_gauge_names_the_profile_to_choose() {
    let dir = tempfile::tempdir().unwrap();
    let (mut emulate, port) = emulate("mark10_series4", "30");
    let record = forcetrack(&["record", "--port", &port, "--device", "mark10", "--seconds", "1", "--out"])
        .arg(dir.path().join("none.csv"))
        .output()
        .unwrap();
    let message = String::from_utf8_lossy(&record.stderr);
    assert!(!record.status.success(), "{message}");
    assert!(message.contains("the device refused 'LIST'"), "{message}");
    assert!(message.contains("Mark-10 Series 4 gauge"), "{message}");
    assert!(message.contains("choose the profile 'mark10_series4' instead of 'mark10'"), "{message}");
    emulate.kill().unwrap();
    emulate.wait().unwrap();
}

#[test]
fn record_states_the_readings_line_noise_cost_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("noisy.csv");
    let (mut master, slave) = serialport::TTYPort::pair().unwrap();
    let path = serialport::SerialPort::name(&slave).unwrap();
    drop(slave);
    let record =
        forcetrack(&["record", "--port", &path, "--device", "generic_2ch", "--seconds", "4", "--open-delay-s", "0"])
            .arg("--out")
            .arg(&out)
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
    std::thread::sleep(Duration::from_secs(2));
    // Readings near the start and the end of the 4 s are left whole, so the count is exact.
    let (bytes, damaged) = common::noisy_stream(5000, 7, |i| i < 10 || (3990..4010).contains(&i));
    let in_recording = damaged.iter().filter(|&&i| i < 4000).count();
    for chunk in bytes.chunks(512) {
        if master.write_all(chunk).is_err() {
            break;
        }
    }
    let output = record.wait_with_output().unwrap();
    let message = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{message}");
    let expected = format!("about {} readings the device sent are missing", thousands(in_recording));
    assert!(message.contains(&expected), "{expected}: {message}");
    assert!(message.contains("the device's clock shows gaps of"), "{message}");
    let trace = forcetrack::io::read_trace_file(&out).unwrap().trace;
    assert_eq!(trace.len() + in_recording, 4000, "every reading of the 4 s is recorded or counted");
    drop(master);
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    if s.len() > 3 { format!("{},{}", &s[..s.len() - 3], &s[s.len() - 3..]) } else { s }
}
