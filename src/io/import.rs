//! Imports: athletes from a CSV list, recordings (ForceTrack or Chronojump traces) attached to
//! an athlete, visit, test and side, and a whole database from an `export all` folder.

use std::collections::HashMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::csv_out::restore;
use super::export::{MANIFEST_FORMAT, Manifest, Progress, files};
use super::trace_csv::{TraceError, TraceFormat, parse_trace, read_trace_file};
use crate::model::{
    Athlete, Channel, ClearanceCheck, HamstringLocation, InjuryEpisode, InjuryKind, Polarity, ProvocationTests, Sex,
    Side, SignOff, Trace, TraceMeta, Visit,
};
use crate::protocols::Measure;
use crate::store::{NewTrial, Store, StoreError};

/// A row that cannot be imported, by line number.
#[derive(Debug, Clone, PartialEq)]
pub struct RowProblem {
    pub line: usize,
    pub reason: String,
}

/// Why an import did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{file}: {message}")]
    File { file: String, message: String },
    #[error("{file}: nothing imported, {} bad row{}:\n{}", .problems.len(), if .problems.len() == 1 { "" } else { "s" },
        .problems.iter().map(|p| format!("  line {}: {}", p.line, p.reason)).collect::<Vec<_>>().join("\n"))]
    Rows { file: String, problems: Vec<RowProblem> },
    #[error(transparent)]
    Trace(#[from] TraceError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn file_error(file: &str, message: impl Into<String>) -> ImportError {
    ImportError::File { file: file.into(), message: message.into() }
}

/// Header aliases of the athlete list (compared lowercase, without spaces, `_` or `-`).
const ATHLETE_COLUMNS: &[(&str, &[&str])] = &[
    ("given_name", &["givenname", "firstname", "forename", "given"]),
    ("family_name", &["familyname", "lastname", "surname", "family"]),
    ("sex", &["sex", "gender"]),
    ("date_of_birth", &["dateofbirth", "dob", "birthdate", "birthday"]),
    ("external_id", &["externalid", "externalref", "athleteid", "id", "playerid"]),
    ("sport", &["sport"]),
    ("dominant_leg", &["dominantleg", "dominance", "preferredleg", "dominantside"]),
    (
        "body_mass_kg",
        &["bodymasskg", "bodymass(kg)", "weightkg", "weight(kg)", "mass(kg)", "bodymass", "weight", "mass"],
    ),
];

fn squash(header: &str) -> String {
    header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .collect()
}

fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    [b',', b';', b'\t'].into_iter().max_by_key(|d| first.matches(*d as char).count()).unwrap_or(b',')
}

