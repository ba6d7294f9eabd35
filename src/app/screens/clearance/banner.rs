//! The checklist's banner: the evaluation's status, and whether a clinician signed it, with the
//! sign-off's note.

use egui::RichText;

use super::status_look;
use crate::app::theme;
use crate::clearance::Evaluation;
use crate::model::SignOff;

/// The evaluation's status, and whether a clinician signed it: "cleared" is what a
/// clinician signs, never what an evaluation says by itself.
pub(super) fn show(ui: &mut egui::Ui, e: &Evaluation, signed: Option<&SignOff>) {
    let (label, color) = match signed {
        Some(s) if s.status == "cleared" => ("✔ CLEARED", theme::GREEN),
        Some(s) if s.is_override() => ("✔! CLEARED BY OVERRIDE", theme::AMBER),
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
                ui.label(RichText::new(e.reason()).size(18.0));
            });
            let signed_text = match signed {
                Some(s) => format!(
                    "Signed by {} on {}: {}.",
                    s.clinician,
                    s.signed_at.format("%Y-%m-%d %H:%M"),
                    s.status_text()
                ),
                None if e.episode_id.is_none() => "A screening: no injury episode, so nothing to clear.".into(),
                None => "Not signed: the athlete is cleared only when a clinician signs.".into(),
            };
            ui.label(RichText::new(signed_text).strong());
            if let Some(note) = signed.and_then(SignOff::note_text) {
                ui.label(RichText::new(note).size(16.0));
            }
            if signed.is_some_and(|s| s.status != e.signoff_status() && !s.is_override()) {
                // The checklist below is as the criteria stand now; the printed report keeps
                // the answers the sign-off was made on.
                ui.label(
                    RichText::new(format!(
                        "Since the sign-off the criteria read \"{}\" (an answer or a result changed).",
                        e.summary()
                    ))
                    .color(theme::AMBER),
                );
            }
            ui.label(
                RichText::new(format!(
                    "{} · evaluated at the visit of {} · results up to {} days old count · template: {}",
                    e.episode.as_deref().unwrap_or("no injury episode (a screening)"),
                    e.visit_date,
                    e.max_age_days,
                    e.template_source
                ))
                .weak(),
            );
        });
    ui.add_space(8.0);
}
