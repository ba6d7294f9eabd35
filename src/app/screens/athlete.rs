//! One athlete: profile, injury episodes, visits; add and edit; archive.

use chrono::NaiveDate;
use egui::RichText;

use crate::app::worker::{Pending, answer};
use crate::app::{Go, Shared};
use crate::model::validation::{Problem, athlete_problems, episode_problems, parse_date_field, parse_number_field};
use crate::model::{Athlete, HamstringLocation, InjuryEpisode, InjuryKind, Sex, Side, Visit};
use crate::store::{DeletedVisit, KEEP_DELETED_DAYS};

#[derive(Clone)]
struct Page {
    athlete: Athlete,
    episodes: Vec<InjuryEpisode>,
    visits: Vec<Visit>,
    /// Visits deleted and still restorable, the latest deleted first.
    deleted: Vec<DeletedVisit>,
}

#[derive(Default)]
pub struct AthleteScreen {
    loaded_for: Option<i64>,
    /// The clinic generation the page was read at (a visit saved, deleted or restored since
    /// reloads it).
    loaded_generation: u64,
    pending: Option<Pending<Page>>,
    page: Option<Page>,
    form: Option<AthleteForm>,
    episode_form: Option<EpisodeForm>,
    saving: Option<Pending<i64>>,
    /// A deleted visit being restored: what is said when it is back.
    restoring: Option<Pending<String>>,
    error: Option<String>,
}

struct AthleteForm {
    athlete: Athlete,
    dob: String,
    mass: String,
    /// Save was pressed: problems are shown (and go as they are fixed).
    tried: bool,
    /// What the database answered, if it refused.
    error: Option<String>,
}

impl AthleteForm {
    /// The athlete as typed, or every problem with it.
    fn checked(&self, today: NaiveDate) -> Result<Athlete, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut a = self.athlete.clone();
        match parse_date_field("Date of birth", &self.dob) {
            Ok(d) => a.date_of_birth = d,
            Err(p) => problems.push(p),
        }
        match parse_number_field("Body mass (kg)", &self.mass, "72.5") {
            Ok(m) => a.body_mass_kg = m,
            Err(p) => problems.push(p),
        }
        problems.extend(athlete_problems(&a, today));
        if problems.is_empty() { Ok(a) } else { Err(problems) }
    }
}

struct EpisodeForm {
    episode: InjuryEpisode,
    injury_date: String,
    tried: bool,
    error: Option<String>,
}

impl EpisodeForm {
    /// The episode as typed, or every problem with it (a pre-injury baseline among `visits`
    /// must be before the injury date).
    fn checked(
        &self,
        date_of_birth: Option<NaiveDate>,
        today: NaiveDate,
        visits: &[Visit],
    ) -> Result<InjuryEpisode, Vec<Problem>> {
        let mut e = self.episode.clone();
        match parse_date_field("Injury date", &self.injury_date) {
            Ok(Some(d)) => e.injury_date = d,
            Ok(None) => return Err(vec![Problem::new("Injury date", "the injury date is needed")]),
            Err(p) => return Err(vec![p]),
        }
        let mut problems = episode_problems(&e, date_of_birth, today);
        if let Some(baseline) = e.baseline_visit_id.and_then(|id| visits.iter().find(|v| v.id == id))
            && baseline.date_time.date() >= e.injury_date
        {
            problems.push(Problem::new(
                "Pre-injury baseline",
                format!(
                    "the visit of {} is not before the injury date {}: a pre-injury baseline is a visit before the injury",
                    baseline.date_time.date(),
                    e.injury_date
                ),
            ));
        }
        if problems.is_empty() { Ok(e) } else { Err(problems) }
    }

    /// The injury date typed, if it reads as one.
    fn injury_date(&self) -> Option<NaiveDate> {
        parse_date_field("Injury date", &self.injury_date).ok().flatten()
    }
}

