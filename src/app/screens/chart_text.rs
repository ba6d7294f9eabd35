//! What the history's charts write: a point's hover label with its unit, the dates on a date
//! axis (whole days, none cut at the plot's edge) and where a band's name goes.

use chrono::{Datelike, NaiveDate};

use crate::i18n::numbers;
use crate::model::ForceUnit;

/// A hover label from (series name, x, y).
pub fn hover(
    pos: &egui_plot::HoverPosition,
    shown: &[&str],
    text: impl Fn(&str, f64, f64) -> String,
) -> Option<String> {
    // A data point of a named series (the nearest within a few pixels), or nothing: empty
    // chart space and bands, lines and areas between points have no value to show.
    match pos {
        egui_plot::HoverPosition::NearDataPoint { plot_name, position, .. } if shown.contains(&&**plot_name) => {
            Some(text(plot_name, position.x, position.y))
        }
        _ => None,
    }
}

/// A progress chart's point on hover, with its unit: "left\n2026-03-23: 26.9 kgf" (`y` in the
/// display unit), "12 reps" for a count.
pub fn progress_hover(name: &str, x: f64, y: f64, count: bool, unit: ForceUnit) -> String {
    // The same number the visits table shows: the unit's own precision.
    let value = if count {
        crate::results::reps_text(crate::i18n::loader(), y)
    } else {
        unit.format(&numbers::style(), unit.to_newtons(y))
    };
    crate::fl!("chart-point-hover", series = name, date = date_of(x), value = value)
}

/// Days since the common era: the x axis of progress charts.
pub fn day_number(d: NaiveDate) -> f64 {
    d.num_days_from_ce() as f64
}

/// The date of a day number, in the app's date order.
pub fn date_of(x: f64) -> String {
    NaiveDate::from_num_days_from_ce_opt(x.round() as i32).map_or_else(String::new, numbers::date)
}

/// The width a date label ("2026-04-04") is given on a chart's date axis, in points.
pub const DATE_LABEL_PX: f64 = 84.0;

/// The date axis of a chart `width_px` wide: each tick's date ([`date_tick`]).
pub fn date_axis(width_px: f32) -> impl Fn(egui_plot::GridMark, &std::ops::RangeInclusive<f64>) -> String {
    move |mark, range| date_tick(mark.value, range, width_px)
}

/// A tick's label on a date axis showing `range` (days) over `width_px`: the date of a whole
/// day, nothing between days (a date shown twice), nor where the label, centred on its tick,
/// would reach past the plot's edge and be cut.
pub fn date_tick(x: f64, range: &std::ops::RangeInclusive<f64>, width_px: f32) -> String {
    let span = range.end() - range.start();
    // Less the value axis on the left, a little over 50 points.
    let plot_px = (f64::from(width_px) - 56.0).max(1.0);
    let half_label = span * DATE_LABEL_PX / 2.0 / plot_px;
    let whole_day = (x - x.round()).abs() < 1e-6;
    if !whole_day || x - range.start() < half_label || range.end() - x < half_label {
        return String::new();
    }
    date_of(x)
}

/// Where a band's label goes on a chart: the middle of the part of the band (`lo_px`, `hi_px`,
/// in screen points, either order) inside the plot (`top`..`bottom`), when that part is tall
/// enough for a line of text (`text_px`); else no label, rather than one cut by the plot's edge.
pub fn band_label_y(lo_px: f32, hi_px: f32, top: f32, bottom: f32, text_px: f32) -> Option<f32> {
    let (a, b) = (lo_px.min(hi_px).max(top), lo_px.max(hi_px).min(bottom));
    (b - a >= text_px + 4.0).then_some((a + b) / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_plot::{HoverPosition, PlotPoint};

    #[test]
    fn a_date_axis_labels_whole_days_clear_of_the_plot_edges() {
        let d = |y, m, day| day_number(NaiveDate::from_ymd_opt(y, m, day).unwrap());
        // Four months over 1000 points: a label needs about 5 days each side of its tick.
        let range = d(2026, 1, 1)..=d(2026, 5, 1);
        assert_eq!(date_tick(d(2026, 2, 1), &range, 1056.0), "2026-02-01");
        assert_eq!(date_tick(d(2026, 4, 28), &range, 1056.0), "", "would be cut at the right edge");
        assert_eq!(date_tick(d(2026, 1, 3), &range, 1056.0), "", "would be cut at the left edge");
        assert_eq!(date_tick(d(2026, 4, 20), &range, 1056.0), "2026-04-20");
        // Zoomed in: half days are not dates.
        let days = d(2026, 3, 1)..=d(2026, 3, 31);
        assert_eq!(date_tick(d(2026, 3, 10) + 0.5, &days, 1056.0), "");
        assert_eq!(date_tick(d(2026, 3, 10), &days, 1056.0), "2026-03-10");
    }

    #[test]
    fn a_band_label_sits_inside_the_plot_or_is_left_out() {
        // The plot from 100 to 300 points (screen y grows downward); text 13 points high.
        // A band wholly inside: its middle.
        assert_eq!(band_label_y(250.0, 150.0, 100.0, 300.0, 13.0), Some(200.0));
        // A band running past the top: the middle of what shows.
        assert_eq!(band_label_y(160.0, -400.0, 100.0, 300.0, 13.0), Some(130.0));
        // A band of which a sliver shows (the green band below a zoomed trend): no label.
        assert_eq!(band_label_y(310.0, 290.0, 100.0, 300.0, 13.0), None);
        assert_eq!(band_label_y(500.0, 400.0, 100.0, 300.0, 13.0), None, "wholly outside");
    }

    #[test]
    fn hover_shows_a_point_of_a_named_series_or_nothing() {
        let text = |name: &str, x: f64, y: f64| format!("{name} {} {y:.1}", date_of(x));
        let x = day_number(NaiveDate::from_ymd_opt(2026, 3, 23).unwrap());
        let point = HoverPosition::NearDataPoint { plot_name: "left", position: PlotPoint::new(x, 26.9), index: 0 };
        assert_eq!(hover(&point, &["left", "right"], text).as_deref(), Some("left 2026-03-23 26.9"));
        // Lines, bands and areas between points are not values; nor is empty space.
        let line = HoverPosition::NearDataPoint { plot_name: "left line", position: PlotPoint::new(x, 26.9), index: 0 };
        assert_eq!(hover(&line, &["left", "right"], text), None);
        let empty = HoverPosition::Elsewhere { position: PlotPoint::new(x + 40.0, 10.5) };
        assert_eq!(hover(&empty, &["left", "right"], text), None);
    }

    #[test]
    fn a_progress_point_on_hover_carries_its_unit() {
        let x = day_number(NaiveDate::from_ymd_opt(2026, 3, 23).unwrap());
        assert_eq!(progress_hover("left", x, 26.94, false, ForceUnit::KilogramForce), "left\n2026-03-23: 26.9 kgf");
        assert_eq!(
            progress_hover("right, handheld dynamometer", x, 264.0, false, ForceUnit::Newton),
            "right, handheld dynamometer\n2026-03-23: 264 N"
        );
        assert_eq!(progress_hover("left", x, 12.0, true, ForceUnit::Newton), "left\n2026-03-23: 12 reps");
    }
}
