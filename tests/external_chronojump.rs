//! The real Chronojump force-sensor recordings in `../shared/external/chronojump-force/`.

mod common;

use forcetrack::analysis::{AnalysisParams, analyze_trace};
use forcetrack::io::{TraceFormat, read_trace_file};

/// Expected values from an independent implementation of DOMAIN.md section 2 (a short Python
/// script written from the text alone, not from this code), per file:
/// polarity, baseline `b`, noise `s`, peak force, onset, offset, impulse and RFD 0-100 ms.
///
/// Checked by hand as well: the peak force of a file with one effort is its raw extreme minus
/// the baseline, in the effort's direction. SOURCE.md lists max 2542.91 N for 18-36-40, whose
/// first 46 samples (t < 0.5 s) average 51.4430 N: 2542.91 - 51.443 = 2491.467 N. The inverted
/// 19-08-57 reaches -330.01 N from a baseline of -18.8852 N: 330.01 - 18.8852 = 311.1248 N; the
/// inverted 19-11-59 reaches -387.33 N from 8.2213 N: 387.33 + 8.2213 = 395.5513 N.
const EXPECTED: [Expected; 6] = [
    Expected {
        name: "293_Miro-Vyboth_2020-01-30_18-36-40.csv",
        inverted: false,
        baseline_n: 51.4430,
        noise_n: 0.1777,
        peak_n: 2491.4670,
        onset_s: 2.355158,
        offset_s: 7.883217,
        impulse_n_s: 11223.9467,
        rfd100_n_per_s: 13877.490,
    },
    Expected {
        name: "293_Miro-Vyboth_2020-01-30_18-37-56.csv",
        inverted: false,
        baseline_n: 289.3713,
        noise_n: 11.4721,
        peak_n: 4089.1487,
        onset_s: 3.193915,
        offset_s: 9.068915,
        impulse_n_s: 21479.4045,
        rfd100_n_per_s: 21018.989,
    },
    Expected {
        name: "294_Matus-Vyboh_2020-01-30_18-44-26.csv",
        inverted: false,
        baseline_n: 127.7798,
        noise_n: 9.2809,
        peak_n: 3244.3002,
        onset_s: 2.870639,
        offset_s: 8.107694,
        impulse_n_s: 14549.3242,
        rfd100_n_per_s: 18132.895,
    },
    Expected {
        name: "294_Matus-Vyboh_2020-01-30_19-08-57.csv",
        inverted: true,
        baseline_n: -18.8852,
        noise_n: 6.1301,
        peak_n: 311.1248,
        onset_s: 1.912021,
        offset_s: 6.226037,
        impulse_n_s: 1178.7751,
        rfd100_n_per_s: 2588.533,
    },
    Expected {
        name: "295_Marc-Gener_2020-01-30_18-47-47.csv",
        inverted: false,
        baseline_n: 91.1098,
        noise_n: 2.1273,
        peak_n: 2166.1902,
        onset_s: 1.928807,
        offset_s: 6.443205,
        impulse_n_s: 8615.9930,
        rfd100_n_per_s: 11378.039,
    },
    Expected {
        name: "295_Marc-Gener_2020-01-30_19-11-59.csv",
        inverted: true,
        baseline_n: 8.2213,
        noise_n: 0.1418,
        peak_n: 395.5513,
        onset_s: 1.126551,
        offset_s: 6.629130,
        impulse_n_s: 1314.4922,
        rfd100_n_per_s: 3.566,
    },
];

struct Expected {
    name: &'static str,
    inverted: bool,
    baseline_n: f64,
    noise_n: f64,
    peak_n: f64,
    onset_s: f64,
    offset_s: f64,
    impulse_n_s: f64,
    rfd100_n_per_s: f64,
}

/// (samples, duration) from SOURCE.md's table.
const SIZES: [(usize, f64); 6] = [(933, 10.63), (1051, 11.98), (931, 10.62), (973, 11.01), (865, 9.86), (793, 8.97)];

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
        assert!((c.baseline_n - e.baseline_n).abs() < 5e-5, "{name}: baseline {}", c.baseline_n);
        assert!((c.noise_n - e.noise_n).abs() < 5e-5, "{name}: noise {}", c.noise_n);
        assert_eq!(c.onset_threshold_n, (3.0 * c.noise_n).max(1.0));
        assert_eq!(c.rep_threshold_n, (10.0 * c.noise_n).max(20.0));
        assert_eq!(c.reps.len(), 1, "{name}: one effort per file");
        let r = &c.reps[0];
        assert!((r.peak_force_n - e.peak_n).abs() < 5e-5, "{name}: peak {}", r.peak_force_n);
        assert!((r.onset_s - e.onset_s).abs() < 5e-7, "{name}: onset {}", r.onset_s);
        assert!((r.offset_s - e.offset_s).abs() < 5e-7, "{name}: offset {}", r.offset_s);
        assert!((r.impulse_n_s - e.impulse_n_s).abs() < 5e-4, "{name}: impulse {}", r.impulse_n_s);
        assert!((r.rfd_for(0.1).unwrap() - e.rfd100_n_per_s).abs() < 5e-3, "{name}: RFD100 {:?}", r.rfd_for(0.1));
        assert!((r.time_to_peak_s - (r.peak_time_s - r.onset_s)).abs() < 1e-12);
        assert!(r.onset_s < r.peak_time_s && r.peak_time_s < r.offset_s);
        // Whole-leg isometric efforts of 4-6 s: a best 1 s mean exists and is below the peak.
        let best1 = r.best_1s_mean_force_n.unwrap();
        assert!(best1 <= r.peak_force_n && best1 > 0.5 * r.peak_force_n, "{name}: {best1}");
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
