//! Deleted visits, kept restorable: deleting a visit marks it (`visits.deleted_at`) with its
//! trials and manual checks in place, every reader leaves it out, and it can be restored for
//! [`KEEP_DELETED_DAYS`] days; the next deletion after that removes it for good.

use chrono::{Duration, NaiveDateTime};
use i18n_embed::fluent::FluentLanguageLoader;
use serde::Serialize;

use super::athletes::{date_time_text, parse_date_time};
use super::visits::{VISIT, VISIT_COLUMNS, visit_from_row};
use super::{Result, Store, StoreError};
use crate::model::Visit;
use crate::protocols::TestLibrary;

/// How many days a deleted visit can be restored.
pub const KEEP_DELETED_DAYS: i64 = 30;

/// A deleted visit, restorable until `deleted_at` + [`KEEP_DELETED_DAYS`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeletedVisit {
    pub visit: Visit,
    pub deleted_at: NaiveDateTime,
    /// The trials it holds per test: (test id, trials), in the order first recorded.
    pub tests: Vec<(String, usize)>,
}

impl DeletedVisit {
    /// How many trials it holds.
    pub fn trials(&self) -> usize {
        self.tests.iter().map(|t| t.1).sum()
    }

    /// The last day it can be restored.
    pub fn restorable_until(&self) -> chrono::NaiveDate {
        (self.deleted_at + Duration::days(KEEP_DELETED_DAYS)).date()
    }

    /// "7 trials: Isometric knee flexion 90/90 (4), Nordic hamstring exercise (3)" or "no
    /// trials" in `tr`'s language, tests named from `library` (an unknown test by its id).
    pub fn trials_text(&self, library: &TestLibrary, tr: &FluentLanguageLoader) -> String {
        trials_text(&self.tests, library, tr)
    }
}

/// "2 trials: Nordic hamstring exercise (1), Single-leg bridge (1)" (or "no trials") for
/// (test id, trials), in `tr`'s language.
pub fn trials_text(tests: &[(String, usize)], library: &TestLibrary, tr: &FluentLanguageLoader) -> String {
    let total: usize = tests.iter().map(|t| t.1).sum();
    crate::fl_in!(tr, "store-trials", count = total, tests = tests_text(tests, library, tr))
}

/// "Nordic hamstring exercise (1), Single-leg bridge (1)" for (test id, trials): each test's
/// name in `tr`'s language (a clinic's own test by its name, an unknown one by its id).
pub fn tests_text(tests: &[(String, usize)], library: &TestLibrary, tr: &FluentLanguageLoader) -> String {
    let names: Vec<String> = tests
        .iter()
        .map(|(id, n)| format!("{} ({n})", library.test(id).map_or_else(|| id.clone(), |t| t.shown_name(tr))))
        .collect();
    names.join(", ")
}

impl Store {
    /// Deletes a visit with its trials, restorably ([`Store::restore_visit`] within
    /// [`KEEP_DELETED_DAYS`] days); visits deleted longer ago than that are removed for good
    /// now. Returns what was deleted.
    pub fn delete_visit(&self, id: i64) -> Result<DeletedVisit> {
        let now = chrono::Local::now().naive_local();
        self.purge_deleted_visits(now)?;
        let n = self.conn.execute(
            "UPDATE visits SET deleted_at = ?2, row_version = row_version + 1, changed_by = ?3, changed_at = ?2 \
             WHERE id = ?1 AND deleted_at IS NULL",
            rusqlite::params![id, date_time_text(now), self.who()],
        )?;
        if n == 0 {
            return Err(StoreError::NotFound { what: "visit", id });
        }
        self.deleted_visit(id)
    }

    /// Brings a deleted visit back with its trials and manual checks (and as its episode's
    /// pre-injury baseline, if it was one).
    pub fn restore_visit(&self, id: i64) -> Result<DeletedVisit> {
        let deleted = self.deleted_visit(id)?;
        self.conn.execute(
            "UPDATE visits SET deleted_at = NULL, row_version = row_version + 1, changed_by = ?2, changed_at = ?3 \
             WHERE id = ?1",
            rusqlite::params![id, self.who(), Store::now_text()],
        )?;
        Ok(deleted)
    }

    /// A deleted visit (not found when it is live or gone for good).
    pub fn deleted_visit(&self, id: i64) -> Result<DeletedVisit> {
        self.deleted_where("AND id = ?1", id)?.pop().ok_or(StoreError::NotFound { what: "deleted visit", id })
    }

    /// The deleted visits still restorable, of one athlete or (`None`) of all, the latest
    /// deleted first.
    pub fn deleted_visits(&self, athlete_id: Option<i64>) -> Result<Vec<DeletedVisit>> {
        match athlete_id {
            Some(a) => self.deleted_where("AND athlete_id = ?1", a),
            None => self.deleted_where("AND ?1 = ?1", 0),
        }
    }

    fn deleted_where(&self, filter: &str, value: i64) -> Result<Vec<DeletedVisit>> {
        let found: Vec<(Visit, NaiveDateTime)> = self.read_rows(
            &format!(
                "SELECT {VISIT_COLUMNS}, deleted_at FROM visits WHERE deleted_at IS NOT NULL {filter} \
                 ORDER BY deleted_at DESC, id DESC"
            ),
            [value],
            VISIT,
            |r| Ok((visit_from_row(r)?, parse_date_time("deleted_at", &r.get::<_, String>(11)?)?)),
        )?;
        let mut list = Vec::new();
        for (visit, deleted_at) in found {
            let per_test = self
                .conn
                .query_map(
                    "SELECT test_id, count(*) FROM trials WHERE visit_id = ?1 GROUP BY test_id \
                     ORDER BY min(recorded_at), min(id)",
                    [visit.id],
                    |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as usize)),
                )?
                .collect::<rusqlite::Result<_>>()?;
            list.push(DeletedVisit { visit, deleted_at, tests: per_test });
        }
        Ok(list)
    }

    /// Removes for good the visits deleted more than [`KEEP_DELETED_DAYS`] days before `now`,
    /// with their trials and checks. Returns how many.
    pub fn purge_deleted_visits(&self, now: NaiveDateTime) -> Result<usize> {
        let cutoff = date_time_text(now - Duration::days(KEEP_DELETED_DAYS));
        Ok(self.conn.execute("DELETE FROM visits WHERE deleted_at IS NOT NULL AND deleted_at < ?1", [cutoff])?)
    }

    /// Deletes trials for good (the ones a session added, when it is abandoned), in one
    /// transaction; returns (test id, trials) of what was removed.
    pub fn delete_trials(&mut self, ids: &[i64]) -> Result<Vec<(String, usize)>> {
        self.transaction(|s| {
            let mut tests: Vec<(String, usize)> = Vec::new();
            for &id in ids {
                let test = s.trial_info(id)?.meta.test_id;
                s.delete_trial(id)?;
                match tests.iter_mut().find(|t| t.0 == test) {
                    Some(t) => t.1 += 1,
                    None => tests.push((test, 1)),
                }
            }
            Ok(tests)
        })
    }
}
