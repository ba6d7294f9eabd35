//! The printable report of an athlete's visit: the athlete, the injury episode, the visit's
//! results per test and side with asymmetry and change, progress over visits, the clearance
//! checklist with sources and the sign-off. One `Report` is gathered from the clinic and written
//! as PDF (`pdf`, A4 or Letter) or as the same content in CSV (`csv`) for records systems.
//!
//! A report is made in the language asked for it ([`ReportRequest::language`]), which need not
//! be the app's (a clinic may send an English report to a club abroad), with numbers and dates in
//! the style asked for. The CSV's column names, ids and value cells stay machine-readable.

mod csv;
mod draw;
pub mod fonts;
mod layout;
mod pdf;
mod ticks;

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

pub use self::csv::write_csv;
pub use self::pdf::render_pdf;
use crate::analysis::{AsymmetryBand, AsymmetryBands, Mdc};
use crate::clearance::{AthleteRecord, Evaluation, TemplateSet, evaluate};
use crate::device::profile::ProfileSet;
use crate::i18n::numbers::NumberStyle;
use crate::i18n::{UiLanguage, loader_for};
use crate::model::{Athlete, ClearanceCheck, ForceUnit, InjuryEpisode, Instrument, Side, SignOff, Visit};
use crate::protocols::{Measure, TestLibrary};
use crate::records;
use crate::results::methods::{self, Method};
use crate::results::{Hq, ResultSettings, SideChange};
use crate::store::{Store, StoreError};

/// A report that could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Invalid(String),
    #[error("cannot write {path}: {message}")]
    Write { path: PathBuf, message: String },
}

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    pub fn parse(text: &str) -> Option<Paper> {
        match text.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" | "us-letter" => Some(Paper::Letter),
            _ => None,
        }
    }

    /// Width and height in PDF points (1/72 inch).
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// One side of one test at the reported visit.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultRow {
    pub test_id: String,
    pub test_name: String,
    pub side: Side,
    /// Counted reps (count tests) instead of forces.
    pub is_count: bool,
    pub reps: usize,
    pub best: Option<f64>,
    pub mean: Option<f64>,
    pub cv_percent: Option<f64>,
    pub n_per_kg: Option<f64>,
    pub torque_n_m: Option<f64>,
    pub pain: Option<u8>,
    pub flags: Vec<String>,
    /// The test's asymmetry ("12.0 % L"), band and LSI (on both rows of a test).
    pub asymmetry: Option<String>,
    pub band: Option<AsymmetryBand>,
    pub lsi_percent: Option<f64>,
    /// Change since the previous visit with this test (with that visit's date and device); where
    /// its MDC comes from in the report's language.
    pub change: Option<SideChange>,
    /// The kinds of instrument of this side's trials.
    pub instruments: Vec<Instrument>,
    /// A trial of this side was entered by hand.
    pub entered_by_hand: bool,
    /// The test's MDC, and where it comes from in the report's language.
    pub mdc: Option<(Mdc, String)>,
}

/// A test's values over the visits, for a progress chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressSeries {
    pub test_id: String,
    pub test_name: String,
    pub is_count: bool,
    /// (visit date, left, right).
    pub points: Vec<(NaiveDate, Option<f64>, Option<f64>)>,
    /// Published thresholds in the test's unit: (value, label).
    pub thresholds: Vec<(f64, String)>,
    /// The kinds of instrument of each point (left, right), in the order of `points`: lines
    /// break where the kind changes, and points of another kind than the latest are hollow.
    pub instruments: Vec<[Vec<Instrument>; 2]>,
    /// The pre-injury values (left, right).
    pub baseline: Option<(Option<f64>, Option<f64>)>,
    /// The kinds of instrument of the pre-injury values (left, right): a reference line is drawn
    /// only from the kind of the latest values.
    pub baseline_instruments: [Vec<Instrument>; 2],
    /// Injury dates: the lines break there, and a mark shows each.
    pub injuries: Vec<NaiveDate>,
    /// Same-day visits left out (each day shows its last visit).
    pub same_day_dropped: usize,
}

