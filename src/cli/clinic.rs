//! `forcetrack athletes`, `visits`, `demo`, `backup`: the clinic database from the command line.

use std::path::Path;
use std::process::ExitCode;

use clap::Args;
use serde_json::json;

use super::ListFormat;
use super::table::{Table, num};
use forcetrack::io::demo::seed_demo;
use forcetrack::model::Side;
use forcetrack::records;
use forcetrack::results::{VisitResults, hq};
use forcetrack::store::{BackupKind, Store};

#[derive(Debug, Args)]
pub struct AthletesArgs {
    #[arg(long, value_enum, default_value = "table")]
    pub format: ListFormat,
    /// Include archived athletes.
    #[arg(long)]
    pub all: bool,
}

pub fn athletes(args: &AthletesArgs, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let store = Store::open(data_dir)?;
    let rows = store.athletes(args.all)?;
    match args.format {
        ListFormat::Json => {
            let list: Vec<_> = rows
                .iter()
                .map(|r| {
                    json!({
                        "id": r.athlete.id,
                        "given_name": r.athlete.given_name,
                        "family_name": r.athlete.family_name,
                        "date_of_birth": r.athlete.date_of_birth,
                        "sex": r.athlete.sex,
                        "sport": r.athlete.sport,
                        "external_id": r.athlete.external_id,
                        "archived": r.athlete.archived,
                        "visits": r.visits,
                        "last_visit": r.last_visit.map(|d| d.format("%Y-%m-%dT%H:%M:%S").to_string()),
                        "episode": r.episode.as_ref().map(|e| json!({
                            "id": e.id,
                            "kind": e.kind.id(),
                            "side": e.side.map(Side::id),
                            "injury_date": e.injury_date,
                            "closed_on": e.closed_on,
                            "cleared_by_override": r.cleared_by_override,
                            "summary": e.summary(forcetrack::i18n::loader()),
                        })),
                    })
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&list)?);
        }
        ListFormat::Table => {
            if rows.is_empty() {
                println!("No athletes in {}. (`forcetrack demo` loads the demo clinic.)", store.location());
                return Ok(super::transfer::report_left_out_of(
                    &super::transfer::with_rows_read(&store, Vec::new()),
                    "shown",
                ));
            }
            let mut table = Table::new(["id", "name", "sport", "visits", "last visit", "episode"]);
            for r in &rows {
                table.row([
                    r.athlete.id.to_string(),
                    format!("{}{}", r.athlete.full_name(), if r.athlete.archived { " (archived)" } else { "" }),
                    r.athlete.sport.clone().unwrap_or_default(),
                    r.visits.to_string(),
                    r.last_visit.map_or("-".into(), |d| d.format("%Y-%m-%d").to_string()),
                    r.episode.as_ref().map_or("-".into(), |e| {
                        format!(
                            "{} ({}{})",
                            e.summary(forcetrack::i18n::loader()),
                            e.injury_date,
                            e.closed_on
                                .map(|d| {
                                    let how = if r.cleared_by_override { " by override" } else { "" };
                                    format!(", cleared{how} {d}")
                                })
                                .unwrap_or_default()
                        )
                    }),
                ]);
            }
            print!("{}", table.render());
        }
    }
    Ok(super::transfer::report_left_out_of(&super::transfer::with_rows_read(&store, Vec::new()), "shown"))
}

#[derive(Debug, Args)]
pub struct VisitsArgs {
    /// Athlete id (see `forcetrack athletes`).
    #[arg(long, required_unless_present = "deleted")]
    pub athlete: Option<i64>,
    /// The deleted visits still restorable (of the athlete, or of all athletes), with their
    /// trials; `forcetrack restore visit ID` brings one back.
    #[arg(long)]
    pub deleted: bool,
    #[arg(long, value_enum, default_value = "table")]
    pub format: ListFormat,
}

