//! The report's content as one CSV table for records systems: one row per fact, in sections
//! (athlete, episode, visit, result, progress, clearance, criterion, sign-off). Numbers are SI
//! with their unit in the `unit` column.
//!
//! The column names, sections, ids, metrics, dates and values are machine-readable: English,
//! ISO 8601 and a decimal point whatever the report's language. The `text` column is for people:
//! in the report's language, its numbers and dates in the report's style.

use std::io::Write;

use super::Report;
use super::pdf::answer_text;
use crate::analysis::Mdc;
use crate::fl_in;
use crate::io::csv_out::{CsvOptions, CsvOut};
use crate::model::{ForceUnit, Side};
use crate::results::methods::force_text;
use crate::results::side_word;

const HEADER: &[&str] =
    &["section", "athlete_id", "visit_id", "date", "item", "metric", "side", "value", "unit", "text", "source"];

/// One row under construction.
struct Row<'a> {
    section: &'a str,
    date: Option<chrono::NaiveDate>,
    item: String,
    metric: &'a str,
    side: Option<Side>,
    value: Option<f64>,
    unit: &'a str,
    text: String,
    source: String,
}

fn row<'a>(section: &'a str, item: impl Into<String>, metric: &'a str) -> Row<'a> {
    Row {
        section,
        date: None,
        item: item.into(),
        metric,
        side: None,
        value: None,
        unit: "",
        text: String::new(),
        source: String::new(),
    }
}

impl<'a> Row<'a> {
    fn text(mut self, t: impl Into<String>) -> Self {
        self.text = t.into();
        self
    }
    fn value(mut self, v: Option<f64>, unit: &'a str) -> Self {
        self.value = v;
        self.unit = unit;
        self
    }
    fn side(mut self, s: Side) -> Self {
        self.side = Some(s);
        self
    }
    fn date(mut self, d: chrono::NaiveDate) -> Self {
        self.date = Some(d);
        self
    }
    fn source(mut self, s: impl Into<String>) -> Self {
        self.source = s.into();
        self
    }
}

/// How many decimals a value in `unit` keeps: 0.1 N (and 0.1 N·m, 0.1 %), 0.01 N/kg, whole
/// reps and scores, 0.001 for ratios and anything else.
fn decimals_of(unit: &str) -> usize {
    match unit {
        "N" | "N·m" | "%" | "kg" | "N/s" => 1,
        "N/kg" | "N·m/kg" => 2,
        "reps" | "0-10" | "score 0-100" | "yes=1" => 0,
        _ => 3,
    }
}

