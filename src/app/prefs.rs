//! Preferences of this computer (display, language, how numbers and dates are written, which
//! clinic is open, devices folder), kept in `prefs.json` in the data folder. The clinic's own
//! settings (asymmetry formula, MDC, ...) live in its database.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};

use super::renderer::RendererChoice;
use crate::fl;
use crate::i18n::numbers::NumberStyle;
use crate::i18n::{self, Language, UiLanguage};
use crate::model::ForceUnit;

/// Which clinic the app shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClinicMode {
    Clinic,
    Demo,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// `None` until the welcome page has been answered.
    pub mode: Option<ClinicMode>,
    pub unit: ForceUnit,
    pub dark: bool,
    /// Extra folder of device profiles (besides the data folder's `devices/`).
    pub devices_dir: Option<PathBuf>,
    /// The clinician's name, prefilled on new visits.
    pub clinician: String,
    /// Seconds of countdown before a recording.
    pub countdown_s: f64,
    /// What draws the window (takes effect at the next start; `--renderer` overrides it).
    pub renderer: RendererChoice,
    /// The clinic server holding the record (`postgresql://LOGIN@HOST/DATABASE`, with
    /// `sslrootcert=` for its CA certificate): `None` is this computer's database. Never a
    /// password (that is in the PostgreSQL password file).
    pub clinic_server: Option<String>,
    /// The language the app speaks on this computer: `None` until chosen in Settings, the
    /// computer's locale's meanwhile. A language this program does not know (written by a newer
    /// one) reads as `None`.
    #[serde(default, deserialize_with = "or_none")]
    pub language: Option<Language>,
    /// The decimal separator and the date order: `None` until chosen in Settings, the computer's
    /// locale's meanwhile.
    #[serde(default, deserialize_with = "or_none")]
    pub number_style: Option<NumberStyle>,
    /// This run found no file dialog and the clinician chose ForceTrack's own export folder:
    /// later exports go there without asking again (not kept: the next start looks again).
    #[serde(skip)]
    pub own_export_folder_chosen: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            mode: None,
            unit: ForceUnit::Newton,
            dark: false,
            devices_dir: None,
            clinician: String::new(),
            countdown_s: 3.0,
            renderer: RendererChoice::default(),
            clinic_server: None,
            language: None,
            number_style: None,
            own_export_folder_chosen: false,
        }
    }
}

fn path(data_dir: &Path) -> PathBuf {
    data_dir.join("prefs.json")
}

/// A value this program cannot read (a choice a newer version added) reads as `None`, so the
/// rest of the preferences still load.
fn or_none<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<Option<T>, D::Error> {
    Ok(serde_json::from_value(serde_json::Value::deserialize(d)?).ok())
}

/// Whether the program carries `language`'s catalogue (a language ships complete, or not at all).
pub fn language_available(language: Language) -> bool {
    i18n::catalogue_tags().iter().any(|t| t == language.tag())
}

impl Prefs {
    /// The saved preferences, or the defaults (with the file and the reason, for a note, if the
    /// file could not be read).
    pub fn load(data_dir: &Path) -> (Prefs, Option<String>) {
        match std::fs::read_to_string(path(data_dir)) {
            Ok(text) => match serde_json::from_str(&text) {
                Ok(p) => (p, None),
                Err(e) => (Prefs::default(), Some(format!("{}: {e}", path(data_dir).display()))),
            },
            Err(_) => (Prefs::default(), None),
        }
    }

    /// Speaks the chosen language and writes numbers and dates in the chosen style; where none
    /// is chosen, `language` and `style` (the computer's locale's). A language whose catalogue
    /// this program does not carry is spoken in English.
    pub fn apply_locale(&self, language: UiLanguage, style: NumberStyle) {
        let language = self.language.map_or(language, UiLanguage::Shipped);
        let language = match language {
            UiLanguage::Shipped(l) if !language_available(l) => UiLanguage::Shipped(Language::English),
            other => other,
        };
        i18n::set_language(language);
        i18n::numbers::set_style(self.number_style.unwrap_or(style));
    }

    pub fn save(&self, data_dir: &Path) -> Result<(), String> {
        std::fs::create_dir_all(data_dir).map_err(|e| {
            fl!("app-prefs-cannot-create-folder", folder = data_dir.display().to_string(), error = e.to_string())
        })?;
        let json = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
        let tmp = path(data_dir).with_extension("json.tmp");
        std::fs::write(&tmp, json)
            .map_err(|e| fl!("app-prefs-cannot-write", file = tmp.display().to_string(), error = e.to_string()))?;
        std::fs::rename(&tmp, path(data_dir)).map_err(|e| fl!("app-prefs-cannot-save", error = e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_old_prefs_file_loads_and_a_language_this_program_lacks_reads_as_none() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        std::fs::write(dir.path().join("prefs.json"), r#"{"mode": "clinic", "countdown_s": 0.0}"#).unwrap();
        let (prefs, note) = Prefs::load(dir.path());
        assert_eq!(note, None);
        assert_eq!((prefs.language, prefs.number_style), (None, None));
        std::fs::write(
            dir.path().join("prefs.json"),
            r#"{"mode": "clinic", "language": "xx", "number_style": {"decimal": "comma", "date_order": "day_month_year_dots"}}"#,
        )
        .unwrap();
        let (prefs, note) = Prefs::load(dir.path());
        assert_eq!(note, None);
        assert_eq!(prefs.mode, Some(ClinicMode::Clinic));
        assert_eq!(prefs.language, None);
        assert_eq!(prefs.number_style, Some(NumberStyle::for_locale("de-DE")));
        let chosen = Prefs { language: Some(Language::German), ..prefs };
        chosen.save(dir.path()).unwrap();
        let text = std::fs::read_to_string(dir.path().join("prefs.json")).unwrap();
        assert!(text.contains(r#""language": "de""#), "{text}");
        assert_eq!(Prefs::load(dir.path()).0, chosen);
    }
}
