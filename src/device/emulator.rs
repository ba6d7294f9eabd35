//! The device emulator: plays a profile's device on the device side of a serial line.
//!
//! [`Emulator`] is sans-IO: commands in, replies and samples out, time supplied by the caller.
//! It answers the handshake, start/stop, polls and tare as the profile says the device does,
//! and streams readings of the simulated athlete (or of a replayed trace) in the profile's own
//! format, so a profile can be tried end to end without hardware. [`serve_pty`] is the thin
//! shell that puts it behind a pseudo-terminal.
//!
//! It plays the awkward parts of real hardware the profile's `[emulator]` table names: the
//! silence of a bootloader after the port opens (`boot_s`, commands meanwhile are lost), replies
//! that wait for Arduino's `Serial.readString()` timeout and commands that merge inside it
//! (`read_string_s`), a stream already running when the port opens so the first bytes are the
//! tail of a line and the `micros()` clock is about to wrap (`partial_first_line`), a gauge's
//! unit changed on its keypad ([`Emulator::set_unit`]) and its "Numeric Only" data format
//! ([`Emulator::set_numeric_only`]).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::codec::unit_factor;
use super::demo::{DemoControl, DemoDevice};
use super::profile::{FieldRole, Framing, Profile};
use super::sim::{SimAthlete, SimLayout, Simulator};
use super::template::Template;
use crate::model::{Side, Trace};

/// Where the emulated readings come from.
#[derive(Debug, Clone)]
pub enum Source {
    /// The simulated athlete.
    Athlete(SimAthlete),
    /// A recorded trace, played in a loop at its own timing. Channels are taken in order.
    Replay(Trace),
    /// The demo athlete, following the app's controls (a recording started or stopped).
    Demo { device: DemoDevice, control: Arc<DemoControl> },
}

/// One sample as the emulator sent it: values per parsed field in newtons, computed the way a
/// reader of the text gets them back (the printed number times the unit's factor).
#[derive(Debug, Clone, PartialEq)]
pub struct SentSample {
    pub device_time_s: Option<f64>,
    pub values_n: Vec<f64>,
}

/// Readings of every parsed field at a time on the device clock, in newtons.
type Readings = Box<dyn FnMut(f64, &mut Vec<f64>) + Send>;

/// Errors that stop the emulator from starting.
#[derive(Debug, thiserror::Error)]
pub enum EmulatorError {
    #[error("profile '{0}': {1}")]
    Profile(String, String),
    #[error("cannot open a pseudo-terminal: {0}")]
    Pty(String),
    #[error("cannot link {path}: {error}")]
    Link { path: PathBuf, error: std::io::Error },
}

/// The device side of a profile. See the module documentation.
pub struct Emulator {
    profile: Profile,
    template: Option<Template>,
    /// Newtons per device unit, and the unit's name.
    unit_factor: f64,
    unit: String,
    sign: f64,
    rate_hz: f64,
    source: Readings,
    /// Raw value count and, per value, its output channel's share.
    fields: usize,
    streaming: bool,
    stream_started_s: f64,
    next_index: u64,
    handshake_step: usize,
    tare_n: Vec<f64>,
    input: Vec<u8>,
    /// Silent (in the bootloader) until then.
    booting_until_s: Option<f64>,
    /// When the last byte of a `readString` command came.
    last_input_s: f64,
    /// Device clock at the start of the stream (a board that has run since power on).
    clock_offset_s: f64,
    numeric_only: bool,
    /// Every sample sent, when logging is on (tests).
    pub log: Option<Vec<SentSample>>,
    /// Commands received, in order (for tests and the console).
    pub commands: Vec<String>,
    raw: Vec<f64>,
}

/// Channel values -> per-field values: each output channel's force split over its fields.
fn split_channels(profile: &Profile, channels: &[f64], fields: usize, out: &mut Vec<f64>) {
    const SHARES4: [f64; 4] = [0.29, 0.23, 0.26, 0.22];
    out.clear();
    out.resize(fields, 0.0);
    for (c, map) in profile.channels.iter().enumerate() {
        let force = channels.get(c).copied().unwrap_or(0.0);
        let k = map.sum.len();
        for (j, &field) in map.sum.iter().enumerate() {
            let share = if k == 4 { SHARES4[j] } else { 1.0 / k as f64 };
            out[field] += force * share;
        }
    }
}

