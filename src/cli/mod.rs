//! Command-line interface: argument definitions and one module per subcommand.

mod analyze;
mod table;
mod tests_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

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
}

/// Output format of listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Analyze(args)) => analyze::run(&args),
        Some(Command::Tests(args)) => tests_cmd::run(&args),
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
