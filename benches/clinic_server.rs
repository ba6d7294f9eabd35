//! The clinic's record on SQLite against the same record on a PostgreSQL server on loopback:
//! `cargo bench --bench clinic_server` (the server from `PGHOST`, `PGPORT`, `PGUSER`,
//! `PGPASSWORD`; the SQLite half alone without one).
//!
//! A clinic of 2,000 athletes (one visit each, a quarter with an injury episode) and one athlete
//! with 50 visits of 12 trials of 3 s at 1 kHz. Times: the athlete list, and the cold history
//! of the 50-visit athlete (every trial analysed from its samples, the cache cleared first);
//! and how long `server push` takes to move the clinic. Reading is batched (a query per list,
//! not per row), so the server's figures are the SQLite ones plus a few round trips.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use common::median;
use forcetrack::device::sim::{SimAthlete, SimLayout};
use forcetrack::io::CsvOptions;
use forcetrack::io::sample_data::simulate_trace;
use forcetrack::model::{Athlete, InjuryEpisode, InjuryKind, Polarity, ProvocationTests, Side, TrialMeta, Visit};
use forcetrack::records;
use forcetrack::store::{IntegrityCheck, NewTrial, ServerAddress, Store};

const ATHLETES: usize = 2000;
const VISITS: usize = 50;
const TESTS: [(&str, Side); 12] = [
    ("knee_flexion_iso_90", Side::Left),
    ("knee_flexion_iso_90", Side::Right),
    ("knee_flexion_iso_30", Side::Left),
    ("knee_flexion_iso_30", Side::Right),
    ("hip_extension_iso", Side::Left),
    ("hip_extension_iso", Side::Right),
    ("hip_abduction_iso", Side::Left),
    ("hip_abduction_iso", Side::Right),
    ("hip_adduction_iso", Side::Left),
    ("hip_adduction_iso", Side::Right),
    ("knee_extension_iso_90", Side::Left),
    ("knee_extension_iso_90", Side::Right),
];

fn visit(athlete_id: i64, date_time: chrono::NaiveDateTime) -> Visit {
    Visit {
        id: 0,
        athlete_id,
        episode_id: None,
        date_time,
        body_mass_kg: Some(70.0),
        clinician: "bench".into(),
        visa_h: None,
        provocation: ProvocationTests::default(),
        notes: String::new(),
    }
}

/// The clinic: 2,000 athletes, then the one with 50 visits (its id returned).
fn generate(store: &mut Store) -> i64 {
    let first = NaiveDate::from_ymd_opt(2024, 1, 8).unwrap().and_hms_opt(9, 0, 0).unwrap();
    store
        .transaction(|s| -> Result<(), forcetrack::store::StoreError> {
            for a in 0..ATHLETES {
                let id = s.add_athlete(&Athlete::new(
                    &format!("Given{a:04}"),
                    &format!("Family{:04}", (a * 7919) % ATHLETES),
                ))?;
                s.add_visit(&visit(id, first + chrono::Duration::days((a % 300) as i64)))?;
                if a % 4 == 0 {
                    s.add_episode(&InjuryEpisode {
                        id: 0,
                        athlete_id: id,
                        kind: InjuryKind::HamstringStrain,
                        side: Some(Side::Left),
                        grade: None,
                        location: None,
                        injury_date: NaiveDate::from_ymd_opt(2024, 11, 2).unwrap(),
                        baseline_visit_id: None,
                        closed_on: None,
                        notes: String::new(),
                    })?;
                }
            }
            Ok(())
        })
        .unwrap();
    let traces: Vec<_> = (0..24)
        .map(|k| {
            let a = SimAthlete { peak_n: 200.0 + 5.0 * k as f64, reps: Some(3), ..SimAthlete::default() };
            let mut t = simulate_trace(&a, SimLayout::Single { side: Side::Left }, 1000.0, k, "bench");
            t.time_s.truncate(3000);
            t.channels[0].force_n.truncate(3000);
            t
        })
        .collect();
    store
        .transaction(|s| -> Result<i64, forcetrack::store::StoreError> {
            let id = s.add_athlete(&Athlete::new("Fifty", "Visits"))?;
            for v in 0..VISITS {
                let at = first + chrono::Duration::days(7 * v as i64);
                let visit_id = s.add_visit(&visit(id, at))?;
                for (k, (test, side)) in TESTS.iter().enumerate() {
                    let mut trial = NewTrial::new(
                        visit_id,
                        TrialMeta::new(test, *side, "bench", Polarity::Auto),
                        traces[(v + k) % traces.len()].clone(),
                    );
                    trial.recorded_at = at + chrono::Duration::minutes(k as i64 * 3);
                    s.add_trial(&trial)?;
                }
            }
            Ok(id)
        })
        .unwrap()
}

