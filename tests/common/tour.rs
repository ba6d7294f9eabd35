//! A tour of every screen of the app in a language other than English, for the pseudo-locale
//! test (no text that did not come from a catalogue) and the German pictures (no clipped
//! control at 1280 × 800). The tour clicks what a clinician clicks, each label translated
//! from its English (`Words::of`).
#![allow(dead_code)]

use egui_kittest::kittest::NodeT;
use forcetrack::app::AppOptions;

use crate::lang::Words;
use crate::ui::{self, App, click, type_into, wait_for, wait_until};

/// The app in the tour's language, numbers with a decimal comma and dates day.month.year.
fn start(w: &Words, options: AppOptions) -> App {
    use forcetrack::i18n::numbers::{DateOrder, DecimalSeparator, NumberStyle};
    let style = NumberStyle { decimal: DecimalSeparator::Comma, date_order: DateOrder::DayMonthYearDots };
    ui::start_in(options, w.language, style)
}

/// What one screen of the tour showed.
pub struct Screen {
    pub name: String,
    /// Every text drawn or named on it.
    pub texts: Vec<String>,
    /// Controls or texts reaching past the window's right edge: (text, right edge).
    pub past_the_edge: Vec<(String, f32)>,
}

/// The texts of the current frame, and what reaches past the window's right edge.
pub fn look(app: &mut App, name: &str) -> Screen {
    for _ in 0..8 {
        app.step();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let width = app.ctx.content_rect().max.x;
    let mut texts = Vec::new();
    let mut past_the_edge = Vec::new();
    for node in app.root().children_recursive() {
        let Some(text) = ui::text_of(&node) else { continue };
        if text.trim().is_empty() {
            continue;
        }
        if let Some(b) = node.accesskit_node().bounding_box()
            && b.x1 as f32 > width + 0.5
            && b.x0 < width as f64
        {
            past_the_edge.push((text.clone(), b.x1 as f32));
        }
        texts.push(text);
    }
    save_picture(app, name);
    crate::on_screen(app, name);
    Screen { name: name.to_string(), texts, past_the_edge }
}

/// The picture of the window, under `target/tour/` (for a person to look at), when a renderer
/// is available.
fn save_picture(app: &mut App, name: &str) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tour");
    let _ = std::fs::create_dir_all(&dir);
    app.remove_cursor();
    app.run_steps(4);
    if let Ok(image) = app.render() {
        let _ = image.save(dir.join(format!("{name}.png")));
    }
}

/// The demo clinic: the athlete list, an athlete, the history with its H:Q tab and a trial's
/// curves, the clearance checklist and its template editor, the session setup, the export,
/// Settings and its clinic-server section.
pub fn demo_clinic(w: &Words, prefix: &str, data: &std::path::Path) -> Vec<Screen> {
    let mut app = start(w, AppOptions::new(data.to_path_buf()));
    let mut seen = Vec::new();
    let name = |s: &str| format!("{prefix}_{s}");
    wait_for(&mut app, &w.of("Explore the demo clinic"));
    seen.push(look(&mut app, &name("welcome")));

    click(&mut app, &w.of("Explore the demo clinic"));
    wait_for(&mut app, "Liam O'Connor");
    app.run_steps(30);
    seen.push(look(&mut app, &name("athletes")));

    click(&mut app, "Liam O'Connor");
    wait_for(&mut app, &w.of("▶ New test session"));
    seen.push(look(&mut app, &name("athlete")));

    click(&mut app, &w.of("History"));
    wait_for(&mut app, &w.of("H:Q ratio"));
    app.run_steps(30);
    seen.push(look(&mut app, &name("history")));
    click(&mut app, &w.of("H:Q ratio"));
    seen.push(look(&mut app, &name("history_hq")));
    click(&mut app, &w.of("Isometric knee flexion 90/90"));
    app.run_steps(30);
    seen.push(look(&mut app, &name("trial_viewer")));

    click(&mut app, &w.of("Clearance"));
    wait_for(&mut app, &w.of("✔ ALL CRITERIA PASS"));
    seen.push(look(&mut app, &name("clearance")));

    click(&mut app, &w.of("Test"));
    wait_for(&mut app, &w.of("Start session"));
    seen.push(look(&mut app, &name("test_setup")));

    click(&mut app, &w.of("Export"));
    wait_for(&mut app, &w.of("Export…"));
    app.run_steps(30);
    seen.push(look(&mut app, &name("export")));

    click(&mut app, &w.of("Settings"));
    wait_for(&mut app, &w.of("Save clinic settings"));
    seen.push(look(&mut app, &name("settings")));
    seen
}

