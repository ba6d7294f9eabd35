//! The demo clinic, made by the simulated athlete: a hamstring strain returning to sport, a
//! proximal hamstring tendinopathy, and a healthy squad's screening. `sample-data/clinic/` is
//! its `export all` folder (a test checks it against this code); `forcetrack demo` and the
//! app's "Explore the demo clinic" load that folder, compiled into the program.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::export::Progress;
use super::import::{Embedded, ImportError, import_all};
use super::sample_data::simulate_trace;
use crate::device::sim::{EffortShape, SimAthlete, SimLayout};
use crate::model::{
    Athlete, ClearanceCheck, EnteredPeaks, ForceUnit, HamstringLocation, InjuryEpisode, InjuryKind, Instrument,
    ProvocationTests, Sex, Side, Trace, TrialMeta, Visit,
};
use crate::protocols::{Measure, TestLibrary};
use crate::store::{NewTrial, Store, StoreError};

include!(concat!(env!("OUT_DIR"), "/demo_clinic.rs"));

/// Loads the demo clinic (compiled into the program) into an empty database.
pub fn seed_demo(store: &mut Store, progress: Progress) -> Result<(), ImportError> {
    if DEMO_CLINIC.is_empty() {
        return Err(ImportError::File {
            file: "sample-data/clinic".into(),
            message: "this build has no demo clinic (run the sample-data test with FORCETRACK_BLESS=1)".into(),
        });
    }
    import_all(store, &Embedded(DEMO_CLINIC), progress).map(|_| ())
}

/// Sample rate of the demo recordings.
const RATE_HZ: f64 = 80.0;

fn at(date: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    date.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default())
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// What one test of one visit produced.
struct Planned {
    test: &'static str,
    /// Peak force per side (left, right); for count tests the reps.
    left: f64,
    right: f64,
    pain_left: Option<u8>,
    pain_right: Option<u8>,
    lever_arm_m: Option<f64>,
    /// Entered by hand, read off a device with no public protocol: (device, kind, unit read).
    entered: Option<(&'static str, Instrument, ForceUnit)>,
}

fn plan(test: &'static str, left: f64, right: f64) -> Planned {
    Planned { test, left, right, pain_left: Some(0), pain_right: Some(0), lever_arm_m: None, entered: None }
}

impl Planned {
    fn pain(mut self, left: u8, right: u8) -> Self {
        self.pain_left = Some(left);
        self.pain_right = Some(right);
        self
    }

    fn lever(mut self, m: f64) -> Self {
        self.lever_arm_m = Some(m);
        self
    }

    fn entered(mut self, device: &'static str, instrument: Instrument, unit: ForceUnit) -> Self {
        self.entered = Some((device, instrument, unit));
        self
    }
}

struct Builder<'a> {
    store: &'a Store,
    library: TestLibrary,
    seed: u64,
}