pub fn visits(args: &VisitsArgs, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let Some(athlete_id) = args.athlete.filter(|_| !args.deleted) else {
        return super::deleted::list(args.athlete, args.format, data_dir);
    };
    let store = Store::open(data_dir)?;
    let athlete = store.athlete(athlete_id)?;
    let library = store.test_library()?;
    let settings = records::result_settings(&store)?;
    let history = records::athlete_results(&store, athlete.id, &library, &settings)?;
    // The command line speaks English, with a decimal point.
    let english = forcetrack::i18n::loader_for(forcetrack::i18n::Language::English.into());
    let style = forcetrack::i18n::numbers::NumberStyle::default();
    // Trials whose samples are damaged and rows that cannot be read: named on stderr and counted
    // once the rest is shown.
    let left_out: Vec<String> = history
        .iter()
        .flat_map(|v| {
            v.damaged_trials.iter().map(move |trial| {
                format!(
                    "trial {trial} (athlete {}, visit of {}): its stored samples are damaged; left out of the results",
                    athlete.id,
                    v.visit.date_time.date()
                )
            })
        })
        .collect();
    match args.format {
        ListFormat::Json => {
            let mut visits = Vec::new();
            for v in &history {
                let mut value = serde_json::to_value(v)?;
                value["hq"] = hq_json(&english, v, settings.hq_at_least);
                visits.push(value);
            }
            let value = json!({ "athlete": athlete, "visits": visits });
            println!("{}", serde_json::to_string_pretty(&value)?);
        }
        ListFormat::Table => {
            println!("{} (id {}): {} visits", super::table::printable(&athlete.full_name()), athlete.id, history.len());
            let mut table = Table::new([
                "visit",
                "date",
                "test",
                "left",
                "right",
                "unit",
                "asymmetry",
                "LSI %",
                "band",
                "pain L/R",
                "flags",
            ]);
            for v in &history {
                for (k, t) in v.tests.iter().enumerate() {
                    let unit = if library
                        .test(&t.test_id)
                        .is_some_and(|d| d.measure == forcetrack::protocols::Measure::RepsCount)
                    {
                        "reps"
                    } else {
                        "N"
                    };
                    let pain = |s: Option<&forcetrack::results::SideResult>| {
                        s.and_then(|s| s.pain).map_or("-".into(), |p| p.to_string())
                    };
                    let mut flags: Vec<String> = [&t.left, &t.right]
                        .into_iter()
                        .flatten()
                        .flat_map(|s| {
                            forcetrack::results::flags::result_flags_text(&english, &s.flags)
                                .into_iter()
                                .map(move |f| format!("{}: {f}", s.side.letter()))
                        })
                        .collect();
                    for s in [&t.left, &t.right].into_iter().flatten().filter(|s| s.entered_by_hand) {
                        flags.push(format!("{}: entered by hand", s.side.letter()));
                    }
                    table.row([
                        if k == 0 { v.visit.id.to_string() } else { String::new() },
                        if k == 0 { v.visit.date_time.format("%Y-%m-%d").to_string() } else { String::new() },
                        t.test_name.clone(),
                        num(t.left.as_ref().and_then(|s| s.value), if unit == "N" { 1 } else { 0 }),
                        num(t.right.as_ref().and_then(|s| s.value), if unit == "N" { 1 } else { 0 }),
                        unit.into(),
                        t.asymmetry.map_or("-".into(), |a| a.display(&english, &style)),
                        num(t.lsi_percent, 1),
                        t.band.map_or("-".into(), |b| b.id().into()),
                        format!("{}/{}", pain(t.left.as_ref()), pain(t.right.as_ref())),
                        flags.join("; "),
                    ]);
                }
                if v.tests.is_empty() {
                    table.row([
                        v.visit.id.to_string(),
                        v.visit.date_time.format("%Y-%m-%d").to_string(),
                        "(no tests)".into(),
                    ]);
                }
                if has_hq_test(v) {
                    let (left, right) = (v.hq(Side::Left), v.hq(Side::Right));
                    let below: Vec<String> = [(Side::Left, left), (Side::Right, right)]
                        .into_iter()
                        .filter(|(_, h)| h.below(settings.hq_at_least))
                        .map(|(s, _)| format!("{}:below_{:.2}", s.letter(), settings.hq_at_least.unwrap_or_default()))
                        .collect();
                    table.row([
                        String::new(),
                        String::new(),
                        "H:Q".into(),
                        left.display(&english, &style),
                        right.display(&english, &style),
                        "ratio".into(),
                        "-".into(),
                        "-".into(),
                        "-".into(),
                        "-".into(),
                        below.join(" "),
                    ]);
                }
            }
            print!("{}", table.render());
            for v in &history {
                for side in [Side::Left, Side::Right] {
                    if let Some(caveat) = v.hq_caveat(&english, side) {
                        println!("H:Q {} {}: {caveat}.", v.visit.date_time.format("%Y-%m-%d"), side.id());
                    }
                }
            }
            if history.iter().any(has_hq_test) {
                let threshold = settings
                    .hq_at_least
                    .map_or_else(|| "no threshold set".to_string(), |t| format!("clinic threshold: at least {t:.2}"));
                println!(
                    "H:Q: knee flexion / knee extension torque at 90° per side ('-': both tests not done on that \
                     side at that visit); {threshold}."
                );
            }
        }
    }
    Ok(super::transfer::report_left_out_of(&super::transfer::with_rows_read(&store, left_out), "shown"))
}

