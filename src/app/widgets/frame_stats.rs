//! Frame times and memory (`--frame-stats`).

use std::time::{Duration, Instant};

/// Frame time statistics printed every five seconds (`--frame-stats`): the CPU time of the app's own work per
/// frame (layout, plots, envelopes) and, when the window reports it, the whole frame including
/// tessellation and painting.
pub struct FrameStats {
    enabled: bool,
    times: Vec<Duration>,
    whole: Vec<Duration>,
    since: Instant,
}

impl FrameStats {
    pub fn new(enabled: bool) -> Self {
        FrameStats { enabled, times: Vec::new(), whole: Vec::new(), since: Instant::now() }
    }

    /// The whole previous frame as the window measured it (CPU, including painting).
    pub fn record_whole(&mut self, seconds: Option<f32>) {
        if self.enabled
            && let Some(s) = seconds
        {
            self.whole.push(Duration::from_secs_f32(s.max(0.0)));
        }
    }

    pub fn record(&mut self, d: Duration) {
        if !self.enabled {
            return;
        }
        self.times.push(d);
        if self.since.elapsed() >= Duration::from_secs(5) {
            let rss = rss_mb().map_or(String::new(), |m| format!(", RSS {m:.0} MB"));
            eprintln!("frame cpu, app: {}; whole frame: {}{rss}", summary(&mut self.times), summary(&mut self.whole));
            self.times.clear();
            self.whole.clear();
            self.since = Instant::now();
        }
    }
}

/// "median, p90, p99, max over n frames" of `times` (sorted in place).
fn summary(times: &mut [Duration]) -> String {
    if times.is_empty() {
        return "-".into();
    }
    times.sort();
    let n = times.len();
    let at = |q: f64| times[((n as f64 - 1.0) * q) as usize].as_secs_f64() * 1e3;
    format!(
        "median {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms over {n} frames",
        at(0.5),
        at(0.9),
        at(0.99),
        at(1.0)
    )
}

/// Resident memory of this process, MB (Linux).
pub fn rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status.lines().find(|l| l.starts_with("VmRSS:"))?.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
