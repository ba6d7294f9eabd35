use serde::{Deserialize, Serialize};

/// Which leg a trial, a channel or an injury concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Left,
    Right,
    /// Both legs at once (a Nordic rig records both in one trial, one channel per leg).
    Both,
}

impl Side {
    /// Stable identifier used in files and the database.
    pub fn id(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
            Side::Both => "both",
        }
    }

    /// One-letter label used next to asymmetry values ("12 % L"), in English (machine outputs,
    /// the command line); [`Side::letter_in`] for a person in the app's or a report's language.
    pub fn letter(self) -> &'static str {
        match self {
            Side::Left => "L",
            Side::Right => "R",
            Side::Both => "L+R",
        }
    }

    /// The side as a person reads it, in `tr`'s language: "left", "right", "both".
    pub fn label(self, tr: &i18n_embed::fluent::FluentLanguageLoader) -> String {
        match self {
            Side::Left => crate::fl_in!(tr, "side-left"),
            Side::Right => crate::fl_in!(tr, "side-right"),
            Side::Both => crate::fl_in!(tr, "side-both"),
        }
    }

    /// The one-letter label next to asymmetry values ([`Side::letter`]), in `tr`'s language.
    pub fn letter_in(self, tr: &i18n_embed::fluent::FluentLanguageLoader) -> String {
        match self {
            Side::Left => crate::fl_in!(tr, "side-left-letter"),
            Side::Right => crate::fl_in!(tr, "side-right-letter"),
            Side::Both => crate::fl_in!(tr, "side-both-letter"),
        }
    }

    /// The other leg (`Both` stays `Both`).
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
            Side::Both => Side::Both,
        }
    }

    /// Parses `left`/`right`/`both` and the letters `l`/`r`, case-insensitively.
    pub fn parse(text: &str) -> Option<Side> {
        match text.trim().to_ascii_lowercase().as_str() {
            "left" | "l" => Some(Side::Left),
            "right" | "r" => Some(Side::Right),
            "both" | "bilateral" | "l+r" => Some(Side::Both),
            _ => None,
        }
    }

    /// The side a channel name stands for: `left`, `left_n`, `L` ... -> Left.
    pub fn of_channel(name: &str) -> Option<Side> {
        let lower = name.trim().to_ascii_lowercase();
        let stem = lower.strip_suffix("_n").unwrap_or(&lower);
        match stem {
            "left" | "l" => Some(Side::Left),
            "right" | "r" => Some(Side::Right),
            _ => None,
        }
    }
}

impl std::fmt::Display for Side {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}
