//! Devices through real pseudo-terminals: the emulator on the device side, the link thread on
//! the host side, for every shipped profile.
#![cfg(unix)]

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use forcetrack::device::codec::SampleBlock;
use forcetrack::device::emulator::{Emulator, SentSample, Source, serve_pty};
use forcetrack::device::link::{self, LinkCommand, LinkConfig, LinkEvent, LinkHandle, LinkState};
use forcetrack::device::profile::{Profile, ProfileSet};

/// How long a wait may take before it counts as a hang (a guard for a loaded machine, not a
/// speed check).
const PATIENCE: Duration = Duration::from_secs(120);
use forcetrack::device::sim::SimAthlete;

fn profile(id: &str) -> Profile {
    ProfileSet::load(None).get(id).unwrap().clone()
}

/// An emulator running behind a pty in a thread; stopping it returns what it sent.
struct Device {
    path: PathBuf,
    stop: Arc<AtomicBool>,
    thread: JoinHandle<Emulator>,
}

impl Device {
    fn start(profile: &Profile, link: Option<&Path>, seed: u64) -> Device {
        Device::start_with(profile, link, seed, |_| {}, |_| {})
    }

    /// `setup` sets the device up before it is plugged in; `hand` may change it while it runs
    /// (a press on its keypad).
    fn start_with(
        profile: &Profile,
        link: Option<&Path>,
        seed: u64,
        setup: impl FnOnce(&mut Emulator),
        mut hand: impl FnMut(&mut Emulator) + Send + 'static,
    ) -> Device {
        let athlete = SimAthlete { lead_in_s: 0.6, ..SimAthlete::default() };
        let mut emulator = Emulator::new(profile, Source::Athlete(athlete), None, seed).unwrap();
        emulator.log = Some(Vec::new());
        setup(&mut emulator);
        let stop = Arc::new(AtomicBool::new(false));
        let (tx, rx) = mpsc::channel();
        let flag = stop.clone();
        let link = link.map(Path::to_path_buf);
        let thread = std::thread::spawn(move || {
            serve_pty(
                emulator,
                link.as_deref(),
                |p| tx.send(p.to_path_buf()).unwrap(),
                |e| {
                    hand(e);
                    flag.load(Ordering::SeqCst)
                },
            )
            .unwrap()
        });
        let path = rx.recv_timeout(PATIENCE).unwrap();
        Device { path, stop, thread }
    }

    /// Unplugs the device: closes its side of the line.
    fn unplug(self) -> Emulator {
        self.stop.store(true, Ordering::SeqCst);
        self.thread.join().unwrap()
    }
}

/// Collects link events until `done` says stop or the time runs out.
struct Host {
    handle: LinkHandle,
    samples: SampleBlock,
    events: Vec<LinkEvent>,
}

impl Host {
    fn connect(path: &Path, profile: &Profile, reconnect: bool) -> Host {
        let mut config = LinkConfig::new(path.to_string_lossy(), profile.clone());
        config.reconnect = reconnect;
        Host { handle: link::spawn(config), samples: SampleBlock::default(), events: Vec::new() }
    }

    fn pump_until(&mut self, timeout: Duration, mut done: impl FnMut(&Host) -> bool) -> bool {
        let end = Instant::now() + timeout;
        while Instant::now() < end {
            if done(self) {
                return true;
            }
            match self.handle.events.recv_timeout(Duration::from_millis(20)) {
                Ok(LinkEvent::Samples(block)) => {
                    assert_eq!(block.first_seq, self.samples.end_seq(), "samples arrive in order, without gaps");
                    self.samples.append(&block);
                }
                Ok(event) => self.events.push(event),
                Err(_) => {}
            }
        }
        done(self)
    }

    fn saw(&self, wanted: impl Fn(&LinkEvent) -> bool) -> bool {
        self.events.iter().any(wanted)
    }

    fn state_is(&self, wanted: impl Fn(&LinkState) -> bool) -> bool {
        self.handle.shared.state().as_ref().is_some_and(wanted)
    }
}

