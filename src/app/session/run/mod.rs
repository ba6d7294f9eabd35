//! Running the session: each test and side live, with review, accept or redo, pain, rest.

use crossbeam_channel::Receiver;

use super::device_panel::{DevicePicker, live_numbers};
use super::flow::go_past;
use super::{SessionContext, Step};
use crate::acquisition::{MAX_RECORDING_S, RecorderConfig, TrialCommit};
use crate::analysis::{AnalysisParams, ChannelAnalysis, analyze_trace};
use crate::app::device::DeviceConn;
use crate::app::widgets::force;
use crate::app::widgets::live_plot::{Mark, Series, live_plot, recording_view_s};
use crate::app::worker::{Pending, answer};
use crate::app::{Shared, theme};
use crate::device::demo::DemoPlan;
use crate::device::sim::EffortShape;
use crate::i18n::numbers;
use crate::model::{Polarity, Side, Trace, TrialMeta};
use crate::results::exclusions_of;
use crate::store::{JournalMeta, NewTrial, SavedTrial, VisitFor};

mod abandon;
mod view;

pub use abandon::Abandoned;

pub enum Outcome {
    Summary(i64, Box<SessionContext>, Vec<Step>),
    /// Left, with what abandoning did once the database answers.
    Abandoned(Pending<Abandoned>),
}

enum Phase {
    Ready,
    Countdown { until: f64 },
    Recording,
    Review(Box<Review>),
    Rest { until: f64 },
}

struct Review {
    trace: Trace,
    analysis: Vec<ChannelAnalysis>,
    keep: Vec<bool>,
    journal_key: Option<u64>,
    note: Option<String>,
}

pub struct Run {
    visit_id: i64,
    context: SessionContext,
    steps: Vec<Step>,
    current: usize,
    phase: Phase,
    pain: Option<u8>,
    count: String,
    lever: std::collections::HashMap<String, String>,
    lost_note: Option<String>,
    committing: Option<Receiver<Result<SavedTrial, String>>>,
    saving_count: Option<Pending<i64>>,
    error: Option<String>,
    /// "Abandon session" pressed: the question is on screen.
    confirm_abandon: Option<abandon::Confirm>,
    /// A destructive key pressed once (Esc while recording, Backspace on a review): the same
    /// key again before the time (app seconds) discards; any other moment lets it lapse.
    armed: Option<(egui::Key, f64)>,
    /// When "1" was typed for the pain score (a "0" within a second makes it 10).
    pain_one_at: Option<f64>,
    /// The reason typed for marking the current step "not done".
    not_done_reason: String,
    /// Whether the first step has been matched to the connected device (a test it cannot do
    /// is skipped at the start).
    placed: bool,
    /// Every step is settled: the summary opens.
    finished: bool,
    /// "Type the values": results read off a device with no public protocol, entered by hand
    /// (kept between steps: the same device is usually used for the battery).
    typing: Option<HandEntry>,
}

/// A result being typed in: the device, its kind, the unit on its display and each rep's peak
/// (each leg's for a test of both legs at once).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct HandEntry {
    pub device: String,
    pub instrument: crate::model::Instrument,
    pub unit: crate::model::ForceUnit,
    /// The peaks typed; the left leg's for a test of both legs at once.
    pub peaks: String,
    /// The right leg's peaks typed, for a test of both legs at once.
    pub right_peaks: String,
}

impl HandEntry {
    /// Peaks typed in `text`: numbers separated by spaces or ';' (a decimal comma is read as a
    /// point), each above 0; or what is wrong, in words.
    pub fn parse(&self, text: &str) -> Result<Vec<f64>, String> {
        let parts: Vec<&str> = text.split(|c: char| c.is_whitespace() || c == ';').filter(|p| !p.is_empty()).collect();
        if parts.is_empty() {
            return Err(crate::fl!("run-hand-peaks-empty", example = example_peaks(&[31.2, 30.8, 32.0], 1)));
        }
        parts
            .iter()
            .map(|p| match numbers::parse_number(p) {
                // The one rule of what a peak typed in may be (`enter` and imports check it too).
                Some(v) => crate::model::validation::peak_force_problem(v, self.unit).map_or(Ok(v), Err),
                None => Err(crate::fl!("run-hand-peak-not-a-number", text = p.to_string(), unit = self.unit.symbol())),
            })
            .collect()
    }
}

