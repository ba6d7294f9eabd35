//! The analysis engine against signals with analytic answers, and its invariances (proptest).

mod common;

use common::signals::{analyze, close, grid, trapezoid};
use forcetrack::analysis::{AnalysisParams, QualityFlag, RepMetrics, RepThreshold, analyze_channel};
use forcetrack::device::sim::Rng;
use forcetrack::model::Polarity;
use proptest::prelude::*;

#[test]
fn linear_ramp_gives_exact_rfd_onset_and_impulse() {
    // 1 kHz; rest 1 s, ramp 1000 N/s to 500 N (0.5 s), hold 2 s, ramp down, rest.
    let t = grid(1000.0, 5.0);
    let f: Vec<f64> = t.iter().map(|&t| trapezoid(t, 1.0, 1000.0, 500.0, 2.0)).collect();
    let a = analyze(&t, &f);
    assert_eq!((a.baseline_n, a.noise_n), (0.0, 0.0));
    assert_eq!((a.onset_threshold_n, a.rep_threshold_n), (1.0, 20.0));
    assert_eq!(a.reps.len(), 1);
    let r = &a.reps[0];
    // G crosses θ = 1 N at t = 1.001 on the way up and at 3.999 on the way down.
    assert!(close(r.onset_s, 1.001, 1e-12), "{}", r.onset_s);
    assert!(close(r.offset_s, 3.999, 1e-12), "{}", r.offset_s);
    assert_eq!(r.peak_force_n, 500.0);
    assert!(close(r.peak_time_s, 1.5, 1e-12));
    assert!(close(r.time_to_peak_s, 0.499, 1e-9));
    for w in [0.05, 0.1, 0.2] {
        assert!(close(r.rfd_for(w).unwrap(), 1000.0, 1e-9), "RFD {w}: {:?}", r.rfd_for(w));
    }
    assert!(close(r.peak_rfd_n_per_s.unwrap(), 1000.0, 1e-9));
    // Two ramps of ∫ 1000 (t - 1) dt from 1.001 to 1.5 = 500 (0.25 - 0.000001) each, plus 500 N × 2 s.
    assert!(close(r.impulse_n_s, 1249.999, 1e-9), "{}", r.impulse_n_s);
    assert!(close(r.best_1s_mean_force_n.unwrap(), 500.0, 1e-12));
    assert!(close(r.mean_force_n, 1249.999 / 2.998, 1e-9));
    // Revision 2 fits the rise and the start of the plateau (to 2 s after onset): the plateau
    // pins `Fmax` near the held 500 N instead of a ramp's unbounded extrapolation.
    let fit = r.fit.expect("the plateau makes the ramp fittable");
    assert!((fit.fmax_n - 500.0).abs() < 0.05 * 500.0, "{fit:?}");
    // The onset point and the samples of (1.001, 3.001]: 2000, or 2001 when the interpolated onset
    // rounds just below the sample at 1.001.
    assert!((2000..=2001).contains(&fit.points), "{}", fit.points);
    // The rep rests before its rise: its own baseline is the 0.5 s that end at the steepest rise
    // (every sample of the ramp rises equally fast, so the window may take in its first ones).
    let window = r.baseline_window.expect("a quiet window");
    assert!((1.0 - 1e-9..=1.02).contains(&window.end_s), "{window:?}");
    assert!(close(window.end_s - window.start_s, 0.499, 1e-9), "{window:?}");
    assert_eq!((r.baseline_n, r.noise_n, r.onset_threshold_n), (0.0, 0.0, 1.0));
    assert!(!r.has_flag(QualityFlag::BaselineFromTrialStart) && !r.has_flag(QualityFlag::LowSampleRate));
}

