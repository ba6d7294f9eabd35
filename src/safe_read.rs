//! Reading a file the user (or a file the user gave) points at: only a regular file is read
//! (a FIFO would hang, a device like `/dev/zero` would fill memory), and only up to a size
//! limit, so a wrong path is an error that names it instead of a hang or a crash.

use std::io::Read;
use std::path::Path;

/// Reads `path` whole if it is a regular file of at most `limit` bytes.
pub fn read_regular_file(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let metadata = std::fs::metadata(path)?;
    if !metadata.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    if metadata.len() > limit {
        return Err(std::io::Error::other(format!("larger than the {} MB allowed", limit / (1 << 20))));
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // The file may grow while read: never past the limit.
    std::fs::File::open(path)?.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(std::io::Error::other(format!("larger than the {} MB allowed", limit / (1 << 20))));
    }
    Ok(bytes)
}

/// Whether `name` is a plain relative path inside its folder: no root, no `..`, no drive.
pub fn is_inside(name: &str) -> bool {
    let path = Path::new(name);
    !name.is_empty() && path.components().all(|c| matches!(c, std::path::Component::Normal(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_within_the_limit_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.csv");
        std::fs::write(&file, b"0123456789").unwrap();
        assert_eq!(read_regular_file(&file, 10).unwrap(), b"0123456789");
        assert!(read_regular_file(&file, 9).unwrap_err().to_string().contains("larger than"));
        assert!(read_regular_file(dir.path(), 10).unwrap_err().to_string().contains("not a regular file"));
        assert!(read_regular_file(Path::new("/dev/zero"), 1 << 20).unwrap_err().to_string().contains("not a regular"));
        #[cfg(unix)]
        {
            let fifo = dir.path().join("pipe.toml");
            assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
            assert!(read_regular_file(&fifo, 1 << 20).unwrap_err().to_string().contains("not a regular file"));
        }
        assert!(is_inside("traces/trial-1.csv"));
        for bad in ["", "../x.csv", "/etc/passwd", "traces/../../x", "traces/./../x"] {
            assert!(!is_inside(bad), "{bad}");
        }
    }
}
