//! Settings: display (this computer) and the clinic's choices (stored in its database):
//! asymmetry formula, best or mean, colour bands, MDC per test, device profiles.

use egui::RichText;

use crate::analysis::{AsymmetryFormula, Mdc, SummaryChoice, mdc95_from_sem};
use crate::app::renderer::RendererChoice;
use crate::app::screens::Screen;
use crate::app::worker::Pending;
use crate::app::{Go, Shared, theme};
use crate::device::profile::ProfileSet;
use crate::model::ForceUnit;
use crate::protocols::TestLibrary;
use crate::records;
use crate::results::ResultSettings;
use crate::store::paths;

#[derive(Default)]
pub struct SettingsScreen {
    draft: Option<ResultSettings>,
    /// The saved settings the draft started from: a save is refused if another computer saved
    /// other settings since.
    based_on: Option<ResultSettings>,
    sem: std::collections::HashMap<String, String>,
    /// A SEM that could not be read, by test id (shown next to its field until fixed).
    sem_errors: std::collections::HashMap<String, String>,
    devices_dir: Option<String>,
    /// The settings being saved, until the store answers.
    saving: Option<(Pending<()>, ResultSettings)>,
    message: Option<Result<String, String>>,
    /// Where the clinician asked to go while clinic settings were unsaved (asked about first).
    leaving: Option<Leave>,
    /// "Save and leave" was chosen: leave once the save is done.
    leave_after_save: bool,
    /// Where this computer's record is (kept per computer, in its settings).
    server: super::clinic_server::ClinicServerSettings,
}

/// A way out of Settings.
#[derive(Debug, Clone, PartialEq)]
enum Leave {
    To(Go),
    CloseWindow,
}

impl SettingsScreen {
    /// Forgets the last outcome (it belongs to this screen's last visit).
    pub fn forget_messages(&mut self) {
        self.message = None;
    }

    /// The clinic settings as changed here and not saved, in plain words (empty when there is
    /// nothing unsaved).
    pub fn unsaved(&self, saved: &ResultSettings, library: &TestLibrary) -> Vec<String> {
        match &self.draft {
            Some(draft) if self.saving.is_none() => changes(saved, draft, library),
            _ => Vec::new(),
        }
    }

    /// Forgets the changes not saved.
    pub fn discard(&mut self) {
        self.draft = None;
        self.based_on = None;
        self.sem.clear();
        self.sem_errors.clear();
    }

