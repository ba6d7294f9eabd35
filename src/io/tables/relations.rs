//! What a row of an export folder implies about itself, checked before anything is imported:
//! a cell can be valid on its own (each column's setter checks that) and still contradict
//! another cell of its row or the test it names. Each check answers the column to blame and why.

use crate::model::{Side, SignOff};
use crate::protocols::{Measure, TestDefinition};

use super::TrialRow;

/// A contradiction within a row: the column to blame and why, in words.
pub type Contradiction = (&'static str, String);

/// How a trial's result was taken, from its row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Taken {
    /// From a device's samples: a trace file.
    Recorded,
    /// Each rep's peak typed in: no samples.
    Entered,
    /// A count of reps: no samples.
    Counted,
}

/// The first contradiction in a trial row, against the test it names (`None` when the test is
/// unknown: that is reported on its own): sides and channels, the test's measure and the
/// trace, an entered or counted trial without samples and a recorded one with them.
pub fn trial_contradiction(row: &TrialRow, test: Option<&TestDefinition>) -> Option<Contradiction> {
    let info = &row.info;
    let has_samples = !row.trace_file.is_empty();
    let taken = match (&info.entered, info.reps_count) {
        (Some(_), Some(_)) => {
            return Some(("reps_count", "a trial entered by hand (entered_peaks_n) has no count of reps".into()));
        }
        (Some(_), None) => Taken::Entered,
        (None, Some(_)) => Taken::Counted,
        (None, None) => Taken::Recorded,
    };
    match taken {
        Taken::Entered | Taken::Counted if has_samples => {
            let what = if taken == Taken::Entered { "entered by hand" } else { "measured by a count" };
            return Some(("trace_file", format!("a trial {what} has no samples, but the row names a trace file")));
        }
        Taken::Recorded if !has_samples => {
            return Some((
                "trace_file",
                "a recorded trial needs its samples: the row names no trace file, no entered peaks and no count".into(),
            ));
        }
        _ => {}
    }
    if let Some(test) = test {
        let counted = test.measure == Measure::RepsCount;
        if counted && taken != Taken::Counted {
            return Some(("reps_count", format!("{} is measured by a count of reps, and the row has none", test.name)));
        }
        if !counted && taken == Taken::Counted {
            return Some(("reps_count", format!("{} is measured by force, not by a count of reps", test.name)));
        }
        if info.meta.side == Side::Both && !test.both_at_once() {
            return Some(("side", format!("{} is tested one leg at a time, not both at once", test.name)));
        }
    }
    if taken == Taken::Entered && info.meta.instrument.is_none() {
        return Some((
            "instrument",
            "a trial entered by hand names the kind of instrument it was read on (handheld, fixed_frame, ...)".into(),
        ));
    }
    if taken == Taken::Recorded {
        let sides: Vec<Option<Side>> = info.channel_names.iter().map(|n| Side::of_channel(n)).collect();
        let names = info.channel_names.join(", ");
        match info.meta.side {
            Side::Both => {
                if sides.len() != 2 || !sides.contains(&Some(Side::Left)) || !sides.contains(&Some(Side::Right)) {
                    return Some((
                        "channel_names",
                        format!("a trial of both legs needs one left and one right channel; it has {names}"),
                    ));
                }
            }
            side => {
                if sides.iter().any(|s| s.is_some_and(|s| s != side)) {
                    return Some(("channel_names", format!("a {side} trial holds a channel of another side: {names}")));
                }
            }
        }
    }
    None
}

/// The first contradiction in a sign-off row: its status is an evaluation's status or the
/// clinician's override (which gives its reason), the evaluation it signed is kept as JSON (an
/// object), and the sign-off names its template and its clinician.
pub fn signoff_contradiction(s: &SignOff) -> Option<Contradiction> {
    // What `Evaluation::signoff_status` writes (and `all_pass` of older sign-offs), or the override.
    const STATUSES: [&str; 6] = ["cleared", "screened", "all_pass", "not_yet", "incomplete", SignOff::CLEARED_OVERRIDE];
    if !STATUSES.contains(&s.status.as_str()) {
        return Some(("status", format!("'{}' is not a sign-off status ({})", s.status, STATUSES.join(", "))));
    }
    if s.is_override() && s.note.trim().is_empty() {
        return Some(("note", "a clearance against the evaluation gives its reason in the note".into()));
    }
    if s.template_id.trim().is_empty() {
        return Some(("template_id", "is empty: a sign-off names the template it evaluated".into()));
    }
    match serde_json::from_str::<serde_json::Value>(&s.evaluation) {
        Ok(serde_json::Value::Object(_)) => {}
        Ok(_) => return Some(("evaluation_json", "the signed evaluation is not a JSON object".into())),
        Err(e) => return Some(("evaluation_json", format!("the signed evaluation is not JSON ({e})"))),
    }
    if let Some(why) = crate::model::validation::name_problem(&s.clinician) {
        return Some(("clinician", format!("the clinician's name {why}")));
    }
    None
}
