//! Trials: raw samples as a compact blob, review fields, and a cache of their analysis.

use chrono::NaiveDateTime;
use rusqlite::params;

use super::db::Row;

use super::athletes::{date_time_text, parse_date_time};
use super::{Result, Store, StoreError, blob, optional, parse_text};
use std::collections::{HashMap, HashSet};
use std::time::Duration;

use crate::model::{
    EnteredPeaks, Instrument, Polarity, RepExclusion, Side, Trace, TraceMeta, Trial, TrialInfo, TrialMeta,
    trace::median_rate_hz,
};

/// `1,2,3` for an SQL `IN (...)` list of ids (numbers only, so nothing to escape).
fn id_list(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

/// A samples cell's bytes; a cell that is not a blob (damage, or another program's write) reads
/// as no bytes, which no decoder accepts: the trial is reported as damaged, never the query.
fn blob_bytes(cell: rusqlite::types::ValueRef<'_>) -> &[u8] {
    match cell {
        rusqlite::types::ValueRef::Blob(bytes) => bytes,
        _ => &[],
    }
}

/// A trial whose stored samples are damaged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DamagedTrial {
    pub trial_id: i64,
    pub athlete_id: i64,
    pub visit_date: String,
    pub detail: String,
}

impl std::fmt::Display for DamagedTrial {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "trial {} (athlete {}, visit of {}): its stored samples are damaged ({})",
            self.trial_id, self.athlete_id, self.visit_date, self.detail
        )
    }
}

/// A trial to store.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NewTrial {
    pub visit_id: i64,
    pub meta: TrialMeta,
    /// The samples (not kept with a trial waiting for the clinic server: its journal holds them).
    #[serde(skip)]
    pub trace: Trace,
    pub accepted: bool,
    pub excluded: Vec<RepExclusion>,
    /// Exclusions by rep index (imports of older exports), turned into times when analysed.
    pub legacy_excluded_reps: Vec<usize>,
    pub pain: Option<u8>,
    pub reps_count: Option<u32>,
    /// Each rep's peak of a trial entered by hand (its trace has no samples).
    pub entered: Option<EnteredPeaks>,
    pub recorded_at: NaiveDateTime,
    pub notes: String,
    /// Who recorded it: `None` for a trial recorded now (this connection's login on a clinic
    /// server); an import keeps the name its export holds.
    #[serde(default)]
    pub recorded_by: Option<String>,
}

impl NewTrial {
    /// A trial with default review fields (accepted, no pain recorded).
    pub fn new(visit_id: i64, meta: TrialMeta, trace: Trace) -> Self {
        NewTrial {
            visit_id,
            meta,
            trace,
            accepted: true,
            excluded: Vec::new(),
            legacy_excluded_reps: Vec::new(),
            pain: None,
            reps_count: None,
            entered: None,
            recorded_at: chrono::Local::now().naive_local(),
            notes: String::new(),
            recorded_by: None,
        }
    }
}

pub(crate) fn reps_text(reps: &[usize]) -> String {
    reps.iter().map(|r| r.to_string()).collect::<Vec<_>>().join(",")
}

pub(crate) fn parse_reps(text: &str) -> Option<Vec<usize>> {
    text.split(',').filter(|p| !p.trim().is_empty()).map(|p| p.trim().parse().ok()).collect()
}

const INFO_COLUMNS: &str = "id, visit_id, test_id, side, device, sample_rate_hz, channel_names, lever_arm_m, \
                            polarity, device_max_n, accepted, excluded_reps, pain, reps_count, recorded_at, notes, \
                            excluded_spans, instrument, entered, recorded_by";

