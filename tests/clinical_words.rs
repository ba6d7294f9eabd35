//! What a clinician reads names tests, devices and formulas as people know them: no test id
//! from the test library, no device profile id and no asymmetry formula id appears as a word
//! in the app's screens (their accessibility tree), the printed report (read back with
//! `pdftotext`), the CSV exports' `#` block or the command line's tables. Flags are said in
//! plain words, the low sample rate once beside the RFD it qualifies; the report's methods are
//! in its unit and end on a page that holds more than them.

mod common;
#[path = "common/ui.rs"]
mod ui;

use std::path::Path;
use std::process::Command;

use egui_kittest::kittest::NodeT;
use forcetrack::analysis::AsymmetryFormula;
use forcetrack::device::profile::ProfileSet;
use forcetrack::protocols::TestLibrary;
use ui::{App, click, labels_containing, wait_for, wait_for_text, wait_until};

/// Every id a person must not read: the test library's tests, the shipped device profiles and
/// the asymmetry formulas.
fn ids() -> Vec<String> {
    let mut ids: Vec<String> = TestLibrary::builtin().tests.iter().map(|t| t.id.clone()).collect();
    ids.extend(ProfileSet::load(None).profiles.iter().map(|p| p.id.clone()));
    // "ratio" is also the word for the unit of H:Q and of the ratio formula's values.
    ids.extend(AsymmetryFormula::ALL.iter().map(|f| f.id().to_string()).filter(|id| id != "ratio"));
    ids
}

/// The ids in `text` as whole words (a word: letters, digits and '_'), with the line they are on.
fn ids_in(text: &str) -> Vec<String> {
    let ids = ids();
    let mut found = Vec::new();
    for line in text.lines() {
        for word in line.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            if ids.iter().any(|id| id == word) {
                found.push(format!("'{word}' in: {line}"));
            }
        }
    }
    found
}

fn assert_no_ids(what: &str, text: &str) {
    let found = ids_in(text);
    assert!(found.is_empty(), "{what} shows ids:\n{}", found.join("\n"));
    for flag in
        ["low_sample_rate", "noisy_baseline", "baseline_from_trial_start", "not_sustained", "percent_difference"]
    {
        assert!(!text.contains(flag), "{what} shows '{flag}':\n{text}");
    }
}

#[test]
fn the_id_check_finds_ids_as_words_only() {
    assert_eq!(ids_in("MDC knee_flexion_iso_30: 13 %").len(), 1);
    assert_eq!(ids_in("devices=demo_dynamometer").len(), 1);
    assert_eq!(ids_in("Asymmetry: Percent difference (percent_difference)").len(), 1);
    assert!(ids_in("Nordic hamstring exercise, Demo dynamometer, Percent difference").is_empty());
}

/// Everything the app's current frame says (labels, buttons, their names).
fn screen_text(app: &App) -> String {
    app.root().children_recursive().filter_map(|n| ui::text_of(&n)).collect::<Vec<_>>().join("\n")
}

fn record_three_reps(app: &mut App) {
    click(app, "⏺ Start recording");
    wait_until(app, "three finished reps", ui::PATIENCE_S, |a| {
        labels_containing(a, "Rep 3:").iter().any(|l| !l.ends_with('…'))
    });
    click(app, "■ Stop");
    for rep in ["Rep 1", "Rep 2", "Rep 3"] {
        wait_for(app, rep);
    }
}

/// A session on the demo dynamometer (80 samples/s): the review says once, beside the RFD, that
/// RFD is not reliable at that rate, and nowhere shows a flag id; the summary, which shows no
/// RFD, does not say it; the history names the test.
#[test]
fn the_session_review_summary_and_history_speak_plain_words() {
    let data = tempfile::tempdir().unwrap();
    let mut app = ui::session_with_the_demo_dynamometer(data.path());
    wait_for(&mut app, "⏺ Start recording");
    record_three_reps(&mut app);
    let review = screen_text(&app);
    assert_no_ids("the review", &review);
    assert_eq!(
        review.matches("RFD not reliable below 200 samples/s").count(),
        1,
        "said once, beside the RFD:\n{review}"
    );
    click(&mut app, "pain 0");
    click(&mut app, "✔ Accept trial");
    click(&mut app, "Skip rest");
    wait_for(&mut app, "⏺ Start recording");
    record_three_reps(&mut app);
    click(&mut app, "pain 0");
    click(&mut app, "✔ Accept trial");
    wait_for_text(&mut app, "LSI");
    let summary = screen_text(&app);
    assert_no_ids("the summary", &summary);
    assert!(!summary.contains("samples/s"), "no RFD on the summary, so no word about it:\n{summary}");
    click(&mut app, "💾 Save visit");
    wait_for_text(&mut app, "History: Ada Lovelace");
    app.run_steps(5);
    assert_no_ids("the history", &screen_text(&app));
    drop(app);
    // The trials hold the device profile's id; the report names the device, its rate rounded
    // (a rate from time stamps reads like 100.0000000000199 Hz).
    let pdf = data.path().join("ada.pdf");
    forcetrack(data.path(), &["report", "--athlete", "1", "--out", pdf.to_str().unwrap()]);
    if let Some(pages) = pdf_pages(&pdf) {
        let text = pages.join("\n");
        assert_no_ids("Ada's report", &text);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("Devices: Demo dynamometer (handheld dynamometer, 100 Hz)"), "{flat}");
    }
}

