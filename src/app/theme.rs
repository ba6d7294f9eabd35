//! Colours and text styles: light and dark, readable from two metres, and colours told apart
//! by colour-blind users (Okabe-Ito: left blue, right orange; bands carry a symbol too).

use egui::{Color32, FontFamily, FontId, TextStyle};

use crate::analysis::{AsymmetryBand, ChangeVerdict};
use crate::model::Side;

/// Left leg: blue.
pub const LEFT: Color32 = Color32::from_rgb(0, 114, 178);
/// Right leg: orange.
pub const RIGHT: Color32 = Color32::from_rgb(230, 159, 0);
pub const GREEN: Color32 = Color32::from_rgb(0, 158, 115);
pub const AMBER: Color32 = Color32::from_rgb(240, 190, 40);
pub const RED: Color32 = Color32::from_rgb(213, 94, 0);
pub const GREY: Color32 = Color32::from_rgb(140, 140, 140);

pub fn side_color(side: Side) -> Color32 {
    match side {
        Side::Left => LEFT,
        Side::Right => RIGHT,
        Side::Both => GREY,
    }
}

/// Colour of a channel by name (`left`/`right`), else the foreground.
pub fn channel_color(name: &str, fallback: Color32) -> Color32 {
    Side::of_channel(name).map_or(fallback, side_color)
}

pub fn band_color(band: AsymmetryBand) -> Color32 {
    match band {
        AsymmetryBand::Green => GREEN,
        AsymmetryBand::Amber => AMBER,
        AsymmetryBand::Red => RED,
    }
}

/// A symbol that carries the band without colour.
pub fn band_symbol(band: AsymmetryBand) -> &'static str {
    match band {
        AsymmetryBand::Green => "✔",
        AsymmetryBand::Amber => "⚠",
        AsymmetryBand::Red => "✖",
    }
}

pub fn verdict_color(verdict: ChangeVerdict) -> Color32 {
    match verdict {
        ChangeVerdict::Improved => GREEN,
        ChangeVerdict::Declined => RED,
        ChangeVerdict::WithinError | ChangeVerdict::NoMdc => GREY,
        ChangeVerdict::NotComparable => AMBER,
    }
}

pub fn verdict_symbol(verdict: ChangeVerdict) -> &'static str {
    match verdict {
        ChangeVerdict::Improved => "⏶",
        ChangeVerdict::Declined => "⏷",
        ChangeVerdict::WithinError => "≈",
        ChangeVerdict::NoMdc => "Δ",
        ChangeVerdict::NotComparable => "≠",
    }
}

/// Sets the visuals and text sizes (larger than egui's defaults: a clinic screen is read from
/// a distance).
pub fn apply(ctx: &egui::Context, dark: bool) {
    ctx.set_theme(if dark { egui::Theme::Dark } else { egui::Theme::Light });
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::new(24.0, FontFamily::Proportional)),
            (TextStyle::Body, FontId::new(16.0, FontFamily::Proportional)),
            (TextStyle::Monospace, FontId::new(15.0, FontFamily::Monospace)),
            (TextStyle::Button, FontId::new(16.0, FontFamily::Proportional)),
            (TextStyle::Small, FontId::new(13.0, FontFamily::Proportional)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
    });
}

/// The big live numbers.
pub fn big_number() -> FontId {
    FontId::new(64.0, FontFamily::Proportional)
}

pub fn medium_number() -> FontId {
    FontId::new(32.0, FontFamily::Proportional)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character outside ASCII in the program's text (symbols such as ✔ ⚠ ▶ °, units such
    /// as N·m) and in the translations (`i18n/*/forcetrack.ftl`) has a glyph in the fonts the
    /// app ships, so none is drawn as an empty box whatever fonts the computer has.
    #[test]
    fn every_symbol_in_the_program_text_has_a_glyph() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).expect("reading the source folder").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs" || e == "toml") {
                    out.push(path);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        walk(&root.join("src"), &mut files);
        walk(&root.join("devices"), &mut files);
        let mut fonts =
            egui::epaint::Fonts::new(egui::epaint::TextOptions::default(), egui::FontDefinitions::default());
        let mut missing = std::collections::BTreeMap::<char, String>::new();
        // Test modules hold data, not the program's text (names in any script, for instance).
        let is_test_file = |f: &std::path::Path| {
            f.file_stem().and_then(|s| s.to_str()).is_some_and(|s| s == "tests" || s.ends_with("_tests"))
        };
        for file in files.iter().filter(|f| !is_test_file(f)) {
            let text = std::fs::read_to_string(file).expect("reading a source file");
            // The program's text ends where a test module begins.
            let program = text
                .match_indices("#[cfg(test)]")
                .find(|(at, mark)| text[at + mark.len()..].trim_start().starts_with("mod "))
                .map_or(text.as_str(), |(at, _)| &text[..at]);
            for line in program.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for c in line.chars().filter(|c| !c.is_ascii()) {
                    if !fonts.has_glyph(&FontId::proportional(16.0), c) {
                        missing.entry(c).or_insert_with(|| format!("{}: {}", file.display(), line.trim()));
                    }
                }
            }
        }
        // The translations' words too: every catalogue, its comments aside (a character written
        // as an escape, `{"\u00A0"}`, is read as the character).
        let escape = regex::Regex::new(r"\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{6})").expect("a valid pattern");
        let mut catalogues = 0;
        for language in std::fs::read_dir(root.join("i18n")).expect("reading i18n/").flatten() {
            let file = language.path().join("forcetrack.ftl");
            let Ok(text) = std::fs::read_to_string(&file) else { continue };
            catalogues += 1;
            for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
                let escaped = escape.captures_iter(line).filter_map(|c| {
                    let hex = c.get(1).or_else(|| c.get(2))?.as_str();
                    char::from_u32(u32::from_str_radix(hex, 16).ok()?)
                });
                for c in line.chars().chain(escaped).filter(|c| !c.is_ascii()) {
                    if !fonts.has_glyph(&FontId::proportional(16.0), c) {
                        missing.entry(c).or_insert_with(|| format!("{}: {}", file.display(), line.trim()));
                    }
                }
            }
        }
        assert!(catalogues > 0, "no catalogue i18n/*/forcetrack.ftl was read");
        assert!(missing.is_empty(), "characters without a glyph: {missing:#?}");
    }
}
