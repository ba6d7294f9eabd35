//! `forcetrack clearance` (an athlete's return-to-sport checklist, for scripts) and
//! `forcetrack report` (the printable report as PDF, or its content as CSV).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, anyhow};
use clap::Args;

use super::ListFormat;
use super::table::Table;
use forcetrack::clearance::{TemplateSet, Verdict, evaluate};
use forcetrack::i18n::Language;
use forcetrack::i18n::numbers::{DecimalSeparator, NumberStyle};
use forcetrack::io::report::{Paper, Report, ReportRequest, write_report};
use forcetrack::model::ForceUnit;
use forcetrack::records;
use forcetrack::store::Store;

fn parse_unit(text: &str) -> Result<ForceUnit, String> {
    ForceUnit::parse(text).ok_or_else(|| format!("'{text}' is not a force unit (N, kgf or lbf)"))
}

fn parse_paper(text: &str) -> Result<Paper, String> {
    Paper::parse(text).ok_or_else(|| format!("'{text}' is not a paper size (a4 or letter)"))
}

fn parse_language(text: &str) -> Result<Language, String> {
    Language::from_tag(text.trim()).ok_or_else(|| {
        let tags: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
        format!("'{text}' is not a report language ({})", tags.join(", "))
    })
}

/// Which athlete, episode, visit and template: shared by `clearance` and `report`.
#[derive(Debug, Args)]
pub struct Selection {
    /// The athlete's id (`forcetrack athletes` lists them).
    #[arg(long)]
    pub athlete: i64,
    /// The injury episode (default: the newest open one, else the newest).
    #[arg(long)]
    pub episode: Option<i64>,
    /// The visit (default: the episode's newest).
    #[arg(long)]
    pub visit: Option<i64>,
    /// The clearance template (default: the clinic's for the episode's injury).
    #[arg(long)]
    pub template: Option<String>,
}

#[derive(Debug, Args)]
pub struct ClearanceArgs {
    #[command(flatten)]
    pub selection: Selection,
    #[arg(long, value_enum, default_value = "table")]
    pub format: ListFormat,
    /// Unit of forces in the table.
    #[arg(long, value_parser = parse_unit, default_value = "N")]
    pub unit: ForceUnit,
}

pub fn clearance(args: &ClearanceArgs, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let store = Store::open(data_dir)?;
    let library = store.test_library()?;
    let settings = records::result_settings(&store)?;
    // The command line speaks English: the app's loader, never switched here.
    let tr = forcetrack::i18n::loader();
    let templates = TemplateSet::new(&store.custom_clearance_templates()?, &library, tr);
    for problem in &templates.problems {
        eprintln!("forcetrack: {problem}");
    }
    let s = &args.selection;
    let record = records::athlete_record(&store, s.athlete, &library, &settings)
        .with_context(|| format!("athlete {}", s.athlete))?;
    let episode = record.episode(s.episode, tr).map_err(|e| anyhow!(e))?;
    let visit = record.visit(s.visit, episode, tr).map_err(|e| anyhow!(e))?;
    let template = match &s.template {
        Some(id) => templates.get(id).ok_or_else(|| anyhow!("no clearance template '{id}'"))?,
        None => templates.for_injury(episode.map(|e| e.kind.id())),
    };
    let e = evaluate(template, record.input(episode), visit, tr).map_err(|e| anyhow!(e))?;
    // The clinician's sign-off of this visit's evaluation, if any: "cleared" (or an override)
    // is what a clinician signed, never what the evaluation says by itself.
    let signed = store
        .signoffs(s.athlete)?
        .into_iter()
        .rev()
        .find(|x| x.visit_id == Some(e.visit_id) && x.template_id == e.template_id);
    match args.format {
        ListFormat::Json => {
            let mut json = serde_json::to_value(&e)?;
            if let (Some(object), Some(x)) = (json.as_object_mut(), &signed) {
                object.insert(
                    "signed".into(),
                    serde_json::json!({
                        "clinician": x.clinician,
                        "signed_at": x.signed_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
                        "status": x.status,
                        "override": x.is_override(),
                        "note": x.note,
                    }),
                );
            }
            println!("{}", serde_json::to_string_pretty(&json)?);
        }
        ListFormat::Table => {
            println!(
                "{} · {} · visit of {} · {}",
                e.athlete_name,
                e.episode.as_deref().unwrap_or("no injury episode"),
                e.visit_date,
                e.template_name
            );
            println!("Status: {}", e.summary(tr));
            match &signed {
                Some(x) => {
                    println!(
                        "Signed by {} on {}: {}.",
                        x.clinician,
                        x.signed_at.format("%Y-%m-%d %H:%M"),
                        x.status_text(forcetrack::i18n::loader())
                    );
                    if let Some(note) = x.note_text(forcetrack::i18n::loader()) {
                        println!("{note}");
                    }
                }
                None if e.episode_id.is_some() => {
                    println!("Not signed: the athlete is cleared only when a clinician signs.")
                }
                None => {}
            }
            println!();
            let mut table = Table::new(["verdict", "criterion", "value", "threshold", "trend", "source"]);
            for c in &e.criteria {
                let mut value = c.value_text(args.unit, tr);
                if !c.note.is_empty() {
                    let note = forcetrack::clearance::forces_in(&c.note, args.unit);
                    value = if value.is_empty() { note } else { format!("{value} ({note})") };
                }
                let trend: Vec<&str> = c
                    .trend
                    .iter()
                    .map(|p| match p.verdict {
                        Verdict::Pass => "+",
                        Verdict::Fail => "x",
                        Verdict::NoData => ".",
                    })
                    .collect();
                table.row([
                    c.verdict.label(tr),
                    format!(
                        "{}{}",
                        forcetrack::clearance::forces_in(&c.label, args.unit),
                        if c.required { "" } else { " (optional)" }
                    ),
                    value,
                    c.threshold_text(args.unit, tr),
                    trend.join(" "),
                    c.source_text(tr),
                ]);
            }
            print!("{}", table.render());
            println!("Trend: the episode's last visits, oldest first (+ pass, x fail, . no data).");
        }
    }
    // Rows that cannot be read are in none of the results evaluated: each named, counted.
    Ok(super::transfer::report_left_out_of(&super::transfer::with_rows_read(&store, Vec::new()), "shown"))
}

