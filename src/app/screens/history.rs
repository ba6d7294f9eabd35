//! An athlete's history: per test, progress over visits (left and right, pre-injury baseline,
//! thresholds, MDC band), the asymmetry trend over colour bands, and the trial viewer.

use chrono::{Datelike, NaiveDate};
use egui::RichText;
use egui_plot::{FilledArea, HLine, Line, LineStyle, MarkerShape, Plot, Points, Span};

use super::trial_viewer::TrialViewer;
use crate::app::worker::{Pending, answer};
use crate::app::{Shared, theme};
use crate::model::{Athlete, ForceUnit, InjuryEpisode, Instrument, Side};
use crate::protocols::{Measure, ThresholdDirection};
use crate::records;
use crate::results::VisitResults;
use crate::results::chart::{
    Kinded, kinds_key, latest_kinds, of_latest_kind, one_visit_per_day, reference_left_out, runs_between_injuries,
    runs_of_one_kind, same_day_note,
};

struct Data {
    athlete: Athlete,
    episodes: Vec<InjuryEpisode>,
    results: Vec<VisitResults>,
}

#[derive(Default)]
pub struct HistoryScreen {
    loaded: Option<(i64, u64)>,
    pending: Option<Pending<Data>>,
    data: Option<Data>,
    test: Option<String>,
    viewer: TrialViewer,
    error: Option<String>,
    /// A visit to open the history at (from the athlete's page), once the results are in.
    open_at: Option<i64>,
    /// The visit the history was opened at: its row is marked in the visits table (and
    /// scrolled to once, while `scroll_to_visit`).
    at_visit: Option<i64>,
    scroll_to_visit: bool,
}

/// A hover label from (series name, x, y).
pub fn hover(
    pos: &egui_plot::HoverPosition,
    shown: &[&str],
    text: impl Fn(&str, f64, f64) -> String,
) -> Option<String> {
    // A data point of a named series (the nearest within a few pixels), or nothing: empty
    // chart space and bands, lines and areas between points have no value to show.
    match pos {
        egui_plot::HoverPosition::NearDataPoint { plot_name, position, .. } if shown.contains(&&**plot_name) => {
            Some(text(plot_name, position.x, position.y))
        }
        _ => None,
    }
}

/// A progress chart's point on hover, with its unit: "left\n2026-03-23: 26.9 kgf" (`y` in the
/// display unit), "12 reps" for a count.
fn progress_hover(name: &str, x: f64, y: f64, count: bool, unit: ForceUnit) -> String {
    // The same number the visits table shows: the unit's own precision.
    let value = if count { format!("{y:.0} reps") } else { unit.format(unit.to_newtons(y)) };
    format!("{name}\n{}: {value}", date_of(x))
}

/// Days since the common era: the x axis of progress charts.
fn day_number(d: NaiveDate) -> f64 {
    d.num_days_from_ce() as f64
}

fn date_of(x: f64) -> String {
    NaiveDate::from_num_days_from_ce_opt(x.round() as i32)
        .map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
}

/// The width a date label ("2026-04-04") is given on a chart's date axis, in points.
const DATE_LABEL_PX: f64 = 84.0;

/// The date axis of a chart `width_px` wide: each tick's date ([`date_tick`]).
fn date_axis(width_px: f32) -> impl Fn(egui_plot::GridMark, &std::ops::RangeInclusive<f64>) -> String {
    move |mark, range| date_tick(mark.value, range, width_px)
}

/// A tick's label on a date axis showing `range` (days) over `width_px`: the date of a whole
/// day, nothing between days (a date shown twice), nor where the label, centred on its tick,
/// would reach past the plot's edge and be cut.
fn date_tick(x: f64, range: &std::ops::RangeInclusive<f64>, width_px: f32) -> String {
    let span = range.end() - range.start();
    // Less the value axis on the left, a little over 50 points.
    let plot_px = (f64::from(width_px) - 56.0).max(1.0);
    let half_label = span * DATE_LABEL_PX / 2.0 / plot_px;
    let whole_day = (x - x.round()).abs() < 1e-6;
    if !whole_day || x - range.start() < half_label || range.end() - x < half_label {
        return String::new();
    }
    date_of(x)
}

