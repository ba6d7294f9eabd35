//! The history's asymmetry trend: each visit's asymmetry under the clinic's formula, points
//! coloured by band.

use super::*;

pub(super) fn asymmetry_chart(ui: &mut egui::Ui, shared: &Shared, data: &Data, test_id: &str) {
    // The same computed result as the visits table: each visit's asymmetry with the clinic's
    // formula, coloured by its band (the bands are defined on percent difference).
    let bands = shared.clinic.results.bands;
    let formula = shared.clinic.results.formula;
    let (days, same_day) = one_visit_per_day(&data.results, test_id);
    let injuries: Vec<NaiveDate> = data.episodes.iter().map(|e| e.injury_date).collect();
    let dated: Vec<(NaiveDate, (f64, Option<crate::analysis::AsymmetryBand>))> = days
        .iter()
        .filter_map(|v| {
            let t = v.test(test_id)?;
            Some((v.visit.date_time.date(), (t.asymmetry?.value, t.band)))
        })
        .collect();
    if dated.is_empty() {
        return;
    }
    let visits: Vec<([f64; 2], Option<crate::analysis::AsymmetryBand>)> =
        dated.iter().map(|(d, (value, band))| ([day_number(*d), *value], *band)).collect();
    let points: Vec<[f64; 2]> = visits.iter().map(|(p, _)| *p).collect();
    let unit = formula.unit();
    ui.add_space(8.0);
    ui.label(
        RichText::new(fl!(
            "history-asymmetry-heading",
            formula = formula.label(tr()),
            definition = formula.definition(tr(), &numbers::style())
        ))
        .strong()
        .size(18.0),
    );
    ui.label(
        RichText::new(fl!(
            "history-asymmetry-bands",
            amber = numbers::num(bands.amber_from_percent, 0),
            red = numbers::num(bands.red_from_percent, 0),
            source = crate::analysis::AsymmetryBands::source_for(tr(), &numbers::style(), test_id)
        ))
        .weak(),
    );
    if let Some(note) = same_day_note(tr(), same_day) {
        ui.label(RichText::new(note).weak());
    }
    let percent_difference = formula == crate::analysis::AsymmetryFormula::PercentDifference;
    let low = points.iter().map(|p| p[1]).fold(0.0, f64::min);
    let high = points
        .iter()
        .map(|p| p[1])
        .fold(if percent_difference { bands.red_from_percent + 10.0 } else { 0.0 }, f64::max);
    let ink = ui.visuals().text_color();
    // The bands' names are drawn after the plot, level and inside it (see below).
    let named_bands = [
        (fl!("history-band-green"), 0.0, bands.amber_from_percent, theme::GREEN),
        (fl!("history-band-amber"), bands.amber_from_percent, bands.red_from_percent, theme::AMBER),
        (fl!("history-band-red"), bands.red_from_percent, high, theme::RED),
    ];
    let shown = Plot::new(format!("asymmetry {test_id}"))
        .height(200.0)
        .allow_scroll(false)
        .include_y(low)
        .include_y(high)
        .x_axis_formatter(date_axis(ui.available_width()))
        .label_formatter(move |pos| {
            hover(pos, &["asymmetry visits"], |_, x, y| {
                format!(
                    "{}: {}{}",
                    date_of(x),
                    numbers::num(y, 1),
                    if unit.is_empty() { String::new() } else { format!(" {unit}") }
                )
            })
        })
        .show(ui, |plot| {
            if percent_difference {
                // On percent difference the bands are ranges of the axis itself.
                // Unnamed: a span's own name is turned on its side and cut to fit its height.
                for (i, &(_, lo, hi, color)) in named_bands.iter().enumerate() {
                    let fill = color.gamma_multiply(if i == 1 { 0.2 } else { 0.15 });
                    plot.add(Span::new("", lo..=hi).axis(egui_plot::Axis::Y).fill(fill));
                }
            }
            for run in runs_between_injuries(&dated, &injuries) {
                let line: Vec<[f64; 2]> = run.iter().map(|(d, (v, _))| [day_number(*d), *v]).collect();
                plot.line(Line::new("asymmetry", line).color(ink).width(2.0));
            }
            for d in injuries
                .iter()
                .filter(|d| dated.first().is_some_and(|f| **d >= f.0) && dated.last().is_some_and(|l| **d <= l.0))
            {
                plot.vline(egui_plot::VLine::new("injury", day_number(*d)).color(theme::RED));
            }
            for (point, band) in &visits {
                let color = band.map_or(ink, theme::band_color);
                plot.points(Points::new("asymmetry visits", vec![*point]).color(color).radius(5.0));
            }
        });
    if percent_difference {
        // Each band's name at the right, level, inside the plot and within the band's visible
        // part; none for a band too little of which shows.
        let frame = *shown.transform.frame();
        let painter = ui.painter().with_clip_rect(frame);
        let font = egui::FontId::proportional(13.0);
        for (name, lo, hi, color) in named_bands {
            let (lo_px, hi_px) = (shown.transform.position_from_point_y(lo), shown.transform.position_from_point_y(hi));
            if let Some(y) = band_label_y(lo_px, hi_px, frame.top(), frame.bottom(), font.size) {
                let at = egui::pos2(frame.right() - 6.0, y);
                painter.text(at, egui::Align2::RIGHT_CENTER, name, font.clone(), color);
            }
        }
    }
}
