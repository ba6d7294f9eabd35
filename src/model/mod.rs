//! Plain data: traces, sides, units, polarity and (later) athletes, visits and trials.
//!
//! Nothing here does I/O or depends on any other ForceTrack module; everything else depends on it.

mod side;
pub mod trace;
mod units;

pub use side::Side;
pub use trace::{Channel, Polarity, Trace, TraceMeta};
pub use units::{ForceUnit, KGF_N, LBF_N};
