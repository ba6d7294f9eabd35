//! Imports: athletes from a CSV list, recordings (ForceTrack or Chronojump traces) attached to
//! an athlete, visit, test and side, and a whole database from an `export all` folder.

use std::collections::HashMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::trace_csv::{TraceError, TraceFormat, read_trace_file};
use crate::model::{Athlete, Polarity, ProvocationTests, Sex, Side, TrialMeta, Visit, validation};
use crate::protocols::Measure;
use crate::store::{NewTrial, Store, StoreError, VisitFor};

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

/// The line (from 1) each CSV record starts on, counted from its byte offset: right whatever
/// the line ends (CRLF included) and however many lines a quoted cell spans. Records are asked
/// for in order, so each byte is counted once.
pub(super) struct Lines<'a> {
    bytes: &'a [u8],
    counted_to: usize,
    line: usize,
    /// The byte that starts a comment line the reader skips (`#`), if it skips any.
    comment: Option<u8>,
}

impl<'a> Lines<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Self {
        Lines { bytes, counted_to: 0, line: 1, comment: None }
    }

    /// For a reader that skips lines starting with `comment`.
    pub(super) fn skipping_comments(mut self, comment: u8) -> Self {
        self.comment = Some(comment);
        self
    }

    /// The line `position` starts on (0 when the reader gave none).
    pub(super) fn at(&mut self, position: Option<&csv::Position>) -> usize {
        let Some(p) = position else { return 0 };
        // The reader's position may sit on the line end before the record (the `\n` of a
        // CRLF, blank lines it skipped): the record starts after them.
        // The same for the comment lines it skipped.
        let mut at = (p.byte() as usize).min(self.bytes.len());
        while at < self.bytes.len() {
            match self.bytes[at] {
                b'\r' | b'\n' => at += 1,
                b if Some(b) == self.comment => {
                    at = self.bytes[at..].iter().position(|&b| b == b'\n').map_or(self.bytes.len(), |n| at + n + 1);
                }
                _ => break,
            }
        }
        if at < self.counted_to {
            return 1 + self.bytes[..at].iter().filter(|&&b| b == b'\n').count();
        }
        self.line += self.bytes[self.counted_to..at].iter().filter(|&&b| b == b'\n').count();
        self.counted_to = at;
        self.line
    }
}

