//! The athlete's forms: the profile and an injury episode, each problem shown beside its field
//! (all at once once Save was pressed, each gone when fixed), and what the store answered.

use chrono::NaiveDate;
use egui::RichText;

use super::{sex_word, side_word, text_field, today, tr};
use crate::app::widgets::store_error_text;
use crate::app::{Go, Shared};
use crate::fl;
use crate::i18n::numbers;
use crate::model::validation::{Problem, athlete_problems, episode_problems, parse_date_field, parse_number_field};
use crate::model::{Athlete, HamstringLocation, InjuryEpisode, InjuryKind, Sex, Side, Visit};

pub(super) struct AthleteForm {
    pub(super) athlete: Athlete,
    /// The athlete's row version when the form was opened (`None`: a new athlete).
    pub(super) version: Option<i64>,
    pub(super) dob: String,
    pub(super) mass: String,
    /// Save was pressed: problems are shown (and go as they are fixed).
    pub(super) tried: bool,
    /// What the database answered, if it refused.
    pub(super) error: Option<String>,
}

impl AthleteForm {
    /// The athlete as typed, or every problem with it.
    pub(super) fn checked(&self, today: NaiveDate) -> Result<Athlete, Vec<Problem>> {
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

pub(super) struct EpisodeForm {
    pub(super) episode: InjuryEpisode,
    /// The episode's row version when the form was opened (`None`: a new episode).
    pub(super) version: Option<i64>,
    pub(super) injury_date: String,
    pub(super) tried: bool,
    pub(super) error: Option<String>,
}

impl EpisodeForm {
    /// The episode as typed, or every problem with it (a pre-injury baseline among `visits`
    /// must be before the injury date).
    pub(super) fn checked(
        &self,
        date_of_birth: Option<NaiveDate>,
        today: NaiveDate,
        visits: &[Visit],
    ) -> Result<InjuryEpisode, Vec<Problem>> {
        let mut e = self.episode.clone();
        match parse_date_field("Injury date", &self.injury_date) {
            Ok(Some(d)) => e.injury_date = d,
            Ok(None) => return Err(vec![Problem::new("Injury date", fl!("athlete-problem-injury-date-needed"))]),
            Err(p) => return Err(vec![p]),
        }
        let mut problems = episode_problems(&e, date_of_birth, today);
        if let Some(baseline) = e.baseline_visit_id.and_then(|id| visits.iter().find(|v| v.id == id))
            && baseline.date_time.date() >= e.injury_date
        {
            problems.push(Problem::new(
                "Pre-injury baseline",
                fl!(
                    "athlete-problem-baseline-after-injury",
                    visit = numbers::date(baseline.date_time.date()),
                    injury = numbers::date(e.injury_date)
                ),
            ));
        }
        if problems.is_empty() { Ok(e) } else { Err(problems) }
    }

    /// The injury date typed, if it reads as one.
    pub(super) fn injury_date(&self) -> Option<NaiveDate> {
        parse_date_field("Injury date", &self.injury_date).ok().flatten()
    }
}

/// The problems of `field` (the field's key in [`Problem::field`], its English label), in red
/// beside it (or an empty cell).
fn problem_cell(ui: &mut egui::Ui, problems: &[Problem], field: &str) {
    let text: Vec<&str> = problems.iter().filter(|p| p.field == field).map(|p| p.text.as_str()).collect();
    if text.is_empty() {
        ui.label("");
    } else {
        ui.label(RichText::new(text.join("; ")).color(crate::app::theme::RED));
    }
}

impl super::AthleteScreen {
    pub(super) fn athlete_form(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        let Some(form) = &mut self.form else { return };
        ui.heading(if form.athlete.id == 0 { fl!("athlete-form-new") } else { fl!("athlete-form-edit") });
        // Every problem at once, beside its field, once Save was pressed; each goes when fixed.
        let checked = form.checked(today());
        let problems: Vec<Problem> = match (&checked, form.tried) {
            (Err(p), true) => p.clone(),
            _ => Vec::new(),
        };
        egui::Grid::new("athlete_form").num_columns(3).spacing([16.0, 8.0]).show(ui, |ui| {
            text_field(ui, &fl!("athlete-given-name"), &mut form.athlete.given_name, "");
            problem_cell(ui, &problems, "Given name");
            ui.end_row();
            text_field(ui, &fl!("athlete-family-name"), &mut form.athlete.family_name, "");
            problem_cell(ui, &problems, "Family name");
            ui.end_row();
            text_field(ui, &fl!("athlete-date-of-birth"), &mut form.dob, numbers::style().date_order.hint());
            problem_cell(ui, &problems, "Date of birth");
            ui.end_row();
            let l = ui.label(fl!("athlete-sex"));
            egui::ComboBox::from_id_salt("sex")
                .selected_text(form.athlete.sex.map_or("-".into(), sex_word))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut form.athlete.sex, None, "-");
                    for s in Sex::ALL {
                        ui.selectable_value(&mut form.athlete.sex, Some(s), sex_word(s));
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            let l = ui.label(fl!("athlete-dominant-leg"));
            egui::ComboBox::from_id_salt("dominant")
                .selected_text(form.athlete.dominant_leg.map_or("-".into(), side_word))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut form.athlete.dominant_leg, None, "-");
                    for side in [Side::Left, Side::Right] {
                        ui.selectable_value(&mut form.athlete.dominant_leg, Some(side), side_word(side));
                    }
                })
                .response
                .labelled_by(l.id);
            problem_cell(ui, &problems, "Dominant leg");
            ui.end_row();
            let mut sport = form.athlete.sport.clone().unwrap_or_default();
            text_field(ui, &fl!("athlete-sport"), &mut sport, "");
            form.athlete.sport = (!sport.trim().is_empty()).then_some(sport);
            ui.end_row();
            text_field(
                ui,
                &fl!("athlete-body-mass-kg"),
                &mut form.mass,
                &fl!("athlete-body-mass-hint", example = numbers::num(72.5, 1)),
            );
            problem_cell(ui, &problems, "Body mass (kg)");
            ui.end_row();
            let mut external = form.athlete.external_id.clone().unwrap_or_default();
            text_field(ui, &fl!("athlete-external-id"), &mut external, &fl!("athlete-external-id-hint"));
            form.athlete.external_id = (!external.trim().is_empty()).then_some(external);
            ui.end_row();
            text_field(ui, &fl!("athlete-notes"), &mut form.athlete.notes, "");
            ui.end_row();
        });
        if !problems.is_empty() {
            ui.label(
                RichText::new(fl!("athlete-form-not-saved", problems = problems.len())).color(crate::app::theme::RED),
            );
        }
        if let Some(e) = &form.error {
            ui.label(RichText::new(e).color(crate::app::theme::RED));
        }
        let (save, cancel) = ui
            .horizontal(|ui| {
                (
                    ui.button(RichText::new(fl!("athlete-save")).size(18.0)).clicked(),
                    ui.button(fl!("athlete-cancel")).clicked(),
                )
            })
            .inner;
        if save {
            form.tried = true;
            form.error = None;
            if let Ok(a) = checked {
                let version = form.version;
                self.saving = Some(shared.clinic.worker.run(move |s| {
                    match (a.id, version) {
                        (0, _) => s.add_athlete(&a),
                        (_, Some(v)) => s.update_athlete_if_unchanged(&a, v).map(|_| a.id),
                        (_, None) => s.update_athlete(&a).map(|_| a.id),
                    }
                    .map_err(|e| store_error_text(&e))
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

    pub(super) fn episode_form(&mut self, ui: &mut egui::Ui, shared: &mut Shared, athlete_id: i64) {
        let visits = self.page.as_ref().map(|p| p.visits.clone()).unwrap_or_default();
        let date_of_birth = self.page.as_ref().and_then(|p| p.athlete.date_of_birth);
        let Some(form) = &mut self.episode_form else { return };
        ui.heading(if form.episode.id == 0 {
            fl!("athlete-episode-form-new")
        } else {
            fl!("athlete-episode-form-edit")
        });
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
            let l = ui.label(fl!("athlete-injury"));
            egui::ComboBox::from_id_salt("kind")
                .selected_text(e.kind.label(tr()))
                .show_ui(ui, |ui| {
                    for k in InjuryKind::ALL {
                        ui.selectable_value(&mut e.kind, k, k.label(tr()));
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            let l = ui.label(fl!("athlete-side"));
            egui::ComboBox::from_id_salt("episode_side")
                .selected_text(e.side.map_or("-".into(), side_word))
                .show_ui(ui, |ui| {
                    for s in [Side::Left, Side::Right, Side::Both] {
                        ui.selectable_value(&mut e.side, Some(s), side_word(s));
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            let mut grade = e.grade.clone().unwrap_or_default();
            text_field(ui, &fl!("athlete-grade"), &mut grade, &fl!("athlete-grade-hint"));
            e.grade = (!grade.trim().is_empty()).then_some(grade);
            ui.end_row();
            let l = ui.label(fl!("athlete-location"));
            egui::ComboBox::from_id_salt("location")
                .selected_text(e.location.map_or_else(|| "-".into(), |l| l.label(tr())))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut e.location, None, "-");
                    for loc in HamstringLocation::ALL {
                        ui.selectable_value(&mut e.location, Some(loc), loc.label(tr()));
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            text_field(ui, &fl!("athlete-injury-date"), &mut form.injury_date, numbers::style().date_order.hint());
            problem_cell(ui, &problems, "Injury date");
            ui.end_row();
            let l = ui.label(fl!("athlete-baseline"));
            egui::ComboBox::from_id_salt("baseline")
                .selected_text(e.baseline_visit_id.map_or_else(
                    || fl!("athlete-baseline-none"),
                    |id| {
                        visits
                            .iter()
                            .find(|v| v.id == id)
                            .map_or_else(|| fl!("athlete-visit-id", id = id), |v| numbers::date(v.date_time.date()))
                    },
                ))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut e.baseline_visit_id, None, fl!("athlete-baseline-none"));
                    for v in &before_injury {
                        ui.selectable_value(&mut e.baseline_visit_id, Some(v.id), numbers::date(v.date_time.date()));
                    }
                })
                .response
                .labelled_by(l.id)
                .on_hover_text(fl!("athlete-baseline-tip"));
            problem_cell(ui, &problems, "Pre-injury baseline");
            ui.end_row();
            // Set by a sign-off of a cleared evaluation (Clearance), never typed here.
            ui.label(fl!("athlete-cleared-on"));
            ui.label(
                RichText::new(e.closed_on.map_or_else(
                    || fl!("athlete-not-cleared"),
                    |d| fl!("athlete-cleared-by-signoff", date = numbers::date(d)),
                ))
                .weak(),
            );
            problem_cell(ui, &problems, "Cleared on");
            ui.end_row();
            text_field(ui, &fl!("athlete-notes"), &mut e.notes, "");
            ui.end_row();
        });
        if !problems.is_empty() {
            ui.label(
                RichText::new(fl!("athlete-form-not-saved", problems = problems.len())).color(crate::app::theme::RED),
            );
        }
        if let Some(err) = &form.error {
            ui.label(RichText::new(err).color(crate::app::theme::RED));
        }
        let (save, cancel) = ui
            .horizontal(|ui| {
                (
                    ui.button(RichText::new(fl!("athlete-save-episode")).size(18.0)).clicked(),
                    ui.button(fl!("athlete-cancel")).clicked(),
                )
            })
            .inner;
        if save {
            form.tried = true;
            form.error = None;
            if let Ok(mut e) = checked {
                e.athlete_id = athlete_id;
                let version = form.version;
                self.saving = Some(shared.clinic.worker.run(move |s| {
                    let saved = match (e.id, version) {
                        (0, _) => s.add_episode(&e).map(|_| ()),
                        (_, Some(v)) => s.update_episode_if_unchanged(&e, v),
                        (_, None) => s.update_episode(&e),
                    };
                    saved.map(|_| e.athlete_id).map_err(|x| x.to_string())
                }))
            }
        }
        if cancel {
            self.episode_form = None;
        }
    }
}
