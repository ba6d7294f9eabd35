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

/// A loopback TCP relay in front of the test server, to take the server away from a station
/// and give it back, or to lose the server's answer to a COMMIT it carried out.
pub struct Relay {
    pub port: u16,
    state: std::sync::Arc<RelayState>,
}

#[derive(Default)]
struct RelayState {
    /// Connections are refused and the open ones closed.
    cut: std::sync::atomic::AtomicBool,
    /// After the next COMMIT a client sends, the server's answers are dropped and the
    /// connection closed (the server committed; the station never hears it).
    lose_commit_answer: std::sync::atomic::AtomicBool,
    /// Goes up at each cut, so connections opened before it end.
    epoch: std::sync::atomic::AtomicU64,
}

impl Relay {
    /// A relay to the test server's host and port (`PGHOST`, `PGPORT`).
    pub fn start() -> Relay {
        use std::net::{TcpListener, TcpStream};
        use std::sync::atomic::Ordering::SeqCst;
        let host = std::env::var("PGHOST").unwrap_or_else(|_| "localhost".into());
        let port: u16 = std::env::var("PGPORT").ok().and_then(|p| p.parse().ok()).unwrap_or(5432);
        let target = format!("{host}:{port}");
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let relay_port = listener.local_addr().unwrap().port();
        let state = std::sync::Arc::new(RelayState::default());
        let shared = state.clone();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                if shared.cut.load(SeqCst) {
                    drop(client);
                    continue;
                }
                let Ok(server) = TcpStream::connect(&target) else { continue };
                let epoch = shared.epoch.load(SeqCst);
                let (c2, s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
                let (up, down) = (shared.clone(), shared.clone());
                // This connection's answers are being dropped (a COMMIT's, until it ends).
                let dropping = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
                let dropping_down = dropping.clone();
                // Station -> server, watching for a COMMIT.
                std::thread::spawn(move || pump(client, server, &up, epoch, true, &dropping));
                // Server -> station.
                std::thread::spawn(move || pump(s2, c2, &down, epoch, false, &dropping_down));
            }
        });
        Relay { port: relay_port, state }
    }

    /// `url` (a test database's address) through this relay.
    pub fn url(&self, url: &str) -> String {
        let host = std::env::var("PGHOST").unwrap_or_else(|_| "localhost".into());
        let port = std::env::var("PGPORT").unwrap_or_else(|_| "5432".into());
        url.replacen(&format!("@{host}:{port}/"), &format!("@127.0.0.1:{}/", self.port), 1)
    }

    /// The server goes away: open connections close, new ones are refused.
    pub fn cut(&self) {
        use std::sync::atomic::Ordering::SeqCst;
        self.state.cut.store(true, SeqCst);
        self.state.epoch.fetch_add(1, SeqCst);
    }

    /// The server is back.
    pub fn resume(&self) {
        self.state.cut.store(false, std::sync::atomic::Ordering::SeqCst);
    }

    /// The next COMMIT is carried out by the server, and its answer lost with the connection.
    pub fn lose_next_commit_answer(&self) {
        self.state.lose_commit_answer.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

fn pump(
    mut from: std::net::TcpStream,
    mut to: std::net::TcpStream,
    state: &RelayState,
    epoch: u64,
    up: bool,
    dropping: &std::sync::atomic::AtomicBool,
) {
    use std::io::{Read, Write};
    use std::sync::atomic::Ordering::SeqCst;
    from.set_read_timeout(Some(std::time::Duration::from_millis(50))).unwrap();
    let mut buf = vec![0u8; 64 * 1024];
    let mut drop_answers_after_commit = false;
    loop {
        if state.epoch.load(SeqCst) != epoch {
            break;
        }
        match from.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                if up && state.lose_commit_answer.load(SeqCst) && buf[..n].windows(6).any(|w| w == b"COMMIT") {
                    state.lose_commit_answer.store(false, SeqCst);
                    dropping.store(true, SeqCst);
                    drop_answers_after_commit = true;
                }
                if !up && dropping.load(SeqCst) {
                    continue;
                }
                if to.write_all(&buf[..n]).is_err() {
                    break;
                }
                if drop_answers_after_commit {
                    // Give the server time to commit, then end this connection unanswered.
                    std::thread::sleep(std::time::Duration::from_millis(300));
                    break;
                }
            }
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
            Err(_) => break,
        }
    }
    let _ = from.shutdown(std::net::Shutdown::Both);
    let _ = to.shutdown(std::net::Shutdown::Both);
}
