//! The report's display list drawn into a PDF with krilla: pages, text in the report's fonts
//! (each piece of a line in the font the layout measured it with, right-to-left runs shaped
//! right to left; krilla embeds the subset of each font used), lines, rectangles and paths, and
//! the document's metadata. A character no font has refuses the report, naming it and where it is.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use i18n_embed::fluent::FluentLanguageLoader;

use super::Report;
use super::fonts::Chain;
use super::layout::{GREY, Layout, Op, Rgb, text_width};
use crate::fl_in;
use crate::i18n::loader_for;

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

/// The report's fonts as krilla fonts, each made when first drawn with.
struct Fonts {
    chain: &'static Chain<'static>,
    krilla: Vec<Option<Font>>,
}

impl Fonts {
    fn new(chain: &'static Chain<'static>) -> Fonts {
        Fonts { chain, krilla: vec![None; chain.faces.len()] }
    }

    fn font(&mut self, face: usize) -> Result<Font, String> {
        if let Some(font) = &self.krilla[face] {
            return Ok(font.clone());
        }
        let f = &self.chain.faces[face];
        let font =
            Font::new(f.data.clone().into(), f.index).ok_or_else(|| format!("the font {} cannot be read", f.name))?;
        self.krilla[face] = Some(font.clone());
        Ok(font)
    }
}

/// Why `text` cannot be printed, when a character of it is in no font: the character, its code
/// and `place`, in the report's language.
fn unprintable(tr: &FluentLanguageLoader, chain: &Chain, text: &str, place: &str) -> Result<(), String> {
    chain.pieces(text).map(drop).map_err(|c| {
        fl_in!(tr, "report-unprintable", char = c.to_string(), code = format!("U+{:04X}", c as u32), place = place)
    })
}

pub(super) fn draw(l: &Layout, report: &Report) -> Result<Vec<u8>, String> {
    let chain = Chain::report();
    let tr = &loader_for(report.language);
    // The names first, to say whose name it is; then every line as it is drawn.
    let name = report.athlete.full_name();
    unprintable(tr, chain, &name, &fl_in!(tr, "report-place-athlete", name = name.as_str()))?;
    let clinician = report.visit.clinician.as_str();
    unprintable(tr, chain, clinician, &fl_in!(tr, "report-place-clinician", name = clinician))?;
    if let Some(s) = &report.signoff {
        unprintable(tr, chain, &s.clinician, &fl_in!(tr, "report-place-signer", name = s.clinician.as_str()))?;
    }
    let mut fonts = Fonts::new(chain);
    let mut document = Document::new();
    let mut metadata = Metadata::new()
        .title(fl_in!(
            tr,
            "report-pdf-title",
            name = name.as_str(),
            date = report.numbers.date(report.visit.date_time.date())
        ))
        .creator("ForceTrack".into());
    if !report.visit.clinician.is_empty() {
        metadata = metadata.authors(vec![report.visit.clinician.clone()]);
    }
    document.set_metadata(metadata);
    let pages = l.pages.len();
    let footer = fl_in!(
        tr,
        "report-footer",
        name = name.as_str(),
        date = report.numbers.date(report.visit.date_time.date()),
        made = report.numbers.date_time(report.generated)
    );
    for (n, ops) in l.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(l.width, l.height).ok_or("bad page size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        let page_number = n + 1;
        for op in ops {
            draw_op(tr, &mut surface, op, &mut fonts, page_number)?;
        }
        let y = l.height - l.margin + 6.0;
        draw_op(
            tr,
            &mut surface,
            &Op::Text { x: l.margin, y, size: 7.5, text: footer.clone(), color: GREY, bold: false },
            &mut fonts,
            page_number,
        )?;
        let number = fl_in!(tr, "report-page-of", page = page_number, pages = pages);
        let x = l.width - l.margin - text_width(&number, 7.5);
        draw_op(
            tr,
            &mut surface,
            &Op::Text { x, y, size: 7.5, text: number, color: GREY, bold: false },
            &mut fonts,
            page_number,
        )?;
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| format!("the PDF could not be made: {e:?}"))
}

fn draw_op(
    tr: &FluentLanguageLoader,
    surface: &mut Surface,
    op: &Op,
    fonts: &mut Fonts,
    page: usize,
) -> Result<(), String> {
    match op {
        Op::Text { x, y, size, text, color: c, bold } => {
            let chain = fonts.chain;
            let pieces = match chain.pieces(text) {
                Ok(pieces) => pieces,
                Err(_) => {
                    let place = fl_in!(tr, "report-place-page", text = text.as_str(), page = page);
                    return unprintable(tr, chain, text, &place);
                }
            };
            surface.set_fill(Some(fill(*c)));
            // Left to right on the page, each piece in its font and direction, where the layout's
            // measure of the pieces before it ends.
            let mut at = *x;
            for piece in &pieces {
                let font = fonts.font(piece.face)?;
                let part = &text[piece.range.clone()];
                let direction = if piece.rtl { TextDirection::RightToLeft } else { TextDirection::LeftToRight };
                if *bold {
                    // The fonts are drawn in one weight: bold is the glyphs filled and outlined.
                    surface.set_stroke(Some(stroke(*c, size * 0.045, None)));
                    surface.draw_text(Point::from_xy(at, *y), font.clone(), *size, part, true, direction);
                    surface.set_stroke(None);
                }
                surface.draw_text(Point::from_xy(at, *y), font, *size, part, false, direction);
                at += chain.piece_width(text, piece, *size);
            }
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
            let Some(rect) = Rect::from_xywh(*x, *y, w.max(0.1), h.max(0.1)) else { return Ok(()) };
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
    Ok(())
}
