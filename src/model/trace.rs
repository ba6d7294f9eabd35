use serde::{Deserialize, Serialize};

/// How a trial's raw force is oriented (DOMAIN.md section 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// Pulling reads positive: use the values as they are.
    Positive,
    /// Pulling reads negative: multiply by -1.
    Negative,
    /// Decide from the signal: invert when the baseline is closer to the maximum than the minimum.
    #[default]
    Auto,
}

impl Polarity {
    pub fn id(self) -> &'static str {
        match self {
            Polarity::Positive => "positive",
            Polarity::Negative => "negative",
            Polarity::Auto => "auto",
        }
    }

    pub fn parse(text: &str) -> Option<Polarity> {
        match text.trim().to_ascii_lowercase().as_str() {
            "positive" | "+" => Some(Polarity::Positive),
            "negative" | "-" => Some(Polarity::Negative),
            "auto" => Some(Polarity::Auto),
            _ => None,
        }
    }
}

/// One force channel of a trace, in newtons, one value per time stamp of the trace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Channel {
    /// `force` for a single channel, `left`/`right` for bilateral devices, or a device's own name.
    pub name: String,
    pub force_n: Vec<f64>,
}

/// Descriptive facts that travel with a trace (the `#` lines of a trace CSV).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TraceMeta {
    pub device: Option<String>,
    pub sample_rate_hz: Option<f64>,
    pub polarity: Option<Polarity>,
    /// Other `key: value` pairs, in file order.
    pub extra: Vec<(String, String)>,
}

/// A recording: strictly increasing time stamps in seconds and one or more force channels.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Trace {
    pub time_s: Vec<f64>,
    pub channels: Vec<Channel>,
    pub meta: TraceMeta,
}

impl Trace {
    /// The trace of a trial with no samples: one `force` channel, nothing in it (a count of
    /// reps, or peaks entered by hand).
    pub fn without_samples() -> Trace {
        Trace {
            time_s: Vec::new(),
            channels: vec![Channel { name: "force".into(), force_n: Vec::new() }],
            meta: TraceMeta::default(),
        }
    }

    /// Shifts the time stamps so the first sample is at 0 s (recordings and imports keep
    /// times from their first sample).
    pub fn rebase_to_first_sample(&mut self) {
        let t0 = self.time_s.first().copied().unwrap_or(0.0);
        self.time_s.iter_mut().for_each(|t| *t -= t0);
    }

    /// Number of samples (time stamps).
    pub fn len(&self) -> usize {
        self.time_s.len()
    }

    pub fn is_empty(&self) -> bool {
        self.time_s.is_empty()
    }

    /// Seconds from the first to the last sample.
    pub fn duration_s(&self) -> f64 {
        match (self.time_s.first(), self.time_s.last()) {
            (Some(first), Some(last)) => last - first,
            _ => 0.0,
        }
    }

    /// The sample rate stated in the metadata, else estimated as 1 / median interval.
    pub fn sample_rate_hz(&self) -> Option<f64> {
        self.meta.sample_rate_hz.or_else(|| median_rate_hz(&self.time_s))
    }

    /// The channel with this name, if any.
    pub fn channel(&self, name: &str) -> Option<&Channel> {
        self.channels.iter().find(|c| c.name == name)
    }
}

/// 1 / median sampling interval; `None` with fewer than two samples.
pub fn median_rate_hz(time_s: &[f64]) -> Option<f64> {
    if time_s.len() < 2 {
        return None;
    }
    let mut intervals: Vec<f64> = time_s.windows(2).map(|w| w[1] - w[0]).collect();
    intervals.sort_by(f64::total_cmp);
    let mid = intervals.len() / 2;
    let median =
        if intervals.len().is_multiple_of(2) { 0.5 * (intervals[mid - 1] + intervals[mid]) } else { intervals[mid] };
    (median > 0.0).then(|| 1.0 / median)
}
