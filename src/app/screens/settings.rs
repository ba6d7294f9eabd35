//! Settings: display (this computer: language, numbers and dates, unit, theme, renderer) and the
//! clinic's choices (stored in its database): asymmetry formula, best or mean, colour bands, MDC
//! per test, device profiles.

use egui::RichText;

use crate::analysis::{AsymmetryFormula, Mdc, SummaryChoice, mdc95_from_sem};
use crate::app::renderer::RendererChoice;
use crate::app::screens::Screen;
use crate::app::widgets::{number_field, store_error_text};
use crate::app::worker::Pending;
use crate::app::{Go, Shared, theme};
use crate::device::profile::ProfileSet;
use crate::fl;
use crate::i18n::numbers::{self, DateOrder, DecimalSeparator, NumberStyle};
use crate::i18n::{self, Language, UiLanguage};
use crate::model::ForceUnit;
use crate::protocols::TestLibrary;
use crate::records;
use crate::results::ResultSettings;
use crate::store::paths;

mod locale;
use locale::language_and_numbers;

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
        let problems = draft.problems(crate::i18n::loader());
        if !problems.is_empty() {
            self.message = Some(Err(fl!("settings-not-saved-problems", problems = problems.join("; "))));
            return;
        }
        let settings = draft.clone();
        let based_on = self.based_on.clone().unwrap_or_else(|| shared.clinic.results.clone());
        let pending = shared.clinic.worker.run(move |s| {
            records::save_result_settings_from(s, &settings, &based_on).map_err(|e| store_error_text(&e))
        });
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
        ui.heading(fl!("settings-title"));
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
            ui.heading(fl!("settings-unsaved-title"));
            ui.label(fl!("settings-unsaved-changed", changes = unsaved.join("; ")));
            ui.label(fl!("settings-unsaved-explain"));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(fl!("settings-save-and-leave")).clicked() {
                    answer = Some(0);
                }
                if ui.button(fl!("settings-leave-without-saving")).clicked() {
                    answer = Some(1);
                }
                if ui.button(fl!("settings-stay")).clicked() {
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
                self.message = Some(Ok(fl!("settings-saved")));
            }
            Err(e) => self.message = Some(Err(fl!("settings-not-saved-error", error = e))),
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
            if ui.add_enabled(can_save, egui::Button::new(fl!("settings-save"))).clicked() {
                self.save(shared);
            }
            if ui.add_enabled(!unsaved.is_empty(), egui::Button::new(fl!("settings-discard"))).clicked() {
                self.discard();
                self.message = None;
            }
            if self.saving.is_some() {
                ui.spinner();
            } else if !unsaved.is_empty() {
                ui.label(RichText::new(fl!("settings-unsaved-bar", changes = unsaved.join("; "))).color(theme::AMBER));
            }
        });
        crate::app::widgets::outcome_line(ui, &self.message);
        // Clear of the status bar below.
        ui.add_space(10.0);
    }

    fn display(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        ui.label(RichText::new(fl!("settings-display")).strong().size(18.0));
        let mut changed = language_and_numbers(ui, shared);
        ui.horizontal(|ui| {
            ui.label(fl!("settings-force-unit"));
            for unit in ForceUnit::ALL {
                changed |= ui.selectable_value(&mut shared.prefs.unit, unit, unit.symbol()).changed();
            }
            ui.add_space(24.0);
            changed |= ui.checkbox(&mut shared.prefs.dark, fl!("settings-dark")).changed();
        });
        ui.horizontal(|ui| {
            let l = ui.label(fl!("settings-countdown"));
            changed |= ui
                .add(number_field(&mut shared.prefs.countdown_s).range(0.0..=10.0).speed(0.5))
                .labelled_by(l.id)
                .changed();
        });
        ui.horizontal(|ui| {
            ui.label(fl!("settings-renderer"));
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
                fl!("settings-renderer-in-use", renderer = in_use.id())
            } else {
                fl!("settings-renderer-next", renderer = in_use.id(), next = shared.prefs.renderer.id())
            };
            ui.label(RichText::new(note).weak());
        })
        .response
        .on_hover_text(fl!("settings-renderer-tip"));
        if changed && let Err(e) = shared.prefs.save(&shared.options.data_dir) {
            shared.notes.error(e, shared.now);
        }
    }

    fn clinic(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        ui.label(RichText::new(fl!("settings-clinic")).strong().size(18.0));
        let draft = self.draft.get_or_insert_with(|| shared.clinic.results.clone());
        ui.horizontal(|ui| {
            let l = ui.label(fl!("settings-formula"));
            egui::ComboBox::from_id_salt("formula")
                .selected_text(draft.formula.label(i18n::loader()))
                .show_ui(ui, |ui| {
                    for f in AsymmetryFormula::ALL {
                        let text = fl!(
                            "asym-formula-with-definition",
                            formula = f.label(i18n::loader()),
                            definition = f.definition(i18n::loader(), &numbers::style())
                        );
                        ui.selectable_value(&mut draft.formula, f, text);
                    }
                })
                .response
                .labelled_by(l.id);
        });
        ui.label(RichText::new(draft.formula.source(i18n::loader())).weak());
        ui.horizontal(|ui| {
            ui.label(fl!("settings-summary"));
            ui.selectable_value(&mut draft.summary, SummaryChoice::Best, fl!("settings-best-rep"));
            ui.selectable_value(&mut draft.summary, SummaryChoice::Mean, fl!("settings-mean-of-reps"));
        });
        // Publications are named as published.
        ui.label(RichText::new(fl!("settings-summary-note", source = "Redden 2018")).weak());
        ui.horizontal(|ui| {
            let l = ui.label(fl!("settings-amber-from"));
            ui.add(number_field(&mut draft.bands.amber_from_percent).range(0.0..=50.0)).labelled_by(l.id);
            let l = ui.label(fl!("settings-red-from"));
            ui.add(number_field(&mut draft.bands.red_from_percent).range(0.0..=80.0)).labelled_by(l.id);
        });
        ui.label(
            RichText::new(fl!(
                "settings-bands-source",
                source = crate::analysis::AsymmetryBands::source_all_tests(i18n::loader(), &numbers::style())
            ))
            .weak(),
        );
        ui.horizontal(|ui| {
            let mut set = draft.hq_at_least.is_some();
            if ui.checkbox(&mut set, fl!("settings-hq-floor")).changed() {
                draft.hq_at_least = set.then_some(0.5);
            }
            if let Some(h) = draft.hq_at_least.as_mut() {
                ui.add(number_field(h).range(0.1..=2.0).speed(0.01).max_decimals(2))
                    .on_hover_text(fl!("settings-hq-floor-tip"));
            }
        });
        ui.label(
            RichText::new(fl!("settings-hq-note", cutoff = numbers::num(0.47, 2), source = "Croisier et al. 2008"))
                .weak(),
        );
        ui.add_space(6.0);
        ui.label(RichText::new(fl!("settings-mdc-heading")).strong());
        egui::Grid::new("mdc").num_columns(4).striped(true).spacing([14.0, 4.0]).show(ui, |ui| {
            ui.label(RichText::new(fl!("settings-mdc-test")).strong());
            ui.label(RichText::new(fl!("settings-mdc-value")).strong());
            ui.label(RichText::new(fl!("settings-mdc-source")).strong());
            ui.label(RichText::new(fl!("settings-mdc-sem", factor = numbers::num(1.96, 2))).strong());
            ui.end_row();
            for test in &shared.clinic.library.tests {
                let Some(default) = &test.mdc else { continue };
                let test_name = test.shown_name(i18n::loader());
                let name = ui.label(&test_name);
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
                        number_field(&mut value)
                            .range(0.0..=unit.from_newtons(1000.0).max(100.0))
                            .max_decimals(if is_n { unit.decimals() } else { 1 })
                            .suffix(suffix),
                    )
                    .labelled_by(name.id)
                    .on_hover_text(fl!("settings-mdc-tip", test = test_name.as_str()))
                    .changed()
                {
                    draft.mdc.insert(test.id.clone(), in_n(value));
                }
                let source = if draft.mdc.contains_key(&test.id) {
                    fl!("settings-mdc-clinic-setting")
                } else {
                    test.shown_mdc_source(i18n::loader())
                };
                // A published source, longer in most languages than in English: wrapped in its
                // column, so that the SEM column stays inside the window.
                ui.scope(|ui| {
                    ui.set_max_width(MDC_SOURCE_WIDTH);
                    ui.add(egui::Label::new(source).wrap());
                });
                ui.horizontal(|ui| {
                    let sem = self.sem.entry(test.id.clone()).or_default();
                    let l = ui.label(fl!("settings-sem-label", unit = if is_n { unit.symbol() } else { "%" }));
                    if ui.add(egui::TextEdit::singleline(sem).desired_width(60.0)).labelled_by(l.id).changed() {
                        self.sem_errors.remove(&test.id);
                    }
                    if ui
                        .small_button(fl!("settings-sem-use"))
                        .on_hover_text(fl!("settings-sem-use-tip", test = test_name.as_str()))
                        .clicked()
                    {
                        match numbers::parse_number(sem) {
                            Some(v) if v > 0.0 => {
                                self.sem_errors.remove(&test.id);
                                draft.mdc.insert(test.id.clone(), in_n(mdc95_from_sem(v)));
                            }
                            _ => {
                                self.sem_errors.insert(
                                    test.id.clone(),
                                    fl!("settings-sem-invalid", typed = sem.trim(), example = numbers::num(4.5, 1)),
                                );
                            }
                        }
                    }
                    if self.sem_errors.contains_key(&test.id) {
                        ui.label(RichText::new("⚠").color(theme::RED)).on_hover_text(fl!("settings-sem-error-tip"));
                    }
                    if ui
                        .small_button(fl!("settings-mdc-default"))
                        .on_hover_text(fl!("settings-mdc-default-tip", test = test_name.as_str()))
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
                ui.label(
                    RichText::new(fl!(
                        "settings-sem-error-line",
                        test = test.shown_name(i18n::loader()),
                        error = e.as_str()
                    ))
                    .color(theme::RED),
                );
            }
        }
    }

    fn devices(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        ui.label(RichText::new(fl!("settings-devices")).strong().size(18.0));
        ui.label(fl!(
            "settings-devices-intro",
            folder = paths::devices_dir(&shared.options.data_dir).display().to_string()
        ));
        let dir = self.devices_dir.get_or_insert_with(|| {
            shared.prefs.devices_dir.as_ref().map(|d| d.display().to_string()).unwrap_or_default()
        });
        ui.horizontal(|ui| {
            let l = ui.label(fl!("settings-devices-folder"));
            ui.add(egui::TextEdit::singleline(dir).desired_width(360.0)).labelled_by(l.id);
            if ui.button(fl!("settings-devices-reload")).clicked() {
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
            ui.label(format!("{} — {} ({})", p.id, p.shown_name(i18n::loader()), p.channel_names().join("+")));
        }
        for e in &shared.clinic.profiles.errors {
            ui.label(RichText::new(fl!("settings-profile-not-loaded", error = e.to_string())).color(theme::RED));
        }
        // Which profile is used where two claim one id or one USB id, and why.
        for notice in shared.clinic.profiles.notices() {
            ui.label(RichText::new(notice).color(theme::AMBER));
        }
    }
}

/// The widest the MDC list's source column grows before it wraps, so that the list fits a
/// 1280-point window in a language longer than English.
const MDC_SOURCE_WIDTH: f32 = 400.0;

/// What differs between the saved clinic settings and `draft`, in plain words.
fn changes(saved: &ResultSettings, draft: &ResultSettings, library: &TestLibrary) -> Vec<String> {
    let mut out = Vec::new();
    if saved.formula != draft.formula {
        out.push(fl!(
            "settings-change-formula",
            formula = draft.formula.label(i18n::loader()),
            was = saved.formula.label(i18n::loader())
        ));
    }
    if saved.summary != draft.summary {
        // The message's variants, by choice (keys, never shown).
        let key = |s: SummaryChoice| match s {
            SummaryChoice::Best => "best",
            SummaryChoice::Mean => "mean",
        };
        out.push(fl!("settings-change-summary", value = key(draft.summary), was = key(saved.summary)));
    }
    if saved.bands != draft.bands {
        let style = numbers::style();
        out.push(fl!(
            "settings-change-bands",
            amber = style.number_trimmed(draft.bands.amber_from_percent, 2),
            red = style.number_trimmed(draft.bands.red_from_percent, 2)
        ));
    }
    if saved.hq_at_least != draft.hq_at_least {
        out.push(match draft.hq_at_least {
            Some(h) => fl!("settings-change-hq", hq = numbers::num(h, 2)),
            None => fl!("settings-change-no-hq"),
        });
    }
    let mdc_changed = saved.mdc != draft.mdc;
    if mdc_changed {
        let tests = draft.mdc.keys().chain(saved.mdc.keys()).filter(|t| saved.mdc.get(*t) != draft.mdc.get(*t));
        let mut tests: Vec<&String> = tests.collect();
        tests.sort();
        tests.dedup();
        let names: Vec<String> = tests
            .iter()
            .map(|id| library.test(id).map_or_else(|| id.to_string(), |t| t.shown_name(i18n::loader())))
            .collect();
        out.push(fl!("settings-change-mdc", tests = names.join(", ")));
    }
    if out.is_empty() && saved != draft {
        out.push(fl!("settings-change-other"));
    }
    out
}