impl Emulator {
    /// An emulator for `profile`; `rate_hz` overrides the profile's streaming rate.
    pub fn new(profile: &Profile, source: Source, rate_hz: Option<f64>, seed: u64) -> Result<Emulator, EmulatorError> {
        let bad = |m: String| EmulatorError::Profile(profile.id.clone(), m);
        let spec = &profile.emulator;
        let template = match (&profile.parse.framing, &spec.sample) {
            (Framing::Line, Some(s)) => Some(Template::parse(s, profile.parse.decimal == ',').map_err(bad)?),
            (Framing::Line, None) => return Err(bad("emulator.sample is needed for a line device".into())),
            (Framing::Binary, _) => None,
        };
        let unit = spec.unit.clone().or_else(|| profile.parse.unit.clone()).unwrap_or_else(|| "N".into());
        let unit_factor = if profile.parse.units.is_empty() {
            1.0
        } else {
            unit_factor(profile, Some(&unit)).ok_or_else(|| bad(format!("unknown emulator unit '{unit}'")))?
        };
        let fields = profile.value_count();
        let rate_hz = rate_hz.or(spec.rate_hz).unwrap_or(100.0);
        if !(rate_hz > 0.0 && rate_hz <= 100_000.0) {
            return Err(bad(format!("rate {rate_hz} Hz is out of range")));
        }
        let channel_count = profile.channels.len();
        let offset_n = spec.offset_n;
        let source: Readings = match source {
            Source::Athlete(mut athlete) => {
                athlete.offset_n = 0.0;
                athlete.reps = None;
                let layout = if channel_count == 2 { SimLayout::Dual } else { SimLayout::Single { side: Side::Right } };
                let mut sim = Simulator::new(athlete, layout, seed);
                let mut channels = Vec::new();
                let owned = profile.clone();
                Box::new(move |t, out| {
                    sim.sample(t, &mut channels);
                    split_channels(&owned, &channels, fields, out);
                    for v in out.iter_mut() {
                        *v += offset_n / fields as f64;
                    }
                })
            }
            Source::Demo { device, control } => {
                let mut readings = control.readings(device);
                Box::new(move |t, out| {
                    readings(t, out);
                    out.resize(fields, 0.0);
                })
            }
            Source::Replay(trace) => {
                if trace.is_empty() {
                    return Err(bad("the replay trace has no samples".into()));
                }
                let owned = profile.clone();
                let t0 = trace.time_s[0];
                let span = trace.duration_s() + trace.sample_rate_hz().map_or(0.01, |r| 1.0 / r);
                let mut cursor = 0usize;
                let mut channels = vec![0.0; channel_count];
                Box::new(move |t, out| {
                    let local = t0 + t % span;
                    if trace.time_s[cursor] > local {
                        cursor = 0;
                    }
                    while cursor + 1 < trace.len() && trace.time_s[cursor + 1] <= local {
                        cursor += 1;
                    }
                    for (c, slot) in channels.iter_mut().enumerate() {
                        *slot = trace.channels.get(c).map_or(0.0, |ch| ch.force_n[cursor]);
                    }
                    split_channels(&owned, &channels, fields, out);
                })
            }
        };
        Ok(Emulator {
            profile: profile.clone(),
            template,
            unit_factor,
            unit,
            sign: if spec.tension_negative { -1.0 } else { 1.0 },
            rate_hz,
            source,
            fields,
            streaming: false,
            stream_started_s: 0.0,
            next_index: 0,
            handshake_step: 0,
            tare_n: vec![0.0; fields],
            input: Vec::new(),
            booting_until_s: None,
            last_input_s: 0.0,
            clock_offset_s: 0.0,
            numeric_only: spec.numeric_only,
            log: None,
            commands: Vec::new(),
            raw: Vec::new(),
        })
    }

    pub fn rate_hz(&self) -> f64 {
        self.rate_hz
    }

    pub fn is_streaming(&self) -> bool {
        self.streaming
    }

    /// A host opened the port. A board that resets on open is silent for `boot_s`, then
    /// prints its banner; a native USB board has streamed since power on and the host reads
    /// the tail of a line first.
    pub fn on_open(&mut self, now_s: f64, out: &mut Vec<u8>) {
        self.handshake_step = 0;
        self.streaming = false;
        self.input.clear();
        let spec = &self.profile.emulator;
        if spec.boot_s > 0.0 {
            self.booting_until_s = Some(now_s + spec.boot_s);
            return;
        }
        self.power_on(now_s, out);
    }

