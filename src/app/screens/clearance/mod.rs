//! Return-to-sport clearance per athlete and episode: the checklist with traffic lights,
//! values, thresholds, sources and trends; the clinician's manual checks; the sign-off and the
//! earlier sign-offs (`signoff`); clinic copies of templates (`editor`); the printable report.

mod banner;
mod editor;
mod signoff;

use chrono::Timelike;
use egui::{Color32, RichText};

use crate::app::widgets::{SavePicker, SaveTarget, outcome_line, pill, store_error_text};
use crate::app::worker::{Pending, answer};
use crate::app::{Shared, theme};
use crate::clearance::{AthleteRecord, Evaluation, Rule, Status, TemplateSet, Verdict, evaluate};
use crate::fl;
use crate::i18n::{UiLanguage, loader, numbers};
use crate::io::report::{Paper, Report, ReportRequest, write_report};
use crate::model::{ClearanceCheck, SignOff};
use crate::records;

/// What the screen reads from the clinic.
struct Data {
    record: AthleteRecord,
    templates: TemplateSet,
    signoffs: Vec<SignOff>,
    /// Every answer to the manual checks, oldest first (the record keeps them all).
    check_log: Vec<ClearanceCheck>,
}

/// The choices that make an evaluation.
#[derive(Debug, Clone, PartialEq)]
struct Choice {
    episode: Option<i64>,
    visit: i64,
    template: String,
}

/// The language and number style an evaluation is worded in: another one words it again.
type Wording = (UiLanguage, numbers::NumberStyle);

fn wording() -> Wording {
    (crate::i18n::current_language(), numbers::style())
}

#[derive(Default)]
pub struct ClearanceScreen {
    loaded: Option<(i64, u64, Wording)>,
    pending: Option<Pending<Data>>,
    data: Option<Data>,
    choice: Option<Choice>,
    evaluation: Option<(Choice, Wording, Result<Evaluation, String>)>,
    /// The same template at the episode's newest visit, when that is a later visit whose
    /// criteria do not all pass (signing the older one is then said to go against it).
    newer_not_yet: Option<Evaluation>,
    saving: Option<Pending<()>>,
    /// The template editor while its template is being saved: back on screen, with what was
    /// typed and why, if the save is refused.
    editor_while_saving: Option<editor::Editor>,
    signoff: signoff::SignOffForm,
    editor: Option<editor::Editor>,
    paper: Paper,
    /// The report's language when one is chosen here (else the app's).
    report_language: Option<crate::i18n::Language>,
    report_picker: SavePicker,
    /// Where the report goes, once chosen (written on the next poll).
    report_chosen: Option<std::path::PathBuf>,
    report_job: Option<Pending<String>>,
    message: Option<Result<String, String>>,
}

pub fn verdict_color(v: Verdict) -> Color32 {
    match v {
        Verdict::Pass => theme::GREEN,
        Verdict::Fail => theme::RED,
        Verdict::NoData => theme::GREY,
    }
}

/// The verdict as a symbol and a word, so it does not rest on colour alone.
pub fn verdict_text(v: Verdict) -> String {
    match v {
        Verdict::Pass => fl!("clearance-verdict-mark-pass"),
        Verdict::Fail => fl!("clearance-verdict-mark-fail"),
        Verdict::NoData => fl!("clearance-verdict-mark-no-data"),
    }
}

/// The overall status as a symbol and a word, with its colour.
pub fn status_look(s: Status) -> (String, Color32) {
    match s {
        Status::AllPass => (fl!("clearance-status-mark-all-pass"), theme::GREEN),
        Status::NotYet => (fl!("clearance-status-mark-not-yet"), theme::RED),
        Status::Incomplete => (fl!("clearance-status-mark-incomplete"), theme::AMBER),
    }
}