/// Everything a report shows.
#[derive(Debug, Clone)]
pub struct Report {
    pub generated: NaiveDateTime,
    pub athlete: Athlete,
    pub episode: Option<InjuryEpisode>,
    pub baseline_date: Option<NaiveDate>,
    pub visit: Visit,
    pub rows: Vec<ResultRow>,
    pub progress: Vec<ProgressSeries>,
    /// How asymmetry is computed and banded, with the sources.
    pub asymmetry_note: String,
    pub bands: AsymmetryBands,
    /// Which per-side value feeds asymmetry and progress ("best" or "mean").
    pub summary: String,
    pub evaluation: Option<Evaluation>,
    /// The sign-off of this evaluation (same visit and template), the latest.
    pub signoff: Option<SignOff>,
    /// The methods behind the numbers, from the settings in force, and the devices, in each
    /// unit a report can show forces in (`methods_in`).
    pub methods: Vec<(ForceUnit, Vec<Method>)>,
    /// Answers to the visit's manual checks given after its sign-off (the evaluation above
    /// uses the answers the sign-off was made on).
    pub checks_changed_after_signoff: Vec<ClearanceCheck>,
    /// The language the report is written in, and how its numbers and dates read.
    pub language: UiLanguage,
    pub numbers: NumberStyle,
    /// H:Q per side at this visit and the visits before it that have one: (date, left, right).
    pub hq: Vec<(NaiveDate, Hq, Hq)>,
    /// The clinic's lowest acceptable H:Q, if it set one.
    pub hq_at_least: Option<f64>,
    /// Each H:Q of `hq` that reads two kinds of instrument: (date, side, why in words).
    pub hq_caveats: Vec<(NaiveDate, Side, String)>,
    /// Trials of this visit and the visits before it whose stored samples are damaged, and the
    /// athlete's rows that cannot be read: in none of the results, each named
    /// (`export::left_out_line`, `export::row_left_out_line`); the methods say so too.
    pub left_out: Vec<String>,
}

/// What to report, and in which language.
#[derive(Debug, Clone)]
pub struct ReportRequest {
    pub athlete_id: i64,
    /// Default: the newest open episode, else the newest.
    pub episode_id: Option<i64>,
    /// Default: the newest visit of the episode.
    pub visit_id: Option<i64>,
    /// Default: the clinic's template for the episode's injury (none without an episode).
    pub template_id: Option<String>,
    /// The language of the report's words. Default: the app's.
    pub language: UiLanguage,
    /// How the report's numbers and dates read. Default: the app's style.
    pub numbers: NumberStyle,
}

impl Default for ReportRequest {
    fn default() -> Self {
        ReportRequest {
            athlete_id: 0,
            episode_id: None,
            visit_id: None,
            template_id: None,
            language: crate::i18n::current_language(),
            numbers: crate::i18n::numbers::style(),
        }
    }
}

