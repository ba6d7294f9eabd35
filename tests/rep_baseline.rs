//! DOMAIN.md section 2, revision 2: each rep's own baseline, the model fit over the rise and the
//! start of the plateau, and the flags that say when a rule could not be applied, against
//! signals with analytic answers.

mod common;

use common::signals::{analyze, close, grid, trapezoid};
use forcetrack::analysis::QualityFlag;

/// A first-order rise to `peak` from `start` with time constant `tau`, held.
fn rise(t: f64, start: f64, peak: f64, tau: f64) -> f64 {
    if t <= start { 0.0 } else { peak * (1.0 - (-(t - start) / tau).exp()) }
}

/// Time at which `level + peak (1 - e^(-(t - start)/tau))` exceeds `level + theta`.
fn rise_crossing(start: f64, peak: f64, tau: f64, theta: f64) -> f64 {
    start - tau * (1.0 - theta / peak).ln()
}

#[test]
fn a_step_before_the_effort_becomes_the_reps_baseline() {
    // As in the Chronojump recording 294 18-45-01: rest at 165 N, a step to 190 N at 0.55 s that
    // settles to 182 N by 1.0 s, the effort from 1.86 s. 1 kHz, no noise.
    let t = grid(1000.0, 6.0);
    let f: Vec<f64> = t
        .iter()
        .map(|&t| {
            let pre = if t < 0.55 {
                165.0
            } else if t < 1.0 {
                190.0 - 8.0 * (t - 0.55) / 0.45
            } else {
                182.0
            };
            pre + rise(t, 1.86, 3000.0, 0.15) * if t > 4.5 { 0.0 } else { 1.0 }
        })
        .collect();
    let a = analyze(&t, &f);
    assert_eq!(a.baseline_n, 165.0, "the trial baseline still serves rep detection");
    assert_eq!(a.reps.len(), 1);
    let r = &a.reps[0];
    assert_eq!((r.baseline_n, r.noise_n, r.onset_threshold_n), (182.0, 0.0, 1.0));
    assert!(r.flags.is_empty(), "{:?}", r.flags);
    // G = F - 182 crosses 1 N on the rise's first segment after 1.86 s (linear interpolation
    // between the samples at 1.860 and 1.861).
    let g1 = 3000.0 * (1.0 - (-(0.001f64) / 0.15).exp());
    let expected = 1.86 + 0.001 * 1.0 / g1;
    assert!(close(r.onset_s, expected, 1e-12), "{} vs {expected}", r.onset_s);
    // Revision 1 would have put the onset at the step (0.55 s), with the plateau 17 N too high.
    let held = f[4500] - 182.0;
    assert!(close(r.peak_force_n, held, 1e-12), "{}", r.peak_force_n);
}

#[test]
fn a_slow_creep_before_the_effort_is_measured_from_the_creeps_latest_level() {
    // Rest at 10 N, a creep of 1.5 N/s from 1.0 s, the effort at 2.0 s (100 N/s² creep is slow:
    // 0.75 N over a 0.5 s window, inside `rho` = max(2 % of 500, 8 s_q, 1 N) = 10 N).
    let t = grid(1000.0, 5.0);
    let creep = |t: f64| if t < 1.0 { 10.0 } else { 10.0 + 1.5 * (t.min(2.0) - 1.0) };
    let f: Vec<f64> = t.iter().map(|&t| creep(t) + rise(t, 2.0, 500.0, 0.1)).collect();
    let a = analyze(&t, &f);
    let r = &a.reps[0];
    // The latest window ends at the steepest rise, the sample at 2.0 where the exponential
    // starts (G(t+0.02) - G(t) is largest there); its median is the creep at its centre.
    let w = r.baseline_window.unwrap();
    assert!(close(w.end_s, 2.0, 1e-9), "{w:?}");
    let mut window: Vec<f64> = f[w.start_index..=w.end_index].to_vec();
    window.sort_by(f64::total_cmp);
    let median = 0.5 * (window[249] + window[250]);
    assert!(close(r.baseline_n, median, 1e-12), "{} vs {median}", r.baseline_n);
    assert!(close(r.baseline_n, creep(1.7515), 1e-3), "{}", r.baseline_n);
    // The onset is at the effort, not at the creep's start (1.0 s).
    assert!((2.0..2.01).contains(&r.onset_s), "{}", r.onset_s);
}

#[test]
fn a_settling_movement_in_the_first_half_second_does_not_move_the_onset() {
    // The athlete settles into position during the first 0.4 s (±30 N swings), then rests at
    // 50 N; the effort starts at 1.5 s.
    let t = grid(1000.0, 5.0);
    let f: Vec<f64> = t
        .iter()
        .map(|&t| {
            let settle = if t < 0.4 { 30.0 * (2.0 * std::f64::consts::PI * 5.0 * t).sin() } else { 0.0 };
            50.0 + settle + rise(t, 1.5, 800.0, 0.08) * if t > 4.0 { 0.0 } else { 1.0 }
        })
        .collect();
    let a = analyze(&t, &f);
    assert!(a.noise_n > 10.0, "the trial baseline is disturbed: s0 {}", a.noise_n);
    assert_eq!(a.reps.len(), 1);
    let r = &a.reps[0];
    assert_eq!((r.baseline_n, r.noise_n, r.onset_threshold_n), (50.0, 0.0, 1.0));
    let expected = rise_crossing(1.5, 800.0, 0.08, 1.0);
    assert!((r.onset_s - expected).abs() < 0.001, "{} vs {expected}", r.onset_s);
}

