//! The plan of a test session: which test and side come in which order.

use crate::model::Side;
use crate::protocols::{Measure, TestDefinition};

/// One test on one side (or both at once).
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub test: TestDefinition,
    pub side: Side,
    /// Trials accepted for this step.
    pub trials: Vec<i64>,
    /// Marked "not done" by the clinician, with the reason (kept in the visit's notes).
    pub not_done: Option<String>,
}

impl Step {
    pub fn done(&self) -> bool {
        !self.trials.is_empty()
    }

    /// Recorded, or marked not done: nothing left to do for this step.
    pub fn settled(&self) -> bool {
        self.done() || self.not_done.is_some()
    }

    /// The recording's channel names for a device with `device_names`, and which of the
    /// device's channels they come from (`None`: all, in order); an error in plain words when
    /// the device cannot record this step.
    pub fn channels(&self, device_names: &[String]) -> Result<(Vec<String>, Option<Vec<usize>>), String> {
        match (self.side, device_names.len()) {
            (Side::Both, 2) => Ok((vec!["left".into(), "right".into()], None)),
            (Side::Both, _) => {
                Err("this test records both legs at once: connect a two-channel device (a Nordic rig or force plates)"
                    .into())
            }
            (_, 1) => Ok((vec!["force".into()], None)),
            (s, 2) => Ok((vec!["force".into()], Some(vec![if s == Side::Left { 0 } else { 1 }]))),
            _ => Err("this device's channels do not fit this test".into()),
        }
    }

    /// Whether a device with `device_names` can do this step (a count needs no device).
    pub fn recordable_with(&self, device_names: &[String]) -> bool {
        self.is_count() || self.channels(device_names).is_ok()
    }

    /// The line the visit's notes keep for a step marked not done.
    pub fn not_done_note(&self) -> Option<String> {
        self.not_done.as_ref().map(|reason| format!("Not done: {} ({reason}).", self.title()))
    }

    pub fn is_count(&self) -> bool {
        self.test.measure == Measure::RepsCount
    }

    /// "Isometric knee flexion 90/90, left".
    pub fn title(&self) -> String {
        match self.side {
            Side::Both => format!("{}, both legs", self.test.name),
            s => format!("{}, {s}", self.test.name),
        }
    }
}

/// The steps for `tests`: both legs at once where the test says so, else the uninjured leg
/// first (left first when no injured side is recorded).
pub fn plan(tests: &[TestDefinition], involved: Option<Side>) -> Vec<Step> {
    let order = match involved {
        Some(Side::Left) => [Side::Right, Side::Left],
        _ => [Side::Left, Side::Right],
    };
    tests
        .iter()
        .flat_map(|t| {
            let sides: Vec<Side> = if t.both_at_once() { vec![Side::Both] } else { order.to_vec() };
            sides.into_iter().map(|side| Step { test: t.clone(), side, trials: Vec::new(), not_done: None })
        })
        .collect()
}

/// Counts a visit's trials already recorded (test id, side, trial id) as done on their steps, so
/// a session taken up again (after a crash) goes on with what is left.
pub fn mark_recorded(steps: &mut [Step], recorded: &[(String, Side, i64)]) {
    for (test_id, side, id) in recorded {
        if let Some(step) = steps.iter_mut().find(|s| s.test.id == *test_id && s.side == *side) {
            step.trials.push(*id);
        }
    }
}

/// The step to go to after `current`: the next one not yet settled (wrapping around), one the
/// connected device (`device_names`) can do before one it cannot; `None` when every step is
/// settled.
pub fn next_step(steps: &[Step], current: usize, device_names: Option<&[String]>) -> Option<usize> {
    let n = steps.len();
    let open: Vec<usize> = (1..=n).map(|k| (current + k) % n).filter(|&i| !steps[i].settled()).collect();
    let doable = |i: &&usize| device_names.is_none_or(|names| steps[**i].recordable_with(names));
    open.iter().find(doable).or(open.first()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocols::TestLibrary;

    #[test]
    fn the_uninjured_leg_goes_first_and_nordic_is_one_step() {
        let lib = TestLibrary::builtin();
        let tests: Vec<TestDefinition> =
            lib.battery_tests(lib.battery("hamstring_strain").unwrap()).into_iter().cloned().collect();
        let steps = plan(&tests, Some(Side::Left));
        let titles: Vec<(String, Side)> = steps.iter().map(|s| (s.test.id.clone(), s.side)).collect();
        assert_eq!(
            titles,
            vec![
                ("knee_flexion_iso_90".into(), Side::Right),
                ("knee_flexion_iso_90".into(), Side::Left),
                ("knee_extension_iso_90".into(), Side::Right),
                ("knee_extension_iso_90".into(), Side::Left),
                ("knee_flexion_iso_30".into(), Side::Right),
                ("knee_flexion_iso_30".into(), Side::Left),
                ("nordic".into(), Side::Both),
                ("single_leg_bridge".into(), Side::Right),
                ("single_leg_bridge".into(), Side::Left),
            ]
        );
        assert_eq!(plan(&tests, None)[0].side, Side::Left);
    }

    #[test]
    fn a_one_channel_device_skips_the_nordic_and_the_end_is_reached() {
        let lib = TestLibrary::builtin();
        let tests: Vec<TestDefinition> =
            lib.battery_tests(lib.battery("hamstring_strain").unwrap()).into_iter().cloned().collect();
        let mut steps = plan(&tests, Some(Side::Left));
        let one = vec!["force".to_string()];
        let two = vec!["left".to_string(), "right".to_string()];
        let nordic = steps.iter().position(|s| s.side == Side::Both).unwrap();
        assert!(!steps[nordic].recordable_with(&one) && steps[nordic].recordable_with(&two));
        // From the step before the Nordic, a dynamometer goes on to the bridge; a rig does the Nordic.
        assert_eq!(next_step(&steps, nordic - 1, Some(&one)), Some(nordic + 1));
        assert_eq!(next_step(&steps, nordic - 1, Some(&two)), Some(nordic));
        // Everything but the Nordic done: the Nordic is offered (with its warning) until it is
        // marked not done; then nothing is left.
        for (i, s) in steps.iter_mut().enumerate() {
            if i != nordic {
                s.trials.push(i as i64);
            }
        }
        assert_eq!(next_step(&steps, 0, Some(&one)), Some(nordic));
        steps[nordic].not_done = Some("no rig at this clinic".into());
        assert_eq!(next_step(&steps, 0, Some(&one)), None);
        let mut again = plan(&tests, Some(Side::Left));
        mark_recorded(&mut again, &[("knee_flexion_iso_90".into(), Side::Right, 7), ("nordic".into(), Side::Both, 8)]);
        let done: Vec<bool> = again.iter().map(Step::done).collect();
        assert_eq!(done, vec![true, false, false, false, false, false, true, false, false]);
        assert_eq!(
            steps[nordic].not_done_note().unwrap(),
            "Not done: Nordic hamstring exercise, both legs (no rig at this clinic)."
        );
    }
}
