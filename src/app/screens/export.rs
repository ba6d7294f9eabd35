//! Exports from the app: visit summary, athlete history, raw traces, or everything, through
//! the system's file dialog, written in the background with a progress bar. The separator and
//! decimal comma follow the app's decimal separator until chosen here; the spreadsheets can
//! start with a byte-order mark for Excel. Also the report's language choice, shown beside the
//! report's buttons ([`report_language_choice`]).

use std::path::PathBuf;
use std::sync::Arc;

use egui::RichText;

use crate::app::widgets::{SavePicker, SaveTarget, store_error_text};
use crate::app::worker::{Pending, Progress, answer};
use crate::app::{Shared, theme};
use crate::fl;
use crate::i18n::numbers::{self, DecimalSeparator};
use crate::i18n::{Language, UiLanguage};
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
    fn label(self) -> String {
        match self {
            Kind::VisitSummary => fl!("export-kind-visit-summary"),
            Kind::History => fl!("export-kind-history"),
            Kind::Traces => fl!("export-kind-traces"),
            Kind::All => fl!("export-kind-all"),
        }
    }

    fn needs_folder(self) -> bool {
        matches!(self, Kind::Traces | Kind::All)
    }

    /// A table for a spreadsheet: the byte-order mark for Excel applies to it (an `everything`
    /// folder is read back by `import`, and traces by their reader, each without one).
    fn is_spreadsheet(self) -> bool {
        matches!(self, Kind::VisitSummary | Kind::History)
    }
}

/// The separator and decimal comma of an export: as chosen, else from the app's decimal
/// separator (a decimal comma is written with `;` between fields).
fn csv_locale(delimiter: Option<&str>, decimal_comma: Option<bool>, app: DecimalSeparator) -> (String, bool) {
    let comma = decimal_comma.unwrap_or(app == DecimalSeparator::Comma);
    let delimiter = delimiter.map_or_else(|| if comma { ";" } else { "," }.to_string(), str::to_string);
    (delimiter, comma)
}

pub struct ExportScreen {
    kind: Kind,
    visit: Option<i64>,
    /// The athlete's visits, and the clinic generation they were read at.
    visits: Option<(i64, Vec<Visit>)>,
    visits_generation: u64,
    pending_visits: Option<Pending<(i64, Vec<Visit>)>>,
    /// The separator chosen here; `None` follows the app's decimal separator ([`csv_locale`]).
    delimiter: Option<String>,
    /// The decimal comma chosen here; `None` follows the app's decimal separator.
    decimal_comma: Option<bool>,
    /// A byte-order mark first, for Excel (spreadsheets only).
    bom: bool,
    picker: SavePicker,
    running: Option<(Pending<String>, Arc<Progress>)>,
    result: Option<Result<String, String>>,
    /// What the shown result was made from: it goes when the choices change.
    result_for: Option<Choices>,
}

/// The choices an export is made from: kind, visit, separator, decimal comma, byte-order mark
/// and athlete.
type Choices = (Kind, Option<i64>, String, bool, bool, Option<i64>);

