//! A clinic database for tests: opened with every check, or holding the demo clinic.
#![allow(dead_code)]

use std::path::Path;

use forcetrack::io::demo::seed_demo;
use forcetrack::model::{ProvocationTests, Visit};
use forcetrack::store::{IntegrityCheck, Store};

/// The clinic database of `dir`, its integrity checked on opening.
pub fn open(dir: &Path) -> Store {
    Store::open_named(dir, "forcetrack.sqlite", IntegrityCheck::Always).unwrap()
}

/// The demo clinic in `dir`.
pub fn demo_store(dir: &Path) -> Store {
    let mut store = open(dir);
    seed_demo(&mut store, &mut |_, _| {}).unwrap();
    store
}

/// A visit of `athlete_id` on 2026-11-30 at 09:00 with nothing recorded on it.
pub fn visit(athlete_id: i64) -> Visit {
    Visit {
        id: 0,
        athlete_id,
        episode_id: None,
        date_time: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap().and_hms_opt(9, 0, 0).unwrap(),
        body_mass_kg: None,
        clinician: String::new(),
        visa_h: None,
        provocation: ProvocationTests::default(),
        notes: String::new(),
    }
}
