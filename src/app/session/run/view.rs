//! What a running session draws: the step list, the live recording with its controls, the
//! review of a take, the count-only steps.

use egui::RichText;

use crate::analysis::RepMetrics;
use crate::app::widgets::store_error_text;
use crate::fl;
use crate::i18n::numbers;
use crate::protocols::CurveMetric;

use super::*;

mod entry;

impl Run {
    pub(super) fn step_list(&mut self, ui: &mut egui::Ui, shared: &mut Shared) -> Option<Outcome> {
        ui.label(RichText::new(self.context.athlete.full_name()).strong().size(18.0));
        ui.label(RichText::new(fl!("run-steps-heading")).weak());
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
                Some(_) => fl!("run-step-not-done", mark = mark, step = s.title()),
                None => format!("{mark} {}", s.title()),
            };
            let mut button = ui.add_enabled(idle, egui::Button::selectable(i == self.current, text));
            if let Some(reason) = &s.not_done {
                button = button.on_hover_text(fl!("run-step-not-done-tip", reason = reason.as_str()));
            } else if let Some(e) = cannot {
                button = button.on_hover_text(fl!("run-step-cannot-record-tip", reason = e));
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
        if ui.add_enabled(idle && any, egui::Button::new(RichText::new(fl!("run-summary")).size(18.0))).clicked() {
            return Some(Outcome::Summary(self.visit_id, Box::new(self.context.clone()), self.steps.clone()));
        }
        let tally = if not_done > 0 {
            fl!("run-tally-not-done", done = done, total = self.steps.len(), not_done = not_done)
        } else {
            fl!("run-tally", done = done, total = self.steps.len())
        };
        ui.label(RichText::new(tally).weak());
        ui.add_space(16.0);
        self.abandon_controls(ui, shared)
    }