impl Default for ExportScreen {
    fn default() -> Self {
        ExportScreen {
            kind: Kind::VisitSummary,
            visit: None,
            visits: None,
            visits_generation: 0,
            pending_visits: None,
            delimiter: None,
            decimal_comma: None,
            bom: false,
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
        ui.heading(fl!("export-heading"));
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
                    ui.label(fl!("export-athlete", name = name.as_str()));
                    let stale = self.visits.as_ref().is_none_or(|(a, _)| *a != id)
                        || self.visits_generation != shared.clinic.generation;
                    if stale && self.pending_visits.is_none() {
                        if self.visits.as_ref().is_some_and(|(a, _)| *a != id) {
                            self.visit = None;
                        }
                        self.visits_generation = shared.clinic.generation;
                        self.pending_visits = Some(
                            shared
                                .clinic
                                .worker
                                .run(move |s| Ok((id, s.visits(id).map_err(|e| store_error_text(&e))?))),
                        );
                    }
                }
                _ => {
                    ui.label(RichText::new(fl!("export-open-athlete-first")).weak());
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
                    .map_or_else(|| fl!("export-all-visits"), |v| numbers::date_time(v.date_time))
            };
            ui.horizontal(|ui| {
                let l = ui.label(fl!("export-visit"));
                egui::ComboBox::from_id_salt("export visit")
                    .selected_text(text(self.visit))
                    .show_ui(ui, |ui| {
                        if self.kind == Kind::Traces {
                            ui.selectable_value(&mut self.visit, None, fl!("export-all-visits"));
                        }
                        for v in visits.iter().rev() {
                            ui.selectable_value(&mut self.visit, Some(v.id), numbers::date_time(v.date_time));
                        }
                    })
                    .response
                    .labelled_by(l.id);
            });
        }
        let (delimiter, mut decimal_comma) =
            csv_locale(self.delimiter.as_deref(), self.decimal_comma, numbers::style().decimal);
        ui.horizontal(|ui| {
            ui.label(fl!("export-separator"));
            for (value, label) in [
                (",", fl!("export-separator-comma")),
                (";", fl!("export-separator-semicolon")),
                ("tab", fl!("export-separator-tab")),
            ] {
                if ui.selectable_label(delimiter == value, label).clicked() {
                    self.delimiter = Some(value.to_string());
                }
            }
            if ui.checkbox(&mut decimal_comma, fl!("export-decimal-comma")).changed() {
                self.decimal_comma = Some(decimal_comma);
            }
        });
        // As chosen this frame.
        let (delimiter, decimal_comma) =
            csv_locale(self.delimiter.as_deref(), self.decimal_comma, numbers::style().decimal);
        let spreadsheet = self.kind.is_spreadsheet();
        ui.add_enabled(spreadsheet, egui::Checkbox::new(&mut self.bom, fl!("export-bom")))
            .on_hover_text(fl!("export-bom-tip"))
            .on_disabled_hover_text(fl!("export-bom-tip"));
        let bom = self.bom && spreadsheet;
        let options = self.options();
        if options.is_none() {
            // The separators offered are all known: only a comma with a decimal comma is refused.
            ui.label(RichText::new(fl!("export-decimal-comma-needs-separator")).color(theme::RED));
        }
        // A result speaks of the export it came from: once the choices differ, it goes.
        let choices: Choices = (self.kind, self.visit, delimiter, decimal_comma, bom, athlete);
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
            ui.label(RichText::new(fl!("export-no-visits")).weak());
        }
        if ui
            .add_enabled(
                !busy && ready && options.is_some(),
                egui::Button::new(RichText::new(fl!("export-button")).size(18.0)),
            )
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

    /// The CSV options of the choices made (`None` when they do not go together).
    fn options(&self) -> Option<CsvOptions> {
        let (delimiter, decimal_comma) =
            csv_locale(self.delimiter.as_deref(), self.decimal_comma, numbers::style().decimal);
        let options = CsvOptions::new(Some(&delimiter), decimal_comma).ok()?;
        Some(options.with_bom(self.bom && self.kind.is_spreadsheet()))
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
            Some(Err(e)) => self.result = Some(Err(fl!("export-visits-not-read", error = e))),
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
        let Some(options) = self.options() else { return };
        let progress = Arc::new(Progress::default());
        let p = progress.clone();
        let (kind, visit) = (self.kind, self.visit);
        let athlete = self.visits.as_ref().map(|(a, _)| *a);
        let job = shared.clinic.worker.run(move |store| {
            let err = |e: crate::io::export::ExportError| match e {
                crate::io::export::ExportError::Store(e) => store_error_text(&e),
                e => e.to_string(),
            };
            let ctx = ExportContext::new(store, options).map_err(err)?;
            let create = |path: &PathBuf| {
                std::fs::File::create(path)
                    .map(std::io::BufWriter::new)
                    .map_err(|e| fl!("export-cannot-create", path = path.display().to_string(), error = e.to_string()))
            };
            let shown = path.display().to_string();
            let open_athlete_first = || fl!("export-open-athlete");
            match kind {
                Kind::VisitSummary => {
                    let visit = visit.ok_or_else(|| fl!("export-choose-visit"))?;
                    let w = export_visit_summary(&ctx, visit, create(&path)?).map_err(err)?;
                    Ok(outcome(fl!("export-wrote-rows", rows = w.rows, path = shown), &w.left_out))
                }
                Kind::History => {
                    let w = export_athlete_history(&ctx, athlete.ok_or_else(open_athlete_first)?, create(&path)?)
                        .map_err(err)?;
                    Ok(outcome(fl!("export-wrote-rows", rows = w.rows, path = shown), &w.left_out))
                }
                Kind::Traces => {
                    let athlete = athlete.ok_or_else(open_athlete_first)?;
                    let w = export_traces(&ctx, athlete, visit, &path, &mut |d, t| p.set(d, t)).map_err(err)?;
                    Ok(outcome(fl!("export-wrote-traces", files = w.files.len(), path = shown), &w.left_out))
                }
                Kind::All => {
                    let m = export_all(store, &path, options, &mut |d, t| p.set(d, t)).map_err(err)?;
                    let written = fl!(
                        "export-exported-all",
                        athletes = fl!("export-count-athletes", count = m.athletes),
                        visits = fl!("export-count-visits", count = m.visits),
                        trials = fl!("export-count-trials", count = m.trials),
                        path = shown
                    );
                    Ok(outcome(written, &m.skipped))
                }
            }
        });
        self.running = Some((job, progress));
    }
}

