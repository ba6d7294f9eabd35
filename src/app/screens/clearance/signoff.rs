//! The clinician's sign-off of an evaluation (stored with the evaluation it signed), and the
//! athlete's earlier sign-offs.

use chrono::Timelike;
use egui::RichText;

use super::{verdict_color, verdict_text};
use crate::app::widgets::{pill, store_error_text};
use crate::app::worker::Pending;
use crate::app::{Shared, theme};
use crate::clearance::{Evaluation, Status, TemplateSet};
use crate::fl;
use crate::i18n::{loader, numbers};
use crate::model::{ForceUnit, InjuryEpisode, SignOff};

/// What the form must know besides the evaluation.
pub struct Context<'a> {
    /// The injury episode evaluated, if any.
    pub episode: Option<&'a InjuryEpisode>,
    /// The same template at a later visit of the episode, whose criteria do not all pass.
    pub newer_not_yet: Option<&'a Evaluation>,
    /// A sign-off of this very evaluation (the same visit, template and readings).
    pub already_signed: Option<&'a SignOff>,
    /// A sign-off is being stored.
    pub saving: bool,
}

#[derive(Default)]
pub struct SignOffForm {
    clinician: Option<String>,
    note: String,
    /// Close the episode (return to sport) with the sign-off.
    close_episode: Option<bool>,
    /// Clear the athlete against an evaluation that is not "cleared" (the note is the reason).
    overriding: bool,
}

impl SignOffForm {
    /// The clinician's name as typed in the form (else the one remembered on this computer);
    /// `None` when there is none yet.
    pub fn clinician_name(&self, remembered: &str) -> Option<String> {
        let name = self.clinician.as_deref().unwrap_or(remembered).trim();
        (!name.is_empty()).then(|| name.to_string())
    }

    /// The form; returns the job that stores a sign-off when the clinician signs.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        shared: &mut Shared,
        e: &Evaluation,
        context: &Context,
    ) -> Option<Pending<()>> {
        let tr = loader();
        let episode = context.episode;
        ui.label(RichText::new(fl!("clearance-signoff")).strong().size(20.0));
        if let Some(later) = context.newer_not_yet {
            ui.label(
                RichText::new(fl!(
                    "clearance-signoff-newer-not-yet",
                    date = numbers::date(e.visit_date),
                    newer = numbers::date(later.visit_date),
                    status = later.status.label(tr),
                    summary = later.summary(tr)
                ))
                .color(theme::AMBER),
            );
        }
        // On a clinic server a sign-off is made under the login of who signs: not typed.
        let login = shared.clinic.server.as_ref().map(|s| s.login().to_string());
        if let Some(login) = &login {
            self.clinician = Some(login.clone());
        }
        let clinician = self.clinician.get_or_insert_with(|| shared.prefs.clinician.clone());
        egui::Grid::new("signoff").num_columns(2).spacing([16.0, 6.0]).show(ui, |ui| {
            match &login {
                Some(login) => {
                    ui.label(fl!("clearance-signoff-clinician"));
                    ui.label(login.as_str()).on_hover_text(fl!("clearance-signoff-login-tip"));
                }
                None => {
                    crate::app::screens::athlete::text_field(
                        ui,
                        &fl!("clearance-signoff-clinician"),
                        clinician,
                        &fl!("clearance-signoff-your-name"),
                    );
                }
            }
            ui.end_row();
            let l = ui.label(fl!("clearance-signoff-note"));
            ui.add(egui::TextEdit::multiline(&mut self.note).desired_rows(2).desired_width(480.0).hint_text(
                if e.status == Status::AllPass {
                    fl!("clearance-signoff-note-optional")
                } else {
                    fl!("clearance-signoff-note-why")
                },
            ))
            .labelled_by(l.id);
            ui.end_row();
        });
        // Only an evaluation whose required criteria all pass can close the episode as cleared:
        // a sign-off records what was decided, and a "not yet" never clears an athlete.
        let open_episode = episode.filter(|ep| ep.closed_on.is_none() && e.status == Status::AllPass);
        if let Some(ep) = open_episode {
            // Against a newer "not yet", closing is the clinician's explicit choice.
            let close = self.close_episode.get_or_insert(context.newer_not_yet.is_none());
            ui.checkbox(close, fl!("clearance-signoff-close-episode", date = numbers::date(e.visit_date)))
                .on_hover_text(fl!("clearance-signoff-close-episode-tip", episode = ep.summary(tr)));
        } else if episode.is_some_and(|ep| ep.closed_on.is_none()) {
            let text = if self.overriding {
                fl!(
                    "clearance-signoff-closes-by-override",
                    date = numbers::date(e.visit_date),
                    status = e.status.label(tr)
                )
            } else {
                fl!("clearance-signoff-stays-open", status = e.status.label(tr))
            };
            ui.label(RichText::new(text).weak());
            // The clinician's decision can differ from the criteria: said explicitly, with a
            // reason, and shown as an override wherever the athlete's status is.
            ui.checkbox(&mut self.overriding, RichText::new(fl!("clearance-signoff-override")).color(theme::AMBER))
                .on_hover_text(fl!("clearance-signoff-override-tip"));
        }
        let overriding =
            self.overriding && e.status != Status::AllPass && episode.is_some_and(|ep| ep.closed_on.is_none());
        // Closing against a newer "not yet" needs the reason as much as an override does.
        let against_newer =
            context.newer_not_yet.is_some() && open_episode.is_some() && self.close_episode == Some(true);
        let needs_note = (e.status != Status::AllPass || against_newer) && self.note.trim().is_empty();
        let ready = !clinician.trim().is_empty() && !needs_note && context.already_signed.is_none() && !context.saving;
        let label = if overriding {
            fl!("clearance-signoff-sign-override", status = e.status.label(tr))
        } else {
            match e.signoff_status() {
                "cleared" => fl!("clearance-signoff-sign-cleared"),
                "screened" => fl!("clearance-signoff-sign-screening"),
                _ => fl!("clearance-signoff-sign-evaluation", status = e.status.label(tr)),
            }
        };
        let clicked = ui.add_enabled(ready, egui::Button::new(RichText::new(label).size(18.0))).clicked();
        if context.saving {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(fl!("clearance-signoff-signing"));
            });
        } else if let Some(s) = context.already_signed {
            ui.label(
                RichText::new(fl!(
                    "clearance-signoff-already",
                    clinician = s.clinician.as_str(),
                    at = numbers::date_time(s.signed_at)
                ))
                .weak(),
            );
        } else if clinician.trim().is_empty() {
            ui.label(RichText::new(fl!("clearance-signoff-enter-name")).weak());
        } else if needs_note && overriding {
            ui.label(RichText::new(fl!("clearance-signoff-override-reason-needed")).color(theme::AMBER));
        } else if needs_note && against_newer {
            ui.label(RichText::new(fl!("clearance-signoff-newer-reason-needed")).color(theme::AMBER));
        } else if needs_note {
            ui.label(RichText::new(fl!("clearance-signoff-note-needed")).weak());
        }
        if !clicked {
            return None;
        }
        let now = chrono::Local::now().naive_local().with_nanosecond(0).unwrap_or_default();
        let signoff = SignOff {
            id: 0,
            athlete_id: e.athlete_id,
            episode_id: e.episode_id,
            visit_id: Some(e.visit_id),
            template_id: e.template_id.clone(),
            status: if overriding { SignOff::CLEARED_OVERRIDE.into() } else { e.signoff_status().into() },
            clinician: clinician.trim().to_string(),
            signed_at: now,
            note: self.note.trim().to_string(),
            evaluation: serde_json::to_string(e).unwrap_or_default(),
        };
        let close = if overriding {
            episode.map(|ep| InjuryEpisode { closed_on: Some(e.visit_date), ..ep.clone() })
        } else {
            open_episode
                .filter(|_| self.close_episode == Some(true))
                .map(|ep| InjuryEpisode { closed_on: Some(e.visit_date), ..ep.clone() })
        };
        shared.prefs.clinician = signoff.clinician.clone();
        let _ = shared.prefs.save(&shared.options.data_dir);
        shared.notes.info(fl!("clearance-signoff-signed-by", clinician = signoff.clinician.as_str()), shared.now);
        self.note.clear();
        self.close_episode = None;
        self.overriding = false;
        Some(shared.clinic.worker.run(move |s| {
            // On a clinic server the sign-off carries the login of who signed it.
            let signoff = SignOff { clinician: s.clinician_name(&signoff.clinician), ..signoff.clone() };
            s.transaction(|s| {
                s.add_signoff(&signoff)?;
                if let Some(ep) = &close {
                    s.update_episode(ep)?;
                }
                Ok(())
            })
            .map_err(|e: crate::store::StoreError| store_error_text(&e))
        }))
    }
}

