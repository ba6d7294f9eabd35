//! Notes: short messages shown for a few seconds in a corner (toasts).

use std::time::Duration;

use egui::RichText;

use crate::app::theme;

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
