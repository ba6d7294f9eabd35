//! The optional exponential model of the rise (as Chronojump does):
//! `G(t) = Fmax (1 - e^(-K (t - T0)))`, least squares over the rise and the start of the plateau
//! (DOMAIN.md section 2, revision 2), Levenberg-Marquardt.

// Small dense linear algebra reads best with explicit indices.
#![allow(clippy::needless_range_loop)]

use serde::{Deserialize, Serialize};

use super::signal::NetSignal;

/// Result of fitting the exponential model to one rep's rise.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ExpFit {
    pub fmax_n: f64,
    pub k_per_s: f64,
    /// `1 / K`.
    pub tau_s: f64,
    /// Time at which the model starts from zero, in the trial's time base.
    pub t0_s: f64,
    /// Model RFD at `T0`: `Fmax * K`.
    pub model_rfd_n_per_s: f64,
    /// Mean absolute error of the model in % of the mean force of the fitted points.
    pub error_percent: f64,
    /// Points fitted: the onset point and every sample after it up to `t_fit`.
    pub points: usize,
}

const MAX_ITERATIONS: usize = 100;

/// Fits the model by least squares to the onset point `(t_on, G(t_on))` and every sample with
/// `t_on < t_i <= fit_end_s` (DOMAIN.md section 2: the rise and the start of the plateau).
/// `None` (`fit_failed`) with fewer than four points, or when the optimum has `Fmax <= 0`,
/// `K <= 0` or `Fmax` above `max_fmax_over_peak` times `peak_n`.
pub fn fit_exponential(
    sig: &NetSignal,
    onset_s: f64,
    fit_end_s: f64,
    peak_n: f64,
    max_fmax_over_peak: f64,
) -> Option<ExpFit> {
    let t = sig.t;
    let first = t.partition_point(|&ti| ti <= onset_s);
    let end = t.partition_point(|&ti| ti <= fit_end_s);
    if end < first || peak_n <= 0.0 {
        return None;
    }
    let mut xs = Vec::with_capacity(end - first + 1);
    let mut ys = Vec::with_capacity(end - first + 1);
    xs.push(0.0);
    ys.push(sig.value_at(onset_s));
    for i in first..end {
        xs.push(t[i] - onset_s);
        ys.push(sig.at(i));
    }
    if xs.len() < 4 {
        return None;
    }
    let fmax_limit = max_fmax_over_peak * peak_n;
    // The search may wander past the limit on its way; only the optimum is judged.
    let (params, abs_sum) = levenberg_marquardt(&xs, &ys, initial_guess(&xs, &ys, peak_n), 1e3 * fmax_limit)?;
    let [fmax, k, x0] = params;
    if !(fmax > 0.0 && k > 0.0 && fmax.is_finite() && k.is_finite() && x0.is_finite()) {
        return None;
    }
    if fmax > fmax_limit {
        return None;
    }
    let mean_y = ys.iter().sum::<f64>() / ys.len() as f64;
    let mae = abs_sum / xs.len() as f64;
    Some(ExpFit {
        fmax_n: fmax,
        k_per_s: k,
        tau_s: 1.0 / k,
        t0_s: onset_s + x0,
        model_rfd_n_per_s: fmax * k,
        error_percent: if mean_y > 0.0 { mae / mean_y * 100.0 } else { f64::INFINITY },
        points: xs.len(),
    })
}

fn initial_guess(xs: &[f64], ys: &[f64], peak_n: f64) -> [f64; 3] {
    let fmax = peak_n;
    let target = 0.632 * fmax;
    let x63 = xs.iter().zip(ys).find(|&(_, &y)| y >= target).map(|(&x, _)| x).unwrap_or(xs[xs.len() - 1]);
    let span = xs[xs.len() - 1].max(1e-6);
    let k = 1.0 / x63.max(span / 20.0);
    // Start T0 where the model gives the onset value.
    let ratio = (1.0 - ys[0] / fmax).clamp(1e-6, 1.0);
    let x0 = ratio.ln() / k;
    [fmax, k, x0]
}

/// The least-squares problem at one point of the search: the cost (sum of squared residuals)
/// and the normal equations `JᵀJ`, `Jᵀr` of the model's Jacobian there, from one pass over the
/// points (the next iteration starts from an accepted trial's equations without another pass).
struct Normal {
    cost: f64,
    /// The sum of absolute residuals (for the fit error at the optimum).
    abs_sum: f64,
    jtj: [[f64; 3]; 3],
    jtr: [f64; 3],
}

