//! The end of a session: both sides of every test, asymmetry and its band, change since the
//! last visit with the MDC verdict; then the visit is saved.

use egui::RichText;

use super::{SessionContext, Step};
use crate::app::widgets::{band_chip, force, store_error_text};
use crate::app::worker::{Pending, answer};
use crate::app::{Shared, theme};
use crate::fl;
use crate::i18n::numbers;
use crate::model::{Side, Visit};
use crate::protocols::Measure;
use crate::records;
use crate::results::{SideResult, VisitResults};

pub enum Outcome {
    Back(i64, Box<SessionContext>, Vec<Step>),
    Done,
}

pub struct Summary {
    visit_id: i64,
    context: SessionContext,
    steps: Vec<Step>,
    pending: Option<Pending<Vec<VisitResults>>>,
    history: Option<Vec<VisitResults>>,
    notes: String,
    saving: Option<Pending<()>>,
    error: Option<String>,
}

impl Summary {
    pub fn new(shared: &mut Shared, visit_id: i64, context: SessionContext, steps: Vec<Step>) -> Summary {
        let athlete = context.athlete.id;
        let library = shared.clinic.library.clone();
        let settings = shared.clinic.results.clone();
        let pending = shared
            .clinic
            .worker
            .run(move |s| records::athlete_results(s, athlete, &library, &settings).map_err(|e| store_error_text(&e)));
        Summary {
            visit_id,
            context,
            steps,
            pending: Some(pending),
            history: None,
            notes: String::new(),
            saving: None,
            error: None,
        }
    }

    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared) -> Option<Outcome> {
        if let Some(r) = answer(&mut self.pending) {
            match r {
                Ok(h) => {
                    let notes = h
                        .iter()
                        .find(|v| v.visit.id == self.visit_id)
                        .map(|v| v.visit.notes.clone())
                        .unwrap_or_default();
                    self.notes = super::flow::notes_with_not_done(&notes, &self.steps);
                    self.history = Some(h);
                }
                Err(e) => self.error = Some(e),
            }
        }
        if let Some(r) = answer(&mut self.saving) {
            match r {
                Ok(()) => {
                    shared.clinic.refresh_athletes();
                    shared.notes.info(fl!("session-visit-saved"), shared.now);
                    return Some(Outcome::Done);
                }
                Err(e) => self.error = Some(e),
            }
        }
        ui.heading(fl!("session-summary-heading", athlete = self.context.athlete.full_name()));
        if let Some(e) = &self.error {
            ui.label(RichText::new(e).color(theme::RED));
        }
        let Some(history) = &self.history else {
            ui.spinner();
            return None;
        };
        let Some(index) = history.iter().position(|v| v.visit.id == self.visit_id) else {
            ui.label(fl!("session-summary-no-results"));
            return None;
        };
        let current = &history[index];
        // Each with why when the session went past it (the device could not record it).
        let missing: Vec<String> = self
            .steps
            .iter()
            .filter(|s| !s.settled())
            .map(|s| match &s.passed_over {
                Some(why) => fl!("session-summary-not-recorded-why", step = s.title(), why = why.clone()),
                None => s.title(),
            })
            .collect();
        if !missing.is_empty() {
            ui.label(
                RichText::new(fl!("session-summary-not-recorded", steps = missing.join("; "))).color(theme::AMBER),
            );
        }
        for note in self.steps.iter().filter_map(Step::not_done_note) {
            ui.label(RichText::new(note).color(theme::AMBER));
        }
        let formula = shared.clinic.results.formula;
        let (tr, style) = (crate::i18n::loader(), numbers::style());
        ui.label(
            RichText::new(fl!(
                "session-summary-asymmetry",
                formula = formula.label(tr),
                definition = formula.definition(tr, &style),
                source = formula.source(tr),
                amber = numbers::num(shared.clinic.results.bands.amber_from_percent, 0),
                red = numbers::num(shared.clinic.results.bands.red_from_percent, 0),
                bands_source = crate::analysis::AsymmetryBands::source_all_tests(tr, &style)
            ))
            .weak(),
        );
        let unit = shared.prefs.unit;
        egui::ScrollArea::vertical().max_height(ui.available_height() - 140.0).show(ui, |ui| {
            crate::app::widgets::hq_line(ui, current, shared.clinic.results.hq_at_least);
            for test in &current.tests {
                let definition = shared.clinic.library.test(&test.test_id);
                let count = definition.is_some_and(|d| d.measure == Measure::RepsCount);
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let name = crate::protocols::test_name(crate::i18n::loader(), &test.test_id, &test.test_name);
                    ui.label(RichText::new(name).strong().size(19.0));
                    if let (Some(a), Some(band)) = (test.asymmetry, test.band) {
                        band_chip(ui, band, &a.display(crate::i18n::loader(), &numbers::style()));
                    }
                    if let Some(lsi) = test.lsi_percent {
                        ui.label(fl!("session-summary-lsi", lsi = numbers::num(lsi, 1)));
                    }
                });
                let headers = column_headers(count);
                egui::Grid::new(format!("summary {}", test.test_id))
                    .striped(true)
                    .num_columns(headers.len())
                    .spacing([18.0, 4.0])
                    .show(ui, |ui| {
                        for h in headers {
                            ui.label(RichText::new(h).strong());
                        }
                        ui.end_row();
                        for side in [Side::Left, Side::Right] {
                            let Some(s) = test.side(side) else { continue };
                            ui.label(
                                RichText::new(crate::app::widgets::side_label(side))
                                    .color(theme::side_color(side))
                                    .strong(),
                            );
                            if count {
                                ui.label(
                                    s.reps_count.map_or("-".into(), |c| fl!("session-summary-reps-count", count = c)),
                                );
                            } else {
                                ui.label(s.reps.to_string());
                                ui.label(s.peak_force.map_or("-".into(), |p| {
                                    let best = force(p.best, unit);
                                    if s.entered_by_hand {
                                        fl!("session-summary-entered-by-hand", force = best)
                                    } else {
                                        best
                                    }
                                }));
                                ui.label(s.peak_force.map_or("-".into(), |p| force(p.mean, unit)));
                                ui.label(
                                    s.peak_force
                                        .and_then(|p| p.cv_percent)
                                        .map_or("-".into(), |cv| format!("{} %", numbers::num(cv, 1))),
                                );
                            }
                            ui.label(s.pain.map_or("-".into(), |p| format!("{p}/10")));
                            change_cell(ui, s, definition, count, unit);
                            // In plain words; no RFD here, so nothing about the sample rate.
                            let flags =
                                crate::results::flags::result_flags_text(crate::i18n::loader(), &s.flags).join(", ");
                            ui.scope(|ui| {
                                ui.set_max_width(WRAPPED_CELL_WIDTH);
                                ui.add(egui::Label::new(flags).wrap());
                            });
                            ui.end_row();
                        }
                    });
            }
        });
        ui.separator();
        let label = ui.label(fl!("session-summary-visit-notes"));
        ui.add(egui::TextEdit::multiline(&mut self.notes).desired_rows(3).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        ui.horizontal(|ui| {
            if ui.button(RichText::new(fl!("session-summary-back")).size(18.0)).clicked() {
                return Some(Outcome::Back(self.visit_id, Box::new(self.context.clone()), self.steps.clone()));
            }
            if ui
                .add_enabled(
                    self.saving.is_none(),
                    egui::Button::new(RichText::new(fl!("session-summary-save")).size(20.0)),
                )
                .clicked()
            {
                let before: Visit = current.visit.clone();
                let mut visit = before.clone();
                visit.notes = self.notes.trim().to_string();
                // Saved over the visit as this summary read it: another station's change of it
                // meanwhile is said, not overwritten.
                self.saving = Some(
                    shared
                        .clinic
                        .worker
                        .run(move |s| s.update_visit_from(&before, &visit).map_err(|e| store_error_text(&e))),
                );
            }
            None
        })
        .inner
    }
}

