//! Results entered and read in the desktop app, headless (egui_kittest): values typed in from
//! a device with no public protocol, H:Q across a session and the visit of the day, the lever
//! arm a session starts from, the athlete form's problems, one number in the unit chosen.

#[path = "common/clinic.rs"]
mod clinic;
#[path = "common/server.rs"]
#[allow(dead_code)]
mod server;
#[path = "common/ui.rs"]
mod ui;

use egui_kittest::kittest::{NodeT, Queryable};
use forcetrack::app::AppOptions;
use ui::{
    App, click, labels_containing, retype, session_on_the_demo_dynamometer, type_into, wait_for, wait_for_text,
    wait_until,
};

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
        retype(&mut app, "Peak of each rep", typed);
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
        retype(app, "Peak of each rep", typed);
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
    retype(&mut app, "Date of birth", "1998-04-02");
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
    wait_for_text(&mut app, "+34.9 % (R stronger)");
    // Forces in kgf: the values, the MDC and the thresholds (34.4 kgf, not 34.36).
    wait_for_text(&mut app, "progress (best (kgf))");
    wait_for_text(&mut app, "26.9 kgf");
    wait_for_text(&mut app, "shaded: ± MDC95 6.1 kgf");
    wait_for_text(&mut app, "34.4 kgf (Timmins et al. 2016)");
    assert!(labels_containing(&app, "34.36").is_empty());
    // The clearance checklist's own words give the same force in the same unit.
    click(&mut app, "Clearance");
    wait_for_text(&mut app, "Nordic: each leg at least 34.4 kgf, or at least 100 % of the pre-injury baseline");
    // (A published source keeps its own words: "Timmins et al. 2016 (soccer: < 337 N ...)".)
    let newtons: Vec<String> =
        labels_containing(&app, "337 N").into_iter().filter(|l| !l.starts_with("Timmins")).collect();
    assert!(newtons.is_empty(), "no force left in newtons: {newtons:?}");
}

