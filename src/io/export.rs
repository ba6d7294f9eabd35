//! Exports: visit summary, athlete history, raw traces, and the whole database (`all`), as CSV
//! for spreadsheets and research tools. Every export reads through the store's functions.

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::csv_out::{CsvOptions, CsvOut};
pub use super::spreadsheet::{export_athlete_history, export_visit_summary};
use super::trace_csv::write_trace_with;
use crate::analysis::Mdc;
use crate::io::tables::{self, Table, TrialRow};
use crate::model::{Athlete, file_stem_of};
use crate::protocols::{Measure, TestLibrary};
use crate::records;
use crate::results::{ResultSettings, VisitResults};
use crate::store::{DamagedRow, Store, StoreError};

/// An export that could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

pub(super) fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + use<> {
    let path = path.to_path_buf();
    move |source| ExportError::Io { path, source }
}

/// Progress of a long export: (done, total).
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

/// The clinic's library and settings, read once per export.
pub struct ExportContext<'a> {
    pub store: &'a Store,
    pub library: TestLibrary,
    pub settings: ResultSettings,
    pub options: CsvOptions,
}

impl<'a> ExportContext<'a> {
    pub fn new(store: &'a Store, options: CsvOptions) -> Result<Self, ExportError> {
        Ok(ExportContext { store, library: store.test_library()?, settings: records::result_settings(store)?, options })
    }

    pub(super) fn is_count(&self, test_id: &str) -> bool {
        self.library.test(test_id).is_some_and(|t| t.measure == Measure::RepsCount)
    }

    pub(super) fn mdc_of(&self, test_id: &str) -> Option<(Mdc, String)> {
        self.library.test(test_id).and_then(|t| self.settings.mdc_for(t))
    }
}

/// A trial an export left out because its stored samples are damaged, named for the clinician:
/// "trial 17 (athlete 3, visit of 2026-03-02): its stored samples are damaged (...); left out".
pub fn left_out_line(trial_id: i64, athlete_id: i64, visit_date: Option<NaiveDate>, detail: &str) -> String {
    let date = visit_date.map_or_else(|| "?".to_string(), |d| d.to_string());
    let detail = if detail.is_empty() { String::new() } else { format!(" ({detail})") };
    format!(
        "trial {trial_id} (athlete {athlete_id}, visit of {date}): its stored samples are damaged{detail}; left out"
    )
}

/// A row an export left out because it cannot be read, named for the clinician: "visit 7: its
/// 'date_time' cell is not valid (expected a date and time YYYY-MM-DDTHH:MM:SS, found
/// 'garbage'); left out".
pub fn row_left_out_line(row: &DamagedRow) -> String {
    format!("{row}; left out")
}

/// How many were left out, in words: "1 trial", "3 trials" (trials only), "2 rows".
pub fn left_out_count(left_out: &[String]) -> String {
    let noun = if left_out.iter().all(|l| l.starts_with("trial ")) { "trial" } else { "row" };
    format!("{} {noun}{}", left_out.len(), if left_out.len() == 1 { "" } else { "s" })
}

/// `f`'s answer, with the rows its readers left out because they cannot be read added to
/// `left_out`, each named ([`row_left_out_line`]).
pub(crate) fn reading_rows<T>(store: &Store, left_out: &mut Vec<String>, f: impl FnOnce(&Store) -> T) -> T {
    let (answer, rows) = store.reading(f);
    left_out.extend(rows.iter().map(row_left_out_line));
    answer
}

/// The trials of `results` whose samples are damaged, each as a [`left_out_line`].
pub(crate) fn left_out_of(athlete_id: i64, results: &[VisitResults]) -> Vec<String> {
    results
        .iter()
        .flat_map(|v| {
            v.damaged_trials.iter().map(|id| left_out_line(*id, athlete_id, Some(v.visit.date_time.date()), ""))
        })
        .collect()
}

