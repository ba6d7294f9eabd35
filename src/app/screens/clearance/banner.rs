//! The checklist's banner: the evaluation's status, and whether a clinician signed it, with the
//! sign-off's note.

use egui::RichText;

use super::status_look;
use crate::app::theme;
use crate::clearance::Evaluation;
use crate::fl;
use crate::i18n::{loader, numbers};
use crate::model::SignOff;

/// The evaluation's status, and whether a clinician signed it: "cleared" is what a
/// clinician signs, never what an evaluation says by itself.
pub(super) fn show(ui: &mut egui::Ui, e: &Evaluation, signed: Option<&SignOff>) {
    let tr = loader();
    let (label, color) = match signed {
        Some(s) if s.status == "cleared" => (fl!("clearance-banner-cleared"), theme::GREEN),
        Some(s) if s.is_override() => (fl!("clearance-banner-cleared-override"), theme::AMBER),
        _ => status_look(e.status),
    };
    egui::Frame::new()
        .fill(color.gamma_multiply(0.18))
        .stroke(egui::Stroke::new(1.5, color))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(label).size(26.0).strong().color(color));
                ui.label(RichText::new(e.reason(tr)).size(18.0));
            });
            let signed_text = match signed {
                Some(s) => fl!(
                    "clearance-banner-signed",
                    clinician = s.clinician.as_str(),
                    at = numbers::date_time(s.signed_at),
                    status = s.status_text(tr)
                ),
                None if e.episode_id.is_none() => fl!("clearance-banner-screening"),
                None => fl!("clearance-banner-not-signed"),
            };
            ui.label(RichText::new(signed_text).strong());
            if let Some(note) = signed.and_then(|s| s.note_text(tr)) {
                ui.label(RichText::new(note).size(16.0));
            }
            if signed.is_some_and(|s| s.status != e.signoff_status() && !s.is_override()) {
                // The checklist below is as the criteria stand now; the printed report keeps
                // the answers the sign-off was made on.
                ui.label(
                    RichText::new(fl!("clearance-banner-changed-since", summary = e.summary(tr))).color(theme::AMBER),
                );
            }
            let episode = e.episode.clone().unwrap_or_else(|| fl!("clearance-banner-no-episode"));
            ui.label(
                RichText::new(fl!(
                    "clearance-banner-context",
                    episode = episode,
                    date = numbers::date(e.visit_date),
                    days = e.max_age_days,
                    source = e.template_source.as_str()
                ))
                .weak(),
            );
        });
    ui.add_space(8.0);
}
