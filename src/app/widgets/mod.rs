//! Small shared pieces of the screens: number formatting in the display unit, chips, the
//! outcome line; and, each in its file, notes (toasts), the status bar, frame statistics, the
//! save dialog and the live plot.

mod frame_stats;
pub mod live_plot;
mod notes;
mod save_dialog;
mod status_bar;

pub use frame_stats::{FrameStats, rss_mb};
pub use notes::Notes;
pub use save_dialog::{SavePicker, SaveTarget};
pub use status_bar::{state_color, status_bar};

use egui::{Color32, RichText};

use super::theme;
use crate::analysis::AsymmetryBand;
use crate::model::ForceUnit;

/// A force in the display unit: "312 N", "31.8 kgf".
pub fn force(value_n: f64, unit: ForceUnit) -> String {
    unit.format(value_n)
}

/// A force in the display unit without the unit.
pub fn force_number(value_n: f64, unit: ForceUnit) -> String {
    unit.format_number(value_n)
}

/// A coloured chip with a symbol, so the meaning does not rest on colour alone.
pub fn band_chip(ui: &mut egui::Ui, band: AsymmetryBand, text: &str) -> egui::Response {
    let color = theme::band_color(band);
    egui::Frame::new()
        .fill(color.gamma_multiply(0.25))
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(6, 2))
        .show(ui, |ui| ui.label(format!("{} {text}", theme::band_symbol(band))))
        .response
}

/// A visit's H:Q per side, below the clinic's threshold in red (with a symbol), and where the
/// ratio comes from; nothing when the visit has neither test of the ratio.
pub fn hq_line(ui: &mut egui::Ui, visit: &crate::results::VisitResults, at_least: Option<f64>) {
    use crate::model::Side;
    use crate::results::{Hq, hq};
    let (left, right) = (visit.hq(Side::Left), visit.hq(Side::Right));
    if visit.test(hq::FLEXION).is_none() && visit.test(hq::EXTENSION).is_none() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("H:Q (knee flexion / knee extension torque, 90°)").strong().size(17.0));
        for (side, value) in [(Side::Left, left), (Side::Right, right)] {
            let text = format!("{} {}", side.id(), value.display());
            if value.below(at_least) {
                ui.label(RichText::new(format!("✖ {text}")).color(theme::RED).strong());
            } else {
                ui.label(RichText::new(text).color(theme::side_color(side)).strong());
            }
        }
        if matches!(left, Hq::NoLeverArm) || matches!(right, Hq::NoLeverArm) {
            ui.label(RichText::new("a ratio of torques needs each trial's lever arm").weak());
        }
        if matches!(left, Hq::NotBothTests) || matches!(right, Hq::NotBothTests) {
            ui.label(RichText::new("needs knee flexion and knee extension 90/90 on that side at this visit").weak());
        }
    });
    let threshold =
        at_least.map_or_else(|| "no threshold set".to_string(), |t| format!("clinic threshold: at least {t:.2}"));
    ui.label(RichText::new(format!("{}; {threshold}.", hq::SOURCE)).weak());
}

/// A small coloured label.
pub fn pill(ui: &mut egui::Ui, color: Color32, text: &str) -> egui::Response {
    egui::Frame::new()
        .fill(color.gamma_multiply(0.2))
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(8, 2))
        .show(ui, |ui| ui.label(RichText::new(text).color(color).strong()))
        .response
}

/// The outcome of the last action, if any: green when it worked, red with the error.
pub fn outcome_line(ui: &mut egui::Ui, outcome: &Option<Result<String, String>>) {
    match outcome {
        Some(Ok(text)) => ui.label(RichText::new(text).color(theme::GREEN)),
        Some(Err(text)) => ui.label(RichText::new(text).color(theme::RED)),
        None => return,
    };
}