fn number(text: &str) -> Option<f64> {
    text.trim().replace(',', ".").parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Reads an athlete list (columns like VALD Hub's profile import: given name, family name,
/// sex, date of birth as YYYY-MM-DD, plus optional external id, sport, dominant leg, body
/// mass). Every bad row is listed; with any, nothing is returned.
pub fn read_athletes_csv(bytes: &[u8], file: &str) -> Result<Vec<Athlete>, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| file_error(file, "not UTF-8 text"))?;
    if text.trim().is_empty() {
        return Err(file_error(file, "the file is empty"));
    }
    let mut reader =
        csv::ReaderBuilder::new().delimiter(sniff_delimiter(text)).flexible(true).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| file_error(file, e.to_string()))?.clone();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        let h = squash(h);
        if let Some((name, _)) =
            ATHLETE_COLUMNS.iter().find(|(name, aliases)| squash(name) == h || aliases.contains(&h.as_str()))
        {
            index.entry(name).or_insert(i);
        }
    }
    let missing: Vec<&str> =
        ["given_name", "family_name", "sex", "date_of_birth"].into_iter().filter(|c| !index.contains_key(c)).collect();
    if !missing.is_empty() {
        return Err(file_error(
            file,
            format!(
                "missing column{} {} (the header has: {})",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", "),
                headers.iter().collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    let today = chrono::Local::now().date_naive();
    let mut athletes = Vec::new();
    let mut problems = Vec::new();
    let mut seen_ids: HashMap<String, usize> = HashMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                problems.push(RowProblem { line, reason: format!("cannot be read: {e}") });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |name: &str| index.get(name).and_then(|&i| record.get(i)).map(str::trim).unwrap_or("");
        let mut reasons = Vec::new();
        let mut athlete = Athlete::new(cell("given_name"), cell("family_name"));
        if athlete.given_name.is_empty() {
            reasons.push("given name is empty".to_string());
        }
        if athlete.family_name.is_empty() {
            reasons.push("family name is empty".to_string());
        }
        match Sex::parse(cell("sex")) {
            Some(s) => athlete.sex = Some(s),
            None => reasons.push(format!("sex '{}' is not Female, Male or Other", cell("sex"))),
        }
        match NaiveDate::parse_from_str(cell("date_of_birth"), "%Y-%m-%d") {
            Ok(d) if d > today => reasons.push(format!("date of birth {d} is in the future")),
            Ok(d) if d.year() < 1900 => reasons.push(format!("date of birth {d} is before 1900")),
            Ok(d) => athlete.date_of_birth = Some(d),
            Err(_) => reasons.push(format!("date of birth '{}' is not YYYY-MM-DD", cell("date_of_birth"))),
        }
        let external = cell("external_id");
        if !external.is_empty() {
            if let Some(first) = seen_ids.insert(external.to_string(), line) {
                reasons.push(format!("external id '{external}' is also on line {first}"));
            }
            athlete.external_id = Some(external.to_string());
        }
        if !cell("sport").is_empty() {
            athlete.sport = Some(cell("sport").to_string());
        }
        match cell("dominant_leg") {
            "" => {}
            leg => match Side::parse(leg).filter(|s| *s != Side::Both) {
                Some(s) => athlete.dominant_leg = Some(s),
                None => reasons.push(format!("dominant leg '{leg}' is not left or right")),
            },
        }
        match cell("body_mass_kg") {
            "" => {}
            mass => match number(mass) {
                Some(m) if (20.0..=300.0).contains(&m) => athlete.body_mass_kg = Some(m),
                Some(m) => reasons.push(format!("body mass {m} kg is outside 20-300 kg")),
                None => reasons.push(format!("body mass '{mass}' is not a number")),
            },
        }
        if reasons.is_empty() {
            athletes.push(athlete);
        } else {
            problems.push(RowProblem { line, reason: reasons.join("; ") });
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Rows { file: file.into(), problems });
    }
    if athletes.is_empty() {
        return Err(file_error(file, "the file has a header but no athletes"));
    }
    Ok(athletes)
}

/// Imports an athlete list: all of it in one transaction, or nothing (every bad row listed,
/// including external ids already used in the database).
pub fn import_athletes(store: &mut Store, bytes: &[u8], file: &str) -> Result<Vec<i64>, ImportError> {
    let athletes = read_athletes_csv(bytes, file)?;
    let mut problems = Vec::new();
    for (i, a) in athletes.iter().enumerate() {
        if let Some(id) = &a.external_id
            && let Some(existing) = store.athlete_by_external_id(id)?
        {
            problems.push(RowProblem {
                line: i + 2,
                reason: format!(
                    "external id '{id}' is already used by athlete {} ({})",
                    existing.id,
                    existing.full_name()
                ),
            });
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Rows { file: file.into(), problems });
    }
    store.transaction(|s| athletes.iter().map(|a| s.add_athlete(a).map_err(ImportError::from)).collect())
}

/// Where an imported recording goes.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingTarget {
    pub athlete_id: i64,
    /// An existing visit; `None` creates one at `date_time` (default: now).
    pub visit_id: Option<i64>,
    pub date_time: Option<NaiveDateTime>,
    pub test_id: String,
    pub side: Side,
    pub polarity: Option<Polarity>,
    pub lever_arm_m: Option<f64>,
}

