//! The device session: everything a link does besides moving bytes, as a sans-IO state machine
//! in the shape of quinn-proto. No clock, port or thread inside: the caller hands in the time
//! with every call and does what the session asks.
//!
//! The session owns the wait after opening (a board that resets on open is in its bootloader),
//! the handshake, one command at a time with a reply deadline each, the spacing between commands
//! (the reply, or the profile's `gap_s` when a command has none), poll scheduling, the limits on
//! silence (one for the first data after it is expected, one mid-stream), tare, start, stop,
//! the sync after opening on a running stream, and reconnecting with backoff.
//!
//! The caller's loop (see `link.rs`):
//! - open the port when [`Session::port_wanted`] and none is open, then [`Session::handle_open`]
//!   (or [`Session::handle_open_failed`]); close it when no longer wanted, then
//!   [`Session::handle_closed`];
//! - write every [`Session::poll_transmit`], hand read bytes to [`Session::receive`] and the
//!   consumer's commands to [`Session::command`];
//! - take [`Session::take_samples`] and every [`Session::poll_event`];
//! - wake at [`Session::poll_timeout`] and call [`Session::handle_timeout`].
//!
//! The reasons a state gives (no reply, no data, a refusal) are words in the app's language
//! ([`fl!`](crate::fl)); the command line, which never changes language, reads them in English.

use std::collections::VecDeque;

use super::codec::{Codec, CodecOutput, SampleBlock};
use super::profile::{Exchange, Profile};
use crate::i18n::numbers;

#[cfg(test)]
mod tests;

mod events;
mod exchange;

pub use events::{LinkCommand, LinkEvent, LinkState};

/// Timing of a session; [`SessionConfig::for_profile`] takes it from the profile.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionConfig {
    /// Wait after opening before the first command.
    pub open_delay_s: f64,
    /// Longest wait for the first bytes once data is expected.
    pub first_data_s: f64,
    /// Longest silence mid-stream.
    pub silence_s: f64,
    /// Reopen the port after losing it.
    pub reconnect: bool,
}

impl SessionConfig {
    pub fn for_profile(profile: &Profile) -> SessionConfig {
        SessionConfig {
            open_delay_s: profile.serial.open_delay_s,
            first_data_s: profile.serial.first_data_s,
            silence_s: profile.serial.silence_s,
            reconnect: true,
        }
    }
}

/// Bytes that arrive this soon after opening, before the host said anything, were under way
/// already: they may start in the middle of a line. Bytes after a quiet start begin afresh.
pub const FRESH_AFTER_S: f64 = 0.1;

/// Pause after a handshake step that has no reply.
const HANDSHAKE_SETTLE_S: f64 = 0.05;

