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

    /// Like [`Self::segment`], advancing a cursor for monotone queries (amortised O(1)).
    #[inline]
    fn segment_from(&self, cursor: &mut usize, x: f64) -> usize {
        let n = self.t.len();
        if n < 2 {
            return 0;
        }
        if *cursor > n - 2 || self.t[*cursor] > x {
            *cursor = self.segment(x);
            return *cursor;
        }
        while *cursor < n - 2 && self.t[*cursor + 1] <= x {
            *cursor += 1;
        }
        *cursor
    }

    #[inline]
    fn interpolate(&self, k: usize, x: f64) -> f64 {
        if self.t.len() < 2 {
            return self.at(0);
        }
        let (t0, t1) = (self.t[k], self.t[k + 1]);
        let (g0, g1) = (self.at(k), self.at(k + 1));
        if x <= t0 {
            return g0;
        }
        if x >= t1 {
            return g1;
        }
        g0 + (g1 - g0) * (x - t0) / (t1 - t0)
    }

    /// `G(x)`, linearly interpolated; clamped to the first/last value outside the trial.
    pub fn value_at(&self, x: f64) -> f64 {
        self.interpolate(self.segment(x), x)
    }

    /// `G(x)` for non-decreasing `x` across calls sharing `cursor`.
    #[inline]
    pub fn value_at_cursor(&self, cursor: &mut usize, x: f64) -> f64 {
        let k = self.segment_from(cursor, x);
        self.interpolate(k, x)
    }

    /// `G(x)` minus `minus` when it is above `floor` (else `None`), for non-decreasing `x`
    /// across calls sharing `cursor`. A maximum search runs on this without interpolating most
    /// samples: the interpolated value never exceeds its segment's larger end, and subtraction
    /// keeps that order under rounding, so when that end less `minus` is not above `floor`
    /// neither is the value.
    #[inline]
    pub fn rise_at_cursor_above(&self, cursor: &mut usize, x: f64, minus: f64, floor: f64) -> Option<f64> {
        let k = self.segment_from(cursor, x);
        let high = if self.t.len() < 2 { self.at(0) } else { self.at(k).max(self.at(k + 1)) };
        if high - minus <= floor {
            return None;
        }
        let rise = self.interpolate(k, x) - minus;
        (rise > floor).then_some(rise)
    }

    /// The running integral of `G` over `[from_s, to_s]` (exact for the piecewise-linear signal),
    /// for integrals between any two times in that span.
    pub fn primitive(&'a self, from_s: f64, to_s: f64) -> Primitive<'a> {
        let k0 = self.segment(from_s);
        let k1 = (self.segment(to_s) + 1).min(self.t.len() - 1);
        let mut cum = Vec::with_capacity(k1 - k0 + 1);
        let mut acc = 0.0;
        cum.push(0.0);
        for i in k0 + 1..=k1 {
            acc += 0.5 * (self.at(i) + self.at(i - 1)) * (self.t[i] - self.t[i - 1]);
            cum.push(acc);
        }
        Primitive { signal: self, k0, cum }
    }
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
    #[inline]
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

    /// [`Self::to`] for non-decreasing `x` across calls sharing `cursor`.
    #[inline]
    pub fn to_cursor(&self, cursor: &mut usize, x: f64) -> f64 {
        let k = self.signal.segment_from(cursor, x);
        self.at_segment(k, x)
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
        let mut c = 0;
        assert!((whole.to_cursor(&mut c, 1.5) - 11.25).abs() < 1e-12);
        assert!((whole.to_cursor(&mut c, 3.0) - 45.0).abs() < 1e-12);
        assert_eq!(s.value_at_cursor(&mut c, 3.5), 35.0);
        // A span that starts mid-trial: ∫ 10 t from 1.5 to 3.5 = 50.
        let part = s.primitive(1.5, 3.5);
        assert!((part.between(1.5, 3.5) - 50.0).abs() < 1e-12);
        assert!((part.between(2.0, 3.0) - 25.0).abs() < 1e-12);
    }

    #[test]
    fn mean_and_sample_sd() {
        let (m, s) = mean_and_sd(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]);
        assert_eq!(m, 5.0);
        assert!((s - 2.138_089_935_299_395).abs() < 1e-12);
        assert_eq!(mean_and_sd(&[3.0]), (3.0, 0.0));
    }
}
