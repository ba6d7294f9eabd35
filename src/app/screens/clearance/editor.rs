//! Editing a clinic's copy of a clearance template: name, age limit, injuries, and per
//! criterion its label, threshold, required or optional, and source; adding and removing
//! criteria. The built-in templates are never changed.

use egui::RichText;

use crate::analysis::SummaryChoice;
use crate::app::theme;
use crate::app::widgets::number_field;
use crate::clearance::{Criterion, Quantity, Rule, Sides, Template};
use crate::fl;
use crate::i18n::{loader, numbers};
use crate::model::InjuryKind;
use crate::protocols::{Measure, TestLibrary};

pub enum Outcome {
    /// Save the template edited, over the one opened (`None`: a new copy).
    Save(Box<(Template, Option<Template>)>),
    Delete(String),
    Cancel,
}

pub struct Editor {
    template: Template,
    /// The template as it was opened (`None`: a fresh copy): saving is refused if the stored one
    /// changed since.
    original: Option<Template>,
    /// Not stored yet (a fresh copy).
    is_new: bool,
    error: Option<String>,
    add_kind: usize,
}

/// The kinds a clinician can add, with a starting rule.
fn new_rule(kind: usize, library: &TestLibrary) -> Rule {
    let first = |measure: Option<Measure>| {
        library.tests.iter().find(|t| measure.is_none_or(|m| t.measure == m)).map_or_else(String::new, |t| t.id.clone())
    };
    match kind {
        0 => Rule::Lsi { test: first(None), summary: SummaryChoice::Best, at_least_percent: 90.0 },
        1 => Rule::Asymmetry { test: first(None), summary: SummaryChoice::Best, at_most_percent: 10.0 },
        2 => Rule::Absolute { test: first(None), quantity: Quantity::ForceN, at_least: 300.0, sides: Sides::Each },
        3 => Rule::BaselinePercent {
            test: first(None),
            summary: SummaryChoice::Best,
            at_least_percent: 100.0,
            sides: Sides::Each,
        },
        4 => Rule::Pain { tests: Vec::new(), at_most: 3 },
        5 => Rule::VisaH { at_least: Some(80.0), improving_over_visits: None },
        6 => Rule::Ratio { numerator: first(None), denominator: first(None), at_least: 1.0, at_most: 1.4 },
        7 => Rule::RepsCount { test: first(Some(Measure::RepsCount)), at_least: 25, sides: Sides::Each },
        8 => Rule::ProvocationNegative,
        _ => Rule::Manual,
    }
}

/// How many kinds `new_rule` starts.
const KINDS: usize = 10;

impl Editor {
    pub fn new(template: Template, is_new: bool) -> Editor {
        let original = (!is_new).then(|| template.clone());
        Editor { template, original, is_new, error: None, add_kind: 0 }
    }

    /// The save was refused: said in the editor, which keeps what was typed.
    pub fn refused(&mut self, why: String) {
        self.error = Some(why);
    }

