//! The connected device as the screens see it: demo or serial, its state, the last seconds of
//! force for the live view, tare, and the recording in progress.

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use crate::acquisition::{JournalSink, Recorder, RecorderConfig};
use crate::device::demo::{DemoControl, DemoDevice, spawn_demo};
use crate::device::link::{self, LinkCommand, LinkConfig, LinkEvent, LinkHandle, LinkState};
use crate::device::profile::ProfileSet;
use crate::model::{Polarity, Trace};

/// Which device to connect.
#[derive(Debug, Clone, PartialEq)]
pub enum DeviceChoice {
    Demo(DemoDevice),
    Serial { port: String, profile_id: String },
}

/// Seconds of force kept for the live view between recordings.
const RECENT_S: f64 = 10.0;

/// Something the screen should tell the clinician.
#[derive(Debug, Clone, PartialEq)]
pub enum DeviceNotice {
    /// The device was lost during a recording; the recording stopped and kept its samples.
    LostDuringRecording(String),
    Message(String),
}

pub struct DeviceConn {
    pub name: String,
    pub choice: DeviceChoice,
    link: LinkHandle,
    pub demo: Option<Arc<DemoControl>>,
    pub channel_names: Vec<String>,
    pub polarity: Polarity,
    pub max_n: Option<f64>,
    pub state: LinkState,
    /// Subtracted from the raw readings in the live view (a software tare).
    software_tare: Vec<f64>,
    tare_pending: bool,
    pub last_tare: Option<String>,
    recent_t: VecDeque<f64>,
    recent_v: Vec<VecDeque<f64>>,
    pub recorder: Option<Recorder>,
    pub messages: VecDeque<String>,
    pub lost_reported: u64,
}

impl DeviceConn {
    /// Connects; `speed` runs a demo athlete faster than real time (tests).
    pub fn connect(choice: DeviceChoice, profiles: &ProfileSet, speed: f64) -> Result<DeviceConn, String> {
        // A demo device is a profile too: names, polarity and range come from it either way.
        let (name, link, demo, profile) = match &choice {
            DeviceChoice::Demo(d) => {
                let (link, control, profile) = spawn_demo(*d, speed)?;
                (profile.name.clone(), link, Some(control), profile)
            }
            DeviceChoice::Serial { port, profile_id } => {
                let profile =
                    profiles.get(profile_id).ok_or_else(|| format!("no device profile '{profile_id}'"))?.clone();
                let handle = link::spawn(LinkConfig::new(port.clone(), profile.clone()));
                (format!("{} on {port}", profile.name), handle, None, profile)
            }
        };
        let (names, polarity, max_n) = (profile.channel_names(), profile.polarity, profile.max_n);
        let channels = names.len();
        Ok(DeviceConn {
            name,
            choice,
            link,
            demo,
            channel_names: names,
            polarity,
            max_n,
            state: LinkState::Connecting,
            software_tare: vec![0.0; channels],
            tare_pending: false,
            last_tare: None,
            recent_t: VecDeque::new(),
            recent_v: vec![VecDeque::new(); channels],
            recorder: None,
            messages: VecDeque::new(),
            lost_reported: 0,
        })
    }

    pub fn channels(&self) -> usize {
        self.channel_names.len()
    }

    fn note(&mut self, text: String) {
        self.messages.push_back(text);
        while self.messages.len() > 6 {
            self.messages.pop_front();
        }
    }

