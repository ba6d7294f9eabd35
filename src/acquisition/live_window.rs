//! The last seconds of raw readings, for the live view between recordings and for a software
//! tare.

use std::collections::VecDeque;

/// Seconds of force kept.
pub const LIVE_WINDOW_S: f64 = 10.0;

/// The last [`LIVE_WINDOW_S`] of raw readings per channel, in device time.
#[derive(Debug, Clone)]
pub struct LiveWindow {
    time_s: VecDeque<f64>,
    values: Vec<VecDeque<f64>>,
}

impl LiveWindow {
    pub fn new(channels: usize) -> LiveWindow {
        LiveWindow { time_s: VecDeque::new(), values: vec![VecDeque::new(); channels] }
    }

    pub fn len(&self) -> usize {
        self.time_s.len()
    }

    pub fn is_empty(&self) -> bool {
        self.time_s.is_empty()
    }

    /// Adds rows (`values` holds `time_s.len()` rows of one value per channel) and forgets what
    /// is older than the window.
    pub fn push(&mut self, time_s: &[f64], values: &[f64]) {
        let channels = self.values.len();
        for (i, &t) in time_s.iter().enumerate() {
            self.time_s.push_back(t);
            for (c, q) in self.values.iter_mut().enumerate() {
                q.push_back(values[i * channels + c]);
            }
        }
        let newest = self.newest_s();
        while self.time_s.front().is_some_and(|&t| t < newest - LIVE_WINDOW_S) {
            self.time_s.pop_front();
            self.values.iter_mut().for_each(|q| {
                q.pop_front();
            });
        }
    }

    /// Forgets everything (a reconnected device starts a new clock).
    pub fn clear(&mut self) {
        self.time_s.clear();
        self.values.iter_mut().for_each(VecDeque::clear);
    }

    fn newest_s(&self) -> f64 {
        self.time_s.back().copied().unwrap_or(0.0)
    }

    /// The newest raw reading of a channel.
    pub fn last(&self, channel: usize) -> Option<f64> {
        self.values[channel].back().copied()
    }

    /// Times relative to the newest sample (all `<= 0`).
    pub fn times_from_newest(&self) -> Vec<f64> {
        let newest = self.newest_s();
        self.time_s.iter().map(|t| t - newest).collect()
    }

    pub fn values(&self, channel: usize) -> impl Iterator<Item = f64> + '_ {
        self.values[channel].iter().copied()
    }

    /// Mean raw reading of each channel over the last `seconds` (a software tare), or `None`
    /// with no samples.
    pub fn mean_of_last(&self, seconds: f64) -> Option<Vec<f64>> {
        let newest = self.newest_s();
        let from = self.time_s.iter().position(|&t| t >= newest - seconds)?;
        let n = (self.len() - from) as f64;
        Some(self.values.iter().map(|q| q.iter().skip(from).sum::<f64>() / n).collect())
    }

    /// The resting noise of each channel: the standard deviation of its quietest stretch of
    /// `seconds` (the window cut into consecutive stretches), so an effort in the window does not
    /// count as noise; `None` before one stretch of at least 2 readings is in.
    pub fn resting_sd(&self, seconds: f64) -> Option<Vec<f64>> {
        let start = *self.time_s.front()?;
        let mut stretches: Vec<(usize, usize)> = Vec::new();
        let mut from = 0;
        for (i, &t) in self.time_s.iter().enumerate() {
            if t >= start + (stretches.len() + 1) as f64 * seconds {
                stretches.push((from, i));
                from = i;
            }
        }
        let stretches: Vec<(usize, usize)> = stretches.into_iter().filter(|(a, b)| b - a >= 2).collect();
        if stretches.is_empty() {
            return None;
        }
        let sd = |q: &VecDeque<f64>, (a, b): (usize, usize)| {
            let n = (b - a) as f64;
            let mean = q.range(a..b).sum::<f64>() / n;
            (q.range(a..b).map(|v| (v - mean) * (v - mean)).sum::<f64>() / (n - 1.0)).sqrt()
        };
        Some(self.values.iter().map(|q| stretches.iter().map(|&s| sd(q, s)).fold(f64::INFINITY, f64::min)).collect())
    }

    /// Samples per second over the window.
    pub fn rate_hz(&self) -> Option<f64> {
        let n = self.len();
        if n < 3 {
            return None;
        }
        let span = self.time_s[n - 1] - self.time_s[0];
        (span > 0.0).then(|| (n - 1) as f64 / span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_last_seconds_and_tares_on_the_last_half_second() {
        let mut w = LiveWindow::new(2);
        // 8 Hz (times exact in binary) for 25 s.
        let t: Vec<f64> = (0..200).map(|i| i as f64 * 0.125).collect();
        let v: Vec<f64> = t.iter().flat_map(|&t| [t, 100.0 - t]).collect();
        w.push(&t[..100], &v[..200]);
        w.push(&t[100..], &v[200..]);
        assert_eq!(w.len(), 81, "24.875 s back to 14.875 s");
        assert_eq!(w.times_from_newest()[0], -10.0);
        assert_eq!(w.rate_hz(), Some(8.0));
        // 24.375 .. 24.875 s: 5 samples, mean 24.625.
        assert_eq!(w.mean_of_last(0.5), Some(vec![24.625, 75.375]));
        assert_eq!(w.last(1), Some(100.0 - 24.875));
        w.clear();
        assert!(w.mean_of_last(0.5).is_none());
        assert!(w.resting_sd(0.5).is_none());
        assert_eq!(w.rate_hz(), None);
    }

    #[test]
    fn the_resting_noise_is_that_of_the_quietest_half_second() {
        let mut w = LiveWindow::new(1);
        // 100 Hz: 1 s alternating 10 ± 1 (SD of ±1 over an even count: sqrt(n / (n - 1))),
        // then 1 s of an effort rising to 300.
        let t: Vec<f64> = (0..200).map(|i| i as f64 * 0.01).collect();
        let v: Vec<f64> = t
            .iter()
            .enumerate()
            .map(|(i, &t)| if t < 1.0 { if i % 2 == 0 { 11.0 } else { 9.0 } } else { 300.0 * (t - 1.0) })
            .collect();
        assert!(w.resting_sd(0.5).is_none());
        w.push(&t[..1], &v[..1]);
        assert!(w.resting_sd(0.5).is_none(), "one reading is no stretch");
        w.push(&t[1..], &v[1..]);
        let sd = w.resting_sd(0.5).expect("stretches")[0];
        assert!((sd - (50.0f64 / 49.0).sqrt()).abs() < 1e-9, "{sd}");
    }
}