#[test]
fn uneven_sampling_with_the_breakpoints_sampled_gives_the_same_answers() {
    let mut rng = Rng::new(42);
    let mut t = vec![0.0, 1.0, 1.5, 3.5, 4.0, 5.0];
    while t.len() < 3000 {
        t.push(rng.uniform() * 5.0);
    }
    t.sort_by(f64::total_cmp);
    t.dedup();
    let f: Vec<f64> = t.iter().map(|&t| trapezoid(t, 1.0, 1000.0, 500.0, 2.0)).collect();
    let a = analyze(&t, &f);
    let r = &a.reps[0];
    assert!(close(r.onset_s, 1.001, 1e-9) && close(r.offset_s, 3.999, 1e-9));
    for w in [0.05, 0.1, 0.2] {
        assert!(close(r.rfd_for(w).unwrap(), 1000.0, 1e-9));
    }
    assert!(close(r.impulse_n_s, 1249.999, 1e-9));
    assert!(close(r.peak_rfd_n_per_s.unwrap(), 1000.0, 1e-9));
}

#[test]
fn a_step_is_interpolated_between_its_samples() {
    // 100 Hz; the force steps from 0 to 300 N between t = 1.00 and 1.01, back at 3.00 -> 3.01.
    let t = grid(100.0, 4.0);
    let f: Vec<f64> = t.iter().map(|&t| if t > 1.005 && t < 3.005 { 300.0 } else { 0.0 }).collect();
    let r = analyze(&t, &f).reps[0].clone();
    // θ = 1 N: crossing at 1.00 + (1 - 0) / 300 × 0.01 on the way up.
    assert!(close(r.onset_s, 1.0 + 0.01 / 300.0, 1e-12), "{}", r.onset_s);
    assert!(close(r.offset_s, 3.0 + 0.01 * 299.0 / 300.0, 1e-12), "{}", r.offset_s);
    assert_eq!(r.peak_index, 101);
    // G(t_on + 0.05) = 300: RFD = (300 - 1) / 0.05.
    assert!(close(r.rfd_for(0.05).unwrap(), 299.0 / 0.05, 1e-9));
    // Peak RFD over 20 ms from t_on: the whole step lies inside the window.
    assert!(close(r.peak_rfd_n_per_s.unwrap(), 299.0 / 0.02, 1e-9));
}

#[test]
fn exponential_rise_gives_analytic_rfd_and_the_model_recovers_it() {
    // 10 kHz, G = 800 (1 - e^(-(t - 1) / 0.1)) from t = 1 s to 3 s, then off.
    let t = grid(10_000.0, 4.0);
    let model = |t: f64| if t > 1.0 && t <= 3.0 { 800.0 * (1.0 - (-(t - 1.0) / 0.1).exp()) } else { 0.0 };
    let f: Vec<f64> = t.iter().map(|&t| model(t)).collect();
    let r = analyze(&t, &f).reps[0].clone();
    // Onset: G = 1 N at t = 1 - 0.1 ln(1 - 1/800).
    let onset = 1.0 - 0.1 * (1.0 - 1.0 / 800.0f64).ln();
    assert!((r.onset_s - onset).abs() < 1e-6, "{} vs {onset}", r.onset_s);
    for w in [0.05, 0.1, 0.2] {
        let expected = (model(onset + w) - 1.0) / w;
        assert!(close(r.rfd_for(w).unwrap(), expected, 1e-4), "{w}: {:?} vs {expected}", r.rfd_for(w));
    }
    let fit = r.fit.expect("fit");
    assert!(close(fit.fmax_n, 800.0, 1e-3), "{fit:?}");
    assert!(close(fit.tau_s, 0.1, 1e-3), "{fit:?}");
    assert!(close(fit.model_rfd_n_per_s, 8000.0, 2e-3));
    assert!(fit.error_percent < 0.1);
    assert!(!r.has_flag(QualityFlag::PoorFit));
}

