//! Abandoning a session takes away only what this session added. A visit the session made is
//! deleted with its trials, restorably (Undo on the set-up screen that follows, and the
//! athlete's page lists deleted visits); a visit it went on with (the visit of the day, or one
//! taken up after a crash) keeps everything it held before, and only the trials this session
//! saved are removed. Each question says how many trials of which tests.

use egui::RichText;

use super::{Outcome, Run};
use crate::app::session::flow::notes_with_not_done;
use crate::app::widgets::store_error_text;
use crate::app::worker::{Pending, answer};
use crate::app::{Shared, theme};
use crate::fl;
use crate::i18n::numbers;
use crate::store::{KEEP_DELETED_DAYS, trials_text};

/// The question of "Abandon session": for a visit the session made, what the visit holds as
/// the database says (a recording recovered into it counts too), once read.
pub(super) struct Confirm {
    holds: Option<Pending<Vec<(String, usize)>>>,
    held: Option<Vec<(String, usize)>>,
}

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
        let visit_id = self.visit_id;
        let Some(confirm) = self.confirm_abandon.as_mut() else {
            if ui.add_enabled(self.idle(), egui::Button::new(fl!("run-abandon"))).clicked() {
                // What the session's own visit holds, read for the question.
                let holds = self.context.earlier.is_none().then(|| {
                    shared.clinic.worker.run(move |s| {
                        let mut per_test: Vec<(String, usize)> = Vec::new();
                        for t in s.trials_of_visit(visit_id).map_err(|e| store_error_text(&e))? {
                            count_test(&mut per_test, &t.meta.test_id);
                        }
                        Ok(per_test)
                    })
                });
                self.confirm_abandon = Some(Confirm { holds, held: None });
            }
            return None;
        };
        if let Some(r) = answer(&mut confirm.holds) {
            // Unreadable: the question falls back on the session's own trials.
            confirm.held = r.ok();
        }
        let held = confirm.held.clone();
        // The count is read (or unreadable) before an answer that names it can be given.
        let read = confirm.holds.is_none();
        let added = self.session_trials();
        let mut per_test: Vec<(String, usize)> = Vec::new();
        for (_, test) in &added {
            count_test(&mut per_test, test);
        }
        let what = trials_text(&per_test, &shared.clinic.library, crate::i18n::loader());
        let mut leave: Option<Pending<Abandoned>> = None;
        let mut stay = false;
        // Kept, the visit keeps the session's "not done" marks in its notes, as a saved one does.
        let steps = self.steps.clone();
        let keep_visit = move |s: &mut crate::store::Store, kept: usize| -> Result<Abandoned, String> {
            let mut visit = s.visit(visit_id).map_err(|e| store_error_text(&e))?;
            visit.notes = notes_with_not_done(&visit.notes, &steps);
            s.update_visit(&visit).map_err(|e| store_error_text(&e))?;
            Ok(Abandoned {
                text: fl!("run-abandon-kept", date = numbers::date_time(visit.date_time), count = kept),
                restorable_visit: None,
            })
        };
        match self.context.earlier.clone() {
            // The session made this visit: it goes, restorably, or stays as it is.
            None => {
                let holds = held.unwrap_or(per_test);
                let total: usize = holds.iter().map(|t| t.1).sum();
                let question = if holds.is_empty() {
                    fl!("run-abandon-question-empty")
                } else {
                    fl!(
                        "run-abandon-question-holds",
                        trials = trials_text(&holds, &shared.clinic.library, crate::i18n::loader())
                    )
                };
                ui.label(RichText::new(question).color(theme::AMBER));
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .add_enabled(read, egui::Button::new(fl!("run-abandon-delete", days = KEEP_DELETED_DAYS)))
                        .on_hover_text(fl!("run-abandon-delete-tip"))
                        .clicked()
                    {
                        leave = Some(shared.clinic.worker.run(move |s| {
                            let library = s.test_library().map_err(|e| store_error_text(&e))?;
                            let deleted = s.delete_visit(visit_id).map_err(|e| store_error_text(&e))?;
                            let date = numbers::date_time(deleted.visit.date_time);
                            let text = if deleted.trials() == 0 {
                                fl!("run-abandon-deleted-empty", date = date)
                            } else {
                                fl!(
                                    "run-abandon-deleted",
                                    date = date,
                                    trials = deleted.trials_text(&library, crate::i18n::loader())
                                )
                            };
                            Ok(Abandoned { text, restorable_visit: Some(visit_id) })
                        }));
                    }
                    let keep =
                        if total == 0 { fl!("run-abandon-keep-empty") } else { fl!("run-abandon-keep", count = total) };
                    if ui
                        .add_enabled(read, egui::Button::new(keep))
                        .on_hover_text(fl!("run-abandon-keep-tip"))
                        .clicked()
                    {
                        leave = Some(shared.clinic.worker.run(move |s| keep_visit(s, total)));
                    }
                    stay = ui.button(fl!("run-abandon-go-on")).clicked();
                });
            }
            // The session went on with a visit: what it held before stays.
            Some(earlier) => {
                let before = earlier.trials.len();
                let date = earlier.date.clone();
                let question = if added.is_empty() {
                    fl!("run-abandon-question-added-nothing", date = date.as_str(), before = before)
                } else {
                    fl!("run-abandon-question-added", added = what, date = date.as_str(), before = before)
                };
                ui.label(RichText::new(question).color(theme::AMBER));
                ui.horizontal_wrapped(|ui| {
                    let ids: Vec<i64> = added.iter().map(|t| t.0).collect();
                    let remove = if ids.is_empty() {
                        fl!("run-abandon-leave")
                    } else {
                        fl!("run-abandon-remove", count = ids.len())
                    };
                    if ui.button(remove).clicked() {
                        leave = Some(shared.clinic.worker.run(move |s| {
                            let library = s.test_library().map_err(|e| store_error_text(&e))?;
                            let removed = s.delete_trials(&ids).map_err(|e| store_error_text(&e))?;
                            let text = if ids.is_empty() {
                                fl!("run-abandon-left-earlier", date = date, before = before)
                            } else {
                                fl!(
                                    "run-abandon-removed",
                                    removed = trials_text(&removed, &library, crate::i18n::loader()),
                                    date = date,
                                    before = before
                                )
                            };
                            Ok(Abandoned { text, restorable_visit: None })
                        }));
                    }
                    if !added.is_empty() {
                        let all = before + added.len();
                        if ui
                            .button(fl!("run-abandon-keep-all", count = all))
                            .on_hover_text(fl!("run-abandon-keep-all-tip"))
                            .clicked()
                        {
                            leave = Some(shared.clinic.worker.run(move |s| keep_visit(s, all)));
                        }
                    }
                    stay = ui.button(fl!("run-abandon-go-on")).clicked();
                });
            }
        }
        if stay {
            self.confirm_abandon = None;
        }
        let leave = leave?;
        self.confirm_abandon = None;
        self.phase = super::Phase::Ready;
        // Nothing of the session is drawn any more: its trials may be gone.
        self.steps.clear();
        Some(Outcome::Abandoned(leave))
    }
}

/// Counts one more trial of `test` in (test id, trials), in the order first seen.
fn count_test(per_test: &mut Vec<(String, usize)>, test: &str) {
    match per_test.iter_mut().find(|t| t.0 == test) {
        Some(t) => t.1 += 1,
        None => per_test.push((test.to_string(), 1)),
    }
}
