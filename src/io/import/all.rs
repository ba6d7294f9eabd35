//! Importing a whole database from an `export all` folder (a directory, or the demo clinic's
//! files compiled into the program), into an empty database with the ids kept.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};

use super::{ImportError, file_error};
use crate::io::csv_out::restore;
use crate::io::export::{MANIFEST_FORMAT, Manifest, Progress, files};
use crate::io::trace_csv::parse_trace;
use crate::model::{
    Athlete, Channel, ClearanceCheck, HamstringLocation, InjuryEpisode, InjuryKind, Polarity, ProvocationTests,
    RepExclusion, Sex, Side, SignOff, Trace, TraceMeta, TrialMeta, Visit,
};
use crate::store::{NewTrial, Store};

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
                meta: TrialMeta {
                    test_id: t.text(r, l, "test_id")?,
                    side: t.parsed(r, l, "side", Side::parse)?.ok_or_else(|| t.err(l, "side", "is empty"))?,
                    device: t.text(r, l, "device")?,
                    polarity: t.parsed(r, l, "polarity", Polarity::parse)?.unwrap_or_default(),
                    lever_arm_m: t.opt_num(r, l, "lever_arm_m")?,
                    device_max_n: t.opt_num(r, l, "device_max_n")?,
                },
                trace,
                accepted: t.opt_bool(r, l, "accepted")?.unwrap_or(true),
                legacy_excluded_reps: list(&t.text(r, l, "excluded_reps")?)
                    .ok_or_else(|| t.err(l, "excluded_reps", "is not a list of numbers"))?,
                // Exports before schema 4 kept exclusions by index only.
                excluded: if manifest.schema_version >= 4 {
                    RepExclusion::parse_list(&t.text(r, l, "excluded_spans")?)
                        .ok_or_else(|| t.err(l, "excluded_spans", "is not a list of from-to times"))?
                } else {
                    Vec::new()
                },
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
