//! This computer's language, decimal separator and date order, chosen in Settings, headless
//! (egui_kittest): each applies at once, is kept in prefs.json and applies again at the next
//! start. The choices are the process's own (one language and one style for the whole app), so
//! this test has a file, and so a process, of its own.

#[path = "common/ui.rs"]
mod ui;

use forcetrack::app::AppOptions;
use forcetrack::i18n::numbers::{self, DateOrder, DecimalSeparator, NumberStyle};
use forcetrack::i18n::{Language, UiLanguage, current_language};
use ui::{click, labels_containing, start, wait_for, wait_for_text, write_prefs};

/// What prefs.json holds now.
fn saved(data: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(data.join("prefs.json")).expect("prefs.json");
    serde_json::from_str(&text).expect("prefs.json is JSON")
}

#[test]
fn the_language_decimal_comma_and_date_order_apply_at_once_and_at_the_next_start() {
    let data = tempfile::tempdir().expect("a temporary folder");
    write_prefs(data.path(), r#"{"mode": "clinic"}"#);
    let mut app = start(AppOptions::new(data.path().to_path_buf()));
    // Nothing chosen yet: the tests' English and decimal point, whatever this machine's locale.
    assert_eq!(current_language(), UiLanguage::Shipped(Language::English));
    assert_eq!(numbers::style(), NumberStyle::default());
    wait_for_text(&mut app, "No athletes yet");
    click(&mut app, "Settings");
    wait_for_text(&mut app, "Decimal separator");

    // The decimal comma: kept, and the numbers on screen take it at once.
    click(&mut app, "1,5");
    assert_eq!(numbers::style().decimal, DecimalSeparator::Comma);
    assert_eq!(saved(data.path())["number_style"]["decimal"], "comma");
    wait_for_text(&mut app, "the isokinetic cut-off (0,47, Croisier et al. 2008)");
    click(&mut app, "Lowest acceptable H:Q (knee flexion / extension torque at 90°)");
    wait_for_text(&mut app, "Not saved yet, and not used until saved: lowest acceptable H:Q 0,50");
    click(&mut app, "Discard changes");

    // The date order: each choice is one example date (31 December 2026) written in it.
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    click(&mut app, "Date order");
    click(&mut app, &format!("{} (day.month.year)", today.format("%d.%m.%Y")));
    assert_eq!(numbers::style().date_order, DateOrder::DayMonthYearDots);
    assert_eq!(saved(data.path())["number_style"]["date_order"], "day_month_year_dots");

    // The language: every shipped one is listed by its own name; German applies at once and is
    // kept.
    click(&mut app, "Language");
    wait_for(&mut app, "Deutsch");
    for language in Language::ALL {
        assert!(!labels_containing(&app, language.native_name()).is_empty(), "{language:?} is listed");
    }
    click(&mut app, "Deutsch");
    assert_eq!(current_language(), UiLanguage::Shipped(Language::German));
    assert_eq!(saved(data.path())["language"], "de");
    // The next frame is in German: the screen's own button reads "Praxiseinstellungen speichern".
    let save = forcetrack::i18n::loader_for(Language::German.into()).get("settings-save");
    assert_ne!(save, "Save clinic settings");
    wait_for(&mut app, &save);
    drop(app);

    // The next start applies what is kept, whatever was in use before it.
    forcetrack::i18n::set_language(UiLanguage::Shipped(Language::English));
    numbers::set_style(NumberStyle::default());
    let _app = start(AppOptions::new(data.path().to_path_buf()));
    assert_eq!(
        numbers::style(),
        NumberStyle { decimal: DecimalSeparator::Comma, date_order: DateOrder::DayMonthYearDots }
    );
    assert_eq!(current_language(), UiLanguage::Shipped(Language::German));
}
