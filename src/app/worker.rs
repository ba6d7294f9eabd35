//! The store worker: a thread owning a database connection runs jobs for the screens, so the
//! screen's thread never waits on the disk. A job's answer is polled from a [`Pending`].

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;

use crossbeam_channel::{Receiver, Sender, TryRecvError, bounded, unbounded};

use crate::app::widgets::store_error_text;
use crate::store::{DamagedRow, Store};

/// A job gets the open store, or why the database could not be opened.
type Job = Box<dyn FnOnce(Result<&mut Store, &str>) + Send>;

/// Progress of a long job (done, total), shared with the screen.
#[derive(Debug, Default)]
pub struct Progress {
    pub done: AtomicUsize,
    pub total: AtomicUsize,
}

impl Progress {
    pub fn set(&self, done: usize, total: usize) {
        self.done.store(done, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
    }

    /// Fraction done, 0..1.
    pub fn fraction(&self) -> f32 {
        let total = self.total.load(Ordering::Relaxed);
        if total == 0 { 0.0 } else { self.done.load(Ordering::Relaxed) as f32 / total as f32 }
    }
}

/// The answer to a job, when it arrives.
pub struct Pending<T> {
    rx: Receiver<Result<T, String>>,
    done: bool,
}

impl<T> Pending<T> {
    /// The answer if it has arrived (once).
    pub fn poll(&mut self) -> Option<Result<T, String>> {
        if self.done {
            return None;
        }
        match self.rx.try_recv() {
            Ok(r) => {
                self.done = true;
                Some(r)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.done = true;
                Some(Err("the database worker stopped".into()))
            }
        }
    }

    /// Waits for the answer (tests and shutdown only).
    pub fn wait(mut self) -> Result<T, String> {
        self.done = true;
        self.rx.recv().unwrap_or_else(|_| Err("the database worker stopped".into()))
    }
}

/// The answer of the job in `slot`, once it has arrived: the slot is emptied then, so a screen
/// polls with `if let Some(result) = answer(&mut self.saving) { ... }`.
pub fn answer<T>(slot: &mut Option<Pending<T>>) -> Option<Result<T, String>> {
    let result = slot.as_mut()?.poll()?;
    *slot = None;
    Some(result)
}

/// The worker thread and its queue.
pub struct Worker {
    tx: Sender<Job>,
    /// Rows the jobs' readers left out because they cannot be read, as they are met.
    damaged: Receiver<DamagedRow>,
    busy: Arc<AtomicUsize>,
    thread: Option<JoinHandle<()>>,
}

impl Worker {
    /// Opens the database of `data_dir` on a new thread and returns at once: opening (which may
    /// run the integrity check and migrations: seconds) is answered on the returned
    /// [`Pending`]. Jobs sent meanwhile run once it is open, or answer why it could not be.
    /// `repaint` is called after each job.
    ///
    /// With a clinic `server`, the record is the server's (`data_dir` keeps this station's
    /// journal); a lost connection is made again before the next job (at most every 5 s).
    pub fn spawn(
        data_dir: PathBuf,
        server: Option<crate::store::ServerAddress>,
        repaint: impl Fn() + Send + 'static,
    ) -> (Worker, Pending<()>) {
        let (tx, rx) = unbounded::<Job>();
        let (opened_tx, opened_rx) = bounded(1);
        let (damaged_tx, damaged) = unbounded::<DamagedRow>();
        let busy = Arc::new(AtomicUsize::new(0));
        let thread_busy = busy.clone();
        let thread = std::thread::Builder::new()
            .name("store".into())
            .spawn(move || {
                let mut store = Store::open_at(&data_dir, server.as_ref()).map_err(|e| store_error_text(&e));
                let _ = opened_tx.send(store.as_ref().map(|_| ()).map_err(Clone::clone));
                repaint();
                let mut last_reconnect: Option<std::time::Instant> = None;
                while let Ok(job) = rx.recv() {
                    if let Ok(store) = &mut store
                        && store.connection_lost()
                        && last_reconnect.is_none_or(|t| t.elapsed() >= std::time::Duration::from_secs(5))
                    {
                        last_reconnect = Some(std::time::Instant::now());
                        let _ = store.reconnect();
                    }
                    job(store.as_mut().map_err(|e| e.as_str()));
                    if let Ok(store) = &store {
                        for row in store.take_damaged_rows() {
                            let _ = damaged_tx.send(row);
                        }
                    }
                    thread_busy.fetch_sub(1, Ordering::Relaxed);
                    repaint();
                }
            })
            .expect("spawning a thread");
        (Worker { tx, damaged, busy, thread: Some(thread) }, Pending { rx: opened_rx, done: false })
    }

    /// Runs `job` on the worker; its answer arrives on the returned [`Pending`].
    pub fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Store) -> Result<T, String> + Send + 'static,
    ) -> Pending<T> {
        let (reply, rx) = bounded(1);
        self.busy.fetch_add(1, Ordering::Relaxed);
        let sent = self.tx.send(Box::new(move |store: Result<&mut Store, &str>| {
            let answer = match store {
                Ok(store) => job(store),
                Err(e) => Err(format!("the database could not be opened: {e}")),
            };
            let _ = reply.send(answer);
        }));
        if sent.is_err() {
            self.busy.fetch_sub(1, Ordering::Relaxed);
        }
        Pending { rx, done: false }
    }

    /// The rows the jobs since the last call left out because they cannot be read (a row read
    /// again is met again).
    pub fn damaged_rows(&self) -> Vec<DamagedRow> {
        self.damaged.try_iter().collect()
    }

    /// Jobs queued or running.
    pub fn busy(&self) -> usize {
        self.busy.load(Ordering::Relaxed)
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        let (tx, _) = unbounded();
        drop(std::mem::replace(&mut self.tx, tx));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
