//! The store's errors in words of a catalogue's language, for the app's screens
//! ([`StoreError::text`]): a save refused because someone else changed the record, a row that
//! cannot be read, a database that is busy or whose disk is full, a clinic server that cannot be
//! used. Technical details (paths, SQLite's and the server's own words, what a damaged cell
//! holds) stay as they are, in variables. The command line prints the English `Display`.

use std::path::Path;
use std::sync::LazyLock;

use i18n_embed::fluent::FluentLanguageLoader;
use rusqlite::ErrorCode;

use super::athletes::DATE_TIME;
use super::{Conflict, DamagedRow, DamagedTrial, DbError, StoreError};
use crate::fl_in;
use crate::i18n::numbers::NumberStyle;

/// The English catalogue: the words of the errors' `Display`, which the command line prints.
pub(super) fn english() -> &'static FluentLanguageLoader {
    static ENGLISH: LazyLock<FluentLanguageLoader> =
        LazyLock::new(|| crate::i18n::loader_for(crate::i18n::Language::English.into()));
    &ENGLISH
}

/// A kind of row ("injury episode") as the catalogue's messages select it: `injury-episode`.
fn kind(what: &str) -> String {
    what.replace(' ', "-")
}

fn path(p: &Path) -> String {
    p.display().to_string()
}

impl StoreError {
    /// The error in `tr`'s language, a date in `style`, for the app's screens.
    ///
    /// The store's own refusals of a value ([`StoreError::Invalid`]: what the forms check
    /// before saving, refused again here for every other path) stay in English.
    pub fn text(&self, tr: &FluentLanguageLoader, style: &NumberStyle) -> String {
        match self {
            StoreError::DataDir { path: p, source } => {
                fl_in!(tr, "store-error-data-dir", path = path(p), detail = source.to_string())
            }
            StoreError::Open { path: p, source } => {
                fl_in!(tr, "store-error-open", path = path(p), detail = source.to_string())
            }
            StoreError::Damaged { path: p, detail, backups } => {
                fl_in!(tr, "store-error-damaged", path = path(p), detail = detail.as_str(), backups = path(backups))
            }
            StoreError::TooNew { path: p, found, known } => {
                fl_in!(tr, "store-error-too-new", path = path(p), found = found.to_string(), known = known.to_string())
            }
            StoreError::Backup { path: p, detail } => {
                fl_in!(tr, "store-error-backup", path = path(p), detail = detail.as_str())
            }
            StoreError::NotFound { what, id } => {
                fl_in!(tr, "store-error-not-found", what = kind(what), id = id.to_string())
            }
            StoreError::Invalid(text) => text.clone(),
            StoreError::Corrupt(detail) => fl_in!(tr, "store-error-corrupt", detail = detail.as_str()),
            StoreError::DamagedSamples { trial, detail } => {
                fl_in!(tr, "store-error-damaged-samples", trial = trial.to_string(), detail = detail.as_str())
            }
            StoreError::Conflict(c) => c.text(tr, style),
            StoreError::DamagedRow(row) => row.text(tr),
            StoreError::Server(problem) => problem.text(tr),
            StoreError::Sql(e) => e.text(tr),
        }
    }
}

impl DbError {
    /// The failed statement in `tr`'s language: busy, disk full, the clinic server's problem,
    /// or the database's own words.
    pub fn text(&self, tr: &FluentLanguageLoader) -> String {
        match self {
            DbError::Local(e) => {
                let detail = e.to_string();
                match e.sqlite_error_code() {
                    Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                        fl_in!(tr, "store-error-busy", detail = detail)
                    }
                    Some(ErrorCode::DiskFull) => fl_in!(tr, "store-error-disk-full", detail = detail),
                    _ => fl_in!(tr, "store-error-database", detail = detail),
                }
            }
            DbError::Server(e) => fl_in!(tr, "store-error-server", problem = super::server::describe(e, tr)),
            DbError::Offline => fl_in!(tr, "store-error-offline"),
        }
    }
}

impl Conflict {
    /// "not saved: this athlete was changed by ben at 2026-03-02 14:05 since you opened it.
    /// ..." in `tr`'s language, the time in `style`.
    pub fn text(&self, tr: &FluentLanguageLoader, style: &NumberStyle) -> String {
        let what = kind(self.what);
        let when = self.changed.changed_at.as_deref().map(|t| {
            chrono::NaiveDateTime::parse_from_str(t, DATE_TIME)
                .map_or_else(|_| t.replace('T', " "), |at| style.date_time(at))
        });
        let login = self.changed.changed_by.as_str();
        match (login.is_empty(), when) {
            (false, Some(when)) => fl_in!(tr, "conflict-changed-by-at", what = what, login = login, when = when),
            (false, None) => fl_in!(tr, "conflict-changed-by", what = what, login = login),
            (true, Some(when)) => fl_in!(tr, "conflict-changed-at", what = what, when = when),
            (true, None) => fl_in!(tr, "conflict-changed", what = what),
        }
    }
}

impl DamagedRow {
    /// "trial 12: its 'entered' cell is not valid (expected ...)" in `tr`'s language (what
    /// was expected and found stays English).
    pub fn text(&self, tr: &FluentLanguageLoader) -> String {
        fl_in!(
            tr,
            "store-error-damaged-row",
            what = kind(self.what),
            id = self.id.as_str(),
            column = self.column.as_str(),
            detail = self.detail.as_str()
        )
    }
}

impl DamagedTrial {
    /// "trial 12 (athlete 3, visit of 2026-03-02): its stored samples are damaged (...)" in
    /// `tr`'s language, the date in `style`.
    pub fn text(&self, tr: &FluentLanguageLoader, style: &NumberStyle) -> String {
        let date = chrono::NaiveDate::parse_from_str(&self.visit_date, "%Y-%m-%d")
            .map_or_else(|_| self.visit_date.clone(), |d| style.date(d));
        fl_in!(
            tr,
            "store-damaged-trial",
            trial = self.trial_id.to_string(),
            athlete = self.athlete_id.to_string(),
            date = date,
            detail = self.detail.as_str()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::RowVersion;

    #[test]
    fn a_conflict_names_who_and_when_in_the_apps_date_order_and_reads_in_english_as_before() {
        let en = english();
        let changed =
            RowVersion { version: 3, changed_by: "ben".into(), changed_at: Some("2026-03-02T14:05:33".into()) };
        let conflict = Conflict { what: "injury episode", id: 4, changed };
        let comma = NumberStyle {
            decimal: crate::i18n::numbers::DecimalSeparator::Comma,
            date_order: crate::i18n::numbers::DateOrder::DayMonthYearDots,
        };
        assert_eq!(
            conflict.text(en, &comma),
            "not saved: this injury episode was changed by ben at 02.03.2026 14:05 since you opened it. Your input \
             is kept here; look at their change (cancel, then open it again) and make yours again"
        );
        let setting = Conflict { what: "setting", id: 0, changed: RowVersion::default() };
        assert!(
            setting.to_string().starts_with("not saved: this setting was changed by someone else since"),
            "{setting}"
        );
        let e = StoreError::NotFound { what: "injury episode", id: 7 };
        assert_eq!(e.text(en, &comma), e.to_string());
        let row = DamagedRow { what: "manual check answer", id: "9".into(), column: "done".into(), detail: "x".into() };
        assert_eq!(row.text(en), row.to_string());
        let trial =
            DamagedTrial { trial_id: 5, athlete_id: 2, visit_date: "2026-03-02".into(), detail: "short".into() };
        assert_eq!(trial.text(en, &NumberStyle::default()), trial.to_string());
    }
}
