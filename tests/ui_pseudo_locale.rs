//! Every screen drawn in the pseudo-locale (the English catalogue accented, each message between
//! « and », 40 % longer): any text on screen that did not come from a catalogue shows as plain
//! words outside « », and fails the test with the screen it was on. Data is excepted: names
//! typed by clinicians, numbers, units, device names and paths. Nothing may reach past the
//! window's right edge at 1280 × 800 either, although every message is 40 % longer.
//!
//! The language is the process's own, so this test has a file of its own. The pictures of the
//! tour are written to `target/tmp/tour/` to be looked at.

#[path = "common/clinic.rs"]
mod clinic;
#[path = "common/lang.rs"]
mod lang;
#[path = "common/server.rs"]
#[allow(dead_code)]
mod server;
#[path = "common/tour.rs"]
mod tour;
#[path = "common/ui.rs"]
mod ui;

use forcetrack::i18n::UiLanguage;

/// Each screen's picture is written by the tour; nothing is compared (the pseudo text follows
/// every change of the English).
fn on_screen(_app: &mut ui::App, _name: &str) {}

/// Text that is data, not the program's words: the product's name, what the demo clinic holds
/// (athletes, sports, the clinicians' visit notes, a club's id) and what the tour typed, the
/// renderers' names, egui's own name for a panel's resize handle (read out, never drawn) and a
/// published notation.
const DATA: &[&str] = &[
    "ForceTrack",
    "Dr. Jamie Rivera",
    "Liam O'Connor",
    "Ethan Dubois",
    "Sofia Marquez",
    "Mateo Rossi",
    "Kai Tanaka",
    "Noah Williams",
    "Ada Lovelace",
    "Kim Lee",
    "Football (soccer)",
    "Distance running",
    "FC-0417",
    "Full training for a week; no symptoms.",
    "Rehab week",
    "Preseason screening.",
    "glow",
    "wgpu",
    "Resize panel",
    // The published notation of an isokinetic ratio, in a source's words.
    "Hcon",
];

/// A device profile in Settings' list is named by its id and its channels' names, as its file
/// writes them ("mark10 — … (force)"): data of the profile, not words of the program.
fn profile_ids_and_channels(text: &str) -> String {
    // And a folder's path is the computer's: "/tmp/.tmpX/demo-clinic".
    static PATH: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"/[^\s~»]*").expect("a valid pattern"));
    let text = PATH.replace_all(text, " ");
    static PROFILE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^[a-z0-9_]+ — (.*) \([a-z0-9_+]+\)$").expect("a valid pattern")
    });
    PROFILE.replace(&text, "$1").into_owned()
}

#[test]
fn every_screen_in_the_pseudo_locale_shows_only_catalogue_text_and_nothing_past_the_edge() {
    let w = lang::Words::new(UiLanguage::Pseudo);
    let mut screens = Vec::new();
    let demo = tempfile::tempdir().expect("a temporary folder");
    screens.extend(tour::demo_clinic(&w, "pseudo", demo.path()));
    let new = tempfile::tempdir().expect("a temporary folder");
    screens.extend(tour::new_clinic_session(&w, "pseudo", new.path()));
    let crashed = tempfile::tempdir().expect("a temporary folder");
    screens.extend(tour::recovery(&w, "pseudo", crashed.path()));

    let data_dirs: Vec<String> =
        [demo.path(), new.path(), crashed.path()].iter().map(|p| p.display().to_string()).collect();
    let mut data: Vec<&str> = DATA.to_vec();
    data.extend(data_dirs.iter().map(String::as_str));
    let mut problems = Vec::new();
    for screen in &screens {
        for text in &screen.texts {
            let foreign = lang::foreign_words(&profile_ids_and_channels(text), &data);
            if !foreign.is_empty() {
                problems.push(format!("{}: {text:?} has {foreign:?}", screen.name));
            }
        }
        for (text, right) in &screen.past_the_edge {
            problems.push(format!("{}: {text:?} reaches x = {right}", screen.name));
        }
    }
    assert!(screens.len() >= 20, "the tour saw {} screens", screens.len());
    assert!(
        problems.is_empty(),
        "{} texts not from a catalogue or past the edge:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
