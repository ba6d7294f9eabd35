//! CPU per frame of the live view while recording: `cargo bench --bench live_plot`.
//! Target: under 4 ms with a 10 minute, two-channel, 1 kHz recording in view.
//!
//! A frame here is what the app's UI thread does for the plot: egui's pass (the min/max
//! envelope per pixel column, axes, labels) and the tessellation of its shapes into triangles.
//! Uploading to the GPU and drawing are the renderer's work and not counted (the pixels they
//! fill are checked by `live_plot`'s `a_frame_costs_the_same_at_10_s_and_10_min`, and measured
//! in a real window by `scripts/live-view-cost`). The columns are kept between frames, as in the
//! app: `rebuilt` times a frame whose view changed (the whole recording read from its min/max
//! pyramid), the other a frame that only folds in new samples.

use divan::{Bencher, black_box};
use forcetrack::acquisition::{Recorder, simulated_plate_recording};
use forcetrack::app::widgets::live_plot::{Series, live_plot};
use forcetrack::model::ForceUnit;

fn main() {
    divan::main();
}

/// One frame of the plot with `recorder` over `[0, span]` s, tessellated.
fn frame(ctx: &egui::Context, recorder: &Recorder, span: f64) -> Vec<egui::ClippedPrimitive> {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0))),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| {
        let series: Vec<Series> = (0..2)
            .map(|c| Series::Recording { recorder, channel: c, color: egui::Color32::from_rgb(0, 114, 178) })
            .collect();
        live_plot(ui, 420.0, 0.0, span, ForceUnit::Newton, &series, &[]);
    });
    output.textures_delta.clear();
    ctx.tessellate(output.shapes, output.pixels_per_point)
}

#[divan::bench(args = [10.0, 60.0, 600.0])]
fn frame_with_the_whole_recording_in_view(bencher: Bencher, seconds: f64) {
    let rec = simulated_plate_recording(seconds);
    let ctx = egui::Context::default();
    // Fonts and caches settle in the first frames.
    for _ in 0..3 {
        frame(&ctx, &rec, seconds);
    }
    bencher.bench_local(|| black_box(frame(&ctx, &rec, seconds)));
}

#[divan::bench(args = [10.0, 60.0, 600.0])]
fn frame_with_the_view_rebuilt(bencher: Bencher, seconds: f64) {
    let rec = simulated_plate_recording(seconds);
    let ctx = egui::Context::default();
    let mut span = seconds;
    bencher.bench_local(|| {
        // A different span each frame: no column can be kept.
        span += 1e-6;
        black_box(frame(&ctx, &rec, span))
    });
}
