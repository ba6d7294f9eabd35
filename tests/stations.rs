//! Several stations on one clinic server at the same time: three `forcetrack record` processes,
//! each with its own device behind a pseudo-terminal, and the desktop app (egui_kittest)
//! recording with its demo dynamometer, 20 trials each. Every trial is on the server once, with
//! every sample its station recorded, counted on the server.
#![cfg(unix)]

mod common;
#[path = "common/ui.rs"]
mod ui;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};

use egui_kittest::kittest::Queryable;
use forcetrack::app::AppOptions;
use forcetrack::device::emulator::{Emulator, Source, serve_pty};
use forcetrack::device::profile::ProfileSet;
use forcetrack::device::sim::SimAthlete;
use forcetrack::model::Athlete;
use forcetrack::store::{ServerAddress, Store};
use ui::{App, click, labels_containing, wait_for, wait_until};

const TRIALS_PER_STATION: usize = 20;

/// Records one trial from the command line on a `generic_1ch` board of its own behind a pty:
/// (trial id, samples the station recorded).
fn record_one(url: &str, station: &std::path::Path, athlete: i64, seed: u64) -> (i64, usize) {
    let set = ProfileSet::load(None);
    let profile = set.get("generic_1ch").unwrap().clone();
    let emulator = Emulator::new(&profile, Source::Athlete(SimAthlete::default()), Some(200.0), seed).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::channel();
    let flag = stop.clone();
    let device = std::thread::spawn(move || {
        serve_pty(emulator, None, |p| tx.send(p.to_path_buf()).unwrap(), |_| flag.load(Ordering::SeqCst)).unwrap()
    });
    let port = rx.recv().unwrap();
    let out = std::process::Command::new(common::forcetrack_bin())
        .args(["record", "--port", port.to_str().unwrap(), "--device", "generic_1ch", "--seconds", "1"])
        .args(["--athlete", &athlete.to_string(), "--test", "knee_flexion_iso_90", "--side", "left"])
        .args(["--server", url, "--data-dir", station.to_str().unwrap()])
        .output()
        .unwrap();
    stop.store(true, Ordering::SeqCst);
    device.join().unwrap();
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{said}");
    let found = regex::Regex::new(r"(\d+) samples over .* saved as trial (\d+) of").unwrap();
    let caps = found.captures(&said).unwrap_or_else(|| panic!("no trial saved: {said}"));
    (caps[2].parse().unwrap(), caps[1].parse().unwrap())
}

/// Records every trial of the session on screen, pain 0, until its summary; returns how many.
fn record_the_session(app: &mut App) -> usize {
    let mut recorded = 0;
    loop {
        wait_until(app, "the next trial or the summary", ui::PATIENCE_S, |a| {
            a.query_by_label("⏺ Start recording").is_some()
                || a.query_by_label("Skip rest").is_some()
                || a.query_by_label("💾 Save visit").is_some()
        });
        if app.query_by_label("💾 Save visit").is_some() {
            return recorded;
        }
        if app.query_by_label("Skip rest").is_some() {
            click(app, "Skip rest");
        }
        click(app, "⏺ Start recording");
        wait_until(app, "three finished reps", ui::PATIENCE_S, |a| {
            labels_containing(a, "Rep 3:").iter().any(|l| !l.ends_with('…'))
        });
        click(app, "■ Stop");
        wait_for(app, "Rep 3");
        click(app, "pain 0");
        click(app, "✔ Accept trial");
        recorded += 1;
    }
}

/// A session of `tests` on the demo dynamometer for the athlete on screen, saved.
fn session(app: &mut App, tests: &[&str]) -> usize {
    click(app, "▶ New test session");
    for test in tests {
        click(app, test);
    }
    // The device stays connected between sessions.
    if labels_containing(app, "streaming").is_empty() {
        click(app, "Demo dynamometer");
    }
    ui::wait_for_text(app, "streaming");
    click(app, "Start session");
    let recorded = record_the_session(app);
    click(app, "💾 Save visit");
    recorded
}

#[test]
fn three_recording_processes_and_the_app_on_one_server_keep_every_trial_once_with_every_sample() {
    let Some(db) = common::server::test_database() else { return };
    let address = ServerAddress::parse(&db.url).unwrap();
    Store::init_server(&address).unwrap();
    let root = tempfile::tempdir().unwrap();
    let server = Store::connect(&address, &root.path().join("check")).unwrap();
    let athlete = server.add_athlete(&Athlete::new("Ada", "Lovelace")).unwrap();

    // Three stations recording from the command line, at the same time as the app.
    let lanes: Vec<_> = (0..3)
        .map(|lane| {
            let url = db.url.clone();
            let station = root.path().join(format!("station-{lane}"));
            std::thread::spawn(move || {
                (0..TRIALS_PER_STATION)
                    .map(|i| record_one(&url, &station, athlete, (lane * 100 + i) as u64))
                    .collect::<Vec<_>>()
            })
        })
        .collect();

    // The app: a station of its own, on the same server.
    let data = root.path().join("app");
    ui::write_prefs(&data, &format!(r#"{{"mode": "clinic", "countdown_s": 0.0, "clinic_server": "{}"}}"#, db.url));
    let mut options = AppOptions::new(data.clone());
    options.demo_speed = ui::DEMO_SPEED;
    let mut app = ui::start(options);
    ui::wait_for_text(&mut app, "SERVER REACHABLE");
    ui::wait_for_text(&mut app, "Ada Lovelace");
    click(&mut app, "Ada Lovelace");
    let five = [
        "Isometric knee flexion 90/90",
        "Isometric knee flexion, prone 0-30°",
        "Isometric hip extension",
        "Isometric hip abduction",
        "Isometric hip adduction",
    ];
    let mut by_app = session(&mut app, &five);
    ui::wait_for_text(&mut app, "History: Ada Lovelace");
    click(&mut app, "Ada Lovelace");
    by_app += session(&mut app, &five);
    assert_eq!(by_app, TRIALS_PER_STATION);

    let from_lanes: Vec<(i64, usize)> = lanes.into_iter().flat_map(|l| l.join().unwrap()).collect();
    assert_eq!(from_lanes.len(), 3 * TRIALS_PER_STATION);
    // Counted on the server: every trial once, every sample kept.
    let trials = server.trials_of_athlete(athlete).unwrap();
    assert_eq!(trials.len(), 4 * TRIALS_PER_STATION, "every trial once");
    let mut ids: Vec<i64> = trials.iter().map(|t| t.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), trials.len());
    // Who recorded each: the login each station connected with.
    let login = address.login().to_string();
    assert!(trials.iter().all(|t| t.recorded_by == login), "every trial names its login");
    for (id, samples) in &from_lanes {
        let trial = server.trial(*id).unwrap();
        assert_eq!(trial.trace.len(), *samples, "trial {id}: every sample the station recorded");
        assert!(*samples > 100, "trial {id}: {samples} samples");
    }
    let lane_ids: std::collections::HashSet<i64> = from_lanes.iter().map(|(id, _)| *id).collect();
    for t in trials.iter().filter(|t| !lane_ids.contains(&t.id)) {
        assert!(server.trial(t.id).unwrap().trace.len() > 100, "the app's trial {} has its samples", t.id);
    }
    let journals_left: usize = (0..3)
        .map(|lane| {
            Store::connect(&address, &root.path().join(format!("station-{lane}")))
                .unwrap()
                .unfinished_recordings(std::time::Duration::ZERO)
                .unwrap()
                .len()
        })
        .sum();
    assert_eq!(journals_left, 0, "nothing left in the stations' journals");
}
