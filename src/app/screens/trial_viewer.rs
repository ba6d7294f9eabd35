//! Force-time curves of a visit's trials for one test, left against right, and against an
//! earlier visit: each rep's baseline window (the stretch taken as rest), onset, peak and the RFD
//! windows marked; zoom, pan and a value cursor.

use egui::RichText;
use egui_plot::{Line, LineStyle, MarkerShape, Plot, Points, Span, VLine};

use crate::analysis::RepMetrics;
use crate::app::widgets::store_error_text;
use crate::app::worker::{Pending, answer};
use crate::app::{Shared, theme};
use crate::fl;
use crate::i18n::numbers;
use crate::model::Side;
use crate::model::validation::{lever_arm_problem, parse_number_field};
use crate::records;
use crate::results::{ResultSettings, SideResult, VisitResults, analysis_params_for};

/// A side as a word ("left").
fn side_word(side: Side) -> String {
    side.label(crate::i18n::loader())
}

/// One channel of one trial: force above the first rep's own baseline, times from the first
/// rep's onset.
#[derive(Clone)]
struct Curve {
    label: String,
    side: Option<Side>,
    earlier: bool,
    points: Vec<[f64; 2]>,
    reps: Vec<CurveRep>,
    onset_s: f64,
    /// The trial baseline's window (the first 0.5 s), for reps that fell back to it.
    trial_window_s: (f64, f64),
}

/// A rep as drawn on its curve.
#[derive(Clone)]
struct CurveRep {
    metrics: RepMetrics,
    /// The rep's own baseline on the curve's scale (0 for the first rep): its metrics are
    /// measured from this level.
    level_n: f64,
}

#[derive(Default)]
pub struct TrialViewer {
    visit: Option<i64>,
    compare: Option<i64>,
    loaded: Option<(String, Option<i64>, Option<i64>, u64)>,
    pending: Option<Pending<Vec<Curve>>>,
    curves: Vec<Curve>,
    error: Option<String>,
    levers: LeverArms,
}

/// The lever arm of each side of the visit shown, added or corrected after the recording: the
/// torque and H:Q of the side's trials read it.
#[derive(Default)]
struct LeverArms {
    /// The (visit, test) the typed values belong to.
    of: Option<(i64, String)>,
    /// As typed, left and right.
    typed: [String; 2],
    saving: Option<Pending<String>>,
    outcome: Option<Result<String, String>>,
}

impl LeverArms {
    /// The lever arm fields of `visit`'s sides of `test_id` and their Save button.
    fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared, visit: &VisitResults, test_id: &str) {
        let Some(test) = visit.test(test_id) else { return };
        if shared.clinic.library.test(test_id).is_some_and(|t| t.measure == crate::protocols::Measure::RepsCount) {
            return;
        }
        let sides: Vec<&SideResult> = [Side::Left, Side::Right].into_iter().filter_map(|s| test.side(s)).collect();
        let key = (visit.visit.id, test_id.to_string());
        if self.of.as_ref() != Some(&key) {
            self.of = Some(key);
            self.typed = [Side::Left, Side::Right].map(|s| {
                test.side(s)
                    .and_then(|r| r.lever_arm_m)
                    .map_or_else(String::new, |m| numbers::style().number_trimmed(m, 6))
            });
            self.outcome = None;
        }
        if let Some(done) = answer(&mut self.saving) {
            if done.is_ok() {
                shared.clinic.refresh_athletes();
            }
            self.outcome = Some(done);
        }
        let mut wanted: Vec<(Vec<i64>, Option<f64>, Side)> = Vec::new();
        let mut problems: Vec<String> = Vec::new();
        ui.horizontal_wrapped(|ui| {
            for s in &sides {
                let k = if s.side == Side::Left { 0 } else { 1 };
                let side = side_word(s.side);
                let l = ui.label(fl!("trial-lever-arm", side = side.as_str()));
                ui.add(egui::TextEdit::singleline(&mut self.typed[k]).desired_width(60.0)).labelled_by(l.id);
                match parse_number_field("Lever arm", &self.typed[k], "0.38") {
                    Ok(m) => match m.and_then(lever_arm_problem) {
                        Some(p) => problems.push(fl!("trial-lever-arm-problem", side = side.as_str(), problem = p)),
                        None if m != s.lever_arm_m => wanted.push((s.trial_ids.clone(), m, s.side)),
                        None => {}
                    },
                    Err(p) => problems.push(fl!("trial-lever-arm-problem", side = side.as_str(), problem = p.text)),
                }
            }
            let ready = !wanted.is_empty() && problems.is_empty() && self.saving.is_none();
            if ui.add_enabled(ready, egui::Button::new(fl!("trial-save-lever-arms"))).clicked() {
                let changes = wanted.clone();
                self.saving = Some(shared.clinic.worker.run(move |store| {
                    let mut said = Vec::new();
                    for (ids, m, side) in changes {
                        for id in ids {
                            store.set_lever_arm(id, m).map_err(|e| store_error_text(&e))?;
                        }
                        said.push(match m {
                            Some(m) => fl!(
                                "trial-lever-arm-side-set",
                                side = side_word(side),
                                metres = numbers::style().number_trimmed(m, 6)
                            ),
                            None => fl!("trial-lever-arm-side-cleared", side = side_word(side)),
                        });
                    }
                    Ok(fl!("trial-lever-arm-saved", sides = said.join(", ")))
                }));
            }
        });
        ui.label(RichText::new(fl!("trial-lever-arm-note")).weak());
        for p in problems {
            ui.label(RichText::new(p).color(theme::RED));
        }
        crate::app::widgets::outcome_line(ui, &self.outcome);
    }
}