/// Abandoning a session takes away only what it added (issue 27): going on with the visit of
/// the day and abandoning leaves the visit and the trials it held; a session's own visit,
/// deleted, says what it held (test names and count) and comes back with Undo.
#[test]
fn abandoning_a_session_removes_only_what_it_added_and_a_deleted_visit_can_be_undone() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = session_on_the_demo_dynamometer(data.path(), &["Isometric knee flexion 90/90"]);
    click(&mut app, "Type the values (a device with no public protocol)");
    type_into(&mut app, "Device", "Hoggan microFET 2");
    type_sides(&mut app, &["300 310", "320"]);
    wait_for_text(&mut app, "Summary: Ada Lovelace");
    click(&mut app, "💾 Save visit");
    wait_for_text(&mut app, "History: Ada Lovelace");
    // A second session goes on with today's visit, saves one trial, and is abandoned.
    click(&mut app, "Test");
    wait_for_text(&mut app, "has a visit today");
    click(&mut app, "Add to today's visit");
    click(&mut app, "Isometric knee extension 90/90");
    click(&mut app, "Resume session");
    click(&mut app, "Type the values (a device with no public protocol)");
    type_into(&mut app, "Device", "Hoggan microFET 2");
    type_sides(&mut app, &["500", "520"]);
    wait_for_text(&mut app, "Summary: Ada Lovelace");
    click(&mut app, "◀ Back to testing");
    click(&mut app, "Abandon session");
    wait_for_text(
        &mut app,
        "Leave this session? It added 2 trials: Isometric knee extension 90/90 (2) to the visit of",
    );
    wait_for_text(&mut app, "which held 2 trials before.");
    // Each answer says what it does: nothing is left to guess from "Keep it".
    for answer in
        ["Remove the 2 trials this session added", "Keep the visit and all its 4 trials", "Go on with the session"]
    {
        wait_for(&mut app, answer);
    }
    ui::picture(&mut app, "abandon_a_session_that_joined_a_visit");
    click(&mut app, "Remove the 2 trials this session added");
    wait_for_text(&mut app, "Removed what this session added (2 trials: Isometric knee extension 90/90 (2)).");
    let store = clinic::open(data.path());
    assert_eq!(store.visits(1).expect("the visits").len(), 1, "the visit of the day stays");
    let trials = store.trials_of_athlete(1).expect("the trials");
    assert_eq!(trials.iter().map(|t| t.meta.test_id.as_str()).collect::<Vec<_>>(), ["knee_flexion_iso_90"; 2]);

    // A session of its own visit: deleting it says what goes, and Undo brings it back.
    click(&mut app, "Isometric knee flexion 90/90");
    click(&mut app, "Start session");
    click(&mut app, "Type the values (a device with no public protocol)");
    type_into(&mut app, "Device", "Hoggan microFET 2");
    type_sides(&mut app, &["280"]);
    wait_for_text(&mut app, "Trial saved.");
    // A trial the session did not make joins its visit (a recording recovered into it): the
    // question counts what the visit holds, not only the session's own.
    let own = store.visits(1).expect("the visits").last().expect("the session's visit").id;
    let recovered = forcetrack::io::import::EnteredTrial {
        athlete_id: 1,
        visit_id: Some(own),
        date: chrono::Local::now().date_naive(),
        test_id: "knee_flexion_iso_90".into(),
        side: forcetrack::model::Side::Right,
        device: "Hoggan microFET 2".into(),
        instrument: forcetrack::model::Instrument::Handheld,
        unit: forcetrack::model::ForceUnit::Newton,
        peaks: vec![290.0],
        right_peaks: Vec::new(),
        pain: Some(0),
        lever_arm_m: None,
    };
    forcetrack::io::import::save_entered(&mut clinic::open(data.path()), &recovered).expect("saved");
    click(&mut app, "Abandon session");
    wait_for_text(&mut app, "Leave this session? Its visit holds 2 trials: Isometric knee flexion 90/90 (2).");
    wait_for(&mut app, "Keep the visit and its 2 trials");
    ui::picture(&mut app, "abandon_a_session_of_its_own_visit");
    click(&mut app, "Delete the visit (restorable for 30 days)");
    wait_for_text(&mut app, "with its 2 trials: Isometric knee flexion 90/90 (2).");
    assert_eq!(store.visits(1).expect("the visits").len(), 1, "deleted");
    assert_eq!(store.deleted_visits(Some(1)).expect("the deleted visits").len(), 1, "kept restorable");
    click(&mut app, "Undo");
    wait_for_text(&mut app, "Restored the visit of");
    assert_eq!(store.visits(1).expect("the visits").len(), 2, "restored");
    assert_eq!(store.trials_of_athlete(1).expect("the trials").len(), 4, "with its trials");

    // Deleted again, it is restored from the athlete's page.
    click(&mut app, "Isometric knee flexion 90/90");
    click(&mut app, "Start session");
    click(&mut app, "Abandon session");
    wait_for_text(&mut app, "Leave this session? Its visit holds no trials yet.");
    wait_for(&mut app, "Keep the visit (it holds no trials)");
    click(&mut app, "Delete the visit (restorable for 30 days)");
    wait_for_text(&mut app, "with no trials.");
    click(&mut app, "Ada Lovelace");
    wait_for_text(&mut app, "Recently deleted visits (restorable for 30 days)");
    let restore = labels_containing(&app, "Restore the visit of").pop().expect("a Restore button");
    click(&mut app, &restore);
    wait_until(&mut app, "the restored visit to leave the list", ui::PATIENCE_S, |a| {
        labels_containing(a, "Recently deleted visits").is_empty()
    });
    wait_for_text(&mut app, "Visits (3)");
    assert_eq!(store.visits(1).expect("the visits").len(), 3, "restored from the athlete's page");
    assert!(store.deleted_visits(Some(1)).expect("the deleted visits").is_empty());
}

/// A value typed in shows once when typed in the display unit ("46.8 kgf", not "46.8 kgf
/// (46.8 kgf)"); the conversion is shown only when the unit typed is another.
#[test]
fn a_value_typed_in_the_display_unit_shows_once_and_another_unit_converted() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::demo_clinic_with(
        data.path(),
        forcetrack::analysis::AsymmetryFormula::PercentDifference,
        r#"{"mode": "clinic", "unit": "kilogram_force", "countdown_s": 0.0}"#,
    );
    click(&mut app, "Liam O'Connor");
    click(&mut app, "▶ New test session");
    click(&mut app, "Start session");
    click(&mut app, "· Isometric knee flexion 90/90, right");
    click(&mut app, "Type the values (a device with no public protocol)");
    type_into(&mut app, "Device", "Hoggan microFET 2");
    type_into(&mut app, "Peak of each rep", "46.8 45.1");
    wait_for(&mut app, "2 reps, best 46.8 kgf: entered by hand");
    assert!(labels_containing(&app, "(46.8 kgf)").is_empty(), "the value once");
    ui::picture(&mut app, "hand_entry_in_the_display_unit");
    click(&mut app, "N");
    wait_for(&mut app, "2 reps, best 46.8 N (4.8 kgf): entered by hand");
}

