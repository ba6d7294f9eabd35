//! The journal writer thread: a recording's samples go to the database journal without the
//! screen ever waiting on the disk. Commits happen at least every 200 ms; the accepted trial is
//! built from the journal itself, so what is saved is what survived a crash would have been.
//!
//! Its failures are words in the app's language ([`fl!`](crate::fl)): the status bar and a trial
//! that could not be saved show them; `forcetrack record`, which never changes it, reads English.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender, unbounded};

use crate::fl;
use crate::model::{RepExclusion, TrialMeta};
use crate::store::{JournalMeta, JournalWriter, NewTrial, SavedTrial, ServerAddress, Store, VisitFor};

/// How often finished trials waiting on this station are offered to the clinic server again.
const SEND_WAITING_EVERY: Duration = Duration::from_secs(5);

/// What an accepted recording becomes.
#[derive(Debug, Clone, PartialEq)]
pub struct TrialCommit {
    /// The visit it joins (added with the trial when new).
    pub visit: VisitFor,
    pub meta: TrialMeta,
    pub sample_rate_hz: Option<f64>,
    /// Reps the clinician excluded, by time.
    pub excluded: Vec<RepExclusion>,
    pub pain: Option<u8>,
    pub notes: String,
}

enum Message {
    Begin { key: u64, meta: JournalMeta },
    Samples { key: u64, time_s: Vec<f64>, rows: Vec<f64> },
    Commit { key: u64, trial: Box<TrialCommit>, reply: Sender<Result<SavedTrial, String>> },
    Discard { key: u64 },
    Shutdown,
}

/// Failures of the journal thread, shown on screen.
#[derive(Debug, Default)]
pub struct JournalHealth {
    pub failures: AtomicU64,
    pub last_error: Mutex<Option<String>>,
    /// Finished recordings waiting on this station for the clinic server.
    pub waiting: AtomicUsize,
}

impl JournalHealth {
    fn fail(&self, what: String) {
        self.failures.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut e) = self.last_error.lock() {
            *e = Some(what);
        }
    }
}

/// Where a recording's samples go: a handle on the journal thread that any thread may hold (the
/// recorder keeps one, so samples reach the journal from whichever thread pumps the device).
#[derive(Clone)]
pub struct JournalFeed {
    tx: Sender<Message>,
}

impl JournalFeed {
    /// Hands samples of recording `key` to the journal thread (`rows` flat, one value per
    /// channel per time stamp); never waits for the disk.
    pub fn samples(&self, key: u64, time_s: Vec<f64>, rows: Vec<f64>) {
        let _ = self.tx.send(Message::Samples { key, time_s, rows });
    }
}

impl std::fmt::Debug for JournalFeed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JournalFeed")
    }
}

/// The app's handle on the journal thread.
pub struct JournalSink {
    tx: Sender<Message>,
    next_key: AtomicU64,
    pub health: Arc<JournalHealth>,
    thread: Option<JoinHandle<()>>,
}

impl JournalSink {
    /// Starts the thread on the record of `data_dir` (its clinic file, or the clinic server
    /// `server`, with this station's journal in `data_dir`: recording goes on while the server
    /// cannot be reached, and finished trials wait here until it answers).
    pub fn spawn(data_dir: PathBuf, server: Option<ServerAddress>) -> JournalSink {
        let (tx, rx) = unbounded();
        let health = Arc::new(JournalHealth::default());
        let thread_health = health.clone();
        let thread = std::thread::Builder::new()
            .name("journal".into())
            .spawn(move || run(data_dir, server, rx, &thread_health))
            .expect("spawning a thread");
        JournalSink { tx, next_key: AtomicU64::new(1), health, thread: Some(thread) }
    }

    /// Begins a recording; returns its key for the other calls.
    pub fn begin(&self, meta: JournalMeta) -> u64 {
        let key = self.next_key.fetch_add(1, Ordering::Relaxed);
        let _ = self.tx.send(Message::Begin { key, meta });
        key
    }

    /// A handle for the recorder of recording `key` (see [`JournalFeed`]).
    pub fn feed(&self) -> JournalFeed {
        JournalFeed { tx: self.tx.clone() }
    }

    /// Saves the recording as a trial; the answer (trial id) arrives on the returned channel.
    pub fn commit(&self, key: u64, trial: TrialCommit) -> Receiver<Result<SavedTrial, String>> {
        let (reply, answer) = crossbeam_channel::bounded(1);
        let _ = self.tx.send(Message::Commit { key, trial: Box::new(trial), reply });
        answer
    }

    pub fn discard(&self, key: u64) {
        let _ = self.tx.send(Message::Discard { key });
    }
}

