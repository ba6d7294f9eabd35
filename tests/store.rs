//! The clinic database's records on both backends: round trips of every export and import, bad
//! files, formula injection, manual checks, deleted visits, baselines, entered trials, lever arms.

mod common;

use std::path::Path;

use forcetrack::io::CsvOptions;
use forcetrack::io::export::{ExportContext, export_all, export_athlete_history, export_visit_summary};
use forcetrack::io::import::{ImportError, RecordingTarget, import_all, import_athletes, import_recording};
use forcetrack::model::{Athlete, Side};
use forcetrack::records;
use forcetrack::store::{Store, StoreError};

use common::clinic::{demo_store, open};

#[test]
fn export_all_then_import_all_is_lossless() {
    let a = tempfile::tempdir().unwrap();
    let store = demo_store(a.path());
    store.set_setting("results", &serde_json::json!({"summary": "mean"})).unwrap();
    let mut custom = store.test_library().unwrap().test("hip_abduction_iso").unwrap().clone();
    custom.id = "hip_abduction_side_lying".into();
    custom.name = "=Hip abduction, side-lying".into();
    custom.built_in = false;
    store.save_custom_test(&custom).unwrap();
    // A clinic's clearance template and a sign-off with the evaluation it signed.
    let templates =
        forcetrack::clearance::TemplateSet::new(&[], &store.test_library().unwrap(), forcetrack::i18n::loader());
    let mut template = templates.get("hamstring_strain").unwrap().clone();
    template.id = "hamstring_strain_clinic_1".into();
    template.max_age_days = 21;
    store.save_custom_clearance_template(&template.id, &serde_json::to_string(&template).unwrap()).unwrap();
    let visit = store.visits(1).unwrap().last().unwrap().clone();
    store
        .add_signoff(&forcetrack::model::SignOff {
            id: 0,
            athlete_id: 1,
            episode_id: visit.episode_id,
            visit_id: Some(visit.id),
            template_id: template.id.clone(),
            status: "cleared".into(),
            clinician: "Dr. Ana Costa".into(),
            signed_at: visit.date_time,
            note: "back to full training".into(),
            evaluation: r#"{"status":"cleared"}"#.into(),
        })
        .unwrap();
    let first = a.path().join("export1");
    let m1 = export_all(&store, &first, CsvOptions::default(), &mut |_, _| {}).unwrap();
    assert_eq!((m1.athletes, m1.visits, m1.trials), (6, 23, 162));

    for options in [CsvOptions::default(), CsvOptions::new(None, true).unwrap()] {
        let b = tempfile::tempdir().unwrap();
        let locale = b.path().join("locale");
        export_all(&store, &locale, options, &mut |_, _| {}).unwrap();
        let mut copy = open(&b.path().join("db"));
        import_all(&mut copy, &locale, &mut |_, _| {}).unwrap();
        let again = b.path().join("export2");
        export_all(&copy, &again, CsvOptions::default(), &mut |_, _| {}).unwrap();
        for entry in walk(&first) {
            let relative = entry.strip_prefix(&first).unwrap();
            let (x, y) = (std::fs::read(&entry).unwrap(), std::fs::read(again.join(relative)).unwrap());
            if relative == Path::new("manifest.json") {
                continue;
            }
            assert!(x == y, "{} differs after a round trip with {:?}", relative.display(), options);
        }
        // Same results computed from the samples on both sides.
        let library = copy.test_library().unwrap();
        assert!(library.test("hip_abduction_side_lying").is_some());
        let kept = copy.custom_clearance_templates().unwrap();
        assert!(
            kept.iter().any(|(id, json)| id == "hamstring_strain_clinic_1" && json.contains("\"max_age_days\":21")),
            "{kept:?}"
        );
        let signed = copy.signoffs(1).unwrap();
        assert_eq!(signed.len(), 1);
        assert_eq!(
            (signed[0].clinician.as_str(), signed[0].evaluation.as_str()),
            ("Dr. Ana Costa", r#"{"status":"cleared"}"#)
        );
        assert_eq!(copy.clearance_checks(1).unwrap(), store.clearance_checks(1).unwrap());
        let settings = forcetrack::records::result_settings(&copy).unwrap();
        assert_eq!(settings.summary, forcetrack::analysis::SummaryChoice::Mean);
        for athlete in 1..=6 {
            let before =
                serde_json::to_value(records::athlete_results(&store, athlete, &library, &settings).unwrap()).unwrap();
            let after =
                serde_json::to_value(records::athlete_results(&copy, athlete, &library, &settings).unwrap()).unwrap();
            if let Some(path) = first_difference(&before, &after, "$") {
                panic!("athlete {athlete}: results differ at {path} ({options:?})");
            }
        }
    }
}

fn first_difference(a: &serde_json::Value, b: &serde_json::Value, path: &str) -> Option<String> {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => x.iter().find_map(|(k, v)| match y.get(k) {
            Some(w) => first_difference(v, w, &format!("{path}.{k}")),
            None => Some(format!("{path}.{k} (missing)")),
        }),
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find_map(|(i, (v, w))| first_difference(v, w, &format!("{path}[{i}]")))
        }
        _ if a == b => None,
        _ => Some(format!("{path}: {a} vs {b}")),
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { out.extend(walk(&path)) } else { out.push(path) }
    }
    out.sort();
    out
}

