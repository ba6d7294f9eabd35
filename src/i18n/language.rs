//! The languages the app speaks, and the first choice from the computer's locale.

use serde::{Deserialize, Serialize};

/// A shipped language: every message of the English catalogue is translated
/// (`tests/catalogues.rs`). A language ships only complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[serde(rename = "en")]
    English,
    #[serde(rename = "es")]
    Spanish,
    #[serde(rename = "de")]
    German,
    #[serde(rename = "fr")]
    French,
    #[serde(rename = "pt-PT")]
    PortuguesePortugal,
    #[serde(rename = "pt-BR")]
    PortugueseBrazil,
    #[serde(rename = "it")]
    Italian,
}

impl Language {
    /// Every shipped language, in the order Settings lists them.
    pub const ALL: [Language; 7] = [
        Language::English,
        Language::Spanish,
        Language::German,
        Language::French,
        Language::PortuguesePortugal,
        Language::PortugueseBrazil,
        Language::Italian,
    ];

    /// The BCP 47 tag, which is also the catalogue's folder under `i18n/`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::German => "de",
            Language::French => "fr",
            Language::PortuguesePortugal => "pt-PT",
            Language::PortugueseBrazil => "pt-BR",
            Language::Italian => "it",
        }
    }

    /// The language named in itself ("Deutsch"), whatever the app's language.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
            Language::German => "Deutsch",
            Language::French => "Français",
            Language::PortuguesePortugal => "Português (Portugal)",
            Language::PortugueseBrazil => "Português (Brasil)",
            Language::Italian => "Italiano",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The shipped language closest to a locale such as `de-AT`, `pt_BR.UTF-8` or `fr`:
    /// Brazilian Portuguese only for Brazil, English when none is close.
    pub fn for_locale(locale: &str) -> Language {
        let locale = locale.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        let mut parts = locale.split('-');
        let lang = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts.find(|p| p.len() == 2).map(|p| p.to_ascii_uppercase());
        match lang.as_str() {
            "es" => Language::Spanish,
            "de" => Language::German,
            "fr" => Language::French,
            "it" => Language::Italian,
            "pt" if region.as_deref() == Some("BR") => Language::PortugueseBrazil,
            "pt" => Language::PortuguesePortugal,
            _ => Language::English,
        }
    }

    /// The first choice on a new computer: the one its locale names.
    pub fn from_system() -> Language {
        sys_locale::get_locale().map_or(Language::English, |l| Language::for_locale(&l))
    }
}

/// What the app is drawn in: a shipped language, or the pseudo-locale that tests use to find
/// text that did not come from a catalogue (generated from English; never offered in Settings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiLanguage {
    Shipped(Language),
    Pseudo,
}

impl UiLanguage {
    pub fn tag(self) -> &'static str {
        match self {
            UiLanguage::Shipped(l) => l.tag(),
            UiLanguage::Pseudo => super::pseudo::TAG,
        }
    }

    pub fn from_tag(tag: &str) -> Option<UiLanguage> {
        if tag == super::pseudo::TAG {
            return Some(UiLanguage::Pseudo);
        }
        Language::from_tag(tag).map(UiLanguage::Shipped)
    }
}

impl From<Language> for UiLanguage {
    fn from(l: Language) -> Self {
        UiLanguage::Shipped(l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_chooses_the_closest_shipped_language() {
        assert_eq!(Language::for_locale("de_AT.UTF-8"), Language::German);
        assert_eq!(Language::for_locale("pt-BR"), Language::PortugueseBrazil);
        assert_eq!(Language::for_locale("pt_PT"), Language::PortuguesePortugal);
        assert_eq!(Language::for_locale("pt"), Language::PortuguesePortugal);
        assert_eq!(Language::for_locale("es-419"), Language::Spanish);
        assert_eq!(Language::for_locale("ja-JP"), Language::English);
        assert_eq!(Language::for_locale(""), Language::English);
        for l in Language::ALL {
            assert_eq!(Language::from_tag(l.tag()), Some(l));
        }
    }
}
