//! Clearance sign-offs and manual checks, clinic copies of clearance templates, and
//! whole-table listings for exports.

use rusqlite::params;

use super::db::Row;

use super::athletes::{date_time_text, parse_date_time};
use super::{Result, Store, checked};
use crate::model::{ClearanceCheck, InjuryEpisode, SignOff, TrialInfo, Visit};

const COLUMNS: &str =
    "id, athlete_id, episode_id, visit_id, template_id, status, clinician, signed_at, note, evaluation";

/// [`COLUMNS`] as read: a sign-off made at a visit since deleted reads as made at no visit
/// (until the visit is restored); the evaluation it signed is kept whole.
const SELECT: &str = "id, athlete_id, episode_id, \
     CASE WHEN visit_id IN (SELECT id FROM visits WHERE deleted_at IS NOT NULL) THEN NULL ELSE visit_id END, \
     template_id, status, clinician, signed_at, note, evaluation";

fn from_row(r: &Row) -> rusqlite::Result<SignOff> {
    Ok(SignOff {
        id: r.get(0)?,
        athlete_id: r.get(1)?,
        episode_id: r.get(2)?,
        visit_id: r.get(3)?,
        template_id: r.get(4)?,
        status: r.get(5)?,
        clinician: r.get(6)?,
        signed_at: parse_date_time("signed_at", &r.get::<_, String>(7)?)?,
        note: r.get(8)?,
        evaluation: signed_evaluation(r.get(9)?)?,
    })
}

/// A sign-off's evaluation as stored: the JSON object it signed (the evaluation is kept whole,
/// and nothing else reads as one).
fn signed_evaluation(text: String) -> rusqlite::Result<String> {
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(serde_json::Value::Object(_)) => Ok(text),
        _ => Err(super::rows::bad_cell("evaluation", &text)),
    }
}

/// The rows of this module, in words.
const SIGNOFF: &str = "sign-off";
const CHECK: &str = "manual check answer";

impl Store {
    /// Stores a sign-off; `id` is used when not 0.
    pub fn add_signoff(&self, s: &SignOff) -> Result<i64> {
        Ok(self.conn.insert(
            &format!(
                "INSERT INTO clearance_signoffs ({COLUMNS}) VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
            ),
            params![
                s.id,
                s.athlete_id,
                s.episode_id,
                s.visit_id,
                s.template_id,
                s.status,
                s.clinician,
                date_time_text(s.signed_at),
                s.note,
                s.evaluation,
            ],
        )?)
    }

    /// An athlete's sign-offs, oldest first; a row that cannot be read is left out
    /// ([`Store::reading`]).
    pub fn signoffs(&self, athlete_id: i64) -> Result<Vec<SignOff>> {
        self.read_rows(
            &format!("SELECT {SELECT} FROM clearance_signoffs WHERE athlete_id = ?1 ORDER BY signed_at, id"),
            [athlete_id],
            SIGNOFF,
            from_row,
        )
    }

    /// Every sign-off, by id; a row that cannot be read is left out ([`Store::reading`]).
    pub fn all_signoffs(&self) -> Result<Vec<SignOff>> {
        self.read_rows(&format!("SELECT {SELECT} FROM clearance_signoffs ORDER BY id"), [], SIGNOFF, from_row)
    }

    /// Adds an answer to a manual clearance check at a visit (a withdrawal is an answer with no
    /// value): earlier answers stay, the latest is current.
    pub fn set_clearance_check(&self, c: &ClearanceCheck) -> Result<()> {
        self.conn.execute(
            "INSERT INTO clearance_checks (visit_id, check_id, done, clinician, checked_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![c.visit_id, c.check_id, c.done, c.clinician, date_time_text(c.checked_at)],
        )?;
        Ok(())
    }

