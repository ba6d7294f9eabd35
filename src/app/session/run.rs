//! Running the session: each test and side live, with review, accept or redo, pain, rest.

use crossbeam_channel::Receiver;
use egui::RichText;

use super::device_panel::{DevicePicker, live_numbers};
use super::{SessionContext, Step};
use crate::acquisition::{MAX_RECORDING_S, RecorderConfig, TrialCommit};
use crate::analysis::{AnalysisParams, ChannelAnalysis, analyze_trace};
use crate::app::device::DeviceChoice;
use crate::app::widgets::force;
use crate::app::widgets::live_plot::{Mark, Series, live_plot, recording_view_s};
use crate::app::worker::Pending;
use crate::app::{Shared, theme};
use crate::device::demo::DemoPlan;
use crate::device::sim::EffortShape;
use crate::model::{Channel, Side, Trace, TraceMeta};
use crate::store::{JournalMeta, NewTrial};

pub enum Outcome {
    Summary(i64, Box<SessionContext>, Vec<Step>),
    Abandoned,
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
    committing: Option<Receiver<Result<i64, String>>>,
    saving_count: Option<Pending<i64>>,
    error: Option<String>,
    confirm_abandon: bool,
}

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
        _ => 280.0,
    }
}

impl Run {
    pub fn new(visit_id: i64, context: SessionContext, steps: Vec<Step>) -> Run {
        Run {
            visit_id,
            context,
            steps,
            current: 0,
            phase: Phase::Ready,
            pain: None,
            count: String::new(),
            lever: Default::default(),
            lost_note: None,
            committing: None,
            saving_count: None,
            error: None,
            confirm_abandon: false,
        }
    }

    /// Back from the summary to record more.
    pub fn resume(visit_id: i64, context: SessionContext, steps: Vec<Step>) -> Run {
        let mut run = Run::new(visit_id, context, steps);
        run.current = run.steps.iter().position(|s| !s.done()).unwrap_or(0);
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
        p.device_max_n = shared.device.as_ref().and_then(|d| d.max_n);
        p
    }

    /// Which device channels make up this step's recording, and their names.
    fn channels(&self, device_names: &[String]) -> Result<(Vec<String>, Option<Vec<usize>>), String> {
        let side = self.step().side;
        match (side, device_names.len()) {
            (Side::Both, 2) => Ok((vec!["left".into(), "right".into()], None)),
            (Side::Both, _) => {
                Err("this test records both legs at once: connect a two-channel device (a Nordic rig or force plates)"
                    .into())
            }
            (_, 1) => Ok((vec!["force".into()], None)),
            (s, 2) => Ok((vec!["force".into()], Some(vec![if s == Side::Left { 0 } else { 1 }]))),
            _ => Err("this device's channels do not fit this test".into()),
        }
    }

