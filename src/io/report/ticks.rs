//! Round axis ticks for the report's charts: steps of 1, 2 or 5 times a power of ten, from zero
//! (forces and counts start there) to the first tick at or above the data.

use crate::i18n::numbers::NumberStyle;

/// The ticks of an axis from `0` that holds values up to `max`, at most `most` intervals: a
/// step of 1, 2 or 5 × 10^k and the ticks from 0 to the first multiple of the step at or above
/// `max`. A `max` at or below zero (or not finite) gives the axis 0 to 1.
pub fn ticks_from_zero(max: f64, most: usize) -> Vec<f64> {
    let most = most.max(1);
    if !max.is_finite() || max <= 0.0 {
        return vec![0.0, 1.0];
    }
    let step = nice_step(max / most as f64);
    let count = (max / step - 1e-9).ceil().max(1.0) as usize;
    (0..=count).map(|k| k as f64 * step).collect()
}

/// The smallest of 1, 2, 5 × 10^k at or above `raw` (> 0).
pub fn nice_step(raw: f64) -> f64 {
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * power).find(|s| *s >= raw * (1.0 - 1e-9)).unwrap_or(10.0 * power)
}

/// A tick value as text in `style`: no decimals for whole numbers, otherwise as few as the
/// step needs.
pub fn tick_text(style: &NumberStyle, value: f64, step: f64) -> String {
    let decimals = if step >= 1.0 { 0 } else { (-step.log10().floor()) as usize };
    style.number(value, decimals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(7.3), 10.0);
        assert_eq!(nice_step(4.1), 5.0);
        assert_eq!(nice_step(1.5), 2.0);
        assert_eq!(nice_step(0.03), 0.05);
        assert_eq!(nice_step(200.0), 200.0);
        assert_eq!(nice_step(1000.0), 1000.0);
    }

    #[test]
    fn the_axis_starts_at_zero_and_ends_on_a_round_tick_above_the_data() {
        // The Nordic in kgf: up to 41 kgf.
        assert_eq!(ticks_from_zero(41.3, 5), vec![0.0, 10.0, 20.0, 30.0, 40.0, 50.0]);
        // Newtons: up to 392 N.
        assert_eq!(ticks_from_zero(392.0, 5), vec![0.0, 100.0, 200.0, 300.0, 400.0]);
        // Reps: up to 30, exactly on a tick.
        assert_eq!(ticks_from_zero(30.0, 5), vec![0.0, 10.0, 20.0, 30.0]);
        let point = NumberStyle::default();
        let small: Vec<String> = ticks_from_zero(0.8, 4).iter().map(|v| tick_text(&point, *v, 0.2)).collect();
        assert_eq!(small, ["0.0", "0.2", "0.4", "0.6", "0.8"]);
        assert_eq!(ticks_from_zero(f64::NAN, 5), vec![0.0, 1.0]);
        assert_eq!(ticks_from_zero(-3.0, 5), vec![0.0, 1.0]);
        for max in [0.7, 3.0, 13.0, 54.4, 99.9, 100.0, 527.7, 1234.0] {
            let ticks = ticks_from_zero(max, 5);
            let step = ticks[1];
            assert!(ticks.len() <= 6 && *ticks.last().unwrap() >= max, "{max}: {ticks:?}");
            assert!(ticks.last().unwrap() - step < max, "{max}: one tick too many in {ticks:?}");
            let mantissa = step / 10f64.powf(step.log10().floor());
            assert!([1.0, 2.0, 5.0].iter().any(|m| (mantissa - m).abs() < 1e-9), "{max}: step {step}");
        }
    }

    #[test]
    fn tick_text_has_the_decimals_the_step_needs() {
        let point = NumberStyle::default();
        assert_eq!(tick_text(&point, 40.0, 10.0), "40");
        assert_eq!(tick_text(&point, 0.6000000000000001, 0.2), "0.6");
        assert_eq!(tick_text(&point, 0.25, 0.05), "0.25");
        let comma = NumberStyle { decimal: crate::i18n::numbers::DecimalSeparator::Comma, ..point };
        assert_eq!(tick_text(&comma, 0.25, 0.05), "0,25");
    }
}
