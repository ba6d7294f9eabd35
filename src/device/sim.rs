//! The simulated athlete: realistic efforts as a pure function of time plus seeded noise.
//!
//! Relaxed baseline, exponential rise with a chosen time constant, plateau with tremor,
//! fatigue across reps, release, load-cell noise and a chosen left/right deficit, for a single
//! channel, a dual (Nordic) rig and a pair of 4-load-cell plates. It drives the demo devices,
//! the emulator and the project's sample data. No I/O, no clock: the caller supplies time.

use crate::model::Side;

/// A small deterministic random source (SplitMix64) with Gaussian draws.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Standard normal (Box-Muller).
    pub fn gaussian(&mut self) -> f64 {
        let u1 = self.uniform().max(1e-300);
        let u2 = self.uniform();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }
}

/// How an effort develops over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EffortShape {
    /// Rise, hold, release (make tests, holds).
    Isometric,
    /// Force grows as the athlete leans forward, peaks at the break point, then drops (Nordic).
    Nordic,
}

/// What the simulated athlete is like and what they are asked to do.
#[derive(Debug, Clone, PartialEq)]
pub struct SimAthlete {
    /// Peak force of the stronger leg on the first rep.
    pub peak_n: f64,
    /// How much weaker the weaker leg is, in % of the stronger one.
    pub deficit_percent: f64,
    pub weaker: Side,
    /// Time constant of the exponential rise (about 0.1-0.25 s).
    pub rise_tau_s: f64,
    /// Time constant of the release.
    pub release_tau_s: f64,
    /// Fraction of peak lost per rep.
    pub fatigue_per_rep: f64,
    /// Rep-to-rep scatter of the peak (SD as a fraction of peak).
    pub rep_scatter: f64,
    /// Tremor amplitude on the plateau as a fraction of force.
    pub tremor_fraction: f64,
    /// Load-cell noise (SD, newtons).
    pub noise_n: f64,
    /// Reading at rest (device offset).
    pub offset_n: f64,
    pub shape: EffortShape,
    /// Duration of one effort from its start to the start of the release.
    pub effort_s: f64,
    /// Rest between efforts (from the end of the release).
    pub rest_s: f64,
    /// Relaxed time before the first effort.
    pub lead_in_s: f64,
    /// Number of efforts; `None` repeats forever.
    pub reps: Option<u32>,
    /// Reading resolution (values are rounded to it), e.g. 0.01 N.
    pub resolution_n: Option<f64>,
}

impl Default for SimAthlete {
    fn default() -> Self {
        SimAthlete {
            peak_n: 320.0,
            deficit_percent: 12.0,
            weaker: Side::Left,
            rise_tau_s: 0.15,
            release_tau_s: 0.08,
            fatigue_per_rep: 0.02,
            rep_scatter: 0.02,
            tremor_fraction: 0.012,
            noise_n: 0.6,
            offset_n: 0.0,
            shape: EffortShape::Isometric,
            effort_s: 4.0,
            rest_s: 4.0,
            lead_in_s: 1.5,
            reps: Some(3),
            resolution_n: Some(0.01),
        }
    }
}

impl SimAthlete {
    /// Force factor of a leg: 1 for the stronger, `1 - deficit` for the weaker.
    pub fn side_factor(&self, side: Side) -> f64 {
        if side == self.weaker { 1.0 - self.deficit_percent / 100.0 } else { 1.0 }
    }

    fn release_s(&self) -> f64 {
        6.0 * self.release_tau_s
    }

    /// Seconds from one effort's start to the next one's.
    pub fn period_s(&self) -> f64 {
        self.effort_s + self.release_s() + self.rest_s
    }

    /// Length of a recording that holds every rep with rest after the last (for finite reps).
    pub fn recording_s(&self) -> Option<f64> {
        self.reps.map(|n| self.lead_in_s + n as f64 * self.period_s())
    }
}

