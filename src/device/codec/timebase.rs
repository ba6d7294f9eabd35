//! Time stamps: the device's own clock (unwrapped, kept increasing) or host time.

use crate::device::profile::{FieldRole, Framing, Profile};

/// Smallest step used when a time must be nudged forward (1 µs).
const NUDGE_S: f64 = 1e-6;

pub struct TimeBase {
    per_second: f64,
    wrap: Option<f64>,
    last_raw: Option<f64>,
    /// Units added for counter wraps since the last restart.
    wrapped: f64,
    /// Seconds added so that time keeps increasing across restarts and repeats.
    epoch_s: f64,
    last_t: Option<f64>,
    last_step_s: f64,
}

impl TimeBase {
    pub fn new(profile: &Profile) -> Self {
        let (unit, wrap) = match profile.parse.framing {
            Framing::Line => match &profile.parse.time {
                Some(t) => (Some(t.unit), t.wrap),
                None => (None, None),
            },
            Framing::Binary => {
                let unit = profile.parse.fields.iter().find(|f| f.role == FieldRole::Time).and_then(|f| f.unit);
                (unit, Some(4_294_967_296.0))
            }
        };
        TimeBase {
            per_second: unit.map_or(1.0, |u| u.per_second()),
            wrap,
            last_raw: None,
            wrapped: 0.0,
            epoch_s: 0.0,
            last_t: None,
            last_step_s: NUDGE_S,
        }
    }

    /// The device clock restarts (a new capture): continue after the last time.
    pub fn restart(&mut self) {
        if let Some(last) = self.last_t {
            self.epoch_s = last + self.last_step_s;
        }
        self.last_raw = None;
        self.wrapped = 0.0;
    }

    /// Seconds for a device time reading; `Some(original)` when the time had to be corrected
    /// because it repeated or went back.
    pub fn device(&mut self, raw: f64) -> (f64, Option<f64>) {
        if let (Some(wrap), Some(last)) = (self.wrap, self.last_raw)
            && raw < last - wrap / 2.0
        {
            self.wrapped += wrap;
        }
        self.last_raw = Some(raw);
        let t = (raw + self.wrapped) / self.per_second + self.epoch_s;
        match self.last_t {
            Some(last) if t <= last => {
                let fixed = last + self.last_step_s.max(NUDGE_S);
                self.epoch_s += fixed - t;
                self.last_t = Some(fixed);
                (fixed, Some(t))
            }
            Some(last) => {
                self.last_step_s = t - last;
                self.last_t = Some(t);
                (t, None)
            }
            None => {
                self.last_t = Some(t);
                (t, None)
            }
        }
    }

    /// Host time stamps for `count` samples that arrived together at `now_s`: spread evenly
    /// after the previous stamp, strictly increasing.
    pub fn host(&mut self, now_s: f64, count: usize) -> Vec<f64> {
        let previous = self.last_t.unwrap_or(now_s - count as f64 * NUDGE_S);
        let span = (now_s - previous).max(count as f64 * NUDGE_S);
        let times: Vec<f64> = (1..=count).map(|i| previous + span * i as f64 / count as f64).collect();
        self.last_t = times.last().copied();
        times
    }
}
