//! The clinic database at scale: `cargo bench --bench store`.
//!
//! Generates (once, kept in `target/bench-data/`) a clinic of 500 athletes × 40 visits × 12
//! trials of 3 s at 1 kHz, then times: opening the database, listing athletes with their last
//! visit, loading one athlete's full history (results of every visit, from cached analyses and
//! from the samples), and exporting that history. Targets: under 50 ms each; the export under
//! 100 ms. Prints the database size.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use common::median;
use forcetrack::device::sim::{EffortShape, SimAthlete, SimLayout};
use forcetrack::io::CsvOptions;
use forcetrack::io::export::{ExportContext, export_athlete_history};
use forcetrack::io::sample_data::simulate_trace;
use forcetrack::model::{Athlete, Polarity, ProvocationTests, Side, Trace, TrialMeta, Visit};
use forcetrack::records;
use forcetrack::store::{IntegrityCheck, NewTrial, Store};

const ATHLETES: usize = 500;
const VISITS: usize = 40;

/// The 12 trials of a visit: (test, side).
const TRIALS: [(&str, Side); 12] = [
    ("knee_flexion_iso_90", Side::Left),
    ("knee_flexion_iso_90", Side::Right),
    ("knee_flexion_iso_30", Side::Left),
    ("knee_flexion_iso_30", Side::Right),
    ("nordic", Side::Both),
    ("hip_extension_iso", Side::Left),
    ("hip_extension_iso", Side::Right),
    ("hip_abduction_iso", Side::Left),
    ("hip_abduction_iso", Side::Right),
    ("hip_adduction_iso", Side::Left),
    ("hip_adduction_iso", Side::Right),
    ("ipc_90_20", Side::Left),
];

/// A pool of distinct 3 s, 1 kHz recordings (one effort each), reused across trials.
fn pool() -> (Vec<Trace>, Vec<Trace>) {
    let single = (0..48)
        .map(|k| {
            let a = SimAthlete {
                peak_n: 180.0 + 5.0 * k as f64,
                lead_in_s: 0.6,
                effort_s: 1.8,
                rest_s: 10.0,
                reps: Some(1),
                ..SimAthlete::default()
            };
            let mut t = simulate_trace(&a, SimLayout::Single { side: Side::Left }, 1000.0, k, "bench");
            t.time_s.truncate(3000);
            t.channels[0].force_n.truncate(3000);
            t
        })
        .collect();
    let dual = (0..16)
        .map(|k| {
            let a = SimAthlete {
                peak_n: 300.0 + 6.0 * k as f64,
                shape: EffortShape::Nordic,
                lead_in_s: 0.6,
                effort_s: 1.8,
                rest_s: 10.0,
                reps: Some(1),
                ..SimAthlete::default()
            };
            let mut t = simulate_trace(&a, SimLayout::Dual, 1000.0, 100 + k, "bench");
            t.time_s.truncate(3000);
            for c in &mut t.channels {
                c.force_n.truncate(3000);
            }
            t
        })
        .collect();
    (single, dual)
}