    /// The sketch starts: banner, and the stream of a device that streams by itself.
    fn power_on(&mut self, now_s: f64, out: &mut Vec<u8>) {
        self.booting_until_s = None;
        for line in &self.profile.emulator.banner {
            out.extend_from_slice(line.as_bytes());
            out.extend_from_slice(b"\r\n");
        }
        if self.profile.emulator.streams_always {
            self.start_stream(now_s);
            if self.profile.emulator.partial_first_line {
                // Running since power on, 1.5 s before micros() wraps; the host opened the
                // port in the middle of a line.
                self.clock_offset_s = 4293.5;
                let mut line = Vec::new();
                let log = self.log.take();
                self.sample(self.clock_offset_s - 1.0 / self.rate_hz, &mut line);
                self.log = log;
                out.extend_from_slice(&line[line.len() / 2..]);
            }
        }
    }

    /// The unit the gauge shows changes (a press on its unit key).
    pub fn set_unit(&mut self, unit: &str) -> Result<(), EmulatorError> {
        self.unit_factor = unit_factor(&self.profile, Some(unit))
            .ok_or_else(|| EmulatorError::Profile(self.profile.id.clone(), format!("unknown unit '{unit}'")))?;
        self.unit = unit.to_string();
        Ok(())
    }

    /// The gauge's data format: "Numeric Only" sends values without their unit.
    pub fn set_numeric_only(&mut self, numeric_only: bool) {
        self.numeric_only = numeric_only;
    }

    fn start_stream(&mut self, now_s: f64) {
        self.streaming = true;
        self.stream_started_s = now_s;
        self.next_index = 0;
        self.clock_offset_s = 0.0;
    }

    /// A reply line; `{unit}` is the unit shown, `{UNIT}` the same in capitals (`LIST`).
    fn reply(&self, text: &str, out: &mut Vec<u8>) {
        let text = text.replace("{unit}", &self.unit).replace("{UNIT}", &self.unit.to_uppercase());
        out.extend_from_slice(text.as_bytes());
        out.extend_from_slice(b"\r\n");
    }

    /// Bytes from the host at `now_s`: commands are answered into `out`.
    pub fn receive(&mut self, bytes: &[u8], now_s: f64, out: &mut Vec<u8>) {
        if self.booting_until_s.is_some_and(|t| now_s < t) {
            return; // The bootloader swallows them.
        }
        if self.profile.emulator.read_string_s > 0.0 {
            // Serial.readString(): everything until a quiet second is one command.
            self.input.extend_from_slice(bytes);
            self.last_input_s = now_s;
            return;
        }
        let ending = self.profile.commands.line_ending.clone();
        if ending.is_empty() {
            for &b in bytes {
                if !b.is_ascii_whitespace() {
                    self.command(&(b as char).to_string(), now_s, out);
                }
            }
            return;
        }
        self.input.extend_from_slice(bytes);
        while let Some(end) = self.input.iter().position(|&b| b == b'\r' || b == b'\n') {
            let line: Vec<u8> = self.input.drain(..=end).collect();
            let is_ending = line.last().is_some_and(|&b| ending.as_bytes().contains(&b));
            if !is_ending {
                continue; // The other half of a CR LF pair.
            }
            let text = String::from_utf8_lossy(&line[..line.len() - 1]).trim().to_string();
            self.command(&text, now_s, out);
        }
    }

