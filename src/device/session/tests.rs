//! Every timing rule of the session, driven by a fake clock (no port, no thread, no sleep).

use super::*;
use crate::device::codec::RejectReason;
use crate::device::profile::ProfileSet;

fn profile(id: &str) -> Profile {
    ProfileSet::load(None).get(id).unwrap().clone()
}

/// A session with the time in the test's hand, recording what it sends and reports.
struct Harness {
    session: Session,
    now_s: f64,
    sent: Vec<(f64, String)>,
    events: Vec<LinkEvent>,
    samples: SampleBlock,
}

impl Harness {
    fn new(profile: &Profile) -> Harness {
        Harness::with(profile, SessionConfig::for_profile(profile))
    }

    fn with(profile: &Profile, config: SessionConfig) -> Harness {
        let mut h = Harness {
            session: Session::new(profile, config),
            now_s: 0.0,
            sent: Vec::new(),
            events: Vec::new(),
            samples: SampleBlock::default(),
        };
        assert!(h.session.port_wanted());
        h.session.handle_open(0.0);
        h.drain();
        h
    }

    fn drain(&mut self) {
        while let Some(bytes) = self.session.poll_transmit() {
            self.sent.push((self.now_s, String::from_utf8_lossy(&bytes).into_owned()));
        }
        while let Some(e) = self.session.poll_event() {
            self.events.push(e);
        }
        self.session.take_samples(&mut self.samples);
    }

    /// Lets time pass to `t`, waking at every deadline the session names on the way.
    fn run_to(&mut self, t: f64) {
        for _ in 0..100_000 {
            match self.session.poll_timeout() {
                Some(d) if d < t && d > self.now_s => {
                    self.now_s = d;
                    self.session.handle_timeout(d);
                    self.drain();
                }
                _ => break,
            }
        }
        self.now_s = t;
        self.session.handle_timeout(t);
        self.drain();
    }

    fn receive(&mut self, at: f64, bytes: &[u8]) {
        self.run_to(at);
        self.session.receive(bytes, at);
        self.drain();
    }

    fn command(&mut self, command: LinkCommand) {
        self.session.command(command, self.now_s);
        self.drain();
    }

    fn sent_texts(&self) -> Vec<&str> {
        self.sent.iter().map(|(_, s)| s.as_str()).collect()
    }

    fn sent_at(&self, text: &str) -> Vec<f64> {
        self.sent.iter().filter(|(_, s)| s == text).map(|(t, _)| *t).collect()
    }

    fn states(&self) -> Vec<LinkState> {
        self.events
            .iter()
            .filter_map(|e| match e {
                LinkEvent::State(s) => Some(s.clone()),
                _ => None,
            })
            .collect()
    }

    fn last_state(&self) -> Option<LinkState> {
        self.states().last().cloned()
    }

    fn saw(&self, wanted: impl Fn(&LinkEvent) -> bool) -> bool {
        self.events.iter().any(wanted)
    }

    /// The reason of the error state the session ended in.
    fn error_reason(&self) -> String {
        match self.last_state() {
            Some(LinkState::Error { reason }) => reason,
            other => panic!("not an error: {other:?}"),
        }
    }
}

/// The Chronojump sensor after its boot and a version reply 1 s late (`readString`); returns
/// the harness and the time it connected.
fn connected_sensor(p: &Profile) -> (Harness, f64) {
    let mut h = Harness::new(p);
    let t = p.serial.open_delay_s + 1.0;
    h.receive(t, b"Force_Sensor-0.6\r\n");
    assert_eq!(h.last_state(), Some(LinkState::Connected));
    (h, t)
}

/// The Loadstar through its two carriage returns, waiting for the `UNITS` reply.
fn loadstar_at_units() -> Harness {
    let mut h = Harness::new(&profile("loadstar_di1000u"));
    assert_eq!(h.sent_texts(), vec!["\r"], "the first CR goes out at once");
    h.receive(0.01, b"A\r\n");
    h.run_to(0.06);
    h.receive(0.07, b"A\r\n");
    assert_eq!(h.sent_texts().last(), Some(&"UNITS\r"));
    h
}