/// A new clinic: the empty list, the athlete form, a session of one test on the demo
/// dynamometer (recording, review, rest, the summary), and the history of the saved visit.
pub fn new_clinic_session(w: &Words, prefix: &str, data: &std::path::Path) -> Vec<Screen> {
    ui::write_prefs(data, r#"{"countdown_s": 0.0}"#);
    let mut options = AppOptions::new(data.to_path_buf());
    options.demo_speed = ui::DEMO_SPEED;
    let mut app = start(w, options);
    let mut seen = Vec::new();
    let name = |s: &str| format!("{prefix}_{s}");
    click(&mut app, &w.of("Start my clinic"));
    wait_for(&mut app, &w.of("➕ Add athlete"));
    seen.push(look(&mut app, &name("athletes_empty")));

    click(&mut app, &w.of("➕ Add athlete"));
    seen.push(look(&mut app, &name("athlete_form")));
    type_into(&mut app, &w.of("Given name"), "Ada");
    type_into(&mut app, &w.of("Family name"), "Lovelace");
    click(&mut app, &w.of("Save athlete"));
    click(&mut app, &w.of("▶ New test session"));
    click(&mut app, &w.of("Isometric knee flexion 90/90"));
    click(&mut app, &w.of("Demo dynamometer"));
    seen.push(look(&mut app, &name("session_setup")));
    click(&mut app, &w.of("Start session"));

    for side in 0..2 {
        wait_for(&mut app, &w.of("⏺ Start recording"));
        if side == 0 {
            seen.push(look(&mut app, &name("session_ready")));
        }
        click(&mut app, &w.of("⏺ Start recording"));
        // The demo athlete at 12 × real time: three finished reps in a few seconds.
        // The live line of a finished rep ("Rep 3: 266 N"), up to where its peak goes.
        let mut args = std::collections::HashMap::new();
        args.insert("number", "3".to_string());
        args.insert("peak", "\u{1}".to_string());
        let finished = w.loader.get_args("run-live-rep", args.clone());
        let rising = w.loader.get_args("run-live-rep-rising", args);
        let third = finished.split('\u{1}').next().unwrap_or_default().to_string();
        wait_until(&mut app, "three finished reps", ui::PATIENCE_S, |a| {
            ui::labels_containing(a, &third).iter().any(|l| {
                let rising_tail = rising.split('\u{1}').nth(1).unwrap_or_default();
                !l.ends_with(rising_tail)
            })
        });
        if side == 0 {
            seen.push(look(&mut app, &name("session_recording")));
        }
        click(&mut app, &w.of("■ Stop"));
        wait_for(&mut app, &w.of("✔ Accept trial"));
        if side == 0 {
            seen.push(look(&mut app, &name("session_review")));
        }
        click(&mut app, &w.pain(1));
        click(&mut app, &w.of("✔ Accept trial"));
        if side == 0 {
            wait_for(&mut app, &w.of("Skip rest"));
            seen.push(look(&mut app, &name("session_rest")));
            click(&mut app, &w.of("Skip rest"));
        }
    }
    wait_for(&mut app, &w.of("💾 Save visit"));
    seen.push(look(&mut app, &name("session_summary")));
    click(&mut app, &w.of("💾 Save visit"));
    crate::ui::wait_for_text(&mut app, &w.with("history-heading", "athlete", "Ada Lovelace"));
    app.run_steps(30);
    seen.push(look(&mut app, &name("history_new_visit")));
    seen
}

/// A clinic whose app stopped during a recording: the recovery screen.
pub fn recovery(w: &Words, prefix: &str, data: &std::path::Path) -> Vec<Screen> {
    ui::write_prefs(data, r#"{"mode": "clinic", "countdown_s": 0.0}"#);
    crate::clinic::with_an_unfinished_recording(data);
    // Older than the staleness rule, as after a real crash.
    std::thread::sleep(std::time::Duration::from_millis(3500));
    let mut app = start(w, AppOptions::new(data.to_path_buf()));
    wait_for(&mut app, &w.of("Keep as a trial"));
    vec![look(&mut app, &format!("{prefix}_recovery"))]
}
