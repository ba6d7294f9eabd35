//! The recording journal: samples of a recording in progress, committed at least every 200 ms,
//! so that a crash or a power cut loses at most that much. An unfinished recording is offered
//! back on the next start.

use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::athletes::{date_time_text, parse_date_time};
use super::trials::NewTrial;
use super::{Result, Store, StoreError, blob, optional, parse_text};
use crate::model::{Channel, Polarity, Side, Trace, TraceMeta, TrialMeta, Visit};

/// What a recording is for (stored when it begins).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JournalMeta {
    pub athlete_id: Option<i64>,
    pub visit_id: Option<i64>,
    /// The trial it will be (an empty test id: a recording that is not a test).
    pub trial: TrialMeta,
    pub channel_names: Vec<String>,
}

/// Which visit a recording joins when it is saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum VisitFor {
    /// This visit.
    Visit(i64),
    /// The athlete's visit on the same day as this one (the latest, if there are several), or
    /// else this visit, added in the same transaction as the trial.
    SameDay(Visit),
}

/// Where a saved recording went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SavedTrial {
    pub visit_id: i64,
    pub trial_id: i64,
    /// Whether the visit was added for this trial.
    pub new_visit: bool,
    /// The clinic server could not be reached: the finished trial waits in this station's
    /// journal (ids 0) and is sent when the server answers ([`Store::send_waiting`]).
    pub waiting: bool,
}

/// A finished trial kept in the journal until the clinic server takes it: everything but its
/// samples, which the journal holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct WaitingTrial {
    visit: VisitFor,
    trial: NewTrial,
    sample_rate_hz: Option<f64>,
}

/// A finished recording waiting on this station for the clinic server.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WaitingRecording {
    pub id: i64,
    pub started_at: NaiveDateTime,
    pub athlete_id: Option<i64>,
    pub test_id: String,
    pub side: Side,
}

/// A recording whose process stopped before finishing it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnfinishedRecording {
    pub id: i64,
    pub meta: JournalMeta,
    pub started_at: NaiveDateTime,
    pub last_flush_at: NaiveDateTime,
    pub chunks: i64,
}

/// Longest time between journal commits.
pub const JOURNAL_INTERVAL: Duration = Duration::from_millis(200);

/// The lease of a recording in progress: a lock file beside the database that its writer holds
/// locked. The operating system releases the lock when the writer's process ends, however it
/// ends, so a recording whose lock can be taken has no writer any more, and one whose lock
/// cannot is being recorded (however long its device takes to start) and is never offered back.
struct Lease {
    _file: std::fs::File,
}

fn lease_path(db: &std::path::Path, id: i64) -> std::path::PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".recording-{id}.lock"));
    db.with_file_name(name)
}

impl Lease {
    fn take(db: &std::path::Path, id: i64) -> Result<Lease> {
        let path = lease_path(db, id);
        let failed =
            |e: String| StoreError::Invalid(format!("cannot take the recording's lease {}: {e}", path.display()));
        let file = std::fs::File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| failed(e.to_string()))?;
        file.try_lock().map_err(|e| failed(e.to_string()))?;
        Ok(Lease { _file: file })
    }
}

/// Whether a recording's writer is alive: `Some(true)` while it holds its lease, `Some(false)`
/// when the lease is free (its process ended), `None` without a lease file (recordings of
/// older versions: their silence decides).
fn writer_alive(db: &std::path::Path, id: i64) -> Option<bool> {
    let file = std::fs::File::options().write(true).open(lease_path(db, id)).ok()?;
    match file.try_lock() {
        Ok(()) => Some(false),
        Err(std::fs::TryLockError::WouldBlock) => Some(true),
        Err(std::fs::TryLockError::Error(_)) => None,
    }
}

/// Writes one recording into the journal.
pub struct JournalWriter {
    id: i64,
    _lease: Lease,
    seq: i64,
    channels: usize,
    time_s: Vec<f64>,
    values: Vec<Vec<f64>>,
    last_flush: Instant,
    interval: Duration,
}

/// A name no other recording has, in any process: the time, this process and a counter.
fn recording_key() -> String {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{nanos:x}-{:x}-{n:x}", std::process::id())
}

fn now_text() -> String {
    date_time_text(chrono::Local::now().naive_local())
}

