//! A test's progress over visits, drawn into the report: both sides' values by date, the
//! published thresholds and the injury.

use super::*;

/// A small progress chart of one test; returns the height it took (more than `h` when its notes
/// run further down).
pub(super) fn progress_chart(l: &mut Layout, s: &ProgressSeries, x: f32, y: f32, w: f32, h: f32, words: &Words) -> f32 {
    let (tr, st, unit) = (words.loader, &words.style, words.unit);
    let show = |v: f64| if s.is_count { v } else { unit.from_newtons(v) };
    let unit_text = if s.is_count { fl_in!(tr, "report-unit-reps") } else { unit.symbol().to_string() };
    let title = fl_in!(tr, "report-chart-title", test = s.test_name.as_str(), unit = unit_text.as_str());
    l.text_at(x, y + 10.0, &title, 9.0, INK, true);
    let plot_top = y + 18.0;
    let (px, pw, ph) = (x + 30.0, w - 36.0, h - 48.0);
    let mut values: Vec<f64> = s.points.iter().flat_map(|(_, l, r)| [*l, *r]).flatten().map(show).collect();
    if let Some((bl, br)) = s.baseline {
        values.extend([bl, br].into_iter().flatten().map(show));
    }
    let thresholds: Vec<(f64, &String)> = s.thresholds.iter().map(|(v, lab)| (show(*v), lab)).collect();
    values.extend(thresholds.iter().map(|t| t.0));
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !hi.is_finite() {
        return h;
    }
    // Forces and counts from zero, up to a round tick above the data (steps of 1, 2 or 5).
    let ticks = ticks_from_zero(hi, 5);
    let step = ticks.get(1).copied().unwrap_or(1.0);
    let (lo, hi) = (0.0, ticks.last().copied().unwrap_or(1.0));
    let first = s.points.first().map(|p| p.0).unwrap_or_default();
    let last = s.points.last().map(|p| p.0).unwrap_or_default();
    let span = (last - first).num_days().max(1) as f32;
    let fx = |d: chrono::NaiveDate| px + (d - first).num_days() as f32 / span * pw;
    let fy = |v: f64| plot_top + ph - ((v - lo) / (hi - lo)) as f32 * ph;
    l.page().push(Op::Rect { x: px, y: plot_top, w: pw, h: ph, fill: None, stroke: Some(RULE) });
    for &v in &ticks {
        let ty = fy(v);
        l.page().push(Op::Line { points: vec![(px, ty), (px + pw, ty)], width: 0.3, color: RULE, dash: None });
        let text = tick_text(st, v, step);
        l.text_at(px - 4.0 - text_width(&text, 7.0), ty + 2.5, &text, 7.0, GREY, false);
    }
    let first_text = st.date(first);
    let last_text = st.date(last);
    l.text_at(px, plot_top + ph + 10.0, &first_text, 7.0, GREY, false);
    l.text_at(px + pw - text_width(&last_text, 7.0), plot_top + ph + 10.0, &last_text, 7.0, GREY, false);
    // Thresholds: dotted lines in the plot, their values and sources under it (a label on the
    // plot would sit on the athlete's lines).
    let mut by_source: Vec<(&str, Vec<String>)> = Vec::new();
    for (v, label) in &thresholds {
        let ty = fy(*v);
        l.page().push(Op::Line { points: vec![(px, ty), (px + pw, ty)], width: 0.6, color: RED, dash: Some(1.5) });
        let value = if s.is_count { st.number(*v, 0) } else { st.number(*v, 1) };
        match by_source.iter_mut().find(|(source, _)| source == label) {
            Some((_, values)) => values.push(value),
            None => by_source.push((label.as_str(), vec![value])),
        }
    }
    let mut line_y = plot_top + ph + 19.0;
    let mut line = String::new();
    for (source, values) in by_source {
        let part = fl_in!(
            tr,
            "report-chart-threshold",
            values = values.join(", "),
            unit = unit_text.as_str(),
            source = source
        );
        let joined = if line.is_empty() {
            fl_in!(tr, "report-chart-thresholds", thresholds = part.as_str())
        } else {
            format!("{line}; {part}")
        };
        if !line.is_empty() && text_width(&joined, 6.5) > w - 4.0 {
            l.text_at(x, line_y, &line, 6.5, RED, false);
            line_y += 8.0;
            line = part;
        } else {
            line = joined;
        }
    }
    if !line.is_empty() {
        l.text_at(x, line_y, &line, 6.5, RED, false);
    }
    for injury in s.injuries.iter().filter(|d| **d >= first && **d <= last) {
        let ix = fx(*injury);
        l.page().push(Op::Line {
            points: vec![(ix, plot_top), (ix, plot_top + ph)],
            width: 0.8,
            color: RED,
            dash: None,
        });
    }
    // Lines break where the kind of instrument changes; another kind's points are hollow, and
    // a baseline of another kind is no reference (results::chart, as the app draws it).
    let kinded = |pick: usize| -> Vec<(chrono::NaiveDate, chart::Kinded)> {
        s.points
            .iter()
            .zip(&s.instruments)
            .filter_map(|((d, lv, rv), kinds)| [*lv, *rv][pick].map(|v| (*d, (show(v), kinds[pick].clone()))))
            .collect()
    };
    let (left, right) = (kinded(0), kinded(1));
    let latest = chart::latest_kinds(&[&left, &right]);
    // A side's reference only from the kind of its latest values.
    let side_latest = [chart::latest_kinds(&[&left]), chart::latest_kinds(&[&right])];
    for (side, pick, dated) in [(Side::Left, 0usize, &left), (Side::Right, 1usize, &right)] {
        let color = side_color(side);
        if let Some(b) = s.baseline.and_then(|(bl, br)| [bl, br][pick])
            && chart::of_latest_kind(&s.baseline_instruments[pick], &side_latest[pick])
        {
            let by = fy(show(b));
            l.page().push(Op::Line { points: vec![(px, by), (px + pw, by)], width: 0.8, color, dash: Some(4.0) });
        }
        for run in chart::runs_of_one_kind(dated, &s.injuries) {
            if run.len() > 1 {
                let pts = run.iter().map(|(d, (v, _))| (fx(*d), fy(*v))).collect();
                l.page().push(Op::Line { points: pts, width: 1.4, color, dash: None });
            }
        }
        for (d, (v, kinds)) in dated {
            let (mx, my, square) = (fx(*d), fy(*v), side == Side::Right);
            l.page().push(Op::Marker { x: mx, y: my, r: 2.2, color, square });
            if !chart::of_latest_kind(kinds, &latest) {
                l.page().push(Op::Marker { x: mx, y: my, r: 1.1, color: PAPER, square });
            }
        }
    }
    // What a chart that mixes kinds of instrument draws differently, under it.
    let mut notes: Vec<String> =
        chart::kinds_key(tr, left.iter().chain(&right).map(|p| p.1.1.as_slice()), &latest).into_iter().collect();
    for (side, pick) in [(Side::Left, 0usize), (Side::Right, 1usize)] {
        if s.baseline.and_then(|(bl, br)| [bl, br][pick]).is_some()
            && let Some(note) = chart::reference_left_out(tr, side, &s.baseline_instruments[pick], &side_latest[pick])
        {
            notes.push(note);
        }
    }
    let mut note_y = line_y + if line.is_empty() { 0.0 } else { 8.0 };
    for note in notes {
        for part in wrap(&note, 6.5, w - 4.0) {
            l.text_at(x, note_y, &part, 6.5, INK, false);
            note_y += 8.0;
        }
    }
    h.max(note_y - y)
}
