//! Devices: profiles, sans-IO codecs and sessions, the link thread, port discovery, the simulated
//! athlete and the device emulator.

pub mod access;
pub mod codec;
pub mod demo;
pub mod emulator;
pub mod link;
pub mod ports;
pub mod profile;
pub mod session;
pub mod sim;
pub mod template;