#[test]
fn three_reps_each_have_their_own_metrics_and_bounds() {
    let t = grid(1000.0, 12.0);
    let f: Vec<f64> = t
        .iter()
        .map(|&t| {
            trapezoid(t, 1.0, 2000.0, 400.0, 1.5)
                + trapezoid(t, 4.5, 2000.0, 300.0, 1.5)
                + trapezoid(t, 8.0, 1000.0, 350.0, 1.2)
        })
        .collect();
    let a = analyze(&t, &f);
    assert_eq!(a.reps.len(), 3);
    let peaks: Vec<f64> = a.reps.iter().map(|r| r.peak_force_n).collect();
    assert_eq!(peaks, [400.0, 300.0, 350.0]);
    assert!(close(a.reps[1].onset_s, 4.5005, 1e-12));
    assert!(close(a.reps[2].rfd_for(0.1).unwrap(), 1000.0, 1e-9));
    // Search bounds: rep k from rep k-1's end to rep k+1's start.
    assert_eq!(a.reps[0].lower_bound_index, 0);
    assert_eq!(a.reps[1].lower_bound_index, a.reps[0].end_index);
    assert_eq!(a.reps[1].upper_bound_index, a.reps[2].start_index);
    assert_eq!(a.reps[2].upper_bound_index, t.len() - 1);
    let summary = a.summary(forcetrack::analysis::Metric::PeakForce, None, &AnalysisParams::default()).unwrap();
    assert_eq!((summary.best, summary.mean), (400.0, 350.0));
    assert!(close(summary.cv_percent.unwrap(), 50.0 / 350.0 * 100.0, 1e-9));
    assert!(summary.inconsistent);
    let accepted =
        a.summary(forcetrack::analysis::Metric::PeakForce, Some(&[1, 2]), &AnalysisParams::default()).unwrap();
    assert_eq!(accepted.best, 350.0);
}

#[test]
fn inverted_signals_are_detected_and_give_the_same_metrics() {
    let t = grid(1000.0, 5.0);
    let up: Vec<f64> = t.iter().map(|&t| trapezoid(t, 1.0, 1000.0, 500.0, 2.0)).collect();
    let down: Vec<f64> = up.iter().map(|f| 37.5 - f).collect();
    let a = analyze(&t, &up);
    let b = analyze(&t, &down);
    assert!(!a.inverted && b.inverted);
    assert_eq!(b.baseline_n, 37.5);
    assert_eq!(a.reps.len(), b.reps.len());
    assert!(close(a.reps[0].impulse_n_s, b.reps[0].impulse_n_s, 1e-12));
    let forced = analyze_channel("force", &t, &down, Polarity::Positive, &AnalysisParams::default()).unwrap();
    assert!(forced.reps.is_empty() && !forced.inverted);
    let negative = analyze_channel("force", &t, &up, Polarity::Negative, &AnalysisParams::default()).unwrap();
    assert!(negative.inverted && negative.reps.is_empty());
}

#[test]
fn a_rep_running_to_the_end_of_the_trial() {
    // The trial stops mid-hold: the rep ends at the last sample, offset at its time, and the
    // RFD windows that do not fit before the offset are empty.
    let t = grid(1000.0, 1.65);
    let f: Vec<f64> = t.iter().map(|&t| trapezoid(t, 1.0, 1000.0, 500.0, 2.0)).collect();
    let r = analyze(&t, &f).reps[0].clone();
    assert_eq!(r.end_index, t.len() - 1);
    assert!(close(r.offset_s, 1.65, 1e-12));
    assert!(r.rfd_for(0.5).is_none());
    assert!(r.rfd_for(0.2).is_some());
    assert!(r.best_1s_mean_force_n.is_none(), "0.649 s of effort has no 1 s window");
}

