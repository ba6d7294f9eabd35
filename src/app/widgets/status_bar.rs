//! The bottom line: device state (always visible), counters, clinic, background work.

use egui::{Color32, RichText};

use super::pill;
use crate::app::{Shared, theme};
use crate::device::link::LinkState;
use crate::fl;
use crate::i18n::numbers;

pub fn state_color(state: &LinkState) -> Color32 {
    match state {
        LinkState::Streaming | LinkState::Connected => theme::GREEN,
        LinkState::Connecting | LinkState::Reconnecting { .. } => theme::AMBER,
        LinkState::Disconnected { .. } | LinkState::Error { .. } | LinkState::Closed => theme::RED,
    }
}

/// The bottom line: device state (always visible), counters, clinic, background work.
pub fn status_bar(ui: &mut egui::Ui, shared: &mut Shared) {
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal(|ui| {
            match shared.device.as_ref() {
                Some(device) => {
                    let acq = device.acq();
                    pill(ui, state_color(&acq.state), &acq.state.label());
                    ui.label(&device.name);
                    if let Some(rate) = acq.measured_rate_hz() {
                        ui.label(fl!("status-rate", rate = numbers::num(rate, 0)));
                    }
                    let counts = acq.counts();
                    drop(acq);
                    ui.label(fl!("status-samples", count = counts.samples)).on_hover_text(fl!("status-samples-tip"));
                    // Readings the device sent that are not among the samples, and how that is known.
                    match counts.missing.describe() {
                        Some(why) => {
                            let total = counts.missing.total();
                            let text = if total > counts.missing.undelivered {
                                fl!("status-readings-missing-about", count = total)
                            } else {
                                fl!("status-readings-missing", count = total)
                            };
                            ui.label(RichText::new(text).color(theme::RED))
                                .on_hover_text(fl!("status-readings-missing-tip", why = why));
                        }
                        None => {
                            ui.label(fl!("status-no-readings-missing"))
                                .on_hover_text(fl!("status-no-readings-missing-tip"));
                        }
                    }
                    let hover = fl!(
                        "status-rejected-tip",
                        last = counts.last_rejected.unwrap_or_default(),
                        count = counts.discarded_bytes
                    );
                    ui.label(fl!("status-rejected-lines", count = counts.rejected)).on_hover_text(hover);
                    if counts.device_errors > 0 {
                        ui.label(
                            RichText::new(fl!("status-device-errors", count = counts.device_errors)).color(theme::RED),
                        );
                    }
                }
                None => {
                    ui.label(fl!("status-no-device"));
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let clinic = &*shared.clinic;
                match &clinic.server {
                    None => {
                        ui.label(
                            RichText::new(fl!("status-this-computer", folder = clinic.data_dir.display().to_string()))
                                .small(),
                        )
                        .on_hover_text(fl!("status-this-computer-tip"));
                    }
                    Some(server) => {
                        let name = fl!(
                            "status-clinic-server",
                            host = server.host().to_string(),
                            database = server.database().to_string()
                        );
                        if clinic.server_reachable {
                            ui.label(RichText::new(name).small()).on_hover_text(fl!(
                                "status-clinic-server-tip",
                                server = server.to_string(),
                                login = server.login().to_string(),
                                folder = clinic.data_dir.display().to_string()
                            ));
                            pill(ui, theme::GREEN, &fl!("status-server-reachable"));
                        } else {
                            ui.label(RichText::new(name).small()).on_hover_text(format!("{server}"));
                            pill(ui, theme::RED, &fl!("status-server-not-reachable"))
                                .on_hover_text(fl!("status-server-not-reachable-tip"));
                        }
                    }
                }
                let waiting = clinic.journal.health.waiting.load(std::sync::atomic::Ordering::Relaxed);
                if waiting > 0 {
                    ui.label(RichText::new(fl!("status-waiting-for-server", count = waiting)).color(theme::AMBER))
                        .on_hover_text(fl!("status-waiting-for-server-tip", command = "forcetrack sync"));
                }
                if clinic.demo {
                    pill(ui, theme::AMBER, &fl!("status-demo-clinic"));
                }
                let failures = clinic.journal.health.failures.load(std::sync::atomic::Ordering::Relaxed);
                if failures > 0 {
                    let last = clinic.journal.health.last_error.lock().ok().and_then(|e| e.clone()).unwrap_or_default();
                    ui.label(RichText::new(fl!("status-journal-writes-failed", count = failures)).color(theme::RED))
                        .on_hover_text(last);
                }
                if clinic.worker.busy() > 0 {
                    ui.spinner();
                }
            });
        });
    });
}