    pub fn show(&mut self, ui: &mut egui::Ui, library: &TestLibrary) -> Option<Outcome> {
        let mut outcome = None;
        let tr = loader();
        ui.label(
            RichText::new(fl!("clearance-editor-title", template = self.template.name.as_str())).strong().size(20.0),
        );
        if let Some(base) = &self.template.based_on {
            ui.label(RichText::new(fl!("clearance-editor-copy-of", template = base.as_str())).weak());
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            let t = &mut self.template;
            egui::Grid::new("template").num_columns(2).spacing([16.0, 6.0]).show(ui, |ui| {
                crate::app::screens::athlete::text_field(ui, &fl!("clearance-editor-name"), &mut t.name, "");
                ui.end_row();
                let l = ui.label(fl!("clearance-editor-max-age"));
                ui.add(number_field(&mut t.max_age_days).range(0..=365)).labelled_by(l.id);
                ui.end_row();
                ui.label(fl!("clearance-editor-used-for"));
                ui.horizontal_wrapped(|ui| {
                    for kind in InjuryKind::ALL {
                        let mut on = t.for_injuries.iter().any(|k| k == kind.id());
                        if ui.checkbox(&mut on, kind.label(tr)).changed() {
                            t.for_injuries.retain(|k| k != kind.id());
                            if on {
                                t.for_injuries.push(kind.id().into());
                            }
                        }
                    }
                });
                ui.end_row();
            });
            ui.add_space(8.0);
            let mut remove = None;
            for (i, c) in t.criteria.iter_mut().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(c.rule.kind_label(tr)).strong());
                        ui.checkbox(&mut c.required, fl!("clearance-editor-required"));
                        if ui
                            .button(fl!("clearance-editor-remove"))
                            .on_hover_text(fl!("clearance-editor-remove-tip", criterion = c.label.as_str()))
                            .clicked()
                        {
                            remove = Some(i);
                        }
                    });
                    let l = ui.label(fl!("clearance-editor-label"));
                    ui.add(egui::TextEdit::singleline(&mut c.label).desired_width(f32::INFINITY)).labelled_by(l.id);
                    rule_fields(ui, &mut c.rule, library, i);
                    let l = ui.label(fl!("clearance-editor-source"));
                    ui.add(egui::TextEdit::singleline(&mut c.source).desired_width(f32::INFINITY)).labelled_by(l.id);
                });
            }
            if let Some(i) = remove {
                t.criteria.remove(i);
            }
            ui.horizontal(|ui| {
                let l = ui.label(fl!("clearance-editor-new-criterion"));
                let kind = |k: usize| new_rule(k, library).kind_label(tr);
                egui::ComboBox::from_id_salt("new criterion kind")
                    .selected_text(kind(self.add_kind))
                    .show_ui(ui, |ui| {
                        for k in 0..KINDS {
                            ui.selectable_value(&mut self.add_kind, k, kind(k));
                        }
                    })
                    .response
                    .labelled_by(l.id);
                if ui.button(fl!("clearance-editor-add-criterion")).clicked() {
                    let id = (1..)
                        .map(|n| format!("clinic_{n}"))
                        .find(|id| !t.criteria.iter().any(|c| &c.id == id))
                        .unwrap_or_default();
                    t.criteria.push(Criterion {
                        id,
                        label: fl!("clearance-editor-new-criterion-label", kind = kind(self.add_kind)),
                        required: true,
                        source: fl!("clearance-editor-new-criterion-source"),
                        agreement_percent: None,
                        below_consensus: false,
                        rule: new_rule(self.add_kind, library),
                    });
                }
            });
            ui.add_space(8.0);
            if let Some(e) = &self.error {
                ui.label(RichText::new(e).color(theme::RED));
            }
            ui.horizontal(|ui| {
                if ui.button(RichText::new(fl!("clearance-editor-save")).size(18.0)).clicked() {
                    match self.template.check(library, tr) {
                        Ok(()) => {
                            outcome = Some(Outcome::Save(Box::new((self.template.clone(), self.original.clone()))))
                        }
                        Err(e) => self.error = Some(e),
                    }
                }
                if ui.button(fl!("clearance-editor-cancel")).clicked() {
                    outcome = Some(Outcome::Cancel);
                }
                if !self.is_new
                    && ui
                        .button(fl!("clearance-editor-delete"))
                        .on_hover_text(fl!("clearance-editor-delete-tip"))
                        .clicked()
                {
                    outcome = Some(Outcome::Delete(self.template.id.clone()));
                }
            });
        });
        outcome
    }
}

fn test_combo(ui: &mut egui::Ui, label: &str, test: &mut String, library: &TestLibrary, salt: (usize, &str)) {
    let l = ui.label(label);
    let name = library.test(test).map_or(test.clone(), |t| t.shown_name(crate::i18n::loader()));
    egui::ComboBox::from_id_salt(salt)
        .selected_text(name)
        .width(260.0)
        .show_ui(ui, |ui| {
            for t in &library.tests {
                ui.selectable_value(test, t.id.clone(), t.shown_name(crate::i18n::loader()));
            }
        })
        .response
        .labelled_by(l.id);
}

/// A number field, written and typed with the app's decimal separator.
fn number(ui: &mut egui::Ui, label: &str, value: &mut f64, range: std::ops::RangeInclusive<f64>) {
    let l = ui.label(label);
    ui.add(number_field(value).range(range).speed(0.5).custom_formatter(|v, _| numbers::style().number_trimmed(v, 2)))
        .labelled_by(l.id);
}

fn summary(ui: &mut egui::Ui, s: &mut SummaryChoice) {
    let l = ui.label(fl!("clearance-editor-per-side"));
    ui.selectable_value(s, SummaryChoice::Best, fl!("clearance-editor-best")).labelled_by(l.id);
    ui.selectable_value(s, SummaryChoice::Mean, fl!("clearance-editor-mean")).labelled_by(l.id);
}

fn sides(ui: &mut egui::Ui, s: &mut Sides) {
    let l = ui.label(fl!("clearance-editor-sides"));
    ui.selectable_value(s, Sides::Each, fl!("clearance-editor-each")).labelled_by(l.id);
    ui.selectable_value(s, Sides::Involved, fl!("clearance-editor-involved")).labelled_by(l.id);
}

