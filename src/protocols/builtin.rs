//! The built-in tests and batteries (DOMAIN.md section 4), with their published sources.

use super::definition::*;
use crate::analysis::{Mdc, SummaryChoice};

fn mdc(mdc: Mdc, source: &str) -> Option<MdcDefault> {
    Some(MdcDefault { mdc, source: source.into() })
}

fn risk_below(label: &str, value: f64, unit: &str, source: &str) -> Threshold {
    Threshold {
        label: label.into(),
        value,
        unit: unit.into(),
        direction: ThresholdDirection::RiskBelow,
        source: source.into(),
    }
}

fn norm(label: &str, mean: Option<f64>, sd: Option<f64>, unit: &str, source: &str) -> Norm {
    Norm { label: label.into(), mean, sd, unit: unit.into(), source: source.into() }
}

struct Base {
    id: &'static str,
    name: &'static str,
    region: Region,
    device: DeviceKind,
    contraction: Contraction,
}

impl Base {
    /// A one-side-at-a-time isometric-style force test with the common defaults.
    fn test(self, reps: u32, hold_s: Option<f64>, rest_s: f64) -> TestDefinition {
        TestDefinition {
            id: self.id.into(),
            name: self.name.into(),
            region: self.region,
            device: self.device,
            contraction: self.contraction,
            sides: SidesMode::OneAtATime,
            measure: Measure::Force,
            reps,
            hold_s,
            rest_s,
            summary: SummaryChoice::Best,
            sustained_hold: false,
            position: String::new(),
            cue: String::new(),
            lever_arm: String::new(),
            mdc: None,
            thresholds: Vec::new(),
            norms: Vec::new(),
            notes: String::new(),
            rep_threshold_n: None,
            built_in: true,
        }
    }
}

const KNEE_HHD_MDC: &str = "Wollin et al. 2016 (isometric knee flexion, fixed HHD: MDC 12.9-14.0 %)";