#[test]
fn a_rep_after_a_held_preload_takes_the_preload_as_its_baseline() {
    // Two efforts separated by a dip to 5 N (< R_on/2 = 10 N for 0.5 s, but > θ = 1 N of the
    // trial baseline). Revision 1 walked back to rep 1's end; revision 2 takes the held 5 N
    // before the second rise as its baseline.
    let t = grid(1000.0, 8.0);
    let f: Vec<f64> = t
        .iter()
        .map(|&t| {
            let base = if (1.0..=6.5).contains(&t) { 5.0 } else { 0.0 };
            base + trapezoid(t, 1.0, 1000.0, 300.0, 1.0) + trapezoid(t, 3.5, 1000.0, 250.0, 1.0)
        })
        .collect();
    let a = analyze(&t, &f);
    assert_eq!(a.reps.len(), 2);
    let second = &a.reps[1];
    assert_eq!((second.baseline_n, second.noise_n), (5.0, 0.0));
    // G = F - 5 crosses θ = 1 N one millisecond into the second ramp.
    assert!(close(second.onset_s, 3.501, 1e-12), "{}", second.onset_s);
    assert_eq!(second.peak_force_n, 250.0);
    // Every sample of the straight ramp rises equally fast; the window ends on one of them (its
    // first samples of the rise leave the median at 5 N).
    let window = second.baseline_window.unwrap();
    assert!((3.5 - 1e-9..=3.52).contains(&window.end_s), "{window:?}");
    // The first rep's baseline is 0 N, so the 5 N between the reps is still above its θ: its
    // offset stops at the second rep's start.
    assert!(close(a.reps[0].offset_s, t[a.reps[1].start_index], 1e-12));
}

#[test]
fn quality_flags() {
    let t = grid(1000.0, 5.0);
    // A spike-like effort (1 s effort that falls away quickly): not sustained on a hold test.
    let f: Vec<f64> = t.iter().map(|&t| trapezoid(t, 1.0, 400.0, 400.0, 0.0)).collect();
    let hold = AnalysisParams { sustained_hold: true, ..AnalysisParams::default() };
    let a = analyze_channel("force", &t, &f, Polarity::Auto, &hold).unwrap();
    assert!(a.reps[0].has_flag(QualityFlag::NotSustained));
    let relaxed = analyze(&t, &f);
    assert!(!relaxed.reps[0].has_flag(QualityFlag::NotSustained));
    // Clipped at 450 N for 3 samples.
    let mut clipped: Vec<f64> = t.iter().map(|&t| trapezoid(t, 1.0, 1000.0, 500.0, 2.0).min(450.0)).collect();
    clipped[2000] = 449.0;
    let limit = AnalysisParams { device_max_n: Some(450.0), ..AnalysisParams::default() };
    let a = analyze_channel("force", &t, &clipped, Polarity::Auto, &limit).unwrap();
    assert!(a.reps[0].has_flag(QualityFlag::Clipped));
    let two_only: Vec<f64> = t
        .iter()
        .map(|&t| if (2.0..2.0015).contains(&t) { 450.0 } else { trapezoid(t, 1.0, 1000.0, 400.0, 2.0) })
        .collect();
    let a = analyze_channel("force", &t, &two_only, Polarity::Auto, &limit).unwrap();
    assert!(!a.reps[0].has_flag(QualityFlag::Clipped));
    // Noisy baseline: SD above 5 % of peak.
    let mut rng = Rng::new(3);
    let noisy: Vec<f64> = t.iter().map(|&t| trapezoid(t, 1.0, 1000.0, 300.0, 2.0) + 20.0 * rng.gaussian()).collect();
    let params =
        AnalysisParams { rep_threshold: RepThreshold::Fixed { threshold_n: 150.0 }, ..AnalysisParams::default() };
    let a = analyze_channel("force", &t, &noisy, Polarity::Auto, &params).unwrap();
    assert!(a.reps[0].has_flag(QualityFlag::NoisyBaseline), "{:?}", a.noise_n);
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    let p = AnalysisParams::default();
    assert!(analyze_channel("f", &[], &[], Polarity::Auto, &p).is_err());
    assert!(analyze_channel("f", &[0.0, 1.0], &[1.0], Polarity::Auto, &p).is_err());
    assert!(analyze_channel("f", &[0.0, 0.0], &[1.0, 1.0], Polarity::Auto, &p).is_err());
    assert!(analyze_channel("f", &[0.0, 1.0], &[1.0, f64::NAN], Polarity::Auto, &p).is_err());
    let one = analyze_channel("f", &[0.0], &[5.0], Polarity::Auto, &p).unwrap();
    assert!(one.reps.is_empty());
}