/// Reconnect delays: 0.25 s, doubling, at most 2 s.
fn backoff_s(attempt: u32) -> f64 {
    (0.25 * 2f64.powi(attempt.clamp(1, 4) as i32 - 1)).min(2.0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    Handshake,
    Start,
    Stop,
    Tare,
}

struct Awaiting {
    purpose: Purpose,
    exchange: Exchange,
    deadline_s: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    /// Wants a port opened.
    Opening,
    /// Port open, waiting out the board's boot.
    Booting { until_s: f64 },
    /// Port open, handshake steps in the queue.
    Handshake,
    /// Connected (and streaming when `streaming`).
    Ready,
    /// Wants the port closed.
    Closing,
    /// Port closed, reopening at `until_s`.
    Backoff { until_s: f64 },
    /// Shut down, or lost without reconnecting.
    Done,
}

/// One device session. See the module documentation.
pub struct Session {
    config: SessionConfig,
    commands: super::profile::Commands,
    codec: Codec,
    profile: Profile,
    phase: Phase,
    attempt: u32,
    /// The consumer wants data (Start without Stop).
    want_streaming: bool,
    streaming: bool,
    /// A device with neither a start nor a poll command streams on its own.
    self_streaming: bool,
    queue: VecDeque<(Purpose, Exchange)>,
    awaiting: Option<Awaiting>,
    next_send_s: f64,
    poll_interval_s: Option<f64>,
    next_poll_s: f64,
    opened_s: f64,
    received_since_open: bool,
    sent_since_open: bool,
    /// Data is expected since then (`None`: not expected).
    expect_data_since_s: Option<f64>,
    last_received_s: Option<f64>,
    shutdown: bool,
    /// The last state reported (a state is reported once).
    last_state: Option<LinkState>,
    transmit: VecDeque<Vec<u8>>,
    events: VecDeque<LinkEvent>,
    /// What the codec decoded: samples wait here for [`Session::take_samples`] (decoded once,
    /// copied once); events are handled as they come.
    decoded: CodecOutput,
}

impl Session {
    /// A session for a checked profile; it starts by asking for the port.
    pub fn new(profile: &Profile, config: SessionConfig) -> Session {
        let commands = profile.commands.clone();
        let codec = Codec::new(profile);
        let mut session = Session {
            config,
            self_streaming: commands.start.is_none() && commands.poll.is_none(),
            poll_interval_s: commands.poll_rate_hz.map(|r| 1.0 / r),
            commands,
            codec,
            profile: profile.clone(),
            phase: Phase::Opening,
            attempt: 0,
            want_streaming: false,
            streaming: false,
            queue: VecDeque::new(),
            awaiting: None,
            next_send_s: 0.0,
            next_poll_s: 0.0,
            opened_s: 0.0,
            received_since_open: false,
            sent_since_open: false,
            expect_data_since_s: None,
            last_received_s: None,
            shutdown: false,
            last_state: None,
            transmit: VecDeque::new(),
            events: VecDeque::new(),
            decoded: CodecOutput::default(),
        };
        session.events.push_back(LinkEvent::State(LinkState::Connecting));
        session
    }

    /// Whether the port should be open now.
    pub fn port_wanted(&self) -> bool {
        matches!(self.phase, Phase::Opening | Phase::Booting { .. } | Phase::Handshake | Phase::Ready)
    }

    /// The session is over (shut down, or lost without reconnecting): nothing more will come.
    pub fn is_done(&self) -> bool {
        self.phase == Phase::Done
    }

    /// Whether the session is connected and samples are being asked for.
    pub fn is_streaming(&self) -> bool {
        self.phase == Phase::Ready && (self.streaming || self.self_streaming)
    }

    /// The port was opened at `now_s`.
    pub fn handle_open(&mut self, now_s: f64) {
        if self.phase != Phase::Opening {
            return;
        }
        let next_seq = self.codec.next_seq();
        self.codec = Codec::new(&self.profile);
        self.codec.set_next_seq(next_seq);
        self.opened_s = now_s;
        self.received_since_open = false;
        self.sent_since_open = false;
        self.last_received_s = None;
        self.expect_data_since_s = None;
        self.awaiting = None;
        self.next_send_s = now_s;
        if self.config.open_delay_s > 0.0 {
            self.phase = Phase::Booting { until_s: now_s + self.config.open_delay_s };
        } else {
            self.begin_handshake(now_s);
        }
    }

    /// Opening the port failed.
    pub fn handle_open_failed(&mut self, reason: String, now_s: f64) {
        if self.phase != Phase::Opening {
            return;
        }
        self.state(LinkState::Error { reason });
        self.phase = Phase::Closing;
        self.handle_closed(now_s);
    }

    /// The port was closed (after [`Session::port_wanted`] turned false).
    pub fn handle_closed(&mut self, now_s: f64) {
        if self.phase != Phase::Closing {
            return;
        }
        if self.shutdown || !self.config.reconnect {
            self.finish();
            return;
        }
        self.attempt += 1;
        let in_s = backoff_s(self.attempt);
        self.state(LinkState::Reconnecting { attempt: self.attempt, in_s });
        self.phase = Phase::Backoff { until_s: now_s + in_s };
    }

    /// Reading or writing failed: the device is lost.
    pub fn handle_io_error(&mut self, reason: String, now_s: f64) {
        if matches!(self.phase, Phase::Booting { .. } | Phase::Handshake | Phase::Ready) {
            self.lose(LinkState::Disconnected { reason }, now_s);
        }
    }

    /// A command from the consumer.
    pub fn command(&mut self, command: LinkCommand, now_s: f64) {
        match command {
            LinkCommand::Start => {
                self.want_streaming = true;
                if self.phase == Phase::Ready && !self.streaming {
                    self.begin_stream(now_s);
                }
            }
            LinkCommand::Stop => {
                self.want_streaming = false;
                if self.streaming {
                    self.streaming = false;
                    if let Some(stop) = self.commands.stop.clone() {
                        self.queue.push_back((Purpose::Stop, stop));
                    }
                    if !self.self_streaming {
                        self.expect_data_since_s = None;
                    }
                    if self.phase == Phase::Ready {
                        self.state(LinkState::Connected);
                    }
                }
            }
            LinkCommand::Tare => match (&self.commands.tare, self.port_wanted() && self.phase != Phase::Opening) {
                (Some(tare), true) => {
                    let tare = tare.clone();
                    self.queue.push_back((Purpose::Tare, tare));
                }
                _ => self.events.push_back(LinkEvent::Tared { by_device: false }),
            },
            LinkCommand::Shutdown => {
                self.shutdown = true;
                match self.phase {
                    Phase::Booting { .. } | Phase::Handshake | Phase::Ready => {
                        if self.streaming
                            && let Some(stop) = &self.commands.stop
                        {
                            let bytes = self.codec.command(&stop.send);
                            self.transmit.push_back(bytes);
                        }
                        self.flush_codec(now_s);
                        self.phase = Phase::Closing;
                    }
                    Phase::Closing => {}
                    Phase::Opening | Phase::Backoff { .. } | Phase::Done => self.finish(),
                }
            }
        }
        self.pump(now_s);
    }

    /// Bytes read from the port at `now_s`.
    pub fn receive(&mut self, bytes: &[u8], now_s: f64) {
        if bytes.is_empty() || !matches!(self.phase, Phase::Booting { .. } | Phase::Handshake | Phase::Ready) {
            return;
        }
        if !self.received_since_open {
            self.received_since_open = true;
            if !self.sent_since_open && now_s - self.opened_s < FRESH_AFTER_S {
                self.codec.resync();
            }
        }
        self.last_received_s = Some(now_s);
        let before = self.decoded.samples.len();
        self.codec.feed(bytes, now_s, &mut self.decoded);
        self.dispatch(before, now_s);
        self.pump(now_s);
    }

    /// Deadlines that passed by `now_s`.
    pub fn handle_timeout(&mut self, now_s: f64) {
        match self.phase {
            Phase::Booting { until_s } if now_s >= until_s => self.begin_handshake(now_s),
            Phase::Backoff { until_s } if now_s >= until_s => {
                self.phase = Phase::Opening;
                self.state(LinkState::Connecting);
            }
            _ => {}
        }
        if let Some(awaiting) = self.awaiting.take_if(|a| now_s >= a.deadline_s) {
            self.codec.expect(None);
            self.next_send_s = now_s + self.commands.gap_s;
            let exchange = &awaiting.exchange;
            match awaiting.purpose {
                Purpose::Handshake => {
                    let reason = crate::fl!(
                        "device-session-no-reply-within",
                        command = exchange.send.escape_debug().to_string(),
                        seconds = numbers::num(exchange.timeout_s, 1),
                        expected = exchange.expect.as_deref().unwrap_or("")
                    );
                    self.lose(LinkState::Error { reason }, now_s);
                    return;
                }
                Purpose::Tare => {
                    self.events.push_back(LinkEvent::NoReply { command: exchange.send.clone() });
                    self.events.push_back(LinkEvent::Tared { by_device: false });
                }
                Purpose::Start | Purpose::Stop => {
                    self.events.push_back(LinkEvent::NoReply { command: exchange.send.clone() })
                }
            }
        }
        if self.phase == Phase::Ready
            && let Some(since_s) = self.expect_data_since_s
        {
            match self.last_received_s.filter(|&t| t > since_s) {
                None if now_s - since_s > self.first_data_limit_s() => {
                    let reason = crate::fl!(
                        "device-session-no-data-within",
                        seconds = numbers::num(self.first_data_limit_s(), 1)
                    );
                    self.lose(LinkState::Disconnected { reason }, now_s);
                    return;
                }
                Some(last_s) if now_s - last_s > self.config.silence_s => {
                    let reason =
                        crate::fl!("device-session-no-data-for", seconds = numbers::num(self.config.silence_s, 1));
                    self.lose(LinkState::Disconnected { reason }, now_s);
                    return;
                }
                _ => {}
            }
        }
        self.pump(now_s);
    }

    /// When [`Session::handle_timeout`] should be called next (`None`: only on input).
    pub fn poll_timeout(&self) -> Option<f64> {
        let mut next: Option<f64> = None;
        let mut at = |t: f64| next = Some(next.map_or(t, |n| n.min(t)));
        match self.phase {
            Phase::Booting { until_s } | Phase::Backoff { until_s } => at(until_s),
            _ => {}
        }
        if let Some(a) = &self.awaiting {
            at(a.deadline_s);
        } else if !self.queue.is_empty() || self.handshake_settling() {
            at(self.next_send_s);
        }
        if self.phase == Phase::Ready {
            if self.streaming && self.poll_interval_s.is_some() && self.awaiting.is_none() {
                at(self.next_poll_s.max(self.next_send_s));
            }
            if let Some(since_s) = self.expect_data_since_s {
                match self.last_received_s.filter(|&t| t > since_s) {
                    None => at(since_s + self.first_data_limit_s()),
                    Some(last_s) => at(last_s + self.config.silence_s),
                }
            }
        }
        next
    }

    /// Bytes to write to the port.
    pub fn poll_transmit(&mut self) -> Option<Vec<u8>> {
        self.transmit.pop_front()
    }

    /// The next event for the consumer (samples are taken with [`Session::take_samples`]).
    pub fn poll_event(&mut self) -> Option<LinkEvent> {
        self.events.pop_front()
    }

    /// Moves the samples decoded so far to the end of `into`.
    pub fn take_samples(&mut self, into: &mut SampleBlock) {
        let samples = &mut self.decoded.samples;
        if samples.is_empty() && samples.gaps.is_empty() {
            return;
        }
        if into.is_empty() && into.gaps.is_empty() {
            std::mem::swap(into, samples);
        } else {
            into.append(samples);
        }
        samples.clear();
    }

    /// Samples decoded and not yet taken.
    pub fn pending_samples(&self) -> usize {
        self.decoded.samples.len()
    }

    /// Missing readings noted and not yet taken.
    pub fn pending_gaps(&self) -> usize {
        self.decoded.samples.gaps.len()
    }

    fn first_data_limit_s(&self) -> f64 {
        let start_reply_s = self.commands.start.as_ref().filter(|s| s.expect.is_some()).map_or(0.0, |s| s.timeout_s);
        self.config.first_data_s.max(start_reply_s)
    }

    fn state(&mut self, state: LinkState) {
        if self.last_state.as_ref() != Some(&state) {
            self.last_state = Some(state.clone());
            self.events.push_back(LinkEvent::State(state));
        }
    }

    fn finish(&mut self) {
        self.phase = Phase::Done;
        self.state(LinkState::Closed);
    }

    /// Reports what the codec still holds (a partial line at the end is counted, not lost).
    fn flush_codec(&mut self, now_s: f64) {
        let before = self.decoded.samples.len();
        self.codec.finish(now_s, &mut self.decoded);
        self.dispatch(before, now_s);
    }

    /// The device is lost (or refused the handshake): report, and ask for the port closed.
    fn lose(&mut self, state: LinkState, now_s: f64) {
        self.flush_codec(now_s);
        if let Some(a) = self.awaiting.take()
            && a.purpose == Purpose::Tare
        {
            self.events.push_back(LinkEvent::Tared { by_device: false });
        }
        for (purpose, _) in self.queue.drain(..) {
            if purpose == Purpose::Tare {
                self.events.push_back(LinkEvent::Tared { by_device: false });
            }
        }
        self.codec.expect(None);
        self.streaming = false;
        self.expect_data_since_s = None;
        self.state(state);
        self.phase = Phase::Closing;
    }

    fn begin_handshake(&mut self, now_s: f64) {
        self.phase = Phase::Handshake;
        self.next_send_s = self.next_send_s.max(now_s);
        let steps = self.commands.handshake.clone();
        // Handshake steps go before anything the consumer queued meanwhile.
        for step in steps.into_iter().rev() {
            self.queue.push_front((Purpose::Handshake, step));
        }
        self.pump(now_s);
    }

    fn handshake_settling(&self) -> bool {
        self.phase == Phase::Handshake && self.awaiting.is_none()
    }

    fn ready(&mut self, now_s: f64) {
        self.phase = Phase::Ready;
        self.attempt = 0;
        self.state(LinkState::Connected);
        if self.self_streaming {
            // Data flows already (or after the boot): the first bytes are due from the open.
            self.expect_data_since_s = Some(if self.received_since_open { now_s } else { self.opened_s });
        }
        if self.want_streaming {
            self.begin_stream(now_s);
        }
    }

    fn begin_stream(&mut self, now_s: f64) {
        self.streaming = true;
        match self.commands.start.clone() {
            Some(start) => self.queue.push_back((Purpose::Start, start)),
            None => {
                self.next_poll_s = now_s;
                if !self.self_streaming {
                    self.expect_data_since_s = Some(now_s);
                }
            }
        }
    }
}
