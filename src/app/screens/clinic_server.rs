//! Settings → Clinic server: where this station's record is (this computer's database, or the
//! clinic's PostgreSQL server), a test of the connection that says exactly what failed, and
//! the password kept in the PostgreSQL password file, never in ForceTrack's settings.

use crossbeam_channel::Receiver;
use egui::RichText;

use crate::app::prefs::ClinicMode;
use crate::app::widgets::{server_problem_text, store_error_text};
use crate::app::{Go, Shared, theme};
use crate::fl;
use crate::store::{ServerAddress, Store, latest_version, server};

/// The clinic server section of Settings.
#[derive(Default)]
pub struct ClinicServerSettings {
    /// Whether the fields were filled from the station's setting.
    filled: bool,
    host: String,
    port: String,
    database: String,
    login: String,
    ca_file: String,
    tls_off: bool,
    /// Typed only to be written into the password file; cleared once written.
    password: String,
    testing: Option<Receiver<Result<String, String>>>,
    outcome: Option<Result<String, String>>,
}

impl ClinicServerSettings {
    /// The address the fields make.
    fn url(&self) -> String {
        let port = self.port.trim();
        let host = self.host.trim();
        let mut url = format!(
            "postgresql://{}@{}{}/{}",
            self.login.trim(),
            host,
            if port.is_empty() { String::new() } else { format!(":{port}") },
            self.database.trim()
        );
        let mut options = Vec::new();
        if !self.ca_file.trim().is_empty() {
            options.push(format!("sslrootcert={}", self.ca_file.trim()));
        }
        if self.tls_off {
            options.push("sslmode=disable".into());
        }
        if !options.is_empty() {
            url.push('?');
            url.push_str(&options.join("&"));
        }
        url
    }

    fn fill(&mut self, url: Option<&str>) {
        self.filled = true;
        self.port = "5432".into();
        self.database = "forcetrack".into();
        let Some(address) = url.and_then(|u| ServerAddress::parse(u).ok()) else { return };
        self.host = address.host();
        self.port = address.port().to_string();
        self.database = address.database().to_string();
        self.login = address.login().to_string();
        self.ca_file = address.ca_file().map(|p| p.display().to_string()).unwrap_or_default();
        self.tls_off = address.tls_turned_off();
    }

    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        if !self.filled {
            let current = shared.clinic.server.as_ref().map(|s| s.to_string()).or(shared.prefs.clinic_server.clone());
            self.fill(current.as_deref());
        }
        if let Some(rx) = &self.testing {
            match rx.try_recv() {
                Ok(outcome) => {
                    self.outcome = Some(outcome);
                    self.testing = None;
                }
                Err(_) => ui.ctx().request_repaint_after(std::time::Duration::from_millis(100)),
            }
        }
        ui.heading(fl!("server-heading"));
        ui.label(fl!("server-intro"));
        match &shared.clinic.server {
            Some(server) => ui.label(fl!("server-in-use", server = server.to_string())),
            None => ui.label(fl!("server-none")),
        };
        // The hints are examples of what to type (a host, a port, a database, a login, a file).
        egui::Grid::new("clinic server fields").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
            field(ui, &fl!("server-host"), &mut self.host, "clinic-db.local");
            field(ui, &fl!("server-port"), &mut self.port, "5432");
            field(ui, &fl!("server-database"), &mut self.database, "forcetrack");
            field(ui, &fl!("server-login"), &mut self.login, "anna");
            field(ui, &fl!("server-ca-file"), &mut self.ca_file, "/etc/forcetrack/ca.pem");
            let l = ui.label(fl!("server-password"));
            ui.add(egui::TextEdit::singleline(&mut self.password).password(true).desired_width(240.0))
                .labelled_by(l.id)
                .on_hover_text(fl!("server-password-tip"));
            ui.end_row();
        });
        ui.checkbox(&mut self.tls_off, fl!("server-tls-off"));
        let ready = !self.host.trim().is_empty() && !self.database.trim().is_empty() && !self.login.trim().is_empty();
        ui.horizontal(|ui| {
            if ui.add_enabled(ready && self.testing.is_none(), egui::Button::new(fl!("server-test"))).clicked() {
                self.outcome = None;
                self.testing = Some(test_connection(self.url()));
            }
            if self.testing.is_some() {
                ui.spinner();
            }
            if ui
                .add_enabled(ready && !self.password.is_empty(), egui::Button::new(fl!("server-save-password")))
                .on_hover_text(fl!("server-save-password-tip"))
                .clicked()
            {
                self.outcome = Some(self.save_password());
            }
        });
        if let Some(outcome) = &self.outcome {
            match outcome {
                Ok(text) => ui.label(RichText::new(text).color(theme::GREEN)),
                Err(text) => ui.label(RichText::new(text).color(theme::RED)),
            };
        }
        ui.horizontal(|ui| {
            if ui.add_enabled(ready, egui::Button::new(fl!("server-use"))).clicked() {
                match ServerAddress::parse(&self.url()) {
                    Ok(_) => self.switch(shared, Some(self.url())),
                    Err(e) => self.outcome = Some(Err(server_problem_text(&e))),
                }
            }
            if shared.clinic.server.is_some() && ui.button(fl!("server-use-this-computer")).clicked() {
                self.switch(shared, None);
            }
        });
        // Room below the last controls, so they can be scrolled clear of the save bar.
        ui.add_space(48.0);
    }

    /// Keeps the choice in this computer's settings and opens the clinic's record there.
    fn switch(&mut self, shared: &mut Shared, server: Option<String>) {
        shared.prefs.clinic_server = server;
        if let Err(e) = shared.prefs.save(&shared.options.data_dir) {
            self.outcome = Some(Err(e));
            return;
        }
        self.filled = false;
        *shared.go = Some(Go::Mode(ClinicMode::Clinic));
    }

    fn save_password(&mut self) -> Result<String, String> {
        let file = server::password_file().ok_or_else(|| fl!("server-no-home"))?;
        let port = self.port.trim().parse().unwrap_or(5432);
        server::save_password(&file, self.host.trim(), port, self.database.trim(), self.login.trim(), &self.password)
            .map_err(|e| fl!("server-password-not-saved", error = e.to_string()))?;
        self.password.clear();
        Ok(fl!("server-password-saved", file = file.display().to_string()))
    }
}

