//! Small shared pieces of the screens: notes (toasts), the device status bar, number
//! formatting in the display unit, chips, frame statistics.

pub mod live_plot;

use std::time::{Duration, Instant};

use egui::{Color32, RichText};

use super::Shared;
use super::theme;
use crate::analysis::AsymmetryBand;
use crate::device::link::LinkState;
use crate::model::ForceUnit;

/// Notes shown for a few seconds in a corner.
#[derive(Default)]
pub struct Notes {
    items: Vec<(String, bool, f64)>,
}

impl Notes {
    pub fn info(&mut self, text: impl Into<String>, now: f64) {
        self.items.push((text.into(), false, now + 5.0));
    }

    pub fn error(&mut self, text: impl Into<String>, now: f64) {
        self.items.push((text.into(), true, now + 12.0));
    }

    pub fn show(&mut self, ctx: &egui::Context, now: f64) {
        self.items.retain(|(_, _, until)| *until > now);
        if self.items.is_empty() {
            return;
        }
        egui::Area::new(egui::Id::unique("notes")).anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -48.0)).show(
            ctx,
            |ui| {
                for (text, error, _) in &self.items {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.set_max_width(420.0);
                        let color = if *error { theme::RED } else { ui.visuals().text_color() };
                        ui.label(RichText::new(text).color(color));
                    });
                }
            },
        );
        ctx.request_repaint_after(Duration::from_millis(500));
    }
}

/// A force in the display unit: "312 N", "31.8 kgf".
pub fn force(value_n: f64, unit: ForceUnit) -> String {
    unit.format(value_n)
}

/// A force in the display unit without the unit.
pub fn force_number(value_n: f64, unit: ForceUnit) -> String {
    unit.format_number(value_n)
}

/// A coloured chip with a symbol, so the meaning does not rest on colour alone.
pub fn band_chip(ui: &mut egui::Ui, band: AsymmetryBand, text: &str) -> egui::Response {
    let color = theme::band_color(band);
    egui::Frame::new()
        .fill(color.gamma_multiply(0.25))
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(6, 2))
        .show(ui, |ui| ui.label(format!("{} {text}", theme::band_symbol(band))))
        .response
}

/// A small coloured label.
pub fn pill(ui: &mut egui::Ui, color: Color32, text: &str) -> egui::Response {
    egui::Frame::new()
        .fill(color.gamma_multiply(0.2))
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(8, 2))
        .show(ui, |ui| ui.label(RichText::new(text).color(color).strong()))
        .response
}

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
                    pill(ui, state_color(&device.state), &device.state.label());
                    ui.label(&device.name);
                    if let Some(rate) = device.measured_rate_hz() {
                        ui.label(format!("{rate:.0} Hz"));
                    }
                    let counts = device.counts();
                    let (lost, rejected, readings) = (counts.lost, counts.rejected, counts.rejected_readings);
                    ui.label(format!("{} samples", counts.samples))
                        .on_hover_text("samples received from the device since it was connected");
                    let lost_text = format!("{lost} lost");
                    let lost_hover = "samples the device sent that could not be delivered in time";
                    if lost > 0 {
                        ui.label(RichText::new(lost_text).color(theme::RED)).on_hover_text(lost_hover);
                    } else {
                        ui.label(lost_text).on_hover_text(lost_hover);
                    }
                    let hover = format!(
                        "lines that were not samples or known replies; last: {}\n{} bytes discarded \
                         before the first whole line after connecting (a stream already running)",
                        counts.last_rejected.unwrap_or_default(),
                        counts.discarded_bytes
                    );
                    if readings > 0 {
                        // Readings the device sent that are not kept: say why, in the line itself.
                        let why = counts.last_rejected_reading.unwrap_or_default();
                        ui.label(
                            RichText::new(format!("{rejected} rejected lines, {readings} readings ({why})"))
                                .color(theme::RED),
                        )
                        .on_hover_text(hover);
                    } else {
                        ui.label(format!("{rejected} rejected lines")).on_hover_text(hover);
                    }
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
                ui.label(RichText::new(clinic.data_dir.display().to_string()).small())
                    .on_hover_text("the data folder of the open clinic");
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

