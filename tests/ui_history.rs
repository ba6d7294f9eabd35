//! A visit's results and the athlete's history as a clinician reads them (egui_kittest): results
//! of different kinds of instrument are not joined as if comparable, and what the session's
//! summary says fits the window.

#[path = "common/clinic.rs"]
mod clinic;
#[path = "common/server.rs"]
#[allow(dead_code)]
mod server;
#[path = "common/ui.rs"]
mod ui;

use egui_kittest::kittest::{NodeT, Queryable};
use ui::{App, click, labels_containing, retype, type_into, wait_for_text};

/// A handheld value and a fixed-frame value are not comparable (issue 27): the key says which
/// points are of which kind and that the line breaks there, and a pre-injury baseline taken
/// with another kind of instrument than the latest values is not drawn as their reference.
#[test]
fn the_history_chart_says_which_values_are_of_another_kind_of_instrument() {
    let data = tempfile::tempdir().expect("a temporary folder");
    {
        let mut store = clinic::demo_store(data.path());
        let rows = store.athletes(false).expect("the athletes");
        let liam = rows.iter().find(|r| r.athlete.family_name == "O'Connor").expect("Liam").athlete.id;
        // Liam's knee flexion a week after his last visit on a fixed frame (his baseline and
        // rehab values are handheld).
        let trial = forcetrack::io::import::EnteredTrial {
            athlete_id: liam,
            visit_id: None,
            date: chrono::NaiveDate::from_ymd_opt(2026, 4, 27).unwrap(),
            test_id: "knee_flexion_iso_90".into(),
            side: forcetrack::model::Side::Left,
            device: "Fixed-frame knee rig".into(),
            instrument: forcetrack::model::Instrument::FixedFrame,
            unit: forcetrack::model::ForceUnit::Newton,
            peaks: vec![330.0, 335.0],
            right_peaks: Vec::new(),
            pain: Some(0),
            lever_arm_m: Some(0.38),
        };
        forcetrack::io::import::save_entered(&mut store, &trial).expect("saved");
    }
    ui::write_prefs(data.path(), r#"{"mode": "clinic"}"#);
    let mut app = ui::start(forcetrack::app::AppOptions::new(data.path().to_path_buf()));
    click(&mut app, "Liam O'Connor");
    click(&mut app, "History");
    wait_for_text(&mut app, "History: Liam O'Connor");
    wait_for_text(&mut app, "progress (best (N))");
    wait_for_text(
        &mut app,
        "filled: fixed frame; hollow: handheld dynamometer — not comparable, the line breaks where the kind of \
         instrument changes",
    );
    wait_for_text(
        &mut app,
        "Pre-injury baseline (left) not drawn: taken with handheld dynamometer, not comparable with the latest \
         values (fixed frame)",
    );
    // The right side stayed on the handheld dynamometer: its baseline is still its reference.
    wait_for_text(&mut app, "- - - pre-injury baseline");
    assert!(labels_containing(&app, "Pre-injury baseline (right) not drawn").is_empty());
    ui::picture(&mut app, "history-kinds-of-instrument");

    // One kind throughout: no such key, the baseline is the reference.
    click(&mut app, "Isometric knee extension 90/90");
    wait_for_text(&mut app, "Isometric knee extension 90/90 — progress");
    assert!(labels_containing(&app, "hollow:").is_empty());
    assert!(labels_containing(&app, "not drawn").is_empty());
}

/// Every widget whose label contains `text` lies inside the window's width (nothing runs off
/// its right edge at 1280 × 800).
fn assert_within_width(app: &App, text: &str) {
    let right = app.ctx.content_rect().max.x;
    let nodes: Vec<_> = app.query_all_by_label_contains(text).collect();
    assert!(!nodes.is_empty(), "nothing shows '{text}'");
    for node in nodes {
        let b = node.accesskit_node().bounding_box().expect("drawn");
        assert!((b.x1 as f32) <= right, "'{text}' runs off the window: {b:?}, right edge {right}");
    }
}

/// The session summary wraps what is long (issue 27): a change that is not comparable (both
/// values and both kinds of instrument) and the visit's notes stay inside the window.
#[test]
fn the_summary_wraps_a_change_that_is_not_comparable_and_the_notes() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::session_on_the_demo_dynamometer(data.path(), &["Isometric knee flexion 90/90"]);
    // An earlier visit's knee flexion on a fixed frame: today's handheld values are not
    // comparable with it.
    for (side, peaks) in
        [(forcetrack::model::Side::Left, [301.0, 305.0]), (forcetrack::model::Side::Right, [310.0, 312.0])]
    {
        let earlier = forcetrack::io::import::EnteredTrial {
            athlete_id: 1,
            visit_id: None,
            date: chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            test_id: "knee_flexion_iso_90".into(),
            side,
            device: "Fixed-frame knee rig of the clinic's strength room".into(),
            instrument: forcetrack::model::Instrument::FixedFrame,
            unit: forcetrack::model::ForceUnit::Newton,
            peaks: peaks.to_vec(),
            right_peaks: Vec::new(),
            pain: Some(0),
            lever_arm_m: Some(0.38),
        };
        forcetrack::io::import::save_entered(&mut clinic::open(data.path()), &earlier).expect("saved");
    }
    click(&mut app, "Type the values (a device with no public protocol)");
    type_into(&mut app, "Device", "Hoggan microFET 2");
    for (k, typed) in ["280 285 290", "300 305"].iter().enumerate() {
        retype(&mut app, "Peak of each rep", typed);
        wait_for_text(&mut app, "entered by hand");
        click(&mut app, "pain 0");
        click(&mut app, "✔ Save");
        if k == 0 {
            wait_for_text(&mut app, "Trial saved.");
            if app.query_all_by_label_contains("Skip rest").next().is_some() {
                click(&mut app, "Skip rest");
            }
        }
    }
    wait_for_text(&mut app, "Summary: Ada Lovelace");
    wait_for_text(&mut app, "not comparable: different device or mode");
    let notes = "Knee flexion on the microFET today: the fixed frame was in use by another athlete. \
                 Pain-free throughout; the athlete reports tightness after the third rep on the left, \
                 which settled within a minute. Repeat on the fixed frame next week.";
    type_into(&mut app, "Visit notes", notes);
    app.run_steps(4);
    ui::picture(&mut app, "summary-not-comparable");
    assert_within_width(&app, "not comparable: different device or mode");
    assert_within_width(&app, "Visit notes");
}

