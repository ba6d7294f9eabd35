//! Declared methods: the facts behind a report's numbers, written once from the settings in
//! force, in the words of a clinical methods section (test and device names, the report's unit,
//! no ids). The CSV exports carry them as a `#` header block, the PDF as its methods paragraph and
//! the report CSV as its method rows; all read this list, so they cannot disagree.

use crate::analysis::{ANALYSIS_VERSION, AnalysisParams, Mdc, RepThreshold, SummaryChoice};
use crate::model::ForceUnit;
use crate::protocols::TestLibrary;

use super::{ResultSettings, VisitResults};

/// One declared fact: a short key (`onset`, `MDC95`) and its statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    pub key: String,
    pub text: String,
}

/// The key of the RFD fact: a printed report that shows no RFD leaves it out.
pub const RFD_KEY: &str = "RFD";

fn fact(key: impl Into<String>, text: impl Into<String>) -> Method {
    Method { key: key.into(), text: text.into() }
}

fn seconds_as_ms(s: f64) -> String {
    format!("{}", (s * 1000.0).round())
}

/// A sample rate as a person reads it: "80 Hz", "1000 Hz", "2.5 Hz" (never "100.0000000000199 Hz").
pub fn sample_rate_text(hz: f64) -> String {
    if !hz.is_finite() || hz <= 0.0 {
        "an unknown rate".into()
    } else if hz >= 10.0 {
        format!("{hz:.0} Hz")
    } else {
        format!("{} Hz", (hz * 10.0).round() / 10.0)
    }
}

/// A citation without the detail in brackets after it: "Opar et al. 2013".
fn citation(source: &str) -> &str {
    source.split(" (").next().unwrap_or(source).trim()
}

/// Items joined as a person lists them: "a", "a and b", "a, b and c".
fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The methods behind results of `test_ids` under `settings`, forces in `unit`: the analysis
/// revision and its thresholds, the RFD windows, the summary in use, the asymmetry formula and
/// its bands, the LSI, H:Q when a knee test is there, each test's rep threshold when it is not
/// the default, and the tests' MDCs with their sources. Per-trial facts (device, sample rate,
/// recorded or entered by hand) are `trial_sources` and columns of the tables.
pub fn methods(library: &TestLibrary, settings: &ResultSettings, test_ids: &[&str], unit: ForceUnit) -> Vec<Method> {
    let p = AnalysisParams::default();
    let name = |id: &str| library.test(id).map_or_else(|| id.replace('_', " "), |t| t.name.clone());
    let mut out = vec![fact(
        "analysis",
        format!(
            "force-time curves analysed by ForceTrack (analysis revision {ANALYSIS_VERSION}); each rep is measured \
             from its own baseline, the quietest {} ms before its rise",
            seconds_as_ms(p.rep_baseline_window_s)
        ),
    )];
    let mut fixed: Vec<String> = Vec::new();
    for id in test_ids {
        let Some(test) = library.test(id) else { continue };
        if let Some(&threshold_n) = settings.rep_threshold_n.get(*id).or(test.rep_threshold_n.as_ref()) {
            fixed.push(format!("{} for {}", unit.format(threshold_n), name(id)));
        }
    }
    let mut reps = rep_threshold_text(&p.rep_threshold, unit);
    if !fixed.is_empty() {
        reps += &format!(" (a fixed {})", fixed.join(", "));
    }
    out.push(fact("reps", reps));
    out.push(fact(
        "onset",
        format!(
            "force more than max({}, {} × the baseline SD) above the rep's baseline",
            unit.format(p.onset_floor_n),
            p.onset_noise_multiple
        ),
    ));
    let windows: Vec<String> = p.rfd_windows_s.iter().map(|&w| format!("0-{}", seconds_as_ms(w))).collect();
    out.push(fact(
        RFD_KEY,
        format!(
            "rate of force development over {} ms from onset, peak RFD over a sliding {} ms window; {}",
            listed(&windows),
            seconds_as_ms(p.peak_rfd_window_s),
            crate::analysis::QualityFlag::LowSampleRate.text()
        ),
    ));
    out.push(fact(
        "result",
        format!(
            "the {} peak force of the accepted reps per side feeds asymmetry and change; CV = SD / mean × 100, \
             reps inconsistent above {} %",
            match settings.summary {
                SummaryChoice::Best => "best (largest)",
                SummaryChoice::Mean => "mean",
            },
            p.inconsistent_cv_percent
        ),
    ));
    let f = settings.formula;
    out.push(fact(
        "asymmetry",
        format!(
            "{}, {} ({}); green below {} %, amber from {} %, red from {} % imbalance (Bourne et al. 2015, published \
             for the Nordic only; a convention for other tests)",
            f.label(),
            f.definition(),
            f.source(),
            settings.bands.amber_from_percent,
            settings.bands.amber_from_percent,
            settings.bands.red_from_percent,
        ),
    ));
    out.push(fact("LSI", "involved / uninvolved side × 100 (weaker / stronger without an injured side)"));
    if test_ids.iter().any(|id| [super::hq::FLEXION, super::hq::EXTENSION].contains(id)) {
        let threshold = settings
            .hq_at_least
            .map_or_else(|| "no threshold set".to_string(), |t| format!("clinic threshold at least {t}"));
        out.push(fact(
            "H:Q",
            format!(
                "knee flexion / knee extension torque at 90° per side (force × lever arm); {threshold} (Maniar et al. \
                 2016; the isokinetic 0.47 of Croisier et al. 2008 does not transfer to isometric ratios)"
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
                let key = (mdc_text(&mdc, unit), citation(&source).to_string());
                match with.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, tests)) => tests.push(name(id)),
                    None => with.push((key, vec![name(id)])),
                }
            }
            None => without.push(name(id)),
        }
    }
    let mut mdc: Vec<String> =
        with.into_iter().map(|((value, source), tests)| format!("{value} for {} ({source})", listed(&tests))).collect();
    if !without.is_empty() {
        mdc.push(format!("none for {}, whose changes are shown as measured", listed(&without)));
    }
    if !mdc.is_empty() {
        out.push(fact(
            "MDC95",
            format!("the minimal detectable change; a smaller change is within measurement error: {}", mdc.join("; ")),
        ));
    }
    out
}