/// Frame times, printed every five seconds when asked (`--frame-stats`).
/// Frame time statistics printed every five seconds (`--frame-stats`): the CPU time of the app's own work per
/// frame (layout, plots, envelopes) and, when the window reports it, the whole frame including
/// tessellation and painting.
pub struct FrameStats {
    enabled: bool,
    times: Vec<Duration>,
    whole: Vec<Duration>,
    since: Instant,
}

impl FrameStats {
    pub fn new(enabled: bool) -> Self {
        FrameStats { enabled, times: Vec::new(), whole: Vec::new(), since: Instant::now() }
    }

    /// The whole previous frame as the window measured it (CPU, including painting).
    pub fn record_whole(&mut self, seconds: Option<f32>) {
        if self.enabled
            && let Some(s) = seconds
        {
            self.whole.push(Duration::from_secs_f32(s.max(0.0)));
        }
    }

    pub fn record(&mut self, d: Duration) {
        if !self.enabled {
            return;
        }
        self.times.push(d);
        if self.since.elapsed() >= Duration::from_secs(5) {
            let rss = rss_mb().map_or(String::new(), |m| format!(", RSS {m:.0} MB"));
            eprintln!("frame cpu, app: {}; whole frame: {}{rss}", summary(&mut self.times), summary(&mut self.whole));
            self.times.clear();
            self.whole.clear();
            self.since = Instant::now();
        }
    }
}

/// The outcome of the last action, if any: green when it worked, red with the error.
pub fn outcome_line(ui: &mut egui::Ui, outcome: &Option<Result<String, String>>) {
    match outcome {
        Some(Ok(text)) => ui.label(RichText::new(text).color(theme::GREEN)),
        Some(Err(text)) => ui.label(RichText::new(text).color(theme::RED)),
        None => return,
    };
}

/// What a save dialog asks for.
pub enum SaveTarget {
    /// A file, with a filter (name, extensions).
    File(&'static str, &'static [&'static str]),
    /// A folder; the file name is made inside it.
    Folder,
}

/// Where to write `file_name`: the system's dialog on its own thread (the UI never waits for
/// it), or straight into `options.export_dir` in tests and scripted runs. The answer arrives on
/// the receiver; `None` when the clinician cancelled.
pub fn ask_save_path(
    options: &crate::app::AppOptions,
    file_name: String,
    target: SaveTarget,
) -> crossbeam_channel::Receiver<Option<std::path::PathBuf>> {
    let (tx, rx) = crossbeam_channel::bounded(1);
    match &options.export_dir {
        Some(dir) => {
            let _ = tx.send(Some(dir.join(file_name)));
        }
        None => {
            std::thread::spawn(move || {
                let picked = match target {
                    SaveTarget::Folder => rfd::FileDialog::new()
                        .set_title("Choose an empty folder for the export")
                        .pick_folder()
                        .map(|d| d.join(file_name)),
                    SaveTarget::File(name, extensions) => {
                        rfd::FileDialog::new().set_file_name(&file_name).add_filter(name, extensions).save_file()
                    }
                };
                let _ = tx.send(picked);
            });
        }
    }
    rx
}

/// "median, p90, p99, max over n frames" of `times` (sorted in place).
fn summary(times: &mut [Duration]) -> String {
    if times.is_empty() {
        return "-".into();
    }
    times.sort();
    let n = times.len();
    let at = |q: f64| times[((n as f64 - 1.0) * q) as usize].as_secs_f64() * 1e3;
    format!(
        "median {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms over {n} frames",
        at(0.5),
        at(0.9),
        at(0.99),
        at(1.0)
    )
}

/// Resident memory of this process, MB (Linux).
pub fn rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status.lines().find(|l| l.starts_with("VmRSS:"))?.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
