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
    progress_chart(&mut l, s, 40.0, 40.0, 250.0, 150.0, ForceUnit::Newton);
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