/// Writes the report as CSV (comma separated, decimal point, UTF-8), its text in the report's
/// language.
pub fn write_csv(report: &Report, out: impl Write) -> std::io::Result<()> {
    let loader = crate::i18n::loader_for(report.language);
    let tr = &loader;
    let st = &report.numbers;
    let mut rows: Vec<Row> = Vec::new();
    let a = &report.athlete;
    rows.push(row("athlete", "athlete", "name").text(a.full_name()));
    if let Some(d) = a.date_of_birth {
        rows.push(row("athlete", "athlete", "date_of_birth").text(st.date(d)));
    }
    for (metric, value) in [
        ("sex", a.sex.map(|s| s.label(tr))),
        ("dominant_leg", a.dominant_leg.map(|s| side_word(tr, s))),
        ("sport", a.sport.clone()),
        ("external_id", a.external_id.clone()),
    ] {
        if let Some(v) = value {
            rows.push(row("athlete", "athlete", metric).text(v));
        }
    }
    if let Some(e) = &report.episode {
        rows.push(row("episode", e.kind.id(), "injury").text(e.summary(tr)).date(e.injury_date));
        if let Some(b) = report.baseline_date {
            rows.push(row("episode", e.kind.id(), "pre_injury_baseline").date(b));
        }
        if let Some(c) = e.closed_on {
            rows.push(row("episode", e.kind.id(), "cleared_on").date(c));
        }
    }
    let v = &report.visit;
    rows.push(row("visit", "visit", "clinician").text(v.clinician.clone()));
    rows.push(row("visit", "visit", "body_mass").value(v.body_mass_kg, "kg"));
    if let Some(s) = v.visa_h {
        rows.push(
            row("visit", "visit", "visa_h").value(Some(f64::from(s)), "score 0-100").source("Cacchio et al. 2014"),
        );
    }
    let p = v.provocation;
    for (metric, r) in [
        ("puranen_orava_positive", p.puranen_orava),
        ("bent_knee_stretch_positive", p.bent_knee_stretch),
        ("modified_bent_knee_stretch_positive", p.modified_bent_knee_stretch),
    ] {
        if let Some(r) = r {
            rows.push(
                row("visit", "provocation", metric)
                    .value(Some(if r { 1.0 } else { 0.0 }), "yes=1")
                    .text(answer_text(tr, Some(r)))
                    .source("Cacchio et al. 2012"),
            );
        }
    }
    for r in &report.rows {
        let unit = if r.is_count { "reps" } else { "N" };
        let best_metric = if r.is_count { "count" } else { "best" };
        rows.push(row("result", &r.test_id, best_metric).side(r.side).value(r.best, unit).text(r.test_name.clone()));
        if !r.is_count {
            rows.push(row("result", &r.test_id, "mean").side(r.side).value(r.mean, unit));
            rows.push(row("result", &r.test_id, "cv").side(r.side).value(r.cv_percent, "%"));
            rows.push(row("result", &r.test_id, "per_kg").side(r.side).value(r.n_per_kg, "N/kg"));
            rows.push(row("result", &r.test_id, "torque").side(r.side).value(r.torque_n_m, "N·m"));
        }
        rows.push(row("result", &r.test_id, "pain").side(r.side).value(r.pain.map(f64::from), "0-10"));
        if !r.flags.is_empty() {
            rows.push(row("result", &r.test_id, "flags").side(r.side).text(r.flags.join(";")));
        }
        if r.entered_by_hand {
            rows.push(row("result", &r.test_id, "entry").side(r.side).text(fl_in!(tr, "report-csv-entered-by-hand")));
        }
        if let Some(c) = &r.change {
            let mdc = c.mdc.as_ref();
            let comparable = c.change.comparable();
            let change = c.text(tr, st, &r.instruments, r.is_count, ForceUnit::Newton);
            let text = match mdc {
                Some((m, _)) => {
                    let mdc = match m {
                        Mdc::Newtons(n) => force_text(st, ForceUnit::Newton, *n),
                        Mdc::Percent(p) => format!("{} %", st.number(*p, 0)),
                    };
                    fl_in!(tr, "report-csv-change-with-mdc", change = change, mdc = mdc)
                }
                None => change,
            };
            rows.push(
                row("result", &r.test_id, "change")
                    .side(r.side)
                    .value(comparable.then_some(c.change.delta), unit)
                    .text(text)
                    // Already in the report's language (`result_rows`).
                    .source(mdc.map_or(String::new(), |m| m.1.clone())),
            );
        }
    }
    // Asymmetry once per test.
    let mut seen = Vec::new();
    for r in report.rows.iter().filter(|r| r.asymmetry.is_some()) {
        if seen.contains(&r.test_id) {
            continue;
        }
        seen.push(r.test_id.clone());
        let asymmetry = r.asymmetry.clone().unwrap_or_default();
        let text = match r.band {
            Some(b) => fl_in!(
                tr,
                "report-asymmetry-with-band",
                asymmetry = asymmetry,
                band = fl_in!(tr, "report-band", band = b.id())
            ),
            None => asymmetry,
        };
        rows.push(row("result", &r.test_id, "asymmetry").text(text).source(report.asymmetry_note.clone()));
        rows.push(row("result", &r.test_id, "lsi").value(r.lsi_percent, "%"));
    }
    for series in &report.progress {
        let unit = if series.is_count { "reps" } else { "N" };
        for (date, l, rt) in &series.points {
            for (side, value) in [(Side::Left, l), (Side::Right, rt)] {
                if value.is_some() {
                    rows.push(
                        row("progress", &series.test_id, report.summary.as_str())
                            .date(*date)
                            .side(side)
                            .value(*value, unit),
                    );
                }
            }
        }
    }
    for (date, left, right) in &report.hq {
        for (side, h) in [(Side::Left, left), (Side::Right, right)] {
            if let Some(ratio) = h.ratio() {
                let caveat = report.hq_caveats.iter().find(|c| c.0 == *date && c.1 == side).map(|c| c.2.clone());
                rows.push(
                    row("progress", "hq", "hq_ratio")
                        .date(*date)
                        .side(side)
                        .value(Some(ratio), "ratio")
                        .text(caveat.unwrap_or_default())
                        .source(crate::results::hq::source_text(tr)),
                );
            }
        }
    }
    for m in report.methods_in(ForceUnit::Newton) {
        rows.push(row("method", m.key.clone(), "method").text(m.text.clone()));
    }
    if let Some(e) = &report.evaluation {
        rows.push(
            row("clearance", &e.template_id, "status")
                .date(e.visit_date)
                .text(e.summary(tr))
                .source(e.template_source.clone()),
        );
        for c in &e.criteria {
            let first = c.readings.first();
            let unit = first.map_or("", |r| r.unit.si_symbol());
            let (verdict, criterion, threshold) = (c.verdict.label(tr), c.label.as_str(), c.threshold.as_str());
            let mut text = if c.required {
                fl_in!(tr, "report-csv-criterion", verdict = verdict, criterion = criterion, threshold = threshold)
            } else {
                fl_in!(
                    tr,
                    "report-csv-criterion-optional",
                    verdict = verdict,
                    criterion = criterion,
                    threshold = threshold
                )
            };
            let values = c.value_text(ForceUnit::Newton, tr);
            if !values.is_empty() {
                text = fl_in!(tr, "report-csv-and", text = text, more = values);
            }
            if !c.note.is_empty() {
                text = fl_in!(tr, "report-csv-and", text = text, more = c.note.as_str());
            }
            rows.push(
                row("criterion", &c.id, "verdict")
                    .date(e.visit_date)
                    .value(first.map(|r| r.value), unit)
                    .text(text)
                    .source(c.source_text(tr)),
            );
        }
    }
    if let Some(s) = &report.signoff {
        rows.push(row("signoff", &s.template_id, "clinician").date(s.signed_at.date()).text(s.clinician.clone()));
        rows.push(row("signoff", &s.template_id, "status").text(s.status_text(tr)));
        if !s.note.is_empty() {
            rows.push(row("signoff", &s.template_id, "note").text(s.note.clone()));
        }
        for c in &report.checks_changed_after_signoff {
            rows.push(row("signoff", &c.check_id, "answer_changed_after_signoff").date(c.checked_at.date()).text(
                fl_in!(
                    tr,
                    "report-csv-answer-changed",
                    answer = match c.done {
                        Some(d) => answer_text(tr, Some(d)),
                        None => fl_in!(tr, "report-csv-answer-withdrawn"),
                    },
                    clinician = c.clinician.as_str(),
                    date = st.date_time(c.checked_at)
                ),
            ));
        }
    }

    let mut csv = CsvOut::new(out, CsvOptions::default());
    csv.header(HEADER)?;
    for r in rows {
        csv.text(r.section).int(Some(report.athlete.id)).int(Some(report.visit.id));
        csv.date(r.date.or(Some(report.visit.date_time.date()))).text(&r.item).text(r.metric);
        csv.text(r.side.map_or("", Side::id)).num_to(r.value, decimals_of(r.unit)).text(r.unit);
        csv.text(&r.text).text(&r.source);
        csv.end_row()?;
    }
    csv.finish()?;
    Ok(())
}
