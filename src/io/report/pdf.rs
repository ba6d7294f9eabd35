//! The report as PDF: the content laid out on A4 or Letter pages (`layout`), then drawn with
//! krilla, which embeds the subset of the font that is used.

use super::draw::draw;
use super::layout::{AMBER, Cell, GREEN, GREY, INK, LEFT, Layout, Op, RED, RIGHT, RULE, Rgb, text_width, tint, wrap};
use super::ticks::{tick_text, ticks_from_zero};
use super::{Paper, ProgressSeries, Report};
use crate::analysis::AsymmetryBand;
use crate::clearance::{Status, Verdict};
use crate::model::{ForceUnit, Side};
use crate::results::methods::{self, Method};
use crate::results::{Hq, chart};

/// The report as PDF bytes.
pub fn render_pdf(report: &Report, paper: Paper, unit: ForceUnit) -> Result<Vec<u8>, String> {
    let (width, height) = paper.size_pt();
    let mut l = Layout::new(width, height, 42.0);
    compose(&mut l, report, unit);
    draw(&l, report)
}

fn verdict_color(v: Verdict) -> Rgb {
    match v {
        Verdict::Pass => GREEN,
        Verdict::Fail => RED,
        Verdict::NoData => GREY,
    }
}

fn band_color(b: AsymmetryBand) -> Rgb {
    match b {
        AsymmetryBand::Green => GREEN,
        AsymmetryBand::Amber => AMBER,
        AsymmetryBand::Red => RED,
    }
}

fn side_color(s: Side) -> Rgb {
    if s == Side::Left { LEFT } else { RIGHT }
}

/// A value of a test: reps for count tests, a force in `unit` otherwise.
fn value(v: Option<f64>, is_count: bool, unit: ForceUnit) -> String {
    match v {
        None => "-".into(),
        Some(v) if is_count => format!("{v:.0}"),
        Some(v) => unit.format_number(v),
    }
}

