//! Driving the desktop app headless with egui_kittest: start it on a data folder, wait for
//! what a clinician would wait for, find widgets by their labels.
#![allow(dead_code)]

use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use forcetrack::app::{AppOptions, ForceTrackApp};

pub type App = Harness<'static, ForceTrackApp>;

/// Preferences for tests: no countdown before recordings.
pub fn write_prefs(data_dir: &Path, json: &str) {
    std::fs::create_dir_all(data_dir).expect("creating the data folder");
    std::fs::write(data_dir.join("prefs.json"), json).expect("writing prefs.json");
}

/// The app on `options`, in a window of 1280 × 800 points. Where the test's preferences choose
/// no language and number style, the app speaks English with a decimal point and ISO dates,
/// whatever the locale of the machine running the tests.
pub fn start(options: AppOptions) -> App {
    start_in(options, forcetrack::i18n::Language::English.into(), forcetrack::i18n::numbers::NumberStyle::default())
}

/// The app on `options` speaking `language` and writing numbers in `style` where the test's
/// preferences choose none (the pseudo-locale included), in a window of 1280 × 800 points.
pub fn start_in(
    mut options: AppOptions,
    language: forcetrack::i18n::UiLanguage,
    style: forcetrack::i18n::numbers::NumberStyle,
) -> App {
    options.system_language = language;
    options.system_number_style = style;
    let mut app = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_step_dt(1.0 / 30.0)
        .build_eframe(move |cc| ForceTrackApp::new(&cc.egui_ctx, options));
    app.step();
    app
}

/// How long a wait may take before it counts as a hang: generous, since a shared CI machine
/// running other tests may be slow (this is a guard, not a speed check).
pub const PATIENCE_S: f64 = 120.0;

/// Steps frames (in real time: devices and the database answer on their own threads) until
/// `done` holds; panics naming `what` after `timeout_s`.
pub fn wait_until(app: &mut App, what: &str, timeout_s: f64, done: impl Fn(&App) -> bool) {
    let start = Instant::now();
    loop {
        app.step();
        if done(app) {
            return;
        }
        if start.elapsed().as_secs_f64() > timeout_s {
            let shown: Vec<String> = app.root().children_recursive().filter_map(|n| text_of(&n)).collect();
            panic!("timed out after {timeout_s} s waiting for {what}; on screen: {shown:?}");
        }
        std::thread::sleep(Duration::from_millis(15));
    }
}

/// Waits for a widget labelled exactly `label`.
pub fn wait_for(app: &mut App, label: &str) {
    wait_until(app, &format!("'{label}'"), PATIENCE_S, |a| a.query_all_by_label(label).next().is_some());
}

/// Waits for a widget whose label contains `text`.
pub fn wait_for_text(app: &mut App, text: &str) {
    wait_until(app, &format!("text containing '{text}'"), PATIENCE_S, |a| {
        a.query_all_by_label_contains(text).next().is_some()
    });
}

/// Clicks the widget labelled exactly `label` (waiting for it first) and draws the next frames.
/// Where a plain text has the same words, the control is meant. The widget is scrolled into
/// view first, as a person would, since the click lands where the widget is drawn. A control
/// that is greyed out (waiting for data from the database, say) is waited for, as a person
/// would wait, since a click on it would do nothing.
pub fn click(app: &mut App, label: &str) {
    wait_for(app, label);
    wait_until(app, &format!("'{label}' to be enabled"), PATIENCE_S, |a| {
        !target(a, label).accesskit_node().is_disabled()
    });
    fn target<'a>(app: &'a App, label: &'a str) -> egui_kittest::Node<'a> {
        let controls: Vec<_> = app
            .query_all_by_label(label)
            .filter(|n| n.accesskit_node().role() != egui::accesskit::Role::Label)
            .collect();
        assert!(controls.len() <= 1, "{} controls are labelled '{label}'", controls.len());
        controls.into_iter().next().unwrap_or_else(|| app.get_by_label(label))
    }
    let in_view = |app: &App| {
        // Clear of the top bar and the status bar.
        let screen = app.ctx.content_rect().shrink2(egui::vec2(0.0, 60.0));
        target(app, label).accesskit_node().bounding_box().is_some_and(|b| {
            screen.contains_rect(egui::Rect::from_min_max(
                egui::pos2(b.x0 as f32, b.y0 as f32),
                egui::pos2(b.x1 as f32, b.y1 as f32),
            ))
        })
    };
    if !in_view(app) {
        target(app, label).scroll_to_me();
        for _ in 0..10 {
            app.step();
            if in_view(app) {
                break;
            }
        }
    }
    target(app, label).click();
    app.step();
    app.step();
}

/// Types `text` into the field labelled `label`.
pub fn type_into(app: &mut App, label: &str, text: &str) {
    wait_for(app, label);
    app.get_by_label(label).focus();
    app.step();
    app.get_by_label(label).type_text(text);
    app.step();
    app.step();
}

