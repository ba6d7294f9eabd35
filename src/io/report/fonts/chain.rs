//! The report's [`Chain`] of fonts: the bundled ones, then the faces [`SystemFonts`] found, and
//! the cutting of a line into [`Piece`]s, each in the first font that has all its glyphs, in
//! visual order (right-to-left runs ordered with `unicode-bidi`).

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use unicode_general_category::{GeneralCategory as G, get_general_category};

use super::{Blob, SystemFonts};

/// The bundled fonts, in the order egui draws with them: (name, bytes).
pub const BUNDLED: [(&str, &[u8]); 4] = [
    ("Ubuntu Light", epaint_default_fonts::UBUNTU_LIGHT),
    ("egui icons", epaint_default_fonts::EGUI_ICONS),
    ("Noto Emoji", epaint_default_fonts::NOTO_EMOJI_REGULAR),
    ("emoji icon font", epaint_default_fonts::EMOJI_ICON),
];

/// One font of a [`Chain`].
pub struct ChainFace<'a> {
    pub name: String,
    pub data: Blob,
    pub index: u32,
    face: rustybuzz::Face<'a>,
}

/// A piece of a line drawn in one font and one direction: its bytes in the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The font: an index into [`Chain::faces`].
    pub face: usize,
    pub range: Range<usize>,
    pub rtl: bool,
}

/// The fonts the report draws with, in order: the bundled ones, then the faces found.
pub struct Chain<'a> {
    pub faces: Vec<ChainFace<'a>>,
}