/// What a reader of `sent` gets per output channel, summed exactly as the codec sums.
fn expected_channels(profile: &Profile, sent: &SentSample) -> Vec<f64> {
    profile.channels.iter().map(|c| c.sum.iter().map(|&i| sent.values_n[i]).sum()).collect()
}

/// The whole round trip for one profile.
fn round_trip(id: &str, min_samples: usize) {
    round_trip_with(id, min_samples, |_| {}, |_| {});
}

/// The round trip with the device set up (`setup`) and handled while it runs (`hand`).
fn round_trip_with(
    id: &str,
    min_samples: usize,
    setup: impl FnOnce(&mut Emulator),
    hand: impl FnMut(&mut Emulator) + Send + 'static,
) {
    let profile = profile(id);
    let device = Device::start_with(&profile, None, 7, setup, hand);
    let mut host = Host::connect(&device.path, &profile, false);
    let wait = Duration::from_secs_f64(profile.serial.open_delay_s) + PATIENCE;
    assert!(host.pump_until(wait, |h| h.state_is(LinkState::is_live)), "{id}: no connection: {:?}", host.events);

    host.handle.send(LinkCommand::Tare);
    assert!(
        host.pump_until(PATIENCE, |h| h.saw(|e| matches!(e, LinkEvent::Tared { .. }))),
        "{id}: no tare answer: {:?}",
        host.events
    );
    let by_device = host.saw(|e| matches!(e, LinkEvent::Tared { by_device: true }));
    assert_eq!(by_device, profile.commands.tare.is_some(), "{id}");
    // Self-streaming devices sent samples before the tare; keep only what follows it.
    let before_tare = host.samples.len();

    host.handle.send(LinkCommand::Start);
    let enough = host.pump_until(PATIENCE, |h| h.samples.len() >= before_tare + min_samples);
    assert!(enough, "{id}: only {} samples: {:?}", host.samples.len(), host.events);
    host.handle.send(LinkCommand::Stop);
    host.pump_until(Duration::from_millis(300), |_| false);
    let shared = host.handle.shared.clone();
    host.handle.shutdown();
    let emulator = device.unplug();
    let sent = emulator.log.unwrap();

    // Every sample arrived with exactly the value sent, in order, none lost.
    let got = &host.samples;
    assert!(got.len() <= sent.len(), "{id}: {} received, {} sent", got.len(), sent.len());
    for i in 0..got.len() {
        assert_eq!(got.row(i), expected_channels(&profile, &sent[i]).as_slice(), "{id}: sample {i}");
        if let (Some(t0), Some(ti)) = (sent[0].device_time_s, sent[i].device_time_s) {
            // Device time: the same intervals (the start command may restart the clock).
            if i > 0 && sent[i - 1].device_time_s.unwrap() < ti {
                let dt_sent = ti - sent[i - 1].device_time_s.unwrap();
                let dt_got = got.time_s[i] - got.time_s[i - 1];
                assert!((dt_sent - dt_got).abs() < 1e-9, "{id}: interval {i}: {dt_sent} vs {dt_got}");
            }
            let _ = t0;
        } else if i > 0 {
            assert!(got.time_s[i] > got.time_s[i - 1], "{id}: host times increase");
        }
    }
    assert_eq!(shared.lost_samples.load(Ordering::Relaxed), 0, "{id}");
    assert_eq!(shared.rejected.load(Ordering::Relaxed), 0, "{id}: {:?}", shared.last_rejected.lock().unwrap());
    // A board streaming since power on: its partial first line was discarded, not decoded. A
    // banner sent the instant the port opens (Imada's `Gauge Started.`) can not be told from
    // such a tail: its first line goes the same way. Nothing else is discarded.
    let discarded = shared.discarded_bytes.load(Ordering::Relaxed);
    let e = &profile.emulator;
    if e.partial_first_line {
        assert!(discarded > 0, "{id}");
    } else if e.boot_s == 0.0 && !e.banner.is_empty() {
        assert_eq!(discarded, e.banner[0].len() as u64, "{id}");
    } else {
        assert_eq!(discarded, 0, "{id}");
    }

    // Commands answered: the handshake in order, then tare, start and stop.
    let commands = &emulator.commands;
    let handshake: Vec<String> = profile.commands.handshake.iter().map(|h| h.send.clone()).collect();
    assert!(commands.starts_with(&handshake), "{id}: {commands:?}");
    if let Some(tare) = &profile.commands.tare {
        assert!(commands.contains(&tare.send), "{id}: tare not sent: {commands:?}");
    }
    if let Some(start) = &profile.commands.start {
        assert!(commands.contains(&start.send), "{id}: {commands:?}");
    }
    if let Some(poll) = &profile.commands.poll {
        assert!(commands.iter().filter(|c| *c == poll).count() >= min_samples, "{id}: polls");
    }

    // Tare applied: the first readings after the tare sit at zero, not at the device's offset.
    if by_device {
        let rest: Vec<f64> = (before_tare..(before_tare + 5).min(got.len())).map(|i| got.row(i)[0]).collect();
        let mean = rest.iter().sum::<f64>() / rest.len() as f64;
        assert!(mean.abs() < 3.0, "{id}: after tare the load reads {mean} N (offset {} N)", profile.emulator.offset_n);
    }
}

