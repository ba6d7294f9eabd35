//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod clinic;
pub mod server;
pub mod signals;

use std::path::PathBuf;

/// `../shared/external/<name>` beside the project, or `None` (with the reason printed) when the
/// shared folder is absent, as in a user's fresh clone. CI always has it.
pub fn external_dir(name: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/external").join(name);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipping: {} is absent (it sits beside the project in CI only)", dir.display());
        None
    }
}

/// The project's own folder.
pub fn project_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Path of the built `forcetrack` binary.
pub fn forcetrack_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_forcetrack"))
}

/// `forcetrack ARGS --data-dir DATA`, run from the project's folder.
///
/// When the test's clinic is on the test server ([`server::URL_FILE`]), so is the command's.
pub fn forcetrack_in(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut command = std::process::Command::new(forcetrack_bin());
    if let Ok(url) = std::fs::read_to_string(data.join(server::URL_FILE)) {
        command.env("FORCETRACK_SERVER", url);
    }
    command.current_dir(project_dir()).args(args).arg("--data-dir").arg(data).output().unwrap()
}
