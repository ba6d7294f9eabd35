//! A connected device as a consumer of its link: the link's events turned into the live window,
//! the software tare, the recording in progress (with its journal) and notices. The app's
//! device panel and test session and `forcetrack record` all go through this one type; it has
//! no UI and no clock of its own: it is pumped by its owner's thread (`forcetrack record`), or by
//! a thread of its own ([`PumpedAcquisition`](super::PumpedAcquisition), the app), so a recording, its journal and the end
//! of a timed recording never wait for the window to be painted.
//!
//! Its words (the last tare, the device's messages, why a recording ended) are in the app's
//! language ([`fl!`](crate::fl)); `forcetrack record`, which never changes it, reads English.

use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError};

use super::{JournalFeed, LiveWindow, Recorder, RecorderConfig, RecordingEnd};
use crate::device::link::{LinkCommand, LinkEvent, LinkHandle, LinkShared, LinkState};
use crate::device::profile::Profile;
use crate::i18n::numbers;
use crate::model::{Polarity, Trace};

/// Seconds of readings a software tare averages.
const SOFTWARE_TARE_S: f64 = 0.5;

/// Messages kept for the device panel.
const MESSAGES_KEPT: usize = 6;

/// Something the owner should tell the user, once.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The recording in progress ended by itself: it reached its length, or the device was
    /// lost (its samples up to then are kept).
    RecordingEnded(RecordingEnd),
    /// A device error, a command without a reply, a tare.
    Message(String),
}

/// The link's counters for a status line or a summary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LinkCounts {
    /// Samples decoded since connecting.
    pub samples: u64,
    /// Samples the link could not deliver (its consumer was behind).
    pub lost: u64,
    /// Lines or frames rejected (any reason).
    pub rejected: u64,
    /// Rejected lines that carried a reading (an unknown or missing unit, a jumped time).
    pub rejected_readings: u64,
    /// Readings the device sent that are missing since connecting, and how that is known.
    pub missing: crate::device::codec::MissingReadings,
    /// Bytes discarded before the first whole line after connecting to a running stream.
    pub discarded_bytes: u64,
    pub device_errors: u64,
    /// The last rejected line and why.
    pub last_rejected: Option<String>,
    /// The last rejected reading and why.
    pub last_rejected_reading: Option<String>,
}

/// A device being read: see the module documentation.
pub struct Acquisition {
    link: LinkHandle,
    pub channel_names: Vec<String>,
    pub polarity: Polarity,
    /// The device's rated range, from its profile.
    pub max_n: Option<f64>,
    /// The kind of instrument, from its profile.
    pub instrument: Option<crate::model::Instrument>,
    pub state: LinkState,
    /// Why the link last failed (a disconnect or an error), kept when it then closes.
    pub last_failure: Option<String>,
    live: LiveWindow,
    /// Subtracted from the raw readings in the live view (a software tare).
    software_tare: Vec<f64>,
    tare_pending: bool,
    /// What the last tare did, for the device panel.
    pub last_tare: Option<String>,
    pub recorder: Option<Recorder>,
    /// The last few device errors and unanswered commands.
    pub messages: VecDeque<String>,
}

impl Acquisition {
    /// Consumes the events of `link`, a device described by `profile`.
    pub fn new(link: LinkHandle, profile: &Profile) -> Acquisition {
        let names = profile.channel_names();
        let channels = names.len();
        Acquisition {
            link,
            channel_names: names,
            polarity: profile.polarity,
            max_n: profile.max_n,
            instrument: profile.instrument(),
            state: LinkState::Connecting,
            last_failure: None,
            live: LiveWindow::new(channels),
            software_tare: vec![0.0; channels],
            tare_pending: false,
            last_tare: None,
            recorder: None,
            messages: VecDeque::new(),
        }
    }

    /// The link's events, for a thread that waits on them without holding the acquisition.
    pub(super) fn events(&self) -> Receiver<LinkEvent> {
        self.link.events.clone()
    }

    pub fn channels(&self) -> usize {
        self.channel_names.len()
    }

    /// Takes every event the link has sent since the last call, without waiting.
    pub fn pump(&mut self) -> Vec<Notice> {
        let mut notices = Vec::new();
        while let Ok(event) = self.link.events.try_recv() {
            self.handle(event, &mut notices);
        }
        notices
    }

