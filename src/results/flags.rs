//! The flags of a result in plain words. A side's result carries flag ids (`SideResult::flags`):
//! the CSV flag columns and JSON keep them, as scripts read them; everything a person reads
//! words them here, in one place. The low sample rate qualifies RFD only: it is said once beside
//! the RFD values, never beside a peak force.

use crate::analysis::QualityFlag;

/// A side whose peak force CV is above the clinic's limit.
pub const INCONSISTENT: &str = "inconsistent";

/// A flag id in plain words: each quality flag's `text`, the result's own flags, and the id
/// itself for one this program does not know (a newer export read by an older program).
pub fn flag_text(id: &str) -> String {
    if let Some(flag) = QualityFlag::from_id(id) {
        return flag.text().to_string();
    }
    match id {
        INCONSISTENT => "reps inconsistent (CV above 10 %)".into(),
        super::UNMATCHED_EXCLUSION => "an excluded rep is no longer found in the recording".into(),
        other => other.replace('_', " "),
    }
}

/// Whether the flag `id` qualifies the RFD values only (so it belongs beside them).
pub fn about_rfd_only(id: &str) -> bool {
    QualityFlag::from_id(id).is_some_and(QualityFlag::about_rfd_only)
}

/// The flags of a result that qualify what a results table shows (peak force, CV, change), in
/// plain words: the ones about RFD alone are left out, as no RFD is shown there.
pub fn result_flags_text(ids: &[String]) -> Vec<String> {
    ids.iter().filter(|id| !about_rfd_only(id)).map(|id| flag_text(id)).collect()
}

/// What the RFD values of reps with these flags need said beside them, if anything.
pub fn rfd_note<'a>(ids: impl IntoIterator<Item = &'a str>) -> Option<&'static str> {
    ids.into_iter().any(about_rfd_only).then_some(QualityFlag::LowSampleRate.text())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flag_a_person_can_see_has_plain_words_without_its_id() {
        let mut ids: Vec<&str> = QualityFlag::ALL.iter().map(|f| f.id()).collect();
        ids.extend([INCONSISTENT, super::super::UNMATCHED_EXCLUSION]);
        for id in ids {
            let text = flag_text(id);
            assert!(!text.contains('_') && text != id, "{id}: {text}");
        }
        assert_eq!(flag_text("low_sample_rate"), "RFD not reliable below 200 samples/s");
    }

    #[test]
    fn the_low_sample_rate_is_said_beside_rfd_only() {
        let flags = vec!["low_sample_rate".to_string(), "clipped".to_string()];
        assert_eq!(result_flags_text(&flags), vec!["device maximum reached: the peak may be higher"]);
        assert_eq!(rfd_note(flags.iter().map(String::as_str)), Some("RFD not reliable below 200 samples/s"));
        assert_eq!(rfd_note(["clipped"]), None);
    }
}
