//! Pictures of the main screens on the demo clinic, compared with the committed images in
//! `tests/snapshots/` (egui_kittest with wgpu; software rendering through Mesa's lavapipe).
//!
//! Where no renderer is available (no Vulkan driver) the test says so and skips; `.ci/run`
//! installs the driver so CI always compares. After a deliberate change of the look, refresh
//! the images with `UPDATE_SNAPSHOTS=1 cargo test --test ui_snapshots` and look at them.

#[path = "common/ui.rs"]
mod ui;

use egui_kittest::SnapshotOptions;
use forcetrack::app::AppOptions;
use ui::{App, click, wait_for, wait_for_text, wait_until};

/// Draws until the screen is still, without the pointer, then compares it. The data folder's
/// path at the right of the status bar differs between runs and is masked.
fn snapshot(app: &mut App, name: &str) {
    app.remove_cursor();
    app.run_steps(12);
    app.mask(egui::Rect::from_min_max(egui::pos2(880.0, 770.0), egui::pos2(1280.0, 800.0)));
    // Small differences in anti-aliasing between Mesa versions are tolerated; a moved widget is not.
    app.snapshot_options(name, &SnapshotOptions::new().threshold(1.5).max_failed_pixels(400));
}

#[test]
fn main_screens_look_as_committed() {
    if let Err(reason) = ui::renderer_available() {
        eprintln!("skipping the snapshots: no renderer ({reason}); install Mesa's Vulkan driver (mesa-vulkan-drivers)");
        return;
    }
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::start(AppOptions::new(data.path().to_path_buf()));
    wait_for(&mut app, "Explore the demo clinic");
    snapshot(&mut app, "welcome");

    click(&mut app, "Explore the demo clinic");
    wait_for(&mut app, "Liam O'Connor");
    wait_for(&mut app, "✔ all 10 criteria pass");
    // The red Nordic of a screening, found after the list.
    wait_for_text(&mut app, "⚠ flagged · red Nordic hamstring exercise");
    snapshot(&mut app, "athletes");

    click(&mut app, "Liam O'Connor");
    wait_for(&mut app, "▶ New test session");
    wait_for_text(&mut app, "Hamstring strain");
    snapshot(&mut app, "athlete");

    click(&mut app, "History");
    wait_for_text(&mut app, "History: Liam O'Connor");
    wait_until(&mut app, "the visits table", ui::PATIENCE_S, |a| ui::labels_containing(a, "2026-").len() >= 5);
    snapshot(&mut app, "history");

    // The hamstring-to-quadriceps ratio per side over the visits that have both tests.
    click(&mut app, "H:Q ratio");
    wait_for_text(&mut app, "H:Q ratio — knee flexion / knee extension torque at 90°, per side");
    snapshot(&mut app, "history_hq");

    click(&mut app, "Clearance");
    wait_for(&mut app, "✔ ALL CRITERIA PASS");
    snapshot(&mut app, "clearance");

    click(&mut app, "Test");
    wait_for(&mut app, "Start session");
    snapshot(&mut app, "test_setup");

    click(&mut app, "Export");
    wait_for(&mut app, "Export…");
    // The athlete's visits arrive from the database after the screen: the picture has them.
    wait_for(&mut app, "Visit");
    snapshot(&mut app, "export");

    click(&mut app, "Settings");
    wait_for(&mut app, "Save clinic settings");
    snapshot(&mut app, "settings");

    click(&mut app, "Athletes");
    wait_for(&mut app, "✔ all 10 criteria pass");
    click(&mut app, "🌙 Dark");
    wait_for(&mut app, "☀ Light");
    snapshot(&mut app, "athletes_dark");
}

#[test]
fn the_trial_viewer_marks_the_rest_taken_as_each_reps_baseline() {
    if let Err(reason) = ui::renderer_available() {
        eprintln!("skipping the snapshots: no renderer ({reason}); install Mesa's Vulkan driver (mesa-vulkan-drivers)");
        return;
    }
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::start(AppOptions::new(data.path().to_path_buf()));
    click(&mut app, "Explore the demo clinic");
    wait_for(&mut app, "Liam O'Connor");
    click(&mut app, "Liam O'Connor");
    wait_for(&mut app, "▶ New test session");
    click(&mut app, "History");
    wait_for_text(&mut app, "History: Liam O'Connor");
    click(&mut app, "Isometric knee flexion 90/90");
    // Tall enough to show the recorded curves below the charts and the visits table.
    app.set_size(egui::vec2(1280.0, 2200.0));
    wait_for_text(&mut app, "Recorded curves");
    wait_for_text(&mut app, "faint bar: the rest taken as each rep's baseline");
    app.run_steps(60);
    app.remove_cursor();
    app.run_steps(12);
    app.mask(egui::Rect::from_min_max(egui::pos2(880.0, 2170.0), egui::pos2(1280.0, 2200.0)));
    app.snapshot_options("trial_viewer", &SnapshotOptions::new().threshold(1.5).max_failed_pixels(400));
}

/// One result, one number, in the unit chosen: with the symmetry index as the clinic's formula
/// and kgf as the unit, the visits table and the trend chart show the same signed values under
/// the formula's name, and every force (values, legends, MDC, thresholds) is in kgf.
#[test]
fn the_history_in_kgf_with_the_symmetry_index() {
    if let Err(reason) = ui::renderer_available() {
        eprintln!("skipping the snapshots: no renderer ({reason}); install Mesa's Vulkan driver (mesa-vulkan-drivers)");
        return;
    }
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::demo_clinic_with(
        data.path(),
        forcetrack::analysis::AsymmetryFormula::SymmetryIndex,
        r#"{"mode": "clinic", "unit": "kilogram_force"}"#,
    );
    wait_for(&mut app, "Liam O'Connor");
    click(&mut app, "Liam O'Connor");
    wait_for(&mut app, "▶ New test session");
    click(&mut app, "History");
    wait_for_text(&mut app, "History: Liam O'Connor");
    wait_until(&mut app, "the visits table", ui::PATIENCE_S, |a| ui::labels_containing(a, "2026-").len() >= 5);
    wait_for_text(&mut app, "kgf");
    // Tall enough to show the charts and the visits table together.
    app.set_size(egui::vec2(1280.0, 1500.0));
    app.run_steps(30);
    app.remove_cursor();
    app.run_steps(12);
    app.mask(egui::Rect::from_min_max(egui::pos2(880.0, 1470.0), egui::pos2(1280.0, 1500.0)));
    app.snapshot_options("history_kgf_symmetry_index", &SnapshotOptions::new().threshold(1.5).max_failed_pixels(400));
}