/// The columns of a test's table: a count test (single-leg bridge, heel raise) has its count
/// and no force columns (reps of a force trial, best, mean, CV).
fn column_headers(count: bool) -> Vec<String> {
    if count {
        vec![
            fl!("session-summary-side"),
            fl!("session-summary-count"),
            fl!("session-summary-pain"),
            fl!("session-summary-since-last-visit"),
            fl!("session-summary-flags"),
        ]
    } else {
        vec![
            fl!("session-summary-side"),
            fl!("session-summary-reps"),
            fl!("session-summary-best"),
            fl!("session-summary-mean"),
            fl!("session-summary-cv"),
            fl!("session-summary-pain"),
            fl!("session-summary-since-last-visit"),
            fl!("session-summary-flags"),
        ]
    }
}

/// A side's change since the last visit, with the MDC it was judged by (and where that comes
/// from, [`crate::results::mdc_source_text`]) on hover; `test` is the side's test.
fn change_cell(
    ui: &mut egui::Ui,
    s: &SideResult,
    test: Option<&crate::protocols::TestDefinition>,
    count: bool,
    unit: crate::model::ForceUnit,
) {
    let Some(side_change) = &s.change else {
        ui.label(if s.value.is_some() { fl!("session-summary-first-visit") } else { "-".into() });
        return;
    };
    let change = side_change.change;
    let since = numbers::date(side_change.previous_date);
    let said = side_change.text(crate::i18n::loader(), &numbers::style(), &s.instruments, count, unit);
    let text = format!("{} {said}", theme::verdict_symbol(change.verdict));
    let hover = match &side_change.mdc {
        Some((m, source)) => {
            fl!(
                "session-change-vs-mdc",
                since = since,
                mdc = m.display_in(&numbers::style(), unit),
                source = crate::results::mdc_source_text(crate::i18n::loader(), test, source)
            )
        }
        None if !change.comparable() => fl!("session-change-vs-not-comparable", since = since),
        None => fl!("session-change-vs-no-mdc", since = since),
    };
    // A change across kinds of device names both values and both kinds: wrapped in its column,
    // never past the window's edge.
    ui.scope(|ui| {
        ui.set_max_width(WRAPPED_CELL_WIDTH);
        ui.add(egui::Label::new(RichText::new(text).color(theme::verdict_color(change.verdict))).wrap())
            .on_hover_text(hover);
    });
}

/// The widest a table's long cell grows before it wraps (the change and the flags), so that a
/// test's table fits a 1280-point window.
const WRAPPED_CELL_WIDTH: f32 = 300.0;