/// Whether a visit holds a test of the H:Q ratio (the line is shown then, with why a side has
/// no ratio).
fn has_hq_test(v: &VisitResults) -> bool {
    v.test(hq::FLEXION).is_some() || v.test(hq::EXTENSION).is_some()
}

/// A visit's H:Q per side for `visits --format json`: the ratio (null when there is none), the
/// text the table and the app show, and whether it is below the clinic's lowest acceptable H:Q;
/// null for a visit with neither test of the ratio.
fn hq_json(
    english: &i18n_embed::fluent::FluentLanguageLoader,
    v: &VisitResults,
    at_least: Option<f64>,
) -> serde_json::Value {
    if !has_hq_test(v) {
        return serde_json::Value::Null;
    }
    let side = |s: Side| {
        let h = v.hq(s);
        // Two kinds of instrument in one ratio, in words (null when one kind).
        json!({
            "ratio": h.ratio(),
            "text": h.display(english, &forcetrack::i18n::numbers::NumberStyle::default()),
            "below_threshold": h.below(at_least),
            "instruments_caveat": v.hq_caveat(english, s),
        })
    };
    json!({ "left": side(Side::Left), "right": side(Side::Right), "at_least": at_least, "source": hq::SOURCE })
}

#[derive(Debug, Args)]
pub struct DemoArgs {}

pub fn demo(data_dir: &Path) -> anyhow::Result<ExitCode> {
    let mut store = Store::open(data_dir)?;
    seed_demo(&mut store, &mut |_, _| {})?;
    let rows = store.athletes(true)?;
    println!(
        "Loaded the demo clinic into {}: {} athletes, {} visits, {} trials.",
        store.location(),
        rows.len(),
        store.count("visits")?,
        store.count("trials")?
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct BackupArgs {}

pub fn backup(data_dir: &Path) -> anyhow::Result<ExitCode> {
    let store = Store::open(data_dir)?;
    if store.server().is_some() {
        println!("{}", forcetrack::store::BACKUP_ADVICE);
        return Ok(ExitCode::SUCCESS);
    }
    let info = store.backup(BackupKind::Manual)?;
    println!("Backed up to {}", info.path.display());
    for b in store.backups() {
        println!("  {}  ({})", b.path.display(), b.tag);
    }
    Ok(ExitCode::SUCCESS)
}
