//! The first start: the demo clinic, or the clinic's own.

use egui::RichText;

use crate::app::ClinicMode;

/// Returns the choice when one is made.
pub fn show(ui: &mut egui::Ui, error: Option<&str>) -> Option<ClinicMode> {
    let mut choice = None;
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.label(RichText::new("ForceTrack").size(44.0).strong());
        ui.label(RichText::new("Hamstring and glute strength testing, history and return to sport").size(20.0));
        ui.add_space(40.0);
        if let Some(e) = error {
            ui.label(RichText::new(format!("The clinic could not be opened: {e}")).color(crate::app::theme::RED));
            ui.add_space(20.0);
        }
        let size = egui::vec2(360.0, 64.0);
        if ui.add_sized(size, egui::Button::new(RichText::new("Explore the demo clinic").size(20.0))).clicked() {
            choice = Some(ClinicMode::Demo);
        }
        ui.label(
            "Six example athletes with months of visits, in a database of their own. Demo devices need no hardware.",
        );
        ui.add_space(24.0);
        if ui.add_sized(size, egui::Button::new(RichText::new("Start my clinic").size(20.0))).clicked() {
            choice = Some(ClinicMode::Clinic);
        }
        ui.label("An empty clinic for your own athletes. You can switch between the two at any time.");
        ui.add_space(24.0);
        ui.label(RichText::new("Everything stays on this computer.").weak());
    });
    choice
}