/// Peaks as an example a person types: `31.2 30.8 32.0` in the app's decimal separator.
fn example_peaks(peaks: &[f64], decimals: usize) -> String {
    peaks.iter().map(|v| numbers::num(*v, decimals)).collect::<Vec<_>>().join(" ")
}

/// Seconds within which a destructive key must be pressed again.
const CONFIRM_KEY_S: f64 = 3.0;

/// A plausible peak for the demo athlete on each test.
fn demo_peak(test_id: &str) -> f64 {
    match test_id {
        "nordic" => 370.0,
        "knee_flexion_iso_90" => 300.0,
        "knee_flexion_iso_30" => 250.0,
        "ipc_90_20" => 420.0,
        "hip_extension_iso" => 300.0,
        "hip_abduction_iso" => 230.0,
        "hip_adduction_iso" => 270.0,
        "knee_flexion_break" => 360.0,
        "knee_extension_iso_90" => 520.0,
        _ => 280.0,
    }
}

impl Run {
    pub fn new(visit_id: i64, context: SessionContext, steps: Vec<Step>) -> Run {
        let lever = context
            .last_lever_arm_m
            .iter()
            .map(|(test, l)| (test.clone(), numbers::style().number_trimmed(*l, 6)))
            .collect();
        Run {
            visit_id,
            context,
            steps,
            current: 0,
            phase: Phase::Ready,
            pain: None,
            count: String::new(),
            lever,
            lost_note: None,
            committing: None,
            saving_count: None,
            error: None,
            confirm_abandon: None,
            armed: None,
            pain_one_at: None,
            not_done_reason: String::new(),
            placed: false,
            finished: false,
            typing: None,
        }
    }

    /// Back from the summary to record more.
    pub fn resume(visit_id: i64, context: SessionContext, steps: Vec<Step>) -> Run {
        let mut run = Run::new(visit_id, context, steps);
        run.current = run.steps.iter().position(|s| !s.settled()).unwrap_or(0);
        run
    }

    pub fn device_lost(&mut self, text: &str) {
        self.lost_note = Some(text.to_string());
    }

    fn step(&self) -> &Step {
        &self.steps[self.current]
    }

    fn params(&self, shared: &Shared) -> AnalysisParams {
        let mut p = self.step().test.analysis_params();
        if let Some(&threshold_n) = shared.clinic.results.rep_threshold_n.get(&self.step().test.id) {
            p.rep_threshold = crate::analysis::RepThreshold::Fixed { threshold_n };
        }
        p.device_max_n = shared.device.as_ref().and_then(|d| d.acq().max_n);
        p
    }

    fn start(&mut self, shared: &mut Shared) {
        self.error = None;
        let Some(device) = shared.device.as_ref() else {
            self.error = Some(crate::fl!("run-connect-device-first"));
            return;
        };
        let channels = self.step().channels(&device.acq().channel_names);
        if let Err(e) = channels {
            self.error = Some(e);
            return;
        }
        if let Some(control) = &device.demo
            && let Ok(mut plan) = control.plan.lock()
        {
            let test = &self.step().test;
            *plan = DemoPlan {
                side: self.step().side,
                peak_n: demo_peak(&test.id),
                deficit_percent: 12.0,
                weaker: self.context.involved.filter(|s| *s != Side::Both).unwrap_or(Side::Left),
                shape: if test.id == "nordic" { EffortShape::Nordic } else { EffortShape::Isometric },
                hold_s: if test.id == "nordic" { 3.2 } else { test.hold_s.unwrap_or(3.0).min(5.0) },
                rest_s: 3.0,
                reps: test.reps,
            };
        }
        if shared.prefs.countdown_s > 0.0 {
            self.phase = Phase::Countdown { until: shared.now + shared.prefs.countdown_s };
        } else {
            self.begin(shared);
        }
    }

    fn begin(&mut self, shared: &mut Shared) {
        let params = self.params(shared);
        let Some(device) = shared.device.as_ref() else { return };
        let channels = self.step().channels(&device.acq().channel_names);
        let Ok((names, sources)) = channels else { return };
        let key = shared.clinic.journal.begin(JournalMeta {
            athlete_id: Some(self.context.athlete.id),
            visit_id: Some(self.visit_id),
            trial: self.trial_meta(device),
            channel_names: names.clone(),
        });
        let config = RecorderConfig {
            channel_names: names,
            source_channels: sources,
            polarity: device.acq().polarity,
            params,
            max_duration_s: MAX_RECORDING_S,
        };
        device.start_recording(config, Some((shared.clinic.journal.feed(), key)));
        self.pain = None;
        self.phase = Phase::Recording;
    }

