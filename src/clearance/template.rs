//! Clearance templates as data: a list of criteria, each with its rule, threshold and source.
//! The defaults (DOMAIN.md section 6) are TOML files compiled in; a clinic's edited copies are
//! stored as JSON in the clinic database.

use std::collections::HashMap;
use std::sync::LazyLock;

use i18n_embed::fluent::FluentLanguageLoader;
use serde::{Deserialize, Serialize};

use crate::analysis::SummaryChoice;
use crate::fl_in;
use crate::i18n::numbers;
use crate::model::ForceUnit;
use crate::protocols::TestLibrary;

/// A return-to-sport template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Template {
    pub id: String,
    pub name: String,
    /// Injury kinds (`InjuryKind::id`) the template is meant for.
    #[serde(default)]
    pub for_injuries: Vec<String>,
    /// Where the template as a whole comes from.
    pub source: String,
    /// Results older than this many days before the evaluated visit do not count.
    #[serde(default = "default_max_age_days")]
    pub max_age_days: u32,
    /// The built-in template a clinic's copy was made from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub based_on: Option<String>,
    pub criteria: Vec<Criterion>,
}

fn default_max_age_days() -> u32 {
    14
}

fn yes() -> bool {
    true
}

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    /// Stable id; a manual check's answers are stored under it.
    pub id: String,
    pub label: String,
    /// Only required criteria decide the overall status; optional ones are shown.
    #[serde(default = "yes")]
    pub required: bool,
    pub source: String,
    /// Where the source is a consensus: the share of the panel that agreed (%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_percent: Option<f64>,
    /// The criterion did not reach the panel's consensus (shown with it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub below_consensus: bool,
    #[serde(flatten)]
    pub rule: Rule,
}

/// An absolute quantity on one side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quantity {
    /// Peak force, N.
    ForceN,
    /// Peak force per body mass, N/kg.
    ForceNPerKg,
    /// Torque (force × the measured lever arm), N·m.
    TorqueNM,
    /// Torque per body mass, N·m/kg.
    TorqueNMPerKg,
}

impl Quantity {
    pub const ALL: [Quantity; 4] =
        [Quantity::ForceN, Quantity::ForceNPerKg, Quantity::TorqueNM, Quantity::TorqueNMPerKg];

    /// Unit text of a value in newtons' terms, shown in `unit` where the quantity is a force.
    pub fn unit_text(self, unit: ForceUnit) -> String {
        match self {
            Quantity::ForceN => unit.symbol().into(),
            Quantity::ForceNPerKg => format!("{}/kg", unit.symbol()),
            Quantity::TorqueNM => "N·m".into(),
            Quantity::TorqueNMPerKg => "N·m/kg".into(),
        }
    }

    /// A value of this quantity (SI) in the display unit.
    pub fn display(self, value: f64, unit: ForceUnit) -> f64 {
        match self {
            Quantity::ForceN | Quantity::ForceNPerKg => unit.from_newtons(value),
            Quantity::TorqueNM | Quantity::TorqueNMPerKg => value,
        }
    }

    /// Decimals worth showing in newtons.
    pub fn decimals(self) -> usize {
        self.decimals_in(ForceUnit::Newton)
    }

    /// Decimals worth showing in `unit`: a force to the unit's own precision (0 N, 0.1 kgf),
    /// a force per kg one more, torques as they are.
    pub fn decimals_in(self, unit: ForceUnit) -> usize {
        match self {
            Quantity::ForceN => unit.decimals(),
            Quantity::ForceNPerKg => unit.decimals() + 2,
            Quantity::TorqueNM => 0,
            Quantity::TorqueNMPerKg => 2,
        }
    }

    pub fn label(self, tr: &FluentLanguageLoader) -> String {
        match self {
            Quantity::ForceN => fl_in!(tr, "clearance-quantity-force-n"),
            Quantity::ForceNPerKg => fl_in!(tr, "clearance-quantity-force-n-per-kg"),
            Quantity::TorqueNM => fl_in!(tr, "clearance-quantity-torque-n-m"),
            Quantity::TorqueNMPerKg => fl_in!(tr, "clearance-quantity-torque-n-m-per-kg"),
        }
    }
}