    pub(super) fn main(&mut self, ui: &mut egui::Ui, shared: &mut Shared, picker: &mut DevicePicker) {
        let step = self.step().clone();
        ui.heading(step.title());
        ui.label(
            RichText::new(fl!("run-position", position = step.test.shown_position(crate::i18n::loader()))).size(17.0),
        );
        ui.label(RichText::new(fl!("run-cue", cue = step.test.shown_cue(crate::i18n::loader()))).size(17.0).italics());
        ui.label(RichText::new(step.test.shown_notes(crate::i18n::loader())).weak());
        self.not_done_line(ui, shared);
        if let Some(e) = &self.error {
            ui.label(RichText::new(e).color(theme::RED));
        }
        if let Some((key, _)) = self.armed {
            let text = if key == egui::Key::Escape {
                fl!("run-press-again-discard", key = key_name(key))
            } else {
                fl!("run-press-again-redo", key = key_name(key))
            };
            ui.label(RichText::new(text).color(theme::AMBER).strong());
        }
        ui.separator();
        if step.is_count() {
            self.count_step(ui, shared, &step);
            return;
        }
        if self.idle() || self.typing.is_some() {
            let mut typing = self.typing.is_some();
            if ui
                .checkbox(&mut typing, RichText::new(fl!("run-type-values")).size(17.0))
                .on_hover_text(fl!("run-type-values-tip"))
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
                crate::app::screens::athlete::text_field(ui, &fl!("run-lever-arm"), entry, &fl!("run-lever-arm-hint"))
                    .on_hover_text(fl!(
                        "run-lever-arm-tip",
                        landmark = step.test.shown_lever_arm(crate::i18n::loader())
                    ));
            });
        }
        let Some(device) = shared.device.as_ref() else {
            ui.label(RichText::new(fl!("run-connect-device")).size(18.0));
            return;
        };
        // Held for the live numbers and plot only: the controls below command the device.
        let acq = device.acq();
        if let Err(e) = self.step().channels(&acq.channel_names) {
            ui.label(
                RichText::new(fl!("run-device-cannot-record", device = device.name.as_str(), reason = e))
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
                ui.label(RichText::new(fl!("run-marked-not-done", reason = reason)).color(theme::AMBER).size(17.0));
                if ui.button(fl!("run-test-after-all")).clicked() {
                    self.steps[self.current].not_done = None;
                }
            });
            return;
        }
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(fl!("run-not-done-today"));
            ui.add(
                egui::TextEdit::singleline(&mut self.not_done_reason)
                    .hint_text(fl!("run-not-done-reason-hint"))
                    .desired_width(260.0),
            )
            .labelled_by(l.id);
            let reason = self.not_done_reason.trim().to_string();
            // One choice for the test: both sides, unless only this one is meant.
            let other_side = self.same_test_open(true).len() > 1;
            let label = if other_side { fl!("run-mark-both-not-done") } else { fl!("run-mark-not-done") };
            if ui
                .add_enabled(!reason.is_empty(), egui::Button::new(label))
                .on_hover_text(fl!("run-mark-not-done-tip"))
                .clicked()
            {
                self.mark_not_done(&reason, true, shared);
            }
            let only = fl!("run-mark-side-not-done", side = self.step().side.id());
            if other_side
                && ui
                    .add_enabled(!reason.is_empty(), egui::Button::new(only))
                    .on_hover_text(fl!("run-mark-side-not-done-tip"))
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
                    .add(egui::Button::new(RichText::new(fl!("run-start-recording")).size(22.0)))
                    .on_hover_text(fl!("run-key-space-tip"))
                    .clicked()
                {
                    self.start(shared);
                }
            }
            Phase::Rest { until } => {
                let left = (*until - shared.now).max(0.0);
                ui.label(RichText::new(fl!("run-rest", time = minutes_seconds(left))).font(theme::medium_number()));
                ui.horizontal(|ui| {
                    if ui
                        .add(egui::Button::new(RichText::new(fl!("run-start-now")).size(22.0)))
                        .on_hover_text(fl!("run-key-space-tip"))
                        .clicked()
                    {
                        self.start(shared);
                    }
                    if ui.button(fl!("run-skip-rest")).clicked() {
                        self.phase = Phase::Ready;
                    }
                });
            }
            Phase::Countdown { until } => {
                let left = (*until - shared.now).max(0.0).ceil();
                ui.label(RichText::new(numbers::num(left, 0)).font(theme::big_number()));
                if ui.button(fl!("run-cancel")).on_hover_text(fl!("run-key-esc-tip")).clicked() {
                    self.cancel(shared);
                }
            }
            Phase::Recording => {
                let acq = shared.device.as_ref().map(|d| d.acq());
                if let Some(rec) = acq.as_ref().and_then(|a| a.recorder.as_ref()) {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(format!("{} s", numbers::num(rec.duration_s(), 1))).size(20.0));
                        for (i, r) in rec.live_reps(0).iter().enumerate() {
                            let (number, peak) = (i + 1, force(r.peak_n, unit));
                            let text = if r.end_index.is_some() {
                                fl!("run-live-rep", number = number, peak = peak)
                            } else {
                                fl!("run-live-rep-rising", number = number, peak = peak)
                            };
                            ui.label(RichText::new(text).size(20.0));
                        }
                    });
                }
                drop(acq);
                ui.horizontal(|ui| {
                    if ui
                        .add(egui::Button::new(RichText::new(fl!("run-stop")).size(22.0)))
                        .on_hover_text(fl!("run-key-space-tip"))
                        .clicked()
                    {
                        self.stop(shared);
                    }
                    if ui.button(fl!("run-cancel")).on_hover_text(fl!("run-cancel-recording-tip")).clicked() {
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
            ui.label(RichText::new(fl!("run-device-lost", note = note.as_str())).color(theme::RED).size(17.0));
        }
        let reps = review.keep.len();
        if reps == 0 {
            ui.label(RichText::new(fl!("run-no-effort")).size(18.0));
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
            ui.label(RichText::new(fl!("run-counted")).strong());
            for channel in &review.analysis {
                let leg = channel.name.as_str();
                let peak = if several { fl!("run-peak-of", channel = leg) } else { fl!("run-peak") };
                ui.label(RichText::new(peak).strong());
                for m in metrics {
                    let header = if several {
                        fl!("run-metric-of", metric = m.label(crate::i18n::loader()), channel = leg)
                    } else {
                        m.label(crate::i18n::loader())
                    };
                    ui.label(RichText::new(header).strong());
                }
            }
            ui.label(RichText::new(fl!("run-flags")).strong());
            ui.end_row();
            // A rep left out is greyed, its tick and every number of its row.
            let grey = ui.visuals().weak_text_color().gamma_multiply(0.7);
            for k in 0..reps {
                let kept = review.keep[k];
                let shown =
                    move |text: String| if kept { RichText::new(text) } else { RichText::new(text).color(grey) };
                let number = k + 1;
                ui.checkbox(&mut review.keep[k], shown(fl!("run-rep", number = number)))
                    .on_hover_text(fl!("run-rep-tip"));
                // Each flag with its leg when there are two.
                let mut flags: Vec<(String, String)> = Vec::new();
                for channel in &review.analysis {
                    match channel.reps.get(k) {
                        Some(r) => {
                            ui.label(shown(force(r.peak_force_n, unit)));
                            for m in metrics {
                                ui.label(shown(curve_metric_text(*m, r, unit)));
                            }
                            // In plain words; the low sample rate is said once, beside the RFD.
                            for f in r.flags.iter().filter(|f| !f.about_rfd_only()) {
                                let words = crate::results::flags::flag_text(crate::i18n::loader(), f.id());
                                let text = if several { format!("{}: {words}", channel.name) } else { words };
                                let explanation = crate::results::flags::flag_explanation(
                                    crate::i18n::loader(),
                                    &numbers::style(),
                                    *f,
                                );
                                flags.push((text, explanation));
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
            && let Some(note) = crate::results::flags::rfd_note(crate::i18n::loader(), low_rate)
        {
            ui.label(RichText::new(note).color(theme::AMBER));
        }
        ui.add_space(8.0);
        pain_picker(ui, &mut self.pain);
        let can_accept = self.pain.is_some() && self.committing.is_none() && review.journal_key.is_some();
        ui.horizontal(|ui| {
            let accept = ui
                .add_enabled(can_accept, egui::Button::new(RichText::new(fl!("run-accept-trial")).size(22.0)))
                .on_hover_text(fl!("run-key-enter-tip"));
            if self.pain.is_none() {
                ui.label(RichText::new(fl!("run-ask-pain-first")).weak());
            }
            let redo = ui
                .add(egui::Button::new(RichText::new(fl!("run-redo")).size(22.0)))
                .on_hover_text(fl!("run-key-backspace-twice-tip"));
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
        CurveMetric::TimeToPeak => format!("{} s", numbers::num(rep.time_to_peak_s, 2)),
        CurveMetric::Rfd100ms => rep.rfd_for(0.1).map_or("-".into(), |v| format!("{}/s", force(v, unit))),
        CurveMetric::Best1sMean => rep.best_1s_mean_force_n.map_or("-".into(), |v| force(v, unit)),
    }
}

/// The study the pain scale's bands come from (a citation: never translated).
const PAIN_SOURCE: &str = "Silbernagel 2007";

/// Minutes and seconds left, `1:05`.
fn minutes_seconds(left_s: f64) -> String {
    format!("{:.0}:{:02.0}", (left_s / 60.0).floor(), left_s % 60.0)
}

/// Pain 0-10: must be chosen (not assumed).
fn pain_picker(ui: &mut egui::Ui, pain: &mut Option<u8>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(fl!("run-pain-scale")).size(17.0));
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
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, selected, fl!("run-pain-value", value = p))
            });
            if response.on_hover_text(fl!("run-pain-tip", source = PAIN_SOURCE)).clicked() {
                *pain = Some(p);
            }
        }
    });
}