    /// Waits up to `timeout` for the link's next event, then takes every event waiting (for an
    /// owner with nothing else to do, such as the command line).
    pub fn pump_wait(&mut self, timeout: Duration) -> Vec<Notice> {
        let mut notices = Vec::new();
        match self.link.events.recv_timeout(timeout) {
            Ok(event) => self.handle(event, &mut notices),
            Err(RecvTimeoutError::Timeout) => return notices,
            Err(RecvTimeoutError::Disconnected) => {
                self.link_gone(&mut notices);
                return notices;
            }
        }
        notices.extend(self.pump());
        notices
    }

    /// The link thread is gone (it only ends when asked, or when it gave up).
    pub(super) fn link_gone(&mut self, notices: &mut Vec<Notice>) {
        if self.state.is_live() || matches!(self.state, LinkState::Connecting) {
            self.handle(LinkEvent::State(LinkState::Closed), notices);
        }
    }

    fn note(&mut self, text: String, notices: &mut Vec<Notice>) {
        self.messages.push_back(text.clone());
        while self.messages.len() > MESSAGES_KEPT {
            self.messages.pop_front();
        }
        notices.push(Notice::Message(text));
    }

    fn recording(&mut self) -> Option<&mut Recorder> {
        self.recorder.as_mut().filter(|r| !r.is_stopped())
    }

    pub(super) fn handle(&mut self, event: LinkEvent, notices: &mut Vec<Notice>) {
        match event {
            LinkEvent::Samples(block) => {
                if let Some(rec) = self.recording() {
                    rec.push(&block);
                    if let Some(end) = rec.end() {
                        notices.push(Notice::RecordingEnded(end.clone()));
                    }
                }
                self.live.push(&block.time_s, &block.values);
            }
            LinkEvent::State(state) => {
                let lost =
                    matches!(state, LinkState::Disconnected { .. } | LinkState::Error { .. } | LinkState::Closed);
                if lost {
                    // A reconnected device starts a new clock: the live view starts afresh.
                    self.live.clear();
                    self.tare_pending = false;
                    if let Some(rec) = self.recording() {
                        let at = crate::fl!(
                            "acq-device-lost-at",
                            state = state.label(),
                            seconds = numbers::num(rec.duration_s(), 1)
                        );
                        let end = RecordingEnd::DeviceLost(at);
                        rec.finish(end.clone());
                        notices.push(Notice::RecordingEnded(end));
                    }
                }
                if let LinkState::Disconnected { reason } | LinkState::Error { reason } = &state {
                    self.last_failure = Some(reason.clone());
                }
                self.state = state;
            }
            LinkEvent::Tared { by_device } => {
                let text = if by_device {
                    self.software_tare.iter_mut().for_each(|t| *t = 0.0);
                    crate::fl!("acq-tared-by-device")
                } else {
                    // No tare command: zero on the last half second in software.
                    match self.live.mean_of_last(SOFTWARE_TARE_S) {
                        Some(means) => {
                            self.software_tare = means;
                            crate::fl!("acq-tared-in-software")
                        }
                        None => crate::fl!("acq-not-tared"),
                    }
                };
                self.last_tare = Some(text.clone());
                self.tare_pending = false;
                notices.push(Notice::Message(text));
            }
            LinkEvent::DeviceError { code, meaning, .. } => {
                let text = match meaning {
                    Some(meaning) => crate::fl!("acq-device-error-meaning", code = code, meaning = meaning),
                    None => crate::fl!("acq-device-error", code = code),
                };
                self.note(text, notices)
            }
            LinkEvent::NoReply { command } => self.note(crate::fl!("acq-no-reply", command = command), notices),
            // Lost samples show as a gap in the sequence numbers, which the recorder counts;
            // rejections, replies, corrections and discards are counted in the link's counters.
            LinkEvent::Lost { .. }
            | LinkEvent::Rejected { .. }
            | LinkEvent::Reply(_)
            | LinkEvent::TimeAdjusted { .. }
            | LinkEvent::Discarded { .. } => {}
        }
    }

    /// Asks the device to zero (in software when it has no tare command).
    pub fn tare(&mut self) {
        self.tare_pending = true;
        self.link.send(LinkCommand::Tare);
    }

    pub fn tare_pending(&self) -> bool {
        self.tare_pending
    }

