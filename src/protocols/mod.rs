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

/// The name of test `id` as a person reads it, where only the test's id and its stored `name`
/// are at hand (a result, a row): a built-in test's in `tr`'s language, any other as stored.
pub fn test_name(tr: &i18n_embed::fluent::FluentLanguageLoader, id: &str, name: &str) -> String {
    static BUILT_IN: std::sync::LazyLock<Vec<TestDefinition>> = std::sync::LazyLock::new(builtin_tests);
    match BUILT_IN.iter().find(|t| t.id == id && t.name == name) {
        Some(t) => t.shown_name(tr),
        None => name.to_string(),
    }
}

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
    fn every_built_in_text_is_in_the_english_catalogue_as_the_data_says_it() {
        let english = crate::i18n::loader_for(crate::i18n::Language::English.into());
        let lib = TestLibrary::builtin();
        let mut fields = 0;
        for t in &lib.tests {
            let mut texts = vec![
                ("name", t.name.clone(), t.shown_name(&english)),
                ("position", t.position.clone(), t.shown_position(&english)),
                ("cue", t.cue.clone(), t.shown_cue(&english)),
                ("lever-arm", t.lever_arm.clone(), t.shown_lever_arm(&english)),
                ("notes", t.notes.clone(), t.shown_notes(&english)),
            ];
            if let Some(mdc) = &t.mdc {
                texts.push(("mdc-source", mdc.source.clone(), t.shown_mdc_source(&english)));
            }
            for (i, th) in t.thresholds.iter().enumerate() {
                texts.push(("threshold", th.label.clone(), t.shown_threshold_label(&english, i)));
                let id = crate::i18n::data_id("test", &t.id, &format!("threshold-{}", i + 1));
                assert!(english.has(&id), "{id}");
            }
            for (i, n) in t.norms.iter().enumerate() {
                texts.push(("norm", n.label.clone(), t.shown_norm_label(&english, i)));
                let id = crate::i18n::data_id("test", &t.id, &format!("norm-{}", i + 1));
                assert!(english.has(&id), "{id}");
            }
            for (field, data, shown) in texts {
                if matches!(field, "name" | "position" | "cue" | "lever-arm" | "notes" | "mdc-source") {
                    let id = crate::i18n::data_id("test", &t.id, field);
                    assert!(english.has(&id), "{id}");
                }
                assert_eq!(shown, data, "{} {field}", t.id);
                fields += 1;
            }
            assert_eq!(test_name(&english, &t.id, &t.name), t.name);
        }
        assert!(fields >= 50, "{fields}");
        for b in &lib.batteries {
            let id = crate::i18n::data_id("battery", &b.id, "name");
            assert!(english.has(&id), "{id}");
            assert_eq!(b.shown_name(&english), b.name);
        }
    }

    #[test]
    fn a_clinic_test_keeps_its_own_words_in_any_language() {
        let pseudo = crate::i18n::loader_for(crate::i18n::UiLanguage::Pseudo);
        let lib = TestLibrary::builtin();
        let nordic = lib.test("nordic").unwrap();
        assert_ne!(nordic.shown_name(&pseudo), nordic.name, "a built-in test is translated");
        assert_ne!(test_name(&pseudo, "nordic", &nordic.name), nordic.name);
        let mut mine = nordic.clone();
        mine.id = "nordic_mine".into();
        mine.built_in = false;
        assert_eq!(mine.shown_name(&pseudo), nordic.name);
        assert_eq!(mine.shown_cue(&pseudo), nordic.cue);
        let source = &nordic.mdc.as_ref().unwrap().source;
        assert_ne!(&nordic.shown_mdc_source(&pseudo), source, "a built-in test's MDC source is translated");
        assert_eq!(&mine.shown_mdc_source(&pseudo), source);
        assert_eq!(test_name(&pseudo, "nordic_mine", &nordic.name), nordic.name);
        let battery = lib.battery("glute_hip").unwrap();
        assert_ne!(battery.shown_name(&pseudo), battery.name);
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
