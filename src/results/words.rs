//! Results in words a clinician reads, in the language of the loader given: an MDC's source,
//! a side, the summary in use, a count of reps, a change's verdict.

use i18n_embed::fluent::FluentLanguageLoader;

use super::CLINIC_SETTING;
use crate::analysis::{ChangeVerdict, SummaryChoice};
use crate::model::Side;
use crate::protocols::TestDefinition;

/// Where an MDC of `test` comes from ([`ResultSettings::mdc_for`]), as a person reads it: the
/// clinic's own setting in words, a built-in test's published default in `tr`'s language (the
/// citation and its figures as published, [`TestDefinition::shown_mdc_source`]), any other
/// source (a clinic's own test's, or a test no longer in the library) as written.
pub fn mdc_source_text(tr: &FluentLanguageLoader, test: Option<&TestDefinition>, source: &str) -> String {
    if source == CLINIC_SETTING {
        return crate::fl_in!(tr, "results-mdc-clinic-setting");
    }
    match test {
        Some(t) if t.mdc.as_ref().is_some_and(|d| d.source == source) => t.shown_mdc_source(tr),
        _ => source.to_string(),
    }
}

/// A side as a word beside values and in charts' keys: "left", "right", "both" ([`Side::label`]).
pub fn side_word(tr: &FluentLanguageLoader, side: Side) -> String {
    side.label(tr)
}

/// The summary of a side's reps in use, as a word: "best", "mean".
pub fn summary_word(tr: &FluentLanguageLoader, summary: SummaryChoice) -> String {
    match summary {
        SummaryChoice::Best => crate::fl_in!(tr, "results-summary-best"),
        SummaryChoice::Mean => crate::fl_in!(tr, "results-summary-mean"),
    }
}

/// A count of reps: "12 reps".
pub fn reps_text(tr: &FluentLanguageLoader, reps: f64) -> String {
    crate::fl_in!(tr, "results-reps", reps = reps_count(reps))
}

/// A count as the integer a plural is chosen by (a count of reps is whole).
pub(super) fn reps_count(reps: f64) -> i64 {
    if reps.is_finite() { reps.round() as i64 } else { 0 }
}

/// Whether a change is real, in words: "improved", "within measurement error", ...
pub fn verdict_text(tr: &FluentLanguageLoader, verdict: ChangeVerdict) -> String {
    match verdict {
        ChangeVerdict::Improved => crate::fl_in!(tr, "results-verdict-improved"),
        ChangeVerdict::Declined => crate::fl_in!(tr, "results-verdict-declined"),
        ChangeVerdict::WithinError => crate::fl_in!(tr, "results-verdict-within-error"),
        ChangeVerdict::NoMdc => crate::fl_in!(tr, "results-verdict-no-mdc"),
        ChangeVerdict::NotComparable => crate::fl_in!(tr, "results-verdict-not-comparable"),
    }
}
