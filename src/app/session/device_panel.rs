//! Choosing and connecting a device (demo devices always; serial ports with their maker,
//! product and matched profile), and its live state and tare.

use egui::RichText;

use crate::app::device::{DeviceChoice, DeviceConn};
use crate::app::widgets::{force, live_force, pill, state_color};
use crate::app::{Shared, theme};
use crate::device::access::{Denial, check_port};
use crate::device::demo::DemoDevice;
use crate::device::ports::{PortInfo, list_ports};
use crate::fl;

#[derive(Default)]
pub struct DevicePicker {
    ports: Option<Result<Vec<PortInfo>, String>>,
    manual_port: String,
    manual_profile: String,
    /// Profile chosen per port path (auto-matched by USB id first).
    chosen: std::collections::HashMap<String, String>,
    /// Ports this user may not open, and why (checked when the ports are listed).
    denied: std::collections::HashMap<String, Denial>,
}

impl DevicePicker {
    /// The connection panel: connected device (state, tare, disconnect) or the list to pick from.
    pub fn show(&mut self, ui: &mut egui::Ui, shared: &mut Shared) {
        if let Some(device) = shared.device.as_ref() {
            let disconnect = ui
                .horizontal(|ui| {
                    let mut acq = device.acq();
                    pill(ui, state_color(&acq.state), &acq.state.label());
                    ui.label(RichText::new(&device.name).strong());
                    let tare = ui
                        .add_enabled(!acq.is_recording(), egui::Button::new(fl!("device-panel-tare")))
                        .on_hover_text(fl!("device-panel-tare-tip"));
                    if tare.clicked() {
                        acq.tare();
                    }
                    if acq.tare_pending() {
                        ui.spinner();
                    } else if let Some(t) = &acq.last_tare {
                        ui.label(RichText::new(t).weak());
                    }
                    ui.add_enabled(!acq.is_recording(), egui::Button::new(fl!("device-panel-disconnect"))).clicked()
                })
                .inner;
            if disconnect {
                *shared.device = None;
            }
            if let Some(device) = shared.device.as_ref() {
                for m in &device.acq().messages {
                    ui.label(RichText::new(m).color(theme::RED));
                }
            }
            return;
        }
        ui.label(RichText::new(fl!("device-panel-connect-a-device")).strong());
        ui.horizontal_wrapped(|ui| {
            for d in DemoDevice::ALL {
                if ui.button(d.name()).on_hover_text(fl!("device-panel-demo-tip")).clicked() {
                    self.connect(ui.ctx(), shared, DeviceChoice::Demo(d));
                }
            }
        });
        ui.horizontal(|ui| {
            if ui.button(fl!("device-panel-find-ports")).clicked() {
                let ports = list_ports(&shared.clinic.profiles.profiles);
                self.denied = ports
                    .iter()
                    .flatten()
                    .filter_map(|p| check_port(&p.path).map(|denial| (p.path.clone(), denial)))
                    .collect();
                self.ports = Some(ports);
            }
            if let Some(Ok(ports)) = &self.ports {
                ui.label(fl!("device-panel-ports-found", count = ports.len()));
            }
        });
        let profiles: Vec<(String, String)> = shared
            .clinic
            .profiles
            .profiles
            .iter()
            .filter(|p| !p.demo)
            .map(|p| (p.id.clone(), p.shown_name(crate::i18n::loader())))
            .collect();
        if let Some(result) = &self.ports {
            match result {
                Err(e) => {
                    ui.label(RichText::new(e).color(theme::RED));
                }
                Ok(ports) => {
                    let mut connect = None;
                    for port in ports {
                        ui.horizontal(|ui| {
                            ui.label(match port.usb_id() {
                                Some(usb) => fl!(
                                    "device-panel-port-usb",
                                    path = port.path.clone(),
                                    description = port.description(),
                                    usb = usb
                                ),
                                None => {
                                    fl!("device-panel-port", path = port.path.clone(), description = port.description())
                                }
                            });
                            if let Some(denial) = self.denied.get(&port.path) {
                                pill(ui, theme::RED, &denial.short());
                            }
                            let chosen = self
                                .chosen
                                .entry(port.path.clone())
                                .or_insert_with(|| port.profiles.first().cloned().unwrap_or_default());
                            let l = ui.label(fl!("device-panel-profile"));
                            profile_combo(ui, &format!("profile {}", port.path), chosen, &profiles).labelled_by(l.id);
                            if ui
                                .add_enabled(!chosen.is_empty(), egui::Button::new(fl!("device-panel-connect")))
                                .clicked()
                            {
                                connect =
                                    Some(DeviceChoice::Serial { port: port.path.clone(), profile_id: chosen.clone() });
                            }
                        });
                        if let Some(note) = port.profile_note() {
                            ui.label(RichText::new(note).color(theme::AMBER));
                        }
                        if let Some(denial) = self.denied.get(&port.path) {
                            ui.label(RichText::new(denial.text(crate::i18n::loader(), &port.path)).color(theme::RED));
                        }
                    }
                    if let Some(choice) = connect {
                        self.connect(ui.ctx(), shared, choice);
                    }
                }
            }
        }
        // Which profile is used where two claim one id or one USB id, and why.
        for notice in shared.clinic.profiles.notices() {
            ui.label(RichText::new(notice).color(theme::AMBER));
        }
        ui.horizontal(|ui| {
            let l = ui.label(fl!("device-panel-other-port"));
            ui.add(
                egui::TextEdit::singleline(&mut self.manual_port)
                    .hint_text(fl!("device-panel-other-port-hint"))
                    .desired_width(180.0),
            )
            .labelled_by(l.id);
            let l = ui.label(fl!("device-panel-profile"));
            profile_combo(ui, "manual profile", &mut self.manual_profile, &profiles).labelled_by(l.id);
            let ready = !self.manual_port.trim().is_empty() && !self.manual_profile.is_empty();
            if ui.add_enabled(ready, egui::Button::new(fl!("device-panel-connect"))).clicked() {
                let choice = DeviceChoice::Serial {
                    port: self.manual_port.trim().into(),
                    profile_id: self.manual_profile.clone(),
                };
                self.connect(ui.ctx(), shared, choice);
            }
        });
    }