/// Which sides must meet an absolute threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sides {
    #[default]
    Each,
    /// The injured side only (each side when the episode has none).
    Involved,
}

/// What a criterion checks. Thresholds are inclusive: exactly 90 % passes "at least 90 %".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Rule {
    /// Limb symmetry index, involved / uninvolved × 100 (weaker / stronger without an injured
    /// side), at least this.
    Lsi {
        test: String,
        #[serde(default)]
        summary: SummaryChoice,
        at_least_percent: f64,
    },
    /// Asymmetry as percent difference ((stronger - weaker) / stronger, DOMAIN.md section 3),
    /// whatever formula the clinic shows: the threshold is written in it. At most this.
    Asymmetry {
        test: String,
        #[serde(default)]
        summary: SummaryChoice,
        at_most_percent: f64,
    },
    /// A force or torque on a test, at least this on the chosen sides.
    Absolute {
        test: String,
        quantity: Quantity,
        at_least: f64,
        #[serde(default)]
        sides: Sides,
    },
    /// Percentage of the pre-injury baseline (the episode's baseline visit), at least this.
    BaselinePercent {
        test: String,
        #[serde(default)]
        summary: SummaryChoice,
        at_least_percent: f64,
        #[serde(default)]
        sides: Sides,
    },
    /// Pain during the tests of the visit (all of them when `tests` is empty), at most this.
    Pain {
        #[serde(default)]
        tests: Vec<String>,
        at_most: u8,
    },
    /// VISA-H at least a score, or improving over the last visits; with both set, either passes.
    VisaH {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at_least: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        improving_over_visits: Option<u32>,
    },
    /// numerator / denominator test (same side), within [at_least, at_most] on each side.
    Ratio { numerator: String, denominator: String, at_least: f64, at_most: f64 },
    /// Reps of a count test (single-leg bridge), at least this on the chosen sides.
    RepsCount {
        test: String,
        at_least: u32,
        #[serde(default)]
        sides: Sides,
    },
    /// The proximal hamstring tendinopathy provocation tests recorded at the visit are negative.
    ProvocationNegative,
    /// A check the clinician ticks.
    Manual,
    /// Passes when any option passes.
    AnyOf { options: Vec<Rule> },
    /// The first option that has data decides ("the pre-injury value where one exists, else
    /// LSI").
    FirstWithData { options: Vec<Rule> },
    /// Every listed test was done on both sides at the visit (within the age limit).
    TestsDone { tests: Vec<String> },
}

impl Sides {
    /// The id a message selects its words by: `each`, `involved`.
    fn key(self) -> &'static str {
        match self {
            Sides::Each => "each",
            Sides::Involved => "involved",
        }
    }
}

