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

/// A 1 kHz `time_us,left,right` stream of `lines` readings with line noise on half of them: a
/// third of all readings damaged (random bytes inside one, or a line end in the noise that cuts
/// one in two) and a sixth with a noise line of their own before them, which damages nothing.
/// Lines in `clean` are left whole. Returns the bytes and the indices of the readings damaged.
pub fn noisy_stream(lines: u64, seed: u64, clean: impl Fn(u64) -> bool) -> (Vec<u8>, Vec<u64>) {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        state >> 33
    };
    let (mut bytes, mut damaged) = (Vec::new(), Vec::new());
    for i in 0..lines {
        let line = format!("{},{:.2},{:.2}\r\n", i * 1000, (i % 50) as f64, -((i % 70) as f64));
        let roll = next() % 6;
        let at = 1 + next() as usize % (line.len() - 3);
        match if clean(i) { 9 } else { roll } {
            0 => {
                let noise: Vec<u8> =
                    (0..1 + next() % 6).map(|_| b"\x00\x07\x1b#@%\xfe\xff~"[next() as usize % 9]).collect();
                bytes.extend(&line.as_bytes()[..at]);
                bytes.extend(noise);
                bytes.extend(&line.as_bytes()[at..]);
                damaged.push(i);
            }
            1 => {
                bytes.extend(&line.as_bytes()[..at]);
                bytes.extend(b"\xfe\r\n\x1b");
                bytes.extend(&line.as_bytes()[at..]);
                damaged.push(i);
            }
            2 => {
                bytes.extend(b"\x15\xff!%\r\n");
                bytes.extend(line.as_bytes());
            }
            _ => bytes.extend(line.as_bytes()),
        }
    }
    (bytes, damaged)
}