#[test]
fn import_all_refuses_a_database_with_athletes() {
    let a = tempfile::tempdir().unwrap();
    let store = demo_store(a.path());
    let folder = a.path().join("export");
    export_all(&store, &folder, CsvOptions::default(), &mut |_, _| {}).unwrap();
    let mut again = store;
    let e = import_all(&mut again, &folder, &mut |_, _| {}).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("{}: the database already holds 6 athletes; import into an empty data folder", folder.display())
    );
}

#[test]
fn athlete_lists_import_all_or_nothing_with_every_bad_row_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let good = "First Name,Last Name,Sex,Date of Birth,External Id,Sport,Dominant Leg,Body Mass (kg)\n\
                Ana,Silva,Female,1998-03-04,VH-1,Football,Left,62.5\n\
                Ben,Okafor,male,2001-11-30,VH-2,Rugby,R,\n";
    let ids = import_athletes(&mut store, good.as_bytes(), "team.csv").unwrap();
    assert_eq!(ids.len(), 2);
    let ana = store.athlete(ids[0]).unwrap();
    assert_eq!(
        (ana.dominant_leg, ana.body_mass_kg, ana.external_id.as_deref()),
        (Some(Side::Left), Some(62.5), Some("VH-1"))
    );

    let bad = "Given Name;Family Name;Sex;DOB;External Id;Body Mass\n\
               Cleo;Dart;Female;1999-02-30;VH-3;60\n\
               ;Evans;M;2000-01-01;VH-4;70\n\
               Finn;Gray;Q;2000-01-01;VH-1;70\n\
               Gus;Hale;M;2000/01/01;VH-5;7,5\n\
               Ida;Ives;F;1995-05-05;VH-6;71,5\n";
    let e = import_athletes(&mut store, bad.as_bytes(), "bad.csv").unwrap_err();
    assert_eq!(
        e.to_string(),
        "bad.csv: nothing imported, 4 bad rows:\n\
         \x20 line 2: date of birth '1999-02-30' is not YYYY-MM-DD\n\
         \x20 line 3: given name is empty\n\
         \x20 line 4: sex 'Q' is not Female, Male or Other\n\
         \x20 line 5: date of birth '2000/01/01' is not YYYY-MM-DD; body mass 7.5 kg is outside 20-300 kg"
    );
    assert_eq!(store.count("athletes").unwrap(), 2, "nothing imported");
    // An external id already in the database.
    let dup = "Given Name,Family Name,Sex,Date of Birth,External Id\nJo,Kay,F,1990-01-01,VH-2\n";
    let e = import_athletes(&mut store, dup.as_bytes(), "dup.csv").unwrap_err();
    assert_eq!(
        e.to_string(),
        "dup.csv: nothing imported, 1 bad row:\n  line 2: external id 'VH-2' is already used by athlete 2 (Ben Okafor)"
    );
    let missing = "Name,Sex\nA,F\n";
    assert_eq!(
        import_athletes(&mut store, missing.as_bytes(), "m.csv").unwrap_err().to_string(),
        "m.csv: missing columns given_name, family_name, date_of_birth (the header has: Name, Sex)"
    );
    assert_eq!(import_athletes(&mut store, b"", "e.csv").unwrap_err().to_string(), "e.csv: the file is empty");
}

