//! The bottom line: device state (always visible), counters, clinic, background work.

use egui::{Color32, RichText};

use super::pill;
use crate::app::{Shared, theme};
use crate::device::link::LinkState;

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
                        ui.label(format!("{rate:.0} Hz"));
                    }
                    let counts = acq.counts();
                    drop(acq);
                    ui.label(format!("{} samples", counts.samples))
                        .on_hover_text("samples received from the device since it was connected");
                    // Readings the device sent that are not among the samples, and how that is known.
                    match counts.missing.describe() {
                        Some(why) => {
                            let total = counts.missing.total();
                            let about = if total > counts.missing.undelivered { "about " } else { "" };
                            ui.label(RichText::new(format!("{about}{total} readings missing")).color(theme::RED))
                                .on_hover_text(format!("{why} (since the device was connected)"));
                        }
                        None => {
                            ui.label("0 readings missing")
                                .on_hover_text("every reading the device sent since it was connected is a sample");
                        }
                    }
                    let hover = format!(
                        "lines that were not samples or known replies; last: {}\n{} bytes discarded \
                         before the first whole line after connecting (a stream already running)",
                        counts.last_rejected.unwrap_or_default(),
                        counts.discarded_bytes
                    );
                    ui.label(format!("{} rejected lines", counts.rejected)).on_hover_text(hover);
                    if counts.device_errors > 0 {
                        ui.label(RichText::new(format!("{} device errors", counts.device_errors)).color(theme::RED));
                    }
                }
                None => {
                    ui.label("No device connected");
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let clinic = &*shared.clinic;
                match &clinic.server {
                    None => {
                        ui.label(RichText::new(format!("this computer: {}", clinic.data_dir.display())).small())
                            .on_hover_text("the clinic's record is this computer's database, in this data folder");
                    }
                    Some(server) => {
                        let name = format!("clinic server {}/{}", server.host(), server.database());
                        if clinic.server_reachable {
                            ui.label(RichText::new(name).small()).on_hover_text(format!(
                                "the clinic's record is on {server} (login {}); recordings are journalled on this \
                                 computer first, in {}",
                                server.login(),
                                clinic.data_dir.display()
                            ));
                            pill(ui, theme::GREEN, "SERVER REACHABLE");
                        } else {
                            ui.label(RichText::new(name).small()).on_hover_text(format!("{server}"));
                            pill(ui, theme::RED, "SERVER NOT REACHABLE").on_hover_text(
                                "recording goes on: finished trials wait on this computer and are sent when the \
                                 server answers again",
                            );
                        }
                    }
                }
                let waiting = clinic.journal.health.waiting.load(std::sync::atomic::Ordering::Relaxed);
                if waiting > 0 {
                    ui.label(
                        RichText::new(format!(
                            "{waiting} recording{} waiting for the clinic server",
                            if waiting == 1 { "" } else { "s" }
                        ))
                        .color(theme::AMBER),
                    )
                    .on_hover_text(
                        "kept on this computer; sent by themselves when the server answers (or: forcetrack sync)",
                    );
                }
                if clinic.demo {
                    pill(ui, theme::AMBER, "DEMO CLINIC");
                }
                let failures = clinic.journal.health.failures.load(std::sync::atomic::Ordering::Relaxed);
                if failures > 0 {
                    let last = clinic.journal.health.last_error.lock().ok().and_then(|e| e.clone()).unwrap_or_default();
                    ui.label(RichText::new(format!("{failures} journal writes failed")).color(theme::RED))
                        .on_hover_text(last);
                }
                if clinic.worker.busy() > 0 {
                    ui.spinner();
                }
            });
        });
    });
}