fn number(text: &str) -> Option<f64> {
    text.trim().replace(',', ".").parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Reads an athlete list (columns like VALD Hub's profile import: given name, family name,
/// sex, date of birth as YYYY-MM-DD, plus optional external id, sport, dominant leg, body
/// mass). Every bad row is listed; with any, nothing is returned.
/// Reads an athlete list: `(line, athlete)` for each row; every bad row is named.
pub fn read_athletes_csv(bytes: &[u8], file: &str) -> Result<Vec<(usize, Athlete)>, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| file_error(file, "not UTF-8 text"))?;
    if text.trim().is_empty() {
        return Err(file_error(file, "the file is empty"));
    }
    let mut reader =
        csv::ReaderBuilder::new().delimiter(sniff_delimiter(text)).flexible(true).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| file_error(file, e.to_string()))?.clone();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        let squashed = squash(h);
        let Some((name, _)) = ATHLETE_COLUMNS
            .iter()
            .find(|(name, aliases)| squash(name) == squashed || aliases.contains(&squashed.as_str()))
        else {
            continue;
        };
        if let Some(&first) = index.get(name) {
            return Err(file_error(
                file,
                format!(
                    "the header names {name} twice: '{}' (column {}) and '{h}' (column {})",
                    &headers[first],
                    first + 1,
                    i + 1
                ),
            ));
        }
        index.insert(name, i);
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
    let mut lines = Lines::new(text.as_bytes());
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = lines.at(e.position());
                problems.push(RowProblem { line, reason: format!("cannot be read: {e}") });
                continue;
            }
        };
        let line = lines.at(record.position());
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() > headers.len() {
            // "61,5" in a comma-separated file is two cells: never silently dropped.
            problems.push(RowProblem {
                line,
                reason: format!(
                    "has {} cells but the header has {} (a decimal comma in a comma-separated file?)",
                    record.len(),
                    headers.len()
                ),
            });
            continue;
        }
        let cell = |name: &str| index.get(name).and_then(|&i| record.get(i)).map(str::trim).unwrap_or("");
        let mut reasons = Vec::new();
        for (column, _) in ATHLETE_COLUMNS {
            let problem = if matches!(*column, "given_name" | "family_name") {
                validation::name_problem(cell(column))
            } else {
                validation::hidden_character(cell(column))
                    .map(|c| format!("holds the control character U+{:04X}", c as u32))
            };
            if let Some(why) = problem {
                reasons.push(format!("{} {why}", column.replace('_', " ")));
            }
        }
        let mut athlete = Athlete::new(cell("given_name"), cell("family_name"));
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
            athletes.push((line, athlete));
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
    for (line, a) in &athletes {
        if let Some(id) = &a.external_id
            && let Some(existing) = store.athlete_by_external_id(id)?
        {
            problems.push(RowProblem {
                line: *line,
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
    store.transaction(|s| athletes.iter().map(|(_, a)| s.add_athlete(a).map_err(ImportError::from)).collect())
}

/// Where an imported recording goes.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordingTarget {
    pub athlete_id: i64,
    /// An existing visit; `None`: the athlete's visit on the day of `date_time` (default: now),
    /// or a new one at that time when there is none.
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
    // What the forms, `record` and `enter` check: a plausible lever arm and date, and a
    // recording long enough to analyse.
    let mut problems = Vec::new();
    if let Some(why) = target.lever_arm_m.and_then(validation::lever_arm_problem) {
        problems.push(format!("--lever-arm-m: {why}"));
    }
    let now = chrono::Local::now().naive_local();
    if let Some(why) = target.date_time.and_then(|d| validation::visit_date_problem(d.date(), now.date())) {
        problems.push(format!("--date: {why}"));
    }
    let duration_s = match (trace.time_s.first(), trace.time_s.last()) {
        (Some(first), Some(last)) => last - first,
        _ => 0.0,
    };
    let largest_force_n =
        trace.channels.iter().flat_map(|c| &c.force_n).fold(0.0_f64, |m, f| if f.abs() > m.abs() { *f } else { m });
    if let Some(why) = validation::recording_problem(trace.time_s.len(), duration_s, largest_force_n) {
        problems.push(why);
    }
    if !problems.is_empty() {
        return Err(file_error(&name, format!("not imported: {}", problems.join("; "))));
    }
    store.athlete(target.athlete_id)?;
    let device = trace.meta.device.clone().unwrap_or_else(|| match file.format {
        TraceFormat::Chronojump => "Chronojump force sensor (imported)".into(),
        _ => "imported file".into(),
    });
    let polarity = target.polarity.or(trace.meta.polarity).unwrap_or_default();
    trace.rebase_to_first_sample();
    store.transaction(|s| -> Result<(i64, i64), ImportError> {
        let visit_id = match target.visit_id {
            Some(id) => {
                let v = s.visit(id)?;
                if v.athlete_id != target.athlete_id {
                    return Err(StoreError::Invalid(format!("visit {id} belongs to another athlete")).into());
                }
                id
            }
            // The athlete's visit of that day, as `record` and `enter` join it; a new one if none.
            None => {
                let visit = Visit {
                    id: 0,
                    athlete_id: target.athlete_id,
                    episode_id: s.episodes(target.athlete_id)?.last().map(|e| e.id),
                    date_time: target.date_time.unwrap_or(now),
                    body_mass_kg: s.athlete(target.athlete_id)?.body_mass_kg,
                    clinician: String::new(),
                    visa_h: None,
                    provocation: ProvocationTests::default(),
                    notes: format!("imported from {}", path.file_name().unwrap_or_default().to_string_lossy()),
                };
                s.visit_for(&VisitFor::SameDay(visit))?.0
            }
        };
        let mut meta = TrialMeta::new(&target.test_id, target.side, &device, polarity);
        meta.lever_arm_m = target.lever_arm_m;
        let mut trial = NewTrial::new(visit_id, meta, trace.clone());
        trial.recorded_at = target.date_time.unwrap_or(now);
        trial.notes = format!("imported from {name}");
        Ok((visit_id, s.add_trial(&trial)?))
    })
}

mod all;
mod entered;

pub use all::{Embedded, ExportSource, Imported, import_all};
pub use entered::{EnteredImport, EnteredProblem, EnteredTrial, import_entered, read_entered_csv, save_entered};
