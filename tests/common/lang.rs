//! The app's words in another language, for tests that drive it in that language: the
//! translation of an English label (the message whose English text it is), and what on screen
//! did not come from a catalogue.
#![allow(dead_code)]

use std::collections::BTreeMap;

use fluent_syntax::ast::{Entry, PatternElement};
use forcetrack::i18n::{UiLanguage, catalogue_source, loader_for};
use i18n_embed::fluent::FluentLanguageLoader;

/// The catalogue of one language, looked up by English text.
pub struct Words {
    /// English text of a message without variables -> its ids.
    ids_by_english: BTreeMap<String, Vec<String>>,
    pub loader: FluentLanguageLoader,
    pub language: UiLanguage,
}

impl Words {
    pub fn new(language: UiLanguage) -> Words {
        let english = catalogue_source("en").expect("the English catalogue");
        let resource = fluent_syntax::parser::parse(english.as_str()).expect("the English catalogue parses");
        let mut ids_by_english: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for entry in &resource.body {
            let Entry::Message(m) = entry else { continue };
            let Some(value) = &m.value else { continue };
            let mut text = String::new();
            let plain = value.elements.iter().all(|e| match e {
                PatternElement::TextElement { value } => {
                    text.push_str(value);
                    true
                }
                PatternElement::Placeable { .. } => false,
            });
            if plain {
                ids_by_english.entry(text).or_default().push(m.id.name.to_string());
            }
        }
        Words { ids_by_english, loader: loader_for(language), language }
    }

    /// The translation of the message whose English text is exactly `english` (a label without
    /// variables); panics if no message has that text.
    pub fn of(&self, english: &str) -> String {
        let ids = self
            .ids_by_english
            .get(english)
            .unwrap_or_else(|| panic!("no message of the English catalogue reads '{english}'"));
        self.loader.get(&ids[0])
    }

    /// The name a pain button is read out by ("pain 3").
    pub fn pain(&self, value: u8) -> String {
        let mut args = std::collections::HashMap::new();
        args.insert("value", value.to_string());
        self.loader.get_args("run-pain-value", args)
    }

    /// The translation of message `id` with one variable.
    pub fn with(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = std::collections::HashMap::new();
        args.insert(name, value.to_string());
        self.loader.get_args(id, args)
    }

    /// The translation of message `id`.
    pub fn id(&self, id: &str) -> String {
        self.loader.get(id)
    }
}

/// `text` without the pseudo-locale's messages (« … », innermost first, since a message may
/// hold another as a variable).
pub fn without_pseudo_messages(text: &str) -> String {
    let mut text = text.to_string();
    loop {
        let Some(close) = text.find('»') else { return text };
        let Some(open) = text[..close].rfind('«') else { return text };
        text.replace_range(open..close + '»'.len_utf8(), " ");
    }
}

/// The words (two or more ASCII letters in a row) left in `text` once the `data` (names,
/// devices, paths: what a clinic typed or a device sent), published sources and units are taken
/// out: text drawn in plain English that no catalogue gave. In the pseudo-locale every letter a
/// catalogue gives that has an accented form has it, so a plain word is one that did not come
/// from a catalogue, even inside a message (a variable's English).
pub fn foreign_words(text: &str, data: &[&str]) -> Vec<String> {
    let mut rest = text.to_string();
    for d in data {
        rest = rest.replace(d, " ");
    }
    // Published sources stay as written: "Opar et al. 2015", "van der Horst et al. 2017",
    // "Vagenas & Hoshizaki 1992".
    static CITATION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?:(?:van der|van|de|von) )?[A-Z][A-Za-z'-]+(?: (?:&|and) [A-Z][A-Za-z'-]+)?(?: et al\.)? (?:19|20)\d\d[a-z]?")
            .expect("a valid pattern")
    });
    rest = CITATION.replace_all(&rest, " ").into_owned();
    const UNITS: &[&str] = &["N", "kg", "kgf", "lbf", "Nm", "ms", "Hz", "s", "cm", "mm", "m"];
    // Letters the pseudo-locale leaves as they are (no accented form in Latin fonts).
    let unaccented = |w: &str| w.chars().all(|c| "bfmpqvxBFMPQVX".contains(c));
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2 && !UNITS.contains(w) && !unaccented(w))
        .map(str::to_string)
        .collect()
}