fn ms(d: Duration) -> String {
    format!("{:8.1} ms", d.as_secs_f64() * 1e3)
}

/// Times the list and the cold history on `store`.
fn measure(name: &str, store: &Store, fifty: i64) {
    let mut count = 0;
    let list = median(11, || count = store.athletes(false).unwrap().len());
    assert_eq!(count, ATHLETES + 1);
    let library = store.test_library().unwrap();
    let settings = records::result_settings(store).unwrap();
    let cold = median(5, || {
        store.clear_analysis_cache(fifty).unwrap();
        let history = records::athlete_results(store, fifty, &library, &settings).unwrap();
        assert_eq!(history.len(), VISITS);
    });
    let warm = median(5, || {
        records::athlete_results(store, fifty, &library, &settings).unwrap();
    });
    println!("{name:<32} athlete list {}   cold history {}   warm history {}", ms(list), ms(cold), ms(warm));
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data/clinic-server");
    let _ = std::fs::remove_dir_all(&root);
    let local_dir = root.join("sqlite");
    let mut local = Store::open_named(&local_dir, "forcetrack.sqlite", IntegrityCheck::Never).unwrap();
    let started = Instant::now();
    let fifty = generate(&mut local);
    println!(
        "clinic: {ATHLETES} athletes + one with {VISITS} visits x {} trials of 3 s at 1 kHz (made in {:.1} s)",
        TESTS.len(),
        started.elapsed().as_secs_f64()
    );
    measure("SQLite (this computer)", &local, fifty);

    let Ok(host) = std::env::var("PGHOST") else {
        println!("no PostgreSQL server (PGHOST): the server half is left out");
        return;
    };
    let port = std::env::var("PGPORT").unwrap_or_else(|_| "5432".into());
    let user = std::env::var("PGUSER").unwrap_or_else(|_| "postgres".into());
    let name = format!("forcetrack_bench_{}", std::process::id());
    let admin_url = format!("postgresql://{user}@{host}:{port}/postgres");
    let mut config: postgres::Config = admin_url.parse().unwrap();
    if let Ok(p) = std::env::var("PGPASSWORD") {
        config.password(p);
    }
    let mut admin = config.connect(postgres::NoTls).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    let address = ServerAddress::parse(&format!("postgresql://{user}@{host}:{port}/{name}")).unwrap();
    Store::init_server(&address).unwrap();
    let mut server = Store::connect(&address, &root.join("station")).unwrap();
    let moved = Instant::now();
    let export = root.join("export");
    forcetrack::io::export::export_all(&local, &export, CsvOptions::default(), &mut |_, _| {}).unwrap();
    forcetrack::io::import::import_all(&mut server, &export, &mut |_, _| {}).unwrap();
    println!("server push (export all, import all on the server): {:.1} s", moved.elapsed().as_secs_f64());
    measure(&format!("PostgreSQL on loopback ({host})"), &server, fifty);
    drop(server);
    admin.batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)")).unwrap();
}