fn info_from_row(r: &Row) -> rusqlite::Result<TrialInfo> {
    Ok(TrialInfo {
        id: r.get(0)?,
        visit_id: r.get(1)?,
        meta: TrialMeta {
            test_id: r.get(2)?,
            side: parse_text("side", &r.get::<_, String>(3)?, Side::parse)?,
            device: r.get(4)?,
            polarity: parse_text("polarity", &r.get::<_, String>(8)?, Polarity::parse)?,
            lever_arm_m: r.get(7)?,
            device_max_n: r.get(9)?,
            instrument: r
                .get::<_, Option<String>>(17)?
                .map(|t| parse_text("instrument", &t, Instrument::parse))
                .transpose()?,
        },
        sample_rate_hz: r.get(5)?,
        channel_names: r.get::<_, String>(6)?.split(',').map(String::from).collect(),
        accepted: r.get(10)?,
        excluded: parse_text("excluded_spans", &r.get::<_, String>(16)?, RepExclusion::parse_list)?,
        legacy_excluded_reps: parse_text("excluded_reps", &r.get::<_, String>(11)?, parse_reps)?,
        pain: r.get::<_, Option<u8>>(12)?.map(pain_score).transpose()?,
        reps_count: r.get(13)?,
        entered: r
            .get::<_, Option<String>>(18)?
            .map(|t| parse_text("entered", &t, |t| serde_json::from_str::<EnteredPeaks>(t).ok()))
            .transpose()?,
        recorded_at: parse_date_time("recorded_at", &r.get::<_, String>(14)?)?,
        recorded_by: r.get(19)?,
        notes: r.get(15)?,
    })
}

/// A pain score as stored: 0-10 (the schema's check, which damage can pass).
fn pain_score(pain: u8) -> rusqlite::Result<u8> {
    if pain <= 10 { Ok(pain) } else { Err(super::rows::bad_cell("pain", &pain.to_string())) }
}

/// A trial's row, in words.
const TRIAL: &str = "trial";

/// The ids of the built-in tests.
fn builtin_test_ids() -> &'static HashSet<String> {
    static IDS: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| crate::protocols::TestLibrary::builtin().tests.into_iter().map(|t| t.id).collect())
}

/// A trial read, if its test is one the clinic knows (no result or export can be made of a
/// test nothing defines).
fn of_known_test(t: TrialInfo, known: &HashSet<String>) -> rusqlite::Result<TrialInfo> {
    if builtin_test_ids().contains(&t.meta.test_id) || known.contains(&t.meta.test_id) {
        Ok(t)
    } else {
        Err(super::rows::bad_cell("test_id", &t.meta.test_id))
    }
}

/// A trial's visit is not deleted (a condition on `trials`).
const LIVE: &str = "visit_id NOT IN (SELECT id FROM visits WHERE deleted_at IS NOT NULL)";