/// [`Normal`] at `p`, in one pass: each point's `e^(-K (x - x0))` ([`Decay`]), residual and
/// Jacobian row. The values of `e` are made a block at a time and summed in a loop without a
/// call in it (`exp` would make every running sum leave its register around the call).
fn normal_at(xs: &[f64], ys: &[f64], p: &[f64; 3]) -> Normal {
    let [fmax, k, x0] = *p;
    let mut decay = Decay::new(k, x0);
    let (mut cost, mut abs_sum) = (0.0, 0.0);
    let (mut j00, mut j01, mut j02, mut j11, mut j12, mut j22) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    let (mut r0, mut r1, mut r2) = (0.0, 0.0, 0.0);
    let mut block = [0.0; Decay::REANCHOR];
    for (xb, yb) in xs.chunks(Decay::REANCHOR).zip(ys.chunks(Decay::REANCHOR)) {
        for (e, &x) in block.iter_mut().zip(xb) {
            *e = decay.next(x);
        }
        for ((&x, &y), &e) in xb.iter().zip(yb).zip(&block) {
            let r = fmax * (1.0 - e) - y;
            cost += r * r;
            abs_sum += r.abs();
            let (a, b, c) = (1.0 - e, fmax * (x - x0) * e, -fmax * k * e);
            r0 += a * r;
            j00 += a * a;
            j01 += a * b;
            j02 += a * c;
            r1 += b * r;
            j11 += b * b;
            j12 += b * c;
            r2 += c * r;
            j22 += c * c;
        }
    }
    Normal { cost, abs_sum, jtj: [[j00, j01, j02], [j01, j11, j12], [j02, j12, j22]], jtr: [r0, r1, r2] }
}

/// `e^(-K (x_i - x0))` for the points in order. Sampling is mostly even, so each value is the
/// previous one times `e^(-K dx)`, with one `exp` per distinct interval instead of one per point
/// (intervals that differ by less than 1 ps, the rounding of time stamps, count as one); a fresh
/// `exp` every [`Decay::REANCHOR`] points keeps the product's error below 1e-9 relative.
struct Decay {
    k: f64,
    x0: f64,
    /// Points taken so far.
    i: usize,
    previous_x: f64,
    last_dx: f64,
    step: f64,
    value: f64,
}

impl Decay {
    const REANCHOR: usize = 64;

    fn new(k: f64, x0: f64) -> Self {
        Decay { k, x0, i: 0, previous_x: f64::NAN, last_dx: f64::NAN, step: 1.0, value: 0.0 }
    }

    /// The value at the next point, `x`.
    #[inline(always)]
    fn next(&mut self, x: f64) -> f64 {
        if self.i.is_multiple_of(Self::REANCHOR) {
            self.value = (-self.k * (x - self.x0)).exp();
        } else {
            let dx = x - self.previous_x;
            if (dx - self.last_dx).abs() > 1e-12 || self.last_dx.is_nan() {
                self.last_dx = dx;
                self.step = (-self.k * dx).exp();
            }
            self.value *= self.step;
        }
        self.i += 1;
        self.previous_x = x;
        self.value
    }
}

/// Minimises the squared residuals from `start`: the optimum and the sum of its absolute
/// residuals. Gives up (`None`) when `Fmax` runs past `fmax_limit` (a rise the model cannot
/// identify) or the iterations run out.
fn levenberg_marquardt(xs: &[f64], ys: &[f64], start: [f64; 3], fmax_limit: f64) -> Option<([f64; 3], f64)> {
    let mut p = start;
    let mut here = normal_at(xs, ys, &p);
    let mut lambda = 1e-3;
    for _ in 0..MAX_ITERATIONS {
        let mut improved = false;
        while lambda < 1e12 {
            let mut m = here.jtj;
            for (a, row) in m.iter_mut().enumerate() {
                row[a] += lambda * here.jtj[a][a].max(1e-12);
            }
            let Some(delta) = solve3(m, [-here.jtr[0], -here.jtr[1], -here.jtr[2]]) else {
                lambda *= 10.0;
                continue;
            };
            // Damping has shrunk the step to nothing: no step reduces the cost, a minimum.
            if (0..3).all(|a| delta[a].abs() <= 1e-10 * (p[a].abs() + 1e-12)) {
                return Some((p, here.abs_sum));
            }
            let trial = [p[0] + delta[0], p[1] + delta[1], p[2] + delta[2]];
            let there = normal_at(xs, ys, &trial);
            if there.cost.is_finite() && there.cost < here.cost {
                if trial[0] > fmax_limit {
                    return None;
                }
                let relative = (here.cost - there.cost) / here.cost.max(1e-300);
                p = trial;
                here = there;
                lambda = (lambda / 10.0).max(1e-12);
                improved = true;
                if relative < 1e-10 {
                    return Some((p, here.abs_sum));
                }
                break;
            }
            lambda *= 10.0;
        }
        if !improved {
            // No step reduces the cost: a (local) minimum.
            return Some((p, here.abs_sum));
        }
    }
    None
}