/// Where a band's label goes on a chart: the middle of the part of the band (`lo_px`, `hi_px`,
/// in screen points, either order) inside the plot (`top`..`bottom`), when that part is tall
/// enough for a line of text (`text_px`); else no label, rather than one cut by the plot's edge.
fn band_label_y(lo_px: f32, hi_px: f32, top: f32, bottom: f32, text_px: f32) -> Option<f32> {
    let (a, b) = (lo_px.min(hi_px).max(top), lo_px.max(hi_px).min(bottom));
    (b - a >= text_px + 4.0).then_some((a + b) / 2.0)
}

impl HistoryScreen {
    /// Opens the history at `visit`: a test it holds, its row marked in the visits table and
    /// its trials' curves.
    pub fn open_at(&mut self, visit: i64) {
        self.open_at = Some(visit);
        self.at_visit = None;
    }

    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared, athlete_id: i64) {
        let key = (athlete_id, shared.clinic.generation);
        if self.loaded != Some(key) {
            self.loaded = Some(key);
            let library = shared.clinic.library.clone();
            let settings = shared.clinic.results.clone();
            self.pending = Some(shared.clinic.worker.run(move |s| {
                let e = |e: crate::store::StoreError| e.to_string();
                Ok(Data {
                    athlete: s.athlete(athlete_id).map_err(e)?,
                    episodes: s.episodes(athlete_id).map_err(e)?,
                    results: records::athlete_results(s, athlete_id, &library, &settings).map_err(e)?,
                })
            }));
        }
        if let Some(r) = answer(&mut self.pending) {
            match r {
                Ok(d) => {
                    // A reload (another process's change, a save) keeps the tab the clinician
                    // chose while it still has something to show; H:Q is a tab of its own.
                    let shown = |t: &String| {
                        if t == HQ_TAB {
                            d.results
                                .iter()
                                .any(|v| [Side::Left, Side::Right].iter().any(|s| v.hq(*s).ratio().is_some()))
                        } else {
                            d.results.iter().any(|v| v.test(t).is_some())
                        }
                    };
                    if self.test.as_ref().is_none_or(|t| !shown(t)) {
                        self.test =
                            d.results.iter().rev().flat_map(|v| v.tests.first()).map(|t| t.test_id.clone()).next();
                    }
                    self.data = Some(d);
                }
                Err(e) => self.error = Some(e),
            }
        }
        if let Some(e) = &self.error {
            ui.label(RichText::new(e).color(theme::RED));
        }
        let Some(data) = &self.data else {
            ui.spinner();
            return;
        };
        if self.pending.is_none()
            && let Some(visit) = self.open_at.take()
            && let Some(at) = data.results.iter().find(|v| v.visit.id == visit)
        {
            if self.test.as_ref().is_none_or(|t| at.test(t).is_none()) {
                self.test = at.tests.first().map(|t| t.test_id.clone()).or(self.test.take());
            }
            self.viewer.select_visit(visit);
            self.at_visit = Some(visit);
            self.scroll_to_visit = true;
        }
        ui.heading(format!("History: {}", data.athlete.full_name()));
        if data.results.is_empty() {
            ui.label("No visits yet.");
            return;
        }
        // One tab per test that has results, in library order.
        let tests: Vec<(String, String)> = shared
            .clinic
            .library
            .tests
            .iter()
            .filter(|t| data.results.iter().any(|v| v.test(&t.id).is_some()))
            .map(|t| (t.id.clone(), t.name.clone()))
            .collect();
        let has_hq = data.results.iter().any(|v| [Side::Left, Side::Right].iter().any(|s| v.hq(*s).ratio().is_some()));
        ui.horizontal_wrapped(|ui| {
            for (id, name) in &tests {
                if ui.selectable_label(self.test.as_deref() == Some(id.as_str()), name).clicked() {
                    self.test = Some(id.clone());
                }
            }
            if has_hq && ui.selectable_label(self.test.as_deref() == Some(HQ_TAB), "H:Q ratio").clicked() {
                self.test = Some(HQ_TAB.into());
            }
        });
        let Some(test_id) = self.test.clone() else { return };
        ui.separator();
        if test_id == HQ_TAB {
            egui::ScrollArea::vertical().show(ui, |ui| hq_view(ui, shared, data));
            return;
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            progress_chart(ui, shared, data, &test_id);
            asymmetry_chart(ui, shared, data, &test_id);
            let scroll = std::mem::take(&mut self.scroll_to_visit);
            visits_table(ui, shared, data, &test_id, self.at_visit, scroll);
            ui.add_space(10.0);
            self.viewer.show(ui, shared, &data.results, &test_id);
        });
    }
}

