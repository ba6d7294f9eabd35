//! Names in any script in the PDF report: athletes named in Chinese, Japanese, Russian, Greek,
//! Arabic and Hebrew print in the report (read back with `pdftotext`), in the faces this
//! computer has for them (`pdffonts` lists them embedded), and a character no font has refuses
//! the report with a message that names it and where it is.
//!
//! The fonts are Debian's fonts-noto-core and fonts-noto-cjk, and the tools poppler-utils, which
//! `.ci/run` installs. Without them the tests say so and skip, except under `CI=true`, where
//! they fail.
//!
//! What `pdftotext` (poppler 22.12) gives back for the right-to-left names, found by running it
//! on these reports: in its default mode, each name in logical order (as typed, "محمد علي"),
//! as base letters (never Arabic presentation forms), wrapped in the marks U+202B and U+202C
//! (right-to-left embedding, pop) that it adds around a right-to-left run; and in the title
//! line "محمد علي · visit of ..." it reads the neutral " · " beside the name as part of that
//! run: "\u{202B} · محمد علي\u{202C}visit of". The one normalisation before comparing is
//! to drop those marks; the name is then found as stored. The order on the page is read with
//! `pdftotext -bbox`, each word with its left edge: for a right-to-left name the word read
//! first ("محمد") stands to the right of the word read second ("علي").

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use forcetrack::io::report::{Paper, Report, ReportRequest, render_pdf, write_report};
use forcetrack::model::ForceUnit;

/// The font files the report's faces come from on Debian and Ubuntu.
const CJK: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const ARABIC: &str = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf";
const HEBREW: &str = "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf";

/// The names printed: (given name, family name, the script's face in `pdffonts`).
const NAMES: [(&str, &str, &str); 6] = [
    ("小龙", "李", "NotoSansCJK"),
    ("太郎", "山田", "NotoSansCJK"),
    ("Мария", "Иванова", "Ubuntu"),
    ("Γιώργος", "Παπαδόπουλος", "Ubuntu"),
    ("محمد", "علي", "NotoSansArabic"),
    ("שרה", "כהן", "NotoSansHebrew"),
];

/// Whether the test goes on: `false` (with the reason printed) when `missing` names something
/// absent, except under `CI=true`, where it fails.
fn have(missing: Option<String>) -> bool {
    let Some(what) = missing else { return true };
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{what}: CI=true needs it (.ci/run installs fonts-noto-core, fonts-noto-cjk and poppler-utils)");
    }
    eprintln!("skipping: {what} (install fonts-noto-core, fonts-noto-cjk and poppler-utils)");
    false
}

/// The fonts and tools these tests read with, or what is missing.
fn missing_fonts_or_tools() -> Option<String> {
    for file in [CJK, ARABIC, HEBREW] {
        if !Path::new(file).exists() {
            return Some(format!("{file} is not installed"));
        }
    }
    for tool in ["pdftotext", "pdffonts"] {
        if Command::new(tool).arg("-v").output().is_err() {
            return Some(format!("{tool} is not installed"));
        }
    }
    None
}

fn run(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool).args(args).output().unwrap_or_else(|e| panic!("{tool}: {e}"));
    assert!(out.status.success(), "{tool} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 from poppler")
}

