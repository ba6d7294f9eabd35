//! The clinic database (SQLite): schema and migrations, typed queries, the recording journal,
//! backups. This module is the only code that speaks SQL; everything else calls its functions.
//!
//! One database file per data folder (`forcetrack.sqlite`; the app's demo clinic is a data
//! folder of its own, see [`paths::demo_dir`]),
//! WAL mode, foreign keys on, full sync on commit (a power cut loses nothing committed), a busy
//! timeout so that several processes can share the file.

mod athletes;
mod backup;
pub mod blob;
pub mod db;
mod deleted;
mod describe;
mod journal;
pub mod paths;
mod rows;
mod schema;
pub mod server;
mod server_schema;
mod settings;
mod signoffs;
mod sqlite;
mod trials;
mod versions;
mod visits;
mod words;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

pub use db::{Db, DbError, Row};
pub use server::{ServerAddress, ServerProblem};
pub use server_schema::{BACKUP_ADVICE, check_version as check_server_version};
use sqlite::{attach_journal, configure};

pub use athletes::AthleteRow;
pub use backup::{BackupInfo, BackupKind};
pub use deleted::{DeletedVisit, KEEP_DELETED_DAYS, tests_text, trials_text};
pub use journal::{JournalMeta, JournalWriter, SavedTrial, UnfinishedRecording, VisitFor};
pub use rows::DamagedRow;
pub use schema::{latest_version, migrations};
pub use trials::{CacheWriter, DamagedTrial, NewTrial};
pub use versions::{Conflict, RowVersion, Versioned};

/// File name of the clinic database in a data folder.
pub const CLINIC_DB: &str = "forcetrack.sqlite";

