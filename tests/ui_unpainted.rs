//! A recording goes on while the app's window draws no frames (covered or minimised: the
//! system sends it none). The app runs in a process of its own, is made to stop drawing once its
//! recording has begun, and is killed: the journal holds what the device sent up to the kill, and
//! a timed recording ends at its length, although no frame was drawn after its start.
#![cfg(unix)]

#[path = "common/ui.rs"]
mod ui;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use forcetrack::app::AppOptions;
use forcetrack::store::{IntegrityCheck, Store};
use ui::{start, wait_for_text, write_prefs};

/// The environment variables that make the ignored test below the app's process.
const CHILD_DATA: &str = "FORCETRACK_UNPAINTED_DATA";
const CHILD_SECONDS: &str = "FORCETRACK_UNPAINTED_SECONDS";
/// What the app's process prints once it stops drawing.
const FROZEN: &str = "no more frames from here";

/// The app's process: records the demo force plate for the seconds asked (`--autorecord`), and
/// once the recording shows, draws no frame again until it is killed.
#[test]
#[ignore = "the app's process of the tests in this file, started by them"]
fn the_app_stops_drawing_once_its_recording_has_begun() {
    let (Some(data), Some(seconds)) = (std::env::var_os(CHILD_DATA), std::env::var_os(CHILD_SECONDS)) else {
        return;
    };
    let data = std::path::PathBuf::from(data);
    write_prefs(&data, r#"{"mode": "clinic", "countdown_s": 0.0}"#);
    let mut options = AppOptions::new(data);
    options.autorecord_s = Some(seconds.to_str().unwrap().parse().unwrap());
    let mut app = start(options);
    wait_for_text(&mut app, "Recording the demo force plate");
    println!("{FROZEN}");
    std::thread::sleep(Duration::from_secs(600));
}

/// Starts the app's process on `data` recording for `seconds`; returns it once it draws no more.
fn app_that_stops_drawing(data: &std::path::Path, seconds: &str) -> Child {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "the_app_stops_drawing_once_its_recording_has_begun", "--ignored", "--nocapture"])
        .env(CHILD_DATA, data)
        .env(CHILD_SECONDS, seconds)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    loop {
        match lines.next() {
            Some(Ok(line)) if line.contains(FROZEN) => break,
            Some(Ok(_)) => {}
            other => {
                let _ = child.kill();
                panic!("the app's process ended before its recording began: {other:?}");
            }
        }
    }
    child
}

/// The recording in the journal of `data`: its seconds from first to last sample.
fn journal_duration_s(data: &std::path::Path) -> f64 {
    let store = Store::open_named(data, "forcetrack.sqlite", IntegrityCheck::Never).unwrap();
    let unfinished = store.unfinished_recordings(Duration::ZERO).unwrap();
    assert_eq!(unfinished.len(), 1, "one recording offered back");
    let trace = store.journal_trace(unfinished[0].id, &unfinished[0].meta.channel_names).unwrap();
    trace.time_s.last().copied().unwrap_or(0.0) - trace.time_s.first().copied().unwrap_or(0.0)
}

/// Seconds of samples the journal of `data` has committed so far (first to last), read without
/// opening the clinic, while the app's process writes it: 0 before anything is committed.
fn committed_s(data: &std::path::Path) -> f64 {
    let Ok(conn) = rusqlite::Connection::open_with_flags(
        data.join("forcetrack.recordings.sqlite"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    ) else {
        return 0.0;
    };
    let Ok(mut stmt) = conn.prepare("SELECT samples FROM journal_chunks ORDER BY seq") else { return 0.0 };
    let chunks: Vec<Vec<u8>> = match stmt.query_map([], |r| r.get(0)) {
        Ok(rows) => rows.filter_map(Result::ok).collect(),
        Err(_) => return 0.0,
    };
    let times: Vec<f64> =
        chunks.iter().filter_map(|c| forcetrack::store::blob::decode(c).ok()).flat_map(|(t, _)| t).collect();
    match (times.first(), times.last()) {
        (Some(first), Some(last)) => last - first,
        _ => 0.0,
    }
}

/// How long a wait may take before it counts as a hang (a guard for a loaded machine, not a
/// speed check).
const PATIENCE: Duration = Duration::from_secs(120);

/// Waits until the journal of `data` holds more than `seconds` of samples.
fn wait_for_committed(data: &std::path::Path, seconds: f64) {
    let start = Instant::now();
    while committed_s(data) <= seconds {
        assert!(start.elapsed() < PATIENCE, "the journal never held {seconds} s");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_recording_reaches_the_journal_while_no_frame_is_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = app_that_stops_drawing(dir.path(), "60");
    // The device streams (its connection takes a moment): from here no frame is drawn.
    wait_for_committed(dir.path(), 0.0);
    let (from_s, from) = (committed_s(dir.path()), Instant::now());
    std::thread::sleep(Duration::from_secs(3));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let unpainted_s = from.elapsed().as_secs_f64();
    let recorded_s = journal_duration_s(dir.path());
    let grown_s = recorded_s - from_s;
    eprintln!(
        "the journal grew by {grown_s:.3} s in the {unpainted_s:.3} s before the kill, without a frame \
         ({recorded_s:.3} s in all)"
    );
    // A journal fed by frames would not have grown at all. It commits every 200 ms, so about
    // that much is lost at the kill (the figure above); the bound allows for a loaded machine.
    assert!(grown_s > unpainted_s - 1.5, "{grown_s:.3} s: the recording stopped with the frames");
}

#[test]
fn a_timed_recording_ends_at_its_length_while_no_frame_is_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = app_that_stops_drawing(dir.path(), "2");
    // The recording's end is in the journal, then well past it, without a frame.
    wait_for_committed(dir.path(), 1.99 - 0.02);
    std::thread::sleep(Duration::from_secs(2));
    child.kill().unwrap();
    child.wait().unwrap();
    let recorded_s = journal_duration_s(dir.path());
    eprintln!("{recorded_s:.3} s in the journal of a 2 s recording");
    assert!(recorded_s < 2.0, "{recorded_s:.3} s: the recording went on past its length");
}
