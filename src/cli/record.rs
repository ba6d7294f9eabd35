//! `forcetrack record`: record from a serial port into a ForceTrack trace CSV.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use clap::Args;

use super::interrupt;
use forcetrack::device::codec::SampleBlock;
use forcetrack::device::link::{self, LinkCommand, LinkConfig, LinkEvent, LinkState};
use forcetrack::device::profile::ProfileSet;
use forcetrack::io::write_trace;
use forcetrack::model::{Channel, ProvocationTests, Side, Trace, TraceMeta, Visit, trace::median_rate_hz};
use forcetrack::store::{JournalMeta, JournalWriter, NewTrial, Store};

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Serial port, e.g. /dev/ttyUSB0 or COM3 (or the path `forcetrack emulate` printed).
    #[arg(long, value_name = "PATH")]
    pub port: String,
    /// Profile id (see `forcetrack devices`).
    #[arg(long, value_name = "PROFILE")]
    pub device: String,
    /// How long to record (at most 30 min).
    #[arg(long, value_name = "N", value_parser = recording_length)]
    pub seconds: f64,
    /// Trace CSV to write.
    #[arg(long, value_name = "FILE", required_unless_present = "athlete")]
    pub out: Option<PathBuf>,
    /// Save the recording as a trial of this athlete (through the crash-safe journal).
    #[arg(long, requires_all = ["test", "side"])]
    pub athlete: Option<i64>,
    /// Test id of the trial (see `forcetrack tests`).
    #[arg(long)]
    pub test: Option<String>,
    /// left, right, or both (a two-channel device).
    #[arg(long)]
    pub side: Option<String>,
    /// The visit to add the trial to (default: a new visit).
    #[arg(long)]
    pub visit: Option<i64>,
    /// Lever arm for torque, metres.
    #[arg(long, value_name = "M", value_parser = lever_arm)]
    pub lever_arm_m: Option<f64>,
    /// Tare the device before recording.
    #[arg(long)]
    pub tare: bool,
    /// Seconds to wait after opening (default: the profile's, e.g. 3 s for boards that reset).
    #[arg(long, value_name = "S", value_parser = open_delay)]
    pub open_delay_s: Option<f64>,
}

/// A number from the command line within `[low, high]` (NaN and infinities refused).
fn number_within(text: &str, low: f64, high: f64, low_open: bool, what: &str) -> Result<f64, String> {
    let v: f64 = text.trim().parse().map_err(|_| format!("'{text}' is not a number"))?;
    let above_low = if low_open { v > low } else { v >= low };
    if v.is_finite() && above_low && v <= high {
        Ok(v)
    } else {
        Err(format!(
            "{what} must be {} {low} and at most {high}, not {text}",
            if low_open { "above" } else { "at least" }
        ))
    }
}

fn recording_length(text: &str) -> Result<f64, String> {
    number_within(text, 0.0, forcetrack::acquisition::MAX_RECORDING_S, true, "the recording length (s)")
}

fn open_delay(text: &str) -> Result<f64, String> {
    number_within(text, 0.0, 30.0, false, "the open delay (s)")
}

fn lever_arm(text: &str) -> Result<f64, String> {
    number_within(text, 0.0, 2.0, true, "the lever arm (m)")
}

/// What a recording from a link gathered.
pub struct Gathered {
    pub samples: SampleBlock,
    pub rejected: u64,
    /// Rejected lines that carried a reading (unknown or missing unit, a jumped time).
    pub rejected_samples: u64,
    /// Bytes discarded before the first whole line after opening a running stream.
    pub discarded_bytes: u64,
    pub lost: u64,
    pub device_errors: u64,
    /// The last rejected line and why, if any.
    pub last_rejected: Option<String>,
    /// Why it ended early, if it did.
    pub interrupted_by: Option<String>,
}

