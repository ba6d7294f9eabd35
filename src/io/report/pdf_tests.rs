use super::*;
use crate::model::Instrument;

fn day(d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 5, d).unwrap()
}

/// A left-only series: two handheld values, then two on a fixed frame; a handheld baseline.
fn mixed() -> ProgressSeries {
    let (hhd, frame) = (vec![Instrument::Handheld], vec![Instrument::FixedFrame]);
    ProgressSeries {
        test_id: "hip_abduction_iso".into(),
        test_name: "Hip abduction".into(),
        is_count: false,
        points: [1, 8, 15, 22].iter().map(|&d| (day(d), Some(200.0 + d as f64), None)).collect(),
        instruments: [&hhd, &hhd, &frame, &frame].iter().map(|k| [(*k).clone(), Vec::new()]).collect(),
        thresholds: Vec::new(),
        baseline: Some((Some(210.0), None)),
        baseline_instruments: [hhd, Vec::new()],
        injuries: Vec::new(),
        same_day_dropped: 0,
    }
}

fn drawn(s: &ProgressSeries) -> (Vec<Op>, Vec<String>) {
    let mut l = Layout::new(595.0, 842.0, 40.0);
    let loader = crate::i18n::loader_for(crate::i18n::Language::English.into());
    let words = Words { loader: &loader, style: NumberStyle::default(), unit: ForceUnit::Newton };
    progress_chart(&mut l, s, 40.0, 40.0, 250.0, 150.0, &words);
    let ops = l.pages.concat();
    let texts = ops.iter().filter_map(|op| if let Op::Text { text, .. } = op { Some(text.clone()) } else { None });
    let texts = texts.collect();
    (ops, texts)
}

#[test]
fn a_chart_breaks_its_line_where_the_kind_changes_and_draws_no_reference_of_another_kind() {
    let (ops, texts) = drawn(&mixed());
    let blue_lines = ops.iter().filter(|op| matches!(op, Op::Line { color, dash: None, .. } if *color == LEFT));
    assert_eq!(blue_lines.count(), 2, "one line per kind of instrument, not one through all four");
    let dashed = ops.iter().filter(|op| matches!(op, Op::Line { dash: Some(d), .. } if *d == 4.0)).count();
    assert_eq!(dashed, 0, "a handheld baseline is no reference for fixed-frame values");
    let hollow = ops.iter().filter(|op| matches!(op, Op::Marker { color, .. } if *color == PAPER)).count();
    assert_eq!(hollow, 2, "the two handheld points are hollow");
    let text = texts.join(" ");
    assert!(text.contains("filled: fixed frame; hollow: handheld dynamometer"), "{text}");
    assert!(text.contains("Pre-injury baseline (left) not drawn: taken with handheld dynamometer"), "{text}");

    // One kind: one line, the baseline drawn, no note.
    let mut same = mixed();
    same.instruments = vec![[vec![Instrument::Handheld], Vec::new()]; 4];
    let (ops, texts) = drawn(&same);
    assert_eq!(ops.iter().filter(|op| matches!(op, Op::Line { color, dash: None, .. } if *color == LEFT)).count(), 1);
    assert_eq!(ops.iter().filter(|op| matches!(op, Op::Line { dash: Some(d), .. } if *d == 4.0)).count(), 1);
    assert!(!texts.join(" ").contains("hollow"));
}

/// The demo clinic's report of `name`, in `language` with `numbers`, laid out, and as CSV.
fn demo_report(name: &str, language: crate::i18n::UiLanguage, numbers: NumberStyle) -> (Vec<String>, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = crate::store::Store::open_at(dir.path(), None).unwrap();
    crate::io::demo::seed_demo(&mut store, &mut |_, _| {}).unwrap();
    let athlete = store.athletes(false).unwrap().into_iter().find(|r| r.athlete.full_name() == name).unwrap();
    let request =
        crate::io::report::ReportRequest { athlete_id: athlete.athlete.id, language, numbers, ..Default::default() };
    let report = crate::io::report::Report::build(&store, &request).unwrap();
    let loader = crate::i18n::loader_for(language);
    let words = Words { loader: &loader, style: numbers, unit: ForceUnit::Newton };
    let mut l = Layout::new(595.0, 842.0, 42.0);
    compose(&mut l, &report, &words);
    let texts =
        l.pages.concat().into_iter().filter_map(|op| if let Op::Text { text, .. } = op { Some(text) } else { None });
    let mut csv = Vec::new();
    crate::io::report::write_csv(&report, &mut csv).unwrap();
    (texts.collect(), String::from_utf8(csv).unwrap())
}

