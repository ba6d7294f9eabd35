//! `forcetrack enter`: one trial entered by hand, each rep's peak read off a device with no
//! public protocol (DOMAIN.md section 4).

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Args;

use forcetrack::io::import::{EnteredTrial, save_entered};
use forcetrack::model::{ForceUnit, Instrument, Side};
use forcetrack::store::Store;

#[derive(Debug, Args)]
pub struct EnterArgs {
    #[arg(long)]
    pub athlete: i64,
    /// Test id (see `forcetrack tests`).
    #[arg(long)]
    pub test: String,
    /// left or right; both for a test of both legs at once (a Nordic), with --left-peaks and
    /// --right-peaks.
    #[arg(long)]
    pub side: String,
    /// The device as the clinic names it, e.g. "Hoggan microFET 2".
    #[arg(long)]
    pub device: String,
    /// handheld, fixed_frame, load_cell_rig or force_plate (change compares one kind only).
    #[arg(long)]
    pub instrument: String,
    /// The unit on the device's display: N, kgf or lbf.
    #[arg(long)]
    pub unit: String,
    /// Each rep's peak in that unit, comma separated: 31.2,30.8,32.0
    #[arg(long, value_delimiter = ',', num_args = 1.., allow_negative_numbers = true)]
    pub peaks: Vec<f64>,
    /// With --side both: the left leg's peak of each rep, comma separated.
    #[arg(long, value_delimiter = ',', num_args = 1.., allow_negative_numbers = true)]
    pub left_peaks: Vec<f64>,
    /// With --side both: the right leg's peak of each rep, comma separated.
    #[arg(long, value_delimiter = ',', num_args = 1.., allow_negative_numbers = true)]
    pub right_peaks: Vec<f64>,
    /// An existing visit of the athlete (default: the athlete's visit on --date, or a new one).
    #[arg(long)]
    pub visit: Option<i64>,
    /// The day the values were taken (YYYY-MM-DD; default today).
    #[arg(long)]
    pub date: Option<String>,
    /// Pain during the test, 0-10.
    #[arg(long, value_parser = clap::value_parser!(u8).range(0..=10))]
    pub pain: Option<u8>,
    #[arg(long, value_name = "M")]
    pub lever_arm_m: Option<f64>,
}

pub fn run(args: &EnterArgs, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let side =
        Side::parse(&args.side).ok_or_else(|| anyhow::anyhow!("--side '{}' is not left, right or both", args.side))?;
    let (peaks, right_peaks) = match side {
        Side::Both if !args.peaks.is_empty() => {
            anyhow::bail!("--side both takes each leg's peaks: --left-peaks and --right-peaks, not --peaks")
        }
        Side::Both => (args.left_peaks.clone(), args.right_peaks.clone()),
        _ if !args.left_peaks.is_empty() || !args.right_peaks.is_empty() => {
            anyhow::bail!("--left-peaks and --right-peaks go with --side both; one leg takes --peaks")
        }
        _ => (args.peaks.clone(), Vec::new()),
    };
    let instrument = Instrument::parse(&args.instrument).ok_or_else(|| {
        anyhow::anyhow!(
            "--instrument '{}' is not one of {}",
            args.instrument,
            Instrument::ALL.map(Instrument::id).join(", ")
        )
    })?;
    let unit =
        ForceUnit::parse(&args.unit).ok_or_else(|| anyhow::anyhow!("--unit '{}' is not N, kgf or lbf", args.unit))?;
    let date = match &args.date {
        Some(d) => {
            NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| anyhow::anyhow!("--date '{d}' is not YYYY-MM-DD"))?
        }
        None => chrono::Local::now().date_naive(),
    };
    let entered = EnteredTrial {
        athlete_id: args.athlete,
        visit_id: args.visit,
        date,
        test_id: args.test.clone(),
        side,
        device: args.device.clone(),
        instrument,
        unit,
        peaks: peaks.clone(),
        right_peaks: right_peaks.clone(),
        pain: args.pain,
        lever_arm_m: args.lever_arm_m,
    };
    let mut store = Store::open(data_dir)?;
    let (visit, trial) = save_entered(&mut store, &entered)?;
    let best = |peaks: &[f64]| {
        let best = peaks.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        format!("best {best} {} ({:.1} N)", unit.symbol(), unit.to_newtons(best))
    };
    let device =
        format!("{} ({})", super::table::printable(args.device.trim()), instrument.label(forcetrack::i18n::loader()));
    let result = match side {
        Side::Both => format!(
            "from {device}: left {} reps, {}; right {} reps, {}",
            peaks.len(),
            best(&peaks),
            right_peaks.len(),
            best(&right_peaks)
        ),
        _ => format!("{} reps from {device}, {}", peaks.len(), best(&peaks)),
    };
    println!("Entered by hand: trial {trial} of visit {visit}, {} {}, {result}.", args.test, side.id());
    Ok(ExitCode::SUCCESS)
}
