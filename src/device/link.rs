//! The link thread: owns one serial port and is a thin shell around a [`Codec`].
//!
//! It opens the port with the profile's settings, waits out a board reset, handshakes, starts
//! streaming or polls, reads with a short timeout, and sends batches of samples over a bounded
//! channel. It never blocks on its consumer: when the channel is full the samples are counted
//! as lost and reported. Unplug, read errors and silence end the session; the thread then
//! reconnects with backoff. State changes are events and are also kept in [`LinkShared`] so a
//! screen can always show them.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender, TrySendError, bounded, unbounded};

use super::codec::{Codec, CodecEvent, CodecOutput, RejectReason, SampleBlock};
use super::profile::{Exchange, FlowControl, Parity, Profile};

/// What the consumer asks of the link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkCommand {
    /// Start streaming (send the start command, or begin polling).
    Start,
    Stop,
    /// Zero the device (its tare command; `Tared { by_device: false }` when it has none).
    Tare,
    Shutdown,
}

/// Where the link stands.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkState {
    Connecting,
    Connected,
    Streaming,
    Disconnected { reason: String },
    Reconnecting { attempt: u32, in_s: f64 },
    Error { reason: String },
    Closed,
}

impl LinkState {
    /// Short text for a status line.
    pub fn label(&self) -> String {
        match self {
            LinkState::Connecting => "connecting".into(),
            LinkState::Connected => "connected".into(),
            LinkState::Streaming => "streaming".into(),
            LinkState::Disconnected { reason } => format!("disconnected: {reason}"),
            LinkState::Reconnecting { attempt, in_s } => format!("reconnecting (attempt {attempt}, in {in_s:.1} s)"),
            LinkState::Error { reason } => format!("error: {reason}"),
            LinkState::Closed => "closed".into(),
        }
    }

    pub fn is_live(&self) -> bool {
        matches!(self, LinkState::Connected | LinkState::Streaming)
    }
}

/// What the link reports.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkEvent {
    State(LinkState),
    Samples(SampleBlock),
    /// A tare finished: `by_device` when the device zeroed itself (else the consumer tares in
    /// software).
    Tared {
        by_device: bool,
    },
    Reply(String),
    DeviceError {
        code: String,
        meaning: Option<String>,
        text: String,
    },
    Rejected {
        reason: RejectReason,
        text: String,
    },
    TimeAdjusted {
        from_s: f64,
        to_s: f64,
    },
    /// A command got no reply in time.
    NoReply {
        command: String,
    },
    /// Samples that could not be delivered because the consumer was behind.
    Lost {
        samples: u64,
    },
}

/// Counters and the current state, shared with the consumer.
#[derive(Debug, Default)]
pub struct LinkShared {
    pub state: Mutex<Option<LinkState>>,
    pub samples: AtomicU64,
    pub lost_samples: AtomicU64,
    pub rejected: AtomicU64,
    pub device_errors: AtomicU64,
    pub time_adjusted: AtomicU64,
    pub events_lost: AtomicU64,
    pub disconnects: AtomicU64,
    pub bytes: AtomicU64,
    /// CPU time used by the link thread so far (Linux and macOS).
    pub cpu_ns: AtomicU64,
    pub last_rejected: Mutex<Option<String>>,
}

impl LinkShared {
    pub fn state(&self) -> Option<LinkState> {
        self.state.lock().map(|s| s.clone()).unwrap_or(None)
    }
}

/// How to run a link.
#[derive(Debug, Clone)]
pub struct LinkConfig {
    pub port: String,
    pub profile: Profile,
    pub read_timeout: Duration,
    /// Samples are sent at least this often.
    pub batch_interval: Duration,
    /// Batches the channel holds before samples are lost.
    pub channel_capacity: usize,
    /// No data for this long while data is expected ends the session.
    pub silence_timeout: Duration,
    pub reconnect: bool,
    /// Replaces the profile's delay after opening (tests, fast boards).
    pub open_delay_s: Option<f64>,
}

impl LinkConfig {
    pub fn new(port: impl Into<String>, profile: Profile) -> Self {
        LinkConfig {
            port: port.into(),
            profile,
            read_timeout: Duration::from_millis(10),
            batch_interval: Duration::from_millis(20),
            channel_capacity: 1024,
            silence_timeout: Duration::from_millis(1000),
            reconnect: true,
            open_delay_s: None,
        }
    }
}