impl Report {
    /// Gathers a report from the clinic database.
    pub fn build(store: &Store, request: &ReportRequest) -> Result<Report, ReportError> {
        let loader = loader_for(request.language);
        let style = request.numbers;
        let library = store.test_library()?;
        let settings = records::result_settings(store)?;
        let templates = TemplateSet::new(&store.custom_clearance_templates()?, &library, &loader);
        // Rows that cannot be read are left out of the record and named with the trials left out.
        let mut damaged_rows = Vec::new();
        let mut record = crate::io::export::reading_rows(store, &mut damaged_rows, |store| {
            records::athlete_record(store, request.athlete_id, &library, &settings)
        })?;
        let episode_id = record.episode(request.episode_id, &loader).map_err(ReportError::Invalid)?.map(|e| e.id);
        let episode = episode_id.and_then(|id| record.episodes.iter().find(|e| e.id == id)).cloned();
        let visit_id = record.visit(request.visit_id, episode.as_ref(), &loader).map_err(ReportError::Invalid)?;
        let template = match &request.template_id {
            Some(id) => {
                Some(templates.get(id).ok_or_else(|| ReportError::Invalid(format!("no clearance template '{id}'")))?)
            }
            None => episode.as_ref().map(|e| templates.for_injury(Some(e.kind.id()))),
        };
        // A signed evaluation is printed with the manual answers it was signed on; answers
        // given after the sign-off are listed as changes, not silently printed in their place.
        let signoff = match template {
            Some(t) => {
                crate::io::export::reading_rows(store, &mut damaged_rows, |store| store.signoffs(request.athlete_id))?
                    .into_iter()
                    .rev()
                    .find(|s| s.visit_id == Some(visit_id) && s.template_id == t.id)
            }
            None => None,
        };
        let mut checks_changed_after_signoff = Vec::new();
        if let Some(s) = &signoff {
            let log = store.clearance_check_log(request.athlete_id)?;
            record.checks = crate::clearance::checks_as_of(&log, s.signed_at);
            checks_changed_after_signoff =
                log.into_iter().filter(|c| c.visit_id == visit_id && c.checked_at > s.signed_at).collect();
        }
        let episode = episode.as_ref();
        let evaluation = template
            .map(|t| evaluate(t, record.input(episode), visit_id, &loader))
            .transpose()
            .map_err(ReportError::Invalid)?;
        let index = record
            .history
            .iter()
            .position(|v| v.visit.id == visit_id)
            .ok_or_else(|| ReportError::Invalid(format!("visit {visit_id} has no results")))?;
        let current = &record.history[index];
        let rows = result_rows(&record, index, &library, &settings, &loader, &style);
        let baseline =
            episode.and_then(|e| e.baseline_visit_id).and_then(|id| record.history.iter().find(|v| v.visit.id == id));
        let progress = current
            .tests
            .iter()
            .map(|t| {
                let definition = library.test(&t.test_id);
                let is_count = definition.is_some_and(|d| d.measure == Measure::RepsCount);
                let unit = if is_count { "reps" } else { "N" };
                let shown = record.history[..=index].iter().filter(|v| {
                    episode.is_none_or(|e| v.visit.date_time.date() >= e.injury_date)
                        || baseline.is_some_and(|b| b.visit.id == v.visit.id)
                });
                let (days, same_day_dropped) = crate::results::chart::one_visit_per_day(shown, &t.test_id);
                let kinds = |r: &crate::results::TestResult, s: Side| {
                    r.side(s).filter(|s| s.value.is_some()).map_or_else(Vec::new, |s| s.instruments.clone())
                };
                let (points, instruments) = days
                    .iter()
                    .filter_map(|v| {
                        let r = v.test(&t.test_id)?;
                        let value = |s: Side| r.side(s).and_then(|s| s.value);
                        Some((
                            (v.visit.date_time.date(), value(Side::Left), value(Side::Right)),
                            [kinds(r, Side::Left), kinds(r, Side::Right)],
                        ))
                    })
                    .unzip();
                let baseline_test = baseline.and_then(|b| b.test(&t.test_id));
                ProgressSeries {
                    test_id: t.test_id.clone(),
                    test_name: test_name(&loader, &t.test_id, &t.test_name),
                    is_count,
                    points,
                    instruments,
                    thresholds: definition
                        .map(|d| {
                            d.thresholds
                                .iter()
                                .filter(|th| th.unit == unit)
                                .map(|th| (th.value, th.source.split(" (").next().unwrap_or(&th.source).to_string()))
                                .collect()
                        })
                        .unwrap_or_default(),
                    baseline: baseline_test
                        .map(|r| (r.left.as_ref().and_then(|s| s.value), r.right.as_ref().and_then(|s| s.value))),
                    baseline_instruments: baseline_test
                        .map_or_else(Default::default, |r| [kinds(r, Side::Left), kinds(r, Side::Right)]),
                    injuries: record.episodes.iter().map(|e| e.injury_date).collect(),
                    same_day_dropped,
                }
            })
            .collect();
        let f = settings.formula;
        let test_ids: Vec<&str> = current.tests.iter().map(|t| t.test_id.as_str()).collect();
        let hq: Vec<(NaiveDate, Hq, Hq)> = record.history[..=index]
            .iter()
            .map(|v| (v.visit.date_time.date(), v.hq(Side::Left), v.hq(Side::Right)))
            .filter(|(_, l, r)| l.ratio().is_some() || r.ratio().is_some())
            .collect();
        let tr = &loader;
        let hq_caveats: Vec<(NaiveDate, Side, String)> = record.history[..=index]
            .iter()
            .flat_map(|v| {
                [Side::Left, Side::Right]
                    .into_iter()
                    .filter_map(move |side| Some((v.visit.date_time.date(), side, v.hq_caveat(tr, side)?)))
            })
            .collect();
        let profiles = ProfileSet::load(store.path().parent().map(crate::store::paths::devices_dir).as_deref());
        let device_name =
            |device: &str| profiles.get(device).map_or_else(|| device.to_string(), |p| p.shown_name(&loader));
        let mut left_out = crate::io::export::left_out_of(record.athlete.id, &record.history[..=index]);
        left_out.extend(damaged_rows);
        let methods_in = |unit: ForceUnit| {
            let mut methods = methods::methods(&loader, &style, &library, &settings, &test_ids, unit);
            methods.extend(methods::trial_sources(&loader, &style, current, &device_name));
            if !left_out.is_empty() {
                // Counted as `export::left_out_count` counts them: trials, unless a row is among them.
                let (count, list) = (left_out.len(), left_out.join("; "));
                let text = if left_out.iter().all(|l| l.starts_with("trial ")) {
                    crate::fl_in!(&loader, "methods-left-out-trials", count = count, list = list)
                } else {
                    crate::fl_in!(&loader, "methods-left-out-rows", count = count, list = list)
                };
                methods.push(methods::fact(&loader, methods::LEFT_OUT_KEY, text));
            }
            (unit, methods)
        };
        let methods = ForceUnit::ALL.into_iter().map(methods_in).collect();
        Ok(Report {
            generated: chrono::Local::now().naive_local(),
            athlete: record.athlete.clone(),
            episode: episode.cloned(),
            baseline_date: baseline.map(|b| b.visit.date_time.date()),
            visit: current.visit.clone(),
            rows,
            progress,
            asymmetry_note: f.note(&loader, &style),
            bands: settings.bands,
            summary: settings.summary.id().to_string(),
            evaluation,
            signoff,
            methods,
            checks_changed_after_signoff,
            hq,
            hq_at_least: settings.hq_at_least,
            hq_caveats,
            left_out,
            language: request.language,
            numbers: style,
        })
    }

