//! Return-to-sport clearance in the desktop app, headless (egui_kittest), found by label: the
//! athlete list shows each open episode's status with its counts, the checklist answers a manual
//! check, the report prints to a PDF, and the clinician signs off and closes the episode.

#[path = "common/ui.rs"]
mod ui;

use egui_kittest::kittest::{NodeT, Queryable};
use forcetrack::app::AppOptions;
use ui::{App, click, labels_containing, type_into, wait_for, wait_for_text, wait_until};

fn open_demo(app: &mut App) {
    click(app, "Explore the demo clinic");
    wait_for(app, "Liam O'Connor");
}

/// Waits until the template chooser shows `name`.
fn wait_for_template(app: &mut App, name: &str) {
    wait_until(app, &format!("the template '{name}'"), ui::PATIENCE_S, |a| {
        a.query_all_by_label("Template").any(|n| n.accesskit_node().value().is_some_and(|v| v == name))
    });
}

#[test]
fn a_clinician_reviews_clearance_prints_the_report_and_signs_off() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let exports = tempfile::tempdir().expect("a temporary folder");
    let mut options = AppOptions::new(data.path().to_path_buf());
    options.export_dir = Some(exports.path().to_path_buf());
    let mut app = ui::start(options);
    open_demo(&mut app);

    // The list: the hamstring strain athlete meets every criterion, the tendinopathy athlete not.
    wait_for(&mut app, "✔ all 10 criteria pass");
    wait_for(&mut app, "✖ not yet · 2 of 6 fail");
    assert_eq!(labels_containing(&app, "in rehab").len(), 2, "both rehab athletes are in rehab before sign-off");

    // Open Liam's checklist from the list.
    click(&mut app, "✔ all 10 criteria pass");
    wait_for_text(&mut app, "Return-to-sport clearance: Liam O'Connor");
    // Every criterion passes, but nobody has signed: the athlete is not "cleared" yet.
    wait_for(&mut app, "✔ ALL CRITERIA PASS");
    wait_for(&mut app, "Not signed: the athlete is cleared only when a clinician signs.");
    wait_for(&mut app, "all 10 required criteria pass");
    for source in ["van der Horst et al. 2017", "Freckleton et al. 2014"] {
        assert!(!labels_containing(&app, source).is_empty(), "source '{source}' shown");
    }

    // A manual check answered "No" turns the verdict; "Yes" restores it. An answer says who gave
    // it: without a name the checks cannot be answered, and the sign-off asks for one.
    assert!(app.get_by_label("The athlete feels ready: no").accesskit_node().is_disabled(), "no answer without a name");
    wait_for(&mut app, "Enter your name to sign.");
    type_into(&mut app, "Clinician", "Dr. Ana Costa");
    click(&mut app, "The athlete feels ready: no");
    wait_for(&mut app, "✖ NOT YET");
    wait_for(&mut app, "1 of 10 required criteria fail");
    click(&mut app, "The athlete feels ready: yes");
    wait_for(&mut app, "✔ ALL CRITERIA PASS");

    // The printable report.
    click(&mut app, "Print report (PDF)…");
    wait_for_text(&mut app, "Wrote ");
    let pdfs: Vec<_> = std::fs::read_dir(exports.path())
        .expect("the export folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect();
    assert_eq!(pdfs.len(), 1, "one PDF in {pdfs:?}");
    assert!(pdfs[0].ends_with("liam_oconnor_2026-04-20.pdf"), "named after the athlete and visit: {pdfs:?}");
    let bytes = std::fs::read(&pdfs[0]).expect("reading the PDF");
    assert!(bytes.starts_with(b"%PDF-") && bytes.len() > 10_000, "{} bytes", bytes.len());

    // Sign off (under the name given above): the episode closes; the list shows the athlete cleared.
    click(&mut app, "Sign off: cleared to return to sport");
    wait_for(&mut app, "Earlier sign-offs");
    // Signed: now the athlete is cleared.
    wait_for(&mut app, "✔ CLEARED");
    // An answer changed after the sign-off is said beside it, not hidden behind "cleared".
    click(&mut app, "The athlete feels ready: no");
    wait_for_text(&mut app, "Since the sign-off the criteria read \"not yet");
    click(&mut app, "The athlete feels ready: yes");
    wait_until(&mut app, "the note to go", ui::PATIENCE_S, |a| labels_containing(a, "Since the sign-off").is_empty());
    wait_for_text(&mut app, "Dr. Ana Costa · cleared · Hamstring strain injury");
    click(&mut app, "Athletes");
    wait_until(&mut app, "Liam listed as cleared", ui::PATIENCE_S, |a| {
        labels_containing(a, "in rehab").len() == 1 && labels_containing(a, "all 10 criteria pass").is_empty()
    });

    // The tendinopathy athlete: not yet, and signing that needs a note.
    click(&mut app, "✖ not yet · 2 of 6 fail");
    wait_for_text(&mut app, "Return-to-sport clearance: Sofia Marquez");
    wait_for(&mut app, "✖ NOT YET");
    wait_for(&mut app, "A note is needed to sign an evaluation whose criteria do not all pass.");
    // Signing a "not yet" never clears the athlete: the episode cannot be closed from it.
    assert!(app.query_all_by_label_contains("Close the injury episode").next().is_none());
    wait_for_text(
        &mut app,
        "The injury episode stays open: only signing an evaluation whose criteria all pass closes it",
    );
    app.check_accessibility();
}

