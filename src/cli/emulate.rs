//! `forcetrack emulate`: a profile's device behind a pseudo-terminal, driven by the simulated
//! athlete (or a replayed trace).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Args;

use super::interrupt;
use forcetrack::device::emulator::{Emulator, Source, serve_pty};
use forcetrack::device::profile::ProfileSet;
use forcetrack::device::sim::SimAthlete;
use forcetrack::io::read_trace_file;
use forcetrack::model::Side;

#[derive(Debug, Args)]
pub struct EmulateArgs {
    /// Profile id (see `forcetrack devices`).
    #[arg(long, value_name = "PROFILE")]
    pub device: String,
    /// Samples per second when streaming (default: the profile's).
    #[arg(long, value_name = "HZ")]
    pub rate: Option<f64>,
    /// How much weaker the left leg is, in %.
    #[arg(long, value_name = "PCT", default_value_t = 12.0)]
    pub deficit: f64,
    /// Peak force of the stronger leg in newtons.
    #[arg(long, value_name = "N", default_value_t = 320.0)]
    pub peak_n: f64,
    /// Play this trace file (in a loop) instead of the simulated athlete.
    #[arg(long, value_name = "FILE")]
    pub replay: Option<PathBuf>,
    /// Also make this path a symlink to the pseudo-terminal (a stable name across restarts).
    #[arg(long, value_name = "PATH")]
    pub link: Option<PathBuf>,
    /// Stop after this many seconds (default: until interrupted).
    #[arg(long, value_name = "S")]
    pub seconds: Option<f64>,
    /// Seed of the simulated athlete's noise.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

pub fn run(args: &EmulateArgs, profiles: &ProfileSet) -> anyhow::Result<ExitCode> {
    let profile = profiles.get(&args.device).ok_or_else(|| {
        let ids: Vec<&str> = profiles.profiles.iter().map(|p| p.id.as_str()).collect();
        anyhow::anyhow!("unknown device profile '{}'; known: {}", args.device, ids.join(", "))
    })?;
    anyhow::ensure!((0.0..100.0).contains(&args.deficit), "--deficit must be between 0 and 100");
    let source = match &args.replay {
        Some(path) => Source::Replay(read_trace_file(path)?.trace),
        None => Source::Athlete(SimAthlete {
            peak_n: args.peak_n,
            deficit_percent: args.deficit,
            weaker: Side::Left,
            ..SimAthlete::default()
        }),
    };
    let emulator = Emulator::new(profile, source, args.rate, args.seed)?;
    interrupt::install();
    let started = Instant::now();
    let limit = args.seconds;
    let rate = emulator.rate_hz();
    serve_pty(
        emulator,
        args.link.as_deref(),
        |path| {
            println!("{}", path.display());
            eprintln!("Emulating {} ({rate} Hz) on {}. Ctrl-C stops.", profile.name, path.display());
            let _ = std::io::stdout().flush();
        },
        |_| interrupt::interrupted() || limit.is_some_and(|s| started.elapsed().as_secs_f64() >= s),
    )?;
    Ok(ExitCode::SUCCESS)
}