fn field(ui: &mut egui::Ui, label: &str, value: &mut String, hint: &str) {
    let l = ui.label(label);
    ui.add(egui::TextEdit::singleline(value).hint_text(hint).desired_width(240.0)).labelled_by(l.id);
    ui.end_row();
}

/// Connects to `url` on a thread of its own and says what was found, or exactly what failed
/// (unreachable, refused, wrong password, certificate, schema version).
fn test_connection(url: String) -> Receiver<Result<String, String>> {
    let (tx, rx) = crossbeam_channel::bounded(1);
    std::thread::spawn(move || {
        let outcome = (|| {
            let address = ServerAddress::parse(&url).map_err(|e| server_problem_text(&e))?;
            let version = Store::server_version(&address).map_err(|e| store_error_text(&e))?;
            crate::store::check_server_version(version, &address.to_string()).map_err(|e| store_error_text(&e))?;
            let dir = std::env::temp_dir().join(format!("forcetrack-connection-test-{}", std::process::id()));
            let store = Store::connect(&address, &dir).map_err(|e| store_error_text(&e));
            let _ = std::fs::remove_dir_all(&dir);
            let athletes = store?.count("athletes").map_err(|e| store_error_text(&e))?;
            let (server, login) = (address.to_string(), address.login().to_string());
            let (version, latest) = (version.to_string(), latest_version().to_string());
            Ok(if address.uses_tls() {
                fl!(
                    "server-connected-encrypted",
                    server = server,
                    login = login,
                    version = version,
                    latest = latest,
                    athletes = athletes
                )
            } else {
                fl!(
                    "server-connected",
                    server = server,
                    login = login,
                    version = version,
                    latest = latest,
                    athletes = athletes
                )
            })
        })();
        let _ = tx.send(outcome);
    });
    rx
}