/// The consumer's side of a running link (serial or demo).
pub struct LinkHandle {
    commands: Sender<LinkCommand>,
    pub events: Receiver<LinkEvent>,
    pub shared: Arc<LinkShared>,
    thread: Option<JoinHandle<()>>,
}

impl LinkHandle {
    /// Wraps a thread that speaks the link protocol (used by the demo devices too).
    pub fn from_parts(
        commands: Sender<LinkCommand>,
        events: Receiver<LinkEvent>,
        shared: Arc<LinkShared>,
        thread: JoinHandle<()>,
    ) -> Self {
        LinkHandle { commands, events, shared, thread: Some(thread) }
    }

    pub fn send(&self, command: LinkCommand) {
        let _ = self.commands.send(command);
    }

    /// Stops the thread and waits for it.
    pub fn shutdown(mut self) {
        self.stop_thread();
    }

    fn stop_thread(&mut self) {
        let _ = self.commands.send(LinkCommand::Shutdown);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for LinkHandle {
    fn drop(&mut self) {
        self.stop_thread();
    }
}

/// Starts a link thread for a serial port.
pub fn spawn(config: LinkConfig) -> LinkHandle {
    let (command_tx, command_rx) = unbounded();
    let (event_tx, event_rx) = bounded(config.channel_capacity.max(1));
    let shared = Arc::new(LinkShared::default());
    let thread_shared = shared.clone();
    let thread = std::thread::Builder::new()
        .name(format!("link {}", config.port))
        .spawn(move || {
            let mut link = Link::new(config, command_rx, event_tx, thread_shared);
            link.run();
        })
        .expect("spawning a thread");
    LinkHandle::from_parts(command_tx, event_rx, shared, thread)
}

/// CPU time of the calling thread.
pub fn thread_cpu_ns() -> u64 {
    #[cfg(unix)]
    {
        let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: clock_gettime writes into the timespec we own.
        let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
        if ok { ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64 } else { 0 }
    }
    #[cfg(not(unix))]
    {
        0
    }
}

/// The consumer side, shared by the serial link and the demo devices: events out without
/// blocking, samples batched, losses counted.
pub struct Publisher {
    events: Sender<LinkEvent>,
    pub shared: Arc<LinkShared>,
    batch: SampleBlock,
    unreported_lost: u64,
}

impl Publisher {
    pub fn new(events: Sender<LinkEvent>, shared: Arc<LinkShared>) -> Self {
        Publisher { events, shared, batch: SampleBlock::default(), unreported_lost: 0 }
    }

    /// Sends an event unless the channel is full (then it is counted).
    pub fn event(&mut self, event: LinkEvent) {
        if let Err(TrySendError::Full(_)) = self.events.try_send(event) {
            self.shared.events_lost.fetch_add(1, Ordering::Relaxed);
        }
    }

    pub fn state(&mut self, state: LinkState) {
        if let Ok(mut s) = self.shared.state.lock() {
            if s.as_ref() == Some(&state) {
                return;
            }
            *s = Some(state.clone());
        }
        self.flush();
        self.event(LinkEvent::State(state));
    }

    pub fn samples(&mut self, block: &SampleBlock) {
        if block.is_empty() {
            return;
        }
        self.shared.samples.fetch_add(block.len() as u64, Ordering::Relaxed);
        self.batch.append(block);
    }

    pub fn pending(&self) -> usize {
        self.batch.len()
    }

    /// Sends the batch; when the consumer is behind, the samples are counted as lost.
    pub fn flush(&mut self) {
        if self.unreported_lost > 0 && self.events.try_send(LinkEvent::Lost { samples: self.unreported_lost }).is_ok() {
            self.unreported_lost = 0;
        }
        if self.batch.is_empty() {
            return;
        }
        let batch = std::mem::take(&mut self.batch);
        if let Err(TrySendError::Full(LinkEvent::Samples(b)) | TrySendError::Disconnected(LinkEvent::Samples(b))) =
            self.events.try_send(LinkEvent::Samples(batch))
        {
            self.shared.lost_samples.fetch_add(b.len() as u64, Ordering::Relaxed);
            self.unreported_lost += b.len() as u64;
        }
    }
}

enum SessionEnd {
    Shutdown,
    Lost(String),
}

/// A command waiting for its reply.
struct Pending {
    command: LinkCommand,
    text: String,
    deadline: Instant,
}

struct Link {
    config: LinkConfig,
    commands: Receiver<LinkCommand>,
    out: Publisher,
    clock: Instant,
    /// The consumer wants data (Start without Stop).
    want_streaming: bool,
    shutdown: bool,
}

impl Link {
    fn new(
        config: LinkConfig,
        commands: Receiver<LinkCommand>,
        events: Sender<LinkEvent>,
        shared: Arc<LinkShared>,
    ) -> Self {
        Link {
            config,
            commands,
            out: Publisher::new(events, shared),
            clock: Instant::now(),
            want_streaming: false,
            shutdown: false,
        }
    }

    fn now_s(&self) -> f64 {
        self.clock.elapsed().as_secs_f64()
    }

    fn run(&mut self) {
        let mut attempt = 0u32;
        while !self.shutdown {
            self.out.state(LinkState::Connecting);
            match self.open() {
                Ok((port, codec)) => {
                    attempt = 0;
                    match self.session(port, codec) {
                        SessionEnd::Shutdown => break,
                        SessionEnd::Lost(reason) => {
                            self.out.shared.disconnects.fetch_add(1, Ordering::Relaxed);
                            self.out.state(LinkState::Disconnected { reason });
                        }
                    }
                }
                Err(reason) => {
                    if self.shutdown {
                        break;
                    }
                    self.out.state(LinkState::Error { reason });
                }
            }
            if !self.config.reconnect || self.shutdown {
                break;
            }
            attempt += 1;
            let delay = (0.25 * 2f64.powi(attempt.min(4) as i32 - 1)).min(2.0);
            self.out.state(LinkState::Reconnecting { attempt, in_s: delay });
            self.wait(Duration::from_secs_f64(delay));
        }
        self.out.flush();
        self.out.shared.cpu_ns.store(thread_cpu_ns(), Ordering::Relaxed);
        self.out.state(LinkState::Closed);
    }

    /// Sleeps while taking commands (only Start/Stop/Shutdown matter between sessions).
    fn wait(&mut self, duration: Duration) {
        let end = Instant::now() + duration;
        while !self.shutdown {
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            match self.commands.recv_timeout(left) {
                Ok(LinkCommand::Shutdown) => self.shutdown = true,
                Ok(LinkCommand::Start) => self.want_streaming = true,
                Ok(LinkCommand::Stop) => self.want_streaming = false,
                Ok(LinkCommand::Tare) => self.out.event(LinkEvent::Tared { by_device: false }),
                Err(crossbeam_channel::RecvTimeoutError::Timeout) => break,
                Err(crossbeam_channel::RecvTimeoutError::Disconnected) => self.shutdown = true,
            }
        }
    }

    fn open(&mut self) -> Result<(Box<dyn serialport::SerialPort>, Codec), String> {
        let p = self.config.profile.clone();
        let s = &p.serial;
        let port = serialport::new(&self.config.port, s.baud)
            .data_bits(match s.data_bits {
                5 => serialport::DataBits::Five,
                6 => serialport::DataBits::Six,
                7 => serialport::DataBits::Seven,
                _ => serialport::DataBits::Eight,
            })
            .parity(match s.parity {
                Parity::None => serialport::Parity::None,
                Parity::Odd => serialport::Parity::Odd,
                Parity::Even => serialport::Parity::Even,
            })
            .stop_bits(if s.stop_bits == 2 { serialport::StopBits::Two } else { serialport::StopBits::One })
            .flow_control(match s.flow_control {
                FlowControl::None => serialport::FlowControl::None,
                FlowControl::Software => serialport::FlowControl::Software,
                FlowControl::Hardware => serialport::FlowControl::Hardware,
            })
            .timeout(self.config.read_timeout)
            .open()
            .map_err(|e| format!("cannot open {}: {e}", self.config.port))?;
        let delay = self.config.open_delay_s.unwrap_or(s.open_delay_s);
        if delay > 0.0 {
            self.wait(Duration::from_secs_f64(delay));
            if self.shutdown {
                return Err("shut down".into());
            }
            let _ = port.clear(serialport::ClearBuffer::Input);
        }
        let mut port = port;
        let mut codec = Codec::new(&p);
        codec.set_next_seq(self.out.shared.samples.load(Ordering::Relaxed));
        let steps = p.commands.handshake.clone();
        for step in &steps {
            self.exchange(&mut port, &mut codec, step)?;
        }
        Ok((port, codec))
    }

    /// Sends one handshake step and waits for its reply (or a short settle time without one).
    fn exchange(
        &mut self,
        port: &mut Box<dyn serialport::SerialPort>,
        codec: &mut Codec,
        step: &Exchange,
    ) -> Result<(), String> {
        port.write_all(&codec.command(&step.send)).map_err(|e| format!("cannot write to {}: {e}", self.config.port))?;
        codec.expect(Some(step));
        let waiting = step.expect.is_some();
        let deadline =
            Instant::now() + if waiting { Duration::from_secs_f64(step.timeout_s) } else { Duration::from_millis(50) };
        let mut buf = [0u8; 1024];
        let mut out = CodecOutput::default();
        while Instant::now() < deadline {
            match port.read(&mut buf) {
                Ok(n) if n > 0 => {
                    out.clear();
                    codec.feed(&buf[..n], self.now_s(), &mut out);
                    let answered = self.dispatch(&out, &mut None);
                    if waiting && answered {
                        return Ok(());
                    }
                }
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {}
                Err(e) => return Err(format!("{} stopped answering: {e}", self.config.port)),
            }
        }
        if waiting {
            codec.expect(None);
            return Err(format!(
                "no reply to '{}' within {:.1} s (expected {})",
                step.send.escape_debug(),
                step.timeout_s,
                step.expect.as_deref().unwrap_or("")
            ));
        }
        Ok(())
    }

    /// Publishes a codec output. Returns whether an awaited reply arrived; a pending tare or
    /// start is completed by it.
    fn dispatch(&mut self, out: &CodecOutput, pending: &mut Option<Pending>) -> bool {
        self.out.samples(&out.samples);
        let shared = self.out.shared.clone();
        let mut answered = false;
        for event in &out.events {
            let event = match event.clone() {
                CodecEvent::Reply { text, expected } => {
                    if expected {
                        answered = true;
                        if let Some(p) = pending.take()
                            && p.command == LinkCommand::Tare
                        {
                            self.out.event(LinkEvent::Tared { by_device: true });
                        }
                    }
                    LinkEvent::Reply(text)
                }
                CodecEvent::DeviceError { code, meaning, text } => {
                    shared.device_errors.fetch_add(1, Ordering::Relaxed);
                    LinkEvent::DeviceError { code, meaning, text }
                }
                CodecEvent::Rejected { reason, text } => {
                    shared.rejected.fetch_add(1, Ordering::Relaxed);
                    if let Ok(mut last) = shared.last_rejected.lock() {
                        *last = Some(format!("{}: {text}", reason.label()));
                    }
                    LinkEvent::Rejected { reason, text }
                }
                CodecEvent::TimeAdjusted { from_s, to_s } => {
                    shared.time_adjusted.fetch_add(1, Ordering::Relaxed);
                    LinkEvent::TimeAdjusted { from_s, to_s }
                }
                CodecEvent::UnitChanged { unit } => LinkEvent::Reply(format!("unit {unit}")),
            };
            self.out.event(event);
        }
        answered
    }

    fn session(&mut self, mut port: Box<dyn serialport::SerialPort>, mut codec: Codec) -> SessionEnd {
        let profile = self.config.profile.clone();
        let commands = profile.commands.clone();
        // A device with neither a start nor a poll command streams on its own.
        let self_streaming = commands.start.is_none() && commands.poll.is_none();
        self.out.state(LinkState::Connected);
        let mut streaming = false;
        let mut pending: Option<Pending> = None;
        let poll_interval = commands.poll_rate_hz.map(|r| Duration::from_secs_f64(1.0 / r));
        let mut next_poll = Instant::now();
        let mut last_data = Instant::now();
        let mut last_flush = Instant::now();
        let mut last_cpu = Instant::now();
        let mut buf = vec![0u8; 16 * 1024];
        let mut out = CodecOutput::default();
        let write = |port: &mut Box<dyn serialport::SerialPort>, bytes: &[u8]| port.write_all(bytes);

        loop {
            // Commands from the consumer.
            let mut start_now = self.want_streaming && !streaming;
            while let Ok(command) = self.commands.try_recv() {
                match command {
                    LinkCommand::Start => {
                        self.want_streaming = true;
                        start_now = !streaming;
                    }
                    LinkCommand::Stop => {
                        self.want_streaming = false;
                        if streaming {
                            streaming = false;
                            if let Some(stop) = &commands.stop {
                                if let Err(e) = write(&mut port, &codec.command(&stop.send)) {
                                    return self.lost(&mut codec, format!("write failed: {e}"));
                                }
                                codec.expect(Some(stop));
                            }
                            self.out.state(LinkState::Connected);
                        }
                    }
                    LinkCommand::Tare => match &commands.tare {
                        Some(tare) => {
                            if let Err(e) = write(&mut port, &codec.command(&tare.send)) {
                                return self.lost(&mut codec, format!("write failed: {e}"));
                            }
                            if tare.expect.is_some() {
                                codec.expect(Some(tare));
                                pending = Some(Pending {
                                    command: LinkCommand::Tare,
                                    text: tare.send.clone(),
                                    deadline: Instant::now() + Duration::from_secs_f64(tare.timeout_s),
                                });
                            } else {
                                self.out.event(LinkEvent::Tared { by_device: true });
                            }
                        }
                        None => self.out.event(LinkEvent::Tared { by_device: false }),
                    },
                    LinkCommand::Shutdown => {
                        self.shutdown = true;
                        if streaming && let Some(stop) = &commands.stop {
                            let _ = write(&mut port, &codec.command(&stop.send));
                        }
                        let mut tail = CodecOutput::default();
                        codec.finish(self.now_s(), &mut tail);
                        self.dispatch(&tail, &mut pending);
                        self.out.flush();
                        return SessionEnd::Shutdown;
                    }
                }
            }
            if start_now {
                streaming = true;
                if let Some(start) = &commands.start {
                    if let Err(e) = write(&mut port, &codec.command(&start.send)) {
                        return self.lost(&mut codec, format!("write failed: {e}"));
                    }
                    codec.restart_device_clock();
                    if start.expect.is_some() {
                        codec.expect(Some(start));
                        pending = Some(Pending {
                            command: LinkCommand::Start,
                            text: start.send.clone(),
                            deadline: Instant::now() + Duration::from_secs_f64(start.timeout_s),
                        });
                    }
                }
                next_poll = Instant::now();
                last_data = Instant::now();
            }
            if let Some(p) = &pending
                && Instant::now() > p.deadline
            {
                let p = pending.take().expect("checked above");
                codec.expect(None);
                self.out.event(LinkEvent::NoReply { command: p.text });
                if p.command == LinkCommand::Tare {
                    self.out.event(LinkEvent::Tared { by_device: false });
                }
            }
            // Polling.
            if streaming && let (Some(poll), Some(interval)) = (&commands.poll, poll_interval) {
                let now = Instant::now();
                if now >= next_poll {
                    if let Err(e) = write(&mut port, &codec.command(poll)) {
                        return self.lost(&mut codec, format!("write failed: {e}"));
                    }
                    next_poll += interval;
                    if next_poll < now {
                        next_poll = now + interval;
                    }
                }
            }
            // Reading: the timeout bounds the wait (and the poll jitter).
            match port.read(&mut buf) {
                Ok(0) => return self.lost(&mut codec, "the port closed".into()),
                Ok(n) => {
                    last_data = Instant::now();
                    self.out.shared.bytes.fetch_add(n as u64, Ordering::Relaxed);
                    out.clear();
                    codec.feed(&buf[..n], self.now_s(), &mut out);
                    self.dispatch(&out, &mut pending);
                    if !out.samples.is_empty() && (streaming || self_streaming) {
                        self.out.state(LinkState::Streaming);
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                    let expecting = streaming || self_streaming;
                    if expecting && last_data.elapsed() > self.config.silence_timeout {
                        let silence = self.config.silence_timeout.as_secs_f64();
                        return self.lost(&mut codec, format!("no data for {silence:.1} s"));
                    }
                }
                Err(e) => return self.lost(&mut codec, format!("read failed: {e}")),
            }
            if last_flush.elapsed() >= self.config.batch_interval || self.out.pending() >= 4096 {
                self.out.flush();
                last_flush = Instant::now();
            }
            if last_cpu.elapsed() >= Duration::from_secs(1) {
                self.out.shared.cpu_ns.store(thread_cpu_ns(), Ordering::Relaxed);
                last_cpu = Instant::now();
            }
        }
    }

    /// Ends a session: what the codec still holds is reported, every sample so far delivered.
    fn lost(&mut self, codec: &mut Codec, reason: String) -> SessionEnd {
        let mut tail = CodecOutput::default();
        codec.finish(self.now_s(), &mut tail);
        self.dispatch(&tail, &mut None);
        self.out.flush();
        SessionEnd::Lost(reason)
    }
}
