//! The clinic server: its address, how a station connects to it (TLS with the server's
//! certificate checked, except on this computer; the password from the environment or a
//! PostgreSQL password file, never from the prefs), and a failed connection in words a
//! clinician can act on.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

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

/// Why a station could not use the server, in words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ServerProblem(pub String);

impl ServerAddress {
    /// Reads an address. The password comes from the URL only for scripts that insist; a
    /// station reads it from `PGPASSWORD` or the password file ([`password_from_file`]).
    pub fn parse(url: &str) -> Result<ServerAddress, ServerProblem> {
        let url = url.trim();
        if !(url.starts_with("postgresql://") || url.starts_with("postgres://")) {
            return Err(ServerProblem(format!(
                "'{url}' is not a clinic server address: write it as postgresql://LOGIN@HOST/DATABASE"
            )));
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
                    other => {
                        return Err(ServerProblem(format!(
                            "sslmode={other} is not known: leave it out (TLS, the certificate checked) or write sslmode=disable"
                        )));
                    }
                },
                _ => kept.push(pair),
            }
        }
        let config_url = if kept.is_empty() { base.to_string() } else { format!("{base}?{}", kept.join("&")) };
        let mut config = postgres::Config::from_str(&config_url)
            .map_err(|e| ServerProblem(format!("the clinic server address '{url}' cannot be read: {e}")))?;
        if config.get_hosts().is_empty() {
            config.host("localhost");
        }
        if config.get_dbname().is_none() {
            return Err(ServerProblem(format!("the clinic server address '{url}' names no database")));
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
            let ca = self.ca_file.as_deref().ok_or_else(|| {
                ServerProblem(format!(
                    "the clinic server {} is on another computer: give its CA certificate file \
                     (?sslrootcert=FILE in the address) so that its certificate can be checked; only a \
                     clinic that turns TLS off (sslmode=disable) goes without",
                    self.host()
                ))
            })?;
            config.ssl_mode(postgres::config::SslMode::Require);
            config.connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls_config(ca)?))
        } else {
            config.ssl_mode(postgres::config::SslMode::Disable);
            config.connect(postgres::NoTls)
        };
        result.map_err(|e| ServerProblem(format!("the clinic server {}: {}", self.shown, describe(&e))))
    }
}

/// A TLS configuration that trusts the certificates in `ca` (PEM) only.
fn tls_config(ca: &Path) -> Result<rustls::ClientConfig, ServerProblem> {
    use rustls_pki_types::pem::PemObject;
    let bad = |detail: String| ServerProblem(format!("the server's CA certificate file {}: {detail}", ca.display()));
    let mut roots = rustls::RootCertStore::empty();
    let certificates = rustls_pki_types::CertificateDer::pem_file_iter(ca).map_err(|e| bad(e.to_string()))?;
    for certificate in certificates {
        roots.add(certificate.map_err(|e| bad(e.to_string()))?).map_err(|e| bad(e.to_string()))?;
    }
    if roots.is_empty() {
        return Err(bad("it holds no certificate".into()));
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

/// A server error in words: unreachable, refused, wrong password, certificate, or what the
/// server said.
pub fn describe(e: &postgres::Error) -> String {
    use postgres::error::SqlState;
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        let words = if *code == SqlState::INVALID_PASSWORD {
            "wrong password for this login".to_string()
        } else if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
            format!("the server does not let this login in ({})", db.message())
        } else if *code == SqlState::INVALID_CATALOG_NAME {
            format!("no such database ({})", db.message())
        } else if *code == SqlState::INSUFFICIENT_PRIVILEGE {
            format!("this login may not do that ({})", db.message())
        } else if *code == SqlState::T_R_SERIALIZATION_FAILURE {
            "another station changed the same rows at the same moment; try again".to_string()
        } else {
            db.message().to_string()
        };
        return words;
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if let Some(tls) = io.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
                return format!("its certificate was not accepted ({tls})");
            }
            return match io.kind() {
                std::io::ErrorKind::ConnectionRefused => {
                    "refused the connection (no database server listens at that address and port)".into()
                }
                std::io::ErrorKind::TimedOut => "cannot be reached (no answer in 5 s)".into(),
                std::io::ErrorKind::NotFound => "cannot be reached (no such host or socket)".into(),
                _ => format!("cannot be reached ({io})"),
            };
        }
        if let Some(tls) = s.downcast_ref::<rustls::Error>() {
            return format!("its certificate was not accepted ({tls})");
        }
        source = s.source();
    }
    let text = e.to_string();
    if text.contains("timed out") {
        return "cannot be reached (no answer in 5 s)".into();
    }
    if text.contains("password missing") {
        return "asks for a password: put it in the PostgreSQL password file (~/.pgpass) or PGPASSWORD".into();
    }
    if e.is_closed() {
        return "the connection was lost".into();
    }
    text
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
        assert!(e.0.contains("CA certificate"), "{e}");
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
