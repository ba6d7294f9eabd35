//! Preferences of this computer (display, which clinic is open, devices folder), kept in
//! `prefs.json` in the data folder. The clinic's own settings (asymmetry formula, MDC, ...) live
//! in its database.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::renderer::RendererChoice;
use crate::model::ForceUnit;

/// Which clinic the app shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClinicMode {
    Clinic,
    Demo,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// `None` until the welcome page has been answered.
    pub mode: Option<ClinicMode>,
    pub unit: ForceUnit,
    pub dark: bool,
    /// Extra folder of device profiles (besides the data folder's `devices/`).
    pub devices_dir: Option<PathBuf>,
    /// The clinician's name, prefilled on new visits.
    pub clinician: String,
    /// Seconds of countdown before a recording.
    pub countdown_s: f64,
    /// What draws the window (takes effect at the next start; `--renderer` overrides it).
    pub renderer: RendererChoice,
    /// The clinic server holding the record (`postgresql://LOGIN@HOST/DATABASE`, with
    /// `sslrootcert=` for its CA certificate): `None` is this computer's database. Never a
    /// password (that is in the PostgreSQL password file).
    pub clinic_server: Option<String>,
    /// This run found no file dialog and the clinician chose ForceTrack's own export folder:
    /// later exports go there without asking again (not kept: the next start looks again).
    #[serde(skip)]
    pub own_export_folder_chosen: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            mode: None,
            unit: ForceUnit::Newton,
            dark: false,
            devices_dir: None,
            clinician: String::new(),
            countdown_s: 3.0,
            renderer: RendererChoice::default(),
            clinic_server: None,
            own_export_folder_chosen: false,
        }
    }
}

fn path(data_dir: &Path) -> PathBuf {
    data_dir.join("prefs.json")
}

impl Prefs {
    /// The saved preferences, or the defaults (with the reason if a file could not be read).
    pub fn load(data_dir: &Path) -> (Prefs, Option<String>) {
        match std::fs::read_to_string(path(data_dir)) {
            Ok(text) => match serde_json::from_str(&text) {
                Ok(p) => (p, None),
                Err(e) => (Prefs::default(), Some(format!("preferences ignored ({}: {e})", path(data_dir).display()))),
            },
            Err(_) => (Prefs::default(), None),
        }
    }

    pub fn save(&self, data_dir: &Path) -> Result<(), String> {
        std::fs::create_dir_all(data_dir).map_err(|e| format!("cannot create {}: {e}", data_dir.display()))?;
        let json = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
        let tmp = path(data_dir).with_extension("json.tmp");
        std::fs::write(&tmp, json).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, path(data_dir)).map_err(|e| format!("cannot save preferences: {e}"))
    }
}