#[test]
fn a_chronojump_recording_becomes_a_trial_with_the_same_analysis() {
    let Some(dir) = common::external_dir("chronojump-force") else { return };
    let file = dir.join("294_Matus-Vyboh_2020-01-30_19-08-57.csv");
    let data = tempfile::tempdir().unwrap();
    let mut store = open(data.path());
    let id = store.add_athlete(&Athlete::new("Matus", "Vyboh")).unwrap();
    let target = RecordingTarget {
        athlete_id: id,
        visit_id: None,
        date_time: None,
        test_id: "knee_flexion_iso_90".into(),
        side: Side::Right,
        polarity: None,
        lever_arm_m: Some(0.4),
    };
    let (visit, trial) = import_recording(&mut store, &file, &target).unwrap();
    let info = store.trial_info(trial).unwrap();
    assert_eq!(info.visit_id, visit);
    let params = forcetrack::analysis::AnalysisParams::default();
    let stored = records::trial_analysis(&store, &info, &params).unwrap();
    let direct = forcetrack::io::read_trace_file(&file).unwrap().trace;
    let expected = forcetrack::analysis::analyze_trace(&direct, None, &params).unwrap();
    assert_eq!(stored[0].reps, expected[0].reps, "times start at 0 in both");
    assert!(stored[0].inverted);
    // A two-channel file cannot be a single-side trial.
    let two = common::project_dir().join("sample-data/recordings/nordic_both.csv");
    let e = import_recording(&mut store, &two, &target).unwrap_err();
    assert!(matches!(e, ImportError::File { .. }));
    assert!(e.to_string().ends_with("a right-side trial needs one force channel; the file has left, right"), "{e}");
}

