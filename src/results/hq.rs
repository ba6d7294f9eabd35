//! The hamstring-to-quadriceps ratio (DOMAIN.md section 3): knee flexion torque over knee
//! extension torque, per side, same visit, same knee angle, from the summary in use.

use serde::Serialize;

use super::SideResult;

/// The flexion test of the ratio.
pub const FLEXION: &str = "knee_flexion_iso_90";
/// The extension test of the ratio (same knee angle).
pub const EXTENSION: &str = "knee_extension_iso_90";
/// What the ratio is and why there is no default threshold.
pub const SOURCE: &str = "H:Q = knee flexion torque / knee extension torque at 90°. Deficits persist after \
    return to play (Maniar et al. 2016); the isokinetic cut-off (Hcon/Qcon 60°/s < 0.47, Croisier et al. \
    2008) does not transfer to isometric ratios: no default threshold";

/// A side's H:Q at a visit, or why there is none.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum Hq {
    Ratio(f64),
    /// One of the two tests was not done on this side.
    NotBothTests,
    /// A test has no lever arm, so no torque.
    NoLeverArm,
}

impl Hq {
    pub fn ratio(self) -> Option<f64> {
        match self {
            Hq::Ratio(r) => Some(r),
            _ => None,
        }
    }

    /// "0.57", "-" (one test missing), "no lever arm".
    pub fn display(self) -> String {
        match self {
            Hq::Ratio(r) => format!("{r:.2}"),
            Hq::NotBothTests => "-".into(),
            Hq::NoLeverArm => "no lever arm".into(),
        }
    }

    /// Below the clinic's lowest acceptable H:Q (never without one).
    pub fn below(self, at_least: Option<f64>) -> bool {
        matches!((self, at_least), (Hq::Ratio(r), Some(min)) if r < min)
    }
}

/// H:Q from the flexion and extension results of one side: the torques of the summary in use.
pub fn hq_ratio(flexion: Option<&SideResult>, extension: Option<&SideResult>) -> Hq {
    let (Some(f), Some(e)) = (flexion, extension) else { return Hq::NotBothTests };
    if f.value.is_none() || e.value.is_none() {
        return Hq::NotBothTests;
    }
    match (f.torque_n_m, e.torque_n_m) {
        (Some(tf), Some(te)) if te > 0.0 => Hq::Ratio(tf / te),
        _ => Hq::NoLeverArm,
    }
}