/// The athlete's earlier sign-offs, newest first, each with the evaluation it signed.
pub fn history(ui: &mut egui::Ui, signoffs: &[SignOff], templates: &TemplateSet, unit: ForceUnit) {
    if signoffs.is_empty() {
        return;
    }
    let tr = loader();
    ui.add_space(12.0);
    ui.label(RichText::new(fl!("clearance-signoff-earlier")).strong().size(18.0));
    for s in signoffs.iter().rev() {
        let evaluation: Option<Evaluation> = serde_json::from_str(&s.evaluation).ok();
        let template = templates.get(&s.template_id).map_or(s.template_id.clone(), |t| t.name_text(tr));
        // The stored key ("cleared", "not_yet", ...) in words.
        let status = fl!("clearance-signoff-status", status = s.status.as_str(), raw = s.status.replace('_', " "));
        let (at, clinician) = (numbers::date_time(s.signed_at), s.clinician.as_str());
        let title = match &evaluation {
            Some(e) => fl!(
                "clearance-signoff-title-visit",
                at = at,
                clinician = clinician,
                status = status,
                template = template,
                visit = numbers::date(e.visit_date)
            ),
            None => {
                fl!("clearance-signoff-title", at = at, clinician = clinician, status = status, template = template)
            }
        };
        egui::CollapsingHeader::new(title).id_salt(("signoff", s.id)).show(ui, |ui| {
            if s.is_override() {
                let signed =
                    evaluation.as_ref().map_or_else(|| fl!("clearance-signoff-unknown"), |e| e.status.label(tr));
                ui.label(
                    RichText::new(fl!(
                        "clearance-signoff-override-of",
                        status = signed,
                        note = s.note_text(tr).unwrap_or_default()
                    ))
                    .color(theme::AMBER),
                );
            } else if let Some(note) = s.note_text(tr) {
                ui.label(note);
            }
            match evaluation {
                Some(e) => {
                    egui::Grid::new(("signed", s.id)).striped(true).num_columns(3).show(ui, |ui| {
                        for c in &e.criteria {
                            pill(ui, verdict_color(c.verdict), &verdict_text(c.verdict));
                            ui.label(crate::clearance::forces_in(&c.label, unit));
                            ui.label(c.value_text(unit, tr));
                            ui.end_row();
                        }
                    });
                }
                None => {
                    ui.label(RichText::new(fl!("clearance-signoff-unreadable")).color(theme::RED));
                }
            }
        });
    }
}
