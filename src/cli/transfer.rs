//! `forcetrack export ...` and `forcetrack import ...`.

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{NaiveDate, NaiveDateTime};
use clap::{Args, Subcommand};

use forcetrack::io::CsvOptions;
use forcetrack::io::export::{
    ExportContext, export_all, export_athlete_history, export_traces, export_visit_summary, left_out_count,
    row_left_out_line,
};
use forcetrack::io::import::{RecordingTarget, import_all, import_athletes, import_entered, import_recording};
use forcetrack::model::{Polarity, Side};
use forcetrack::store::Store;

#[derive(Debug, Args)]
pub struct Locale {
    /// Field separator: , ; tab or |
    #[arg(long, global = true, value_name = "D")]
    pub delimiter: Option<String>,
    /// Write numbers with a decimal comma (uses ; between fields unless --delimiter says otherwise).
    #[arg(long, global = true)]
    pub decimal_comma: bool,
    /// Start the file with a UTF-8 byte-order mark, so that Excel reads names in any script
    /// (visit and history exports).
    #[arg(long, global = true)]
    pub bom: bool,
}

impl Locale {
    fn options(&self) -> anyhow::Result<CsvOptions> {
        Ok(CsvOptions::new(self.delimiter.as_deref(), self.decimal_comma)
            .map_err(anyhow::Error::msg)?
            .with_bom(self.bom))
    }
}

#[derive(Debug, Args)]
#[command(after_help = "A trial whose stored samples are damaged, or a stored row that cannot be read, is left out: \
the rest is written, each one left out is named on stderr with the count, and the exit status is 2 (1: nothing \
written, an error; 0: all written).")]
pub struct ExportArgs {
    #[command(subcommand)]
    pub what: ExportWhat,
    #[command(flatten)]
    pub locale: Locale,
}

