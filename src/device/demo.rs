//! The demo devices: the simulated athlete behind the same link protocol as a serial device
//! (`LinkHandle`, `LinkEvent`), so the whole app can be used without hardware.
//!
//! The athlete rests until `DemoControl::begin_efforts` (a recording started), then performs the
//! planned efforts, and rests again after `DemoControl::relax`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crossbeam_channel::{RecvTimeoutError, bounded, unbounded};

use super::codec::SampleBlock;
use super::link::{LinkCommand, LinkEvent, LinkHandle, LinkShared, LinkState, Publisher, thread_cpu_ns};
use super::sim::{EffortShape, SimAthlete, SimLayout, Simulator};
use crate::model::{Polarity, Side};

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

    pub fn name(self) -> &'static str {
        match self {
            DemoDevice::Dynamometer => "Demo dynamometer",
            DemoDevice::NordicRig => "Demo Nordic rig",
            DemoDevice::ForcePlate => "Demo force plate",
        }
    }

    pub fn parse(id: &str) -> Option<DemoDevice> {
        DemoDevice::ALL.into_iter().find(|d| d.id() == id)
    }

    pub fn channel_names(self) -> Vec<String> {
        match self {
            DemoDevice::Dynamometer => vec!["force".into()],
            DemoDevice::NordicRig | DemoDevice::ForcePlate => vec!["left".into(), "right".into()],
        }
    }

    pub fn rate_hz(self) -> f64 {
        match self {
            DemoDevice::Dynamometer | DemoDevice::NordicRig => 100.0,
            DemoDevice::ForcePlate => 1000.0,
        }
    }

    /// Largest reading, N.
    pub fn max_n(self) -> f64 {
        match self {
            DemoDevice::Dynamometer => 1500.0,
            DemoDevice::NordicRig => 2000.0,
            DemoDevice::ForcePlate => 8000.0,
        }
    }

    pub fn polarity(self) -> Polarity {
        Polarity::Positive
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
}

/// Starts a demo device. `speed` > 1 runs the athlete faster than real time (tests).
pub fn spawn_demo(device: DemoDevice, speed: f64) -> (LinkHandle, Arc<DemoControl>) {
    let (command_tx, command_rx) = unbounded();
    let (event_tx, event_rx) = bounded(1024);
    let shared = Arc::new(LinkShared::default());
    let control = Arc::new(DemoControl::default());
    let thread_shared = shared.clone();
    let thread_control = control.clone();
    let thread = std::thread::Builder::new()
        .name(format!("demo {}", device.id()))
        .spawn(move || {
            let mut out = Publisher::new(event_tx, thread_shared);
            run(device, speed.max(0.01), &command_rx, &mut out, &thread_control);
        })
        .expect("spawning a thread");
    (LinkHandle::from_parts(command_tx, event_rx, shared, thread), control)
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

fn run(
    device: DemoDevice,
    speed: f64,
    commands: &crossbeam_channel::Receiver<LinkCommand>,
    out: &mut Publisher,
    control: &DemoControl,
) {
    out.state(LinkState::Connecting);
    let clock = Instant::now();
    let device_time = |clock: &Instant| clock.elapsed().as_secs_f64() * speed;
    let rate = device.rate_hz();
    let mut seed = 1;
    let mut sim = simulator(device, &DemoPlan { reps: 0, ..DemoPlan::default() }, seed);
    let mut next_index: u64 = 0;
    let mut seq: u64 = 0;
    let mut tare = [0.0f64; 2];
    let mut row = Vec::new();
    let channels = device.channel_names().len();
    out.state(LinkState::Connected);
    let mut last_cpu = Instant::now();
    loop {
        match commands.recv_timeout(Duration::from_millis(10)) {
            Ok(LinkCommand::Shutdown) | Err(RecvTimeoutError::Disconnected) => break,
            // A demo device streams from the start; the athlete is driven by `DemoControl`.
            Ok(LinkCommand::Start | LinkCommand::Stop) => {}
            Ok(LinkCommand::Tare) => {
                // The device zeroes itself on what it reads now.
                let t = next_index as f64 / rate;
                sim.sample(t, &mut row);
                let values = collapse(device, &row);
                for c in 0..channels {
                    tare[c] += values[c];
                }
                out.event(LinkEvent::Tared { by_device: true });
            }
            Err(RecvTimeoutError::Timeout) => {}
        }
        if control.go.swap(false, Ordering::SeqCst) {
            seed += 1;
            let plan = control.plan.lock().map(|p| p.clone()).unwrap_or_default();
            sim = simulator(device, &plan, seed);
            sim.restart_at(next_index as f64 / rate);
        }
        if control.stop.swap(false, Ordering::SeqCst) {
            seed += 1;
            sim = simulator(device, &DemoPlan { reps: 0, ..DemoPlan::default() }, seed);
        }
        if control.unplug.swap(false, Ordering::SeqCst) {
            out.flush();
            out.shared.disconnects.fetch_add(1, Ordering::Relaxed);
            out.state(LinkState::Disconnected { reason: "the demo cable was pulled".into() });
            out.state(LinkState::Reconnecting { attempt: 1, in_s: 1.0 });
            std::thread::sleep(Duration::from_millis(300));
            out.state(LinkState::Connected);
        }
        // Every sample due by now, stamped with device time.
        let now = device_time(&clock);
        let mut block = SampleBlock::new(channels, seq);
        while (next_index as f64) / rate <= now {
            let t = next_index as f64 / rate;
            sim.sample(t, &mut row);
            let values = collapse(device, &row);
            block.time_s.push(t);
            for c in 0..channels {
                block.values.push(values[c] - tare[c]);
            }
            next_index += 1;
        }
        seq = block.end_seq();
        if !block.is_empty() {
            out.samples(&block);
            out.flush();
            out.state(LinkState::Streaming);
        }
        if last_cpu.elapsed() >= Duration::from_secs(1) {
            out.shared.cpu_ns.store(thread_cpu_ns(), Ordering::Relaxed);
            last_cpu = Instant::now();
        }
    }
    out.flush();
    out.state(LinkState::Closed);
}

/// A demo device's readings as its output channels (plate cells summed per side).
fn collapse(device: DemoDevice, row: &[f64]) -> [f64; 2] {
    match device {
        DemoDevice::Dynamometer => [row[0], 0.0],
        DemoDevice::NordicRig => [row[0], row[1]],
        DemoDevice::ForcePlate => [row[..4].iter().sum(), row[4..].iter().sum()],
    }
}
