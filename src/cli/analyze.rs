//! `forcetrack analyze`: metrics of trace files as a table, JSON or CSV.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::args;
use super::table::{Table, num};
use forcetrack::analysis::{
    AnalysisParams, AsymmetryFormula, Metric, QualityFlag, RepThreshold, analyze_trace, asymmetry,
};
use forcetrack::io::analysis_report::FileReport;
use forcetrack::io::read_trace_file;
use forcetrack::model::{Polarity, Side};
use forcetrack::protocols::{TestDefinition, TestLibrary};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AnalyzeFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PolarityArg {
    Auto,
    Positive,
    Negative,
}

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Trace files: ForceTrack trace CSV, Chronojump force-sensor CSV or generic CSV.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: AnalyzeFormat,
    /// Polarity of the force (default: the file's own, else auto).
    #[arg(long, value_enum)]
    pub polarity: Option<PolarityArg>,
    /// Use this library test's settings (default: the test named in the file's metadata)
    #[arg(long, value_name = "TEST")]
    pub test: Option<String>,
    /// Treat every rep as a sustained hold (enables the not_sustained flag).
    #[arg(long)]
    pub sustained: bool,
    /// A fixed rep threshold in newtons instead of max(20 N, 10 × baseline SD).
    #[arg(long, value_name = "N", value_parser = args::positive)]
    pub rep_threshold_n: Option<f64>,
    /// The device's largest reading in newtons (enables the clipped flag).
    #[arg(long, value_name = "N", value_parser = args::positive)]
    pub device_max_n: Option<f64>,
    /// Lever arm in metres, for torque.
    #[arg(long, value_name = "M", value_parser = args::positive)]
    pub lever_arm_m: Option<f64>,
    /// Body mass in kilograms, for N/kg and N·m/kg.
    #[arg(long, value_name = "KG", value_parser = args::positive)]
    pub body_mass_kg: Option<f64>,
}

pub fn run(args: &AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let library = TestLibrary::builtin();
    if let Some(id) = &args.test {
        find_test(&library, id)?;
    }
    let polarity = args.polarity.map(|p| match p {
        PolarityArg::Auto => Polarity::Auto,
        PolarityArg::Positive => Polarity::Positive,
        PolarityArg::Negative => Polarity::Negative,
    });
    let mut failed = false;
    let mut json_files = Vec::new();
    let mut csv_out = forcetrack::io::CsvOut::new(std::io::stdout().lock(), forcetrack::io::CsvOptions::default());
    let mut csv_header_written = false;
    for path in &args.files {
        let name = path.display().to_string();
        let file = match read_trace_file(path) {
            Ok(file) => file,
            Err(e) => {
                eprintln!("forcetrack: {e}");
                failed = true;
                continue;
            }
        };
        // The test named on the command line, else the one the file's metadata names.
        let test_id = args
            .test
            .clone()
            .or_else(|| file.trace.meta.extra.iter().find(|(k, _)| k == "test").map(|(_, v)| v.clone()));
        let params = params_for(args, test_id.as_deref().and_then(|id| library.test(id)));
        let channels = match analyze_trace(&file.trace, polarity, &params) {
            Ok(channels) => channels,
            Err(e) => {
                eprintln!("forcetrack: {name}: {e}");
                failed = true;
                continue;
            }
        };
        let report = FileReport {
            file: &name,
            format: file.format,
            trace: &file.trace,
            channels: &channels,
            params: &params,
            lever_arm_m: args.lever_arm_m,
            body_mass_kg: args.body_mass_kg,
        };
        match args.format {
            AnalyzeFormat::Json => json_files.push(report.to_json()),
            AnalyzeFormat::Csv => {
                if !csv_header_written {
                    let header = report.csv_header();
                    csv_out.header(&header.iter().map(String::as_str).collect::<Vec<_>>())?;
                    csv_header_written = true;
                }
                for row in report.csv_rows() {
                    for cell in &row {
                        csv_out.value(cell);
                    }
                    csv_out.end_row()?;
                }
            }
            AnalyzeFormat::Table => print_table(&report, polarity.or(file.trace.meta.polarity).unwrap_or_default()),
        }
    }
    match args.format {
        AnalyzeFormat::Json => println!("{}", serde_json::to_string_pretty(&json_files)?),
        AnalyzeFormat::Csv => {
            let mut out = csv_out.finish()?;
            std::io::Write::flush(&mut out)?;
        }
        AnalyzeFormat::Table => {}
    }
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn find_test<'a>(library: &'a TestLibrary, id: &str) -> anyhow::Result<&'a TestDefinition> {
    library.test(id).ok_or_else(|| {
        let ids: Vec<&str> = library.tests.iter().map(|t| t.id.as_str()).collect();
        anyhow::anyhow!("unknown test '{id}'; the library has: {}", ids.join(", "))
    })
}

fn params_for(args: &AnalyzeArgs, test: Option<&TestDefinition>) -> AnalysisParams {
    let mut params = test.map_or_else(AnalysisParams::default, TestDefinition::analysis_params);
    if args.sustained {
        params.sustained_hold = true;
    }
    if let Some(threshold_n) = args.rep_threshold_n {
        params.rep_threshold = RepThreshold::Fixed { threshold_n };
    }
    params.device_max_n = args.device_max_n;
    params
}

