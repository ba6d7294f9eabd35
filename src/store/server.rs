//! The clinic server: its address, how a station connects to it (TLS with the server's
//! certificate checked, except on this computer; the password from the environment or a
//! PostgreSQL password file, never from the prefs), and a failed connection in words a
//! clinician can act on.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use i18n_embed::fluent::FluentLanguageLoader;

use crate::fl_in;

/// How long a station waits for the server to answer a connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Where the clinic server is and how to reach it: a PostgreSQL URL,
/// `postgresql://LOGIN@HOST[:PORT]/DATABASE[?sslrootcert=CA.pem][&sslmode=disable]`.
#[derive(Clone)]
pub struct ServerAddress {
    config: postgres::Config,
    /// The address as given, without a password.
    shown: String,
    /// The server's CA certificate (PEM), to check its certificate against.
    ca_file: Option<PathBuf>,
    /// TLS turned off by the clinic (`sslmode=disable`).
    tls_off: bool,
}

impl std::fmt::Debug for ServerAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

impl std::fmt::Display for ServerAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

/// Why a station could not use the server: in a catalogue's language by
/// [`ServerProblem::text`] (the app's screens), in English by `Display` (the command line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerProblem {
    /// An address that is not a PostgreSQL URL.
    NotAnAddress { address: String },
    /// An `sslmode` this program does not know.
    UnknownSslMode { mode: String },
    /// A PostgreSQL URL that cannot be read.
    AddressUnreadable { address: String, detail: String },
    /// An address without a database.
    AddressNoDatabase { address: String },
    /// A server on another computer, without the CA certificate to check its certificate with.
    NeedsCaFile { host: String },
    /// The CA certificate file cannot be read.
    CaFile { file: PathBuf, detail: String },
    /// The CA certificate file holds no certificate.
    CaFileEmpty { file: PathBuf },
    /// The connection failed.
    Connection { server: String, failure: Failure },
    /// A database without ForceTrack's record.
    NoRecord { server: String },
    /// The server's schema is older than this program's.
    Older { server: String, found: i64, known: i64 },
    /// The server's schema is newer than this program's.
    Newer { server: String, found: i64, known: i64 },
    /// What only the command line's server commands meet (`server init`, `server migrate`),
    /// in English.
    Other(String),
}

impl ServerProblem {
    /// The problem in `tr`'s language. Addresses, file paths, commands and what the server or
    /// the network said stay as they are.
    pub fn text(&self, tr: &FluentLanguageLoader) -> String {
        match self {
            ServerProblem::NotAnAddress { address } => {
                fl_in!(tr, "server-error-not-an-address", address = address.as_str())
            }
            ServerProblem::UnknownSslMode { mode } => fl_in!(tr, "server-error-sslmode", mode = mode.as_str()),
            ServerProblem::AddressUnreadable { address, detail } => {
                fl_in!(tr, "server-error-address-unreadable", address = address.as_str(), detail = detail.as_str())
            }
            ServerProblem::AddressNoDatabase { address } => {
                fl_in!(tr, "server-error-address-no-database", address = address.as_str())
            }
            ServerProblem::NeedsCaFile { host } => fl_in!(tr, "server-error-needs-ca-file", host = host.as_str()),
            ServerProblem::CaFile { file, detail } => {
                fl_in!(tr, "server-error-ca-file", file = file.display().to_string(), detail = detail.as_str())
            }
            ServerProblem::CaFileEmpty { file } => {
                fl_in!(tr, "server-error-ca-file-empty", file = file.display().to_string())
            }
            ServerProblem::Connection { server, failure } => {
                fl_in!(tr, "server-error-connection", server = server.as_str(), problem = failure.text(tr))
            }
            ServerProblem::NoRecord { server } => fl_in!(
                tr,
                "server-error-no-record",
                server = server.as_str(),
                command = format!("forcetrack server init --server {server}")
            ),
            ServerProblem::Older { server, found, known } => fl_in!(
                tr,
                "server-error-older",
                server = server.as_str(),
                found = found.to_string(),
                known = known.to_string(),
                command = format!("forcetrack server migrate --server {server}")
            ),
            ServerProblem::Newer { server, found, known } => fl_in!(
                tr,
                "server-error-newer",
                server = server.as_str(),
                found = found.to_string(),
                known = known.to_string()
            ),
            ServerProblem::Other(text) => text.clone(),
        }
    }
}

