//! The live force plot: one min/max per pixel column, so every peak shows and a frame costs
//! the same for a 5 s and a 10 min recording.
//!
//! A recording's columns are kept between frames (`ColumnCache`): with the time axis in steps
//! (`recording_view_s`), a frame folds in only the samples that arrived since the last one, and
//! draws one bar per column, so neither the app's work nor the pixels to fill grow with the
//! recording.

use egui::{Color32, Pos2, Rect, Sense, Shape, Stroke, Vec2};

use crate::acquisition::Recorder;
use crate::i18n::numbers;
use crate::model::ForceUnit;

/// What to draw for one channel.
pub enum Series<'a> {
    /// A recording (drawn from its min/max pyramid, net force).
    Recording { recorder: &'a Recorder, channel: usize, color: Color32 },
    /// A short buffer of (time, value), values already in newtons.
    Points { time_s: &'a [f64], values: &'a [f64], color: Color32 },
}

/// Marks on the time axis (e.g. detected reps).
pub struct Mark {
    pub time_s: f64,
    pub label: String,
    /// Left out by the clinician (a rep unticked on the review): drawn grey.
    pub excluded: bool,
}

/// For each of `columns` + 1 column edges over `[t_from, t_from + span]`, the first sample at or
/// after it. Sampling is near uniform, so each edge is first guessed from the rate and then
/// found by galloping from the guess: a few steps per column however long the recording.
fn column_bounds(t: &[f64], t_from: f64, span: f64, columns: usize) -> Vec<usize> {
    let n = t.len();
    let mut out = Vec::with_capacity(columns + 1);
    if n == 0 {
        out.resize(columns + 1, 0);
        return out;
    }
    let (first, last) = (t[0], t[n - 1]);
    let per_s = if last > first { (n - 1) as f64 / (last - first) } else { 0.0 };
    for c in 0..=columns {
        let x = t_from + span * c as f64 / columns as f64;
        let guess = (((x - first) * per_s).max(0.0) as usize).min(n);
        out.push(lower_bound_near(t, x, guess));
    }
    out
}

/// The first index `i` with `t[i] >= x` (`t` sorted), searched outward from `guess`.
fn lower_bound_near(t: &[f64], x: f64, guess: usize) -> usize {
    let n = t.len();
    let (mut lo, mut hi);
    if guess < n && t[guess] < x {
        // The answer is after `guess`.
        let mut step = 1;
        lo = guess + 1;
        hi = guess + 1;
        while hi < n && t[hi] < x {
            lo = hi + 1;
            hi = (hi + step).min(n);
            step *= 2;
        }
    } else {
        // At or before `guess`.
        let mut step = 1;
        hi = guess;
        lo = guess;
        while lo > 0 && t[lo - 1] >= x {
            hi = lo - 1;
            lo = lo.saturating_sub(step);
            step *= 2;
        }
    }
    lo + t[lo..hi].partition_point(|&v| v < x)
}

/// The time axis for a recording of `duration_s`: the whole recording in view, the axis growing in
/// steps (10 s, 20 s, 30 s, 1, 2, 3, 5, 10, 15, 20, 30 min, then whole hours) so that the columns
/// stay put between steps.
pub fn recording_view_s(duration_s: f64) -> f64 {
    const STEPS_S: [f64; 11] = [10.0, 20.0, 30.0, 60.0, 120.0, 180.0, 300.0, 600.0, 900.0, 1200.0, 1800.0];
    STEPS_S.into_iter().find(|&s| duration_s <= s).unwrap_or_else(|| (duration_s / 3600.0).ceil() * 3600.0)
}

/// Which columns a cache holds.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct View {
    recorder: u64,
    channel: usize,
    t_from: f64,
    span: f64,
    columns: usize,
}

/// Raw (min, max) per pixel column of one channel of a recording, and how many samples are in.
#[derive(Clone, Default)]
struct ColumnCache {
    view: View,
    raw: Vec<Option<(f64, f64)>>,
    samples: usize,
}

