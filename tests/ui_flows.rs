//! The clinic workflow in the desktop app, headless (egui_kittest), found by label as a screen
//! reader would: create an athlete, test both legs with the demo dynamometer, accept reps, see
//! the summary, save the visit, see it in the history, export a CSV, change units.
//!
//! Every frame is also checked for input widgets without an accessible name.

#[path = "common/clinic.rs"]
mod clinic;
#[path = "common/ui.rs"]
mod ui;

use egui_kittest::kittest::{NodeT, Queryable};
use forcetrack::app::AppOptions;
use ui::{App, click, labels_containing, type_into, wait_for, wait_for_text, wait_until};

/// The demo athlete runs this many times faster than real time.
const DEMO_SPEED: f64 = 12.0;

/// The big live number in `unit` ("123 N", "-0 lbf"), if one is shown.
fn live_value(app: &App, unit: &str) -> Option<f64> {
    let suffix = format!(" {unit}");
    labels_containing(app, &suffix)
        .into_iter()
        .find_map(|l| l.strip_suffix(&suffix).and_then(|v| v.parse::<f64>().ok()))
}

/// Records one trial on the current step with the demo athlete: start, wait for three
/// finished reps, stop.
fn record_three_reps(app: &mut App, with_keys: bool) {
    if with_keys {
        app.key_press(egui::Key::Space);
        app.step();
    } else {
        click(app, "⏺ Start recording");
    }
    wait_until(app, "three finished reps", 60.0, |a| labels_containing(a, "Rep 3:").iter().any(|l| !l.ends_with('…')));
    if with_keys {
        app.key_press(egui::Key::Space);
        app.step();
    } else {
        click(app, "■ Stop");
    }
    // The review: every rep listed, each with its "counted" tick.
    for rep in ["Rep 1", "Rep 2", "Rep 3"] {
        wait_for(app, rep);
    }
}

