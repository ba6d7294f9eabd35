//! Page layout for the PDF report: a display list per page (text, lines, boxes, markers), text
//! measured with the fonts it is drawn in (`fonts::Chain`: each piece of a line in the first
//! font that has it, right-to-left runs in visual order), wrapping, tables with wrapped cells,
//! and page breaks. The PDF writer only draws what this produces.

use super::fonts::Chain;

/// An RGB colour, 0-255.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const INK: Rgb = Rgb(25, 25, 25);
pub const GREY: Rgb = Rgb(110, 110, 110);
pub const RULE: Rgb = Rgb(190, 190, 190);
/// Okabe-Ito colours: left blue, right orange, pass green, fail vermilion, amber.
pub const LEFT: Rgb = Rgb(0, 114, 178);
pub const RIGHT: Rgb = Rgb(230, 159, 0);
pub const GREEN: Rgb = Rgb(0, 158, 115);
pub const RED: Rgb = Rgb(213, 94, 0);
pub const AMBER: Rgb = Rgb(240, 228, 66);

/// One thing drawn on a page; y grows downwards from the top edge, text at its baseline.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        text: String,
        color: Rgb,
        bold: bool,
    },
    Line {
        points: Vec<(f32, f32)>,
        width: f32,
        color: Rgb,
        dash: Option<f32>,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<Rgb>,
    },
    /// A data point: a circle (left) or a square (right).
    Marker {
        x: f32,
        y: f32,
        r: f32,
        color: Rgb,
        square: bool,
    },
}

/// Width of `text` at `size` points, as the PDF will set it (in the report's fonts: the
/// bundled Ubuntu Light first, the same shapes as on screen, then this computer's for other
/// scripts).
/// Column widths that give each column at least `needed` where the table's width allows,
/// taking the difference from the columns with room to spare in proportion to their room.
/// Where the whole table cannot allow it, the widths stay as they were.
fn fit_columns(widths: &[f32], needed: &[f32]) -> Vec<f32> {
    let short: f32 = widths.iter().zip(needed).map(|(w, n)| (n - w).max(0.0)).sum();
    let spare: f32 = widths.iter().zip(needed).map(|(w, n)| (w - n).max(0.0)).sum();
    if short <= 0.0 || spare < short {
        return widths.to_vec();
    }
    widths.iter().zip(needed).map(|(w, n)| if w < n { *n } else { w - (w - n) * short / spare }).collect()
}

pub fn text_width(text: &str, size: f32) -> f32 {
    Chain::report().width(text, size)
}

/// `text` broken into lines of at most `width` points (a word longer than a line is cut).
pub fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
            if text_width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if text_width(word, size) <= width {
                line = word.to_string();
            } else {
                // A word wider than a line: cut into pieces that fit, the last one continuing.
                let mut pieces = cut_word(word, size, width);
                line = pieces.pop().unwrap_or_default();
                lines.extend(pieces);
            }
        }
        lines.push(line);
    }
    lines
}

/// `word` cut into pieces of at most `width` points (at least one character each), in linear
/// time: the word is shaped once (each piece in its font) and its clusters' advances summed in
/// reading order; a cut falls on a character boundary (a glyph cluster).
fn cut_word(word: &str, size: f32, width: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let (mut start, mut used) = (0usize, 0.0f32);
    for (at, advance) in Chain::report().advances(word, size) {
        if used + advance > width && at > start && word.is_char_boundary(at) {
            pieces.push(word[start..at].to_string());
            start = at;
            used = 0.0;
        }
        used += advance;
    }
    pieces.push(word[start..].to_string());
    pieces
}

/// A table cell.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    pub text: String,
    pub color: Option<Rgb>,
    pub bold: bool,
    /// A coloured chip behind the text.
    pub chip: Option<Rgb>,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), ..Cell::default() }
    }

    pub fn color(mut self, c: Rgb) -> Cell {
        self.color = Some(c);
        self
    }

    pub fn bold(mut self) -> Cell {
        self.bold = true;
        self
    }

    pub fn chip(mut self, c: Rgb) -> Cell {
        self.chip = Some(c);
        self
    }
}

/// The pages being laid out.
pub struct Layout {
    pub width: f32,
    pub height: f32,
    pub margin: f32,
    pub pages: Vec<Vec<Op>>,
    /// Top of the next thing to place.
    pub y: f32,
}

impl Layout {
    pub fn new(width: f32, height: f32, margin: f32) -> Layout {
        Layout { width, height, margin, pages: vec![Vec::new()], y: margin }
    }

    pub fn left(&self) -> f32 {
        self.margin
    }

    pub fn content_width(&self) -> f32 {
        self.width - 2.0 * self.margin
    }