impl Rule {
    /// The kind as an evaluated criterion keeps it (`CriterionResult::kind`: stored in signed
    /// evaluations and in the command line's JSON): a key, never shown; `kind_label` is shown.
    pub fn kind_key(&self) -> &'static str {
        match self {
            Rule::Lsi { .. } => "LSI",
            Rule::Asymmetry { .. } => "asymmetry",
            Rule::Absolute { .. } => "absolute force or torque",
            Rule::BaselinePercent { .. } => "% of pre-injury baseline",
            Rule::Pain { .. } => "pain",
            Rule::VisaH { .. } => "VISA-H",
            Rule::Ratio { .. } => "ratio between two tests",
            Rule::RepsCount { .. } => "reps count",
            Rule::ProvocationNegative => "provocation tests",
            Rule::Manual => "manual check",
            Rule::AnyOf { .. } => "any of",
            Rule::FirstWithData { .. } => "first with data",
            Rule::TestsDone { .. } => "tests done",
        }
    }

    /// A short name of the kind, for the editor.
    pub fn kind_label(&self, tr: &FluentLanguageLoader) -> String {
        match self {
            Rule::Lsi { .. } => fl_in!(tr, "clearance-kind-lsi"),
            Rule::Asymmetry { .. } => fl_in!(tr, "clearance-kind-asymmetry"),
            Rule::Absolute { .. } => fl_in!(tr, "clearance-kind-absolute"),
            Rule::BaselinePercent { .. } => fl_in!(tr, "clearance-kind-baseline-percent"),
            Rule::Pain { .. } => fl_in!(tr, "clearance-kind-pain"),
            Rule::VisaH { .. } => fl_in!(tr, "clearance-kind-visa-h"),
            Rule::Ratio { .. } => fl_in!(tr, "clearance-kind-ratio"),
            Rule::RepsCount { .. } => fl_in!(tr, "clearance-kind-reps-count"),
            Rule::ProvocationNegative => fl_in!(tr, "clearance-kind-provocation"),
            Rule::Manual => fl_in!(tr, "clearance-kind-manual"),
            Rule::AnyOf { .. } => fl_in!(tr, "clearance-kind-any-of"),
            Rule::FirstWithData { .. } => fl_in!(tr, "clearance-kind-first-with-data"),
            Rule::TestsDone { .. } => fl_in!(tr, "clearance-kind-tests-done"),
        }
    }

    /// The threshold in words, forces in `unit`: "LSI ≥ 90 %", "each leg ≥ 337 N".
    pub fn threshold_text(&self, unit: ForceUnit, tr: &FluentLanguageLoader) -> String {
        match self {
            Rule::Lsi { summary, at_least_percent, .. } => {
                fl_in!(tr, "clearance-threshold-lsi", summary = summary.id(), percent = num(*at_least_percent))
            }
            Rule::Asymmetry { summary, at_most_percent, .. } => {
                fl_in!(tr, "clearance-threshold-asymmetry", summary = summary.id(), percent = num(*at_most_percent))
            }
            Rule::Absolute { quantity, at_least, sides, .. } => {
                let value = numbers::num(quantity.display(*at_least, unit), quantity.decimals_in(unit));
                fl_in!(
                    tr,
                    "clearance-threshold-absolute",
                    sides = sides.key(),
                    value = value,
                    unit = quantity.unit_text(unit)
                )
            }
            Rule::BaselinePercent { at_least_percent, sides, .. } => {
                fl_in!(
                    tr,
                    "clearance-threshold-baseline-percent",
                    sides = sides.key(),
                    percent = num(*at_least_percent)
                )
            }
            Rule::Pain { at_most, .. } => fl_in!(tr, "clearance-threshold-pain", value = at_most.to_string()),
            Rule::VisaH { at_least, improving_over_visits } => match (at_least, improving_over_visits) {
                (Some(x), Some(n)) => {
                    let count = u64::from(*n);
                    fl_in!(tr, "clearance-threshold-visa-h-or-improving", score = num(*x), count = count)
                }
                (Some(x), None) => fl_in!(tr, "clearance-threshold-visa-h", score = num(*x)),
                (None, Some(n)) => {
                    let count = u64::from(*n);
                    fl_in!(tr, "clearance-threshold-visa-h-improving", count = count)
                }
                (None, None) => fl_in!(tr, "clearance-threshold-visa-h-recorded"),
            },
            Rule::Ratio { at_least, at_most, .. } => fl_in!(
                tr,
                "clearance-threshold-ratio",
                low = numbers::num(*at_least, 1),
                high = numbers::num(*at_most, 1)
            ),
            Rule::RepsCount { at_least, sides, .. } => {
                let count = u64::from(*at_least);
                fl_in!(tr, "clearance-threshold-reps", sides = sides.key(), count = count)
            }
            Rule::ProvocationNegative => fl_in!(tr, "clearance-threshold-provocation"),
            Rule::Manual => fl_in!(tr, "clearance-threshold-manual"),
            Rule::AnyOf { options } => options
                .iter()
                .map(|o| o.threshold_text(unit, tr))
                .reduce(|first, second| fl_in!(tr, "clearance-threshold-or", first = first, second = second))
                .unwrap_or_default(),
            Rule::FirstWithData { options } => options
                .iter()
                .map(|o| o.threshold_text(unit, tr))
                .reduce(|first, second| fl_in!(tr, "clearance-threshold-else", first = first, second = second))
                .unwrap_or_default(),
            Rule::TestsDone { tests } => {
                fl_in!(tr, "clearance-threshold-tests-done", tests = join_and(tests.iter().cloned(), tr))
            }
        }
    }

    /// The tests the rule reads.
    pub fn tests(&self) -> Vec<&str> {
        match self {
            Rule::Lsi { test, .. }
            | Rule::Asymmetry { test, .. }
            | Rule::Absolute { test, .. }
            | Rule::BaselinePercent { test, .. }
            | Rule::RepsCount { test, .. } => vec![test.as_str()],
            Rule::Ratio { numerator, denominator, .. } => vec![numerator.as_str(), denominator.as_str()],
            Rule::Pain { tests, .. } => tests.iter().map(String::as_str).collect(),
            Rule::AnyOf { options } | Rule::FirstWithData { options } => options.iter().flat_map(Rule::tests).collect(),
            Rule::TestsDone { tests } => tests.iter().map(String::as_str).collect(),
            Rule::VisaH { .. } | Rule::ProvocationNegative | Rule::Manual => Vec::new(),
        }
    }

    /// What is wrong with the rule's numbers, if anything.
    fn problem(&self, tr: &FluentLanguageLoader) -> Option<String> {
        let not_percent = |v: f64| !(0.0..=1000.0).contains(&v);
        match self {
            Rule::Lsi { at_least_percent: v, .. } if not_percent(*v) => {
                Some(fl_in!(tr, "clearance-problem-lsi-percent", value = num(*v)))
            }
            Rule::Asymmetry { at_most_percent: v, .. } if not_percent(*v) => {
                Some(fl_in!(tr, "clearance-problem-asymmetry-percent", value = num(*v)))
            }
            Rule::BaselinePercent { at_least_percent: v, .. } if not_percent(*v) => {
                Some(fl_in!(tr, "clearance-problem-baseline-percent", value = num(*v)))
            }
            Rule::Absolute { at_least, .. } if !(at_least.is_finite() && *at_least >= 0.0) => {
                Some(fl_in!(tr, "clearance-problem-threshold-negative", value = num(*at_least)))
            }
            Rule::Pain { at_most, .. } if *at_most > 10 => {
                Some(fl_in!(tr, "clearance-problem-pain-range", value = at_most.to_string()))
            }
            Rule::VisaH { at_least: Some(x), .. } if !(0.0..=100.0).contains(x) => {
                Some(fl_in!(tr, "clearance-problem-visa-h-range", value = num(*x)))
            }
            Rule::VisaH { improving_over_visits: Some(n), .. } if *n < 2 => {
                Some(fl_in!(tr, "clearance-problem-improving-visits"))
            }
            Rule::Ratio { at_least, at_most, .. } if !(*at_least >= 0.0 && at_most >= at_least) => {
                Some(fl_in!(tr, "clearance-problem-ratio-empty", low = num(*at_least), high = num(*at_most)))
            }
            Rule::AnyOf { options } if options.is_empty() => Some(fl_in!(tr, "clearance-problem-any-of-empty")),
            Rule::FirstWithData { options } if options.is_empty() => {
                Some(fl_in!(tr, "clearance-problem-first-with-data-empty"))
            }
            Rule::AnyOf { options } | Rule::FirstWithData { options } => options.iter().find_map(|o| o.problem(tr)),
            Rule::TestsDone { tests } if tests.is_empty() => Some(fl_in!(tr, "clearance-problem-tests-done-empty")),
            _ => None,
        }
    }
}