    fn command(&mut self, text: &str, now_s: f64, out: &mut Vec<u8>) {
        self.commands.push(text.to_string());
        // Commands are rare: cloning keeps the borrows simple.
        let c = self.profile.commands.clone();
        let spec = self.profile.emulator.clone();
        if self.streaming && c.stop.as_ref().is_some_and(|s| s.send == text) {
            self.streaming = false;
            if let Some(r) = &spec.stop_reply {
                self.reply(r, out);
            }
            return;
        }
        let step = (self.handshake_step..c.handshake.len())
            .find(|&i| c.handshake[i].send == text)
            .or_else(|| c.handshake.iter().position(|h| h.send == text));
        if let Some(i) = step {
            self.handshake_step = i + 1;
            if let Some(r) = spec.handshake_replies.get(i) {
                self.reply(r, out);
            }
            return;
        }
        if c.start.as_ref().is_some_and(|s| s.send == text) {
            self.start_stream(now_s);
            if let Some(r) = &spec.start_reply {
                self.reply(r, out);
            }
            return;
        }
        if c.stop.as_ref().is_some_and(|s| s.send == text) {
            if let Some(r) = &spec.stop_reply {
                self.reply(r, out);
            }
            return;
        }
        if c.tare.as_ref().is_some_and(|s| s.send == text) {
            // Like the firmware: average readings taken now. Before streaming starts the
            // athlete is at rest (the simulated efforts begin with the stream).
            let t = if self.streaming { self.clock_offset_s + now_s - self.stream_started_s } else { -1.0 };
            let mut sum = vec![0.0; self.fields];
            let mut raw = Vec::new();
            for k in 0..10 {
                (self.source)(t + k as f64 * 1e-3, &mut raw);
                sum.iter_mut().zip(&raw).for_each(|(s, r)| *s += r / 10.0);
            }
            self.tare_n = sum;
            if let Some(r) = &spec.tare_reply {
                let offset = format!("{:.0}", self.tare_n.iter().sum::<f64>() / self.unit_factor * 100.0);
                let r = r.replace("{offset}", &offset);
                self.reply(&r, out);
            }
            return;
        }
        if c.poll.as_deref() == Some(text) {
            let t = now_s - self.stream_started_s;
            self.sample(t, out);
            return;
        }
        if let Some(r) = &spec.unknown_reply {
            self.reply(r, out);
        }
    }

    /// Does what is due by `now_s`: the end of the boot, a `readString` command, and every
    /// streamed sample.
    pub fn tick(&mut self, now_s: f64, out: &mut Vec<u8>) {
        if let Some(until) = self.booting_until_s {
            if now_s < until {
                return;
            }
            self.power_on(until, out);
        }
        let quiet_s = self.profile.emulator.read_string_s;
        if quiet_s > 0.0 && !self.input.is_empty() && now_s - self.last_input_s >= quiet_s {
            let text = String::from_utf8_lossy(&self.input).trim().to_string();
            self.input.clear();
            self.command(&text, now_s, out);
        }
        if !self.streaming || self.profile.commands.poll.is_some() {
            return;
        }
        loop {
            let t = self.next_index as f64 / self.rate_hz;
            if self.stream_started_s + t > now_s {
                break;
            }
            self.sample(self.clock_offset_s + t, out);
            self.next_index += 1;
        }
    }

    /// Seconds until something is due (for the shell's sleep).
    pub fn next_due_in(&self, now_s: f64) -> Option<f64> {
        let mut due: Option<f64> = None;
        let mut at = |t: f64| due = Some(due.map_or(t, |d: f64| d.min(t)));
        if let Some(until) = self.booting_until_s {
            at(until);
        }
        if self.profile.emulator.read_string_s > 0.0 && !self.input.is_empty() {
            at(self.last_input_s + self.profile.emulator.read_string_s);
        }
        if self.streaming && self.profile.commands.poll.is_none() {
            at(self.stream_started_s + self.next_index as f64 / self.rate_hz);
        }
        due.map(|t| (t - now_s).max(0.0))
    }

    /// One reading at `t` seconds on the device clock.
    fn sample(&mut self, t: f64, out: &mut Vec<u8>) {
        let mut raw = std::mem::take(&mut self.raw);
        (self.source)(t, &mut raw);
        let device: Vec<f64> =
            raw.iter().zip(&self.tare_n).map(|(r, tare)| (r - tare) * self.sign / self.unit_factor).collect();
        self.raw = raw;
        let (time, values_n) = match &self.template {
            Some(template) => {
                let unit = if self.numeric_only { "" } else { self.unit.as_str() };
                let written = template.render(t, &device, unit);
                out.extend_from_slice(written.line.trim_end().as_bytes());
                out.extend_from_slice(b"\r\n");
                let time = self.profile.parse.time.as_ref().and(written.time_s);
                (time, written.values.iter().map(|v| v * self.unit_factor).collect())
            }
            None => {
                out.extend_from_slice(&self.profile.parse.sync);
                let mut values = Vec::with_capacity(self.fields);
                let mut next_value = device.iter();
                let mut time = None;
                for field in &self.profile.parse.fields {
                    match field.role {
                        FieldRole::Time => {
                            let per_s = field.unit.map_or(1.0, |u| u.per_second());
                            let ticks = (t * per_s).round();
                            super::codec::write_binary(field.kind, ticks, out);
                            time = Some(ticks / per_s);
                        }
                        FieldRole::Value => {
                            let n = next_value.next().copied().unwrap_or(0.0) * self.unit_factor;
                            let counts = (n / field.scale).round();
                            super::codec::write_binary(field.kind, counts, out);
                            values.push(counts * field.scale);
                        }
                    }
                }
                (time, values)
            }
        };
        if let Some(log) = &mut self.log {
            log.push(SentSample { device_time_s: time, values_n });
        }
    }
}