impl std::fmt::Display for ServerProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(super::words::english()))
    }
}

impl std::error::Error for ServerProblem {}

/// Why a connection to the server or a statement on it failed ([`failure`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    WrongPassword,
    /// The server does not let this login in: what it said.
    LoginRefused(String),
    NoSuchDatabase(String),
    /// This login may not do that: what the server said.
    NotAllowed(String),
    /// Another station changed the same rows at the same moment (SERIALIZABLE).
    ChangedMeanwhile,
    CertificateNotAccepted(String),
    Refused,
    NoAnswer,
    NoSuchHost,
    Unreachable(String),
    PasswordMissing,
    ConnectionLost,
    /// What the server or the client library said, as it said it.
    Said(String),
}

impl Failure {
    /// The failure in `tr`'s language ("refused the connection (...)"), the server its subject.
    pub fn text(&self, tr: &FluentLanguageLoader) -> String {
        match self {
            Failure::WrongPassword => fl_in!(tr, "server-error-wrong-password"),
            Failure::LoginRefused(d) => fl_in!(tr, "server-error-login-refused", detail = d.as_str()),
            Failure::NoSuchDatabase(d) => fl_in!(tr, "server-error-no-such-database", detail = d.as_str()),
            Failure::NotAllowed(d) => fl_in!(tr, "server-error-not-allowed", detail = d.as_str()),
            Failure::ChangedMeanwhile => fl_in!(tr, "server-error-changed-meanwhile"),
            Failure::CertificateNotAccepted(d) => fl_in!(tr, "server-error-certificate", detail = d.as_str()),
            Failure::Refused => fl_in!(tr, "server-error-refused"),
            Failure::NoAnswer => fl_in!(tr, "server-error-no-answer"),
            Failure::NoSuchHost => fl_in!(tr, "server-error-no-such-host"),
            Failure::Unreachable(d) => fl_in!(tr, "server-error-unreachable", detail = d.as_str()),
            Failure::PasswordMissing => fl_in!(tr, "server-error-password-missing"),
            Failure::ConnectionLost => fl_in!(tr, "server-error-connection-lost"),
            Failure::Said(text) => text.clone(),
        }
    }
}