/// `items` as a list in words: "a and b", "a and b and c".
pub(super) fn join_and(items: impl Iterator<Item = String>, tr: &FluentLanguageLoader) -> String {
    items.reduce(|first, second| fl_in!(tr, "clearance-join-and", first = first, second = second)).unwrap_or_default()
}

/// Notes or problems as one list: "a; b; c".
pub(super) fn join_semicolon(items: impl IntoIterator<Item = String>, tr: &FluentLanguageLoader) -> String {
    items
        .into_iter()
        .reduce(|first, second| fl_in!(tr, "clearance-join-semicolon", first = first, second = second))
        .unwrap_or_default()
}

/// `text` (a criterion's label, a clinic's own wording) with each force written in newtons
/// ("337 N", "at least 2.5 N/kg") given in `unit` instead, as its threshold is: "34.4 kgf",
/// "0.25 kgf/kg". Torques ("N·m") stay as written: they are not forces.
pub fn forces_in(text: &str, unit: ForceUnit) -> String {
    if unit == ForceUnit::Newton {
        return text.to_string();
    }
    static FORCE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // A translated label may write its decimals with a comma.
    let force = FORCE.get_or_init(|| regex::Regex::new(r"\b(\d+(?:[.,]\d+)?) ?N\b(/kg)?").expect("a valid pattern"));
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for caps in force.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        // "N·m" and "Nm" are torque: left alone.
        if text[whole.end()..].starts_with(['·', 'm']) {
            continue;
        }
        let Ok(value_n) = caps[1].replace(',', ".").parse::<f64>() else { continue };
        out.push_str(&text[last..whole.start()]);
        // The way the threshold beside it is written (`Quantity::ForceN` / `ForceNPerKg`).
        let quantity = if caps.get(2).is_some() { Quantity::ForceNPerKg } else { Quantity::ForceN };
        let value = numbers::num(unit.from_newtons(value_n), quantity.decimals_in(unit));
        out.push_str(&format!("{value} {}", quantity.unit_text(unit)));
        last = whole.end();
    }
    out.push_str(&text[last..]);
    out
}

