//! Injury episodes and visits.

use std::collections::HashMap;

use rusqlite::params;

use super::db::Row;

use super::athletes::{date_text, date_time_text, parse_date, parse_date_time};
use super::{Result, Store, StoreError, checked, optional, parse_text};
use crate::model::{HamstringLocation, InjuryEpisode, InjuryKind, ProvocationTests, Side, Visit};

/// The rows of this module, in words.
const EPISODE: &str = "injury episode";
pub(super) const VISIT: &str = "visit";

const EPISODE_COLUMNS: &str =
    "id, athlete_id, kind, side, grade, location, injury_date, baseline_visit_id, closed_on, notes";

/// [`EPISODE_COLUMNS`] as read: a pre-injury baseline whose visit was deleted reads as none
/// (until the visit is restored).
const EPISODE_SELECT: &str = "id, athlete_id, kind, side, grade, location, injury_date, \
     CASE WHEN baseline_visit_id IN (SELECT id FROM visits WHERE deleted_at IS NOT NULL) THEN NULL \
     ELSE baseline_visit_id END, closed_on, notes";

fn episode_from_row(r: &Row) -> rusqlite::Result<InjuryEpisode> {
    Ok(InjuryEpisode {
        id: r.get(0)?,
        athlete_id: r.get(1)?,
        kind: parse_text("kind", &r.get::<_, String>(2)?, InjuryKind::parse)?,
        side: r.get::<_, Option<String>>(3)?.map(|t| parse_text("side", &t, Side::parse)).transpose()?,
        grade: r.get(4)?,
        location: r
            .get::<_, Option<String>>(5)?
            .map(|t| parse_text("location", &t, HamstringLocation::parse))
            .transpose()?,
        injury_date: parse_date("injury_date", &r.get::<_, String>(6)?)?,
        baseline_visit_id: r.get(7)?,
        closed_on: r.get::<_, Option<String>>(8)?.map(|t| parse_date("closed_on", &t)).transpose()?,
        notes: r.get(9)?,
    })
}

pub(super) const VISIT_COLUMNS: &str = "id, athlete_id, episode_id, date_time, body_mass_kg, clinician, visa_h, puranen_orava, \
                             bent_knee_stretch, modified_bent_knee_stretch, notes";

pub(super) fn visit_from_row(r: &Row) -> rusqlite::Result<Visit> {
    Ok(Visit {
        id: r.get(0)?,
        athlete_id: r.get(1)?,
        episode_id: r.get(2)?,
        date_time: parse_date_time("date_time", &r.get::<_, String>(3)?)?,
        body_mass_kg: checked("body_mass_kg", r.get(4)?, |m: f64| m > 0.0)?,
        clinician: r.get(5)?,
        visa_h: checked("visa_h", r.get(6)?, |s: u8| s <= 100)?,
        provocation: ProvocationTests {
            puranen_orava: r.get(7)?,
            bent_knee_stretch: r.get(8)?,
            modified_bent_knee_stretch: r.get(9)?,
        },
        notes: r.get(10)?,
    })
}

fn check_visit(v: &Visit) -> Result<()> {
    if v.visa_h.is_some_and(|s| s > 100) {
        return Err(StoreError::Invalid(format!("VISA-H {:?} is outside 0-100", v.visa_h)));
    }
    if let Some(p) = crate::model::validation::body_mass_problem("body mass", v.body_mass_kg) {
        return Err(StoreError::Invalid(p.text));
    }
    Ok(())
}

impl Store {
    /// Whether `e`'s pre-injury baseline is a visit of its athlete before the injury date (a
    /// visit on or after that day is not pre-injury); an error naming both dates when not.
    /// A baseline visit that is not (yet) in the database is an error too.
    pub fn check_baseline(&self, e: &InjuryEpisode) -> Result<()> {
        self.baseline_problem(e, false)
    }