fn load(shared: &mut Shared, test_id: &str, visits: Vec<(i64, bool)>) -> Pending<Vec<Curve>> {
    let library = shared.clinic.library.clone();
    let settings: ResultSettings = shared.clinic.results.clone();
    let test_id = test_id.to_string();
    shared.clinic.worker.run(move |s| {
        let mut curves = Vec::new();
        for (visit_id, earlier) in visits {
            let visit = s.visit(visit_id).map_err(|e| store_error_text(&e))?;
            for info in s.trials_of_visit(visit_id).map_err(|e| store_error_text(&e))? {
                if info.meta.test_id != test_id || !info.accepted {
                    continue;
                }
                let trace = s.trial_trace(&info).map_err(|e| store_error_text(&e))?;
                if trace.is_empty() {
                    continue;
                }
                let params = analysis_params_for(library.test(&test_id), &info, &settings);
                let analysis = records::trial_analysis(s, &info, &params).map_err(|e| store_error_text(&e))?;
                for (channel, a) in trace.channels.iter().zip(&analysis) {
                    // Zero at the first rep's own baseline (the trial's, with no rep).
                    let sign = if a.inverted { -1.0 } else { 1.0 };
                    let zero_n = a.reps.first().map_or(a.baseline_n, |r| r.baseline_n);
                    let g: Vec<f64> = channel.force_n.iter().map(|f| sign * (f - zero_n)).collect();
                    let reps = a
                        .reps
                        .iter()
                        .map(|r| CurveRep { metrics: r.clone(), level_n: sign * (r.baseline_n - zero_n) })
                        .collect();
                    let onset = a.reps.first().map_or(0.0, |r| r.onset_s);
                    let t: Vec<f64> = trace.time_s.iter().map(|t| t - onset).collect();
                    let side = match info.meta.side {
                        Side::Both => Side::of_channel(&channel.name),
                        s => Some(s),
                    };
                    let (date, side_name) =
                        (numbers::date(visit.date_time.date()), side.map_or(channel.name.clone(), side_word));
                    curves.push(Curve {
                        label: if info.recorded_by.is_empty() {
                            fl!("trial-curve", date = date, side = side_name, trial = info.id)
                        } else {
                            fl!(
                                "trial-curve-recorded-by",
                                date = date,
                                side = side_name,
                                trial = info.id,
                                clinician = info.recorded_by.as_str()
                            )
                        },
                        side,
                        earlier,
                        points: crate::acquisition::min_max_points(&t, &g, 6000),
                        reps,
                        onset_s: onset,
                        trial_window_s: (trace.time_s[0], trace.time_s[0] + params.baseline_window_s),
                    });
                }
            }
        }
        Ok(curves)
    })
}

