//! One athlete: profile, injury episodes, visits; add and edit; archive.

use chrono::NaiveDate;
use egui::RichText;

use crate::app::worker::{Pending, answer};
use crate::app::{Go, Shared};
use crate::model::{Athlete, InjuryEpisode, InjuryKind, Side, Visit};
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
            let e = |e: crate::store::StoreError| e.to_string();
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
                    version: self.page.as_ref().map(|p| p.athlete_version),
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
                    version: None,
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
                        version: self.page.as_ref().and_then(|p| p.episode_versions.get(&e.id).copied()),
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
}
