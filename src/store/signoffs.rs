//! Clearance sign-offs, and whole-table listings for exports.

use rusqlite::{Row, params};

use super::athletes::{date_time_text, parse_date_time};
use super::{Result, Store};
use crate::model::{InjuryEpisode, SignOff, TrialInfo, Visit};

const COLUMNS: &str =
    "id, athlete_id, episode_id, visit_id, template_id, status, clinician, signed_at, note, evaluation";

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
        evaluation: r.get(9)?,
    })
}

impl Store {
    /// Stores a sign-off; `id` is used when not 0.
    pub fn add_signoff(&self, s: &SignOff) -> Result<i64> {
        self.conn.execute(
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
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// An athlete's sign-offs, oldest first.
    pub fn signoffs(&self, athlete_id: i64) -> Result<Vec<SignOff>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM clearance_signoffs WHERE athlete_id = ?1 ORDER BY signed_at, id"
        ))?;
        let rows = stmt.query_map([athlete_id], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every sign-off, by id.
    pub fn all_signoffs(&self) -> Result<Vec<SignOff>> {
        let mut stmt = self.conn.prepare(&format!("SELECT {COLUMNS} FROM clearance_signoffs ORDER BY id"))?;
        let rows = stmt.query_map([], from_row)?;
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
