//! Declared methods (DOMAIN.md section 7): the facts behind a report's numbers, written once
//! from the settings in force. The CSV exports carry them as a `#` header block, the PDF as its
//! methods paragraph; both read this list, so they cannot disagree.

use crate::analysis::{ANALYSIS_VERSION, AnalysisParams, AsymmetryBands, RepThreshold, SummaryChoice};
use crate::protocols::TestLibrary;

use super::{ResultSettings, VisitResults};

/// One declared fact: a short key (`onset`, `mdc nordic`) and its statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    pub key: String,
    pub text: String,
}

fn fact(key: impl Into<String>, text: impl Into<String>) -> Method {
    Method { key: key.into(), text: text.into() }
}

fn seconds_as_ms(s: f64) -> String {
    format!("{}", (s * 1000.0).round())
}

/// The methods behind results of `test_ids` (in that order) under `settings`: the analysis
/// revision and its thresholds, the RFD windows, the summary in use, the asymmetry formula and
/// its bands, each test's rep threshold when it is not the default, and each test's MDC with
/// its source. Per-trial facts (device, sample rate, recorded or entered by hand) are columns
/// of the tables, not methods.
pub fn methods(library: &TestLibrary, settings: &ResultSettings, test_ids: &[&str]) -> Vec<Method> {
    let p = AnalysisParams::default();
    let mut out = vec![fact(
        "analysis",
        format!(
            "DOMAIN.md section 2, revision {ANALYSIS_VERSION}: each rep is measured from its own baseline, the \
             quietest {} ms before its rise (range at most max({} % of the peak, {} x its SD, {} N))",
            seconds_as_ms(p.rep_baseline_window_s),
            p.rep_baseline_range_fraction * 100.0,
            p.rep_baseline_range_noise_multiple,
            p.rep_baseline_range_floor_n
        ),
    )];
    out.push(fact("rep threshold", rep_threshold_text(&p.rep_threshold)));
    out.push(fact(
        "onset",
        format!(
            "force rises above the rep's baseline by max({} N, {} x the baseline SD)",
            p.onset_floor_n, p.onset_noise_multiple
        ),
    ));
    let windows: Vec<String> = p.rfd_windows_s.iter().map(|&w| format!("0-{}", seconds_as_ms(w))).collect();
    out.push(fact(
        "RFD",
        format!(
            "rate of force development over {} ms from onset; peak RFD over a sliding {} ms window",
            windows.join(", "),
            seconds_as_ms(p.peak_rfd_window_s)
        ),
    ));
    out.push(fact(
        "summary",
        match settings.summary {
            SummaryChoice::Best => "best (largest) peak force of the accepted reps feeds asymmetry and change",
            SummaryChoice::Mean => "mean peak force of the accepted reps feeds asymmetry and change",
        },
    ));
    out.push(fact("CV", format!("sample SD / mean x 100; inconsistent above {} %", p.inconsistent_cv_percent)));
    let f = settings.formula;
    out.push(fact("asymmetry", format!("{} ({}): {} ({})", f.label(), f.id(), f.definition(), f.source())));
    out.push(fact(
        "asymmetry bands",
        format!(
            "imbalance green below {} %, amber from {} %, red from {} %; {}",
            settings.bands.amber_from_percent,
            settings.bands.amber_from_percent,
            settings.bands.red_from_percent,
            AsymmetryBands::SOURCE_ALL_TESTS
        ),
    ));
    if test_ids.iter().any(|id| [super::hq::FLEXION, super::hq::EXTENSION].contains(id)) {
        let threshold = settings
            .hq_at_least
            .map_or_else(|| "no threshold set".to_string(), |t| format!("clinic threshold: at least {t}"));
        out.push(fact(
            "H:Q",
            format!(
                "knee flexion torque / knee extension torque at 90° per side, from the summary in use, torque = \
                 force x the trial's lever arm; {threshold} (Maniar et al. 2016; the isokinetic 0.47 of Croisier \
                 et al. 2008 does not transfer to isometric ratios)"
            ),
        ));
    }
    for id in test_ids {
        let Some(test) = library.test(id) else { continue };
        if let Some(&threshold_n) = settings.rep_threshold_n.get(*id) {
            out.push(fact(format!("rep threshold {id}"), rep_threshold_text(&RepThreshold::Fixed { threshold_n })));
        } else if let Some(threshold_n) = test.rep_threshold_n {
            out.push(fact(format!("rep threshold {id}"), rep_threshold_text(&RepThreshold::Fixed { threshold_n })));
        }
        match settings.mdc_for(test) {
            Some((mdc, source)) => out.push(fact(format!("MDC {id}"), format!("MDC95 {} ({source})", mdc.display()))),
            None => out.push(fact(format!("MDC {id}"), "no MDC: every change is shown as measured")),
        }
    }
    out
}