#[test]
fn visit_summary_and_history_exports() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let ctx = ExportContext::new(&store, CsvOptions::default()).unwrap();
    // Liam's last visit: every test with both sides, change since the visit before.
    let last = store.visits(1).unwrap().last().unwrap().id;
    let mut out = Vec::new();
    let rows = export_visit_summary(&ctx, last, &mut out).unwrap();
    assert_eq!(rows.rows, 10);
    assert!(rows.left_out.is_empty());
    let text = String::from_utf8(out.clone()).unwrap();
    assert!(text.starts_with("# ForceTrack visit summary"), "{}", &text[..80]);
    assert!(text.contains("# method asymmetry: Percent difference, (stronger - weaker)"), "{text}");
    let mut reader = csv::ReaderBuilder::new().comment(Some(b'#')).from_reader(out.as_slice());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}"));
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let nordic_left = records.iter().find(|r| &r[col("test_id")] == "nordic" && &r[col("side")] == "left").unwrap();
    assert_eq!(&nordic_left[col("athlete")], "Liam O'Connor");
    assert_eq!(&nordic_left[col("injured_side")], "left");
    assert_eq!(&nordic_left[col("previous_visit_date")], "2026-04-13");
    assert_eq!(&nordic_left[col("mdc_n")], "60");
    assert_eq!(&nordic_left[col("mdc_percent")], "");
    assert_eq!(&nordic_left[col("mdc_source")], "Opar et al. 2013 (NordBord: MDC95 60.1-76.2 N; ICC 0.83-0.90)");
    let change: f64 = nordic_left[col("change")].parse().unwrap();
    let result: f64 = nordic_left[col("result_n")].parse().unwrap();
    let previous: f64 = nordic_left[col("previous_result")].parse().unwrap();
    assert!((result - previous - change).abs() <= 0.11, "{result} - {previous} != {change}");
    let verdict = &nordic_left[col("change_verdict")];
    assert_eq!(verdict, if change.abs() < 60.0 { "within measurement error" } else { "improved" });
    assert_eq!(&nordic_left[col("asymmetry_band")], "green");
    let kf = records.iter().find(|r| &r[col("test_id")] == "knee_flexion_iso_90" && &r[col("side")] == "left").unwrap();
    let change_percent: f64 = kf[col("change_percent")].parse().unwrap();
    assert_eq!(&kf[col("mdc_percent")], "13");
    assert_eq!(
        &kf[col("change_verdict")],
        if change_percent.abs() < 13.0 { "within measurement error" } else { "improved" }
    );
    // H:Q on the rows of its two tests: flexion torque (0.38 m) over extension torque (0.40 m).
    let hq: f64 = kf[col("hq_ratio")].parse().unwrap();
    let ke =
        records.iter().find(|r| &r[col("test_id")] == "knee_extension_iso_90" && &r[col("side")] == "left").unwrap();
    let (flexion, extension): (f64, f64) =
        (kf[col("torque_n_m")].parse().unwrap(), ke[col("torque_n_m")].parse().unwrap());
    assert!((hq - flexion / extension).abs() < 0.002, "{hq} vs {flexion} / {extension}");
    assert_eq!(&ke[col("hq_ratio")], &kf[col("hq_ratio")]);
    assert_eq!(&nordic_left[col("hq_ratio")], "");
    let bridge = records.iter().find(|r| &r[col("test_id")] == "single_leg_bridge").unwrap();
    assert_eq!((&bridge[col("measure")], &bridge[col("result_n")]), ("reps", ""));
    assert!(bridge[col("result_reps")].parse::<u32>().is_ok());

    let mut out = Vec::new();
    let rows = export_athlete_history(&ctx, 1, &mut out).unwrap().rows;
    assert_eq!(rows, 5 + 3 + 3 + 4 + 4 * 5);
    let text = String::from_utf8(out).unwrap();
    let header = text.lines().find(|l| !l.starts_with('#')).unwrap();
    assert!(header.contains("left_best_n,left_mean_n,right_best_n,right_mean_n,left_result,right_result"), "{header}");
    // A locale with a decimal comma.
    let comma = ExportContext::new(&store, CsvOptions::new(None, true).unwrap()).unwrap();
    let mut out = Vec::new();
    export_athlete_history(&comma, 1, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let mut table = text.lines().filter(|l| !l.starts_with('#'));
    assert!(table.next().unwrap().starts_with("athlete_id;athlete;"));
    let first = table.next().unwrap();
    assert!(first.contains(";78,4;"), "{first}");
}

#[test]
fn text_that_looks_like_a_formula_is_neutralised_and_numbers_stay_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut a = Athlete::new("=cmd|' /C calc'!A0", "+SUM(1,2)");
    a.sport = Some("@attack".into());
    a.notes = "-2 kg since last week".into();
    a.body_mass_kg = Some(70.5);
    store.add_athlete(&a).unwrap();
    let out = dir.path().join("x");
    export_all(&store, &out, CsvOptions::default(), &mut |_, _| {}).unwrap();
    let text = std::fs::read_to_string(out.join("athletes.csv")).unwrap();
    let row = text.lines().nth(1).unwrap();
    // RFC 4180 quotes the cell holding a comma; the leading ' stays inside the quotes.
    assert_eq!(row, "1,'=cmd|' /C calc'!A0,\"'+SUM(1,2)\",,,,'@attack,,70.5,'-2 kg since last week,false");
    let mut copy = open(&dir.path().join("copy"));
    import_all(&mut copy, &out, &mut |_, _| {}).unwrap();
    let back = copy.athlete(1).unwrap();
    assert_eq!((back.given_name.as_str(), back.family_name.as_str()), ("=cmd|' /C calc'!A0", "+SUM(1,2)"));
    assert_eq!(back.notes, "-2 kg since last week");
}