impl Builder<'_> {
    fn trace(&mut self, test: &str, left: f64, right: f64, side: Side) -> Trace {
        self.seed += 1;
        let isometric = |peak: f64, hold: f64| SimAthlete {
            peak_n: peak,
            deficit_percent: 0.0,
            effort_s: hold,
            rest_s: 2.0,
            lead_in_s: 1.0,
            noise_n: 0.5,
            fatigue_per_rep: 0.015,
            ..SimAthlete::default()
        };
        let (athlete, layout, device) = match test {
            "nordic" => {
                let (strong, weak) = (left.max(right), left.min(right));
                (
                    SimAthlete {
                        peak_n: strong,
                        deficit_percent: (1.0 - weak / strong) * 100.0,
                        weaker: if left < right { Side::Left } else { Side::Right },
                        shape: EffortShape::Nordic,
                        effort_s: 3.2,
                        rise_tau_s: 0.3,
                        tremor_fraction: 0.02,
                        noise_n: 0.9,
                        rest_s: 2.0,
                        lead_in_s: 1.0,
                        ..SimAthlete::default()
                    },
                    SimLayout::Dual,
                    "Demo Nordic rig",
                )
            }
            "ipc_90_20" => (
                isometric(if side == Side::Left { left } else { right }, 3.0),
                SimLayout::Single { side },
                "Demo force plate",
            ),
            _ => (
                isometric(if side == Side::Left { left } else { right }, 3.5),
                SimLayout::Single { side },
                "Demo dynamometer",
            ),
        };
        let mut trace = simulate_trace(&athlete, layout, RATE_HZ, self.seed, device);
        if layout != SimLayout::Dual {
            trace.channels[0].name = "force".into();
        }
        trace
    }

    fn visit(&mut self, visit: Visit, tests: Vec<Planned>) -> Result<i64, StoreError> {
        let visit_id = self.store.add_visit(&visit)?;
        let mut minute = 5;
        for p in tests {
            let test =
                self.library.test(p.test).ok_or_else(|| StoreError::Invalid(format!("no test {}", p.test)))?.clone();
            let sides: Vec<Side> = if test.both_at_once() { vec![Side::Both] } else { vec![Side::Left, Side::Right] };
            for side in sides {
                let recorded_at = visit.date_time + chrono::Duration::minutes(minute);
                minute += 4;
                if let Some((device, instrument, unit)) = p.entered {
                    // Three reps read off the device's display, to its 0.1 resolution.
                    let best = if side == Side::Left { p.left } else { p.right };
                    let peaks_n: Vec<f64> = [0.985, 1.0, 0.97]
                        .iter()
                        .map(|f| unit.to_newtons((unit.from_newtons(best * f) * 10.0).round() / 10.0))
                        .collect();
                    let empty = Trace::without_samples();
                    let mut meta = TrialMeta::new(p.test, side, device, Default::default());
                    meta.instrument = Some(instrument);
                    meta.lever_arm_m = p.lever_arm_m;
                    let mut trial = NewTrial::new(visit_id, meta, empty);
                    trial.entered = Some(EnteredPeaks::one_leg(peaks_n, unit));
                    trial.recorded_at = recorded_at;
                    trial.pain = if side == Side::Left { p.pain_left } else { p.pain_right };
                    trial.notes = "entered by hand".into();
                    self.store.add_trial(&trial)?;
                    continue;
                }
                let (trace, reps_count) = if test.measure == Measure::RepsCount {
                    let count = if side == Side::Left { p.left } else { p.right };
                    let empty = Trace::without_samples();
                    (empty, Some(count.round() as u32))
                } else {
                    (self.trace(p.test, p.left, p.right, side), None)
                };
                let device = trace.meta.device.clone().unwrap_or_else(|| "count entered".into());
                let polarity = trace.meta.polarity.unwrap_or_default();
                let mut trial = NewTrial::new(visit_id, TrialMeta::new(p.test, side, &device, polarity), trace);
                trial.recorded_at = recorded_at;
                trial.reps_count = reps_count;
                trial.meta.lever_arm_m = p.lever_arm_m;
                trial.meta.instrument = match device.as_str() {
                    "Demo dynamometer" => Some(Instrument::Handheld),
                    "Demo Nordic rig" => Some(Instrument::LoadCellRig),
                    "Demo force plate" => Some(Instrument::ForcePlate),
                    _ => None,
                };
                trial.pain = match side {
                    Side::Left => p.pain_left,
                    Side::Right => p.pain_right,
                    Side::Both => p.pain_left.max(p.pain_right),
                };
                self.store.add_trial(&trial)?;
            }
        }
        Ok(visit_id)
    }
}

impl Builder<'_> {
    /// The clinician's manual clearance checks at a visit.
    fn checks(&mut self, visit_id: i64, at: NaiveDateTime, answers: &[(&str, bool)]) -> Result<(), StoreError> {
        for (check_id, done) in answers {
            self.store.set_clearance_check(&ClearanceCheck {
                visit_id,
                check_id: (*check_id).into(),
                done: Some(*done),
                clinician: "Dr. Jamie Rivera".into(),
                checked_at: at,
            })?;
        }
        Ok(())
    }
}