fn compose(l: &mut Layout, r: &Report, unit: ForceUnit) {
    let a = &r.athlete;
    // Title.
    l.paragraph("Strength and return-to-sport report", 18.0, INK, true);
    l.paragraph(
        &format!("{} · visit of {}", a.full_name(), r.visit.date_time.format("%Y-%m-%d %H:%M")),
        12.0,
        GREY,
        false,
    );
    l.space(6.0);

    // Athlete, episode, visit.
    let mut facts: Vec<(String, String)> = vec![("Athlete".into(), a.full_name())];
    if let Some(d) = a.date_of_birth {
        facts.push(("Date of birth".into(), d.to_string()));
    }
    let mut profile = Vec::new();
    if let Some(s) = a.sex {
        profile.push(s.id().to_string());
    }
    if let Some(s) = &a.sport {
        profile.push(s.clone());
    }
    if let Some(d) = a.dominant_leg {
        profile.push(format!("dominant leg {}", d.id()));
    }
    if !profile.is_empty() {
        facts.push(("Profile".into(), profile.join(", ")));
    }
    if let Some(id) = &a.external_id {
        facts.push(("External id".into(), id.clone()));
    }
    match &r.episode {
        Some(e) => {
            facts.push(("Injury".into(), e.summary()));
            let days = (r.visit.date_time.date() - e.injury_date).num_days();
            facts.push(("Injured on".into(), format!("{} ({days} days before this visit)", e.injury_date)));
            facts.push((
                "Pre-injury baseline".into(),
                r.baseline_date.map_or("none recorded".into(), |d| format!("visit of {d}")),
            ));
            if let Some(c) = e.closed_on {
                facts.push(("Cleared on".into(), c.to_string()));
            }
        }
        None => facts.push(("Injury".into(), "no injury episode (screening)".into())),
    }
    let v = &r.visit;
    let mut visit = vec![v.date_time.format("%Y-%m-%d %H:%M").to_string()];
    if !v.clinician.is_empty() {
        visit.push(format!("clinician {}", v.clinician));
    }
    if let Some(m) = v.body_mass_kg {
        visit.push(format!("body mass {m:.1} kg"));
    }
    facts.push(("Visit".into(), visit.join(", ")));
    if let Some(s) = v.visa_h {
        facts.push(("VISA-H".into(), format!("{s} / 100 (Cacchio et al. 2014)")));
    }
    let p = v.provocation;
    let provocation: Vec<String> = [
        ("Puranen-Orava", p.puranen_orava),
        ("bent-knee stretch", p.bent_knee_stretch),
        ("modified bent-knee stretch", p.modified_bent_knee_stretch),
    ]
    .iter()
    .filter_map(|(n, r)| r.map(|pos| format!("{n} {}", if pos { "positive" } else { "negative" })))
    .collect();
    if !provocation.is_empty() {
        facts.push(("Provocation tests".into(), format!("{} (Cacchio et al. 2012)", provocation.join(", "))));
    }
    if !v.notes.is_empty() {
        facts.push(("Notes".into(), v.notes.clone()));
    }
    let rows: Vec<Vec<Cell>> = facts.into_iter().map(|(k, v)| vec![Cell::new(k).color(GREY), Cell::new(v)]).collect();
    l.table(&[], &[1.0, 3.4], &rows, 9.5);

    // Results.
    l.heading(&format!("Results of this visit (forces in {})", unit.symbol()));
    let mut rows = Vec::new();
    for row in &r.rows {
        let side = Cell::new(row.side.id()).color(side_color(row.side)).bold();
        let asym = match (&row.asymmetry, row.band, row.side) {
            (Some(text), Some(band), Side::Left) => Cell::new(format!("{text} ({})", band.id())).chip(band_color(band)),
            _ => Cell::new(""),
        };
        let lsi = match (row.lsi_percent, row.side) {
            (Some(x), Side::Left) => Cell::new(format!("{x:.1} %")),
            _ => Cell::new(""),
        };
        let change = match &row.change {
            // Short enough for two lines: this visit's value and kind of device are in the row.
            Some(c) if !c.change.comparable() => Cell::new(format!(
                "other device: {} on {}, {}",
                if row.is_count { format!("{:.0} reps", c.previous_value) } else { unit.format(c.previous_value) },
                c.previous_date,
                c.previous_instruments.iter().map(|i| i.label()).collect::<Vec<_>>().join(", ")
            ))
            .color(AMBER),
            Some(c) => Cell::new(c.text(&row.instruments, row.is_count, unit)),
            None => Cell::new("first visit").color(GREY),
        };
        let name = if row.side == Side::Left || !r.rows.iter().any(|o| o.test_id == row.test_id && o.side == Side::Left)
        {
            Cell::new(row.test_name.clone()).bold()
        } else {
            Cell::new("")
        };
        rows.push(vec![
            name,
            side,
            Cell::new(value(row.best, row.is_count, unit)),
            Cell::new(if row.is_count { "-".into() } else { value(row.mean, false, unit) }),
            Cell::new(row.cv_percent.map_or("-".into(), |c| format!("{c:.1} %"))),
            Cell::new(row.pain.map_or("-".into(), |p| format!("{p}/10"))),
            asym,
            lsi,
            change,
        ]);
    }
    if rows.is_empty() {
        l.paragraph("No tests were recorded at this visit.", 10.0, GREY, false);
    } else {
        l.table(
            &["Test", "Side", "Best", "Mean", "CV", "Pain", "Asymmetry", "LSI", "Change"],
            &[2.0, 0.6, 0.65, 0.65, 0.65, 0.55, 1.6, 0.75, 3.25],
            &rows,
            8.5,
        );
        // Flags in plain words; the low sample rate qualifies RFD alone, which this table does not show.
        let flags: Vec<String> = r
            .rows
            .iter()
            .filter_map(|row| {
                let words = crate::results::flags::result_flags_text(&row.flags);
                (!words.is_empty()).then(|| format!("{} {}: {}", row.test_name, row.side.id(), words.join(", ")))
            })
            .collect();
        if !flags.is_empty() {
            l.paragraph(&format!("To read with care: {}.", flags.join("; ")), 8.5, AMBER, false);
        }
        let by_hand: Vec<String> = r
            .rows
            .iter()
            .filter(|row| row.entered_by_hand)
            .map(|row| format!("{} {}", row.test_name, row.side.id()))
            .collect();
        if !by_hand.is_empty() {
            l.paragraph(
                &format!(
                    "Entered by hand (each rep's peak typed in from the device's display; no curve metrics): {}.",
                    by_hand.join("; ")
                ),
                8.5,
                INK,
                false,
            );
        }
        let mut notes = vec![format!(
            "Best is the best rep, counts are reps; asymmetry, LSI and change use the {} per side (see the methods).",
            r.summary
        )];
        if r.rows.iter().any(|row| row.change.as_ref().is_some_and(|c| !c.change.comparable())) {
            notes.push(
                "Other device: the earlier value was taken with another kind of device or mode (its value, date and \
                 device are shown); change is compared within one kind of device only."
                    .into(),
            );
        }
        if let Some((date, left, right)) = r.hq.last().filter(|h| h.0 == r.visit.date_time.date()) {
            let threshold = r
                .hq_at_least
                .map_or_else(|| "no threshold set".to_string(), |t| format!("clinic threshold at least {t:.2}"));
            let mark = |h: &Hq| if h.below(r.hq_at_least) { format!("{} (below)", h.display()) } else { h.display() };
            let earlier: Vec<String> =
                r.hq.iter()
                    .rev()
                    .skip(1)
                    .take(5)
                    .map(|(d, l, rt)| format!("{d}: L {} R {}", l.display(), rt.display()))
                    .collect();
            let mut text = format!(
                "H:Q (knee flexion / knee extension torque at 90°) on {date}: left {}, right {}; {threshold}.",
                mark(left),
                mark(right)
            );
            if !earlier.is_empty() {
                text += &format!(" Earlier: {}.", earlier.join("; "));
            }
            for (_, side, caveat) in r.hq_caveats.iter().filter(|c| c.0 == *date) {
                text += &format!(" {} H:Q {caveat}.", side.id());
            }
            l.paragraph(&text, 9.0, INK, false);
        }
        for n in notes {
            l.paragraph(&n, 8.0, GREY, false);
        }
    }

    // Progress.
    let charts: Vec<&ProgressSeries> = r.progress.iter().filter(|s| s.points.len() > 1).collect();
    if !charts.is_empty() {
        l.ensure(200.0);
        l.heading("Progress over visits");
        l.paragraph(
            "Left: blue circles; right: orange squares; dashed: pre-injury baseline; dotted red: published risk thresholds; \
             solid red: the injury (lines break there); hollow: another kind of instrument than the latest values (not \
             comparable: lines break there too); one point per day (the day's last visit).",
            8.0,
            GREY,
            false,
        );
        let gap = 18.0;
        let chart_w = (l.content_width() - gap) / 2.0;
        let chart_h = 150.0;
        for pair in charts.chunks(2) {
            l.ensure(chart_h + 10.0);
            let top = l.y;
            let mut taken = chart_h;
            for (k, series) in pair.iter().enumerate() {
                let x = l.left() + k as f32 * (chart_w + gap);
                taken = taken.max(progress_chart(l, series, x, top, chart_w, chart_h, unit));
            }
            l.y = top + taken + 10.0;
        }
    }

    // Methods: on the page of the results and progress when they fit there, else after the
    // sign-off (never on a page of their own between the two).
    // The report prints no RFD, so its methods leave the RFD out.
    let printed: Vec<Method> = r.methods_in(unit).iter().filter(|m| m.key != methods::RFD_KEY).cloned().collect();
    let methods_text = methods::paragraph(&printed);
    let methods_height = Layout::HEADING_HEIGHT + l.paragraph_height(&methods_text, METHODS_SIZE);
    let methods_first = r.evaluation.is_none() || methods_height <= l.room();
    if methods_first {
        methods_section(l, &methods_text);
    }

    // Clearance.
    if let Some(e) = &r.evaluation {
        l.new_page();
        l.heading(&format!("Return-to-sport clearance: {}", e.template_name));
        // "Cleared" is what a clinician signs; an evaluation by itself says whether its
        // criteria pass.
        let signed = r.signoff.as_ref();
        let (label, color) = match (e.status, signed) {
            (_, Some(s)) if s.status == "cleared" => ("CLEARED (signed)", GREEN),
            (_, Some(s)) if s.is_override() => ("CLEARED BY OVERRIDE (signed)", AMBER),
            (Status::AllPass, _) if e.episode_id.is_none() => ("SCREENING: ALL CRITERIA PASS", GREEN),
            (Status::AllPass, _) => ("ALL CRITERIA PASS (not signed)", GREEN),
            (Status::NotYet, _) => ("NOT YET CLEARED", RED),
            (Status::Incomplete, _) => ("INCOMPLETE", GREY),
        };
        l.ensure(40.0);
        let (x, y, w) = (l.left(), l.y, l.content_width());
        l.page().push(Op::Rect { x, y, w, h: 30.0, fill: Some(tint(color)), stroke: Some(color) });
        l.text_at(x + 10.0, y + 20.0, label, 15.0, INK, true);
        let sx = x + 20.0 + text_width(label, 15.0);
        l.text_at(
            sx,
            y + 19.0,
            &format!("{} (evaluated at the visit of {})", e.reason(), e.visit_date),
            9.5,
            INK,
            false,
        );
        l.y = y + 38.0;
        l.paragraph(
            &format!(
                "Template: {}. Results up to {} days before the visit count. The athlete is cleared only when a clinician signs an evaluation whose required criteria all pass; the clinician decides.",
                e.template_source, e.max_age_days
            ),
            8.0,
            GREY,
            false,
        );
        l.space(4.0);
        let rows: Vec<Vec<Cell>> = e
            .criteria
            .iter()
            .map(|c| {
                let verdict = c.verdict.label().to_uppercase();
                let mut label = crate::clearance::forces_in(&c.label, unit);
                if !c.required {
                    label += " (optional)";
                }
                let mut value = c.value_text(unit);
                if !c.note.is_empty() {
                    let note = crate::clearance::forces_in(&c.note, unit);
                    value = if value.is_empty() { note } else { format!("{value} ({note})") };
                }
                let trend: String = c
                    .trend
                    .iter()
                    .map(|p| match p.verdict {
                        Verdict::Pass => "+",
                        Verdict::Fail => "x",
                        Verdict::NoData => "·",
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                let threshold = c.threshold_text(unit);
                vec![
                    Cell::new(verdict).bold().chip(verdict_color(c.verdict)),
                    Cell::new(label),
                    Cell::new(value),
                    Cell::new(threshold),
                    Cell::new(c.source_text()).color(GREY),
                    Cell::new(trend),
                ]
            })
            .collect();
        l.table(
            &["Verdict", "Criterion", "Value", "Threshold", "Source", "Trend"],
            &[0.9, 2.2, 2.4, 1.4, 2.0, 0.9],
            &rows,
            8.0,
        );
        l.paragraph(
            "Trend: the criterion at the episode's last visits, oldest first (+ pass, x fail, · no data).",
            8.0,
            GREY,
            false,
        );
        l.paragraph(
            "The 10 % rule deserves caution: deficits of more than 10 % were common at return to sport (van Dyk et al. 2019). Read the numbers and trends, not only the verdict.",
            8.0,
            GREY,
            false,
        );

        // Sign-off.
        l.heading("Sign-off");
        match &r.signoff {
            Some(s) => {
                l.paragraph(
                    &format!(
                        "Signed by {} on {} with the status \"{}\".",
                        s.clinician,
                        s.signed_at.format("%Y-%m-%d %H:%M"),
                        s.status_text()
                    ),
                    10.0,
                    INK,
                    false,
                );
                if let Some(note) = s.note_text() {
                    l.paragraph(&note, 10.0, INK, false);
                }
                if !r.checks_changed_after_signoff.is_empty() {
                    let changes: Vec<String> = r
                        .checks_changed_after_signoff
                        .iter()
                        .map(|c| {
                            let label =
                                e.criteria.iter().find(|k| k.id == c.check_id).map_or(&c.check_id, |k| &k.label);
                            let answer = match c.done {
                                Some(true) => "yes",
                                Some(false) => "no",
                                None => "answer withdrawn",
                            };
                            format!(
                                "{label}: {answer}, by {} on {}",
                                c.clinician,
                                c.checked_at.format("%Y-%m-%d %H:%M")
                            )
                        })
                        .collect();
                    l.paragraph(
                        &format!(
                            "Answers changed after this sign-off (the checklist above shows what was signed): {}.",
                            changes.join("; ")
                        ),
                        9.0,
                        RED,
                        false,
                    );
                }
            }
            None => {
                l.paragraph("Not signed off in ForceTrack yet.", 10.0, GREY, false);
                l.space(18.0);
                l.ensure(40.0);
                let y = l.y + 10.0;
                let x = l.left();
                for (k, label) in ["Clinician", "Date", "Signature"].iter().enumerate() {
                    let x0 = x + k as f32 * (l.content_width() / 3.0);
                    let x1 = x0 + l.content_width() / 3.0 - 16.0;
                    l.page().push(Op::Line { points: vec![(x0, y), (x1, y)], width: 0.6, color: INK, dash: None });
                    l.text_at(x0, y + 11.0, label, 8.0, GREY, false);
                }
                l.y = y + 20.0;
            }
        }
    }

    if !methods_first {
        methods_section(l, &methods_text);
    }
}

/// The size of the methods' text.
const METHODS_SIZE: f32 = 8.0;
/// The page's white: the inside of a hollow marker.
const PAPER: Rgb = Rgb(255, 255, 255);

/// The methods, from the settings in force, as a clinical methods section.
fn methods_section(l: &mut Layout, methods: &str) {
    l.ensure(60.0);
    l.heading("Methods");
    l.paragraph(methods, METHODS_SIZE, GREY, false);
}

/// A small progress chart of one test; returns the height it took (more than `h` when its notes
/// run further down).
fn progress_chart(l: &mut Layout, s: &ProgressSeries, x: f32, y: f32, w: f32, h: f32, unit: ForceUnit) -> f32 {
    let show = |v: f64| if s.is_count { v } else { unit.from_newtons(v) };
    let unit_text = if s.is_count { "reps".to_string() } else { unit.symbol().to_string() };
    l.text_at(x, y + 10.0, &format!("{} ({unit_text})", s.test_name), 9.0, INK, true);
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
        let text = tick_text(v, step);
        l.text_at(px - 4.0 - text_width(&text, 7.0), ty + 2.5, &text, 7.0, GREY, false);
    }
    let first_text = first.format("%Y-%m-%d").to_string();
    let last_text = last.format("%Y-%m-%d").to_string();
    l.text_at(px, plot_top + ph + 10.0, &first_text, 7.0, GREY, false);
    l.text_at(px + pw - text_width(&last_text, 7.0), plot_top + ph + 10.0, &last_text, 7.0, GREY, false);
    // Thresholds: dotted lines in the plot, their values and sources under it (a label on the
    // plot would sit on the athlete's lines).
    let mut by_source: Vec<(&str, Vec<String>)> = Vec::new();
    for (v, label) in &thresholds {
        let ty = fy(*v);
        l.page().push(Op::Line { points: vec![(px, ty), (px + pw, ty)], width: 0.6, color: RED, dash: Some(1.5) });
        let value = if s.is_count { format!("{v:.0}") } else { format!("{v:.1}") };
        match by_source.iter_mut().find(|(source, _)| source == label) {
            Some((_, values)) => values.push(value),
            None => by_source.push((label.as_str(), vec![value])),
        }
    }
    let mut line_y = plot_top + ph + 19.0;
    let mut line = String::new();
    for (source, values) in by_source {
        let part = format!("{} {unit_text} {source}", values.join(", "));
        let joined = if line.is_empty() { format!("Thresholds: {part}") } else { format!("{line}; {part}") };
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
        chart::kinds_key(left.iter().chain(&right).map(|p| p.1.1.as_slice()), &latest).into_iter().collect();
    for (side, pick) in [(Side::Left, 0usize), (Side::Right, 1usize)] {
        if s.baseline.and_then(|(bl, br)| [bl, br][pick]).is_some()
            && let Some(note) = chart::reference_left_out(side, &s.baseline_instruments[pick], &side_latest[pick])
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

#[cfg(test)]
#[path = "pdf_tests.rs"]
mod tests;
