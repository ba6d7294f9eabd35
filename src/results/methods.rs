//! Declared methods: the facts behind a report's numbers, written once from the settings in
//! force, in the words of a clinical methods section (test and device names, the report's unit,
//! no ids). The CSV exports carry them as a `#` header block, the PDF as its methods paragraph and
//! the report CSV as its method rows; all read this list, so they cannot disagree.

use i18n_embed::fluent::FluentLanguageLoader;

use crate::analysis::{ANALYSIS_VERSION, AnalysisParams, Mdc, RepThreshold, SummaryChoice};
use crate::fl_in;
use crate::i18n::numbers::NumberStyle;
use crate::model::ForceUnit;
use crate::protocols::TestLibrary;

use super::{ResultSettings, VisitResults};

/// One declared fact: a short key (`onset`, `MDC95`: an id, the same in every language), the
/// label a reader sees before it ("Onset"), and its statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    pub key: String,
    pub label: String,
    pub text: String,
}

/// The key of the RFD fact: a printed report that shows no RFD leaves it out.
pub const RFD_KEY: &str = "RFD";

/// The key of the fact naming what was left out of the results (damaged trials, unreadable rows).
pub const LEFT_OUT_KEY: &str = "left out";

/// A fact under `key`, labelled in the loader's language.
pub fn fact(loader: &FluentLanguageLoader, key: &str, text: impl Into<String>) -> Method {
    let label = match key {
        "analysis" => fl_in!(loader, "methods-label-analysis"),
        "reps" => fl_in!(loader, "methods-label-reps"),
        "onset" => fl_in!(loader, "methods-label-onset"),
        RFD_KEY => fl_in!(loader, "methods-label-rfd"),
        "result" => fl_in!(loader, "methods-label-result"),
        "asymmetry" => fl_in!(loader, "methods-label-asymmetry"),
        "LSI" => fl_in!(loader, "methods-label-lsi"),
        "H:Q" => fl_in!(loader, "methods-label-hq"),
        "MDC95" => fl_in!(loader, "methods-label-mdc"),
        "devices" => fl_in!(loader, "methods-label-devices"),
        LEFT_OUT_KEY => fl_in!(loader, "methods-label-left-out"),
        other => capitalised(other),
    };
    Method { key: key.to_string(), label, text: text.into() }
}

fn seconds_as_ms(s: f64) -> String {
    format!("{}", (s * 1000.0).round())
}

/// A force in newtons as text in `unit`, in `style`: "270 N", "27,5 kgf".
pub fn force_text(style: &NumberStyle, unit: ForceUnit, force_n: f64) -> String {
    unit.format(style, force_n)
}

/// A sample rate as a person reads it: "80 Hz", "1000 Hz", "2.5 Hz" (never "100.0000000000199 Hz").
pub fn sample_rate_text(loader: &FluentLanguageLoader, style: &NumberStyle, hz: f64) -> String {
    if !hz.is_finite() || hz <= 0.0 {
        fl_in!(loader, "methods-unknown-rate")
    } else if hz >= 10.0 {
        fl_in!(loader, "methods-sample-rate", rate = style.number(hz, 0))
    } else {
        fl_in!(loader, "methods-sample-rate", rate = style.number_trimmed(hz, 1))
    }
}

/// A citation without the detail in brackets after it: "Opar et al. 2013".
fn citation(source: &str) -> &str {
    source.split(" (").next().unwrap_or(source).trim()
}

/// Items joined as a person lists them: "a", "a and b", "a, b and c".
pub fn listed(loader: &FluentLanguageLoader, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => fl_in!(loader, "methods-list-and", rest = rest.join(", "), last = last.as_str()),
    }
}

/// A test's name in the loader's language: a built-in test's from the catalogue, a clinic's own
/// in its own words.
fn test_name(loader: &FluentLanguageLoader, library: &TestLibrary, id: &str) -> String {
    match library.test(id) {
        Some(t) => crate::i18n::data_text(loader, &crate::i18n::data_id("test", id, "name"), &t.name),
        None => id.replace('_', " "),
    }
}