/// The demo clinic's Liam O'Connor: his history and clearance screens.
#[test]
fn the_history_and_clearance_screens_name_tests_as_people_do() {
    let data = tempfile::tempdir().unwrap();
    let mut app = ui::start(forcetrack::app::AppOptions::new(data.path().to_path_buf()));
    click(&mut app, "Explore the demo clinic");
    click(&mut app, "Liam O'Connor");
    assert_no_ids("the athlete's page", &screen_text(&app));
    click(&mut app, "History");
    wait_for_text(&mut app, "History: Liam O'Connor");
    app.run_steps(5);
    assert_no_ids("the history", &screen_text(&app));
    click(&mut app, "Clearance");
    wait_for_text(&mut app, "Sign off");
    app.run_steps(5);
    assert_no_ids("the clearance", &screen_text(&app));
}

fn forcetrack(data: &Path, args: &[&str]) -> String {
    let out = Command::new(common::forcetrack_bin()).arg("--data-dir").arg(data).args(args).output().unwrap();
    assert!(out.status.success(), "forcetrack {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The PDF's text page by page (pages end with a form feed), or `None` with the reason printed
/// where poppler is not installed.
fn pdf_pages(pdf: &Path) -> Option<Vec<String>> {
    match Command::new("pdftotext").args(["-layout", pdf.to_str().unwrap(), "-"]).output() {
        Ok(out) => {
            assert!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
            let text = String::from_utf8_lossy(&out.stdout).into_owned();
            Some(text.split('\u{c}').filter(|p| !p.trim().is_empty()).map(String::from).collect())
        }
        Err(e) => {
            eprintln!("skipping the PDF text check: pdftotext is not available ({e}); install poppler-utils");
            None
        }
    }
}

/// Liam O'Connor's report in kgf and in N, his CSV exports' `#` blocks and the command line's
/// visits table: names, not ids; flags in words; the methods in the report's unit, not on a
/// page of their own.
#[test]
fn the_report_exports_and_tables_name_tests_devices_and_formulas() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    forcetrack(data.path(), &["demo"]);
    let liam = "1";
    assert!(forcetrack(data.path(), &["athletes"]).contains("1  Liam O'Connor"));

    for unit in ["kgf", "N"] {
        let pdf = out.path().join(format!("liam_{unit}.pdf"));
        forcetrack(data.path(), &["report", "--athlete", liam, "--unit", unit, "--out", pdf.to_str().unwrap()]);
        let Some(pages) = pdf_pages(&pdf) else { continue };
        let text = pages.join("\n");
        assert_no_ids(&format!("the report in {unit}"), &text);
        assert!(!text.contains("DOMAIN.md"), "{text}");
        assert!(!text.contains("Quality flags"), "no RFD is printed, so no word about the sample rate:\n{text}");
        // The methods: the MDC in the report's unit, sample rates rounded.
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let mdc =
            if unit == "kgf" { "6.1 kgf for Nordic hamstring exercise" } else { "60 N for Nordic hamstring exercise" };
        assert!(flat.contains(mdc), "{flat}");
        assert!(flat.contains("Demo Nordic rig (load cell rig, 80 Hz)"), "{flat}");
        if unit == "kgf" {
            assert!(!flat.contains("60 N"), "an MDC in N in a kgf report:\n{flat}");
        }
        // The methods end on a page that holds more than them: the results' progress or the sign-off.
        let last_methods = pages.iter().rposition(|p| p.contains("Methods")).expect("a methods section");
        let page = &pages[last_methods];
        assert!(
            page.contains("Sign-off") || page.contains("Progress over visits"),
            "the methods are on a page of their own:\n{page}"
        );
        let first_methods = pages.iter().position(|p| p.contains("Methods")).unwrap();
        assert_eq!(first_methods, last_methods, "the methods are split over pages");
    }

    let summary = out.path().join("visit.csv");
    let history = out.path().join("history.csv");
    let visits = forcetrack(data.path(), &["visits", "--athlete", liam]);
    assert_no_ids("the visits table", &visits);
    assert!(!visits.contains("samples/s"), "{visits}");
    let last_visit = forcetrack(data.path(), &["visits", "--athlete", liam, "--format", "json"]);
    let last_visit: serde_json::Value = serde_json::from_str(&last_visit).unwrap();
    let last_visit = last_visit["visits"].as_array().unwrap().last().unwrap()["visit"]["id"].to_string();
    forcetrack(data.path(), &["export", "visit", "--visit", &last_visit, "--out", summary.to_str().unwrap()]);
    forcetrack(data.path(), &["export", "history", "--athlete", liam, "--out", history.to_str().unwrap()]);
    for file in [&summary, &history] {
        let text = std::fs::read_to_string(file).unwrap();
        let preamble: String = text.lines().filter(|l| l.starts_with('#')).collect::<Vec<_>>().join("\n");
        // Each flag id of the flag columns is described once, by its plain words.
        let described: String = preamble.lines().filter(|l| !l.starts_with("# flag ")).collect::<Vec<_>>().join("\n");
        assert_no_ids(&format!("the # block of {}", file.display()), &described);
        assert!(ids_in(&preamble).is_empty(), "{preamble}");
        assert!(preamble.contains("# flag low_sample_rate: RFD not reliable below 200 samples/s"), "{preamble}");
        // The machine columns keep the ids scripts read.
        let table: String = text.lines().filter(|l| !l.starts_with('#')).collect::<Vec<_>>().join("\n");
        assert!(table.contains("knee_flexion_iso_90") && table.contains("low_sample_rate"), "{table}");
    }
}
