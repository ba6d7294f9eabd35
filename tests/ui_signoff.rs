//! Signing return-to-sport evaluations in the desktop app, headless (egui_kittest): an override
//! says what it does and its reason once, a signed evaluation cannot be signed twice, signing an
//! older visit says that a newer one is "not yet", and the command line and the PDF show the same.

#[path = "common/ui.rs"]
mod ui;

use std::path::Path;
use std::process::Command;

use egui_kittest::kittest::{NodeT, Queryable};
use forcetrack::app::AppOptions;
use forcetrack::model::ClearanceCheck;
use forcetrack::store::Store;
use ui::{App, click, labels_containing, type_into, wait_for, wait_for_text, write_prefs};

/// The demo clinic built in `data` (its own clinic, opened directly); returns the id of the
/// athlete named `name`.
fn demo_clinic(data: &Path, name: &str) -> i64 {
    let mut store = Store::open(data).expect("the clinic");
    forcetrack::io::demo::build_demo_clinic(&mut store).expect("the demo clinic");
    athlete_id(&store, name)
}

fn athlete_id(store: &Store, name: &str) -> i64 {
    store
        .athletes(true)
        .expect("the list")
        .iter()
        .find(|r| r.athlete.full_name() == name)
        .expect("the athlete")
        .athlete
        .id
}

fn forcetrack(data: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_forcetrack"))
        .args(args)
        .args(["--data-dir", data.to_str().expect("a path")])
        .output()
        .expect("forcetrack runs");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn open_clearance(data: &Path, athlete: &str) -> App {
    write_prefs(data, r#"{"mode": "clinic"}"#);
    let mut app = ui::start(AppOptions::new(data.to_path_buf()));
    click(&mut app, athlete);
    click(&mut app, "Clearance");
    wait_for_text(&mut app, &format!("Return-to-sport clearance: {athlete}"));
    app
}

#[test]
fn an_override_says_it_closes_the_episode_its_reason_is_said_once_and_it_is_signed_once() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let sofia = demo_clinic(data.path(), "Sofia Marquez");
    let mut app = open_clearance(data.path(), "Sofia Marquez");
    wait_for_text(&mut app, "The injury episode stays open");
    type_into(&mut app, "Clinician", "A. Clinician");
    click(&mut app, "Clear to return to sport anyway (override the evaluation)");
    // Ticked, the override is what will happen: the episode does not "stay open".
    wait_for_text(&mut app, "The injury episode closes with this sign-off: cleared by override");
    assert!(labels_containing(&app, "The injury episode stays open").is_empty());
    let reason = "cleared with the team physician: cup final, athlete informed of the risk";
    type_into(&mut app, "Note", reason);
    let sign = "Sign off: clear against this evaluation (not yet)";
    click(&mut app, sign);
    wait_for(&mut app, "✔! CLEARED BY OVERRIDE");
    // The banner gives the reason, once; the same evaluation cannot be signed again.
    wait_for_text(&mut app, &format!("Reason for the override: {reason}"));
    wait_for_text(&mut app, "A new sign-off is possible once an answer or a result changes.");
    let button = app
        .query_all_by_label_contains("Sign off")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Button);
    assert!(button.is_some_and(|b| b.accesskit_node().is_disabled()), "signed: the button is off");

    // The command line shows the sign-off and its reason.
    let table = forcetrack(data.path(), &["clearance", "--athlete", &sofia.to_string()]);
    assert!(table.contains("Signed by A. Clinician"), "{table}");
    assert!(table.contains("cleared by override, against the evaluation."), "{table}");
    assert_eq!(table.matches(reason).count(), 1, "{table}");
    let json: serde_json::Value = serde_json::from_str(&forcetrack(
        data.path(),
        &["clearance", "--athlete", &sofia.to_string(), "--format", "json"],
    ))
    .expect("JSON");
    assert_eq!(json["signed"]["override"], true);
    assert_eq!(json["signed"]["note"], reason);

    // The PDF says the reason once.
    let pdf = data.path().join("sofia.pdf");
    forcetrack(data.path(), &["report", "--athlete", &sofia.to_string(), "--out", pdf.to_str().expect("a path")]);
    let Ok(text) = Command::new("pdftotext").args([pdf.to_str().expect("a path"), "-"]).output() else {
        eprintln!("skipping the PDF text: pdftotext is not installed (.ci/run installs it)");
        return;
    };
    let text = String::from_utf8_lossy(&text.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(text.matches("cup final, athlete informed").count(), 1, "{text}");
}

#[test]
fn signing_an_older_visit_says_a_newer_one_is_not_yet_and_closing_then_needs_a_reason() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let liam = demo_clinic(data.path(), "Liam O'Connor");
    {
        // A week after the visit whose criteria all pass, the athlete does not feel ready.
        let store = Store::open(data.path()).expect("the clinic");
        let last = store.visits(liam).expect("visits").pop().expect("a visit");
        let mut later = last.clone();
        later.id = 0;
        later.date_time = last.date_time + chrono::Duration::days(7);
        later.notes = "the athlete does not feel ready".into();
        let later_id = store.add_visit(&later).expect("added");
        store
            .set_clearance_check(&ClearanceCheck {
                visit_id: later_id,
                check_id: "athlete_ready".into(),
                done: Some(false),
                clinician: "Dr. Jamie Rivera".into(),
                checked_at: later.date_time,
            })
            .expect("answered");
    }
    let mut app = open_clearance(data.path(), "Liam O'Connor");
    wait_for(&mut app, "✖ NOT YET");
    // The visit whose criteria all pass, a week earlier.
    click(&mut app, "Visit");
    click(&mut app, "2026-04-20");
    wait_for(&mut app, "✔ ALL CRITERIA PASS");
    wait_for_text(&mut app, "⚠ This is the visit of 2026-04-20; a newer visit, of 2026-04-27, says not yet");
    type_into(&mut app, "Clinician", "A. Clinician");
    // Closing the episode against the newer visit is not the default, and needs a reason.
    let close = "Close the injury episode: cleared to return to sport on 2026-04-20";
    wait_for(&mut app, close);
    assert_eq!(app.get_by_label(close).accesskit_node().toggled(), Some(egui::accesskit::Toggled::False));
    click(&mut app, close);
    wait_for_text(&mut app, "The reason for closing against the newer visit is needed");
    assert!(app.get_by_label("Sign off: cleared to return to sport").accesskit_node().is_disabled());
    type_into(&mut app, "Note", "return to training only; reviewed with the athlete");
    assert!(!app.get_by_label("Sign off: cleared to return to sport").accesskit_node().is_disabled());
}