#[derive(Debug, Args)]
#[command(
    after_help = "A trial whose stored samples are damaged, or a stored row that cannot be read, is left out of \
the results and named in the report's methods and on stderr; the report is written and the exit status is 2."
)]
pub struct ReportArgs {
    #[command(flatten)]
    pub selection: Selection,
    /// The file to write: .pdf for the printable report, .csv for its content.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Paper size of the PDF.
    #[arg(long, value_parser = parse_paper, default_value = "a4")]
    pub paper: Paper,
    /// Unit of forces in the PDF (the CSV is always in newtons).
    #[arg(long, value_parser = parse_unit, default_value = "N")]
    pub unit: ForceUnit,
    /// Language of the report's words: en, es, de, fr, pt-PT, pt-BR or it. Its numbers keep a
    /// decimal point (unless --decimal-comma) and its dates ISO 8601, whatever the language.
    #[arg(long, value_name = "TAG", value_parser = parse_language, default_value = "en")]
    pub language: Language,
    /// Write the report's numbers with a decimal comma (1,5). The CSV's value column keeps a
    /// decimal point.
    #[arg(long)]
    pub decimal_comma: bool,
}

pub fn report(args: &ReportArgs, data_dir: &Path) -> anyhow::Result<ExitCode> {
    let store = Store::open(data_dir)?;
    let decimal = if args.decimal_comma { DecimalSeparator::Comma } else { DecimalSeparator::Point };
    let request = ReportRequest {
        athlete_id: args.selection.athlete,
        episode_id: args.selection.episode,
        visit_id: args.selection.visit,
        template_id: args.selection.template.clone(),
        language: args.language.into(),
        // A language does not bring its decimal separator: the point unless asked, ISO dates.
        numbers: NumberStyle { decimal, ..NumberStyle::default() },
    };
    let report = Report::build(&store, &request)?;
    write_report(&report, &args.out, args.paper, args.unit)?;
    let status =
        report.evaluation.as_ref().map_or(String::new(), |e| format!(" ({})", e.summary(forcetrack::i18n::loader())));
    println!(
        "Wrote the report of {} on {} to {}{status}",
        report.athlete.full_name(),
        report.visit.date_time.date(),
        args.out.display()
    );
    Ok(super::transfer::report_left_out(&super::transfer::with_rows_read(&store, report.left_out.clone())))
}
