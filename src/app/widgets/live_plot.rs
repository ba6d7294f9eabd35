//! The live force plot: one min/max per pixel column, so every peak shows and a frame costs
//! the same for a 5 s and a 10 min recording.

use egui::{Color32, Pos2, Rect, Sense, Shape, Stroke, Vec2};

use crate::acquisition::Recorder;
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
    // Sample index where each column starts (and the last one ends), shared by the channels of
    // one recording.
    let mut bounds: Option<(*const Recorder, Vec<usize>)> = None;
    for s in series {
        let mut cols = Vec::with_capacity(columns);
        match s {
            Series::Recording { recorder, channel, color } => {
                let same = bounds.as_ref().is_some_and(|(r, _)| std::ptr::eq(*r, *recorder));
                if !same {
                    bounds = Some((*recorder, column_bounds(recorder.time_s(), t_from, span, columns)));
                }
                let (_, b) = bounds.as_ref().expect("just set");
                for c in 0..columns {
                    cols.push(recorder.net_min_max(*channel, b[c], b[c + 1]));
                }
                envelopes.push((cols, *color));
            }
            Series::Points { time_s, values, color } => {
                for c in 0..columns {
                    let a = t_from + span * c as f64 / columns as f64;
                    let b = t_from + span * (c + 1) as f64 / columns as f64;
                    let from = time_s.partition_point(|&x| x < a);
                    let to = time_s.partition_point(|&x| x < b);
                    let slice = &values[from.min(values.len())..to.min(values.len())];
                    cols.push((!slice.is_empty()).then(|| {
                        slice.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), &v| (l.min(v), h.max(v)))
                    }));
                }
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
    let mut v = (unit.from_newtons(lo) / step).ceil() * step;
    while unit.to_newtons(v) <= hi {
        let y = y_of(unit.to_newtons(v));
        painter.line_segment([Pos2::new(plot.left(), y), Pos2::new(plot.right(), y)], Stroke::new(1.0, grid));
        painter.text(
            Pos2::new(plot.left() - 6.0, y),
            egui::Align2::RIGHT_CENTER,
            format!("{v}"),
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
            format!("{t:.1} s"),
            egui::FontId::proportional(12.0),
            text,
        );
        t += tstep;
    }
    for mark in marks {
        if mark.time_s >= t_from && mark.time_s <= t_to {
            let x = x_of(mark.time_s);
            painter.line_segment(
                [Pos2::new(x, plot.top()), Pos2::new(x, plot.bottom())],
                Stroke::new(1.0, text.gamma_multiply(0.5)),
            );
            painter.text(
                Pos2::new(x + 3.0, plot.top()),
                egui::Align2::LEFT_TOP,
                &mark.label,
                egui::FontId::proportional(13.0),
                text,
            );
        }
    }
    // The envelopes: a zigzag through each column's min and max.
    for (cols, color) in envelopes {
        let mut points: Vec<Pos2> = Vec::with_capacity(cols.len() * 2);
        for (c, col) in cols.iter().enumerate() {
            if let Some((a, b)) = col {
                let x = plot.left() + c as f32 + 0.5;
                points.push(Pos2::new(x, y_of(*a)));
                if b > a {
                    points.push(Pos2::new(x, y_of(*b)));
                }
            }
        }
        if points.len() >= 2 {
            painter.add(Shape::line(points, Stroke::new(2.0, color)));
        }
    }
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
mod tests {
    use super::*;

    #[test]
    fn column_bounds_match_a_binary_search_on_uneven_sampling() {
        // 1 kHz with a gap, a burst and a repeated time stamp.
        let mut t: Vec<f64> = (0..3000).map(|i| i as f64 / 1000.0).collect();
        t.extend((0..500).map(|i| 5.0 + i as f64 / 10_000.0));
        t.push(5.05);
        t.extend((0..2000).map(|i| 6.0 + i as f64 / 1000.0));
        for (from, span, columns) in [(0.0, 8.0, 997), (-1.0, 10.0, 50), (2.5, 3.0, 1280), (7.5, 5.0, 10)] {
            let got = column_bounds(&t, from, span, columns);
            for (c, &i) in got.iter().enumerate() {
                let x = from + span * c as f64 / columns as f64;
                assert_eq!(i, t.partition_point(|&v| v < x), "column edge {c} at {x} s");
            }
        }
        assert_eq!(column_bounds(&[], 0.0, 1.0, 4), vec![0; 5]);
    }
}
