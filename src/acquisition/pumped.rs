//! An [`Acquisition`] pumped by a thread of its own (the app's): recording, its journal and the
//! end of a timed recording go on whatever the window does.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender, unbounded};

use super::{Acquisition, Notice};
use crate::device::link::LinkEvent;

/// An [`Acquisition`] pumped by a thread of its own: the link's events reach the recording, its
/// journal and the live window as they arrive, and a timed recording ends at its length, whether
/// or not its owner (the app's window, which may be covered or minimised and then draws no
/// frames) is looking. The owner reads and commands it through [`lock`](Self::lock) and takes the
/// notices with [`notices`](Self::notices). Dropping it stops the thread and the link.
pub struct PumpedAcquisition {
    acquisition: Arc<Mutex<Acquisition>>,
    notices: Receiver<Notice>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

/// How long the pump waits for an event before it looks at its stop flag again.
const PUMP_WAKE: Duration = Duration::from_millis(100);

impl PumpedAcquisition {
    /// Starts pumping `acquisition` on a thread of its own; `wake` is called after each batch
    /// of events is handled (the app asks for a frame).
    pub fn spawn(acquisition: Acquisition, wake: impl Fn() + Send + 'static) -> PumpedAcquisition {
        let events = acquisition.events();
        let acquisition = Arc::new(Mutex::new(acquisition));
        let (notices_tx, notices) = unbounded();
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (acquisition, stop) = (acquisition.clone(), stop.clone());
            std::thread::Builder::new()
                .name("acquisition".into())
                .spawn(move || pump_thread(&acquisition, &events, &stop, &notices_tx, &wake))
                .expect("spawning a thread")
        };
        PumpedAcquisition { acquisition, notices, stop, thread: Some(thread) }
    }

    /// The acquisition, for reading and commanding: hold it only as long as a frame needs it
    /// (the pump waits for it meanwhile, and the link keeps buffering).
    pub fn lock(&self) -> MutexGuard<'_, Acquisition> {
        // A panic while the lock was held leaves the data as it was: reading it is still right.
        self.acquisition.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The notices since the last call, in order.
    pub fn notices(&self) -> Vec<Notice> {
        self.notices.try_iter().collect()
    }
}

impl Drop for PumpedAcquisition {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn pump_thread(
    acquisition: &Mutex<Acquisition>,
    events: &Receiver<LinkEvent>,
    stop: &AtomicBool,
    notices_tx: &Sender<Notice>,
    wake: &dyn Fn(),
) {
    while !stop.load(Ordering::Relaxed) {
        // Waits without the lock: the owner reads the acquisition meanwhile.
        let first = events.recv_timeout(PUMP_WAKE);
        let mut notices = Vec::new();
        {
            let mut acq = acquisition.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            match first {
                Ok(event) => {
                    acq.handle(event, &mut notices);
                    notices.extend(acq.pump());
                }
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => {
                    acq.link_gone(&mut notices);
                    drop(acq);
                    for n in notices {
                        let _ = notices_tx.send(n);
                    }
                    wake();
                    return;
                }
            }
        }
        for n in notices {
            let _ = notices_tx.send(n);
        }
        wake();
    }
}
