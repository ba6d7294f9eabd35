//! ForceTrack: strength testing for hamstring and glute rehabilitation.
//!
//! See `ARCHITECTURE.md` for the map of modules and the rules between them.

pub mod acquisition;
pub mod analysis;
pub mod app;
pub mod clearance;
pub mod device;
pub mod i18n;
pub mod install;
pub mod io;
pub mod model;
pub mod protocols;
pub mod records;
pub mod results;
pub mod safe_read;
pub mod store;
