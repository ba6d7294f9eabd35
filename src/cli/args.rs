//! Numbers on the command line, checked by clap before a command runs.

/// A positive, finite number.
pub fn positive(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(v) if v > 0.0 && v.is_finite() => Ok(v),
        _ => Err(format!("'{text}' is not a positive number")),
    }
}

/// A number from the command line within `[low, high]` (NaN and infinities refused).
pub fn number_within(text: &str, low: f64, high: f64, low_open: bool, what: &str) -> Result<f64, String> {
    let v: f64 = text.trim().parse().map_err(|_| format!("'{text}' is not a number"))?;
    let above_low = if low_open { v > low } else { v >= low };
    if v.is_finite() && above_low && v <= high {
        Ok(v)
    } else {
        Err(format!(
            "{what} must be {} {low} and at most {high}, not {text}",
            if low_open { "above" } else { "at least" }
        ))
    }
}

pub fn recording_length(text: &str) -> Result<f64, String> {
    number_within(text, 0.0, forcetrack::acquisition::MAX_RECORDING_S, true, "the recording length (s)")
}

pub fn open_delay(text: &str) -> Result<f64, String> {
    number_within(text, 0.0, 30.0, false, "the open delay (s)")
}

pub fn lever_arm(text: &str) -> Result<f64, String> {
    let range = forcetrack::model::validation::LEVER_ARM_M;
    number_within(text, *range.start(), *range.end(), true, "the lever arm (m)")
}
