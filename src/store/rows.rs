//! Rows that cannot be read: a stored cell this program cannot make sense of (damage, or another
//! program's write) becomes a [`DamagedRow`] naming the row, its cell and why, never a database
//! message that names nothing. A reader of one row answers it as an error
//! ([`super::StoreError::DamagedRow`]); a reader of many leaves the row out, goes on with the
//! others and keeps the problem for its caller ([`Store::reading`]).

use std::fmt;

use rusqlite::types::ValueRef;

use super::db::{Params, Row};
use super::{Result, Store, StoreError};

/// A stored row that cannot be read: "trial 12: its 'entered' cell is not valid (expected
/// JSON of each rep's peak in N, found 'notjson')".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DamagedRow {
    /// What the row is, in words: "athlete", "injury episode", "visit", "trial", "sign-off",
    /// "manual check", "setting".
    pub what: &'static str,
    /// The row's id (a setting's key).
    pub id: String,
    /// The column of the cell that cannot be read.
    pub column: String,
    /// What was expected and what was found.
    pub detail: String,
}

impl fmt::Display for DamagedRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: its '{}' cell is not valid ({})", self.what, self.id, self.column, self.detail)
    }
}

/// A text cell that does not parse as its column's values (carried inside rusqlite's
/// conversion error to [`damaged_row`]).
#[derive(Debug)]
pub(super) struct BadCell {
    pub column: String,
    pub text: String,
}

impl fmt::Display for BadCell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: unexpected value '{}'", self.column, self.text)
    }
}

impl std::error::Error for BadCell {}

/// What [`expected`] says of a column it does not know.
const UNKNOWN: &str = "a value ForceTrack writes";

/// What a column holds, in words, for the message of a cell that cannot be read.
fn expected(column: &str) -> &'static str {
    match column {
        "date_of_birth" | "injury_date" | "closed_on" => "a date YYYY-MM-DD",
        "date_time" | "recorded_at" | "signed_at" | "checked_at" | "deleted_at" | "started_at" | "last_flush_at" => {
            "a date and time YYYY-MM-DDTHH:MM:SS"
        }
        "side" => "left, right or both",
        "dominant_leg" => "left or right",
        "sex" => "female, male or other",
        "polarity" => "positive or negative",
        "instrument" => "a kind of instrument (handheld, fixed_frame, load_cell_rig, force_plate)",
        "entered" => "JSON of each rep's peak in N",
        "excluded_spans" => "excluded reps by time (start-end|...)",
        "excluded_reps" => "rep numbers separated by commas",
        "kind" => "a kind of injury",
        "location" => "a hamstring location",
        "evaluation" => "the signed evaluation as a JSON object",
        "value" => "the setting as JSON this program reads (its defaults are used meanwhile)",
        "test_id" => "the id of a test in the clinic's library",
        "pain" => "a pain score 0-10",
        "visa_h" => "a VISA-H score 0-100",
        "body_mass_kg" => "a body mass in kg",
        "lever_arm_m" => "a lever arm in m",
        "device_max_n" => "a force in N",
        "sample_rate_hz" => "a sample rate in Hz",
        "reps_count" => "a count of reps",
        "grade" => "a grade",
        "accepted" | "archived" => "0 or 1",
        "done" => "0, 1 or nothing",
        "channel_names" => "channel names separated by commas",
        "given_name" | "family_name" | "clinician" => "a name",
        "id" | "athlete_id" | "visit_id" | "episode_id" | "baseline_visit_id" | "trial_id" => "a row's id",
        _ => UNKNOWN,
    }
}

/// At most 60 characters of a cell's text, for a message.
fn clipped(text: &str) -> String {
    let mut t: String = text.chars().take(60).collect();
    if t.len() < text.len() {
        t.push('…');
    }
    t
}

/// A cell as found, in words: "text 'abc'", "the number 3", "4 bytes", "nothing".
fn found(cell: rusqlite::Result<ValueRef<'_>>) -> String {
    match cell {
        Ok(ValueRef::Null) => "nothing".into(),
        Ok(ValueRef::Integer(i)) => format!("the number {i}"),
        Ok(ValueRef::Real(x)) => format!("the number {x}"),
        Ok(ValueRef::Text(t)) => format!("text '{}'", clipped(&String::from_utf8_lossy(t))),
        Ok(ValueRef::Blob(b)) => format!("{} bytes", b.len()),
        Err(_) => "a cell that cannot be read".into(),
    }
}