/// The ten built-in tests, in library order.
pub fn builtin_tests() -> Vec<TestDefinition> {
    vec![
        TestDefinition {
            sides: SidesMode::BothAtOnce,
            position: "Kneeling on the padded board, ankles in the braces above the load cells, hips extended, \
                       arms crossed or ready to catch the fall."
                .into(),
            cue: "Lean forward as slowly as you can, keep hips straight, resist all the way down.".into(),
            lever_arm: "knee joint line to the centre of the ankle strap".into(),
            mdc: mdc(Mdc::Newtons(60.0), "Opar et al. 2013 (NordBord: MDC95 60.1-76.2 N; ICC 0.83-0.90)"),
            thresholds: vec![
                risk_below("Risk, start of preseason", 256.0, "N", "Opar et al. 2015 (Australian football)"),
                risk_below("Risk, end of preseason", 279.0, "N", "Opar et al. 2015 (Australian football)"),
                risk_below("Risk (soccer)", 337.0, "N", "Timmins et al. 2016 (soccer)"),
            ],
            norms: vec![norm("Expected per leg ≈ 4 × body mass + 26", None, None, "N", "Buchheit et al. 2016")],
            notes: "Eccentric, both legs at once; best of 3 per leg.".into(),
            ..Base {
                id: "nordic",
                name: "Nordic hamstring exercise",
                region: Region::Hamstring,
                device: DeviceKind::DualLoadCell,
                contraction: Contraction::Eccentric,
            }
            .test(3, None, 60.0)
        },
        TestDefinition {
            sustained_hold: true,
            position:
                "Supine, hip and knee at 90°, heel on the dynamometer pad (or the fixed frame) at the distal shank."
                    .into(),
            cue: "Pull your heel down into the pad as hard as you can, build up over a second and hold.".into(),
            lever_arm: "knee joint line to the centre of the pad".into(),
            mdc: mdc(Mdc::Percent(13.0), KNEE_HHD_MDC),
            notes: "Make test, 3 × 3-5 s holds, 30 s rest, best.".into(),
            ..Base {
                id: "knee_flexion_iso_90",
                name: "Isometric knee flexion 90/90",
                region: Region::Hamstring,
                device: DeviceKind::HhdOrFixedFrame,
                contraction: Contraction::Isometric,
            }
            .test(3, Some(5.0), 30.0)
        },
        TestDefinition {
            sustained_hold: true,
            position: "Prone, knee flexed 0-30° (15° as in Reurink 2016), pad at the heel.".into(),
            cue: "Bend your knee into the pad as hard as you can and hold.".into(),
            lever_arm: "knee joint line to the centre of the pad".into(),
            mdc: mdc(Mdc::Percent(13.0), KNEE_HHD_MDC),
            notes: "End-range test used after hamstring strain (Reurink et al. 2016 tested at 15°).".into(),
            ..Base {
                id: "knee_flexion_iso_30",
                name: "Isometric knee flexion, prone 0-30°",
                region: Region::Hamstring,
                device: DeviceKind::HhdOrFixedFrame,
                contraction: Contraction::Isometric,
            }
            .test(3, Some(5.0), 30.0)
        },
        TestDefinition {
            sustained_hold: true,
            position: "Supine, heel on the force plate on a box, hip at 90°, knee at 20°; the other leg relaxed."
                .into(),
            cue: "Drive your heel down into the plate as hard and fast as you can and hold for 3 seconds.".into(),
            lever_arm: "hip joint centre to the heel contact".into(),
            mdc: mdc(Mdc::Percent(14.0), "McCall et al. 2015 (CV 4.3-6.3 %; MDC = 2.77 × CV)"),
            notes: "Single leg, 3 × 3 s, best.".into(),
            ..Base {
                id: "ipc_90_20",
                name: "Isometric posterior chain 90/20",
                region: Region::Hamstring,
                device: DeviceKind::ForcePlate,
                contraction: Contraction::Isometric,
            }
            .test(3, Some(3.0), 30.0)
        },
        TestDefinition {
            sustained_hold: true,
            position: "Prone, knee bent 90°, dynamometer on the posterior thigh just above the knee.".into(),
            cue: "Lift your thigh up into my hand as hard as you can and hold.".into(),
            lever_arm: "greater trochanter to the centre of the dynamometer".into(),
            mdc: mdc(Mdc::Percent(22.0), "Thorborg et al. 2010 (hip extension HHD: between-session variation < 8 %)"),
            notes: "Glute max; best of 3.".into(),
            ..Base {
                id: "hip_extension_iso",
                name: "Isometric hip extension",
                region: Region::GluteHip,
                device: DeviceKind::Hhd,
                contraction: Contraction::Isometric,
            }
            .test(3, Some(5.0), 30.0)
        },
        TestDefinition {
            sustained_hold: true,
            position: "Supine (or side-lying), leg straight, dynamometer 5 cm above the lateral malleolus.".into(),
            cue: "Push your leg out to the side into my hand as hard as you can and hold.".into(),
            lever_arm: "anterior superior iliac spine to the centre of the dynamometer".into(),
            mdc: mdc(Mdc::Percent(14.0), "Thorborg et al. 2010 (hip abduction HHD: between-session variation < 5-6 %)"),
            norms: vec![norm(
                "Professional football (eccentric)",
                Some(2.6),
                Some(0.4),
                "N·m/kg",
                "Mosler et al. 2017",
            )],
            notes: "Glute med; best of 3.".into(),
            ..Base {
                id: "hip_abduction_iso",
                name: "Isometric hip abduction",
                region: Region::GluteHip,
                device: DeviceKind::HhdOrFixedFrame,
                contraction: Contraction::Isometric,
            }
            .test(3, Some(5.0), 30.0)
        },
        TestDefinition {
            sustained_hold: true,
            position: "Supine, leg straight, dynamometer 5 cm above the medial malleolus.".into(),
            cue: "Squeeze your leg in towards the other one as hard as you can and hold.".into(),
            lever_arm: "anterior superior iliac spine to the centre of the dynamometer".into(),
            mdc: mdc(Mdc::Percent(14.0), "Thorborg et al. 2010 (hip adduction HHD: between-session variation < 5-6 %)"),
            norms: vec![norm("Adduction : abduction ratio", Some(1.2), Some(0.2), "ratio", "Mosler et al. 2017")],
            notes: "Best of 3.".into(),
            ..Base {
                id: "hip_adduction_iso",
                name: "Isometric hip adduction",
                region: Region::GluteHip,
                device: DeviceKind::HhdOrFixedFrame,
                contraction: Contraction::Isometric,
            }
            .test(3, Some(5.0), 30.0)
        },
        TestDefinition {
            sustained_hold: true,
            position: "Seated, hip and knee at 90°, the dynamometer fixed with a belt (or the fixed frame) at the \
                       distal shank, just above the ankle."
                .into(),
            cue: "Kick your shin forward into the pad as hard as you can, build up over a second and hold.".into(),
            lever_arm: "knee joint line to the centre of the pad at the distal shank".into(),
            notes: "Make test, 3 × 3-5 s holds, 30 s rest, best. For the hamstring-to-quadriceps ratio (H:Q) with \
                    isometric knee flexion 90/90 (Maniar et al. 2016: H:Q deficits persist past return to play)."
                .into(),
            ..Base {
                id: "knee_extension_iso_90",
                name: "Isometric knee extension 90/90",
                region: Region::Quadriceps,
                device: DeviceKind::HhdOrFixedFrame,
                contraction: Contraction::Isometric,
            }
            .test(3, Some(5.0), 30.0)
        },
        TestDefinition {
            position: "Prone, knee at 90°, dynamometer at the heel.".into(),
            cue: "Hold your knee bent against me; don't let me straighten it.".into(),
            lever_arm: "knee joint line to the centre of the dynamometer".into(),
            notes: "Break tests read 16-51 % higher than make tests: never compare the two.".into(),
            ..Base {
                id: "knee_flexion_break",
                name: "Knee flexion break test",
                region: Region::Hamstring,
                device: DeviceKind::Hhd,
                contraction: Contraction::EccentricBreak,
            }
            .test(3, None, 30.0)
        },
        TestDefinition {
            measure: Measure::RepsCount,
            position:
                "Supine, heel of the tested leg on a 60 cm box, knee slightly bent, other leg vertical, arms crossed."
                    .into(),
            cue: "Push your heel down and lift your hips fully, every rep, until you cannot keep going.".into(),
            lever_arm: "not applicable".into(),
            thresholds: vec![
                risk_below("Poor", 20.0, "reps", "Freckleton et al. 2014"),
                Threshold {
                    label: "Good".into(),
                    value: 30.0,
                    unit: "reps".into(),
                    direction: ThresholdDirection::GoodAbove,
                    source: "Freckleton et al. 2014".into(),
                },
            ],
            norms: vec![norm("Average", Some(25.0), None, "reps", "Freckleton et al. 2014")],
            notes: "Reps to failure, one set per side: under about 20 poor, about 25 average, over 30 good.".into(),
            ..Base {
                id: "single_leg_bridge",
                name: "Single-leg hamstring bridge",
                region: Region::Hamstring,
                device: DeviceKind::None,
                contraction: Contraction::Endurance,
            }
            .test(1, None, 120.0)
        },
    ]
}

/// The three default batteries.
pub fn builtin_batteries() -> Vec<Battery> {
    let battery = |id: &str, name: &str, tests: &[&str]| Battery {
        id: id.into(),
        name: name.into(),
        tests: tests.iter().map(|t| t.to_string()).collect(),
        built_in: true,
    };
    vec![
        battery(
            "hamstring_strain",
            "Hamstring strain",
            &["knee_flexion_iso_90", "knee_extension_iso_90", "knee_flexion_iso_30", "nordic", "single_leg_bridge"],
        ),
        battery(
            "proximal_hamstring_tendinopathy",
            "Proximal hamstring tendinopathy",
            &["knee_flexion_iso_30", "hip_extension_iso", "single_leg_bridge"],
        ),
        battery("glute_hip", "Glute / hip", &["hip_abduction_iso", "hip_adduction_iso", "hip_extension_iso"]),
    ]
}