impl ServerAddress {
    /// Reads an address. The password comes from the URL only for scripts that insist; a
    /// station reads it from `PGPASSWORD` or the password file ([`password_from_file`]).
    pub fn parse(url: &str) -> Result<ServerAddress, ServerProblem> {
        let url = url.trim();
        if !(url.starts_with("postgresql://") || url.starts_with("postgres://")) {
            return Err(ServerProblem::NotAnAddress { address: url.to_string() });
        }
        let (base, query) = url.split_once('?').unwrap_or((url, ""));
        let mut kept = Vec::new();
        let mut ca_file = None;
        let mut tls_off = false;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "sslrootcert" => ca_file = Some(PathBuf::from(value)),
                "sslmode" => match value {
                    "disable" => tls_off = true,
                    "require" | "verify-full" | "verify-ca" | "prefer" => {}
                    other => return Err(ServerProblem::UnknownSslMode { mode: other.to_string() }),
                },
                _ => kept.push(pair),
            }
        }
        let config_url = if kept.is_empty() { base.to_string() } else { format!("{base}?{}", kept.join("&")) };
        let mut config = postgres::Config::from_str(&config_url)
            .map_err(|e| ServerProblem::AddressUnreadable { address: url.to_string(), detail: e.to_string() })?;
        if config.get_hosts().is_empty() {
            config.host("localhost");
        }
        if config.get_dbname().is_none() {
            return Err(ServerProblem::AddressNoDatabase { address: url.to_string() });
        }
        if config.get_user().is_none() {
            let login = std::env::var("PGUSER").ok().or_else(|| std::env::var("USER").ok()).unwrap_or_default();
            config.user(&login);
        }
        config.connect_timeout(CONNECT_TIMEOUT);
        config.application_name("forcetrack");
        let mut shown = base.to_string();
        if let Some(password) = config.get_password().map(<[u8]>::to_vec) {
            let password = String::from_utf8_lossy(&password).into_owned();
            shown = shown.replacen(&format!(":{password}@"), "@", 1);
        }
        Ok(ServerAddress { config, shown, ca_file, tls_off })
    }

    /// The server's host (or socket folder), for the status bar.
    pub fn host(&self) -> String {
        match self.config.get_hosts().first() {
            Some(postgres::config::Host::Tcp(h)) => h.clone(),
            #[cfg(unix)]
            Some(postgres::config::Host::Unix(p)) => p.display().to_string(),
            None => "localhost".into(),
        }
    }

    /// The database's name.
    pub fn database(&self) -> &str {
        self.config.get_dbname().unwrap_or("")
    }

    /// The login this station connects with.
    pub fn login(&self) -> &str {
        self.config.get_user().unwrap_or("")
    }

    /// The server's port.
    pub fn port(&self) -> u16 {
        self.config.get_ports().first().copied().unwrap_or(5432)
    }

    /// The server's CA certificate file, when given.
    pub fn ca_file(&self) -> Option<&Path> {
        self.ca_file.as_deref()
    }

    /// Whether the clinic turned TLS off (`sslmode=disable`).
    pub fn tls_turned_off(&self) -> bool {
        self.tls_off
    }

    /// Whether the server is on this computer (a loopback address or a local socket), where
    /// TLS is not required.
    pub fn is_loopback(&self) -> bool {
        match self.config.get_hosts().first() {
            Some(postgres::config::Host::Tcp(h)) => {
                h == "localhost" || h.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
            }
            #[cfg(unix)]
            Some(postgres::config::Host::Unix(_)) => true,
            None => true,
        }
    }

    /// Whether the connection is encrypted with the server's certificate checked.
    pub fn uses_tls(&self) -> bool {
        !(self.tls_off || (self.is_loopback() && self.ca_file.is_none()))
    }

    /// A short name of the local files kept for this server (the journal of recordings not
    /// yet sent): `server-HOST-PORT-DATABASE`.
    pub fn local_name(&self) -> String {
        let clean = |s: &str| s.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect::<String>();
        format!("server-{}-{}-{}", clean(&self.host()), self.port(), clean(self.database()))
    }

    /// Connects, with the password from `PGPASSWORD` or the password file when the address
    /// has none.
    pub fn connect(&self) -> Result<postgres::Client, ServerProblem> {
        let mut config = self.config.clone();
        if config.get_password().is_none() {
            let password = std::env::var("PGPASSWORD").ok().or_else(|| {
                password_from_file(&password_file()?, &self.host(), self.port(), self.database(), self.login())
            });
            if let Some(p) = password {
                config.password(p);
            }
        }
        let result = if self.uses_tls() {
            let ca = self.ca_file.as_deref().ok_or_else(|| ServerProblem::NeedsCaFile { host: self.host() })?;
            config.ssl_mode(postgres::config::SslMode::Require);
            config.connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls_config(ca)?))
        } else {
            config.ssl_mode(postgres::config::SslMode::Disable);
            config.connect(postgres::NoTls)
        };
        result.map_err(|e| ServerProblem::Connection { server: self.shown.clone(), failure: failure(&e) })
    }
}

