//! Plain data: traces, sides, units, polarity, and the clinic's athletes, injury episodes,
//! visits and trials.
//!
//! Nothing here does I/O or depends on any other ForceTrack module; everything else depends on it.

mod clinic;
mod side;
pub mod trace;
mod units;
pub mod validation;

pub use clinic::{
    Athlete, ClearanceCheck, EnteredPeaks, HamstringLocation, InjuryEpisode, InjuryKind, Instrument, NAME_STEM_BYTES,
    ProvocationTests, RepExclusion, Sex, SignOff, Trial, TrialInfo, TrialMeta, Visit, file_stem_of,
};
pub use side::Side;
pub use trace::{Channel, Polarity, Trace, TraceMeta};
pub use units::{ForceUnit, KGF_N, LBF_N};