/// Runs `emulator` behind a new pseudo-terminal until `stop` returns true (`stop` may also
/// change the device meanwhile, like a hand on its keypad). `on_ready` gets the
/// path a host opens (the pty, or `link` when given: a symlink to it, like a udev alias).
pub fn serve_pty(
    mut emulator: Emulator,
    link: Option<&Path>,
    on_ready: impl FnOnce(&Path),
    mut stop: impl FnMut(&mut Emulator) -> bool,
) -> Result<Emulator, EmulatorError> {
    #[cfg(unix)]
    {
        let (mut master, slave) = serialport::TTYPort::pair().map_err(|e| EmulatorError::Pty(e.to_string()))?;
        let pty_path = PathBuf::from(serialport::SerialPort::name(&slave).unwrap_or_default());
        // Closed until a host opens it: that moment is the device's power-on.
        drop(slave);
        let path = match link {
            Some(link) => {
                let _ = std::fs::remove_file(link);
                std::os::unix::fs::symlink(&pty_path, link)
                    .map_err(|error| EmulatorError::Link { path: link.to_path_buf(), error })?;
                link.to_path_buf()
            }
            None => pty_path,
        };
        let _ = serialport::SerialPort::set_timeout(&mut master, Duration::from_millis(1));
        on_ready(&path);
        let start = Instant::now();
        let mut connected = false;
        let mut buf = [0u8; 4096];
        let mut pending: Vec<u8> = Vec::new();
        while !stop(&mut emulator) {
            let now = start.elapsed().as_secs_f64();
            match master.read(&mut buf) {
                Ok(n) => {
                    if !connected {
                        connected = true;
                        emulator.on_open(now, &mut pending);
                    }
                    emulator.receive(&buf[..n], now, &mut pending);
                }
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                    if !connected {
                        connected = true;
                        emulator.on_open(now, &mut pending);
                    }
                }
                Err(_) => {
                    // No host has the port open.
                    connected = false;
                    pending.clear();
                    std::thread::sleep(Duration::from_millis(5));
                    continue;
                }
            }
            emulator.tick(start.elapsed().as_secs_f64(), &mut pending);
            while !pending.is_empty() {
                match master.write(&pending) {
                    Ok(0) => break,
                    Ok(n) => {
                        pending.drain(..n);
                    }
                    Err(_) => break,
                }
            }
            if pending.is_empty()
                && let Some(wait) = emulator.next_due_in(start.elapsed().as_secs_f64())
                && wait > 0.002
            {
                std::thread::sleep(Duration::from_secs_f64((wait - 0.001).min(0.005)));
            }
        }
        // Stopping: finish writing what was produced and give the host a moment to read it.
        let grace = Instant::now() + Duration::from_millis(200);
        while connected && !pending.is_empty() && Instant::now() < grace {
            match master.write(&pending) {
                Ok(n) if n > 0 => {
                    pending.drain(..n);
                }
                _ => std::thread::sleep(Duration::from_millis(1)),
            }
        }
        if connected {
            std::thread::sleep(Duration::from_millis(100));
        }
        if let Some(link) = link {
            let _ = std::fs::remove_file(link);
        }
        Ok(emulator)
    }
    #[cfg(not(unix))]
    {
        let _ = (link, on_ready, &mut stop);
        let _ = &mut emulator;
        Err(EmulatorError::Pty("pseudo-terminals need Linux or macOS".into()))
    }
}