fn visit(athlete_id: i64, episode_id: Option<i64>, date_time: NaiveDateTime, mass: f64) -> Visit {
    Visit {
        id: 0,
        athlete_id,
        episode_id,
        date_time,
        body_mass_kg: Some(mass),
        clinician: "Dr. Jamie Rivera".into(),
        visa_h: None,
        provocation: ProvocationTests::default(),
        notes: String::new(),
    }
}

/// Builds the demo clinic into an empty database.
pub fn build_demo_clinic(store: &mut Store) -> Result<(), StoreError> {
    store.transaction(|s| {
        let mut b = Builder { store: s, library: TestLibrary::builtin(), seed: 100 };
        hamstring_strain(&mut b)?;
        tendinopathy(&mut b)?;
        squad(&mut b)?;
        Ok(())
    })
}

/// A left biceps femoris strain: a pre-injury screening, then seven weekly rehab visits; every
/// clearance criterion is met at the last visit and not before.
fn hamstring_strain(b: &mut Builder) -> Result<(), StoreError> {
    let mut a = Athlete::new("Liam", "O'Connor");
    a.sex = Some(Sex::Male);
    a.date_of_birth = Some(day(1999, 4, 12));
    a.dominant_leg = Some(Side::Right);
    a.sport = Some("Football (soccer)".into());
    a.external_id = Some("FC-0417".into());
    a.body_mass_kg = Some(78.0);
    let id = b.store.add_athlete(&a)?;
    let baseline = b.visit(
        Visit { notes: "Preseason screening.".into(), ..visit(id, None, at(day(2026, 1, 12), 9, 0), 78.4) },
        vec![
            plan("knee_flexion_iso_90", 296.0, 302.0).lever(0.38),
            plan("knee_extension_iso_90", 512.0, 521.0).lever(0.40),
            plan("knee_flexion_iso_30", 246.0, 251.0).lever(0.40),
            plan("nordic", 372.0, 381.0).lever(0.42),
            plan("single_leg_bridge", 29.0, 30.0),
        ],
    )?;
    let episode = b.store.add_episode(&InjuryEpisode {
        id: 0,
        athlete_id: id,
        kind: InjuryKind::HamstringStrain,
        side: Some(Side::Left),
        grade: Some("2b".into()),
        location: Some(HamstringLocation::BicepsFemorisLongHead),
        injury_date: day(2026, 3, 2),
        baseline_visit_id: Some(baseline),
        closed_on: None,
        notes: "Sprinting injury in the 70th minute; MRI: BAMIC 2b, biceps femoris long head.".into(),
    })?;
    // (week, kf90 LSI, kf30 LSI, nordic LSI, bridge left, pain left)
    let weeks: [(i64, f64, f64, Option<f64>, f64, u8); 7] = [
        (1, 0.62, 0.55, None, 12.0, 3),
        (2, 0.70, 0.63, None, 15.0, 2),
        (3, 0.78, 0.71, Some(0.70), 18.0, 2),
        (4, 0.84, 0.77, Some(0.78), 21.0, 1),
        (5, 0.88, 0.81, Some(0.85), 24.0, 1),
        (6, 0.92, 0.84, Some(0.91), 26.0, 1),
        (7, 0.97, 0.96, Some(0.98), 29.0, 0),
    ];
    for (week, kf90, kf30, nordic, bridge, pain) in weeks {
        let date = day(2026, 3, 2) + chrono::Duration::days(7 * week);
        let mut tests = vec![plan("knee_flexion_iso_90", 304.0 * kf90, 304.0).lever(0.38).pain(pain, 0)];
        // Knee extension for H:Q from week 4: the quadriceps recover sooner than the hamstrings,
        // so the injured side's H:Q stays low for longer (Maniar et al. 2016).
        if week >= 4 {
            tests
                .push(plan("knee_extension_iso_90", 522.0 * (0.9 + 0.015 * week as f64), 524.0).lever(0.40).pain(0, 0));
        }
        tests.push(plan("knee_flexion_iso_30", 253.0 * kf30, 253.0).lever(0.40).pain(pain, 0));
        if let Some(n) = nordic {
            tests.push(plan("nordic", 384.0 * n, 384.0).lever(0.42).pain(pain, 0));
        }
        tests.push(plan("single_leg_bridge", bridge, 30.0).pain(pain, 0));
        let mut v = visit(id, Some(episode), at(date, 16, 30), 77.0 + week as f64 * 0.1);
        v.notes =
            if week == 7 { "Full training for a week; no symptoms.".into() } else { format!("Rehab week {week}.") };
        let visit_id = b.visit(v, tests)?;
        // The clinician's checks: in week 6 the field tests are still to come.
        let checks: &[(&str, bool)] = match week {
            // (The last three are the London consensus template's own checks.)
            6 => &[
                ("palpation_pain_free", true),
                ("flexibility_symmetric", true),
                ("field_tests_done", false),
                ("athlete_ready", false),
                ("no_apprehension", true),
                ("sprint_loads_done", false),
                ("running_pain_mild", true),
            ],
            7 => &[
                ("palpation_pain_free", true),
                ("flexibility_symmetric", true),
                ("field_tests_done", true),
                ("athlete_ready", true),
                ("no_apprehension", true),
                ("sprint_loads_done", true),
                ("running_pain_mild", true),
            ],
            _ => &[],
        };
        b.checks(visit_id, at(date, 17, 0), checks)?;
    }
    Ok(())
}