/// A side's values over visits as its line (one run between injuries).
fn side_line(plot: &mut egui_plot::PlotUi, side: Side, run: &[(NaiveDate, f64)]) {
    let points: Vec<[f64; 2]> = run.iter().map(|(d, v)| [day_number(*d), *v]).collect();
    plot.line(Line::new(format!("{} line", side.id()), points).color(theme::side_color(side)).width(2.5));
}

/// A side's values as its markers: left circles, right squares (the series hover names).
fn side_points(plot: &mut egui_plot::PlotUi, side: Side, all: &[(NaiveDate, f64)]) {
    let shape = if side == Side::Left { MarkerShape::Circle } else { MarkerShape::Square };
    let points: Vec<[f64; 2]> = all.iter().map(|(d, v)| [day_number(*d), *v]).collect();
    plot.points(Points::new(side.id(), points).color(theme::side_color(side)).shape(shape).radius(5.0));
}

/// The series name of a value taken with `kinds`: the side ("left") for the chart's latest kind,
/// with the kind for another ("left, handheld dynamometer").
fn kinded_name(side: Side, kinds: &[Instrument], latest: &[Instrument]) -> String {
    if of_latest_kind(kinds, latest) {
        side.id().to_string()
    } else {
        let labels: Vec<&str> = kinds.iter().map(|i| i.label()).collect();
        format!("{}, {}", side.id(), labels.join(" + "))
    }
}

