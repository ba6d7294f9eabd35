//! The tables of an `export all` folder, each defined once: its file, its columns in order, how
//! each column is read from a record and how a cell becomes a record's field again, with the
//! checks the cell must pass. `export all` writes with these definitions and `import all` reads
//! with them, the way one flag definition drives a command line's parser, help and docs: a
//! column cannot be written under one name and read under another, nor dropped on one side.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::model::{
    Athlete, ClearanceCheck, EnteredPeaks, ForceUnit, HamstringLocation, InjuryEpisode, InjuryKind, Instrument,
    Polarity, ProvocationTests, RepExclusion, Sex, Side, SignOff, TrialInfo, TrialMeta, Visit,
};

/// What a cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Int,
    Num,
    Text,
    Flag,
    Date,
    DateTime,
}

/// A cell's value: empty cells are `None` (or an empty text).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Int(Option<i64>),
    Num(Option<f64>),
    Text(String),
    Flag(Option<bool>),
    Date(Option<NaiveDate>),
    DateTime(Option<NaiveDateTime>),
}

/// One column of a table of records `R`.
pub struct Column<R> {
    pub name: &'static str,
    pub kind: Kind,
    /// The export schema version that added the column (older exports lack it; the record
    /// keeps its blank value).
    pub since_schema: i64,
    /// The record's field as a cell.
    pub get: fn(&R) -> Value,
    /// The cell into the record's field; the error says what is wrong with the cell.
    pub set: fn(&mut R, Value) -> Result<(), String>,
}

/// A table: its file in the export folder, a blank record to fill, its columns.
pub struct Table<R: 'static> {
    pub file: &'static str,
    pub blank: fn() -> R,
    pub columns: &'static [Column<R>],
}

impl<R> Table<R> {
    /// The header row.
    pub fn header(&self) -> Vec<&'static str> {
        self.columns.iter().map(|c| c.name).collect()
    }
}

/// A typed cell from a `Value` of the declared kind (the table definitions pair them).
fn wrong(kind: &str) -> String {
    format!("is not {kind}")
}

fn int(v: Value) -> Result<Option<i64>, String> {
    match v {
        Value::Int(i) => Ok(i),
        _ => Err(wrong("a whole number")),
    }
}

fn req_int(v: Value) -> Result<i64, String> {
    int(v)?.ok_or_else(|| "is empty".to_string())
}

fn num(v: Value) -> Result<Option<f64>, String> {
    match v {
        Value::Num(n) => Ok(n),
        _ => Err(wrong("a number")),
    }
}

fn text(v: Value) -> Result<String, String> {
    match v {
        Value::Text(t) => Ok(t),
        _ => Err(wrong("text")),
    }
}

fn opt_text(v: Value) -> Result<Option<String>, String> {
    text(v).map(|t| (!t.is_empty()).then_some(t))
}

fn flag(v: Value) -> Result<Option<bool>, String> {
    match v {
        Value::Flag(f) => Ok(f),
        _ => Err(wrong("true or false")),
    }
}

fn date(v: Value) -> Result<Option<NaiveDate>, String> {
    match v {
        Value::Date(d) => Ok(d),
        _ => Err(wrong("a date (YYYY-MM-DD)")),
    }
}

fn date_time(v: Value) -> Result<NaiveDateTime, String> {
    match v {
        Value::DateTime(Some(d)) => Ok(d),
        Value::DateTime(None) => Err("is empty".into()),
        _ => Err(wrong("a date and time (YYYY-MM-DDTHH:MM:SS)")),
    }
}

/// A value from a set of ids (`left`, `hamstring_strain`, ...); empty is `None`.
fn parsed<T>(v: Value, parse: impl Fn(&str) -> Option<T>) -> Result<Option<T>, String> {
    let t = text(v)?;
    if t.is_empty() {
        return Ok(None);
    }
    parse(&t).map(Some).ok_or_else(|| format!("'{t}' is not a valid value"))
}

/// The peaks of a trial entered by hand (empty: a recorded trial), keeping a unit read before.
fn entered_peaks(text: String, before: Option<EnteredPeaks>) -> Result<Option<EnteredPeaks>, String> {
    if text.trim().is_empty() {
        return Ok(before.filter(|e| !e.peaks_n.is_empty()));
    }
    let unit = before.map_or(ForceUnit::Newton, |e| e.unit);
    EnteredPeaks::from_text(&text, unit).map(Some).ok_or_else(|| format!("'{text}' is not a list of forces in N"))
}

