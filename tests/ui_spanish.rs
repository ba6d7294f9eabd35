//! A session in Spanish at 1280 × 800 with a decimal comma: from the empty clinic to the saved
//! visit, nothing reaches past the window's right edge. With `FORCETRACK_PICTURES=docs` it
//! writes the review of a recording as `docs/session_es.png`. The language is the process's
//! own, so this test has a file of its own.

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

use forcetrack::i18n::{Language, UiLanguage};

fn on_screen(app: &mut ui::App, name: &str) {
    if name == "es_session_review" {
        ui::picture(app, "session_es");
    }
}

#[test]
fn a_session_in_spanish_fits_the_window() {
    let w = lang::Words::new(UiLanguage::Shipped(Language::Spanish));
    let data = tempfile::tempdir().expect("a temporary folder");
    let screens = tour::new_clinic_session(&w, "es", data.path());
    let problems: Vec<String> = screens
        .iter()
        .flat_map(|s| s.past_the_edge.iter().map(move |(t, x)| format!("{}: {t:?} reaches x = {x}", s.name)))
        .collect();
    let start = w.of("⏺ Start recording");
    assert_ne!(start, "⏺ Start recording", "the Spanish catalogue translates the session");
    assert!(screens.iter().any(|s| s.texts.contains(&start)), "Spanish words on screen");
    assert!(problems.is_empty(), "{} texts past the window's edge:\n{}", problems.len(), problems.join("\n"));
}