/// Per test of a visit: the devices its trials came from and their sample rate, and how they
/// were taken ("recorded"), for a printed report's methods.
pub fn trial_sources(visit: &VisitResults) -> Vec<Method> {
    visit
        .tests
        .iter()
        .map(|test| {
            let mut parts: Vec<String> = Vec::new();
            for side in [&test.left, &test.right].into_iter().flatten() {
                let kinds: Vec<&str> = side.instruments.iter().map(|i| i.label()).collect();
                let kind = if kinds.is_empty() { String::new() } else { format!(" ({})", kinds.join(", ")) };
                for device in &side.devices {
                    let part = match (side.sample_rate_hz, side.reps_count, side.entered_by_hand) {
                        (Some(rate), _, false) => format!("{device}{kind} at {rate} Hz, recorded"),
                        (Some(rate), _, true) => format!("{device}{kind}: recorded at {rate} Hz and entered by hand"),
                        (None, _, true) => format!("{device}{kind}, entered by hand (each rep's peak)"),
                        (None, Some(_), false) => "reps counted by the clinician".to_string(),
                        (None, None, false) => format!("{device}{kind}, recorded"),
                    };
                    if !parts.contains(&part) {
                        parts.push(part);
                    }
                }
            }
            fact(format!("device {}", test.test_id), parts.join("; "))
        })
        .collect()
}

fn rep_threshold_text(threshold: &RepThreshold) -> String {
    match *threshold {
        RepThreshold::Auto { floor_n, noise_multiple } => {
            format!("a rep starts above max({floor_n} N, {noise_multiple} x the trial's baseline SD)")
        }
        RepThreshold::Fixed { threshold_n } => format!("a rep starts above a fixed {threshold_n} N"),
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
        let text = |settings: &ResultSettings| {
            methods(&library, settings, &["nordic", "knee_flexion_iso_90"])
                .into_iter()
                .map(|m| format!("{}: {}", m.key, m.text))
                .collect::<Vec<_>>()
        };
        let default = text(&settings);
        assert!(default.iter().any(|l| l.starts_with("analysis: DOMAIN.md section 2, revision 2")), "{default:?}");
        assert!(
            default.iter().any(|l| l == "onset: force rises above the rep's baseline by max(1 N, 3 x the baseline SD)")
        );
        assert!(default.iter().any(|l| l.contains("0-50, 0-100, 0-200 ms from onset")));
        assert!(default.iter().any(|l| l.starts_with("summary: best")));
        assert!(default.iter().any(|l| l.starts_with("asymmetry: Percent difference (percent_difference)")));
        assert!(default.iter().any(|l| l.starts_with("MDC nordic: MDC95 60 N (Opar et al. 2013")), "{default:?}");
        assert!(default.iter().any(|l| l.starts_with("MDC knee_flexion_iso_90: MDC95 13 %")));

        settings.summary = SummaryChoice::Mean;
        settings.formula = AsymmetryFormula::SymmetryIndex;
        settings.mdc.insert("nordic".into(), Mdc::Newtons(45.0));
        settings.rep_threshold_n.insert("knee_flexion_iso_90".into(), 30.0);
        settings.bands.red_from_percent = 20.0;
        let changed = text(&settings);
        assert!(changed.iter().any(|l| l.starts_with("summary: mean")));
        assert!(changed.iter().any(|l| l.starts_with("asymmetry: Symmetry index (symmetry_index)")));
        assert!(changed.iter().any(|l| l == "MDC nordic: MDC95 45 N (clinic setting)"), "{changed:?}");
        assert!(changed.iter().any(|l| l == "rep threshold knee_flexion_iso_90: a rep starts above a fixed 30 N"));
        assert!(changed.iter().any(|l| l.contains("red from 20 %")));
    }

    #[test]
    fn the_paragraph_is_one_sentence_per_fact() {
        let p = paragraph(&[fact("onset", "force rises"), fact("MDC nordic", "MDC95 60 N (Opar)")]);
        assert_eq!(p, "Onset: force rises. MDC nordic: MDC95 60 N (Opar).");
    }
}
