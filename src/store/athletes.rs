//! Athletes.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::params;

use super::db::Row;
use serde::Serialize;

use super::{Result, Store, StoreError, checked, parse_text};
use crate::model::{Athlete, InjuryEpisode, Sex, Side, SignOff};

pub(crate) const DATE: &str = "%Y-%m-%d";
pub(crate) const DATE_TIME: &str = "%Y-%m-%dT%H:%M:%S";

pub(crate) fn date_text(d: NaiveDate) -> String {
    d.format(DATE).to_string()
}

pub(crate) fn parse_date(column: &str, text: &str) -> rusqlite::Result<NaiveDate> {
    parse_text(column, text, |t| NaiveDate::parse_from_str(t, DATE).ok())
}

pub(crate) fn date_time_text(d: NaiveDateTime) -> String {
    d.format(DATE_TIME).to_string()
}

pub(crate) fn parse_date_time(column: &str, text: &str) -> rusqlite::Result<NaiveDateTime> {
    parse_text(column, text, |t| NaiveDateTime::parse_from_str(t, DATE_TIME).ok())
}

/// An athlete as listed: with the last visit and the current injury episode.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AthleteRow {
    pub athlete: Athlete,
    pub last_visit: Option<NaiveDateTime>,
    pub visits: i64,
    /// The most recent episode (open or closed).
    pub episode: Option<InjuryEpisode>,
    /// Highest pain recorded on a trial of the last visit.
    pub last_visit_pain: Option<u8>,
    /// The latest episode was closed by a sign-off that overrode its evaluation.
    pub cleared_by_override: bool,
}

/// An athlete's row, in words.
const ATHLETE: &str = "athlete";

const COLUMNS: &str = "id, given_name, family_name, date_of_birth, sex, dominant_leg, sport, external_id, \
                       body_mass_kg, notes, archived";

fn from_row(r: &Row) -> rusqlite::Result<Athlete> {
    Ok(Athlete {
        id: r.get(0)?,
        given_name: r.get(1)?,
        family_name: r.get(2)?,
        date_of_birth: r.get::<_, Option<String>>(3)?.map(|t| parse_date("date_of_birth", &t)).transpose()?,
        sex: r.get::<_, Option<String>>(4)?.map(|t| parse_text("sex", &t, Sex::parse)).transpose()?,
        dominant_leg: r
            .get::<_, Option<String>>(5)?
            .map(|t| parse_text("dominant_leg", &t, Side::parse))
            .transpose()?,
        sport: r.get(6)?,
        external_id: r.get(7)?,
        body_mass_kg: checked("body_mass_kg", r.get(8)?, |m: f64| m > 0.0)?,
        notes: r.get(9)?,
        archived: r.get(10)?,
    })
}

fn check(a: &Athlete) -> Result<()> {
    // The forms' rule: each name has a visible character of some script and nothing hidden.
    for (what, name) in [("given name", &a.given_name), ("family name", &a.family_name)] {
        if let Some(why) = crate::model::validation::name_problem(name.trim()) {
            return Err(StoreError::Invalid(format!("the athlete's {what} {why}")));
        }
    }
    if let Some(p) = crate::model::validation::body_mass_problem("body mass", a.body_mass_kg) {
        return Err(StoreError::Invalid(p.text));
    }
    if a.dominant_leg == Some(Side::Both) {
        return Err(StoreError::Invalid("the dominant leg is left or right".into()));
    }
    Ok(())
}