    /// What the current step's trial is, recorded with `device`.
    fn trial_meta(&self, device: &DeviceConn) -> TrialMeta {
        let step = self.step();
        let acq = device.acq();
        TrialMeta {
            test_id: step.test.id.clone(),
            side: step.side,
            device: device.choice.device_id(),
            polarity: acq.polarity,
            lever_arm_m: self.lever_arm(&step.test.id),
            device_max_n: acq.max_n,
            instrument: acq.instrument,
        }
    }

    fn lever_arm(&self, test_id: &str) -> Option<f64> {
        self.lever
            .get(test_id)
            .and_then(|t| numbers::parse_number(t))
            .filter(|v| crate::model::validation::lever_arm_problem(*v).is_none())
    }

    fn stop(&mut self, shared: &mut Shared) {
        let params = self.params(shared);
        let Some(device) = shared.device.as_ref() else { return };
        let (key, missing, polarity) = {
            let acq = device.acq();
            let rec = acq.recorder.as_ref();
            (rec.and_then(|r| r.journal_key()), rec.map(|r| r.missing()).unwrap_or_default(), acq.polarity)
        };
        let Some(mut trace) = device.stop_recording() else { return };
        trace.meta.polarity = Some(polarity);
        trace.meta.sample_rate_hz = crate::model::trace::median_rate_hz(&trace.time_s);
        let analysis =
            if trace.len() > 1 { analyze_trace(&trace, None, &params).unwrap_or_default() } else { Vec::new() };
        let reps = analysis.iter().map(|c| c.reps.len()).max().unwrap_or(0);
        self.phase = Phase::Review(Box::new(Review {
            trace,
            analysis,
            keep: vec![true; reps],
            journal_key: key,
            // Kept in the trial's notes: what is missing, and how that is known.
            note: join_notes(self.lost_note.take(), missing.describe()),
        }));
    }

    fn cancel(&mut self, shared: &mut Shared) {
        if let Some(device) = shared.device.as_ref() {
            let key = device.acq().recorder.as_ref().and_then(|r| r.journal_key());
            device.stop_recording();
            if let Some(k) = key {
                shared.clinic.journal.discard(k);
            }
        }
        self.phase = Phase::Ready;
    }

    fn redo(&mut self, shared: &mut Shared) {
        if let Phase::Review(r) = &self.phase
            && let Some(k) = r.journal_key
        {
            shared.clinic.journal.discard(k);
        }
        self.phase = Phase::Ready;
    }

    fn accept(&mut self, shared: &mut Shared) {
        let Phase::Review(review) = &self.phase else { return };
        let (Some(key), Some(device)) = (review.journal_key, shared.device.as_ref()) else { return };
        let commit = TrialCommit {
            visit: VisitFor::Visit(self.visit_id),
            meta: self.trial_meta(device),
            sample_rate_hz: review.trace.meta.sample_rate_hz,
            excluded: exclusions_of(
                &review.keep.iter().enumerate().filter(|(_, k)| !**k).map(|(i, _)| i).collect::<Vec<_>>(),
                &review.analysis,
            ),
            pain: self.pain,
            notes: review.note.clone().unwrap_or_default(),
        };
        self.committing = Some(shared.clinic.journal.commit(key, commit));
    }

    fn after_saved(&mut self, trial_id: i64, shared: &mut Shared) {
        self.steps[self.current].trials.push(trial_id);
        let rest = self.step().test.rest_s;
        self.pain = None;
        self.count.clear();
        shared.notes.info(crate::fl!("run-trial-saved"), shared.now);
        self.go_on(shared, Some(rest));
    }

    /// The connected device's name and channels, for what it can record.
    fn device_channels(shared: &Shared) -> Option<(String, Vec<String>)> {
        shared.device.as_ref().map(|d| (d.name.clone(), d.acq().channel_names.clone()))
    }