/// Connects, optionally tares, records for `seconds` and stops; unplug ends it early with what
/// was received so far. `sink` sees every recorded batch as it arrives: (times, rows).
pub fn gather(
    config: LinkConfig,
    seconds: f64,
    tare: bool,
    quiet: bool,
    sink: &mut dyn FnMut(&[f64], &[f64]),
) -> anyhow::Result<Gathered> {
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
                samples.channels = block.channels;
                let t0 = *first_time.get_or_insert(block.time_s[0]);
                let keep = block.time_s.iter().take_while(|&&t| t - t0 < seconds).count();
                sink(&block.time_s[..keep], &block.values[..keep * block.channels]);
                samples.time_s.extend_from_slice(&block.time_s[..keep]);
                samples.values.extend_from_slice(&block.values[..keep * block.channels]);
                if keep < block.len() {
                    break 'recording;
                }
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
            Ok(_) | Err(_) => {}
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
        rejected_samples: shared.rejected_samples.load(Ordering::Relaxed),
        discarded_bytes: shared.discarded_bytes.load(Ordering::Relaxed),
        lost: shared.lost_samples.load(Ordering::Relaxed),
        device_errors: shared.device_errors.load(Ordering::Relaxed),
        last_rejected: shared.last_rejected.lock().ok().and_then(|l| l.clone()),
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

pub fn run(args: &RecordArgs, profiles: &ProfileSet, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let profile =
        profiles.get(&args.device).ok_or_else(|| anyhow::anyhow!("unknown device profile '{}'", args.device))?;
    anyhow::ensure!(args.seconds > 0.0, "--seconds must be positive");
    interrupt::install();
    let names = profile.channel_names();
    // With an athlete, samples stream into the journal as they arrive.
    let mut journal = match args.athlete {
        Some(athlete_id) => {
            let store = Store::open(data_dir)?;
            store.athlete(athlete_id)?;
            let test_id = args.test.clone().ok_or_else(|| anyhow::anyhow!("--athlete needs --test"))?;
            let library = store.test_library()?;
            anyhow::ensure!(library.test(&test_id).is_some(), "unknown test '{test_id}'");
            let side_text = args.side.as_deref().unwrap_or("");
            let side = Side::parse(side_text)
                .ok_or_else(|| anyhow::anyhow!("--side '{side_text}' is not left, right or both"))?;
            anyhow::ensure!(
                (side == Side::Both) == (names.len() == 2),
                "a {side}-side trial needs {} channel(s); {} has {}",
                if side == Side::Both { 2 } else { 1 },
                profile.name,
                names.len()
            );
            let meta = JournalMeta {
                athlete_id: Some(athlete_id),
                visit_id: args.visit,
                test_id: Some(test_id),
                side: Some(side),
                device: profile.id.clone(),
                channel_names: names.clone(),
                polarity: profile.polarity,
                lever_arm_m: args.lever_arm_m,
                tare_n: None,
            };
            let writer = JournalWriter::begin(&store, &meta)?;
            Some((store, writer, meta, 0u64))
        }
        None => None,
    };
    let mut config = LinkConfig::new(&args.port, profile.clone());
    config.open_delay_s = args.open_delay_s;
    let mut sink = |times: &[f64], rows: &[f64]| {
        if let Some((store, writer, _, failures)) = journal.as_mut() {
            writer.push(times, rows);
            if let Err(e) = writer.flush_if_due(store) {
                *failures += 1;
                eprintln!("journal write failed ({failures} so far): {e}");
            }
        }
    };
    let gathered = gather(config, args.seconds, args.tare, false, &mut sink)?;
    let trace = to_trace(&gathered, &names, &profile.name, profile.polarity);
    let mut saved = String::new();
    if let Some(out) = &args.out {
        let mut file =
            std::fs::File::create(out).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", out.display()))?;
        write_trace(&trace, &mut file).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display()))?;
        saved = format!(" into {}", out.display());
    }
    if let Some((mut store, mut writer, meta, failures)) = journal {
        writer.flush(&store)?;
        let mut from_journal = store.journal_trace(writer.id(), &names)?;
        super::recover::rebase(&mut from_journal);
        from_journal.meta.sample_rate_hz = trace.meta.sample_rate_hz;
        let athlete_id = meta.athlete_id.ok_or_else(|| anyhow::anyhow!("the recording has no athlete"))?;
        let visit_id = match meta.visit_id {
            Some(v) => v,
            None => store.add_visit(&Visit {
                id: 0,
                athlete_id,
                episode_id: store.episodes(athlete_id)?.last().map(|e| e.id),
                date_time: chrono::Local::now().naive_local(),
                body_mass_kg: store.athlete(athlete_id)?.body_mass_kg,
                clinician: String::new(),
                visa_h: None,
                provocation: ProvocationTests::default(),
                notes: "recorded from the command line".into(),
            })?,
        };
        let mut trial = NewTrial::new(
            visit_id,
            meta.test_id.as_deref().unwrap_or(""),
            meta.side.unwrap_or(Side::Right),
            &meta.device,
            from_journal,
        );
        trial.polarity = meta.polarity;
        trial.lever_arm_m = meta.lever_arm_m;
        trial.device_max_n = profile.max_n;
        let trial_id = store.journal_commit(writer.id(), &trial)?;
        saved.push_str(&format!(
            "{}as trial {trial_id} of visit {visit_id}{}",
            if saved.is_empty() { " " } else { " and " },
            if failures > 0 { format!(" ({failures} journal writes failed)") } else { String::new() }
        ));
    }
    let summary = format!(
        "{} samples over {:.2} s ({} Hz){saved}; {} rejected lines ({} of them readings), {} lost samples, {} device errors, {} bytes discarded at connect",
        trace.len(),
        trace.duration_s(),
        trace.meta.sample_rate_hz.map_or("-".into(), |r| format!("{r:.1}")),
        gathered.rejected,
        gathered.rejected_samples,
        gathered.lost,
        gathered.device_errors,
        gathered.discarded_bytes,
    );
    if let Some(last) = &gathered.last_rejected {
        eprintln!("Last rejected line: {last}");
    }
    let missing = gathered.lost + gathered.rejected_samples;
    match &gathered.interrupted_by {
        None if missing == 0 => {
            eprintln!("Recorded {} s as asked: {summary}.", args.seconds);
            Ok(ExitCode::SUCCESS)
        }
        None => {
            eprintln!(
                "Recorded {} s as asked, but {missing} readings the device sent are missing: {summary}.",
                args.seconds
            );
            Ok(ExitCode::from(3))
        }
        Some(reason) => {
            eprintln!("Recording stopped early ({reason}); kept {summary}.");
            Ok(ExitCode::from(2))
        }
    }
}