/// The methods behind results of `test_ids` under `settings`, forces in `unit`, in the
/// language of `loader` with numbers in `style`: the analysis revision and its thresholds, the
/// RFD windows, the summary in use, the asymmetry formula and its bands, the LSI, H:Q when a
/// knee test is there, each test's rep threshold when it is not the default, and the tests'
/// MDCs with their sources. Per-trial facts (device, sample rate, recorded or entered by hand)
/// are `trial_sources` and columns of the tables.
pub fn methods(
    loader: &FluentLanguageLoader,
    style: &NumberStyle,
    library: &TestLibrary,
    settings: &ResultSettings,
    test_ids: &[&str],
    unit: ForceUnit,
) -> Vec<Method> {
    let p = AnalysisParams::default();
    let force = |n: f64| force_text(style, unit, n);
    let name = |id: &str| test_name(loader, library, id);
    let mut out = vec![fact(
        loader,
        "analysis",
        fl_in!(
            loader,
            "methods-analysis",
            revision = ANALYSIS_VERSION.to_string(),
            window = seconds_as_ms(p.rep_baseline_window_s)
        ),
    )];
    let mut fixed: Vec<String> = Vec::new();
    for id in test_ids {
        let Some(test) = library.test(id) else { continue };
        if let Some(&threshold_n) = settings.rep_threshold_n.get(*id).or(test.rep_threshold_n.as_ref()) {
            fixed.push(fl_in!(loader, "methods-threshold-for-test", threshold = force(threshold_n), test = name(id)));
        }
    }
    let mut reps = rep_threshold_text(loader, style, &p.rep_threshold, unit);
    if !fixed.is_empty() {
        reps = fl_in!(loader, "methods-reps-with-fixed", rule = reps, fixed = fixed.join(", "));
    }
    out.push(fact(loader, "reps", reps));
    out.push(fact(
        loader,
        "onset",
        fl_in!(
            loader,
            "methods-onset",
            floor = force(p.onset_floor_n),
            multiple = style.number_trimmed(p.onset_noise_multiple, 2)
        ),
    ));
    let windows: Vec<String> = p.rfd_windows_s.iter().map(|&w| format!("0-{}", seconds_as_ms(w))).collect();
    out.push(fact(
        loader,
        RFD_KEY,
        fl_in!(
            loader,
            "methods-rfd",
            windows = listed(loader, &windows),
            peak = seconds_as_ms(p.peak_rfd_window_s),
            low_rate = super::flags::flag_text(loader, crate::analysis::QualityFlag::LowSampleRate.id())
        ),
    ));
    out.push(fact(
        loader,
        "result",
        fl_in!(
            loader,
            "methods-result",
            summary = match settings.summary {
                SummaryChoice::Best => "best",
                SummaryChoice::Mean => "mean",
            },
            cv = style.number_trimmed(p.inconsistent_cv_percent, 2)
        ),
    ));
    let f = settings.formula;
    out.push(fact(
        loader,
        "asymmetry",
        fl_in!(
            loader,
            "methods-asymmetry",
            formula = f.label(loader),
            definition = f.definition(loader, style),
            formula_source = f.source(loader),
            amber = style.number_trimmed(settings.bands.amber_from_percent, 2),
            red = style.number_trimmed(settings.bands.red_from_percent, 2),
            source = crate::analysis::AsymmetryBands::CITATION
        ),
    ));
    out.push(fact(loader, "LSI", fl_in!(loader, "methods-lsi")));
    if test_ids.iter().any(|id| [super::hq::FLEXION, super::hq::EXTENSION].contains(id)) {
        out.push(fact(
            loader,
            "H:Q",
            fl_in!(
                loader,
                "methods-hq",
                threshold = hq_threshold_text(loader, style, settings.hq_at_least, None),
                source = "Maniar et al. 2016",
                other_value = style.number(0.47, 2),
                other_source = "Croisier et al. 2008"
            ),
        ));
    }
    // MDCs: tests with the same MDC and source together.
    let mut with: Vec<((String, String), Vec<String>)> = Vec::new();
    let mut without: Vec<String> = Vec::new();
    for id in test_ids {
        let Some(test) = library.test(id) else { continue };
        match settings.mdc_for(test) {
            Some((mdc, source)) => {
                // Only the citation (authors, year) of a published source, which no language
                // translates: cut from the source as published, not from its translation.
                let key =
                    (mdc_text(loader, style, &mdc, unit), super::mdc_source_text(loader, None, citation(&source)));
                match with.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, tests)) => tests.push(name(id)),
                    None => with.push((key, vec![name(id)])),
                }
            }
            None => without.push(name(id)),
        }
    }
    let mut mdc: Vec<String> = with
        .into_iter()
        .map(|((value, source), tests)| {
            fl_in!(loader, "methods-mdc-for-tests", value = value, tests = listed(loader, &tests), source = source)
        })
        .collect();
    if !without.is_empty() {
        mdc.push(fl_in!(loader, "methods-mdc-none-for-tests", tests = listed(loader, &without)));
    }
    if !mdc.is_empty() {
        out.push(fact(loader, "MDC95", fl_in!(loader, "methods-mdc", list = mdc.join("; "))));
    }
    out
}

