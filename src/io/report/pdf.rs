//! The report as PDF: the content laid out on A4 or Letter pages (`layout`), then drawn with
//! krilla, which embeds the subset of the font that is used.

use i18n_embed::fluent::FluentLanguageLoader;

use super::draw::draw;
use super::layout::{AMBER, Cell, GREEN, GREY, INK, LEFT, Layout, Op, RED, RIGHT, RULE, Rgb, text_width, tint, wrap};
use super::ticks::{tick_text, ticks_from_zero};
use super::{Paper, ProgressSeries, Report};
use crate::analysis::AsymmetryBand;
use crate::clearance::{Status, Verdict};
use crate::fl_in;
use crate::i18n::numbers::NumberStyle;
use crate::model::{ForceUnit, Side};
use crate::results::methods::{self, Method, force_text};
use crate::results::{Hq, chart, reps_text, side_word};

mod progress;
use progress::progress_chart;

/// What the report's words and numbers are written with: its language, its number style and
/// the unit of its forces.
pub(super) struct Words<'a> {
    pub loader: &'a FluentLanguageLoader,
    pub style: NumberStyle,
    pub unit: ForceUnit,
}

impl Words<'_> {
    /// A force in newtons in the report's unit and style: "270 N".
    fn force(&self, force_n: f64) -> String {
        force_text(&self.style, self.unit, force_n)
    }

    /// A force in newtons as a number in the report's unit, without the unit.
    fn force_number(&self, force_n: f64) -> String {
        self.style.number(self.unit.from_newtons(force_n), self.unit.decimals())
    }

    fn side(&self, side: Side) -> String {
        side_word(self.loader, side)
    }
}