    /// Space kept at the bottom for the footer.
    fn bottom(&self) -> f32 {
        self.height - self.margin - 14.0
    }

    pub fn page(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("there is always a page")
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.margin;
    }

    /// Starts a new page unless `height` more points fit on this one.
    pub fn ensure(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > self.margin {
            self.new_page();
        }
    }

    /// The height left on this page above the footer.
    pub fn room(&self) -> f32 {
        self.bottom() - self.y
    }

    /// The height `paragraph` would take for `text` at `size`.
    pub fn paragraph_height(&self, text: &str, size: f32) -> f32 {
        wrap(text, size, self.content_width()).len() as f32 * size * 1.35
    }

    /// The height `heading` takes (its space above and the rule below).
    pub const HEADING_HEIGHT: f32 = 8.0 + 13.0 * 1.35 + 6.0;

    pub fn space(&mut self, dy: f32) {
        self.y += dy;
    }

    pub fn text_at(&mut self, x: f32, baseline: f32, text: &str, size: f32, color: Rgb, bold: bool) {
        self.page().push(Op::Text { x, y: baseline, size, text: text.to_string(), color, bold });
    }

    /// A wrapped paragraph across the content width.
    pub fn paragraph(&mut self, text: &str, size: f32, color: Rgb, bold: bool) {
        let line_height = size * 1.35;
        for line in wrap(text, size, self.content_width()) {
            self.ensure(line_height);
            let baseline = self.y + size;
            let x = self.left();
            self.text_at(x, baseline, &line, size, color, bold);
            self.y += line_height;
        }
    }

    pub fn heading(&mut self, text: &str) {
        self.ensure(40.0);
        self.space(8.0);
        self.paragraph(text, 13.0, INK, true);
        let (x0, x1, y) = (self.left(), self.left() + self.content_width(), self.y + 1.0);
        self.page().push(Op::Line { points: vec![(x0, y), (x1, y)], width: 0.6, color: RULE, dash: None });
        self.space(6.0);
    }

    /// A table: `widths` are fractions of the content width; cells wrap; the header repeats
    /// after a page break. A column narrower than its longest word (a language's "izquierda"
    /// where English says "left") takes the room it needs from the columns that have room to
    /// spare, so that no word is cut.
    pub fn table(&mut self, header: &[&str], widths: &[f32], rows: &[Vec<Cell>], size: f32) {
        let pad = 3.0;
        let total: f32 = widths.iter().sum();
        let widths: Vec<f32> = widths.iter().map(|w| w / total * self.content_width()).collect();
        let mut needed = vec![0.0f32; widths.len()];
        let cells = header.iter().copied().enumerate();
        let cells = cells.chain(rows.iter().flat_map(|r| r.iter().map(|c| c.text.as_str()).enumerate()));
        for (column, text) in cells {
            let longest = text.split_whitespace().map(|w| text_width(w, size)).fold(0.0f32, f32::max);
            if let Some(n) = needed.get_mut(column) {
                *n = n.max(longest + 2.0 * pad + 1.0);
            }
        }
        let widths = fit_columns(&widths, &needed);
        let line_height = size * 1.3;
        let header_cells: Vec<Cell> = header.iter().map(|h| Cell::new(*h).bold().color(GREY)).collect();
        if !header.is_empty() {
            self.table_row(&header_cells, &widths, size, line_height, pad, None);
        }
        for (i, row) in rows.iter().enumerate() {
            let height = self.row_height(row, &widths, size, line_height, pad);
            if self.y + height > self.bottom() {
                self.new_page();
                if !header.is_empty() {
                    self.table_row(&header_cells, &widths, size, line_height, pad, None);
                }
            }
            let shade = (i % 2 == 1).then_some(Rgb(244, 244, 244));
            self.table_row(row, &widths, size, line_height, pad, shade);
        }
        self.space(4.0);
    }

    fn row_height(&self, row: &[Cell], widths: &[f32], size: f32, line_height: f32, pad: f32) -> f32 {
        let lines = row.iter().zip(widths).map(|(c, w)| wrap(&c.text, size, w - 2.0 * pad).len()).max().unwrap_or(1);
        lines as f32 * line_height + 2.0 * pad
    }