/// Solves a 3x3 linear system by Gaussian elimination with partial pivoting.
fn solve3(mut m: [[f64; 3]; 3], mut v: [f64; 3]) -> Option<[f64; 3]> {
    for col in 0..3 {
        let pivot = (col..3).max_by(|&a, &b| m[a][col].abs().total_cmp(&m[b][col].abs()))?;
        if m[pivot][col].abs() < 1e-300 {
            return None;
        }
        m.swap(col, pivot);
        v.swap(col, pivot);
        for row in col + 1..3 {
            let factor = m[row][col] / m[col][col];
            for c in col..3 {
                m[row][c] -= factor * m[col][c];
            }
            v[row] -= factor * v[col];
        }
    }
    let mut x = [0.0; 3];
    for row in (0..3).rev() {
        let mut acc = v[row];
        for c in row + 1..3 {
            acc -= m[row][c] * x[c];
        }
        x[row] = acc / m[row][row];
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovers_an_exact_exponential() {
        // G = 500 (1 - e^(-8 (t - 0.1))) from t = 0.1, sampled at 1 kHz up to 0.6 s.
        let t: Vec<f64> = (100..=600).map(|i| i as f64 / 1000.0).collect();
        let g: Vec<f64> = t.iter().map(|&t| 500.0 * (1.0 - (-8.0 * (t - 0.1)).exp())).collect();
        let sig = NetSignal::new(&t, &g);
        let fit = fit_exponential(&sig, 0.1, 0.6, g[g.len() - 1], 10.0).expect("fit");
        assert!((fit.fmax_n - 500.0).abs() < 1e-3, "{fit:?}");
        assert!((fit.k_per_s - 8.0).abs() < 1e-4, "{fit:?}");
        assert!((fit.t0_s - 0.1).abs() < 1e-6, "{fit:?}");
        assert!((fit.model_rfd_n_per_s - 4000.0).abs() < 0.1);
        assert!(fit.error_percent < 1e-3);
    }

    #[test]
    fn a_straight_ramp_is_not_an_exponential() {
        let t: Vec<f64> = (0..=100).map(|i| i as f64 / 100.0).collect();
        let g: Vec<f64> = t.iter().map(|&t| 100.0 * t).collect();
        let sig = NetSignal::new(&t, &g);
        assert!(fit_exponential(&sig, 0.0, 1.0, 100.0, 10.0).is_none());
    }

    #[test]
    fn exponentials_by_steps_match_exp() {
        let xs: Vec<f64> = (0..3000).map(|i| i as f64 * 0.001 + if i % 7 == 0 { 0.0004 } else { 0.0 }).collect();
        let mut decay = Decay::new(8.3, -0.02);
        let fast: Vec<f64> = xs.iter().map(|&x| decay.next(x)).collect();
        for (x, e) in xs.iter().zip(&fast) {
            let exact = (-8.3 * (x + 0.02)).exp();
            assert!((e / exact - 1.0).abs() < 1e-10, "{x}: {e} vs {exact}");
        }
    }

    #[test]
    fn solves_a_linear_system() {
        let x = solve3([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]], [3.0, 5.0, 5.0]).unwrap();
        assert!((x[0] - 1.0).abs() < 1e-12 && (x[1] - 1.0).abs() < 1e-12 && (x[2] - 1.0).abs() < 1e-12);
    }
}
