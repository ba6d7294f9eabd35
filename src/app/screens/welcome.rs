//! The first start: the demo clinic, or the clinic's own.

use egui::RichText;

use crate::app::ClinicMode;

/// What the clinician chose on the first screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Open the demo clinic or the clinic (on the clinic server, when this computer uses one).
    Open(ClinicMode),
    /// Stop using the clinic server that could not be opened: this computer's own database.
    ThisComputer,
}

/// Returns the choice when one is made. `server`: the clinic server this computer's clinic is
/// on, if any (when it could not be opened, this computer's database is offered instead).
pub fn show(ui: &mut egui::Ui, error: Option<&str>, server: Option<&str>) -> Option<Choice> {
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
            choice = Some(Choice::Open(ClinicMode::Demo));
        }
        ui.label(
            "Six example athletes with months of visits, in a database of their own. Demo devices need no hardware.",
        );
        ui.add_space(24.0);
        match (server, error) {
            (Some(server), Some(_)) => {
                if ui.add_sized(size, egui::Button::new(RichText::new("Try the clinic server again").size(20.0))).clicked()
                {
                    choice = Some(Choice::Open(ClinicMode::Clinic));
                }
                ui.label(format!("This computer's clinic is on the clinic server {server}."));
                ui.add_space(24.0);
                if ui.add_sized(size, egui::Button::new(RichText::new("Use this computer's database").size(20.0))).clicked()
                {
                    choice = Some(Choice::ThisComputer);
                }
                ui.label("This computer's own clinic instead (the clinic server can be chosen again in Settings, Clinic server).");
            }
            _ => {
                if ui.add_sized(size, egui::Button::new(RichText::new("Start my clinic").size(20.0))).clicked() {
                    choice = Some(Choice::Open(ClinicMode::Clinic));
                }
                ui.label("An empty clinic for your own athletes. You can switch between the two at any time.");
                ui.add_space(24.0);
                ui.label(RichText::new(match server {
                    Some(_) => "The clinic's record is on its clinic server; recordings are kept on this computer first.",
                    None => "Everything stays on this computer.",
                })
                .weak());
            }
        }
    });
    choice
}
