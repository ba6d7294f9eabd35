//! Setting up a session: which tests (a battery or single tests), the visit (body mass,
//! clinician, questionnaires), and the device.

use egui::RichText;

use super::device_panel::DevicePicker;
use super::flow::{mark_not_done_from, mark_recorded};
use super::run::{Abandoned, Run};
use super::{SessionContext, plan};
use crate::app::worker::{Pending, answer};
use crate::app::{Shared, theme};
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
        ui.selectable_value(value, None, "not done");
        ui.selectable_value(value, Some(false), "negative");
        ui.selectable_value(value, Some(true), "positive");
    });
}

/// The athlete, the open episode, the visit of today and the last lever arms, for a session.
fn load(shared: &Shared, athlete_id: i64) -> Pending<(SessionContext, Option<f64>)> {
    shared.clinic.worker.run(move |s| {
        let e = |e: crate::store::StoreError| e.to_string();
        let athlete = s.athlete(athlete_id).map_err(e)?;
        let episode = s.episodes(athlete_id).map_err(e)?.into_iter().rev().find(|e| e.closed_on.is_none());
        let visits = s.visits(athlete_id).map_err(e)?;
        let last_mass = visits.iter().rev().find_map(|v| v.body_mass_kg);
        let today = chrono::Local::now().date_naive();
        let visit_today = match visits.iter().rev().find(|v| v.date_time.date() == today) {
            Some(v) => Some((
                v.id,
                v.date_time.format("%Y-%m-%d %H:%M").to_string(),
                s.trials_of_visit(v.id).map_err(e)?.len(),
            )),
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
                Err(e) => self.error = Some(format!("The session was not abandoned: {e}")),
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
                Err(e) => self.error = Some(format!("Not restored: {e}")),
            }
        }
        let Some(done) = &self.abandoned else { return };
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&done.text).color(theme::AMBER).size(17.0));
            if let Some(visit) = done.restorable_visit
                && ui
                    .add_enabled(self.restoring.is_none(), egui::Button::new("Undo"))
                    .on_hover_text("bring the visit back with its trials")
                    .clicked()
            {
                self.restoring = Some(shared.clinic.worker.run(move |s| {
                    let library = s.test_library().map_err(|e| e.to_string())?;
                    let restored = s.restore_visit(visit).map_err(|e| e.to_string())?;
                    Ok(format!(
                        "Restored the visit of {} {}.",
                        restored.visit.date_time.format("%Y-%m-%d %H:%M"),
                        restored.with_its_trials(&library)
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
                    self.mass = mass.or(context.athlete.body_mass_kg).map(|m| m.to_string()).unwrap_or_default();
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
        ui.heading(format!("Test session: {}", context.athlete.full_name()));
        self.abandoned_notice(ui, shared);
        if let Some(e) = &context.episode {
            ui.label(format!("Current injury: {} (since {})", e.summary(), e.injury_date));
        }
        ui.separator();
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.label(RichText::new("Tests").strong().size(18.0));
            ui.horizontal_wrapped(|ui| {
                let batteries: Vec<(String, String)> =
                    shared.clinic.library.batteries.iter().map(|b| (b.id.clone(), b.name.clone())).collect();
                for (id, name) in batteries {
                    if ui
                        .selectable_label(self.battery.as_deref() == Some(id.as_str()), format!("Battery: {name}"))
                        .clicked()
                    {
                        self.choose_battery(shared, &id);
                    }
                }
            });
            egui::Grid::new("tests").num_columns(3).spacing([16.0, 4.0]).show(ui, |ui| {
                for test in &shared.clinic.library.tests {
                    let mut on = self.chosen.contains(&test.id);
                    if ui.checkbox(&mut on, &test.name).changed() {
                        self.battery = None;
                        if on {
                            self.chosen.push(test.id.clone());
                        } else {
                            self.chosen.retain(|t| t != &test.id);
                        }
                    }
                    ui.label(RichText::new(test.device.label()).weak());
                    ui.label(
                        RichText::new(if test.both_at_once() { "both legs at once" } else { "one leg at a time" })
                            .weak(),
                    );
                    ui.end_row();
                }
            });
            ui.add_space(10.0);
            ui.label(RichText::new("Visit").strong().size(18.0));
            if let Some((_, date)) = &self.resume {
                ui.label(
                    RichText::new(format!(
                        "Going on with the visit of {date}: the trials it holds count as done, the tests its notes \
                         say were not done as not done; choose the tests and the device."
                    ))
                    .color(theme::AMBER)
                    .size(17.0),
                );
            } else {
                if let Some((visit_id, date, trials)) = context.visit_today.clone() {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(format!(
                                "{} has a visit today ({date}, {trials} trials).",
                                context.athlete.full_name()
                            ))
                            .size(17.0),
                        );
                        if ui
                            .button("Add to today's visit")
                            .on_hover_text(
                                "the tests of this session join that visit: its results (H:Q, asymmetry, clearance) \
                                 are read together",
                            )
                            .clicked()
                        {
                            self.resume = Some((visit_id, date));
                        }
                        ui.label(RichText::new("or fill in a new visit below").weak());
                    });
                }
                self.visit_fields(ui, &context);
            }
            ui.add_space(10.0);
            ui.label(RichText::new("Device").strong().size(18.0));
            picker.show(ui, shared);
            ui.add_space(16.0);
            if let Some(e) = &self.error {
                ui.label(RichText::new(e).color(theme::RED));
            }
            let ready = !self.chosen.is_empty() && self.creating.is_none();
            let label = if self.resume.is_some() { "Resume session" } else { "Start session" };
            let start = ui.add_enabled(ready, egui::Button::new(RichText::new(label).size(20.0)));
            if self.chosen.is_empty() {
                ui.label(RichText::new("Choose at least one test.").weak());
            }
            if start.clicked() {
                if let Some((visit_id, _)) = self.resume {
                    self.creating = Some(shared.clinic.worker.run(move |s| {
                        let trials = s.trials_of_visit(visit_id).map_err(|e| e.to_string())?;
                        let recorded = trials
                            .iter()
                            .filter(|t| t.accepted)
                            .map(|t| (t.meta.test_id.clone(), t.meta.side, t.id))
                            .collect();
                        let notes = s.visit(visit_id).map_err(|e| e.to_string())?.notes;
                        Ok((visit_id, recorded, trials.iter().map(|t| t.id).collect(), notes))
                    }));
                } else {
                    match self.visit(&context) {
                        Ok(visit) => {
                            self.creating = Some(shared.clinic.worker.run(move |s| {
                                s.add_visit(&visit)
                                    .map(|id| (id, Vec::new(), Vec::new(), String::new()))
                                    .map_err(|e| e.to_string())
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
            crate::app::screens::athlete::text_field(ui, "Body mass (kg)", &mut self.mass, "for N/kg");
            ui.end_row();
            crate::app::screens::athlete::text_field(ui, "Clinician", &mut self.clinician, "your name");
            ui.end_row();
            crate::app::screens::athlete::text_field(ui, "Notes", &mut self.notes, "");
            ui.end_row();
        });
        egui::CollapsingHeader::new("VISA-H and provocation tests")
            .default_open(context.episode.as_ref().is_some_and(|e| e.kind == InjuryKind::ProximalHamstringTendinopathy))
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    crate::app::screens::athlete::text_field(ui, "VISA-H (0-100)", &mut self.visa_h, "total score");
                    ui.label(RichText::new("Cacchio et al. 2014").weak());
                });
                tri_state(ui, "Puranen-Orava", &mut self.provocation.puranen_orava);
                tri_state(ui, "Bent-knee stretch", &mut self.provocation.bent_knee_stretch);
                tri_state(ui, "Modified bent-knee stretch", &mut self.provocation.modified_bent_knee_stretch);
                ui.label(RichText::new("Provocation tests after Cacchio et al. 2012").weak());
            });
    }

    fn visit(&self, context: &SessionContext) -> Result<Visit, String> {
        let number = |text: &str, what: &str| -> Result<Option<f64>, String> {
            match text.trim() {
                "" => Ok(None),
                t => t.replace(',', ".").parse::<f64>().map(Some).map_err(|_| format!("{what} '{t}' is not a number")),
            }
        };
        let visa_h = match number(&self.visa_h, "VISA-H")? {
            None => None,
            Some(v) if (0.0..=100.0).contains(&v) => Some(v.round() as u8),
            Some(v) => return Err(format!("VISA-H {v} is outside 0-100")),
        };
        Ok(Visit {
            id: 0,
            athlete_id: self.athlete_id,
            episode_id: context.episode.as_ref().map(|e| e.id),
            date_time: chrono::Local::now().naive_local().with_nanosecond_zero(),
            body_mass_kg: number(&self.mass, "body mass")?,
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