/// `pdftotext`'s text without the direction marks it adds around right-to-left runs, and with
/// runs of white space as one space.
fn normalised(text: &str) -> String {
    let unmarked: String = text.chars().filter(|c| !matches!(c, '\u{202A}'..='\u{202E}')).collect();
    unmarked.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The demo clinic with its first athlete renamed, and that athlete's report.
fn report_for(store: &forcetrack::store::Store, given: &str, family: &str) -> Report {
    let mut athlete = store.athlete(1).unwrap();
    athlete.given_name = given.into();
    athlete.family_name = family.into();
    store.update_athlete(&athlete).unwrap();
    Report::build(store, &ReportRequest { athlete_id: 1, ..Default::default() }).unwrap()
}

#[test]
fn names_in_six_scripts_print_in_the_faces_of_their_script() {
    if !have(missing_fonts_or_tools()) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = common::clinic::demo_store(dir.path());
    for (given, family, face) in NAMES {
        let report = report_for(&store, given, family);
        let name = report.athlete.full_name();
        let pdf: PathBuf = dir.path().join(format!("{}.pdf", report.file_stem()));
        write_report(&report, &pdf, Paper::A4, ForceUnit::Newton).unwrap_or_else(|e| panic!("{name}: {e}"));
        let pdf = pdf.to_str().unwrap();
        // In reading order, as stored: the title line, and the footer of every page.
        let text = normalised(&run("pdftotext", &[pdf, "-"]));
        let pages = text.matches("made by ForceTrack").count();
        assert!(pages >= 2, "{name}: {pages} pages");
        // The title's line, the Athlete row and each page's footer.
        assert!(text.matches(&name).count() >= pages + 2, "{name}: {} times in {text}", text.matches(&name).count());
        assert!(text.contains(&format!("Athlete {name} Date of birth")), "{name}: {text}");
        if !given.chars().any(|c| matches!(c, '\u{0590}'..='\u{08FF}')) {
            assert!(text.contains(&format!("{name} · visit of")), "{name}: {text}");
        }
        // Not a box and not a space: nothing of the name is lost.
        assert!(!text.contains('\u{FFFD}'), "{name}: {text}");
        let fonts = run("pdffonts", &[pdf]);
        let line = fonts.lines().find(|l| l.contains(face)).unwrap_or_else(|| panic!("{name}: no {face}: {fonts}"));
        assert!(line.contains(" yes "), "{name}: {face} is not embedded: {line}");
        eprintln!("{name}: {line}");
    }
}

/// The words of page 1 with their left edges and the top of their line (`pdftotext -bbox`):
/// (x, y, the word's characters in the order they stand on the page).
fn words_on_page_one(pdf: &Path) -> Vec<(f32, f32, String)> {
    let html = run("pdftotext", &["-bbox", "-f", "1", "-l", "1", pdf.to_str().unwrap(), "-"]);
    let attribute = |line: &str, name: &str| -> f32 {
        let at = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        line[at..].split('"').next().unwrap().parse().unwrap()
    };
    html.lines()
        .filter(|l| l.trim_start().starts_with("<word "))
        .map(|l| {
            let word = l.split('>').nth(1).unwrap().split('<').next().unwrap().to_string();
            (attribute(l, "xMin"), attribute(l, "yMin"), word)
        })
        .collect()
}

#[test]
fn right_to_left_names_stand_right_to_left_within_the_left_to_right_page() {
    if !have(missing_fonts_or_tools()) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = common::clinic::demo_store(dir.path());
    for (given, family) in [("محمد", "علي"), ("שרה", "כהן")] {
        let report = report_for(&store, given, family);
        let pdf = dir.path().join("rtl.pdf");
        std::fs::write(&pdf, render_pdf(&report, Paper::A4, ForceUnit::Newton).unwrap()).unwrap();
        let words = words_on_page_one(&pdf);
        // The row "Athlete | name": the label at the left, then the name's two words, each
        // written on the page from right to left (its letters reversed when read left to right).
        let label = words.iter().find(|w| w.2 == "Athlete").expect("the Athlete row");
        let reversed = |s: &str| s.chars().rev().collect::<String>();
        let row: Vec<&(f32, f32, String)> =
            words.iter().filter(|w| (w.1 - label.1).abs() < 6.0 && w.0 > label.0).collect();
        let x_of = |word: &str| {
            row.iter().find(|w| w.2 == reversed(word)).unwrap_or_else(|| panic!("{word} on the row: {row:?}")).0
        };
        assert!(
            x_of(family) < x_of(given),
            "{given} {family}: read first, the given name stands to the right: {row:?}"
        );
        // The title's line begins at the left margin with the name: its second word leftmost,
        // then its first, then " · visit of" to the right of both.
        let title: Vec<&(f32, f32, String)> =
            words.iter().filter(|w| w.2 == reversed(family) || w.2 == "visit").collect();
        assert!(title.len() >= 2 && title[0].2 == reversed(family) && title[0].0 < title[1].0, "{title:?}");
    }
}

#[test]
fn a_character_no_font_has_refuses_the_report_and_is_named() {
    // U+10FFFD (private use) passes as part of a name (it has a visible letter beside it), and
    // no font has it.
    assert_eq!(forcetrack::model::validation::name_problem("Zoë\u{10FFFD}"), None);
    let dir = tempfile::tempdir().unwrap();
    let store = common::clinic::demo_store(dir.path());
    let report = report_for(&store, "Zoë\u{10FFFD}", "Lee");
    let e = render_pdf(&report, Paper::A4, ForceUnit::Newton).unwrap_err();
    assert!(e.contains("U+10FFFD") && e.contains("\u{10FFFD}"), "{e}");
    assert!(e.contains("the athlete's name “Zoë\u{10FFFD} Lee”"), "{e}");
    eprintln!("refused: {e}");
    // Through the file the app and the command line write: refused, and no file left.
    let pdf = dir.path().join("zoe.pdf");
    let e = write_report(&report, &pdf, Paper::A4, ForceUnit::Newton).unwrap_err().to_string();
    assert!(e.contains("U+10FFFD"), "{e}");
    assert!(!pdf.exists());
    // A clinician's name, and any other text of the report, said where it is.
    let mut report = report_for(&store, "Zoë", "Lee");
    report.visit.clinician = "Dr \u{10FFFD}".into();
    let e = render_pdf(&report, Paper::A4, ForceUnit::Newton).unwrap_err();
    assert!(e.contains("the clinician's name “Dr \u{10FFFD}”") && e.contains("U+10FFFD"), "{e}");
    report.visit.clinician.clear();
    report.athlete.sport = Some("Football \u{10FFFD}".into());
    let e = render_pdf(&report, Paper::A4, ForceUnit::Newton).unwrap_err();
    assert!(e.contains("U+10FFFD") && e.contains("Football \u{10FFFD}") && e.contains(" on page 1"), "{e}");
    // The same report without it prints.
    report.athlete.sport = Some("Football".into());
    render_pdf(&report, Paper::A4, ForceUnit::Newton).unwrap();
}
