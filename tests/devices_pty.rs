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
    let (bytes, damaged) = common::noisy_stream(5000, 26, |i| !(10..4990).contains(&i));
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