    /// On to the next step not yet settled that the connected device can record (after a rest
    /// of `rest_s`, when given), or to the summary when none is left: the steps it cannot
    /// record are passed over, and the summary says why. While values are typed in, any
    /// step can be.
    fn go_on(&mut self, shared: &Shared, rest_s: Option<f64>) {
        let device = if self.typing.is_some() { None } else { Self::device_channels(shared) };
        let device = device.as_ref().map(|(name, names)| (name.as_str(), names.as_slice()));
        match go_past(&mut self.steps, self.current, device) {
            Some(next) => {
                self.current = next;
                self.phase = match rest_s {
                    Some(rest) => Phase::Rest { until: shared.now + rest },
                    None => Phase::Ready,
                };
            }
            None => {
                self.phase = Phase::Ready;
                self.finished = true;
            }
        }
    }

    /// Marks the current step "not done" with `reason`, and with `both_sides` the other side
    /// of its test too when that is not done yet; then goes on.
    fn mark_not_done(&mut self, reason: &str, both_sides: bool, shared: &Shared) {
        let reason = reason.trim().to_string();
        for i in self.same_test_open(both_sides) {
            self.steps[i].not_done = Some(reason.clone());
        }
        self.not_done_reason.clear();
        self.go_on(shared, None);
    }

    /// The current step, and with `both_sides` the other steps of its test not settled yet.
    fn same_test_open(&self, both_sides: bool) -> Vec<usize> {
        let test = &self.step().test.id;
        (0..self.steps.len())
            .filter(|&i| {
                i == self.current || (both_sides && self.steps[i].test.id == *test && !self.steps[i].settled())
            })
            .collect()
    }