// ---- Properties ----------------------------------------------------------------------------

/// A random multi-rep isometric trial with load-cell noise.
#[derive(Debug, Clone)]
struct Trial {
    t: Vec<f64>,
    f: Vec<f64>,
}

fn trial_strategy() -> impl Strategy<Value = Trial> {
    (
        prop::sample::select(vec![100.0, 250.0, 500.0, 1000.0]),
        any::<u64>(),
        prop::collection::vec((50.0f64..2000.0, 0.05f64..0.3, 0.4f64..2.5, 0.3f64..1.5), 1..4),
        0.3f64..3.0,
        any::<bool>(),
    )
        .prop_map(|(rate, seed, reps, noise, uneven)| {
            let mut rng = Rng::new(seed);
            let mut t = Vec::new();
            let mut f = Vec::new();
            let mut time = 0.0;
            let lead_in = 1.0;
            let total: f64 = lead_in + reps.iter().map(|r| r.2 + 0.5 + r.3).sum::<f64>() + 0.5;
            while time < total {
                let mut value = noise * rng.gaussian();
                let mut start = lead_in;
                for &(peak, tau, hold, rest) in &reps {
                    let u = time - start;
                    if u > 0.0 && u <= hold {
                        value += peak * (1.0 - (-u / tau).exp());
                    } else if u > hold && u <= hold + 0.5 {
                        value += peak * (1.0 - (-hold / tau).exp()) * (-(u - hold) / 0.05).exp();
                    }
                    start += hold + 0.5 + rest;
                }
                t.push(time);
                f.push(value);
                let step = 1.0 / rate;
                time += if uneven { step * (0.5 + rng.uniform()) } else { step };
            }
            Trial { t, f }
        })
}

/// The per-rep quantities that must scale with force, as (name, value).
fn force_metrics(r: &RepMetrics) -> Vec<(&'static str, Option<f64>)> {
    vec![
        ("peak", Some(r.peak_force_n)),
        ("rfd50", r.rfd_for(0.05)),
        ("rfd100", r.rfd_for(0.1)),
        ("rfd200", r.rfd_for(0.2)),
        ("peak_rfd", r.peak_rfd_n_per_s),
        ("impulse", Some(r.impulse_n_s)),
        ("best1s", r.best_1s_mean_force_n),
    ]
}

fn time_metrics(r: &RepMetrics) -> [f64; 3] {
    [r.onset_s, r.offset_s, r.time_to_peak_s]
}

/// Parameters without absolute floors, so that thresholds scale with the signal.
fn scale_free() -> AnalysisParams {
    AnalysisParams {
        rep_threshold: RepThreshold::Auto { floor_n: 0.0, noise_multiple: 10.0 },
        onset_floor_n: 0.0,
        fit_model: false,
        ..AnalysisParams::default()
    }
}

