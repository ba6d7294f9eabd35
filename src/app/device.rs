//! The connected device as the screens see it: which device was chosen (demo or serial), the
//! demo athlete's controls, and the [`Acquisition`] every device is read through (the same one
//! `forcetrack record` uses). A `DeviceConn` dereferences to its acquisition.

use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use crate::acquisition::{Acquisition, RecorderConfig};
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
    acquisition: Acquisition,
}

impl DeviceConn {
    /// Connects; `speed` runs a demo athlete faster than real time (tests).
    pub fn connect(choice: DeviceChoice, profiles: &ProfileSet, speed: f64) -> Result<DeviceConn, String> {
        // A demo device is a profile too: names, polarity and range come from it either way.
        let (name, link, demo, profile) = match &choice {
            DeviceChoice::Demo(d) => {
                let (link, control, profile) = spawn_demo(*d, speed)?;
                (profile.name.clone(), link, Some(control), profile)
            }
            DeviceChoice::Serial { port, profile_id } => {
                let profile =
                    profiles.get(profile_id).ok_or_else(|| format!("no device profile '{profile_id}'"))?.clone();
                let handle = link::spawn(LinkConfig::new(port.clone(), profile.clone()));
                (format!("{} on {port}", profile.name), handle, None, profile)
            }
        };
        Ok(DeviceConn { name, choice, demo, acquisition: Acquisition::new(link, &profile) })
    }

    /// Starts recording (into the journal under `journal_key`); a demo athlete starts pushing.
    pub fn start_recording(&mut self, config: RecorderConfig, journal_key: Option<u64>) {
        self.acquisition.start_recording(config, journal_key);
        if let Some(control) = &self.demo {
            control.begin_efforts();
        }
    }

    /// Stops the recording; returns its samples. A demo athlete relaxes.
    pub fn stop_recording(&mut self) -> Option<Trace> {
        if let Some(control) = &self.demo {
            control.relax();
        }
        self.acquisition.stop_recording()
    }
}

impl Deref for DeviceConn {
    type Target = Acquisition;

    fn deref(&self) -> &Acquisition {
        &self.acquisition
    }
}

impl DerefMut for DeviceConn {
    fn deref_mut(&mut self) -> &mut Acquisition {
        &mut self.acquisition
    }
}