impl TrialViewer {
    /// Shows the curves of `visit` (when it holds the test shown), compared with no other.
    pub fn select_visit(&mut self, visit: i64) {
        self.visit = Some(visit);
        self.compare = None;
    }

    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared, results: &[VisitResults], test_id: &str) {
        let with_test: Vec<&VisitResults> = results.iter().filter(|v| v.test(test_id).is_some()).collect();
        if with_test.is_empty() {
            return;
        }
        if self.visit.is_none_or(|id| !with_test.iter().any(|v| v.visit.id == id)) {
            self.visit = with_test.last().map(|v| v.visit.id);
            self.compare = None;
        }
        ui.label(RichText::new(fl!("trial-heading")).strong().size(18.0));
        let label = |id: Option<i64>| {
            id.and_then(|id| with_test.iter().find(|v| v.visit.id == id))
                .map_or_else(|| fl!("trial-none"), |v| numbers::date(v.visit.date_time.date()))
        };
        ui.horizontal(|ui| {
            let l = ui.label(fl!("trial-visit"));
            egui::ComboBox::from_id_salt("viewer visit")
                .selected_text(label(self.visit))
                .show_ui(ui, |ui| {
                    for v in &with_test {
                        ui.selectable_value(&mut self.visit, Some(v.visit.id), numbers::date(v.visit.date_time.date()));
                    }
                })
                .response
                .labelled_by(l.id);
            let l = ui.label(fl!("trial-compare-with"));
            egui::ComboBox::from_id_salt("viewer compare")
                .selected_text(label(self.compare))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.compare, None, fl!("trial-none"));
                    for v in &with_test {
                        if Some(v.visit.id) != self.visit {
                            ui.selectable_value(
                                &mut self.compare,
                                Some(v.visit.id),
                                numbers::date(v.visit.date_time.date()),
                            );
                        }
                    }
                })
                .response
                .labelled_by(l.id);
        });
        if let Some(v) = with_test.iter().find(|v| Some(v.visit.id) == self.visit) {
            self.levers.show(ui, shared, v, test_id);
        }
        let key = (test_id.to_string(), self.visit, self.compare, shared.clinic.generation);
        if self.loaded.as_ref() != Some(&key) {
            self.loaded = Some(key);
            let mut visits: Vec<(i64, bool)> = self.visit.map(|v| (v, false)).into_iter().collect();
            if let Some(c) = self.compare {
                visits.push((c, true));
            }
            self.pending = Some(load(shared, test_id, visits));
        }
        if let Some(r) = answer(&mut self.pending) {
            match r {
                Ok(c) => self.curves = c,
                Err(e) => self.error = Some(e),
            }
        }
        if let Some(e) = &self.error {
            ui.label(RichText::new(e).color(theme::RED));
        }
        if self.pending.is_some() {
            ui.spinner();
        }
        let text = ui.visuals().text_color();
        // The key, above the plot so that it hides no curve.
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 16.0;
            ui.label(RichText::new(fl!("trial-key-left")).color(theme::side_color(Side::Left)).strong());
            ui.label(RichText::new(fl!("trial-key-right")).color(theme::side_color(Side::Right)).strong());
            if self.compare.is_some() {
                ui.label(fl!("trial-key-earlier"));
            }
            ui.label(fl!("trial-key-marks"));
        });
        ui.label(RichText::new(fl!("trial-help")).weak());
        let unit = shared.prefs.unit;
        // Room below zero, so the bars marking each rep's rest (at about 0) show whole.
        let top_n = self.curves.iter().flat_map(|c| c.points.iter().map(|p| p[1])).fold(0.0f64, f64::max);
        let curve_names: Vec<String> = self.curves.iter().map(|c| c.label.clone()).collect();
        Plot::new(format!("curves {test_id}"))
            .height(340.0)
            .include_y(unit.from_newtons(-0.05 * top_n))
            .allow_scroll(false)
            .x_axis_formatter(|mark, _| format!("{} s", numbers::num(mark.value, 1)))
            .y_axis_formatter(move |mark, _| numbers::num(mark.value, 0))
            .label_formatter(move |pos| {
                // On a curve (its nearest sample) or nothing.
                let shown: Vec<&str> = curve_names.iter().map(String::as_str).collect();
                super::chart_text::hover(pos, &shown, |name, x, y| {
                    fl!(
                        "trial-curve-hover",
                        curve = name,
                        time = numbers::num(x, 3),
                        force = numbers::num(y, 1),
                        unit = unit.symbol()
                    )
                })
            })
            .show(ui, |plot| {
                for curve in &self.curves {
                    let color = curve.side.map_or(text, theme::side_color);
                    let points: Vec<[f64; 2]> = curve.points.iter().map(|p| [p[0], unit.from_newtons(p[1])]).collect();
                    let mut line = Line::new(curve.label.clone(), points).color(color).width(if curve.earlier {
                        1.5
                    } else {
                        2.5
                    });
                    if curve.earlier {
                        line = line.style(LineStyle::dashed_dense());
                    }
                    plot.line(line);
                    if curve.earlier {
                        continue;
                    }
                    for (k, CurveRep { metrics: rep, level_n }) in curve.reps.iter().enumerate() {
                        let onset = rep.onset_s - curve.onset_s;
                        let level = unit.from_newtons(*level_n);
                        let rest = match rep.baseline_window {
                            Some(w) => vec![[w.start_s - curve.onset_s, level], [w.end_s - curve.onset_s, level]],
                            // No quiet stretch: the trial's first 0.5 s served (flagged on the rep).
                            None => {
                                let (from, to) = curve.trial_window_s;
                                vec![[from - curve.onset_s, level], [to - curve.onset_s, level]]
                            }
                        };
                        plot.line(
                            Line::new(format!("{} rep {} baseline", curve.label, k + 1), rest)
                                .color(color.gamma_multiply(0.45))
                                .width(9.0),
                        );
                        plot.vline(
                            VLine::new(format!("{} onset", curve.label), onset).color(color.gamma_multiply(0.6)),
                        );
                        plot.points(
                            Points::new(
                                format!("{} peak", curve.label),
                                vec![[rep.peak_time_s - curve.onset_s, unit.from_newtons(rep.peak_force_n + level_n)]],
                            )
                            .shape(MarkerShape::Diamond)
                            .radius(6.0)
                            .color(color),
                        );
                        for r in &rep.rfd {
                            if r.n_per_s.is_some() {
                                plot.add(
                                    Span::new(
                                        fl!("trial-rfd-window", ms = numbers::num(r.window_s * 1000.0, 0)),
                                        onset..=onset + r.window_s,
                                    )
                                    .fill(color.gamma_multiply(0.06)),
                                );
                            }
                        }
                    }
                }
            });
    }
}