#[test]
fn a_clinician_tests_an_athlete_saves_the_visit_and_exports_it() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let exports = tempfile::tempdir().expect("a temporary folder");
    ui::write_prefs(data.path(), r#"{"countdown_s": 0.0}"#);
    let mut options = AppOptions::new(data.path().to_path_buf());
    options.demo_speed = DEMO_SPEED;
    options.export_dir = Some(exports.path().to_path_buf());
    let mut app = ui::start(options);

    // First start: the welcome page.
    click(&mut app, "Start my clinic");
    wait_for_text(&mut app, "No athletes yet");

    // A new athlete.
    click(&mut app, "➕ Add athlete");
    type_into(&mut app, "Given name", "Ada");
    type_into(&mut app, "Family name", "Lovelace");
    type_into(&mut app, "Date of birth", "1998-04-02");
    type_into(&mut app, "Body mass (kg)", "64.5");
    click(&mut app, "Save athlete");
    click(&mut app, "▶ New test session");

    // Set up: one test, the demo dynamometer.
    click(&mut app, "Isometric knee flexion 90/90");
    click(&mut app, "Demo dynamometer");
    wait_for_text(&mut app, "streaming");
    click(&mut app, "Start session");

    // First side, by mouse; a redo first, then the kept trial.
    wait_for(&mut app, "⏺ Start recording");
    record_three_reps(&mut app, false);
    // Backspace throws the take away only when pressed twice.
    app.key_press(egui::Key::Backspace);
    app.step();
    app.key_press(egui::Key::Backspace);
    app.step();
    wait_for(&mut app, "⏺ Start recording");
    record_three_reps(&mut app, false);
    assert!(app.get_by_label("✔ Accept trial").accesskit_node().is_disabled(), "accepting needs the pain score first");
    click(&mut app, "pain 1");
    click(&mut app, "✔ Accept trial");
    wait_for(&mut app, "Skip rest");

    // Units: the live numbers follow the setting.
    wait_until(&mut app, "a live number in N", ui::PATIENCE_S, |a| live_value(a, "N").is_some());
    click(&mut app, "Settings");
    click(&mut app, "lbf");
    click(&mut app, "Test");
    wait_until(&mut app, "a live number in lbf", ui::PATIENCE_S, |a| live_value(a, "lbf").is_some());
    assert!(live_value(&app, "N").is_none(), "no live number is left in N");
    click(&mut app, "Settings");
    click(&mut app, "N");
    click(&mut app, "Test");
    wait_until(&mut app, "live numbers back in N", ui::PATIENCE_S, |a| live_value(a, "N").is_some());

    // Second side, by keyboard: Space starts and stops, Enter accepts.
    click(&mut app, "Skip rest");
    record_three_reps(&mut app, true);
    click(&mut app, "pain 0");
    app.key_press(egui::Key::Enter);
    app.step();

    // The last test done, the summary opens by itself: both sides, asymmetry and LSI.
    wait_for_text(&mut app, "LSI");
    assert!(app.query_by_label("left").is_some() && app.query_by_label("right").is_some(), "both sides are listed");
    assert_eq!(labels_containing(&app, "first visit").len(), 2, "no earlier visit to compare with");
    click(&mut app, "💾 Save visit");

    // History: the new visit, with both sides' values.
    wait_for_text(&mut app, "History: Ada Lovelace");
    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    wait_for(&mut app, &today);
    let newtons: Vec<String> =
        labels_containing(&app, " N").into_iter().filter(|l| l.ends_with(" N") && !l.contains(':')).collect();
    assert!(newtons.len() >= 2, "left and right values in the visits table, got {newtons:?}");

    // Export the visit summary as CSV (the export folder stands in for the file dialog).
    click(&mut app, "Export");
    click(&mut app, "Export…");
    wait_for_text(&mut app, "Wrote");
    let file = exports.path().join("ada_lovelace_visit.csv");
    let csv = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{} was not written: {e}", file.display()));
    assert!(csv.contains("Ada") && csv.contains("knee_flexion_iso_90"), "the export holds the visit:\n{csv}");
    let table: Vec<&str> = csv.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(table.len(), 3, "after the described columns, a header and one row per side:\n{csv}");
    assert!(csv.starts_with("# ForceTrack visit summary"), "{csv}");
    app.check_accessibility();
}

#[test]
fn the_demo_clinic_opens_with_its_athletes_and_their_history() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::start(AppOptions::new(data.path().to_path_buf()));
    click(&mut app, "Explore the demo clinic");
    for name in ["Liam O'Connor", "Sofia Marquez"] {
        wait_for(&mut app, name);
    }
    click(&mut app, "Liam O'Connor");
    click(&mut app, "History");
    wait_for_text(&mut app, "History: Liam O'Connor");
    wait_until(&mut app, "the visits table", ui::PATIENCE_S, |a| labels_containing(a, "2026-").len() >= 5);
    app.check_accessibility();
}

#[test]
fn without_a_file_dialog_an_export_offers_the_apps_own_folder_and_its_message_stays_with_its_screen() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut options = AppOptions::new(data.path().to_path_buf());
    options.no_file_dialog = true;
    let mut app = ui::start(options);
    click(&mut app, "Explore the demo clinic");
    click(&mut app, "Liam O'Connor");
    click(&mut app, "Export");
    click(&mut app, "Athlete history (one row per visit and test)");
    click(&mut app, "Export…");
    // Nothing could be shown: the app says so, and offers its own folder.
    wait_for_text(&mut app, "No file dialog could be shown on this system");
    let folder = data.path().join("exports");
    click(&mut app, &format!("Save it in ForceTrack's export folder ({})", folder.display()));
    wait_for_text(&mut app, "Wrote");
    let file = folder.join("liam_o_connor_history.csv");
    assert!(file.exists(), "{} was written", file.display());
    assert!(app.query_by_label("Open folder").is_some(), "the folder can be opened");
    // A second export there does not overwrite the first.
    click(&mut app, "Export…");
    click(&mut app, &format!("Save it in ForceTrack's export folder ({})", folder.display()));
    wait_for_text(&mut app, "liam_o_connor_history (2).csv");
    // The message belongs to this screen and athlete: gone after leaving.
    click(&mut app, "Settings");
    click(&mut app, "Export");
    for _ in 0..5 {
        app.step();
    }
    assert!(labels_containing(&app, "Wrote").is_empty(), "the old message is gone");
}