#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    /// One row per test and side of a visit: best, mean, CV, asymmetry, pain, flags, change.
    Visit {
        #[arg(long)]
        visit: i64,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// One row per visit and test of an athlete.
    History {
        #[arg(long)]
        athlete: i64,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// One trace CSV per trial of an athlete (or of one visit).
    Traces {
        #[arg(long)]
        athlete: i64,
        #[arg(long)]
        visit: Option<i64>,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Every table and every trace, for research or moving to another machine.
    All {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

fn create(path: &Path) -> anyhow::Result<BufWriter<File>> {
    Ok(BufWriter::new(File::create(path).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", path.display()))?))
}

/// Exit status of a command that wrote everything it could but left trials out because their
/// stored samples are damaged, or rows because they cannot be read (each named on stderr): 2.
/// All written: 0; an error: 1.
pub const LEFT_OUT_EXIT: u8 = 2;

/// Names each trial or row left out on stderr, says how many, and gives the exit status for it.
pub fn report_left_out(left_out: &[String]) -> ExitCode {
    report_left_out_of(left_out, "written")
}

/// [`report_left_out`] for a command that `done` ("written", "shown") everything else.
pub fn report_left_out_of(left_out: &[String], done: &str) -> ExitCode {
    for line in left_out {
        eprintln!("forcetrack: {line}");
    }
    if left_out.is_empty() {
        return ExitCode::SUCCESS;
    }
    eprintln!("forcetrack: {} left out (damaged, named above); everything else was {done}", left_out_count(left_out));
    ExitCode::from(LEFT_OUT_EXIT)
}

pub fn export(args: &ExportArgs, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let options = args.locale.options()?;
    if options.bom && matches!(args.what, ExportWhat::Traces { .. } | ExportWhat::All { .. }) {
        // `import all` and the trace reader take files as ForceTrack writes them; a BOM is for
        // spreadsheets.
        anyhow::bail!("--bom is for the visit and history exports (spreadsheets), not for traces or all");
    }
    let store = Store::open(data_dir)?;
    let ctx = ExportContext::new(&store, options)?;
    let left_out = match &args.what {
        ExportWhat::Visit { visit, out } => {
            let w = export_visit_summary(&ctx, *visit, create(out)?)?;
            eprintln!("Wrote {} rows to {}.", w.rows, out.display());
            w.left_out
        }
        ExportWhat::History { athlete, out } => {
            let w = export_athlete_history(&ctx, *athlete, create(out)?)?;
            eprintln!("Wrote {} rows to {}.", w.rows, out.display());
            w.left_out
        }
        ExportWhat::Traces { athlete, visit, out } => {
            let w = export_traces(&ctx, *athlete, *visit, out, &mut |_, _| {})?;
            eprintln!("Wrote {} trace files to {}.", w.files.len(), out.display());
            w.left_out
        }
        ExportWhat::All { out } => {
            let m = export_all(&store, out, options, &mut |_, _| {})?;
            eprintln!(
                "Exported {} athletes, {} episodes, {} visits, {} trials and {} sign-offs to {}.",
                m.athletes,
                m.injury_episodes,
                m.visits,
                m.trials,
                m.signoffs,
                out.display()
            );
            m.skipped
        }
    };
    Ok(report_left_out(&with_rows_read(&store, left_out)))
}

/// `left_out` and the rows `store`'s readers left out because they cannot be read that it does
/// not name yet (a setting read before the export began, say).
pub fn with_rows_read(store: &Store, mut left_out: Vec<String>) -> Vec<String> {
    for row in store.take_damaged_rows() {
        let line = row_left_out_line(&row);
        if !left_out.contains(&line) {
            left_out.push(line);
        }
    }
    left_out
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub what: ImportWhat,
}

#[derive(Debug, Subcommand)]
pub enum ImportWhat {
    /// Athletes from a CSV list (given name, family name, sex, date of birth; optional external
    /// id, sport, dominant leg, body mass). Any bad row: nothing is imported.
    Athletes {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// A ForceTrack, Chronojump or generic trace as a trial of an athlete.
    Recording {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(long)]
        athlete: i64,
        /// Test id (see `forcetrack tests`).
        #[arg(long)]
        test: String,
        /// left, right, or both (two channels, left then right)
        #[arg(long)]
        side: String,
        /// An existing visit (default: a new visit).
        #[arg(long)]
        visit: Option<i64>,
        /// Date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SS) of the new visit.
        #[arg(long)]
        date: Option<String>,
        #[arg(long, value_parser = ["auto", "positive", "negative"])]
        polarity: Option<String>,
        #[arg(long, value_name = "M")]
        lever_arm_m: Option<f64>,
    },
    /// Results entered by hand, one row per rep: athlete_id, date, test_id, side, device,
    /// instrument, unit, peak (optional pain_0_10, lever_arm_m). Any bad row: nothing is
    /// imported.
    Entered {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// A whole database from an `export all` folder, into an empty data folder.
    All {
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
}

fn parse_when(text: &str) -> anyhow::Result<NaiveDateTime> {
    if let Ok(d) = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S") {
        return Ok(d);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(|d| d.and_hms_opt(12, 0, 0).unwrap_or_default())
        .map_err(|_| anyhow::anyhow!("--date '{text}' is not YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS"))
}

pub fn import(args: &ImportArgs, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let mut store = Store::open(data_dir)?;
    match &args.what {
        ImportWhat::Entered { file } => {
            let bytes = std::fs::read(file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
            let done = import_entered(&mut store, &bytes, &file.display().to_string())?;
            println!(
                "Imported {} trials entered by hand ({} reps); {} new visits.",
                done.trials, done.reps, done.visits_added
            );
        }
        ImportWhat::Athletes { file } => {
            let bytes = std::fs::read(file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
            let ids = import_athletes(&mut store, &bytes, &file.display().to_string())?;
            println!(
                "Imported {} athletes (ids {}).",
                ids.len(),
                ids.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", ")
            );
        }
        ImportWhat::Recording { file, athlete, test, side, visit, date, polarity, lever_arm_m } => {
            let target = RecordingTarget {
                athlete_id: *athlete,
                visit_id: *visit,
                date_time: date.as_deref().map(parse_when).transpose()?,
                test_id: test.clone(),
                side: Side::parse(side).ok_or_else(|| anyhow::anyhow!("--side '{side}' is not left, right or both"))?,
                polarity: polarity.as_deref().and_then(Polarity::parse),
                lever_arm_m: *lever_arm_m,
            };
            let (visit_id, trial_id) = import_recording(&mut store, file, &target)?;
            println!("Imported {} as trial {trial_id} of visit {visit_id}.", file.display());
        }
        ImportWhat::All { dir } => {
            let m = import_all(&mut store, dir, &mut |_, _| {})?;
            println!(
                "Imported {} athletes, {} injury episodes, {} visits, {} trials, {} sign-offs and {} clearance checks \
                 into {} (counted in the database).",
                m.athletes,
                m.injury_episodes,
                m.visits,
                m.trials,
                m.signoffs,
                m.clearance_checks,
                store.location()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