impl ColumnCache {
    /// Brings the columns up to date: rebuilt from the recording's min/max pyramid when the view
    /// changed, else only the samples that arrived since the last frame are folded in.
    fn update(&mut self, recorder: &Recorder, view: View) {
        let t = recorder.time_s();
        let raw = recorder.raw(view.channel);
        let n = t.len().min(raw.len());
        if self.view != view || n < self.samples || self.raw.len() != view.columns {
            let bounds = column_bounds(t, view.t_from, view.span, view.columns);
            self.raw =
                (0..view.columns).map(|c| recorder.raw_min_max(view.channel, bounds[c], bounds[c + 1])).collect();
            self.view = view;
            self.samples = n;
            return;
        }
        let per_s = view.columns as f64 / view.span;
        let edge = |c: usize| view.t_from + view.span * c as f64 / view.columns as f64;
        for i in self.samples..n {
            let x = t[i];
            if x < view.t_from {
                continue;
            }
            // The column whose edges hold `x` (`edge(c) <= x < edge(c + 1)`), as `column_bounds`.
            let mut c = (((x - view.t_from) * per_s) as usize).min(view.columns);
            while c > 0 && edge(c) > x {
                c -= 1;
            }
            while c < view.columns && edge(c + 1) <= x {
                c += 1;
            }
            if c >= view.columns {
                continue;
            }
            let v = raw[i];
            let cell = &mut self.raw[c];
            *cell = Some(cell.map_or((v, v), |(lo, hi)| (lo.min(v), hi.max(v))));
        }
        self.samples = n;
    }
}

/// Draws `series` over `[t_from, t_to]` seconds into a plot of `height` points.
pub fn live_plot(
    ui: &mut egui::Ui,
    height: f32,
    t_from: f64,
    t_to: f64,
    unit: ForceUnit,
    series: &[Series],
    marks: &[Mark],
) {
    let width = ui.available_width();
    let (response, painter) = ui.allocate_painter(Vec2::new(width, height), Sense::hover());
    let outer = response.rect;
    let visuals = ui.visuals();
    painter.rect_filled(outer, 4.0, visuals.extreme_bg_color);
    let plot = Rect::from_min_max(outer.min + egui::vec2(52.0, 8.0), outer.max - egui::vec2(8.0, 22.0));
    let columns = plot.width().max(1.0) as usize;
    let span = (t_to - t_from).max(1e-6);

    // One (min, max) per column per series, in newtons.
    type Column = Option<(f64, f64)>;
    let mut envelopes: Vec<(Vec<Column>, Color32)> = Vec::with_capacity(series.len());
    for s in series {
        let mut cols = Vec::with_capacity(columns);
        match s {
            Series::Recording { recorder, channel, color } => {
                let id = response.id.with(("columns", *channel));
                let view = View { recorder: recorder.id(), channel: *channel, t_from, span, columns };
                ui.data_mut(|d| {
                    let cache = d.get_temp_mut_or_default::<ColumnCache>(id);
                    cache.update(recorder, view);
                    cols.extend(cache.raw.iter().map(|c| c.and_then(|r| recorder.net_range(*channel, r))));
                });
                envelopes.push((cols, *color));
            }
            Series::Points { time_s, values, color } => {
                cols.extend(crate::acquisition::column_ranges(time_s, values, t_from, span, columns));
                envelopes.push((cols, *color));
            }
        }
    }
    // Vertical range: at least 0..50 N, with room above the highest value.
    let (mut lo, mut hi) = (0.0f64, 50.0f64);
    for (cols, _) in &envelopes {
        for &(a, b) in cols.iter().flatten() {
            lo = lo.min(a);
            hi = hi.max(b);
        }
    }
    hi *= 1.1;
    lo = if lo < 0.0 { lo * 1.1 } else { 0.0 };
    let y_of = |v: f64| plot.bottom() - ((v - lo) / (hi - lo)) as f32 * plot.height();
    let x_of = |t: f64| plot.left() + ((t - t_from) / span) as f32 * plot.width();

    // Grid and labels in the display unit.
    let grid = visuals.weak_text_color().gamma_multiply(0.4);
    let text = visuals.text_color();
    let step = nice_step(unit.from_newtons(hi - lo) / 5.0);
    let decimals = step_decimals(step);
    let mut v = (unit.from_newtons(lo) / step).ceil() * step;
    while unit.to_newtons(v) <= hi {
        let y = y_of(unit.to_newtons(v));
        painter.line_segment([Pos2::new(plot.left(), y), Pos2::new(plot.right(), y)], Stroke::new(1.0, grid));
        painter.text(
            Pos2::new(plot.left() - 6.0, y),
            egui::Align2::RIGHT_CENTER,
            // In the app's decimal separator; a tick at zero reads "0", never "-0".
            numbers::style().number_trimmed(v, decimals),
            egui::FontId::proportional(12.0),
            text,
        );
        v += step;
    }
    painter.text(
        Pos2::new(outer.left() + 4.0, outer.top() + 2.0),
        egui::Align2::LEFT_TOP,
        unit.symbol(),
        egui::FontId::proportional(12.0),
        text,
    );
    let tstep = nice_step(span / 8.0);
    let mut t = (t_from / tstep).ceil() * tstep;
    while t <= t_to {
        let x = x_of(t);
        painter.line_segment([Pos2::new(x, plot.top()), Pos2::new(x, plot.bottom())], Stroke::new(1.0, grid));
        painter.text(
            Pos2::new(x, plot.bottom() + 3.0),
            egui::Align2::CENTER_TOP,
            format!("{} s", numbers::num(t, 1)),
            egui::FontId::proportional(12.0),
            text,
        );
        t += tstep;
    }
    // Marks: a line each, and a label where it has room (a long recording shows every line but
    // not every number, so the text drawn stays bounded by the plot's width).
    let mut last_label_x = f32::NEG_INFINITY;
    for mark in marks {
        if mark.time_s >= t_from && mark.time_s <= t_to {
            let x = x_of(mark.time_s);
            let ink = if mark.excluded { visuals.weak_text_color().gamma_multiply(0.6) } else { text };
            painter.line_segment(
                [Pos2::new(x, plot.top()), Pos2::new(x, plot.bottom())],
                Stroke::new(1.0, ink.gamma_multiply(0.5)),
            );
            if x - last_label_x >= MARK_LABEL_ROOM {
                last_label_x = x;
                painter.text(
                    Pos2::new(x + 3.0, plot.top()),
                    egui::Align2::LEFT_TOP,
                    &mark.label,
                    egui::FontId::proportional(13.0),
                    ink,
                );
            }
        }
    }
    // The envelopes: one bar per column from its min to its max, joined to the neighbouring
    // column, at least a stroke thick. A recording's columns stay put between frames, so its
    // bars live in an image of the plot where only the columns that changed are uploaded, and
    // the frame paints one rectangle whatever the recording holds; a scrolling window (every
    // column moves each frame) is drawn as bars.
    let spans: Vec<SeriesBars> = envelopes.iter().map(|(cols, color)| (bar_spans(cols, &y_of), *color)).collect();
    let recording = series.iter().all(|s| matches!(s, Series::Recording { .. }));
    if recording {
        let ppp = ui.ctx().pixels_per_point();
        let id = response.id.with("envelope image");
        // Out of the context's storage while textures are made (that takes the context's lock).
        let mut image = ui.data_mut(|d| d.remove_temp::<EnvelopeImage>(id)).unwrap_or_default();
        let texture = image.update(ui.ctx(), plot, ppp, &spans);
        ui.data_mut(|d| d.insert_temp(id, image));
        if let Some(texture) = texture {
            painter.image(texture, plot, Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)), Color32::WHITE);
        }
    } else {
        for (bars, color) in spans {
            let mut mesh = egui::Mesh::default();
            for (c, bar) in bars.iter().enumerate() {
                if let Some((top, bottom)) = *bar {
                    let x = plot.left() + c as f32;
                    mesh.add_colored_rect(Rect::from_min_max(Pos2::new(x, top), Pos2::new(x + 1.0, bottom)), color);
                }
            }
            if !mesh.is_empty() {
                painter.add(Shape::mesh(mesh));
            }
        }
    }
}