/// What an export wrote, then the trials it left out (their stored samples are damaged) and the
/// rows (they cannot be read), counted and named. Counted as `export::left_out_count` counts
/// them: trials, unless a row is among them.
fn outcome(written: String, left_out: &[String]) -> String {
    if left_out.is_empty() {
        return written;
    }
    let (count, list) = (left_out.len(), left_out.join("; "));
    let left_out = if left_out.iter().all(|l| l.starts_with("trial ")) {
        fl!("export-left-out-trials", count = count, list = list)
    } else {
        fl!("export-left-out-rows", count = count, list = list)
    };
    fl!("export-outcome-left-out", written = written, left_out = left_out)
}

/// The language a report is written in, chosen beside the report's buttons: the shipped
/// languages, each by its own name. `chosen` is `None` until one is picked: the report is then
/// in the app's language.
pub fn report_language_choice(ui: &mut egui::Ui, chosen: &mut Option<Language>) {
    let current = chosen.map_or_else(crate::i18n::current_language, UiLanguage::from);
    let shown = match current {
        UiLanguage::Shipped(l) => l.native_name(),
        UiLanguage::Pseudo => Language::English.native_name(),
    };
    let l = ui.label(fl!("export-report-language"));
    egui::ComboBox::from_id_salt("report language")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for language in Language::ALL {
                if ui.selectable_label(current == UiLanguage::Shipped(language), language.native_name()).clicked() {
                    *chosen = Some(language);
                }
            }
        })
        .response
        .labelled_by(l.id)
        .on_hover_text(fl!("export-report-language-tip"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_and_decimal_comma_follow_the_apps_decimal_separator_until_chosen() {
        use DecimalSeparator::{Comma, Point};
        assert_eq!(csv_locale(None, None, Point), (",".to_string(), false));
        assert_eq!(csv_locale(None, None, Comma), (";".to_string(), true));
        // Chosen here: the choice wins, and the separator follows a chosen decimal comma.
        assert_eq!(csv_locale(None, Some(false), Comma), (",".to_string(), false));
        assert_eq!(csv_locale(None, Some(true), Point), (";".to_string(), true));
        assert_eq!(csv_locale(Some("tab"), None, Comma), ("tab".to_string(), true));
        // What the app's default makes is a valid export: a decimal comma never with a comma.
        for app in [Point, Comma] {
            let (delimiter, comma) = csv_locale(None, None, app);
            assert!(CsvOptions::new(Some(&delimiter), comma).is_ok());
        }
    }
}
