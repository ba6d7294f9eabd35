//! On start: recordings a crash left unfinished are offered back.

use std::time::Duration;

use egui::RichText;

use crate::app::clinic::Clinic;
use crate::app::widgets::store_error_text;
use crate::app::worker::{Pending, answer};
use crate::app::{Shared, theme};
use crate::fl;
use crate::i18n::numbers;
use crate::store::UnfinishedRecording;

/// A writer silent this long has stopped (it commits every 200 ms while recording).
const STALE: Duration = Duration::from_secs(3);

/// A session by its visit: (athlete, visit, the visit's date).
type Session = (i64, i64, String);

/// Points drawn per channel of a recording's preview.
const PREVIEW_POINTS: usize = 400;

/// An unfinished recording as offered: its journal entry, samples, seconds, and each channel's
/// curve (time, raw reading) for the preview.
pub struct Found {
    recording: UnfinishedRecording,
    samples: usize,
    seconds: f64,
    curves: Vec<(String, Vec<[f64; 2]>)>,
}

#[derive(Default)]
pub struct RecoveryScreen {
    pending: Option<Pending<Vec<Found>>>,
    found: Vec<Found>,
    /// The recording whose "Discard" was pressed once: discarding needs a second, explicit yes.
    confirm_discard: Option<i64>,
    /// What was done, and the session a kept recording belongs to.
    acting: Option<Pending<(String, Option<Session>)>>,
    message: Option<Result<String, String>>,
    /// A kept recording's session, which can be taken up again.
    resumable: Option<Session>,
    later: bool,
    /// The pain chosen for each recording before it is kept: `Some(None)` is "not known".
    pain: std::collections::HashMap<i64, Option<u8>>,
}

impl RecoveryScreen {
    /// Looks for unfinished recordings in the background.
    pub fn check(&mut self, clinic: &mut Clinic) {
        self.later = false;
        self.pending = Some(clinic.worker.run(|s| {
            let list = s.unfinished_recordings(STALE).map_err(|e| store_error_text(&e))?;
            Ok(list
                .into_iter()
                .map(|recording| {
                    let trace = s.journal_trace(recording.id, &recording.meta.channel_names).ok();
                    let samples = trace.as_ref().map_or(0, |t| t.len());
                    let seconds = trace.as_ref().map_or(0.0, |t| t.duration_s());
                    let curves = trace.map_or_else(Vec::new, |mut t| {
                        t.rebase_to_first_sample();
                        t.channels
                            .iter()
                            .map(|c| {
                                (
                                    c.name.clone(),
                                    crate::acquisition::min_max_points(&t.time_s, &c.force_n, PREVIEW_POINTS),
                                )
                            })
                            .collect()
                    });
                    Found { recording, samples, seconds, curves }
                })
                .collect())
        }));
    }

