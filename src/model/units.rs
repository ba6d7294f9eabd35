use serde::{Deserialize, Serialize};

use crate::i18n::numbers::NumberStyle;

/// Newtons in one kilogram-force (standard gravity).
pub const KGF_N: f64 = 9.80665;
/// Newtons in one pound-force.
pub const LBF_N: f64 = 4.4482216152605;

/// A display unit for force. Inside the program force is always in newtons; a `ForceUnit` is
/// applied only where a number is shown to a person or written to a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ForceUnit {
    #[default]
    Newton,
    KilogramForce,
    PoundForce,
}

impl ForceUnit {
    pub const ALL: [ForceUnit; 3] = [ForceUnit::Newton, ForceUnit::KilogramForce, ForceUnit::PoundForce];

    /// Newtons per one of this unit.
    pub fn newtons_per_unit(self) -> f64 {
        match self {
            ForceUnit::Newton => 1.0,
            ForceUnit::KilogramForce => KGF_N,
            ForceUnit::PoundForce => LBF_N,
        }
    }

    /// Converts a force in newtons into this unit.
    pub fn from_newtons(self, force_n: f64) -> f64 {
        force_n / self.newtons_per_unit()
    }

    /// Converts a value in this unit into newtons.
    pub fn to_newtons(self, value: f64) -> f64 {
        value * self.newtons_per_unit()
    }

    /// The symbol shown after numbers.
    pub fn symbol(self) -> &'static str {
        match self {
            ForceUnit::Newton => "N",
            ForceUnit::KilogramForce => "kgf",
            ForceUnit::PoundForce => "lbf",
        }
    }

    /// Decimals that suit the unit's size on screen.
    pub fn decimals(self) -> usize {
        match self {
            ForceUnit::Newton => 0,
            ForceUnit::KilogramForce | ForceUnit::PoundForce => 1,
        }
    }

    /// A force in newtons as text in this unit, in `style`: "270 N", "27.5 kgf" ("27,5 kgf" with
    /// a decimal comma). Machine outputs and the command line pass `NumberStyle::default()`.
    pub fn format(self, style: &NumberStyle, force_n: f64) -> String {
        format!("{} {}", self.format_number(style, force_n), self.symbol())
    }

    /// A force in newtons as a number in this unit, without the unit, in `style`. A value that
    /// rounds to zero reads "0", never "-0".
    pub fn format_number(self, style: &NumberStyle, force_n: f64) -> String {
        style.number(self.from_newtons(force_n), self.decimals())
    }

    /// Parses `n`, `kgf`, `lbf` (and a few common spellings).
    pub fn parse(text: &str) -> Option<ForceUnit> {
        match text.trim().to_ascii_lowercase().as_str() {
            "n" | "newton" | "newtons" => Some(ForceUnit::Newton),
            "kgf" | "kg" | "kgs" | "kilogram-force" => Some(ForceUnit::KilogramForce),
            "lbf" | "lb" | "lbs" | "pound-force" => Some(ForceUnit::PoundForce),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_match_the_definitions() {
        assert!((ForceUnit::KilogramForce.from_newtons(9.80665) - 1.0).abs() < 1e-12);
        assert!((ForceUnit::PoundForce.from_newtons(4.4482216152605) - 1.0).abs() < 1e-12);
        for unit in ForceUnit::ALL {
            assert!((unit.to_newtons(unit.from_newtons(123.4)) - 123.4).abs() < 1e-9);
        }
    }

    #[test]
    fn a_value_that_rounds_to_zero_has_no_sign() {
        let point = &NumberStyle::default();
        assert_eq!(ForceUnit::Newton.format(point, -0.3), "0 N");
        assert_eq!(ForceUnit::KilogramForce.format(point, -0.2), "0.0 kgf");
        assert_eq!(ForceUnit::Newton.format(point, -0.6), "-1 N");
        assert_eq!(ForceUnit::PoundForce.format(point, -4.45), "-1.0 lbf");
    }

    #[test]
    fn a_force_takes_the_styles_decimal_separator() {
        use crate::i18n::numbers::{DateOrder, DecimalSeparator};
        let comma = &NumberStyle { decimal: DecimalSeparator::Comma, date_order: DateOrder::DayMonthYearDots };
        assert_eq!(ForceUnit::KilogramForce.format(comma, 269.7), "27,5 kgf");
        assert_eq!(ForceUnit::KilogramForce.format_number(comma, -0.2), "0,0");
        assert_eq!(ForceUnit::Newton.format(comma, 270.4), "270 N");
        assert_eq!(ForceUnit::KilogramForce.format(&NumberStyle::default(), 269.7), "27.5 kgf");
    }
}