    fn start(&mut self, shared: &mut Shared) {
        self.error = None;
        let Some(device) = shared.device.as_mut() else {
            self.error = Some("Connect a device first.".into());
            return;
        };
        if let Err(e) = self.channels(&device.channel_names) {
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
        let step = self.step().clone();
        let Some(device) = shared.device.as_mut() else { return };
        let Ok((names, sources)) = self.channels(&device.channel_names) else { return };
        let device_id = match &device.choice {
            DeviceChoice::Demo(d) => d.id().to_string(),
            DeviceChoice::Serial { profile_id, .. } => profile_id.clone(),
        };
        let key = shared.clinic.journal.begin(JournalMeta {
            athlete_id: Some(self.context.athlete.id),
            visit_id: Some(self.visit_id),
            test_id: Some(step.test.id.clone()),
            side: Some(step.side),
            device: device_id,
            channel_names: names.clone(),
            polarity: device.polarity,
            lever_arm_m: self.lever_arm(&step.test.id),
            tare_n: None,
        });
        let config = RecorderConfig {
            channel_names: names,
            source_channels: sources,
            polarity: device.polarity,
            params,
            max_duration_s: MAX_RECORDING_S,
        };
        device.start_recording(config, Some(key));
        self.pain = None;
        self.phase = Phase::Recording;
    }

    fn lever_arm(&self, test_id: &str) -> Option<f64> {
        self.lever
            .get(test_id)
            .and_then(|t| t.trim().replace(',', ".").parse::<f64>().ok())
            .filter(|v| *v > 0.0 && *v < 2.0)
    }

    fn stop(&mut self, shared: &mut Shared) {
        let params = self.params(shared);
        let Some(device) = shared.device.as_mut() else { return };
        let key = device.recorder.as_ref().and_then(|r| r.journal_key());
        let Some(mut trace) = device.stop_recording() else { return };
        trace.meta.polarity = Some(device.polarity);
        trace.meta.sample_rate_hz = crate::model::trace::median_rate_hz(&trace.time_s);
        let analysis =
            if trace.len() > 1 { analyze_trace(&trace, None, &params).unwrap_or_default() } else { Vec::new() };
        let reps = analysis.iter().map(|c| c.reps.len()).max().unwrap_or(0);
        self.phase = Phase::Review(Box::new(Review {
            trace,
            analysis,
            keep: vec![true; reps],
            journal_key: key,
            note: self.lost_note.take(),
        }));
    }

    fn cancel(&mut self, shared: &mut Shared) {
        if let Some(device) = shared.device.as_mut() {
            let key = device.recorder.as_ref().and_then(|r| r.journal_key());
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
        let step = self.step();
        let commit = TrialCommit {
            visit_id: self.visit_id,
            test_id: step.test.id.clone(),
            side: step.side,
            device: match &device.choice {
                DeviceChoice::Demo(d) => d.id().to_string(),
                DeviceChoice::Serial { profile_id, .. } => profile_id.clone(),
            },
            polarity: device.polarity,
            sample_rate_hz: review.trace.meta.sample_rate_hz,
            lever_arm_m: self.lever_arm(&step.test.id),
            tare_n: None,
            device_max_n: device.max_n,
            excluded_reps: review.keep.iter().enumerate().filter(|(_, k)| !**k).map(|(i, _)| i).collect(),
            pain: self.pain,
            notes: review.note.clone().unwrap_or_default(),
        };
        self.committing = Some(shared.clinic.journal.commit(key, commit));
    }

    fn after_saved(&mut self, trial_id: i64, shared: &mut Shared) {
        self.steps[self.current].trials.push(trial_id);
        let rest = self.step().test.rest_s;
        match (self.current + 1..self.steps.len()).chain(0..self.current).find(|&i| !self.steps[i].done()) {
            Some(next) => {
                self.current = next;
                self.phase = Phase::Rest { until: shared.now + rest };
            }
            None => self.phase = Phase::Ready,
        }
        self.pain = None;
        self.count.clear();
        shared.notes.info("Trial saved.", shared.now);
    }

    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared, picker: &mut DevicePicker) -> Option<Outcome> {
        self.poll(shared);
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
            && shared.device.as_ref().and_then(|d| d.recorder.as_ref()).is_none_or(|r| r.is_stopped())
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
                Ok(id) => self.after_saved(id, shared),
                Err(e) => self.error = Some(format!("The trial was not saved: {e}")),
            }
        }
        if let Some(p) = &mut self.saving_count
            && let Some(result) = p.poll()
        {
            self.saving_count = None;
            match result {
                Ok(id) => self.after_saved(id, shared),
                Err(e) => self.error = Some(format!("Not saved: {e}")),
            }
        }
    }

    /// Space start/stop, Enter accept, Backspace redo, Esc cancel, ⬅ ➡ move between steps.
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
        match self.phase {
            Phase::Ready | Phase::Rest { .. } if space && !count => self.start(shared),
            Phase::Recording if space => self.stop(shared),
            Phase::Countdown { .. } | Phase::Recording if esc => self.cancel(shared),
            Phase::Review(_) if enter && self.pain.is_some() && self.committing.is_none() => self.accept(shared),
            Phase::Review(_) if back => self.redo(shared),
            Phase::Ready | Phase::Rest { .. } if left => self.current = self.current.saturating_sub(1),
            Phase::Ready | Phase::Rest { .. } if right => self.current = (self.current + 1).min(self.steps.len() - 1),
            _ => {}
        }
        None
    }

    fn idle(&self) -> bool {
        matches!(self.phase, Phase::Ready | Phase::Rest { .. }) && self.committing.is_none()
    }

    fn step_list(&mut self, ui: &mut egui::Ui, shared: &mut Shared) -> Option<Outcome> {
        ui.label(RichText::new(self.context.athlete.full_name()).strong().size(18.0));
        ui.label(RichText::new("Tests (⬅ ➡ to move)").weak());
        let idle = self.idle();
        for i in 0..self.steps.len() {
            let s = &self.steps[i];
            let mark = if s.done() {
                "✔"
            } else if i == self.current {
                "▶"
            } else {
                "·"
            };
            let text = format!("{mark} {}", s.title());
            if ui.add_enabled(idle, egui::Button::selectable(i == self.current, text)).clicked() {
                self.current = i;
                self.phase = Phase::Ready;
            }
        }
        ui.add_space(16.0);
        let done = self.steps.iter().filter(|s| s.done()).count();
        if ui.add_enabled(idle && done > 0, egui::Button::new(RichText::new("Summary ▶").size(18.0))).clicked() {
            return Some(Outcome::Summary(self.visit_id, Box::new(self.context.clone()), self.steps.clone()));
        }
        ui.label(RichText::new(format!("{done} of {} done", self.steps.len())).weak());
        ui.add_space(16.0);
        if !self.confirm_abandon {
            if ui.add_enabled(idle, egui::Button::new("Abandon session")).clicked() {
                self.confirm_abandon = true;
            }
        } else {
            ui.label("Delete this visit and its trials?");
            ui.horizontal(|ui| {
                if ui.button("Delete visit").clicked() {
                    let id = self.visit_id;
                    let _ = shared.clinic.worker.run(move |s| s.delete_visit(id).map_err(|e| e.to_string()));
                    self.confirm_abandon = false;
                    self.phase = Phase::Ready;
                    shared.clinic.refresh_athletes();
                    self.steps.clear();
                }
                if ui.button("Keep it").clicked() {
                    self.confirm_abandon = false;
                }
            });
            if self.steps.is_empty() {
                return Some(Outcome::Abandoned);
            }
        }
        None
    }

    fn main(&mut self, ui: &mut egui::Ui, shared: &mut Shared, picker: &mut DevicePicker) {
        let step = self.step().clone();
        ui.heading(step.title());
        ui.label(RichText::new(format!("Position: {}", step.test.position)).size(17.0));
        ui.label(RichText::new(format!("Cue: “{}”", step.test.cue)).size(17.0).italics());
        ui.label(RichText::new(step.test.notes.clone()).weak());
        if let Some(e) = &self.error {
            ui.label(RichText::new(e).color(theme::RED));
        }
        ui.separator();
        if step.is_count() {
            self.count_step(ui, shared, &step);
            return;
        }
        picker.show(ui, shared);
        if matches!(self.phase, Phase::Ready | Phase::Rest { .. }) {
            ui.horizontal(|ui| {
                let entry = self.lever.entry(step.test.id.clone()).or_default();
                crate::app::screens::athlete::text_field(ui, "Lever arm (m)", entry, "measured; for torque")
                    .on_hover_text(format!("measured from {}", step.test.lever_arm));
            });
        }
        let Some(device) = shared.device.as_ref() else {
            ui.label(RichText::new("Connect a device to record.").size(18.0));
            return;
        };
        if let Err(e) = self.channels(&device.channel_names) {
            ui.label(
                RichText::new(format!("⚠ {} cannot record this test: {e}.", device.name))
                    .color(theme::AMBER)
                    .size(17.0),
            );
        }
        // Live numbers and plot.
        match &self.phase {
            Phase::Recording | Phase::Review(_) => {
                if let Some(rec) = &device.recorder {
                    let names = rec.config().channel_names.clone();
                    let recording = matches!(self.phase, Phase::Recording);
                    let current = recording.then(|| rec.current_n());
                    live_numbers(ui, shared, &names, current.as_deref(), Some(rec.peak_n()));
                    let series: Vec<Series> = (0..rec.channels())
                        .map(|c| Series::Recording {
                            recorder: rec,
                            channel: c,
                            color: theme::channel_color(&names[c], ui.visuals().text_color()),
                        })
                        .collect();
                    let marks: Vec<Mark> = rec
                        .live_reps(0)
                        .iter()
                        .enumerate()
                        .map(|(i, r)| Mark { time_s: rec.time_s()[r.start_index], label: format!("{}", i + 1) })
                        .collect();
                    let height = if recording { 300.0 } else { 200.0 };
                    live_plot(ui, height, 0.0, recording_view_s(rec.duration_s()), shared.prefs.unit, &series, &marks);
                }
            }
            _ => {
                live_numbers(ui, shared, &device.channel_names, Some(&device.current_n()), None);
                let (t, v) = device.recent();
                let series: Vec<Series> = v
                    .iter()
                    .enumerate()
                    .map(|(c, values)| Series::Points {
                        time_s: &t,
                        values,
                        color: theme::channel_color(&device.channel_names[c], ui.visuals().text_color()),
                    })
                    .collect();
                live_plot(ui, 220.0, -10.0, 0.0, shared.prefs.unit, &series, &[]);
            }
        }
        self.controls(ui, shared);
    }

    fn controls(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        let unit = shared.prefs.unit;
        match &mut self.phase {
            Phase::Ready => {
                if ui
                    .add(egui::Button::new(RichText::new("⏺ Start recording").size(22.0)))
                    .on_hover_text("Space")
                    .clicked()
                {
                    self.start(shared);
                }
            }
            Phase::Rest { until } => {
                let left = (*until - shared.now).max(0.0);
                ui.label(
                    RichText::new(format!("Rest {:.0}:{:02.0}", (left / 60.0).floor(), left % 60.0))
                        .font(theme::medium_number()),
                );
                ui.horizontal(|ui| {
                    if ui
                        .add(egui::Button::new(RichText::new("⏺ Start now").size(22.0)))
                        .on_hover_text("Space")
                        .clicked()
                    {
                        self.start(shared);
                    }
                    if ui.button("Skip rest").clicked() {
                        self.phase = Phase::Ready;
                    }
                });
            }
            Phase::Countdown { until } => {
                let left = (*until - shared.now).max(0.0).ceil();
                ui.label(RichText::new(format!("{left:.0}")).font(theme::big_number()));
                if ui.button("Cancel").on_hover_text("Esc").clicked() {
                    self.cancel(shared);
                }
            }
            Phase::Recording => {
                if let Some(rec) = shared.device.as_ref().and_then(|d| d.recorder.as_ref()) {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(format!("{:.1} s", rec.duration_s())).size(20.0));
                        for (i, r) in rec.live_reps(0).iter().enumerate() {
                            let status = if r.end_index.is_some() { "" } else { " …" };
                            ui.label(
                                RichText::new(format!("Rep {}: {}{status}", i + 1, force(r.peak_n, unit))).size(20.0),
                            );
                        }
                    });
                }
                ui.horizontal(|ui| {
                    if ui.add(egui::Button::new(RichText::new("■ Stop").size(22.0))).on_hover_text("Space").clicked()
                    {
                        self.stop(shared);
                    }
                    if ui.button("Cancel").on_hover_text("Esc: discard this recording").clicked() {
                        self.cancel(shared);
                    }
                });
            }
            Phase::Review(_) => self.review(ui, shared),
        }
    }

    fn review(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        let unit = shared.prefs.unit;
        let Phase::Review(review) = &mut self.phase else { return };
        if let Some(note) = &review.note {
            ui.label(RichText::new(format!("Device lost: {note}")).color(theme::RED).size(17.0));
        }
        let reps = review.keep.len();
        if reps == 0 {
            ui.label(RichText::new("No effort was detected in this recording.").size(18.0));
        }
        egui::Grid::new("reps").striped(true).num_columns(7).spacing([18.0, 6.0]).show(ui, |ui| {
            for h in ["Counted", "Channel", "Peak", "Time to peak", "RFD 0-100 ms", "Best 1 s mean", "Flags"] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for k in 0..reps {
                for (c, channel) in review.analysis.iter().enumerate() {
                    let Some(r) = channel.reps.get(k) else { continue };
                    if c == 0 {
                        ui.checkbox(&mut review.keep[k], format!("Rep {}", k + 1))
                            .on_hover_text("untick to leave this rep out of the results");
                    } else {
                        ui.label("");
                    }
                    ui.label(&channel.name);
                    ui.label(force(r.peak_force_n, unit));
                    ui.label(format!("{:.2} s", r.time_to_peak_s));
                    ui.label(r.rfd_for(0.1).map_or("-".into(), |v| format!("{v:.0} N/s")));
                    ui.label(r.best_1s_mean_force_n.map_or("-".into(), |v| force(v, unit)));
                    ui.label(r.flags.iter().map(|f| f.id()).collect::<Vec<_>>().join(", "))
                        .on_hover_text(r.flags.iter().map(|f| f.explanation()).collect::<Vec<_>>().join("\n"));
                    ui.end_row();
                }
            }
        });
        ui.add_space(8.0);
        pain_picker(ui, &mut self.pain);
        let can_accept = self.pain.is_some() && self.committing.is_none() && review.journal_key.is_some();
        ui.horizontal(|ui| {
            let accept = ui
                .add_enabled(can_accept, egui::Button::new(RichText::new("✔ Accept trial").size(22.0)))
                .on_hover_text("Enter");
            if self.pain.is_none() {
                ui.label(RichText::new("Ask about pain first.").weak());
            }
            let redo = ui.add(egui::Button::new(RichText::new("↺ Redo").size(22.0))).on_hover_text("Backspace");
            if accept.clicked() {
                self.accept(shared);
            } else if redo.clicked() {
                self.redo(shared);
            }
        });
        if self.committing.is_some() {
            ui.spinner();
        }
    }

    fn count_step(&mut self, ui: &mut egui::Ui, shared: &mut Shared, step: &Step) {
        ui.label(RichText::new("Reps completed").size(18.0));
        ui.horizontal(|ui| {
            crate::app::screens::athlete::text_field(ui, "Reps", &mut self.count, "count");
        });
        for t in &step.test.thresholds {
            ui.label(RichText::new(format!("{} {} {} ({})", t.label, t.value, t.unit, t.source)).weak());
        }
        pain_picker(ui, &mut self.pain);
        let reps = self.count.trim().parse::<u32>().ok();
        let ready = reps.is_some() && self.pain.is_some() && self.saving_count.is_none();
        if ui.add_enabled(ready, egui::Button::new(RichText::new("✔ Save").size(22.0))).clicked()
            && let Some(reps) = reps
        {
            let trace = Trace {
                time_s: Vec::new(),
                channels: vec![Channel { name: "force".into(), force_n: Vec::new() }],
                meta: TraceMeta::default(),
            };
            let mut trial = NewTrial::new(self.visit_id, &step.test.id, step.side, "count entered", trace);
            trial.reps_count = Some(reps);
            trial.pain = self.pain;
            self.saving_count = Some(shared.clinic.worker.run(move |s| s.add_trial(&trial).map_err(|e| e.to_string())));
        }
    }
}

/// Pain 0-10: must be chosen (not assumed).
fn pain_picker(ui: &mut egui::Ui, pain: &mut Option<u8>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Pain during this test (0-10):").size(17.0));
        for p in 0..=10u8 {
            let color = match p {
                0..=3 => theme::GREEN,
                4..=5 => theme::AMBER,
                _ => theme::RED,
            };
            let selected = *pain == Some(p);
            let b = egui::Button::selectable(selected, RichText::new(p.to_string()).size(18.0).color(color));
            let response = ui.add(b);
            // Read out as "pain 3", not a bare number.
            response
                .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, format!("pain {p}")));
            if response.on_hover_text("0-3 safe, 4-5 acceptable, above 5 not acceptable (Silbernagel 2007)").clicked() {
                *pain = Some(p);
            }
        }
    });
}