/// Right proximal hamstring tendinopathy in a distance runner: monthly visits, VISA-H and
/// strength improving, pain on loading settling to 3/10, the modified bent-knee stretch still
/// positive and the end-range deficit still above 10 %: not yet cleared.
fn tendinopathy(b: &mut Builder) -> Result<(), StoreError> {
    let mut a = Athlete::new("Sofia", "Marquez");
    a.sex = Some(Sex::Female);
    a.date_of_birth = Some(day(1996, 9, 3));
    a.dominant_leg = Some(Side::Right);
    a.sport = Some("Distance running".into());
    a.body_mass_kg = Some(58.0);
    let id = b.store.add_athlete(&a)?;
    let episode = b.store.add_episode(&InjuryEpisode {
        id: 0,
        athlete_id: id,
        kind: InjuryKind::ProximalHamstringTendinopathy,
        side: Some(Side::Right),
        grade: None,
        location: Some(HamstringLocation::Tendon),
        injury_date: day(2026, 2, 10),
        baseline_visit_id: None,
        closed_on: None,
        notes: "Deep buttock pain on sitting and hill running for 8 weeks.".into(),
    })?;
    // (date, kf30 LSI, hip ext LSI, bridge right, pain right, VISA-H, provocation P-O, BKS, mBKS)
    let visits = [
        (day(2026, 2, 20), 0.74, 0.80, 14.0, 5, 48, true, true, true),
        (day(2026, 3, 20), 0.78, 0.84, 16.0, 4, 55, true, true, true),
        (day(2026, 4, 24), 0.82, 0.87, 18.0, 4, 61, false, true, true),
        (day(2026, 5, 29), 0.84, 0.89, 20.0, 3, 66, false, false, true),
        (day(2026, 6, 26), 0.86, 0.91, 21.0, 3, 70, false, false, true),
        (day(2026, 7, 31), 0.86, 0.93, 22.0, 3, 73, false, false, true),
    ];
    for (i, (date, kf30, hip, bridge, pain, visa, po, bks, mbks)) in visits.into_iter().enumerate() {
        let mut v = visit(id, Some(episode), at(date, 8, 15), 58.0);
        v.visa_h = Some(visa);
        v.provocation = ProvocationTests {
            puranen_orava: Some(po),
            bent_knee_stretch: Some(bks),
            modified_bent_knee_stretch: Some(mbks),
        };
        let visit_id = b.visit(
            v,
            vec![
                plan("knee_flexion_iso_30", 212.0, 212.0 * kf30).lever(0.39).pain(0, pain),
                plan("hip_extension_iso", 262.0, 262.0 * hip).lever(0.45).pain(0, pain.saturating_sub(1)),
                plan("single_leg_bridge", 27.0, bridge).pain(0, pain),
            ],
        )?;
        // Pain the next morning settled from the fourth visit on.
        b.checks(visit_id, at(date, 9, 0), &[("next_morning_pain", i >= 3)])?;
    }
    Ok(())
}

