//! Net force `G(t)` as a piecewise-linear function of time: interpolation and integrals.

/// Net force `G(t_i) = sign * F_i - b`, linearly interpolated between samples. The samples are
/// borrowed as recorded; each rep views them with its own baseline `b` (DOMAIN.md section 2,
/// revision 2) without a copy.
pub struct NetSignal<'a> {
    pub t: &'a [f64],
    f: &'a [f64],
    sign: f64,
    offset_n: f64,
}

impl<'a> NetSignal<'a> {
    /// `G = g`: `t` strictly increasing, same length as `g`, at least one sample.
    pub fn new(t: &'a [f64], g: &'a [f64]) -> Self {
        Self::net(t, g, false, 0.0)
    }

    /// `G = ±F - b`: `F` as recorded, multiplied by -1 when `inverted`, less the baseline `b`
    /// (in the signal's positive direction).
    pub fn net(t: &'a [f64], force_n: &'a [f64], inverted: bool, baseline_n: f64) -> Self {
        debug_assert_eq!(t.len(), force_n.len());
        NetSignal { t, f: force_n, sign: if inverted { -1.0 } else { 1.0 }, offset_n: baseline_n }
    }

    /// `G` at sample `i`.
    #[inline]
    pub fn at(&self, i: usize) -> f64 {
        self.sign * self.f[i] - self.offset_n
    }

    pub fn len(&self) -> usize {
        self.t.len()
    }

    pub fn is_empty(&self) -> bool {
        self.t.is_empty()
    }

    pub fn last_time(&self) -> f64 {
        self.t[self.t.len() - 1]
    }

    /// Index `k` of the segment `[t[k], t[k+1]]` holding `x` (clamped to the ends).
    #[inline]
    fn segment(&self, x: f64) -> usize {
        let n = self.t.len();
        if n < 2 || x <= self.t[0] {
            return 0;
        }
        let k = self.t.partition_point(|&ti| ti <= x);
        (k - 1).min(n - 2)
    }

    #[inline]
    fn interpolate(&self, k: usize, x: f64) -> f64 {
        if self.t.len() < 2 {
            return self.at(0);
        }
        interpolate(self.t[k], self.t[k + 1], self.at(k), self.at(k + 1), x)
    }

    /// `G(x)`, linearly interpolated; clamped to the first/last value outside the trial.
    pub fn value_at(&self, x: f64) -> f64 {
        self.interpolate(self.segment(x), x)
    }

    /// The running integral of `G` over `[from_s, to_s]` (exact for the piecewise-linear signal),
    /// for integrals between any two times in that span.
    pub fn primitive(&'a self, from_s: f64, to_s: f64) -> Primitive<'a> {
        let k0 = self.segment(from_s);
        let k1 = (self.segment(to_s) + 1).min(self.t.len() - 1);
        let mut cum = Vec::with_capacity(k1 - k0 + 1);
        let mut acc = 0.0;
        cum.push(0.0);
        let (t, f) = (&self.t[k0..=k1], &self.f[k0..=k1]);
        let mut previous = self.sign * f[0] - self.offset_n;
        for (span, &fi) in t.windows(2).zip(&f[1..]) {
            let g = self.sign * fi - self.offset_n;
            acc += 0.5 * (g + previous) * (span[1] - span[0]);
            cum.push(acc);
            previous = g;
        }
        Primitive { signal: self, k0, cum }
    }

    /// The first sample `i` in `[from, to]` with the largest rise `G(t_i + w) - G(t_i)` above
    /// `floor`, and that rise; samples with `t_i + w` past `stop_s` end the search. `None` when
    /// no rise is above `floor`.
    ///
    /// One forward pass: the segment holding `t_i + w` only moves forward, and most samples are
    /// passed over without interpolating, since the interpolated value never exceeds its
    /// segment's larger end (and subtracting keeps that order under rounding).
    pub fn largest_rise(&self, from: usize, to: usize, window_s: f64, stop_s: f64, floor: f64) -> Option<(usize, f64)> {
        let t = self.t;
        let n = t.len();
        if n < 2 {
            let rise = self.at(0) - self.at(0);
            return (from == 0 && t[0] + window_s <= stop_s && rise > floor).then_some((0, rise));
        }
        let last_segment = n - 2;
        let mut best = None;
        let mut floor = floor;
        let mut k = self.segment(t[from.min(n - 1)] + window_s);
        for i in from..=to.min(n - 1) {
            let x = t[i] + window_s;
            if x > stop_s {
                break;
            }
            while k < last_segment && t[k + 1] <= x {
                k += 1;
            }
            let (g0, g1) = (self.at(k), self.at(k + 1));
            let minus = self.at(i);
            if g0.max(g1) - minus <= floor {
                continue;
            }
            let rise = interpolate(t[k], t[k + 1], g0, g1, x) - minus;
            if rise > floor {
                floor = rise;
                best = Some((i, rise));
            }
        }
        best
    }
}

/// The line through `(t0, g0)` and `(t1, g1)` at `x`, held at the ends outside `[t0, t1]`.
#[inline(always)]
fn interpolate(t0: f64, t1: f64, g0: f64, g1: f64, x: f64) -> f64 {
    if x <= t0 {
        return g0;
    }
    if x >= t1 {
        return g1;
    }
    g0 + (g1 - g0) * (x - t0) / (t1 - t0)
}

/// Running trapezoid integral of a [`NetSignal`] over a span of its samples.
pub struct Primitive<'a> {
    signal: &'a NetSignal<'a>,
    /// First sample of the span.
    k0: usize,
    /// `cum[i]` = integral from `t[k0]` to `t[k0 + i]`.
    cum: Vec<f64>,
}