impl ClearanceScreen {
    fn reload(&mut self) {
        self.loaded = None;
    }

    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared, athlete_id: i64) {
        self.poll(shared);
        // Another language reads the templates' problems again.
        let key = (athlete_id, shared.clinic.generation, wording());
        if self.loaded != Some(key) && self.pending.is_none() {
            self.loaded = Some(key);
            if self.data.as_ref().is_some_and(|d| d.record.athlete.id != athlete_id) {
                self.data = None;
                self.choice = None;
                self.editor = None;
            }
            let library = shared.clinic.library.clone();
            let settings = shared.clinic.results.clone();
            self.pending = Some(shared.clinic.worker.run(move |s| {
                let e = |e: crate::store::StoreError| store_error_text(&e);
                Ok(Data {
                    record: records::athlete_record(s, athlete_id, &library, &settings).map_err(e)?,
                    templates: TemplateSet::new(&s.custom_clearance_templates().map_err(e)?, &library, loader()),
                    signoffs: s.signoffs(athlete_id).map_err(e)?,
                    check_log: s.clearance_check_log(athlete_id).map_err(e)?,
                })
            }));
        }
        if let Some(r) = answer(&mut self.pending) {
            match r {
                Ok(d) => {
                    // A deleted template or visit falls back to the defaults.
                    if let Some(c) = &self.choice
                        && (d.templates.get(&c.template).is_none()
                            || !d.record.history.iter().any(|v| v.visit.id == c.visit))
                    {
                        self.choice = None;
                    }
                    self.data = Some(d);
                    self.evaluation = None;
                }
                Err(e) => self.message = Some(Err(e)),
            }
        }
        let Some(data) = &self.data else {
            ui.spinner();
            return;
        };
        ui.heading(fl!("clearance-heading", athlete = data.record.athlete.full_name()));
        for problem in &data.templates.problems {
            ui.label(RichText::new(problem).color(theme::RED));
        }
        if data.record.history.is_empty() {
            ui.label(fl!("clearance-no-visits"));
            return;
        }
        if let Some(editor) = &mut self.editor {
            match editor.show(ui, &shared.clinic.library) {
                Some(editor::Outcome::Save(saving)) => {
                    let (template, original) = *saving;
                    let saved = template.clone();
                    self.saving = Some(shared.clinic.worker.run(move |s| {
                        crate::records::save_clearance_template_from(s, &saved, original.as_ref())
                            .map_err(|e| store_error_text(&e))
                    }));
                    if let Some(c) = &mut self.choice {
                        c.template = template.id.clone();
                    }
                    self.editor_while_saving = self.editor.take();
                }
                Some(editor::Outcome::Delete(id)) => {
                    self.saving = Some(
                        shared
                            .clinic
                            .worker
                            .run(move |s| s.delete_custom_clearance_template(&id).map_err(|e| store_error_text(&e))),
                    );
                    self.choice = None;
                    self.editor = None;
                }
                Some(editor::Outcome::Cancel) => self.editor = None,
                None => {}
            }
            return;
        }
        self.choose(ui, shared);
        let Some(choice) = self.choice.clone() else { return };
        let words = wording();
        if self.evaluation.as_ref().is_none_or(|(c, w, _)| *c != choice || *w != words) {
            let tr = loader();
            let data = self.data.as_ref().expect("checked above");
            let episode = choice.episode.and_then(|id| data.record.episodes.iter().find(|e| e.id == id));
            let result = match data.templates.get(&choice.template) {
                Some(t) => evaluate(t, data.record.input(episode), choice.visit, tr),
                None => Err(fl!("clearance-no-template", template = choice.template.as_str())),
            };
            self.newer_not_yet =
                match (data.templates.get(&choice.template), data.record.visit(None, episode, tr), &result) {
                    (Some(t), Ok(newest), Ok(this)) if newest != choice.visit => {
                        evaluate(t, data.record.input(episode), newest, tr)
                            .ok()
                            .filter(|later| later.visit_date > this.visit_date && later.status != Status::AllPass)
                    }
                    _ => None,
                };
            self.evaluation = Some((choice.clone(), words, result));
        }
        let evaluation = match &self.evaluation {
            Some((_, _, Ok(e))) => e.clone(),
            Some((_, _, Err(e))) => {
                ui.label(RichText::new(e).color(theme::RED));
                return;
            }
            None => return,
        };
        ui.separator();
        egui::ScrollArea::vertical().show(ui, |ui| {
            let signed = self.data.as_ref().and_then(|d| {
                d.signoffs
                    .iter()
                    .rev()
                    .find(|s| s.visit_id == Some(evaluation.visit_id) && s.template_id == evaluation.template_id)
            });
            banner::show(ui, &evaluation, signed);
            self.checklist(ui, shared, &evaluation);
            ui.label(RichText::new(fl!("clearance-caution", citation = "van Dyk et al. 2019")).weak());
            ui.add_space(12.0);
            self.report_controls(ui, shared, &choice);
            ui.add_space(12.0);
            let data = self.data.as_ref().expect("checked above");
            let episode = choice.episode.and_then(|id| data.record.episodes.iter().find(|e| e.id == id)).cloned();
            // This very evaluation signed already (in whatever language it was worded): nothing
            // to sign again until something changes.
            let already = data
                .signoffs
                .iter()
                .rev()
                .find(|s| s.visit_id == Some(evaluation.visit_id) && s.template_id == evaluation.template_id)
                .filter(|s| {
                    serde_json::from_str::<Evaluation>(&s.evaluation)
                        .is_ok_and(|signed| signed.same_outcome(&evaluation))
                })
                .cloned();
            let context = signoff::Context {
                episode: episode.as_ref(),
                newer_not_yet: self.newer_not_yet.as_ref(),
                already_signed: already.as_ref(),
                saving: self.saving.is_some(),
            };
            if let Some(job) = self.signoff.show(ui, shared, &evaluation, &context) {
                self.saving = Some(job);
            }
            signoff::history(ui, &data.signoffs, &data.templates, shared.prefs.unit);
        });
    }

    fn poll(&mut self, shared: &mut Shared) {
        if let Some(r) = answer(&mut self.saving) {
            match r {
                Ok(()) => {
                    // Sign-offs close episodes and change the athlete list; everything reloads.
                    self.editor_while_saving = None;
                    shared.clinic.refresh_athletes();
                    self.reload();
                }
                Err(e) => match self.editor_while_saving.take() {
                    Some(mut editor) => {
                        editor.refused(fl!("clearance-not-saved", error = e));
                        self.editor = Some(editor);
                    }
                    None => self.message = Some(Err(e)),
                },
            }
        }
        if let Some(path) = self.report_chosen.take()
            && let Some(c) = self.choice.clone()
            && let Some(data) = &self.data
        {
            let request = ReportRequest {
                athlete_id: data.record.athlete.id,
                episode_id: c.episode,
                visit_id: Some(c.visit),
                template_id: Some(c.template),
                language: self.report_language.map_or_else(crate::i18n::current_language, Into::into),
                ..ReportRequest::default()
            };
            let (paper, unit) = (self.paper, shared.prefs.unit);
            self.report_job = Some(shared.clinic.worker.run(move |s| {
                let report = Report::build(s, &request).map_err(|e| match e {
                    crate::io::report::ReportError::Store(e) => store_error_text(&e),
                    e => e.to_string(),
                })?;
                write_report(&report, &path, paper, unit).map_err(|e| e.to_string())?;
                Ok(fl!("clearance-report-wrote", path = path.display().to_string()))
            }));
        }
        if let Some(r) = answer(&mut self.report_job) {
            self.message = Some(r);
        }
    }

    /// Episode, visit and template.
    fn choose(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        let data = self.data.as_ref().expect("loaded");
        let record = &data.record;
        let tr = loader();
        if self.choice.is_none() {
            let episode = record.episode(None, tr).ok().flatten();
            let template = data.templates.for_injury(episode.map(|e| e.kind.id())).id.clone();
            if let Ok(visit) = record.visit(None, episode, tr) {
                self.choice = Some(Choice { episode: episode.map(|e| e.id), visit, template });
            }
        }
        let Some(choice) = &mut self.choice else {
            ui.label(fl!("clearance-no-visit-to-evaluate-here"));
            return;
        };
        let before = choice.clone();
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(fl!("clearance-injury"));
            let episode_text = |id: Option<i64>| {
                id.and_then(|id| record.episodes.iter().find(|e| e.id == id)).map_or_else(
                    || fl!("clearance-injury-none"),
                    |e| fl!("clearance-injury-episode", episode = e.summary(tr), date = numbers::date(e.injury_date)),
                )
            };
            egui::ComboBox::from_id_salt("clearance episode")
                .selected_text(episode_text(choice.episode))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut choice.episode, None, episode_text(None));
                    for e in record.episodes.iter().rev() {
                        ui.selectable_value(&mut choice.episode, Some(e.id), episode_text(Some(e.id)));
                    }
                })
                .response
                .labelled_by(l.id);
            let l = ui.label(fl!("clearance-visit"));
            let visit_text = |id: i64| {
                record
                    .history
                    .iter()
                    .find(|v| v.visit.id == id)
                    .map_or("-".into(), |v| numbers::date(v.visit.date_time.date()))
            };
            egui::ComboBox::from_id_salt("clearance visit")
                .selected_text(visit_text(choice.visit))
                .show_ui(ui, |ui| {
                    for v in record.history.iter().rev() {
                        ui.selectable_value(&mut choice.visit, v.visit.id, visit_text(v.visit.id));
                    }
                })
                .response
                .labelled_by(l.id);
            let l = ui.label(fl!("clearance-template"));
            // The clinic's copies are marked: a copy may keep its default's name.
            let name = |t: &crate::clearance::Template| {
                if data.templates.clinic.iter().any(|c| c.id == t.id) {
                    fl!("clearance-template-clinic", template = t.name.as_str())
                } else {
                    t.name_text(tr)
                }
            };
            egui::ComboBox::from_id_salt("clearance template")
                .selected_text(data.templates.get(&choice.template).map_or(choice.template.clone(), name))
                .show_ui(ui, |ui| {
                    for t in data.templates.all() {
                        ui.selectable_value(&mut choice.template, t.id.clone(), name(t));
                    }
                })
                .response
                .labelled_by(l.id);
            let is_clinic = data.templates.clinic.iter().any(|t| t.id == choice.template);
            if let Some(t) = data.templates.get(&choice.template) {
                if is_clinic {
                    if ui
                        .button(fl!("clearance-edit-template"))
                        .on_hover_text(fl!("clearance-edit-template-tip"))
                        .clicked()
                    {
                        self.editor = Some(editor::Editor::new(t.clone(), false));
                    }
                } else if ui
                    .button(fl!("clearance-copy-and-edit"))
                    .on_hover_text(fl!("clearance-copy-and-edit-tip"))
                    .clicked()
                {
                    // The copy starts with the words the clinician reads, and keeps them.
                    let mut copy = t.localized(tr);
                    copy.id = data.templates.copy_id(&t.id);
                    copy.based_on = Some(t.id.clone());
                    self.editor = Some(editor::Editor::new(copy, true));
                }
            }
        });
        if choice.episode != before.episode {
            // A new episode: its newest visit, and its template.
            let episode = choice.episode.and_then(|id| record.episodes.iter().find(|e| e.id == id));
            if let Ok(v) = record.visit(None, episode, tr) {
                choice.visit = v;
            }
            choice.template = data.templates.for_injury(episode.map(|e| e.kind.id())).id.clone();
        }
        let _ = shared;
    }

    fn checklist(&mut self, ui: &mut egui::Ui, shared: &mut Shared, e: &Evaluation) {
        let unit = shared.prefs.unit;
        let tr = loader();
        let mut answer: Option<(String, Option<bool>)> = None;
        let who = self.signoff.clinician_name(&shared.prefs.clinician);
        let manual = |c: &crate::clearance::CriterionResult| matches!(c.rule, Rule::Manual);
        if who.is_none() && e.criteria.iter().any(manual) {
            ui.label(RichText::new(fl!("clearance-name-to-answer")).color(theme::AMBER));
        }
        egui::Grid::new("clearance checklist").striped(true).num_columns(6).spacing([14.0, 8.0]).show(ui, |ui| {
            for h in [
                fl!("clearance-column-verdict"),
                fl!("clearance-column-criterion"),
                fl!("clearance-column-value"),
                fl!("clearance-column-threshold"),
                fl!("clearance-column-trend"),
                fl!("clearance-column-source"),
            ] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for c in &e.criteria {
                pill(ui, verdict_color(c.verdict), &verdict_text(c.verdict));
                ui.vertical(|ui| {
                    ui.set_max_width(220.0);
                    ui.label(crate::clearance::forces_in(&c.label, unit));
                    if !c.required {
                        ui.label(RichText::new(fl!("clearance-optional")).weak().small());
                    }
                });
                ui.vertical(|ui| {
                    ui.set_max_width(280.0);
                    if manual(c) {
                        let current = match c.verdict {
                            Verdict::Pass => Some(true),
                            Verdict::Fail => Some(false),
                            Verdict::NoData => None,
                        };
                        // Every answer says who gave it: no answer without a name.
                        let named = who.is_some();
                        ui.horizontal(|ui| {
                            let answers = [
                                (Some(true), "yes", fl!("clearance-answer-yes")),
                                (Some(false), "no", fl!("clearance-answer-no")),
                                (None, "none", fl!("clearance-answer-none")),
                            ];
                            for (value, key, text) in answers {
                                let selected = current == value;
                                let r = ui.add_enabled(named, egui::Button::selectable(selected, text));
                                let name = fl!("clearance-answer-name", criterion = c.label.as_str(), answer = key);
                                r.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
                                if r.clicked() && !selected {
                                    answer = Some((c.id.clone(), value));
                                }
                            }
                        });
                        // Every answer given at this visit, newest first: none is ever replaced.
                        let log = self.data.as_ref().map_or(&[][..], |d| d.check_log.as_slice());
                        let entries: Vec<&ClearanceCheck> =
                            log.iter().rev().filter(|k| k.visit_id == e.visit_id && k.check_id == c.id).collect();
                        if entries.len() > 1 {
                            egui::CollapsingHeader::new(
                                RichText::new(fl!("clearance-answers", count = entries.len())).small(),
                            )
                            .id_salt(("check log", &c.id, e.visit_id))
                            .show(ui, |ui| {
                                for k in entries {
                                    ui.label(RichText::new(check_entry_text(k)).small());
                                }
                            });
                        }
                    } else {
                        let text = c.value_text(unit, tr);
                        if !text.is_empty() {
                            ui.label(text);
                        }
                    }
                    if !c.note.is_empty() {
                        ui.label(RichText::new(crate::clearance::forces_in(&c.note, unit)).weak().small());
                    }
                });
                ui.vertical(|ui| {
                    ui.set_max_width(170.0);
                    ui.label(c.threshold_text(unit, tr));
                });
                trend(ui, c, unit);
                ui.vertical(|ui| {
                    ui.set_max_width(220.0);
                    if c.below_consensus {
                        ui.label(RichText::new(c.source_text(tr)).color(theme::AMBER));
                    } else {
                        ui.label(RichText::new(c.source_text(tr)).weak());
                    }
                });
                ui.end_row();
            }
        });
        if let Some((check_id, value)) = answer
            && let Some(clinician) = who
        {
            let visit_id = e.visit_id;
            // A new entry of its own (a withdrawal too): earlier answers stay in the record.
            self.saving = Some(shared.clinic.worker.run(move |s| {
                s.set_clearance_check(&ClearanceCheck {
                    visit_id,
                    check_id,
                    done: value,
                    clinician: s.clinician_name(&clinician),
                    checked_at: chrono::Local::now().naive_local().with_nanosecond(0).unwrap_or_default(),
                })
                .map_err(|e| store_error_text(&e))
            }));
        }
    }

    fn report_controls(&mut self, ui: &mut egui::Ui, shared: &mut Shared, choice: &Choice) {
        ui.horizontal_wrapped(|ui| {
            let busy = self.report_picker.busy() || self.report_job.is_some();
            let data = self.data.as_ref().expect("loaded");
            let date =
                data.record.history.iter().find(|v| v.visit.id == choice.visit).map(|v| v.visit.date_time.date());
            let stem =
                format!("{}_{}", data.record.athlete.file_stem(), date.map(|d| d.to_string()).unwrap_or_default());
            if ui
                .add_enabled(!busy, egui::Button::new(RichText::new(fl!("clearance-print-report")).size(18.0)))
                .clicked()
            {
                self.message = None;
                self.report_picker.ask(shared.options, format!("{stem}.pdf"), SaveTarget::File("PDF", &["pdf"]));
            }
            if ui
                .add_enabled(!busy, egui::Button::new(fl!("clearance-report-csv")))
                .on_hover_text(fl!("clearance-report-csv-tip"))
                .clicked()
            {
                self.message = None;
                self.report_picker.ask(shared.options, format!("{stem}.csv"), SaveTarget::File("CSV", &["csv"]));
            }
            let l = ui.label(fl!("clearance-paper"));
            ui.selectable_value(&mut self.paper, Paper::A4, fl!("clearance-paper-a4")).labelled_by(l.id);
            ui.selectable_value(&mut self.paper, Paper::Letter, fl!("clearance-paper-letter")).labelled_by(l.id);
            crate::app::screens::export::report_language_choice(ui, &mut self.report_language);
            if busy {
                ui.spinner();
            }
        });
        if let Some(path) = self.report_picker.show(ui, shared.options, &mut shared.prefs.own_export_folder_chosen) {
            self.report_chosen = Some(path);
        }
        outcome_line(ui, &self.message);
    }

    /// Forgets the last outcome and any offer: they belong to the screen and athlete they came
    /// from.
    pub fn forget_messages(&mut self) {
        self.message = None;
        self.report_picker.forget();
    }
}

