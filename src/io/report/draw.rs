//! The report's display list drawn into a PDF with krilla: pages, text with the embedded font,
//! lines, rectangles and paths, and the document's metadata.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use super::Report;
use super::layout::{GREY, Layout, Op, Rgb, text_width};

fn color(c: Rgb) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(c: Rgb) -> Fill {
    Fill { paint: color(c).into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

fn stroke(c: Rgb, width: f32, dash: Option<f32>) -> Stroke {
    Stroke {
        paint: color(c).into(),
        width,
        dash: dash.map(|d| StrokeDash { array: vec![d, d], offset: 0.0 }),
        ..Stroke::default()
    }
}

pub(super) fn draw(l: &Layout, report: &Report) -> Result<Vec<u8>, String> {
    let font = Font::new(super::layout::FONT.into(), 0).ok_or("the report font cannot be read")?;
    let mut document = Document::new();
    let mut metadata = Metadata::new()
        .title(format!(
            "ForceTrack report: {}, {}",
            report.athlete.full_name(),
            report.visit.date_time.format("%Y-%m-%d")
        ))
        .creator("ForceTrack".into());
    if !report.visit.clinician.is_empty() {
        metadata = metadata.authors(vec![report.visit.clinician.clone()]);
    }
    document.set_metadata(metadata);
    let pages = l.pages.len();
    let footer = format!(
        "{} · visit of {} · made by ForceTrack on {}",
        report.athlete.full_name(),
        report.visit.date_time.format("%Y-%m-%d"),
        report.generated.format("%Y-%m-%d %H:%M")
    );
    for (n, ops) in l.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(l.width, l.height).ok_or("bad page size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for op in ops {
            draw_op(&mut surface, op, &font);
        }
        let y = l.height - l.margin + 6.0;
        draw_op(
            &mut surface,
            &Op::Text { x: l.margin, y, size: 7.5, text: footer.clone(), color: GREY, bold: false },
            &font,
        );
        let number = format!("page {} of {pages}", n + 1);
        let x = l.width - l.margin - text_width(&number, 7.5);
        draw_op(&mut surface, &Op::Text { x, y, size: 7.5, text: number, color: GREY, bold: false }, &font);
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| format!("the PDF could not be made: {e:?}"))
}

fn draw_op(surface: &mut Surface, op: &Op, font: &Font) {
    match op {
        Op::Text { x, y, size, text, color: c, bold } => {
            surface.set_fill(Some(fill(*c)));
            if *bold {
                // The font has one weight: bold is the glyphs filled and outlined.
                surface.set_stroke(Some(stroke(*c, size * 0.045, None)));
                surface.draw_text(Point::from_xy(*x, *y), font.clone(), *size, text, true, TextDirection::Auto);
                surface.set_stroke(None);
            }
            surface.draw_text(Point::from_xy(*x, *y), font.clone(), *size, text, false, TextDirection::Auto);
        }
        Op::Line { points, width, color: c, dash } => {
            let mut pb = PathBuilder::new();
            for (k, (px, py)) in points.iter().enumerate() {
                if k == 0 { pb.move_to(*px, *py) } else { pb.line_to(*px, *py) }
            }
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(stroke(*c, *width, *dash)));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Op::Rect { x, y, w, h, fill: f, stroke: s } => {
            let Some(rect) = Rect::from_xywh(*x, *y, w.max(0.1), h.max(0.1)) else { return };
            let mut pb = PathBuilder::new();
            pb.push_rect(rect);
            if let Some(path) = pb.finish() {
                surface.set_fill(f.map(fill));
                surface.set_stroke(s.map(|c| stroke(c, 0.6, None)));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Op::Marker { x, y, r, color: c, square } => {
            let mut pb = PathBuilder::new();
            if *square {
                if let Some(rect) = Rect::from_xywh(x - r, y - r, 2.0 * r, 2.0 * r) {
                    pb.push_rect(rect);
                }
            } else {
                // A circle from four cubic arcs.
                let k = 0.552_284_8 * r;
                pb.move_to(x + r, *y);
                pb.cubic_to(x + r, y + k, x + k, y + r, *x, y + r);
                pb.cubic_to(x - k, y + r, x - r, y + k, x - r, *y);
                pb.cubic_to(x - r, y - k, x - k, y - r, *x, y - r);
                pb.cubic_to(x + k, y - r, x + r, y - k, x + r, *y);
                pb.close();
            }
            if let Some(path) = pb.finish() {
                surface.set_fill(Some(fill(*c)));
                surface.set_stroke(None);
                surface.draw_path(&path);
            }
        }
    }
}
