//! Abandoning a session takes away only what this session added. A visit the session made is
//! deleted with its trials, restorably (Undo on the set-up screen that follows, and the
//! athlete's page lists deleted visits); a visit it went on with (the visit of the day, or one
//! taken up after a crash) keeps everything it held before, and only the trials this session
//! saved are removed. Each question says how many trials of which tests.

use egui::RichText;

use super::{Outcome, Run};
use crate::app::worker::Pending;
use crate::app::{Shared, theme};
use crate::store::{KEEP_DELETED_DAYS, trials_text};

/// What abandoning did, in words, and the visit an Undo restores (when one was deleted).
#[derive(Debug, Clone, PartialEq)]
pub struct Abandoned {
    pub text: String,
    pub restorable_visit: Option<i64>,
}

impl Run {
    /// The trials this session saved, with their tests: each step's, less those the visit held
    /// before the session went on with it.
    fn session_trials(&self) -> Vec<(i64, String)> {
        let earlier = self.context.earlier.as_ref().map_or(&[][..], |e| e.trials.as_slice());
        self.steps
            .iter()
            .flat_map(|s| s.trials.iter().map(move |t| (*t, s.test.id.clone())))
            .filter(|(t, _)| !earlier.contains(t))
            .collect()
    }

    /// "Abandon session", and once pressed the question with its answers; `Some` when the
    /// session is left (its work being undone on the worker).
    pub(super) fn abandon_controls(&mut self, ui: &mut egui::Ui, shared: &mut Shared) -> Option<Outcome> {
        if !self.confirm_abandon {
            if ui.add_enabled(self.idle(), egui::Button::new("Abandon session")).clicked() {
                self.confirm_abandon = true;
            }
            return None;
        }
        let added = self.session_trials();
        let mut per_test: Vec<(String, usize)> = Vec::new();
        for (_, test) in &added {
            match per_test.iter_mut().find(|t| &t.0 == test) {
                Some(t) => t.1 += 1,
                None => per_test.push((test.clone(), 1)),
            }
        }
        let what = trials_text(&per_test, &shared.clinic.library);
        let visit_id = self.visit_id;
        let mut leave: Option<Pending<Abandoned>> = None;
        let mut keep = false;
        match self.context.earlier.clone() {
            // The session made this visit: it goes, restorably.
            None => {
                let question = if added.is_empty() {
                    "Delete this visit? It holds no trials yet.".to_string()
                } else {
                    format!("Delete this visit with what it holds ({what})?")
                };
                ui.label(RichText::new(question).color(theme::AMBER));
                ui.label(
                    RichText::new(format!(
                        "It can be restored for {KEEP_DELETED_DAYS} days (Undo, or the athlete's page)."
                    ))
                    .weak(),
                );
                ui.horizontal(|ui| {
                    if ui.button("Delete visit").clicked() {
                        leave = Some(shared.clinic.worker.run(move |s| {
                            let library = s.test_library().map_err(|e| e.to_string())?;
                            let deleted = s.delete_visit(visit_id).map_err(|e| e.to_string())?;
                            Ok(Abandoned {
                                text: format!(
                                    "Deleted the visit of {} {}.",
                                    deleted.visit.date_time.format("%Y-%m-%d %H:%M"),
                                    deleted.with_its_trials(&library)
                                ),
                                restorable_visit: Some(visit_id),
                            })
                        }));
                    }
                    keep = ui.button("Keep it").clicked();
                });
            }
            // The session went on with a visit: what it held before stays.
            Some(earlier) => {
                let before = earlier.trials.len();
                let stays = format!(
                    "The visit of {} keeps the {before} trial{} it held before.",
                    earlier.date,
                    if before == 1 { "" } else { "s" }
                );
                if added.is_empty() {
                    ui.label(RichText::new(format!("Leave this session? {stays}")).color(theme::AMBER));
                } else {
                    ui.label(
                        RichText::new(format!("Remove what this session added ({what})? {stays}")).color(theme::AMBER),
                    );
                }
                ui.horizontal(|ui| {
                    let ids: Vec<i64> = added.iter().map(|t| t.0).collect();
                    let label = if ids.is_empty() { "Leave session" } else { "Remove this session's trials" };
                    if ui.button(label).clicked() {
                        leave = Some(shared.clinic.worker.run(move |s| {
                            let library = s.test_library().map_err(|e| e.to_string())?;
                            let removed = s.delete_trials(&ids).map_err(|e| e.to_string())?;
                            let text = if ids.is_empty() {
                                format!("Left the session. {stays}")
                            } else {
                                format!(
                                    "Removed what this session added ({}). {stays}",
                                    trials_text(&removed, &library)
                                )
                            };
                            Ok(Abandoned { text, restorable_visit: None })
                        }));
                    }
                    keep = ui.button("Stay").clicked();
                });
            }
        }
        if keep {
            self.confirm_abandon = false;
        }
        let leave = leave?;
        self.confirm_abandon = false;
        self.phase = super::Phase::Ready;
        // Nothing of the session is drawn any more: its trials may be gone.
        self.steps.clear();
        Some(Outcome::Abandoned(leave))
    }
}
