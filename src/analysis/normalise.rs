//! Torque and body-mass normalisation (DOMAIN.md section 2).

/// Torque in N·m: peak force times the lever arm measured for the athlete and test.
/// `None` without a measured lever arm: it is never guessed.
pub fn torque_n_m(force_n: f64, lever_arm_m: Option<f64>) -> Option<f64> {
    lever_arm_m.filter(|l| *l > 0.0).map(|l| force_n * l)
}

/// A value divided by the body mass recorded on that visit (N/kg, N·m/kg).
pub fn per_kg(value: f64, body_mass_kg: Option<f64>) -> Option<f64> {
    body_mass_kg.filter(|m| *m > 0.0).map(|m| value / m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn torque_and_per_kg() {
        assert_eq!(torque_n_m(300.0, Some(0.4)), Some(120.0));
        assert_eq!(torque_n_m(300.0, None), None);
        assert_eq!(torque_n_m(300.0, Some(0.0)), None);
        assert_eq!(per_kg(300.0, Some(75.0)), Some(4.0));
        assert_eq!(per_kg(300.0, None), None);
    }
}
