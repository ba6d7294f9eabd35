//! Real change between visits (DOMAIN.md section 3): the minimal detectable change (MDC95).

use serde::{Deserialize, Serialize};

use crate::i18n::numbers::NumberStyle;

/// A test's minimal detectable change, absolute or relative to the earlier value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "unit", content = "value", rename_all = "snake_case")]
pub enum Mdc {
    Newtons(f64),
    Percent(f64),
}

impl Mdc {
    /// In newtons with a decimal point: "60 N", "13 %" (for files that keep SI units, and the
    /// command line).
    pub fn display(&self) -> String {
        self.display_in(&NumberStyle::default(), crate::model::ForceUnit::Newton)
    }

    /// In the display unit, in `style`: "60 N", "6.1 kgf" ("6,1 kgf"), "13 %".
    pub fn display_in(&self, style: &NumberStyle, unit: crate::model::ForceUnit) -> String {
        match self {
            Mdc::Newtons(n) => unit.format(style, *n),
            Mdc::Percent(p) => format!("{} %", style.number(*p, 0)),
        }
    }

    /// The MDC in newtons around a reference value.
    pub fn newtons_at(&self, reference_n: f64) -> f64 {
        match *self {
            Mdc::Newtons(n) => n,
            Mdc::Percent(p) => reference_n.abs() * p / 100.0,
        }
    }
}

/// `MDC95 = 1.96 * sqrt(2) * SEM`.
pub fn mdc95_from_sem(sem: f64) -> f64 {
    1.96 * std::f64::consts::SQRT_2 * sem
}

/// Whether a change is larger than the measurement error, and in which direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeVerdict {
    Improved,
    Declined,
    /// Smaller than the MDC: neither progress nor decline.
    WithinError,
    /// The test has no MDC: the change is shown as measured, not judged.
    NoMdc,
    /// Measured with another kind of device (or mode): both values are shown, no change.
    NotComparable,
}

impl ChangeVerdict {
    /// The verdict in English, for machine-readable files (the spreadsheet exports); a person
    /// reads `results::verdict_text`, in the app's or the report's language.
    pub fn label(self) -> &'static str {
        match self {
            ChangeVerdict::Improved => "improved",
            ChangeVerdict::Declined => "declined",
            ChangeVerdict::WithinError => "within measurement error",
            ChangeVerdict::NoMdc => "not judged (no MDC for this test)",
            ChangeVerdict::NotComparable => "not comparable: different device or mode",
        }
    }
}

/// A change between two visits' values of one metric.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub previous: f64,
    pub current: f64,
    pub delta: f64,
    /// `delta / previous * 100`; `None` when the previous value is 0.
    pub percent: Option<f64>,
    pub verdict: ChangeVerdict,
}

/// Compares `current` with `previous` against `mdc` (higher is better). A change smaller than
/// the MDC is within measurement error; a change of exactly the MDC counts as real.
pub fn real_change(previous: f64, current: f64, mdc: Mdc) -> Change {
    let delta = current - previous;
    let percent = (previous != 0.0).then(|| delta / previous.abs() * 100.0);
    let within = match mdc {
        Mdc::Newtons(limit) => delta.abs() < limit,
        Mdc::Percent(limit) => percent.is_none_or(|p| p.abs() < limit),
    };
    // No change is never progress or decline, even with no MDC (a count test).
    let verdict = if within || delta == 0.0 {
        ChangeVerdict::WithinError
    } else if delta > 0.0 {
        ChangeVerdict::Improved
    } else {
        ChangeVerdict::Declined
    };
    Change { previous, current, delta, percent, verdict }
}

/// Two values measured with different kinds of device: kept side by side, never a change.
pub fn not_comparable(previous: f64, current: f64) -> Change {
    Change { verdict: ChangeVerdict::NotComparable, ..real_change(previous, current, Mdc::Newtons(0.0)) }
}

impl Change {
    /// Whether the values may be compared at all (same test, mode and kind of device).
    pub fn comparable(&self) -> bool {
        self.verdict != ChangeVerdict::NotComparable
    }
}

/// A change for a test with no MDC: the numbers, not judged as progress or decline.
pub fn unjudged_change(previous: f64, current: f64) -> Change {
    Change { verdict: ChangeVerdict::NoMdc, ..real_change(previous, current, Mdc::Newtons(0.0)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_an_mdc_a_change_is_not_judged() {
        let c = unjudged_change(500.0, 501.0);
        assert_eq!((c.delta, c.verdict), (1.0, ChangeVerdict::NoMdc));
        assert_eq!(c.verdict.label(), "not judged (no MDC for this test)");
    }

    #[test]
    fn mdc_from_sem() {
        assert!((mdc95_from_sem(10.0) - 27.718_585).abs() < 1e-5);
    }

    #[test]
    fn verdicts() {
        assert_eq!(real_change(300.0, 359.0, Mdc::Newtons(60.0)).verdict, ChangeVerdict::WithinError);
        assert_eq!(real_change(30.0, 30.0, Mdc::Newtons(0.0)).verdict, ChangeVerdict::WithinError, "unchanged");
        assert_eq!(real_change(30.0, 29.0, Mdc::Newtons(0.0)).verdict, ChangeVerdict::Declined);
        assert_eq!(real_change(300.0, 360.0, Mdc::Newtons(60.0)).verdict, ChangeVerdict::Improved);
        assert_eq!(real_change(300.0, 230.0, Mdc::Newtons(60.0)).verdict, ChangeVerdict::Declined);
        assert_eq!(real_change(200.0, 225.0, Mdc::Percent(13.0)).verdict, ChangeVerdict::WithinError);
        assert_eq!(real_change(200.0, 226.0, Mdc::Percent(13.0)).verdict, ChangeVerdict::Improved);
        let c = real_change(200.0, 150.0, Mdc::Percent(13.0));
        assert_eq!(c.verdict, ChangeVerdict::Declined);
        assert_eq!(c.percent, Some(-25.0));
    }
}
