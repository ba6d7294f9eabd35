//! Backups through SQLite's backup API, and when the last integrity check passed.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rusqlite::Connection;

use super::{Result, StoreError};

/// Why a backup was taken (part of its file name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupKind {
    BeforeMigration { from: i64, to: i64 },
    Scheduled,
    Manual,
}

impl BackupKind {
    fn tag(self) -> String {
        match self {
            BackupKind::BeforeMigration { from, to } => format!("before-v{from}-to-v{to}"),
            BackupKind::Scheduled => "scheduled".into(),
            BackupKind::Manual => "manual".into(),
        }
    }

    /// Copies of this kind that are kept.
    fn keep(self) -> usize {
        match self {
            BackupKind::BeforeMigration { .. } => 5,
            BackupKind::Scheduled => 10,
            BackupKind::Manual => 20,
        }
    }

    fn matches(self, file_tag: &str) -> bool {
        match self {
            BackupKind::BeforeMigration { .. } => file_tag.starts_with("before-"),
            other => file_tag == other.tag(),
        }
    }
}

/// A backup file.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupInfo {
    pub path: PathBuf,
    pub tag: String,
    pub modified: SystemTime,
}

impl BackupInfo {
    pub fn age(&self) -> Duration {
        SystemTime::now().duration_since(self.modified).unwrap_or_default()
    }
}

/// Backups in `dir`, newest first.
pub fn list(dir: &Path) -> Vec<BackupInfo> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut list: Vec<BackupInfo> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            let stem = name.strip_prefix("forcetrack-")?.strip_suffix(".sqlite")?;
            // forcetrack-YYYYMMDD-HHMMSS-mmm-<tag>.sqlite
            let tag = stem.splitn(4, '-').nth(3)?.to_string();
            let metadata = e.metadata().ok()?;
            // An empty file is not a backup (a copy killed before this version wrote under the
            // final name): never listed, kept or counted.
            (metadata.len() > 0).then_some(())?;
            Some(BackupInfo { path: e.path(), tag, modified: metadata.modified().ok()? })
        })
        .collect();
    list.sort_by(|a, b| b.path.cmp(&a.path));
    list
}

/// The newest backup of `kind`.
pub fn newest(dir: &Path, kind: BackupKind) -> Option<BackupInfo> {
    list(dir).into_iter().find(|b| kind.matches(&b.tag))
}

/// A partial copy this old is a leftover (a copy being written is touched continuously; even
/// a copy of many gigabytes takes minutes).
const LEFTOVER_AGE: Duration = Duration::from_secs(3600);

/// Leftovers of copies that did not finish (killed, disk full): partial files no process has
/// written for an hour, and empty files an older version wrote under a backup's final name.
fn remove_leftovers(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        let stale = e
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| SystemTime::now().duration_since(t).unwrap_or_default() > LEFTOVER_AGE);
        let partial = name.starts_with("forcetrack-") && name.ends_with(".part") && stale;
        let empty =
            name.starts_with("forcetrack-") && name.ends_with(".sqlite") && e.metadata().is_ok_and(|m| m.len() == 0);
        if partial || empty {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Copies the open database into `dir` and prunes old copies of the same kind. The copy is
/// written under a temporary name, checked (`quick_check`) and synced, then renamed: a backup
/// under its final name is always whole.
pub fn backup(conn: &Connection, dir: &Path, kind: BackupKind) -> Result<BackupInfo> {
    std::fs::create_dir_all(dir).map_err(|e| StoreError::Backup { path: dir.into(), detail: e.to_string() })?;
    remove_leftovers(dir);
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S-%3f");
    let path = dir.join(format!("forcetrack-{stamp}-{}.sqlite", kind.tag()));
    // Unique to this process: two processes backing up in the same millisecond (opening an old
    // database at once) never write the same partial file.
    let partial = dir.join(format!("forcetrack-{stamp}-{}.sqlite.{}.part", kind.tag(), std::process::id()));
    let failed = |detail: String| {
        let _ = std::fs::remove_file(&partial);
        StoreError::Backup { path: path.clone(), detail }
    };
    conn.backup(rusqlite::MAIN_DB, &partial, None::<fn(rusqlite::backup::Progress)>)
        .map_err(|e| failed(e.to_string()))?;
    // A backup is one self-contained file (no write-ahead log beside it), checked whole.
    let checked = Connection::open(&partial)
        .and_then(|copy| {
            copy.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get::<_, String>(0))?;
            copy.query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0))
        })
        .map_err(|e| failed(e.to_string()))?;
    if checked != "ok" {
        return Err(failed(format!("the copy failed its check: {checked}")));
    }
    std::fs::File::open(&partial).and_then(|f| f.sync_all()).map_err(|e| failed(e.to_string()))?;
    std::fs::rename(&partial, &path).map_err(|e| failed(e.to_string()))?;
    for old in list(dir).into_iter().filter(|b| kind.matches(&b.tag)).skip(kind.keep()) {
        let _ = std::fs::remove_file(old.path);
    }
    let modified = std::fs::metadata(&path).and_then(|m| m.modified()).unwrap_or_else(|_| SystemTime::now());
    Ok(BackupInfo { path, tag: kind.tag(), modified })
}

fn marker(db: &Path) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(".checked");
    db.with_file_name(name)
}

/// Whether the last passed integrity check of `db` is more than a day old (or never ran).
pub fn integrity_check_due(db: &Path) -> bool {
    std::fs::metadata(marker(db))
        .and_then(|m| m.modified())
        .map(|t| SystemTime::now().duration_since(t).unwrap_or_default() > Duration::from_secs(24 * 3600))
        .unwrap_or(true)
}

/// Notes that `db` passed an integrity check now.
pub fn record_integrity_check(db: &Path) {
    let _ = std::fs::write(marker(db), chrono::Local::now().to_rfc3339());
}