/// A side's values as its markers (left circles, right squares): filled for the chart's latest
/// kind of instrument, hollow for another kind, one series per name (the names hover shows).
fn kinded_points(plot: &mut egui_plot::PlotUi, side: Side, all: &[(NaiveDate, Kinded)], latest: &[Instrument]) {
    let shape = if side == Side::Left { MarkerShape::Circle } else { MarkerShape::Square };
    let mut names: Vec<String> = Vec::new();
    for (_, (_, kinds)) in all {
        let name = kinded_name(side, kinds, latest);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    for name in names {
        let filled = name == side.id();
        let points: Vec<[f64; 2]> = all
            .iter()
            .filter(|(_, (_, kinds))| kinded_name(side, kinds, latest) == name)
            .map(|(d, (v, _))| [day_number(*d), *v])
            .collect();
        plot.points(Points::new(name, points).color(theme::side_color(side)).shape(shape).radius(5.0).filled(filled));
    }
}

/// The history tab of the hamstring-to-quadriceps ratio.
const HQ_TAB: &str = "hq ratio";

/// H:Q per side over visits (lines broken at injuries, the clinic's threshold if it set one)
/// and the numbers behind it.
fn hq_view(ui: &mut egui::Ui, shared: &Shared, data: &Data) {
    let at_least = shared.clinic.results.hq_at_least;
    ui.label(RichText::new("H:Q ratio — knee flexion / knee extension torque at 90°, per side").strong().size(18.0));
    ui.label(
        RichText::new(format!(
            "{}; {}. From the summary in use ({}).",
            crate::results::hq::SOURCE,
            at_least.map_or_else(|| "no threshold set".to_string(), |t| format!("clinic threshold: at least {t:.2}")),
            shared.clinic.results.summary.id()
        ))
        .weak(),
    );
    let (visits, same_day) = one_visit_per_day(&data.results, crate::results::hq::FLEXION);
    if let Some(note) = same_day_note(same_day) {
        ui.label(RichText::new(note).weak());
    }
    let injuries: Vec<NaiveDate> = data.episodes.iter().map(|e| e.injury_date).collect();
    let series = |side: Side| -> Vec<(NaiveDate, f64)> {
        visits.iter().filter_map(|v| Some((v.visit.date_time.date(), v.hq(side).ratio()?))).collect()
    };
    Plot::new("hq ratio")
        .height(260.0)
        .allow_scroll(false)
        .include_y(0.0)
        .x_axis_formatter(date_axis(ui.available_width()))
        .label_formatter(|pos| {
            hover(pos, &["left", "right"], |name, x, y| format!("{name}\n{}: H:Q {y:.2}", date_of(x)))
        })
        .show(ui, |plot| {
            for side in [Side::Left, Side::Right] {
                let all = series(side);
                for run in runs_between_injuries(&all, &injuries) {
                    side_line(plot, side, &run);
                }
                side_points(plot, side, &all);
            }
            if let Some(t) = at_least {
                plot.hline(
                    HLine::new(format!("clinic threshold {t:.2}"), t)
                        .color(theme::RED.gamma_multiply(0.7))
                        .style(LineStyle::dotted_dense()),
                );
            }
            for d in &injuries {
                plot.vline(egui_plot::VLine::new("injury", day_number(*d)).color(theme::RED));
            }
        });
    egui::Grid::new("hq table").striped(true).num_columns(3).spacing([24.0, 4.0]).show(ui, |ui| {
        for h in ["Visit", "Left", "Right"] {
            ui.label(RichText::new(h).strong());
        }
        ui.end_row();
        for v in data.results.iter().rev() {
            let (l, r) = (v.hq(Side::Left), v.hq(Side::Right));
            if l.ratio().is_none() && r.ratio().is_none() {
                continue;
            }
            ui.label(v.visit.date_time.format("%Y-%m-%d").to_string());
            for (side, value) in [(Side::Left, l), (Side::Right, r)] {
                let mut text = if value.below(at_least) { format!("✖ {}", value.display()) } else { value.display() };
                if let Some(caveat) = v.hq_caveat(side) {
                    text = format!("{text} — {caveat}");
                }
                let color = if value.below(at_least) { theme::RED } else { theme::side_color(side) };
                ui.label(RichText::new(text).color(color));
            }
            ui.end_row();
        }
    });
}

fn progress_chart(ui: &mut egui::Ui, shared: &Shared, data: &Data, test_id: &str) {
    let Some(test) = shared.clinic.library.test(test_id) else { return };
    let count = test.measure == Measure::RepsCount;
    let unit = shared.prefs.unit;
    let scale = |v: f64| if count { v } else { unit.from_newtons(v) };
    let unit_label =
        if count { "reps".to_string() } else { format!("{} ({})", shared.clinic.results.summary.id(), unit.symbol()) };
    let mdc = shared.clinic.results.mdc_for(test);
    ui.label(RichText::new(format!("{} — progress ({unit_label})", test.name)).strong().size(18.0));
    // One point per day, lines broken at every injury (app and PDF draw the same).
    let (visits, same_day) = one_visit_per_day(&data.results, test_id);
    let injuries: Vec<NaiveDate> = data.episodes.iter().map(|e| e.injury_date).collect();
    // Each value with its kinds of instrument: lines break where the kind changes.
    let series = |side: Side| -> Vec<(NaiveDate, Kinded)> {
        visits
            .iter()
            .filter_map(|v| {
                let s = v.test(test_id)?.side(side)?;
                Some((v.visit.date_time.date(), (scale(s.value?), s.instruments.clone())))
            })
            .collect()
    };
    let (left, right) = (series(Side::Left), series(Side::Right));
    let latest = latest_kinds(&[&left, &right]);
    let kinds_note = kinds_key(left.iter().chain(&right).map(|p| p.1.1.as_slice()), &latest);
    let baseline = data
        .episodes
        .iter()
        .rev()
        .find_map(|e| e.baseline_visit_id)
        .and_then(|id| data.results.iter().find(|v| v.visit.id == id))
        .and_then(|v| v.test(test_id))
        .cloned();
    // A side's reference only from the kind of instrument of its latest values.
    let side_latest = |side: Side| latest_kinds(&[if side == Side::Left { &left } else { &right }]);
    let references: Vec<(Side, f64)> = [Side::Left, Side::Right]
        .into_iter()
        .filter_map(|side| {
            let b = baseline.as_ref()?.side(side)?;
            of_latest_kind(&b.instruments, &side_latest(side)).then_some((side, scale(b.value?)))
        })
        .collect();
    let references_left_out: Vec<String> = [Side::Left, Side::Right]
        .into_iter()
        .filter_map(|side| {
            let b = baseline.as_ref()?.side(side)?;
            b.value?;
            reference_left_out(side, &b.instruments, &side_latest(side))
        })
        .collect();
    let first_day = visits.first().map(|v| v.visit.date_time.date());
    let last_day = visits.last().map(|v| v.visit.date_time.date());
    let injury_marks: Vec<f64> = injuries
        .iter()
        .filter(|d| first_day.is_some_and(|f| **d >= f) && last_day.is_some_and(|l| **d <= l))
        .map(|d| day_number(*d))
        .collect();
    let threshold_color = |t: &crate::protocols::Threshold| {
        if t.direction == ThresholdDirection::RiskBelow { theme::RED } else { theme::GREEN }
    };
    let drawn_thresholds: Vec<_> =
        test.thresholds.iter().filter(|t| t.unit == "N" || (count && t.unit == "reps")).collect();
    // The key, above the chart so that it hides no point.
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 16.0;
        ui.label(RichText::new("⏺ left").color(theme::side_color(Side::Left)).strong());
        ui.label(RichText::new("■ right").color(theme::side_color(Side::Right)).strong());
        if !references.is_empty() {
            ui.label("- - - pre-injury baseline");
        }
        for note in &references_left_out {
            ui.label(note);
        }
        if let Some(note) = &kinds_note {
            ui.label(note);
        }
        if !injury_marks.is_empty() {
            ui.label(RichText::new("| injury (lines break there)").color(theme::RED));
        }
        if let Some(note) = same_day_note(same_day) {
            ui.label(RichText::new(note).weak());
        }
        for t in &drawn_thresholds {
            // In the display unit, to its precision (the threshold is published in newtons).
            let value = if t.unit == "N" { unit.format(t.value) } else { format!("{} {}", t.value, t.unit) };
            ui.label(
                RichText::new(format!("···· {value} ({})", t.source.split(" (").next().unwrap_or(&t.source)))
                    .color(threshold_color(t)),
            );
        }
        if let Some((m, source)) = &mdc {
            ui.label(RichText::new(format!("shaded: ± MDC95 {} ({source})", m.display_in(unit))).weak());
        }
    });
    // The series hover names: a side's values of the latest kind, and of each other kind.
    let point_names: Vec<String> = [(Side::Left, &left), (Side::Right, &right)]
        .into_iter()
        .flat_map(|(side, all)| {
            let latest = &latest;
            all.iter().map(move |p| kinded_name(side, &p.1.1, latest))
        })
        .collect();
    Plot::new(format!("progress {test_id}"))
        .height(300.0)
        .allow_scroll(false)
        .x_axis_formatter(date_axis(ui.available_width()))
        .label_formatter(|pos| {
            let shown: Vec<&str> = point_names.iter().map(String::as_str).collect();
            hover(pos, &shown, |name, x, y| progress_hover(name, x, y, count, unit))
        })
        .show(ui, |plot| {
            for (side, all) in [(Side::Left, &left), (Side::Right, &right)] {
                let color = theme::side_color(side);
                for run in runs_of_one_kind(all, &injuries) {
                    let points: Vec<[f64; 2]> = run.iter().map(|(d, (v, _))| [day_number(*d), *v]).collect();
                    if let Some((m, _)) = &mdc
                        && points.len() > 1
                    {
                        let xs: Vec<f64> = points.iter().map(|p| p[0]).collect();
                        let band = |p: &[f64; 2]| {
                            if count { 0.0 } else { unit.from_newtons(m.newtons_at(unit.to_newtons(p[1]))) }
                        };
                        let lo: Vec<f64> = points.iter().map(|p| p[1] - band(p)).collect();
                        let hi: Vec<f64> = points.iter().map(|p| p[1] + band(p)).collect();
                        plot.add(
                            FilledArea::new(format!("{} MDC band", side.id()), &xs, &lo, &hi)
                                .fill_color(color.gamma_multiply(0.07)),
                        );
                    }
                    let plain: Vec<(NaiveDate, f64)> = run.iter().map(|(d, (v, _))| (*d, *v)).collect();
                    side_line(plot, side, &plain);
                }
                kinded_points(plot, side, all, &latest);
            }
            for (side, b) in &references {
                plot.hline(
                    HLine::new(format!("{} pre-injury baseline", side.id()), *b)
                        .color(theme::side_color(*side))
                        .style(LineStyle::dashed_loose()),
                );
            }
            for t in &drawn_thresholds {
                let value = if t.unit == "N" { unit.from_newtons(t.value) } else { t.value };
                let source = t.source.split(" (").next().unwrap_or(&t.source);
                let shown = if t.unit == "N" { unit.format(t.value) } else { format!("{} {}", t.value, t.unit) };
                plot.hline(
                    HLine::new(format!("{shown}: {source}"), value)
                        .color(threshold_color(t).gamma_multiply(0.7))
                        .style(LineStyle::dotted_dense()),
                );
            }
            for &x in &injury_marks {
                plot.vline(egui_plot::VLine::new("injury", x).color(theme::RED));
            }
        });
}

