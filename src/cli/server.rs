//! `forcetrack server`: create, upgrade and inspect the clinic server's record, and move a
//! one-computer clinic onto it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand};
use forcetrack::io::CsvOptions;
use forcetrack::io::export::export_all;
use forcetrack::io::import::import_all;
use forcetrack::store::{IntegrityCheck, ServerAddress, Store, latest_version};

#[derive(Debug, Args)]
pub struct ServerArgs {
    #[command(subcommand)]
    pub what: ServerWhat,
}

#[derive(Debug, Subcommand)]
pub enum ServerWhat {
    /// Create ForceTrack's record on an empty database of the clinic server (`--server`).
    Init,
    /// Upgrade the server's record to this program's schema (close ForceTrack on every station
    /// first; stations of the old version are refused afterwards until they are updated).
    Migrate,
    /// The server's schema version, the stations that used it, and this station's recordings
    /// not yet on it.
    Status,
    /// Move a one-computer clinic into the (empty) server: its data folder's database, or an
    /// `export all` folder. Checked by counts, as `import all` is.
    Push {
        /// The data folder whose `forcetrack.sqlite` is moved (default: `--data-dir`).
        #[arg(long, value_name = "DIR", conflicts_with = "folder")]
        from: Option<PathBuf>,
        /// An `export all` folder to move instead.
        #[arg(long, value_name = "DIR")]
        folder: Option<PathBuf>,
    },
}

/// The address given by `--server` or `FORCETRACK_SERVER`.
fn address(server: Option<&str>) -> anyhow::Result<ServerAddress> {
    let url = server.ok_or_else(|| {
        anyhow::anyhow!("say which server: --server postgresql://LOGIN@HOST/DATABASE (or FORCETRACK_SERVER)")
    })?;
    Ok(ServerAddress::parse(url)?)
}

pub fn run(args: &ServerArgs, server: Option<&str>, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let address = address(server)?;
    match &args.what {
        ServerWhat::Init => {
            Store::init_server(&address)?;
            println!("Created ForceTrack's record (schema version {}) on {address}.", latest_version());
        }
        ServerWhat::Migrate => match Store::migrate_server(&address)? {
            None => println!("{address} holds schema version {} already: nothing to do.", latest_version()),
            Some((from, to)) => println!("Upgraded {address} from schema version {from} to {to}."),
        },
        ServerWhat::Status => {
            let version = Store::server_version(&address)?;
            println!("Server: {address}");
            println!("Login: {}", address.login());
            println!(
                "Connection: {}",
                if address.uses_tls() {
                    "TLS, the server's certificate checked"
                } else if address.is_loopback() {
                    "this computer (no TLS needed)"
                } else {
                    "NOT ENCRYPTED (sslmode=disable)"
                }
            );
            println!("Schema version: {version} (this program: {})", latest_version());
            let store = Store::connect(&address, data_dir)?;
            let stations = store.stations()?;
            println!("Stations seen: {}", stations.len());
            for (station, login, program, seen) in stations {
                println!("  {station}  login {login}  ForceTrack {program}  last seen {seen}");
            }
            let waiting = store.waiting_recordings()?;
            let unfinished = store.unfinished_recordings(std::time::Duration::from_secs(0))?;
            println!(
                "Recordings on this station not on the server yet: {} finished and waiting (forcetrack sync), \
                 {} unfinished (forcetrack recover)",
                waiting.len(),
                unfinished.len()
            );
        }
        ServerWhat::Push { from, folder } => {
            let mut server = Store::connect(&address, data_dir)?;
            let athletes = server.count("athletes")?;
            if athletes > 0 {
                anyhow::bail!(
                    "{address} already holds {athletes} athletes: `server push` moves a clinic into an empty server only"
                );
            }
            let mut staged = None;
            let dir = match folder {
                Some(dir) => dir.clone(),
                None => {
                    let from = from.as_deref().unwrap_or(data_dir);
                    let local = Store::open_named(from, forcetrack::store::CLINIC_DB, IntegrityCheck::Always)?;
                    let dir = tempfile_dir()?;
                    staged = Some(dir.clone());
                    let m = export_all(&local, &dir, CsvOptions::default(), &mut |_, _| {})?;
                    if !m.skipped.is_empty() {
                        anyhow::bail!(
                            "{} rows of {} cannot be read ({}): repair or remove them first; nothing was moved",
                            m.skipped.len(),
                            local.path().display(),
                            m.skipped.join("; ")
                        );
                    }
                    dir
                }
            };
            let moved = import_all(&mut server, &dir, &mut |_, _| {});
            if let Some(dir) = staged {
                let _ = std::fs::remove_dir_all(dir);
            }
            let m = moved?;
            println!(
                "Moved {} athletes, {} injury episodes, {} visits, {} trials, {} sign-offs and {} clearance checks \
                 onto {address} (counted on the server).",
                m.athletes, m.injury_episodes, m.visits, m.trials, m.signoffs, m.clearance_checks
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A folder of its own under the system's temporary folder (removed when the process ends
/// normally; its files are a copy of the clinic's records).
fn tempfile_dir() -> anyhow::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("forcetrack-push-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// List the recordings waiting, without sending them.
    #[arg(long)]
    pub list: bool,
}

/// `forcetrack sync`: the finished recordings waiting on this station for the clinic server,
/// listed and sent (exit 3 when some still wait: the server did not take them).
pub fn sync(args: &SyncArgs, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let server = forcetrack::store::clinic_server()
        .ok_or_else(|| anyhow::anyhow!("sync sends to the clinic server: give --server URL (or FORCETRACK_SERVER)"))?;
    let mut store = Store::connect_when_reachable(&server, data_dir)?;
    let waiting = store.waiting_recordings()?;
    println!("{} recordings waiting on this station for {server}", waiting.len());
    for w in &waiting {
        println!(
            "  recording {}  {}  athlete {}  {} {}",
            w.id,
            w.started_at.format("%Y-%m-%d %H:%M:%S"),
            w.athlete_id.map_or("-".into(), |a| a.to_string()),
            w.test_id,
            w.side
        );
    }
    if args.list || waiting.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    let sent = store.send_waiting();
    let left = store.waiting_recordings()?.len();
    match sent {
        Ok(sent) => {
            for s in &sent {
                println!("Sent as trial {} of visit {}.", s.trial_id, s.visit_id);
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("forcetrack: {e}; {left} recordings still wait on this station (nothing is lost)");
            Ok(ExitCode::from(3))
        }
    }
}