/// "Not done" is one choice for a test, both sides (or only the side shown, when asked), and
/// the marks stay with the visit (issue 27): a second session that joins the visit of the day
/// finds them in the visit's notes, as it finds its trials, and the notes hold each once.
#[test]
fn not_done_is_marked_once_for_both_sides_and_kept_when_a_session_joins_the_visit() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = session_on_the_demo_dynamometer(
        data.path(),
        &["Isometric knee flexion 90/90", "Isometric knee extension 90/90"],
    );
    // The left knee flexion first: both sides of the test are marked with one reason.
    wait_for_text(&mut app, "▶ Isometric knee flexion 90/90, left");
    type_into(&mut app, "Not done today?", "knee pain");
    wait_for(&mut app, "Mark only the left side not done");
    click(&mut app, "Mark both sides not done");
    wait_for_text(&mut app, "– Isometric knee flexion 90/90, left (not done)");
    wait_for_text(&mut app, "– Isometric knee flexion 90/90, right (not done)");
    wait_for_text(&mut app, "▶ Isometric knee extension 90/90, left");
    // Only the left knee extension, the right one typed in.
    type_into(&mut app, "Not done today?", "no time");
    click(&mut app, "Mark only the left side not done");
    wait_for_text(&mut app, "– Isometric knee extension 90/90, left (not done)");
    wait_for_text(&mut app, "▶ Isometric knee extension 90/90, right");
    click(&mut app, "Type the values (a device with no public protocol)");
    type_into(&mut app, "Device", "Hoggan microFET 2");
    type_into(&mut app, "Peak of each rep", "500 510");
    wait_for_text(&mut app, "entered by hand");
    click(&mut app, "pain 0");
    click(&mut app, "✔ Save");
    // Nothing is left: the summary opens with each mark once.
    wait_for_text(&mut app, "Summary: Ada Lovelace");
    let lines = [
        "Not done: Isometric knee flexion 90/90, left (knee pain).",
        "Not done: Isometric knee flexion 90/90, right (knee pain).",
        "Not done: Isometric knee extension 90/90, left (no time).",
    ];
    for line in lines {
        wait_for_text(&mut app, line);
    }
    click(&mut app, "💾 Save visit");
    wait_for_text(&mut app, "History: Ada Lovelace");
    // A second session joins the visit of the day: the marks are there, with their reasons.
    click(&mut app, "Test");
    wait_for_text(&mut app, "has a visit today");
    click(&mut app, "Add to today's visit");
    click(&mut app, "Isometric knee extension 90/90");
    click(&mut app, "Isometric hip extension");
    click(&mut app, "Resume session");
    wait_for_text(&mut app, "– Isometric knee extension 90/90, left (not done)");
    wait_for_text(&mut app, "✔ Isometric knee extension 90/90, right");
    click(&mut app, "Type the values (a device with no public protocol)");
    type_into(&mut app, "Device", "Hoggan microFET 2");
    type_sides(&mut app, &["300", "310"]);
    wait_for_text(&mut app, "Summary: Ada Lovelace");
    wait_for_text(&mut app, "Not done: Isometric knee extension 90/90, left (no time).");
    click(&mut app, "💾 Save visit");
    wait_for_text(&mut app, "History: Ada Lovelace");
    let store = clinic::open(data.path());
    let visits = store.visits(1).expect("the visits");
    assert_eq!(visits.len(), 1, "one visit of the day");
    for line in lines {
        assert_eq!(visits[0].notes.matches(line).count(), 1, "{line} once in {:?}", visits[0].notes);
    }
}

/// Leaving a session can keep its visit as it is: the answer says so with the trials it holds,
/// the tests marked not done go to its notes; "Go on with the session" only closes the question.
#[test]
fn an_abandoned_session_can_keep_its_visit_and_its_trials() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = session_on_the_demo_dynamometer(data.path(), &["Isometric knee flexion 90/90"]);
    click(&mut app, "Type the values (a device with no public protocol)");
    type_into(&mut app, "Device", "Hoggan microFET 2");
    type_sides(&mut app, &["280"]);
    wait_for_text(&mut app, "Trial saved.");
    type_into(&mut app, "Not done today?", "cramp");
    click(&mut app, "Mark not done");
    wait_for_text(&mut app, "Summary: Ada Lovelace");
    click(&mut app, "◀ Back to testing");
    click(&mut app, "Abandon session");
    wait_for_text(&mut app, "Leave this session? Its visit holds 1 trial: Isometric knee flexion 90/90 (1).");
    click(&mut app, "Go on with the session");
    assert!(labels_containing(&app, "Leave this session?").is_empty(), "the question is closed");
    wait_for(&mut app, "Abandon session");
    click(&mut app, "Abandon session");
    click(&mut app, "Keep the visit and its 1 trial");
    wait_for_text(&mut app, "Left the session. The visit of");
    wait_for_text(&mut app, "is kept with its 1 trial.");
    let store = clinic::open(data.path());
    let visits = store.visits(1).expect("the visits");
    assert_eq!(visits.len(), 1, "the visit is kept");
    assert_eq!(store.trials_of_athlete(1).expect("the trials").len(), 1, "with its trial");
    assert_eq!(visits[0].notes, "Not done: Isometric knee flexion 90/90, right (cramp).");
    // A session that joins it and adds nothing is left with nothing removed.
    click(&mut app, "Isometric knee flexion 90/90");
    click(&mut app, "Add to today's visit");
    click(&mut app, "Resume session");
    wait_for_text(&mut app, "– Isometric knee flexion 90/90, right (not done)");
    click(&mut app, "Abandon session");
    wait_for_text(&mut app, "Leave this session? It added nothing to the visit of");
    wait_for_text(&mut app, "which keeps its 1 trial.");
    click(&mut app, "Leave the session");
    wait_for_text(&mut app, "keeps the 1 trial it held before.");
    assert_eq!(store.trials_of_athlete(1).expect("the trials").len(), 1);
}