/// The unit an entered trial was read in (the peaks column comes first).
fn entered_unit(text: String, before: Option<EnteredPeaks>) -> Result<Option<EnteredPeaks>, String> {
    match (text.trim(), before) {
        ("", before) => Ok(before),
        (unit, Some(mut e)) => {
            e.unit = ForceUnit::parse(unit).ok_or_else(|| format!("'{unit}' is not a force unit (N, kgf, lbf)"))?;
            Ok(Some(e))
        }
        (unit, None) => Err(format!("a unit ('{unit}') but no entered peaks")),
    }
}

/// A trial's trace file: empty (a trial measured by a count), or a file in the export's
/// `traces/` folder, named without `..` or a root.
fn trace_file(name: String) -> Result<String, String> {
    if name.is_empty() || (crate::safe_read::is_inside(&name) && name.starts_with("traces/")) {
        Ok(name)
    } else {
        Err(format!("'{name}' is not a file in the export's traces/ folder"))
    }
}

pub use crate::model::validation::hidden_character;

/// A name as the forms take it: a visible character, nothing hidden in it
/// (`validation::name_problem`).
fn name(v: Value) -> Result<String, String> {
    let t = text(v)?;
    match crate::model::validation::name_problem(&t) {
        Some(why) => Err(why),
        None => Ok(t),
    }
}

/// Text with no hidden characters.
fn plain(t: String) -> Result<String, String> {
    match hidden_character(&t) {
        Some(c) => Err(format!("holds the control character U+{:04X}", c as u32)),
        None => Ok(t),
    }
}

fn opt_plain(v: Value) -> Result<Option<String>, String> {
    opt_text(v)?.map(plain).transpose()
}

/// Notes: any text but terminal controls (line breaks and tabs are kept).
fn notes(v: Value) -> Result<String, String> {
    let t = text(v)?;
    match t
        .chars()
        .find(|&c| !matches!(c, '\n' | '\t' | '\r') && hidden_character(c.encode_utf8(&mut [0; 4])).is_some())
    {
        Some(c) => Err(format!("holds the control character U+{:04X}", c as u32)),
        None => Ok(t),
    }
}

/// A number within `range` (as the forms check it), or empty.
fn within(v: Value, range: std::ops::RangeInclusive<f64>, what: &str) -> Result<Option<f64>, String> {
    match num(v)? {
        Some(x) if x.is_finite() && range.contains(&x) => Ok(Some(x)),
        Some(x) => Err(format!("{x} is not a {what} ({}-{})", range.start(), range.end())),
        None => Ok(None),
    }
}

/// A whole number of at most `max`, or empty.
fn at_most<T: TryFrom<i64>>(v: Value, max: i64) -> Result<Option<T>, String> {
    match int(v)? {
        Some(x) if (0..=max).contains(&x) => small(Some(x)),
        Some(x) => Err(format!("{x} is outside 0-{max}")),
        None => Ok(None),
    }
}

/// A date of birth: from 1900 to today.
fn birth_date(v: Value) -> Result<Option<NaiveDate>, String> {
    let today = chrono::Local::now().date_naive();
    match date(v)? {
        Some(d) if d > today => Err(format!("{d} is in the future")),
        Some(d) if d.year() < 1900 => Err(format!("{d} is before 1900")),
        other => Ok(other),
    }
}

fn required<T>(v: Option<T>) -> Result<T, String> {
    v.ok_or_else(|| "is empty".to_string())
}

fn small<T: TryFrom<i64>>(v: Option<i64>) -> Result<Option<T>, String> {
    v.map(|v| T::try_from(v).map_err(|_| "is out of range".to_string())).transpose()
}

