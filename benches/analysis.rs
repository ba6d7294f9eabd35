//! Analysis and trace-parsing speed.
//!
//! `cargo bench --bench analysis`. Targets: full metrics of a 30 s, 1 kHz single-channel trial
//! with 3 reps under 1 ms; parsing a trace CSV at 50 MB/s or more.

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use forcetrack::analysis::{AnalysisParams, analyze_channel};
use forcetrack::device::sim::{SimAthlete, SimLayout};
use forcetrack::io::sample_data::simulate_trace;
use forcetrack::io::{parse_trace, write_trace};
use forcetrack::model::{Polarity, Side, Trace};

fn main() {
    divan::main();
}

/// A 30 s, 1 kHz single-channel trial with three 4 s isometric reps.
fn thirty_second_trial() -> Trace {
    let athlete = SimAthlete { effort_s: 4.0, rest_s: 5.2, lead_in_s: 1.0, ..SimAthlete::default() };
    let trace = simulate_trace(&athlete, SimLayout::Single { side: Side::Right }, 1000.0, 5, "bench");
    assert!((trace.duration_s() - 30.0).abs() < 0.5, "{}", trace.duration_s());
    trace
}

/// Times the full analysis of `trace`'s first channel with `params`, after checking that it finds
/// `reps` reps (a benchmark of an analysis that went wrong would measure the wrong thing).
fn bench_analysis(bencher: Bencher, trace: &Trace, params: &AnalysisParams, reps: usize) {
    let analyze = |time_s: &[f64], force_n: &[f64]| {
        analyze_channel("force", time_s, force_n, Polarity::Auto, params).expect("the benchmark trial analyses")
    };
    assert_eq!(analyze(&trace.time_s, &trace.channels[0].force_n).reps.len(), reps);
    bencher.bench(|| analyze(black_box(&trace.time_s), black_box(&trace.channels[0].force_n)));
}

#[divan::bench]
fn full_metrics_30s_1khz_3_reps(bencher: Bencher) {
    bench_analysis(bencher, &thirty_second_trial(), &AnalysisParams::default(), 3);
}

/// The trial of the store benchmark's clinic: 3 s at 1 kHz, one 1.8 s effort. A cold history
/// analyses 480 of these, so their fixed cost per rep counts more than the 30 s trial's.
fn three_second_trial() -> Trace {
    let athlete = SimAthlete { lead_in_s: 0.6, effort_s: 1.8, rest_s: 10.0, reps: Some(1), ..SimAthlete::default() };
    let mut trace = simulate_trace(&athlete, SimLayout::Single { side: Side::Left }, 1000.0, 3, "bench");
    trace.time_s.truncate(3000);
    trace.channels[0].force_n.truncate(3000);
    trace
}

#[divan::bench(args = [true, false])]
fn full_metrics_3s_1khz_1_rep(bencher: Bencher, fit_model: bool) {
    bench_analysis(bencher, &three_second_trial(), &AnalysisParams { fit_model, ..AnalysisParams::default() }, 1);
}

#[divan::bench(args = [1, 2, 8])]
fn parse_trace_csv(bencher: Bencher, channels: usize) {
    let mut trace = thirty_second_trial();
    let first = trace.channels[0].clone();
    trace.channels = (0..channels)
        .map(|i| forcetrack::model::Channel {
            name: format!("c{i}"),
            force_n: first.force_n.iter().map(|f| f + i as f64).collect(),
        })
        .collect();
    let mut bytes = Vec::new();
    write_trace(&trace, &mut bytes).unwrap();
    bencher.counter(BytesCount::of_slice(&bytes)).bench(|| parse_trace(black_box(&bytes), "bench.csv").unwrap());
}

#[divan::bench]
fn write_trace_csv(bencher: Bencher) {
    let trace = thirty_second_trial();
    let mut size = Vec::new();
    write_trace(&trace, &mut size).unwrap();
    bencher.counter(BytesCount::of_slice(&size)).bench(|| {
        let mut out = Vec::with_capacity(size.len());
        write_trace(black_box(&trace), &mut out).unwrap();
        out
    });
}

#[divan::bench]
fn metrics_without_model_fit(bencher: Bencher) {
    bench_analysis(
        bencher,
        &thirty_second_trial(),
        &AnalysisParams { fit_model: false, ..AnalysisParams::default() },
        3,
    );
}

#[divan::bench]
fn decode_stored_samples_3s_1khz(bencher: Bencher) {
    let trace = three_second_trial();
    let blob = forcetrack::store::blob::encode(&trace.time_s, &[&trace.channels[0].force_n]);
    bencher
        .counter(divan::counter::ItemsCount::new(3000usize))
        .bench(|| forcetrack::store::blob::decode(black_box(&blob)).unwrap());
}
