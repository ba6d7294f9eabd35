//! The clinic's settings in the desktop app, headless (egui_kittest): a change is marked as not
//! saved, the save control stays in view, and leaving with unsaved changes asks first.

#[path = "common/ui.rs"]
mod ui;

use egui_kittest::kittest::{NodeT, Queryable};
use forcetrack::analysis::SummaryChoice;
use forcetrack::app::{AppOptions, Screen};
use ui::{App, assert_on_screen, click, labels_containing, start, wait_for_text, wait_until, write_prefs};

/// The per-side summary the clinic's database holds now.
fn saved_summary(data: &std::path::Path) -> SummaryChoice {
    let store = forcetrack::store::Store::open(data).expect("the clinic");
    forcetrack::records::result_settings(&store).expect("the settings").summary
}

/// Clicks the first "Use" of the MDC table (the Nordic's, whose SEM is in N).
fn use_first_sem(app: &mut App) {
    app.query_all_by_label("Use").next().expect("a Use button").click();
    app.step();
    app.step();
}

fn on(app: &App, screen: Screen) -> bool {
    app.state().screen() == screen
}

#[test]
fn a_changed_clinic_setting_is_marked_unsaved_and_leaving_asks_first() {
    let data = tempfile::tempdir().expect("a temporary folder");
    write_prefs(data.path(), r#"{"mode": "clinic"}"#);
    let mut app = start(AppOptions::new(data.path().to_path_buf()));
    wait_for_text(&mut app, "No athletes yet");
    click(&mut app, "Settings");
    wait_for_text(&mut app, "Per-side value for asymmetry and progress");
    assert!(labels_containing(&app, "Not saved yet").is_empty(), "nothing changed yet");

    // A change: marked, said in words, and the save control in view without scrolling.
    click(&mut app, "mean of reps");
    wait_for_text(&mut app, "Not saved yet, and not used until saved: per-side value mean of reps (was best rep)");
    assert_on_screen(&app, &["Save clinic settings", "Discard changes"]);
    assert_eq!(saved_summary(data.path()), SummaryChoice::Best, "not used until saved");
    ui::picture(&mut app, "settings-unsaved");

    // Leaving asks; staying keeps the change.
    click(&mut app, "Athletes");
    wait_for_text(&mut app, "The clinic settings are not saved");
    ui::picture(&mut app, "settings-leaving-unsaved");
    click(&mut app, "Stay in Settings");
    assert!(on(&app, Screen::Settings));
    wait_for_text(&mut app, "Not saved yet");

    // Save and leave: saved, then on to where the clinician was going.
    click(&mut app, "Athletes");
    click(&mut app, "Save and leave");
    wait_until(&mut app, "the athlete list", ui::PATIENCE_S, |a| on(a, Screen::Athletes));
    assert_eq!(saved_summary(data.path()), SummaryChoice::Mean);

    // Leave without saving: the change is gone, from the screen and the database.
    click(&mut app, "Settings");
    wait_for_text(&mut app, "Per-side value for asymmetry and progress");
    assert!(labels_containing(&app, "Not saved yet").is_empty(), "what was saved is what is shown");
    click(&mut app, "best rep");
    wait_for_text(&mut app, "Not saved yet");
    click(&mut app, "Export");
    wait_for_text(&mut app, "The clinic settings are not saved");
    click(&mut app, "Leave without saving");
    wait_until(&mut app, "the export screen", ui::PATIENCE_S, |a| on(a, Screen::Export));
    assert_eq!(saved_summary(data.path()), SummaryChoice::Mean);
    click(&mut app, "Settings");
    wait_for_text(&mut app, "Per-side value for asymmetry and progress");
    assert!(labels_containing(&app, "Not saved yet").is_empty(), "the unsaved change was dropped");

    // A SEM that cannot be read is said in full inside the window; a good one changes the MDC,
    // named by its test in what is unsaved.
    ui::type_into(&mut app, "SEM (N)", "abc");
    use_first_sem(&mut app);
    wait_for_text(&mut app, "⚠ Nordic hamstring exercise: 'abc' is not a SEM");
    let error = app.get_by_label_contains("is not a SEM").accesskit_node().bounding_box().expect("drawn");
    assert!(error.x1 <= 1280.0, "the SEM error runs off the window: {error:?}");
    ui::retype(&mut app, "SEM (N)", "10");
    use_first_sem(&mut app);
    wait_for_text(&mut app, "Not saved yet, and not used until saved: MDC of Nordic hamstring exercise");
    click(&mut app, "Discard changes");
    assert!(labels_containing(&app, "Not saved yet").is_empty());

    // Nothing unsaved: leaving asks nothing.
    click(&mut app, "Athletes");
    wait_until(&mut app, "the athlete list", ui::PATIENCE_S, |a| on(a, Screen::Athletes));
    assert!(labels_containing(&app, "The clinic settings are not saved").is_empty());
}