/// One series' bars (top and bottom in points, per column) and its colour.
type SeriesBars = (Vec<Option<(f32, f32)>>, Color32);

/// Each column's bar, top and bottom in points: the column's (min, max) joined to the previous
/// column's (so a steep rise shows as one stroke), at least [`ENVELOPE_STROKE`] thick.
fn bar_spans(cols: &[Option<(f64, f64)>], y_of: &impl Fn(f64) -> f32) -> Vec<Option<(f32, f32)>> {
    let mut previous: Option<(f64, f64)> = None;
    cols.iter()
        .map(|col| {
            let Some((a, b)) = *col else {
                previous = None;
                return None;
            };
            let (lo, hi) = match previous {
                Some((pa, pb)) => (a.min(pb), b.max(pa)),
                None => (a, b),
            };
            previous = Some((a, b));
            let (top, bottom) = (y_of(hi), y_of(lo));
            let middle = 0.5 * (top + bottom);
            let half = (0.5 * (bottom - top)).max(0.5 * ENVELOPE_STROKE);
            Some((middle - half, middle + half))
        })
        .collect()
}

/// A recording's bars as an image of the plot, one texel column per column: kept between
/// frames, with only the columns whose bars changed uploaded (a texture rebuilt whole when the
/// plot's size or scale changes).
#[derive(Clone, Default)]
struct EnvelopeImage {
    texture: Option<egui::TextureHandle>,
    size: [usize; 2],
    /// Texel rows (first, last) of each series' bar in each column, as uploaded.
    drawn: Vec<Vec<Option<(usize, usize)>>>,
    colors: Vec<Color32>,
}