/// A Nordic (both legs at once; a NordBord has no public protocol) is typed in with each leg's
/// peaks in one form, saved as one trial of both legs like a recorded Nordic, each leg's
/// peaks counted on its side (issue 27).
#[test]
fn a_nordic_is_typed_in_with_both_legs_peaks_in_one_form() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = session_on_the_demo_dynamometer(data.path(), &["Nordic hamstring exercise"]);
    click(&mut app, "Type the values (a device with no public protocol)");
    type_into(&mut app, "Device", "VALD NordBord");
    click(&mut app, "load cell rig");
    // A value that is not a number is said with its leg, not ignored.
    type_into(&mut app, "Left leg: peak of each rep", "372 abc");
    wait_for_text(&mut app, "left leg: 'abc' is not a peak force in N");
    retype(&mut app, "Left leg: peak of each rep", "372 380");
    type_into(&mut app, "Right leg: peak of each rep", "340 351 349");
    wait_for_text(&mut app, "left: 2 reps, best 380 N");
    wait_for_text(&mut app, "right: 3 reps, best 351 N");
    assert!(labels_containing(&app, "--side").is_empty(), "no command-line advice in the app");
    click(&mut app, "pain 0");
    click(&mut app, "✔ Save");
    wait_for_text(&mut app, "Summary: Ada Lovelace");
    wait_for_text(&mut app, "(entered by hand)");
    let store = clinic::open(data.path());
    let trials = store.trials_of_athlete(1).expect("the trials");
    assert_eq!(trials.len(), 1, "one trial of both legs");
    assert_eq!(trials[0].meta.side, forcetrack::model::Side::Both);
    let entered = trials[0].entered.as_ref().expect("entered peaks");
    assert_eq!(
        (entered.peaks_n.clone(), entered.right_peaks_n.clone()),
        (vec![372.0, 380.0], vec![340.0, 351.0, 349.0])
    );
}

/// A pre-injury baseline is before the injury (issue 27): the episode form offers only visits
/// before the injury date, and a baseline the injury date no longer follows is refused beside
/// its field with both dates.
#[test]
fn the_episode_form_offers_only_visits_before_the_injury_as_its_baseline() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::demo_clinic_with(
        data.path(),
        forcetrack::analysis::AsymmetryFormula::PercentDifference,
        r#"{"mode": "clinic"}"#,
    );
    let store = clinic::open(data.path());
    let episode = store.episodes(1).expect("the episodes").remove(0);
    let injury = episode.injury_date;
    let (before, after): (Vec<_>, Vec<_>) =
        store.visits(1).expect("the visits").into_iter().map(|v| v.date_time.date()).partition(|d| *d < injury);
    assert!(!before.is_empty() && !after.is_empty(), "Liam has visits before and after his injury");
    click(&mut app, "Liam O'Connor");
    click(&mut app, "Edit");
    wait_for_text(&mut app, "Edit injury episode");
    click(&mut app, "Pre-injury baseline");
    for d in &before {
        wait_for(&mut app, &d.to_string());
    }
    for d in &after {
        assert!(app.query_all_by_label(&d.to_string()).next().is_none(), "{d}, after the injury {injury}, is offered");
    }
    app.key_press(egui::Key::Escape);
    app.step();
    // An injury date before the chosen baseline: said beside the field, not saved.
    let baseline = before.last().copied().expect("the baseline");
    let earlier = baseline - chrono::Duration::days(2);
    retype(&mut app, "Injury date", &earlier.to_string());
    click(&mut app, "Save episode");
    wait_for_text(&mut app, &format!("the visit of {baseline} is not before the injury date {earlier}"));
    assert_eq!(store.episodes(1).expect("the episodes")[0].injury_date, injury, "not saved");
}