#[test]
fn a_report_is_written_in_the_language_and_number_style_asked_for_whatever_the_apps() {
    use crate::i18n::numbers::{DateOrder, DecimalSeparator};
    let pseudo = crate::i18n::UiLanguage::Pseudo;
    let comma = NumberStyle { decimal: DecimalSeparator::Comma, date_order: DateOrder::DayMonthYear };
    let (texts, csv) = demo_report("Liam O'Connor", pseudo, comma);
    let all = texts.join("\n");
    assert!(texts[0].starts_with('«') && texts[0].ends_with('»'), "the title from the catalogue: {}", texts[0]);
    // No fixed English word of the report is left: every heading, column and label of the
    // English catalogue's report messages reads in the report's language.
    let english = crate::i18n::loader_for(crate::i18n::Language::English.into());
    let mut fixed = 0;
    for id in ["report-results-heading", "report-progress-heading", "report-methods-heading"]
        .into_iter()
        .chain(["report-col-test", "report-col-side", "report-col-best", "report-col-change", "report-fact-athlete"])
        .chain(["report-fact-visit", "report-change-first-visit", "report-signoff-heading", "report-col-verdict"])
    {
        let text = english.get(id);
        let text = text.split(" (").next().unwrap_or(&text).to_string();
        assert!(
            !texts.iter().any(|t| t == &text),
            "'{text}' ({id}) is English in a report asked for in another language"
        );
        fixed += 1;
    }
    assert!(fixed > 10);
    for english_word in ["Results of this visit", "Progress over visits", "Methods", "visit of", "Thresholds:"] {
        assert!(!all.contains(english_word), "'{english_word}' in:\n{all}");
    }
    // Numbers with the decimal comma (the CV column), dates day first.
    let cv = |t: &&String| {
        t.strip_suffix(" %").is_some_and(|n| n.contains(',') && n.replace(',', "").parse::<u32>().is_ok())
    };
    assert!(texts.iter().any(|t| cv(&t)), "{all}");
    assert!(texts.contains(&"12/04/1999".to_string()), "the date of birth day first: {all}");
    assert!(texts.iter().any(|t| t.contains("20/04/2026 16:30")), "the visit day first: {all}");
    assert!(all.contains("77,7"), "the body mass with a decimal comma: {all}");
    // The CSV: machine columns as always, its text column in the report's language.
    assert!(csv.starts_with("section,athlete_id,visit_id,date,item,metric,side,value,unit,text,source\n"), "{csv}");
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(rows.iter().all(|r| chrono::NaiveDate::parse_from_str(&r[3], "%Y-%m-%d").is_ok()), "ISO dates: {csv}");
    let method = rows.iter().find(|r| &r[0] == "method").expect("method rows");
    assert!(method[9].starts_with('«'), "{method:?}");
    let values: Vec<&str> = rows.iter().filter(|r| !r[7].is_empty()).map(|r| &r[7]).collect();
    assert!(values.iter().all(|v| v.parse::<f64>().is_ok()), "values with a decimal point: {values:?}");
    assert!(values.iter().any(|v| v.contains('.')), "{values:?}");

    // Asked for English, the report is English with a decimal point, whatever the app speaks.
    let (texts, _) = demo_report("Liam O'Connor", crate::i18n::Language::English.into(), NumberStyle::default());
    assert_eq!(texts[0], "Strength and return-to-sport report");
    assert!(texts.iter().any(|t| t.starts_with("Results of this visit (forces in N)")), "{texts:?}");
}
