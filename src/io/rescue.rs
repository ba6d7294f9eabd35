//! A recording the clinic database could not take (a full disk, a failed commit) is never
//! discarded: it is written as a trace CSV beside the database, or in the system's temporary
//! folder when that fails too, and the user is told where.

use std::path::{Path, PathBuf};

use crate::model::Trace;

use super::write_trace;

/// Writes `trace` as `unsaved-recording-<date>-<time>[-n].csv` in the first of `data_dir` and
/// the temporary folder that takes it whole (written and synced); returns its path, or every
/// place tried and why it failed.
pub fn rescue_trace(trace: &Trace, data_dir: &Path) -> Result<PathBuf, String> {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let mut tried = Vec::new();
    for dir in [data_dir.to_path_buf(), std::env::temp_dir()] {
        let path = (0..100)
            .map(|n| {
                dir.join(if n == 0 {
                    format!("unsaved-recording-{stamp}.csv")
                } else {
                    format!("unsaved-recording-{stamp}-{n}.csv")
                })
            })
            .find(|p| !p.exists())
            .unwrap_or_else(|| dir.join(format!("unsaved-recording-{stamp}-last.csv")));
        match write_synced(trace, &path) {
            Ok(()) => return Ok(path),
            Err(e) => {
                // A partly written file would look like a recording: remove it.
                let _ = std::fs::remove_file(&path);
                tried.push(format!("{}: {e}", path.display()));
            }
        }
    }
    Err(format!("the recording could not be written anywhere ({})", tried.join("; ")))
}

fn write_synced(trace: &Trace, path: &Path) -> std::io::Result<()> {
    let mut file = std::fs::File::options().write(true).create_new(true).open(path)?;
    write_trace(trace, &mut file)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Channel;

    fn trace() -> Trace {
        Trace {
            time_s: vec![0.0, 0.01],
            channels: vec![Channel { name: "force".into(), force_n: vec![1.0, 2.0] }],
            meta: Default::default(),
        }
    }

    #[test]
    fn writes_beside_the_database_without_overwriting() {
        let dir = tempfile::tempdir().unwrap();
        let first = rescue_trace(&trace(), dir.path()).unwrap();
        let second = rescue_trace(&trace(), dir.path()).unwrap();
        assert_ne!(first, second);
        assert_eq!(first.parent(), Some(dir.path()));
        let back = crate::io::read_trace_file(&second).unwrap();
        assert_eq!(back.trace.channels[0].force_n, vec![1.0, 2.0]);
    }

    #[test]
    fn falls_back_to_the_temporary_folder() {
        let missing = Path::new("/nonexistent-forcetrack-folder/data");
        let path = rescue_trace(&trace(), missing).unwrap();
        assert!(path.starts_with(std::env::temp_dir()), "{}", path.display());
        std::fs::remove_file(path).unwrap();
    }
}