/// The clinic's lowest acceptable H:Q as words: "clinic threshold at least 0.6", or that none
/// is set; `decimals` fixes its decimals (else as many as it has).
pub fn hq_threshold_text(
    loader: &FluentLanguageLoader,
    style: &NumberStyle,
    at_least: Option<f64>,
    decimals: Option<usize>,
) -> String {
    match at_least {
        None => fl_in!(loader, "methods-hq-no-threshold"),
        Some(t) => {
            let value = match decimals {
                Some(d) => style.number(t, d),
                None => style.number_trimmed(t, 6),
            };
            fl_in!(loader, "methods-hq-threshold", value = value)
        }
    }
}

fn mdc_text(loader: &FluentLanguageLoader, style: &NumberStyle, mdc: &Mdc, unit: ForceUnit) -> String {
    match mdc {
        Mdc::Percent(p) => fl_in!(loader, "methods-mdc-percent", value = style.number(*p, 0)),
        Mdc::Newtons(n) => force_text(style, unit, *n),
    }
}

/// The devices of a visit's tests and their sample rates, and how results were taken (recorded,
/// entered by hand, counted), for a printed report's methods: one fact, each device once with
/// the tests it measured. `device_name` turns a stored device (a profile id for recordings made
/// in the app) into the name a person knows.
pub fn trial_sources(
    loader: &FluentLanguageLoader,
    style: &NumberStyle,
    visit: &VisitResults,
    device_name: &dyn Fn(&str) -> String,
) -> Vec<Method> {
    let counted = fl_in!(loader, "methods-reps-counted");
    let mut by_source: Vec<(String, Vec<String>)> = Vec::new();
    for test in &visit.tests {
        let test_name =
            crate::i18n::data_text(loader, &crate::i18n::data_id("test", &test.test_id, "name"), &test.test_name);
        for side in [&test.left, &test.right].into_iter().flatten() {
            let kinds: Vec<String> = side.instruments.iter().map(|i| i.label(loader)).collect();
            let mut sources: Vec<String> = Vec::new();
            for device in &side.devices {
                let mut about: Vec<String> = kinds.clone();
                let name = device_name(device);
                let described = |about: &[String]| {
                    if about.is_empty() {
                        name.clone()
                    } else {
                        fl_in!(loader, "methods-device-about", device = name.as_str(), about = about.join(", "))
                    }
                };
                let source = match (side.sample_rate_hz, side.reps_count, side.entered_by_hand) {
                    (Some(rate), _, entered) => {
                        about.push(sample_rate_text(loader, style, rate));
                        let device = described(&about);
                        if entered {
                            fl_in!(loader, "methods-device-recorded-and-entered", device = device)
                        } else {
                            device
                        }
                    }
                    (None, _, true) => {
                        fl_in!(loader, "methods-device-entered-by-hand", device = described(&about))
                    }
                    (None, Some(_), false) => {
                        sources.push(counted.clone());
                        continue;
                    }
                    (None, None, false) => described(&about),
                };
                sources.push(source);
            }
            if side.devices.is_empty() && side.reps_count.is_some() {
                sources.push(counted.clone());
            }
            for source in sources {
                match by_source.iter_mut().find(|(s, _)| *s == source) {
                    Some((_, tests)) => {
                        if !tests.contains(&test_name) {
                            tests.push(test_name.clone());
                        }
                    }
                    None => by_source.push((source, vec![test_name.clone()])),
                }
            }
        }
    }
    if by_source.is_empty() {
        return Vec::new();
    }
    let parts: Vec<String> = by_source
        .into_iter()
        .map(|(source, tests)| {
            fl_in!(loader, "methods-source-for-tests", source = source, tests = listed(loader, &tests))
        })
        .collect();
    vec![fact(loader, "devices", parts.join("; "))]
}

fn rep_threshold_text(
    loader: &FluentLanguageLoader,
    style: &NumberStyle,
    threshold: &RepThreshold,
    unit: ForceUnit,
) -> String {
    match *threshold {
        RepThreshold::Auto { floor_n, noise_multiple } => fl_in!(
            loader,
            "methods-reps-auto",
            floor = force_text(style, unit, floor_n),
            multiple = style.number_trimmed(noise_multiple, 2)
        ),
        RepThreshold::Fixed { threshold_n } => {
            fl_in!(loader, "methods-reps-fixed", threshold = force_text(style, unit, threshold_n))
        }
    }
}

