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
use crate::fl;

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
                ui.label(fl!("nav-choose-athlete-first"));
                if ui.button(fl!("nav-athletes")).clicked() {
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
            // The theme and clinic buttons keep their place at the right. Where a language's
            // words make the screens' tabs longer than the rest of the width, they wrap to a
            // second row instead of running under the buttons.
            let right = right_buttons_width(ui, shared);
            let room = ui.available_width() - right;
            if tabs_width(ui, shared, athlete) <= room {
                screen_tabs(ui, shared, screen, athlete);
            } else {
                let wrapping = egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true);
                ui.allocate_ui_with_layout(egui::vec2(room.max(240.0), 0.0), wrapping, |ui| {
                    screen_tabs(ui, shared, screen, athlete);
                });
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                theme_and_clinic_buttons(ui, shared);
            });
        });
    });
}

/// The width of the program's name and the screens' tabs in one row.
fn tabs_width(ui: &egui::Ui, shared: &Shared, athlete: Option<i64>) -> f32 {
    let mut labels = vec![fl!("nav-athletes"), fl!("nav-export"), fl!("nav-settings")];
    if let Some(id) = athlete {
        let name = shared.clinic.athletes.iter().find(|r| r.athlete.id == id).map(|r| r.athlete.full_name());
        labels.extend([
            name.unwrap_or_else(|| fl!("nav-athlete")),
            fl!("nav-test"),
            fl!("nav-history"),
            fl!("nav-clearance"),
        ]);
    }
    let spacing = ui.spacing();
    let width =
        |text: String, font: egui::FontId| ui.painter().layout_no_wrap(text, font, egui::Color32::PLACEHOLDER).size().x;
    let tabs: f32 = labels
        .into_iter()
        .map(|l| width(l, egui::FontId::proportional(17.0)) + 2.0 * spacing.button_padding.x + spacing.item_spacing.x)
        .sum();
    let name = width("ForceTrack".into(), egui::TextStyle::Heading.resolve(ui.style()));
    name + 3.0 * spacing.item_spacing.x + tabs
}

/// What the theme and clinic buttons take of the top bar's width, with the spacing around them.
fn right_buttons_width(ui: &egui::Ui, shared: &Shared) -> f32 {
    let theme = if shared.prefs.dark { fl!("nav-light") } else { fl!("nav-dark") };
    let clinic = if shared.clinic.demo { fl!("nav-open-my-clinic") } else { fl!("nav-open-demo") };
    let font = egui::TextStyle::Button.resolve(ui.style());
    let spacing = ui.spacing();
    [theme, clinic]
        .into_iter()
        .map(|text| {
            let text_w = ui.painter().layout_no_wrap(text, font.clone(), egui::Color32::PLACEHOLDER).size().x;
            text_w + 2.0 * spacing.button_padding.x + spacing.item_spacing.x
        })
        .sum::<f32>()
        + 2.0 * spacing.item_spacing.x
}

fn screen_tabs(ui: &mut egui::Ui, shared: &mut Shared, screen: Screen, athlete: Option<i64>) {
    ui.label(RichText::new("ForceTrack").heading().strong());
    ui.separator();
    if tab(ui, screen == Screen::Athletes, &fl!("nav-athletes"), &fl!("nav-athletes-tip")) {
        *shared.go = Some(Go::Screen(Screen::Athletes));
    }
    if let Some(id) = athlete {
        let name = shared
            .clinic
            .athletes
            .iter()
            .find(|r| r.athlete.id == id)
            .map_or_else(|| fl!("nav-athlete"), |r| r.athlete.full_name());
        if tab(ui, screen == Screen::Athlete, &name, &fl!("nav-athlete-tip")) {
            *shared.go = Some(Go::Athlete(id));
        }
        if tab(ui, screen == Screen::Testing, &fl!("nav-test"), &fl!("nav-test-tip")) {
            *shared.go = Some(Go::Test(id));
        }
        if tab(ui, screen == Screen::History, &fl!("nav-history"), &fl!("nav-history-tip")) {
            *shared.go = Some(Go::History(id));
        }
        if tab(ui, screen == Screen::Clearance, &fl!("nav-clearance"), &fl!("nav-clearance-tip")) {
            *shared.go = Some(Go::Clearance(id));
        }
    }
    if tab(ui, screen == Screen::Export, &fl!("nav-export"), &fl!("nav-export-tip")) {
        *shared.go = Some(Go::Screen(Screen::Export));
    }
    if tab(ui, screen == Screen::Settings, &fl!("nav-settings"), &fl!("nav-settings-tip")) {
        *shared.go = Some(Go::Screen(Screen::Settings));
    }
}

fn theme_and_clinic_buttons(ui: &mut egui::Ui, shared: &mut Shared) {
    let dark = shared.prefs.dark;
    if ui.button(if dark { fl!("nav-light") } else { fl!("nav-dark") }).on_hover_text(fl!("nav-theme-tip")).clicked() {
        shared.prefs.dark = !dark;
        if let Err(e) = shared.prefs.save(&shared.options.data_dir) {
            shared.notes.error(e, shared.now);
        }
    }
    if shared.clinic.demo {
        if ui.button(fl!("nav-open-my-clinic")).on_hover_text(fl!("nav-open-my-clinic-tip")).clicked() {
            *shared.go = Some(Go::Mode(ClinicMode::Clinic));
        }
    } else if ui.button(fl!("nav-open-demo")).on_hover_text(fl!("nav-open-demo-tip")).clicked() {
        *shared.go = Some(Go::Mode(ClinicMode::Demo));
    }
}