/// How long a write waits for another connection's write lock before it fails as busy.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// What went wrong with the database, in words a clinician can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create the data folder {path}: {source}")]
    DataDir { path: PathBuf, source: std::io::Error },
    #[error("cannot open the database {path}: {source}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error(
        "the database {path} is damaged ({detail}). Copy it somewhere safe, then restore the newest \
         backup from {backups}"
    )]
    Damaged { path: PathBuf, detail: String, backups: PathBuf },
    #[error("the database {path} was written by a newer ForceTrack (schema {found}; this program knows up to {known})")]
    TooNew { path: PathBuf, found: i64, known: i64 },
    #[error("cannot back up the database to {path}: {detail}")]
    Backup { path: PathBuf, detail: String },
    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: i64 },
    #[error("{0}")]
    Invalid(String),
    #[error("stored data cannot be read: {0}")]
    Corrupt(String),
    #[error("trial {trial}: its stored samples are damaged ({detail})")]
    DamagedSamples { trial: i64, detail: String },
    /// A save refused because another station (or window) changed the row since it was read.
    #[error("{0}")]
    Conflict(Conflict),
    /// A row with a cell that cannot be read, named.
    #[error("{0}")]
    DamagedRow(DamagedRow),
    /// The clinic server cannot be used: unreachable, refused, wrong password, certificate,
    /// or a schema of another version.
    #[error("{0}")]
    Server(#[from] ServerProblem),
    #[error("database error: {0}")]
    Sql(#[from] DbError),
}

impl StoreError {
    /// The clinic server could not be reached or the connection to it was lost (not a refusal
    /// of what was asked): what was being saved can wait on this station and be sent later.
    pub fn is_server_unreachable(&self) -> bool {
        match self {
            StoreError::Server(_) => true,
            StoreError::Sql(DbError::Server(e)) => e.is_closed() || e.as_db_error().is_none(),
            StoreError::Sql(DbError::Offline) => true,
            _ => false,
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sql(DbError::Local(e))
    }
}

impl From<blob::BlobError> for StoreError {
    fn from(e: blob::BlobError) -> Self {
        StoreError::Corrupt(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// When to run `PRAGMA integrity_check` on open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntegrityCheck {
    /// Every open.
    Always,
    /// When the last passed check is older than a day (the default: a full check reads every
    /// page, which takes seconds on a database of many years).
    Daily,
    Never,
}

/// An open clinic database.
pub struct Store {
    /// The clinic's record: its SQLite file, or its server.
    conn: Db,
    /// On a server: this station's own recording journal (a local SQLite file, attached as
    /// `journal` to an empty in-memory database). On SQLite the journal is attached to `conn`.
    local: Option<Db>,
    /// The clinic server, when the record is on one.
    server: Option<ServerAddress>,
    path: PathBuf,
    backups: PathBuf,
    /// Whether the integrity check ran when this database was opened.
    checked: bool,
    /// Rows the readers left out because they cannot be read ([`Store::reading`]).
    damaged: std::cell::RefCell<Vec<DamagedRow>>,
}

/// The recording journal's database beside a clinic database (`x.sqlite` -> `x.recordings.sqlite`).
pub fn journal_path(db: &Path) -> PathBuf {
    db.with_extension("recordings.sqlite")
}

impl Store {
    /// Opens the clinic's record: the clinic server this process was told to use
    /// ([`use_server`]), or else the clinic database of a data folder (created if needed). On a
    /// server, the data folder keeps this station's recording journal.
    pub fn open(data_dir: &Path) -> Result<Store> {
        match clinic_server() {
            Some(server) => Store::connect(&server, data_dir),
            None => Store::open_named(data_dir, CLINIC_DB, IntegrityCheck::Daily),
        }
    }

    /// Opens the record of `data_dir`: its clinic file, or the clinic server `server` (the
    /// data folder then keeps this station's journal).
    pub fn open_at(data_dir: &Path, server: Option<&ServerAddress>) -> Result<Store> {
        match server {
            Some(server) => Store::connect(server, data_dir),
            None => Store::open_named(data_dir, CLINIC_DB, IntegrityCheck::Daily),
        }
    }

    /// Connects to the clinic server; refused when its schema is not this program's (the
    /// server is never migrated by connecting). The recording journal stays in `data_dir`.
    pub fn connect(server: &ServerAddress, data_dir: &Path) -> Result<Store> {
        let conn = Db::Server(Box::new(db::ServerConn::new(server.connect()?)));
        server_schema::check_version(server_schema::version(&conn)?, &server.to_string())?;
        Store::on_server(conn, server, data_dir)
    }

    /// For the recording journal of a station: connected to the clinic server if it answers,
    /// else not yet (the journal is local, so recording goes on; finished trials wait and are
    /// sent once [`Store::reconnect`] succeeds).
    pub fn connect_when_reachable(server: &ServerAddress, data_dir: &Path) -> Result<Store> {
        match Store::connect(server, data_dir) {
            Err(e) if e.is_server_unreachable() => {
                Store::on_server(Db::Server(Box::new(db::ServerConn::offline())), server, data_dir)
            }
            other => other,
        }
    }

    fn on_server(conn: Db, server: &ServerAddress, data_dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(data_dir).map_err(|source| StoreError::DataDir { path: data_dir.into(), source })?;
        // The journal: a local file, attached to an empty in-memory database so that its
        // statements are the same as beside a clinic file.
        let path = data_dir.join(format!("{}.sqlite", server.local_name()));
        let local = Connection::open_in_memory()?;
        local.busy_timeout(BUSY_TIMEOUT)?;
        attach_journal(&local, &path)?;
        let store = Store {
            conn,
            local: Some(Db::Sqlite(local)),
            server: Some(server.clone()),
            path,
            backups: paths::backups_dir(data_dir),
            checked: false,
            damaged: Default::default(),
        };
        if !store.conn.connection_lost() {
            server_schema::station_seen(&store.conn)?;
        }
        Ok(store)
    }

    /// Creates ForceTrack's record on an empty database of a clinic server.
    pub fn init_server(server: &ServerAddress) -> Result<()> {
        let conn = Db::Server(Box::new(db::ServerConn::new(server.connect()?)));
        server_schema::init(&conn)
    }

    /// The schema version of a clinic server's database (0: none yet), without checking it.
    pub fn server_version(server: &ServerAddress) -> Result<i64> {
        let conn = Db::Server(Box::new(db::ServerConn::new(server.connect()?)));
        server_schema::version(&conn)
    }

    /// Upgrades a clinic server's schema to this program's: (from, to), or `None` when it is
    /// this program's already.
    pub fn migrate_server(server: &ServerAddress) -> Result<Option<(i64, i64)>> {
        let conn = Db::Server(Box::new(db::ServerConn::new(server.connect()?)));
        server_schema::migrate(&conn)
    }

    /// On a clinic server whose connection was lost: connects again (nothing to do otherwise,
    /// or while the connection stands).
    pub fn reconnect(&mut self) -> Result<()> {
        let Some(server) = &self.server else { return Ok(()) };
        if !self.conn.connection_lost() {
            return Ok(());
        }
        let conn = Db::Server(Box::new(db::ServerConn::new(server.connect()?)));
        server_schema::check_version(server_schema::version(&conn)?, &server.to_string())?;
        self.conn = conn;
        Ok(())
    }

    /// Whether the record is a clinic server whose connection was lost.
    pub fn connection_lost(&self) -> bool {
        self.conn.connection_lost()
    }

    /// The stations that have used this server: (station, login, program version, last seen).
    pub fn stations(&self) -> Result<Vec<(String, String, String, String)>> {
        let rows = self.conn.query_map(
            "SELECT station, login, program_version, to_char(last_seen, 'YYYY-MM-DD HH24:MI') \
             FROM forcetrack_stations ORDER BY last_seen DESC",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Opens the database file `name` in `data_dir`, migrating it to the latest schema (with a
    /// backup first) and checking its integrity as `check` says.
    pub fn open_named(data_dir: &Path, name: &str, check: IntegrityCheck) -> Result<Store> {
        std::fs::create_dir_all(data_dir).map_err(|source| StoreError::DataDir { path: data_dir.into(), source })?;
        let path = data_dir.join(name);
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open { path: path.clone(), source })?;
        let backups = paths::backups_dir(data_dir);
        configure(&conn, &path)?;
        let mut store = Store {
            conn: Db::Sqlite(conn),
            local: None,
            server: None,
            path,
            backups,
            checked: false,
            damaged: Default::default(),
        };
        store.check_integrity(check)?;
        store.migrate()?;
        Ok(store)
    }

    /// The SQLite connection of a one-computer clinic (`None` on a server).
    fn sqlite(&self) -> Option<&Connection> {
        self.conn.sqlite()
    }

    /// The connection that holds the recording journal (attached as `journal`).
    fn journal_db(&self) -> &Db {
        self.local.as_ref().unwrap_or(&self.conn)
    }

    /// The recording journal's connection (always a local SQLite file).
    fn journal_conn(&self) -> Result<&Connection> {
        self.journal_db()
            .sqlite()
            .ok_or_else(|| StoreError::Invalid("the recording journal is not a local SQLite file".into()))
    }

    /// The clinic server, when the record is on one.
    pub fn server(&self) -> Option<&ServerAddress> {
        self.server.as_ref()
    }

    /// For a connection that only appends (the recording journal): no memory map and a 2 MB page
    /// cache, so a long recording's pages do not stay in this process's memory twice (the
    /// recording holds its samples already).
    pub fn use_small_cache(&self) -> Result<()> {
        self.journal_db().execute_batch("PRAGMA mmap_size = 0; PRAGMA cache_size = -2048;")?;
        Ok(())
    }

    /// Path of the database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where the clinic's record is, in words: its database file, or the clinic server.
    pub fn location(&self) -> String {
        match &self.server {
            Some(server) => format!("the clinic server {server}"),
            None => self.path.display().to_string(),
        }
    }

    /// Folder of the backups.
    pub fn backups_dir(&self) -> &Path {
        &self.backups
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        match &self.conn {
            Db::Sqlite(c) => Ok(c.query_row("PRAGMA user_version", [], |r| r.get(0))?),
            Db::Server(_) => server_schema::version(&self.conn),
        }
    }

    /// Runs `PRAGMA integrity_check` when `check` says so; a failure is [`StoreError::Damaged`].
    pub fn check_integrity(&mut self, check: IntegrityCheck) -> Result<()> {
        let due = match check {
            IntegrityCheck::Always => true,
            IntegrityCheck::Never => false,
            IntegrityCheck::Daily => backup::integrity_check_due(&self.path),
        };
        let Some(conn) = self.conn.sqlite() else {
            // The server checks its own pages (and its administrator's backups do).
            return Ok(());
        };
        if !due {
            return Ok(());
        }
        let problems: Vec<String> = {
            let mut stmt = conn.prepare("PRAGMA integrity_check")?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            rows.collect::<std::result::Result<_, _>>().map_err(|e| StoreError::Damaged {
                path: self.path.clone(),
                detail: e.to_string(),
                backups: self.backups.clone(),
            })?
        };
        // A cell outside its column's check or a missing one ("CHECK constraint failed in
        // trials", "NULL value in visits.date_time": written past the schema) is a row's damage,
        // not the file's: the readers leave such a row out and name it (`rows.rs`). Damage to the
        // pages themselves refuses the database.
        let row_level = |p: &String| p.starts_with("CHECK constraint failed in ") || p.starts_with("NULL value in ");
        if problems != ["ok"] && !problems.iter().all(row_level) {
            return Err(StoreError::Damaged {
                path: self.path.clone(),
                detail: problems.into_iter().take(3).collect::<Vec<_>>().join("; "),
                backups: self.backups.clone(),
            });
        }
        backup::record_integrity_check(&self.path);
        self.checked = true;
        Ok(())
    }

    /// Whether the integrity check of the pages ran when this database was opened (daily). The
    /// check of every trial's samples that complements it ([`Store::damaged_trials`], seconds
    /// on a large clinic) is then run by the caller on a connection of its own, off the path of
    /// opening.
    pub fn integrity_checked(&self) -> bool {
        self.checked
    }

    fn migrate(&mut self) -> Result<()> {
        let known = schema::latest_version();
        let found = self.schema_version()?;
        if found > known {
            return Err(StoreError::TooNew { path: self.path.clone(), found, known });
        }
        if found == known {
            return Ok(());
        }
        if found > 0 {
            self.backup(BackupKind::BeforeMigration { from: found, to: known })?;
        }
        let Db::Sqlite(conn) = &mut self.conn else {
            return Err(StoreError::Invalid("a clinic server is migrated only by `forcetrack server migrate`".into()));
        };
        // Two processes may open an old database at once: the write lock decides who migrates.
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (from, sql) in schema::MIGRATIONS.iter().enumerate().skip(current as usize) {
            tx.execute_batch(sql)?;
            tx.execute_batch(&format!("PRAGMA user_version = {}", from + 1))?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Copies the database (a consistent snapshot, even while in use) into the backups folder
    /// and keeps the newest copies of that kind.
    pub fn backup(&self, kind: BackupKind) -> Result<BackupInfo> {
        match &self.conn {
            Db::Sqlite(c) => backup::backup(c, &self.backups, kind),
            Db::Server(_) => Err(StoreError::Invalid(server_schema::BACKUP_ADVICE.into())),
        }
    }

    /// Takes the scheduled backup if the last one is older than `every`.
    pub fn scheduled_backup(&self, every: Duration) -> Result<Option<BackupInfo>> {
        if self.server.is_some() {
            return Ok(None);
        }
        if backup::newest(&self.backups, BackupKind::Scheduled).is_some_and(|b| b.age() < every) {
            return Ok(None);
        }
        self.backup(BackupKind::Scheduled).map(Some)
    }

    /// Backups present, newest first.
    pub fn backups(&self) -> Vec<BackupInfo> {
        backup::list(&self.backups)
    }

    /// The clinic database's `synchronous` level on this connection: 2 (`FULL`, every commit
    /// waits for the disk) except inside an analysis-cache write.
    pub fn synchronous_level(&self) -> Result<i64> {
        match &self.conn {
            Db::Sqlite(c) => Ok(c.query_row("PRAGMA main.synchronous", [], |r| r.get(0))?),
            // Every commit on the server waits for its disk (synchronous_commit = on).
            Db::Server(_) => Ok(2),
        }
    }

    /// A number that changes whenever another connection (another process, or this one's
    /// journal thread) commits to the clinic database (`PRAGMA data_version`): the app asks it
    /// every few seconds to see what other processes saved.
    pub fn changes_by_others(&self) -> Result<i64> {
        match &self.conn {
            Db::Sqlite(c) => Ok(c.query_row("PRAGMA main.data_version", [], |r| r.get(0))?),
            Db::Server(_) => server_schema::changes(&self.conn),
        }
    }

    /// Rows in a table (for tests and summaries).
    pub fn count(&self, table: &str) -> Result<i64> {
        if !table.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return Err(StoreError::Invalid(format!("bad table name {table}")));
        }
        let db = if table.starts_with("journal_") { self.journal_db() } else { &self.conn };
        Ok(db.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    }

    /// The schema in a stable order (to compare databases): SQLite's own SQL, or on a clinic
    /// server its [`Store::schema_description`].
    pub fn schema_sql(&self) -> Result<Vec<String>> {
        if let Db::Server(_) = &self.conn {
            // The server's schema as the same description both backends give.
            return self.schema_description();
        }
        let rows = self.conn.query_map(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name",
            [],
            |r| r.get::<_, String>(0),
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Runs `f` in one transaction: all of it is committed, or none of it. On a server the
    /// transaction is SERIALIZABLE, and one refused because another station touched the same
    /// rows at the same moment is run again from its start (up to 5 times).
    pub fn transaction<T, E: From<StoreError>>(
        &mut self,
        mut f: impl FnMut(&Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            self.conn.take_serialization_failure();
            self.conn.begin().map_err(StoreError::from)?;
            match f(self) {
                Ok(v) => match self.conn.commit() {
                    Ok(()) => return Ok(v),
                    Err(e) => {
                        self.conn.rollback();
                        if !(e.is_serialization_failure() && attempt < 5) {
                            return Err(StoreError::from(e).into());
                        }
                    }
                },
                Err(e) => {
                    self.conn.rollback();
                    if !(self.conn.take_serialization_failure() && attempt < 5) {
                        return Err(e);
                    }
                }
            }
            std::thread::sleep(Duration::from_millis(20 * attempt));
        }
    }

    /// Inside a transaction: check foreign keys at commit rather than per row (for loading
    /// tables that refer to each other).
    pub fn defer_foreign_keys(&self) -> Result<()> {
        match &self.conn {
            Db::Sqlite(c) => c.execute_batch("PRAGMA defer_foreign_keys = ON")?,
            Db::Server(_) => self.conn.execute_batch("SET CONSTRAINTS ALL DEFERRED")?,
        }
        Ok(())
    }
}

/// The clinic server this process uses for its record (`--server`, `FORCETRACK_SERVER`, or
/// the station's setting): every [`Store::open`] of this process connects to it.
static CLINIC_SERVER: std::sync::RwLock<Option<ServerAddress>> = std::sync::RwLock::new(None);

/// Makes [`Store::open`] connect to `server` (or, with `None`, open the data folder's file).
pub fn use_server(server: Option<ServerAddress>) {
    *CLINIC_SERVER.write().unwrap_or_else(|e| e.into_inner()) = server;
}

/// The clinic server this process uses, if any.
pub fn clinic_server() -> Option<ServerAddress> {
    CLINIC_SERVER.read().unwrap_or_else(|e| e.into_inner()).clone()
}

/// Reads an optional row.
fn optional<T>(r: db::DbResult<T>) -> Result<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_no_rows() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// A number read from a column with a check in the schema, if `plausible` holds of it (a value
/// written past the check is a damaged row, named by the reader).
fn checked<T: Copy + ToString>(
    column: &str,
    value: Option<T>,
    plausible: impl Fn(T) -> bool,
) -> rusqlite::Result<Option<T>> {
    match value {
        Some(v) if !plausible(v) => Err(rows::bad_cell(column, &v.to_string())),
        other => Ok(other),
    }
}

/// A text column parsed by `parse`, with the column and the value found in the error (a row
/// reader names the row: [`DamagedRow`]).
fn parse_text<T>(column: &str, text: &str, parse: impl Fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    parse(text).ok_or_else(|| rows::bad_cell(column, text))
}