impl<'a> Chain<'a> {
    /// The bundled fonts followed by `found`'s faces.
    pub fn new(found: &'a SystemFonts) -> Chain<'a> {
        let bundled = BUNDLED.iter().map(|(name, bytes)| (name.to_string(), Arc::new(*bytes) as Blob, 0, *bytes));
        let system = found.faces.iter().map(|f| (f.family.clone(), f.data.clone(), f.index, (*f.data).as_ref()));
        let faces = bundled
            .chain(system)
            .filter_map(|(name, data, index, bytes)| {
                Some(ChainFace { face: rustybuzz::Face::from_slice(bytes, index)?, name, data, index })
            })
            .collect();
        Chain { faces }
    }

    /// The report's chain: the bundled fonts and this computer's faces.
    pub fn report() -> &'static Chain<'static> {
        static CHAIN: OnceLock<Chain<'static>> = OnceLock::new();
        CHAIN.get_or_init(|| Chain::new(SystemFonts::shared()))
    }

    /// The first font with a glyph for every character of `cluster` that needs one.
    fn covering(&self, cluster: &str) -> Option<usize> {
        self.faces
            .iter()
            .position(|f| cluster.chars().filter(|&c| needs_glyph(c)).all(|c| f.face.glyph_index(c).is_some()))
    }

    /// `text` cut into pieces in visual order (left to right on the page). A character that no
    /// font has is the error.
    pub fn pieces(&self, text: &str) -> Result<Vec<Piece>, char> {
        self.pieces_with(text, true)
    }

    /// As [`Chain::pieces`], with a character no font has in the first font (for measuring).
    fn pieces_with(&self, text: &str, strict: bool) -> Result<Vec<Piece>, char> {
        // Each cluster's font, in logical order.
        let mut fonted: Vec<(Range<usize>, usize)> = Vec::new();
        for cluster in clusters(text) {
            let part = &text[cluster.clone()];
            if let Some(face) = self.covering(part) {
                fonted.push((cluster, face));
                continue;
            }
            // No font has the whole cluster: its characters each in the first font that has
            // them (a mark beside its letter rather than a box), unless one is in none.
            for (at, c) in part.char_indices() {
                let start = cluster.start + at;
                let range = start..start + c.len_utf8();
                let face = if needs_glyph(c) {
                    match self.faces.iter().position(|f| f.face.glyph_index(c).is_some()) {
                        Some(face) => face,
                        None if strict => return Err(c),
                        None => 0,
                    }
                } else {
                    fonted.last().map_or(0, |(_, f)| *f)
                };
                fonted.push((range, face));
            }
        }
        // Runs of one direction in visual order; each run's clusters grouped by font.
        let runs: Vec<(Range<usize>, bool)> = if text.chars().any(is_rtl) {
            let info = unicode_bidi::ParagraphBidiInfo::new(text, Some(unicode_bidi::Level::ltr()));
            let (levels, runs) = info.visual_runs(0..text.len());
            runs.into_iter().map(|r| (r.clone(), levels[r.start].is_rtl())).collect()
        } else {
            vec![(0..text.len(), false)]
        };
        let mut pieces = Vec::new();
        for (run, rtl) in runs {
            let mut run_pieces: Vec<Piece> = Vec::new();
            for (range, face) in fonted.iter().filter(|(r, _)| run.contains(&r.start)) {
                match run_pieces.last_mut() {
                    Some(p) if p.face == *face && p.range.end == range.start => p.range.end = range.end,
                    _ => run_pieces.push(Piece { face: *face, range: range.clone(), rtl }),
                }
            }
            if rtl {
                run_pieces.reverse();
            }
            pieces.extend(run_pieces);
        }
        Ok(pieces)
    }

    /// `piece` of `text` shaped with its font, in its direction (as krilla shapes what it draws).
    pub fn shape(&self, text: &str, piece: &Piece) -> rustybuzz::GlyphBuffer {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(&text[piece.range.clone()]);
        buffer.guess_segment_properties();
        buffer.set_direction(if piece.rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        rustybuzz::shape(&self.faces[piece.face].face, &[], buffer)
    }

    /// The width of `piece` at `size` points.
    pub fn piece_width(&self, text: &str, piece: &Piece, size: f32) -> f32 {
        let output = self.shape(text, piece);
        let units: i32 = output.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 / self.faces[piece.face].face.units_per_em() as f32 * size
    }

    /// The width of `text` at `size` points, as the report draws it (a character no font has
    /// measured in the first font: such a line is refused when drawn).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let pieces = self.pieces_with(text, false).unwrap_or_default();
        pieces.iter().map(|p| self.piece_width(text, p, size)).sum()
    }

    /// The advance of each cluster of `text` at `size` points, in logical order: (its first
    /// byte, its width); a cluster whose glyphs a font merged is one entry.
    pub fn advances(&self, text: &str, size: f32) -> Vec<(usize, f32)> {
        let mut by_cluster: BTreeMap<usize, f32> = BTreeMap::new();
        for piece in self.pieces_with(text, false).unwrap_or_default() {
            let output = self.shape(text, &piece);
            let scale = size / self.faces[piece.face].face.units_per_em() as f32;
            for (info, position) in output.glyph_infos().iter().zip(output.glyph_positions()) {
                *by_cluster.entry(piece.range.start + info.cluster as usize).or_default() +=
                    position.x_advance as f32 * scale;
            }
        }
        by_cluster.into_iter().collect()
    }
}

/// Whether `c` is written right to left (Hebrew, Arabic and its digits, ...).
fn is_rtl(c: char) -> bool {
    use unicode_bidi::BidiClass::{AL, AN, R, RLE, RLI, RLO};
    matches!(unicode_bidi::bidi_class(c), R | AL | AN | RLE | RLO | RLI)
}

/// Whether `c` is drawn with a glyph of its own: controls, format characters (joiners,
/// direction marks), variation selectors and fillers are not, and spaces are made from the
/// font's space by the shaper when it has no glyph for them.
fn needs_glyph(c: char) -> bool {
    !(c.is_control()
        || matches!(
            c,
            '\u{034F}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{180B}'..='\u{180F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FFA0}'
                | '\u{E0100}'..='\u{E01EF}'
        )
        || matches!(get_general_category(c), G::Format | G::SpaceSeparator | G::LineSeparator | G::ParagraphSeparator))
}

/// Whether `c` belongs to the character before it: combining marks, joiners, variation
/// selectors, emoji modifiers and tags.
fn continues_cluster(c: char) -> bool {
    matches!(c, '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}')
        || !needs_glyph(c) && !c.is_control() && !c.is_whitespace()
        || matches!(get_general_category(c), G::NonspacingMark | G::SpacingMark | G::EnclosingMark)
}

/// The clusters of `text` as byte ranges: a character with the marks, joiners and selectors
/// after it, and the character a zero-width joiner joins.
pub(super) fn clusters(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut joined = false;
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        match out.last_mut() {
            Some(last) if joined || continues_cluster(c) => last.end = end,
            _ => out.push(at..end),
        }
        joined = c == '\u{200D}';
    }
    out
}