    /// A test the connected device cannot do is not where a session starts: it is passed over
    /// (stayed on when the device can record none of the tests left).
    fn place(&mut self, shared: &Shared) {
        let Some((name, names)) = Self::device_channels(shared) else { return };
        self.placed = true;
        let step = self.step();
        if step.settled() || step.recordable_with(&names) {
            return;
        }
        let before = (self.current + self.steps.len() - 1) % self.steps.len();
        if let Some(first) = go_past(&mut self.steps, before, Some((&name, &names))) {
            self.current = first;
        }
    }

    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared, picker: &mut DevicePicker) -> Option<Outcome> {
        self.poll(shared);
        if self.finished {
            self.finished = false;
            return Some(Outcome::Summary(self.visit_id, Box::new(self.context.clone()), self.steps.clone()));
        }
        if !self.placed && !self.steps.is_empty() && matches!(self.phase, Phase::Ready) {
            self.place(shared);
        }
        if let Phase::Countdown { until } = self.phase
            && shared.now >= until
        {
            self.begin(shared);
        }
        if let Phase::Rest { until } = self.phase
            && shared.now >= until
        {
            self.phase = Phase::Ready;
        }
        if matches!(self.phase, Phase::Recording)
            && shared.device.as_ref().is_none_or(|d| d.acq().recorder.as_ref().is_none_or(|r| r.is_stopped()))
        {
            // Stopped by itself: the device was lost, or the recording reached its limit.
            self.stop(shared);
        }
        let outcome = self.keys(ui, shared);
        if outcome.is_some() {
            return outcome;
        }
        let mut outcome = None;
        egui::Panel::left("steps").default_size(270.0).show(ui, |ui| outcome = self.step_list(ui, shared));
        if outcome.is_some() || self.steps.is_empty() {
            // Leaving the session (the visit was deleted, or the summary asked for): the steps
            // may be gone, so nothing of the session is drawn any more.
            return outcome;
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| self.main(ui, shared, picker));
        });
        outcome
    }

    fn poll(&mut self, shared: &mut Shared) {
        if let Some(rx) = &self.committing
            && let Ok(result) = rx.try_recv()
        {
            self.committing = None;
            match result {
                Ok(saved) if saved.waiting => {
                    // Kept on this computer: the trial reaches the record when the server answers.
                    self.pain = None;
                    self.count.clear();
                    shared.notes.info(crate::fl!("run-trial-kept-offline"), shared.now);
                    let rest = self.step().test.rest_s;
                    self.go_on(shared, Some(rest));
                }
                Ok(saved) => self.after_saved(saved.trial_id, shared),
                Err(e) => {
                    // Never discarded: the recording in memory goes to a file beside the database.
                    let error = e.to_string();
                    self.error = Some(match &self.phase {
                        Phase::Review(review) => {
                            match crate::io::rescue_trace(&review.trace, &shared.clinic.data_dir) {
                                Ok(path) => crate::fl!(
                                    "run-trial-not-saved-rescued",
                                    error = error,
                                    path = path.display().to_string()
                                ),
                                Err(e) => crate::fl!("run-trial-not-saved-lost", error = error, reason = e.to_string()),
                            }
                        }
                        _ => crate::fl!("run-trial-not-saved", error = error),
                    });
                }
            }
        }
        if let Some(result) = answer(&mut self.saving_count) {
            match result {
                Ok(id) => self.after_saved(id, shared),
                Err(e) => self.error = Some(crate::fl!("run-not-saved", error = e)),
            }
        }
    }

    /// Space start/stop, Enter accept, Backspace redo and Esc cancel (each pressed twice: they
    /// throw a recording away), ⬅ ➡ move between steps.
    fn keys(&mut self, ui: &egui::Ui, shared: &mut Shared) -> Option<Outcome> {
        if ui.ctx().egui_wants_keyboard_input() {
            return None;
        }
        let (space, enter, back, esc, left, right) = ui.input(|i| {
            (
                i.key_pressed(egui::Key::Space),
                i.key_pressed(egui::Key::Enter),
                i.key_pressed(egui::Key::Backspace),
                i.key_pressed(egui::Key::Escape),
                i.key_pressed(egui::Key::ArrowLeft),
                i.key_pressed(egui::Key::ArrowRight),
            )
        });
        let count = self.step().is_count();
        // A key that throws away a recording asks first: pressed once it says what a second
        // press does; pressed again within a few seconds it does it.
        if self.armed.is_some_and(|(_, until)| shared.now > until) {
            self.armed = None;
        }
        let confirmed = |run: &mut Run, key: egui::Key, note: String, shared: &mut Shared| -> bool {
            if run.armed.is_some_and(|(k, _)| k == key) {
                run.armed = None;
                return true;
            }
            run.armed = Some((key, shared.now + CONFIRM_KEY_S));
            shared.notes.info(note, shared.now);
            false
        };
        if esc && matches!(self.phase, Phase::Recording) {
            let note = crate::fl!("run-press-again-discard", key = key_name(egui::Key::Escape));
            if confirmed(self, egui::Key::Escape, note, shared) {
                self.cancel(shared);
            }
            return None;
        }
        // Number keys set the pain score on a review: 0-9, and "1" then "0" within a second for 10.
        if matches!(self.phase, Phase::Review(_))
            && let Some(digit) = ui.input(|i| {
                i.events.iter().find_map(|e| match e {
                    egui::Event::Text(t) if t.len() == 1 => t.chars().next().and_then(|c| c.to_digit(10)),
                    _ => None,
                })
            })
        {
            let ten = digit == 0 && self.pain_one_at.is_some_and(|at| shared.now - at <= 1.0);
            self.pain = Some(if ten { 10 } else { digit as u8 });
            self.pain_one_at = (digit == 1).then_some(shared.now);
        }
        if back && matches!(self.phase, Phase::Review(_)) {
            let note = crate::fl!("run-press-again-discard-redo", key = key_name(egui::Key::Backspace));
            if confirmed(self, egui::Key::Backspace, note, shared) {
                self.redo(shared);
            }
            return None;
        }
        match self.phase {
            Phase::Ready | Phase::Rest { .. } if space && !count && self.typing.is_none() => self.start(shared),
            Phase::Recording if space => self.stop(shared),
            Phase::Countdown { .. } if esc => self.cancel(shared),
            Phase::Review(_) if enter && self.pain.is_some() && self.committing.is_none() => self.accept(shared),
            Phase::Ready | Phase::Rest { .. } if left => self.current = self.current.saturating_sub(1),
            Phase::Ready | Phase::Rest { .. } if right => self.current = (self.current + 1).min(self.steps.len() - 1),
            _ => {}
        }
        None
    }

    fn idle(&self) -> bool {
        matches!(self.phase, Phase::Ready | Phase::Rest { .. }) && self.committing.is_none()
    }
}

/// The name of a key that must be pressed twice, as a person reads it.
fn key_name(key: egui::Key) -> String {
    match key {
        egui::Key::Escape => crate::fl!("run-key-escape"),
        egui::Key::Backspace => crate::fl!("run-key-backspace"),
        other => other.name().to_string(),
    }
}

/// Two optional notes as one.
fn join_notes(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(format!("{a}; {b}")),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
#[path = "run_tests.rs"]
mod tests;
