//! An athlete's history: per test, progress over visits (left and right, pre-injury baseline,
//! thresholds, MDC band), the asymmetry trend over colour bands, and the trial viewer.

use chrono::NaiveDate;
use egui::RichText;
use egui_plot::{FilledArea, HLine, Line, LineStyle, MarkerShape, Plot, Points, Span};

use super::chart_text::{band_label_y, date_axis, date_of, day_number, hover, progress_hover};
use super::trial_viewer::TrialViewer;
use crate::app::widgets::store_error_text;
use crate::app::worker::{Pending, answer};
use crate::app::{Shared, theme};
use crate::fl;
use crate::i18n::numbers;
use crate::model::{Athlete, InjuryEpisode, Instrument, Side};
use crate::protocols::{Measure, ThresholdDirection};
use crate::records;
use crate::results::chart::{
    Kinded, kinds_key, latest_kinds, of_latest_kind, one_visit_per_day, reference_left_out, runs_between_injuries,
    runs_of_one_kind, same_day_note,
};
use crate::results::{VisitResults, reps_text, summary_word};

mod asymmetry;
use asymmetry::asymmetry_chart;

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
                let e = |e: crate::store::StoreError| store_error_text(&e);
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
        ui.heading(fl!("history-heading", athlete = data.athlete.full_name()));
        if data.results.is_empty() {
            ui.label(fl!("history-no-visits"));
            return;
        }
        // One tab per test that has results, in library order.
        let tests: Vec<(String, String)> = shared
            .clinic
            .library
            .tests
            .iter()
            .filter(|t| data.results.iter().any(|v| v.test(&t.id).is_some()))
            .map(|t| (t.id.clone(), t.shown_name(tr())))
            .collect();
        let has_hq = data.results.iter().any(|v| [Side::Left, Side::Right].iter().any(|s| v.hq(*s).ratio().is_some()));
        ui.horizontal_wrapped(|ui| {
            for (id, name) in &tests {
                if ui.selectable_label(self.test.as_deref() == Some(id.as_str()), name).clicked() {
                    self.test = Some(id.clone());
                }
            }
            if has_hq && ui.selectable_label(self.test.as_deref() == Some(HQ_TAB), fl!("history-hq-tab")).clicked() {
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

/// The app's language.
fn tr() -> &'static i18n_embed::fluent::FluentLanguageLoader {
    crate::i18n::loader()
}

/// A side as the word its series is named by (what hover shows).
fn side_name(side: Side) -> String {
    side.label(tr())
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
    plot.points(Points::new(side_name(side), points).color(theme::side_color(side)).shape(shape).radius(5.0));
}

/// The series name of a value taken with `kinds`: the side ("left") for the chart's latest kind,
/// with the kind for another ("left, handheld dynamometer").
fn kinded_name(side: Side, kinds: &[Instrument], latest: &[Instrument]) -> String {
    if of_latest_kind(kinds, latest) {
        side_name(side)
    } else {
        let labels: Vec<String> = kinds.iter().map(|i| i.label(tr())).collect();
        fl!("history-series-kinded", side = side_name(side), kinds = labels.join(" + "))
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
        let filled = name == side_name(side);
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
    ui.label(RichText::new(fl!("history-hq-heading")).strong().size(18.0));
    let source = crate::results::hq::source_text(tr());
    let summary = summary_word(tr(), shared.clinic.results.summary);
    ui.label(
        RichText::new(match at_least {
            Some(t) => fl!("history-hq-note", source = source, threshold = numbers::num(t, 2), summary = summary),
            None => fl!("history-hq-note-no-threshold", source = source, summary = summary),
        })
        .weak(),
    );
    let (visits, same_day) = one_visit_per_day(&data.results, crate::results::hq::FLEXION);
    if let Some(note) = same_day_note(tr(), same_day) {
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
            let (left, right) = (side_name(Side::Left), side_name(Side::Right));
            hover(pos, &[left.as_str(), right.as_str()], |name, x, y| {
                fl!("history-hq-hover", series = name, date = date_of(x), ratio = numbers::num(y, 2))
            })
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
        for h in [fl!("history-col-visit"), fl!("history-col-left"), fl!("history-col-right")] {
            ui.label(RichText::new(h).strong());
        }
        ui.end_row();
        for v in data.results.iter().rev() {
            let (l, r) = (v.hq(Side::Left), v.hq(Side::Right));
            if l.ratio().is_none() && r.ratio().is_none() {
                continue;
            }
            ui.label(numbers::date(v.visit.date_time.date()));
            for (side, value) in [(Side::Left, l), (Side::Right, r)] {
                let shown = value.display(tr(), &numbers::style());
                let mut text = if value.below(at_least) { format!("✖ {shown}") } else { shown };
                if let Some(caveat) = v.hq_caveat(tr(), side) {
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
    let mdc = shared.clinic.results.mdc_for(test);
    let heading = if count {
        fl!("history-progress-heading-reps", test = test.shown_name(tr()))
    } else {
        fl!(
            "history-progress-heading",
            test = test.shown_name(tr()),
            summary = summary_word(tr(), shared.clinic.results.summary),
            unit = unit.symbol()
        )
    };
    ui.label(RichText::new(heading).strong().size(18.0));
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
    let kinds_note = kinds_key(tr(), left.iter().chain(&right).map(|p| p.1.1.as_slice()), &latest);
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
            reference_left_out(tr(), side, &b.instruments, &side_latest(side))
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
        ui.label(RichText::new(fl!("history-key-left")).color(theme::side_color(Side::Left)).strong());
        ui.label(RichText::new(fl!("history-key-right")).color(theme::side_color(Side::Right)).strong());
        if !references.is_empty() {
            ui.label(fl!("history-key-baseline"));
        }
        for note in &references_left_out {
            ui.label(note);
        }
        if let Some(note) = &kinds_note {
            ui.label(note);
        }
        if !injury_marks.is_empty() {
            ui.label(RichText::new(fl!("history-key-injury")).color(theme::RED));
        }
        if let Some(note) = same_day_note(tr(), same_day) {
            ui.label(RichText::new(note).weak());
        }
        for t in &drawn_thresholds {
            // In the display unit, to its precision (the threshold is published in newtons).
            let value = threshold_text(t, unit);
            ui.label(
                RichText::new(format!("···· {value} ({})", t.source.split(" (").next().unwrap_or(&t.source)))
                    .color(threshold_color(t)),
            );
        }
        if let Some((m, source)) = &mdc {
            ui.label(
                RichText::new(fl!(
                    "history-key-mdc",
                    mdc = m.display_in(&numbers::style(), unit),
                    source = crate::results::mdc_source_text(tr(), Some(test), source)
                ))
                .weak(),
            );
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
                let shown = threshold_text(t, unit);
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

/// A threshold's value: a force in the display unit, to its precision (published in newtons),
/// else with the unit it is published in.
fn threshold_text(t: &crate::protocols::Threshold, unit: crate::model::ForceUnit) -> String {
    if t.unit == "N" {
        unit.format(&numbers::style(), t.value)
    } else {
        format!("{} {}", numbers::style().number_trimmed(t.value, 2), t.shown_unit(crate::i18n::loader()))
    }
}

/// The numbers behind the charts, one row per visit (newest first); the visit `at` marked (and
/// scrolled into view with `scroll`).
fn visits_table(ui: &mut egui::Ui, shared: &Shared, data: &Data, test_id: &str, at: Option<i64>, scroll: bool) {
    let count = shared.clinic.library.test(test_id).is_some_and(|t| t.measure == Measure::RepsCount);
    let unit = shared.prefs.unit;
    let value = |s: Option<&crate::results::SideResult>| -> String {
        let by_hand = s.is_some_and(|s| s.entered_by_hand);
        match s.and_then(|s| s.value) {
            Some(v) if count => reps_text(tr(), v),
            Some(v) if by_hand => fl!("history-value-by-hand", value = crate::app::widgets::force(v, unit)),
            Some(v) => crate::app::widgets::force(v, unit),
            None => "-".into(),
        }
    };
    ui.add_space(8.0);
    for v in data.results.iter().filter(|v| !v.damaged_trials.is_empty()) {
        let trials: Vec<String> = v.damaged_trials.iter().map(i64::to_string).collect();
        ui.label(
            RichText::new(fl!(
                "history-damaged",
                date = numbers::date(v.visit.date_time.date()),
                trials = trials.join(", "),
                count = trials.len()
            ))
            .color(theme::RED),
        );
    }
    egui::CollapsingHeader::new(RichText::new(fl!("history-visits")).strong().size(18.0))
        .id_salt(("visits", test_id))
        .default_open(true)
        .show(ui, |ui| {
            egui::Grid::new(("visits table", test_id)).striped(true).num_columns(6).spacing([24.0, 4.0]).show(
                ui,
                |ui| {
                    for h in [
                        fl!("history-col-visit"),
                        fl!("history-col-left"),
                        fl!("history-col-right"),
                        fl!("history-col-asymmetry"),
                        fl!("history-col-lsi"),
                        fl!("history-col-pain"),
                    ] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for v in data.results.iter().rev() {
                        let Some(t) = v.test(test_id) else { continue };
                        let date = numbers::date(v.visit.date_time.date());
                        if at == Some(v.visit.id) {
                            let row = ui
                                .label(RichText::new(format!("▶ {date}")).strong())
                                .on_hover_text(fl!("history-visit-opened-tip"));
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
                                crate::app::widgets::band_chip(ui, band, &a.display(tr(), &numbers::style()));
                            }
                            _ => {
                                ui.label("-");
                            }
                        }
                        ui.label(t.lsi_percent.map_or("-".into(), |l| format!("{} %", numbers::num(l, 1))));
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