#[test]
fn clearing_against_a_not_yet_takes_an_explicit_override_with_a_reason_and_the_list_shows_it() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::start(AppOptions::new(data.path().to_path_buf()));
    click(&mut app, "Explore the demo clinic");
    click(&mut app, "Sofia Marquez");
    click(&mut app, "Clearance");
    wait_for_text(&mut app, "Sign off this evaluation (not yet)");
    type_into(&mut app, "Clinician", "A. Clinician");
    // Signing a "not yet" never clears by itself: the override is a separate, explicit choice.
    click(&mut app, "Clear to return to sport anyway (override the evaluation)");
    let sign = "Sign off: clear against this evaluation (not yet)";
    wait_for(&mut app, sign);
    assert!(app.get_by_label(sign).accesskit_node().is_disabled(), "an override needs its reason");
    wait_for_text(&mut app, "The reason for the override is needed");
    type_into(&mut app, "Note", "cleared with the team physician: cup final, athlete informed of the risk");
    click(&mut app, sign);
    wait_for_text(&mut app, "cleared by override");
    click(&mut app, "Athletes");
    wait_for_text(&mut app, "cleared (override)");
    // The command line lists it the same way.
    let demo = forcetrack::store::paths::demo_dir(data.path());
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_forcetrack"))
        .args(["athletes", "--data-dir", demo.to_str().expect("a path")])
        .output()
        .expect("forcetrack runs");
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.lines().any(|l| l.contains("Sofia Marquez") && l.contains("cleared by override")), "{table}");
}

#[test]
fn a_new_answer_to_a_manual_check_keeps_the_earlier_one_in_view() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::start(AppOptions::new(data.path().to_path_buf()));
    click(&mut app, "Explore the demo clinic");
    click(&mut app, "Liam O'Connor");
    click(&mut app, "Clearance");
    // The demo's last visit: "no pain on palpation" answered yes by Dr. Jamie Rivera. An answer
    // says who gave it: without a name there is none to give.
    wait_for(&mut app, "No pain on palpation: no");
    assert!(app.get_by_label("No pain on palpation: no").accesskit_node().is_disabled(), "no answer without a name");
    type_into(&mut app, "Clinician", "Dr. Second");
    click(&mut app, "No pain on palpation: no");
    // Both answers are kept, the new one current; the first answer is still there to read.
    wait_for_text(&mut app, "2 answers");
    click(&mut app, "2 answers");
    wait_for_text(&mut app, "Dr. Jamie Rivera · yes");
    wait_for_text(&mut app, "Dr. Second · no");
}