impl Store {
    /// The ids of the clinic's own tests whose definitions can be read (the built-in ones are
    /// known without asking).
    fn known_tests(&self) -> Result<HashSet<String>> {
        let rows = self.conn.query_map("SELECT id, definition FROM custom_tests", [], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        Ok(rows
            .filter_map(std::result::Result::ok)
            .filter(|(_, json)| serde_json::from_str::<crate::protocols::TestDefinition>(json).is_ok())
            .map(|(id, _)| id)
            .collect())
    }

    /// Stores a trial with its samples; `id` chooses the id (imports), 0 for a new one.
    pub fn add_trial_with_id(&self, id: i64, t: &NewTrial) -> Result<i64> {
        if t.trace.channels.is_empty() {
            return Err(StoreError::Invalid("a trial needs at least one channel".into()));
        }
        if let Some(e) = &t.entered {
            let plausible =
                |peaks: &[f64]| !peaks.is_empty() && peaks.iter().all(|p| p.is_finite() && *p > 0.0 && *p < 1e5);
            if !plausible(&e.peaks_n) {
                return Err(StoreError::Invalid(format!(
                    "entered peaks {:?} must be one or more forces above 0 N",
                    e.peaks_n
                )));
            }
            // Both legs at once: each leg's peaks; one leg: its own only.
            match (t.meta.side, e.right_peaks_n.is_empty()) {
                (Side::Both, _) if !plausible(&e.right_peaks_n) => {
                    return Err(StoreError::Invalid(format!(
                        "a trial of both legs entered by hand needs the right leg's peaks too (got {:?})",
                        e.right_peaks_n
                    )));
                }
                (Side::Left | Side::Right, false) => {
                    return Err(StoreError::Invalid(format!(
                        "a {} trial entered by hand has no right-leg peaks of a trial of both legs",
                        t.meta.side
                    )));
                }
                _ => {}
            }
        }
        if t.entered.is_some() && !t.trace.is_empty() {
            return Err(StoreError::Invalid("a trial entered by hand has no samples".into()));
        }
        if t.pain.is_some_and(|p| p > 10) {
            return Err(StoreError::Invalid(format!("pain {:?} is outside 0-10", t.pain)));
        }
        // A trial never goes into a deleted visit, where no reader would see it.
        let deleted: Option<Option<String>> =
            optional(self.conn.query_row("SELECT deleted_at FROM visits WHERE id = ?1", [t.visit_id], |r| r.get(0)))?;
        if let Some(Some(at)) = deleted {
            return Err(StoreError::Invalid(format!(
                "visit {} was deleted ({}): restore it first (`forcetrack restore visit {}`, or the athlete's page)",
                t.visit_id,
                at.replace('T', " "),
                t.visit_id
            )));
        }
        if t.trace.channels.iter().any(|c| c.force_n.len() != t.trace.len() || c.name.contains(',')) {
            return Err(StoreError::Invalid(
                "every channel needs one value per time stamp and a name without ','".into(),
            ));
        }
        let names: Vec<&str> = t.trace.channels.iter().map(|c| c.name.as_str()).collect();
        let rate = t.trace.meta.sample_rate_hz.or_else(|| median_rate_hz(&t.trace.time_s));
        Ok(self.conn.insert(
            "INSERT INTO trials (id, visit_id, test_id, side, device, sample_rate_hz, channel_names, lever_arm_m, \
             polarity, samples, accepted, excluded_reps, pain, reps_count, recorded_at, notes, device_max_n, \
             excluded_spans, instrument, entered, recorded_by) \
             VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, \
             ?20, ?21)",
            params![
                id,
                t.visit_id,
                t.meta.test_id,
                t.meta.side.id(),
                t.meta.device,
                rate,
                names.join(","),
                t.meta.lever_arm_m,
                t.meta.polarity.id(),
                blob::encode_trace(&t.trace),
                t.accepted,
                reps_text(&t.legacy_excluded_reps),
                t.pain,
                t.reps_count,
                date_time_text(t.recorded_at),
                t.notes,
                t.meta.device_max_n,
                RepExclusion::list_text(&t.excluded),
                t.meta.instrument.map(Instrument::id),
                t.entered.as_ref().map(|e| serde_json::to_string(e).unwrap_or_default()),
                t.recorded_by.clone().unwrap_or_else(|| self.who()),
            ],
        )?)
    }

    /// Stores a new trial.
    pub fn add_trial(&self, t: &NewTrial) -> Result<i64> {
        self.add_trial_with_id(0, t)
    }

    /// A trial (without samples); a row that cannot be read is [`StoreError::DamagedRow`],
    /// named.
    pub fn trial_info(&self, id: i64) -> Result<TrialInfo> {
        let known = self.known_tests()?;
        self.read_row(&format!("SELECT {INFO_COLUMNS} FROM trials WHERE id = ?1 AND {LIVE}"), [id], TRIAL, |r| {
            of_known_test(info_from_row(r)?, &known)
        })?
        .ok_or(StoreError::NotFound { what: "trial", id })
    }

    /// The trials of a visit (without samples), in recording order; a row that cannot be read
    /// is left out ([`Store::reading`]).
    pub fn trials_of_visit(&self, visit_id: i64) -> Result<Vec<TrialInfo>> {
        let known = self.known_tests()?;
        self.read_rows(
            &format!("SELECT {INFO_COLUMNS} FROM trials WHERE visit_id = ?1 AND {LIVE} ORDER BY recorded_at, id"),
            [visit_id],
            TRIAL,
            |r| of_known_test(info_from_row(r)?, &known),
        )
    }

    /// Every trial of an athlete (without samples), by visit then recording order; a row that
    /// cannot be read is left out ([`Store::reading`]).
    pub fn trials_of_athlete(&self, athlete_id: i64) -> Result<Vec<TrialInfo>> {
        let known = self.known_tests()?;
        let columns = INFO_COLUMNS.split(", ").map(|c| format!("t.{c}")).collect::<Vec<_>>().join(", ");
        self.read_rows(
            &format!(
                "SELECT {columns} FROM trials t JOIN visits v ON v.id = t.visit_id WHERE v.athlete_id = ?1 \
                 AND v.deleted_at IS NULL ORDER BY v.date_time, t.recorded_at, t.id"
            ),
            [athlete_id],
            TRIAL,
            |r| of_known_test(info_from_row(r)?, &known),
        )
    }

    /// A trial's samples.
    pub fn trial_trace(&self, info: &TrialInfo) -> Result<Trace> {
        let bytes: Vec<u8> = self.conn.query_row("SELECT samples FROM trials WHERE id = ?1", [info.id], |r| {
            Ok(blob_bytes(r.get_ref(0)?).to_vec())
        })?;
        let mut trace = blob::decode_trace(&bytes, &info.channel_names)
            .map_err(|e| StoreError::DamagedSamples { trial: info.id, detail: e.0.to_string() })?;
        trace.meta = TraceMeta {
            device: Some(info.meta.device.clone()),
            sample_rate_hz: info.sample_rate_hz,
            polarity: Some(info.meta.polarity),
            extra: vec![("test".into(), info.meta.test_id.clone()), ("side".into(), info.meta.side.id().into())],
        };
        Ok(trace)
    }

    /// A trial with its samples.
    pub fn trial(&self, id: i64) -> Result<Trial> {
        let info = self.trial_info(id)?;
        let trace = self.trial_trace(&info)?;
        Ok(Trial { info, trace })
    }

    /// Saves the clinician's review of a trial.
    pub fn review_trial(
        &self,
        id: i64,
        accepted: bool,
        excluded: &[RepExclusion],
        pain: Option<u8>,
        notes: &str,
    ) -> Result<()> {
        if pain.is_some_and(|p| p > 10) {
            return Err(StoreError::Invalid(format!("pain {pain:?} is outside 0-10")));
        }
        let n = self.conn.execute(
            "UPDATE trials SET accepted = ?2, excluded_spans = ?3, excluded_reps = '', pain = ?4, notes = ?5, \
             changed_by = ?6, changed_at = ?7 WHERE id = ?1",
            params![id, accepted, RepExclusion::list_text(excluded), pain, notes, self.who(), Store::now_text()],
        )?;
        if n == 0 {
            return Err(StoreError::NotFound { what: "trial", id });
        }
        Ok(())
    }

    pub fn delete_trial(&self, id: i64) -> Result<()> {
        if self.conn.execute("DELETE FROM trials WHERE id = ?1", [id])? == 0 {
            return Err(StoreError::NotFound { what: "trial", id });
        }
        Ok(())
    }

    /// Cached analyses (JSON) of these trials, by (trial id, cache key). A cached row that
    /// cannot be read is left out: the cache is never the only copy, so its analysis is made
    /// again from the samples and cached in its place.
    pub fn cached_analyses(&self, ids: &[i64]) -> Result<HashMap<(i64, String), String>> {
        let rows = self.conn.query_map(
            &format!(
                "SELECT trial_id, settings_key, analysis FROM trial_analysis WHERE trial_id IN ({})",
                id_list(ids)
            ),
            [],
            |r| -> rusqlite::Result<((i64, String), String)> { Ok(((r.get(0)?, r.get(1)?), r.get(2)?)) },
        )?;
        Ok(rows.filter_map(std::result::Result::ok).collect())
    }

    /// The stored samples (blobs) of these trials, by id.
    pub fn trial_blobs(&self, ids: &[i64]) -> Result<HashMap<i64, Vec<u8>>> {
        let rows = self.conn.query_map(
            &format!("SELECT id, samples FROM trials WHERE id IN ({})", id_list(ids)),
            [],
            |r| Ok((r.get::<_, i64>(0)?, blob_bytes(r.get_ref(1)?).to_vec())),
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A writer of analyses into the cache, one transaction for all of them (see
    /// [`CacheWriter`]).
    pub fn cache_writer(&self) -> CacheWriter<'_> {
        CacheWriter { store: self, state: CacheState::Idle }
    }

    /// Replaces a trial's exclusions by index (from before schema 4) with the same reps by
    /// time.
    pub fn set_rep_exclusions(&self, id: i64, excluded: &[RepExclusion]) -> Result<()> {
        self.conn.execute(
            "UPDATE trials SET excluded_spans = ?2, excluded_reps = '' WHERE id = ?1",
            params![id, RepExclusion::list_text(excluded)],
        )?;
        Ok(())
    }

    /// Sets a trial's lever arm (m), measured or corrected after the recording, or clears it
    /// (`None`): the torque, per-kg torque and H:Q of its results read it. Refused for a lever arm
    /// that is not plausible, and for a trial of a deleted visit (restore the visit first).
    pub fn set_lever_arm(&self, id: i64, lever_arm_m: Option<f64>) -> Result<()> {
        if let Some(problem) = lever_arm_m.and_then(crate::model::validation::lever_arm_problem) {
            return Err(StoreError::Invalid(format!("trial {id}: {problem}")));
        }
        let visit: Option<(i64, bool)> = optional(self.conn.query_row(
            "SELECT v.id, v.deleted_at IS NOT NULL FROM trials t JOIN visits v ON v.id = t.visit_id WHERE t.id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        ))?;
        match visit {
            None => Err(StoreError::NotFound { what: "trial", id }),
            Some((visit_id, true)) => Err(StoreError::Invalid(format!(
                "trial {id} is in visit {visit_id}, which is deleted: restore the visit first \
                 (forcetrack restore visit {visit_id})"
            ))),
            Some(_) => {
                self.conn.execute(
                    "UPDATE trials SET lever_arm_m = ?2, changed_by = ?3, changed_at = ?4 WHERE id = ?1",
                    params![id, lever_arm_m, self.who(), Store::now_text()],
                )?;
                Ok(())
            }
        }
    }

    /// Every trial whose stored samples cannot be decoded (a check `PRAGMA integrity_check`
    /// cannot make: the page is sound, its bytes are not): (trial, athlete, visit date, why).
    pub fn damaged_trials(&self) -> Result<Vec<DamagedTrial>> {
        let mut damaged = Vec::new();
        // Cells read as text whatever they hold: a row damaged elsewhere is the row readers'
        // to name, this check is of the samples.
        let text = |cell: rusqlite::types::ValueRef<'_>| match cell {
            rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
            rusqlite::types::ValueRef::Integer(i) => i.to_string(),
            _ => String::new(),
        };
        self.conn.for_each(
            "SELECT t.id, v.athlete_id, v.date_time, t.channel_names, t.samples FROM trials t \
             JOIN visits v ON v.id = t.visit_id ORDER BY t.id",
            [],
            |r| {
                let names: Vec<String> = text(r.get_ref(3)?).split(',').map(String::from).collect();
                if let Err(e) = blob::decode_trace(blob_bytes(r.get_ref(4)?), &names) {
                    damaged.push(DamagedTrial {
                        trial_id: r.get(0)?,
                        athlete_id: r.get(1).unwrap_or_default(),
                        visit_date: text(r.get_ref(2)?).chars().take(10).collect(),
                        detail: e.0.to_string(),
                    });
                }
                Ok(())
            },
        )?;
        Ok(damaged)
    }

    /// Forgets every cached analysis of an athlete's trials (they are recomputed from the
    /// samples when next needed).
    pub fn clear_analysis_cache(&self, athlete_id: i64) -> Result<()> {
        self.conn.execute(
            "DELETE FROM trial_analysis WHERE trial_id IN \
             (SELECT t.id FROM trials t JOIN visits v ON v.id = t.visit_id WHERE v.athlete_id = ?1)",
            [athlete_id],
        )?;
        Ok(())
    }
}

/// Writes analyses (trial id, cache key, JSON) into the cache as they are made, in one
/// transaction begun with the first and committed by [`CacheWriter::finish`].
///
/// The cache is a convenience, made again from the samples whenever a row is missing, so it
/// never holds a reader up: it does not wait for another connection's write lock (it gives up
/// after [`CacheWriter::LOCK_WAIT`] and caches nothing this time), and its commit does not wait
/// for the disk (`synchronous = NORMAL` for this transaction only: in WAL mode a crash can lose
/// this commit, never an earlier one or the file's consistency). Every other write keeps
/// `synchronous = FULL` and the full busy timeout, restored when the writer ends. Inside a
/// transaction of the caller's, the rows are written in it and stand or fall with it: the
/// writer never commits or rolls back what it did not begin.
pub struct CacheWriter<'a> {
    store: &'a Store,
    state: CacheState,
}

enum CacheState {
    Idle,
    Open,
    /// Inside a transaction of the caller's: rows are written in it, and stand or fall with it.
    Nested,
    /// A write failed: the rest is not cached.
    Failed,
}

impl CacheWriter<'_> {
    /// How long the cache waits for another connection's write lock.
    pub const LOCK_WAIT: Duration = Duration::from_millis(100);

    /// Caches one analysis; a failure is kept and ends caching (the analysis itself stands).
    pub fn put(&mut self, trial_id: i64, key: &str, json: &str) {
        if matches!(self.state, CacheState::Idle) {
            self.state = if !self.store.conn.is_autocommit() {
                CacheState::Nested
            } else {
                match self.begin() {
                    Ok(()) => CacheState::Open,
                    Err(_) => {
                        // No transaction of this writer's is open (BEGIN is the last step).
                        self.end("");
                        CacheState::Failed
                    }
                }
            };
        }
        if !matches!(self.state, CacheState::Open | CacheState::Nested) {
            return;
        }
        let written = self.store.conn.execute(
            "INSERT INTO trial_analysis (trial_id, settings_key, analysis) VALUES (?1, ?2, ?3) \
             ON CONFLICT (trial_id) DO UPDATE SET settings_key = excluded.settings_key, analysis = excluded.analysis",
            params![trial_id, key, json],
        );
        if written.is_err() {
            // A failed statement leaves the caller's transaction as it was; this writer's own
            // is rolled back.
            if matches!(self.state, CacheState::Open) {
                self.end("ROLLBACK");
            }
            self.state = CacheState::Failed;
        }
    }

    /// Commits what was cached. An error only means the cache was not written.
    pub fn finish(mut self) -> Result<()> {
        let state = std::mem::replace(&mut self.state, CacheState::Idle);
        match state {
            CacheState::Idle | CacheState::Nested => Ok(()),
            CacheState::Failed => Err(StoreError::Invalid("the analysis cache could not be written".into())),
            CacheState::Open => {
                let committed = self.store.conn.commit();
                self.end(if committed.is_ok() { "" } else { "ROLLBACK" });
                Ok(committed?)
            }
        }
    }

    fn begin(&self) -> super::db::DbResult<()> {
        match self.store.sqlite() {
            Some(conn) => {
                conn.busy_timeout(Self::LOCK_WAIT)?;
                Ok(conn.execute_batch("PRAGMA main.synchronous = NORMAL; BEGIN IMMEDIATE")?)
            }
            // On the server: an ordinary transaction (READ COMMITTED is enough: the cache is
            // made again from the samples whenever a row is missing or out of date).
            None => self.store.conn.execute_batch("BEGIN"),
        }
    }

    /// Ends the transaction with `sql` (if any) and restores the connection's settings.
    fn end(&self, sql: &str) {
        if !sql.is_empty() {
            let _ = self.store.conn.execute_batch(sql);
        }
        if let Some(conn) = self.store.sqlite() {
            let _ = conn.execute_batch("PRAGMA main.synchronous = FULL");
            let _ = conn.busy_timeout(super::BUSY_TIMEOUT);
        }
    }
}

impl Drop for CacheWriter<'_> {
    fn drop(&mut self) {
        if matches!(self.state, CacheState::Open) {
            self.end("ROLLBACK");
        }
    }
}
