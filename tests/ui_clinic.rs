//! The open clinic in the desktop app, headless (egui_kittest): what another process saves
//! shows without reopening, and switching clinics keeps the connected device.

#[path = "common/ui.rs"]
mod ui;

use forcetrack::app::AppOptions;
use forcetrack::model::Athlete;
use ui::{click, labels_containing, start, wait_for_text, wait_until, write_prefs};

#[test]
fn an_athlete_saved_by_another_process_shows_without_reopening_the_clinic() {
    let data = tempfile::tempdir().expect("a temporary folder");
    write_prefs(data.path(), r#"{"mode": "clinic"}"#);
    let mut app = start(AppOptions::new(data.path().to_path_buf()));
    wait_for_text(&mut app, "No athletes yet");
    // Another process (the command line, another computer's import) adds an athlete.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_forcetrack"))
        .args(["--data-dir", data.path().to_str().unwrap(), "import", "athletes"])
        .arg(write_athlete_list(data.path()))
        .output()
        .expect("the command line runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    // The list shows it by itself (the app looks every few seconds).
    wait_until(&mut app, "the athlete saved elsewhere", ui::PATIENCE_S, |a| {
        !labels_containing(a, "Grace Hopper").is_empty()
    });
    // And a change by another connection, with the app's screen open on the list.
    let store = forcetrack::store::Store::open(data.path()).expect("the clinic");
    store.add_athlete(&Athlete::new("Ada", "Lovelace")).expect("added");
    drop(store);
    wait_until(&mut app, "the second athlete", ui::PATIENCE_S, |a| !labels_containing(a, "Ada Lovelace").is_empty());
}

/// An athlete list file with one athlete; returns its path.
fn write_athlete_list(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("athletes.csv");
    std::fs::write(&path, "Given Name,Family Name,Sex,Date of Birth\nGrace,Hopper,F,1990-12-09\n")
        .expect("writing the list");
    path
}

#[test]
fn switching_clinics_keeps_the_connected_device_and_says_so() {
    let data = tempfile::tempdir().expect("a temporary folder");
    write_prefs(data.path(), r#"{"mode": "clinic", "countdown_s": 0.0}"#);
    let mut options = AppOptions::new(data.path().to_path_buf());
    options.demo_speed = ui::DEMO_SPEED;
    let mut app = start(options);
    wait_for_text(&mut app, "No athletes yet");
    click(&mut app, "➕ Add athlete");
    ui::type_into(&mut app, "Given name", "Ada");
    ui::type_into(&mut app, "Family name", "Lovelace");
    click(&mut app, "Save athlete");
    click(&mut app, "▶ New test session");
    click(&mut app, "Demo dynamometer");
    wait_for_text(&mut app, "streaming");
    click(&mut app, "Open the demo clinic");
    wait_for_text(&mut app, "Demo dynamometer stays connected.");
    wait_until(&mut app, "the demo clinic's athletes", ui::PATIENCE_S, |a| {
        !labels_containing(a, "Liam O'Connor").is_empty()
    });
    // The status bar still shows the device streaming.
    assert!(!labels_containing(&app, "streaming").is_empty(), "the device is still connected");
}

/// Stored rows that cannot be read never blank a screen: the athlete list and the history show
/// the rest, and the app names each damaged row once.
#[test]
fn the_athlete_list_and_the_history_show_the_rest_and_name_a_damaged_row_once() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let (visit, trial) = {
        let mut store = forcetrack::store::Store::open(data.path()).expect("the clinic");
        forcetrack::io::demo::build_demo_clinic(&mut store).expect("the demo clinic");
        let visits = store.visits(1).expect("Liam's visits");
        let trial = store
            .trials_of_athlete(1)
            .expect("his trials")
            .iter()
            .find(|t| t.visit_id != visits[2].id)
            .expect("a trial")
            .id;
        (visits[2].id, trial)
    };
    let conn = rusqlite::Connection::open(data.path().join("forcetrack.sqlite")).expect("the database");
    conn.execute("UPDATE athletes SET date_of_birth = '1999-13-45' WHERE id = 6", []).expect("damaged");
    conn.execute("UPDATE visits SET date_time = 'garbage' WHERE id = ?1", [visit]).expect("damaged");
    conn.execute("UPDATE trials SET entered = 'notjson' WHERE id = ?1", [trial]).expect("damaged");
    drop(conn);
    write_prefs(data.path(), r#"{"mode": "clinic"}"#);
    let mut app = start(AppOptions::new(data.path().to_path_buf()));
    wait_for_text(&mut app, "Liam O'Connor");
    wait_for_text(
        &mut app,
        "athlete 6: its 'date_of_birth' cell is not valid (expected a date YYYY-MM-DD, found '1999-13-45')",
    );
    assert!(labels_containing(&app, "Ethan Dubois").is_empty(), "the damaged athlete is left out of the list");
    assert!(!labels_containing(&app, "Sofia Marquez").is_empty(), "the rest is listed");
    click(&mut app, "Liam O'Connor");
    click(&mut app, "History");
    wait_for_text(&mut app, "History: Liam O'Connor");
    wait_until(&mut app, "the visits table", ui::PATIENCE_S, |a| labels_containing(a, "2026-").len() >= 5);
    wait_for_text(&mut app, &format!("visit {visit}: its 'date_time' cell is not valid"));
    wait_for_text(
        &mut app,
        &format!("trial {trial}: its 'entered' cell is not valid (expected JSON of each rep's peak in N"),
    );
    // Said once: the list read again (every screen reloads after a change) says nothing new.
    for _ in 0..60 {
        app.step();
        std::thread::sleep(std::time::Duration::from_millis(15));
    }
    assert_eq!(labels_containing(&app, "athlete 6: its 'date_of_birth'").len(), 1);
}
