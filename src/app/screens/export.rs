//! Exports from the app: visit summary, athlete history, raw traces, or everything, through
//! the system's file dialog, written in the background with a progress bar.

use std::path::PathBuf;
use std::sync::Arc;

use egui::RichText;

use crate::app::widgets::{SavePicker, SaveTarget};
use crate::app::worker::{Pending, Progress, answer};
use crate::app::{Shared, theme};
use crate::io::CsvOptions;
use crate::io::export::{ExportContext, export_all, export_athlete_history, export_traces, export_visit_summary};
use crate::model::Visit;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    VisitSummary,
    History,
    Traces,
    All,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::VisitSummary => "Visit summary (one row per test and side)",
            Kind::History => "Athlete history (one row per visit and test)",
            Kind::Traces => "Raw traces (one CSV per trial)",
            Kind::All => "Everything (every table and trace, for research or another computer)",
        }
    }

    fn needs_folder(self) -> bool {
        matches!(self, Kind::Traces | Kind::All)
    }
}

pub struct ExportScreen {
    kind: Kind,
    visit: Option<i64>,
    /// The athlete's visits, and the clinic generation they were read at.
    visits: Option<(i64, Vec<Visit>)>,
    visits_generation: u64,
    pending_visits: Option<Pending<(i64, Vec<Visit>)>>,
    delimiter: String,
    decimal_comma: bool,
    picker: SavePicker,
    running: Option<(Pending<String>, Arc<Progress>)>,
    result: Option<Result<String, String>>,
    /// What the shown result was made from: it goes when the choices change.
    result_for: Option<Choices>,
}

/// The choices an export is made from.
type Choices = (Kind, Option<i64>, String, bool, Option<i64>);

impl Default for ExportScreen {
    fn default() -> Self {
        ExportScreen {
            kind: Kind::VisitSummary,
            visit: None,
            visits: None,
            visits_generation: 0,
            pending_visits: None,
            delimiter: ",".into(),
            decimal_comma: false,
            picker: SavePicker::default(),
            running: None,
            result: None,
            result_for: None,
        }
    }
}