#[test]
fn a_recording_kept_after_a_crash_takes_its_session_up_again() {
    use forcetrack::model::{Athlete, Polarity, Side, TrialMeta};
    use forcetrack::store::{IntegrityCheck, JournalMeta, JournalWriter, Store};
    let data = tempfile::tempdir().expect("a temporary folder");
    ui::write_prefs(data.path(), r#"{"mode": "clinic", "countdown_s": 0.0}"#);
    // A session whose app stopped while the left knee flexion was being recorded.
    {
        let store = Store::open_named(data.path(), "forcetrack.sqlite", IntegrityCheck::Never).expect("the clinic");
        let athlete = store.add_athlete(&Athlete::new("Kim", "Lee")).expect("an athlete");
        let mut visit = clinic::visit(athlete);
        visit.id = store.add_visit(&visit).expect("a visit");
        let meta = JournalMeta {
            athlete_id: Some(athlete),
            visit_id: Some(visit.id),
            trial: TrialMeta::new("knee_flexion_iso_90", Side::Left, "demo_dynamometer", Polarity::Positive),
            channel_names: vec!["force".into()],
        };
        let mut writer = JournalWriter::begin(&store, &meta).expect("a journal recording");
        let time_s: Vec<f64> = (0..800).map(|i| i as f64 * 0.01).collect();
        let force: Vec<f64> = time_s.iter().map(|t| if (2.0..5.0).contains(t) { 250.0 } else { 1.0 }).collect();
        writer.push(&time_s, &force);
        writer.flush(&store).expect("a commit");
    }
    // Older than the staleness rule, as after a real crash.
    std::thread::sleep(std::time::Duration::from_millis(3500));
    let mut options = AppOptions::new(data.path().to_path_buf());
    options.demo_speed = DEMO_SPEED;
    let mut app = ui::start(options);
    wait_for_text(&mut app, "Unfinished recordings");
    // The pain the athlete reported is asked before the trial is kept, as after any recording.
    assert!(app.get_by_label("Keep as a trial").accesskit_node().is_disabled(), "kept only with a pain score");
    click(&mut app, "Pain during it");
    click(&mut app, "2/10");
    click(&mut app, "Keep as a trial");
    click(&mut app, "Go on with that session");
    wait_for_text(&mut app, "Going on with the visit of");
    click(&mut app, "Isometric knee flexion 90/90");
    click(&mut app, "Demo dynamometer");
    wait_for_text(&mut app, "streaming");
    click(&mut app, "Resume session");
    // The kept left side counts as done; the session goes on with the right.
    wait_for_text(&mut app, "✔ Isometric knee flexion 90/90, left");
    wait_for_text(&mut app, "▶ Isometric knee flexion 90/90, right");
    wait_for_text(&mut app, "1 of 2 done");
    let store = clinic::open(data.path());
    let trials = store.trials_of_athlete(1).expect("the trials");
    assert_eq!(trials.iter().map(|t| t.pain).collect::<Vec<_>>(), vec![Some(2)], "the kept trial has its pain");
}

#[test]
fn opening_a_clinic_whose_database_is_busy_keeps_frames_coming() {
    let data = tempfile::tempdir().expect("a temporary folder");
    ui::write_prefs(data.path(), r#"{"mode": "clinic"}"#);
    // Another process holds the database's write lock: the new database's first migration
    // waits for it (as an old database's upgrade or integrity check would take its time).
    let holder = rusqlite::Connection::open(data.path().join("forcetrack.sqlite")).expect("the database");
    holder.execute_batch("PRAGMA journal_mode = WAL; BEGIN IMMEDIATE;").expect("the write lock");
    let mut app = ui::start(AppOptions::new(data.path().to_path_buf()));
    for _ in 0..20 {
        app.step();
    }
    assert!(app.query_all_by_label("Opening the clinic…").next().is_some(), "frames go on while the database opens");
    holder.execute_batch("COMMIT").expect("releasing the lock");
    wait_for_text(&mut app, "No athletes yet");
}

/// A new clinic in `data` with one athlete, and a knee flexion session started on the demo
/// dynamometer (no countdown).
fn session_with_the_demo_dynamometer(data: &std::path::Path) -> App {
    session_on_the_demo_dynamometer(data, &["Isometric knee flexion 90/90"])
}

/// A new clinic in `data` with one athlete, and a session of `tests` started on the demo
/// dynamometer (no countdown).
fn session_on_the_demo_dynamometer(data: &std::path::Path, tests: &[&str]) -> App {
    session_on(data, tests, "Demo dynamometer")
}

/// A new clinic in `data` with one athlete, and a session of `tests` started on `device`.
fn session_on(data: &std::path::Path, tests: &[&str], device: &str) -> App {
    ui::write_prefs(data, r#"{"countdown_s": 0.0}"#);
    let mut options = AppOptions::new(data.to_path_buf());
    options.demo_speed = DEMO_SPEED;
    let mut app = ui::start(options);
    click(&mut app, "Start my clinic");
    wait_for_text(&mut app, "No athletes yet");
    click(&mut app, "➕ Add athlete");
    type_into(&mut app, "Given name", "Ada");
    type_into(&mut app, "Family name", "Lovelace");
    click(&mut app, "Save athlete");
    click(&mut app, "▶ New test session");
    for test in tests {
        click(&mut app, test);
    }
    click(&mut app, device);
    wait_for_text(&mut app, "streaming");
    click(&mut app, "Start session");
    app
}

#[test]
fn on_a_two_leg_review_pain_and_accept_are_on_screen_at_1280_by_800() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = session_on(data.path(), &["Nordic hamstring exercise"], "Demo Nordic rig");
    record_three_reps(&mut app, false);
    ui::assert_on_screen(&app, &["pain 0", "pain 10", "✔ Accept trial"]);
    ui::picture(&mut app, "review_nordic_two_legs");
}

#[test]
fn a_test_the_device_cannot_do_is_skipped_marked_not_done_and_the_summary_opens() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app =
        session_on_the_demo_dynamometer(data.path(), &["Nordic hamstring exercise", "Single-leg hamstring bridge"]);
    // The one-channel dynamometer cannot record the Nordic: the list marks it and the session
    // starts on the bridge.
    wait_for_text(&mut app, "⚠ Nordic hamstring exercise, both legs");
    wait_for_text(&mut app, "▶ Single-leg hamstring bridge, left");
    for _ in 0..2 {
        type_into(&mut app, "Reps", "22");
        click(&mut app, "pain 0");
        click(&mut app, "✔ Save");
        wait_for_text(&mut app, "Trial saved.");
        app.step();
    }
    // Only the Nordic is left: it says why it cannot be recorded, and can be marked not done.
    wait_for_text(&mut app, "cannot record this test");
    type_into(&mut app, "Not done today?", "no Nordic rig");
    click(&mut app, "Mark not done");
    // Nothing is left: the summary opens by itself, and the visit's notes keep the reason.
    wait_for_text(&mut app, "Summary: Ada Lovelace");
    wait_for_text(&mut app, "Not done: Nordic hamstring exercise, both legs (no Nordic rig).");
    ui::picture(&mut app, "summary_with_a_test_not_done");
    click(&mut app, "💾 Save visit");
    wait_for_text(&mut app, "History: Ada Lovelace");
    let store = forcetrack::store::Store::open_named(
        data.path(),
        "forcetrack.sqlite",
        forcetrack::store::IntegrityCheck::Never,
    )
    .expect("the clinic");
    let visits = store.visits(1).expect("the visits");
    assert_eq!(visits.len(), 1);
    assert!(
        visits[0].notes.contains("Not done: Nordic hamstring exercise, both legs (no Nordic rig)."),
        "notes: {:?}",
        visits[0].notes
    );
}

#[test]
fn abandoning_a_session_and_deleting_its_visit_goes_back_to_the_setup() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = session_with_the_demo_dynamometer(data.path());
    click(&mut app, "Abandon session");
    click(&mut app, "Delete visit");
    // Once crashed here (the session's steps were gone while it still drew them).
    wait_for(&mut app, "Start session");
    for _ in 0..10 {
        app.step();
    }
}