    /// Saves the changed clinic settings (on the clinic's worker); a problem is said instead.
    pub fn save(&mut self, shared: &mut Shared) {
        let Some(draft) = &self.draft else { return };
        let problems = draft.problems();
        if !problems.is_empty() {
            self.message = Some(Err(format!("Not saved: {}.", problems.join("; "))));
            return;
        }
        let settings = draft.clone();
        let based_on = self.based_on.clone().unwrap_or_else(|| shared.clinic.results.clone());
        let pending = shared
            .clinic
            .worker
            .run(move |s| records::save_result_settings_from(s, &settings, &based_on).map_err(|e| e.to_string()));
        self.saving = Some((pending, draft.clone()));
    }

    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        self.poll_save(shared);
        // Nothing changed here and the saved settings moved (saved on another computer): the
        // screen shows them.
        let untouched = self.draft.is_some() && self.draft == self.based_on && self.saving.is_none();
        if self.draft.is_none() || (untouched && self.based_on.as_ref() != Some(&shared.clinic.results)) {
            self.draft = Some(shared.clinic.results.clone());
            self.based_on = Some(shared.clinic.results.clone());
            self.sem.clear();
        }
        ui.heading("Settings");
        // Saving the clinic's settings stays in view, and says when there is something to save.
        egui::Panel::bottom("clinic settings save").show(ui, |ui| self.save_bar(ui, shared));
        egui::ScrollArea::vertical().show(ui, |ui| {
            self.display(ui, shared);
            ui.separator();
            self.clinic(ui, shared);
            ui.separator();
            self.devices(ui, shared);
            if !shared.clinic.demo {
                ui.separator();
                self.server.show(ui, shared);
            }
        });
    }

    /// Called each frame while Settings is shown, after the screen: a request to leave it (a
    /// navigation in `shared.go`, or the window's close button) waits for the clinician's
    /// answer while clinic settings are unsaved, so changes are never lost without a word.
    pub fn guard_leaving(&mut self, ctx: &egui::Context, shared: &mut Shared) {
        let unsaved = self.unsaved(&shared.clinic.results, &shared.clinic.library);
        let pending = !unsaved.is_empty() || self.saving.is_some();
        if let Some(go) = shared.go.take() {
            if matches!(go, Go::Screen(Screen::Settings)) {
                // Staying: nothing to ask.
            } else if pending {
                self.leaving = Some(Leave::To(go));
            } else {
                self.discard();
                *shared.go = Some(go);
            }
        }
        if pending && ctx.input(|i| i.viewport().close_requested()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.leaving = Some(Leave::CloseWindow);
        }
        let Some(leave) = self.leaving.clone() else { return };
        if self.leave_after_save {
            if self.saving.is_some() {
                return;
            }
            // Saved: go on. Not saved: stay, with the reason shown below the settings.
            self.leave_after_save = false;
            self.leaving = None;
            if matches!(self.message, Some(Ok(_))) {
                self.leave(leave, ctx, shared);
            }
            return;
        }
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("unsaved clinic settings")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading("The clinic settings are not saved");
            ui.label(format!("Changed here: {}.", unsaved.join("; ")));
            ui.label("They are used nowhere (results, reports, other computers) until they are saved.");
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Save and leave").clicked() {
                    answer = Some(0);
                }
                if ui.button("Leave without saving").clicked() {
                    answer = Some(1);
                }
                if ui.button("Stay in Settings").clicked() {
                    answer = Some(2);
                }
            });
        });
        match answer {
            Some(0) => {
                self.save(shared);
                if self.saving.is_some() {
                    self.leave_after_save = true;
                } else {
                    // A problem stopped the save: stay, with the reason shown.
                    self.leaving = None;
                }
            }
            Some(1) => {
                self.leaving = None;
                self.leave(leave, ctx, shared);
            }
            Some(_) => self.leaving = None,
            None => {}
        }
    }

    fn leave(&mut self, leave: Leave, ctx: &egui::Context, shared: &mut Shared) {
        self.discard();
        match leave {
            Leave::To(go) => *shared.go = Some(go),
            Leave::CloseWindow => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    /// Takes the store's answer to a save: what was saved is what the clinic uses from now on.
    pub fn poll_save(&mut self, shared: &mut Shared) {
        let Some((pending, settings)) = &mut self.saving else { return };
        let Some(result) = pending.poll() else { return };
        match result {
            Ok(()) => {
                shared.clinic.results = settings.clone();
                self.based_on = Some(settings.clone());
                self.message = Some(Ok("Clinic settings saved.".to_string()));
            }
            Err(e) => self.message = Some(Err(format!("Not saved: {e}"))),
        }
        self.saving = None;
        shared.clinic.refresh_setup();
        shared.clinic.refresh_athletes();
    }

    /// Save and discard, always in view below the settings; what is unsaved is said.
    fn save_bar(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        let unsaved = self.unsaved(&shared.clinic.results, &shared.clinic.library);
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let can_save = self.saving.is_none() && !unsaved.is_empty();
            if ui.add_enabled(can_save, egui::Button::new("Save clinic settings")).clicked() {
                self.save(shared);
            }
            if ui.add_enabled(!unsaved.is_empty(), egui::Button::new("Discard changes")).clicked() {
                self.discard();
                self.message = None;
            }
            if self.saving.is_some() {
                ui.spinner();
            } else if !unsaved.is_empty() {
                ui.label(
                    RichText::new(format!("⚠ Not saved yet, and not used until saved: {}", unsaved.join("; ")))
                        .color(theme::AMBER),
                );
            }
        });
        crate::app::widgets::outcome_line(ui, &self.message);
        // Clear of the status bar below.
        ui.add_space(10.0);
    }

    fn display(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        ui.label(RichText::new("Display (this computer)").strong().size(18.0));
        let mut changed = false;
        ui.horizontal(|ui| {
            ui.label("Force unit");
            for unit in ForceUnit::ALL {
                changed |= ui.selectable_value(&mut shared.prefs.unit, unit, unit.symbol()).changed();
            }
        });
        ui.horizontal(|ui| {
            changed |= ui.checkbox(&mut shared.prefs.dark, "Dark theme").changed();
        });
        ui.horizontal(|ui| {
            let l = ui.label("Countdown before recording (s)");
            changed |= ui
                .add(egui::DragValue::new(&mut shared.prefs.countdown_s).range(0.0..=10.0).speed(0.5))
                .labelled_by(l.id)
                .changed();
        });
        ui.horizontal(|ui| {
            ui.label("Renderer");
            for choice in RendererChoice::ALL {
                let button = ui.add_enabled(
                    choice.available(),
                    egui::Button::selectable(shared.prefs.renderer == choice, choice.id()),
                );
                if button.clicked() && shared.prefs.renderer != choice {
                    shared.prefs.renderer = choice;
                    changed = true;
                }
            }
            let in_use = shared.options.renderer_in_use;
            let note = if in_use == shared.prefs.renderer {
                format!("{} draws this window", in_use.id())
            } else {
                format!("{} draws this window; {} from the next start", in_use.id(), shared.prefs.renderer.id())
            };
            ui.label(RichText::new(note).weak());
        })
        .response
        .on_hover_text("glow is the default: it draws the live view fastest on most computers. --renderer overrides this for one start.");
        if changed && let Err(e) = shared.prefs.save(&shared.options.data_dir) {
            shared.notes.error(e, shared.now);
        }
    }

    fn clinic(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        ui.label(RichText::new("Clinic (shared by every computer using this clinic)").strong().size(18.0));
        let draft = self.draft.get_or_insert_with(|| shared.clinic.results.clone());
        ui.horizontal(|ui| {
            let l = ui.label("Asymmetry formula");
            egui::ComboBox::from_id_salt("formula")
                .selected_text(draft.formula.label())
                .show_ui(ui, |ui| {
                    for f in AsymmetryFormula::ALL {
                        ui.selectable_value(&mut draft.formula, f, format!("{} — {}", f.label(), f.definition()));
                    }
                })
                .response
                .labelled_by(l.id);
        });
        ui.label(RichText::new(draft.formula.source()).weak());
        ui.horizontal(|ui| {
            ui.label("Per-side value for asymmetry and progress");
            ui.selectable_value(&mut draft.summary, SummaryChoice::Best, "best rep");
            ui.selectable_value(&mut draft.summary, SummaryChoice::Mean, "mean of reps");
        });
        ui.label(
            RichText::new(
                "Best is the clinical convention; the mean is the more reliable choice for asymmetry (Redden 2018).",
            )
            .weak(),
        );
        ui.horizontal(|ui| {
            let l = ui.label("Amber from (%)");
            ui.add(egui::DragValue::new(&mut draft.bands.amber_from_percent).range(0.0..=50.0)).labelled_by(l.id);
            let l = ui.label("Red from (%)");
            ui.add(egui::DragValue::new(&mut draft.bands.red_from_percent).range(0.0..=80.0)).labelled_by(l.id);
        });
        ui.label(RichText::new(format!("Source: {}.", crate::analysis::AsymmetryBands::SOURCE_ALL_TESTS)).weak());
        ui.horizontal(|ui| {
            let mut set = draft.hq_at_least.is_some();
            if ui.checkbox(&mut set, "Lowest acceptable H:Q (knee flexion / extension torque at 90°)").changed() {
                draft.hq_at_least = set.then_some(0.5);
            }
            if let Some(h) = draft.hq_at_least.as_mut() {
                ui.add(egui::DragValue::new(h).range(0.1..=2.0).speed(0.01).max_decimals(2))
                    .on_hover_text("the clinic's lowest acceptable H:Q");
            }
        });
        ui.label(
            RichText::new(
                "No default: the isokinetic cut-off (0.47, Croisier et al. 2008) does not transfer to isometric \
                 ratios; a clinic may set its own.",
            )
            .weak(),
        );
        ui.add_space(6.0);
        ui.label(RichText::new("Minimal detectable change (MDC95) per test").strong());
        egui::Grid::new("mdc").num_columns(4).striped(true).spacing([14.0, 4.0]).show(ui, |ui| {
            ui.label(RichText::new("Test").strong());
            ui.label(RichText::new("MDC95").strong());
            ui.label(RichText::new("Source").strong());
            ui.label(RichText::new("Your SEM ➡ MDC95 = 1.96·√2·SEM").strong());
            ui.end_row();
            for test in &shared.clinic.library.tests {
                let Some(default) = &test.mdc else { continue };
                let name = ui.label(&test.name);
                let current = draft.mdc.get(&test.id).copied().unwrap_or(default.mdc);
                // A force MDC in the display unit (kept in newtons).
                let unit = shared.prefs.unit;
                let (mut value, is_n) = match current {
                    Mdc::Newtons(v) => (unit.from_newtons(v), true),
                    Mdc::Percent(v) => (v, false),
                };
                let suffix = if is_n { format!(" {}", unit.symbol()) } else { " %".to_string() };
                let in_n = |v: f64| if is_n { Mdc::Newtons(unit.to_newtons(v)) } else { Mdc::Percent(v) };
                if ui
                    .add(
                        egui::DragValue::new(&mut value)
                            .range(0.0..=unit.from_newtons(1000.0).max(100.0))
                            .max_decimals(if is_n { unit.decimals() } else { 1 })
                            .suffix(suffix),
                    )
                    .labelled_by(name.id)
                    .on_hover_text(format!("MDC95 of {}", test.name))
                    .changed()
                {
                    draft.mdc.insert(test.id.clone(), in_n(value));
                }
                ui.label(if draft.mdc.contains_key(&test.id) {
                    "clinic setting".to_string()
                } else {
                    default.source.clone()
                });
                ui.horizontal(|ui| {
                    let sem = self.sem.entry(test.id.clone()).or_default();
                    let l = ui.label(if is_n { format!("SEM ({})", unit.symbol()) } else { "SEM (%)".to_string() });
                    if ui.add(egui::TextEdit::singleline(sem).desired_width(60.0)).labelled_by(l.id).changed() {
                        self.sem_errors.remove(&test.id);
                    }
                    if ui
                        .small_button("Use")
                        .on_hover_text(format!("set the MDC of {} from your SEM", test.name))
                        .clicked()
                    {
                        match sem.trim().replace(',', ".").parse::<f64>() {
                            Ok(v) if v.is_finite() && v > 0.0 => {
                                self.sem_errors.remove(&test.id);
                                draft.mdc.insert(test.id.clone(), in_n(mdc95_from_sem(v)));
                            }
                            _ => {
                                self.sem_errors.insert(
                                    test.id.clone(),
                                    format!("'{}' is not a SEM: type a number above 0, e.g. 4.5", sem.trim()),
                                );
                            }
                        }
                    }
                    if self.sem_errors.contains_key(&test.id) {
                        ui.label(RichText::new("⚠").color(theme::RED)).on_hover_text("see below the table");
                    }
                    if ui
                        .small_button("Default")
                        .on_hover_text(format!("back to the published MDC of {}", test.name))
                        .clicked()
                    {
                        draft.mdc.remove(&test.id);
                    }
                });
                ui.end_row();
            }
        });
        // A SEM that could not be read, said in full below the table (its row has no room).
        for test in &shared.clinic.library.tests {
            if let Some(e) = self.sem_errors.get(&test.id) {
                ui.label(RichText::new(format!("⚠ {}: {e}", test.name)).color(theme::RED));
            }
        }
    }

    fn devices(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        ui.label(RichText::new("Device profiles").strong().size(18.0));
        ui.label(format!(
            "Built-in profiles, plus your own in {} and in the folder below.",
            paths::devices_dir(&shared.options.data_dir).display()
        ));
        let dir = self.devices_dir.get_or_insert_with(|| {
            shared.prefs.devices_dir.as_ref().map(|d| d.display().to_string()).unwrap_or_default()
        });
        ui.horizontal(|ui| {
            let l = ui.label("Extra devices folder");
            ui.add(egui::TextEdit::singleline(dir).desired_width(360.0)).labelled_by(l.id);
            if ui.button("Use and reload").clicked() {
                let folder = dir.trim();
                shared.prefs.devices_dir = (!folder.is_empty()).then(|| folder.into());
                let _ = shared.prefs.save(&shared.options.data_dir);
                let clinic_folder = paths::devices_dir(&shared.options.data_dir);
                let mut folders = vec![clinic_folder.as_path()];
                folders.extend(shared.prefs.devices_dir.as_deref());
                shared.clinic.profiles = ProfileSet::load_folders(&folders);
            }
        });
        for p in &shared.clinic.profiles.profiles {
            ui.label(format!("{} — {} ({})", p.id, p.name, p.channel_names().join("+")));
        }
        for e in &shared.clinic.profiles.errors {
            ui.label(RichText::new(format!("not loaded: {e}")).color(theme::RED));
        }
        // Which profile is used where two claim one id or one USB id, and why.
        for notice in shared.clinic.profiles.notices() {
            ui.label(RichText::new(notice).color(theme::AMBER));
        }
    }
}

