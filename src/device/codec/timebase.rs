//! Time stamps: the device's own clock (unwrapped, kept increasing) or host time.
//!
//! A device time that jumps (forward by more than the profile's `max_step_s`, or backwards other
//! than the counter's wrap) is not a sample time: the sample is rejected and the stream goes on
//! against the last good time. When [`CONFIRM`] samples in a row agree with each other but not
//! with the last good time, the device's clock really moved (a reset): the stream continues on
//! the new clock, right after the last good time, and the move is reported.

use crate::device::profile::{FieldRole, Framing, Profile};

/// Smallest step used when a time must be nudged forward (1 µs).
const NUDGE_S: f64 = 1e-6;

/// Consecutive, mutually consistent samples that confirm a moved device clock.
pub const CONFIRM: usize = 3;

/// The default largest forward step between two samples, in seconds.
pub const DEFAULT_MAX_STEP_S: f64 = 1.0;

/// What became of one device time reading.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Stamp {
    /// The time in seconds on the stream's clock.
    Ok(f64),
    /// The time repeated (or the clock moved and that was confirmed): kept at `to_s`, first read
    /// as `from_s`.
    Adjusted { from_s: f64, to_s: f64 },
    /// The time jumped away from the last good one by `step_s`: the sample is rejected.
    Jump { step_s: f64 },
}

#[derive(Clone)]
pub struct TimeBase {
    per_second: f64,
    wrap: Option<f64>,
    max_step_s: f64,
    last_raw: Option<f64>,
    /// Units added for counter wraps since the last restart.
    wrapped: f64,
    /// Seconds added so that time keeps increasing across restarts and repeats.
    epoch_s: f64,
    last_t: Option<f64>,
    last_step_s: f64,
    /// Rejected readings in a row (unwrapped raw seconds, before the epoch).
    suspects: Vec<f64>,
}

impl TimeBase {
    pub fn new(profile: &Profile) -> Self {
        let (unit, wrap, max_step_s) = match profile.parse.framing {
            Framing::Line => match &profile.parse.time {
                Some(t) => (Some(t.unit), t.wrap, t.max_step_s),
                None => (None, None, DEFAULT_MAX_STEP_S),
            },
            Framing::Binary => {
                let unit = profile.parse.fields.iter().find(|f| f.role == FieldRole::Time).and_then(|f| f.unit);
                (unit, Some(4_294_967_296.0), DEFAULT_MAX_STEP_S)
            }
        };
        TimeBase {
            per_second: unit.map_or(1.0, |u| u.per_second()),
            wrap,
            max_step_s,
            last_raw: None,
            wrapped: 0.0,
            epoch_s: 0.0,
            last_t: None,
            last_step_s: NUDGE_S,
            suspects: Vec::new(),
        }
    }

    /// The device clock restarts (a new capture): continue after the last time.
    pub fn restart(&mut self) {
        if let Some(last) = self.last_t {
            self.epoch_s = last + self.last_step_s;
        }
        self.last_raw = None;
        self.wrapped = 0.0;
        self.suspects.clear();
    }

    /// Seconds since the clock's zero of a raw reading, unwrapped against `previous_raw`.
    fn unwrap(&self, raw: f64, previous_raw: f64, wrapped: f64) -> f64 {
        let extra = match self.wrap {
            Some(wrap) if raw < previous_raw - wrap / 2.0 => wrap,
            _ => 0.0,
        };
        (raw + wrapped + extra) / self.per_second
    }

    /// The stream time of a device time reading, or why it is not one.
    pub fn device(&mut self, raw: f64) -> Stamp {
        let Some(last_raw) = self.last_raw else {
            // The first reading after a start: nothing to compare with.
            return self.accept(raw, 0.0);
        };
        let device_s = self.unwrap(raw, last_raw, self.wrapped);
        let last_device_s = (last_raw + self.wrapped) / self.per_second;
        let step_s = device_s - last_device_s;
        if (0.0..=self.max_step_s).contains(&step_s) {
            self.suspects.clear();
            let extra = if raw < last_raw { self.wrap.unwrap_or(0.0) } else { 0.0 };
            return self.accept(raw, extra);
        }
        // A jump: consistent with the rejected ones before it?
        let consistent = match self.suspects.last() {
            Some(&previous) => {
                let d = raw / self.per_second - previous;
                let wrapped_d = self.wrap.map_or(d, |w| d + w / self.per_second);
                (0.0..=self.max_step_s).contains(&d) || (0.0..=self.max_step_s).contains(&wrapped_d)
            }
            None => true,
        };
        if !consistent {
            self.suspects.clear();
        }
        self.suspects.push(raw / self.per_second);
        if self.suspects.len() < CONFIRM {
            return Stamp::Jump { step_s };
        }
        // The clock moved: continue on it right after the last good time.
        self.suspects.clear();
        let from_s = device_s + self.epoch_s;
        let to_s = self.last_t.map_or(0.0, |last| last + self.last_step_s.max(NUDGE_S));
        self.last_raw = Some(raw);
        self.wrapped = 0.0;
        self.epoch_s = to_s - raw / self.per_second;
        self.last_t = Some(to_s);
        Stamp::Adjusted { from_s, to_s }
    }

    /// Takes `raw` as the new last reading (`extra` units for a wrap just crossed).
    fn accept(&mut self, raw: f64, extra: f64) -> Stamp {
        self.wrapped += extra;
        self.last_raw = Some(raw);
        let t = (raw + self.wrapped) / self.per_second + self.epoch_s;
        match self.last_t {
            Some(last) if t <= last => {
                let fixed = last + self.last_step_s.max(NUDGE_S);
                self.epoch_s += fixed - t;
                self.last_t = Some(fixed);
                Stamp::Adjusted { from_s: t, to_s: fixed }
            }
            Some(last) => {
                self.last_step_s = t - last;
                self.last_t = Some(t);
                Stamp::Ok(t)
            }
            None => {
                self.last_t = Some(t);
                Stamp::Ok(t)
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