impl ExportScreen {
    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared, athlete: Option<i64>) {
        self.poll();
        ui.heading("Export");
        let athlete_name = athlete
            .and_then(|id| shared.clinic.athletes.iter().find(|r| r.athlete.id == id))
            .map(|r| r.athlete.full_name());
        for kind in [Kind::VisitSummary, Kind::History, Kind::Traces, Kind::All] {
            let needs_athlete = kind != Kind::All;
            let enabled = !needs_athlete || athlete.is_some();
            ui.add_enabled_ui(enabled, |ui| ui.radio_value(&mut self.kind, kind, kind.label()));
        }
        if self.kind != Kind::All {
            match (&athlete_name, athlete) {
                (Some(name), Some(id)) => {
                    ui.label(format!("Athlete: {name}"));
                    let stale = self.visits.as_ref().is_none_or(|(a, _)| *a != id)
                        || self.visits_generation != shared.clinic.generation;
                    if stale && self.pending_visits.is_none() {
                        if self.visits.as_ref().is_some_and(|(a, _)| *a != id) {
                            self.visit = None;
                        }
                        self.visits_generation = shared.clinic.generation;
                        self.pending_visits =
                            Some(shared.clinic.worker.run(move |s| Ok((id, s.visits(id).map_err(|e| e.to_string())?))));
                    }
                }
                _ => {
                    ui.label(RichText::new("Open an athlete first (or export everything).").weak());
                    self.kind = Kind::All;
                }
            }
        }
        if matches!(self.kind, Kind::VisitSummary | Kind::Traces)
            && let Some((_, visits)) = &self.visits
        {
            if self.kind == Kind::VisitSummary && self.visit.is_none() {
                self.visit = visits.last().map(|v| v.id);
            }
            let text = |id: Option<i64>| {
                id.and_then(|id| visits.iter().find(|v| v.id == id))
                    .map_or("all visits".into(), |v| v.date_time.format("%Y-%m-%d %H:%M").to_string())
            };
            ui.horizontal(|ui| {
                let l = ui.label("Visit");
                egui::ComboBox::from_id_salt("export visit")
                    .selected_text(text(self.visit))
                    .show_ui(ui, |ui| {
                        if self.kind == Kind::Traces {
                            ui.selectable_value(&mut self.visit, None, "all visits");
                        }
                        for v in visits.iter().rev() {
                            ui.selectable_value(
                                &mut self.visit,
                                Some(v.id),
                                v.date_time.format("%Y-%m-%d %H:%M").to_string(),
                            );
                        }
                    })
                    .response
                    .labelled_by(l.id);
            });
        }
        ui.horizontal(|ui| {
            ui.label("Separator");
            ui.selectable_value(&mut self.delimiter, ",".to_string(), "comma");
            ui.selectable_value(&mut self.delimiter, ";".to_string(), "semicolon");
            ui.selectable_value(&mut self.delimiter, "tab".to_string(), "tab");
            ui.checkbox(&mut self.decimal_comma, "decimal comma (1,5)");
        });
        let options = CsvOptions::new(Some(&self.delimiter), self.decimal_comma);
        if let Err(e) = &options {
            ui.label(RichText::new(e).color(theme::RED));
        }
        // A result speaks of the export it came from: once the choices differ, it goes.
        let choices: Choices = (self.kind, self.visit, self.delimiter.clone(), self.decimal_comma, athlete);
        if self.running.is_none() && self.result_for.as_ref().is_some_and(|made| *made != choices) {
            self.result = None;
            self.result_for = None;
        }
        let busy = self.picker.busy() || self.running.is_some();
        let ready = match self.kind {
            Kind::All => true,
            Kind::VisitSummary => self.visit.is_some(),
            Kind::History | Kind::Traces => {
                self.visits.as_ref().is_some_and(|(a, v)| Some(*a) == athlete && !v.is_empty())
            }
        };
        if self.kind != Kind::All && self.visits.as_ref().is_some_and(|(a, v)| Some(*a) == athlete && v.is_empty()) {
            ui.label(RichText::new("This athlete has no visits yet.").weak());
        }
        if ui
            .add_enabled(!busy && ready && options.is_ok(), egui::Button::new(RichText::new("Export…").size(18.0)))
            .clicked()
        {
            self.result = None;
            self.pick(shared, athlete_name.as_deref().unwrap_or("clinic"));
        }
        if let Some(path) = self.picker.show(ui, shared.options, &mut shared.prefs.own_export_folder_chosen) {
            self.start(shared, path);
            self.result_for = Some(choices);
        }
        if let Some((_, progress)) = &self.running {
            ui.add(egui::ProgressBar::new(progress.fraction()).show_percentage());
        }
        crate::app::widgets::outcome_line(ui, &self.result);
    }

    /// Forgets the last outcome and any offer: they belong to the screen and athlete they came
    /// from.
    pub fn forget_messages(&mut self) {
        self.result = None;
        self.result_for = None;
        self.picker.forget();
    }

    fn pick(&mut self, shared: &Shared, name: &str) {
        let stem = crate::model::file_stem_of(name, crate::model::NAME_STEM_BYTES);
        let file = match self.kind {
            Kind::VisitSummary => format!("{stem}_visit.csv"),
            Kind::History => format!("{stem}_history.csv"),
            Kind::Traces => format!("{stem}_traces"),
            Kind::All => "forcetrack_export".into(),
        };
        let target = if self.kind.needs_folder() { SaveTarget::Folder } else { SaveTarget::File("CSV", &["csv"]) };
        self.picker.ask(shared.options, file, target);
    }

    fn poll(&mut self) {
        match answer(&mut self.pending_visits) {
            Some(Ok(v)) => self.visits = Some(v),
            Some(Err(e)) => self.result = Some(Err(format!("Could not read the visits: {e}"))),
            None => {}
        }
        if let Some((p, _)) = &mut self.running
            && let Some(r) = p.poll()
        {
            self.running = None;
            self.result = Some(r);
        }
    }

    fn start(&mut self, shared: &mut Shared, path: PathBuf) {
        let Ok(options) = CsvOptions::new(Some(&self.delimiter), self.decimal_comma) else { return };
        let progress = Arc::new(Progress::default());
        let p = progress.clone();
        let (kind, visit) = (self.kind, self.visit);
        let athlete = self.visits.as_ref().map(|(a, _)| *a);
        let job = shared.clinic.worker.run(move |store| {
            let err = |e: crate::io::export::ExportError| e.to_string();
            let ctx = ExportContext::new(store, options).map_err(err)?;
            let create = |path: &PathBuf| {
                std::fs::File::create(path)
                    .map(std::io::BufWriter::new)
                    .map_err(|e| format!("cannot create {}: {e}", path.display()))
            };
            match kind {
                Kind::VisitSummary => {
                    let visit = visit.ok_or("choose a visit")?;
                    let w = export_visit_summary(&ctx, visit, create(&path)?).map_err(err)?;
                    Ok(format!("Wrote {} rows to {}{}", w.rows, path.display(), left_out_text(&w.left_out)))
                }
                Kind::History => {
                    let w = export_athlete_history(&ctx, athlete.ok_or("open an athlete first")?, create(&path)?)
                        .map_err(err)?;
                    Ok(format!("Wrote {} rows to {}{}", w.rows, path.display(), left_out_text(&w.left_out)))
                }
                Kind::Traces => {
                    let w = export_traces(&ctx, athlete.ok_or("open an athlete first")?, visit, &path, &mut |d, t| {
                        p.set(d, t)
                    })
                    .map_err(err)?;
                    Ok(format!(
                        "Wrote {} trace files to {}{}",
                        w.files.len(),
                        path.display(),
                        left_out_text(&w.left_out)
                    ))
                }
                Kind::All => {
                    let m = export_all(store, &path, options, &mut |d, t| p.set(d, t)).map_err(err)?;
                    let skipped = left_out_text(&m.skipped);
                    Ok(format!(
                        "Exported {} athletes, {} visits and {} trials to {}{skipped}",
                        m.athletes,
                        m.visits,
                        m.trials,
                        path.display()
                    ))
                }
            }
        });
        self.running = Some((job, progress));
    }
}

/// The trials an export left out (their stored samples are damaged) and the rows (they cannot
/// be read), counted and named, after the line saying what was written.
fn left_out_text(left_out: &[String]) -> String {
    match left_out.len() {
        0 => String::new(),
        _ => format!(". {} left out, damaged: {}", crate::io::export::left_out_count(left_out), left_out.join("; ")),
    }
}