impl Store {
    /// Adds an athlete; returns the new id. `athlete.id` is used when not 0 (imports keep ids).
    pub fn add_athlete(&self, athlete: &Athlete) -> Result<i64> {
        check(athlete)?;
        let a = athlete;
        Ok(self.conn.insert(
            "INSERT INTO athletes (id, given_name, family_name, date_of_birth, sex, dominant_leg, sport, \
             external_id, body_mass_kg, notes, archived, created_at) \
             VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                a.id,
                a.given_name.trim(),
                a.family_name.trim(),
                a.date_of_birth.map(date_text),
                a.sex.map(Sex::id),
                a.dominant_leg.map(Side::id),
                a.sport,
                a.external_id,
                a.body_mass_kg,
                a.notes,
                a.archived,
                date_time_text(chrono::Local::now().naive_local()),
            ],
        )?)
    }

    /// Saves changes to an athlete (whatever changed since it was read: for a change made from
    /// what was read, [`Store::update_athlete_if_unchanged`]).
    pub fn update_athlete(&self, a: &Athlete) -> Result<()> {
        self.update_athlete_at(a, None)
    }

    /// Saves changes to an athlete read at `version` ([`Store::row_version`]); refused with
    /// [`StoreError::Conflict`] when the athlete changed since.
    pub fn update_athlete_if_unchanged(&self, a: &Athlete, version: i64) -> Result<()> {
        self.update_athlete_at(a, Some(version))
    }

    fn update_athlete_at(&self, a: &Athlete, version: Option<i64>) -> Result<()> {
        check(a)?;
        let n = self.conn.execute(
            &format!(
                "UPDATE athletes SET given_name = ?2, family_name = ?3, date_of_birth = ?4, sex = ?5, \
                 dominant_leg = ?6, sport = ?7, external_id = ?8, body_mass_kg = ?9, notes = ?10, archived = ?11, \
                 {} WHERE id = ?1 AND {}",
                super::versions::stamp(12),
                super::versions::unchanged_since(14)
            ),
            params![
                a.id,
                a.given_name.trim(),
                a.family_name.trim(),
                a.date_of_birth.map(date_text),
                a.sex.map(Sex::id),
                a.dominant_leg.map(Side::id),
                a.sport,
                a.external_id,
                a.body_mass_kg,
                a.notes,
                a.archived,
                self.who(),
                Store::now_text(),
                version,
            ],
        )?;
        self.saved_or_why(super::Versioned::Athlete, a.id, n, version)
    }

    pub fn set_archived(&self, id: i64, archived: bool) -> Result<()> {
        let mut a = self.athlete(id)?;
        a.archived = archived;
        self.update_athlete(&a)
    }

    /// An athlete; a row that cannot be read is [`StoreError::DamagedRow`], named.
    pub fn athlete(&self, id: i64) -> Result<Athlete> {
        self.read_row(&format!("SELECT {COLUMNS} FROM athletes WHERE id = ?1"), [id], ATHLETE, from_row)?
            .ok_or(StoreError::NotFound { what: "athlete", id })
    }

    pub fn athlete_by_external_id(&self, external_id: &str) -> Result<Option<Athlete>> {
        self.read_row(
            &format!("SELECT {COLUMNS} FROM athletes WHERE external_id = ?1"),
            [external_id],
            ATHLETE,
            from_row,
        )
    }

    /// Athletes by family then given name, with their last visit and latest episode. A row
    /// that cannot be read is left out ([`Store::reading`]).
    pub fn athletes(&self, include_archived: bool) -> Result<Vec<AthleteRow>> {
        let sql = format!(
            "SELECT {COLUMNS}, \
             (SELECT max(date_time) FROM visits v WHERE v.athlete_id = a.id AND v.deleted_at IS NULL), \
             (SELECT count(*) FROM visits v WHERE v.athlete_id = a.id AND v.deleted_at IS NULL), \
             (SELECT max(t.pain) FROM trials t WHERE t.visit_id = \
                (SELECT v.id FROM visits v WHERE v.athlete_id = a.id AND v.deleted_at IS NULL ORDER BY v.date_time DESC, v.id DESC LIMIT 1)) \
             FROM athletes a WHERE ?1 OR archived = 0 ORDER BY lower(family_name), lower(given_name), id"
        );
        let mut list = self.read_rows(&sql, [include_archived], ATHLETE, |r| {
            Ok(AthleteRow {
                athlete: from_row(r)?,
                // A visit whose date cannot be read is named by the visits' reader, not here.
                last_visit: r
                    .get::<_, Option<String>>(11)?
                    .and_then(|t| NaiveDateTime::parse_from_str(&t, DATE_TIME).ok()),
                visits: r.get(12)?,
                episode: None,
                last_visit_pain: r.get(13)?,
                cleared_by_override: false,
            })
        })?;
        let mut latest = self.latest_episodes()?;
        let overridden = self.episodes_closed_by_override()?;
        for row in &mut list {
            row.episode = latest.remove(&row.athlete.id);
            row.cleared_by_override =
                row.episode.as_ref().is_some_and(|e| e.closed_on.is_some() && overridden.contains(&e.id));
        }
        Ok(list)
    }

    /// Episodes whose latest sign-off is an override.
    fn episodes_closed_by_override(&self) -> Result<std::collections::HashSet<i64>> {
        let rows = self.conn.query_map(
            "SELECT episode_id, status FROM clearance_signoffs WHERE episode_id IS NOT NULL ORDER BY signed_at, id",
            [],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)),
        )?;
        let mut latest = std::collections::HashMap::new();
        for row in rows {
            let (episode, status) = row?;
            latest.insert(episode, status);
        }
        Ok(latest.into_iter().filter(|(_, s)| s == SignOff::CLEARED_OVERRIDE).map(|(e, _)| e).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{IntegrityCheck, Store};

    #[test]
    fn athletes_round_trip_and_list_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_named(dir.path(), "t.sqlite", IntegrityCheck::Always).unwrap();
        let mut a = Athlete::new("Zoe", "Adams");
        a.sex = Some(Sex::Female);
        a.date_of_birth = NaiveDate::from_ymd_opt(2001, 2, 3);
        a.dominant_leg = Some(Side::Right);
        a.body_mass_kg = Some(61.5);
        a.id = store.add_athlete(&a).unwrap();
        assert_eq!(store.athlete(a.id).unwrap(), a);
        let b = Athlete::new("Al", "Brown");
        let b_id = store.add_athlete(&b).unwrap();
        store.set_archived(b_id, true).unwrap();
        assert_eq!(store.athletes(false).unwrap().len(), 1);
        let all = store.athletes(true).unwrap();
        assert_eq!(all.iter().map(|r| r.athlete.family_name.as_str()).collect::<Vec<_>>(), ["Adams", "Brown"]);
        assert!(matches!(store.athlete(99), Err(StoreError::NotFound { .. })));
        assert!(store.add_athlete(&Athlete::new(" ", "")).is_err());
    }

    #[test]
    fn an_episode_closed_by_an_override_is_listed_as_such() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_named(dir.path(), "t.sqlite", IntegrityCheck::Never).unwrap();
        let id = store.add_athlete(&Athlete::new("Kim", "Lee")).unwrap();
        let injured = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let mut episode = InjuryEpisode {
            id: 0,
            athlete_id: id,
            kind: crate::model::InjuryKind::HamstringStrain,
            side: Some(Side::Left),
            grade: None,
            location: None,
            injury_date: injured,
            baseline_visit_id: None,
            closed_on: None,
            notes: String::new(),
        };
        episode.id = store.add_episode(&episode).unwrap();
        let signed = |status: &str, minute: u32| SignOff {
            id: 0,
            athlete_id: id,
            episode_id: Some(episode.id),
            visit_id: None,
            template_id: "hamstring_strain".into(),
            status: status.into(),
            clinician: "A. Clinician".into(),
            signed_at: NaiveDate::from_ymd_opt(2026, 4, 20).unwrap().and_hms_opt(10, minute, 0).unwrap(),
            note: "match in two days, athlete informed".into(),
            evaluation: String::new(),
        };
        store.add_signoff(&signed("not_yet", 0)).unwrap();
        store.add_signoff(&signed(SignOff::CLEARED_OVERRIDE, 5)).unwrap();
        episode.closed_on = Some(NaiveDate::from_ymd_opt(2026, 4, 20).unwrap());
        store.update_episode(&episode).unwrap();
        let row = store.athletes(false).unwrap().remove(0);
        assert!(row.cleared_by_override, "the override shows in the list");
        let override_signed = signed(SignOff::CLEARED_OVERRIDE, 5);
        assert!(
            !override_signed.status_text(crate::i18n::loader()).contains("match in two days"),
            "the reason is said once, apart"
        );
        assert_eq!(
            override_signed.note_text(crate::i18n::loader()).as_deref(),
            Some("Reason for the override: match in two days, athlete informed")
        );
        // A later ordinary sign-off of a cleared evaluation is what stands.
        store.add_signoff(&signed("cleared", 9)).unwrap();
        assert!(!store.athletes(false).unwrap()[0].cleared_by_override);
    }
}