/// A column: name, kind, (the schema that added it,) the getter, and the setter written as
/// `|record, value| Ok(record.field = conversion(value)?)` (or `set = ...` for a longer one).
macro_rules! column {
    ($name:literal, $kind:ident, $get:expr, set = $set:expr) => {
        Column { name: $name, kind: Kind::$kind, since_schema: 1, get: $get, set: $set }
    };
    ($name:literal, $kind:ident, $get:expr, |$r:ident, $v:ident| Ok($body:expr)) => {
        column!($name, $kind, 1, $get, |$r, $v| Ok($body))
    };
    ($name:literal, $kind:ident, $since:literal, $get:expr, |$r:ident, $v:ident| Ok($body:expr)) => {
        Column {
            name: $name,
            kind: Kind::$kind,
            since_schema: $since,
            get: $get,
            set: |$r, $v| {
                $body;
                Ok(())
            },
        }
    };
}

/// `athletes.csv`.
pub const ATHLETES: Table<Athlete> = Table {
    file: "athletes.csv",
    blank: || Athlete::new("", ""),
    columns: &[
        column!("id", Int, |a| Value::Int(Some(a.id)), |a, v| Ok(a.id = req_int(v)?)),
        column!("given_name", Text, |a| Value::Text(a.given_name.clone()), |a, v| Ok(a.given_name = name(v)?)),
        column!("family_name", Text, |a| Value::Text(a.family_name.clone()), |a, v| Ok(a.family_name = name(v)?)),
        column!("date_of_birth", Date, |a| Value::Date(a.date_of_birth), |a, v| Ok(a.date_of_birth = birth_date(v)?)),
        column!("sex", Text, |a| Value::Text(a.sex.map_or("", |s| s.id()).into()), |a, v| Ok(
            a.sex = parsed(v, Sex::parse)?
        )),
        column!("dominant_leg", Text, |a| Value::Text(a.dominant_leg.map_or("", Side::id).into()), |a, v| Ok(a
            .dominant_leg =
            parsed(v, Side::parse)?)),
        column!(
            "sport",
            Text,
            |a| Value::Text(a.sport.clone().unwrap_or_default()),
            |a, v| Ok(a.sport = opt_plain(v)?)
        ),
        column!("external_id", Text, |a| Value::Text(a.external_id.clone().unwrap_or_default()), |a, v| Ok(a
            .external_id =
            opt_plain(v)?)),
        column!("body_mass_kg", Num, |a| Value::Num(a.body_mass_kg), |a, v| Ok(
            a.body_mass_kg = within(v, 20.0..=300.0, "body mass in kg")?
        )),
        column!("notes", Text, |a| Value::Text(a.notes.clone()), |a, v| Ok(a.notes = notes(v)?)),
        column!("archived", Flag, |a| Value::Flag(Some(a.archived)), |a, v| Ok(a.archived = flag(v)?.unwrap_or(false))),
    ],
};

/// `injury_episodes.csv`.
pub const EPISODES: Table<InjuryEpisode> = Table {
    file: "injury_episodes.csv",
    blank: || InjuryEpisode {
        id: 0,
        athlete_id: 0,
        kind: InjuryKind::Other,
        side: None,
        grade: None,
        location: None,
        injury_date: NaiveDate::MIN,
        baseline_visit_id: None,
        closed_on: None,
        notes: String::new(),
    },
    columns: &[
        column!("id", Int, |e| Value::Int(Some(e.id)), |e, v| Ok(e.id = req_int(v)?)),
        column!("athlete_id", Int, |e| Value::Int(Some(e.athlete_id)), |e, v| Ok(e.athlete_id = req_int(v)?)),
        column!("kind", Text, |e| Value::Text(e.kind.id().into()), |e, v| Ok(
            e.kind = required(parsed(v, InjuryKind::parse)?)?
        )),
        column!("side", Text, |e| Value::Text(e.side.map_or("", Side::id).into()), |e, v| Ok(
            e.side = parsed(v, Side::parse)?
        )),
        column!("grade", Text, |e| Value::Text(e.grade.clone().unwrap_or_default()), |e, v| Ok(e.grade = opt_text(v)?)),
        column!("location", Text, |e| Value::Text(e.location.map_or("", |l| l.id()).into()), |e, v| Ok(
            e.location = parsed(v, HamstringLocation::parse)?
        )),
        column!("injury_date", Date, |e| Value::Date(Some(e.injury_date)), |e, v| Ok(
            e.injury_date = required(date(v)?)?
        )),
        column!(
            "baseline_visit_id",
            Int,
            |e| Value::Int(e.baseline_visit_id),
            |e, v| Ok(e.baseline_visit_id = int(v)?)
        ),
        column!("closed_on", Date, |e| Value::Date(e.closed_on), |e, v| Ok(e.closed_on = date(v)?)),
        column!("notes", Text, |e| Value::Text(e.notes.clone()), |e, v| Ok(e.notes = notes(v)?)),
    ],
};