    /// Takes what the device sent since the last frame.
    pub fn pump(&mut self, journal: Option<&JournalSink>) -> Vec<DeviceNotice> {
        let mut notices = Vec::new();
        while let Ok(event) = self.link.events.try_recv() {
            match event {
                LinkEvent::Samples(block) => {
                    if let Some(rec) = &mut self.recorder
                        && !rec.is_stopped()
                    {
                        rec.push(&block, journal);
                        if rec.limit_reached {
                            notices.push(DeviceNotice::Message(
                                "the recording reached its maximum length and stopped".into(),
                            ));
                        }
                    }
                    for i in 0..block.len() {
                        self.recent_t.push_back(block.time_s[i]);
                        for (c, q) in self.recent_v.iter_mut().enumerate() {
                            q.push_back(block.values[i * block.channels + c]);
                        }
                    }
                    let newest = self.recent_t.back().copied().unwrap_or(0.0);
                    while self.recent_t.front().is_some_and(|&t| t < newest - RECENT_S) {
                        self.recent_t.pop_front();
                        for q in &mut self.recent_v {
                            q.pop_front();
                        }
                    }
                }
                LinkEvent::State(state) => {
                    let lost = matches!(state, LinkState::Disconnected { .. } | LinkState::Error { .. });
                    if lost {
                        // A reconnected device starts a new clock: the live view starts afresh.
                        self.recent_t.clear();
                        self.recent_v.iter_mut().for_each(VecDeque::clear);
                    }
                    if lost
                        && let Some(rec) = &mut self.recorder
                        && !rec.is_stopped()
                    {
                        let at = rec.duration_s();
                        rec.stop();
                        notices.push(DeviceNotice::LostDuringRecording(format!(
                            "{} at {at:.1} s: the recording up to then is kept",
                            state.label()
                        )));
                    }
                    self.state = state;
                }
                LinkEvent::Tared { by_device } => {
                    if by_device {
                        self.software_tare.iter_mut().for_each(|t| *t = 0.0);
                        self.last_tare = Some("tared by the device".into());
                    } else {
                        // No tare command: zero on the last half second in software.
                        let n = self.recent_t.len();
                        let from = self
                            .recent_t
                            .iter()
                            .position(|&t| t >= self.recent_t.back().copied().unwrap_or(0.0) - 0.5)
                            .unwrap_or(n);
                        for (c, q) in self.recent_v.iter().enumerate() {
                            let slice: Vec<f64> = q.iter().skip(from).copied().collect();
                            if !slice.is_empty() {
                                self.software_tare[c] = slice.iter().sum::<f64>() / slice.len() as f64;
                            }
                        }
                        self.last_tare = Some("tared in software (the device has no tare command)".into());
                    }
                    self.tare_pending = false;
                }
                LinkEvent::DeviceError { code, meaning, .. } => {
                    self.note(format!("device error {code}{}", meaning.map(|m| format!(": {m}")).unwrap_or_default()));
                }
                LinkEvent::NoReply { command } => self.note(format!("no reply to '{command}'")),
                LinkEvent::Lost { samples } => {
                    if let Some(rec) = &mut self.recorder
                        && !rec.is_stopped()
                    {
                        rec.lost_samples += samples;
                    }
                }
                LinkEvent::Rejected { .. }
                | LinkEvent::Reply(_)
                | LinkEvent::TimeAdjusted { .. }
                | LinkEvent::Discarded { .. } => {}
            }
        }
        notices
    }

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

    /// Starts recording (into the journal under `journal_key`).
    pub fn start_recording(&mut self, config: RecorderConfig, journal_key: Option<u64>) {
        let mut rec = Recorder::new(config);
        if let Some(key) = journal_key {
            rec.journal_to(key);
        }
        self.recorder = Some(rec);
        match &self.demo {
            Some(control) => control.begin_efforts(),
            // Devices that stream only on command (or are polled) start now.
            None => self.link.send(LinkCommand::Start),
        }
    }

    /// Stops the recording; returns its samples.
    pub fn stop_recording(&mut self) -> Option<Trace> {
        let trace = self.recorder.as_mut().map(|r| r.stop());
        if let Some(control) = &self.demo {
            control.relax();
        }
        trace
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
            .map(|c| self.recent_v[c].back().map_or(0.0, |&v| self.sign() * (v - self.software_tare[c])))
            .collect()
    }

    /// The last seconds for the live view: (time from the newest sample, value) per channel.
    pub fn recent(&self) -> (Vec<f64>, Vec<Vec<f64>>) {
        let newest = self.recent_t.back().copied().unwrap_or(0.0);
        let t = self.recent_t.iter().map(|t| t - newest).collect();
        let v = (0..self.channels())
            .map(|c| self.recent_v[c].iter().map(|&v| self.sign() * (v - self.software_tare[c])).collect())
            .collect();
        (t, v)
    }

    /// Samples per second over the live window.
    pub fn measured_rate_hz(&self) -> Option<f64> {
        let n = self.recent_t.len();
        if n < 3 {
            return None;
        }
        let span = self.recent_t[n - 1] - self.recent_t[0];
        (span > 0.0).then(|| (n - 1) as f64 / span)
    }

    /// Counters for the status line: (samples, lost, rejected, device errors).
    pub fn counters(&self) -> (u64, u64, u64, u64) {
        let s = &self.link.shared;
        let lost = s.lost_samples.load(Ordering::Relaxed) + self.recorder.as_ref().map_or(0, |r| r.lost_samples);
        (
            s.samples.load(Ordering::Relaxed),
            lost,
            s.rejected.load(Ordering::Relaxed),
            s.device_errors.load(Ordering::Relaxed),
        )
    }

    /// Rejected lines that carried a reading (an unknown or missing unit, a jumped time), and
    /// why the last one was.
    pub fn rejected_readings(&self) -> (u64, Option<String>) {
        let s = &self.link.shared;
        (s.rejected_samples.load(Ordering::Relaxed), s.last_rejected_reading.lock().ok().and_then(|l| l.clone()))
    }

    /// Bytes discarded before the first whole line after connecting to a running stream.
    pub fn discarded_bytes(&self) -> u64 {
        self.link.shared.discarded_bytes.load(Ordering::Relaxed)
    }

    pub fn last_rejected(&self) -> Option<String> {
        self.link.shared.last_rejected.lock().ok().and_then(|l| l.clone())
    }
}