#[test]
fn a_recording_is_thrown_away_by_a_key_only_when_asked_twice() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = session_with_the_demo_dynamometer(data.path());
    record_three_reps(&mut app, false);
    // On the review, pain and Accept are on screen at 1280 x 800 without scrolling.
    ui::assert_on_screen(&app, &["pain 0", "pain 10", "✔ Accept trial"]);
    ui::picture(&mut app, "review_knee_flexion");
    // Number keys set the pain score: "7", then "1" "0" for 10.
    let selected = |app: &App, label: &str| {
        app.get_by_label(label).accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
    };
    app.event(egui::Event::Text("7".into()));
    app.step();
    app.step();
    assert!(selected(&app, "pain 7"), "7 sets pain 7");
    assert!(!app.get_by_label("✔ Accept trial").accesskit_node().is_disabled(), "with a pain score it can be accepted");
    app.event(egui::Event::Text("1".into()));
    app.step();
    app.event(egui::Event::Text("0".into()));
    app.step();
    app.step();
    assert!(selected(&app, "pain 10"), "1 then 0 is 10");
    // Backspace once: the review stays, and says what a second press does.
    app.key_press(egui::Key::Backspace);
    app.step();
    wait_for_text(&mut app, "Press Backspace again to discard it and record again.");
    assert!(app.query_all_by_label("Rep 1").next().is_some(), "the review is still there");
    // Twice: gone, ready to record again.
    app.key_press(egui::Key::Backspace);
    app.step();
    wait_for(&mut app, "⏺ Start recording");
    // Esc while recording: once asks, twice discards.
    click(&mut app, "⏺ Start recording");
    wait_for(&mut app, "■ Stop");
    app.key_press(egui::Key::Escape);
    app.step();
    wait_for_text(&mut app, "Press Escape again to discard this recording.");
    assert!(app.query_all_by_label("■ Stop").next().is_some(), "still recording");
    app.key_press(egui::Key::Escape);
    app.step();
    wait_for(&mut app, "⏺ Start recording");
}

