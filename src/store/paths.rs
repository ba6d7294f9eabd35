//! Where ForceTrack keeps its files: `--data-dir`, else `FORCETRACK_DATA_DIR`, else the
//! platform's data folder.

use std::path::{Path, PathBuf};

/// Environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "FORCETRACK_DATA_DIR";

/// The data folder: `explicit` (the command line) when given, else the environment, else the
/// platform data directory (`~/.local/share/forcetrack` on Linux).
pub fn data_dir(explicit: Option<&Path>) -> PathBuf {
    if let Some(dir) = explicit {
        return dir.to_path_buf();
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from(
        crate::install::APP_QUALIFIER,
        crate::install::APP_ORGANISATION,
        crate::install::APP_NAME,
    )
    .map(|d| d.data_dir().to_path_buf())
    .unwrap_or_else(|| PathBuf::from("forcetrack-data"))
}

/// The user's device profile folder inside a data folder.
pub fn devices_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("devices")
}

/// The database backups inside a data folder.
pub fn backups_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("backups")
}

/// The app's demo clinic: a data folder of its own inside the real one, so demo athletes never
/// mix with the clinic's.
pub fn demo_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("demo-clinic")
}