impl Drop for JournalSink {
    fn drop(&mut self) {
        let _ = self.tx.send(Message::Shutdown);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn run(data_dir: PathBuf, server: Option<ServerAddress>, rx: Receiver<Message>, health: &JournalHealth) {
    let opened = match &server {
        Some(server) => Store::connect_when_reachable(server, &data_dir),
        None => Store::open_at(&data_dir, None),
    };
    let store = match opened {
        Ok(s) => {
            // Only memory is at stake: the journal works the same with the larger cache.
            let _ = s.use_small_cache();
            s
        }
        Err(e) => {
            health.fail(fl!("acq-journal-cannot-open", error = e.to_string()));
            // Keep draining so senders never block; every message is a failure now.
            while let Ok(m) = rx.recv() {
                match m {
                    Message::Shutdown => return,
                    Message::Commit { reply, .. } => {
                        let _ = reply.send(Err(fl!("acq-journal-database-not-opened")));
                    }
                    _ => health.fail(fl!("acq-journal-database-not-opened")),
                }
            }
            return;
        }
    };
    let mut store = store;
    let mut writers: HashMap<u64, (JournalWriter, JournalMeta)> = HashMap::new();
    let mut last_send = std::time::Instant::now();
    health.waiting.store(store.waiting_recordings().map_or(0, |w| w.len()), Ordering::Relaxed);
    loop {
        let message = match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(m) => Some(m),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        match message {
            Some(Message::Shutdown) => break,
            Some(Message::Begin { key, meta }) => match JournalWriter::begin(&store, &meta) {
                Ok(w) => {
                    writers.insert(key, (w, meta));
                }
                Err(e) => health.fail(fl!("acq-journal-cannot-start", error = e.to_string())),
            },
            Some(Message::Samples { key, time_s, rows }) => {
                if let Some((w, _)) = writers.get_mut(&key) {
                    w.push(&time_s, &rows);
                } else {
                    health.fail(fl!("acq-journal-samples-without-journal", count = time_s.len()));
                }
            }
            Some(Message::Commit { key, trial, reply }) => {
                let result = commit(&mut store, writers.remove(&key), &trial);
                if let Err(e) = &result {
                    health.fail(e.clone());
                }
                if result.as_ref().is_ok_and(|saved| saved.waiting) {
                    health.waiting.fetch_add(1, Ordering::Relaxed);
                }
                let _ = reply.send(result);
            }
            Some(Message::Discard { key }) => {
                if let Some((w, _)) = writers.remove(&key)
                    && let Err(e) = store.journal_discard(w.id())
                {
                    health.fail(fl!("acq-journal-cannot-discard", error = e.to_string()));
                }
            }
            None => {}
        }
        for (w, _) in writers.values_mut() {
            if let Err(e) = w.flush_if_due(&store) {
                health.fail(fl!("acq-journal-write-failed", error = e.to_string()));
            }
        }
        if store.server().is_some() && last_send.elapsed() >= SEND_WAITING_EVERY {
            last_send = std::time::Instant::now();
            send_waiting(&mut store, health);
        }
    }
    // Unfinished recordings stay in the journal: the next start offers them back.
    for (w, _) in writers.values_mut() {
        let _ = w.flush(&store);
    }
}

/// Offers the finished trials waiting on this station to the clinic server again, and counts
/// those still waiting.
fn send_waiting(store: &mut Store, health: &JournalHealth) {
    let waiting = store.waiting_recordings().map_or(0, |w| w.len());
    if waiting > 0 {
        // A server still away answers again at the next try; what was sent is gone from the list.
        let _ = store.send_waiting();
    }
    health.waiting.store(store.waiting_recordings().map_or(0, |w| w.len()), Ordering::Relaxed);
}

fn commit(
    store: &mut Store,
    writer: Option<(JournalWriter, JournalMeta)>,
    trial: &TrialCommit,
) -> Result<SavedTrial, String> {
    let (mut writer, meta) = writer.ok_or_else(|| fl!("acq-journal-not-in-journal"))?;
    writer.flush(store).map_err(|e| fl!("acq-journal-write-failed", error = e.to_string()))?;
    let mut trace = store.journal_trace(writer.id(), &meta.channel_names).map_err(|e| e.to_string())?;
    trace.rebase_to_first_sample();
    trace.meta.sample_rate_hz = trial.sample_rate_hz;
    let mut new = NewTrial::new(0, trial.meta.clone(), trace);
    new.excluded = trial.excluded.clone();
    new.pain = trial.pain;
    new.notes = trial.notes.clone();
    store
        .journal_commit(writer.id(), &trial.visit, new)
        .map_err(|e| fl!("acq-journal-cannot-save", error = e.to_string()))
}
