//! `forcetrack visits --deleted` and `forcetrack restore visit`: visits deleted in the app,
//! kept restorable with their trials for `KEEP_DELETED_DAYS` days.

use std::path::Path;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde_json::json;

use super::ListFormat;
use super::table::{Table, printable};
use forcetrack::store::{KEEP_DELETED_DAYS, Store};

#[derive(Debug, Args)]
pub struct RestoreArgs {
    #[command(subcommand)]
    pub what: RestoreWhat,
}

#[derive(Debug, Subcommand)]
pub enum RestoreWhat {
    /// A deleted visit, with its trials and manual checks (see `forcetrack visits --deleted`).
    Visit {
        /// The deleted visit's id.
        id: i64,
    },
}

/// Lists the deleted visits still restorable, of one athlete or of all.
pub fn list(athlete: Option<i64>, format: ListFormat, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let store = Store::open(data_dir)?;
    if let Some(a) = athlete {
        store.athlete(a)?;
    }
    let library = store.test_library()?;
    let english = forcetrack::i18n::loader_for(forcetrack::i18n::Language::English.into());
    let deleted = store.deleted_visits(athlete)?;
    match format {
        ListFormat::Json => {
            let list: Vec<_> = deleted
                .iter()
                .map(|d| {
                    json!({
                        "visit": d.visit,
                        "deleted_at": d.deleted_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
                        "restorable_until": d.restorable_until(),
                        "trials": d.trials(),
                        "tests": d.tests.iter().map(|(id, n)| json!({
                            "test_id": id,
                            "name": library.test(id).map_or(id.as_str(), |t| t.name.as_str()),
                            "trials": n,
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&list)?);
        }
        ListFormat::Table => {
            if deleted.is_empty() {
                println!("No deleted visits to restore (a deleted visit is kept {KEEP_DELETED_DAYS} days).");
                return Ok(super::transfer::report_left_out_of(
                    &super::transfer::with_rows_read(&store, Vec::new()),
                    "shown",
                ));
            }
            let mut table = Table::new(["visit", "athlete", "date", "deleted", "restorable until", "trials"]);
            for d in &deleted {
                let name = store.athlete(d.visit.athlete_id).map(|a| a.full_name()).unwrap_or_default();
                table.row([
                    d.visit.id.to_string(),
                    format!("{name} ({})", d.visit.athlete_id),
                    d.visit.date_time.format("%Y-%m-%d %H:%M").to_string(),
                    d.deleted_at.format("%Y-%m-%d %H:%M").to_string(),
                    d.restorable_until().to_string(),
                    d.trials_text(&library, &english),
                ]);
            }
            print!("{}", table.render());
            println!("`forcetrack restore visit ID` brings one back with its trials.");
        }
    }
    // A deleted visit whose row cannot be read is left out of the list: named, counted.
    Ok(super::transfer::report_left_out_of(&super::transfer::with_rows_read(&store, Vec::new()), "shown"))
}

pub fn restore(args: &RestoreArgs, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let store = Store::open(data_dir)?;
    let library = store.test_library()?;
    let english = forcetrack::i18n::loader_for(forcetrack::i18n::Language::English.into());
    match args.what {
        RestoreWhat::Visit { id } => {
            let restored = store.restore_visit(id).map_err(|e| match e {
                forcetrack::store::StoreError::NotFound { .. } => anyhow::anyhow!(
                    "no deleted visit {id} to restore (`forcetrack visits --deleted` lists them; a deleted visit \
                     is kept {KEEP_DELETED_DAYS} days)"
                ),
                e => e.into(),
            })?;
            println!(
                "Restored the visit of {} (visit {id}, athlete {}) {}.",
                restored.visit.date_time.format("%Y-%m-%d %H:%M"),
                restored.visit.athlete_id,
                printable(&match restored.trials() {
                    0 => "with no trials".to_string(),
                    _ => format!("with its {}", restored.trials_text(&library, &english)),
                })
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