#[test]
fn a_clinic_copy_of_a_template_is_used_for_its_injury_and_can_be_deleted() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::start(AppOptions::new(data.path().to_path_buf()));
    open_demo(&mut app);
    click(&mut app, "✔ all 10 criteria pass");
    wait_for(&mut app, "✔ ALL CRITERIA PASS");
    click(&mut app, "Copy and edit");
    wait_for(&mut app, "A clinic copy of 'hamstring_strain'; the default stays available.");
    type_into(&mut app, "Name", " with field tests");
    click(&mut app, "Save template");
    wait_for_template(&mut app, "Hamstring strain injury with field tests (clinic)");
    wait_for(&mut app, "Edit template");
    wait_for(&mut app, "✔ ALL CRITERIA PASS");

    // The athlete list now evaluates hamstring strains with the clinic's template.
    click(&mut app, "Athletes");
    click(&mut app, "✔ all 10 criteria pass");
    wait_for_template(&mut app, "Hamstring strain injury with field tests (clinic)");

    click(&mut app, "Edit template");
    click(&mut app, "Delete template");
    wait_for_template(&mut app, "Hamstring strain injury");
    wait_for(&mut app, "Copy and edit");
    app.check_accessibility();
}

#[test]
fn the_athlete_list_flags_a_red_asymmetry_and_says_each_failing_value_in_the_unit_shown() {
    let data = tempfile::tempdir().expect("a temporary folder");
    ui::write_prefs(data.path(), r#"{"unit": "kilogram_force"}"#);
    let mut app = ui::start(AppOptions::new(data.path().to_path_buf()));
    open_demo(&mut app);
    // Mateo Rossi has no injury: his screening Nordic is 18 % weaker on the left, in the red band.
    wait_for(&mut app, "Mateo Rossi");
    wait_for_text(&mut app, "⚠ flagged · red Nordic hamstring exercise");
    assert_eq!(labels_containing(&app, "⚠ flagged").len(), 1, "the others' latest results are not red");
    // The return-to-sport status says, on hover, each criterion that fails with its value and
    // threshold.
    wait_for(&mut app, "✖ not yet · 2 of 6 fail");
    app.get_by_label("✖ not yet · 2 of 6 fail").hover();
    wait_until(&mut app, "the failing criteria with their values", ui::PATIENCE_S, |a| {
        a.query_all_by_label_contains("(needs ").next().is_some()
    });
    let lines: Vec<String> = labels_containing(&app, "(needs ")
        .iter()
        .flat_map(|t| t.lines().map(str::to_string).collect::<Vec<_>>())
        .collect();
    let fails: Vec<&String> = lines.iter().filter(|l| l.starts_with("✖ fail: ")).collect();
    assert_eq!(fails.len(), 2, "{lines:?}");
    for line in fails {
        // "✖ fail: <criterion>: <value> (needs <threshold>)": a value, not only the label.
        let (_, rest) = line.split_once("✖ fail: ").unwrap();
        assert!(rest.contains(": ") && rest.ends_with(')'), "a value and a threshold: {line}");
        assert!(!rest.contains(" N ") && !rest.contains(" N)"), "forces in kgf: {line}");
    }
}

#[test]
fn the_athlete_page_shows_the_return_to_sport_status_and_opens_the_history_at_a_visit() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let mut app = ui::start(AppOptions::new(data.path().to_path_buf()));
    open_demo(&mut app);
    wait_for(&mut app, "✔ all 10 criteria pass");
    click(&mut app, "Liam O'Connor");
    wait_for_text(&mut app, "Injury episodes");
    // The open episode's status, as in the list, and a link to the checklist.
    wait_for(&mut app, "Return to sport");
    wait_for(&mut app, "✔ all 10 criteria pass");
    ui::picture(&mut app, "athlete_page");
    // A visit opens the history at that visit: its row marked, its curves shown.
    wait_for_text(&mut app, "Preseason screening.");
    let visit = app
        .query_all_by_label_contains("Preseason screening.")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Link)
        .expect("the visit is a link");
    visit.click();
    wait_for_text(&mut app, "History: Liam O'Connor");
    wait_for(&mut app, "▶ 2026-01-12");
    wait_until(&mut app, "the curves of that visit", ui::PATIENCE_S, |a| {
        a.query_all_by_label("Visit").any(|n| n.accesskit_node().value().is_some_and(|v| v == "2026-01-12"))
    });
    ui::picture(&mut app, "history_at_a_visit");
    // Back on the page, the status opens the checklist.
    click(&mut app, "Liam O'Connor");
    click(&mut app, "✔ all 10 criteria pass");
    wait_for_text(&mut app, "Return-to-sport clearance: Liam O'Connor");
}