    fn connect(&mut self, ui_ctx: &egui::Context, shared: &mut Shared, choice: DeviceChoice) {
        let ctx = ui_ctx.clone();
        match DeviceConn::connect(choice, &shared.clinic.profiles, shared.options.demo_speed, move || {
            ctx.request_repaint()
        }) {
            Ok(device) => {
                device.acq().start_stream();
                *shared.device = Some(device);
            }
            Err(e) => shared.notes.error(e, shared.now),
        }
    }
}

fn profile_combo(ui: &mut egui::Ui, id: &str, chosen: &mut String, profiles: &[(String, String)]) -> egui::Response {
    let shown =
        profiles.iter().find(|(i, _)| i == chosen).map_or_else(|| fl!("device-panel-choose"), |(_, n)| n.clone());
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .width(280.0)
        .show_ui(ui, |ui| {
            for (pid, name) in profiles {
                ui.selectable_value(chosen, pid.clone(), name);
            }
        })
        .response
}

/// Big numbers per channel: the current force (when given; 0 within the channel's resting
/// noise `noise_n`, [`live_force`]) and the peak (when given; shown big when there is no current
/// force, as after a recording).
pub fn live_numbers(
    ui: &mut egui::Ui,
    shared: &Shared,
    names: &[String],
    current: Option<&[f64]>,
    noise_n: &[f64],
    peak: Option<&[f64]>,
) {
    let unit = shared.prefs.unit;
    ui.horizontal(|ui| {
        for (c, name) in names.iter().enumerate() {
            let color = theme::channel_color(name, ui.visuals().text_color());
            ui.vertical(|ui| {
                // The channel names of one-channel devices and two-channel rigs, else the
                // profile's own name for the channel.
                let title = match name.as_str() {
                    "force" => fl!("device-panel-channel-force"),
                    "left" => fl!("device-panel-channel-left"),
                    "right" => fl!("device-panel-channel-right"),
                    other => {
                        let mut chars = other.chars();
                        chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
                    }
                };
                ui.label(RichText::new(title).color(color).size(18.0));
                if let Some(current) = current {
                    let value = current.get(c).copied().unwrap_or(0.0);
                    let noise = noise_n.get(c).copied().unwrap_or(0.0);
                    ui.label(RichText::new(live_force(value, noise, unit)).font(theme::big_number()).color(color))
                        .on_hover_text(fl!("device-panel-force-now-tip"));
                }
                if let Some(p) = peak.and_then(|p| p.get(c)) {
                    let font = if current.is_some() { theme::medium_number() } else { theme::big_number() };
                    ui.label(RichText::new(fl!("device-panel-peak", force = force(*p, unit))).font(font).color(color))
                        .on_hover_text(fl!("device-panel-peak-tip"));
                }
            });
            ui.add_space(40.0);
        }
    });
}