#[test]
fn a_board_that_resets_on_open_is_left_alone_until_it_has_booted() {
    let p = profile("chronojump_force_sensor");
    let delay = p.serial.open_delay_s;
    assert!(delay >= 1.5, "the bootloader alone takes 1.4 s");
    let mut h = Harness::new(&p);
    h.run_to(delay - 0.01);
    assert!(h.sent.is_empty(), "nothing is sent while the board boots: {:?}", h.sent);
    assert!(!h.saw(|e| matches!(e, LinkEvent::State(LinkState::Error { .. } | LinkState::Disconnected { .. }))));
    h.run_to(delay);
    assert_eq!(h.sent_texts(), vec!["get_version:\n"]);
}

#[test]
fn a_reply_that_takes_read_string_s_timeout_still_counts() {
    // Chronojump firmware answers no sooner than 1 s after a command (Serial.readString).
    let p = profile("chronojump_force_sensor");
    let mut h = Harness::new(&p);
    let t0 = p.serial.open_delay_s;
    h.receive(t0 + 1.05, b"Force_Sensor-0.6\r\n");
    assert_eq!(h.last_state(), Some(LinkState::Connected));
    h.command(LinkCommand::Start);
    assert_eq!(h.sent_at("start_capture:\n"), vec![t0 + 1.05]);
    h.receive(t0 + 2.12, b"Starting capture...\r\n");
    h.receive(t0 + 2.13, b"12000;1.5\r\n24100;1.7\r\n");
    assert_eq!(h.samples.len(), 2, "{:?}", h.events);
    assert_eq!(h.last_state(), Some(LinkState::Streaming));
    assert!(!h.saw(|e| matches!(e, LinkEvent::NoReply { .. })), "{:?}", h.events);
}

#[test]
fn a_command_without_a_reply_is_followed_by_the_profiles_gap() {
    // The platform's `tare:` has no reply; `start_capture:` within 1 s would merge with it.
    let p = profile("chronojump_force_platform");
    assert!(p.commands.gap_s > 1.0);
    let mut h = Harness::new(&p);
    let t0 = p.serial.open_delay_s;
    h.receive(t0 + 1.02, b"Force_Platform-0.1\r\n");
    h.command(LinkCommand::Tare);
    h.command(LinkCommand::Start);
    assert_eq!(h.sent_texts(), vec!["get_version:\n", "tare:\n"]);
    assert!(h.saw(|e| matches!(e, LinkEvent::Tared { by_device: true })));
    h.run_to(t0 + 1.02 + p.commands.gap_s - 0.01);
    assert_eq!(h.sent.len(), 2, "start waits for the gap: {:?}", h.sent);
    h.run_to(t0 + 1.02 + p.commands.gap_s + 0.001);
    assert_eq!(h.sent_at("start_capture:\n"), vec![t0 + 1.02 + p.commands.gap_s]);
}

#[test]
fn a_command_with_a_reply_waits_for_it_before_the_next() {
    let p = profile("chronojump_force_sensor");
    let (mut h, t) = connected_sensor(&p);
    h.command(LinkCommand::Tare);
    h.command(LinkCommand::Start);
    assert_eq!(h.sent_texts().last(), Some(&"tare:\n"));
    h.run_to(t + 1.5);
    assert_eq!(h.sent_texts().last(), Some(&"tare:\n"), "start waits for the tare's reply");
    h.receive(t + 1.6, b"Taring OK:10234\r\n");
    assert!(h.saw(|e| matches!(e, LinkEvent::Tared { by_device: true })));
    assert_eq!(h.sent_at("start_capture:\n"), vec![t + 1.6]);
}

#[test]
fn a_missing_reply_is_reported_and_the_gap_still_kept() {
    let p = profile("chronojump_force_sensor");
    let (mut h, t) = connected_sensor(&p);
    h.command(LinkCommand::Tare);
    let timeout = p.commands.tare.as_ref().unwrap().timeout_s;
    h.run_to(t + timeout - 0.001);
    assert!(!h.saw(|e| matches!(e, LinkEvent::NoReply { .. })), "not yet");
    h.run_to(t + timeout + 0.001);
    assert!(h.saw(|e| matches!(e, LinkEvent::NoReply { .. })));
    assert!(h.saw(|e| matches!(e, LinkEvent::Tared { by_device: false })), "the tare falls back to software");
}

