//! `forcetrack record`: record from a serial port into a ForceTrack trace CSV.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Args;

use super::{args, interrupt};
use forcetrack::acquisition::{
    Acquisition, JournalSink, LinkCounts, Notice, RecorderConfig, RecordingEnd, TrialCommit,
};
use forcetrack::analysis::AnalysisParams;
use forcetrack::device::codec::MissingReadings;
use forcetrack::device::link::{self, LinkConfig};
use forcetrack::device::profile::{Profile, ProfileSet};
use forcetrack::io::{rescue_trace, write_trace};
use forcetrack::model::{ProvocationTests, Side, Trace, TrialMeta, Visit, trace::median_rate_hz};
use forcetrack::store::{JournalMeta, SavedTrial, Store, VisitFor};

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Serial port, e.g. /dev/ttyUSB0 or COM3 (or the path `forcetrack emulate` printed).
    #[arg(long, value_name = "PATH")]
    pub port: String,
    /// Profile id (see `forcetrack devices`).
    #[arg(long, value_name = "PROFILE")]
    pub device: String,
    /// How long to record (at most 30 min).
    #[arg(long, value_name = "N", value_parser = args::recording_length)]
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
    /// The visit to add the trial to (default: the athlete's visit of today, or a new one).
    #[arg(long)]
    pub visit: Option<i64>,
    /// Lever arm for torque, metres.
    #[arg(long, value_name = "M", value_parser = args::lever_arm)]
    pub lever_arm_m: Option<f64>,
    /// Tare the device before recording.
    #[arg(long)]
    pub tare: bool,
    /// Seconds to wait after opening (default: the profile's, e.g. 3 s for boards that reset).
    #[arg(long, value_name = "S", value_parser = args::open_delay)]
    pub open_delay_s: Option<f64>,
}

/// How a recording from the command line went.
pub struct Recorded {
    /// The samples, times from the first sample, with the device, rate and counts in its meta.
    pub trace: Trace,
    pub end: RecordingEnd,
    /// Samples missing from the recording (gaps in the link's sequence, times out of order).
    pub lost: u64,
    /// Readings the device sent that are not in the recording, and how that is known (the
    /// device's clock, damaged lines, `lost`).
    pub missing: MissingReadings,
    pub counts: LinkCounts,
}

/// Connects, optionally tares, records for `seconds` through an [`Acquisition`] (samples go to
/// `journal` under `journal_key` as they arrive) and closes the link. An unplug or Ctrl-C ends
/// it early with what was received so far.
pub fn record(
    config: LinkConfig,
    seconds: f64,
    tare: bool,
    journal: Option<(&JournalSink, u64)>,
) -> anyhow::Result<Recorded> {
    let profile = config.profile.clone();
    let open_wait = config.open_delay_s.unwrap_or(profile.serial.open_delay_s) + profile.serial.first_data_s + 10.0;
    let mut acq = Acquisition::new(link::spawn(LinkConfig { reconnect: false, ..config }), &profile);
    // Wait for the connection.
    let deadline = Instant::now() + Duration::from_secs_f64(open_wait);
    while !acq.state.is_live() {
        print_messages(acq.pump_wait(Duration::from_millis(50)));
        if let Some(reason) = ended_reason(&acq) {
            anyhow::bail!("{reason}");
        }
        anyhow::ensure!(Instant::now() < deadline, "no connection within {open_wait:.0} s");
        anyhow::ensure!(!interrupt::interrupted(), "interrupted before the device connected");
    }
    if tare {
        acq.tare();
        let deadline = Instant::now() + Duration::from_secs(5);
        while acq.tare_pending() {
            print_messages(acq.pump_wait(Duration::from_millis(50)));
            anyhow::ensure!(Instant::now() < deadline, "no answer to the tare command within 5 s");
            if let Some(reason) = ended_reason(&acq) {
                anyhow::bail!("{reason}");
            }
        }
    }
    acq.start_recording(
        RecorderConfig {
            channel_names: acq.channel_names.clone(),
            source_channels: None,
            polarity: profile.polarity,
            params: AnalysisParams::default(),
            max_duration_s: seconds,
        },
        journal.map(|(sink, key)| (sink.feed(), key)),
    );
    // A device that never sends a sample ends the recording through the session's first-data
    // limit; this bound only guards against a link that says nothing at all.
    let give_up = Instant::now() + Duration::from_secs_f64(seconds + profile.serial.first_data_s + 5.0);
    let end = loop {
        let notices = acq.pump_wait(Duration::from_millis(50));
        if let Some(end) = notices.iter().find_map(|n| match n {
            Notice::RecordingEnded(end) => Some(end.clone()),
            Notice::Message(_) => None,
        }) {
            print_messages(notices);
            break end;
        }
        print_messages(notices);
        if interrupt::interrupted() {
            break RecordingEnd::Stopped;
        }
        if Instant::now() > give_up {
            break RecordingEnd::DeviceLost(format!("nothing recorded within {:.0} s", seconds + 5.0));
        }
    };
    let recorder = acq.recorder.as_mut().ok_or_else(|| anyhow::anyhow!("the recording was not started"))?;
    recorder.finish(end.clone());
    let lost = recorder.lost_samples;
    let missing = recorder.missing();
    let mut trace = recorder.trace();
    let counts = acq.close();
    trace.meta.device = Some(profile.name.clone());
    trace.meta.sample_rate_hz = median_rate_hz(&trace.time_s).map(|r| (r * 100.0).round() / 100.0);
    trace.meta.extra = vec![
        ("rejected_lines".into(), counts.rejected.to_string()),
        ("lost_samples".into(), lost.to_string()),
        ("missing_readings".into(), missing.total().to_string()),
    ];
    Ok(Recorded { trace, end, lost, missing, counts })
}