macro_rules! round_trips {
    ($($name:ident: $id:literal, $min:expr;)*) => {$(
        #[test]
        fn $name() {
            round_trip($id, $min);
        }
    )*};
}

round_trips! {
    mark10_round_trip: "mark10", 40;
    mark10_series4_round_trip: "mark10_series4", 20;
    chronojump_force_sensor_round_trip: "chronojump_force_sensor", 100;
    chronojump_force_platform_round_trip: "chronojump_force_platform", 300;
    openscale_round_trip: "openscale", 12;
    loadstar_round_trip: "loadstar_di1000u", 300;
    imada_round_trip: "imada_dst", 20;
    nextech_round_trip: "nextech_dfs", 20;
    generic_1ch_round_trip: "generic_1ch", 800;
    generic_2ch_round_trip: "generic_2ch", 800;
    dual_force_plate_round_trip: "dual_force_plate", 2000;
}

#[test]
fn a_mark10_in_numeric_only_is_read_in_the_unit_it_reports_at_connect() {
    // lbF without a unit on the line would be read 4.45x too small as newtons.
    round_trip_with("mark10", 40, |e| e.set_numeric_only(true), |_| {});
}

#[test]
fn a_unit_changed_on_the_gauge_mid_stream_is_followed() {
    round_trip_with(
        "mark10",
        60,
        |_| {},
        |e| {
            if e.log.as_ref().is_some_and(|l| l.len() == 20) {
                e.set_unit("N").unwrap();
            }
            if e.log.as_ref().is_some_and(|l| l.len() == 40) {
                e.set_unit("kgF").unwrap();
            }
        },
    );
}

#[test]
fn a_loadstar_calibrated_in_kg_is_read_in_kgf() {
    round_trip_with("loadstar_di1000u", 100, |e| e.set_unit("Kg").unwrap(), |_| {});
}

#[test]
fn a_series4_gauge_on_the_series5_profile_is_an_error_that_names_the_refusal() {
    let device = Device::start(&profile("mark10_series4"), None, 1);
    let mut host = Host::connect(&device.path, &profile("mark10"), false);
    let refused = host.pump_until(PATIENCE, |h| {
        h.saw(|e| matches!(e, LinkEvent::State(LinkState::Error { reason }) if reason.contains("Illegal command")))
    });
    assert!(refused, "{:?}", host.events);
    host.handle.shutdown();
    device.unplug();
}

