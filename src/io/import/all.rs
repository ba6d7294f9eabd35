//! Importing a whole database from an `export all` folder (a directory, or the demo clinic's
//! files compiled into the program), into an empty database with the ids kept.

use chrono::{NaiveDate, NaiveDateTime};

use super::{ImportError, file_error};
use crate::io::csv_out::restore;
use crate::io::export::{MANIFEST_FORMAT, Manifest, Progress, files};
use crate::io::tables::{self, Column, Kind, Table, Value, relations};
use crate::io::trace_csv::parse_trace;
use crate::model::{Channel, Trace, TraceMeta};
use crate::protocols::TestLibrary;
use crate::results::ResultSettings;
use crate::store::{NewTrial, Store};

/// Where an `export all` folder is read from: a directory, or files compiled into the program.
pub trait ExportSource {
    fn read(&self, name: &str) -> std::io::Result<Vec<u8>>;
    fn describe(&self) -> String;
}

/// The largest file of an export folder read (a 30 min trace at 4 kHz on 8 channels is about
/// 0.5 GB).
const MAX_EXPORT_FILE: u64 = 2 << 30;

impl ExportSource for std::path::PathBuf {
    /// Only plain relative names inside the folder, only regular files within the size limit,
    /// and never through a link that leads out of the folder.
    fn read(&self, name: &str) -> std::io::Result<Vec<u8>> {
        if !crate::safe_read::is_inside(name) {
            return Err(std::io::Error::other("not a file inside the export folder"));
        }
        let path = self.join(name);
        let (folder, real) = (self.canonicalize()?, path.canonicalize()?);
        if !real.starts_with(&folder) {
            return Err(std::io::Error::other("leads outside the export folder"));
        }
        crate::safe_read::read_regular_file(&real, MAX_EXPORT_FILE)
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
/// The rows of one table of an export folder, read through its definition: each cell parsed
/// by its column's kind and checked by its setter; every error names file, line and column.
fn read_rows<R>(
    source: &dyn ExportSource,
    table: &Table<R>,
    manifest: &Manifest,
) -> Result<Vec<(usize, R)>, ImportError> {
    let file = format!("{}/{}", source.describe(), table.file);
    let wanted: Vec<&Column<R>> = table.columns.iter().filter(|c| c.since_schema <= manifest.schema_version).collect();
    if wanted.is_empty() {
        // A table this export's schema did not have yet.
        return Ok(Vec::new());
    }
    let bytes = source.read(table.file).map_err(|e| file_error(&file, e.to_string()))?;
    let delimiter = manifest.delimiter.bytes().next().unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(bytes.as_slice());
    let headers = reader.headers().map_err(|e| file_error(&file, e.to_string()))?.clone();
    let positions: Vec<usize> = wanted
        .iter()
        .map(|c| {
            headers
                .iter()
                .position(|h| h == c.name)
                .ok_or_else(|| file_error(&file, format!("column {} is missing", c.name)))
        })
        .collect::<Result<_, _>>()?;
    let mut rows = Vec::new();
    let mut lines = super::Lines::new(&bytes);
    for record in reader.records() {
        let record = record.map_err(|e| file_error(&file, e.to_string()))?;
        let line = lines.at(record.position());
        let mut row = (table.blank)();
        for (column, &at) in wanted.iter().zip(&positions) {
            let err = |message: String| file_error(&file, format!("line {line}, column {}: {message}", column.name));
            let value = cell(record.get(at).unwrap_or(""), column.kind, manifest.decimal_comma).map_err(err)?;
            (column.set)(&mut row, value).map_err(err)?;
        }
        rows.push((line, row));
    }
    Ok(rows)
}

/// A store error as words for an import row: the database's rule that the row breaks, not the
/// database's own message.
fn explain(e: crate::store::StoreError) -> String {
    let text = e.to_string();
    if text.contains("UNIQUE constraint failed") {
        "repeats a value that must be unique in the clinic".into()
    } else if text.contains("FOREIGN KEY constraint failed") {
        "refers to a row that is not in the export".into()
    } else if text.contains("CHECK constraint failed") || text.contains("NOT NULL constraint failed") {
        "holds a value the clinic database does not allow".into()
    } else {
        text
    }
}

/// A cell's text as a value of `kind`.
fn cell(raw: &str, kind: Kind, decimal_comma: bool) -> Result<Value, String> {
    let empty = raw.is_empty();
    Ok(match kind {
        Kind::Text => Value::Text(restore(raw).to_string()),
        Kind::Int => Value::Int(if empty {
            None
        } else {
            Some(raw.parse().map_err(|_| format!("'{raw}' is not a whole number"))?)
        }),
        Kind::Num => Value::Num(if empty {
            None
        } else {
            let t = if decimal_comma { raw.replace(',', ".") } else { raw.to_string() };
            let v: f64 = t.parse().map_err(|_| format!("'{t}' is not a number"))?;
            Some(v)
        }),
        Kind::Flag => Value::Flag(match raw {
            "" => None,
            "true" => Some(true),
            "false" => Some(false),
            other => return Err(format!("'{other}' is not true or false")),
        }),
        Kind::Date => Value::Date(if empty {
            None
        } else {
            Some(
                NaiveDate::parse_from_str(raw, "%Y-%m-%d")
                    .map_err(|_| format!("'{raw}' is not a date (YYYY-MM-DD)"))?,
            )
        }),
        Kind::DateTime => Value::DateTime(if empty {
            None
        } else {
            Some(
                NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S")
                    .map_err(|_| format!("'{raw}' is not a date and time (YYYY-MM-DDTHH:MM:SS)"))?,
            )
        }),
    })
}

/// What an `import all` stored, counted in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Imported {
    pub athletes: usize,
    pub injury_episodes: usize,
    pub visits: usize,
    pub trials: usize,
    pub signoffs: usize,
    pub clearance_checks: usize,
}

/// Reads an `export all` folder into an empty database, keeping every id: a round trip
/// without loss. Refuses a database that already holds athletes, and a folder whose rows do
/// not match its manifest's counts; returns what the database holds afterwards.
pub fn import_all(store: &mut Store, source: &dyn ExportSource, progress: Progress) -> Result<Imported, ImportError> {
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
    let athletes = read_rows(source, &tables::ATHLETES, &manifest)?;
    let episodes = read_rows(source, &tables::EPISODES, &manifest)?;
    let visits = read_rows(source, &tables::VISITS, &manifest)?;
    let trials = read_rows(source, &tables::TRIALS, &manifest)?;
    let signoffs = read_rows(source, &tables::SIGNOFFS, &manifest)?;
    let checks = read_rows(source, &tables::CHECKS, &manifest)?;
    let settings = read_rows(source, &tables::SETTINGS, &manifest)?;
    let definitions = read_rows(source, &tables::DEFINITIONS, &manifest)?;
    let at = |table: &str, line: usize, column: &str, message: String| {
        file_error(&format!("{where_}/{table}"), format!("line {line}, column {column}: {message}"))
    };
    // The rows against each other and the clinic's settings, as the app's forms would check
    // them: nothing is written until every row holds.
    {
        use std::collections::{HashMap, HashSet};
        let athlete_ids: HashSet<i64> = athletes.iter().map(|(_, a)| a.id).collect();
        let episode_of: HashMap<i64, i64> = episodes.iter().map(|(_, e)| (e.id, e.athlete_id)).collect();
        let visit_of: HashMap<i64, i64> = visits.iter().map(|(_, v)| (v.id, v.athlete_id)).collect();
        let mut library = TestLibrary::builtin();
        for (_, (kind, _, json)) in &definitions {
            if kind == "test"
                && let Ok(test) = serde_json::from_str::<crate::protocols::TestDefinition>(json)
            {
                library.tests.push(test);
            }
        }
        let unique = |file: &str, ids: Vec<(usize, i64)>| -> Result<(), ImportError> {
            let mut seen = HashMap::new();
            for (line, id) in ids {
                if let Some(first) = seen.insert(id, line) {
                    return Err(at(file, line, "id", format!("id {id} is also on line {first}")));
                }
            }
            Ok(())
        };
        unique(tables::ATHLETES.file, athletes.iter().map(|(l, a)| (*l, a.id)).collect())?;
        unique(tables::EPISODES.file, episodes.iter().map(|(l, e)| (*l, e.id)).collect())?;
        unique(tables::VISITS.file, visits.iter().map(|(l, v)| (*l, v.id)).collect())?;
        unique(tables::TRIALS.file, trials.iter().map(|(l, t)| (*l, t.info.id)).collect())?;
        unique(tables::SIGNOFFS.file, signoffs.iter().map(|(l, s)| (*l, s.id)).collect())?;
        // Each row's own parent first (an episode's or a visit's athlete), then the references
        // between them: a row that breaks a reference is named, never a later row that fails
        // because of it.
        for (line, e) in &episodes {
            if !athlete_ids.contains(&e.athlete_id) {
                return Err(at(
                    tables::EPISODES.file,
                    *line,
                    "athlete_id",
                    format!("athlete {} is not in the export", e.athlete_id),
                ));
            }
        }
        for (line, v) in &visits {
            if !athlete_ids.contains(&v.athlete_id) {
                return Err(at(
                    tables::VISITS.file,
                    *line,
                    "athlete_id",
                    format!("athlete {} is not in the export", v.athlete_id),
                ));
            }
        }
        for (line, e) in &episodes {
            if let Some(v) = e.baseline_visit_id
                && visit_of.get(&v) != Some(&e.athlete_id)
            {
                return Err(at(
                    tables::EPISODES.file,
                    *line,
                    "baseline_visit_id",
                    format!("visit {v} is not a visit of athlete {}", e.athlete_id),
                ));
            }
        }
        for (line, v) in &visits {
            if let Some(e) = v.episode_id
                && episode_of.get(&e) != Some(&v.athlete_id)
            {
                return Err(at(
                    tables::VISITS.file,
                    *line,
                    "episode_id",
                    format!("injury episode {e} is not an episode of athlete {}", v.athlete_id),
                ));
            }
        }
        for (line, t) in &trials {
            if !visit_of.contains_key(&t.info.visit_id) {
                return Err(at(
                    tables::TRIALS.file,
                    *line,
                    "visit_id",
                    format!("visit {} is not in the export", t.info.visit_id),
                ));
            }
            let test = library.test(&t.info.meta.test_id);
            if test.is_none() {
                return Err(at(
                    tables::TRIALS.file,
                    *line,
                    "test_id",
                    format!("'{}' is not a known test", t.info.meta.test_id),
                ));
            }
            if let Some((column, why)) = relations::trial_contradiction(t, test) {
                return Err(at(tables::TRIALS.file, *line, column, why));
            }
        }
        for (line, sign) in &signoffs {
            if let Some((column, why)) = relations::signoff_contradiction(sign) {
                return Err(at(tables::SIGNOFFS.file, *line, column, why));
            }
            if !athlete_ids.contains(&sign.athlete_id) {
                return Err(at(
                    tables::SIGNOFFS.file,
                    *line,
                    "athlete_id",
                    format!("athlete {} is not in the export", sign.athlete_id),
                ));
            }
            if let Some(e) = sign.episode_id
                && episode_of.get(&e) != Some(&sign.athlete_id)
            {
                return Err(at(
                    tables::SIGNOFFS.file,
                    *line,
                    "episode_id",
                    format!("injury episode {e} is not an episode of athlete {}", sign.athlete_id),
                ));
            }
            if let Some(v) = sign.visit_id
                && visit_of.get(&v) != Some(&sign.athlete_id)
            {
                return Err(at(
                    tables::SIGNOFFS.file,
                    *line,
                    "visit_id",
                    format!("visit {v} is not a visit of athlete {}", sign.athlete_id),
                ));
            }
        }
        for (line, check) in &checks {
            if !visit_of.contains_key(&check.visit_id) {
                return Err(at(
                    tables::CHECKS.file,
                    *line,
                    "visit_id",
                    format!("visit {} is not in the export", check.visit_id),
                ));
            }
        }
        for (line, (key, json)) in &settings {
            if key == ResultSettings::KEY {
                let parsed: ResultSettings = serde_json::from_str(json).map_err(|e| {
                    at(tables::SETTINGS.file, *line, "value_json", format!("the result settings cannot be read: {e}"))
                })?;
                let problems = parsed.problems(crate::i18n::loader());
                if !problems.is_empty() {
                    return Err(at(tables::SETTINGS.file, *line, "value_json", problems.join("; ")));
                }
            }
        }
    }
    // The manifest's counts against the rows: a folder missing rows is refused before anything
    // is written (after the rows' own checks, which name the row at fault).
    let read = [
        ("athletes", manifest.athletes, athletes.len(), tables::ATHLETES.file),
        ("injury episodes", manifest.injury_episodes, episodes.len(), tables::EPISODES.file),
        ("visits", manifest.visits, visits.len(), tables::VISITS.file),
        ("trials", manifest.trials, trials.len(), tables::TRIALS.file),
        ("sign-offs", manifest.signoffs, signoffs.len(), tables::SIGNOFFS.file),
        ("clearance checks", manifest.clearance_checks, checks.len(), tables::CHECKS.file),
    ];
    for (what, listed, found, file) in read {
        if listed != found {
            return Err(file_error(
                &format!("{where_}/{file}"),
                format!("the manifest lists {listed} {what} but the file holds {found}: the export is incomplete"),
            ));
        }
    }
    let total = trials.len();
    let imported = store.transaction(|s| -> Result<Imported, ImportError> {
        s.defer_foreign_keys()?;
        for (line, athlete) in &athletes {
            s.add_athlete(athlete).map_err(|e| at(tables::ATHLETES.file, *line, "id", explain(e)))?;
        }
        for (line, episode) in &episodes {
            s.add_episode(episode).map_err(|e| at(tables::EPISODES.file, *line, "id", explain(e)))?;
        }
        for (line, visit) in &visits {
            s.add_visit(visit).map_err(|e| at(tables::VISITS.file, *line, "id", explain(e)))?;
        }
        // A pre-injury baseline is a visit before the injury (its visit is in by now).
        for (line, episode) in &episodes {
            s.check_baseline(episode).map_err(|e| at(tables::EPISODES.file, *line, "baseline_visit_id", explain(e)))?;
        }
        for (i, (line, row)) in trials.iter().enumerate() {
            progress(i, total);
            let info = &row.info;
            let trial_error = |column: &str, message: String| at(tables::TRIALS.file, *line, column, message);
            let mut trace = if row.trace_file.is_empty() {
                // A trial measured by a count: no samples.
                Trace {
                    time_s: Vec::new(),
                    channels: info
                        .channel_names
                        .iter()
                        .map(|n| Channel { name: n.clone(), force_n: Vec::new() })
                        .collect(),
                    meta: TraceMeta::default(),
                }
            } else {
                let bytes = source
                    .read(&row.trace_file)
                    .map_err(|e| trial_error("trace_file", format!("{}: {e}", row.trace_file)))?;
                parse_trace(&bytes, &format!("{where_}/{}", row.trace_file))?.trace
            };
            if info.channel_names.len() != trace.channels.len() {
                return Err(trial_error("channel_names", "does not match the trace file's channels".into()));
            }
            for (c, n) in trace.channels.iter_mut().zip(&info.channel_names) {
                c.name = n.clone();
            }
            trace.meta.sample_rate_hz = info.sample_rate_hz;
            let trial = NewTrial {
                visit_id: info.visit_id,
                meta: info.meta.clone(),
                trace,
                accepted: info.accepted,
                excluded: info.excluded.clone(),
                legacy_excluded_reps: info.legacy_excluded_reps.clone(),
                pain: info.pain,
                reps_count: info.reps_count,
                entered: info.entered.clone(),
                recorded_at: info.recorded_at,
                notes: info.notes.clone(),
                recorded_by: Some(info.recorded_by.clone()),
            };
            s.add_trial_with_id(info.id, &trial).map_err(|e| at(tables::TRIALS.file, *line, "id", explain(e)))?;
        }
        for (line, signoff) in &signoffs {
            s.add_signoff(signoff).map_err(|e| at(tables::SIGNOFFS.file, *line, "id", explain(e)))?;
        }
        for (line, check) in &checks {
            s.set_clearance_check(check).map_err(|e| at(tables::CHECKS.file, *line, "visit_id", explain(e)))?;
        }
        for (_, (key, json)) in &settings {
            s.set_setting_json(key, json)?;
        }
        for (line, (kind, id, json)) in &definitions {
            let bad = |e: serde_json::Error| at(tables::DEFINITIONS.file, *line, "definition_json", e.to_string());
            match kind.as_str() {
                "test" => s.save_custom_test(&serde_json::from_str(json).map_err(bad)?)?,
                "battery" => s.save_custom_battery(&serde_json::from_str(json).map_err(bad)?)?,
                "clearance_template" => {
                    serde_json::from_str::<serde_json::Value>(json).map_err(bad)?;
                    s.save_custom_clearance_template(id, json)?;
                }
                other => {
                    return Err(at(
                        tables::DEFINITIONS.file,
                        *line,
                        "kind",
                        format!("'{other}' is not test, battery or clearance_template"),
                    ));
                }
            }
        }
        // What the database now holds, against the manifest once more (rows merged or lost on
        // the way would show here) before the import is committed.
        let imported = Imported {
            athletes: s.count("athletes")? as usize,
            injury_episodes: s.count("injury_episodes")? as usize,
            visits: s.count("visits")? as usize,
            trials: s.count("trials")? as usize,
            signoffs: s.count("clearance_signoffs")? as usize,
            clearance_checks: s.count("clearance_checks")? as usize,
        };
        let stored = [
            ("athletes", manifest.athletes, imported.athletes),
            ("injury episodes", manifest.injury_episodes, imported.injury_episodes),
            ("visits", manifest.visits, imported.visits),
            ("trials", manifest.trials, imported.trials),
            ("sign-offs", manifest.signoffs, imported.signoffs),
            ("clearance checks", manifest.clearance_checks, imported.clearance_checks),
        ];
        if let Some((what, listed, found)) = stored.iter().find(|(_, listed, found)| listed != found) {
            return Err(file_error(
                &where_,
                format!("the manifest lists {listed} {what} but {found} were stored; nothing was imported"),
            ));
        }
        Ok(imported)
    })?;
    progress(total, total);
    Ok(imported)
}