/// Which channels the simulated device has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimLayout {
    /// One channel: the leg being tested.
    Single { side: Side },
    /// Two channels, left and right, both legs at once (Nordic rig).
    Dual,
    /// Eight load cells, L1-L4 and R1-R4; `active` legs push on their plate.
    Plate { active: Side },
}

impl SimLayout {
    pub fn channel_count(self) -> usize {
        match self {
            SimLayout::Single { .. } => 1,
            SimLayout::Dual => 2,
            SimLayout::Plate { .. } => 8,
        }
    }

    pub fn channel_names(self) -> Vec<String> {
        match self {
            SimLayout::Single { .. } => vec!["force".into()],
            SimLayout::Dual => vec!["left".into(), "right".into()],
            SimLayout::Plate { .. } => ["L1", "L2", "L3", "L4", "R1", "R2", "R3", "R4"].map(String::from).to_vec(),
        }
    }
}

/// Share of a plate's load on each of its four cells.
const CELL_SHARE: [f64; 4] = [0.29, 0.23, 0.26, 0.22];

/// The simulated athlete on a device: call [`Simulator::sample`] with increasing times.
#[derive(Debug, Clone)]
pub struct Simulator {
    pub athlete: SimAthlete,
    pub layout: SimLayout,
    /// Time at which the effort schedule starts (see [`Simulator::restart_at`]).
    origin_s: f64,
    rng: Rng,
    seed: u64,
    /// Per-rep peak multipliers drawn once per rep (fatigue and scatter).
    rep_factors: Vec<f64>,
}

impl Simulator {
    pub fn new(athlete: SimAthlete, layout: SimLayout, seed: u64) -> Self {
        Simulator { athlete, layout, origin_s: 0.0, rng: Rng::new(seed), seed, rep_factors: Vec::new() }
    }

    /// Starts the effort schedule again at `t_s` (the athlete begins with a relaxed lead-in).
    pub fn restart_at(&mut self, t_s: f64) {
        self.origin_s = t_s;
        self.rep_factors.clear();
        self.rng = Rng::new(self.seed ^ t_s.to_bits());
    }

    fn rep_factor(&mut self, rep: usize) -> f64 {
        while self.rep_factors.len() <= rep {
            let k = self.rep_factors.len();
            let mut rng = Rng::new(self.seed.wrapping_mul(31).wrapping_add(k as u64 + 1));
            let fatigue = (1.0 - self.athlete.fatigue_per_rep * (k % 6) as f64).max(0.5);
            let scatter = 1.0 + self.athlete.rep_scatter * rng.gaussian().clamp(-2.5, 2.5);
            self.rep_factors.push(fatigue * scatter);
        }
        self.rep_factors[rep]
    }

    /// Noiseless effort force of one leg at time `t_s` (net of the device offset).
    pub fn effort_n(&mut self, side: Side, t_s: f64) -> f64 {
        let a = &self.athlete;
        let u = t_s - self.origin_s - a.lead_in_s;
        if u < 0.0 {
            return 0.0;
        }
        let period = a.period_s();
        let rep = (u / period).floor() as usize;
        if a.reps.is_some_and(|n| rep >= n as usize) {
            return 0.0;
        }
        let u = u - rep as f64 * period;
        let (effort_s, release_tau, rise_tau, tremor, shape) =
            (a.effort_s, a.release_tau_s, a.rise_tau_s, a.tremor_fraction, a.shape);
        let amplitude = a.peak_n * a.side_factor(side) * self.rep_factor(rep);
        let tremor_at = |u: f64| 1.0 + tremor * (std::f64::consts::TAU * 9.0 * u).sin();
        let rise = |u: f64| match shape {
            EffortShape::Isometric => (1.0 - (-u / rise_tau).exp()) * tremor_at(u),
            EffortShape::Nordic => {
                let x = (u / effort_s).min(1.0);
                x.powf(1.4) * (0.7 + 0.3 * x) * tremor_at(u)
            }
        };
        if u <= effort_s {
            amplitude * rise(u)
        } else {
            let fall = if shape == EffortShape::Nordic { release_tau * 0.6 } else { release_tau };
            amplitude * rise(effort_s) * (-(u - effort_s) / fall).exp()
        }
    }