/// Why the link can no longer record, if it cannot (a closed link says why it failed first).
fn ended_reason(acq: &Acquisition) -> Option<String> {
    use link::LinkState::*;
    match &acq.state {
        Disconnected { reason } | Error { reason } => Some(reason.clone()),
        Closed => Some(acq.last_failure.clone().unwrap_or_else(|| "the link closed".into())),
        _ => None,
    }
}

fn print_messages(notices: Vec<Notice>) {
    for notice in notices {
        if let Notice::Message(text) = notice {
            let mut chars = text.chars();
            let first: String = chars.next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
            eprintln!("{first}{}.", chars.as_str());
        }
    }
}

/// What a recording for an athlete is saved as.
struct ForAthlete {
    meta: JournalMeta,
    visit: VisitFor,
}

/// Checks the athlete, test and side against the clinic and the device.
fn for_athlete(args: &RecordArgs, profile: &Profile, data_dir: &Path, athlete_id: i64) -> anyhow::Result<ForAthlete> {
    let store = Store::open(data_dir)?;
    let athlete = store.athlete(athlete_id)?;
    let test_id = args.test.clone().ok_or_else(|| anyhow::anyhow!("--athlete needs --test"))?;
    anyhow::ensure!(store.test_library()?.test(&test_id).is_some(), "unknown test '{test_id}'");
    let side_text = args.side.as_deref().unwrap_or("");
    let side =
        Side::parse(side_text).ok_or_else(|| anyhow::anyhow!("--side '{side_text}' is not left, right or both"))?;
    let names = profile.channel_names();
    anyhow::ensure!(
        (side == Side::Both) == (names.len() == 2),
        "a {side}-side trial needs {} channel(s); {} has {}",
        if side == Side::Both { 2 } else { 1 },
        profile.name,
        names.len()
    );
    let visit = match args.visit {
        Some(id) => {
            let visit = store.visit(id)?;
            anyhow::ensure!(visit.athlete_id == athlete_id, "visit {id} is not a visit of athlete {athlete_id}");
            VisitFor::Visit(id)
        }
        None => VisitFor::SameDay(Visit {
            id: 0,
            athlete_id,
            episode_id: store.episodes(athlete_id)?.last().map(|e| e.id),
            date_time: chrono::Local::now().naive_local(),
            body_mass_kg: athlete.body_mass_kg,
            clinician: String::new(),
            visa_h: None,
            provocation: ProvocationTests::default(),
            notes: "recorded from the command line".into(),
        }),
    };
    let meta = JournalMeta {
        athlete_id: Some(athlete_id),
        visit_id: args.visit,
        trial: TrialMeta {
            test_id,
            side,
            device: profile.id.clone(),
            polarity: profile.polarity,
            lever_arm_m: args.lever_arm_m,
            device_max_n: profile.max_n,
            instrument: profile.instrument(),
        },
        channel_names: names,
    };

    Ok(ForAthlete { meta, visit })
}

