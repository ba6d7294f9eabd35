//! The screen's fonts: egui's own first, for both families (Latin, Greek, Cyrillic and the
//! symbols look as they always have), then faces of this computer for the scripts they lack
//! (Chinese, Japanese, Korean, Arabic, Hebrew, ...), found by the finder the PDF report uses
//! (`io::report::fonts`). A script without a font is no error: it is said once in the log.

use std::path::Path;
use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

use crate::io::report::fonts::SystemFonts;

/// egui's fonts with faces for other scripts after them.
pub struct AppFonts {
    found: SystemFonts,
}

impl AppFonts {
    /// The faces found on this computer (searched once per process).
    pub fn from_system() -> AppFonts {
        AppFonts { found: SystemFonts::shared().clone() }
    }

    /// The faces of `files` only, whatever the computer has: for pictures that do not depend on
    /// the machine.
    pub fn from_files(files: &[impl AsRef<Path>]) -> Result<AppFonts, String> {
        Ok(AppFonts { found: SystemFonts::from_files(files)? })
    }

    /// The scripts no face was found for.
    pub fn missing_scripts(&self) -> &[&'static str] {
        &self.found.missing
    }

    /// The family names of the faces added, in order.
    pub fn added(&self) -> Vec<String> {
        self.found.faces.iter().map(|f| f.family.clone()).collect()
    }

    /// egui's default fonts with the faces appended to both families.
    pub fn definitions(&self) -> FontDefinitions {
        let mut definitions = FontDefinitions::default();
        for face in &self.found.faces {
            let name = format!("{} #{} ({})", face.family, face.index, face.path.display());
            definitions.font_data.insert(name.clone(), Arc::new(FontData::from_blob(face.data.clone(), face.index)));
            for family in [FontFamily::Proportional, FontFamily::Monospace] {
                definitions.families.entry(family).or_default().push(name.clone());
            }
        }
        definitions
    }

    /// Gives `ctx` these fonts.
    pub fn install(&self, ctx: &egui::Context) {
        ctx.set_fonts(self.definitions());
    }
}

/// Gives `ctx` egui's fonts and this computer's for other scripts, and says once per process
/// which scripts have none.
pub fn set_up(ctx: &egui::Context) {
    static SAID: std::sync::Once = std::sync::Once::new();
    let fonts = AppFonts::from_system();
    SAID.call_once(|| {
        if let Some(line) = fonts.found.missing_line() {
            eprintln!("{line}");
        }
    });
    fonts.install(ctx);
}