impl Primitive<'_> {
    #[inline(always)]
    fn at_segment(&self, k: usize, x: f64) -> f64 {
        let sig = self.signal;
        if sig.t.len() < 2 {
            return 0.0;
        }
        let k = k.clamp(self.k0, self.k0 + self.cum.len().saturating_sub(2));
        let x = x.clamp(sig.t[0], sig.last_time());
        let gx = sig.interpolate(k, x);
        self.cum[k - self.k0] + 0.5 * (sig.at(k) + gx) * (x - sig.t[k])
    }

    /// Integral from the span's first sample to `x` (`x` inside the span).
    pub fn to(&self, x: f64) -> f64 {
        self.at_segment(self.signal.segment(x), x)
    }

    /// Integral from the span's first sample to sample `i` (inside the span): no interpolation.
    #[inline]
    pub fn to_sample(&self, i: usize) -> f64 {
        self.cum[i - self.k0]
    }

    /// Integral of `G` from `a` to `b`.
    pub fn between(&self, a: f64, b: f64) -> f64 {
        self.to(b) - self.to(a)
    }

    /// The largest of `floor` and the integrals over `[t_i, t_i + w]` for the samples `i` from
    /// `from` on with `t_i <= last_start_s` (inside the span): one forward pass, the start read
    /// from the running integral and the end's segment only moving forward.
    pub fn largest_window(&self, from: usize, last_start_s: f64, window_s: f64, floor: f64) -> f64 {
        let sig = self.signal;
        let t = sig.t;
        if t.len() < 2 {
            return floor;
        }
        let last_segment = t.len() - 2;
        let mut best = floor;
        let Some(&start) = t.get(from) else { return floor };
        let mut k = sig.segment(start + window_s);
        for (i, &ti) in t.iter().enumerate().skip(from) {
            if ti > last_start_s {
                break;
            }
            let x = ti + window_s;
            while k < last_segment && t[k + 1] <= x {
                k += 1;
            }
            best = best.max(self.at_segment(k, x) - self.to_sample(i));
        }
        best
    }
}