/// A number without trailing zeros, in the app's number style: 90, 337, 1.2.
pub fn num(v: f64) -> String {
    numbers::style().number_trimmed(v, 2)
}

impl Template {
    /// Checks ids, thresholds and that every test exists in `library`; every problem is named.
    pub fn check(&self, library: &TestLibrary, tr: &FluentLanguageLoader) -> Result<(), String> {
        let mut problems = Vec::new();
        if self.id.trim().is_empty() {
            problems.push(fl_in!(tr, "clearance-problem-no-id"));
        }
        if self.name.trim().is_empty() {
            problems.push(fl_in!(tr, "clearance-problem-no-name"));
        }
        if self.criteria.is_empty() {
            problems.push(fl_in!(tr, "clearance-problem-no-criteria"));
        }
        let mut seen = std::collections::HashSet::new();
        for c in &self.criteria {
            let id = c.id.as_str();
            if c.id.trim().is_empty() {
                problems.push(fl_in!(tr, "clearance-problem-criterion-no-id", label = c.label.as_str()));
            } else if !seen.insert(id) {
                problems.push(fl_in!(tr, "clearance-problem-criterion-twice", criterion = id));
            }
            if c.label.trim().is_empty() {
                problems.push(fl_in!(tr, "clearance-problem-criterion-no-label", criterion = id));
            }
            if c.source.trim().is_empty() {
                problems.push(fl_in!(tr, "clearance-problem-criterion-no-source", criterion = id));
            }
            for test in c.rule.tests() {
                if library.test(test).is_none() {
                    problems.push(fl_in!(tr, "clearance-problem-criterion-no-test", criterion = id, test = test));
                }
            }
            if let Some(p) = c.rule.problem(tr) {
                problems.push(fl_in!(tr, "clearance-problem-criterion-rule", criterion = id, problem = p));
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(join_semicolon(problems, tr)) }
    }

    /// Whether this is one of the built-in templates as shipped (a clinic's copy never is).
    pub fn is_builtin(&self) -> bool {
        BUILTIN_TEMPLATES.iter().any(|t| t == self)
    }

    /// The name as shown: a built-in template's in the language of `tr`, a clinic's own as
    /// the clinic wrote it.
    pub fn name_text(&self, tr: &FluentLanguageLoader) -> String {
        if self.is_builtin() { builtin_text(tr, &self.id, "name", &self.name) } else { self.name.clone() }
    }

    /// The template with its words as shown (`name_text`): a built-in template's name,
    /// sources and criteria's labels in the language of `tr`, the citations in them as
    /// published; a clinic's own template as it is. What an evaluation reports, and what a
    /// clinic's copy of a built-in template starts with.
    pub fn localized(&self, tr: &FluentLanguageLoader) -> Template {
        if !self.is_builtin() {
            return self.clone();
        }
        let mut t = self.clone();
        t.name = builtin_text(tr, &self.id, "name", &self.name);
        t.source = builtin_text(tr, &self.id, "source", &self.source);
        for c in &mut t.criteria {
            let key = format!("{}-{}", self.id, c.id);
            c.label = builtin_text(tr, &key, "label", &c.label);
            c.source = builtin_text(tr, &key, "source", &c.source);
        }
        t
    }
}

/// A built-in template's words (`field` of the template or criterion `key`) in the language
/// of `tr`, from the message `clearance-<key>-<field>`; `english` where there is none (a source
/// that is only a citation). The citations in `english` ("Timmins et al. 2016") are passed to
/// the message as they are published, `$citation1`, `$citation2`, ...: never translated.
fn builtin_text(tr: &FluentLanguageLoader, key: &str, field: &str, english: &str) -> String {
    let id = crate::i18n::data_id("clearance", key, field);
    if !tr.has(&id) {
        return english.to_string();
    }
    static CITATION: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"\b(?:(?:van|von|de|der|den|da|di|du|le|la) )*\p{Lu}[\p{L}'’-]+ et al\. \d{4}")
            .expect("a valid pattern")
    });
    let args: HashMap<String, String> = CITATION
        .find_iter(english)
        .enumerate()
        .map(|(i, m)| (format!("citation{}", i + 1), m.as_str().to_string()))
        .collect();
    tr.get_args(&id, args)
}