#[test]
fn a_rep_with_no_full_quiet_window_uses_the_trial_baseline_and_says_so() {
    // Rep 1 ends (falls below R_on/2) about 0.2 s before rep 2 starts rising: no 0.5 s window
    // fits between them.
    let t = grid(1000.0, 6.0);
    let f: Vec<f64> = t
        .iter()
        .map(|&t| 2.0 + trapezoid(t, 1.0, 2000.0, 300.0, 1.0) + trapezoid(t, 2.5, 2000.0, 300.0, 1.0))
        .collect();
    let a = analyze(&t, &f);
    assert_eq!(a.reps.len(), 2);
    let (first, second) = (&a.reps[0], &a.reps[1]);
    assert!(first.baseline_window.is_some() && !first.has_flag(QualityFlag::BaselineFromTrialStart));
    assert!(second.baseline_window.is_none());
    assert!(second.has_flag(QualityFlag::BaselineFromTrialStart));
    assert_eq!((second.baseline_n, second.noise_n), (a.baseline_n, a.noise_n));
    assert_eq!(second.onset_threshold_n, 1.0);
    // With the trial's 2 N baseline, θ = 1 N: G crosses it 0.5 ms into the second ramp.
    assert!(close(second.onset_s, 2.5005, 1e-9), "{}", second.onset_s);
}

#[test]
fn an_early_overshoot_does_not_inflate_the_models_fmax() {
    // A fast rise that overshoots to about 535 N and settles to a 500 N plateau held for 3 s.
    let t = grid(1000.0, 6.0);
    let f: Vec<f64> = t
        .iter()
        .map(|&t| {
            if t <= 1.0 || t > 4.5 {
                0.0
            } else {
                let u = t - 1.0;
                500.0 * (1.0 - (-u / 0.05).exp()) + 150.0 * u / 0.1 * (-u / 0.1).exp() * std::f64::consts::E / 2.5
            }
        })
        .collect();
    let a = analyze(&t, &f);
    let r = &a.reps[0];
    assert!(r.peak_force_n > 530.0 && r.peak_time_s < 1.3, "{} at {}", r.peak_force_n, r.peak_time_s);
    let fit = r.fit.expect("fitted");
    // The fit runs over the rise and 2 s of the plateau (t_fit = t_on + 2 s): Fmax sits at the
    // plateau, below the overshoot, not extrapolated from the rise.
    assert_eq!(fit.points, 1 + 2000, "{fit:?}");
    assert!(fit.fmax_n < r.peak_force_n, "{fit:?}");
    assert!((fit.fmax_n - 500.0).abs() < 0.03 * 500.0, "{fit:?}");
}

#[test]
fn a_quantised_flat_rest_has_zero_noise_and_the_one_newton_floor() {
    // A 0.1 N resolution gauge at rest shows 12.3 N with an occasional 12.4 N: the MAD is 0.
    let t = grid(100.0, 6.0);
    let f: Vec<f64> = t
        .iter()
        .enumerate()
        .map(|(i, &t)| {
            (if i % 7 == 0 { 12.4 } else { 12.3 }) + rise(t, 2.0, 200.0, 0.1) * if t > 4.0 { 0.0 } else { 1.0 }
        })
        .collect();
    let a = analyze(&t, &f);
    let r = &a.reps[0];
    assert_eq!(r.baseline_n, 12.3);
    assert_eq!(r.noise_n, 0.0);
    assert_eq!(r.onset_threshold_n, 1.0);
    // 100 Hz: the median interval is 10 ms.
    assert!(r.has_flag(QualityFlag::LowSampleRate));
}

#[test]
fn low_sample_rate_follows_the_median_interval_not_the_mean() {
    // Uneven sampling: mostly 4 ms intervals with a few 50 ms gaps (the mean is above 5 ms, the
    // median is not), then mostly 6 ms intervals (median above 5 ms).
    let mut t = vec![0.0];
    for i in 0..1500 {
        let dt = if i % 10 == 0 { 0.05 } else { 0.004 };
        t.push(t.last().unwrap() + dt);
    }
    let f: Vec<f64> = t.iter().map(|&t| rise(t, 3.0, 300.0, 0.1) * if t > 6.0 { 0.0 } else { 1.0 }).collect();
    let a = analyze(&t, &f);
    assert!(!a.reps[0].has_flag(QualityFlag::LowSampleRate));

    let t: Vec<f64> = (0..1500).map(|i| i as f64 * 0.006 + if i % 3 == 0 { 0.001 } else { 0.0 }).collect();
    let f: Vec<f64> = t.iter().map(|&t| rise(t, 3.0, 300.0, 0.1) * if t > 6.0 { 0.0 } else { 1.0 }).collect();
    let a = analyze(&t, &f);
    assert!(a.reps[0].has_flag(QualityFlag::LowSampleRate));
    assert!(QualityFlag::LowSampleRate.explanation().contains("RFD 0-50 ms"));
}