    fn table_row(&mut self, row: &[Cell], widths: &[f32], size: f32, line_height: f32, pad: f32, shade: Option<Rgb>) {
        let height = self.row_height(row, widths, size, line_height, pad);
        let top = self.y;
        let mut x = self.left();
        if let Some(fill) = shade {
            let w = self.content_width();
            self.page().push(Op::Rect { x, y: top, w, h: height, fill: Some(fill), stroke: None });
        }
        for (cell, w) in row.iter().zip(widths) {
            let lines = wrap(&cell.text, size, w - 2.0 * pad);
            if let Some(chip) = cell.chip {
                let chip_w = lines.iter().map(|l| text_width(l, size)).fold(0.0f32, f32::max) + 2.0 * pad;
                self.page().push(Op::Rect {
                    x: x + 1.0,
                    y: top + 1.5,
                    w: chip_w.min(*w - 2.0),
                    // As tall as its own text, not the row.
                    h: lines.len() as f32 * line_height + 2.0 * pad - 3.0,
                    fill: Some(tint(chip)),
                    stroke: Some(chip),
                });
            }
            for (k, line) in lines.iter().enumerate() {
                let baseline = top + pad + size + k as f32 * line_height - 1.5;
                self.text_at(x + pad, baseline, line, size, cell.color.unwrap_or(INK), cell.bold);
            }
            x += w;
        }
        self.y = top + height;
    }
}

/// A light version of a colour for fills behind text.
pub fn tint(c: Rgb) -> Rgb {
    let mix = |v: u8| (f32::from(v) * 0.25 + 255.0 * 0.75) as u8;
    Rgb(mix(c.0), mix(c.1), mix(c.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_measured_and_wrapped_to_the_width() {
        let w = text_width("Nordic hamstring exercise", 10.0);
        assert!(w > 80.0 && w < 160.0, "{w}");
        assert!(text_width("ii", 10.0) < text_width("MM", 10.0));
        let lines = wrap(
            "The 10 % rule deserves caution: deficits of more than 10 % were common at return to sport.",
            10.0,
            150.0,
        );
        assert!(lines.len() >= 3, "{lines:?}");
        assert!(lines.iter().all(|l| text_width(l, 10.0) <= 150.0), "{lines:?}");
        assert_eq!(
            lines.join(" "),
            "The 10 % rule deserves caution: deficits of more than 10 % were common at return to sport."
        );
        let cut = wrap("Supercalifragilisticexpialidocious", 10.0, 40.0);
        assert!(cut.len() > 1 && cut.iter().all(|l| text_width(l, 10.0) <= 40.0), "{cut:?}");
        assert_eq!(cut.concat(), "Supercalifragilisticexpialidocious");
    }

    #[test]
    fn a_very_long_word_is_cut_into_lines_that_fit_and_keep_every_character() {
        // A 4000-character name (once cubic in its length: minutes for one report).
        let word: String = "Wéiß".repeat(1000);
        let lines = wrap(&format!("Name: {word} end"), 10.0, 200.0);
        assert!(lines.len() > 50, "{}", lines.len());
        assert!(lines.iter().all(|l| text_width(l, 10.0) <= 200.0 + 0.01));
        assert!(lines.iter().all(|l| !l.is_empty()));
        assert_eq!(lines.concat().replace(' ', ""), format!("Name:{word}end"));
    }

    #[test]
    fn a_long_name_in_other_scripts_is_cut_into_lines_that_fit_in_its_fonts() {
        // Measured in the fonts the report draws with (this computer's for Han and Hebrew, or
        // a box's width where it has none: such a report is refused when drawn).
        let word = "李小龙שרה".repeat(60);
        let lines = wrap(&format!("Name: {word} end"), 10.0, 200.0);
        assert!(lines.len() > 5, "{}", lines.len());
        assert!(lines.iter().all(|l| text_width(l, 10.0) <= 200.0 + 0.01), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), format!("Name:{word}end"));
    }

    #[test]
    fn tables_break_onto_new_pages_with_their_header() {
        let mut layout = Layout::new(595.0, 842.0, 48.0);
        let rows: Vec<Vec<Cell>> = (0..80).map(|i| vec![Cell::new(format!("row {i}")), Cell::new("value")]).collect();
        layout.table(&["Name", "Value"], &[1.0, 1.0], &rows, 9.0);
        assert!(layout.pages.len() >= 2);
        let headers = layout
            .pages
            .iter()
            .filter(|p| p.iter().any(|op| matches!(op, Op::Text { text, bold: true, .. } if text == "Name")))
            .count();
        assert_eq!(headers, layout.pages.len(), "the header on every page");
    }

    #[test]
    fn a_column_narrower_than_its_longest_word_takes_room_from_the_others() {
        let fitted = fit_columns(&[100.0, 20.0, 80.0], &[30.0, 45.0, 30.0]);
        assert_eq!(fitted[1], 45.0);
        assert!((fitted.iter().sum::<f32>() - 200.0).abs() < 1e-3, "{fitted:?}");
        assert!(fitted[0] >= 30.0 && fitted[2] >= 30.0, "{fitted:?}");
        // Where the table cannot give every column its longest word, nothing moves.
        assert_eq!(fit_columns(&[50.0, 50.0], &[80.0, 80.0]), vec![50.0, 50.0]);
    }
}