fn assert_same_option(a: Option<f64>, b: Option<f64>, tol: f64, what: &str) -> Result<(), TestCaseError> {
    match (a, b) {
        (Some(a), Some(b)) => prop_assert!(close(a, b, tol), "{what}: {a} vs {b}"),
        (None, None) => {}
        _ => prop_assert!(false, "{what}: {a:?} vs {b:?}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn scaling_force_scales_force_metrics(trial in trial_strategy(), scale in 0.5f64..20.0) {
        let p = scale_free();
        let a = analyze_channel("f", &trial.t, &trial.f, Polarity::Auto, &p).unwrap();
        let scaled: Vec<f64> = trial.f.iter().map(|f| f * scale).collect();
        let b = analyze_channel("f", &trial.t, &scaled, Polarity::Auto, &p).unwrap();
        prop_assert_eq!(a.reps.len(), b.reps.len());
        for (ra, rb) in a.reps.iter().zip(&b.reps) {
            for ((name, va), (_, vb)) in force_metrics(ra).into_iter().zip(force_metrics(rb)) {
                assert_same_option(va.map(|v| v * scale), vb, 1e-9, name)?;
            }
            for (x, y) in time_metrics(ra).into_iter().zip(time_metrics(rb)) {
                prop_assert!(close(x, y, 1e-9));
            }
        }
    }

    #[test]
    fn shifting_time_shifts_onset_and_offset(trial in trial_strategy(), shift in -100.0f64..1000.0) {
        let p = AnalysisParams::default();
        let a = analyze_channel("f", &trial.t, &trial.f, Polarity::Auto, &p).unwrap();
        let shifted: Vec<f64> = trial.t.iter().map(|t| t + shift).collect();
        let b = analyze_channel("f", &shifted, &trial.f, Polarity::Auto, &p).unwrap();
        prop_assert_eq!(a.reps.len(), b.reps.len());
        for (ra, rb) in a.reps.iter().zip(&b.reps) {
            prop_assert!((ra.onset_s + shift - rb.onset_s).abs() < 1e-6);
            prop_assert!((ra.offset_s + shift - rb.offset_s).abs() < 1e-6);
            prop_assert!((ra.peak_force_n - rb.peak_force_n).abs() < 1e-9);
            prop_assert!(close(ra.impulse_n_s, rb.impulse_n_s, 1e-5));
        }
    }

    #[test]
    fn adding_a_constant_leaves_net_metrics_unchanged(trial in trial_strategy(), offset in -500.0f64..500.0) {
        let p = AnalysisParams::default();
        let a = analyze_channel("f", &trial.t, &trial.f, Polarity::Auto, &p).unwrap();
        let moved: Vec<f64> = trial.f.iter().map(|f| f + offset).collect();
        let b = analyze_channel("f", &trial.t, &moved, Polarity::Auto, &p).unwrap();
        prop_assert_eq!(a.reps.len(), b.reps.len());
        for (ra, rb) in a.reps.iter().zip(&b.reps) {
            for ((name, va), (_, vb)) in force_metrics(ra).into_iter().zip(force_metrics(rb)) {
                assert_same_option(va, vb, 1e-6, name)?;
            }
            prop_assert!((ra.onset_s - rb.onset_s).abs() < 1e-9);
        }
    }

    #[test]
    fn adding_reps_never_changes_earlier_reps(trial in trial_strategy(), peak in 100.0f64..1500.0) {
        let p = AnalysisParams::default();
        let a = analyze_channel("f", &trial.t, &trial.f, Polarity::Auto, &p).unwrap();
        // Append 1 s of rest-level noise then one more effort, at the trial's own mean rate (the
        // median interval decides `low_sample_rate` for the whole trial).
        let mut t = trial.t.clone();
        let mut f = trial.f.clone();
        let mut rng = Rng::new(9);
        let last = *t.last().unwrap();
        let step = last / (t.len() - 1) as f64;
        let added = (3.0 / step).round() as usize;
        for i in 1..=added {
            let u = i as f64 * step;
            t.push(last + u);
            let effort = if u > 1.0 && u < 2.5 { peak * (1.0 - (-(u - 1.0) / 0.1).exp()) } else { 0.0 };
            f.push(effort + 0.5 * rng.gaussian());
        }
        let b = analyze_channel("f", &t, &f, Polarity::Auto, &p).unwrap();
        prop_assert!(b.reps.len() >= a.reps.len());
        for (ra, rb) in a.reps.iter().zip(&b.reps) {
            let mut rb = rb.clone();
            rb.upper_bound_index = ra.upper_bound_index;
            prop_assert_eq!(ra, &rb);
        }
    }
}