#[test]
fn a_manual_check_keeps_every_answer_the_latest_is_current_and_an_export_keeps_them_all() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let athlete = store.add_athlete(&Athlete::new("Kim", "Lee")).unwrap();
    let visit = store.add_visit(&common::clinic::visit(athlete)).unwrap();
    let answer = |done: Option<bool>, who: &str, minute: u32| forcetrack::model::ClearanceCheck {
        visit_id: visit,
        check_id: "palpation_pain_free".into(),
        done,
        clinician: who.into(),
        checked_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap().and_hms_opt(10, minute, 0).unwrap(),
    };
    store.set_clearance_check(&answer(Some(true), "Dr. First", 0)).unwrap();
    // Another clinician answers later: the first answer stays in the record.
    store.set_clearance_check(&answer(Some(false), "Dr. Second", 5)).unwrap();
    assert_eq!(store.clearance_checks(athlete).unwrap(), vec![answer(Some(false), "Dr. Second", 5)]);
    // Withdrawn: no current answer, three entries kept.
    store.set_clearance_check(&answer(None, "Dr. Second", 6)).unwrap();
    assert!(store.clearance_checks(athlete).unwrap().is_empty());
    let log = store.clearance_check_log(athlete).unwrap();
    assert_eq!(
        log.iter().map(|c| (c.clinician.as_str(), c.done)).collect::<Vec<_>>(),
        vec![("Dr. First", Some(true)), ("Dr. Second", Some(false)), ("Dr. Second", None)]
    );
    store.set_clearance_check(&answer(Some(true), "Dr. First", 9)).unwrap();
    // An export and import keep the whole log, in order.
    let out = dir.path().join("export");
    export_all(&store, &out, CsvOptions::default(), &mut |_, _| {}).unwrap();
    let mut copy = open(&dir.path().join("copy"));
    import_all(&mut copy, &out, &mut |_, _| {}).unwrap();
    assert_eq!(copy.clearance_check_log(athlete).unwrap(), store.clearance_check_log(athlete).unwrap());
    assert_eq!(copy.clearance_checks(athlete).unwrap(), vec![answer(Some(true), "Dr. First", 9)]);
}