/// The built-in templates' TOML (DOMAIN.md section 6).
const BUILTIN: [(&str, &str); 4] = [
    ("hamstring_strain.toml", include_str!("templates/hamstring_strain.toml")),
    ("hamstring_london_2023.toml", include_str!("templates/hamstring_london_2023.toml")),
    ("proximal_hamstring_tendinopathy.toml", include_str!("templates/proximal_hamstring_tendinopathy.toml")),
    ("glute_hip.toml", include_str!("templates/glute_hip.toml")),
];

/// The built-in templates, read once.
static BUILTIN_TEMPLATES: LazyLock<Vec<Template>> = LazyLock::new(|| {
    BUILTIN
        .iter()
        .map(|(file, text)| toml::from_str(text).unwrap_or_else(|e| panic!("built-in template {file}: {e}")))
        .collect()
});

/// Every template a clinic can use: the built-in defaults and the clinic's own.
#[derive(Debug, Clone, Default)]
pub struct TemplateSet {
    pub builtin: Vec<Template>,
    pub clinic: Vec<Template>,
    /// Stored clinic templates that could not be read, with the reason.
    pub problems: Vec<String>,
}

impl TemplateSet {
    /// The built-in templates (checked by the tests against the built-in test library).
    pub fn builtin() -> Vec<Template> {
        BUILTIN_TEMPLATES.clone()
    }

    /// The built-in templates and the clinic's stored ones (id, JSON); the problems of those
    /// that cannot be used in the language of `tr`.
    pub fn new(stored: &[(String, String)], library: &TestLibrary, tr: &FluentLanguageLoader) -> TemplateSet {
        let builtin = Self::builtin();
        let mut clinic = Vec::new();
        let mut problems = Vec::new();
        for (id, json) in stored {
            match serde_json::from_str::<Template>(json) {
                Ok(t) => match t.check(library, tr) {
                    Ok(()) => clinic.push(t),
                    Err(e) => problems.push(fl_in!(tr, "clearance-problem-stored", template = id.as_str(), error = e)),
                },
                Err(e) => problems.push(fl_in!(
                    tr,
                    "clearance-problem-stored-unreadable",
                    template = id.as_str(),
                    error = e.to_string()
                )),
            }
        }
        TemplateSet { builtin, clinic, problems }
    }

    /// Every template, the clinic's first.
    pub fn all(&self) -> impl Iterator<Item = &Template> {
        self.clinic.iter().chain(&self.builtin)
    }

    pub fn get(&self, id: &str) -> Option<&Template> {
        self.all().find(|t| t.id == id)
    }

    /// The template for an injury kind: the clinic's own for it if any, else the built-in one,
    /// else the first built-in (glute/hip strength for kinds without a template of their own).
    pub fn for_injury(&self, kind: Option<&str>) -> &Template {
        kind.and_then(|k| self.all().find(|t| t.for_injuries.iter().any(|i| i == k)))
            .or_else(|| self.builtin.iter().find(|t| t.id == "glute_hip"))
            .unwrap_or(&self.builtin[0])
    }

    /// A fresh id for a copy of `base`.
    pub fn copy_id(&self, base: &str) -> String {
        (1..).map(|n| format!("{base}_clinic_{n}")).find(|id| self.get(id).is_none()).unwrap_or_default()
    }
}

#[cfg(test)]
#[path = "template_tests.rs"]
mod tests;
