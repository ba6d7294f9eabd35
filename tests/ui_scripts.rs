//! Names in any script on screen: the athlete list of a clinic whose athletes are named in
//! Chinese, Japanese, Russian, Greek, Arabic and Hebrew, drawn with egui's fonts and fixed font
//! files after them (Debian's fonts-noto-core and fonts-noto-cjk, which `.ci/run` installs), so
//! the picture does not depend on the fonts of the machine; compared with
//! `tests/snapshots/athletes_scripts.png` (see `ui_snapshots.rs` for how to refresh it).
//!
//! Without the font files the test says so and skips, except under `CI=true`, where it fails.
//! Without a renderer it skips, as the other snapshots do.

#[path = "common/ui.rs"]
mod ui;

use egui_kittest::SnapshotOptions;
use forcetrack::app::AppOptions;
use forcetrack::app::fonts::AppFonts;
use forcetrack::model::Athlete;
use ui::{wait_for, write_prefs};

/// The fonts the picture is drawn with, after egui's own.
const FONT_FILES: [&str; 4] = [
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
];

const NAMES: [(&str, &str); 6] = [
    ("小龙", "李"),
    ("太郎", "山田"),
    ("Мария", "Иванова"),
    ("Γιώργος", "Παπαδόπουλος"),
    ("محمد", "علي"),
    ("שרה", "כהן"),
];

#[test]
fn names_in_six_scripts_show_in_the_athlete_list() {
    if let Some(missing) = FONT_FILES.iter().find(|f| !std::path::Path::new(f).exists()) {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!(
                "{missing} is not installed: CI=true needs it (.ci/run installs fonts-noto-core and fonts-noto-cjk)"
            );
        }
        eprintln!("skipping: {missing} is not installed (install fonts-noto-core and fonts-noto-cjk)");
        return;
    }
    let fonts = AppFonts::from_files(&FONT_FILES).expect("the font files");
    assert!(fonts.missing_scripts().iter().all(|s| !matches!(*s, "Chinese and Japanese" | "Arabic" | "Hebrew")));
    let data = tempfile::tempdir().expect("a temporary folder");
    write_prefs(data.path(), r#"{"mode": "clinic"}"#);
    {
        let store = forcetrack::store::Store::open(data.path()).expect("the clinic");
        for (given, family) in NAMES {
            store.add_athlete(&Athlete::new(given, family)).expect("added");
        }
    }
    let mut app = ui::start(AppOptions::new(data.path().to_path_buf()));
    // The app set up this computer's fonts; the picture's are the fixed files.
    fonts.install(&app.ctx);
    for (given, family) in NAMES {
        wait_for(&mut app, &format!("{given} {family}"));
    }
    if let Err(reason) = ui::renderer_available() {
        eprintln!("skipping the picture: no renderer ({reason}); install Mesa's Vulkan driver (mesa-vulkan-drivers)");
        return;
    }
    app.remove_cursor();
    app.run_steps(12);
    app.mask(egui::Rect::from_min_max(egui::pos2(880.0, 770.0), egui::pos2(1280.0, 800.0)));
    app.snapshot_options("athletes_scripts", &SnapshotOptions::new().threshold(1.5).max_failed_pixels(400));
}