/// `visits.csv`.
pub const VISITS: Table<Visit> = Table {
    file: "visits.csv",
    blank: || Visit {
        id: 0,
        athlete_id: 0,
        episode_id: None,
        date_time: NaiveDateTime::MIN,
        body_mass_kg: None,
        clinician: String::new(),
        visa_h: None,
        provocation: ProvocationTests::default(),
        notes: String::new(),
    },
    columns: &[
        column!("id", Int, |x| Value::Int(Some(x.id)), |x, v| Ok(x.id = req_int(v)?)),
        column!("athlete_id", Int, |x| Value::Int(Some(x.athlete_id)), |x, v| Ok(x.athlete_id = req_int(v)?)),
        column!("episode_id", Int, |x| Value::Int(x.episode_id), |x, v| Ok(x.episode_id = int(v)?)),
        column!("date_time", DateTime, |x| Value::DateTime(Some(x.date_time)), |x, v| Ok(x.date_time = date_time(v)?)),
        column!("body_mass_kg", Num, |x| Value::Num(x.body_mass_kg), |x, v| Ok(
            x.body_mass_kg = within(v, 20.0..=300.0, "body mass in kg")?
        )),
        column!("clinician", Text, |x| Value::Text(x.clinician.clone()), |x, v| Ok(x.clinician = plain(text(v)?)?)),
        column!("visa_h", Int, |x| Value::Int(x.visa_h.map(i64::from)), |x, v| Ok(x.visa_h = at_most(v, 100)?)),
        column!("puranen_orava_positive", Flag, |x| Value::Flag(x.provocation.puranen_orava), |x, v| Ok(x
            .provocation
            .puranen_orava =
            flag(v)?)),
        column!("bent_knee_stretch_positive", Flag, |x| Value::Flag(x.provocation.bent_knee_stretch), |x, v| Ok(x
            .provocation
            .bent_knee_stretch =
            flag(v)?)),
        column!(
            "modified_bent_knee_stretch_positive",
            Flag,
            |x| Value::Flag(x.provocation.modified_bent_knee_stretch),
            |x, v| Ok(x.provocation.modified_bent_knee_stretch = flag(v)?)
        ),
        column!("notes", Text, |x| Value::Text(x.notes.clone()), |x, v| Ok(x.notes = notes(v)?)),
    ],
};

/// A row of `trials.csv`: the trial's description and its trace file (empty for a trial
/// measured by a count).
#[derive(Debug, Clone, PartialEq)]
pub struct TrialRow {
    pub info: TrialInfo,
    pub trace_file: String,
}