/// Attaches a ForceTrack, Chronojump or generic trace file as a trial. Returns (visit, trial).
pub fn import_recording(store: &mut Store, path: &Path, target: &RecordingTarget) -> Result<(i64, i64), ImportError> {
    let name = path.display().to_string();
    let file = read_trace_file(path)?;
    let library = store.test_library()?;
    let test =
        library.test(&target.test_id).ok_or_else(|| file_error(&name, format!("unknown test '{}'", target.test_id)))?;
    if test.measure == Measure::RepsCount {
        return Err(file_error(&name, format!("{} is measured by a count, not a recording", test.name)));
    }
    let mut trace = file.trace;
    match target.side {
        Side::Both => {
            let sides: Vec<Option<Side>> = trace.channels.iter().map(|c| Side::of_channel(&c.name)).collect();
            if sides != [Some(Side::Left), Some(Side::Right)] {
                return Err(file_error(&name, "a both-sides trial needs the channels left and right, in that order"));
            }
            for (c, side) in trace.channels.iter_mut().zip([Side::Left, Side::Right]) {
                c.name = side.id().into();
            }
        }
        _ => {
            if trace.channels.len() != 1 {
                let names: Vec<&str> = trace.channels.iter().map(|c| c.name.as_str()).collect();
                return Err(file_error(
                    &name,
                    format!("a {}-side trial needs one force channel; the file has {}", target.side, names.join(", ")),
                ));
            }
            trace.channels[0].name = "force".into();
        }
    }
    store.athlete(target.athlete_id)?;
    let device = trace.meta.device.clone().unwrap_or_else(|| match file.format {
        TraceFormat::Chronojump => "Chronojump force sensor (imported)".into(),
        _ => "imported file".into(),
    });
    let polarity = target.polarity.or(trace.meta.polarity).unwrap_or_default();
    let t0 = trace.time_s.first().copied().unwrap_or(0.0);
    trace.time_s.iter_mut().for_each(|t| *t -= t0);
    let now = chrono::Local::now().naive_local();
    store.transaction(|s| -> Result<(i64, i64), ImportError> {
        let visit_id = match target.visit_id {
            Some(id) => {
                let v = s.visit(id)?;
                if v.athlete_id != target.athlete_id {
                    return Err(StoreError::Invalid(format!("visit {id} belongs to another athlete")).into());
                }
                id
            }
            None => s.add_visit(&Visit {
                id: 0,
                athlete_id: target.athlete_id,
                episode_id: s.episodes(target.athlete_id)?.last().map(|e| e.id),
                date_time: target.date_time.unwrap_or(now),
                body_mass_kg: s.athlete(target.athlete_id)?.body_mass_kg,
                clinician: String::new(),
                visa_h: None,
                provocation: ProvocationTests::default(),
                notes: format!("imported from {}", path.file_name().unwrap_or_default().to_string_lossy()),
            })?,
        };
        let mut trial = NewTrial::new(visit_id, &target.test_id, target.side, &device, trace.clone());
        trial.polarity = polarity;
        trial.lever_arm_m = target.lever_arm_m;
        trial.recorded_at = target.date_time.unwrap_or(now);
        trial.notes = format!("imported from {name}");
        Ok((visit_id, s.add_trial(&trial)?))
    })
}

/// Where an `export all` folder is read from: a directory, or files compiled into the program.
pub trait ExportSource {
    fn read(&self, name: &str) -> std::io::Result<Vec<u8>>;
    fn describe(&self) -> String;
}

impl ExportSource for std::path::PathBuf {
    fn read(&self, name: &str) -> std::io::Result<Vec<u8>> {
        std::fs::read(self.join(name))
    }

    fn describe(&self) -> String {
        self.display().to_string()
    }
}

/// An export folder held in memory (the demo clinic compiled into the program).
pub struct Embedded(pub &'static [(&'static str, &'static [u8])]);

impl ExportSource for Embedded {
    fn read(&self, name: &str) -> std::io::Result<Vec<u8>> {
        self.0
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| b.to_vec())
            .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, name.to_string()))
    }

    fn describe(&self) -> String {
        "the built-in demo clinic".into()
    }
}

/// One table of an export folder, read by column name.
struct Table {
    file: String,
    columns: HashMap<String, usize>,
    rows: Vec<(usize, csv::StringRecord)>,
    decimal_comma: bool,
}