    /// The current answers to the manual checks of an athlete's visits (the latest entry of each
    /// visit and check, unless it withdrew the answer).
    pub fn clearance_checks(&self, athlete_id: i64) -> Result<Vec<ClearanceCheck>> {
        self.checks_where(
            "WHERE c.visit_id IN (SELECT id FROM visits WHERE athlete_id = ?1 AND deleted_at IS NULL) AND c.done IS NOT NULL \
             AND c.id = (SELECT max(m.id) FROM clearance_checks m WHERE m.visit_id = c.visit_id AND m.check_id = c.check_id)",
            Some(athlete_id),
            "c.visit_id, c.check_id",
        )
    }

    /// Every answer ever given to the manual checks of an athlete's visits, oldest first.
    pub fn clearance_check_log(&self, athlete_id: i64) -> Result<Vec<ClearanceCheck>> {
        self.checks_where(
            "WHERE c.visit_id IN (SELECT id FROM visits WHERE athlete_id = ?1 AND deleted_at IS NULL)",
            Some(athlete_id),
            "c.id",
        )
    }

    /// Every answer to every manual check, oldest first (the whole log, for exports; those of
    /// deleted visits left out with their visits).
    pub fn all_clearance_checks(&self) -> Result<Vec<ClearanceCheck>> {
        self.checks_where("WHERE c.visit_id NOT IN (SELECT id FROM visits WHERE deleted_at IS NOT NULL)", None, "c.id")
    }

    fn checks_where(&self, filter: &str, athlete_id: Option<i64>, order: &str) -> Result<Vec<ClearanceCheck>> {
        let sql = format!(
            "SELECT c.id, c.visit_id, c.check_id, c.done, c.clinician, c.checked_at FROM clearance_checks c {filter} \
             ORDER BY {order}"
        );
        let map = |r: &Row| -> rusqlite::Result<ClearanceCheck> {
            Ok(ClearanceCheck {
                visit_id: r.get(1)?,
                check_id: r.get(2)?,
                done: checked("done", r.get::<_, Option<i64>>(3)?, |d| d == 0 || d == 1)?.map(|d| d == 1),
                clinician: r.get(4)?,
                checked_at: parse_date_time("checked_at", &r.get::<_, String>(5)?)?,
            })
        };
        match athlete_id {
            Some(id) => self.read_rows(&sql, [id], CHECK, map),
            None => self.read_rows(&sql, [], CHECK, map),
        }
    }

    /// Stores a clinic's clearance template (its JSON definition) under `id`, replacing one of
    /// the same id.
    pub fn save_custom_clearance_template(&self, id: &str, definition_json: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO custom_clearance_templates (id, definition) VALUES (?1, ?2) \
             ON CONFLICT (id) DO UPDATE SET definition = excluded.definition",
            params![id, definition_json],
        )?;
        Ok(())
    }

    pub fn delete_custom_clearance_template(&self, id: &str) -> Result<()> {
        self.conn.execute("DELETE FROM custom_clearance_templates WHERE id = ?1", [id])?;
        Ok(())
    }

    /// The clinic's clearance templates as (id, JSON definition), by id.
    pub fn custom_clearance_templates(&self) -> Result<Vec<(String, String)>> {
        let rows =
            self.conn.query_map("SELECT id, definition FROM custom_clearance_templates ORDER BY id", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every episode, by id.
    pub fn all_episodes(&self) -> Result<Vec<InjuryEpisode>> {
        let mut list = Vec::new();
        for row in self.athletes(true)? {
            list.extend(self.episodes(row.athlete.id)?);
        }
        list.sort_by_key(|e| e.id);
        Ok(list)
    }

    /// Every visit, by id.
    pub fn all_visits(&self) -> Result<Vec<Visit>> {
        let mut list = Vec::new();
        for row in self.athletes(true)? {
            list.extend(self.visits(row.athlete.id)?);
        }
        list.sort_by_key(|v| v.id);
        Ok(list)
    }

    /// Every trial (without samples), by id.
    pub fn all_trials(&self) -> Result<Vec<TrialInfo>> {
        let mut list = Vec::new();
        for row in self.athletes(true)? {
            list.extend(self.trials_of_athlete(row.athlete.id)?);
        }
        list.sort_by_key(|t| t.id);
        Ok(list)
    }
}