fn print_table(report: &FileReport, polarity: Polarity) {
    // The command line speaks English.
    let english = forcetrack::i18n::loader_for(forcetrack::i18n::Language::English.into());
    let trace = report.trace;
    println!(
        "{}  ({}, {} samples, {:.2} s, {} Hz)",
        report.file,
        report.format.id(),
        trace.len(),
        trace.duration_s(),
        num(trace.sample_rate_hz(), 1)
    );
    for channel in report.channels {
        println!(
            "  channel {}: {} (polarity {}), trial baseline {:.2} N, noise {:.2} N (first 0.5 s), rep threshold {:.2} N, {} rep{}",
            channel.name,
            if channel.inverted { "inverted" } else { "not inverted" },
            polarity.id(),
            channel.baseline_n,
            channel.noise_n,
            channel.rep_threshold_n,
            channel.reps.len(),
            if channel.reps.len() == 1 { "" } else { "s" }
        );
        if channel.reps.is_empty() {
            continue;
        }
        let windows = &report.params.rfd_windows_s;
        let mut headers: Vec<String> =
            ["rep", "base N", "from s", "noise N", "θ N", "onset s", "offset s", "peak N", "TTP s"]
                .map(String::from)
                .to_vec();
        headers.extend(windows.iter().map(|w| format!("RFD0-{:.0} N/s", w * 1000.0)));
        headers.extend(
            ["pkRFD N/s", "impulse N·s", "best 1s N", "Fmax N", "tau s", "fit err %", "flags"].map(String::from),
        );
        let mut table = Table::new(headers);
        let t0 = trace.time_s[0];
        for (i, rep) in channel.reps.iter().enumerate() {
            let mut row = vec![
                (i + 1).to_string(),
                num(Some(rep.baseline_n), 2),
                // Where the rep's baseline window starts; "trial" when it fell back to b0.
                rep.baseline_window.map_or("trial".to_string(), |w| num(Some(w.start_s - t0), 3)),
                num(Some(rep.noise_n), 2),
                num(Some(rep.onset_threshold_n), 2),
                num(Some(rep.onset_s - t0), 3),
                num(Some(rep.offset_s - t0), 3),
                num(Some(rep.peak_force_n), 1),
                num(Some(rep.time_to_peak_s), 3),
            ];
            // Below 200 Hz a 50 ms window spans fewer than 10 samples: those values are coarse.
            let coarse = |text: String| {
                if rep.has_flag(QualityFlag::LowSampleRate) && text != "-" { format!("≈{text}") } else { text }
            };
            row.extend(windows.iter().map(|&w| {
                let text = num(rep.rfd_for(w), 0);
                if w < 0.1 - 1e-9 { coarse(text) } else { text }
            }));
            row.extend([
                coarse(num(rep.peak_rfd_n_per_s, 0)),
                num(Some(rep.impulse_n_s), 1),
                num(rep.best_1s_mean_force_n, 1),
                num(rep.fit.map(|f| f.fmax_n), 1),
                num(rep.fit.map(|f| f.tau_s), 3),
                num(rep.fit.map(|f| f.error_percent), 1),
                rep.flags.iter().filter(|f| !f.about_rfd_only()).map(|f| f.text()).collect::<Vec<_>>().join("; "),
            ]);
            table.row(row);
        }
        if channel.reps.len() > 1 {
            for (label, pick) in [("best", 0), ("mean", 1), ("CV %", 2)] {
                let mut row = vec![label.to_string()];
                row.resize(7, String::new());
                let mut metrics = vec![Metric::PeakForce, Metric::TimeToPeak];
                metrics.extend(windows.iter().map(|w| Metric::Rfd { window_ms: (w * 1000.0).round() as u32 }));
                metrics.extend([Metric::PeakRfd, Metric::Impulse, Metric::Best1sMeanForce]);
                for metric in metrics {
                    let s = channel.summary(metric, None, report.params);
                    let value = s.and_then(|s| match pick {
                        0 => Some(s.best),
                        1 => Some(s.mean),
                        _ => s.cv_percent,
                    });
                    let decimals = match metric {
                        Metric::TimeToPeak => 3,
                        Metric::Rfd { .. } | Metric::PeakRfd => 0,
                        _ => 1,
                    };
                    row.push(num(value, if pick == 2 { 1 } else { decimals }));
                }
                table.row(row);
            }
        }
        for line in table.render().lines() {
            println!("    {line}");
        }
        if let Some(note) = forcetrack::results::flags::rfd_note(
            &english,
            channel.reps.iter().flat_map(|r| r.flags.iter().map(|f| f.id())),
        ) {
            println!("    ≈ {note}");
        }
    }
    print_asymmetry(report);
    println!();
}

fn print_asymmetry(report: &FileReport) {
    let best = |side: Side| {
        let channel = report.channels.iter().find(|c| Side::of_channel(&c.name) == Some(side))?;
        channel.summary(Metric::PeakForce, None, report.params).map(|s| s.best)
    };
    let (Some(left), Some(right)) = (best(Side::Left), best(Side::Right)) else {
        return;
    };
    let english = forcetrack::i18n::loader_for(forcetrack::i18n::Language::English.into());
    let point = forcetrack::i18n::numbers::NumberStyle::default();
    let parts: Vec<String> = AsymmetryFormula::ALL
        .into_iter()
        .filter_map(|f| {
            asymmetry(f, left, right, None).map(|a| format!("{} {}", f.label(&english), a.display(&english, &point)))
        })
        .collect();
    println!("  asymmetry of best peak force (L {left:.1} N, R {right:.1} N): {}", parts.join(", "));
}