/// The numbers behind the charts, one row per visit (newest first); the visit `at` marked (and
/// scrolled into view with `scroll`).
fn visits_table(ui: &mut egui::Ui, shared: &Shared, data: &Data, test_id: &str, at: Option<i64>, scroll: bool) {
    let count = shared.clinic.library.test(test_id).is_some_and(|t| t.measure == Measure::RepsCount);
    let unit = shared.prefs.unit;
    let value = |s: Option<&crate::results::SideResult>| -> String {
        let by_hand = if s.is_some_and(|s| s.entered_by_hand) { " (entered by hand)" } else { "" };
        match s.and_then(|s| s.value) {
            Some(v) if count => format!("{v:.0} reps"),
            Some(v) => format!("{}{by_hand}", crate::app::widgets::force(v, unit)),
            None => "-".into(),
        }
    };
    ui.add_space(8.0);
    for v in data.results.iter().filter(|v| !v.damaged_trials.is_empty()) {
        let trials: Vec<String> = v.damaged_trials.iter().map(i64::to_string).collect();
        ui.label(
            RichText::new(format!(
                "⚠ Visit of {}: the stored samples of trial {} are damaged; left out of every result \
                 (restore a backup to get them back)",
                v.visit.date_time.format("%Y-%m-%d"),
                trials.join(", ")
            ))
            .color(theme::RED),
        );
    }
    egui::CollapsingHeader::new(RichText::new("Visits").strong().size(18.0))
        .id_salt(("visits", test_id))
        .default_open(true)
        .show(ui, |ui| {
            egui::Grid::new(("visits table", test_id)).striped(true).num_columns(6).spacing([24.0, 4.0]).show(
                ui,
                |ui| {
                    for h in ["Visit", "Left", "Right", "Asymmetry", "LSI", "Pain (L / R)"] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for v in data.results.iter().rev() {
                        let Some(t) = v.test(test_id) else { continue };
                        let date = v.visit.date_time.format("%Y-%m-%d").to_string();
                        if at == Some(v.visit.id) {
                            let row = ui
                                .label(RichText::new(format!("▶ {date}")).strong())
                                .on_hover_text("the visit opened from the athlete's page");
                            if scroll {
                                row.scroll_to_me(Some(egui::Align::Center));
                            }
                        } else {
                            ui.label(date);
                        }
                        ui.label(RichText::new(value(t.left.as_ref())).color(theme::side_color(Side::Left)));
                        ui.label(RichText::new(value(t.right.as_ref())).color(theme::side_color(Side::Right)));
                        match (t.asymmetry, t.band) {
                            (Some(a), Some(band)) => {
                                crate::app::widgets::band_chip(ui, band, &a.display());
                            }
                            _ => {
                                ui.label("-");
                            }
                        }
                        ui.label(t.lsi_percent.map_or("-".into(), |l| format!("{l:.1} %")));
                        let pain = |s: Option<&crate::results::SideResult>| {
                            s.and_then(|s| s.pain).map_or("-".into(), |p| p.to_string())
                        };
                        ui.label(format!("{} / {}", pain(t.left.as_ref()), pain(t.right.as_ref())));
                        ui.end_row();
                    }
                },
            );
        });
}