/// A TLS configuration that trusts the certificates in `ca` (PEM) only.
fn tls_config(ca: &Path) -> Result<rustls::ClientConfig, ServerProblem> {
    use rustls_pki_types::pem::PemObject;
    let bad = |detail: String| ServerProblem::CaFile { file: ca.to_path_buf(), detail };
    let mut roots = rustls::RootCertStore::empty();
    let certificates = rustls_pki_types::CertificateDer::pem_file_iter(ca).map_err(|e| bad(e.to_string()))?;
    for certificate in certificates {
        roots.add(certificate.map_err(|e| bad(e.to_string()))?).map_err(|e| bad(e.to_string()))?;
    }
    if roots.is_empty() {
        return Err(ServerProblem::CaFileEmpty { file: ca.to_path_buf() });
    }
    // ring: no C toolchain beyond a compiler is needed to build it (aws-lc needs cmake).
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| bad(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

/// The PostgreSQL password file: `PGPASSFILE`, else `~/.pgpass`.
pub fn password_file() -> Option<PathBuf> {
    std::env::var_os("PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().join(".pgpass")))
}

/// The password for this server, database and login in a PostgreSQL password file
/// (`host:port:database:login:password`, `*` matching anything, `\:` a colon).
pub fn password_from_file(file: &Path, host: &str, port: u16, database: &str, login: &str) -> Option<String> {
    let text = std::fs::read_to_string(file).ok()?;
    let port = port.to_string();
    for line in text.lines().filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty()) {
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => field.extend(chars.next()),
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
                _ => field.push(c),
            }
        }
        fields.push(field);
        if fields.len() != 5 {
            continue;
        }
        let matches = |pattern: &str, value: &str| pattern == "*" || pattern == value;
        let host_matches = matches(&fields[0], host) || (fields[0] == "localhost" && host.starts_with('/'));
        if host_matches && matches(&fields[1], &port) && matches(&fields[2], database) && matches(&fields[3], login) {
            return Some(fields[4].clone());
        }
    }
    None
}