fn generate(dir: &Path) {
    let started = Instant::now();
    let _ = std::fs::remove_dir_all(dir);
    let mut store = Store::open_named(dir, "forcetrack.sqlite", IntegrityCheck::Never).unwrap();
    let (single, dual) = pool();
    let first = NaiveDate::from_ymd_opt(2023, 1, 2).unwrap().and_hms_opt(9, 0, 0).unwrap();
    for a in 0..ATHLETES {
        store
            .transaction(|s| -> Result<(), forcetrack::store::StoreError> {
                let mut athlete = Athlete::new(&format!("Given{a:03}"), &format!("Family{:03}", (a * 7919) % ATHLETES));
                athlete.body_mass_kg = Some(60.0 + (a % 30) as f64);
                let id = s.add_athlete(&athlete)?;
                for v in 0..VISITS {
                    let date_time = first + chrono::Duration::days((v * 14 + a % 7) as i64);
                    let visit_id = s.add_visit(&Visit {
                        id: 0,
                        athlete_id: id,
                        episode_id: None,
                        date_time,
                        body_mass_kg: athlete.body_mass_kg,
                        clinician: "bench".into(),
                        visa_h: None,
                        provocation: ProvocationTests::default(),
                        notes: String::new(),
                    })?;
                    for (k, (test, side)) in TRIALS.iter().enumerate() {
                        let pick = a * 131 + v * 17 + k;
                        let trace =
                            if *side == Side::Both { &dual[pick % dual.len()] } else { &single[pick % single.len()] };
                        let mut trial = NewTrial::new(
                            visit_id,
                            TrialMeta::new(test, *side, "bench", Polarity::Auto),
                            trace.clone(),
                        );
                        trial.recorded_at = date_time + chrono::Duration::minutes(k as i64 * 3);
                        s.add_trial(&trial)?;
                    }
                }
                Ok(())
            })
            .unwrap();
        if a % 50 == 49 {
            eprintln!("  generated {} athletes ({:.0} s)", a + 1, started.elapsed().as_secs_f64());
        }
    }
    eprintln!("generated in {:.0} s", started.elapsed().as_secs_f64());
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data/store-500x40x12");
    let ready = Store::open_named(&dir, "forcetrack.sqlite", IntegrityCheck::Never)
        .ok()
        .and_then(|s| s.count("trials").ok())
        .is_some_and(|n| n == (ATHLETES * VISITS * TRIALS.len()) as i64);
    if !ready {
        eprintln!("generating the benchmark clinic in {} ...", dir.display());
        generate(&dir);
    }
    let db = dir.join("forcetrack.sqlite");
    let size = std::fs::metadata(&db).unwrap().len();
    println!("clinic: {ATHLETES} athletes x {VISITS} visits x {} trials of 3 s at 1 kHz", TRIALS.len());
    println!("  database size: {:.2} GB ({size} bytes)", size as f64 / 1e9);

    let open = median(21, || {
        Store::open_named(&dir, "forcetrack.sqlite", IntegrityCheck::Never).unwrap();
    });
    println!("  open (migrations checked, integrity check not due):  {}", ms(open));
    let check = Instant::now();
    Store::open_named(&dir, "forcetrack.sqlite", IntegrityCheck::Always).unwrap();
    println!("  open with a full PRAGMA integrity_check (daily):       {}", ms(check.elapsed()));

    let store = Store::open_named(&dir, "forcetrack.sqlite", IntegrityCheck::Never).unwrap();
    let mut count = 0;
    let list = median(21, || count = store.athletes(false).unwrap().len());
    assert_eq!(count, ATHLETES);
    println!("  list athletes with last visit ({count}):                {}", ms(list));

    let library = store.test_library().unwrap();
    let settings = records::result_settings(&store).unwrap();
    let athlete = 250;
    // Cold: nothing cached for this athlete: every trial analysed from its samples.
    records::athlete_results(&store, athlete + 1, &library, &settings).unwrap(); // warm the page cache only
    let cold_id = athlete + 2;
    // Cold loads of 7 athletes (each's cache cleared first), the median: one load is a single
    // draw on a shared machine.
    let mut colds: Vec<Duration> = (0..7)
        .map(|k| {
            let id = cold_id + 10 * k;
            store.clear_analysis_cache(id).unwrap();
            let t = Instant::now();
            let history = records::athlete_results(&store, id, &library, &settings).unwrap();
            let d = t.elapsed();
            assert_eq!(history.len(), VISITS);
            d
        })
        .collect();
    colds.sort();
    let cold = colds[colds.len() / 2];
    let cold_range = (colds[0], colds[colds.len() - 1]);
    // Warm: analyses cached (as after recording, or after a first load).
    records::athlete_results(&store, athlete, &library, &settings).unwrap();
    let warm = median(21, || {
        records::athlete_results(&store, athlete, &library, &settings).unwrap();
    });
    println!(
        "  load one athlete's history, {} trials, from samples:  {} (median of 7 athletes, {} to {})",
        VISITS * TRIALS.len(),
        ms(cold),
        ms(cold_range.0),
        ms(cold_range.1)
    );
    if let Some(n) = std::env::var("FORCETRACK_BENCH_COLD_LOOP").ok().and_then(|n| n.parse::<usize>().ok()) {
        // For a profiler: cold loads in a loop.
        for _ in 0..n {
            store.clear_analysis_cache(cold_id).unwrap();
            records::athlete_results(&store, cold_id, &library, &settings).unwrap();
        }
    }
    if std::env::var_os("FORCETRACK_BENCH_DETAIL").is_some() {
        // Where a cold load's time goes.
        let id = athlete + 3;
        store.clear_analysis_cache(id).unwrap();
        let t = Instant::now();
        let trials = store.trials_of_athlete(id).unwrap();
        let listing = t.elapsed();
        let t = Instant::now();
        let traces: Vec<_> = trials.iter().map(|i| store.trial_trace(i).unwrap()).collect();
        let reading = t.elapsed();
        let ids: Vec<i64> = trials.iter().map(|i| i.id).collect();
        let t = Instant::now();
        let blobs = store.trial_blobs(&ids).unwrap();
        let blob_read = t.elapsed();
        let t = Instant::now();
        for bytes in blobs.values() {
            forcetrack::store::blob::decode(bytes).unwrap();
        }
        println!(
            "    detail: the blobs in one query {} ({} KB), decoded {}",
            ms(blob_read),
            blobs.values().map(Vec::len).sum::<usize>() / 1024,
            ms(t.elapsed())
        );
        // Each trial with the parameters the clinic's history uses (its test's, its settings').
        let wanted = forcetrack::results::analyses_wanted(&trials, &library, &settings);
        let params: Vec<_> = wanted.iter().map(|(info, p)| (info.id, p.clone())).collect();
        let params_of = |id: i64| params.iter().find(|(i, _)| *i == id).map(|(_, p)| p.clone());
        let t = Instant::now();
        let analyses: Vec<_> = trials
            .iter()
            .zip(&traces)
            .filter_map(|(info, tr)| Some(forcetrack::analysis::analyze_trace(tr, None, &params_of(info.id)?).unwrap()))
            .collect();
        let analysing = t.elapsed();
        let t = Instant::now();
        let json: Vec<String> = analyses.iter().map(|a| serde_json::to_string(a).unwrap()).collect();
        let serialising = t.elapsed();
        println!(
            "    detail, on one core: list {} / read+decode {} / analyse {} / to JSON {} ({} KB)",
            ms(listing),
            ms(reading),
            ms(analysing),
            ms(serialising),
            json.iter().map(String::len).sum::<usize>() / 1024
        );
        let t = Instant::now();
        for (info, tr) in trials.iter().zip(&traces) {
            if let Some(p) = params_of(info.id) {
                let no_fit = forcetrack::analysis::AnalysisParams { fit_model: false, ..p };
                forcetrack::analysis::analyze_trace(tr, None, &no_fit).unwrap();
            }
        }
        println!("    analyse without the model fit: {}", ms(t.elapsed()));
        let mut slow = Vec::new();
        for (i, tr) in traces.iter().enumerate() {
            let Some(p) = params_of(trials[i].id) else { continue };
            let t = Instant::now();
            let a = forcetrack::analysis::analyze_trace(tr, None, &p).unwrap();
            slow.push((t.elapsed(), i, a.iter().map(|c| c.reps.len()).sum::<usize>(), trials[i].meta.test_id.clone()));
        }
        slow.sort();
        for (d, i, reps, test) in slow.iter().rev().take(4) {
            println!("    slowest: trial #{i} {test} {} reps {}", reps, ms(*d));
        }
    }
    println!("  load one athlete's history, analyses cached:          {}", ms(warm));

    let ctx = ExportContext::new(&store, CsvOptions::default()).unwrap();
    let mut rows = 0;
    let export = median(21, || {
        let mut out = Vec::with_capacity(1 << 20);
        rows = export_athlete_history(&ctx, athlete, &mut out).unwrap().rows;
    });
    println!("  export that athlete's history ({rows} rows):           {}", ms(export));
}
