//! The demo devices: shipped profiles (`devices/demo_*.toml`) whose device is the project's
//! [`Emulator`] playing the simulated athlete, in memory. The link thread, session, codec and
//! recorder are the very ones a clinic's gauge runs through; only the [`Wire`] differs: bytes go
//! to and from the emulator instead of a port.
//!
//! The athlete rests until `DemoControl::begin_efforts` (a recording started), then performs the
//! planned efforts, and rests again after `DemoControl::relax`. `DemoControl::unplug` pulls the
//! cable: the link sees the port close and reconnects as it would on a real unplug.
//!
//! Names and failures are words in the app's language ([`fl!`](crate::fl)); the command line,
//! which never changes it, reads English.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::emulator::{Emulator, Source};
use super::link::{Connector, LinkConfig, LinkHandle, Wire, spawn_with};
use super::profile::{Profile, SHIPPED};
use super::sim::{EffortShape, SimAthlete, SimLayout, Simulator};
use crate::model::Side;

/// The three demo devices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DemoDevice {
    /// A handheld dynamometer: one channel, 100 Hz.
    Dynamometer,
    /// A Nordic rig: left and right load cells, 100 Hz.
    NordicRig,
    /// Two force plates of four load cells, summed per plate: left and right, 1000 Hz.
    ForcePlate,
}

impl DemoDevice {
    pub const ALL: [DemoDevice; 3] = [DemoDevice::Dynamometer, DemoDevice::NordicRig, DemoDevice::ForcePlate];

    pub fn id(self) -> &'static str {
        match self {
            DemoDevice::Dynamometer => "demo_dynamometer",
            DemoDevice::NordicRig => "demo_nordic_rig",
            DemoDevice::ForcePlate => "demo_force_plate",
        }
    }

    /// The device's name in the app's language: its shipped profile's name, translated as the
    /// profile's is (`profile-<id>-name`).
    pub fn name(self) -> String {
        let english = match self {
            DemoDevice::Dynamometer => "Demo dynamometer",
            DemoDevice::NordicRig => "Demo Nordic rig",
            DemoDevice::ForcePlate => "Demo force plate",
        };
        crate::i18n::data_text(crate::i18n::loader(), &crate::i18n::data_id("profile", self.id(), "name"), english)
    }

    pub fn parse(id: &str) -> Option<DemoDevice> {
        DemoDevice::ALL.into_iter().find(|d| d.id() == id)
    }

    /// The device's shipped profile (`devices/<id>.toml`).
    pub fn profile(self) -> Result<Profile, String> {
        let file = format!("{}.toml", self.id());
        let text = SHIPPED
            .iter()
            .find(|(name, _)| *name == file)
            .map(|(_, text)| *text)
            .ok_or_else(|| crate::fl!("demo-device-no-profile", file = file.as_str()))?;
        Profile::parse(text, &format!("devices/{file}")).map_err(|e| e.to_string())
    }
}

/// What the demo athlete does on the next recording (set by the test being run).
#[derive(Debug, Clone, PartialEq)]
pub struct DemoPlan {
    /// The leg being tested (`Both` for a bilateral test).
    pub side: Side,
    pub peak_n: f64,
    /// How much weaker the weaker leg is, %.
    pub deficit_percent: f64,
    pub weaker: Side,
    pub shape: EffortShape,
    pub hold_s: f64,
    pub rest_s: f64,
    pub reps: u32,
}

impl Default for DemoPlan {
    fn default() -> Self {
        DemoPlan {
            side: Side::Right,
            peak_n: 320.0,
            deficit_percent: 12.0,
            weaker: Side::Left,
            shape: EffortShape::Isometric,
            hold_s: 4.0,
            rest_s: 3.0,
            reps: 3,
        }
    }
}

/// Controls of a running demo device shared with the app (and tests).
#[derive(Debug, Default)]
pub struct DemoControl {
    pub plan: Mutex<DemoPlan>,
    /// Simulate pulling the cable: a disconnect, then a reconnect after a moment.
    pub unplug: AtomicBool,
    /// Set by `begin_efforts`: the athlete starts the planned efforts.
    go: AtomicBool,
    /// Set by `relax`: the athlete stops and rests.
    stop: AtomicBool,
}

impl DemoControl {
    /// The athlete starts the efforts of the current plan (a recording started).
    pub fn begin_efforts(&self) {
        self.stop.store(false, Ordering::SeqCst);
        self.go.store(true, Ordering::SeqCst);
    }

    /// The athlete relaxes (the recording stopped); the stream goes on.
    pub fn relax(&self) {
        self.go.store(false, Ordering::SeqCst);
        self.stop.store(true, Ordering::SeqCst);
    }

