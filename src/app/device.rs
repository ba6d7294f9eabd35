//! The connected device as the screens see it: which device was chosen (demo or serial), the
//! demo athlete's controls, and the [`Acquisition`] every device is read through (the same one
//! `forcetrack record` uses), pumped by a thread of its own so that recording and its journal go
//! on while the window draws no frames (covered or minimised). Screens read it through
//! [`DeviceConn::acq`], for as long as a frame needs it.

use std::sync::{Arc, MutexGuard};

use crate::acquisition::{Acquisition, JournalFeed, Notice, PumpedAcquisition, RecorderConfig};
use crate::device::demo::{DemoControl, DemoDevice, spawn_demo};
use crate::device::link::{self, LinkConfig};
use crate::device::profile::ProfileSet;
use crate::model::Trace;

/// Which device to connect.
#[derive(Debug, Clone, PartialEq)]
pub enum DeviceChoice {
    Demo(DemoDevice),
    Serial { port: String, profile_id: String },
}

impl DeviceChoice {
    /// The profile id recorded with a trial.
    pub fn device_id(&self) -> String {
        match self {
            DeviceChoice::Demo(d) => d.id().to_string(),
            DeviceChoice::Serial { profile_id, .. } => profile_id.clone(),
        }
    }
}

pub struct DeviceConn {
    pub name: String,
    pub choice: DeviceChoice,
    /// The simulated athlete's controls, for a demo device.
    pub demo: Option<Arc<DemoControl>>,
    acquisition: PumpedAcquisition,
}

impl DeviceConn {
    /// Connects; `speed` runs a demo athlete faster than real time (tests); `wake` is called
    /// when the device has news (the app asks for a frame).
    pub fn connect(
        choice: DeviceChoice,
        profiles: &ProfileSet,
        speed: f64,
        wake: impl Fn() + Send + 'static,
    ) -> Result<DeviceConn, String> {
        // A demo device is a profile too: names, polarity and range come from it either way.
        let (name, link, demo, profile) = match &choice {
            DeviceChoice::Demo(d) => {
                let (link, control, profile) = spawn_demo(*d, speed)?;
                (profile.shown_name(crate::i18n::loader()), link, Some(control), profile)
            }
            DeviceChoice::Serial { port, profile_id } => {
                let profile = profiles
                    .get(profile_id)
                    .ok_or_else(|| crate::fl!("device-panel-no-profile", profile = profile_id.clone()))?
                    .clone();
                let handle = link::spawn(LinkConfig::new(port.clone(), profile.clone()));
                let name = crate::fl!(
                    "device-panel-device-on-port",
                    device = profile.shown_name(crate::i18n::loader()),
                    port = port.clone()
                );
                (name, handle, None, profile)
            }
        };
        let acquisition = PumpedAcquisition::spawn(Acquisition::new(link, &profile), wake);
        Ok(DeviceConn { name, choice, demo, acquisition })
    }

    /// The acquisition, to read or command: hold the guard only within a frame, and never call
    /// another `DeviceConn` method while holding it.
    pub fn acq(&self) -> MutexGuard<'_, Acquisition> {
        self.acquisition.lock()
    }

    /// What the device said since the last frame (recordings that ended by themselves, device
    /// messages).
    pub fn notices(&self) -> Vec<Notice> {
        self.acquisition.notices()
    }

    /// Starts recording (into the journal through `journal`'s feed under its key); a demo
    /// athlete starts pushing.
    pub fn start_recording(&self, config: RecorderConfig, journal: Option<(JournalFeed, u64)>) {
        self.acq().start_recording(config, journal);
        if let Some(control) = &self.demo {
            control.begin_efforts();
        }
    }

    /// Stops the recording; returns its samples. A demo athlete relaxes.
    pub fn stop_recording(&self) -> Option<Trace> {
        if let Some(control) = &self.demo {
            control.relax();
        }
        self.acq().stop_recording()
    }
}
