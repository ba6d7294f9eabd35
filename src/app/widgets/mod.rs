//! Small shared pieces of the screens: number formatting in the display unit, chips, the
//! outcome line; and, each in its file, notes (toasts), the status bar, frame statistics, the
//! save dialog, the live plot, number fields in the app's decimal separator (`number_field`)
//! and the clinic record's errors in the app's language (`store_text`).

mod frame_stats;
pub mod live_plot;
mod notes;
mod number_field;
mod save_dialog;
mod status_bar;
mod store_text;

pub use frame_stats::{FrameStats, rss_mb};
pub use notes::Notes;
pub use number_field::number_field;
pub use save_dialog::{SavePicker, SaveTarget};
pub use status_bar::{state_color, status_bar};
pub use store_text::{damaged_row_text, damaged_trial_text, server_problem_text, store_error_text};

use egui::{Color32, RichText};

use super::theme;
use crate::analysis::AsymmetryBand;
use crate::fl;
use crate::model::{ForceUnit, Side};

/// A force in the display unit, with the app's decimal separator: "312 N", "31.8 kgf".
pub fn force(value_n: f64, unit: ForceUnit) -> String {
    format!("{} {}", force_number(value_n, unit), unit.symbol())
}

/// The live numbers' deadband around zero, in multiples of the resting noise's standard
/// deviation: the multiple a rep's onset must exceed (DOMAIN.md section 3), so a force the
/// analysis would call rest is shown as rest.
pub const REST_NOISE_MULTIPLE: f64 = 3.0;

/// The least deadband, in newtons (the floor of a rep's onset threshold): a noiseless or not yet
/// measured signal still reads 0 rather than "-0.1 kgf" for a drift of a few tenths of a newton.
pub const REST_FLOOR_N: f64 = 1.0;

/// A force now as the live numbers show it: within the resting noise
/// (`max(REST_FLOOR_N, REST_NOISE_MULTIPLE × noise_sd_n)`) it is shown as 0, since a
/// "-0.1 kgf" at rest reads as a pull. Display only: recordings and every metric keep the raw
/// samples.
pub fn live_force(value_n: f64, noise_sd_n: f64, unit: ForceUnit) -> String {
    let deadband_n = REST_FLOOR_N.max(REST_NOISE_MULTIPLE * noise_sd_n);
    force(if value_n.abs() <= deadband_n { 0.0 } else { value_n }, unit)
}

/// A force in the display unit without the unit, with the app's decimal separator (a value
/// that rounds to zero reads "0", never "-0").
pub fn force_number(value_n: f64, unit: ForceUnit) -> String {
    crate::i18n::numbers::num(unit.from_newtons(value_n), unit.decimals())
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
    use crate::results::{Hq, hq};
    let (left, right) = (visit.hq(Side::Left), visit.hq(Side::Right));
    if visit.test(hq::FLEXION).is_none() && visit.test(hq::EXTENSION).is_none() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(fl!("widget-hq-title")).strong().size(17.0));
        for (side, value) in [(Side::Left, left), (Side::Right, right)] {
            let value_text = value.display(crate::i18n::loader(), &crate::i18n::numbers::style());
            let text = fl!("widget-hq-side", side = side.id(), value = value_text);
            if value.below(at_least) {
                ui.label(RichText::new(format!("✖ {text}")).color(theme::RED).strong());
            } else {
                ui.label(RichText::new(text).color(theme::side_color(side)).strong());
            }
        }
        if matches!(left, Hq::NoLeverArm) || matches!(right, Hq::NoLeverArm) {
            ui.label(RichText::new(fl!("widget-hq-no-lever-arm", command = "forcetrack lever-arm")).weak());
        }
        if matches!(left, Hq::NotBothTests) || matches!(right, Hq::NotBothTests) {
            ui.label(RichText::new(fl!("widget-hq-not-both-tests")).weak());
        }
        // Two kinds of instrument in one ratio: said as change says it.
        for side in [Side::Left, Side::Right] {
            if let Some(caveat) = visit.hq_caveat(crate::i18n::loader(), side) {
                ui.label(RichText::new(fl!("widget-hq-caveat", side = side.id(), caveat = caveat)).color(theme::AMBER));
            }
        }
    });
    let line = match at_least {
        None => fl!("widget-hq-source-no-threshold", source = hq::source_text(crate::i18n::loader())),
        Some(t) => fl!(
            "widget-hq-source-threshold",
            source = hq::source_text(crate::i18n::loader()),
            threshold = crate::i18n::numbers::num(t, 2)
        ),
    };
    ui.label(RichText::new(line).weak());
}

/// A side as a table names it: "left", "right", "both legs".
pub fn side_label(side: Side) -> String {
    match side {
        Side::Left => fl!("widget-side-left"),
        Side::Right => fl!("widget-side-right"),
        Side::Both => fl!("widget-side-both"),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_live_force_within_the_resting_noise_reads_zero() {
        let kgf = ForceUnit::KilogramForce;
        // The physio's "-0.1 kgf" at rest: -0.98 N on a load cell of 0.6 N noise.
        assert_eq!(force(-0.98, kgf), "-0.1 kgf", "the plain format shows it");
        assert_eq!(live_force(-0.98, 0.6, kgf), "0.0 kgf");
        assert_eq!(live_force(1.7, 0.6, kgf), "0.0 kgf", "3 × 0.6 N either way");
        // Beyond the noise the value is shown as it is, whichever its sign.
        assert_eq!(live_force(-2.0, 0.6, kgf), "-0.2 kgf");
        assert_eq!(live_force(25.0, 0.6, ForceUnit::Newton), "25 N");
        // Noise not known yet: the floor of 1 N.
        assert_eq!(live_force(-0.9, 0.0, ForceUnit::Newton), "0 N");
        assert_eq!(live_force(-1.4, 0.0, ForceUnit::Newton), "-1 N");
    }
}
