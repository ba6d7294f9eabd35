//! `forcetrack recover`: recordings a crash left unfinished in the journal.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use serde_json::json;

use super::ListFormat;
use super::table::Table;
use forcetrack::device::profile::ProfileSet;
use forcetrack::io::write_trace;
use forcetrack::store::Store;

#[derive(Debug, Args)]
pub struct RecoverArgs {
    #[arg(long, value_enum, default_value = "table")]
    pub format: ListFormat,
    /// Save this recording as a trial (into its visit, or a new visit of its athlete).
    #[arg(long, value_name = "ID")]
    pub save: Option<i64>,
    /// With --save: the pain (0-10) the athlete reported during the recording.
    #[arg(long, value_name = "0-10", requires = "save", value_parser = clap::value_parser!(u8).range(0..=10))]
    pub pain: Option<u8>,
    /// Delete this recording from the journal.
    #[arg(long, value_name = "ID")]
    pub discard: Option<i64>,
    /// Write this recording to a trace file (with --out).
    #[arg(long, value_name = "ID", requires = "out")]
    pub write: Option<i64>,
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// A writer silent for this long has stopped (it commits every 200 ms while recording).
pub const STALE_AFTER: Duration = Duration::from_secs(3);

pub fn run(args: &RecoverArgs, profiles: &ProfileSet, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let mut store = Store::open(data_dir)?;
    let unfinished = store.unfinished_recordings(STALE_AFTER)?;
    let find = |id: i64| {
        unfinished.iter().find(|u| u.id == id).cloned().ok_or_else(|| anyhow::anyhow!("no unfinished recording {id}"))
    };
    if let Some(id) = args.discard {
        find(id)?;
        store.discard_unfinished(id)?;
        println!("Discarded recording {id}.");
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(id) = args.write {
        let u = find(id)?;
        let mut trace = store.journal_trace(id, &u.meta.channel_names)?;
        trace.rebase_to_first_sample();
        trace.meta.device = Some(u.meta.trial.device.clone());
        trace.meta.polarity = Some(u.meta.trial.polarity);
        let out = args.out.as_ref().ok_or_else(|| anyhow::anyhow!("--write needs --out FILE"))?;
        let mut file = std::fs::File::create(out)?;
        write_trace(&trace, &mut file)?;
        println!("Wrote {} samples ({:.2} s) to {}.", trace.len(), trace.duration_s(), out.display());
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(id) = args.save {
        let mut u = find(id)?;
        // The journal keeps the device; its kind of instrument comes from its profile.
        u.meta.trial.instrument = profiles.get(&u.meta.trial.device).and_then(|p| p.instrument());
        let samples = store.journal_trace(id, &u.meta.channel_names)?.len();
        let (visit_id, trial_id) = store.save_unfinished(&u, args.pain)?;
        let pain = args.pain.map_or("no pain score (--pain 0-10 records one)".to_string(), |p| format!("pain {p}/10"));
        println!("Saved recording {id} as trial {trial_id} of visit {visit_id} ({samples} samples, {pain}).");
        return Ok(ExitCode::SUCCESS);
    }
    let described: Vec<_> = unfinished
        .iter()
        .map(|u| {
            let trace = store.journal_trace(u.id, &u.meta.channel_names);
            let (samples, duration) = trace.as_ref().map_or((0, 0.0), |t| (t.len(), t.duration_s()));
            (u, samples, duration, trace.err().map(|e| e.to_string()))
        })
        .collect();
    match args.format {
        ListFormat::Json => {
            let list: Vec<_> = described
                .iter()
                .map(|(u, samples, duration, error)| {
                    json!({
                        "id": u.id,
                        "started_at": u.started_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
                        "last_saved_at": u.last_flush_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
                        "athlete_id": u.meta.athlete_id,
                        "visit_id": u.meta.visit_id,
                        "test_id": Some(&u.meta.trial.test_id).filter(|t| !t.is_empty()),
                        "side": u.meta.trial.side.id(),
                        "device": u.meta.trial.device,
                        "channels": u.meta.channel_names,
                        "samples": samples,
                        "duration_s": duration,
                        "error": error,
                    })
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&list)?);
        }
        ListFormat::Table => {
            if described.is_empty() {
                println!("No unfinished recordings.");
            } else {
                let mut table = Table::new(["id", "started", "athlete", "test", "side", "samples", "seconds"]);
                for (u, samples, duration, _) in &described {
                    table.row([
                        u.id.to_string(),
                        u.started_at.format("%Y-%m-%d %H:%M:%S").to_string(),
                        u.meta.athlete_id.map_or("-".into(), |a| a.to_string()),
                        if u.meta.trial.test_id.is_empty() { "-".into() } else { u.meta.trial.test_id.clone() },
                        u.meta.trial.side.id().to_string(),
                        samples.to_string(),
                        format!("{duration:.2}"),
                    ]);
                }
                print!("{}", table.render());
                println!("Keep one with --save ID (or --write ID --out FILE), or drop it with --discard ID.");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