/// A cell that is not what its column holds: the value found, in an error.
pub(super) fn bad_cell(column: &str, text: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        Box::new(BadCell { column: column.to_string(), text: clipped(text) }),
    )
}

/// The row `r` (whose first column is its id) that `e` stopped, named.
pub(super) fn damaged_row(what: &'static str, r: &Row, e: rusqlite::Error) -> DamagedRow {
    let id = match r.get_ref(0) {
        Ok(ValueRef::Integer(i)) => i.to_string(),
        Ok(ValueRef::Text(t)) => String::from_utf8_lossy(t).into_owned(),
        _ => "?".into(),
    };
    let name = |i: usize| r.column_name(i).map_or_else(|| format!("column {}", i + 1), String::from);
    let (column, detail) = match &e {
        rusqlite::Error::FromSqlConversionFailure(i, _, inner) => match inner.downcast_ref::<BadCell>() {
            Some(cell) => (cell.column.clone(), format!("expected {}, found '{}'", expected(&cell.column), cell.text)),
            None => (name(*i), format!("{inner}; found {}", found(r.get_ref(*i)))),
        },
        rusqlite::Error::InvalidColumnType(i, column, _) => {
            let column = column.rsplit('.').next().unwrap_or(column).to_string();
            let detail = match expected(&column) {
                UNKNOWN => format!("found {}, not the kind of value this column holds", found(r.get_ref(*i))),
                what => format!("expected {what}, found {}", found(r.get_ref(*i))),
            };
            (column, detail)
        }
        rusqlite::Error::IntegralValueOutOfRange(i, v) => {
            let column = name(*i);
            (column.clone(), format!("expected {}, found {v}, out of range", expected(&column)))
        }
        other => ("?".into(), other.to_string()),
    };
    DamagedRow { what, id, column, detail }
}

impl Store {
    /// The rows of `sql` read by `read`; a row it cannot read is left out and kept as a
    /// [`DamagedRow`] for the caller of [`Store::reading`] (its first column is its id).
    pub(super) fn read_rows<T, P: Params>(
        &self,
        sql: &str,
        params: P,
        what: &'static str,
        read: impl Fn(&Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut list = Vec::new();
        self.conn.for_each(sql, params, |r| {
            match read(r) {
                Ok(v) => list.push(v),
                Err(e) => self.note_damaged(damaged_row(what, r, e)),
            }
            Ok(())
        })?;
        Ok(list)
    }

    /// The one row of `sql` read by `read`, if any; a row it cannot read is
    /// [`StoreError::DamagedRow`], named.
    pub(super) fn read_row<T, P: Params>(
        &self,
        sql: &str,
        params: P,
        what: &'static str,
        read: impl Fn(&Row) -> rusqlite::Result<T>,
    ) -> Result<Option<T>> {
        let mut first = None;
        self.conn.for_each(sql, params, |r| {
            if first.is_none() {
                first = Some(read(r).map_err(|e| StoreError::DamagedRow(damaged_row(what, r, e))));
            }
            Ok(())
        })?;
        first.transpose()
    }

    /// Keeps a row a reader left out (once).
    pub(super) fn note_damaged(&self, row: DamagedRow) {
        let mut found = self.damaged.borrow_mut();
        if !found.contains(&row) {
            found.push(row);
        }
    }

    /// Runs `f` and returns, with its answer, the rows the readers it called left out because
    /// they cannot be read, each once, in the order met. They are kept for an enclosing call
    /// and for [`Store::take_damaged_rows`] too.
    pub fn reading<T>(&self, f: impl FnOnce(&Store) -> T) -> (T, Vec<DamagedRow>) {
        let outer = self.damaged.replace(Vec::new());
        let answer = f(self);
        let found = self.damaged.replace(outer);
        for row in &found {
            self.note_damaged(row.clone());
        }
        (answer, found)
    }

    /// The rows left out because they cannot be read since the last call, each once.
    pub fn take_damaged_rows(&self) -> Vec<DamagedRow> {
        self.damaged.take()
    }
}
