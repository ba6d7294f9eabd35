//! Editing a clinic's copy of a clearance template: name, age limit, injuries, and per
//! criterion its label, threshold, required or optional, and source; adding and removing
//! criteria. The built-in templates are never changed.

use egui::RichText;

use crate::analysis::SummaryChoice;
use crate::app::theme;
use crate::clearance::{Criterion, Quantity, Rule, Sides, Template};
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

const KINDS: [&str; 10] = [
    "LSI",
    "asymmetry",
    "absolute force or torque",
    "% of pre-injury baseline",
    "pain",
    "VISA-H",
    "ratio between two tests",
    "reps count",
    "provocation tests",
    "manual check",
];

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
        ui.label(RichText::new(format!("Template: {}", self.template.name)).strong().size(20.0));
        if let Some(base) = &self.template.based_on {
            ui.label(RichText::new(format!("A clinic copy of '{base}'; the default stays available.")).weak());
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            let t = &mut self.template;
            egui::Grid::new("template").num_columns(2).spacing([16.0, 6.0]).show(ui, |ui| {
                crate::app::screens::athlete::text_field(ui, "Name", &mut t.name, "");
                ui.end_row();
                let l = ui.label("Results count for (days)");
                ui.add(egui::DragValue::new(&mut t.max_age_days).range(0..=365)).labelled_by(l.id);
                ui.end_row();
                ui.label("Used for");
                ui.horizontal_wrapped(|ui| {
                    for kind in InjuryKind::ALL {
                        let mut on = t.for_injuries.iter().any(|k| k == kind.id());
                        if ui.checkbox(&mut on, kind.label()).changed() {
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
                        ui.label(RichText::new(c.rule.kind_label()).strong());
                        ui.checkbox(&mut c.required, "required");
                        if ui.button("Remove").on_hover_text(format!("remove '{}'", c.label)).clicked() {
                            remove = Some(i);
                        }
                    });
                    let l = ui.label("Label");
                    ui.add(egui::TextEdit::singleline(&mut c.label).desired_width(f32::INFINITY)).labelled_by(l.id);
                    rule_fields(ui, &mut c.rule, library, i);
                    let l = ui.label("Source");
                    ui.add(egui::TextEdit::singleline(&mut c.source).desired_width(f32::INFINITY)).labelled_by(l.id);
                });
            }
            if let Some(i) = remove {
                t.criteria.remove(i);
            }
            ui.horizontal(|ui| {
                let l = ui.label("New criterion");
                egui::ComboBox::from_id_salt("new criterion kind")
                    .selected_text(KINDS[self.add_kind])
                    .show_ui(ui, |ui| {
                        for (k, name) in KINDS.iter().enumerate() {
                            ui.selectable_value(&mut self.add_kind, k, *name);
                        }
                    })
                    .response
                    .labelled_by(l.id);
                if ui.button("Add criterion").clicked() {
                    let id = (1..)
                        .map(|n| format!("clinic_{n}"))
                        .find(|id| !t.criteria.iter().any(|c| &c.id == id))
                        .unwrap_or_default();
                    t.criteria.push(Criterion {
                        id,
                        label: format!("New {} criterion", KINDS[self.add_kind]),
                        required: true,
                        source: "clinic's choice".into(),
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
                if ui.button(RichText::new("Save template").size(18.0)).clicked() {
                    match self.template.check(library) {
                        Ok(()) => {
                            outcome = Some(Outcome::Save(Box::new((self.template.clone(), self.original.clone()))))
                        }
                        Err(e) => self.error = Some(e),
                    }
                }
                if ui.button("Cancel").clicked() {
                    outcome = Some(Outcome::Cancel);
                }
                if !self.is_new && ui.button("Delete template").on_hover_text("the clinic's copy only").clicked() {
                    outcome = Some(Outcome::Delete(self.template.id.clone()));
                }
            });
        });
        outcome
    }
}

fn test_combo(ui: &mut egui::Ui, label: &str, test: &mut String, library: &TestLibrary, salt: (usize, &str)) {
    let l = ui.label(label);
    let name = library.test(test).map_or(test.clone(), |t| t.name.clone());
    egui::ComboBox::from_id_salt(salt)
        .selected_text(name)
        .width(260.0)
        .show_ui(ui, |ui| {
            for t in &library.tests {
                ui.selectable_value(test, t.id.clone(), &t.name);
            }
        })
        .response
        .labelled_by(l.id);
}

fn number(ui: &mut egui::Ui, label: &str, value: &mut f64, range: std::ops::RangeInclusive<f64>) {
    let l = ui.label(label);
    ui.add(egui::DragValue::new(value).range(range).speed(0.5)).labelled_by(l.id);
}

fn summary(ui: &mut egui::Ui, s: &mut SummaryChoice) {
    let l = ui.label("Per side");
    ui.selectable_value(s, SummaryChoice::Best, "best").labelled_by(l.id);
    ui.selectable_value(s, SummaryChoice::Mean, "mean").labelled_by(l.id);
}

fn sides(ui: &mut egui::Ui, s: &mut Sides) {
    let l = ui.label("Sides");
    ui.selectable_value(s, Sides::Each, "each").labelled_by(l.id);
    ui.selectable_value(s, Sides::Involved, "involved").labelled_by(l.id);
}

/// The rule's test(s) and thresholds.
fn rule_fields(ui: &mut egui::Ui, rule: &mut Rule, library: &TestLibrary, i: usize) {
    ui.horizontal_wrapped(|ui| match rule {
        Rule::Lsi { test, summary: s, at_least_percent } => {
            test_combo(ui, "Test", test, library, (i, "test"));
            summary(ui, s);
            number(ui, "LSI at least (%)", at_least_percent, 0.0..=200.0);
        }
        Rule::Asymmetry { test, summary: s, at_most_percent } => {
            test_combo(ui, "Test", test, library, (i, "test"));
            summary(ui, s);
            number(ui, "Asymmetry at most (%)", at_most_percent, 0.0..=100.0);
        }
        Rule::Absolute { test, quantity, at_least, sides: s } => {
            test_combo(ui, "Test", test, library, (i, "test"));
            let l = ui.label("Quantity");
            egui::ComboBox::from_id_salt((i, "quantity"))
                .selected_text(quantity.label())
                .show_ui(ui, |ui| {
                    for q in Quantity::ALL {
                        ui.selectable_value(quantity, q, q.label());
                    }
                })
                .response
                .labelled_by(l.id);
            number(ui, "At least", at_least, 0.0..=10_000.0);
            sides(ui, s);
        }
        Rule::BaselinePercent { test, summary: s, at_least_percent, sides: sd } => {
            test_combo(ui, "Test", test, library, (i, "test"));
            summary(ui, s);
            number(ui, "At least (% of pre-injury)", at_least_percent, 0.0..=200.0);
            sides(ui, sd);
        }
        Rule::Pain { at_most, .. } => {
            let l = ui.label("Pain at most (0-10), on every test of the visit");
            ui.add(egui::DragValue::new(at_most).range(0..=10)).labelled_by(l.id);
        }
        Rule::VisaH { at_least, improving_over_visits } => {
            let mut use_score = at_least.is_some();
            if ui.checkbox(&mut use_score, "VISA-H at least").changed() {
                *at_least = use_score.then_some(80.0);
            }
            if let Some(x) = at_least {
                number(ui, "Score", x, 0.0..=100.0);
            }
            let mut use_trend = improving_over_visits.is_some();
            if ui.checkbox(&mut use_trend, "or improving").changed() {
                *improving_over_visits = use_trend.then_some(3);
            }
            if let Some(n) = improving_over_visits {
                let l = ui.label("over visits");
                ui.add(egui::DragValue::new(n).range(2..=12)).labelled_by(l.id);
            }
        }
        Rule::Ratio { numerator, denominator, at_least, at_most } => {
            test_combo(ui, "Test", numerator, library, (i, "numerator"));
            test_combo(ui, "divided by", denominator, library, (i, "denominator"));
            number(ui, "between", at_least, 0.0..=10.0);
            number(ui, "and", at_most, 0.0..=10.0);
        }
        Rule::RepsCount { test, at_least, sides: s } => {
            test_combo(ui, "Test", test, library, (i, "test"));
            let l = ui.label("At least (reps)");
            ui.add(egui::DragValue::new(at_least).range(0..=200)).labelled_by(l.id);
            sides(ui, s);
        }
        Rule::ProvocationNegative => {
            ui.label("The provocation tests recorded at the visit are all negative.");
        }
        Rule::Manual => {
            ui.label("Ticked by the clinician at each visit.");
        }
        Rule::AnyOf { options } => {
            ui.vertical(|ui| {
                ui.label("Passes when any of these passes:");
                for (k, option) in options.iter_mut().enumerate() {
                    rule_fields(ui, option, library, i * 100 + k + 1);
                }
            });
        }
        Rule::FirstWithData { options } => {
            ui.vertical(|ui| {
                ui.label("The first of these with data decides:");
                for (k, option) in options.iter_mut().enumerate() {
                    rule_fields(ui, option, library, i * 100 + k + 1);
                }
            });
        }
        Rule::TestsDone { tests } => {
            ui.vertical(|ui| {
                ui.label("Each of these tests recorded on both sides:");
                for (k, test) in tests.iter_mut().enumerate() {
                    test_combo(ui, "Test", test, library, (i * 100 + k + 1, "test"));
                }
            });
        }
    });
}