    /// One sample of every channel at time `t_s` into `out` (cleared first).
    pub fn sample(&mut self, t_s: f64, out: &mut Vec<f64>) {
        out.clear();
        match self.layout {
            SimLayout::Single { side } => {
                let f = self.effort_n(side, t_s);
                out.push(self.reading(f));
            }
            SimLayout::Dual => {
                let l = self.effort_n(Side::Left, t_s);
                let r = self.effort_n(Side::Right, t_s);
                out.push(self.reading(l));
                out.push(self.reading(r));
            }
            SimLayout::Plate { active } => {
                for side in [Side::Left, Side::Right] {
                    let pushing = active == side || active == Side::Both;
                    let f = if pushing { self.effort_n(side, t_s) } else { 0.0 };
                    for share in CELL_SHARE {
                        let cell = f * share;
                        out.push(self.reading(cell));
                    }
                }
            }
        }
    }

    fn reading(&mut self, force_n: f64) -> f64 {
        let value = force_n + self.athlete.offset_n + self.athlete.noise_n * self.rng.gaussian();
        match self.athlete.resolution_n {
            Some(step) if step > 0.0 => quantize(value, step),
            _ => value,
        }
    }
}

/// Rounds to a multiple of `step`, returning the shortest decimal value (0.01 -> 12.34, not
/// 12.340000000000002), as a device printing that resolution would.
pub fn quantize(value: f64, step: f64) -> f64 {
    let decimals = (-step.log10()).ceil().max(0.0) as i32;
    let scale = 10f64.powi(decimals);
    let steps = (value / step).round() * step;
    // `+ 0.0` turns -0.0 into 0.0.
    (steps * scale).round() / scale + 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effort_reaches_the_peak_and_the_weaker_side_is_weaker() {
        let athlete =
            SimAthlete { fatigue_per_rep: 0.0, rep_scatter: 0.0, tremor_fraction: 0.0, ..SimAthlete::default() };
        let mut sim = Simulator::new(athlete.clone(), SimLayout::Dual, 1);
        let t_peak = athlete.lead_in_s + athlete.effort_s;
        let right = sim.effort_n(Side::Right, t_peak);
        let left = sim.effort_n(Side::Left, t_peak);
        assert!((right - 320.0).abs() < 0.1, "{right}");
        assert!((left / right - 0.88).abs() < 1e-9);
        assert_eq!(sim.effort_n(Side::Left, 0.5), 0.0);
        let after_all = athlete.recording_s().unwrap() + 1.0;
        assert_eq!(sim.effort_n(Side::Left, after_all), 0.0);
    }

    #[test]
    fn same_seed_same_samples_and_plate_cells_sum_to_the_leg() {
        let athlete = SimAthlete { noise_n: 0.0, resolution_n: None, ..SimAthlete::default() };
        let mut a = Simulator::new(athlete.clone(), SimLayout::Plate { active: Side::Right }, 7);
        let mut b = Simulator::new(athlete.clone(), SimLayout::Plate { active: Side::Right }, 7);
        let (mut sa, mut sb) = (Vec::new(), Vec::new());
        for i in 0..3000 {
            let t = i as f64 / 500.0;
            a.sample(t, &mut sa);
            b.sample(t, &mut sb);
            assert_eq!(sa, sb);
        }
        let mut single = Simulator::new(athlete, SimLayout::Single { side: Side::Right }, 7);
        let mut s = Vec::new();
        single.sample(3.0, &mut s);
        a.sample(3.0, &mut sa);
        assert!((sa[4..].iter().sum::<f64>() - s[0]).abs() < 1e-9);
        assert!(sa[..4].iter().all(|&c| c == 0.0));
    }

    #[test]
    fn quantize_gives_short_decimals() {
        assert_eq!(quantize(12.345_678, 0.01), 12.35);
        assert_eq!(quantize(-0.004, 0.01), 0.0);
        assert_eq!(quantize(7.0, 0.5), 7.0);
    }
}
