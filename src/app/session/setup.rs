//! Setting up a session: which tests (a battery or single tests), the visit (body mass,
//! clinician, questionnaires), and the device.

use egui::RichText;

use super::device_panel::DevicePicker;
use super::flow::{mark_not_done_from, mark_recorded};
use super::run::{Abandoned, Run};
use super::{SessionContext, plan};
use crate::app::widgets::store_error_text;
use crate::app::worker::{Pending, answer};
use crate::app::{Shared, theme};
use crate::fl;
use crate::i18n::numbers;
use crate::model::{InjuryKind, ProvocationTests, Side, Visit};

/// A trial a visit already holds: test, side, trial id.
type Recorded = (String, Side, i64);

/// The visit a session goes on in, its accepted trials by step, every trial it held, and its
/// notes (the tests marked not done there).
type Started = (i64, Vec<Recorded>, Vec<i64>, String);

pub struct Setup {
    athlete_id: i64,
    pending: Option<Pending<(SessionContext, Option<f64>)>>,
    context: Option<SessionContext>,
    battery: Option<String>,
    chosen: Vec<String>,
    mass: String,
    clinician: String,
    notes: String,
    visa_h: String,
    provocation: ProvocationTests,
    /// The visit and the trials it already holds (accepted ones by step, and all), once
    /// started.
    creating: Option<Pending<Started>>,
    /// Going on with an existing visit (after a crash): its id and date.
    resume: Option<(i64, String)>,
    error: Option<String>,
    /// What abandoning the last session did, once the database answers ...
    abandoning: Option<Pending<Abandoned>>,
    /// ... said here, with an Undo when a visit was deleted.
    abandoned: Option<Abandoned>,
    /// The deleted visit being restored (Undo).
    restoring: Option<Pending<String>>,
}

fn tri_state(ui: &mut egui::Ui, label: &str, value: &mut Option<bool>) {
    ui.horizontal(|ui| {
        ui.label(label);
        ui.selectable_value(value, None, fl!("session-provocation-not-done"));
        ui.selectable_value(value, Some(false), fl!("session-provocation-negative"));
        ui.selectable_value(value, Some(true), fl!("session-provocation-positive"));
    });
}

/// The athlete, the open episode, the visit of today and the last lever arms, for a session.
fn load(shared: &Shared, athlete_id: i64) -> Pending<(SessionContext, Option<f64>)> {
    shared.clinic.worker.run(move |s| {
        let e = |e: crate::store::StoreError| store_error_text(&e);
        let athlete = s.athlete(athlete_id).map_err(e)?;
        let episode = s.episodes(athlete_id).map_err(e)?.into_iter().rev().find(|e| e.closed_on.is_none());
        let visits = s.visits(athlete_id).map_err(e)?;
        let last_mass = visits.iter().rev().find_map(|v| v.body_mass_kg);
        let today = chrono::Local::now().date_naive();
        let visit_today = match visits.iter().rev().find(|v| v.date_time.date() == today) {
            Some(v) => Some((v.id, numbers::date_time(v.date_time), s.trials_of_visit(v.id).map_err(e)?.len())),
            None => None,
        };
        let involved = episode.as_ref().and_then(|e| e.side);
        let mut last_lever_arm_m = std::collections::HashMap::new();
        for t in s.trials_of_athlete(athlete_id).map_err(e)? {
            if let Some(l) = t.meta.lever_arm_m {
                last_lever_arm_m.insert(t.meta.test_id.clone(), l);
            }
        }
        let context = SessionContext { athlete, episode, involved, last_lever_arm_m, visit_today, earlier: None };
        Ok((context, last_mass))
    })
}

impl Setup {
    pub fn new(shared: &mut Shared, athlete_id: i64) -> Setup {
        Setup {
            athlete_id,
            pending: Some(load(shared, athlete_id)),
            context: None,
            battery: None,
            chosen: Vec::new(),
            mass: String::new(),
            clinician: shared.prefs.clinician.clone(),
            notes: String::new(),
            visa_h: String::new(),
            provocation: ProvocationTests::default(),
            creating: None,
            resume: None,
            error: None,
            abandoning: None,
            abandoned: None,
            restoring: None,
        }
    }