#[test]
fn unplug_is_noticed_and_replug_reconnects() {
    let profile = profile("generic_1ch");
    let dir = tempfile::tempdir().unwrap();
    let alias = dir.path().join("ttyFORCE0");
    let device = Device::start(&profile, Some(&alias), 3);
    let mut host = Host::connect(&alias, &profile, true);
    assert!(host.pump_until(PATIENCE, |h| h.samples.len() > 300));

    // Noticed by the link itself (the port closing, or the profile's silence limit), with a
    // reason, while the test still listens; how soon is the session tests' business (they
    // check the limit on a fake clock), not a wall-clock bound on a shared machine.
    let emulator = device.unplug();
    let noticed = host.pump_until(PATIENCE, |h| {
        h.saw(|e| matches!(e, LinkEvent::State(LinkState::Disconnected { reason }) if !reason.is_empty()))
    });
    assert!(noticed, "{:?}", host.events);

    // Everything received before the unplug was delivered, in order, matching what was sent.
    let sent = emulator.log.unwrap();
    let got = host.samples.len();
    assert!(got > 300 && got <= sent.len());
    for (i, sent) in sent.iter().enumerate().take(got) {
        assert_eq!(host.samples.row(i)[0], sent.values_n[0], "sample {i}");
    }
    assert_eq!(host.handle.shared.samples.load(Ordering::Relaxed), got as u64);
    assert_eq!(host.handle.shared.lost_samples.load(Ordering::Relaxed), 0);

    // Plug back in at the same name: the link reconnects on its own and data flows again.
    let device = Device::start(&profile, Some(&alias), 4);
    let reconnected = host.pump_until(PATIENCE, |h| h.samples.len() > got + 200);
    assert!(reconnected, "no data after replug: {:?}", &host.events[host.events.len().saturating_sub(5)..]);
    assert!(host.saw(|e| matches!(e, LinkEvent::State(LinkState::Reconnecting { .. }))));
    host.handle.shutdown();
    device.unplug();
}

#[test]
fn garbage_between_lines_is_counted_and_every_valid_sample_arrives() {
    let profile = profile("generic_2ch");
    let (mut master, slave) = serialport::TTYPort::pair().unwrap();
    let path = PathBuf::from(serialport::SerialPort::name(&slave).unwrap());
    drop(slave);
    let mut host = Host::connect(&path, &profile, false);
    assert!(host.pump_until(PATIENCE, |h| h.state_is(LinkState::is_live)));
    let mut expected = Vec::new();
    let mut garbage = 0;
    let mut bytes = Vec::new();
    for i in 0..2000u64 {
        let (l, r) = (i as f64 * 0.25, -(i as f64) * 0.5);
        bytes.extend(format!("{},{l},{r}\r\n", i * 1000).as_bytes());
        expected.push((l, r));
        if i % 97 == 13 {
            bytes.extend(b"@!%garbage, not, numbers\r\n");
            garbage += 1;
        }
        if i % 301 == 7 {
            bytes.extend(b"\x00\x01\xfe\xff\r\n");
            garbage += 1;
        }
        if i == 1000 {
            // A corrupted time stamp: the reading is rejected, the stream goes on.
            bytes.extend(b"4000000000,1,1\r\n");
            garbage += 1;
        }
    }
    // A device that starts talking after a quiet open (bytes right at the open could be the
    // tail of an earlier line, and would be discarded up to the first line end).
    std::thread::sleep(Duration::from_millis(200));
    // Write in uneven pieces so lines are split across reads.
    for chunk in bytes.chunks(333) {
        master.write_all(chunk).unwrap();
        std::thread::sleep(Duration::from_micros(300));
    }
    assert!(host.pump_until(PATIENCE, |h| h.samples.len() >= expected.len()));
    for (i, (l, r)) in expected.iter().enumerate() {
        assert_eq!(host.samples.row(i), &[*l, *r], "sample {i}");
    }
    host.pump_until(Duration::from_millis(100), |_| false);
    assert_eq!(host.handle.shared.rejected.load(Ordering::Relaxed), garbage);
    assert_eq!(host.handle.shared.rejected_samples.load(Ordering::Relaxed), 1, "the jumped time");
    assert!(host.state_is(|s| *s == LinkState::Streaming));
    drop(master);
}

