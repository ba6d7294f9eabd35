//! Devices: the simulated athlete (and, with the devices work, profiles, sans-IO codecs, the
//! serial link thread, port discovery and the emulator).

pub mod sim;
