//! The link thread: owns one port and is a thin shell around a [`Session`].
//!
//! It opens and closes the port when the session asks, writes what the session transmits, reads
//! with a short timeout and hands the bytes to the session, sleeps until the session's next
//! deadline, and sends batches of samples over a bounded channel. It never blocks on its
//! consumer: when the channel is full the samples are counted as lost and reported. Every timing
//! rule (boot wait, reply deadlines, command spacing, polls, silence, backoff) is the
//! session's. State changes are events and are also kept in [`LinkShared`] so a screen can
//! always show them. The port is a [`Wire`]: a serial port, or a device emulated in memory (the
//! demo devices), so both run the same path.
//!
//! Its words (why a device was lost, a rejected line for the status bar) are in the app's
//! language ([`fl!`](crate::fl)); the command line, which never changes language, reads English.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender, TrySendError, bounded, unbounded};

use super::codec::{Gap, MissingReadings, SampleBlock};
use super::profile::{FlowControl, Parity, Profile};
use super::session::{Session, SessionConfig};
use crate::fl;

pub use super::session::{LinkCommand, LinkEvent, LinkState};

/// Counters and the current state, shared with the consumer.
#[derive(Debug, Default)]
pub struct LinkShared {
    pub state: Mutex<Option<LinkState>>,
    pub samples: AtomicU64,
    pub lost_samples: AtomicU64,
    pub rejected: AtomicU64,
    pub device_errors: AtomicU64,
    pub time_adjusted: AtomicU64,
    /// Rejected lines that carried a reading (unknown or missing unit, a jumped time): samples
    /// the device sent that are not in the recording.
    pub rejected_samples: AtomicU64,
    /// Readings the device sent that are missing by its clock, and the time their gaps span
    /// (µs).
    pub missing_by_clock: AtomicU64,
    pub missing_clock_gap_us: AtomicU64,
    /// Damaged lines that stood where readings were due.
    pub missing_damaged: AtomicU64,
    /// Bytes discarded before the first line or frame after opening a running stream.
    pub discarded_bytes: AtomicU64,
    pub events_lost: AtomicU64,
    pub disconnects: AtomicU64,
    pub bytes: AtomicU64,
    /// CPU time used by the link thread so far (Linux and macOS).
    pub cpu_ns: AtomicU64,
    pub last_rejected: Mutex<Option<String>>,
    /// The last rejected line that carried a reading, and why (for the status line).
    pub last_rejected_reading: Mutex<Option<String>>,
}

impl LinkShared {
    pub fn state(&self) -> Option<LinkState> {
        self.state.lock().map(|s| s.clone()).unwrap_or(None)
    }

    /// Readings the device sent that are missing since the link started, and how that is known.
    pub fn missing(&self) -> MissingReadings {
        MissingReadings {
            by_clock: self.missing_by_clock.load(Ordering::Relaxed),
            clock_gap_s: self.missing_clock_gap_us.load(Ordering::Relaxed) as f64 / 1e6,
            damaged: self.missing_damaged.load(Ordering::Relaxed),
            undelivered: self.lost_samples.load(Ordering::Relaxed),
        }
    }

    fn count_missing(&self, gaps: &[Gap]) {
        let mut missing = MissingReadings::default();
        gaps.iter().for_each(|g| missing.add(g));
        self.missing_by_clock.fetch_add(missing.by_clock, Ordering::Relaxed);
        self.missing_clock_gap_us.fetch_add((missing.clock_gap_s * 1e6).round() as u64, Ordering::Relaxed);
        self.missing_damaged.fetch_add(missing.damaged, Ordering::Relaxed);
    }
}

/// How to run a link.
#[derive(Debug, Clone)]
pub struct LinkConfig {
    pub port: String,
    pub profile: Profile,
    /// Longest wait in one read (bounds how late a consumer's command is seen).
    pub read_timeout: Duration,
    /// Samples are sent at least this often.
    pub batch_interval: Duration,
    /// Batches the channel holds before samples are lost.
    pub channel_capacity: usize,
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

