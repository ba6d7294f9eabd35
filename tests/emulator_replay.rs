//! `emulate --replay`: a recorded trace played through a profile's emulator and read back by the
//! codec gives the same recording (to the device's printed resolution).

mod common;

use forcetrack::analysis::{AnalysisParams, analyze_channel};
use forcetrack::device::codec::{Codec, CodecOutput};
use forcetrack::device::emulator::{Emulator, Source};
use forcetrack::device::profile::ProfileSet;
use forcetrack::io::read_trace_file;
use forcetrack::model::Polarity;

#[test]
fn a_replayed_recording_reads_back_the_same() {
    let path = common::project_dir().join("sample-data/recordings/knee_flexion_iso_90_right.csv");
    let trace = read_trace_file(&path).unwrap().trace;
    let set = ProfileSet::load(None);
    let profile = set.get("generic_1ch").unwrap();
    let rate = trace.sample_rate_hz().unwrap();
    let mut emulator = Emulator::new(profile, Source::Replay(trace.clone()), Some(rate), 1).unwrap();
    let mut bytes = Vec::new();
    emulator.on_open(0.0, &mut bytes);
    // The board boots (silent) after the port opens, then plays the whole recording once.
    let boot_s = profile.emulator.boot_s;
    emulator.tick(boot_s - 1e-3, &mut bytes);
    assert!(bytes.is_empty(), "silent while booting");
    emulator.tick(boot_s + trace.duration_s() + 0.1 / rate, &mut bytes);
    let mut codec = Codec::new(profile);
    let mut out = CodecOutput::default();
    codec.feed(&bytes, 0.0, &mut out);
    assert_eq!(out.samples.len(), trace.len());
    // The generic profile prints 3 decimals; the recording has 2: values come back exactly.
    assert_eq!(out.samples.values, trace.channels[0].force_n);
    for (got, want) in out.samples.time_s.iter().zip(&trace.time_s) {
        assert!((got - want).abs() < 1e-6, "{got} vs {want}");
    }
    let params = AnalysisParams::default();
    let original =
        analyze_channel("force", &trace.time_s, &trace.channels[0].force_n, Polarity::Auto, &params).unwrap();
    let replayed = analyze_channel("force", &out.samples.time_s, &out.samples.values, Polarity::Auto, &params).unwrap();
    assert_eq!(original.reps.len(), 3);
    assert_eq!(replayed.reps.len(), 3);
    for (a, b) in original.reps.iter().zip(&replayed.reps) {
        assert_eq!(a.peak_force_n, b.peak_force_n);
        assert!((a.onset_s - b.onset_s).abs() < 1e-6);
    }
}