impl EnvelopeImage {
    /// Uploads what changed; the texture to paint over `plot`.
    fn update(&mut self, ctx: &egui::Context, plot: Rect, ppp: f32, spans: &[SeriesBars]) -> Option<egui::TextureId> {
        let columns = spans.first().map_or(0, |(b, _)| b.len());
        let height = (plot.height() * ppp).round().max(1.0) as usize;
        if columns == 0 {
            return None;
        }
        let rows: Vec<Vec<Option<(usize, usize)>>> = spans
            .iter()
            .map(|(bars, _)| {
                bars.iter()
                    .map(|bar| {
                        bar.map(|(top, bottom)| {
                            let first = (((top - plot.top()) * ppp).floor().max(0.0) as usize).min(height - 1);
                            let last =
                                (((bottom - plot.top()) * ppp).ceil().max(0.0) as usize).clamp(first, height - 1);
                            (first, last)
                        })
                    })
                    .collect()
            })
            .collect();
        let colors: Vec<Color32> = spans.iter().map(|(_, c)| *c).collect();
        let size = [columns, height];
        let whole =
            self.texture.is_none() || self.size != size || self.colors != colors || self.drawn.len() != rows.len();
        let options = egui::TextureOptions::NEAREST;
        if whole {
            let image = column_image(&rows, &colors, 0..columns, height);
            match &mut self.texture {
                Some(t) => t.set(image, options),
                None => self.texture = Some(ctx.load_texture("live plot envelope", image, options)),
            }
        } else if let Some(texture) = &mut self.texture {
            for run in changed_runs(&self.drawn, &rows) {
                let start = run.start;
                texture.set_partial([start, 0], column_image(&rows, &colors, run, height), options);
            }
        }
        self.size = size;
        self.colors = colors;
        self.drawn = rows;
        self.texture.as_ref().map(egui::TextureHandle::id)
    }
}

/// The runs of columns where any series' bar differs between `old` and `new` (same shape).
fn changed_runs(
    old: &[Vec<Option<(usize, usize)>>],
    new: &[Vec<Option<(usize, usize)>>],
) -> Vec<std::ops::Range<usize>> {
    let columns = new.first().map_or(0, Vec::len);
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    for c in 0..columns {
        let changed = old.iter().zip(new).any(|(o, n)| o.get(c) != n.get(c));
        if changed {
            match runs.last_mut() {
                Some(r) if r.end == c => r.end = c + 1,
                _ => runs.push(c..c + 1),
            }
        }
    }
    runs
}

/// The image of `columns`: transparent, with each series' bar in its colour (later series over
/// earlier ones).
fn column_image(
    rows: &[Vec<Option<(usize, usize)>>],
    colors: &[Color32],
    columns: std::ops::Range<usize>,
    height: usize,
) -> egui::ColorImage {
    let width = columns.len();
    let mut pixels = vec![Color32::TRANSPARENT; width * height];
    for (series, color) in rows.iter().zip(colors) {
        for (x, c) in columns.clone().enumerate() {
            if let Some((first, last)) = series[c] {
                for y in first..=last {
                    pixels[y * width + x] = *color;
                }
            }
        }
    }
    egui::ColorImage::new([width, height], pixels)
}

/// Horizontal room a mark's label needs before the next one is drawn, points.
const MARK_LABEL_ROOM: f32 = 28.0;

/// Thickness of a flat stretch of the envelope, points.
const ENVELOPE_STROKE: f32 = 2.0;

/// The decimals a tick label needs on an axis stepping by `step` (a [`nice_step`]): none for
/// 1, 2, 5 or more, one for 0.1 to 0.5, ...
fn step_decimals(step: f64) -> usize {
    if !(step.is_finite() && step > 0.0) {
        return 0;
    }
    (-(step.log10() + 1e-9).floor()).max(0.0) as usize
}

/// 1, 2 or 5 times a power of ten, near `raw`.
fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    let m = raw / power;
    let nice = if m < 1.5 {
        1.0
    } else if m < 3.5 {
        2.0
    } else if m < 7.5 {
        5.0
    } else {
        10.0
    };
    nice * power
}

#[cfg(test)]
#[path = "live_plot_tests.rs"]
mod unit_tests;
