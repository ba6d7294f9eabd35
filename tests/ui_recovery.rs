//! Recordings a crash left unfinished, offered back in the desktop app, headless (egui_kittest):
//! each is named by its test and drawn, and throwing one away is asked twice.

#[path = "common/clinic.rs"]
mod clinic;
#[path = "common/server.rs"]
#[allow(dead_code)]
mod server;
#[path = "common/ui.rs"]
mod ui;

use forcetrack::app::AppOptions;
use forcetrack::store::{IntegrityCheck, Store};
use ui::{click, labels_containing, wait_for_text};

/// Recordings left in the journal of the clinic in `data`.
fn journal_recordings(data: &std::path::Path) -> i64 {
    let store = Store::open_named(data, "forcetrack.sqlite", IntegrityCheck::Never).expect("the clinic");
    store.count("journal_recordings").expect("counted")
}

#[test]
fn an_unfinished_recording_is_named_drawn_and_discarded_only_when_asked_twice() {
    let data = tempfile::tempdir().expect("a temporary folder");
    ui::write_prefs(data.path(), r#"{"mode": "clinic"}"#);
    // The writer's process ended: its lease is free, the recording is offered.
    clinic::with_an_unfinished_recording(data.path());
    let mut app = ui::start(AppOptions::new(data.path().to_path_buf()));
    wait_for_text(&mut app, "Unfinished recordings");
    // Named as a clinician names it, not by its id.
    wait_for_text(&mut app, "Kim Lee · Isometric knee flexion 90/90, left · 800 samples (8.0 s)");
    assert!(labels_containing(&app, "knee_flexion_iso_90").is_empty(), "no test id on screen");
    ui::picture(&mut app, "recovery");
    // A first press only asks; "Do not discard" keeps it.
    click(&mut app, "Discard…");
    wait_for_text(&mut app, "Yes, discard these 8.0 s for good");
    click(&mut app, "Do not discard");
    assert!(labels_containing(&app, "Yes, discard").is_empty());
    assert_eq!(journal_recordings(data.path()), 1, "nothing thrown away");
    // Asked twice: thrown away.
    click(&mut app, "Discard…");
    click(&mut app, "Yes, discard these 8.0 s for good");
    wait_for_text(&mut app, "The unfinished recording was discarded.");
    assert_eq!(journal_recordings(data.path()), 0);
}