/// The problems of `field`, in red beside it (or an empty cell).
fn problem_cell(ui: &mut egui::Ui, problems: &[Problem], field: &str) {
    let text: Vec<&str> = problems.iter().filter(|p| p.field == field).map(|p| p.text.as_str()).collect();
    if text.is_empty() {
        ui.label("");
    } else {
        ui.label(RichText::new(text.join("; ")).color(crate::app::theme::RED));
    }
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A labelled single-line text field.
pub fn text_field(ui: &mut egui::Ui, label: &str, value: &mut String, hint: &str) -> egui::Response {
    let l = ui.label(label);
    ui.add(egui::TextEdit::singleline(value).hint_text(hint).desired_width(240.0)).labelled_by(l.id)
}

impl AthleteScreen {
    fn load(&mut self, shared: &mut Shared, id: i64) {
        self.loaded_for = Some(id);
        self.loaded_generation = shared.clinic.generation;
        self.page = None;
        self.form = None;
        self.episode_form = None;
        self.error = None;
        if id == 0 {
            self.form = Some(AthleteForm {
                athlete: Athlete::new("", ""),
                dob: String::new(),
                mass: String::new(),
                tried: false,
                error: None,
            });
            return;
        }
        self.pending = Some(shared.clinic.worker.run(move |s| {
            let e = |e: crate::store::StoreError| e.to_string();
            Ok(Page {
                athlete: s.athlete(id).map_err(e)?,
                episodes: s.episodes(id).map_err(e)?,
                visits: s.visits(id).map_err(e)?,
                deleted: s.deleted_visits(Some(id)).map_err(e)?,
            })
        }));
    }

    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared, id: i64) {
        let changed = self.loaded_generation != shared.clinic.generation
            && self.form.is_none()
            && self.episode_form.is_none()
            && self.saving.is_none();
        if self.loaded_for != Some(id) || changed {
            self.load(shared, id);
        }
        if let Some(r) = answer(&mut self.pending) {
            match r {
                Ok(page) => self.page = Some(page),
                Err(e) => self.error = Some(e),
            }
        }
        if let Some(r) = answer(&mut self.saving) {
            match r {
                Ok(saved_id) => {
                    shared.clinic.refresh_athletes();
                    shared.notes.info("Saved.", shared.now);
                    self.loaded_for = None;
                    *shared.go = Some(Go::Athlete(saved_id));
                }
                Err(e) => {
                    if let Some(f) = &mut self.form {
                        f.error = Some(e.clone());
                    } else if let Some(f) = &mut self.episode_form {
                        f.error = Some(e.clone());
                    } else {
                        self.error = Some(e);
                    }
                }
            }
        }
        if let Some(r) = answer(&mut self.restoring) {
            match r {
                Ok(text) => {
                    shared.clinic.refresh_athletes();
                    shared.notes.info(text, shared.now);
                    self.load(shared, id);
                }
                Err(e) => self.error = Some(format!("Not restored: {e}")),
            }
        }
        if let Some(e) = &self.error {
            ui.label(RichText::new(e).color(crate::app::theme::RED));
        }
        if self.form.is_some() {
            self.athlete_form(ui, shared);
            return;
        }
        if self.episode_form.is_some() {
            self.episode_form(ui, shared, id);
            return;
        }
        let Some(page) = self.page.clone() else {
            ui.spinner();
            return;
        };
        self.page_view(ui, shared, &page);
    }

    fn page_view(&mut self, ui: &mut egui::Ui, shared: &mut Shared, page: &Page) {
        let a = &page.athlete;
        ui.horizontal(|ui| {
            ui.heading(a.full_name());
            if a.archived {
                ui.label(RichText::new("archived").weak());
            }
        });
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new("▶ New test session").size(18.0))
                .on_hover_text("test this athlete now")
                .clicked()
            {
                *shared.go = Some(Go::Test(a.id));
            }
            if ui.button("Edit profile").clicked() {
                self.form = Some(AthleteForm {
                    athlete: a.clone(),
                    dob: a.date_of_birth.map(|d| d.to_string()).unwrap_or_default(),
                    mass: a.body_mass_kg.map(|m| m.to_string()).unwrap_or_default(),
                    tried: false,
                    error: None,
                });
            }
            let archive = if a.archived { "Unarchive" } else { "Archive" };
            if ui
                .button(archive)
                .on_hover_text("archived athletes are hidden from the list; nothing is deleted")
                .clicked()
            {
                let (id, to) = (a.id, !a.archived);
                self.saving = Some(
                    shared.clinic.worker.run(move |s| s.set_archived(id, to).map(|_| id).map_err(|e| e.to_string())),
                );
            }
        });
        ui.separator();
        egui::Grid::new("profile").num_columns(2).spacing([16.0, 6.0]).show(ui, |ui| {
            let row = |ui: &mut egui::Ui, k: &str, v: String| {
                ui.label(RichText::new(k).weak());
                ui.label(v);
                ui.end_row();
            };
            row(ui, "Date of birth", a.date_of_birth.map_or("-".into(), |d| d.to_string()));
            row(ui, "Sex", a.sex.map_or("-".into(), |s| s.id().into()));
            row(ui, "Dominant leg", a.dominant_leg.map_or("-".into(), |s| s.id().into()));
            row(ui, "Sport", a.sport.clone().unwrap_or_else(|| "-".into()));
            row(ui, "Body mass", a.body_mass_kg.map_or("-".into(), |m| format!("{m} kg")));
            row(ui, "External id", a.external_id.clone().unwrap_or_else(|| "-".into()));
            if !a.notes.is_empty() {
                row(ui, "Notes", a.notes.clone());
            }
        });
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            ui.label(RichText::new("Injury episodes").strong().size(18.0));
            if ui.button("➕ Add episode").clicked() {
                let today = chrono::Local::now().date_naive();
                self.episode_form = Some(EpisodeForm {
                    episode: InjuryEpisode {
                        id: 0,
                        athlete_id: a.id,
                        kind: InjuryKind::HamstringStrain,
                        side: Some(Side::Left),
                        grade: None,
                        location: None,
                        injury_date: today,
                        baseline_visit_id: None,
                        closed_on: None,
                        notes: String::new(),
                    },
                    injury_date: today.to_string(),
                    tried: false,
                    error: None,
                });
            }
        });
        if page.episodes.is_empty() {
            ui.label("None recorded.");
        }
        for e in page.episodes.iter().rev() {
            ui.horizontal(|ui| {
                ui.label(format!(
                    "{} · injured {}{}{}",
                    e.summary(),
                    e.injury_date,
                    e.baseline_visit_id
                        .map(|v| {
                            let date = page
                                .visits
                                .iter()
                                .find(|x| x.id == v)
                                .map_or(format!("visit {v}"), |x| x.date_time.format("%Y-%m-%d").to_string());
                            format!(" · pre-injury baseline {date}")
                        })
                        .unwrap_or_default(),
                    e.closed_on.map(|d| format!(" · cleared {d}")).unwrap_or_default()
                ));
                if ui.small_button("Edit").clicked() {
                    self.episode_form = Some(EpisodeForm {
                        episode: e.clone(),
                        injury_date: e.injury_date.to_string(),
                        tried: false,
                        error: None,
                    });
                }
            });
        }
        // The open episode's return-to-sport status, as in the athlete list (a link to the
        // checklist).
        if let Some(row) = shared.clinic.athletes.iter().find(|r| r.athlete.id == a.id).cloned()
            && row.episode.as_ref().is_some_and(|e| e.closed_on.is_none())
        {
            ui.horizontal(|ui| {
                ui.label(RichText::new("Return to sport").weak());
                if super::athletes::AthletesScreen::return_to_sport(ui, shared.clinic, &row, shared.prefs.unit) {
                    *shared.go = Some(Go::Clearance(a.id));
                }
            });
        }
        ui.add_space(12.0);
        ui.label(RichText::new(format!("Visits ({})", page.visits.len())).strong().size(18.0));
        egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
            for v in page.visits.iter().rev() {
                let text = format!(
                    "{} · {}{}{}",
                    v.date_time.format("%Y-%m-%d %H:%M"),
                    v.body_mass_kg.map_or("-".into(), |m| format!("{m} kg")),
                    v.visa_h.map(|s| format!(" · VISA-H {s}")).unwrap_or_default(),
                    if v.notes.is_empty() { String::new() } else { format!(" · {}", v.notes) }
                );
                // Each visit opens the history at it: its results and its trials' curves.
                if ui.link(text).on_hover_text("open the history at this visit").clicked() {
                    *shared.go = Some(Go::Visit(a.id, v.id));
                }
            }
        });
        self.deleted_visits(ui, shared, page);
    }

    /// The visits deleted in the last [`KEEP_DELETED_DAYS`] days, each with what it holds and a
    /// Restore button.
    fn deleted_visits(&mut self, ui: &mut egui::Ui, shared: &mut Shared, page: &Page) {
        if page.deleted.is_empty() {
            return;
        }
        ui.add_space(12.0);
        ui.label(RichText::new(format!("Recently deleted visits (restorable for {KEEP_DELETED_DAYS} days)")).strong());
        for d in &page.deleted {
            let date = d.visit.date_time.format("%Y-%m-%d %H:%M").to_string();
            ui.horizontal_wrapped(|ui| {
                ui.label(format!(
                    "{date} · {} · deleted {}, restorable until {}",
                    d.trials_text(&shared.clinic.library),
                    d.deleted_at.format("%Y-%m-%d %H:%M"),
                    d.restorable_until()
                ));
                let visit = d.visit.id;
                if ui
                    .add_enabled(self.restoring.is_none(), egui::Button::new(format!("Restore the visit of {date}")))
                    .clicked()
                {
                    self.restoring = Some(shared.clinic.worker.run(move |s| {
                        let library = s.test_library().map_err(|e| e.to_string())?;
                        let restored = s.restore_visit(visit).map_err(|e| e.to_string())?;
                        Ok(format!("Restored the visit of {date} {}.", restored.with_its_trials(&library)))
                    }));
                }
            });
        }
    }

    fn athlete_form(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        let Some(form) = &mut self.form else { return };
        ui.heading(if form.athlete.id == 0 { "New athlete" } else { "Edit athlete" });
        // Every problem at once, beside its field, once Save was pressed; each goes when fixed.
        let checked = form.checked(today());
        let problems: Vec<Problem> = match (&checked, form.tried) {
            (Err(p), true) => p.clone(),
            _ => Vec::new(),
        };
        egui::Grid::new("athlete_form").num_columns(3).spacing([16.0, 8.0]).show(ui, |ui| {
            text_field(ui, "Given name", &mut form.athlete.given_name, "");
            problem_cell(ui, &problems, "Given name");
            ui.end_row();
            text_field(ui, "Family name", &mut form.athlete.family_name, "");
            problem_cell(ui, &problems, "Family name");
            ui.end_row();
            text_field(ui, "Date of birth", &mut form.dob, "YYYY-MM-DD");
            problem_cell(ui, &problems, "Date of birth");
            ui.end_row();
            let l = ui.label("Sex");
            egui::ComboBox::from_id_salt("sex")
                .selected_text(form.athlete.sex.map_or("-", |s| s.id()))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut form.athlete.sex, None, "-");
                    for s in Sex::ALL {
                        ui.selectable_value(&mut form.athlete.sex, Some(s), s.id());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            let l = ui.label("Dominant leg");
            egui::ComboBox::from_id_salt("dominant")
                .selected_text(form.athlete.dominant_leg.map_or("-", |s| s.id()))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut form.athlete.dominant_leg, None, "-");
                    ui.selectable_value(&mut form.athlete.dominant_leg, Some(Side::Left), "left");
                    ui.selectable_value(&mut form.athlete.dominant_leg, Some(Side::Right), "right");
                })
                .response
                .labelled_by(l.id);
            problem_cell(ui, &problems, "Dominant leg");
            ui.end_row();
            let mut sport = form.athlete.sport.clone().unwrap_or_default();
            text_field(ui, "Sport", &mut sport, "");
            form.athlete.sport = (!sport.trim().is_empty()).then_some(sport);
            ui.end_row();
            text_field(ui, "Body mass (kg)", &mut form.mass, "e.g. 72.5");
            problem_cell(ui, &problems, "Body mass (kg)");
            ui.end_row();
            let mut external = form.athlete.external_id.clone().unwrap_or_default();
            text_field(ui, "External id", &mut external, "optional");
            form.athlete.external_id = (!external.trim().is_empty()).then_some(external);
            ui.end_row();
            text_field(ui, "Notes", &mut form.athlete.notes, "");
            ui.end_row();
        });
        if !problems.is_empty() {
            ui.label(
                RichText::new(format!("Not saved: {} to fix (beside the fields).", problems.len()))
                    .color(crate::app::theme::RED),
            );
        }
        if let Some(e) = &form.error {
            ui.label(RichText::new(e).color(crate::app::theme::RED));
        }
        let (save, cancel) = ui
            .horizontal(|ui| {
                (ui.button(RichText::new("Save athlete").size(18.0)).clicked(), ui.button("Cancel").clicked())
            })
            .inner;
        if save {
            form.tried = true;
            form.error = None;
            if let Ok(a) = checked {
                self.saving = Some(shared.clinic.worker.run(move |s| {
                    if a.id == 0 {
                        s.add_athlete(&a).map_err(|e| e.to_string())
                    } else {
                        s.update_athlete(&a).map(|_| a.id).map_err(|e| e.to_string())
                    }
                }))
            }
        }
        if cancel {
            if form.athlete.id == 0 {
                *shared.go = Some(Go::Screen(crate::app::Screen::Athletes));
            }
            self.form = None;
        }
    }

    fn episode_form(&mut self, ui: &mut egui::Ui, shared: &mut Shared, athlete_id: i64) {
        let visits = self.page.as_ref().map(|p| p.visits.clone()).unwrap_or_default();
        let date_of_birth = self.page.as_ref().and_then(|p| p.athlete.date_of_birth);
        let Some(form) = &mut self.episode_form else { return };
        ui.heading(if form.episode.id == 0 { "New injury episode" } else { "Edit injury episode" });
        let checked = form.checked(date_of_birth, today(), &visits);
        // Only a visit before the injury can be its pre-injury baseline.
        let injury_date = form.injury_date();
        let before_injury: Vec<&Visit> =
            visits.iter().filter(|v| injury_date.is_some_and(|d| v.date_time.date() < d)).collect();
        let problems: Vec<Problem> = match (&checked, form.tried) {
            (Err(p), true) => p.clone(),
            _ => Vec::new(),
        };
        let e = &mut form.episode;
        egui::Grid::new("episode_form").num_columns(3).spacing([16.0, 8.0]).show(ui, |ui| {
            let l = ui.label("Injury");
            egui::ComboBox::from_id_salt("kind")
                .selected_text(e.kind.label())
                .show_ui(ui, |ui| {
                    for k in InjuryKind::ALL {
                        ui.selectable_value(&mut e.kind, k, k.label());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            let l = ui.label("Side");
            egui::ComboBox::from_id_salt("episode_side")
                .selected_text(e.side.map_or("-", |s| s.id()))
                .show_ui(ui, |ui| {
                    for s in [Side::Left, Side::Right, Side::Both] {
                        ui.selectable_value(&mut e.side, Some(s), s.id());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            let mut grade = e.grade.clone().unwrap_or_default();
            text_field(ui, "Grade", &mut grade, "e.g. BAMIC 2b");
            e.grade = (!grade.trim().is_empty()).then_some(grade);
            ui.end_row();
            let l = ui.label("Location");
            egui::ComboBox::from_id_salt("location")
                .selected_text(e.location.map_or("-", |l| l.label()))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut e.location, None, "-");
                    for loc in HamstringLocation::ALL {
                        ui.selectable_value(&mut e.location, Some(loc), loc.label());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            text_field(ui, "Injury date", &mut form.injury_date, "YYYY-MM-DD");
            problem_cell(ui, &problems, "Injury date");
            ui.end_row();
            let l = ui.label("Pre-injury baseline");
            egui::ComboBox::from_id_salt("baseline")
                .selected_text(e.baseline_visit_id.map_or("none".into(), |id| {
                    visits
                        .iter()
                        .find(|v| v.id == id)
                        .map_or(format!("visit {id}"), |v| v.date_time.format("%Y-%m-%d").to_string())
                }))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut e.baseline_visit_id, None, "none");
                    for v in &before_injury {
                        ui.selectable_value(
                            &mut e.baseline_visit_id,
                            Some(v.id),
                            v.date_time.format("%Y-%m-%d").to_string(),
                        );
                    }
                })
                .response
                .labelled_by(l.id)
                .on_hover_text("a visit before the injury whose results are the athlete's own normal");
            problem_cell(ui, &problems, "Pre-injury baseline");
            ui.end_row();
            // Set by a sign-off of a cleared evaluation (Clearance), never typed here.
            ui.label("Cleared on");
            ui.label(
                RichText::new(e.closed_on.map_or("not cleared: a sign-off on Clearance sets this".into(), |d| {
                    format!("{d} (set by its sign-off)")
                }))
                .weak(),
            );
            problem_cell(ui, &problems, "Cleared on");
            ui.end_row();
            text_field(ui, "Notes", &mut e.notes, "");
            ui.end_row();
        });
        if !problems.is_empty() {
            ui.label(
                RichText::new(format!("Not saved: {} to fix (beside the fields).", problems.len()))
                    .color(crate::app::theme::RED),
            );
        }
        if let Some(err) = &form.error {
            ui.label(RichText::new(err).color(crate::app::theme::RED));
        }
        let (save, cancel) = ui
            .horizontal(|ui| {
                (ui.button(RichText::new("Save episode").size(18.0)).clicked(), ui.button("Cancel").clicked())
            })
            .inner;
        if save {
            form.tried = true;
            form.error = None;
            if let Ok(mut e) = checked {
                e.athlete_id = athlete_id;
                self.saving = Some(shared.clinic.worker.run(move |s| {
                    let saved = if e.id == 0 { s.add_episode(&e).map(|_| ()) } else { s.update_episode(&e) };
                    saved.map(|_| e.athlete_id).map_err(|x| x.to_string())
                }))
            }
        }
        if cancel {
            self.episode_form = None;
        }
    }
}