/// What a spreadsheet export wrote: its rows, and the trials it left out (their stored samples
/// are damaged, [`left_out_line`]) and the rows that cannot be read ([`row_left_out_line`]),
/// each named. The rows are computed without them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowsWritten {
    pub rows: usize,
    pub left_out: Vec<String>,
}

/// What `export_traces` wrote: one file per trial, and the trials it left out (their stored
/// samples are damaged, [`left_out_line`], or their rows cannot be read,
/// [`row_left_out_line`]), each named.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TracesWritten {
    pub files: Vec<PathBuf>,
    pub left_out: Vec<String>,
}

/// The most bytes of a test id in a trace's file name.
const TEST_STEM_BYTES: usize = 60;

/// A trace's file name: "ana_silva_2026-03-02_nordic_left_trial17.csv". The athlete's name and
/// the test are cut (on a character boundary) so that the name stays well within the 255 bytes
/// a file name may hold; the trial id, which makes it unique, is always whole.
fn trace_file_name(athlete: &Athlete, date: Option<NaiveDate>, test_id: &str, side: &str, trial_id: i64) -> String {
    let test = file_stem_of(test_id, TEST_STEM_BYTES);
    let date = date.map(|d| d.to_string()).unwrap_or_default();
    format!("{}_{date}_{test}_{side}_trial{trial_id}.csv", athlete.file_stem())
}