/// Deleting a visit keeps it restorable (issue 27): every reader leaves it and its trials and
/// checks out, an export leaves it out and imports whole, restoring brings all of it back (as
/// the episode's baseline too), and after 30 days it is removed for good.
#[test]
fn a_deleted_visit_is_left_out_everywhere_restorable_and_purged_after_30_days() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let library = store.test_library().unwrap();
    let visits = store.visits(1).unwrap();
    let last = visits.last().unwrap().id;
    let trials = store.trials_of_visit(last).unwrap();
    let checks = store.clearance_checks(1).unwrap();
    assert!(!trials.is_empty() && checks.iter().any(|c| c.visit_id == last), "the demo's last visit has both");
    let (all_trials, listed) = (store.trials_of_athlete(1).unwrap().len(), store.athletes(true).unwrap());

    let deleted = store.delete_visit(last).unwrap();
    assert_eq!(deleted.trials(), trials.len());
    let text = deleted.trials_text(&library, &forcetrack::i18n::loader_for(forcetrack::i18n::Language::English.into()));
    assert!(text.starts_with(&format!("{} trials: ", trials.len())) && text.contains("Isometric knee flexion 90/90 ("));
    assert!(store.visits(1).unwrap().iter().all(|v| v.id != last));
    assert!(matches!(store.visit(last), Err(StoreError::NotFound { .. })));
    assert_eq!(store.trials_of_athlete(1).unwrap().len(), all_trials - trials.len());
    assert!(store.trials_of_visit(last).unwrap().is_empty());
    assert!(matches!(store.trial_info(trials[0].id), Err(StoreError::NotFound { .. })));
    assert!(store.clearance_checks(1).unwrap().iter().all(|c| c.visit_id != last));
    let visits_listed =
        |rows: &[forcetrack::store::AthleteRow]| rows.iter().find(|r| r.athlete.id == 1).unwrap().visits;
    assert_eq!(visits_listed(&store.athletes(true).unwrap()), visits_listed(&listed) - 1);
    assert!(matches!(store.delete_visit(last), Err(StoreError::NotFound { .. })), "deleted once");
    assert_eq!(store.deleted_visits(Some(1)).unwrap(), vec![deleted.clone()]);
    assert!(store.deleted_visits(Some(2)).unwrap().is_empty());
    // Nothing goes into a deleted visit (a recovered recording, a count, values typed in).
    let count = forcetrack::store::NewTrial::new(
        last,
        forcetrack::model::TrialMeta::new("single_leg_bridge", Side::Left, "count entered", Default::default()),
        forcetrack::model::Trace::without_samples(),
    );
    let e = store.add_trial(&count).unwrap_err().to_string();
    assert!(e.contains(&format!("visit {last} was deleted")) && e.contains("restore it first"), "{e}");

    // An export holds the live record only, and imports whole.
    let folder = dir.path().join("export");
    let manifest = export_all(&store, &folder, CsvOptions::default(), &mut |_, _| {}).unwrap();
    assert_eq!((manifest.visits, manifest.trials), (22, 162 - trials.len()));
    let copy_dir = tempfile::tempdir().unwrap();
    let mut copy = open(copy_dir.path());
    import_all(&mut copy, &folder, &mut |_, _| {}).unwrap();
    assert_eq!(copy.visits(1).unwrap().len(), visits.len() - 1);
    assert!(copy.deleted_visits(None).unwrap().is_empty());

    // The pre-injury baseline deleted reads as none until it is restored.
    let episode = store.episodes(1).unwrap()[0].clone();
    let baseline = episode.baseline_visit_id.expect("Liam's baseline");
    store.delete_visit(baseline).unwrap();
    assert_eq!(store.episode(episode.id).unwrap().baseline_visit_id, None);
    store.restore_visit(baseline).unwrap();
    assert_eq!(store.episode(episode.id).unwrap().baseline_visit_id, Some(baseline));

    let restored = store.restore_visit(last).unwrap();
    assert_eq!(restored.trials(), trials.len());
    assert_eq!(store.visits(1).unwrap(), visits);
    assert_eq!(store.trials_of_athlete(1).unwrap().len(), all_trials);
    assert_eq!(store.clearance_checks(1).unwrap(), checks);
    assert!(matches!(store.restore_visit(last), Err(StoreError::NotFound { .. })), "restored once");

    // Thirty days on, a deleted visit is removed for good with its trials.
    let before = store.count("trials").unwrap();
    store.delete_visit(last).unwrap();
    let now = chrono::Local::now().naive_local();
    assert_eq!(store.purge_deleted_visits(now + chrono::Duration::days(29)).unwrap(), 0, "kept 30 days");
    assert_eq!(store.purge_deleted_visits(now + chrono::Duration::days(31)).unwrap(), 1);
    assert_eq!(store.count("trials").unwrap(), before - trials.len() as i64);
    assert!(matches!(store.restore_visit(last), Err(StoreError::NotFound { .. })));
}