/// A lever arm measured after the recording is added where the visit's results are read (issue
/// 27): the history's curves of a visit offer each side's lever arm; saved, the store holds it
/// and H:Q uses it. A value that is not a number or not plausible is said and not saved.
#[test]
fn a_lever_arm_is_added_after_the_recording_in_the_history() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let store = clinic::demo_store(data.path());
    let rows = store.athletes(false).expect("the athletes");
    let liam = rows.iter().find(|r| r.athlete.family_name == "O'Connor").expect("Liam").athlete.id;
    let last_visit = store.visits(liam).expect("the visits").last().expect("a visit").id;
    let extension: Vec<i64> = store
        .trials_of_visit(last_visit)
        .expect("the trials")
        .iter()
        .filter(|t| t.meta.test_id == "knee_extension_iso_90" && t.meta.side == forcetrack::model::Side::Left)
        .map(|t| t.id)
        .collect();
    // Recorded without a lever arm.
    for &id in &extension {
        store.set_lever_arm(id, None).expect("cleared");
    }
    ui::write_prefs(data.path(), r#"{"mode": "clinic"}"#);
    let mut app = ui::start(forcetrack::app::AppOptions::new(data.path().to_path_buf()));
    click(&mut app, "Liam O'Connor");
    click(&mut app, "History");
    wait_for_text(&mut app, "History: Liam O'Connor");
    click(&mut app, "Isometric knee extension 90/90");
    wait_for_text(&mut app, "Lever arm, left (m)");
    retype(&mut app, "Lever arm, left (m)", "abc");
    wait_for_text(&mut app, "left: 'abc' is not a number");
    assert!(app.get_by_label("Save lever arms").accesskit_node().is_disabled());
    retype(&mut app, "Lever arm, left (m)", "5");
    wait_for_text(&mut app, "left: a lever arm of 5 m is not plausible");
    assert!(app.get_by_label("Save lever arms").accesskit_node().is_disabled());
    retype(&mut app, "Lever arm, left (m)", "0,40");
    click(&mut app, "Save lever arms");
    wait_for_text(&mut app, "Lever arm saved (left 0.4 m): torque and H:Q use it.");
    ui::picture(&mut app, "history-lever-arm");
    for &id in &extension {
        assert_eq!(store.trial_info(id).expect("the trial").meta.lever_arm_m, Some(0.40));
    }
    // H:Q of that visit, left, from the lever arm just added.
    click(&mut app, "H:Q ratio");
    wait_for_text(&mut app, "2026-04-20");
    let results = forcetrack::records::athlete_results(
        &store,
        liam,
        &store.test_library().expect("the library"),
        &forcetrack::records::result_settings(&store).expect("the settings"),
    )
    .expect("the results");
    let hq = results.last().expect("a visit").hq(forcetrack::model::Side::Left).ratio().expect("H:Q");
    wait_for_text(&mut app, &format!("{hq:.2}"));
}

/// The summary's H:Q line says when knee flexion and knee extension were measured with
/// different kinds of instrument, as change does (issue 27); the ratio is still given.
#[test]
fn the_summary_says_an_hq_across_two_kinds_of_instrument_is_not_comparable() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::session_on_the_demo_dynamometer(
        data.path(),
        &["Isometric knee flexion 90/90", "Isometric knee extension 90/90"],
    );
    click(&mut app, "Type the values (a device with no public protocol)");
    // Knee flexion on a fixed frame, knee extension on a handheld dynamometer.
    let trials = [
        ("Fixed-frame knee rig", "fixed frame", "300 305", "0.38"),
        ("", "fixed frame", "310", ""),
        ("Hoggan microFET 2", "handheld dynamometer", "520 530", "0.40"),
        ("", "handheld dynamometer", "525", ""),
    ];
    for (k, (device, kind, typed, lever)) in trials.iter().enumerate() {
        if !device.is_empty() {
            retype(&mut app, "Device", device);
        }
        click(&mut app, kind);
        retype(&mut app, "Peak of each rep", typed);
        if !lever.is_empty() {
            retype(&mut app, "Lever arm (m)", lever);
        }
        wait_for_text(&mut app, "entered by hand");
        click(&mut app, "pain 0");
        click(&mut app, "✔ Save");
        if k + 1 < trials.len() {
            wait_for_text(&mut app, "Trial saved.");
            if app.query_all_by_label_contains("Skip rest").next().is_some() {
                click(&mut app, "Skip rest");
            }
        }
    }
    wait_for_text(&mut app, "Summary: Ada Lovelace");
    wait_for_text(&mut app, &format!("left {:.2}", 305.0 * 0.38 / (530.0 * 0.40)));
    wait_for_text(
        &mut app,
        "left H:Q not comparable: different device or mode (knee flexion: fixed frame; knee extension: handheld \
         dynamometer)",
    );
    wait_for_text(&mut app, "right H:Q not comparable: different device or mode");
    ui::picture(&mut app, "summary-hq-two-kinds");
}
