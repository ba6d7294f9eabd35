//! Row versions: several stations may edit the same athlete, episode, visit or clinic setting.
//! Every change of such a row adds one to its `row_version` and notes who made it and when; a
//! save made from what a form read ([`Store::row_version`], taken before the row itself) is
//! refused when the row changed since ([`Conflict`]), so that no station silently overwrites
//! another's edit. On a one-computer clinic the same holds between two windows or processes.

use super::athletes::date_time_text;
use super::{Result, Store, StoreError};

/// A table whose rows carry a version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Versioned {
    Athlete,
    Episode,
    Visit,
}

impl Versioned {
    fn table(self) -> &'static str {
        match self {
            Versioned::Athlete => "athletes",
            Versioned::Episode => "injury_episodes",
            Versioned::Visit => "visits",
        }
    }

    /// The row, in words.
    pub fn what(self) -> &'static str {
        match self {
            Versioned::Athlete => "athlete",
            Versioned::Episode => "injury episode",
            Versioned::Visit => "visit",
        }
    }
}

/// A row's version and its last change: who (the login on a clinic server; empty on a
/// one-computer clinic) and when.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RowVersion {
    pub version: i64,
    pub changed_by: String,
    pub changed_at: Option<String>,
}

/// A save refused because the row changed since it was read: by whom and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub what: &'static str,
    pub id: i64,
    pub changed: RowVersion,
}

/// In English, as the command line says it (the app: [`Conflict::text`]).
impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(super::words::english(), &crate::i18n::numbers::NumberStyle::default()))
    }
}

/// The columns every versioned UPDATE sets: one more version, who and when (parameters
/// `?who` and `?when` given as the last two, numbered `n` and `n + 1`).
pub(super) fn stamp(n: usize) -> String {
    format!("row_version = row_version + 1, changed_by = ?{n}, changed_at = ?{}", n + 1)
}

/// The condition that the row is still at version `?n` (or any version when it is NULL: a
/// change not made from a form).
pub(super) fn unchanged_since(n: usize) -> String {
    format!("row_version = coalesce(?{n}, row_version)")
}

impl Store {
    /// Who makes the changes of this connection: the login on a clinic server, or nobody named
    /// on a one-computer clinic (where names are typed by the clinician).
    pub fn who(&self) -> String {
        self.server.as_ref().map(|s| s.login().to_string()).unwrap_or_default()
    }

    /// The name a sign-off or a manual-check answer made now is recorded under: the login on a
    /// clinic server (each clinician connects with their own), the name typed on a
    /// one-computer clinic.
    pub fn clinician_name(&self, typed: &str) -> String {
        match &self.server {
            Some(s) => s.login().to_string(),
            None => typed.trim().to_string(),
        }
    }

    /// The time a change is stamped with.
    pub(super) fn now_text() -> String {
        date_time_text(chrono::Local::now().naive_local())
    }

    /// A row's version and last change.
    pub fn row_version(&self, table: Versioned, id: i64) -> Result<RowVersion> {
        super::optional(self.conn.query_row(
            &format!("SELECT row_version, changed_by, changed_at FROM {} WHERE id = ?1", table.table()),
            [id],
            |r| Ok(RowVersion { version: r.get(0)?, changed_by: r.get(1)?, changed_at: r.get(2)? }),
        ))?
        .ok_or(StoreError::NotFound { what: table.what(), id })
    }

    /// After an UPDATE of row `id` that changed `n` rows: nothing when it changed one, else
    /// why not: the row is gone, or it changed since `expected`.
    pub(super) fn saved_or_why(&self, table: Versioned, id: i64, n: usize, expected: Option<i64>) -> Result<()> {
        if n > 0 {
            return Ok(());
        }
        match (self.row_version(table, id), expected) {
            (Ok(changed), Some(_)) => Err(StoreError::Conflict(Conflict { what: table.what(), id, changed })),
            (Ok(_), None) | (Err(_), _) => Err(StoreError::NotFound { what: table.what(), id }),
        }
    }
}