impl Table {
    fn read(source: &dyn ExportSource, name: &str, manifest: &Manifest) -> Result<Table, ImportError> {
        let file = format!("{}/{name}", source.describe());
        let bytes = source.read(name).map_err(|e| file_error(&file, e.to_string()))?;
        let delimiter = manifest.delimiter.bytes().next().unwrap_or(b',');
        let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(bytes.as_slice());
        let headers = reader.headers().map_err(|e| file_error(&file, e.to_string()))?.clone();
        let columns = headers.iter().enumerate().map(|(i, h)| (h.to_string(), i)).collect();
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| file_error(&file, e.to_string()))?;
            rows.push((record.position().map_or(0, |p| p.line() as usize), record));
        }
        Ok(Table { file, columns, rows, decimal_comma: manifest.decimal_comma })
    }

    /// A table that exports of schema versions before `since` do not have: empty there.
    fn read_since(
        source: &dyn ExportSource,
        name: &str,
        manifest: &Manifest,
        since: i64,
    ) -> Result<Table, ImportError> {
        if manifest.schema_version < since {
            let file = format!("{}/{name}", source.describe());
            return Ok(Table {
                file,
                columns: HashMap::new(),
                rows: Vec::new(),
                decimal_comma: manifest.decimal_comma,
            });
        }
        Table::read(source, name, manifest)
    }

    fn err(&self, line: usize, column: &str, message: impl std::fmt::Display) -> ImportError {
        file_error(&self.file, format!("line {line}, column {column}: {message}"))
    }

    fn raw<'r>(&self, row: &'r csv::StringRecord, line: usize, column: &str) -> Result<&'r str, ImportError> {
        let i = *self.columns.get(column).ok_or_else(|| self.err(line, column, "missing"))?;
        Ok(row.get(i).unwrap_or(""))
    }

    fn text(&self, row: &csv::StringRecord, line: usize, column: &str) -> Result<String, ImportError> {
        Ok(restore(self.raw(row, line, column)?).to_string())
    }

    fn opt_text(&self, row: &csv::StringRecord, line: usize, column: &str) -> Result<Option<String>, ImportError> {
        let t = self.text(row, line, column)?;
        Ok((!t.is_empty()).then_some(t))
    }

    fn opt_num(&self, row: &csv::StringRecord, line: usize, column: &str) -> Result<Option<f64>, ImportError> {
        let t = self.raw(row, line, column)?;
        if t.is_empty() {
            return Ok(None);
        }
        let t = if self.decimal_comma { t.replace(',', ".") } else { t.to_string() };
        t.parse::<f64>().map(Some).map_err(|_| self.err(line, column, format!("'{t}' is not a number")))
    }

    fn opt_int(&self, row: &csv::StringRecord, line: usize, column: &str) -> Result<Option<i64>, ImportError> {
        let t = self.raw(row, line, column)?;
        if t.is_empty() {
            return Ok(None);
        }
        t.parse::<i64>().map(Some).map_err(|_| self.err(line, column, format!("'{t}' is not a whole number")))
    }

    fn int(&self, row: &csv::StringRecord, line: usize, column: &str) -> Result<i64, ImportError> {
        self.opt_int(row, line, column)?.ok_or_else(|| self.err(line, column, "is empty"))
    }

    fn opt_bool(&self, row: &csv::StringRecord, line: usize, column: &str) -> Result<Option<bool>, ImportError> {
        match self.raw(row, line, column)? {
            "" => Ok(None),
            "true" => Ok(Some(true)),
            "false" => Ok(Some(false)),
            other => Err(self.err(line, column, format!("'{other}' is not true or false"))),
        }
    }

    fn parsed<T>(
        &self,
        row: &csv::StringRecord,
        line: usize,
        column: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<Option<T>, ImportError> {
        let t = self.raw(row, line, column)?;
        if t.is_empty() {
            return Ok(None);
        }
        parse(t).map(Some).ok_or_else(|| self.err(line, column, format!("'{t}' is not a valid value")))
    }

    fn date(&self, row: &csv::StringRecord, line: usize, column: &str) -> Result<Option<NaiveDate>, ImportError> {
        self.parsed(row, line, column, |t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
    }

    fn date_time(&self, row: &csv::StringRecord, line: usize, column: &str) -> Result<NaiveDateTime, ImportError> {
        self.parsed(row, line, column, |t| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S").ok())?
            .ok_or_else(|| self.err(line, column, "is empty"))
    }
}

fn list<T: std::str::FromStr>(text: &str) -> Option<Vec<T>> {
    text.split('|').filter(|p| !p.is_empty()).map(|p| p.parse().ok()).collect()
}

/// Reads an `export all` folder into an empty database, keeping every id: a round trip
/// without loss. Refuses a database that already holds athletes.
pub fn import_all(store: &mut Store, source: &dyn ExportSource, progress: Progress) -> Result<Manifest, ImportError> {
    let where_ = source.describe();
    let manifest_bytes = source
        .read(files::MANIFEST)
        .map_err(|e| file_error(&format!("{where_}/{}", files::MANIFEST), e.to_string()))?;
    let manifest: Manifest = serde_json::from_slice(&manifest_bytes)
        .map_err(|e| file_error(&format!("{where_}/{}", files::MANIFEST), e.to_string()))?;
    if manifest.format != MANIFEST_FORMAT || manifest.version != 1 {
        return Err(file_error(
            &where_,
            format!("not a ForceTrack export (format {} version {})", manifest.format, manifest.version),
        ));
    }
    let existing = store.count("athletes")?;
    if existing > 0 {
        return Err(file_error(
            &where_,
            format!("the database already holds {existing} athletes; import into an empty data folder"),
        ));
    }
    let athletes = Table::read(source, files::ATHLETES, &manifest)?;
    let episodes = Table::read(source, files::EPISODES, &manifest)?;
    let visits = Table::read(source, files::VISITS, &manifest)?;
    let trials = Table::read(source, files::TRIALS, &manifest)?;
    let signoffs = Table::read(source, files::SIGNOFFS, &manifest)?;
    let checks = Table::read_since(source, files::CHECKS, &manifest, 3)?;
    let settings = Table::read(source, files::SETTINGS, &manifest)?;
    let definitions = Table::read(source, files::DEFINITIONS, &manifest)?;
    let total = trials.rows.len();
    store.transaction(|s| -> Result<(), ImportError> {
        s.defer_foreign_keys()?;
        let t = &athletes;
        for (line, r) in &t.rows {
            let l = *line;
            s.add_athlete(&Athlete {
                id: t.int(r, l, "id")?,
                given_name: t.text(r, l, "given_name")?,
                family_name: t.text(r, l, "family_name")?,
                date_of_birth: t.date(r, l, "date_of_birth")?,
                sex: t.parsed(r, l, "sex", Sex::parse)?,
                dominant_leg: t.parsed(r, l, "dominant_leg", Side::parse)?,
                sport: t.opt_text(r, l, "sport")?,
                external_id: t.opt_text(r, l, "external_id")?,
                body_mass_kg: t.opt_num(r, l, "body_mass_kg")?,
                notes: t.text(r, l, "notes")?,
                archived: t.opt_bool(r, l, "archived")?.unwrap_or(false),
            })?;
        }
        let t = &episodes;
        for (line, r) in &t.rows {
            let l = *line;
            s.add_episode(&InjuryEpisode {
                id: t.int(r, l, "id")?,
                athlete_id: t.int(r, l, "athlete_id")?,
                kind: t.parsed(r, l, "kind", InjuryKind::parse)?.ok_or_else(|| t.err(l, "kind", "is empty"))?,
                side: t.parsed(r, l, "side", Side::parse)?,
                grade: t.opt_text(r, l, "grade")?,
                location: t.parsed(r, l, "location", HamstringLocation::parse)?,
                injury_date: t.date(r, l, "injury_date")?.ok_or_else(|| t.err(l, "injury_date", "is empty"))?,
                baseline_visit_id: t.opt_int(r, l, "baseline_visit_id")?,
                closed_on: t.date(r, l, "closed_on")?,
                notes: t.text(r, l, "notes")?,
            })?;
        }
        let t = &visits;
        for (line, r) in &t.rows {
            let l = *line;
            let visa = t.opt_int(r, l, "visa_h")?;
            s.add_visit(&Visit {
                id: t.int(r, l, "id")?,
                athlete_id: t.int(r, l, "athlete_id")?,
                episode_id: t.opt_int(r, l, "episode_id")?,
                date_time: t.date_time(r, l, "date_time")?,
                body_mass_kg: t.opt_num(r, l, "body_mass_kg")?,
                clinician: t.text(r, l, "clinician")?,
                visa_h: visa.map(|v| u8::try_from(v).map_err(|_| t.err(l, "visa_h", "is out of range"))).transpose()?,
                provocation: ProvocationTests {
                    puranen_orava: t.opt_bool(r, l, "puranen_orava_positive")?,
                    bent_knee_stretch: t.opt_bool(r, l, "bent_knee_stretch_positive")?,
                    modified_bent_knee_stretch: t.opt_bool(r, l, "modified_bent_knee_stretch_positive")?,
                },
                notes: t.text(r, l, "notes")?,
            })?;
        }
        let t = &trials;
        for (i, (line, r)) in t.rows.iter().enumerate() {
            progress(i, total);
            let l = *line;
            let trace_name = t.text(r, l, "trace_file")?;
            let names: Vec<String> = t.text(r, l, "channel_names")?.split('|').map(String::from).collect();
            let mut trace = if trace_name.is_empty() {
                // A trial measured by a count: no samples.
                Trace {
                    time_s: Vec::new(),
                    channels: names.iter().map(|n| Channel { name: n.clone(), force_n: Vec::new() }).collect(),
                    meta: TraceMeta::default(),
                }
            } else {
                let bytes =
                    source.read(&trace_name).map_err(|e| t.err(l, "trace_file", format!("{trace_name}: {e}")))?;
                parse_trace(&bytes, &format!("{where_}/{trace_name}"))?.trace
            };
            if names.len() != trace.channels.len() {
                return Err(t.err(l, "channel_names", "does not match the trace file's channels"));
            }
            for (c, n) in trace.channels.iter_mut().zip(&names) {
                c.name = n.clone();
            }
            trace.meta.sample_rate_hz = t.opt_num(r, l, "sample_rate_hz")?;
            let pain = t.opt_int(r, l, "pain_0_10")?;
            let trial = NewTrial {
                visit_id: t.int(r, l, "visit_id")?,
                test_id: t.text(r, l, "test_id")?,
                side: t.parsed(r, l, "side", Side::parse)?.ok_or_else(|| t.err(l, "side", "is empty"))?,
                device: t.text(r, l, "device")?,
                trace,
                lever_arm_m: t.opt_num(r, l, "lever_arm_m")?,
                tare_n: t.opt_num(r, l, "tare_n")?,
                polarity: t.parsed(r, l, "polarity", Polarity::parse)?.unwrap_or_default(),
                device_max_n: t.opt_num(r, l, "device_max_n")?,
                accepted: t.opt_bool(r, l, "accepted")?.unwrap_or(true),
                excluded_reps: list(&t.text(r, l, "excluded_reps")?)
                    .ok_or_else(|| t.err(l, "excluded_reps", "is not a list of numbers"))?,
                pain: pain
                    .map(|p| u8::try_from(p).map_err(|_| t.err(l, "pain_0_10", "is out of range")))
                    .transpose()?,
                reps_count: t.opt_int(r, l, "reps_count")?.map(|c| c as u32),
                recorded_at: t.date_time(r, l, "recorded_at")?,
                notes: t.text(r, l, "notes")?,
            };
            s.add_trial_with_id(t.int(r, l, "id")?, &trial)?;
        }
        let t = &signoffs;
        for (line, r) in &t.rows {
            let l = *line;
            s.add_signoff(&SignOff {
                id: t.int(r, l, "id")?,
                athlete_id: t.int(r, l, "athlete_id")?,
                episode_id: t.opt_int(r, l, "episode_id")?,
                visit_id: t.opt_int(r, l, "visit_id")?,
                template_id: t.text(r, l, "template_id")?,
                status: t.text(r, l, "status")?,
                clinician: t.text(r, l, "clinician")?,
                signed_at: t.date_time(r, l, "signed_at")?,
                note: t.text(r, l, "note")?,
                evaluation: t.text(r, l, "evaluation_json")?,
            })?;
        }
        let t = &checks;
        for (line, r) in &t.rows {
            let l = *line;
            s.set_clearance_check(&ClearanceCheck {
                visit_id: t.int(r, l, "visit_id")?,
                check_id: t.text(r, l, "check_id")?,
                done: t.opt_bool(r, l, "done")?.ok_or_else(|| t.err(l, "done", "missing"))?,
                clinician: t.text(r, l, "clinician")?,
                checked_at: t.date_time(r, l, "checked_at")?,
            })?;
        }
        let t = &settings;
        for (line, r) in &t.rows {
            s.set_setting_json(&t.text(r, *line, "key")?, &t.text(r, *line, "value_json")?)?;
        }
        let t = &definitions;
        for (line, r) in &t.rows {
            let l = *line;
            let (kind, json) = (t.text(r, l, "kind")?, t.text(r, l, "definition_json")?);
            match kind.as_str() {
                "test" => {
                    let test = serde_json::from_str(&json).map_err(|e| t.err(l, "definition_json", e))?;
                    s.save_custom_test(&test)?;
                }
                "battery" => {
                    let battery = serde_json::from_str(&json).map_err(|e| t.err(l, "definition_json", e))?;
                    s.save_custom_battery(&battery)?;
                }
                "clearance_template" => {
                    serde_json::from_str::<serde_json::Value>(&json).map_err(|e| t.err(l, "definition_json", e))?;
                    s.save_custom_clearance_template(&t.text(r, l, "id")?, &json)?;
                }
                other => {
                    return Err(t.err(l, "kind", format!("'{other}' is not test, battery or clearance_template")));
                }
            }
        }
        Ok(())
    })?;
    progress(total, total);
    Ok(manifest)
}