/// One answer as the record keeps it: "2026-04-20 10:05 · Dr. Rivera · yes".
fn check_entry_text(k: &ClearanceCheck) -> String {
    let answer = match k.done {
        Some(true) => "yes",
        Some(false) => "no",
        None => "withdrawn",
    };
    let who = if k.clinician.is_empty() { fl!("clearance-check-unnamed") } else { k.clinician.clone() };
    fl!("clearance-check-entry", at = numbers::date_time(k.checked_at), clinician = who, answer = answer)
}

/// The criterion over the last visits: one square per visit, hover for the value.
fn trend(ui: &mut egui::Ui, c: &crate::clearance::CriterionResult, unit: crate::model::ForceUnit) {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 3.0;
        for p in &c.trend {
            let (rect, response) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
            let color = verdict_color(p.verdict);
            let painter = ui.painter();
            match p.verdict {
                Verdict::NoData => {
                    painter.rect_stroke(rect.shrink(2.0), 2.0, egui::Stroke::new(1.0, color), egui::StrokeKind::Inside);
                }
                _ => {
                    painter.rect_filled(rect.shrink(1.0), 2.0, color);
                }
            }
            let (date, verdict) = (numbers::date(p.date), p.verdict.label(loader()));
            response.on_hover_text(match &p.reading {
                Some(r) => {
                    let value = r.text(unit, loader());
                    fl!("clearance-trend-point-value", date = date, value = value, verdict = verdict)
                }
                None => fl!("clearance-trend-point", date = date, verdict = verdict),
            });
        }
    });
}