    /// The simulated athlete's readings per device field at device time `t`, following these
    /// controls (the emulator's [`Source::Demo`]).
    pub fn readings(self: Arc<Self>, device: DemoDevice) -> impl FnMut(f64, &mut Vec<f64>) + Send {
        let rest = DemoPlan { reps: 0, ..DemoPlan::default() };
        let mut seed = 1;
        let mut sim = simulator(device, &rest, seed);
        let mut row = Vec::new();
        move |t, out| {
            if self.go.swap(false, Ordering::SeqCst) {
                seed += 1;
                let plan = self.plan.lock().map(|p| p.clone()).unwrap_or_default();
                sim = simulator(device, &plan, seed);
                sim.restart_at(t);
            }
            if self.stop.swap(false, Ordering::SeqCst) {
                seed += 1;
                sim = simulator(device, &rest, seed);
            }
            sim.sample(t, &mut row);
            out.clear();
            out.extend_from_slice(&row);
        }
    }
}

/// Starts a demo device, with its controls and its profile. `speed` > 1 runs the athlete faster
/// than real time (tests).
pub fn spawn_demo(device: DemoDevice, speed: f64) -> Result<(LinkHandle, Arc<DemoControl>, Profile), String> {
    let control = Arc::new(DemoControl::default());
    let profile = device.profile()?;
    let emulator = Emulator::new(&profile, Source::Demo { device, control: control.clone() }, None, 1)
        .map_err(|e| crate::fl!("demo-device-cannot-start", error = e.to_string()))?;
    let connector = MemoryConnector {
        emulator: Arc::new(Mutex::new(emulator)),
        control: control.clone(),
        clock: Instant::now(),
        speed: speed.max(0.01),
    };
    let config = LinkConfig::new(device.id(), profile.clone());
    Ok((spawn_with(config, Box::new(connector)), control, profile))
}

fn simulator(device: DemoDevice, plan: &DemoPlan, seed: u64) -> Simulator {
    let athlete = SimAthlete {
        peak_n: plan.peak_n,
        deficit_percent: plan.deficit_percent,
        weaker: plan.weaker,
        shape: plan.shape,
        effort_s: plan.hold_s,
        rest_s: plan.rest_s,
        lead_in_s: 1.5,
        reps: Some(plan.reps),
        rise_tau_s: if plan.shape == EffortShape::Nordic { 0.3 } else { 0.15 },
        ..SimAthlete::default()
    };
    let side = if plan.side == Side::Both { Side::Right } else { plan.side };
    let layout = match device {
        DemoDevice::Dynamometer => SimLayout::Single { side },
        DemoDevice::NordicRig => SimLayout::Dual,
        DemoDevice::ForcePlate => SimLayout::Plate { active: plan.side },
    };
    Simulator::new(athlete, layout, seed)
}

/// Opens the in-memory "port" of a demo device: the emulator itself, on a clock that runs
/// `speed` times real time.
struct MemoryConnector {
    emulator: Arc<Mutex<Emulator>>,
    control: Arc<DemoControl>,
    clock: Instant,
    speed: f64,
}

impl Connector for MemoryConnector {
    fn open(&mut self) -> Result<Box<dyn Wire>, String> {
        let now_s = self.clock.elapsed().as_secs_f64() * self.speed;
        let mut pending = Vec::new();
        self.emulator.lock().map_err(|_| crate::fl!("demo-device-failed"))?.on_open(now_s, &mut pending);
        Ok(Box::new(MemoryWire {
            emulator: self.emulator.clone(),
            control: self.control.clone(),
            clock: self.clock,
            speed: self.speed,
            pending,
        }))
    }
}

/// The open "port" of a demo device.
struct MemoryWire {
    emulator: Arc<Mutex<Emulator>>,
    control: Arc<DemoControl>,
    clock: Instant,
    speed: f64,
    /// Bytes the device sent that the host has not read yet.
    pending: Vec<u8>,
}

impl MemoryWire {
    fn device_now_s(&self) -> f64 {
        self.clock.elapsed().as_secs_f64() * self.speed
    }

    /// Runs the device to now; returns how long until it next has something to say (wall time).
    fn tick(&mut self) -> std::io::Result<Option<Duration>> {
        let now_s = self.device_now_s();
        let mut emulator = self.emulator.lock().map_err(|_| std::io::Error::other(crate::fl!("demo-device-failed")))?;
        emulator.tick(now_s, &mut self.pending);
        Ok(emulator.next_due_in(now_s).map(|s| Duration::from_secs_f64(s / self.speed)))
    }
}

impl Wire for MemoryWire {
    fn read(&mut self, buf: &mut [u8], timeout: Duration) -> std::io::Result<usize> {
        if self.control.unplug.swap(false, Ordering::SeqCst) {
            return Ok(0); // The cable was pulled: the port closes.
        }
        let due = self.tick()?;
        if self.pending.is_empty() {
            std::thread::sleep(due.map_or(timeout, |d| d.min(timeout)));
            self.tick()?;
        }
        if self.pending.is_empty() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        let n = self.pending.len().min(buf.len());
        buf[..n].copy_from_slice(&self.pending[..n]);
        self.pending.drain(..n);
        Ok(n)
    }

    fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let now_s = self.device_now_s();
        let mut emulator = self.emulator.lock().map_err(|_| std::io::Error::other(crate::fl!("demo-device-failed")))?;
        emulator.receive(bytes, now_s, &mut self.pending);
        Ok(())
    }
}