pub fn run(args: &RecordArgs, profiles: &ProfileSet, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let profile =
        profiles.get(&args.device).ok_or_else(|| anyhow::anyhow!("unknown device profile '{}'", args.device))?;
    anyhow::ensure!(args.seconds > 0.0, "--seconds must be positive");
    interrupt::install();
    // With an athlete, samples stream into the journal as they arrive.
    let athlete = args.athlete.map(|id| for_athlete(args, profile, data_dir, id)).transpose()?;
    let journal = athlete.as_ref().map(|a| {
        let sink = JournalSink::spawn(data_dir.to_path_buf(), forcetrack::store::clinic_server());
        let key = sink.begin(a.meta.clone());
        (sink, key)
    });
    let mut config = LinkConfig::new(&args.port, profile.clone());
    config.open_delay_s = args.open_delay_s;
    let recorded = record(config, args.seconds, args.tare, journal.as_ref().map(|(j, k)| (j, *k)))?;
    let trace = &recorded.trace;
    let mut saved = Vec::new();
    let mut unsaved = None;
    if let Some(out) = &args.out {
        let written =
            std::fs::File::create(out).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", out.display())).and_then(
                |mut f| write_trace(trace, &mut f).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display())),
            );
        match written {
            Ok(()) => saved.push(format!("into {}", out.display())),
            Err(e) => unsaved = Some(e.to_string()),
        }
    }
    // What is missing, and how that is known: said in the summary and kept in the trial's notes.
    let missing = recorded.missing.describe();
    if let (Some(athlete), Some((sink, key))) = (athlete, journal) {
        let commit = TrialCommit {
            visit: athlete.visit,
            meta: athlete.meta.trial.clone(),
            sample_rate_hz: trace.meta.sample_rate_hz,
            excluded: Vec::new(),
            pain: None,
            notes: match &missing {
                Some(m) => format!("recorded from the command line; {m}"),
                None => "recorded from the command line".into(),
            },
        };
        let answer = sink.commit(key, commit).recv().map_err(|_| "the journal thread ended".to_string());
        let failures = sink.health.failures.load(std::sync::atomic::Ordering::Relaxed);
        match answer.and_then(|r| r) {
            Ok(SavedTrial { waiting: true, .. }) => saved.push(
                "on this computer, waiting for the clinic server, which cannot be reached (`forcetrack sync` \
                 sends it once it answers)"
                    .to_string(),
            ),
            Ok(SavedTrial { visit_id, trial_id, new_visit, .. }) => saved.push(format!(
                "as trial {trial_id} of {} {visit_id}{}",
                if new_visit {
                    "a new visit,"
                } else if args.visit.is_some() {
                    "visit"
                } else {
                    "today's visit,"
                },
                if failures > 0 { format!(" ({failures} journal writes failed on the way)") } else { String::new() }
            )),
            Err(e) => unsaved = Some(format!("the database could not take the trial ({e})")),
        }
    }
    let summary = format!(
        "{} samples over {:.2} s ({} Hz){}; {} rejected lines, {} lost samples, {} device errors, {} bytes discarded at connect",
        trace.len(),
        trace.duration_s(),
        trace.meta.sample_rate_hz.map_or("-".into(), |r| format!("{r:.1}")),
        if saved.is_empty() { String::new() } else { format!(" saved {}", saved.join(" and ")) },
        recorded.counts.rejected,
        recorded.lost,
        recorded.counts.device_errors,
        recorded.counts.discarded_bytes,
    );
    if let Some(last) = &recorded.counts.last_rejected {
        eprintln!("Last rejected line: {last}");
    }
    if let Some(why) = unsaved {
        // Never discarded: what the database or the file could not take goes elsewhere.
        let path = rescue_trace(trace, data_dir).map_err(|e| anyhow::anyhow!("{why}; {e}"))?;
        let and_missing = missing.as_ref().map(|m| format!("; {m}")).unwrap_or_default();
        eprintln!("Not saved: {why}. The recording is kept in {} ({summary}{and_missing}).", path.display());
        return Ok(ExitCode::from(4));
    }
    let and_missing = missing.as_ref().map(|m| format!("; {m}")).unwrap_or_default();
    match (&recorded.end, &missing) {
        (RecordingEnd::Length, None) => {
            eprintln!("Recorded {} s as asked: {summary}.", args.seconds);
            Ok(ExitCode::SUCCESS)
        }
        (RecordingEnd::Length, Some(missing)) => {
            eprintln!("Recorded {} s as asked, but {missing}. {summary}.", args.seconds);
            Ok(ExitCode::from(3))
        }
        (RecordingEnd::Stopped, _) => {
            eprintln!("Recording stopped early (interrupted); kept {summary}{and_missing}.");
            Ok(ExitCode::from(2))
        }
        (RecordingEnd::DeviceLost(reason), _) => {
            eprintln!("Recording stopped early ({reason}); kept {summary}{and_missing}.");
            Ok(ExitCode::from(2))
        }
    }
}
