//! The project's sample recordings, made by the simulated athlete (`sample-data/recordings/`).
//!
//! Deterministic: the same code gives the same files, which a test checks against the
//! committed copies (and rewrites them when `FORCETRACK_BLESS=1`).

use crate::device::sim::{EffortShape, SimAthlete, SimLayout, Simulator};
use crate::model::{Channel, Polarity, Side, Trace, TraceMeta};

/// One simulated recording and what it stands for.
#[derive(Debug, Clone)]
pub struct SampleRecording {
    pub file_name: &'static str,
    pub test_id: &'static str,
    pub side: Side,
    pub trace: Trace,
}

/// Records `layout` for the athlete's whole schedule at `rate_hz`.
pub fn simulate_trace(athlete: &SimAthlete, layout: SimLayout, rate_hz: f64, seed: u64, device: &str) -> Trace {
    let seconds = athlete.recording_s().unwrap_or(30.0);
    let n = (seconds * rate_hz).round() as usize;
    let mut sim = Simulator::new(athlete.clone(), layout, seed);
    let names = layout.channel_names();
    let mut channels: Vec<Vec<f64>> = vec![Vec::with_capacity(n); names.len()];
    let mut time_s = Vec::with_capacity(n);
    let mut row = Vec::new();
    for i in 0..n {
        let t = i as f64 / rate_hz;
        sim.sample(t, &mut row);
        time_s.push(t);
        for (c, v) in channels.iter_mut().zip(&row) {
            c.push(*v);
        }
    }
    Trace {
        time_s,
        channels: names.into_iter().zip(channels).map(|(name, force_n)| Channel { name, force_n }).collect(),
        meta: TraceMeta {
            device: Some(device.into()),
            sample_rate_hz: Some(rate_hz),
            polarity: Some(Polarity::Auto),
            extra: Vec::new(),
        },
    }
}

/// A hamstring test as the sample data shows it: isometric knee flexion 90/90 on each side and
/// a Nordic, three reps each, the left leg 12 % (knee flexion) and 14 % (Nordic) weaker.
pub fn hamstring_recordings() -> Vec<SampleRecording> {
    let knee = SimAthlete {
        peak_n: 310.0,
        deficit_percent: 12.0,
        weaker: Side::Left,
        effort_s: 4.0,
        rest_s: 3.0,
        offset_n: 2.4,
        ..SimAthlete::default()
    };
    let nordic = SimAthlete {
        peak_n: 365.0,
        deficit_percent: 14.0,
        weaker: Side::Left,
        shape: EffortShape::Nordic,
        effort_s: 3.2,
        rest_s: 3.0,
        rise_tau_s: 0.3,
        tremor_fraction: 0.02,
        noise_n: 0.9,
        ..SimAthlete::default()
    };
    let with_extra = |mut trace: Trace, test: &str, side: Side| {
        trace.meta.extra.push(("test".into(), test.into()));
        trace.meta.extra.push(("side".into(), side.id().into()));
        trace
    };
    vec![
        SampleRecording {
            file_name: "knee_flexion_iso_90_left.csv",
            test_id: "knee_flexion_iso_90",
            side: Side::Left,
            trace: with_extra(
                simulate_trace(&knee, SimLayout::Single { side: Side::Left }, 200.0, 11, "Demo dynamometer"),
                "knee_flexion_iso_90",
                Side::Left,
            ),
        },
        SampleRecording {
            file_name: "knee_flexion_iso_90_right.csv",
            test_id: "knee_flexion_iso_90",
            side: Side::Right,
            trace: with_extra(
                simulate_trace(&knee, SimLayout::Single { side: Side::Right }, 200.0, 12, "Demo dynamometer"),
                "knee_flexion_iso_90",
                Side::Right,
            ),
        },
        SampleRecording {
            file_name: "nordic_both.csv",
            test_id: "nordic",
            side: Side::Both,
            trace: with_extra(
                simulate_trace(&nordic, SimLayout::Dual, 200.0, 13, "Demo Nordic rig"),
                "nordic",
                Side::Both,
            ),
        },
    ]
}
