//! The flags of a result in plain words. A side's result carries flag ids (`SideResult::flags`):
//! the CSV flag columns and JSON keep them, as scripts read them; everything a person reads
//! words them here, in one place. The low sample rate qualifies RFD only: it is said once beside
//! the RFD values, never beside a peak force.

use i18n_embed::fluent::FluentLanguageLoader;

use crate::analysis::QualityFlag;
use crate::i18n::numbers::NumberStyle;

/// A side whose peak force CV is above the clinic's limit.
pub const INCONSISTENT: &str = "inconsistent";

/// A quality flag in plain words, in `tr`'s language (the English is the flag's own `text`).
fn quality_text(tr: &FluentLanguageLoader, flag: QualityFlag) -> String {
    match flag {
        QualityFlag::NoisyBaseline => crate::fl_in!(tr, "flag-noisy-baseline"),
        QualityFlag::NotSustained => crate::fl_in!(tr, "flag-not-sustained"),
        QualityFlag::Clipped => crate::fl_in!(tr, "flag-clipped"),
        QualityFlag::PoorFit => crate::fl_in!(tr, "flag-poor-fit"),
        QualityFlag::FitFailed => crate::fl_in!(tr, "flag-fit-failed"),
        QualityFlag::BaselineFromTrialStart => crate::fl_in!(tr, "flag-baseline-from-trial-start"),
        QualityFlag::LowSampleRate => crate::fl_in!(tr, "flag-low-sample-rate"),
    }
}

/// A flag id in plain words: each quality flag's text, the result's own flags, and the id
/// itself for one this program does not know (a newer export read by an older program).
pub fn flag_text(tr: &FluentLanguageLoader, id: &str) -> String {
    if let Some(flag) = QualityFlag::from_id(id) {
        return quality_text(tr, flag);
    }
    match id {
        INCONSISTENT => crate::fl_in!(tr, "flag-inconsistent"),
        super::UNMATCHED_EXCLUSION => crate::fl_in!(tr, "flag-excluded-rep-not-found"),
        other => other.replace('_', " "),
    }
}

/// What a quality flag means, in `tr`'s language and `style` (the English is the flag's own
/// `explanation`): for tooltips beside the flag's words.
pub fn flag_explanation(tr: &FluentLanguageLoader, style: &NumberStyle, flag: QualityFlag) -> String {
    match flag {
        QualityFlag::NoisyBaseline => crate::fl_in!(tr, "flag-explain-noisy-baseline"),
        QualityFlag::NotSustained => crate::fl_in!(tr, "flag-explain-not-sustained"),
        QualityFlag::Clipped => crate::fl_in!(tr, "flag-explain-clipped"),
        QualityFlag::PoorFit => crate::fl_in!(tr, "flag-explain-poor-fit"),
        QualityFlag::FitFailed => crate::fl_in!(tr, "flag-explain-fit-failed"),
        QualityFlag::BaselineFromTrialStart => {
            crate::fl_in!(tr, "flag-explain-baseline-from-trial-start", window = style.number(0.5, 1))
        }
        QualityFlag::LowSampleRate => crate::fl_in!(tr, "flag-explain-low-sample-rate"),
    }
}

/// Whether the flag `id` qualifies the RFD values only (so it belongs beside them).
pub fn about_rfd_only(id: &str) -> bool {
    QualityFlag::from_id(id).is_some_and(QualityFlag::about_rfd_only)
}

/// The flags of a result that qualify what a results table shows (peak force, CV, change), in
/// plain words: the ones about RFD alone are left out, as no RFD is shown there.
pub fn result_flags_text(tr: &FluentLanguageLoader, ids: &[String]) -> Vec<String> {
    ids.iter().filter(|id| !about_rfd_only(id)).map(|id| flag_text(tr, id)).collect()
}

/// What the RFD values of reps with these flags need said beside them, if anything.
pub fn rfd_note<'a>(tr: &FluentLanguageLoader, ids: impl IntoIterator<Item = &'a str>) -> Option<String> {
    ids.into_iter().any(about_rfd_only).then(|| quality_text(tr, QualityFlag::LowSampleRate))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, UiLanguage, loader_for};

    #[test]
    fn every_flag_a_person_can_see_has_plain_words_without_its_id() {
        let en = &loader_for(UiLanguage::Shipped(Language::English));
        let flag_text = |id| flag_text(en, id);
        let mut ids: Vec<&str> = QualityFlag::ALL.iter().map(|f| f.id()).collect();
        ids.extend([INCONSISTENT, super::super::UNMATCHED_EXCLUSION]);
        for id in ids {
            let text = flag_text(id);
            assert!(!text.contains('_') && text != id, "{id}: {text}");
        }
        assert_eq!(flag_text("low_sample_rate"), "RFD not reliable below 200 samples/s");
        // The catalogue's English is the flags' own (the command line prints those).
        for flag in QualityFlag::ALL {
            assert_eq!(flag_text(flag.id()), flag.text());
            assert_eq!(flag_explanation(en, &NumberStyle::default(), flag), flag.explanation());
        }
    }

    #[test]
    fn the_low_sample_rate_is_said_beside_rfd_only() {
        let en = &loader_for(UiLanguage::Shipped(Language::English));
        let flags = vec!["low_sample_rate".to_string(), "clipped".to_string()];
        assert_eq!(result_flags_text(en, &flags), vec!["device maximum reached: the peak may be higher"]);
        assert_eq!(
            rfd_note(en, flags.iter().map(String::as_str)).as_deref(),
            Some("RFD not reliable below 200 samples/s")
        );
        assert_eq!(rfd_note(en, ["clipped"]), None);
    }
}