    /// The methods with forces in `unit`.
    pub fn methods_in(&self, unit: ForceUnit) -> &[Method] {
        self.methods.iter().find(|(u, _)| *u == unit).map_or(&[], |(_, m)| m.as_slice())
    }

    /// A file name for the report: "liam_oconnor_2026-04-20.pdf".
    pub fn file_stem(&self) -> String {
        format!("{}_{}", self.athlete.file_stem(), self.visit.date_time.format("%Y-%m-%d"))
    }
}

/// A test's name in the report's language: a built-in test's from the catalogue, a clinic's own
/// test in its own words.
fn test_name(loader: &i18n_embed::fluent::FluentLanguageLoader, id: &str, english: &str) -> String {
    crate::protocols::test_name(loader, id, english)
}

fn result_rows(
    record: &AthleteRecord,
    index: usize,
    library: &TestLibrary,
    settings: &ResultSettings,
    loader: &i18n_embed::fluent::FluentLanguageLoader,
    style: &crate::i18n::numbers::NumberStyle,
) -> Vec<ResultRow> {
    let mut rows = Vec::new();
    for t in &record.history[index].tests {
        let definition = library.test(&t.test_id);
        // Where an MDC comes from, in the report's language (a built-in test's source translated).
        let shown_source = |source: &str| crate::results::mdc_source_text(loader, definition, source);
        let mdc = definition.and_then(|d| settings.mdc_for(d)).map(|(m, source)| (m, shown_source(&source)));
        for side in [Side::Left, Side::Right] {
            let Some(s) = t.side(side) else { continue };
            let mut change = s.change.clone();
            if let Some((_, source)) = change.as_mut().and_then(|c| c.mdc.as_mut()) {
                *source = shown_source(source);
            }
            rows.push(ResultRow {
                test_id: t.test_id.clone(),
                test_name: test_name(loader, &t.test_id, &t.test_name),
                side,
                is_count: definition.is_some_and(|d| d.measure == Measure::RepsCount),
                reps: s.reps,
                best: s.peak_force.map(|p| p.best).or(s.reps_count.map(f64::from)),
                mean: s.peak_force.map(|p| p.mean),
                cv_percent: s.peak_force.and_then(|p| p.cv_percent),
                n_per_kg: s.value_n_per_kg,
                torque_n_m: s.torque_n_m,
                pain: s.pain,
                flags: s.flags.clone(),
                asymmetry: t.asymmetry.map(|a| a.display(loader, style)),
                band: t.band,
                lsi_percent: t.lsi_percent,
                change,
                instruments: s.instruments.clone(),
                entered_by_hand: s.entered_by_hand,
                mdc: mdc.clone(),
            });
        }
    }
    rows
}

/// Writes the report as PDF or CSV, chosen by the file's extension.
pub fn write_report(report: &Report, path: &Path, paper: Paper, unit: ForceUnit) -> Result<(), ReportError> {
    let write_err = |message: String| ReportError::Write { path: path.to_path_buf(), message };
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let bytes = match extension.as_deref() {
        Some("pdf") => render_pdf(report, paper, unit).map_err(write_err)?,
        Some("csv") => {
            let mut out = Vec::new();
            write_csv(report, &mut out).map_err(|e| write_err(e.to_string()))?;
            out
        }
        _ => return Err(ReportError::Invalid(format!("{}: the report is written as .pdf or .csv", path.display()))),
    };
    std::fs::write(path, bytes).map_err(|e| write_err(e.to_string()))
}