    /// Starts the stream (polling devices start polling); the live view needs it.
    pub fn start_stream(&self) {
        self.link.send(LinkCommand::Start);
    }

    /// Starts recording (into the journal through `journal`'s feed under its key) and the
    /// stream, for devices that stream only on command or are polled.
    pub fn start_recording(&mut self, config: RecorderConfig, journal: Option<(JournalFeed, u64)>) {
        let mut rec = Recorder::new(config);
        if let Some((feed, key)) = journal {
            rec.journal_to(key, feed);
        }
        self.recorder = Some(rec);
        self.link.send(LinkCommand::Start);
    }

    /// Stops the recording; returns its samples.
    pub fn stop_recording(&mut self) -> Option<Trace> {
        self.recorder.as_mut().map(|r| r.stop())
    }

    pub fn is_recording(&self) -> bool {
        self.recorder.as_ref().is_some_and(|r| !r.is_stopped())
    }

    fn sign(&self) -> f64 {
        if self.polarity == Polarity::Negative { -1.0 } else { 1.0 }
    }

    /// Force per channel now, in newtons: from the recording (net of its baseline) while
    /// recording, else the live reading minus the tare.
    pub fn current_n(&self) -> Vec<f64> {
        if let Some(rec) = &self.recorder
            && !rec.is_stopped()
            && rec.baseline_done()
        {
            return rec.current_n();
        }
        (0..self.channels())
            .map(|c| self.live.last(c).map_or(0.0, |v| self.sign() * (v - self.software_tare[c])))
            .collect()
    }

    /// The resting noise per channel in newtons (a standard deviation), for the live numbers'
    /// deadband: the recording's baseline window while recording, else the quietest half second
    /// of the live window; 0 while not known.
    pub fn resting_noise_n(&self) -> Vec<f64> {
        if let Some(rec) = &self.recorder
            && !rec.is_stopped()
            && rec.baseline_done()
        {
            return rec.baseline_noise_n().to_vec();
        }
        self.live.resting_sd(0.5).unwrap_or_else(|| vec![0.0; self.channels()])
    }

    /// The last seconds for the live view: (time from the newest sample, value) per channel.
    pub fn recent(&self) -> (Vec<f64>, Vec<Vec<f64>>) {
        let v = (0..self.channels())
            .map(|c| self.live.values(c).map(|v| self.sign() * (v - self.software_tare[c])).collect())
            .collect();
        (self.live.times_from_newest(), v)
    }

    /// Samples per second over the live window.
    pub fn measured_rate_hz(&self) -> Option<f64> {
        self.live.rate_hz()
    }

    /// The link's counters.
    pub fn counts(&self) -> LinkCounts {
        counts_of(&self.link.shared)
    }

    /// Ends the link (the session stops the stream before it closes the port) and waits for
    /// its thread: the counts returned are final.
    pub fn close(self) -> LinkCounts {
        let shared = self.link.shared.clone();
        self.link.shutdown();
        counts_of(&shared)
    }
}

