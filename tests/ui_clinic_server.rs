//! Settings → Clinic server in the desktop app, headless (egui_kittest), against the test
//! server: the connection test says what it found, the station then uses the server, the
//! status bar says so, an athlete another station adds appears without a restart, and no
//! password is written in the settings.

#[path = "common/server.rs"]
#[allow(dead_code)]
mod server;
#[path = "common/ui.rs"]
mod ui;

use egui_kittest::kittest::Queryable;
use forcetrack::app::AppOptions;
use forcetrack::model::Athlete;
use forcetrack::store::{ServerAddress, Store};
use ui::{click, retype, start, type_into, wait_for_text, write_prefs};

#[test]
fn settings_connects_this_station_to_the_clinic_server_and_another_stations_athlete_appears() {
    let Some(db) = server::test_database() else { return };
    let address = ServerAddress::parse(&db.url).unwrap();
    Store::init_server(&address).unwrap();
    let data = tempfile::tempdir().unwrap();
    write_prefs(data.path(), r#"{"mode": "clinic"}"#);
    let mut app = start(AppOptions::new(data.path().to_path_buf()));
    wait_for_text(&mut app, "No athletes yet");
    wait_for_text(&mut app, "this computer:");
    click(&mut app, "Settings");
    wait_for_text(&mut app, "This computer uses its own database");
    type_into(&mut app, "Server (host name or address)", &address.host());
    // Nothing listens there: the test says so, in words.
    retype(&mut app, "Port", "1");
    retype(&mut app, "Database", address.database());
    type_into(&mut app, "Login (your own)", address.login());
    click(&mut app, "Test the connection");
    wait_for_text(&mut app, "refused the connection (no database server listens at that address and port)");
    retype(&mut app, "Login (your own)", "");
    retype(&mut app, "Port", &address.port().to_string());
    retype(&mut app, "Database", address.database());
    type_into(&mut app, "Login (your own)", address.login());
    click(&mut app, "Test the connection");
    wait_for_text(&mut app, &format!("as {}: schema version {}", address.login(), forcetrack::store::latest_version()));
    wait_for_text(&mut app, "0 athletes");
    ui::picture(&mut app, "settings-clinic-server");
    // The last control of Settings: brought up from under the save bar first.
    for _ in 0..3 {
        app.get_by_label("Use this clinic server").scroll_to_me();
        app.step();
    }
    click(&mut app, "Use this clinic server");
    wait_for_text(&mut app, &format!("clinic server {}/{}", address.host(), address.database()));
    wait_for_text(&mut app, "SERVER REACHABLE");
    ui::picture(&mut app, "status-bar-clinic-server");
    // Another station adds an athlete: it appears here by itself.
    let other = tempfile::tempdir().unwrap();
    let desk = Store::connect(&address, other.path()).unwrap();
    desk.add_athlete(&Athlete::new("Liam", "O'Connor")).unwrap();
    click(&mut app, "Athletes");
    wait_for_text(&mut app, "O'Connor");
    // The choice is kept for this computer, without a password.
    let prefs = std::fs::read_to_string(data.path().join("prefs.json")).unwrap();
    assert!(prefs.contains(&format!("/{}", address.database())), "{prefs}");
    if let Ok(password) = std::env::var("PGPASSWORD") {
        assert!(!prefs.contains(&password), "no password in the settings: {prefs}");
    }
}

/// A clinic server that cannot be reached when the app starts: the first screen says why, and
/// offers to try again or to use this computer's own database instead (no dead end).
#[test]
fn a_clinic_server_away_at_start_is_said_and_this_computers_database_is_offered() {
    let data = tempfile::tempdir().unwrap();
    // Nothing listens on port 1 of this computer.
    write_prefs(data.path(), r#"{"mode": "clinic", "clinic_server": "postgresql://anna@127.0.0.1:1/forcetrack"}"#);
    let mut app = start(AppOptions::new(data.path().to_path_buf()));
    wait_for_text(&mut app, "refused the connection");
    wait_for_text(&mut app, "This computer's clinic is on the clinic server postgresql://anna@127.0.0.1:1/forcetrack");
    ui::picture(&mut app, "welcome-clinic-server-away");
    click(&mut app, "Try the clinic server again");
    wait_for_text(&mut app, "refused the connection");
    click(&mut app, "Use this computer's database");
    wait_for_text(&mut app, "No athletes yet");
    wait_for_text(&mut app, "this computer:");
    let prefs = std::fs::read_to_string(data.path().join("prefs.json")).unwrap();
    assert!(!prefs.contains("127.0.0.1:1"), "the server is no longer this computer's choice: {prefs}");
}
