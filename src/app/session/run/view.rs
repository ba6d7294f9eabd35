//! What a running session draws: the step list, the live recording with its controls, the
//! review of a take, the count-only steps.

use egui::RichText;

use crate::analysis::RepMetrics;
use crate::protocols::CurveMetric;

use super::*;

impl Run {
    pub(super) fn step_list(&mut self, ui: &mut egui::Ui, shared: &mut Shared) -> Option<Outcome> {
        ui.label(RichText::new(self.context.athlete.full_name()).strong().size(18.0));
        ui.label(RichText::new("Tests (⬅ ➡ to move)").weak());
        let idle = self.idle();
        let names = shared.device.as_ref().map(|d| d.acq().channel_names.clone());
        for i in 0..self.steps.len() {
            let s = &self.steps[i];
            let cannot = names.as_ref().and_then(|n| s.channels(n).err()).filter(|_| !s.is_count() && !s.settled());
            let mark = if s.done() {
                "✔"
            } else if s.not_done.is_some() {
                "–"
            } else if cannot.is_some() {
                "⚠"
            } else if i == self.current {
                "▶"
            } else {
                "·"
            };
            let text = match &s.not_done {
                Some(_) => format!("{mark} {} (not done)", s.title()),
                None => format!("{mark} {}", s.title()),
            };
            let mut button = ui.add_enabled(idle, egui::Button::selectable(i == self.current, text));
            if let Some(reason) = &s.not_done {
                button = button.on_hover_text(format!("not done: {reason}"));
            } else if let Some(e) = cannot {
                button = button.on_hover_text(format!("the connected device cannot record this: {e}"));
            }
            if button.clicked() {
                self.current = i;
                self.phase = Phase::Ready;
            }
        }
        ui.add_space(16.0);
        let done = self.steps.iter().filter(|s| s.done()).count();
        let not_done = self.steps.iter().filter(|s| s.not_done.is_some()).count();
        let any = done > 0 || self.steps.iter().all(Step::settled);
        if ui.add_enabled(idle && any, egui::Button::new(RichText::new("Summary ▶").size(18.0))).clicked() {
            return Some(Outcome::Summary(self.visit_id, Box::new(self.context.clone()), self.steps.clone()));
        }
        let tally = if not_done > 0 {
            format!("{done} of {} done, {not_done} not done", self.steps.len())
        } else {
            format!("{done} of {} done", self.steps.len())
        };
        ui.label(RichText::new(tally).weak());
        ui.add_space(16.0);
        self.abandon_controls(ui, shared)
    }

