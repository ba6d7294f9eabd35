//! Numbers and dates as the clinician writes them: the decimal separator and the date order are
//! settings of their own (a Swiss clinic may read German with a decimal point), defaulting from
//! the computer's locale. Every number and date a clinician reads goes through here: on screen,
//! in plots' axes and tooltips, in the PDF, and as the CSV export's default.
//!
//! Typed numbers are read with either separator ([`parse_number`]). Machine-readable files
//! (the command line's JSON, `export all`) keep a decimal point and ISO 8601 dates.

use std::sync::RwLock;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// The character between a number's whole part and its decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecimalSeparator {
    /// `1.5`
    Point,
    /// `1,5`
    Comma,
}

impl DecimalSeparator {
    pub fn char(self) -> char {
        match self {
            DecimalSeparator::Point => '.',
            DecimalSeparator::Comma => ',',
        }
    }
}

/// How a date is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateOrder {
    /// `2026-12-06` (ISO 8601)
    YearMonthDay,
    /// `06/12/2026`
    DayMonthYear,
    /// `06.12.2026`
    DayMonthYearDots,
    /// `12/06/2026`
    MonthDayYear,
}

impl DateOrder {
    pub const ALL: [DateOrder; 4] =
        [DateOrder::YearMonthDay, DateOrder::DayMonthYear, DateOrder::DayMonthYearDots, DateOrder::MonthDayYear];

    /// The chrono format of a date in this order.
    pub fn pattern(self) -> &'static str {
        match self {
            DateOrder::YearMonthDay => "%Y-%m-%d",
            DateOrder::DayMonthYear => "%d/%m/%Y",
            DateOrder::DayMonthYearDots => "%d.%m.%Y",
            DateOrder::MonthDayYear => "%m/%d/%Y",
        }
    }

    /// How a person types a date in this order, for hints: `YYYY-MM-DD`, `DD/MM/YYYY`, ...
    pub fn hint(self) -> &'static str {
        match self {
            DateOrder::YearMonthDay => "YYYY-MM-DD",
            DateOrder::DayMonthYear => "DD/MM/YYYY",
            DateOrder::DayMonthYearDots => "DD.MM.YYYY",
            DateOrder::MonthDayYear => "MM/DD/YYYY",
        }
    }
}

/// The decimal separator and date order used together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NumberStyle {
    pub decimal: DecimalSeparator,
    pub date_order: DateOrder,
}

impl Default for NumberStyle {
    fn default() -> Self {
        NumberStyle { decimal: DecimalSeparator::Point, date_order: DateOrder::YearMonthDay }
    }
}

impl NumberStyle {
    /// The style a locale such as `de_DE.UTF-8`, `en-US` or `pt-BR` writes in. Locales this
    /// does not know get a decimal point and ISO dates.
    pub fn for_locale(locale: &str) -> NumberStyle {
        let locale = locale.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        let mut parts = locale.split('-');
        let lang = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts.find(|p| p.len() == 2).map(|p| p.to_ascii_uppercase()).unwrap_or_default();
        let comma = matches!(
            lang.as_str(),
            "de" | "es"
                | "fr"
                | "it"
                | "pt"
                | "nl"
                | "da"
                | "sv"
                | "nb"
                | "nn"
                | "fi"
                | "pl"
                | "cs"
                | "ru"
                | "tr"
                | "el"
        ) && !(lang == "de" && region == "CH")
            && !(lang == "es" && matches!(region.as_str(), "MX" | "US"));
        let date_order = match (lang.as_str(), region.as_str()) {
            ("en", "US") => DateOrder::MonthDayYear,
            ("en", "GB" | "IE" | "AU" | "NZ" | "IN" | "ZA") => DateOrder::DayMonthYear,
            ("de" | "fi" | "nb" | "nn" | "da" | "pl" | "cs" | "ru" | "tr", _) => DateOrder::DayMonthYearDots,
            ("es" | "fr" | "it" | "pt" | "el", _) => DateOrder::DayMonthYear,
            _ => DateOrder::YearMonthDay,
        };
        NumberStyle { decimal: if comma { DecimalSeparator::Comma } else { DecimalSeparator::Point }, date_order }
    }

    /// The style of this computer's locale.
    pub fn from_system() -> NumberStyle {
        sys_locale::get_locale().map_or_else(NumberStyle::default, |l| NumberStyle::for_locale(&l))
    }

    /// `value` with `decimals` decimals and this separator; `–` for a value that is not a number.
    pub fn number(&self, value: f64, decimals: usize) -> String {
        if !value.is_finite() {
            return "–".into();
        }
        let text = format!("{value:.decimals$}");
        // -0.0 rounds to "-0.0": a reader sees a sign that means nothing.
        let text = if text.starts_with('-') && text[1..].chars().all(|c| c == '0' || c == '.') {
            text[1..].to_string()
        } else {
            text
        };
        match self.decimal {
            DecimalSeparator::Point => text,
            DecimalSeparator::Comma => text.replace('.', ","),
        }
    }

