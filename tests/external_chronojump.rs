//! The real Chronojump force-sensor recordings in `../shared/external/chronojump-force/`.

mod common;

use forcetrack::analysis::{AnalysisParams, QualityFlag, analyze_trace};
use forcetrack::io::{TraceFormat, read_trace_file};

/// Expected values from an independent implementation of DOMAIN.md section 2, revision 2 (a short
/// script written from the text alone, not from this code), per file: polarity, the trial
/// baseline `b0`, `s0`, the rep's own baseline `b`, noise `s` and window, peak force, onset,
/// offset, impulse, RFD 0-100 ms, peak RFD and the model's `Fmax` and `K`.
///
/// Checked by hand as well: SOURCE.md lists max 2542.91 N for 18-36-40; its rep baseline is the
/// median 51.955 N of the 0.5 s before the rise, so the peak is 2542.91 - 51.955 = 2490.955 N.
/// The two drift files, read by eye from the samples: 18-45-01 rests at about 181 N from 1.3 s,
/// dips to 179.9 N at 1.852 s and rises through 180.63 N (1.864 s) and 183.41 N (1.875 s): the
/// effort starts at about 1.86-1.87 s. 19-11-59 (inverted) drifts from 7.7 N to 5.7 N and back to
/// 6.65 N at 1.890 s, then 6.35 N (1.902 s) and 5.21 N (1.913 s): the effort starts at about
/// 1.90-1.91 s. Revision 1 put these onsets at 0.48 s and 1.13 s.
const EXPECTED: [Expected; 7] = [
    Expected {
        name: "293_Miro-Vyboth_2020-01-30_18-36-40.csv",
        inverted: false,
        trial_baseline_n: 51.4430,
        trial_noise_n: 0.1777,
        baseline_n: 51.9550,
        noise_n: 0.2150,
        window_s: (1.876940, 2.368448),
        peak_n: 2490.9550,
        onset_s: 2.355706,
        offset_s: 7.881977,
        impulse_n_s: 11221.1152,
        rfd100_n_per_s: 13897.378,
        peak_rfd_n_per_s: 25821.250,
        fmax_n: 2444.38,
        k_per_s: 6.5895,
    },
    Expected {
        name: "293_Miro-Vyboth_2020-01-30_18-37-56.csv",
        inverted: false,
        trial_baseline_n: 289.3713,
        trial_noise_n: 11.4721,
        baseline_n: 294.5850,
        noise_n: 5.6561,
        window_s: (2.656140, 3.147640),
        peak_n: 4083.9350,
        onset_s: 3.192451,
        offset_s: 9.074779,
        impulse_n_s: 21448.9421,
        rfd100_n_per_s: 21005.680,
        peak_rfd_n_per_s: 30624.599,
        fmax_n: 4000.08,
        k_per_s: 6.6296,
    },
    Expected {
        name: "294_Matus-Vyboh_2020-01-30_18-44-26.csv",
        inverted: false,
        trial_baseline_n: 127.7798,
        trial_noise_n: 9.2809,
        baseline_n: 131.4850,
        noise_n: 1.0452,
        window_s: (2.387824, 2.879428),
        peak_n: 3240.5950,
        onset_s: 2.857688,
        offset_s: 8.116975,
        impulse_n_s: 14530.2027,
        rfd100_n_per_s: 15971.328,
        peak_rfd_n_per_s: 30670.409,
        fmax_n: 3155.82,
        k_per_s: 7.7180,
    },
    Expected {
        name: "294_Matus-Vyboh_2020-01-30_18-45-01.csv",
        inverted: false,
        trial_baseline_n: 166.3762,
        trial_noise_n: 2.3899,
        baseline_n: 180.9000,
        noise_n: 0.2891,
        window_s: (1.417728, 1.909300),
        peak_n: 3192.5800,
        onset_s: 1.868799,
        offset_s: 7.557035,
        impulse_n_s: 15528.6353,
        rfd100_n_per_s: 10020.265,
        peak_rfd_n_per_s: 26604.408,
        fmax_n: 3135.95,
        k_per_s: 6.5730,
    },
    Expected {
        name: "294_Matus-Vyboh_2020-01-30_19-08-57.csv",
        inverted: true,
        trial_baseline_n: -18.8852,
        trial_noise_n: 6.1301,
        baseline_n: -14.4700,
        noise_n: 1.6309,
        window_s: (1.394888, 1.893940),
        peak_n: 315.5400,
        onset_s: 1.896576,
        offset_s: 6.259416,
        impulse_n_s: 1198.4068,
        rfd100_n_per_s: 2586.404,
        peak_rfd_n_per_s: 4509.299,
        fmax_n: 302.48,
        k_per_s: 19.0932,
    },
    Expected {
        name: "295_Marc-Gener_2020-01-30_18-47-47.csv",
        inverted: false,
        trial_baseline_n: 91.1098,
        trial_noise_n: 2.1273,
        baseline_n: 88.5100,
        noise_n: 0.2965,
        window_s: (1.444064, 1.935580),
        peak_n: 2168.7900,
        onset_s: 1.922493,
        offset_s: 6.447536,
        impulse_n_s: 8627.7805,
        rfd100_n_per_s: 10772.629,
        peak_rfd_n_per_s: 19015.691,
        fmax_n: 2137.86,
        k_per_s: 5.9716,
    },
    Expected {
        name: "295_Marc-Gener_2020-01-30_19-11-59.csv",
        inverted: true,
        trial_baseline_n: 8.2213,
        trial_noise_n: 0.1418,
        baseline_n: 6.4300,
        noise_n: 0.3706,
        window_s: (1.424800, 1.924228),
        peak_n: 393.7600,
        onset_s: 1.911808,
        offset_s: 6.005379,
        impulse_n_s: 1304.9353,
        rfd100_n_per_s: 1701.585,
        peak_rfd_n_per_s: 3184.286,
        fmax_n: 385.56,
        k_per_s: 8.6041,
    },
];