    pub(super) fn main(&mut self, ui: &mut egui::Ui, shared: &mut Shared, picker: &mut DevicePicker) {
        let step = self.step().clone();
        ui.heading(step.title());
        ui.label(RichText::new(format!("Position: {}", step.test.position)).size(17.0));
        ui.label(RichText::new(format!("Cue: “{}”", step.test.cue)).size(17.0).italics());
        ui.label(RichText::new(step.test.notes.clone()).weak());
        self.not_done_line(ui, shared);
        if let Some(e) = &self.error {
            ui.label(RichText::new(e).color(theme::RED));
        }
        if let Some((key, _)) = self.armed {
            let what = if key == egui::Key::Escape { "discard this recording" } else { "discard it and record again" };
            ui.label(RichText::new(format!("Press {} again to {what}.", key.name())).color(theme::AMBER).strong());
        }
        ui.separator();
        if step.is_count() {
            self.count_step(ui, shared, &step);
            return;
        }
        if self.idle() || self.typing.is_some() {
            let mut typing = self.typing.is_some();
            if ui
                .checkbox(&mut typing, RichText::new("Type the values (a device with no public protocol)").size(17.0))
                .on_hover_text(
                    "each rep's peak read off the device's display (microFET, Lafayette, VALD, Kinvent, a crane \
                     scale with peak hold); counted like a recorded trial's peaks, marked 'entered by hand', no \
                     curve metrics",
                )
                .changed()
            {
                self.typing = typing.then(|| HandEntry {
                    device: String::new(),
                    instrument: crate::model::Instrument::Handheld,
                    unit: shared.prefs.unit,
                    peaks: String::new(),
                    right_peaks: String::new(),
                });
            }
        }
        if self.typing.is_some() {
            self.hand_entry_step(ui, shared, &step);
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
        // Held for the live numbers and plot only: the controls below command the device.
        let acq = device.acq();
        if let Err(e) = self.step().channels(&acq.channel_names) {
            ui.label(
                RichText::new(format!("⚠ {} cannot record this test: {e}.", device.name))
                    .color(theme::AMBER)
                    .size(17.0),
            );
        }
        // Live numbers and plot.
        match &self.phase {
            Phase::Recording | Phase::Review(_) => {
                if let Some(rec) = &acq.recorder {
                    let names = rec.config().channel_names.clone();
                    let recording = matches!(self.phase, Phase::Recording);
                    let current = recording.then(|| rec.current_n());
                    let noise = acq.resting_noise_n();
                    live_numbers(ui, shared, &names, current.as_deref(), &noise, Some(rec.peak_n()));
                    let series: Vec<Series> = (0..rec.channels())
                        .map(|c| Series::Recording {
                            recorder: rec,
                            channel: c,
                            color: theme::channel_color(&names[c], ui.visuals().text_color()),
                        })
                        .collect();
                    let marks: Vec<Mark> = match &self.phase {
                        // On a review, the reps the table lists, each grey once unticked.
                        Phase::Review(review) => review_marks(&review.analysis, &review.keep),
                        _ => rec
                            .live_reps(0)
                            .iter()
                            .enumerate()
                            .map(|(i, r)| Mark {
                                time_s: rec.time_s()[r.start_index],
                                label: format!("{}", i + 1),
                                excluded: false,
                            })
                            .collect(),
                    };
                    // The plot gives up height so that what follows (Stop while recording; the
                    // reps, pain and Accept on a review) stays on screen without scrolling.
                    let below = if recording { 100.0 } else { 28.0 * (marks.len() as f32 + 1.0) + 130.0 };
                    let room = ui.clip_rect().bottom() - ui.cursor().top() - below;
                    let height = room.clamp(140.0, if recording { 300.0 } else { 200.0 });
                    live_plot(ui, height, 0.0, recording_view_s(rec.duration_s()), shared.prefs.unit, &series, &marks);
                }
            }
            _ => {
                live_numbers(ui, shared, &acq.channel_names, Some(&acq.current_n()), &acq.resting_noise_n(), None);
                let (t, v) = acq.recent();
                let series: Vec<Series> = v
                    .iter()
                    .enumerate()
                    .map(|(c, values)| Series::Points {
                        time_s: &t,
                        values,
                        color: theme::channel_color(&acq.channel_names[c], ui.visuals().text_color()),
                    })
                    .collect();
                // Room kept below for the rest timer and Start (on screen at 1280 x 800).
                let room = ui.clip_rect().bottom() - ui.cursor().top() - 110.0;
                live_plot(ui, room.clamp(120.0, 220.0), -10.0, 0.0, shared.prefs.unit, &series, &[]);
            }
        }
        drop(acq);
        self.controls(ui, shared);
    }

    /// A step that cannot or will not be done today is marked "not done" with a reason, so the
    /// battery can finish; a step marked so can be taken back.
    fn not_done_line(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        if !self.idle() || self.step().done() {
            return;
        }
        if let Some(reason) = self.step().not_done.clone() {
            ui.horizontal(|ui| {
                ui.label(RichText::new(format!("Marked not done: {reason}")).color(theme::AMBER).size(17.0));
                if ui.button("Test it after all").clicked() {
                    self.steps[self.current].not_done = None;
                }
            });
            return;
        }
        ui.horizontal(|ui| {
            let l = ui.label("Not done today?");
            ui.add(
                egui::TextEdit::singleline(&mut self.not_done_reason)
                    .hint_text("reason, e.g. no Nordic rig, pain, time")
                    .desired_width(260.0),
            )
            .labelled_by(l.id);
            let reason = self.not_done_reason.trim().to_string();
            // One choice for the test: both sides, unless only this one is meant.
            let other_side = self.same_test_open(true).len() > 1;
            let label = if other_side { "Mark both sides not done" } else { "Mark not done" };
            if ui
                .add_enabled(!reason.is_empty(), egui::Button::new(label))
                .on_hover_text("leave this test out of today's visit; the reason goes in the visit's notes")
                .clicked()
            {
                self.mark_not_done(&reason, true, shared);
            }
            let only = format!("Mark only the {} side not done", self.step().side);
            if other_side
                && ui
                    .add_enabled(!reason.is_empty(), egui::Button::new(only))
                    .on_hover_text("the other side of this test stays to be tested")
                    .clicked()
            {
                self.mark_not_done(&reason, false, shared);
            }
        });
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
                let acq = shared.device.as_ref().map(|d| d.acq());
                if let Some(rec) = acq.as_ref().and_then(|a| a.recorder.as_ref()) {
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
                drop(acq);
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
        // The metrics that mean something for this test's contraction; the channel only when
        // there are several (the legs of a Nordic).
        let metrics = self.steps[self.current].test.curve_metrics();
        // One row per rep; with two legs (a Nordic) each leg's numbers side by side, so the
        // pain scale and Accept stay on screen.
        let channels = review.analysis.len();
        let several = channels > 1;
        let columns = 2 + channels * (1 + metrics.len());
        egui::Grid::new("reps").striped(true).num_columns(columns).spacing([18.0, 6.0]).show(ui, |ui| {
            ui.label(RichText::new("Counted").strong());
            for channel in &review.analysis {
                let leg = if several { format!(" {}", channel.name) } else { String::new() };
                ui.label(RichText::new(format!("Peak{leg}")).strong());
                for m in metrics {
                    ui.label(RichText::new(format!("{}{leg}", m.label())).strong());
                }
            }
            ui.label(RichText::new("Flags").strong());
            ui.end_row();
            // A rep left out is greyed, its tick and every number of its row.
            let grey = ui.visuals().weak_text_color().gamma_multiply(0.7);
            for k in 0..reps {
                let kept = review.keep[k];
                let shown =
                    move |text: String| if kept { RichText::new(text) } else { RichText::new(text).color(grey) };
                ui.checkbox(&mut review.keep[k], shown(format!("Rep {}", k + 1)))
                    .on_hover_text("untick to leave this rep out of the results");
                // Each flag with its leg when there are two.
                let mut flags: Vec<(String, &'static str)> = Vec::new();
                for channel in &review.analysis {
                    match channel.reps.get(k) {
                        Some(r) => {
                            ui.label(shown(force(r.peak_force_n, unit)));
                            for m in metrics {
                                ui.label(shown(curve_metric_text(*m, r, unit)));
                            }
                            // In plain words; the low sample rate is said once, beside the RFD.
                            for f in r.flags.iter().filter(|f| !f.about_rfd_only()) {
                                let text =
                                    if several { format!("{}: {}", channel.name, f.text()) } else { f.text().into() };
                                flags.push((text, f.explanation()));
                            }
                        }
                        None => {
                            for _ in 0..=metrics.len() {
                                ui.label(shown("-".into()));
                            }
                        }
                    }
                }
                ui.label(shown(flags.iter().map(|f| f.0.as_str()).collect::<Vec<_>>().join(", ")))
                    .on_hover_text(flags.iter().map(|f| format!("{}: {}", f.0, f.1)).collect::<Vec<_>>().join("\n"));
                ui.end_row();
            }
        });
        let low_rate = review.analysis.iter().flat_map(|c| &c.reps).flat_map(|r| r.flags.iter().map(|f| f.id()));
        if metrics.contains(&CurveMetric::Rfd100ms)
            && let Some(note) = crate::results::flags::rfd_note(low_rate)
        {
            ui.label(RichText::new(note).color(theme::AMBER));
        }
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
            let redo = ui.add(egui::Button::new(RichText::new("↺ Redo").size(22.0))).on_hover_text("Backspace twice");
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

    /// A result typed in: device, kind, unit, each rep's peak (each leg's for a test of both
    /// legs at once, a Nordic on a NordBord-type device), lever arm and pain, then Save.
    fn hand_entry_step(&mut self, ui: &mut egui::Ui, shared: &mut Shared, step: &Step) {
        let both = step.side == Side::Both;
        let Some(entry) = self.typing.as_mut() else { return };
        egui::Grid::new("hand entry").num_columns(2).spacing([16.0, 8.0]).show(ui, |ui| {
            let l = ui.label("Device");
            ui.add(
                egui::TextEdit::singleline(&mut entry.device).hint_text("e.g. Hoggan microFET 2").desired_width(260.0),
            )
            .labelled_by(l.id);
            ui.end_row();
            ui.label("Kind").on_hover_text("change is compared only within one kind of device");
            ui.horizontal(|ui| {
                for i in crate::model::Instrument::ALL {
                    ui.selectable_value(&mut entry.instrument, i, i.label());
                }
            });
            ui.end_row();
            ui.label("Unit on its display");
            ui.horizontal(|ui| {
                for u in crate::model::ForceUnit::ALL {
                    ui.selectable_value(&mut entry.unit, u, u.symbol());
                }
            });
            ui.end_row();
            if both {
                for (label, text, hint) in [
                    ("Left leg: peak of each rep", &mut entry.peaks, "372 380 368"),
                    ("Right leg: peak of each rep", &mut entry.right_peaks, "340 351 349"),
                ] {
                    let l = ui.label(label);
                    ui.add(egui::TextEdit::singleline(text).hint_text(hint).desired_width(260.0)).labelled_by(l.id);
                    ui.end_row();
                }
            } else {
                let l = ui.label("Peak of each rep");
                ui.add(egui::TextEdit::singleline(&mut entry.peaks).hint_text("31.2 30.8 32.0").desired_width(260.0))
                    .labelled_by(l.id);
                ui.end_row();
            }
            let l = ui.label("Lever arm (m)");
            let lever = self.lever.entry(step.test.id.clone()).or_default();
            ui.add(egui::TextEdit::singleline(lever).hint_text("measured; for torque").desired_width(120.0))
                .labelled_by(l.id)
                .on_hover_text(format!("measured from {}", step.test.lever_arm));
            ui.end_row();
        });
        let Some(entry) = self.typing.clone() else { return };
        // One field, or each leg's (left, right).
        let typed: Vec<(&str, &String)> =
            if both { vec![("left ", &entry.peaks), ("right ", &entry.right_peaks)] } else { vec![("", &entry.peaks)] };
        let parsed: Vec<Result<Vec<f64>, String>> = typed.iter().map(|(_, t)| entry.parse(t)).collect();
        let all_ok = parsed.iter().all(Result::is_ok);
        let peaks = |k: usize| parsed.get(k).and_then(|p| p.clone().ok()).unwrap_or_default();
        // What is saved, checked by the same rules as `forcetrack enter` and `import entered`.
        let entered = crate::io::import::EnteredTrial {
            athlete_id: self.context.athlete.id,
            visit_id: Some(self.visit_id),
            date: chrono::Local::now().date_naive(),
            test_id: step.test.id.clone(),
            side: step.side,
            device: entry.device.clone(),
            instrument: entry.instrument,
            unit: entry.unit,
            peaks: peaks(0),
            right_peaks: if both { peaks(1) } else { Vec::new() },
            pain: self.pain,
            lever_arm_m: self.lever_arm(&step.test.id),
        };
        let mut problems: Vec<String> = Vec::new();
        for ((leg, text), p) in typed.iter().zip(&parsed) {
            match p {
                Err(e) if !text.trim().is_empty() => problems.push(match leg.trim() {
                    "" => e.clone(),
                    leg => format!("{leg} leg: {e}"),
                }),
                Err(_) => {}
                Ok(p) => {
                    let best = p.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    let leg = if leg.is_empty() { String::new() } else { format!("{}: ", leg.trim()) };
                    // As typed; in the display unit too only when that is another unit.
                    let display = shared.prefs.unit;
                    let converted = if entry.unit == display {
                        String::new()
                    } else {
                        format!(" ({})", force(entry.unit.to_newtons(best), display))
                    };
                    ui.label(format!(
                        "{leg}{} reps, best {best} {}{converted}: entered by hand",
                        p.len(),
                        entry.unit.symbol()
                    ));
                }
            }
        }
        if all_ok || !entry.device.is_empty() {
            problems.extend(
                entered.problems(&shared.clinic.library).into_iter().filter(|p| !p.starts_with("no peak entered")),
            );
        }
        for p in &problems {
            ui.label(RichText::new(p).color(theme::RED));
        }
        pain_picker(ui, &mut self.pain);
        let ready = all_ok && problems.is_empty() && self.pain.is_some() && self.saving_count.is_none();
        if ui.add_enabled(ready, egui::Button::new(RichText::new("✔ Save").size(22.0))).clicked() {
            if let Some(e) = self.typing.as_mut() {
                e.peaks.clear();
                e.right_peaks.clear();
            }
            let entered = crate::io::import::EnteredTrial { pain: self.pain, ..entered };
            self.saving_count = Some(shared.clinic.worker.run(move |s| {
                crate::io::import::save_entered(s, &entered).map(|(_, trial)| trial).map_err(|e| e.to_string())
            }));
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
        let typed = self.count.trim();
        let reps = typed.parse::<u32>().ok();
        if !typed.is_empty() && reps.is_none() {
            ui.label(
                RichText::new(format!("'{typed}' is not a number of reps: type a whole number, e.g. 22"))
                    .color(theme::RED),
            );
        }
        pain_picker(ui, &mut self.pain);
        let ready = reps.is_some() && self.pain.is_some() && self.saving_count.is_none();
        if ui.add_enabled(ready, egui::Button::new(RichText::new("✔ Save").size(22.0))).clicked()
            && let Some(reps) = reps
        {
            let trace = Trace::without_samples();
            let meta = TrialMeta::new(&step.test.id, step.side, "count entered", Polarity::Positive);
            let mut trial = NewTrial::new(self.visit_id, meta, trace);
            trial.reps_count = Some(reps);
            trial.pain = self.pain;
            self.saving_count = Some(shared.clinic.worker.run(move |s| s.add_trial(&trial).map_err(|e| e.to_string())));
        }
    }
}

/// The reps of a review as marks at their onset (the earliest over the legs), each grey once
/// unticked (`keep`).
fn review_marks(analysis: &[ChannelAnalysis], keep: &[bool]) -> Vec<Mark> {
    keep.iter()
        .enumerate()
        .filter_map(|(k, kept)| {
            let rep = exclusions_of(&[k], analysis).pop()?;
            Some(Mark { time_s: rep.from_s, label: format!("{}", k + 1), excluded: !kept })
        })
        .collect()
}

/// A rep's curve metric as shown.
fn curve_metric_text(metric: CurveMetric, rep: &RepMetrics, unit: crate::model::ForceUnit) -> String {
    match metric {
        CurveMetric::TimeToPeak => format!("{:.2} s", rep.time_to_peak_s),
        CurveMetric::Rfd100ms => rep.rfd_for(0.1).map_or("-".into(), |v| format!("{}/s", force(v, unit))),
        CurveMetric::Best1sMean => rep.best_1s_mean_force_n.map_or("-".into(), |v| force(v, unit)),
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