    /// [`Store::check_baseline`]; with `missing_ok`, a baseline visit not in the database is
    /// left to its foreign key (an import adds episodes before their visits).
    fn baseline_problem(&self, e: &InjuryEpisode, missing_ok: bool) -> Result<()> {
        let Some(id) = e.baseline_visit_id else { return Ok(()) };
        let found: Option<(i64, String)> = optional(self.conn.query_row(
            "SELECT athlete_id, date_time FROM visits WHERE id = ?1 AND deleted_at IS NULL",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        ))?;
        let Some((athlete_id, date_time)) = found else {
            if missing_ok {
                return Ok(());
            }
            return Err(StoreError::Invalid(format!("the pre-injury baseline, visit {id}, is not in the clinic")));
        };
        if athlete_id != e.athlete_id {
            return Err(StoreError::Invalid(format!(
                "the pre-injury baseline, visit {id}, is another athlete's visit"
            )));
        }
        let date = parse_date_time("date_time", &date_time)?.date();
        if date >= e.injury_date {
            return Err(StoreError::Invalid(format!(
                "the pre-injury baseline must be a visit before the injury: the visit of {date} is not before the \
                 injury date {}",
                e.injury_date
            )));
        }
        Ok(())
    }

    /// Adds an injury episode; `episode.id` is used when not 0. Its pre-injury baseline must
    /// be a visit before the injury date ([`Store::check_baseline`]).
    pub fn add_episode(&self, e: &InjuryEpisode) -> Result<i64> {
        self.baseline_problem(e, true)?;
        Ok(self.conn.insert(
            &format!("INSERT INTO injury_episodes ({EPISODE_COLUMNS}) VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
            params![
                e.id,
                e.athlete_id,
                e.kind.id(),
                e.side.map(Side::id),
                e.grade,
                e.location.map(HamstringLocation::id),
                date_text(e.injury_date),
                e.baseline_visit_id,
                e.closed_on.map(date_text),
                e.notes,
            ],
        )?)
    }

    /// Saves an episode's changes; its pre-injury baseline must be a visit before the injury
    /// date ([`Store::check_baseline`]).
    pub fn update_episode(&self, e: &InjuryEpisode) -> Result<()> {
        self.update_episode_at(e, None)
    }

    /// Saves an episode read at `version` ([`Store::row_version`]); refused with
    /// [`StoreError::Conflict`] when it changed since.
    pub fn update_episode_if_unchanged(&self, e: &InjuryEpisode, version: i64) -> Result<()> {
        self.update_episode_at(e, Some(version))
    }

    fn update_episode_at(&self, e: &InjuryEpisode, version: Option<i64>) -> Result<()> {
        self.baseline_problem(e, false)?;
        let n = self.conn.execute(
            &format!(
                "UPDATE injury_episodes SET kind = ?2, side = ?3, grade = ?4, location = ?5, injury_date = ?6, \
                 baseline_visit_id = ?7, closed_on = ?8, notes = ?9, {} WHERE id = ?1 AND {}",
                super::versions::stamp(10),
                super::versions::unchanged_since(12)
            ),
            params![
                e.id,
                e.kind.id(),
                e.side.map(Side::id),
                e.grade,
                e.location.map(HamstringLocation::id),
                date_text(e.injury_date),
                e.baseline_visit_id,
                e.closed_on.map(date_text),
                e.notes,
                self.who(),
                Store::now_text(),
                version,
            ],
        )?;
        self.saved_or_why(super::Versioned::Episode, e.id, n, version)
    }

    /// An injury episode; a row that cannot be read is [`StoreError::DamagedRow`], named.
    pub fn episode(&self, id: i64) -> Result<InjuryEpisode> {
        self.read_row(
            &format!("SELECT {EPISODE_SELECT} FROM injury_episodes WHERE id = ?1"),
            [id],
            EPISODE,
            episode_from_row,
        )?
        .ok_or(StoreError::NotFound { what: "injury episode", id })
    }

    /// An athlete's episodes, oldest first; a row that cannot be read is left out
    /// ([`Store::reading`]).
    pub fn episodes(&self, athlete_id: i64) -> Result<Vec<InjuryEpisode>> {
        self.read_rows(
            &format!("SELECT {EPISODE_SELECT} FROM injury_episodes WHERE athlete_id = ?1 ORDER BY injury_date, id"),
            [athlete_id],
            EPISODE,
            episode_from_row,
        )
    }

    /// The latest episode of every athlete that has one.
    pub(super) fn latest_episodes(&self) -> Result<HashMap<i64, InjuryEpisode>> {
        let all = self.read_rows(
            &format!("SELECT {EPISODE_SELECT} FROM injury_episodes ORDER BY injury_date, id"),
            [],
            EPISODE,
            episode_from_row,
        )?;
        Ok(all.into_iter().map(|e| (e.athlete_id, e)).collect())
    }

    /// Adds a visit; `visit.id` is used when not 0.
    pub fn add_visit(&self, v: &Visit) -> Result<i64> {
        check_visit(v)?;
        let p = v.provocation;
        Ok(self.conn.insert(
            &format!(
                "INSERT INTO visits ({VISIT_COLUMNS}) VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
            ),
            params![
                v.id,
                v.athlete_id,
                v.episode_id,
                date_time_text(v.date_time),
                v.body_mass_kg,
                v.clinician,
                v.visa_h,
                p.puranen_orava,
                p.bent_knee_stretch,
                p.modified_bent_knee_stretch,
                v.notes,
            ],
        )?)
    }

    /// Saves a visit's changes; a visit that is an episode's pre-injury baseline stays before
    /// that injury's date.
    pub fn update_visit(&self, v: &Visit) -> Result<()> {
        self.update_visit_at(v, None)
    }

    /// Saves `after`, a change of the visit as it was read (`before`), in one transaction:
    /// refused with [`StoreError::Conflict`] (who changed it, when) when the visit is not
    /// `before` any more, so another station's change is never overwritten.
    pub fn update_visit_from(&mut self, before: &Visit, after: &Visit) -> Result<()> {
        self.transaction(|s| {
            if s.visit(before.id)? != *before {
                let changed = s.row_version(super::Versioned::Visit, before.id)?;
                return Err(StoreError::Conflict(super::Conflict { what: "visit", id: before.id, changed }));
            }
            s.update_visit(after)
        })
    }

    /// Saves a visit read at `version` ([`Store::row_version`]); refused with
    /// [`StoreError::Conflict`] when it changed since.
    pub fn update_visit_if_unchanged(&self, v: &Visit, version: i64) -> Result<()> {
        self.update_visit_at(v, Some(version))
    }

    fn update_visit_at(&self, v: &Visit, version: Option<i64>) -> Result<()> {
        check_visit(v)?;
        let injuries = self
            .conn
            .query_map("SELECT injury_date FROM injury_episodes WHERE baseline_visit_id = ?1", [v.id], |r| {
                r.get::<_, String>(0)
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for injury in injuries {
            let injury = parse_date("injury_date", &injury)?;
            if v.date_time.date() >= injury {
                return Err(StoreError::Invalid(format!(
                    "this visit is the pre-injury baseline of the injury of {injury}: its date {} must stay before it",
                    v.date_time.date()
                )));
            }
        }
        let p = v.provocation;
        let n = self.conn.execute(
            &format!(
                "UPDATE visits SET episode_id = ?2, date_time = ?3, body_mass_kg = ?4, clinician = ?5, visa_h = ?6, \
                 puranen_orava = ?7, bent_knee_stretch = ?8, modified_bent_knee_stretch = ?9, notes = ?10, {} \
                 WHERE id = ?1 AND {}",
                super::versions::stamp(11),
                super::versions::unchanged_since(13)
            ),
            params![
                v.id,
                v.episode_id,
                date_time_text(v.date_time),
                v.body_mass_kg,
                v.clinician,
                v.visa_h,
                p.puranen_orava,
                p.bent_knee_stretch,
                p.modified_bent_knee_stretch,
                v.notes,
                self.who(),
                Store::now_text(),
                version,
            ],
        )?;
        self.saved_or_why(super::Versioned::Visit, v.id, n, version)
    }

    /// A visit; a row that cannot be read is [`StoreError::DamagedRow`], named.
    pub fn visit(&self, id: i64) -> Result<Visit> {
        self.read_row(
            &format!("SELECT {VISIT_COLUMNS} FROM visits WHERE id = ?1 AND deleted_at IS NULL"),
            [id],
            VISIT,
            visit_from_row,
        )?
        .ok_or(StoreError::NotFound { what: "visit", id })
    }

    /// An athlete's visits, oldest first; a row that cannot be read is left out
    /// ([`Store::reading`]).
    pub fn visits(&self, athlete_id: i64) -> Result<Vec<Visit>> {
        self.read_rows(
            &format!(
                "SELECT {VISIT_COLUMNS} FROM visits WHERE athlete_id = ?1 AND deleted_at IS NULL ORDER BY date_time, id"
            ),
            [athlete_id],
            VISIT,
            visit_from_row,
        )
    }
}
