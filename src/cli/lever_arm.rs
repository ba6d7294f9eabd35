//! `forcetrack lever-arm`: a trial's lever arm added or corrected after the recording (measured
//! once the athlete was off the device, or mistyped), so its torque and H:Q can be read.

use std::path::Path;
use std::process::ExitCode;

use clap::Args;

use forcetrack::model::Side;
use forcetrack::records;
use forcetrack::results::hq;
use forcetrack::store::Store;

#[derive(Debug, Args)]
pub struct LeverArmArgs {
    /// The trial's id (`forcetrack visits --athlete ID --format json` lists each side's trials).
    pub trial: i64,
    /// The lever arm in metres, from the joint's axis to where the device pressed (0-2 m).
    #[arg(value_parser = super::args::lever_arm, required_unless_present = "clear", conflicts_with = "clear")]
    pub metres: Option<f64>,
    /// Clear the trial's lever arm instead (no torque, no H:Q from it).
    #[arg(long)]
    pub clear: bool,
}

/// Sets or clears the lever arm and says what it was, what it is and the visit's H:Q now.
pub fn lever_arm(args: &LeverArmArgs, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let store = Store::open(data_dir)?;
    let before = store.trial_info(args.trial)?;
    let lever_arm_m = if args.clear { None } else { args.metres };
    store.set_lever_arm(args.trial, lever_arm_m)?;
    let visit = store.visit(before.visit_id)?;
    let library = store.test_library()?;
    let settings = records::result_settings(&store)?;
    let test = library.test(&before.meta.test_id).map_or(before.meta.test_id.as_str(), |t| t.name.as_str());
    let metres = |m: Option<f64>| m.map_or_else(|| "none".to_string(), |m| format!("{m} m"));
    println!(
        "Trial {} ({test}, {}, visit of {}): lever arm {} (was {}).",
        args.trial,
        before.meta.side.id(),
        visit.date_time.format("%Y-%m-%d"),
        metres(lever_arm_m),
        metres(before.meta.lever_arm_m)
    );
    let results = records::athlete_results(&store, visit.athlete_id, &library, &settings)?;
    if let Some(v) = results.iter().find(|v| v.visit.id == visit.id) {
        let (left, right) = (v.hq(Side::Left), v.hq(Side::Right));
        if [hq::FLEXION, hq::EXTENSION].contains(&before.meta.test_id.as_str()) {
            // The command line speaks English, with a decimal point.
            let english = forcetrack::i18n::loader_for(forcetrack::i18n::Language::English.into());
            let style = forcetrack::i18n::numbers::NumberStyle::default();
            println!(
                "H:Q at this visit: left {}, right {}.",
                left.display(&english, &style),
                right.display(&english, &style)
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
