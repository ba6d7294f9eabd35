//! Every screen in German, the language whose words run longest of those shipped, at 1280 × 800
//! with a decimal comma and dates day.month.year: nothing reaches past the window's right edge,
//! and the demo clinic's screens look as committed (`tests/snapshots/de_*.png`; refresh with
//! `UPDATE_SNAPSHOTS=1 cargo test --test ui_german` and look at them). The language is the
//! process's own, so this test has a file of its own.

#[path = "common/clinic.rs"]
mod clinic;
#[path = "common/lang.rs"]
mod lang;
#[path = "common/server.rs"]
#[allow(dead_code)]
mod server;
#[path = "common/tour.rs"]
mod tour;
#[path = "common/ui.rs"]
mod ui;

use egui_kittest::SnapshotOptions;
use forcetrack::i18n::{Language, UiLanguage};

/// The demo clinic's screens, whose data do not change from run to run, are compared with the
/// committed pictures (the data folder's path in the status bar masked). Settings shows
/// today's date as the date order's example, and the session screens a live curve: their
/// pictures are only written, with the tour's others, under `target/tmp/tour/`.
fn on_screen(app: &mut ui::App, name: &str) {
    if name == "de_session_review" {
        // With `FORCETRACK_PICTURES=docs`: the review of a recording, for the README.
        ui::picture(app, "session_de");
    }
    const COMPARED: &[&str] =
        &["de_welcome", "de_athletes", "de_athlete", "de_history", "de_history_hq", "de_clearance", "de_test_setup"];
    if !COMPARED.contains(&name) || ui::renderer_available().is_err() {
        return;
    }
    app.mask(egui::Rect::from_min_max(egui::pos2(880.0, 770.0), egui::pos2(1280.0, 800.0)));
    app.snapshot_options(name, &SnapshotOptions::new().threshold(1.5).max_failed_pixels(400));
}

#[test]
fn every_screen_in_german_fits_the_window_and_the_demo_clinic_looks_as_committed() {
    if forcetrack::i18n::catalogue_tags().iter().all(|t| t != "de") {
        panic!("the German catalogue is not compiled in");
    }
    let w = lang::Words::new(UiLanguage::Shipped(Language::German));
    let mut screens = Vec::new();
    let demo = tempfile::tempdir().expect("a temporary folder");
    screens.extend(tour::demo_clinic(&w, "de", demo.path()));
    let new = tempfile::tempdir().expect("a temporary folder");
    screens.extend(tour::new_clinic_session(&w, "de", new.path()));
    let crashed = tempfile::tempdir().expect("a temporary folder");
    screens.extend(tour::recovery(&w, "de", crashed.path()));

    let mut problems = Vec::new();
    for screen in &screens {
        for (text, right) in &screen.past_the_edge {
            problems.push(format!("{}: {text:?} reaches x = {right}", screen.name));
        }
    }
    // The tour was in German: the navigation's words are German ones.
    let athletes = w.of("Athletes");
    assert_ne!(athletes, "Athletes", "the German catalogue translates the navigation");
    assert!(screens.iter().any(|s| s.texts.contains(&athletes)), "German words on screen");
    assert!(screens.len() >= 20, "the tour saw {} screens", screens.len());
    assert!(problems.is_empty(), "{} texts past the window's edge:\n{}", problems.len(), problems.join("\n"));
}