#[test]
fn a_device_that_never_answers_the_handshake_is_an_error_with_a_reason() {
    let mut profile = profile("chronojump_force_sensor");
    profile.serial.open_delay_s = 0.0;
    let (master, slave) = serialport::TTYPort::pair().unwrap();
    let path = PathBuf::from(serialport::SerialPort::name(&slave).unwrap());
    drop(slave);
    let mut host = Host::connect(&path, &profile, false);
    let failed = host.pump_until(PATIENCE, |h| {
        h.saw(|e| matches!(e, LinkEvent::State(LinkState::Error { reason }) if reason.contains("no reply to 'get_version:'")))
    });
    assert!(failed, "{:?}", host.events);
    drop(master);
}

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

/// A 1 kHz `time_us,left,right` stream of `lines` readings with line noise on half of them: a
/// third of all readings damaged (random bytes inside one, or a line end in the noise that cuts
/// one in two) and a sixth with a noise line of their own before them, which damages nothing.
/// Lines in `clean` are left whole. Returns the bytes and the indices of the readings damaged.
fn noisy_stream(lines: u64, seed: u64, clean: impl Fn(u64) -> bool) -> (Vec<u8>, Vec<u64>) {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        state >> 33
    };
    let (mut bytes, mut damaged) = (Vec::new(), Vec::new());
    for i in 0..lines {
        let line = format!("{},{:.2},{:.2}\r\n", i * 1000, (i % 50) as f64, -((i % 70) as f64));
        let roll = next() % 6;
        let at = 1 + next() as usize % (line.len() - 3);
        match if clean(i) { 9 } else { roll } {
            0 => {
                let noise: Vec<u8> =
                    (0..1 + next() % 6).map(|_| b"\x00\x07\x1b#@%\xfe\xff~"[next() as usize % 9]).collect();
                bytes.extend(&line.as_bytes()[..at]);
                bytes.extend(noise);
                bytes.extend(&line.as_bytes()[at..]);
                damaged.push(i);
            }
            1 => {
                bytes.extend(&line.as_bytes()[..at]);
                bytes.extend(b"\xfe\r\n\x1b");
                bytes.extend(&line.as_bytes()[at..]);
                damaged.push(i);
            }
            2 => {
                bytes.extend(b"\x15\xff!%\r\n");
                bytes.extend(line.as_bytes());
            }
            _ => bytes.extend(line.as_bytes()),
        }
    }
    (bytes, damaged)
}

#[test]
fn line_noise_through_a_pty_counts_every_reading_it_damaged() {
    let profile = profile("generic_2ch");
    let (mut master, slave) = serialport::TTYPort::pair().unwrap();
    let path = PathBuf::from(serialport::SerialPort::name(&slave).unwrap());
    drop(slave);
    let mut host = Host::connect(&path, &profile, false);
    assert!(host.pump_until(PATIENCE, |h| h.state_is(LinkState::is_live)));
    host.pump_until(Duration::from_millis(200), |_| false);
    // 5 s at 1 kHz; the first readings set the cadence, the last ones show the last gaps.
    let (bytes, damaged) = noisy_stream(5000, 26, |i| !(10..4990).contains(&i));
    assert!(damaged.len() > 1400, "about a third of the lines: {}", damaged.len());
    // Written while the host takes what the link sends (a rejected line is an event too).
    let writer = std::thread::spawn(move || {
        for chunk in bytes.chunks(333) {
            master.write_all(chunk).unwrap();
            std::thread::sleep(Duration::from_micros(300));
        }
        master
    });
    let whole = 5000 - damaged.len();
    assert!(host.pump_until(PATIENCE, |h| h.samples.len() >= whole));
    host.pump_until(Duration::from_millis(200), |_| false);
    assert_eq!(host.samples.len(), whole);
    let missing = host.handle.shared.missing();
    assert_eq!(missing.total(), damaged.len() as u64, "{missing:?}");
    assert_eq!(missing.by_clock, damaged.len() as u64, "{missing:?}");
    assert_eq!(host.samples.missing().total(), damaged.len() as u64, "delivered with the samples");
    host.handle.shutdown();
    drop(writer.join().unwrap());
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
    let (bytes, damaged) = noisy_stream(5000, 7, |i| i < 10 || (3990..4010).contains(&i));
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
