//! Command-line interface: argument definitions and one module per subcommand.

mod analyze;
mod args;
mod clearance;
mod clinic;
mod deleted;
mod devices;
mod emulate;
mod enter;
mod generate;
mod interrupt;
mod lever_arm;
mod record;
mod recover;
mod server;
mod table;
mod tests_cmd;
mod transfer;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use forcetrack::device::profile::ProfileSet;

/// ForceTrack: hamstring and glute strength testing, history and return-to-sport clearance.
///
/// Without a command, the desktop app opens.
#[derive(Debug, Parser)]
#[command(name = "forcetrack", version, long_version = long_version(), about, long_about = None)]
pub struct Cli {
    /// Folder holding the clinic database and settings (default: the platform data folder).
    #[arg(long, global = true, env = "FORCETRACK_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// The clinic server holding the record, instead of this computer's database:
    /// postgresql://LOGIN@HOST/DATABASE (TLS with the server's CA certificate,
    /// ?sslrootcert=FILE, except on this computer). The password comes from PGPASSWORD or the
    /// PostgreSQL password file (~/.pgpass); this station's recording journal stays in the data folder.
    #[arg(long, global = true, env = "FORCETRACK_SERVER", value_name = "URL")]
    pub server: Option<String>,

    /// Print frame time and memory statistics every five seconds (the app), and the renderer.
    #[arg(long, hide = true)]
    pub frame_stats: bool,

    /// What draws the window (default: the one chosen in Settings, glow unless changed).
    #[arg(long, value_enum, env = "FORCETRACK_RENDERER")]
    pub renderer: Option<forcetrack::app::renderer::RendererChoice>,

    /// Run the demo athletes this many times faster than real time (the app).
    #[arg(long, hide = true, default_value_t = 1.0)]
    pub demo_speed: f64,

    /// Record the demo force plate for this many seconds on start (measurements).
    #[arg(long, hide = true, value_name = "S")]
    pub autorecord: Option<f64>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse trace files: polarity, baseline, reps and every rep's metrics.
    Analyze(analyze::AnalyzeArgs),
    /// List the test library and the default batteries.
    Tests(tests_cmd::TestsArgs),
    /// List device profiles and the serial ports present.
    Devices(devices::DevicesArgs),
    /// Play a device behind a pseudo-terminal, driven by the simulated athlete.
    Emulate(emulate::EmulateArgs),
    /// Record from a serial port into a trace CSV or an athlete's trial.
    Record(record::RecordArgs),
    /// Enter a trial by hand: each rep's peak read off a device with no public protocol.
    Enter(enter::EnterArgs),
    /// List athletes with their last visit and injury episode.
    Athletes(clinic::AthletesArgs),
    /// List an athlete's visits with their results per test and side (or deleted visits).
    Visits(clinic::VisitsArgs),
    /// Bring back what was deleted: a visit with its trials.
    Restore(deleted::RestoreArgs),
    /// Add or correct a trial's lever arm after the recording (torque and H:Q read it).
    LeverArm(lever_arm::LeverArmArgs),
    /// Load the demo clinic into the data folder's (empty) database.
    Demo(clinic::DemoArgs),
    /// Export CSV: a visit summary, an athlete's history, raw traces, or everything.
    Export(transfer::ExportArgs),
    /// Import athletes from CSV, a recording as a trial, or a whole `export all` folder.
    Import(transfer::ImportArgs),
    /// Offer back recordings a crash left unfinished.
    Recover(recover::RecoverArgs),
    /// Back up the database now and list the backups.
    Backup(clinic::BackupArgs),
    /// An athlete's return-to-sport checklist: verdicts, values, thresholds, sources.
    Clearance(clearance::ClearanceArgs),
    /// Write the printable report of a visit (PDF), or its content as CSV.
    Report(clearance::ReportArgs),
    /// The clinic server: create or upgrade its record, see its state, move a clinic onto it.
    Server(server::ServerArgs),
    /// Send the finished recordings waiting on this station for the clinic server.
    Sync(server::SyncArgs),
}

/// Output format of listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

/// The data folder: `--data-dir`, `FORCETRACK_DATA_DIR`, or the platform's.
fn data_dir(cli: &Cli) -> std::path::PathBuf {
    forcetrack::store::paths::data_dir(cli.data_dir.as_deref())
}

/// The shipped profiles and the user's (in the data folder's `devices/`).
fn profiles(cli: &Cli) -> ProfileSet {
    ProfileSet::load(Some(&forcetrack::store::paths::devices_dir(&data_dir(cli))))
}

/// `--version`: the version and the renderer the window uses by default.
fn long_version() -> &'static str {
    let text = format!("{}\n{}", env!("CARGO_PKG_VERSION"), forcetrack::app::renderer::version_line());
    Box::leak(text.into_boxed_str())
}

pub fn run() -> ExitCode {
    // `forcetrack generate DIR` (packaging) stands outside the documented commands, so the
    // manual pages and completions it writes do not list it.
    let result = if std::env::args_os().nth(1).is_some_and(|a| a == "generate") {
        generate::run(&generate::GenerateArgs::parse_from(std::env::args_os().skip(1)))
    } else {
        run_command(Cli::parse())
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("forcetrack: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run_command(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Some(url) = &cli.server
        && !matches!(cli.command, Some(Command::Server(_)))
    {
        forcetrack::store::use_server(Some(forcetrack::store::ServerAddress::parse(url)?));
    }
    match &cli.command {
        Some(Command::Analyze(args)) => analyze::run(args),
        Some(Command::Tests(args)) => tests_cmd::run(args),
        Some(Command::Devices(args)) => devices::run(args, &profiles(&cli)),
        Some(Command::Emulate(args)) => emulate::run(args, &profiles(&cli)),
        Some(Command::Record(args)) => record::run(args, &profiles(&cli), &data_dir(&cli)),
        Some(Command::Enter(args)) => enter::run(args, &data_dir(&cli)),
        Some(Command::Athletes(args)) => clinic::athletes(args, &data_dir(&cli)),
        Some(Command::Visits(args)) => clinic::visits(args, &data_dir(&cli)),
        Some(Command::Restore(args)) => deleted::restore(args, &data_dir(&cli)),
        Some(Command::LeverArm(args)) => lever_arm::lever_arm(args, &data_dir(&cli)),
        Some(Command::Demo(_)) => clinic::demo(&data_dir(&cli)),
        Some(Command::Export(args)) => transfer::export(args, &data_dir(&cli)),
        Some(Command::Import(args)) => transfer::import(args, &data_dir(&cli)),
        Some(Command::Recover(args)) => recover::run(args, &profiles(&cli), &data_dir(&cli)),
        Some(Command::Backup(_)) => clinic::backup(&data_dir(&cli)),
        Some(Command::Clearance(args)) => clearance::clearance(args, &data_dir(&cli)),
        Some(Command::Report(args)) => clearance::report(args, &data_dir(&cli)),
        Some(Command::Server(args)) => server::run(args, cli.server.as_deref(), &data_dir(&cli)),
        Some(Command::Sync(args)) => server::sync(args, &data_dir(&cli)),
        None => {
            let mut options = forcetrack::app::AppOptions::new(data_dir(&cli));
            options.frame_stats = cli.frame_stats;
            options.demo_speed = cli.demo_speed;
            options.autorecord_s = cli.autorecord;
            options.renderer = cli.renderer;
            forcetrack::app::run(options).map(|_| ExitCode::SUCCESS).map_err(anyhow::Error::msg)
        }
    }
}