/// One trace CSV per trial of an athlete (or one visit), into `dir`. A trial whose stored
/// samples are damaged, or whose row cannot be read, is left out and named; the rest is written.
pub fn export_traces(
    ctx: &ExportContext,
    athlete_id: i64,
    visit_id: Option<i64>,
    dir: &Path,
    progress: Progress,
) -> Result<TracesWritten, ExportError> {
    std::fs::create_dir_all(dir).map_err(io_error(dir))?;
    let athlete = ctx.store.athlete(athlete_id)?;
    let mut written = TracesWritten::default();
    let (visits, trials) = reading_rows(ctx.store, &mut written.left_out, |store| {
        Ok::<_, StoreError>((store.visits(athlete_id)?, store.trials_of_athlete(athlete_id)?))
    })?;
    let trials: Vec<_> = trials.into_iter().filter(|t| visit_id.is_none_or(|v| t.visit_id == v)).collect();
    for (i, info) in trials.iter().enumerate() {
        progress(i, trials.len());
        let date = visits.iter().find(|v| v.id == info.visit_id).map(|v| v.date_time.date());
        let name = trace_file_name(&athlete, date, &info.meta.test_id, info.meta.side.id(), info.id);
        let path = dir.join(name);
        let mut trace = match ctx.store.trial_trace(info) {
            Ok(trace) => trace,
            Err(StoreError::DamagedSamples { trial, detail }) => {
                written.left_out.push(left_out_line(trial, athlete_id, date, &detail));
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        if trace.is_empty() {
            // Measured by a count: nothing to write.
            continue;
        }
        trace.meta.extra.push(("athlete".into(), athlete.full_name()));
        trace.meta.extra.push(("trial_id".into(), info.id.to_string()));
        let mut file = BufWriter::new(File::create(&path).map_err(io_error(&path))?);
        write_trace_with(&trace, &mut file, ctx.options).map_err(io_error(&path))?;
        file.flush().map_err(io_error(&path))?;
        written.files.push(path);
    }
    progress(trials.len(), trials.len());
    Ok(written)
}

/// What `export all` wrote (also `manifest.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    pub schema_version: i64,
    pub delimiter: String,
    pub decimal_comma: bool,
    pub athletes: usize,
    pub injury_episodes: usize,
    pub visits: usize,
    pub trials: usize,
    pub signoffs: usize,
    /// Manual clearance checks (exports before schema version 3 have none).
    #[serde(default)]
    pub clearance_checks: usize,
    pub exported_at: String,
    /// Trials left out because their stored samples are damaged ([`left_out_line`]), rows left
    /// out because they cannot be read ([`row_left_out_line`]) and what was left out or written
    /// without a reference because of them, each named.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<String>,
}

pub const MANIFEST_FORMAT: &str = "forcetrack-export";

/// Names of the files of an `export all` folder besides its tables (`io::tables` names those).
pub mod files {
    pub const MANIFEST: &str = "manifest.json";
    pub const TRACES: &str = "traces";
}

/// Writes one table of an export folder through its definition.
fn write_table<'r, R: 'r>(
    dir: &Path,
    table: &Table<R>,
    options: CsvOptions,
    rows: impl IntoIterator<Item = &'r R>,
) -> Result<(), ExportError> {
    let path = dir.join(table.file);
    let file = BufWriter::new(File::create(&path).map_err(io_error(&path))?);
    let mut csv = CsvOut::new(file, options);
    csv.header(&table.header()).map_err(io_error(&path))?;
    for row in rows {
        for column in table.columns {
            csv.value(&(column.get)(row));
        }
        csv.end_row().map_err(io_error(&path))?;
    }
    let mut file = csv.finish().map_err(io_error(&path))?;
    file.flush().map_err(io_error(&path))
}

/// Every table plus every trial's trace into `dir`: for research, and for moving the clinic to
/// another machine (`import all` reads it back without loss).
/// The manifest is removed first and written last (under a temporary name, then renamed): a
/// folder with a manifest holds a complete export, and a killed or failed export leaves none.
pub fn export_all(store: &Store, dir: &Path, options: CsvOptions, progress: Progress) -> Result<Manifest, ExportError> {
    let manifest_path = dir.join(files::MANIFEST);
    match std::fs::remove_file(&manifest_path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_error(&manifest_path)(e)),
    }
    let traces = dir.join(files::TRACES);
    std::fs::create_dir_all(&traces).map_err(io_error(&traces))?;
    let mut skipped = Vec::new();
    let (athletes, mut episodes, mut visits, mut trials, mut signoffs, mut checks, settings, definitions) =
        reading_rows(store, &mut skipped, |store| {
            Ok::<_, StoreError>((
                store.athletes(true)?,
                store.all_episodes()?,
                store.all_visits()?,
                store.all_trials()?,
                store.all_signoffs()?,
                store.all_clearance_checks()?,
                store.all_settings()?,
                store.custom_definitions()?,
            ))
        })?;
    // What refers to a row left out: its references that may be empty are emptied (said), the
    // rows that cannot be without it are left out with it (said), so that the folder imports.
    let athlete_ids: HashSet<i64> = athletes.iter().map(|r| r.athlete.id).collect();
    let episode_ids: HashSet<i64> = episodes.iter().map(|e| e.id).collect();
    let visit_ids: HashSet<i64> = visits.iter().map(|v| v.id).collect();
    let gone = |what: &str, id: i64| format!("{what} {id}, whose row cannot be read");
    for e in &mut episodes {
        if let Some(v) = e.baseline_visit_id.filter(|v| !visit_ids.contains(v)) {
            e.baseline_visit_id = None;
            skipped.push(format!(
                "injury episode {}: written without its pre-injury baseline, {}",
                e.id,
                gone("visit", v)
            ));
        }
    }
    for v in &mut visits {
        if let Some(e) = v.episode_id.filter(|e| !episode_ids.contains(e)) {
            v.episode_id = None;
            skipped.push(format!("visit {}: written without its injury episode, {}", v.id, gone("injury episode", e)));
        }
    }
    trials.retain(|t| {
        let kept = visit_ids.contains(&t.visit_id);
        if !kept {
            skipped.push(format!("trial {}: left out with {}", t.id, gone("visit", t.visit_id)));
        }
        kept
    });
    signoffs.retain_mut(|s| {
        if !athlete_ids.contains(&s.athlete_id) {
            skipped.push(format!("sign-off {}: left out with {}", s.id, gone("athlete", s.athlete_id)));
            return false;
        }
        if let Some(e) = s.episode_id.filter(|e| !episode_ids.contains(e)) {
            s.episode_id = None;
            skipped.push(format!(
                "sign-off {}: written without its injury episode, {}",
                s.id,
                gone("injury episode", e)
            ));
        }
        if let Some(v) = s.visit_id.filter(|v| !visit_ids.contains(v)) {
            s.visit_id = None;
            skipped.push(format!("sign-off {}: written without its visit, {}", s.id, gone("visit", v)));
        }
        true
    });
    checks.retain(|c| {
        let kept = visit_ids.contains(&c.visit_id);
        if !kept {
            skipped.push(format!(
                "the answer to the manual check '{}' at visit {}: left out with {}",
                c.check_id,
                c.visit_id,
                gone("visit", c.visit_id)
            ));
        }
        kept
    });

    let mut sorted: Vec<&Athlete> = athletes.iter().map(|r| &r.athlete).collect();
    sorted.sort_by_key(|a| a.id);
    write_table(dir, &tables::ATHLETES, options, sorted)?;
    write_table(dir, &tables::EPISODES, options, &episodes)?;
    write_table(dir, &tables::VISITS, options, &visits)?;
    // Each trial's samples go to its own trace file (a trial measured by a count has none).
    let total = trials.len();
    let mut rows = Vec::with_capacity(total);
    for (i, t) in trials.iter().enumerate() {
        progress(i, total);
        let trace = match store.trial_trace(t) {
            Ok(trace) => trace,
            // A trial whose samples are damaged cannot be exported: named, and the rest goes on.
            Err(StoreError::DamagedSamples { trial, detail }) => {
                let visit = visits.iter().find(|v| v.id == t.visit_id);
                let athlete = visit.map_or(0, |v| v.athlete_id);
                skipped.push(left_out_line(trial, athlete, visit.map(|v| v.date_time.date()), &detail));
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        let trace_file = if trace.is_empty() { String::new() } else { format!("{}/trial-{}.csv", files::TRACES, t.id) };
        if !trace.is_empty() {
            let path = dir.join(&trace_file);
            let mut file = BufWriter::new(File::create(&path).map_err(io_error(&path))?);
            write_trace_with(&trace, &mut file, options).map_err(io_error(&path))?;
            file.flush().map_err(io_error(&path))?;
        }
        rows.push(TrialRow { info: t.clone(), trace_file });
    }
    write_table(dir, &tables::TRIALS, options, &rows)?;
    progress(total, total);
    write_table(dir, &tables::SIGNOFFS, options, &signoffs)?;
    write_table(dir, &tables::CHECKS, options, &checks)?;
    write_table(dir, &tables::SETTINGS, options, &settings)?;
    write_table(dir, &tables::DEFINITIONS, options, &definitions)?;
    let manifest = Manifest {
        format: MANIFEST_FORMAT.into(),
        version: 1,
        schema_version: store.schema_version()?,
        delimiter: (options.delimiter as char).to_string(),
        decimal_comma: options.decimal_comma,
        athletes: athletes.len(),
        injury_episodes: episodes.len(),
        visits: visits.len(),
        trials: rows.len(),
        signoffs: signoffs.len(),
        clearance_checks: checks.len(),
        exported_at: chrono::Local::now().naive_local().format("%Y-%m-%dT%H:%M:%S").to_string(),
        skipped,
    };
    let json = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    let partial = dir.join(format!("{}.part", files::MANIFEST));
    let write = || -> std::io::Result<()> {
        let mut file = File::create(&partial)?;
        file.write_all(json.as_bytes())?;
        file.write_all(b"\n")?;
        file.sync_all()?;
        std::fs::rename(&partial, &manifest_path)
    };
    write().map_err(io_error(&manifest_path))?;
    Ok(manifest)
}
