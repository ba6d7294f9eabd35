//! One athlete: profile, injury episodes, visits; add and edit; archive.

use chrono::NaiveDate;
use egui::RichText;

use crate::app::widgets::store_error_text;
use crate::app::worker::{Pending, answer};
use crate::app::{Go, Shared};
use crate::fl;
use crate::i18n::numbers;
use crate::model::{Athlete, InjuryEpisode, InjuryKind, Sex, Side, Visit};
use crate::protocols::TestLibrary;
use crate::store::{DeletedVisit, KEEP_DELETED_DAYS};

mod forms;

use forms::{AthleteForm, EpisodeForm};

#[derive(Clone)]
struct Page {
    athlete: Athlete,
    /// The athlete's and each episode's row version when read (read before the rows): a form
    /// saved from them is refused if another station changed the row since.
    athlete_version: i64,
    episode_versions: std::collections::HashMap<i64, i64>,
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

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The app's language.
fn tr() -> &'static i18n_embed::fluent::FluentLanguageLoader {
    crate::i18n::loader()
}

/// A sex as a word.
fn sex_word(sex: Sex) -> String {
    sex.label(tr())
}

/// A side as a word ("left").
fn side_word(side: Side) -> String {
    side.label(tr())
}

/// A number a person typed (a body mass, a lever arm) as they would type it again.
fn typed_number(value: f64) -> String {
    numbers::style().number_trimmed(value, 6)
}