fn asymmetry_chart(ui: &mut egui::Ui, shared: &Shared, data: &Data, test_id: &str) {
    // The same computed result as the visits table: each visit's asymmetry with the clinic's
    // formula, coloured by its band (the bands are defined on percent difference).
    let bands = shared.clinic.results.bands;
    let formula = shared.clinic.results.formula;
    let (days, same_day) = one_visit_per_day(&data.results, test_id);
    let injuries: Vec<NaiveDate> = data.episodes.iter().map(|e| e.injury_date).collect();
    let dated: Vec<(NaiveDate, (f64, Option<crate::analysis::AsymmetryBand>))> = days
        .iter()
        .filter_map(|v| {
            let t = v.test(test_id)?;
            Some((v.visit.date_time.date(), (t.asymmetry?.value, t.band)))
        })
        .collect();
    if dated.is_empty() {
        return;
    }
    let visits: Vec<([f64; 2], Option<crate::analysis::AsymmetryBand>)> =
        dated.iter().map(|(d, (value, band))| ([day_number(*d), *value], *band)).collect();
    let points: Vec<[f64; 2]> = visits.iter().map(|(p, _)| *p).collect();
    let unit = formula.unit();
    ui.add_space(8.0);
    ui.label(
        RichText::new(format!("Asymmetry trend ({}, {})", formula.label(), formula.definition())).strong().size(18.0),
    );
    ui.label(
        RichText::new(format!(
            "points coloured by band on percent difference: ✔ green < {:.0} %, ⚠ amber, ✖ red ≥ {:.0} % — {}",
            bands.amber_from_percent,
            bands.red_from_percent,
            crate::analysis::AsymmetryBands::source_for(test_id)
        ))
        .weak(),
    );
    if let Some(note) = same_day_note(same_day) {
        ui.label(RichText::new(note).weak());
    }
    let percent_difference = formula == crate::analysis::AsymmetryFormula::PercentDifference;
    let low = points.iter().map(|p| p[1]).fold(0.0, f64::min);
    let high = points
        .iter()
        .map(|p| p[1])
        .fold(if percent_difference { bands.red_from_percent + 10.0 } else { 0.0 }, f64::max);
    let ink = ui.visuals().text_color();
    // The bands' names are drawn after the plot, level and inside it (see below).
    let named_bands = [
        ("✔ green", 0.0, bands.amber_from_percent, theme::GREEN),
        ("⚠ amber", bands.amber_from_percent, bands.red_from_percent, theme::AMBER),
        ("✖ red", bands.red_from_percent, high, theme::RED),
    ];
    let shown = Plot::new(format!("asymmetry {test_id}"))
        .height(200.0)
        .allow_scroll(false)
        .include_y(low)
        .include_y(high)
        .x_axis_formatter(date_axis(ui.available_width()))
        .label_formatter(move |pos| {
            hover(pos, &["asymmetry visits"], |_, x, y| {
                format!("{}: {y:.1}{}", date_of(x), if unit.is_empty() { String::new() } else { format!(" {unit}") })
            })
        })
        .show(ui, |plot| {
            if percent_difference {
                // On percent difference the bands are ranges of the axis itself.
                // Unnamed: a span's own name is turned on its side and cut to fit its height.
                for (i, &(_, lo, hi, color)) in named_bands.iter().enumerate() {
                    let fill = color.gamma_multiply(if i == 1 { 0.2 } else { 0.15 });
                    plot.add(Span::new("", lo..=hi).axis(egui_plot::Axis::Y).fill(fill));
                }
            }
            for run in runs_between_injuries(&dated, &injuries) {
                let line: Vec<[f64; 2]> = run.iter().map(|(d, (v, _))| [day_number(*d), *v]).collect();
                plot.line(Line::new("asymmetry", line).color(ink).width(2.0));
            }
            for d in injuries
                .iter()
                .filter(|d| dated.first().is_some_and(|f| **d >= f.0) && dated.last().is_some_and(|l| **d <= l.0))
            {
                plot.vline(egui_plot::VLine::new("injury", day_number(*d)).color(theme::RED));
            }
            for (point, band) in &visits {
                let color = band.map_or(ink, theme::band_color);
                plot.points(Points::new("asymmetry visits", vec![*point]).color(color).radius(5.0));
            }
        });
    if percent_difference {
        // Each band's name at the right, level, inside the plot and within the band's visible
        // part; none for a band too little of which shows.
        let frame = *shown.transform.frame();
        let painter = ui.painter().with_clip_rect(frame);
        let font = egui::FontId::proportional(13.0);
        for (name, lo, hi, color) in named_bands {
            let (lo_px, hi_px) = (shown.transform.position_from_point_y(lo), shown.transform.position_from_point_y(hi));
            if let Some(y) = band_label_y(lo_px, hi_px, frame.top(), frame.bottom(), font.size) {
                let at = egui::pos2(frame.right() - 6.0, y);
                painter.text(at, egui::Align2::RIGHT_CENTER, name, font.clone(), color);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_plot::{HoverPosition, PlotPoint};

    #[test]
    fn a_date_axis_labels_whole_days_clear_of_the_plot_edges() {
        let d = |y, m, day| day_number(NaiveDate::from_ymd_opt(y, m, day).unwrap());
        // Four months over 1000 points: a label needs about 5 days each side of its tick.
        let range = d(2026, 1, 1)..=d(2026, 5, 1);
        assert_eq!(date_tick(d(2026, 2, 1), &range, 1056.0), "2026-02-01");
        assert_eq!(date_tick(d(2026, 4, 28), &range, 1056.0), "", "would be cut at the right edge");
        assert_eq!(date_tick(d(2026, 1, 3), &range, 1056.0), "", "would be cut at the left edge");
        assert_eq!(date_tick(d(2026, 4, 20), &range, 1056.0), "2026-04-20");
        // Zoomed in: half days are not dates.
        let days = d(2026, 3, 1)..=d(2026, 3, 31);
        assert_eq!(date_tick(d(2026, 3, 10) + 0.5, &days, 1056.0), "");
        assert_eq!(date_tick(d(2026, 3, 10), &days, 1056.0), "2026-03-10");
    }

    #[test]
    fn a_band_label_sits_inside_the_plot_or_is_left_out() {
        // The plot from 100 to 300 points (screen y grows downward); text 13 points high.
        // A band wholly inside: its middle.
        assert_eq!(band_label_y(250.0, 150.0, 100.0, 300.0, 13.0), Some(200.0));
        // A band running past the top: the middle of what shows.
        assert_eq!(band_label_y(160.0, -400.0, 100.0, 300.0, 13.0), Some(130.0));
        // A band of which a sliver shows (the green band below a zoomed trend): no label.
        assert_eq!(band_label_y(310.0, 290.0, 100.0, 300.0, 13.0), None);
        assert_eq!(band_label_y(500.0, 400.0, 100.0, 300.0, 13.0), None, "wholly outside");
    }

    #[test]
    fn hover_shows_a_point_of_a_named_series_or_nothing() {
        let text = |name: &str, x: f64, y: f64| format!("{name} {} {y:.1}", date_of(x));
        let x = day_number(NaiveDate::from_ymd_opt(2026, 3, 23).unwrap());
        let point = HoverPosition::NearDataPoint { plot_name: "left", position: PlotPoint::new(x, 26.9), index: 0 };
        assert_eq!(hover(&point, &["left", "right"], text).as_deref(), Some("left 2026-03-23 26.9"));
        // Lines, bands and areas between points are not values; nor is empty space.
        let line = HoverPosition::NearDataPoint { plot_name: "left line", position: PlotPoint::new(x, 26.9), index: 0 };
        assert_eq!(hover(&line, &["left", "right"], text), None);
        let empty = HoverPosition::Elsewhere { position: PlotPoint::new(x + 40.0, 10.5) };
        assert_eq!(hover(&empty, &["left", "right"], text), None);
    }

    #[test]
    fn a_progress_point_on_hover_carries_its_unit() {
        let x = day_number(NaiveDate::from_ymd_opt(2026, 3, 23).unwrap());
        assert_eq!(progress_hover("left", x, 26.94, false, ForceUnit::KilogramForce), "left\n2026-03-23: 26.9 kgf");
        assert_eq!(
            progress_hover("right, handheld dynamometer", x, 264.0, false, ForceUnit::Newton),
            "right, handheld dynamometer\n2026-03-23: 264 N"
        );
        assert_eq!(progress_hover("left", x, 12.0, true, ForceUnit::Newton), "left\n2026-03-23: 12 reps");
    }
}