    /// Stops the thread and waits for it (the stop command is sent and the port closed when
    /// this returns; for a caller that wants final counts).
    pub fn shutdown(mut self) {
        let _ = self.commands.send(LinkCommand::Shutdown);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for LinkHandle {
    /// Asks the thread to stop and lets it end on its own: a screen that disconnects a device
    /// never waits for the port to close.
    fn drop(&mut self) {
        let _ = self.commands.send(LinkCommand::Shutdown);
        self.thread.take();
    }
}

impl LinkConfig {
    /// The session's timing: the profile's, with this configuration's overrides.
    pub fn session_config(&self) -> SessionConfig {
        let mut session = SessionConfig::for_profile(&self.profile);
        session.reconnect = self.reconnect;
        if let Some(delay) = self.open_delay_s {
            session.open_delay_s = delay;
        }
        session
    }
}

/// The byte side of a link.
pub trait Wire: Send {
    /// Reads what is there, waiting at most `timeout`: `Ok(0)` when the other side closed,
    /// an error of kind `TimedOut` when nothing came.
    fn read(&mut self, buf: &mut [u8], timeout: Duration) -> std::io::Result<usize>;
    fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()>;
}

/// Opens a [`Wire`] each time the session wants the port.
pub trait Connector: Send {
    fn open(&mut self) -> Result<Box<dyn Wire>, String>;
}

/// A serial port as a [`Wire`].
struct SerialWire {
    port: Box<dyn serialport::SerialPort>,
    timeout: Duration,
}

impl Wire for SerialWire {
    fn read(&mut self, buf: &mut [u8], timeout: Duration) -> std::io::Result<usize> {
        if timeout != self.timeout {
            self.port.set_timeout(timeout).map_err(std::io::Error::other)?;
            self.timeout = timeout;
        }
        self.port.read(buf)
    }

    fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.port.write_all(bytes)
    }
}

/// Opens a serial port with a profile's line settings.
struct SerialConnector {
    port: String,
    profile: Profile,
    read_timeout: Duration,
}

impl Connector for SerialConnector {
    fn open(&mut self) -> Result<Box<dyn Wire>, String> {
        let s = &self.profile.serial;
        let port = serialport::new(&self.port, s.baud)
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
            .timeout(self.read_timeout)
            .open()
            // In the app's language: the command line (`record`) never changes it from English.
            .map_err(|e| super::access::open_failure(crate::i18n::loader(), &self.port, &e))?;
        Ok(Box::new(SerialWire { port, timeout: self.read_timeout }))
    }
}

/// Starts a link thread for a serial port.
pub fn spawn(config: LinkConfig) -> LinkHandle {
    let connector = SerialConnector {
        port: config.port.clone(),
        profile: config.profile.clone(),
        read_timeout: config.read_timeout,
    };
    spawn_with(config, Box::new(connector))
}

/// Starts a link thread on any [`Connector`] (the demo devices use an emulator in memory).
pub fn spawn_with(config: LinkConfig, connector: Box<dyn Connector>) -> LinkHandle {
    let (command_tx, command_rx) = unbounded();
    let (event_tx, event_rx) = bounded(config.channel_capacity.max(1));
    let shared = Arc::new(LinkShared::default());
    let thread_shared = shared.clone();
    let thread = std::thread::Builder::new()
        .name(format!("link {}", config.port))
        .spawn(move || {
            let mut out = Publisher::new(event_tx, thread_shared);
            run(&config, connector, &command_rx, &mut out);
        })
        .expect("spawning a thread");
    LinkHandle::from_parts(command_tx, event_rx, shared, thread)
}

/// The thin loop: see the module documentation.
fn run(config: &LinkConfig, mut connector: Box<dyn Connector>, commands: &Receiver<LinkCommand>, out: &mut Publisher) {
    let clock = Instant::now();
    let now_s = || clock.elapsed().as_secs_f64();
    let mut session = Session::new(&config.profile, config.session_config());
    let mut wire: Option<Box<dyn Wire>> = None;
    let mut buf = vec![0u8; 16 * 1024];
    let mut last_flush = Instant::now();
    let mut last_cpu = Instant::now();
    loop {
        loop {
            match commands.try_recv() {
                Ok(command) => session.command(command, now_s()),
                Err(crossbeam_channel::TryRecvError::Empty) => break,
                Err(crossbeam_channel::TryRecvError::Disconnected) => {
                    session.command(LinkCommand::Shutdown, now_s());
                    break;
                }
            }
        }
        if session.port_wanted() && wire.is_none() {
            match connector.open() {
                Ok(w) => {
                    wire = Some(w);
                    session.handle_open(now_s());
                }
                Err(reason) => session.handle_open_failed(reason, now_s()),
            }
        }
        while let Some(bytes) = session.poll_transmit() {
            if let Some(w) = &mut wire
                && let Err(e) = w.write_all(&bytes)
            {
                session.handle_io_error(fl!("link-write-failed", error = e.to_string()), now_s());
            }
        }
        if !session.port_wanted() && wire.is_some() {
            wire = None;
            session.handle_closed(now_s());
        }
        publish(&mut session, out);
        if session.is_done() {
            break;
        }
        // Wait for bytes, a command or the session's next deadline.
        let now = now_s();
        let wait_s = session.poll_timeout().map_or(config.read_timeout.as_secs_f64(), |t| t - now);
        let wait = Duration::from_secs_f64(wait_s.clamp(0.001, config.read_timeout.as_secs_f64()));
        match &mut wire {
            Some(w) => match w.read(&mut buf, wait) {
                Ok(0) => session.handle_io_error(fl!("link-port-closed"), now_s()),
                Ok(n) => {
                    out.shared.bytes.fetch_add(n as u64, Ordering::Relaxed);
                    session.receive(&buf[..n], now_s());
                }
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {}
                Err(e) => session.handle_io_error(fl!("link-read-failed", error = e.to_string()), now_s()),
            },
            None => match commands.recv_timeout(wait) {
                Ok(command) => session.command(command, now_s()),
                Err(crossbeam_channel::RecvTimeoutError::Timeout) => {}
                Err(crossbeam_channel::RecvTimeoutError::Disconnected) => {
                    session.command(LinkCommand::Shutdown, now_s())
                }
            },
        }
        session.handle_timeout(now_s());
        if last_flush.elapsed() >= config.batch_interval || out.pending() >= 4096 {
            publish(&mut session, out);
            out.flush();
            last_flush = Instant::now();
        }
        if last_cpu.elapsed() >= Duration::from_secs(1) {
            out.shared.cpu_ns.store(thread_cpu_ns(), Ordering::Relaxed);
            last_cpu = Instant::now();
        }
    }
    out.flush();
    out.shared.cpu_ns.store(thread_cpu_ns(), Ordering::Relaxed);
}

/// Hands the session's samples and events to the consumer, counting each kind.
fn publish(session: &mut Session, out: &mut Publisher) {
    if session.pending_samples() > 0 || session.pending_gaps() > 0 {
        out.take_from(session);
    }
    while let Some(event) = session.poll_event() {
        let shared = &out.shared;
        match &event {
            LinkEvent::State(state) => {
                if matches!(state, LinkState::Disconnected { .. }) {
                    shared.disconnects.fetch_add(1, Ordering::Relaxed);
                }
                out.state(state.clone());
                continue;
            }
            LinkEvent::DeviceError { .. } => {
                shared.device_errors.fetch_add(1, Ordering::Relaxed);
            }
            LinkEvent::Rejected { reason, text } => {
                shared.rejected.fetch_add(1, Ordering::Relaxed);
                let described = fl!("link-rejected", reason = reason.label(), text = text.as_str());
                if reason.lost_a_sample() {
                    shared.rejected_samples.fetch_add(1, Ordering::Relaxed);
                    if let Ok(mut last) = shared.last_rejected_reading.lock() {
                        *last = Some(reason.label());
                    }
                }
                if let Ok(mut last) = shared.last_rejected.lock() {
                    *last = Some(described);
                }
            }
            LinkEvent::TimeAdjusted { .. } => {
                shared.time_adjusted.fetch_add(1, Ordering::Relaxed);
            }
            LinkEvent::Discarded { bytes } => {
                shared.discarded_bytes.fetch_add(*bytes as u64, Ordering::Relaxed);
            }
            _ => {}
        }
        out.event(event);
    }
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
    /// Gaps of batches the consumer could not take, passed on with the next batch.
    carried_gaps: Vec<Gap>,
}

impl Publisher {
    pub fn new(events: Sender<LinkEvent>, shared: Arc<LinkShared>) -> Self {
        Publisher { events, shared, batch: SampleBlock::default(), unreported_lost: 0, carried_gaps: Vec::new() }
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

    /// Takes the samples a session decoded into the batch.
    fn take_from(&mut self, session: &mut Session) {
        let (before, gaps_before) = (self.batch.len(), self.batch.gaps.len());
        session.take_samples(&mut self.batch);
        self.shared.samples.fetch_add((self.batch.len() - before) as u64, Ordering::Relaxed);
        self.shared.count_missing(&self.batch.gaps[gaps_before..]);
    }

    pub fn pending(&self) -> usize {
        self.batch.len()
    }

    /// Sends the batch; when the consumer is behind, the samples are counted as lost.
    pub fn flush(&mut self) {
        if self.unreported_lost > 0 && self.events.try_send(LinkEvent::Lost { samples: self.unreported_lost }).is_ok() {
            self.unreported_lost = 0;
        }
        if self.batch.is_empty() && self.batch.gaps.is_empty() {
            return;
        }
        let mut batch = std::mem::take(&mut self.batch);
        if !self.carried_gaps.is_empty() {
            // Readings missing in a batch that was not delivered still count where it would have been.
            let carried = std::mem::take(&mut self.carried_gaps);
            batch.gaps.splice(0..0, carried);
        }
        if let Err(TrySendError::Full(LinkEvent::Samples(b)) | TrySendError::Disconnected(LinkEvent::Samples(b))) =
            self.events.try_send(LinkEvent::Samples(batch))
        {
            self.shared.lost_samples.fetch_add(b.len() as u64, Ordering::Relaxed);
            self.unreported_lost += b.len() as u64;
            self.carried_gaps.extend(b.gaps.iter().map(|g| Gap { before: 0, ..*g }));
        }
    }
}