struct Expected {
    name: &'static str,
    inverted: bool,
    trial_baseline_n: f64,
    trial_noise_n: f64,
    baseline_n: f64,
    noise_n: f64,
    window_s: (f64, f64),
    peak_n: f64,
    onset_s: f64,
    offset_s: f64,
    impulse_n_s: f64,
    rfd100_n_per_s: f64,
    peak_rfd_n_per_s: f64,
    fmax_n: f64,
    k_per_s: f64,
}

/// (samples, duration) from SOURCE.md's table, in the order of `EXPECTED`.
const SIZES: [(usize, f64); 7] =
    [(933, 10.63), (1051, 11.98), (931, 10.62), (860, 9.81), (973, 11.01), (865, 9.86), (793, 8.97)];

fn near(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

#[test]
fn every_recording_parses_and_matches_the_definitions() {
    let Some(dir) = common::external_dir("chronojump-force") else { return };
    let params = AnalysisParams::default();
    for (e, (samples, duration)) in EXPECTED.iter().zip(SIZES) {
        let name = e.name;
        let file = read_trace_file(&dir.join(name)).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(file.format, TraceFormat::Chronojump, "{name}");
        assert_eq!(file.trace.len(), samples, "{name}");
        assert!((file.trace.duration_s() - duration).abs() < 0.01, "{name}");
        let rate = file.trace.sample_rate_hz().unwrap();
        assert!((87.0..=91.0).contains(&rate), "{name}: {rate} Hz");

        let channels = analyze_trace(&file.trace, None, &params).unwrap();
        assert_eq!(channels.len(), 1);
        let c = &channels[0];
        assert_eq!(c.inverted, e.inverted, "{name}: polarity");
        assert!(near(c.baseline_n, e.trial_baseline_n, 5e-5), "{name}: trial baseline {}", c.baseline_n);
        assert!(near(c.noise_n, e.trial_noise_n, 5e-5), "{name}: trial noise {}", c.noise_n);
        assert_eq!(c.rep_threshold_n, (10.0 * c.noise_n).max(20.0));
        assert_eq!(c.reps.len(), 1, "{name}: one effort per file");
        let r = &c.reps[0];
        assert!(near(r.baseline_n, e.baseline_n, 5e-5), "{name}: rep baseline {}", r.baseline_n);
        assert!(near(r.noise_n, e.noise_n, 5e-5), "{name}: rep noise {}", r.noise_n);
        assert_eq!(r.onset_threshold_n, (3.0 * r.noise_n).max(1.0));
        let w = r.baseline_window.expect("every file rests before its effort");
        assert!(near(w.start_s, e.window_s.0, 5e-7) && near(w.end_s, e.window_s.1, 5e-7), "{name}: {w:?}");
        assert!(near(r.peak_force_n, e.peak_n, 5e-5), "{name}: peak {}", r.peak_force_n);
        assert!(near(r.onset_s, e.onset_s, 5e-7), "{name}: onset {}", r.onset_s);
        assert!(near(r.offset_s, e.offset_s, 5e-7), "{name}: offset {}", r.offset_s);
        assert!(near(r.impulse_n_s, e.impulse_n_s, 5e-4), "{name}: impulse {}", r.impulse_n_s);
        assert!(near(r.rfd_for(0.1).unwrap(), e.rfd100_n_per_s, 5e-3), "{name}: RFD100 {:?}", r.rfd_for(0.1));
        assert!(near(r.peak_rfd_n_per_s.unwrap(), e.peak_rfd_n_per_s, 5e-3), "{name}: {:?}", r.peak_rfd_n_per_s);
        let fit = r.fit.expect("each effort rises and holds: the model fits");
        assert!((fit.fmax_n / e.fmax_n - 1.0).abs() < 1e-3, "{name}: Fmax {}", fit.fmax_n);
        assert!((fit.k_per_s / e.k_per_s - 1.0).abs() < 1e-3, "{name}: K {}", fit.k_per_s);
        // The plateau pins Fmax: never an extrapolation far past the peak.
        assert!(fit.fmax_n <= 1.05 * r.peak_force_n, "{name}: Fmax {} peak {}", fit.fmax_n, r.peak_force_n);
        // About 88 Hz: every rep says its 50 ms RFD and peak RFD are coarse.
        assert_eq!(r.flags, [QualityFlag::LowSampleRate], "{name}");
        assert!((r.time_to_peak_s - (r.peak_time_s - r.onset_s)).abs() < 1e-12);
        assert!(r.onset_s < r.peak_time_s && r.peak_time_s < r.offset_s);
        // Whole-leg isometric efforts of 4-6 s: a best 1 s mean exists and is below the peak.
        let best1 = r.best_1s_mean_force_n.unwrap();
        assert!(best1 <= r.peak_force_n && best1 > 0.5 * r.peak_force_n, "{name}: {best1}");
    }
}

#[test]
fn the_drift_recordings_have_their_onsets_at_the_effort() {
    let Some(dir) = common::external_dir("chronojump-force") else { return };
    // (file, where the effort starts read by eye from the samples: see `EXPECTED`)
    for (name, from_s, to_s) in [
        ("294_Matus-Vyboh_2020-01-30_18-45-01.csv", 1.852, 1.876),
        ("295_Marc-Gener_2020-01-30_19-11-59.csv", 1.890, 1.914),
    ] {
        let file = read_trace_file(&dir.join(name)).unwrap();
        let channels = analyze_trace(&file.trace, None, &AnalysisParams::default()).unwrap();
        let onset = channels[0].reps[0].onset_s;
        assert!((from_s..=to_s).contains(&onset), "{name}: onset {onset}");
    }
}

#[test]
fn the_two_inverted_recordings_are_detected() {
    let Some(dir) = common::external_dir("chronojump-force") else { return };
    let mut inverted: Vec<String> = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "csv")) {
        let file = read_trace_file(path).unwrap();
        let channels = analyze_trace(&file.trace, None, &AnalysisParams::default()).unwrap();
        if channels[0].inverted {
            inverted.push(path.file_name().unwrap().to_string_lossy().into());
        }
    }
    assert_eq!(inverted, ["294_Matus-Vyboh_2020-01-30_19-08-57.csv", "295_Marc-Gener_2020-01-30_19-11-59.csv"]);
}