impl JournalWriter {
    /// Starts a recording in the journal.
    pub fn begin(store: &Store, meta: &JournalMeta) -> Result<JournalWriter> {
        if meta.channel_names.is_empty() || meta.channel_names.iter().any(|n| n.contains(',')) {
            return Err(StoreError::Invalid("channel names must be given, without ','".into()));
        }
        let now = now_text();
        let id = store.journal_db().insert(
            "INSERT INTO journal.journal_recordings (started_at, last_flush_at, athlete_id, visit_id, test_id, side, device, \
             channel_names, polarity, lever_arm_m, device_max_n, key) \
             VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                now,
                meta.athlete_id,
                meta.visit_id,
                Some(&meta.trial.test_id).filter(|t| !t.is_empty()),
                meta.trial.side.id(),
                meta.trial.device,
                meta.channel_names.join(","),
                meta.trial.polarity.id(),
                meta.trial.lever_arm_m,
                meta.trial.device_max_n,
                recording_key(),
            ],
        )?;
        Ok(JournalWriter {
            id,
            _lease: Lease::take(&store.path, id)?,
            seq: 0,
            channels: meta.channel_names.len(),
            time_s: Vec::new(),
            values: vec![Vec::new(); meta.channel_names.len()],
            last_flush: Instant::now(),
            interval: JOURNAL_INTERVAL,
        })
    }

    pub fn id(&self) -> i64 {
        self.id
    }

    /// Adds samples (`rows` flat, `channels` values per time stamp).
    pub fn push(&mut self, time_s: &[f64], rows: &[f64]) {
        self.time_s.extend_from_slice(time_s);
        for row in rows.chunks(self.channels).take(time_s.len()) {
            for (c, v) in row.iter().enumerate() {
                self.values[c].push(*v);
            }
        }
    }

    /// Commits if the interval has passed since the last commit.
    pub fn flush_if_due(&mut self, store: &Store) -> Result<bool> {
        if self.last_flush.elapsed() < self.interval {
            return Ok(false);
        }
        self.flush(store)?;
        Ok(true)
    }

    /// Commits what is pending (and notes that the recording is alive).
    pub fn flush(&mut self, store: &Store) -> Result<()> {
        self.last_flush = Instant::now();
        let tx = store.journal_conn()?.unchecked_transaction()?;
        if !self.time_s.is_empty() {
            let channels: Vec<&[f64]> = self.values.iter().map(Vec::as_slice).collect();
            tx.execute(
                "INSERT INTO journal.journal_chunks (recording_id, seq, samples) VALUES (?1, ?2, ?3)",
                params![self.id, self.seq, blob::encode(&self.time_s, &channels)],
            )?;
            self.seq += 1;
        }
        tx.execute(
            "UPDATE journal.journal_recordings SET last_flush_at = ?2 WHERE id = ?1",
            params![self.id, now_text()],
        )?;
        tx.commit()?;
        self.time_s.clear();
        self.values.iter_mut().for_each(Vec::clear);
        Ok(())
    }
}

impl Store {
    /// Recordings left in the journal whose writer has ended: its lease is free (or, for a
    /// recording without a lease file, it has not been heard from for `stale_after`). A
    /// recording in progress (in this process or another) is never offered.
    pub fn unfinished_recordings(&self, stale_after: Duration) -> Result<Vec<UnfinishedRecording>> {
        let all = self.journal_recordings()?;
        let cutoff = chrono::Local::now().naive_local() - chrono::Duration::from_std(stale_after).unwrap_or_default();
        let mut left = Vec::new();
        for (recording, saved) in all {
            if saved && writer_alive(&self.path, recording.id) != Some(true) {
                // Saved as a trial, but the process ended before the journal (a file of its own)
                // let go of it: it is not offered twice.
                self.journal_discard(recording.id)?;
            } else {
                left.push(recording);
            }
        }
        Ok(left
            .into_iter()
            .filter(|r| match writer_alive(&self.path, r.id) {
                Some(alive) => !alive,
                None => r.last_flush_at <= cutoff,
            })
            .collect())
    }

    /// Whether recording `id` is being written (its writer holds its lease).
    pub fn recording_in_progress(&self, id: i64) -> bool {
        writer_alive(&self.path, id) == Some(true)
    }