    /// A number with as many decimals as it needs, up to `max_decimals` (axis ticks: `2`, `2.5`).
    pub fn number_trimmed(&self, value: f64, max_decimals: usize) -> String {
        let text = self.number(value, max_decimals);
        let sep = self.decimal.char();
        if text.contains(sep) { text.trim_end_matches('0').trim_end_matches(sep).to_string() } else { text }
    }

    pub fn date(&self, date: NaiveDate) -> String {
        date.format(self.date_order.pattern()).to_string()
    }

    /// A date and its time of day to the minute.
    pub fn date_time(&self, at: NaiveDateTime) -> String {
        format!("{} {}", self.date(at.date()), at.format("%H:%M"))
    }

    /// A date typed in this order, or in ISO 8601 (which is never ambiguous).
    pub fn parse_date(&self, text: &str) -> Option<NaiveDate> {
        let text = text.trim();
        NaiveDate::parse_from_str(text, self.date_order.pattern())
            .or_else(|_| NaiveDate::parse_from_str(text, "%Y-%m-%d"))
            .ok()
    }
}

/// A number typed by a person, with a decimal point or a decimal comma: `None` if it is not a
/// finite number. No grouping separators: `1,500` is one and a half.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    if text.chars().filter(|c| matches!(c, '.' | ',')).count() > 1 {
        return None;
    }
    text.replace(',', ".").parse::<f64>().ok().filter(|v| v.is_finite())
}

static APP_STYLE: RwLock<NumberStyle> =
    RwLock::new(NumberStyle { decimal: DecimalSeparator::Point, date_order: DateOrder::YearMonthDay });

/// The style the app shows numbers and dates in.
pub fn style() -> NumberStyle {
    *APP_STYLE.read().unwrap_or_else(|e| e.into_inner())
}

/// Sets the style the app shows numbers and dates in (from Settings).
pub fn set_style(style: NumberStyle) {
    *APP_STYLE.write().unwrap_or_else(|e| e.into_inner()) = style;
}

/// A number in the app's style.
pub fn num(value: f64, decimals: usize) -> String {
    style().number(value, decimals)
}

/// A date in the app's style.
pub fn date(date: NaiveDate) -> String {
    style().date(date)
}

/// A date and time (to the minute) in the app's style.
pub fn date_time(at: NaiveDateTime) -> String {
    style().date_time(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comma() -> NumberStyle {
        NumberStyle { decimal: DecimalSeparator::Comma, date_order: DateOrder::DayMonthYearDots }
    }

    #[test]
    fn numbers_and_dates_follow_the_style() {
        assert_eq!(comma().number(1234.56, 1), "1234,6");
        assert_eq!(NumberStyle::default().number(1234.56, 1), "1234.6");
        assert_eq!(comma().number(-0.04, 1), "0,0");
        assert_eq!(comma().number(f64::NAN, 1), "–");
        assert_eq!(comma().number_trimmed(2.50, 2), "2,5");
        assert_eq!(comma().number_trimmed(200.0, 1), "200");
        let d = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        assert_eq!(comma().date(d), "06.12.2026");
        assert_eq!(NumberStyle::default().date(d), "2026-12-06");
        assert_eq!(comma().parse_date("06.12.2026"), Some(d));
        assert_eq!(comma().parse_date("2026-12-06"), Some(d));
        assert_eq!(parse_number("1,5"), Some(1.5));
        assert_eq!(parse_number("1.5"), Some(1.5));
        assert_eq!(parse_number("1.500,5"), None);
    }

    #[test]
    fn locales_choose_their_separator_and_date_order() {
        assert_eq!(NumberStyle::for_locale("de_DE.UTF-8"), comma());
        assert_eq!(NumberStyle::for_locale("de-CH").decimal, DecimalSeparator::Point);
        assert_eq!(NumberStyle::for_locale("en-US").date_order, DateOrder::MonthDayYear);
        assert_eq!(NumberStyle::for_locale("pt-BR").decimal, DecimalSeparator::Comma);
        assert_eq!(NumberStyle::for_locale("C"), NumberStyle::default());
    }

    proptest::proptest! {
        /// A number written with either separator reads back as the value it shows.
        #[test]
        fn a_number_written_with_either_separator_reads_back(
            value in -1.0e6f64..1.0e6,
            decimals in 0usize..6,
            comma in proptest::bool::ANY,
        ) {
            let style = NumberStyle {
                decimal: if comma { DecimalSeparator::Comma } else { DecimalSeparator::Point },
                date_order: DateOrder::YearMonthDay,
            };
            let text = style.number(value, decimals);
            let shown: f64 = format!("{value:.decimals$}").parse().unwrap();
            proptest::prop_assert_eq!(parse_number(&text), Some(shown), "{}", text);
            let other = if comma { '.' } else { ',' };
            proptest::prop_assert!(!text.contains(other), "{} holds the other separator", text);
        }

        /// A date written in any order reads back as the same day.
        #[test]
        fn a_date_written_in_any_order_reads_back(days in 0i64..60_000, order in 0usize..4) {
            let date = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + chrono::Duration::days(days);
            let style = NumberStyle { decimal: DecimalSeparator::Point, date_order: DateOrder::ALL[order] };
            proptest::prop_assert_eq!(style.parse_date(&style.date(date)), Some(date));
        }
    }
}