/// A clinic with a device that has no public protocol types the values in: each rep's peak in
/// the unit on its display, the device named; the results count like recorded ones (H:Q in
/// the summary) and are marked "entered by hand".
#[test]
fn results_typed_in_from_a_device_with_no_protocol_count_and_are_marked() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = session_on_the_demo_dynamometer(
        data.path(),
        &["Isometric knee flexion 90/90", "Isometric knee extension 90/90"],
    );
    click(&mut app, "Type the values (a device with no public protocol)");
    type_into(&mut app, "Device", "Hoggan microFET 2");
    click(&mut app, "kgf");
    // Something that is not a number is said, not ignored.
    type_into(&mut app, "Peak of each rep", "31.2 abc");
    wait_for_text(&mut app, "'abc' is not a peak force in kgf");
    assert!(app.get_by_label("✔ Save").accesskit_node().is_disabled(), "not saved with a bad value");
    let peaks = [("31.2 30.8 32.0", "0.38"), ("33 32.5", ""), ("52.1 53.4 52.8", "0.40"), ("54.0 53.1", "")];
    for (k, (typed, lever)) in peaks.iter().enumerate() {
        // Clear the field, then type this side's peaks.
        app.get_by_label("Peak of each rep").focus();
        app.step();
        for _ in 0..20 {
            app.key_press(egui::Key::Backspace);
        }
        app.step();
        type_into(&mut app, "Peak of each rep", typed);
        if !lever.is_empty() {
            type_into(&mut app, "Lever arm (m)", lever);
        }
        wait_for_text(&mut app, "entered by hand");
        click(&mut app, "pain 0");
        if k == 0 {
            ui::picture(&mut app, "hand_entry");
        }
        click(&mut app, "✔ Save");
        if k + 1 < peaks.len() {
            wait_for_text(&mut app, "Trial saved.");
            // The rest between sides: skipped here.
            if app.query_all_by_label_contains("Skip rest").next().is_some() {
                click(&mut app, "Skip rest");
            }
        }
    }
    // After the last one the summary opens: values marked, H:Q from the typed values.
    wait_for_text(&mut app, "Summary: Ada Lovelace");
    wait_for_text(&mut app, "(entered by hand)");
    wait_for_text(&mut app, "H:Q (knee flexion / knee extension torque, 90°)");
    let flexion = 32.0 * 0.38;
    let extension = 53.4 * 0.40;
    wait_for_text(&mut app, &format!("left {:.2}", flexion / extension));
    ui::picture(&mut app, "summary_entered_by_hand_with_hq");
    let store = clinic::open(data.path());
    let trials = store.trials_of_athlete(1).expect("the trials");
    assert_eq!(trials.len(), 4);
    let first = &trials[0];
    assert_eq!(first.meta.device, "Hoggan microFET 2");
    assert_eq!(first.meta.instrument, Some(forcetrack::model::Instrument::Handheld));
    let entered = first.entered.as_ref().expect("entered peaks");
    assert_eq!(entered.unit, forcetrack::model::ForceUnit::KilogramForce);
    assert!((entered.peaks_n[2] - 32.0 * 9.80665).abs() < 1e-9);
}

