//! The SQLite file of a one-computer clinic: its connection's settings (WAL, full sync, foreign
//! keys, the recording journal attached beside it), waiting out another connection's lock.

use std::path::Path;
use std::time::Duration;

use rusqlite::Connection;

use super::{BUSY_TIMEOUT, Result, StoreError, journal_path, schema};

/// `f` again every 20 ms while SQLite answers "busy" or "locked" without waiting (as it does
/// when two connections set up one new file together), for up to 10 s.
fn retry_while_busy<T>(mut f: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
    let until = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        match f() {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(e.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
                    && std::time::Instant::now() < until =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// WAL mode, full sync, foreign keys and the recording journal attached, on a clinic database
/// connection (`path`: its file).
pub(super) fn configure(conn: &Connection, path: &Path) -> Result<()> {
    let wrap = |source| StoreError::Open { path: path.to_path_buf(), source };
    conn.busy_timeout(BUSY_TIMEOUT).map_err(wrap)?;
    // Another connection may be creating or switching the file to WAL at this moment (the
    // app's worker and its journal open one clinic together): SQLite answers "busy" there
    // without waiting, so the switch is retried for as long as the busy timeout.
    let mode: String =
        retry_while_busy(|| conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))).map_err(wrap)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Invalid(format!("{} cannot use WAL mode (got {mode})", path.display())));
    }
    // The recording journal: a database file of its own (its commits never wait for this
    // database's write lock), attached as `journal`.
    attach_journal(conn, path)?;
    // Memory-mapped reads and a 64 MB page cache: reading a history touches many blobs.
    conn.execute_batch(
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; \
             PRAGMA mmap_size = 4294967296; PRAGMA cache_size = -65536;",
    )
    .map_err(wrap)?;
    Ok(())
}

/// Attaches the recording journal beside the clinic database `path` (its own file, in WAL mode,
/// every commit synced) as `journal`, creating its tables when missing.
pub(super) fn attach_journal(conn: &Connection, path: &Path) -> Result<()> {
    let wrap = |source| StoreError::Open { path: path.to_path_buf(), source };
    let journal = journal_path(path);
    conn.execute("ATTACH DATABASE ?1 AS journal", [journal.to_string_lossy()])
        .map_err(|source| StoreError::Open { path: journal.clone(), source })?;
    let mode: String =
        retry_while_busy(|| conn.query_row("PRAGMA journal.journal_mode = WAL", [], |r| r.get(0))).map_err(wrap)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Invalid(format!("{} cannot use WAL mode (got {mode})", journal.display())));
    }
    conn.execute_batch(&format!("PRAGMA journal.synchronous = FULL; {}", schema::JOURNAL_SCHEMA))
        .map_err(|source| StoreError::Open { path: journal, source })?;
    // A finished trial waiting for the clinic server (journals written before it had none).
    let has_waiting: bool = conn
        .query_row(
            "SELECT count(*) > 0 FROM pragma_table_info('journal_recordings', 'journal') WHERE name = 'waiting'",
            [],
            |r| r.get(0),
        )
        .map_err(wrap)?;
    if !has_waiting {
        conn.execute_batch("ALTER TABLE journal.journal_recordings ADD COLUMN waiting TEXT").map_err(wrap)?;
    }
    Ok(())
}