/// `trials.csv`.
pub const TRIALS: Table<TrialRow> = Table {
    file: "trials.csv",
    blank: || TrialRow {
        info: TrialInfo {
            recorded_by: String::new(),
            id: 0,
            visit_id: 0,
            meta: TrialMeta::new("", Side::Left, "", Polarity::Auto),
            sample_rate_hz: None,
            channel_names: Vec::new(),
            accepted: true,
            excluded: Vec::new(),
            legacy_excluded_reps: Vec::new(),
            pain: None,
            reps_count: None,
            entered: None,
            recorded_at: NaiveDateTime::MIN,
            notes: String::new(),
        },
        trace_file: String::new(),
    },
    columns: &[
        column!("id", Int, |t| Value::Int(Some(t.info.id)), |t, v| Ok(t.info.id = req_int(v)?)),
        column!("visit_id", Int, |t| Value::Int(Some(t.info.visit_id)), |t, v| Ok(t.info.visit_id = req_int(v)?)),
        column!("test_id", Text, |t| Value::Text(t.info.meta.test_id.clone()), |t, v| Ok(
            t.info.meta.test_id = name(v)?
        )),
        column!("side", Text, |t| Value::Text(t.info.meta.side.id().into()), |t, v| Ok(
            t.info.meta.side = required(parsed(v, Side::parse)?)?
        )),
        column!("device", Text, |t| Value::Text(t.info.meta.device.clone()), |t, v| Ok(
            t.info.meta.device = plain(text(v)?)?
        )),
        column!("sample_rate_hz", Num, |t| Value::Num(t.info.sample_rate_hz), |t, v| Ok(
            t.info.sample_rate_hz = within(v, 0.001..=100_000.0, "sample rate in Hz")?
        )),
        column!("channel_names", Text, |t| Value::Text(t.info.channel_names.join("|")), |t, v| Ok(t
            .info
            .channel_names =
            text(v)?.split('|').map(String::from).collect())),
        column!("lever_arm_m", Num, |t| Value::Num(t.info.meta.lever_arm_m), |t, v| Ok(
            t.info.meta.lever_arm_m = within(v, 0.001..=2.0, "lever arm in m")?
        )),
        column!("polarity", Text, |t| Value::Text(t.info.meta.polarity.id().into()), |t, v| Ok(
            t.info.meta.polarity = parsed(v, Polarity::parse)?.unwrap_or_default()
        )),
        column!("device_max_n", Num, |t| Value::Num(t.info.meta.device_max_n), |t, v| Ok(
            t.info.meta.device_max_n = within(v, 0.001..=1e6, "device maximum in N")?
        )),
        column!("accepted", Flag, |t| Value::Flag(Some(t.info.accepted)), |t, v| Ok(
            t.info.accepted = flag(v)?.unwrap_or(true)
        )),
        column!(
            "excluded_reps",
            Text,
            |t| Value::Text(t.info.legacy_excluded_reps.iter().map(usize::to_string).collect::<Vec<_>>().join("|")),
            set = |t, v| {
                let list: Option<Vec<usize>> =
                    text(v)?.split('|').filter(|p| !p.is_empty()).map(|p| p.parse().ok()).collect();
                t.info.legacy_excluded_reps = list.ok_or("is not a list of rep numbers")?;
                Ok(())
            }
        ),
        column!("excluded_spans", Text, 4, |t| Value::Text(RepExclusion::list_text(&t.info.excluded)), |t, v| Ok(t
            .info
            .excluded =
            RepExclusion::parse_list(&text(v)?).ok_or("is not a list of from-to times")?)),
        column!("pain_0_10", Int, |t| Value::Int(t.info.pain.map(i64::from)), |t, v| Ok(t.info.pain = at_most(v, 10)?)),
        column!("reps_count", Int, |t| Value::Int(t.info.reps_count.map(i64::from)), |t, v| Ok(
            t.info.reps_count = small(int(v)?)?
        )),
        column!("recorded_at", DateTime, |t| Value::DateTime(Some(t.info.recorded_at)), |t, v| Ok(t
            .info
            .recorded_at =
            date_time(v)?)),
        column!("notes", Text, |t| Value::Text(t.info.notes.clone()), |t, v| Ok(t.info.notes = notes(v)?)),
        column!("trace_file", Text, |t| Value::Text(t.trace_file.clone()), |t, v| Ok(
            t.trace_file = trace_file(text(v)?)?
        )),
        column!(
            "instrument",
            Text,
            6,
            |t| Value::Text(t.info.meta.instrument.map_or("", Instrument::id).into()),
            |t, v| Ok(t.info.meta.instrument = parsed(v, Instrument::parse)?)
        ),
        // A trial entered by hand: its peaks in N, `|` separated ...
        column!(
            "entered_peaks_n",
            Text,
            6,
            |t| Value::Text(t.info.entered.as_ref().map_or_else(String::new, EnteredPeaks::peaks_text)),
            |t, v| Ok(t.info.entered = entered_peaks(text(v)?, t.info.entered.take())?)
        ),
        // ... and the unit they were read in.
        column!(
            "entered_unit",
            Text,
            6,
            |t| Value::Text(t.info.entered.as_ref().map_or("", |e| e.unit.symbol()).into()),
            |t, v| Ok(t.info.entered = entered_unit(text(v)?, t.info.entered.take())?)
        ),
        // Who recorded it (the login on a clinic server).
        column!("recorded_by", Text, 9, |t| Value::Text(t.info.recorded_by.clone()), |t, v| Ok(
            t.info.recorded_by = plain(text(v)?)?
        )),
    ],
};