#[test]
fn a_handshake_without_a_reply_is_an_error_then_a_reconnect_with_backoff() {
    let p = profile("chronojump_force_sensor");
    let mut h = Harness::new(&p);
    let t0 = p.serial.open_delay_s;
    let timeout = p.commands.handshake[0].timeout_s;
    h.run_to(t0 + timeout + 0.001);
    assert!(matches!(h.last_state(), Some(LinkState::Error { reason }) if reason.contains("get_version")));
    assert!(!h.session.port_wanted(), "the port is to be closed");
    h.session.handle_closed(h.now_s);
    h.drain();
    assert_eq!(h.last_state(), Some(LinkState::Reconnecting { attempt: 1, in_s: 0.25 }));
    let closed_at = h.now_s;
    h.run_to(closed_at + 0.24);
    assert!(!h.session.port_wanted());
    h.run_to(closed_at + 0.26);
    assert!(h.session.port_wanted(), "reopens after the backoff");
    assert_eq!(h.last_state(), Some(LinkState::Connecting));
}

#[test]
fn first_data_and_mid_stream_silence_have_their_own_limits() {
    let p = profile("generic_2ch");
    let mut h = Harness::new(&p);
    assert_eq!(h.last_state(), Some(LinkState::Connected));
    h.run_to(p.serial.first_data_s - 0.05);
    assert!(h.session.port_wanted(), "still waiting for the first data");
    h.receive(p.serial.first_data_s - 0.01, b"\n1000,1,2\n");
    assert_eq!(h.samples.len(), 1);
    let t = h.now_s;
    h.run_to(t + p.serial.silence_s - 0.01);
    assert!(h.session.port_wanted());
    h.run_to(t + p.serial.silence_s + 0.01);
    assert!(matches!(h.last_state(), Some(LinkState::Disconnected { reason }) if reason.contains("no data for")));

    let mut h = Harness::new(&p);
    h.run_to(p.serial.first_data_s + 0.01);
    assert!(matches!(h.last_state(), Some(LinkState::Disconnected { reason }) if reason.contains("no data within")));
}

#[test]
fn a_running_stream_opened_mid_line_loses_only_the_partial_line() {
    let p = profile("generic_2ch");
    let mut h = Harness::new(&p);
    h.receive(0.002, b"67,1.25,2.5\r\n123457000,3,4\r\n123458000,5,6\r\n");
    assert_eq!(h.samples.len(), 2, "the tail '67,1.25,2.5' is not a sample");
    assert!(h.saw(|e| matches!(e, LinkEvent::Discarded { bytes: 11 })), "{:?}", h.events);
    assert!(!h.saw(|e| matches!(e, LinkEvent::Rejected { .. })));
}

#[test]
fn a_stream_that_starts_after_a_quiet_open_begins_on_a_whole_line() {
    // An Uno-class board resets on open and prints its first line after the bootloader.
    let p = profile("generic_1ch");
    let mut h = Harness::new(&p);
    h.receive(1.4, b"1000,1.5\r\n2000,1.6\r\n");
    assert_eq!(h.samples.len(), 2);
    assert!(!h.saw(|e| matches!(e, LinkEvent::Discarded { .. })));
}

#[test]
fn a_reply_to_the_first_command_is_never_discarded() {
    let mut h = loadstar_at_units();
    h.receive(0.08, b"LB\r\n");
    assert_eq!(h.last_state(), Some(LinkState::Connected));
    assert!(!h.saw(|e| matches!(e, LinkEvent::Discarded { .. })));
}

#[test]
fn polls_follow_the_rate_and_stop_with_the_stream() {
    let mut p = profile("mark10");
    p.commands.handshake.clear();
    let mut h = Harness::new(&p);
    h.command(LinkCommand::Start);
    let rate = p.commands.poll_rate_hz.unwrap();
    let poll = format!("{}{}", p.commands.poll.as_deref().unwrap(), p.commands.line_ending);
    for k in 1..=10 {
        let t = k as f64 / rate - 0.002;
        h.receive(t, b"1.23 N\r\n");
    }
    h.run_to(10.0 / rate + 0.001);
    let times = h.sent_at(&poll);
    assert_eq!(times.len(), 11, "{times:?}");
    for pair in times.windows(2) {
        assert!((pair[1] - pair[0] - 1.0 / rate).abs() < 1e-9, "{times:?}");
    }
    h.command(LinkCommand::Stop);
    h.run_to(1.0);
    assert_eq!(h.sent_at(&poll).len(), 11, "no polls after stop");
    assert_eq!(h.last_state(), Some(LinkState::Connected));
}

#[test]
fn a_gauge_that_refuses_the_handshake_is_an_error_that_names_the_refusal() {
    // A Series 4 gauge answers everything but `?` with *10.
    let p = profile("mark10");
    let mut h = Harness::new(&p);
    assert_eq!(h.sent_texts(), vec!["LIST\r"]);
    h.receive(0.01, b"*10\r\n");
    let reason = h.error_reason();
    assert!(reason.contains("'LIST'") && reason.contains("Illegal command"), "{reason}");
}