/// The text a node shows or is named by (AccessKit keeps a label's text in its value).
pub fn text_of(node: &egui_kittest::Node<'_>) -> Option<String> {
    let n = node.accesskit_node();
    if n.role() == egui::accesskit::Role::Label { n.value() } else { n.label() }
}

/// Every text of the current frame that contains `text`.
pub fn labels_containing(app: &App, text: &str) -> Vec<String> {
    app.query_all_by_label_contains(text).filter_map(|n| text_of(&n)).collect()
}

/// Asserts that each control labelled in `labels` is drawn inside the window (clear of the
/// status bar) without scrolling.
pub fn assert_on_screen(app: &App, labels: &[&str]) {
    // The status bar at the bottom of the window and the panel margin above it cover this much.
    const STATUS_BAR_H: f32 = 42.0;
    for label in labels {
        let b = app.get_by_label(label).accesskit_node().bounding_box().expect("drawn");
        let screen = app.ctx.content_rect();
        assert!(
            b.y0 >= 0.0 && (b.y1 as f32) <= screen.max.y - STATUS_BAR_H && (b.x1 as f32) <= screen.max.x,
            "{label} at {b:?} is outside the window {screen:?}"
        );
    }
}

/// Saves what the window shows as `<name>.png` in the folder `FORCETRACK_PICTURES` names, for
/// the pictures under `docs/` (`FORCETRACK_PICTURES=docs cargo test --test ui_flows --test ui_records`); does
/// nothing when the variable is not set or no renderer is available.
pub fn picture(app: &mut App, name: &str) {
    let Some(dir) = std::env::var_os("FORCETRACK_PICTURES") else { return };
    app.remove_cursor();
    app.run_steps(12);
    match app.render() {
        Ok(image) => {
            let path = std::path::Path::new(&dir).join(format!("{name}.png"));
            image.save(&path).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        }
        Err(e) => eprintln!("no picture {name}: {e}"),
    }
}

/// The demo clinic built in `data` with the clinic's asymmetry `formula`, opened with `prefs`.
pub fn demo_clinic_with(data: &Path, formula: forcetrack::analysis::AsymmetryFormula, prefs: &str) -> App {
    {
        let mut store = forcetrack::store::Store::open(data).expect("the clinic");
        forcetrack::io::demo::build_demo_clinic(&mut store).expect("the demo clinic");
        let mut settings = forcetrack::records::result_settings(&store).expect("the settings");
        settings.formula = formula;
        forcetrack::records::save_result_settings(&store, &settings).expect("saved");
    }
    write_prefs(data, prefs);
    start(AppOptions::new(data.to_path_buf()))
}

/// The demo athlete runs this many times faster than real time.
pub const DEMO_SPEED: f64 = 12.0;

/// A new clinic in `data` with one athlete, and a knee flexion session started on the demo
/// dynamometer (no countdown).
pub fn session_with_the_demo_dynamometer(data: &Path) -> App {
    session_on_the_demo_dynamometer(data, &["Isometric knee flexion 90/90"])
}

/// A new clinic in `data` with one athlete, and a session of `tests` started on the demo
/// dynamometer (no countdown).
pub fn session_on_the_demo_dynamometer(data: &Path, tests: &[&str]) -> App {
    session_on(data, tests, "Demo dynamometer")
}

/// A new clinic in `data` with one athlete, and a session of `tests` started on `device`.
pub fn session_on(data: &Path, tests: &[&str], device: &str) -> App {
    write_prefs(data, r#"{"countdown_s": 0.0}"#);
    let mut options = AppOptions::new(data.to_path_buf());
    options.demo_speed = DEMO_SPEED;
    let mut app = start(options);
    click(&mut app, "Start my clinic");
    wait_for_text(&mut app, "No athletes yet");
    click(&mut app, "➕ Add athlete");
    type_into(&mut app, "Given name", "Ada");
    type_into(&mut app, "Family name", "Lovelace");
    click(&mut app, "Save athlete");
    click(&mut app, "▶ New test session");
    for test in tests {
        click(&mut app, test);
    }
    click(&mut app, device);
    wait_for_text(&mut app, "streaming");
    click(&mut app, "Start session");
    app
}

/// Clears the text field labelled `label` and types `text` into it.
pub fn retype(app: &mut App, label: &str, text: &str) {
    wait_for(app, label);
    app.get_by_label(label).focus();
    app.step();
    for _ in 0..40 {
        app.key_press(egui::Key::Backspace);
    }
    app.step();
    type_into(app, label, text);
}

/// Whether wgpu finds an adapter to render with (lavapipe counts).
pub fn renderer_available() -> Result<(), String> {
    let probe = std::panic::catch_unwind(|| {
        egui_kittest::wgpu::create_render_state(egui_kittest::wgpu::default_wgpu_setup(), Default::default());
    });
    probe.map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}