/// The rule's test(s) and thresholds.
fn rule_fields(ui: &mut egui::Ui, rule: &mut Rule, library: &TestLibrary, i: usize) {
    ui.horizontal_wrapped(|ui| match rule {
        Rule::Lsi { test, summary: s, at_least_percent } => {
            test_combo(ui, &fl!("clearance-editor-test"), test, library, (i, "test"));
            summary(ui, s);
            number(ui, &fl!("clearance-editor-lsi-at-least"), at_least_percent, 0.0..=200.0);
        }
        Rule::Asymmetry { test, summary: s, at_most_percent } => {
            test_combo(ui, &fl!("clearance-editor-test"), test, library, (i, "test"));
            summary(ui, s);
            number(ui, &fl!("clearance-editor-asymmetry-at-most"), at_most_percent, 0.0..=100.0);
        }
        Rule::Absolute { test, quantity, at_least, sides: s } => {
            test_combo(ui, &fl!("clearance-editor-test"), test, library, (i, "test"));
            let l = ui.label(fl!("clearance-editor-quantity"));
            egui::ComboBox::from_id_salt((i, "quantity"))
                .selected_text(quantity.label(loader()))
                .show_ui(ui, |ui| {
                    for q in Quantity::ALL {
                        ui.selectable_value(quantity, q, q.label(loader()));
                    }
                })
                .response
                .labelled_by(l.id);
            number(ui, &fl!("clearance-editor-at-least"), at_least, 0.0..=10_000.0);
            sides(ui, s);
        }
        Rule::BaselinePercent { test, summary: s, at_least_percent, sides: sd } => {
            test_combo(ui, &fl!("clearance-editor-test"), test, library, (i, "test"));
            summary(ui, s);
            number(ui, &fl!("clearance-editor-at-least-baseline"), at_least_percent, 0.0..=200.0);
            sides(ui, sd);
        }
        Rule::Pain { at_most, .. } => {
            let l = ui.label(fl!("clearance-editor-pain-at-most"));
            ui.add(number_field(at_most).range(0..=10)).labelled_by(l.id);
        }
        Rule::VisaH { at_least, improving_over_visits } => {
            let mut use_score = at_least.is_some();
            if ui.checkbox(&mut use_score, fl!("clearance-editor-visa-h-at-least")).changed() {
                *at_least = use_score.then_some(80.0);
            }
            if let Some(x) = at_least {
                number(ui, &fl!("clearance-editor-score"), x, 0.0..=100.0);
            }
            let mut use_trend = improving_over_visits.is_some();
            if ui.checkbox(&mut use_trend, fl!("clearance-editor-or-improving")).changed() {
                *improving_over_visits = use_trend.then_some(3);
            }
            if let Some(n) = improving_over_visits {
                let l = ui.label(fl!("clearance-editor-over-visits"));
                ui.add(number_field(n).range(2..=12)).labelled_by(l.id);
            }
        }
        Rule::Ratio { numerator, denominator, at_least, at_most } => {
            test_combo(ui, &fl!("clearance-editor-test"), numerator, library, (i, "numerator"));
            test_combo(ui, &fl!("clearance-editor-divided-by"), denominator, library, (i, "denominator"));
            number(ui, &fl!("clearance-editor-between"), at_least, 0.0..=10.0);
            number(ui, &fl!("clearance-editor-and"), at_most, 0.0..=10.0);
        }
        Rule::RepsCount { test, at_least, sides: s } => {
            test_combo(ui, &fl!("clearance-editor-test"), test, library, (i, "test"));
            let l = ui.label(fl!("clearance-editor-reps-at-least"));
            ui.add(number_field(at_least).range(0..=200)).labelled_by(l.id);
            sides(ui, s);
        }
        Rule::ProvocationNegative => {
            ui.label(fl!("clearance-editor-provocation"));
        }
        Rule::Manual => {
            ui.label(fl!("clearance-editor-manual"));
        }
        Rule::AnyOf { options } => {
            ui.vertical(|ui| {
                ui.label(fl!("clearance-editor-any-of"));
                for (k, option) in options.iter_mut().enumerate() {
                    rule_fields(ui, option, library, i * 100 + k + 1);
                }
            });
        }
        Rule::FirstWithData { options } => {
            ui.vertical(|ui| {
                ui.label(fl!("clearance-editor-first-with-data"));
                for (k, option) in options.iter_mut().enumerate() {
                    rule_fields(ui, option, library, i * 100 + k + 1);
                }
            });
        }
        Rule::TestsDone { tests } => {
            ui.vertical(|ui| {
                ui.label(fl!("clearance-editor-tests-done"));
                for (k, test) in tests.iter_mut().enumerate() {
                    test_combo(ui, &fl!("clearance-editor-test"), test, library, (i * 100 + k + 1, "test"));
                }
            });
        }
    });
}
