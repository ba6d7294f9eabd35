//! The test library (DOMAIN.md section 4): built-in tests and batteries, and clinic-defined ones.
//!
//! Everything here is data. A clinic's own tests use the same [`TestDefinition`] (stored by the
//! store as JSON) and are checked by [`TestLibrary::add_test`].

mod builtin;
mod definition;

pub use builtin::{builtin_batteries, builtin_tests};
pub use definition::{
    Battery, Contraction, CurveMetric, DeviceKind, MdcDefault, Measure, Norm, Region, SidesMode, TestDefinition,
    Threshold, ThresholdDirection,
};

/// Tests and batteries available to the clinic: the built-ins plus its own.
#[derive(Debug, Clone, PartialEq)]
pub struct TestLibrary {
    pub tests: Vec<TestDefinition>,
    pub batteries: Vec<Battery>,
}

/// Why a clinic-defined test or battery was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LibraryError {
    #[error("test id '{0}' must be lowercase letters, digits and '_'")]
    BadId(String),
    #[error("a test with id '{0}' already exists")]
    DuplicateTest(String),
    #[error("a battery with id '{0}' already exists")]
    DuplicateBattery(String),
    #[error("battery '{battery}' names an unknown test '{test}'")]
    UnknownTest { battery: String, test: String },
    #[error("test '{0}': {1}")]
    Invalid(String, &'static str),
}

impl Default for TestLibrary {
    fn default() -> Self {
        Self::builtin()
    }
}

impl TestLibrary {
    /// The built-in tests and batteries only.
    pub fn builtin() -> Self {
        TestLibrary { tests: builtin_tests(), batteries: builtin_batteries() }
    }

    pub fn test(&self, id: &str) -> Option<&TestDefinition> {
        self.tests.iter().find(|t| t.id == id)
    }

    pub fn battery(&self, id: &str) -> Option<&Battery> {
        self.batteries.iter().find(|b| b.id == id)
    }

    /// The tests of a battery, in order.
    pub fn battery_tests(&self, battery: &Battery) -> Vec<&TestDefinition> {
        battery.tests.iter().filter_map(|id| self.test(id)).collect()
    }

    /// Adds a clinic-defined test after checking it.
    pub fn add_test(&mut self, test: TestDefinition) -> Result<(), LibraryError> {
        if test.id.is_empty() || !test.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
            return Err(LibraryError::BadId(test.id));
        }
        if self.test(&test.id).is_some() {
            return Err(LibraryError::DuplicateTest(test.id));
        }
        if test.name.trim().is_empty() {
            return Err(LibraryError::Invalid(test.id, "the name is empty"));
        }
        if test.reps == 0 {
            return Err(LibraryError::Invalid(test.id, "at least one rep is needed"));
        }
        self.tests.push(test);
        Ok(())
    }

    /// Adds a clinic-defined battery; every test it names must exist.
    pub fn add_battery(&mut self, battery: Battery) -> Result<(), LibraryError> {
        if self.battery(&battery.id).is_some() {
            return Err(LibraryError::DuplicateBattery(battery.id));
        }
        if let Some(test) = battery.tests.iter().find(|t| self.test(t).is_none()) {
            return Err(LibraryError::UnknownTest { battery: battery.id.clone(), test: test.clone() });
        }
        self.batteries.push(battery);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_library_is_complete_and_consistent() {
        let lib = TestLibrary::builtin();
        let ids: Vec<&str> = lib.tests.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "nordic",
                "knee_flexion_iso_90",
                "knee_flexion_iso_30",
                "ipc_90_20",
                "hip_extension_iso",
                "hip_abduction_iso",
                "hip_adduction_iso",
                "knee_extension_iso_90",
                "knee_flexion_break",
                "single_leg_bridge"
            ]
        );
        for battery in &lib.batteries {
            assert_eq!(lib.battery_tests(battery).len(), battery.tests.len(), "{}", battery.id);
        }
        assert_eq!(
            lib.battery("hamstring_strain").unwrap().tests,
            ["knee_flexion_iso_90", "knee_extension_iso_90", "knee_flexion_iso_30", "nordic", "single_leg_bridge"]
        );
        assert_eq!(lib.test("nordic").unwrap().mdc.as_ref().unwrap().mdc, crate::analysis::Mdc::Newtons(60.0));
        for test in &lib.tests {
            if let Some(mdc) = &test.mdc {
                assert!(!mdc.source.is_empty());
            }
            for threshold in &test.thresholds {
                assert!(!threshold.source.is_empty(), "{}: {}", test.id, threshold.label);
            }
        }
    }

    #[test]
    fn clinic_tests_are_checked() {
        let mut lib = TestLibrary::builtin();
        let mut mine = lib.test("hip_abduction_iso").unwrap().clone();
        assert_eq!(lib.add_test(mine.clone()), Err(LibraryError::DuplicateTest("hip_abduction_iso".into())));
        mine.id = "Hip ABD".into();
        assert_eq!(lib.add_test(mine.clone()), Err(LibraryError::BadId("Hip ABD".into())));
        mine.id = "hip_abduction_side_lying".into();
        mine.built_in = false;
        lib.add_test(mine).unwrap();
        let battery = Battery {
            id: "my_hip".into(),
            name: "My hip".into(),
            tests: vec!["hip_abduction_side_lying".into(), "nope".into()],
            built_in: false,
        };
        assert!(matches!(lib.add_battery(battery), Err(LibraryError::UnknownTest { .. })));
    }
}