    /// Every recording in the journal, and whether it was saved as a trial already.
    fn journal_recordings(&self) -> Result<Vec<(UnfinishedRecording, bool)>> {
        // The journal is on this computer and the trials may be on the clinic server: whether a
        // recording was saved is asked of the record, by its key.
        let rows = self.journal_db().query_map(
            "SELECT r.id, r.started_at, r.last_flush_at, r.athlete_id, r.visit_id, r.test_id, r.side, r.device, \
             r.channel_names, r.polarity, r.lever_arm_m, r.device_max_n, \
             (SELECT count(*) FROM journal.journal_chunks c WHERE c.recording_id = r.id), r.key \
             FROM journal.journal_recordings r WHERE r.waiting IS NULL ORDER BY r.id",
            [],
            |r| {
                let recording = UnfinishedRecording {
                    id: r.get(0)?,
                    started_at: parse_date_time("started_at", &r.get::<_, String>(1)?)?,
                    last_flush_at: parse_date_time("last_flush_at", &r.get::<_, String>(2)?)?,
                    meta: JournalMeta {
                        athlete_id: r.get(3)?,
                        visit_id: r.get(4)?,
                        trial: TrialMeta {
                            test_id: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                            side: match r.get::<_, Option<String>>(6)? {
                                Some(t) => parse_text("side", &t, Side::parse)?,
                                None => Side::Both,
                            },
                            device: r.get(7)?,
                            polarity: parse_text("polarity", &r.get::<_, String>(9)?, Polarity::parse)?,
                            lever_arm_m: r.get(10)?,
                            device_max_n: r.get(11)?,
                            // Not kept in the journal: told again from the device when saved.
                            instrument: None,
                        },
                        channel_names: r.get::<_, String>(8)?.split(',').map(String::from).collect(),
                    },
                    chunks: r.get(12)?,
                };
                Ok((recording, r.get::<_, String>(13)?))
            },
        )?;
        let mut list = Vec::new();
        for row in rows {
            let (recording, key) = row?;
            let saved = self.trial_with_source(&key)?.is_some();
            list.push((recording, saved));
        }
        Ok(list)
    }

    /// The samples a journal recording holds, times as recorded.
    pub fn journal_trace(&self, id: i64, names: &[String]) -> Result<Trace> {
        let chunks = self.journal_db().query_map(
            "SELECT samples FROM journal.journal_chunks WHERE recording_id = ?1 ORDER BY seq",
            [id],
            |r| r.get::<_, Vec<u8>>(0),
        )?;
        let mut trace = Trace {
            time_s: Vec::new(),
            channels: names.iter().map(|n| Channel { name: n.clone(), force_n: Vec::new() }).collect(),
            meta: TraceMeta::default(),
        };
        for chunk in chunks {
            let (time_s, values) = blob::decode(&chunk?)?;
            if values.len() != names.len() {
                return Err(StoreError::Corrupt(format!("journal {id}: a chunk has {} channels", values.len())));
            }
            trace.time_s.extend(time_s);
            for (c, v) in trace.channels.iter_mut().zip(values) {
                c.force_n.extend(v);
            }
        }
        Ok(trace)
    }

    /// Removes a recording from the journal (its writer's own call, or after it ended).
    pub fn journal_discard(&self, id: i64) -> Result<()> {
        if self.journal_db().execute("DELETE FROM journal.journal_recordings WHERE id = ?1", [id])? == 0 {
            return Err(StoreError::NotFound { what: "journal recording", id });
        }
        let _ = std::fs::remove_file(lease_path(&self.path, id));
        Ok(())
    }

    /// Notes on trial `trial_id` the journal recording it came from (so a recording whose trial
    /// was saved is never offered again, even when the journal's own file kept it).
    fn mark_source(&self, trial_id: i64, recording_id: i64) -> Result<()> {
        let key = self.recording_key(recording_id)?;
        self.conn.execute(
            "UPDATE trials SET source_recording = nullif(?2, '') WHERE id = ?1",
            params![trial_id, key.unwrap_or_default()],
        )?;
        Ok(())
    }

    /// The key of journal recording `id` (`None` for a recording without one, or none).
    fn recording_key(&self, id: i64) -> Result<Option<String>> {
        let key: Option<String> = optional(self.journal_db().query_row(
            "SELECT key FROM journal.journal_recordings WHERE id = ?1",
            [id],
            |r| r.get(0),
        ))?;
        Ok(key.filter(|k| !k.is_empty()))
    }

    /// The trial (id, visit) saved from the recording with this key, if one was.
    pub(crate) fn trial_with_source(&self, key: &str) -> Result<Option<(i64, i64)>> {
        if key.is_empty() {
            return Ok(None);
        }
        optional(self.conn.query_row(
            "SELECT id, visit_id FROM trials WHERE source_recording = ?1 ORDER BY id",
            [key],
            |r| Ok((r.get(0)?, r.get(1)?)),
        ))
    }

    /// Discards an unfinished recording; refused while it is being recorded.
    pub fn discard_unfinished(&self, id: i64) -> Result<()> {
        self.refuse_in_progress(id)?;
        self.journal_discard(id)
    }

    fn refuse_in_progress(&self, id: i64) -> Result<()> {
        if self.recording_in_progress(id) {
            return Err(StoreError::Invalid(format!(
                "recording {id} is in progress (its writer is running): it can be recovered only once it ends"
            )));
        }
        Ok(())
    }

