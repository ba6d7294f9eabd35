//! `forcetrack clearance` and `forcetrack report` on the demo clinic, as a user runs them: the
//! PDF read back with `pdftotext` (poppler-utils, which `.ci/run` installs) for the athlete, the
//! criteria and the verdict; Letter and A4 paper; the CSV's sections.

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn forcetrack(data: &Path, args: &[&str]) -> Output {
    let out = common::forcetrack_in(data, args);
    assert!(out.status.success(), "forcetrack {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

fn demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    // The clinic's record (on the test server, when the suite runs there), then the demo in it.
    drop(common::clinic::open(dir.path()));
    forcetrack(dir.path(), &["demo"]);
    dir
}

/// The id of a demo athlete.
fn athlete_id(data: &Path, name: &str) -> String {
    let out = forcetrack(data, &["athletes", "--format", "json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found = list
        .as_array()
        .unwrap()
        .iter()
        .find(|a| format!("{} {}", a["given_name"].as_str().unwrap(), a["family_name"].as_str().unwrap()) == name);
    found.unwrap()["id"].to_string()
}

/// A poppler tool's output, or `None` (with the reason printed) where it is not installed.
fn poppler(tool: &str, args: &[&str]) -> Option<String> {
    match Command::new(tool).args(args).output() {
        Ok(out) => {
            assert!(out.status.success(), "{tool} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(e) => {
            eprintln!("skipping the PDF text check: {tool} is not available ({e}); install poppler-utils");
            None
        }
    }
}

#[test]
fn clearance_as_json_and_as_a_table() {
    let data = demo();
    let liam = athlete_id(data.path(), "Liam O'Connor");
    let out = forcetrack(data.path(), &["clearance", "--athlete", &liam, "--format", "json"]);
    let e: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(e["status"], "all_pass");
    assert_eq!(e["template_id"], "hamstring_strain");
    let criteria = e["criteria"].as_array().unwrap();
    assert_eq!(criteria.len(), 11);
    let nordic = criteria.iter().find(|c| c["id"] == "nordic_lsi").unwrap();
    assert_eq!(nordic["verdict"], "pass");
    assert_eq!(nordic["readings"][0]["label"], "LSI");
    assert!(nordic["used"][0]["trial_ids"].as_array().is_some_and(|t| !t.is_empty()));

    // An earlier visit, chosen by id: week 6 is not yet cleared.
    let visits = forcetrack(data.path(), &["visits", "--athlete", &liam, "--format", "json"]);
    let visits: serde_json::Value = serde_json::from_slice(&visits.stdout).unwrap();
    let week6 = visits["visits"].as_array().unwrap().iter().rev().nth(1).unwrap()["visit"]["id"].to_string();
    let out = forcetrack(data.path(), &["clearance", "--athlete", &liam, "--visit", &week6]);
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("Status: not yet"), "{table}");
    assert!(table.contains("fail     Sport-specific field tests completed"), "{table}");

    let out = common::forcetrack_in(data.path(), &["clearance", "--athlete", &liam, "--template", "no_such"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no clearance template 'no_such'"));
}

#[test]
fn the_pdf_report_holds_the_athlete_the_criteria_and_the_verdict() {
    let data = demo();
    let dir = tempfile::tempdir().unwrap();
    let liam = athlete_id(data.path(), "Liam O'Connor");
    let pdf = dir.path().join("liam.pdf");
    forcetrack(data.path(), &["report", "--athlete", &liam, "--out", pdf.to_str().unwrap()]);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    let Some(text) = poppler("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]) else { return };
    for expected in [
        "Liam O'Connor",
        "Hamstring strain, left, grade 2b",
        "Results of this visit",
        "Nordic hamstring exercise",
        "Progress over visits",
        "Return-to-sport clearance: Hamstring strain injury",
        "ALL CRITERIA PASS (not signed)",
        "all 10 required criteria pass",
        "Nordic: LSI at least 90 %",
        "The athlete feels ready",
        "van der Horst et al. 2017",
        "Timmins et al. 2016",
        "van Dyk et al. 2019",
        "Sign-off",
    ] {
        assert!(text.contains(expected), "'{expected}' is missing from the PDF text:\n{text}");
    }
    let info = poppler("pdfinfo", &[pdf.to_str().unwrap()]).unwrap_or_default();
    assert!(info.contains("595.28 x 841.89 pts (A4)"), "{info}");

    // The tendinopathy athlete on Letter paper, in kgf: not yet cleared, and why.
    let sofia = athlete_id(data.path(), "Sofia Marquez");
    let pdf = dir.path().join("sofia.pdf");
    forcetrack(
        data.path(),
        &["report", "--athlete", &sofia, "--paper", "letter", "--unit", "kgf", "--out", pdf.to_str().unwrap()],
    );
    let text = poppler("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]).unwrap();
    for expected in [
        "Sofia Marquez",
        "NOT YET CLEARED",
        "Provocation tests negative",
        "modified bent-knee stretch positive",
        "kgf",
        "VISA-H",
    ] {
        assert!(text.contains(expected), "'{expected}' is missing from the PDF text:\n{text}");
    }
    let info = poppler("pdfinfo", &[pdf.to_str().unwrap()]).unwrap();
    assert!(info.contains("612 x 792 pts (letter)"), "{info}");
}

#[test]
fn the_csv_report_has_the_same_content() {
    let data = demo();
    let dir = tempfile::tempdir().unwrap();
    let sofia = athlete_id(data.path(), "Sofia Marquez");
    let csv = dir.path().join("sofia.csv");
    forcetrack(data.path(), &["report", "--athlete", &sofia, "--out", csv.to_str().unwrap()]);
    let mut reader = csv::Reader::from_path(&csv).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[..5], ["section", "athlete_id", "visit_id", "date", "item"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let sections: std::collections::BTreeSet<&str> = rows.iter().map(|r| r.get(0).unwrap()).collect();
    for s in ["athlete", "episode", "visit", "result", "progress", "clearance", "criterion"] {
        assert!(sections.contains(s), "no {s} rows: {sections:?}");
    }
    let status = rows.iter().find(|r| &r[0] == "clearance").unwrap();
    assert!(status[9].starts_with("not yet"), "{status:?}");
    let provocation = rows.iter().find(|r| &r[0] == "criterion" && &r[4] == "provocation_negative").unwrap();
    assert!(provocation[9].starts_with("fail"), "{provocation:?}");
    assert_eq!(
        &provocation[10],
        "Cacchio et al. 2012 (modified bent-knee stretch: sensitivity 89 %, specificity 91 %)"
    );

    let bad = dir.path().join("report.txt");
    let out = common::forcetrack_in(data.path(), &["report", "--athlete", &sofia, "--out", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("the report is written as .pdf or .csv"));
}

/// The report's language is asked for (`--language`), English by default; a language never
/// brings its decimal comma (`--decimal-comma` does); the CSV's columns and values stay
/// machine-readable. `export --bom` starts a spreadsheet with the byte-order mark.
#[test]
fn the_reports_language_and_decimal_comma_are_asked_for_never_implied() {
    let data = demo();
    let dir = tempfile::tempdir().unwrap();
    let liam = athlete_id(data.path(), "Liam O'Connor");
    let csv = |name: &str, extra: &[&str]| {
        let path = dir.path().join(name);
        let mut args = vec!["report", "--athlete", &liam, "--out", path.to_str().unwrap()];
        args.extend(extra);
        forcetrack(data.path(), &args);
        std::fs::read_to_string(&path).unwrap()
    };
    let hq_method = |text: &str| text.lines().find(|l| l.contains(",H:Q,method,")).unwrap().to_string();
    let english = csv("en.csv", &[]);
    assert!(hq_method(&english).contains("the isokinetic 0.47 of Croisier et al. 2008"), "{}", hq_method(&english));
    // Asked for English explicitly, the same; a decimal comma only when asked for.
    assert_eq!(csv("en2.csv", &["--language", "en"]), english);
    let comma = csv("comma.csv", &["--decimal-comma"]);
    assert!(hq_method(&comma).contains("the isokinetic 0,47 of Croisier et al. 2008"), "{}", hq_method(&comma));
    assert!(comma.starts_with("section,athlete_id,visit_id,date,item,metric,side,value,unit,text,source\n"));
    let value = comma.lines().find(|l| l.starts_with("progress,") && l.contains(",hq_ratio,")).unwrap();
    assert!(value.contains(",0.5"), "values keep their decimal point: {value}");
    // Every shipped language is accepted (a PDF too); an unknown one is refused, naming them.
    for tag in ["es", "de", "fr", "pt-PT", "pt-BR", "it"] {
        let text = csv(&format!("{tag}.csv"), &["--language", tag]);
        assert!(text.starts_with("section,athlete_id,"), "{tag}: {text}");
    }
    let pdf = dir.path().join("de.pdf");
    forcetrack(data.path(), &["report", "--athlete", &liam, "--language", "de", "--out", pdf.to_str().unwrap()]);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    let out = common::forcetrack_in(data.path(), &["report", "--athlete", &liam, "--language", "xx", "--out", "x.pdf"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("'xx' is not a report language (en, es, de, fr, pt-PT, pt-BR, it)"), "{stderr}");

    // `export --bom`: the spreadsheet starts with EF BB BF, and reads back the same.
    let visits: serde_json::Value =
        serde_json::from_slice(&forcetrack(data.path(), &["visits", "--athlete", &liam, "--format", "json"]).stdout)
            .unwrap();
    let visit = visits["visits"].as_array().unwrap().last().unwrap()["visit"]["id"].to_string();
    let plain = dir.path().join("plain.csv");
    let bom = dir.path().join("bom.csv");
    forcetrack(data.path(), &["export", "visit", "--visit", &visit, "--out", plain.to_str().unwrap()]);
    forcetrack(data.path(), &["export", "--bom", "visit", "--visit", &visit, "--out", bom.to_str().unwrap()]);
    let (plain, bom) = (std::fs::read(&plain).unwrap(), std::fs::read(&bom).unwrap());
    assert!(bom.starts_with(&[0xEF, 0xBB, 0xBF]) && !plain.starts_with(&[0xEF, 0xBB, 0xBF]));
    assert_eq!(&bom[3..], plain.as_slice());
    let all = dir.path().join("all");
    let out = common::forcetrack_in(data.path(), &["export", "--bom", "all", "--out", all.to_str().unwrap()]);
    assert!(!out.status.success(), "an export for `import all` takes no byte-order mark");
}

/// DOMAIN.md section 7: the PDF's methods paragraph (and the report CSV's method rows) are
/// written from the settings in force, not from a fixed text.
#[test]
fn the_reports_methods_follow_the_settings_in_force() {
    use forcetrack::analysis::{AsymmetryFormula, Mdc, SummaryChoice};
    let data = demo();
    let dir = tempfile::tempdir().unwrap();
    let liam = athlete_id(data.path(), "Liam O'Connor");
    let text_of = |name: &str| -> Option<String> {
        let pdf = dir.path().join(format!("{name}.pdf"));
        forcetrack(data.path(), &["report", "--athlete", &liam, "--out", pdf.to_str().unwrap()]);
        let text = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"])?;
        Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    let csv_of = |name: &str| -> String {
        let csv = dir.path().join(format!("{name}.csv"));
        forcetrack(data.path(), &["report", "--athlete", &liam, "--out", csv.to_str().unwrap()]);
        std::fs::read_to_string(csv).unwrap()
    };
    let before_csv = csv_of("before");
    let mdc_row = before_csv.lines().find(|l| l.contains(",MDC95,method,")).expect("the MDC95 method row");
    assert!(mdc_row.contains("60 N for Nordic hamstring exercise (Opar et al. 2013)"), "{mdc_row}");
    assert!(
        before_csv.contains("Demo Nordic rig (load cell rig, 80 Hz) for Nordic hamstring exercise"),
        "{before_csv}"
    );
    // Values rounded (LSI 96.7 %, not 96.66666666666667).
    assert!(before_csv.contains(",bridge_lsi,verdict,,96.7,%,"), "{before_csv}");
    if let Some(before) = text_of("before") {
        for expected in [
            "Methods",
            "Analysis: force-time curves analysed by ForceTrack (analysis revision 2)",
            "Onset: force more than max(1 N, 3 × the baseline SD) above the rep's baseline",
            "Result: the best (largest) peak force",
            "Asymmetry: Percent difference, (stronger - weaker) / stronger × 100",
            "60 N for Nordic hamstring exercise (Opar et al. 2013)",
            "Devices: Demo Nordic rig (load cell rig, 80 Hz) for Nordic hamstring exercise",
        ] {
            assert!(before.contains(expected), "'{expected}' is missing from the PDF text:\n{before}");
        }
        // The report prints no RFD, so its methods say nothing of it (the CSV's rows do).
        assert!(!before.contains("RFD"), "{before}");
    }
    assert!(before_csv.contains(",RFD,method,"), "{before_csv}");

    let store = common::clinic::open(data.path());
    let mut settings = forcetrack::records::result_settings(&store).unwrap();
    settings.summary = SummaryChoice::Mean;
    settings.formula = AsymmetryFormula::SymmetryIndex;
    settings.mdc.insert("nordic".into(), Mdc::Newtons(45.0));
    forcetrack::records::save_result_settings(&store, &settings).unwrap();
    drop(store);
    let after_csv = csv_of("after");
    assert!(after_csv.contains("45 N for Nordic hamstring exercise (clinic setting)"), "{after_csv}");
    if let Some(after) = text_of("after") {
        for expected in [
            "Result: the mean peak force",
            "Asymmetry: Symmetry index",
            "45 N for Nordic hamstring exercise (clinic setting)",
        ] {
            assert!(after.contains(expected), "'{expected}' is missing from the PDF text:\n{after}");
        }
        assert!(!after.contains("Percent difference"), "{after}");
    }
}

/// A signed evaluation is reprinted as it was signed: a manual check answered again after the
/// sign-off does not change the printed checklist; the change is listed beside the sign-off.
#[test]
fn a_report_prints_the_answers_its_sign_off_was_made_on_and_lists_later_changes() {
    use forcetrack::model::{ClearanceCheck, SignOff};
    let data = demo();
    let dir = tempfile::tempdir().unwrap();
    let liam = athlete_id(data.path(), "Liam O'Connor");
    let store = common::clinic::open(data.path());
    let athlete_id: i64 = liam.parse().unwrap();
    let visit = store.visits(athlete_id).unwrap().last().unwrap().clone();
    let episode = store.episodes(athlete_id).unwrap().last().unwrap().id;
    let signed_at = visit.date_time + chrono::Duration::hours(1);
    store
        .add_signoff(&SignOff {
            id: 0,
            athlete_id,
            episode_id: Some(episode),
            visit_id: Some(visit.id),
            template_id: "hamstring_strain".into(),
            status: "cleared".into(),
            clinician: "Dr. Jamie Rivera".into(),
            signed_at,
            note: String::new(),
            evaluation: "{}".into(),
        })
        .unwrap();
    // Two days later another clinician answers "no" to "the athlete feels ready" at that visit.
    store
        .set_clearance_check(&ClearanceCheck {
            visit_id: visit.id,
            check_id: "athlete_ready".into(),
            done: Some(false),
            clinician: "Dr. Sam Lee".into(),
            checked_at: signed_at + chrono::Duration::days(2),
        })
        .unwrap();
    drop(store);
    let csv = dir.path().join("liam.csv");
    forcetrack(data.path(), &["report", "--athlete", &liam, "--out", csv.to_str().unwrap()]);
    let text = std::fs::read_to_string(&csv).unwrap();
    let ready = text.lines().find(|l| l.starts_with("criterion,") && l.contains(",athlete_ready,")).unwrap();
    assert!(ready.contains("pass: The athlete feels ready") && ready.contains("Dr. Jamie Rivera"), "{ready}");
    assert!(
        text.lines()
            .any(|l| l.contains(",athlete_ready,answer_changed_after_signoff,") && l.contains("no, by Dr. Sam Lee")),
        "{text}"
    );
    let pdf = dir.path().join("liam.pdf");
    forcetrack(data.path(), &["report", "--athlete", &liam, "--out", pdf.to_str().unwrap()]);
    if let Some(text) = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]) {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains("Answers changed after this sign-off"), "{text}");
        assert!(text.contains("The athlete feels ready: no, by Dr. Sam Lee"), "{text}");
        assert!(text.contains("CLEARED (signed)"), "{text}");
    }
    // The unsigned view (the clearance command) shows the current answer.
    let out = forcetrack(data.path(), &["clearance", "--athlete", &liam]);
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("fail     The athlete feels ready"), "{table}");
}

/// The London consensus (Paton et al. 2023) as a fourth default template, each criterion with
/// the share of the panel that agreed; "cleared" only when signed.
#[test]
fn the_london_consensus_template_on_the_demo_clinic() {
    let data = demo();
    let liam = athlete_id(data.path(), "Liam O'Connor");
    let out = forcetrack(data.path(), &["clearance", "--athlete", &liam, "--template", "hamstring_london_2023"]);
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("Hamstring injury, London consensus 2023"), "{table}");
    assert!(table.contains("Status: all criteria pass"), "{table}");
    assert!(table.contains("Paton et al. 2023 (66 % agreement: did not reach consensus)"), "{table}");
    for agreed in ["83 % agreement", "98 % agreement", "87 % agreement", "95 % agreement"] {
        assert!(table.contains(agreed), "{agreed}: {table}");
    }
    let out = forcetrack(
        data.path(),
        &["clearance", "--athlete", &liam, "--template", "hamstring_london_2023", "--format", "json"],
    );
    let e: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(e["status"], "all_pass");
    let strength = e["criteria"].as_array().unwrap().iter().find(|c| c["id"] == "london_nordic_strength").unwrap();
    assert_eq!(
        (strength["agreement_percent"].as_f64(), strength["below_consensus"].as_bool()),
        (Some(66.0), Some(true))
    );
    assert_eq!(strength["required"], false);
    // The week before, sprint loads were not yet done: not yet.
    let visits = forcetrack(data.path(), &["visits", "--athlete", &liam, "--format", "json"]);
    let visits: serde_json::Value = serde_json::from_slice(&visits.stdout).unwrap();
    let week6 = visits["visits"].as_array().unwrap().iter().rev().nth(1).unwrap()["visit"]["id"].to_string();
    let out = forcetrack(
        data.path(),
        &["clearance", "--athlete", &liam, "--template", "hamstring_london_2023", "--visit", &week6],
    );
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("Status: not yet") && table.contains("fail     Sprint loads approaching game level"),
        "{table}"
    );
    // The PDF with this template shows the agreement too.
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("london.pdf");
    forcetrack(
        data.path(),
        &["report", "--athlete", &liam, "--template", "hamstring_london_2023", "--out", pdf.to_str().unwrap()],
    );
    if let Some(text) = poppler("pdftotext", &[pdf.to_str().unwrap(), "-"]) {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains("66 %") && text.contains("did not reach"), "{text}");
        assert!(text.contains("ALL CRITERIA PASS (not signed)"), "{text}");
    }
}
