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
}

impl Step {
    pub fn done(&self) -> bool {
        !self.trials.is_empty()
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
            sides.into_iter().map(|side| Step { test: t.clone(), side, trials: Vec::new() })
        })
        .collect()
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
                ("knee_flexion_iso_30".into(), Side::Right),
                ("knee_flexion_iso_30".into(), Side::Left),
                ("nordic".into(), Side::Both),
                ("single_leg_bridge".into(), Side::Right),
                ("single_leg_bridge".into(), Side::Left),
            ]
        );
        assert_eq!(plan(&tests, None)[0].side, Side::Left);
    }
}