/// The report as PDF bytes, in the report's language.
pub fn render_pdf(report: &Report, paper: Paper, unit: ForceUnit) -> Result<Vec<u8>, String> {
    let (width, height) = paper.size_pt();
    let mut l = Layout::new(width, height, 42.0);
    let loader = crate::i18n::loader_for(report.language);
    let words = Words { loader: &loader, style: report.numbers, unit };
    compose(&mut l, report, &words);
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

/// A value of a test: reps for count tests, a force in the report's unit otherwise.
fn value(w: &Words, v: Option<f64>, is_count: bool) -> String {
    match v {
        None => "-".into(),
        Some(v) if is_count => w.style.number(v, 0),
        Some(v) => w.force_number(v),
    }
}

fn compose(l: &mut Layout, r: &Report, w: &Words) {
    let tr = w.loader;
    let st = &w.style;
    let unit = w.unit;
    let a = &r.athlete;
    // Title.
    l.paragraph(&fl_in!(tr, "report-title"), 18.0, INK, true);
    l.paragraph(
        &fl_in!(tr, "report-subtitle", name = a.full_name(), date = st.date_time(r.visit.date_time)),
        12.0,
        GREY,
        false,
    );
    l.space(6.0);

    // Athlete, episode, visit.
    let mut facts: Vec<(String, String)> = vec![(fl_in!(tr, "report-fact-athlete"), a.full_name())];
    if let Some(d) = a.date_of_birth {
        facts.push((fl_in!(tr, "report-fact-date-of-birth"), st.date(d)));
    }
    let mut profile = Vec::new();
    if let Some(s) = a.sex {
        profile.push(s.label(tr));
    }
    if let Some(s) = &a.sport {
        profile.push(s.clone());
    }
    if let Some(d) = a.dominant_leg {
        profile.push(fl_in!(tr, "report-dominant-leg", side = d.id()));
    }
    if !profile.is_empty() {
        facts.push((fl_in!(tr, "report-fact-profile"), profile.join(", ")));
    }
    if let Some(id) = &a.external_id {
        facts.push((fl_in!(tr, "report-fact-external-id"), id.clone()));
    }
    match &r.episode {
        Some(e) => {
            facts.push((fl_in!(tr, "report-fact-injury"), e.summary(tr)));
            let days = (r.visit.date_time.date() - e.injury_date).num_days();
            facts.push((
                fl_in!(tr, "report-fact-injured-on"),
                fl_in!(tr, "report-injured-on-value", date = st.date(e.injury_date), days = days),
            ));
            facts.push((
                fl_in!(tr, "report-fact-baseline"),
                r.baseline_date.map_or_else(
                    || fl_in!(tr, "report-baseline-none"),
                    |d| fl_in!(tr, "report-baseline-visit", date = st.date(d)),
                ),
            ));
            if let Some(c) = e.closed_on {
                facts.push((fl_in!(tr, "report-fact-cleared-on"), st.date(c)));
            }
        }
        None => facts.push((fl_in!(tr, "report-fact-injury"), fl_in!(tr, "report-no-episode"))),
    }
    let v = &r.visit;
    let mut visit = vec![st.date_time(v.date_time)];
    if !v.clinician.is_empty() {
        visit.push(fl_in!(tr, "report-visit-clinician", name = v.clinician.as_str()));
    }
    if let Some(m) = v.body_mass_kg {
        visit.push(fl_in!(tr, "report-visit-body-mass", mass = st.number(m, 1)));
    }
    facts.push((fl_in!(tr, "report-fact-visit"), visit.join(", ")));
    if let Some(s) = v.visa_h {
        facts.push((
            fl_in!(tr, "report-fact-visa-h"),
            fl_in!(tr, "report-visa-h-value", score = s.to_string(), source = "Cacchio et al. 2014"),
        ));
    }
    let p = v.provocation;
    let provocation: Vec<String> = [
        (fl_in!(tr, "report-provocation-puranen-orava"), p.puranen_orava),
        (fl_in!(tr, "report-provocation-bent-knee-stretch"), p.bent_knee_stretch),
        (fl_in!(tr, "report-provocation-modified-bent-knee-stretch"), p.modified_bent_knee_stretch),
    ]
    .into_iter()
    .filter_map(|(n, r)| {
        r.map(|pos| {
            fl_in!(tr, "report-provocation-result", test = n, result = if pos { "positive" } else { "negative" })
        })
    })
    .collect();
    if !provocation.is_empty() {
        facts.push((
            fl_in!(tr, "report-fact-provocation"),
            fl_in!(tr, "report-provocation-value", tests = provocation.join(", "), source = "Cacchio et al. 2012"),
        ));
    }
    if !v.notes.is_empty() {
        facts.push((fl_in!(tr, "report-fact-notes"), v.notes.clone()));
    }
    let rows: Vec<Vec<Cell>> = facts.into_iter().map(|(k, v)| vec![Cell::new(k).color(GREY), Cell::new(v)]).collect();
    l.table(&[], &[1.0, 3.4], &rows, 9.5);

    // Results.
    l.heading(&fl_in!(tr, "report-results-heading", unit = unit.symbol()));
    let mut rows = Vec::new();
    for row in &r.rows {
        let side = Cell::new(w.side(row.side)).color(side_color(row.side)).bold();
        let asym = match (&row.asymmetry, row.band, row.side) {
            (Some(text), Some(band), Side::Left) => Cell::new(fl_in!(
                tr,
                "report-asymmetry-with-band",
                asymmetry = text.as_str(),
                band = fl_in!(tr, "report-band", band = band.id())
            ))
            .chip(band_color(band)),
            _ => Cell::new(""),
        };
        let lsi = match (row.lsi_percent, row.side) {
            (Some(x), Side::Left) => Cell::new(format!("{} %", st.number(x, 1))),
            _ => Cell::new(""),
        };
        let change = match &row.change {
            // Short enough for two lines: this visit's value and kind of device are in the row.
            Some(c) if !c.change.comparable() => Cell::new(fl_in!(
                tr,
                "report-change-other-device",
                value = if row.is_count { reps_text(tr, c.previous_value) } else { w.force(c.previous_value) },
                date = st.date(c.previous_date),
                instruments = c.previous_instruments.iter().map(|i| i.label(tr)).collect::<Vec<_>>().join(", ")
            ))
            .color(AMBER),
            Some(c) => Cell::new(c.text(tr, st, &row.instruments, row.is_count, unit)),
            None => Cell::new(fl_in!(tr, "report-change-first-visit")).color(GREY),
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
            Cell::new(value(w, row.best, row.is_count)),
            Cell::new(if row.is_count { "-".into() } else { value(w, row.mean, false) }),
            Cell::new(row.cv_percent.map_or("-".into(), |c| format!("{} %", st.number(c, 1)))),
            Cell::new(row.pain.map_or("-".into(), |p| format!("{p}/10"))),
            asym,
            lsi,
            change,
        ]);
    }
    if rows.is_empty() {
        l.paragraph(&fl_in!(tr, "report-no-tests"), 10.0, GREY, false);
    } else {
        let header = [
            fl_in!(tr, "report-col-test"),
            fl_in!(tr, "report-col-side"),
            fl_in!(tr, "report-col-best"),
            fl_in!(tr, "report-col-mean"),
            fl_in!(tr, "report-col-cv"),
            fl_in!(tr, "report-col-pain"),
            fl_in!(tr, "report-col-asymmetry"),
            fl_in!(tr, "report-col-lsi"),
            fl_in!(tr, "report-col-change"),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        l.table(&header, &[2.0, 0.6, 0.65, 0.65, 0.65, 0.55, 1.6, 0.75, 3.25], &rows, 8.5);
        // Flags in plain words; the low sample rate qualifies RFD alone, which this table does not show.
        let flags: Vec<String> = r
            .rows
            .iter()
            .filter_map(|row| {
                let words = crate::results::flags::result_flags_text(tr, &row.flags);
                (!words.is_empty()).then(|| {
                    fl_in!(
                        tr,
                        "report-flag-item",
                        test = row.test_name.as_str(),
                        side = w.side(row.side),
                        flags = words.join(", ")
                    )
                })
            })
            .collect();
        if !flags.is_empty() {
            l.paragraph(&fl_in!(tr, "report-read-with-care", items = flags.join("; ")), 8.5, AMBER, false);
        }
        let by_hand: Vec<String> = r
            .rows
            .iter()
            .filter(|row| row.entered_by_hand)
            .map(|row| fl_in!(tr, "report-test-side", test = row.test_name.as_str(), side = w.side(row.side)))
            .collect();
        if !by_hand.is_empty() {
            l.paragraph(&fl_in!(tr, "report-entered-by-hand", items = by_hand.join("; ")), 8.5, INK, false);
        }
        let mut notes = vec![fl_in!(tr, "report-note-summary", summary = r.summary.as_str())];
        if r.rows.iter().any(|row| row.change.as_ref().is_some_and(|c| !c.change.comparable())) {
            notes.push(fl_in!(tr, "report-note-other-device"));
        }
        if let Some((date, left, right)) = r.hq.last().filter(|h| h.0 == r.visit.date_time.date()) {
            let threshold = methods::hq_threshold_text(tr, st, r.hq_at_least, Some(2));
            let mark = |h: &Hq| {
                if h.below(r.hq_at_least) {
                    fl_in!(tr, "report-hq-below", ratio = h.display(tr, st))
                } else {
                    h.display(tr, st)
                }
            };
            let earlier: Vec<String> =
                r.hq.iter()
                    .rev()
                    .skip(1)
                    .take(5)
                    .map(|(d, l, rt)| {
                        fl_in!(
                            tr,
                            "report-hq-earlier-item",
                            date = st.date(*d),
                            left = l.display(tr, st),
                            right = rt.display(tr, st)
                        )
                    })
                    .collect();
            let mut sentences = vec![fl_in!(
                tr,
                "report-hq-line",
                date = st.date(*date),
                left = mark(left),
                right = mark(right),
                threshold = threshold
            )];
            if !earlier.is_empty() {
                sentences.push(fl_in!(tr, "report-hq-earlier", items = earlier.join("; ")));
            }
            for (_, side, caveat) in r.hq_caveats.iter().filter(|c| c.0 == *date) {
                sentences.push(fl_in!(tr, "report-hq-caveat", side = w.side(*side), caveat = caveat.as_str()));
            }
            l.paragraph(&sentences.join(" "), 9.0, INK, false);
        }
        for n in notes {
            l.paragraph(&n, 8.0, GREY, false);
        }
    }

    // Progress.
    let charts: Vec<&ProgressSeries> = r.progress.iter().filter(|s| s.points.len() > 1).collect();
    if !charts.is_empty() {
        l.ensure(200.0);
        l.heading(&fl_in!(tr, "report-progress-heading"));
        l.paragraph(&fl_in!(tr, "report-progress-legend"), 8.0, GREY, false);
        let gap = 18.0;
        let chart_w = (l.content_width() - gap) / 2.0;
        let chart_h = 150.0;
        for pair in charts.chunks(2) {
            l.ensure(chart_h + 10.0);
            let top = l.y;
            let mut taken = chart_h;
            for (k, series) in pair.iter().enumerate() {
                let x = l.left() + k as f32 * (chart_w + gap);
                taken = taken.max(progress_chart(l, series, x, top, chart_w, chart_h, w));
            }
            l.y = top + taken + 10.0;
        }
    }

    // Methods: on the page of the results and progress when they fit there, else after the
    // sign-off (never on a page of their own between the two).
    // The report prints no RFD, so its methods leave the RFD out.
    let printed: Vec<Method> = r.methods_in(unit).iter().filter(|m| m.key != methods::RFD_KEY).cloned().collect();
    let methods_text = methods::paragraph(tr, &printed);
    let methods_height = Layout::HEADING_HEIGHT + l.paragraph_height(&methods_text, METHODS_SIZE);
    let methods_first = r.evaluation.is_none() || methods_height <= l.room();
    if methods_first {
        methods_section(l, tr, &methods_text);
    }

    // Clearance.
    if let Some(e) = &r.evaluation {
        l.new_page();
        l.heading(&fl_in!(tr, "report-clearance-heading", template = e.template_name.as_str()));
        // "Cleared" is what a clinician signs; an evaluation by itself says whether its
        // criteria pass.
        let signed = r.signoff.as_ref();
        let (label, color) = match (e.status, signed) {
            (_, Some(s)) if s.status == "cleared" => (fl_in!(tr, "report-status-cleared-signed"), GREEN),
            (_, Some(s)) if s.is_override() => (fl_in!(tr, "report-status-cleared-override-signed"), AMBER),
            (Status::AllPass, _) if e.episode_id.is_none() => (fl_in!(tr, "report-status-screening-all-pass"), GREEN),
            (Status::AllPass, _) => (fl_in!(tr, "report-status-all-pass-not-signed"), GREEN),
            (Status::NotYet, _) => (fl_in!(tr, "report-status-not-yet"), RED),
            (Status::Incomplete, _) => (fl_in!(tr, "report-status-incomplete"), GREY),
        };
        l.ensure(40.0);
        let (x, y, cw) = (l.left(), l.y, l.content_width());
        l.page().push(Op::Rect { x, y, w: cw, h: 30.0, fill: Some(tint(color)), stroke: Some(color) });
        l.text_at(x + 10.0, y + 20.0, &label, 15.0, INK, true);
        let sx = x + 20.0 + text_width(&label, 15.0);
        l.text_at(
            sx,
            y + 19.0,
            &fl_in!(tr, "report-evaluated-at", reason = e.reason(tr), date = st.date(e.visit_date)),
            9.5,
            INK,
            false,
        );
        l.y = y + 38.0;
        l.paragraph(
            &fl_in!(
                tr,
                "report-clearance-template",
                source = e.template_source.as_str(),
                days = i64::from(e.max_age_days)
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
                let verdict = c.verdict.label(tr).to_uppercase();
                let mut label = crate::clearance::forces_in(&c.label, unit);
                if !c.required {
                    label = fl_in!(tr, "report-criterion-optional", criterion = label);
                }
                let mut value = c.value_text(unit, tr);
                if !c.note.is_empty() {
                    let note = crate::clearance::forces_in(&c.note, unit);
                    value = if value.is_empty() {
                        note
                    } else {
                        fl_in!(tr, "report-value-with-note", value = value, note = note)
                    };
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
                let threshold = c.threshold_text(unit, tr);
                vec![
                    Cell::new(verdict).bold().chip(verdict_color(c.verdict)),
                    Cell::new(label),
                    Cell::new(value),
                    Cell::new(threshold),
                    Cell::new(c.source_text(tr)).color(GREY),
                    Cell::new(trend),
                ]
            })
            .collect();
        let header = [
            fl_in!(tr, "report-col-verdict"),
            fl_in!(tr, "report-col-criterion"),
            fl_in!(tr, "report-col-value"),
            fl_in!(tr, "report-col-threshold"),
            fl_in!(tr, "report-col-source"),
            fl_in!(tr, "report-col-trend"),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        l.table(&header, &[0.9, 2.2, 2.4, 1.4, 2.0, 0.9], &rows, 8.0);
        l.paragraph(&fl_in!(tr, "report-trend-key"), 8.0, GREY, false);
        l.paragraph(&fl_in!(tr, "report-ten-percent-caution", source = "van Dyk et al. 2019"), 8.0, GREY, false);

        // Sign-off.
        l.heading(&fl_in!(tr, "report-signoff-heading"));
        match &r.signoff {
            Some(s) => {
                l.paragraph(
                    &fl_in!(
                        tr,
                        "report-signed-by",
                        clinician = s.clinician.as_str(),
                        date = st.date_time(s.signed_at),
                        status = s.status_text(tr)
                    ),
                    10.0,
                    INK,
                    false,
                );
                if let Some(note) = s.note_text(tr) {
                    l.paragraph(&note, 10.0, INK, false);
                }
                if !r.checks_changed_after_signoff.is_empty() {
                    let changes: Vec<String> = r
                        .checks_changed_after_signoff
                        .iter()
                        .map(|c| {
                            let label =
                                e.criteria.iter().find(|k| k.id == c.check_id).map_or(&c.check_id, |k| &k.label);
                            fl_in!(
                                tr,
                                "report-answer-changed",
                                check = label.as_str(),
                                answer = answer_text(tr, c.done),
                                clinician = c.clinician.as_str(),
                                date = st.date_time(c.checked_at)
                            )
                        })
                        .collect();
                    l.paragraph(&fl_in!(tr, "report-answers-changed", items = changes.join("; ")), 9.0, RED, false);
                }
            }
            None => {
                l.paragraph(&fl_in!(tr, "report-not-signed"), 10.0, GREY, false);
                l.space(18.0);
                l.ensure(40.0);
                let y = l.y + 10.0;
                let x = l.left();
                let labels = [
                    fl_in!(tr, "report-sign-clinician"),
                    fl_in!(tr, "report-sign-date"),
                    fl_in!(tr, "report-sign-signature"),
                ];
                for (k, label) in labels.iter().enumerate() {
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
        methods_section(l, tr, &methods_text);
    }
}

/// An answer to a manual check: yes, no, or withdrawn.
pub(super) fn answer_text(tr: &FluentLanguageLoader, done: Option<bool>) -> String {
    match done {
        Some(true) => fl_in!(tr, "report-answer-yes"),
        Some(false) => fl_in!(tr, "report-answer-no"),
        None => fl_in!(tr, "report-answer-withdrawn"),
    }
}

/// The size of the methods' text.
const METHODS_SIZE: f32 = 8.0;
/// The page's white: the inside of a hollow marker.
const PAPER: Rgb = Rgb(255, 255, 255);

/// The methods, from the settings in force, as a clinical methods section.
fn methods_section(l: &mut Layout, tr: &FluentLanguageLoader, methods: &str) {
    l.ensure(60.0);
    l.heading(&fl_in!(tr, "report-methods-heading"));
    l.paragraph(methods, METHODS_SIZE, GREY, false);
}

#[cfg(test)]
#[path = "pdf_tests.rs"]
mod tests;
