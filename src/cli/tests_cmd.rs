//! `forcetrack tests`: the test library and batteries.

use std::process::ExitCode;

use clap::Args;

use super::ListFormat;
use super::table::Table;
use forcetrack::protocols::{Measure, TestLibrary};

#[derive(Debug, Args)]
pub struct TestsArgs {
    #[arg(long, value_enum, default_value = "table")]
    pub format: ListFormat,
}

pub fn run(args: &TestsArgs) -> anyhow::Result<ExitCode> {
    let library = TestLibrary::builtin();
    match args.format {
        ListFormat::Json => {
            let json = serde_json::json!({ "tests": library.tests, "batteries": library.batteries });
            println!("{}", serde_json::to_string_pretty(&json)?);
        }
        ListFormat::Table => {
            let mut table = Table::new(["id", "test", "device", "contraction", "sides", "reps", "MDC95", "MDC source"]);
            for t in &library.tests {
                let reps = match t.measure {
                    Measure::Force => format!("{}, {}", t.reps, t.summary.id()),
                    Measure::RepsCount => "count".into(),
                };
                table.row([
                    t.id.clone(),
                    t.name.clone(),
                    t.device.label(forcetrack::i18n::loader()),
                    t.contraction.label(forcetrack::i18n::loader()),
                    if t.both_at_once() { "both at once" } else { "one at a time" }.into(),
                    reps,
                    t.mdc.as_ref().map_or("-".into(), |m| m.mdc.display()),
                    t.mdc.as_ref().map_or("-".into(), |m| m.source.clone()),
                ]);
            }
            print!("{}", table.render());
            println!();
            let mut batteries = Table::new(["battery", "name", "tests"]);
            for b in &library.batteries {
                batteries.row([b.id.clone(), b.name.clone(), b.tests.join(", ")]);
            }
            print!("{}", batteries.render());
            for t in library.tests.iter().filter(|t| !t.thresholds.is_empty() || !t.norms.is_empty()) {
                println!("\n{}:", t.name);
                for th in &t.thresholds {
                    println!("  threshold {} {} {}: {}", th.label, th.value, th.unit, th.source);
                }
                for n in &t.norms {
                    let value = match (n.mean, n.sd) {
                        (Some(m), Some(sd)) => format!("{m} ± {sd} {}", n.unit),
                        (Some(m), None) => format!("{m} {}", n.unit),
                        _ => n.unit.clone(),
                    };
                    println!("  norm {} {}: {}", n.label, value, n.source);
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