/// The tests of a deleted visit, each with its number of trials ("Nordic hamstring exercise
/// (3)"), and how many trials there are in all.
fn deleted_tests(d: &DeletedVisit, library: &TestLibrary) -> (usize, String) {
    let names: Vec<String> = d
        .tests
        .iter()
        .map(|(id, n)| format!("{} ({n})", library.test(id).map_or_else(|| id.clone(), |t| t.shown_name(tr()))))
        .collect();
    (d.trials(), names.join(", "))
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
                version: None,
                dob: String::new(),
                mass: String::new(),
                tried: false,
                error: None,
            });
            return;
        }
        self.pending = Some(shared.clinic.worker.run(move |s| {
            let e = |e: crate::store::StoreError| store_error_text(&e);
            use crate::store::Versioned;
            let athlete_version = s.row_version(Versioned::Athlete, id).map_err(e)?.version;
            let episode_ids: Vec<i64> = s.episodes(id).map_err(e)?.iter().map(|x| x.id).collect();
            let mut episode_versions = std::collections::HashMap::new();
            for episode in episode_ids {
                episode_versions.insert(episode, s.row_version(Versioned::Episode, episode).map_err(e)?.version);
            }
            Ok(Page {
                athlete: s.athlete(id).map_err(e)?,
                athlete_version,
                episode_versions,
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
                    shared.notes.info(fl!("athlete-saved"), shared.now);
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
                Err(e) => self.error = Some(fl!("athlete-not-restored", error = e)),
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
                ui.label(RichText::new(fl!("athlete-archived")).weak());
            }
        });
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(fl!("athlete-new-session")).size(18.0))
                .on_hover_text(fl!("athlete-new-session-tip"))
                .clicked()
            {
                *shared.go = Some(Go::Test(a.id));
            }
            if ui.button(fl!("athlete-edit-profile")).clicked() {
                self.form = Some(AthleteForm {
                    athlete: a.clone(),
                    version: self.page.as_ref().map(|p| p.athlete_version),
                    dob: a.date_of_birth.map(numbers::date).unwrap_or_default(),
                    mass: a.body_mass_kg.map(typed_number).unwrap_or_default(),
                    tried: false,
                    error: None,
                });
            }
            let archive = if a.archived { fl!("athlete-unarchive") } else { fl!("athlete-archive") };
            if ui.button(archive).on_hover_text(fl!("athlete-archive-tip")).clicked() {
                let (id, to) = (a.id, !a.archived);
                self.saving = Some(
                    shared
                        .clinic
                        .worker
                        .run(move |s| s.set_archived(id, to).map(|_| id).map_err(|e| store_error_text(&e))),
                );
            }
        });
        ui.separator();
        egui::Grid::new("profile").num_columns(2).spacing([16.0, 6.0]).show(ui, |ui| {
            let row = |ui: &mut egui::Ui, k: String, v: String| {
                ui.label(RichText::new(k).weak());
                ui.label(v);
                ui.end_row();
            };
            row(ui, fl!("athlete-date-of-birth"), a.date_of_birth.map_or("-".into(), numbers::date));
            row(ui, fl!("athlete-sex"), a.sex.map_or("-".into(), sex_word));
            row(ui, fl!("athlete-dominant-leg"), a.dominant_leg.map_or("-".into(), side_word));
            row(ui, fl!("athlete-sport"), a.sport.clone().unwrap_or_else(|| "-".into()));
            row(ui, fl!("athlete-body-mass"), a.body_mass_kg.map_or("-".into(), |m| format!("{} kg", typed_number(m))));
            row(ui, fl!("athlete-external-id"), a.external_id.clone().unwrap_or_else(|| "-".into()));
            if !a.notes.is_empty() {
                row(ui, fl!("athlete-notes"), a.notes.clone());
            }
        });
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            ui.label(RichText::new(fl!("athlete-episodes")).strong().size(18.0));
            if ui.button(fl!("athlete-add-episode")).clicked() {
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
                    version: None,
                    injury_date: numbers::date(today),
                    tried: false,
                    error: None,
                });
            }
        });
        if page.episodes.is_empty() {
            ui.label(fl!("athlete-episodes-none"));
        }
        for e in page.episodes.iter().rev() {
            ui.horizontal(|ui| {
                // The episode and what is known of it, each part a phrase of its own.
                let mut parts =
                    vec![e.summary(tr()), fl!("athlete-episode-injured", date = numbers::date(e.injury_date))];
                if let Some(v) = e.baseline_visit_id {
                    let date = page
                        .visits
                        .iter()
                        .find(|x| x.id == v)
                        .map_or_else(|| fl!("athlete-visit-id", id = v), |x| numbers::date(x.date_time.date()));
                    parts.push(fl!("athlete-episode-baseline", date = date));
                }
                if let Some(d) = e.closed_on {
                    parts.push(fl!("athlete-episode-cleared", date = numbers::date(d)));
                }
                ui.label(parts.join(" · "));
                if ui.small_button(fl!("athlete-edit")).clicked() {
                    self.episode_form = Some(EpisodeForm {
                        episode: e.clone(),
                        version: self.page.as_ref().and_then(|p| p.episode_versions.get(&e.id).copied()),
                        injury_date: numbers::date(e.injury_date),
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
                ui.label(RichText::new(fl!("athlete-return-to-sport")).weak());
                if super::athletes::AthletesScreen::return_to_sport(ui, shared.clinic, &row, shared.prefs.unit) {
                    *shared.go = Some(Go::Clearance(a.id));
                }
            });
        }
        ui.add_space(12.0);
        ui.label(RichText::new(fl!("athlete-visits", visits = page.visits.len())).strong().size(18.0));
        egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
            for v in page.visits.iter().rev() {
                let mut parts = vec![
                    numbers::date_time(v.date_time),
                    v.body_mass_kg.map_or("-".into(), |m| format!("{} kg", typed_number(m))),
                ];
                if let Some(score) = v.visa_h {
                    parts.push(fl!("athlete-visit-visa-h", score = score));
                }
                if !v.notes.is_empty() {
                    parts.push(v.notes.clone());
                }
                // Each visit opens the history at it: its results and its trials' curves.
                if ui.link(parts.join(" · ")).on_hover_text(fl!("athlete-visit-open-tip")).clicked() {
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
        ui.label(RichText::new(fl!("athlete-deleted-heading", days = KEEP_DELETED_DAYS)).strong());
        for d in &page.deleted {
            let date = numbers::date_time(d.visit.date_time);
            ui.horizontal_wrapped(|ui| {
                let (count, tests) = deleted_tests(d, &shared.clinic.library);
                ui.label(fl!(
                    "athlete-deleted-visit",
                    date = date.as_str(),
                    trials = fl!("athlete-deleted-trials", count = count, tests = tests),
                    deleted = numbers::date_time(d.deleted_at),
                    until = numbers::date(d.restorable_until())
                ));
                let visit = d.visit.id;
                if ui
                    .add_enabled(
                        self.restoring.is_none(),
                        egui::Button::new(fl!("athlete-restore-visit", date = date.as_str())),
                    )
                    .clicked()
                {
                    let date = date.clone();
                    self.restoring = Some(shared.clinic.worker.run(move |s| {
                        let library = s.test_library().map_err(|e| store_error_text(&e))?;
                        let restored = s.restore_visit(visit).map_err(|e| store_error_text(&e))?;
                        let (count, tests) = deleted_tests(&restored, &library);
                        Ok(fl!("athlete-restored", date = date, count = count, tests = tests))
                    }));
                }
            });
        }
    }
}