/// What differs between the saved clinic settings and `draft`, in plain words.
fn changes(saved: &ResultSettings, draft: &ResultSettings, library: &TestLibrary) -> Vec<String> {
    let mut out = Vec::new();
    if saved.formula != draft.formula {
        out.push(format!("asymmetry formula {} (was {})", draft.formula.label(), saved.formula.label()));
    }
    if saved.summary != draft.summary {
        let word = |s: SummaryChoice| match s {
            SummaryChoice::Best => "best rep",
            SummaryChoice::Mean => "mean of reps",
        };
        out.push(format!("per-side value {} (was {})", word(draft.summary), word(saved.summary)));
    }
    if saved.bands != draft.bands {
        out.push(format!(
            "colour bands amber from {} %, red from {} %",
            draft.bands.amber_from_percent, draft.bands.red_from_percent
        ));
    }
    if saved.hq_at_least != draft.hq_at_least {
        out.push(match draft.hq_at_least {
            Some(h) => format!("lowest acceptable H:Q {h:.2}"),
            None => "no lowest acceptable H:Q".to_string(),
        });
    }
    let mdc_changed = saved.mdc != draft.mdc;
    if mdc_changed {
        let tests = draft.mdc.keys().chain(saved.mdc.keys()).filter(|t| saved.mdc.get(*t) != draft.mdc.get(*t));
        let mut tests: Vec<&String> = tests.collect();
        tests.sort();
        tests.dedup();
        let names: Vec<&str> =
            tests.iter().map(|id| library.test(id).map_or(id.as_str(), |t| t.name.as_str())).collect();
        out.push(format!("MDC of {}", names.join(", ")));
    }
    if out.is_empty() && saved != draft {
        out.push("other clinic settings".to_string());
    }
    out
}