/// `clearance_signoffs.csv`.
pub const SIGNOFFS: Table<SignOff> = Table {
    file: "clearance_signoffs.csv",
    blank: || SignOff {
        id: 0,
        athlete_id: 0,
        episode_id: None,
        visit_id: None,
        template_id: String::new(),
        status: String::new(),
        clinician: String::new(),
        signed_at: NaiveDateTime::MIN,
        note: String::new(),
        evaluation: String::new(),
    },
    columns: &[
        column!("id", Int, |s| Value::Int(Some(s.id)), |s, v| Ok(s.id = req_int(v)?)),
        column!("athlete_id", Int, |s| Value::Int(Some(s.athlete_id)), |s, v| Ok(s.athlete_id = req_int(v)?)),
        column!("episode_id", Int, |s| Value::Int(s.episode_id), |s, v| Ok(s.episode_id = int(v)?)),
        column!("visit_id", Int, |s| Value::Int(s.visit_id), |s, v| Ok(s.visit_id = int(v)?)),
        column!("template_id", Text, |s| Value::Text(s.template_id.clone()), |s, v| Ok(s.template_id = text(v)?)),
        column!("status", Text, |s| Value::Text(s.status.clone()), |s, v| Ok(s.status = text(v)?)),
        column!("clinician", Text, |s| Value::Text(s.clinician.clone()), |s, v| Ok(s.clinician = text(v)?)),
        column!("signed_at", DateTime, |s| Value::DateTime(Some(s.signed_at)), |s, v| Ok(s.signed_at = date_time(v)?)),
        column!("note", Text, |s| Value::Text(s.note.clone()), |s, v| Ok(s.note = text(v)?)),
        column!("evaluation_json", Text, |s| Value::Text(s.evaluation.clone()), |s, v| Ok(s.evaluation = text(v)?)),
    ],
};

/// `clearance_checks.csv` (exports of schema 3 and later).
pub const CHECKS: Table<ClearanceCheck> = Table {
    file: "clearance_checks.csv",
    blank: || ClearanceCheck {
        visit_id: 0,
        check_id: String::new(),
        done: None,
        clinician: String::new(),
        checked_at: NaiveDateTime::MIN,
    },
    columns: &[
        column!("visit_id", Int, 3, |c| Value::Int(Some(c.visit_id)), |c, v| Ok(c.visit_id = req_int(v)?)),
        column!("check_id", Text, 3, |c| Value::Text(c.check_id.clone()), |c, v| Ok(c.check_id = text(v)?)),
        // Empty: the answer was withdrawn (schema 5 keeps every answer).
        column!("done", Flag, 3, |c| Value::Flag(c.done), |c, v| Ok(c.done = flag(v)?)),
        column!("clinician", Text, 3, |c| Value::Text(c.clinician.clone()), |c, v| Ok(c.clinician = text(v)?)),
        column!("checked_at", DateTime, 3, |c| Value::DateTime(Some(c.checked_at)), |c, v| Ok(
            c.checked_at = date_time(v)?
        )),
    ],
};

/// A clinic setting: its key and JSON value.
pub type SettingRow = (String, String);

/// `settings.csv`.
pub const SETTINGS: Table<SettingRow> = Table {
    file: "settings.csv",
    blank: || (String::new(), String::new()),
    columns: &[
        column!("key", Text, |s| Value::Text(s.0.clone()), |s, v| Ok(s.0 = text(v)?)),
        column!("value_json", Text, |s| Value::Text(s.1.clone()), |s, v| Ok(s.1 = text(v)?)),
    ],
};

/// A clinic definition: kind (`test`, `battery`, `clearance_template`), id and JSON.
pub type DefinitionRow = (String, String, String);

/// `custom_definitions.csv`.
pub const DEFINITIONS: Table<DefinitionRow> = Table {
    file: "custom_definitions.csv",
    blank: || (String::new(), String::new(), String::new()),
    columns: &[
        column!("kind", Text, |d| Value::Text(d.0.clone()), |d, v| Ok(d.0 = text(v)?)),
        column!("id", Text, |d| Value::Text(d.1.clone()), |d, v| Ok(d.1 = text(v)?)),
        column!("definition_json", Text, |d| Value::Text(d.2.clone()), |d, v| Ok(d.2 = text(v)?)),
    ],
};

pub mod relations;

#[cfg(test)]
mod tests;
