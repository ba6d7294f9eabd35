//! The first start: the demo clinic, or the clinic's own.

use egui::RichText;

use crate::app::ClinicMode;
use crate::fl;

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
        // The program's name, the same in every language.
        ui.label(RichText::new("ForceTrack").size(44.0).strong());
        ui.label(RichText::new(fl!("welcome-tagline")).size(20.0));
        ui.add_space(40.0);
        if let Some(e) = error {
            ui.label(RichText::new(fl!("welcome-open-failed", error = e)).color(crate::app::theme::RED));
            ui.add_space(20.0);
        }
        let size = egui::vec2(360.0, 64.0);
        if ui.add_sized(size, egui::Button::new(RichText::new(fl!("welcome-explore-demo")).size(20.0))).clicked() {
            choice = Some(Choice::Open(ClinicMode::Demo));
        }
        ui.label(fl!("welcome-demo-description"));
        ui.add_space(24.0);
        match (server, error) {
            (Some(server), Some(_)) => {
                if ui
                    .add_sized(size, egui::Button::new(RichText::new(fl!("welcome-retry-server")).size(20.0)))
                    .clicked()
                {
                    choice = Some(Choice::Open(ClinicMode::Clinic));
                }
                ui.label(fl!("welcome-clinic-on-server", server = server));
                ui.add_space(24.0);
                if ui
                    .add_sized(size, egui::Button::new(RichText::new(fl!("welcome-use-this-computer")).size(20.0)))
                    .clicked()
                {
                    choice = Some(Choice::ThisComputer);
                }
                ui.label(fl!("welcome-use-this-computer-description"));
            }
            _ => {
                if ui
                    .add_sized(size, egui::Button::new(RichText::new(fl!("welcome-start-my-clinic")).size(20.0)))
                    .clicked()
                {
                    choice = Some(Choice::Open(ClinicMode::Clinic));
                }
                ui.label(fl!("welcome-start-description"));
                ui.add_space(24.0);
                ui.label(
                    RichText::new(match server {
                        Some(_) => fl!("welcome-record-on-server"),
                        None => fl!("welcome-stays-here"),
                    })
                    .weak(),
                );
            }
        }
    });
    choice
}