#[test]
fn a_refusal_the_profile_knows_names_the_profile_to_choose() {
    // The Series 5 profile on a Series 4 gauge: LIST is refused with *10.
    let p = profile("mark10");
    let mut h = Harness::new(&p);
    h.receive(0.01, b"*10\r\n");
    let reason = h.error_reason();
    assert!(reason.contains("Mark-10 Series 4 gauge"), "{reason}");
    assert!(reason.contains("choose the profile 'mark10_series4' instead of 'mark10'"), "{reason}");
    // Every profile a shipped hint names is shipped.
    let set = crate::device::profile::ProfileSet::load(None);
    for p in &set.profiles {
        for hint in &p.hints {
            assert!(hint.profile.as_ref().is_none_or(|id| set.get(id).is_some()), "{}: {hint:?}", p.id);
        }
    }
    // A refusal the profile has no hint for says only what the device said.
    let p = profile("mark10_series4");
    let mut h = Harness::new(&p);
    h.command(LinkCommand::Start);
    h.run_to(0.1);
    h.receive(0.12, b"*10\r\n");
    assert!(h.saw(|e| matches!(e, LinkEvent::DeviceError { meaning: Some(m), .. } if m == "Illegal command")));
}

#[test]
fn polls_refused_with_a_known_code_say_what_the_device_probably_is() {
    let mut p = profile("mark10");
    p.commands.handshake.clear();
    let mut h = Harness::new(&p);
    h.command(LinkCommand::Start);
    h.run_to(0.05);
    h.receive(0.06, b"*10\r\n");
    assert!(
        h.saw(|e| matches!(e, LinkEvent::DeviceError { meaning: Some(m), .. }
            if m.starts_with("Illegal command; this looks like a Mark-10 Series 4") && m.contains("'mark10_series4'"))),
        "{:?}",
        h.events
    );
}

#[test]
fn a_unit_the_profile_does_not_know_stops_the_connection_with_its_name() {
    let mut h = loadstar_at_units();
    h.receive(0.08, b"stone\r\n");
    assert!(h.error_reason().contains("'stone'"));
}

#[test]
fn a_jumped_device_time_is_a_rejected_sample_and_the_stream_goes_on() {
    let p = profile("generic_1ch");
    let mut h = Harness::new(&p);
    h.receive(1.5, b"1000,1\r\n2000,2\r\n900000000,3\r\n3000,4\r\n");
    assert_eq!(h.samples.len(), 3);
    assert_eq!(h.samples.values, vec![1.0, 2.0, 4.0]);
    assert!(h.saw(|e| matches!(e, LinkEvent::Rejected { reason: RejectReason::TimeJump, .. })));
    assert!(h.session.is_streaming(), "the recording goes on");
}

#[test]
fn a_tare_before_the_handshake_is_done_waits_for_it() {
    let p = profile("chronojump_force_sensor");
    let mut h = Harness::new(&p);
    h.command(LinkCommand::Tare);
    h.run_to(p.serial.open_delay_s + 0.5);
    assert_eq!(h.sent_texts(), vec!["get_version:\n"]);
    h.receive(p.serial.open_delay_s + 1.0, b"Force_Sensor-0.6\r\n");
    assert_eq!(h.sent_texts(), vec!["get_version:\n", "tare:\n"]);
}

#[test]
fn shutting_down_while_streaming_sends_stop_and_closes() {
    let p = profile("chronojump_force_sensor");
    let (mut h, t) = connected_sensor(&p);
    h.command(LinkCommand::Start);
    h.receive(t + 1.0, b"Starting capture...\r\n100;1\r\n");
    h.command(LinkCommand::Shutdown);
    assert_eq!(h.sent_texts().last(), Some(&"end_capture:\n"));
    assert!(!h.session.port_wanted());
    h.session.handle_closed(h.now_s);
    h.drain();
    assert!(h.session.is_done());
    assert_eq!(h.last_state(), Some(LinkState::Closed));
}

#[test]
fn a_device_without_a_tare_command_is_tared_in_software() {
    let p = profile("generic_1ch");
    let mut h = Harness::new(&p);
    h.command(LinkCommand::Tare);
    assert!(h.saw(|e| matches!(e, LinkEvent::Tared { by_device: false })));
    assert!(h.sent.is_empty());
}
