//! `sample-data/recordings/`: made by the simulator, analysed into a golden file.
//!
//! `FORCETRACK_BLESS=1 cargo test --test sample_data` rewrites the recordings and the golden
//! analysis after an intended change; review the diff before committing it.

mod common;

use std::process::Command;

use forcetrack::io::sample_data::hamstring_recordings;
use forcetrack::io::{read_trace_file, write_trace};
use serde_json::Value;

fn bless() -> bool {
    std::env::var_os("FORCETRACK_BLESS").is_some()
}

/// One test, in order: the recordings first (blessing rewrites them), then their analysis.
#[test]
fn sample_recordings_and_their_golden_analysis() {
    recordings_are_what_the_simulator_makes();
    analysis_matches_the_golden_file();
}

fn recordings_are_what_the_simulator_makes() {
    let dir = common::project_dir().join("sample-data/recordings");
    for recording in hamstring_recordings() {
        let path = dir.join(recording.file_name);
        if bless() {
            std::fs::create_dir_all(&dir).unwrap();
            let mut out = std::fs::File::create(&path).unwrap();
            write_trace(&recording.trace, &mut out).unwrap();
        }
        let stored = read_trace_file(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(stored.trace.time_s, recording.trace.time_s, "{}", recording.file_name);
        for (a, b) in stored.trace.channels.iter().zip(&recording.trace.channels) {
            assert_eq!(a.name, b.name);
            // Values are rounded to 0.01 N; allow one step for libm differences across platforms.
            let worst = a.force_n.iter().zip(&b.force_n).map(|(x, y)| (x - y).abs()).fold(0.0, f64::max);
            assert!(worst <= 0.010_000_1, "{}: {worst}", recording.file_name);
        }
    }
}

/// Compares JSON values, numbers within a relative tolerance.
fn same(a: &Value, b: &Value, path: &str) -> Result<(), String> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            if (x - y).abs() <= 1e-6 * (1.0 + y.abs()) { Ok(()) } else { Err(format!("{path}: {x} vs {y}")) }
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                return Err(format!("{path}: {} vs {} items", x.len(), y.len()));
            }
            x.iter().zip(y).enumerate().try_for_each(|(i, (x, y))| same(x, y, &format!("{path}[{i}]")))
        }
        (Value::Object(x), Value::Object(y)) => {
            let keys_x: Vec<_> = x.keys().collect();
            let keys_y: Vec<_> = y.keys().collect();
            if keys_x != keys_y {
                return Err(format!("{path}: keys {keys_x:?} vs {keys_y:?}"));
            }
            x.iter().try_for_each(|(k, v)| same(v, &y[k], &format!("{path}.{k}")))
        }
        _ if a == b => Ok(()),
        _ => Err(format!("{path}: {a} vs {b}")),
    }
}

fn analysis_matches_the_golden_file() {
    let root = common::project_dir();
    let mut files: Vec<String> =
        hamstring_recordings().iter().map(|r| format!("sample-data/recordings/{}", r.file_name)).collect();
    files.sort();
    let output = Command::new(common::forcetrack_bin())
        .current_dir(&root)
        .args(["analyze", "--format", "json"])
        .args(&files)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let actual: Value = serde_json::from_slice(&output.stdout).unwrap();
    let golden_path = root.join("sample-data/recordings/analysis.golden.json");
    if bless() {
        std::fs::write(&golden_path, serde_json::to_string_pretty(&actual).unwrap() + "\n").unwrap();
    }
    let golden: Value = serde_json::from_str(&std::fs::read_to_string(&golden_path).unwrap()).unwrap();
    if let Err(difference) = same(&actual, &golden, "$") {
        panic!("analysis differs from {}: {difference}", golden_path.display());
    }
    // What the sample data is for: three reps per side, the left side 10-15 % weaker.
    let best = |file: usize, channel: usize| {
        golden[file]["channels"][channel]["summary"]["peak_force_n"]["best"].as_f64().unwrap()
    };
    for file in 0..3 {
        for channel in golden[file]["channels"].as_array().unwrap() {
            assert_eq!(channel["reps"].as_array().unwrap().len(), 3);
        }
    }
    let knee_deficit = 100.0 * (1.0 - best(0, 0) / best(1, 0));
    assert!((10.0..=15.0).contains(&knee_deficit), "knee flexion deficit {knee_deficit}");
    let nordic = &golden[2]["asymmetry"];
    assert_eq!(nordic["weaker"], "left");
    let nordic_deficit = nordic["formulas"]["percent_difference"].as_f64().unwrap();
    assert!((10.0..=15.0).contains(&nordic_deficit), "nordic deficit {nordic_deficit}");
}

/// Files of a folder, relative path -> bytes.
fn folder(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
                files.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// The manifest without its export time.
fn manifest_body(bytes: &[u8]) -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    v.as_object_mut().unwrap().remove("exported_at");
    v
}

/// `sample-data/clinic/` is exactly what the demo generator exports today.
#[test]
fn demo_clinic_is_what_the_generator_makes() {
    use forcetrack::io::demo::build_demo_clinic;
    use forcetrack::io::export::export_all;
    use forcetrack::store::{IntegrityCheck, Store};
    let work = tempfile::tempdir().unwrap();
    let mut store = Store::open_named(work.path(), "demo.sqlite", IntegrityCheck::Never).unwrap();
    build_demo_clinic(&mut store).unwrap();
    let fresh = work.path().join("export");
    export_all(&store, &fresh, Default::default(), &mut |_, _| {}).unwrap();
    let committed = common::project_dir().join("sample-data/clinic");
    if bless() {
        let _ = std::fs::remove_dir_all(&committed);
        for (name, bytes) in folder(&fresh) {
            let path = committed.join(&name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
    }
    let (made, stored) = (folder(&fresh), folder(&committed));
    assert_eq!(made.keys().collect::<Vec<_>>(), stored.keys().collect::<Vec<_>>(), "file lists differ");
    for (name, bytes) in &made {
        if name == "manifest.json" {
            assert_eq!(manifest_body(bytes), manifest_body(&stored[name]));
        } else if name.starts_with("traces/") {
            // Simulated values may differ by one 0.01 N step across platforms' libm.
            let a = forcetrack::io::parse_trace(bytes, name).unwrap().trace;
            let b = forcetrack::io::parse_trace(&stored[name], name).unwrap().trace;
            assert_eq!(a.time_s, b.time_s, "{name}");
            for (x, y) in a.channels.iter().zip(&b.channels) {
                let worst = x.force_n.iter().zip(&y.force_n).map(|(p, q)| (p - q).abs()).fold(0.0, f64::max);
                assert!(worst <= 0.010_000_1, "{name}: {worst}");
            }
        } else {
            assert_eq!(String::from_utf8_lossy(bytes), String::from_utf8_lossy(&stored[name]), "{name} differs");
        }
    }
}
