//! The screens, and the top bar that moves between them.

pub mod athlete;
pub mod athletes;
pub mod autorecord;
pub mod chart_text;
pub mod clearance;
pub mod clinic_server;
pub mod export;
pub mod history;
pub mod recovery;
pub mod settings;
pub mod trial_viewer;
pub mod welcome;

use egui::RichText;

use super::session::TestingScreen;
use super::{ClinicMode, Go, Shared};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Athletes,
    Athlete,
    Testing,
    History,
    Clearance,
    Export,
    Settings,
    /// A fixed recording on the demo force plate, for measurements (`--autorecord`).
    Autorecord,
}

/// The state of every screen.
#[derive(Default)]
pub struct Screens {
    pub athletes: athletes::AthletesScreen,
    pub athlete: athlete::AthleteScreen,
    pub testing: TestingScreen,
    pub history: history::HistoryScreen,
    pub export: export::ExportScreen,
    pub settings: settings::SettingsScreen,
    pub recovery: recovery::RecoveryScreen,
    pub autorecord: autorecord::Autorecord,
    pub clearance: clearance::ClearanceScreen,
}

impl Screens {
    /// The screen or the athlete changed: outcome messages and offers of the screens left
    /// behind are gone (they belong to where they came from).
    pub fn forget_messages(&mut self) {
        self.export.forget_messages();
        self.clearance.forget_messages();
        self.settings.forget_messages();
    }

    /// The device went away during a recording.
    pub fn device_lost(&mut self, text: &str) {
        self.testing.device_lost(text);
    }

    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared, screen: Screen, athlete: Option<i64>) {
        self.recovery.show(ui.ctx(), shared);
        egui::CentralPanel::default().show(ui, |ui| match (screen, athlete) {
            (Screen::Welcome | Screen::Athletes, _) => self.athletes.show(ui, shared),
            (Screen::Athlete, Some(id)) => self.athlete.show(ui, shared, id),
            (Screen::Testing, Some(id)) => self.testing.show(ui, shared, id),
            (Screen::History, Some(id)) => self.history.show(ui, shared, id),
            (Screen::Export, _) => self.export.show(ui, shared, athlete),
            (Screen::Settings, _) => self.settings.show(ui, shared),
            (Screen::Autorecord, _) => self.autorecord.show(ui, shared),
            (Screen::Clearance, Some(id)) => self.clearance.show(ui, shared, id),
            (_, None) => {
                ui.label("Choose an athlete first.");
                if ui.button("Athletes").clicked() {
                    *shared.go = Some(Go::Screen(Screen::Athletes));
                }
            }
        });
    }
}

fn tab(ui: &mut egui::Ui, selected: bool, text: &str, hint: &str) -> bool {
    ui.selectable_label(selected, RichText::new(text).size(17.0)).on_hover_text(hint).clicked()
}

/// The top bar: the clinic, the screens, the theme.
pub fn top_bar(ui: &mut egui::Ui, shared: &mut Shared, screen: Screen, athlete: Option<i64>) {
    egui::Panel::top("top").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new("ForceTrack").heading().strong());
            ui.separator();
            if tab(ui, screen == Screen::Athletes, "Athletes", "all athletes") {
                *shared.go = Some(Go::Screen(Screen::Athletes));
            }
            if let Some(id) = athlete {
                let name = shared
                    .clinic
                    .athletes
                    .iter()
                    .find(|r| r.athlete.id == id)
                    .map_or_else(|| "Athlete".into(), |r| r.athlete.full_name());
                if tab(ui, screen == Screen::Athlete, &name, "the athlete's profile, injuries and visits") {
                    *shared.go = Some(Go::Athlete(id));
                }
                if tab(ui, screen == Screen::Testing, "Test", "run a test session") {
                    *shared.go = Some(Go::Test(id));
                }
                if tab(ui, screen == Screen::History, "History", "progress over visits and recorded curves") {
                    *shared.go = Some(Go::History(id));
                }
                if tab(ui, screen == Screen::Clearance, "Clearance", "return-to-sport checklist") {
                    *shared.go = Some(Go::Clearance(id));
                }
            }
            if tab(ui, screen == Screen::Export, "Export", "CSV for spreadsheets and research") {
                *shared.go = Some(Go::Screen(Screen::Export));
            }
            if tab(ui, screen == Screen::Settings, "Settings", "units, formulas, thresholds, devices") {
                *shared.go = Some(Go::Screen(Screen::Settings));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let dark = shared.prefs.dark;
                if ui
                    .button(if dark { "☀ Light" } else { "🌙 Dark" })
                    .on_hover_text("switch between light and dark")
                    .clicked()
                {
                    shared.prefs.dark = !dark;
                    if let Err(e) = shared.prefs.save(&shared.options.data_dir) {
                        shared.notes.error(e, shared.now);
                    }
                }
                if shared.clinic.demo {
                    if ui.button("Open my clinic").on_hover_text("leave the demo clinic").clicked() {
                        *shared.go = Some(Go::Mode(ClinicMode::Clinic));
                    }
                } else if ui
                    .button("Open the demo clinic")
                    .on_hover_text("a separate clinic with example athletes")
                    .clicked()
                {
                    *shared.go = Some(Go::Mode(ClinicMode::Demo));
                }
            });
        });
    });
}