/// A test with a long description (knee extension) keeps Stop on screen while recording, and
/// pain and Accept on its review, at 1280 x 800: the plot gives up height, not the controls.
#[test]
fn on_a_long_test_description_stop_pain_and_accept_stay_on_screen_at_1280_by_800() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = session_on_the_demo_dynamometer(data.path(), &["Isometric knee extension 90/90"]);
    wait_for(&mut app, "⏺ Start recording");
    ui::assert_on_screen(&app, &["⏺ Start recording"]);
    click(&mut app, "⏺ Start recording");
    wait_until(&mut app, "three finished reps", 60.0, |a| {
        labels_containing(a, "Rep 3:").iter().any(|l| !l.ends_with('…'))
    });
    ui::assert_on_screen(&app, &["■ Stop"]);
    click(&mut app, "■ Stop");
    for rep in ["Rep 1", "Rep 2", "Rep 3"] {
        wait_for(&mut app, rep);
    }
    ui::assert_on_screen(&app, &["pain 0", "pain 10", "✔ Accept trial"]);
    // Accepted: the rest before the other side, with Start on screen.
    click(&mut app, "pain 0");
    click(&mut app, "✔ Accept trial");
    wait_for_text(&mut app, "Rest");
    wait_for(&mut app, "Skip rest");
    ui::assert_on_screen(&app, &["Skip rest"]);
}

/// Torque and H:Q need each trial's lever arm: a session starts from the one last measured
/// for that test on this athlete.
#[test]
fn a_session_starts_from_the_lever_arm_last_measured_for_each_test() {
    let data = tempfile::tempdir().expect("a temporary folder");
    ui::write_prefs(data.path(), r#"{"countdown_s": 0.0}"#);
    let mut app = ui::start(AppOptions::new(data.path().to_path_buf()));
    click(&mut app, "Explore the demo clinic");
    wait_for(&mut app, "Liam O'Connor");
    click(&mut app, "Liam O'Connor");
    click(&mut app, "▶ New test session");
    click(&mut app, "Demo dynamometer");
    wait_for_text(&mut app, "streaming");
    click(&mut app, "Start session");
    wait_for_text(&mut app, "Isometric knee flexion 90/90, right");
    wait_until(&mut app, "the lever arm of the last visit", ui::PATIENCE_S, |a| {
        a.query_all_by_label("Lever arm (m)").any(|n| n.accesskit_node().value().as_deref() == Some("0.38"))
    });
}

/// Types one test's peaks for each remaining side of a session in "Type the values".
fn type_sides(app: &mut App, sides: &[&str]) {
    for (k, typed) in sides.iter().enumerate() {
        app.get_by_label("Peak of each rep").focus();
        app.step();
        for _ in 0..20 {
            app.key_press(egui::Key::Backspace);
        }
        app.step();
        type_into(app, "Peak of each rep", typed);
        wait_for_text(app, "entered by hand");
        click(app, "pain 0");
        click(app, "✔ Save");
        if k + 1 < sides.len() {
            wait_for_text(app, "Trial saved.");
        }
    }
}

/// A second session on the same day can go on in the visit of the day, so that its results are
/// read together (H:Q needs knee flexion and knee extension at one visit).
#[test]
fn a_second_session_of_the_day_can_join_the_visit_of_the_day() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = session_on_the_demo_dynamometer(data.path(), &["Isometric knee flexion 90/90"]);
    click(&mut app, "Type the values (a device with no public protocol)");
    type_into(&mut app, "Device", "Hoggan microFET 2");
    type_into(&mut app, "Lever arm (m)", "0.38");
    type_sides(&mut app, &["300 310", "320"]);
    wait_for_text(&mut app, "Summary: Ada Lovelace");
    click(&mut app, "💾 Save visit");
    wait_for_text(&mut app, "History: Ada Lovelace");
    click(&mut app, "Test");
    wait_for_text(&mut app, "has a visit today");
    click(&mut app, "Add to today's visit");
    click(&mut app, "Isometric knee extension 90/90");
    click(&mut app, "Resume session");
    click(&mut app, "Type the values (a device with no public protocol)");
    type_into(&mut app, "Device", "Hoggan microFET 2");
    type_into(&mut app, "Lever arm (m)", "0.4");
    type_sides(&mut app, &["500", "520"]);
    wait_for_text(&mut app, "Summary: Ada Lovelace");
    // Both tests in one visit: H:Q on each side (310 N x 0.38 m over 500 N x 0.40 m on the left).
    wait_for_text(&mut app, &format!("left {:.2}", 310.0 * 0.38 / (500.0 * 0.40)));
    wait_for_text(&mut app, &format!("right {:.2}", 320.0 * 0.38 / (520.0 * 0.40)));
    let store = clinic::open(data.path());
    assert_eq!(store.visits(1).expect("the visits").len(), 1, "one visit of the day");
}