    /// Stores `trial` in the visit `visit` names (adding it if it is new), then removes journal
    /// recording `id`. These are two transactions, in this order, and the order is what keeps a
    /// crash from losing or doubling a trial: SQLite in WAL mode makes a transaction atomic for
    /// each database file, not across the clinic database and the attached journal
    /// (sqlite.org/wal.html), so one transaction over both could not promise "all or none". The
    /// trial is committed first with the recording it came from (`source_recording`); a crash
    /// before the journal lets go of the recording leaves it in the journal, where a recording
    /// whose trial exists is never offered back and is removed at the next look
    /// ([`Store::unfinished_recordings`]); and a commit tried again after such a crash returns
    /// the trial already saved instead of adding a second.
    ///
    /// On a clinic server that cannot be reached, the trial is kept in the journal as waiting
    /// (`SavedTrial::waiting`) and sent later ([`Store::send_waiting`]): recording never depends
    /// on the network. The server takes it in one transaction keyed by the recording, so a
    /// trial sent again after a lost answer is never saved twice.
    pub fn journal_commit(&mut self, id: i64, visit: &VisitFor, mut trial: NewTrial) -> Result<SavedTrial> {
        // What waits, if the server cannot take it: the trial without its samples (the journal
        // holds them), copied without copying the samples.
        let kept = self.server.is_some().then(|| {
            let trace = std::mem::take(&mut trial.trace);
            let kept =
                WaitingTrial { visit: visit.clone(), sample_rate_hz: trace.meta.sample_rate_hz, trial: trial.clone() };
            trial.trace = trace;
            kept
        });
        let saved = match (self.journal_save_trial(id, visit, trial), kept) {
            (Ok(saved), _) => saved,
            (Err(e), Some(kept)) if e.is_server_unreachable() => {
                let json = serde_json::to_string(&kept).map_err(|e| StoreError::Invalid(e.to_string()))?;
                self.journal_db()
                    .execute("UPDATE journal.journal_recordings SET waiting = ?2 WHERE id = ?1", params![id, json])?;
                return Ok(SavedTrial { visit_id: 0, trial_id: 0, new_visit: false, waiting: true });
            }
            (Err(e), _) => return Err(e),
        };
        // The trial is safe; a journal that cannot let go now does so at the next look.
        let _ = self.journal_discard(id);
        Ok(saved)
    }

