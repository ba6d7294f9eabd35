//! `forcetrack record`: record from a serial port into a ForceTrack trace CSV.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use clap::Args;

use super::interrupt;
use forcetrack::device::codec::SampleBlock;
use forcetrack::device::link::{self, LinkCommand, LinkConfig, LinkEvent, LinkState};
use forcetrack::device::profile::ProfileSet;
use forcetrack::io::write_trace;
use forcetrack::model::{Channel, Trace, TraceMeta, trace::median_rate_hz};

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Serial port, e.g. /dev/ttyUSB0 or COM3 (or the path `forcetrack emulate` printed).
    #[arg(long, value_name = "PATH")]
    pub port: String,
    /// Profile id (see `forcetrack devices`).
    #[arg(long, value_name = "PROFILE")]
    pub device: String,
    /// How long to record.
    #[arg(long, value_name = "N")]
    pub seconds: f64,
    /// Trace CSV to write.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Tare the device before recording.
    #[arg(long)]
    pub tare: bool,
    /// Seconds to wait after opening (default: the profile's, e.g. 3 s for boards that reset).
    #[arg(long, value_name = "S")]
    pub open_delay_s: Option<f64>,
}

/// What a recording from a link gathered.
pub struct Gathered {
    pub samples: SampleBlock,
    pub rejected: u64,
    pub lost: u64,
    pub device_errors: u64,
    /// Why it ended early, if it did.
    pub interrupted_by: Option<String>,
}

/// Connects, optionally tares, records for `seconds` and stops; unplug ends it early with what
/// was received so far.
pub fn gather(config: LinkConfig, seconds: f64, tare: bool, quiet: bool) -> anyhow::Result<Gathered> {
    let open_wait = config.open_delay_s.unwrap_or(config.profile.serial.open_delay_s) + 10.0;
    let handle = link::spawn(LinkConfig { reconnect: false, ..config });
    let mut samples = SampleBlock::default();
    let mut ended: Option<String> = None;
    // Wait for the connection.
    let deadline = Instant::now() + Duration::from_secs_f64(open_wait);
    loop {
        match handle.events.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(LinkEvent::State(LinkState::Connected | LinkState::Streaming)) => break,
            Ok(LinkEvent::State(LinkState::Error { reason } | LinkState::Disconnected { reason })) => {
                anyhow::bail!("{reason}")
            }
            Ok(LinkEvent::State(LinkState::Closed)) => anyhow::bail!("the link closed before connecting"),
            Ok(_) => {}
            Err(_) => anyhow::bail!("no connection within {open_wait:.0} s"),
        }
    }
    if tare {
        handle.send(LinkCommand::Tare);
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            match handle.events.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(LinkEvent::Tared { by_device }) => {
                    if !quiet {
                        eprintln!("{}", if by_device { "Tared." } else { "This device has no tare command." });
                    }
                    break;
                }
                Ok(_) => {}
                Err(_) => anyhow::bail!("no answer to the tare command within 5 s"),
            }
        }
    }
    handle.send(LinkCommand::Start);
    let mut first_time: Option<f64> = None;
    let end_wall = Instant::now() + Duration::from_secs_f64(seconds + 5.0);
    'recording: loop {
        if interrupt::interrupted() {
            ended = Some("interrupted".into());
            break;
        }
        match handle.events.recv_timeout(Duration::from_millis(50)) {
            Ok(LinkEvent::Samples(block)) => {
                for i in 0..block.len() {
                    let t = block.time_s[i];
                    let t0 = *first_time.get_or_insert(t);
                    if t - t0 >= seconds {
                        break 'recording;
                    }
                    samples.time_s.push(t);
                    samples.values.extend_from_slice(block.row(i));
                }
                samples.channels = block.channels;
            }
            Ok(LinkEvent::State(LinkState::Disconnected { reason } | LinkState::Error { reason })) => {
                ended = Some(reason);
                break;
            }
            Ok(LinkEvent::State(LinkState::Closed)) => {
                ended = Some("the link closed".into());
                break;
            }
            Ok(LinkEvent::DeviceError { code, meaning, .. }) if !quiet => {
                eprintln!("device error {code}{}", meaning.map(|m| format!(": {m}")).unwrap_or_default());
            }
            Ok(_) => {}
            Err(_) => {}
        }
        if Instant::now() > end_wall && samples.is_empty() {
            ended = Some(format!("no samples within {:.0} s", seconds + 5.0));
            break;
        }
    }
    handle.send(LinkCommand::Stop);
    let shared = handle.shared.clone();
    handle.shutdown();
    Ok(Gathered {
        samples,
        rejected: shared.rejected.load(Ordering::Relaxed),
        lost: shared.lost_samples.load(Ordering::Relaxed),
        device_errors: shared.device_errors.load(Ordering::Relaxed),
        interrupted_by: ended,
    })
}

/// The gathered samples as a trace, times from the first sample.
pub fn to_trace(gathered: &Gathered, names: &[String], device: &str, polarity: forcetrack::model::Polarity) -> Trace {
    let s = &gathered.samples;
    let t0 = s.time_s.first().copied().unwrap_or(0.0);
    let time_s: Vec<f64> = s.time_s.iter().map(|t| t - t0).collect();
    let channels = names
        .iter()
        .enumerate()
        .map(|(c, name)| Channel { name: name.clone(), force_n: (0..s.len()).map(|i| s.row(i)[c]).collect() })
        .collect();
    Trace {
        meta: TraceMeta {
            device: Some(device.into()),
            sample_rate_hz: median_rate_hz(&time_s).map(|r| (r * 100.0).round() / 100.0),
            polarity: Some(polarity),
            extra: vec![
                ("rejected_lines".into(), gathered.rejected.to_string()),
                ("lost_samples".into(), gathered.lost.to_string()),
            ],
        },
        time_s,
        channels,
    }
}

pub fn run(args: &RecordArgs, profiles: &ProfileSet) -> anyhow::Result<ExitCode> {
    let profile =
        profiles.get(&args.device).ok_or_else(|| anyhow::anyhow!("unknown device profile '{}'", args.device))?;
    anyhow::ensure!(args.seconds > 0.0, "--seconds must be positive");
    interrupt::install();
    let mut config = LinkConfig::new(&args.port, profile.clone());
    config.open_delay_s = args.open_delay_s;
    let gathered = gather(config, args.seconds, args.tare, false)?;
    let trace = to_trace(&gathered, &profile.channel_names(), &profile.name, profile.polarity);
    let mut file =
        std::fs::File::create(&args.out).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", args.out.display()))?;
    write_trace(&trace, &mut file).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", args.out.display()))?;
    let summary = format!(
        "{} samples over {:.2} s ({} Hz) into {}; {} rejected lines, {} lost samples, {} device errors",
        trace.len(),
        trace.duration_s(),
        trace.meta.sample_rate_hz.map_or("-".into(), |r| format!("{r:.1}")),
        args.out.display(),
        gathered.rejected,
        gathered.lost,
        gathered.device_errors,
    );
    match &gathered.interrupted_by {
        None => {
            eprintln!("Recorded {summary}.");
            Ok(ExitCode::SUCCESS)
        }
        Some(reason) => {
            eprintln!("Recording stopped early ({reason}); kept {summary}.");
            Ok(ExitCode::from(2))
        }
    }
}