fn mdc_text(mdc: &Mdc, unit: ForceUnit) -> String {
    match mdc {
        Mdc::Percent(p) => format!("{p:.0} % of the previous result"),
        Mdc::Newtons(_) => mdc.display_in(unit),
    }
}

/// The devices of a visit's tests and their sample rates, and how results were taken (recorded,
/// entered by hand, counted), for a printed report's methods: one fact, each device once with
/// the tests it measured. `device_name` turns a stored device (a profile id for recordings made
/// in the app) into the name a person knows.
pub fn trial_sources(visit: &VisitResults, device_name: &dyn Fn(&str) -> String) -> Vec<Method> {
    let mut by_source: Vec<(String, Vec<String>)> = Vec::new();
    for test in &visit.tests {
        for side in [&test.left, &test.right].into_iter().flatten() {
            let kinds: Vec<&str> = side.instruments.iter().map(|i| i.label()).collect();
            let mut sources: Vec<String> = Vec::new();
            for device in &side.devices {
                let mut about: Vec<String> = kinds.iter().map(|k| k.to_string()).collect();
                let how = match (side.sample_rate_hz, side.reps_count, side.entered_by_hand) {
                    (Some(rate), _, entered) => {
                        about.push(sample_rate_text(rate));
                        if entered { ", recorded and entered by hand" } else { "" }
                    }
                    (None, _, true) => ", entered by hand (each rep's peak)",
                    (None, Some(_), false) => {
                        sources.push("reps counted by the clinician".into());
                        continue;
                    }
                    (None, None, false) => "",
                };
                let about = if about.is_empty() { String::new() } else { format!(" ({})", about.join(", ")) };
                sources.push(format!("{}{about}{how}", device_name(device)));
            }
            if side.devices.is_empty() && side.reps_count.is_some() {
                sources.push("reps counted by the clinician".into());
            }
            for source in sources {
                match by_source.iter_mut().find(|(s, _)| *s == source) {
                    Some((_, tests)) => {
                        if !tests.contains(&test.test_name) {
                            tests.push(test.test_name.clone());
                        }
                    }
                    None => by_source.push((source, vec![test.test_name.clone()])),
                }
            }
        }
    }
    if by_source.is_empty() {
        return Vec::new();
    }
    let parts: Vec<String> =
        by_source.into_iter().map(|(source, tests)| format!("{source} for {}", listed(&tests))).collect();
    vec![fact("devices", parts.join("; "))]
}

fn rep_threshold_text(threshold: &RepThreshold, unit: ForceUnit) -> String {
    match *threshold {
        RepThreshold::Auto { floor_n, noise_multiple } => {
            format!(
                "a rep starts when force exceeds max({}, {noise_multiple} × the trial's baseline SD)",
                unit.format(floor_n)
            )
        }
        RepThreshold::Fixed { threshold_n } => format!("a rep starts above a fixed {}", unit.format(threshold_n)),
    }
}

/// The methods as one paragraph for a printed report: one sentence per fact.
pub fn paragraph(methods: &[Method]) -> String {
    let sentences: Vec<String> = methods.iter().map(|m| format!("{}: {}.", capitalised(&m.key), m.text)).collect();
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

    #[test]
    fn the_methods_follow_the_settings_in_force() {
        let library = TestLibrary::builtin();
        let mut settings = ResultSettings::default();
        let text = |settings: &ResultSettings, unit: ForceUnit| {
            methods(&library, settings, &["nordic", "knee_flexion_iso_90", "knee_extension_iso_90"], unit)
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
        assert_eq!(sample_rate_text(100.0000000000199), "100 Hz");
        assert_eq!(sample_rate_text(79.99), "80 Hz");
        assert_eq!(sample_rate_text(2.5), "2.5 Hz");
        for nonsense in [f64::NAN, f64::INFINITY, 0.0, -80.0] {
            assert_eq!(sample_rate_text(nonsense), "an unknown rate");
        }
    }

    #[test]
    fn the_paragraph_is_one_sentence_per_fact() {
        let p = paragraph(&[fact("onset", "force rises"), fact("MDC nordic", "MDC95 60 N (Opar)")]);
        assert_eq!(p, "Onset: force rises. MDC nordic: MDC95 60 N (Opar).");
    }
}
