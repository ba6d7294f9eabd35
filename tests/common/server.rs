//! A clinic server for tests: a fresh, empty database on the PostgreSQL server the environment
//! names (`PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD` as `pg_virtualenv` sets them, which
//! `.ci/run` uses), and the switch that runs a store suite on the server instead of SQLite
//! (`FORCETRACK_TEST_BACKEND=server`).

use std::sync::atomic::{AtomicU32, Ordering};

/// The file in a test's data folder that names the server its clinic is on (the binary run
/// on that folder is pointed at it).
pub const URL_FILE: &str = "test-server-url";

/// A throwaway database on the test server, dropped with this value.
pub struct TestDatabase {
    /// The address a station uses (`postgresql://LOGIN@HOST:PORT/NAME`).
    pub url: String,
    name: String,
    admin: String,
}

impl TestDatabase {
    /// The database's name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Ok(mut admin) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}

/// The test server's address for database `name`, from the environment.
fn server_url(name: &str) -> Option<String> {
    let host = std::env::var("PGHOST").ok()?;
    let port = std::env::var("PGPORT").unwrap_or_else(|_| "5432".into());
    let user = std::env::var("PGUSER").unwrap_or_else(|_| "postgres".into());
    Some(format!("postgresql://{user}@{host}:{port}/{name}"))
}

/// Whether a test must fail rather than skip when no server is there (CI sets it).
fn server_required() -> bool {
    std::env::var_os("FORCETRACK_REQUIRE_SERVER").is_some()
}

/// A fresh, empty database on the test server, or `None` with the reason printed when the
/// environment names no server (a user's machine without PostgreSQL).
pub fn test_database() -> Option<TestDatabase> {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let Some(admin) = server_url(&std::env::var("PGDATABASE").unwrap_or_else(|_| "postgres".into())) else {
        assert!(!server_required(), "FORCETRACK_REQUIRE_SERVER is set but PGHOST names no server");
        eprintln!("skipping: no PostgreSQL server (set PGHOST, PGPORT, PGUSER, PGPASSWORD; .ci/run starts one)");
        return None;
    };
    let admin_with_password = match std::env::var("PGPASSWORD") {
        Ok(p) => format!("{admin} password={p}"),
        Err(_) => admin.clone(),
    };
    let config = admin_config(&admin_with_password);
    let mut client = match config.connect(postgres::NoTls) {
        Ok(c) => c,
        Err(e) => {
            assert!(!server_required(), "the test server {admin} cannot be reached: {e}");
            eprintln!("skipping: the PostgreSQL server {admin} cannot be reached ({e})");
            return None;
        }
    };
    let name = format!("forcetrack_test_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    client.batch_execute(&format!("CREATE DATABASE {name}")).expect("a test database");
    Some(TestDatabase { url: server_url(&name).unwrap(), name, admin: admin_with_password })
}

fn admin_config(url: &str) -> postgres::Config {
    let (url, password) = url.split_once(" password=").map_or((url, None), |(u, p)| (u, Some(p)));
    let mut config: postgres::Config = url.parse().expect("the test server's address");
    if let Some(p) = password {
        config.password(p);
    }
    config
}

/// Whether the store suites run on the clinic server (`FORCETRACK_TEST_BACKEND=server`).
pub fn on_server() -> bool {
    std::env::var("FORCETRACK_TEST_BACKEND").is_ok_and(|b| b == "server")
}

/// For a test of the SQLite file itself (its migrations, damage, backups, two processes on
/// one file): `true`, with the reason printed, when the suite runs on the server.
pub fn sqlite_only(what: &str) -> bool {
    if on_server() {
        eprintln!("skipping on the clinic server: {what} is the SQLite file's");
        return true;
    }
    false
}