/// Mean and sample standard deviation (n - 1); SD is 0 for fewer than two values.
pub fn mean_and_sd(values: &[f64]) -> (f64, f64) {
    let n = values.len();
    if n == 0 {
        return (f64::NAN, 0.0);
    }
    let mean = values.iter().sum::<f64>() / n as f64;
    if n < 2 {
        return (mean, 0.0);
    }
    let var = values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / (n - 1) as f64;
    (mean, var.sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interpolation_and_integral_of_a_ramp() {
        let t = [0.0, 1.0, 2.0, 4.0];
        let g = [0.0, 10.0, 20.0, 40.0];
        let s = NetSignal::new(&t, &g);
        assert_eq!(s.value_at(0.5), 5.0);
        assert_eq!(s.value_at(3.0), 30.0);
        assert_eq!(s.value_at(-1.0), 0.0);
        assert_eq!(s.value_at(9.0), 40.0);
        // integral of 10 t from 0 to 3 = 45
        let whole = s.primitive(0.0, 4.0);
        assert!((whole.to(3.0) - 45.0).abs() < 1e-12);
        assert!((whole.to(1.5) - 11.25).abs() < 1e-12);
        assert_eq!(s.value_at(3.5), 35.0);
        // A span that starts mid-trial: ∫ 10 t from 1.5 to 3.5 = 50.
        let part = s.primitive(1.5, 3.5);
        assert!((part.between(1.5, 3.5) - 50.0).abs() < 1e-12);
        assert!((part.between(2.0, 3.0) - 25.0).abs() < 1e-12);
    }

    /// An unevenly sampled, noisy signal from a fixed seed.
    fn rough(seed: u64, n: usize) -> (Vec<f64>, Vec<f64>) {
        let mut state = seed;
        let mut next = move || {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        let (mut t, mut g) = (Vec::new(), Vec::new());
        let mut time = 0.0;
        for i in 0..n {
            time += 0.0004 + 0.0012 * next();
            t.push(time);
            g.push(100.0 * (i as f64 * 0.01).sin() + 8.0 * next());
        }
        (t, g)
    }

    #[test]
    fn the_largest_rise_is_the_first_largest_of_every_sample() {
        for seed in 1..30 {
            let (t, g) = rough(seed, 900);
            let sig = NetSignal::net(&t, &g, seed % 2 == 0, 3.5);
            let w = 0.003 + 0.002 * (seed % 7) as f64;
            let (from, to) = (seed as usize * 11, 600 + seed as usize * 9);
            let stop = if seed % 3 == 0 { t[500] } else { f64::INFINITY };
            let floor = if seed % 4 == 0 { 20.0 } else { f64::NEG_INFINITY };
            let mut naive: Option<(usize, f64)> = None;
            for (i, &ti) in t.iter().enumerate().take(to + 1).skip(from) {
                if ti + w > stop {
                    break;
                }
                let rise = sig.value_at(ti + w) - sig.at(i);
                if rise > naive.map_or(floor, |(_, r)| r) {
                    naive = Some((i, rise));
                }
            }
            assert_eq!(sig.largest_rise(from, to, w, stop, floor), naive, "seed {seed}");
        }
    }

    #[test]
    fn the_largest_window_integral_is_the_largest_of_every_sample_start() {
        for seed in 1..30 {
            let (t, g) = rough(seed, 900);
            let sig = NetSignal::net(&t, &g, seed % 2 == 1, -2.0);
            let (from_s, to_s) = (t[40] + 0.0003, t[800] - 0.0002);
            let primitive = sig.primitive(from_s, to_s);
            let w = 0.05 + 0.01 * (seed % 5) as f64;
            let first = t.partition_point(|&ti| ti <= from_s);
            let last_start = to_s - w;
            let floor = primitive.between(from_s, from_s + w);
            let mut naive = floor;
            for (i, &ti) in t.iter().enumerate().skip(first) {
                if ti > last_start {
                    break;
                }
                naive = naive.max(primitive.to(ti + w) - primitive.to_sample(i));
            }
            assert_eq!(primitive.largest_window(first, last_start, w, floor), naive, "seed {seed}");
        }
    }

    #[test]
    fn mean_and_sample_sd() {
        let (m, s) = mean_and_sd(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]);
        assert_eq!(m, 5.0);
        assert!((s - 2.138_089_935_299_395).abs() < 1e-12);
        assert_eq!(mean_and_sd(&[3.0]), (3.0, 0.0));
    }
}
