//! Command-line interface: argument definitions and one module per subcommand.

mod analyze;
mod devices;
mod emulate;
mod interrupt;
mod record;
mod table;
mod tests_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use forcetrack::device::profile::ProfileSet;

/// ForceTrack: hamstring and glute strength testing, history and return-to-sport clearance.
#[derive(Debug, Parser)]
#[command(name = "forcetrack", version, about, long_about = None)]
pub struct Cli {
    /// Folder holding the clinic database and settings (default: the platform data folder).
    #[arg(long, global = true, env = "FORCETRACK_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

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
    /// Record from a serial port into a trace CSV.
    Record(record::RecordArgs),
}

/// Output format of listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

/// The shipped profiles and the user's (in the data folder's `devices/`).
fn profiles(cli: &Cli) -> ProfileSet {
    let data = forcetrack::store::paths::data_dir(cli.data_dir.as_deref());
    ProfileSet::load(Some(&forcetrack::store::paths::devices_dir(&data)))
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Analyze(args)) => analyze::run(args),
        Some(Command::Tests(args)) => tests_cmd::run(args),
        Some(Command::Devices(args)) => devices::run(args, &profiles(&cli)),
        Some(Command::Emulate(args)) => emulate::run(args, &profiles(&cli)),
        Some(Command::Record(args)) => record::run(args, &profiles(&cli)),
        None => {
            use clap::CommandFactory;
            let _ = Cli::command().print_help();
            Ok(ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("forcetrack: {error:#}");
            ExitCode::FAILURE
        }
    }
}