    /// The finished recordings waiting on this station for the clinic server, oldest first.
    pub fn waiting_recordings(&self) -> Result<Vec<WaitingRecording>> {
        let rows = self.journal_db().query_map(
            "SELECT id, started_at, athlete_id, test_id, side FROM journal.journal_recordings \
             WHERE waiting IS NOT NULL ORDER BY id",
            [],
            |r| {
                Ok(WaitingRecording {
                    id: r.get(0)?,
                    started_at: parse_date_time("started_at", &r.get::<_, String>(1)?)?,
                    athlete_id: r.get(2)?,
                    test_id: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                    side: r.get::<_, Option<String>>(4)?.as_deref().and_then(Side::parse).unwrap_or(Side::Both),
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sends the trials waiting on this station to the clinic server (reconnecting first),
    /// oldest first; stops at the first the server does not take, which keeps waiting. Returns
    /// those saved.
    pub fn send_waiting(&mut self) -> Result<Vec<SavedTrial>> {
        let waiting = self.waiting_recordings()?;
        if waiting.is_empty() {
            return Ok(Vec::new());
        }
        self.reconnect()?;
        let mut sent = Vec::new();
        for recording in waiting {
            let json: String = self.journal_db().query_row(
                "SELECT waiting FROM journal.journal_recordings WHERE id = ?1",
                [recording.id],
                |r| r.get(0),
            )?;
            let kept: WaitingTrial = serde_json::from_str(&json)
                .map_err(|e| StoreError::Corrupt(format!("journal recording {}: {e}", recording.id)))?;
            let names: Vec<String> = self.journal_db().query_row(
                "SELECT channel_names FROM journal.journal_recordings WHERE id = ?1",
                [recording.id],
                |r| Ok(r.get::<_, String>(0)?.split(',').map(String::from).collect()),
            )?;
            let mut trace = self.journal_trace(recording.id, &names)?;
            trace.rebase_to_first_sample();
            trace.meta.sample_rate_hz = kept.sample_rate_hz;
            let trial = NewTrial { trace, ..kept.trial };
            let saved = self.journal_save_trial(recording.id, &kept.visit, trial)?;
            let _ = self.journal_discard(recording.id);
            sent.push(saved);
        }
        Ok(sent)
    }

    /// The first of [`Store::journal_commit`]'s two transactions: the trial of journal recording
    /// `id`, marked as coming from it (or the trial saved from it already, if any). Alone, it is
    /// what a crash between the two leaves.
    pub fn journal_save_trial(&mut self, id: i64, visit: &VisitFor, mut trial: NewTrial) -> Result<SavedTrial> {
        self.transaction(|s| {
            if let Some((trial_id, visit_id)) = s.trial_from_recording(id)? {
                return Ok(SavedTrial { visit_id, trial_id, new_visit: false, waiting: false });
            }
            let (visit_id, new_visit) = s.visit_for(visit)?;
            trial.visit_id = visit_id;
            let trial_id = s.add_trial(&trial)?;
            s.mark_source(trial_id, id)?;
            Ok(SavedTrial { visit_id, trial_id, new_visit, waiting: false })
        })
    }

    /// The trial (id, visit) saved from journal recording `id`, if one was.
    fn trial_from_recording(&self, id: i64) -> Result<Option<(i64, i64)>> {
        match self.recording_key(id)? {
            Some(key) => self.trial_with_source(&key),
            None => Ok(None),
        }
    }

    /// The visit `visit` names: (id, whether it was added now).
    pub(crate) fn visit_for(&self, visit: &VisitFor) -> Result<(i64, bool)> {
        match visit {
            VisitFor::Visit(id) => Ok((*id, false)),
            VisitFor::SameDay(new) => {
                let day = new.date_time.date();
                match self.visits(new.athlete_id)?.iter().rev().find(|v| v.date_time.date() == day) {
                    Some(v) => Ok((v.id, false)),
                    None => Ok((self.add_visit(new)?, true)),
                }
            }
        }
    }
}

impl Store {
    /// Saves an unfinished recording as a trial: into its visit, or a new visit of its athlete
    /// at the time it started, with the pain the athlete reported for it (asked when it is
    /// kept; `None` is noted on the trial as not recorded). Returns (visit, trial).
    pub fn save_unfinished(&mut self, recording: &UnfinishedRecording, pain: Option<u8>) -> Result<(i64, i64)> {
        self.refuse_in_progress(recording.id)?;
        if pain.is_some_and(|p| p > 10) {
            return Err(StoreError::Invalid("pain is scored 0-10".into()));
        }
        let meta = &recording.meta;
        if meta.trial.test_id.is_empty() {
            return Err(StoreError::Invalid(format!(
                "recording {} has no test: write it to a file instead",
                recording.id
            )));
        }
        let mut trace = self.journal_trace(recording.id, &meta.channel_names)?;
        trace.rebase_to_first_sample();
        let id = recording.id;
        let started = recording.started_at;
        let meta = meta.clone();
        self.transaction(|s| {
            if let Some((trial_id, visit_id)) = s.trial_from_recording(id)? {
                return Ok((visit_id, trial_id));
            }
            // A visit deleted since the recording began: the athlete's visit of that day.
            let visit_id = meta.visit_id.filter(|&v| s.visit(v).is_ok());
            let visit = match (visit_id, meta.athlete_id) {
                (Some(v), _) => VisitFor::Visit(v),
                (None, Some(athlete)) => VisitFor::SameDay(Visit {
                    id: 0,
                    athlete_id: athlete,
                    episode_id: s.episodes(athlete)?.last().map(|e| e.id),
                    date_time: started,
                    body_mass_kg: s.athlete(athlete)?.body_mass_kg,
                    clinician: String::new(),
                    visa_h: None,
                    provocation: crate::model::ProvocationTests::default(),
                    notes: "recovered after an interrupted recording".into(),
                }),
                (None, None) => {
                    return Err(StoreError::Invalid(format!(
                        "recording {id} has no athlete: write it to a file instead"
                    )));
                }
            };
            let (visit_id, _) = s.visit_for(&visit)?;
            let mut trial = NewTrial::new(visit_id, meta.trial.clone(), trace.clone());
            trial.recorded_at = started;
            trial.pain = pain;
            trial.notes = match pain {
                Some(_) => "recovered after an interrupted recording".into(),
                None => "recovered after an interrupted recording; pain not recorded".into(),
            };
            let trial_id = s.add_trial(&trial)?;
            s.mark_source(trial_id, id)?;
            Ok((visit_id, trial_id))
        })
        .inspect(|_| {
            // As in `journal_commit`: the trial first, then the journal lets go (or, after a
            // crash between the two, at the next look).
            let _ = self.journal_discard(id);
        })
    }
}