/// Writes (or replaces) the password of this server, database and login in a PostgreSQL
/// password file, readable only by its owner (mode 0600).
pub fn save_password(
    file: &Path,
    host: &str,
    port: u16,
    database: &str,
    login: &str,
    password: &str,
) -> std::io::Result<()> {
    let escape = |s: &str| s.replace('\\', "\\\\").replace(':', "\\:");
    let key = format!("{}:{port}:{}:{}:", escape(host), escape(database), escape(login));
    let old = std::fs::read_to_string(file).unwrap_or_default();
    let mut lines: Vec<String> = old.lines().filter(|l| !l.starts_with(&key)).map(String::from).collect();
    lines.push(format!("{key}{}", escape(password)));
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(file)?;
    #[cfg(unix)]
    std::fs::set_permissions(file, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    std::io::Write::write_all(&mut f, (lines.join("\n") + "\n").as_bytes())
}

/// A server error in `tr`'s language: unreachable, refused, wrong password, certificate, or
/// what the server said.
pub fn describe(e: &postgres::Error, tr: &FluentLanguageLoader) -> String {
    failure(e).text(tr)
}

/// Why a server connection or statement failed: unreachable, refused, wrong password,
/// certificate, or what the server said.
pub fn failure(e: &postgres::Error) -> Failure {
    use postgres::error::SqlState;
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        let said = db.message().to_string();
        return if *code == SqlState::INVALID_PASSWORD {
            Failure::WrongPassword
        } else if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
            Failure::LoginRefused(said)
        } else if *code == SqlState::INVALID_CATALOG_NAME {
            Failure::NoSuchDatabase(said)
        } else if *code == SqlState::INSUFFICIENT_PRIVILEGE {
            Failure::NotAllowed(said)
        } else if *code == SqlState::T_R_SERIALIZATION_FAILURE {
            Failure::ChangedMeanwhile
        } else {
            Failure::Said(said)
        };
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if let Some(tls) = io.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
                return Failure::CertificateNotAccepted(tls.to_string());
            }
            return match io.kind() {
                std::io::ErrorKind::ConnectionRefused => Failure::Refused,
                std::io::ErrorKind::TimedOut => Failure::NoAnswer,
                std::io::ErrorKind::NotFound => Failure::NoSuchHost,
                _ => Failure::Unreachable(io.to_string()),
            };
        }
        if let Some(tls) = s.downcast_ref::<rustls::Error>() {
            return Failure::CertificateNotAccepted(tls.to_string());
        }
        source = s.source();
    }
    let text = e.to_string();
    if text.contains("timed out") {
        return Failure::NoAnswer;
    }
    if text.contains("password missing") {
        return Failure::PasswordMissing;
    }
    if e.is_closed() {
        return Failure::ConnectionLost;
    }
    Failure::Said(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_keeps_its_parts_and_never_shows_a_password() {
        let a =
            ServerAddress::parse("postgresql://anna:secret@clinic-db.local:5433/forcetrack?sslrootcert=/etc/ca.pem")
                .unwrap();
        assert_eq!(a.host(), "clinic-db.local");
        assert_eq!(a.database(), "forcetrack");
        assert_eq!(a.login(), "anna");
        assert!(!a.is_loopback());
        assert!(a.uses_tls());
        assert!(!a.to_string().contains("secret"), "{a}");
        let local = ServerAddress::parse("postgresql://anna@127.0.0.1/forcetrack").unwrap();
        assert!(local.is_loopback() && !local.uses_tls());
        let off = ServerAddress::parse("postgresql://anna@10.0.0.2/forcetrack?sslmode=disable").unwrap();
        assert!(!off.uses_tls());
        assert!(ServerAddress::parse("postgresql://anna@10.0.0.2/").is_err());
        assert!(ServerAddress::parse("clinic.sqlite").is_err());
    }

    #[test]
    fn another_computer_without_its_certificate_is_refused_before_any_traffic() {
        let a = ServerAddress::parse("postgresql://anna@192.0.2.1/forcetrack").unwrap();
        let e = a.connect().err().unwrap();
        assert_eq!(e, ServerProblem::NeedsCaFile { host: "192.0.2.1".into() });
        assert!(e.to_string().contains("CA certificate"), "{e}");
    }

    #[test]
    fn a_problem_reads_in_english_on_the_command_line_and_in_the_apps_language_on_screen() {
        let e = ServerAddress::parse("clinic.sqlite").unwrap_err();
        assert_eq!(
            e.to_string(),
            "'clinic.sqlite' is not a clinic server address: write it as postgresql://LOGIN@HOST/DATABASE"
        );
        let refused = ServerProblem::Connection { server: "postgresql://anna@db/ft".into(), failure: Failure::Refused };
        assert_eq!(
            refused.to_string(),
            "the clinic server postgresql://anna@db/ft: refused the connection (no database server listens at that \
             address and port)"
        );
        let older = crate::store::check_server_version(crate::store::latest_version() - 1, "postgresql://db/ft");
        let Err(crate::store::StoreError::Server(older)) = older else { panic!("not refused: {older:?}") };
        assert!(older.to_string().contains("`forcetrack server migrate --server postgresql://db/ft`"), "{older}");
        // The pseudo-locale brackets every message: what the screens show comes from the catalogue.
        let pseudo = crate::i18n::loader_for(crate::i18n::UiLanguage::Pseudo);
        assert_ne!(refused.text(&pseudo), refused.to_string());
        assert!(refused.text(&pseudo).contains("postgresql://anna@db/ft"), "the address as it is");
    }

    #[test]
    fn the_password_file_is_matched_field_by_field() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(&file, "# comment\nother:5432:*:anna:no\nclinic:5432:forcetrack:anna:pa\\:ss\n*:*:*:ben:b\n")
            .unwrap();
        assert_eq!(password_from_file(&file, "clinic", 5432, "forcetrack", "anna").as_deref(), Some("pa:ss"));
        assert_eq!(password_from_file(&file, "x", 1, "y", "ben").as_deref(), Some("b"));
        assert_eq!(password_from_file(&file, "clinic", 5433, "forcetrack", "anna"), None);
        // Saved again: replaced, the others kept, readable by its owner only.
        save_password(&file, "clinic", 5432, "forcetrack", "anna", "new:pw").unwrap();
        assert_eq!(password_from_file(&file, "clinic", 5432, "forcetrack", "anna").as_deref(), Some("new:pw"));
        assert_eq!(password_from_file(&file, "x", 1, "y", "ben").as_deref(), Some("b"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }
}