/// A pre-injury baseline is a visit before the injury (issue 27): the store refuses a later
/// one, or a baseline visit moved after the injury, naming the dates; `import all` refuses an
/// episode whose baseline is not before its injury.
#[test]
fn a_pre_injury_baseline_after_the_injury_is_refused_with_its_dates() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let episode = store.episodes(1).unwrap()[0].clone();
    let injury = episode.injury_date;
    let after = store.visits(1).unwrap().into_iter().find(|v| (v.date_time.date() - injury).num_days() >= 14).unwrap();
    let said = |e: StoreError| e.to_string();
    let mut later = episode.clone();
    later.baseline_visit_id = Some(after.id);
    let e = said(store.update_episode(&later).unwrap_err());
    assert!(
        e.contains(&format!("the visit of {} is not before the injury date {injury}", after.date_time.date())),
        "{e}"
    );
    later.id = 0;
    assert!(said(store.add_episode(&later).unwrap_err()).contains("is not before the injury date"));
    // Another athlete's visit, or one not in the clinic, is no baseline either.
    let mut other = episode.clone();
    other.baseline_visit_id = Some(store.visits(2).unwrap()[0].id);
    assert!(said(store.update_episode(&other).unwrap_err()).contains("is another athlete's visit"));
    other.baseline_visit_id = Some(9999);
    assert!(said(store.update_episode(&other).unwrap_err()).contains("visit 9999, is not in the clinic"));
    // On the injury day itself: not before it either.
    let mut same_day = store.visit(episode.baseline_visit_id.unwrap()).unwrap();
    let mut moved = episode.clone();
    moved.injury_date = same_day.date_time.date();
    assert!(said(store.update_episode(&moved).unwrap_err()).contains("is not before the injury date"));
    // The baseline visit itself cannot move past its injury.
    same_day.date_time = injury.and_hms_opt(18, 0, 0).unwrap();
    let e = said(store.update_visit(&same_day).unwrap_err());
    assert!(e.contains(&format!("pre-injury baseline of the injury of {injury}")), "{e}");
    assert_eq!(store.episode(episode.id).unwrap(), episode, "nothing changed");

    // import all: the same episode with its injury before its baseline visit.
    let folder = dir.path().join("export");
    export_all(&store, &folder, CsvOptions::default(), &mut |_, _| {}).unwrap();
    let file = folder.join("injury_episodes.csv");
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text.matches(&injury.to_string()).count(), 1, "{text}");
    std::fs::write(&file, text.replace(&injury.to_string(), "2026-01-05")).unwrap();
    let copy_dir = tempfile::tempdir().unwrap();
    let mut copy = open(copy_dir.path());
    let e = import_all(&mut copy, &folder, &mut |_, _| {}).unwrap_err().to_string();
    assert!(e.contains("injury_episodes.csv") && e.contains("baseline_visit_id"), "{e}");
    assert!(e.contains("is not before the injury date 2026-01-05"), "{e}");
    assert_eq!(copy.count("athletes").unwrap(), 0, "nothing imported");
}

/// A Nordic entered by hand keeps each leg's peaks (issue 27) through `export all` and
/// `import all`; the store refuses a trial of both legs without the right leg's peaks, and
/// right-leg peaks on a one-leg trial.
#[test]
fn a_nordic_entered_by_hand_keeps_each_legs_peaks_through_export_and_import() {
    use forcetrack::io::import::{EnteredTrial, save_entered};
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(dir.path());
    let entered = EnteredTrial {
        athlete_id: 2,
        visit_id: None,
        date: chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
        test_id: "nordic".into(),
        side: Side::Both,
        device: "VALD NordBord".into(),
        instrument: forcetrack::model::Instrument::LoadCellRig,
        unit: forcetrack::model::ForceUnit::KilogramForce,
        peaks: vec![38.0, 39.5],
        right_peaks: vec![35.25, 36.0, 35.5],
        pain: Some(0),
        lever_arm_m: None,
    };
    let (_, trial) = save_entered(&mut store, &entered).unwrap();
    let info = store.trial_info(trial).unwrap();
    let peaks = info.entered.clone().unwrap();
    assert_eq!(info.meta.side, Side::Both);
    assert_eq!((peaks.peaks_n.len(), peaks.right_peaks_n.len()), (2, 3));
    assert!((peaks.right_peaks_n[1] - 36.0 * 9.80665).abs() < 1e-9);
    let folder = dir.path().join("export");
    export_all(&store, &folder, CsvOptions::default(), &mut |_, _| {}).unwrap();
    let copy_dir = tempfile::tempdir().unwrap();
    let mut copy = open(copy_dir.path());
    import_all(&mut copy, &folder, &mut |_, _| {}).unwrap();
    assert_eq!(copy.trial_info(trial).unwrap().entered, Some(peaks.clone()), "exactly the same peaks");

    let mut one_leg = forcetrack::store::NewTrial::new(
        info.visit_id,
        forcetrack::model::TrialMeta::new("nordic", Side::Left, "VALD NordBord", Default::default()),
        forcetrack::model::Trace::without_samples(),
    );
    one_leg.entered = Some(peaks.clone());
    assert!(store.add_trial(&one_leg).unwrap_err().to_string().contains("no right-leg peaks"));
    let mut both = one_leg.clone();
    both.meta.side = Side::Both;
    both.entered = Some(forcetrack::model::EnteredPeaks::one_leg(vec![380.0], forcetrack::model::ForceUnit::Newton));
    assert!(store.add_trial(&both).unwrap_err().to_string().contains("needs the right leg's peaks"));
}

