//! The words a clinician reads, from Fluent catalogues (`i18n/<language>/forcetrack.ftl`, compiled
//! in), and the numbers and dates around them ([`numbers`]).
//!
//! - [`fl!`](crate::fl) looks a message up in the app's language. The message id and its variables
//!   are checked against the English catalogue when the program is compiled.
//! - [`fl_in!`](crate::fl_in) looks it up in a loader of its own: the report is made in the
//!   language chosen for it ([`loader_for`]), which need not be the app's.
//! - Text carried by data (built-in tests, templates, device notes) is looked up by an id derived
//!   from the data's own id ([`data_text`]), with the data's English as the fallback.
//! - The command line, its machine outputs and the files it reads stay English.
//!
//! Placeables are not wrapped in Unicode isolation marks: the screen and the PDF order
//! right-to-left runs themselves, and the marks would show as boxes in fonts without them.

mod language;
pub mod numbers;
mod pseudo;

use std::borrow::Cow;
use std::sync::LazyLock;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use rust_embed::RustEmbed;

pub use language::{Language, UiLanguage};

/// The catalogues, compiled into the program.
#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalogues;

/// The shipped catalogues plus the generated pseudo-locale (`en-XA`, never a choice in the app).
struct Assets;

impl I18nAssets for Assets {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        if let Some(name) = file_path.strip_prefix(&format!("{}/", pseudo::TAG)) {
            let english = Catalogues::get(&format!("en/{name}"));
            return english
                .map(|file| Cow::Owned(pseudo::catalogue(&String::from_utf8_lossy(&file.data)).into_bytes()))
                .into_iter()
                .collect();
        }
        Catalogues::get(file_path).map(|file| file.data).into_iter().collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(Catalogues::iter().filter(|f| f.ends_with("/forcetrack.ftl")).map(|f| f.to_string()))
    }
}

/// The English text of a shipped catalogue file (`en/forcetrack.ftl`, `de/forcetrack.ftl`, ...).
pub fn catalogue_source(language_tag: &str) -> Option<String> {
    Catalogues::get(&format!("{language_tag}/forcetrack.ftl")).map(|f| String::from_utf8_lossy(&f.data).into_owned())
}

/// The language tags of every catalogue compiled in.
pub fn catalogue_tags() -> Vec<String> {
    // Listed once: Settings asks for every language on every frame it is drawn.
    static TAGS: LazyLock<Vec<String>> = LazyLock::new(|| {
        let mut tags: Vec<String> =
            Catalogues::iter().filter_map(|f| f.strip_suffix("/forcetrack.ftl").map(str::to_string)).collect();
        tags.sort();
        tags.dedup();
        tags
    });
    TAGS.clone()
}

fn new_loader(tag: &str) -> FluentLanguageLoader {
    let fallback: i18n_embed::unic_langid::LanguageIdentifier = "en".parse().expect("a valid language tag");
    let loader = FluentLanguageLoader::new("forcetrack", fallback);
    load(&loader, tag);
    loader
}

fn load(loader: &FluentLanguageLoader, tag: &str) {
    // A language without a catalogue (a choice saved by a newer version, say) is English:
    // the loader cannot load a language it has no file for.
    let has_catalogue = tag == pseudo::TAG || catalogue_tags().iter().any(|t| t == tag);
    let tag = if has_catalogue { tag } else { "en" };
    let id: i18n_embed::unic_langid::LanguageIdentifier = tag.parse().unwrap_or_else(|_| "en".parse().expect("en"));
    // The English catalogue is compiled in and checked by `fl!`: loading it cannot fail. Another
    // language that failed would leave the loader on its previous language.
    if let Err(e) = loader.load_languages(&Assets, &[id]) {
        eprintln!("language {tag} not loaded: {e}");
    }
    loader.set_use_isolating(false);
}

static APP: LazyLock<FluentLanguageLoader> = LazyLock::new(|| new_loader("en"));

/// The loader of the app's language.
pub fn loader() -> &'static FluentLanguageLoader {
    &APP
}

/// Switches the app's words to `language` (the next frame draws in it).
pub fn set_language(language: UiLanguage) {
    load(&APP, language.tag());
}

/// The app's current language.
pub fn current_language() -> UiLanguage {
    UiLanguage::from_tag(&APP.current_language().to_string()).unwrap_or(UiLanguage::Shipped(Language::English))
}

/// A loader of its own for `language`: a report in another language than the app's.
pub fn loader_for(language: UiLanguage) -> FluentLanguageLoader {
    new_loader(language.tag())
}

/// Text carried by data, in the loader's language: the message `id` when a catalogue has it,
/// else `english`, the data's own text. Only built-in data has ids; a clinic's own tests and
/// templates keep their own words.
pub fn data_text(loader: &FluentLanguageLoader, id: &str, english: &str) -> String {
    if loader.has(id) { loader.get(id) } else { english.to_string() }
}

/// A message id derived from data's own id: `test-nordic-bilateral-name` from
/// (`test`, `nordic_bilateral`, `name`). Fluent ids hold letters, digits, `-` and `_`.
pub fn data_id(kind: &str, id: &str, field: &str) -> String {
    let id: String = id.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    format!("{kind}-{id}-{field}")
}

/// A message in the app's language: `fl!("message-id")`, `fl!("message-id", name = value)`.
#[macro_export]
macro_rules! fl {
    ($($t:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $($t)*)
    };
}

/// A message in the language of `loader` (a report's): `fl_in!(loader, "message-id", ...)`.
#[macro_export]
macro_rules! fl_in {
    ($loader:expr, $($t:tt)*) => {
        i18n_embed_fl::fl!($loader, $($t)*)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_loader_speaks_its_own_language_and_the_pseudo_locale_brackets_every_message() {
        let english = loader_for(UiLanguage::Shipped(Language::English));
        assert_eq!(crate::fl_in!(&english, "language-de"), "Deutsch");
        let pseudo = loader_for(UiLanguage::Pseudo);
        let text = crate::fl_in!(&pseudo, "language-en");
        assert!(text.starts_with(pseudo::OPEN) && text.ends_with(pseudo::CLOSE), "{text}");
        assert_eq!(data_id("test", "nordic_bilateral", "name"), "test-nordic-bilateral-name");
        assert_eq!(data_text(&english, "test-no-such-id-name", "Own words"), "Own words");
    }
}