    /// A new set-up after a session was abandoned: it says what abandoning did (`done`, once
    /// the database answers), with an Undo when a visit was deleted.
    pub fn after_abandoning(mut self, done: Pending<Abandoned>) -> Setup {
        self.abandoning = Some(done);
        self
    }

    /// What abandoning the last session did, and Undo for a deleted visit.
    fn abandoned_notice(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        if let Some(r) = answer(&mut self.abandoning) {
            match r {
                Ok(done) => {
                    shared.notes.info(done.text.clone(), shared.now);
                    shared.clinic.refresh_athletes();
                    self.abandoned = Some(done);
                    // The visit of today may be gone.
                    self.pending = Some(load(shared, self.athlete_id));
                }
                Err(e) => self.error = Some(fl!("session-not-abandoned", error = e)),
            }
        }
        if let Some(r) = answer(&mut self.restoring) {
            match r {
                Ok(text) => {
                    shared.notes.info(text.clone(), shared.now);
                    shared.clinic.refresh_athletes();
                    self.abandoned = Some(Abandoned { text, restorable_visit: None });
                    self.pending = Some(load(shared, self.athlete_id));
                }
                Err(e) => self.error = Some(fl!("session-not-restored", error = e)),
            }
        }
        let Some(done) = &self.abandoned else { return };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&done.text).color(theme::AMBER).size(17.0));
            if let Some(visit) = done.restorable_visit
                && ui
                    .add_enabled(self.restoring.is_none(), egui::Button::new(fl!("session-undo")))
                    .on_hover_text(fl!("session-undo-tip"))
                    .clicked()
            {
                self.restoring = Some(shared.clinic.worker.run(move |s| {
                    let library = s.test_library().map_err(|e| store_error_text(&e))?;
                    let restored = s.restore_visit(visit).map_err(|e| store_error_text(&e))?;
                    Ok(fl!(
                        "athlete-restored",
                        date = numbers::date_time(restored.visit.date_time),
                        count = restored.trials(),
                        tests = crate::store::tests_text(&restored.tests, &library, crate::i18n::loader())
                    ))
                }));
            }
        });
        ui.separator();
    }

    /// Setting up the rest of a session on an existing visit (`visit_id`, of `date`): its
    /// recorded trials count as done; the visit's details stay as they are.
    pub fn resume(shared: &mut Shared, athlete_id: i64, visit_id: i64, date: String) -> Setup {
        let mut setup = Setup::new(shared, athlete_id);
        setup.resume = Some((visit_id, date));
        setup
    }

    fn choose_battery(&mut self, shared: &Shared, id: &str) {
        if let Some(b) = shared.clinic.library.battery(id) {
            self.battery = Some(id.into());
            self.chosen = b.tests.clone();
        }
    }

    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared, picker: &mut DevicePicker) -> Option<Run> {
        if let Some(r) = answer(&mut self.pending) {
            match r {
                Ok((context, mass)) => {
                    let battery = match context.episode.as_ref().map(|e| e.kind) {
                        Some(InjuryKind::HamstringStrain) => Some("hamstring_strain"),
                        Some(InjuryKind::ProximalHamstringTendinopathy) => Some("proximal_hamstring_tendinopathy"),
                        Some(InjuryKind::GlutealTendinopathy) => Some("glute_hip"),
                        _ => None,
                    };
                    self.mass = mass
                        .or(context.athlete.body_mass_kg)
                        .map(|m| numbers::style().number_trimmed(m, 3))
                        .unwrap_or_default();
                    self.context = Some(context);
                    if let Some(b) = battery {
                        self.choose_battery(shared, b);
                    }
                }
                Err(e) => self.error = Some(e),
            }
        }
        if let Some(r) = answer(&mut self.creating) {
            match r {
                Ok((visit_id, recorded, held, notes)) => {
                    let mut context = self.context.clone()?;
                    let tests: Vec<_> =
                        shared.clinic.library.tests.iter().filter(|t| self.chosen.contains(&t.id)).cloned().collect();
                    let mut steps = plan(&tests, context.involved);
                    if let Some((_, date)) = &self.resume {
                        context.earlier = Some(super::EarlierVisit { date: date.clone(), trials: held });
                        mark_recorded(&mut steps, &recorded);
                        mark_not_done_from(&mut steps, &notes);
                        return Some(Run::resume(visit_id, context, steps));
                    }
                    shared.prefs.clinician = self.clinician.clone();
                    let _ = shared.prefs.save(&shared.options.data_dir);
                    return Some(Run::new(visit_id, context, steps));
                }
                Err(e) => self.error = Some(e),
            }
        }
        let Some(context) = self.context.clone() else {
            match &self.error {
                Some(e) => ui.label(RichText::new(e).color(theme::RED)),
                None => ui.spinner(),
            };
            return None;
        };
        ui.heading(fl!("session-heading", athlete = context.athlete.full_name()));
        self.abandoned_notice(ui, shared);
        if let Some(e) = &context.episode {
            ui.label(fl!(
                "session-current-injury",
                injury = e.summary(crate::i18n::loader()),
                date = numbers::date(e.injury_date)
            ));
        }
        ui.separator();
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.label(RichText::new(fl!("session-tests")).strong().size(18.0));
            ui.horizontal_wrapped(|ui| {
                let batteries: Vec<(String, String)> = shared
                    .clinic
                    .library
                    .batteries
                    .iter()
                    .map(|b| (b.id.clone(), b.shown_name(crate::i18n::loader())))
                    .collect();
                for (id, name) in batteries {
                    if ui
                        .selectable_label(
                            self.battery.as_deref() == Some(id.as_str()),
                            fl!("session-battery", battery = name),
                        )
                        .clicked()
                    {
                        self.choose_battery(shared, &id);
                    }
                }
            });
            egui::Grid::new("tests").num_columns(3).spacing([16.0, 4.0]).show(ui, |ui| {
                for test in &shared.clinic.library.tests {
                    let mut on = self.chosen.contains(&test.id);
                    if ui.checkbox(&mut on, test.shown_name(crate::i18n::loader())).changed() {
                        self.battery = None;
                        if on {
                            self.chosen.push(test.id.clone());
                        } else {
                            self.chosen.retain(|t| t != &test.id);
                        }
                    }
                    ui.label(RichText::new(test.device.label(crate::i18n::loader())).weak());
                    ui.label(
                        RichText::new(if test.both_at_once() {
                            fl!("session-both-legs-at-once")
                        } else {
                            fl!("session-one-leg-at-a-time")
                        })
                        .weak(),
                    );
                    ui.end_row();
                }
            });
            ui.add_space(10.0);
            ui.label(RichText::new(fl!("session-visit")).strong().size(18.0));
            if let Some((_, date)) = &self.resume {
                ui.label(
                    RichText::new(fl!("session-going-on-with-visit", date = date.clone()))
                        .color(theme::AMBER)
                        .size(17.0),
                );
            } else {
                if let Some((visit_id, date, trials)) = context.visit_today.clone() {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(fl!(
                                "session-visit-today",
                                athlete = context.athlete.full_name(),
                                date = date.clone(),
                                count = trials
                            ))
                            .size(17.0),
                        );
                        if ui
                            .button(fl!("session-add-to-todays-visit"))
                            .on_hover_text(fl!("session-add-to-todays-visit-tip"))
                            .clicked()
                        {
                            self.resume = Some((visit_id, date));
                        }
                        ui.label(RichText::new(fl!("session-or-new-visit")).weak());
                    });
                }
                self.visit_fields(ui, &context);
            }
            ui.add_space(10.0);
            ui.label(RichText::new(fl!("session-device")).strong().size(18.0));
            picker.show(ui, shared);
            ui.add_space(16.0);
            if let Some(e) = &self.error {
                ui.label(RichText::new(e).color(theme::RED));
            }
            let ready = !self.chosen.is_empty() && self.creating.is_none();
            let label = if self.resume.is_some() { fl!("session-resume") } else { fl!("session-start") };
            let start = ui.add_enabled(ready, egui::Button::new(RichText::new(label).size(20.0)));
            if self.chosen.is_empty() {
                ui.label(RichText::new(fl!("session-choose-a-test")).weak());
            }
            if start.clicked() {
                if let Some((visit_id, _)) = self.resume {
                    self.creating = Some(shared.clinic.worker.run(move |s| {
                        let trials = s.trials_of_visit(visit_id).map_err(|e| store_error_text(&e))?;
                        let recorded = trials
                            .iter()
                            .filter(|t| t.accepted)
                            .map(|t| (t.meta.test_id.clone(), t.meta.side, t.id))
                            .collect();
                        let notes = s.visit(visit_id).map_err(|e| store_error_text(&e))?.notes;
                        Ok((visit_id, recorded, trials.iter().map(|t| t.id).collect(), notes))
                    }));
                } else {
                    match self.visit(&context) {
                        Ok(visit) => {
                            self.creating = Some(shared.clinic.worker.run(move |s| {
                                s.add_visit(&visit)
                                    .map(|id| (id, Vec::new(), Vec::new(), String::new()))
                                    .map_err(|e| store_error_text(&e))
                            }))
                        }
                        Err(e) => self.error = Some(e),
                    }
                }
            }
        });
        None
    }

    /// The new visit's details: body mass, clinician, notes, questionnaires.
    fn visit_fields(&mut self, ui: &mut egui::Ui, context: &SessionContext) {
        egui::Grid::new("visit").num_columns(2).spacing([16.0, 6.0]).show(ui, |ui| {
            let text_field = crate::app::screens::athlete::text_field;
            text_field(ui, &fl!("session-body-mass"), &mut self.mass, &fl!("session-body-mass-hint"));
            ui.end_row();
            text_field(ui, &fl!("session-clinician"), &mut self.clinician, &fl!("session-clinician-hint"));
            ui.end_row();
            text_field(ui, &fl!("session-notes"), &mut self.notes, "");
            ui.end_row();
        });
        egui::CollapsingHeader::new(fl!("session-visa-h-and-provocation"))
            .id_salt("visa-h and provocation")
            .default_open(context.episode.as_ref().is_some_and(|e| e.kind == InjuryKind::ProximalHamstringTendinopathy))
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    crate::app::screens::athlete::text_field(
                        ui,
                        &fl!("session-visa-h"),
                        &mut self.visa_h,
                        &fl!("session-visa-h-hint"),
                    );
                    // A citation, as published.
                    ui.label(RichText::new("Cacchio et al. 2014").weak());
                });
                tri_state(ui, &fl!("session-puranen-orava"), &mut self.provocation.puranen_orava);
                tri_state(ui, &fl!("session-bent-knee-stretch"), &mut self.provocation.bent_knee_stretch);
                tri_state(
                    ui,
                    &fl!("session-modified-bent-knee-stretch"),
                    &mut self.provocation.modified_bent_knee_stretch,
                );
                ui.label(RichText::new(fl!("session-provocation-source", source = "Cacchio et al. 2012")).weak());
            });
    }

    fn visit(&self, context: &SessionContext) -> Result<Visit, String> {
        // A typed number, or `not_a_number` with the text typed.
        let number = |text: &str, not_a_number: fn(String) -> String| -> Result<Option<f64>, String> {
            match text.trim() {
                "" => Ok(None),
                t => numbers::parse_number(t).map(Some).ok_or_else(|| not_a_number(t.to_string())),
            }
        };
        let visa_h = match number(&self.visa_h, |text| fl!("session-visa-h-not-a-number", text = text))? {
            None => None,
            Some(v) if (0.0..=100.0).contains(&v) => Some(v.round() as u8),
            Some(v) => {
                return Err(fl!("session-visa-h-out-of-range", value = numbers::style().number_trimmed(v, 3)));
            }
        };
        Ok(Visit {
            id: 0,
            athlete_id: self.athlete_id,
            episode_id: context.episode.as_ref().map(|e| e.id),
            date_time: chrono::Local::now().naive_local().with_nanosecond_zero(),
            body_mass_kg: number(&self.mass, |text| fl!("session-body-mass-not-a-number", text = text))?,
            clinician: self.clinician.trim().to_string(),
            visa_h,
            provocation: self.provocation,
            notes: self.notes.trim().to_string(),
        })
    }
}

trait NoNanos {
    fn with_nanosecond_zero(self) -> Self;
}

impl NoNanos for chrono::NaiveDateTime {
    fn with_nanosecond_zero(self) -> Self {
        use chrono::Timelike;
        self.with_nanosecond(0).unwrap_or(self)
    }
}