/// A lever arm measured after the recording (issue 27): set on the trial, the torque and H:Q
/// read it; corrected, they follow; a lever arm that is not plausible, a trial that does not
/// exist and a trial of a deleted visit are refused with the reason.
#[test]
fn a_lever_arm_added_after_the_recording_gives_torque_and_hq() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let liam = store.athletes(false).unwrap().into_iter().find(|r| r.athlete.family_name == "O'Connor").unwrap();
    let library = store.test_library().unwrap();
    let settings = records::result_settings(&store).unwrap();
    let last =
        |store: &Store| records::athlete_results(store, liam.athlete.id, &library, &settings).unwrap().pop().unwrap();
    let visit = last(&store);
    let extension: Vec<i64> = store
        .trials_of_visit(visit.visit.id)
        .unwrap()
        .iter()
        .filter(|t| t.meta.test_id == "knee_extension_iso_90" && t.meta.side == Side::Left)
        .map(|t| t.id)
        .collect();
    assert!(!extension.is_empty());
    let ratio = visit.hq(Side::Left).ratio().expect("H:Q with both lever arms");

    // Recorded without a lever arm: no torque, no H:Q.
    for &id in &extension {
        store.set_lever_arm(id, None).unwrap();
    }
    assert_eq!(last(&store).hq(Side::Left), forcetrack::results::Hq::NoLeverArm);
    // Added afterwards: torque and H:Q again; corrected, the ratio follows.
    for &id in &extension {
        store.set_lever_arm(id, Some(0.40)).unwrap();
    }
    assert!((last(&store).hq(Side::Left).ratio().unwrap() - ratio).abs() < 1e-12);
    for &id in &extension {
        store.set_lever_arm(id, Some(0.50)).unwrap();
    }
    assert!((last(&store).hq(Side::Left).ratio().unwrap() - ratio * 0.40 / 0.50).abs() < 1e-12);
    assert_eq!(store.trial_info(extension[0]).unwrap().meta.lever_arm_m, Some(0.50));

    // Refused, with the reason.
    for bad in [0.0, -0.3, 5.0, f64::NAN, f64::INFINITY] {
        let e = store.set_lever_arm(extension[0], Some(bad)).unwrap_err().to_string();
        assert!(e.contains("is not plausible"), "{bad}: {e}");
    }
    assert!(matches!(store.set_lever_arm(999_999, Some(0.4)), Err(StoreError::NotFound { .. })));
    store.delete_visit(visit.visit.id).unwrap();
    let e = store.set_lever_arm(extension[0], Some(0.4)).unwrap_err().to_string();
    assert!(e.contains("which is deleted: restore the visit first"), "{e}");
    store.restore_visit(visit.visit.id).unwrap();
    assert_eq!(store.trial_info(extension[0]).unwrap().meta.lever_arm_m, Some(0.50), "unchanged");
}