/// Four healthy players screened before and during the season.
fn squad(b: &mut Builder) -> Result<(), StoreError> {
    // (given, family, born, mass, nordic L/R, abduction L/R, adduction L/R, extension L/R)
    type Player = (&'static str, &'static str, (i32, u32, u32), f64, (f64, f64), (f64, f64), (f64, f64), (f64, f64));
    let players: [Player; 4] = [
        ("Kai", "Tanaka", (2002, 1, 20), 74.0, (341.0, 352.0), (228.0, 233.0), (268.0, 275.0), (301.0, 296.0)),
        ("Mateo", "Rossi", (2000, 6, 2), 81.0, (305.0, 372.0), (241.0, 247.0), (291.0, 285.0), (322.0, 330.0)),
        ("Noah", "Williams", (1998, 11, 14), 86.0, (395.0, 401.0), (262.0, 255.0), (306.0, 311.0), (344.0, 339.0)),
        ("Ethan", "Dubois", (2003, 3, 8), 70.0, (268.0, 281.0), (209.0, 214.0), (252.0, 248.0), (280.0, 287.0)),
    ];
    for (given, family, born, mass, nordic, abd, add, ext) in players {
        let mut a = Athlete::new(given, family);
        a.sex = Some(Sex::Male);
        a.date_of_birth = Some(day(born.0, born.1, born.2));
        a.dominant_leg = Some(Side::Right);
        a.sport = Some("Football (soccer)".into());
        a.body_mass_kg = Some(mass);
        let id = b.store.add_athlete(&a)?;
        let dates: &[(NaiveDate, f64)] = &[(day(2026, 6, 29), 1.0), (day(2026, 10, 5), 1.06)];
        for &(date, gain) in dates {
            b.visit(
                Visit {
                    notes: if gain > 1.0 { "In-season screening.".into() } else { "Preseason screening.".into() },
                    ..visit(id, None, at(date, 10, 0), mass)
                },
                vec![
                    plan("nordic", nordic.0 * gain, nordic.1 * gain).lever(0.43),
                    plan("hip_abduction_iso", abd.0 * gain, abd.1 * gain).lever(0.86),
                    plan("hip_adduction_iso", add.0 * gain, add.1 * gain).lever(0.86),
                    plan("hip_extension_iso", ext.0 * gain, ext.1 * gain).lever(0.46),
                ],
            )?;
        }
        if family == "Rossi" {
            // Hip strength on the clinic's fixed frame and a microFET, whose values are typed in:
            // the fixed frame's results are not compared with the handheld ones before them.
            b.visit(
                Visit {
                    notes: "Hip strength on the fixed frame (abduction, adduction) and the microFET (extension), \
                            values typed in."
                        .into(),
                    ..visit(id, None, at(day(2026, 11, 2), 10, 0), mass)
                },
                vec![
                    plan("hip_abduction_iso", abd.0 * 1.2, abd.1 * 1.2).lever(0.86).entered(
                        "Fixed-frame hip rig",
                        Instrument::FixedFrame,
                        ForceUnit::KilogramForce,
                    ),
                    plan("hip_adduction_iso", add.0 * 1.18, add.1 * 1.18).lever(0.86).entered(
                        "Fixed-frame hip rig",
                        Instrument::FixedFrame,
                        ForceUnit::KilogramForce,
                    ),
                    plan("hip_extension_iso", ext.0 * 1.08, ext.1 * 1.07).lever(0.46).entered(
                        "Hoggan microFET 2",
                        Instrument::Handheld,
                        ForceUnit::PoundForce,
                    ),
                ],
            )?;
        }
    }
    Ok(())
}