fn counts_of(s: &LinkShared) -> LinkCounts {
    let text = |m: &std::sync::Mutex<Option<String>>| m.lock().ok().and_then(|l| l.clone());
    LinkCounts {
        samples: s.samples.load(Ordering::Relaxed),
        lost: s.lost_samples.load(Ordering::Relaxed),
        rejected: s.rejected.load(Ordering::Relaxed),
        rejected_readings: s.rejected_samples.load(Ordering::Relaxed),
        missing: s.missing(),
        discarded_bytes: s.discarded_bytes.load(Ordering::Relaxed),
        device_errors: s.device_errors.load(Ordering::Relaxed),
        last_rejected: text(&s.last_rejected),
        last_rejected_reading: text(&s.last_rejected_reading),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::acquisition::PumpedAcquisition;
    use crate::analysis::AnalysisParams;
    use crate::device::codec::SampleBlock;
    use crate::device::demo::{DemoDevice, spawn_demo};
    use crate::device::link::LinkShared;
    use crossbeam_channel::{Sender, unbounded};
    use std::sync::Arc;

    /// An acquisition whose link events the test sends itself.
    fn fed(profile_id: &str) -> (Acquisition, Sender<LinkEvent>) {
        let profile = crate::device::profile::ProfileSet::load(None).get(profile_id).unwrap().clone();
        let (commands, _ignored) = unbounded();
        let (events_tx, events) = unbounded();
        let thread = std::thread::spawn(|| {});
        let link = LinkHandle::from_parts(commands, events, Arc::new(LinkShared::default()), thread);
        (Acquisition::new(link, &profile), events_tx)
    }

    /// `n` samples at 100 Hz from sample `from`, value `f(t)`.
    fn block(from: u64, n: u64, f: impl Fn(f64) -> f64) -> LinkEvent {
        let mut b = SampleBlock::new(1, from);
        for i in from..from + n {
            let t = 50.0 + i as f64 * 0.01;
            b.time_s.push(t);
            b.values.push(f(t));
        }
        LinkEvent::Samples(b)
    }

    fn config(max_duration_s: f64) -> RecorderConfig {
        RecorderConfig {
            channel_names: vec!["force".into()],
            source_channels: None,
            polarity: Polarity::Positive,
            params: AnalysisParams::default(),
            max_duration_s,
        }
    }

    #[test]
    fn a_software_tare_zeroes_the_live_view_on_the_last_half_second() {
        let (mut acq, events) = fed("generic_1ch");
        events.send(LinkEvent::State(LinkState::Streaming)).unwrap();
        events.send(block(0, 300, |t| if t < 51.0 { 5.0 } else { 12.0 })).unwrap();
        events.send(LinkEvent::Tared { by_device: false }).unwrap();
        let notices = acq.pump();
        assert_eq!(acq.state, LinkState::Streaming);
        assert!(notices.iter().any(|n| matches!(n, Notice::Message(m) if m.starts_with("tared in software"))));
        assert_eq!(acq.current_n(), vec![0.0]);
        events.send(block(300, 1, |_| 20.0)).unwrap();
        acq.pump();
        assert_eq!(acq.current_n(), vec![8.0]);
        let (t, v) = acq.recent();
        assert_eq!(t.len(), 301);
        assert_eq!(v[0][0], -7.0, "the first 5 N reading, less the 12 N tare");
        assert!(!acq.tare_pending());
    }

    #[test]
    fn a_recording_ends_at_its_length_once_and_says_so() {
        let (mut acq, events) = fed("generic_1ch");
        acq.start_recording(config(1.0), None);
        events.send(block(0, 60, |_| 1.0)).unwrap();
        assert!(acq.pump().is_empty());
        events.send(block(60, 60, |_| 1.0)).unwrap();
        events.send(block(120, 60, |_| 1.0)).unwrap();
        let notices = acq.pump();
        assert_eq!(notices, vec![Notice::RecordingEnded(RecordingEnd::Length)]);
        let rec = acq.recorder.as_ref().unwrap();
        assert_eq!(rec.len(), 100, "0 to 0.99 s: one second at 100 Hz");
        assert_eq!(rec.end(), Some(&RecordingEnd::Length));
        // Stopping afterwards keeps the reason.
        acq.stop_recording();
        assert_eq!(acq.recorder.as_ref().unwrap().end(), Some(&RecordingEnd::Length));
    }

    #[test]
    fn a_lost_device_ends_the_recording_and_keeps_its_samples() {
        let (mut acq, events) = fed("generic_1ch");
        acq.start_recording(config(60.0), None);
        events.send(block(0, 150, |_| 1.0)).unwrap();
        // 10 samples did not reach the consumer: a gap in the sequence, and the link says so.
        events.send(LinkEvent::Lost { samples: 10 }).unwrap();
        events.send(block(160, 40, |_| 1.0)).unwrap();
        events.send(LinkEvent::State(LinkState::Disconnected { reason: "port closed".into() })).unwrap();
        let notices = acq.pump();
        let [Notice::RecordingEnded(RecordingEnd::DeviceLost(why))] = notices.as_slice() else { panic!("{notices:?}") };
        assert!(why.contains("port closed") && why.contains("at 2.0 s"), "{why}");
        let rec = acq.recorder.as_ref().unwrap();
        assert_eq!(rec.len(), 190);
        assert_eq!(rec.lost_samples, 10, "counted once");
        assert!(acq.recent().0.is_empty(), "the live view starts afresh after a disconnect");
        assert!(!acq.is_recording());
    }

    #[test]
    fn device_errors_and_unanswered_commands_are_kept_for_the_panel() {
        let (mut acq, events) = fed("generic_1ch");
        for i in 0..8 {
            events.send(LinkEvent::NoReply { command: format!("c{i}") }).unwrap();
        }
        events
            .send(LinkEvent::DeviceError {
                code: "*10".into(),
                meaning: Some("invalid command".into()),
                text: "*10".into(),
            })
            .unwrap();
        assert_eq!(acq.pump().len(), 9);
        assert_eq!(acq.messages.len(), MESSAGES_KEPT);
        assert_eq!(acq.messages.back().unwrap(), "device error *10: invalid command");
    }

    #[test]
    fn a_pumped_acquisition_records_and_ends_at_its_length_while_its_owner_does_nothing() {
        let (link, _control, profile) = spawn_demo(DemoDevice::Dynamometer, 10.0).unwrap();
        let woken = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let pumped = {
            let woken = woken.clone();
            PumpedAcquisition::spawn(Acquisition::new(link, &profile), move || {
                woken.fetch_add(1, Ordering::Relaxed);
            })
        };
        let patience = std::time::Instant::now();
        while !pumped.lock().state.is_live() {
            assert!(patience.elapsed() < Duration::from_secs(120), "the demo device did not connect");
            std::thread::sleep(Duration::from_millis(20));
        }
        // Samples reach the journal's feed from the pump's thread.
        let dir = tempfile::tempdir().unwrap();
        let sink = crate::acquisition::JournalSink::spawn(dir.path().to_path_buf(), None);
        let key = sink.begin(crate::store::JournalMeta {
            athlete_id: None,
            visit_id: None,
            trial: crate::model::TrialMeta::new("", crate::model::Side::Left, "demo", Polarity::Positive),
            channel_names: vec!["force".into()],
        });
        pumped.lock().start_recording(config(2.0), Some((sink.feed(), key)));
        // The owner draws nothing and asks nothing: the recording ends by itself.
        let end = loop {
            let ended = pumped.lock().recorder.as_ref().and_then(|r| r.end().cloned());
            if let Some(end) = ended {
                break end;
            }
            assert!(patience.elapsed() < Duration::from_secs(120), "the recording did not end");
            std::thread::sleep(Duration::from_millis(20));
        };
        assert_eq!(end, RecordingEnd::Length);
        assert_eq!(pumped.lock().recorder.as_ref().unwrap().len(), 200, "2 s at 100 Hz");
        assert!(pumped.notices().contains(&Notice::RecordingEnded(RecordingEnd::Length)), "told once asked");
        assert!(woken.load(Ordering::Relaxed) > 0);
        // Dropping the journal thread commits what it holds: all of the recording.
        drop(sink);
        let store = crate::store::Store::open(dir.path()).unwrap();
        let unfinished = store.unfinished_recordings(Duration::ZERO).unwrap();
        assert_eq!(unfinished.len(), 1);
        assert_eq!(store.journal_trace(unfinished[0].id, &["force".into()]).unwrap().len(), 200);
    }

    #[test]
    fn the_demo_dynamometer_records_to_the_length_asked_through_the_link() {
        let (link, _control, profile) = spawn_demo(DemoDevice::Dynamometer, 10.0).unwrap();
        let mut acq = Acquisition::new(link, &profile);
        let mut waited = 0;
        while !acq.state.is_live() {
            acq.pump_wait(Duration::from_millis(50));
            waited += 1;
            assert!(waited < 400, "the demo device did not connect: {:?}", acq.state);
        }
        acq.start_recording(config(2.0), None);
        let end = loop {
            let notices = acq.pump_wait(Duration::from_millis(50));
            if let Some(Notice::RecordingEnded(end)) =
                notices.into_iter().find(|n| matches!(n, Notice::RecordingEnded(_)))
            {
                break end;
            }
        };
        assert_eq!(end, RecordingEnd::Length);
        let trace = acq.stop_recording().unwrap();
        // 100 Hz device time for 2 s: 200 samples, none lost.
        assert_eq!(trace.len(), 200);
        assert_eq!(acq.recorder.as_ref().unwrap().lost_samples, 0);
        let counts = acq.close();
        assert_eq!(counts.lost, 0);
        assert!(counts.samples >= 200);
    }
}