    pub fn show(&mut self, ctx: &egui::Context, shared: &mut Shared) {
        if let Some(r) = answer(&mut self.pending) {
            match r {
                Ok(list) => self.found = list,
                Err(e) => shared.notes.error(fl!("recovery-look-failed", error = e), shared.now),
            }
        }
        if let Some(r) = answer(&mut self.acting) {
            self.message = Some(match r {
                Ok((text, session)) => {
                    shared.clinic.refresh_athletes();
                    if session.is_some() {
                        self.resumable = session;
                    }
                    if self.found.is_empty() && self.resumable.is_none() {
                        // The dialog closes: what was done is said where it stays readable.
                        shared.notes.info(text.clone(), shared.now);
                    }
                    Ok(text)
                }
                Err(e) => Err(e),
            });
        }
        if (self.found.is_empty() && self.resumable.is_none()) || self.later {
            return;
        }
        let mut act: Option<(i64, bool, Option<u8>)> = None;
        let mut close = false;
        egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
            ui.set_max_width(640.0);
            ui.heading(fl!("recovery-title"));
            ui.label(fl!("recovery-intro"));
            for found in &self.found {
                let (u, samples, seconds) = (&found.recording, found.samples, found.seconds);
                let athlete = u
                    .meta
                    .athlete_id
                    .and_then(|id| shared.clinic.athletes.iter().find(|r| r.athlete.id == id))
                    .map_or_else(|| fl!("recovery-unknown-athlete"), |r| r.athlete.full_name());
                let test = match shared.clinic.library.test(&u.meta.trial.test_id) {
                    Some(t) => test_on_side(&t.shown_name(crate::i18n::loader()), u.meta.trial.side),
                    None if u.meta.trial.test_id.is_empty() => fl!("recovery-no-test"),
                    None => test_on_side(&u.meta.trial.test_id, u.meta.trial.side),
                };
                ui.separator();
                ui.label(
                    RichText::new(fl!(
                        "recovery-recording",
                        started = numbers::date_time(u.started_at),
                        athlete = athlete,
                        test = test,
                        samples = samples,
                        seconds = numbers::num(seconds, 1)
                    ))
                    .strong(),
                );
                preview(ui, u.id, &found.curves, shared.prefs.unit);
                ui.horizontal(|ui| {
                    // Pain is asked when a trial is kept, as after any recording.
                    let chosen = self.pain.get(&u.id).copied();
                    let text = match chosen {
                        None => fl!("recovery-pain-choose"),
                        Some(None) => fl!("recovery-pain-not-known-chosen"),
                        Some(Some(p)) => fl!("recovery-pain-chosen", pain = p),
                    };
                    egui::ComboBox::new(("recovered pain", u.id), fl!("recovery-pain-label"))
                        .selected_text(text)
                        .show_ui(ui, |ui| {
                            for p in 0..=10u8 {
                                if ui.selectable_label(chosen == Some(Some(p)), format!("{p}/10")).clicked() {
                                    self.pain.insert(u.id, Some(p));
                                }
                            }
                            if ui.selectable_label(chosen == Some(None), fl!("recovery-pain-not-known")).clicked() {
                                self.pain.insert(u.id, None);
                            }
                        });
                    let keep = ui
                        .add_enabled(self.acting.is_none() && chosen.is_some(), egui::Button::new(fl!("recovery-keep")))
                        .on_disabled_hover_text(fl!("recovery-keep-disabled-tip"));
                    if keep.clicked() {
                        act = Some((u.id, true, chosen.flatten()));
                    }
                    if self.confirm_discard == Some(u.id) {
                        // Thrown away for good: asked once more, saying what goes.
                        let sure = ui.add_enabled(
                            self.acting.is_none(),
                            egui::Button::new(
                                RichText::new(fl!("recovery-discard-confirm", seconds = numbers::num(seconds, 1)))
                                    .color(theme::RED),
                            ),
                        );
                        if sure.clicked() {
                            act = Some((u.id, false, None));
                            self.confirm_discard = None;
                        }
                        if ui.button(fl!("recovery-do-not-discard")).clicked() {
                            self.confirm_discard = None;
                        }
                    } else if ui
                        .add_enabled(self.acting.is_none(), egui::Button::new(fl!("recovery-discard")))
                        .on_hover_text(fl!("recovery-discard-tip"))
                        .clicked()
                    {
                        self.confirm_discard = Some(u.id);
                    }
                });
            }
            if let Some(m) = &self.message {
                let (text, color) = match m {
                    Ok(t) => (t.as_str(), theme::GREEN),
                    Err(t) => (t.as_str(), theme::RED),
                };
                ui.label(RichText::new(text).color(color));
            }
            if let Some((athlete, visit, date)) = self.resumable.clone() {
                ui.horizontal(|ui| {
                    ui.label(fl!("recovery-kept-in-visit", date = date.as_str()));
                    if ui.button(fl!("recovery-go-on")).clicked() {
                        *shared.go = Some(crate::app::Go::ResumeVisit(athlete, visit, date));
                        self.resumable = None;
                        close = self.found.is_empty();
                    }
                });
            }
            let done = self.found.is_empty();
            if ui.button(if done { fl!("recovery-close") } else { fl!("recovery-decide-later") }).clicked() {
                close = true;
                self.resumable = None;
            }
        });
        if close {
            self.later = true;
        }
        if let Some((id, keep, pain)) = act
            && let Some(index) = self.found.iter().position(|f| f.recording.id == id)
        {
            let mut u = self.found.remove(index).recording;
            // The journal keeps the device; its kind of instrument comes from its profile.
            u.meta.trial.instrument = shared.clinic.profiles.get(&u.meta.trial.device).and_then(|p| p.instrument());
            self.acting = Some(shared.clinic.worker.run(move |s| {
                if keep {
                    let (visit, trial) = s.save_unfinished(&u, pain).map_err(|e| store_error_text(&e))?;
                    let v = s.visit(visit).map_err(|e| store_error_text(&e))?;
                    let date = numbers::date_time(v.date_time);
                    let text = fl!("recovery-kept", trial = trial.to_string(), date = date.as_str());
                    Ok((text, Some((v.athlete_id, visit, date))))
                } else {
                    s.discard_unfinished(u.id).map_err(|e| store_error_text(&e))?;
                    Ok((fl!("recovery-discarded"), None))
                }
            }));
        }
    }
}

/// A test and the leg it was done on, for a person: "Isometric knee flexion 90/90, left".
fn test_on_side(test: &str, side: crate::model::Side) -> String {
    // The message's variants, by side (keys, never shown).
    let side = match side {
        crate::model::Side::Left => "left",
        crate::model::Side::Right => "right",
        crate::model::Side::Both => "both",
    };
    fl!("recovery-test-side", test = test, side = side)
}

/// A preview's sample on hover: "force_n\nt = 1.25 s\nF = 30.6 kgf (as recorded)".
fn preview_hover(name: &str, x: f64, y_n: f64, unit: crate::model::ForceUnit) -> String {
    fl!(
        "recovery-preview-hover",
        channel = name,
        time = numbers::num(x, 2),
        force = unit.format(&numbers::style(), y_n)
    )
}

/// A small picture of what a recording holds, so the clinician sees what is kept or thrown away.
fn preview(ui: &mut egui::Ui, id: i64, curves: &[(String, Vec<[f64; 2]>)], unit: crate::model::ForceUnit) {
    if curves.iter().all(|(_, points)| points.is_empty()) {
        ui.label(RichText::new(fl!("recovery-no-samples")).weak());
        return;
    }
    let text_color = ui.visuals().text_color();
    egui_plot::Plot::new(("recovered curve", id))
        .height(110.0)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .show_axes([true, false])
        .x_axis_formatter(|mark, _| format!("{} s", numbers::num(mark.value, 0)))
        .label_formatter(move |pos| {
            // Each number with its unit, the force in the unit chosen (the samples are in N).
            let names: Vec<&str> = curves.iter().map(|(name, _)| name.as_str()).collect();
            super::chart_text::hover(pos, &names, |name, x, y| preview_hover(name, x, y, unit))
        })
        .show(ui, |plot| {
            for (name, points) in curves {
                let color = theme::channel_color(name, text_color);
                plot.line(egui_plot::Line::new(name.clone(), points.clone()).color(color));
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preview_sample_on_hover_carries_its_unit() {
        let kgf = crate::model::ForceUnit::KilogramForce;
        assert_eq!(preview_hover("force_n", 1.25, 300.0, kgf), "force_n\nt = 1.25 s\nF = 30.6 kgf (as recorded)");
    }
}