/// One validation model per form: every problem at once, beside its field, in plain words,
/// each gone when fixed; nothing typed is silently dropped.
#[test]
fn the_athlete_form_shows_every_problem_at_once_and_drops_each_when_fixed() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::start(AppOptions::new(data.path().to_path_buf()));
    click(&mut app, "Start my clinic");
    wait_for_text(&mut app, "No athletes yet");
    click(&mut app, "➕ Add athlete");
    type_into(&mut app, "Family name", "Lee");
    type_into(&mut app, "Date of birth", "2030-01-01");
    type_into(&mut app, "Body mass (kg)", "-5");
    click(&mut app, "Save athlete");
    wait_for_text(&mut app, "2030-01-01 is in the future");
    wait_for_text(&mut app, "-5 kg is not a plausible body mass (between 20 and 300 kg)");
    // Fix the date: its problem goes, the mass's stays.
    app.get_by_label("Date of birth").focus();
    app.step();
    for _ in 0..12 {
        app.key_press(egui::Key::Backspace);
    }
    app.step();
    type_into(&mut app, "Date of birth", "1998-04-02");
    wait_until(&mut app, "the date's problem to go", ui::PATIENCE_S, |a| {
        labels_containing(a, "is in the future").is_empty()
    });
    assert!(!labels_containing(&app, "not a plausible body mass").is_empty(), "the mass's problem stays");
    // Unreadable text is said, not ignored.
    type_into(&mut app, "Body mass (kg)", "x");
    click(&mut app, "Save athlete");
    wait_for_text(&mut app, "is not a number");
}

/// One result, one number, in the unit chosen: with the symmetry index and kgf the visits table
/// and the trend chart agree, forces read in kgf (values, legend, MDC, thresholds to the unit's
/// precision).
#[test]
fn the_history_shows_one_number_in_the_unit_chosen() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::demo_clinic_with(
        data.path(),
        forcetrack::analysis::AsymmetryFormula::SymmetryIndex,
        r#"{"mode": "clinic", "unit": "kilogram_force"}"#,
    );
    click(&mut app, "Liam O'Connor");
    click(&mut app, "History");
    wait_for_text(&mut app, "History: Liam O'Connor");
    wait_until(&mut app, "the visits table", ui::PATIENCE_S, |a| labels_containing(a, "2026-").len() >= 5);
    // The chart's title and the table's chips: the symmetry index, signed.
    wait_for_text(&mut app, "Asymmetry trend (Symmetry index");
    wait_for_text(&mut app, "+34.9 %");
    // Forces in kgf: the values, the MDC and the thresholds (34.4 kgf, not 34.36).
    wait_for_text(&mut app, "progress (best (kgf))");
    wait_for_text(&mut app, "26.9 kgf");
    wait_for_text(&mut app, "shaded: ± MDC95 6.1 kgf");
    wait_for_text(&mut app, "34.4 kgf (Timmins et al. 2016)");
    assert!(labels_containing(&app, "34.36").is_empty());
}