/// The methods as one paragraph for a printed report: one sentence per fact.
pub fn paragraph(loader: &FluentLanguageLoader, methods: &[Method]) -> String {
    let sentences: Vec<String> = methods
        .iter()
        .map(|m| fl_in!(loader, "methods-sentence", label = m.label.as_str(), text = m.text.as_str()))
        .collect();
    sentences.join(" ")
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{AsymmetryFormula, Mdc};
    use crate::i18n::{Language, loader_for};

    fn english() -> FluentLanguageLoader {
        loader_for(Language::English.into())
    }

    #[test]
    fn the_methods_follow_the_settings_in_force() {
        let library = TestLibrary::builtin();
        let mut settings = ResultSettings::default();
        let en = english();
        let text = |settings: &ResultSettings, unit: ForceUnit| {
            methods(
                &en,
                &NumberStyle::default(),
                &library,
                settings,
                &["nordic", "knee_flexion_iso_90", "knee_extension_iso_90"],
                unit,
            )
            .into_iter()
            .map(|m| format!("{}: {}", m.key, m.text))
            .collect::<Vec<_>>()
        };
        let default = text(&settings, ForceUnit::Newton);
        assert!(
            default
                .iter()
                .any(|l| l.starts_with("analysis: force-time curves analysed by ForceTrack (analysis revision 2)")),
            "{default:?}"
        );
        assert!(
            default
                .iter()
                .any(|l| l == "onset: force more than max(1 N, 3 × the baseline SD) above the rep's baseline"),
            "{default:?}"
        );
        assert!(default.iter().any(|l| l.contains("0-50, 0-100 and 0-200 ms from onset")));
        assert!(default.iter().any(|l| l.ends_with("RFD not reliable below 200 samples/s")));
        assert!(default.iter().any(|l| l.starts_with("result: the best (largest) peak force")));
        assert!(default.iter().any(|l| l.starts_with("asymmetry: Percent difference, (stronger")));
        let mdc = default.iter().find(|l| l.starts_with("MDC95: ")).unwrap();
        assert!(mdc.contains("60 N for Nordic hamstring exercise (Opar et al. 2013)"), "{mdc}");
        assert!(
            mdc.contains("13 % of the previous result for Isometric knee flexion 90/90 (Wollin et al. 2016)"),
            "{mdc}"
        );
        assert!(mdc.contains("none for Isometric knee extension 90/90"), "{mdc}");
        // In the report's unit: an MDC of 60 N reads 6.1 kgf, the rep threshold 2.0 kgf.
        let kgf = text(&settings, ForceUnit::KilogramForce);
        assert!(kgf.iter().any(|l| l.contains("6.1 kgf for Nordic hamstring exercise")), "{kgf:?}");
        assert!(kgf.iter().any(|l| l.contains("max(2.0 kgf,")), "{kgf:?}");
        assert!(!kgf.iter().any(|l| l.contains(" N ") || l.contains(" N,") || l.contains(" N)")), "{kgf:?}");

        settings.summary = SummaryChoice::Mean;
        settings.formula = AsymmetryFormula::SymmetryIndex;
        settings.mdc.insert("nordic".into(), Mdc::Newtons(45.0));
        settings.rep_threshold_n.insert("knee_flexion_iso_90".into(), 30.0);
        settings.bands.red_from_percent = 20.0;
        let changed = text(&settings, ForceUnit::Newton);
        assert!(changed.iter().any(|l| l.starts_with("result: the mean peak force")));
        assert!(changed.iter().any(|l| l.starts_with("asymmetry: Symmetry index")));
        assert!(
            changed.iter().any(|l| l.contains("45 N for Nordic hamstring exercise (clinic setting)")),
            "{changed:?}"
        );
        assert!(changed.iter().any(|l| l.contains("(a fixed 30 N for Isometric knee flexion 90/90)")), "{changed:?}");
        assert!(changed.iter().any(|l| l.contains("red from 20 %")));
        for line in default.iter().chain(&changed) {
            for id in ["nordic ", "knee_", "percent_difference", "symmetry_index", "DOMAIN"] {
                assert!(!line.contains(id), "{id} in {line}");
            }
        }
    }

    #[test]
    fn sample_rates_read_as_a_person_writes_them() {
        let (en, style) = (english(), NumberStyle::default());
        assert_eq!(sample_rate_text(&en, &style, 100.0000000000199), "100 Hz");
        assert_eq!(sample_rate_text(&en, &style, 79.99), "80 Hz");
        assert_eq!(sample_rate_text(&en, &style, 2.5), "2.5 Hz");
        for nonsense in [f64::NAN, f64::INFINITY, 0.0, -80.0] {
            assert_eq!(sample_rate_text(&en, &style, nonsense), "an unknown rate");
        }
    }

    #[test]
    fn the_paragraph_is_one_sentence_per_fact() {
        let en = english();
        let p = paragraph(&en, &[fact(&en, "onset", "force rises"), fact(&en, "MDC nordic", "MDC95 60 N (Opar)")]);
        assert_eq!(p, "Onset: force rises. MDC nordic: MDC95 60 N (Opar).");
    }
}
