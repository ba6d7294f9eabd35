//! Clinic settings (key -> JSON value) and clinic-defined tests.

use rusqlite::params;
use serde::{Serialize, de::DeserializeOwned};

use super::{DamagedRow, Result, Store, StoreError};
use crate::protocols::{Battery, TestDefinition, TestLibrary};

/// A setting's row, in words.
const SETTING: &str = "setting";
/// The clinic's own definitions, in words.
const CUSTOM_TEST: &str = "clinic-defined test";
const CUSTOM_BATTERY: &str = "clinic-defined battery";
const CUSTOM_TEMPLATE: &str = "clinic-defined clearance template";

/// A clinic's definition that cannot be read, named.
fn definition_damaged(what: &'static str, id: String, e: serde_json::Error) -> DamagedRow {
    DamagedRow { what, id, column: "definition".into(), detail: format!("its JSON cannot be read: {e}") }
}

impl Store {
    /// A setting, if set and readable as `T`. One stored that cannot be read as `T` is taken
    /// as not set (its defaults apply) and kept as a damaged row ([`Store::reading`]).
    pub fn setting<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>> {
        let found = self.read_rows("SELECT key, value FROM settings WHERE key = ?1", [key], SETTING, |r| {
            let text: String = r.get(1)?;
            serde_json::from_str::<T>(&text).map_err(|_| super::rows::bad_cell("value", &text))
        })?;
        Ok(found.into_iter().next())
    }

    pub fn set_setting<T: Serialize>(&self, key: &str, value: &T) -> Result<()> {
        let json = serde_json::to_string(value).map_err(|e| StoreError::Invalid(e.to_string()))?;
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, json],
        )?;
        Ok(())
    }

    /// Every setting as raw JSON text (for exports); one whose value is not JSON is left out
    /// ([`Store::reading`]).
    pub fn all_settings(&self) -> Result<Vec<(String, String)>> {
        self.read_rows("SELECT key, value FROM settings ORDER BY key", [], SETTING, |r| {
            let value: String = r.get(1)?;
            match serde_json::from_str::<serde_json::Value>(&value) {
                Ok(_) => Ok((r.get(0)?, value)),
                Err(_) => Err(super::rows::bad_cell("value", &value)),
            }
        })
    }

    /// Sets a setting from raw JSON text (imports).
    pub fn set_setting_json(&self, key: &str, json: &str) -> Result<()> {
        serde_json::from_str::<serde_json::Value>(json)
            .map_err(|e| StoreError::Invalid(format!("setting {key}: {e}")))?;
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, json],
        )?;
        Ok(())
    }

    /// Saves a clinic-defined test (after the library's checks).
    pub fn save_custom_test(&self, test: &TestDefinition) -> Result<()> {
        let mut library = self.test_library()?;
        library.tests.retain(|t| t.id != test.id || t.built_in);
        library.add_test(test.clone()).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let json = serde_json::to_string(test).map_err(|e| StoreError::Invalid(e.to_string()))?;
        self.conn.execute(
            "INSERT INTO custom_tests (id, definition) VALUES (?1, ?2) \
             ON CONFLICT (id) DO UPDATE SET definition = excluded.definition",
            params![test.id, json],
        )?;
        Ok(())
    }

    pub fn save_custom_battery(&self, battery: &Battery) -> Result<()> {
        let mut library = self.test_library()?;
        library.batteries.retain(|b| b.id != battery.id || b.built_in);
        library.add_battery(battery.clone()).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let json = serde_json::to_string(battery).map_err(|e| StoreError::Invalid(e.to_string()))?;
        self.conn.execute(
            "INSERT INTO custom_batteries (id, definition) VALUES (?1, ?2) \
             ON CONFLICT (id) DO UPDATE SET definition = excluded.definition",
            params![battery.id, json],
        )?;
        Ok(())
    }

    /// The built-in tests and batteries plus the clinic's own.
    pub fn test_library(&self) -> Result<TestLibrary> {
        let mut library = TestLibrary::builtin();
        let tests = self.conn.query_map("SELECT id, definition FROM custom_tests ORDER BY id", [], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in tests {
            let (id, json) = row?;
            match serde_json::from_str::<TestDefinition>(&json) {
                Ok(test) => library.tests.push(test),
                Err(e) => self.note_damaged(definition_damaged(CUSTOM_TEST, id, e)),
            }
        }
        let batteries = self.conn.query_map("SELECT id, definition FROM custom_batteries ORDER BY id", [], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in batteries {
            let (id, json) = row?;
            match serde_json::from_str::<Battery>(&json) {
                Ok(battery) => library.batteries.push(battery),
                Err(e) => self.note_damaged(definition_damaged(CUSTOM_BATTERY, id, e)),
            }
        }
        Ok(library)
    }

    /// Clinic-defined tests, batteries and clearance templates as (kind, id, JSON) (for exports);
    /// a test or a battery whose definition cannot be read, or a template that is not JSON, is
    /// left out ([`Store::reading`]).
    pub fn custom_definitions(&self) -> Result<Vec<(String, String, String)>> {
        let rows = self.conn.query_map(
            "SELECT 'test', id, definition FROM custom_tests UNION ALL \
             SELECT 'battery', id, definition FROM custom_batteries UNION ALL \
             SELECT 'clearance_template', id, definition FROM custom_clearance_templates ORDER BY 1 DESC, 2",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let mut list = Vec::new();
        for row in rows {
            let (kind, id, json): (String, String, String) = row?;
            let read = match kind.as_str() {
                "test" => serde_json::from_str::<TestDefinition>(&json).map(drop).map_err(|e| (CUSTOM_TEST, e)),
                "battery" => serde_json::from_str::<Battery>(&json).map(drop).map_err(|e| (CUSTOM_BATTERY, e)),
                _ => serde_json::from_str::<serde_json::Value>(&json).map(drop).map_err(|e| (CUSTOM_TEMPLATE, e)),
            };
            match read {
                Ok(()) => list.push((kind, id, json)),
                Err((what, e)) => self.note_damaged(definition_damaged(what, id, e)),
            }
        }
        Ok(list)
    }
}
