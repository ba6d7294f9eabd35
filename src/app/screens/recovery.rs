//! On start: recordings a crash left unfinished are offered back.

use std::time::Duration;

use egui::RichText;

use crate::app::clinic::Clinic;
use crate::app::worker::{Pending, answer};
use crate::app::{Shared, theme};
use crate::store::UnfinishedRecording;

/// A writer silent this long has stopped (it commits every 200 ms while recording).
const STALE: Duration = Duration::from_secs(3);

#[derive(Default)]
pub struct RecoveryScreen {
    pending: Option<Pending<Vec<(UnfinishedRecording, usize, f64)>>>,
    found: Vec<(UnfinishedRecording, usize, f64)>,
    acting: Option<Pending<String>>,
    message: Option<Result<String, String>>,
    later: bool,
}

impl RecoveryScreen {
    /// Looks for unfinished recordings in the background.
    pub fn check(&mut self, clinic: &mut Clinic) {
        self.later = false;
        self.pending = Some(clinic.worker.run(|s| {
            let list = s.unfinished_recordings(STALE).map_err(|e| e.to_string())?;
            Ok(list
                .into_iter()
                .map(|u| {
                    let trace = s.journal_trace(u.id, &u.meta.channel_names);
                    let (n, d) = trace.map_or((0, 0.0), |t| (t.len(), t.duration_s()));
                    (u, n, d)
                })
                .collect())
        }));
    }

    pub fn show(&mut self, ctx: &egui::Context, shared: &mut Shared) {
        if let Some(r) = answer(&mut self.pending) {
            match r {
                Ok(list) => self.found = list,
                Err(e) => shared.notes.error(format!("Could not look for unfinished recordings: {e}"), shared.now),
            }
        }
        if let Some(r) = answer(&mut self.acting) {
            if r.is_ok() {
                shared.clinic.refresh_athletes();
            }
            self.message = Some(r);
        }
        if self.found.is_empty() || self.later {
            return;
        }
        let mut act: Option<(i64, bool)> = None;
        let mut close = false;
        egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
            ui.set_max_width(640.0);
            ui.heading("Unfinished recordings");
            ui.label(
                "ForceTrack stopped while these were being recorded. What was saved up to the last moment can be kept.",
            );
            for (u, samples, seconds) in &self.found {
                ui.horizontal(|ui| {
                    let athlete = u
                        .meta
                        .athlete_id
                        .and_then(|id| shared.clinic.athletes.iter().find(|r| r.athlete.id == id))
                        .map_or("unknown athlete".into(), |r| r.athlete.full_name());
                    ui.label(format!(
                        "{} · {athlete} · {} {} · {samples} samples ({seconds:.1} s)",
                        u.started_at.format("%Y-%m-%d %H:%M"),
                        u.meta.trial.test_id,
                        u.meta.trial.side.id()
                    ));
                    if ui.add_enabled(self.acting.is_none(), egui::Button::new("Keep as a trial")).clicked() {
                        act = Some((u.id, true));
                    }
                    if ui.add_enabled(self.acting.is_none(), egui::Button::new("Discard")).clicked() {
                        act = Some((u.id, false));
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
            if ui.button("Decide later").clicked() {
                close = true;
            }
        });
        if close {
            self.later = true;
        }
        if let Some((id, keep)) = act
            && let Some(index) = self.found.iter().position(|(u, _, _)| u.id == id)
        {
            let (u, _, _) = self.found.remove(index);
            self.acting = Some(shared.clinic.worker.run(move |s| {
                if keep {
                    let (visit, trial) = s.save_unfinished(&u).map_err(|e| e.to_string())?;
                    Ok(format!("Kept as trial {trial} of visit {visit}."))
                } else {
                    s.discard_unfinished(u.id).map_err(|e| e.to_string())?;
                    Ok("Discarded.".into())
                }
            }));
        }
    }
}
