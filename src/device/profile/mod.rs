//! Device profiles: how to talk to one device family (`devices/*.toml`, documented in
//! `devices/README.md`). A profile is data; [`Profile::check`] turns a parsed file into
//! something the codec can trust, and every problem names the file, the line and the field.
//! The format is here; `check.rs` reads and checks a file; `set.rs` holds the shipped profiles
//! and a user's folder.

mod check;
mod set;

pub use check::ProfileError;
pub use set::{Origin, ProfileSet, SHIPPED, ShadowReason, Shadowed};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use i18n_embed::fluent::FluentLanguageLoader;
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::model::Polarity;

/// The kind of instrument, for grouping in lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceFamily {
    Gauge,
    Dynamometer,
    Sensor,
    Nordic,
    ForcePlate,
    Generic,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Parity {
    #[default]
    None,
    Odd,
    Even,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlowControl {
    #[default]
    None,
    Software,
    Hardware,
}

fn default_data_bits() -> u8 {
    8
}
fn default_stop_bits() -> u8 {
    1
}

/// Serial line settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SerialSettings {
    pub baud: u32,
    #[serde(default = "default_data_bits")]
    pub data_bits: u8,
    #[serde(default)]
    pub parity: Parity,
    #[serde(default = "default_stop_bits")]
    pub stop_bits: u8,
    #[serde(default)]
    pub flow_control: FlowControl,
    /// Seconds to wait after opening before the first command: a board that resets when the
    /// port opens (Arduino auto-reset) is in its bootloader meanwhile. What it sends in this
    /// time is read; silence is not an error yet.
    #[serde(default)]
    pub open_delay_s: f64,
    /// Longest wait for the first bytes once data is expected (after the open delay for a
    /// device that streams by itself, after the start command or first poll otherwise).
    #[serde(default = "default_first_data_s")]
    pub first_data_s: f64,
    /// Longest silence in the middle of a stream before the device counts as lost.
    #[serde(default = "default_silence_s")]
    pub silence_s: f64,
}

fn default_first_data_s() -> f64 {
    3.0
}

fn default_silence_s() -> f64 {
    1.0
}

/// A USB vendor/product id pair that identifies the device on a port.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsbId {
    /// Hex text like `"0x2341"` or a number.
    #[serde(deserialize_with = "hex_u16")]
    pub vid: u16,
    #[serde(deserialize_with = "hex_u16")]
    pub pid: u16,
    #[serde(default)]
    pub note: Option<String>,
}

fn hex_u16<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        Number(u16),
        Text(String),
    }
    match Id::deserialize(d)? {
        Id::Number(n) => Ok(n),
        Id::Text(t) => {
            let digits = t.trim().trim_start_matches("0x").trim_start_matches("0X");
            u16::from_str_radix(digits, 16).map_err(|_| serde::de::Error::custom(format!("'{t}' is not a hex USB id")))
        }
    }
}

/// A command and the reply that confirms it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exchange {
    /// Text sent (the profile's `line_ending` is appended).
    pub send: String,
    /// Regular expression a reply line must match; a named group `unit` sets the stream's unit.
    #[serde(default)]
    pub expect: Option<String>,
    /// How long to wait for the reply.
    #[serde(default = "default_reply_timeout")]
    pub timeout_s: f64,
}

fn default_reply_timeout() -> f64 {
    1.0
}

/// The longest reply wait a profile may set.
pub const MAX_REPLY_TIMEOUT_S: f64 = 60.0;

fn default_line_ending() -> String {
    "\r".into()
}

/// What the host sends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commands {
    /// Appended to every command (`"\r"`, `"\n"`, or `""` for single-character commands).
    #[serde(default = "default_line_ending")]
    pub line_ending: String,
    /// Steps done once after opening, in order.
    #[serde(default)]
    pub handshake: Vec<Exchange>,
    /// Starts a stream (absent: the device streams on its own, or is polled).
    #[serde(default)]
    pub start: Option<Exchange>,
    #[serde(default)]
    pub stop: Option<Exchange>,
    /// Asks for one reading; sent `poll_rate_hz` times a second while recording.
    #[serde(default)]
    pub poll: Option<String>,
    #[serde(default)]
    pub poll_rate_hz: Option<f64>,
    /// Zeroes the device.
    #[serde(default)]
    pub tare: Option<Exchange>,
    /// Least time between a command that has no reply (or whose reply did not come) and the
    /// next command. Firmware that reads commands with Arduino's `Serial.readString()` merges
    /// two commands that come within its 1 s timeout into one string.
    #[serde(default)]
    pub gap_s: f64,
}

impl Default for Commands {
    fn default() -> Self {
        Commands {
            line_ending: default_line_ending(),
            handshake: Vec::new(),
            start: None,
            stop: None,
            poll: None,
            poll_rate_hz: None,
            tare: None,
            gap_s: 0.0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Framing {
    /// Text lines, ended by CR, LF or CRLF.
    Line,
    /// Fixed frames after a sync pattern.
    Binary,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    Us,
    Ms,
    S,
}

impl TimeUnit {
    /// Units per second.
    pub fn per_second(self) -> f64 {
        match self {
            TimeUnit::Us => 1e6,
            TimeUnit::Ms => 1e3,
            TimeUnit::S => 1.0,
        }
    }
}

/// Where a line's time stamp is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeField {
    /// Column index (delimited lines); the `time` group is used with a pattern.
    #[serde(default)]
    pub column: usize,
    pub unit: TimeUnit,
    /// The counter wraps after this many units (Arduino `micros()`: 4294967296).
    #[serde(default)]
    pub wrap: Option<f64>,
    /// Largest forward step between two samples, seconds: a longer jump (or a step back other
    /// than the wrap) rejects the sample.
    #[serde(default = "default_max_step_s")]
    pub max_step_s: f64,
}

fn default_max_step_s() -> f64 {
    crate::device::codec::DEFAULT_MAX_STEP_S
}

/// Field types of a binary frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BinaryType {
    U8,
    I8,
    U16le,
    I16le,
    U16be,
    I16be,
    U32le,
    I32le,
    U32be,
    I32be,
    F32le,
    F32be,
}

impl BinaryType {
    pub fn size(self) -> usize {
        match self {
            BinaryType::U8 | BinaryType::I8 => 1,
            BinaryType::U16le | BinaryType::I16le | BinaryType::U16be | BinaryType::I16be => 2,
            _ => 4,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldRole {
    Time,
    Value,
}

/// One field of a binary frame.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BinaryField {
    #[serde(rename = "type")]
    pub kind: BinaryType,
    pub role: FieldRole,
    /// Time unit of a time field.
    #[serde(default)]
    pub unit: Option<TimeUnit>,
    /// Newtons per count of a value field (or the unit's factor: the value times `scale`).
    #[serde(default = "one")]
    pub scale: f64,
}

fn one() -> f64 {
    1.0
}
fn default_max_line() -> usize {
    256
}
fn default_decimal() -> char {
    '.'
}

/// How to read what the device sends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParseSpec {
    pub framing: Framing,
    /// Delimited lines: the field separator.
    #[serde(default)]
    pub delimiter: Option<String>,
    /// Pattern lines: a regular expression with named groups `value` (or `v0`, `v1`, ...),
    /// optional `unit` and `time`.
    #[serde(default)]
    pub pattern: Option<String>,
    #[serde(default = "default_decimal")]
    pub decimal: char,
    /// Device time stamps; absent: samples are stamped with host time.
    #[serde(default)]
    pub time: Option<TimeField>,
    /// Delimited lines: the columns holding force values, in channel order.
    #[serde(default)]
    pub values: Vec<usize>,
    /// Delimited lines: the column holding the unit, if any.
    #[serde(default)]
    pub unit_column: Option<usize>,
    /// Unit strings and their factor to newtons.
    #[serde(default)]
    pub units: BTreeMap<String, f64>,
    /// Unit of values that carry none (must be a key of `units`; absent means newtons).
    #[serde(default)]
    pub unit: Option<String>,
    /// Lines that are expected and carry no sample (banners, acknowledgements).
    #[serde(default)]
    pub replies: Vec<String>,
    /// Error replies: a pattern with a `code` group, and the meaning of each code.
    #[serde(default)]
    pub error_pattern: Option<String>,
    #[serde(default)]
    pub errors: BTreeMap<String, String>,
    /// Lines longer than this are rejected.
    #[serde(default = "default_max_line")]
    pub max_line: usize,
    /// Binary frames: the sync bytes that start every frame, and the fields after them.
    #[serde(default)]
    pub sync: Vec<u8>,
    #[serde(default)]
    pub fields: Vec<BinaryField>,
}

/// One output channel: the sum of one or more parsed values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelMap {
    /// `force`, `left` or `right`.
    pub name: String,
    /// Indices into the parsed values, summed.
    pub sum: Vec<usize>,
}

/// How `forcetrack emulate` plays the device.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmulatorSpec {
    /// Samples per second when streaming.
    #[serde(default)]
    pub rate_hz: Option<f64>,
    /// Line template: `{t_us}`, `{t_ms}`, `{t_s}`, `{v0}`... with `{v0:.2}` for decimals,
    /// `{unit}`. Values are in `unit`, with the profile's decimal separator.
    #[serde(default)]
    pub sample: Option<String>,
    /// Unit the device shows (a key of `parse.units`; default newtons).
    #[serde(default)]
    pub unit: Option<String>,
    /// Multiply values by -1 before sending (devices that show tension as negative).
    #[serde(default)]
    pub tension_negative: bool,
    /// Lines sent when a host opens the port.
    #[serde(default)]
    pub banner: Vec<String>,
    /// Replies to each handshake step, in order.
    #[serde(default)]
    pub handshake_replies: Vec<String>,
    #[serde(default)]
    pub start_reply: Option<String>,
    #[serde(default)]
    pub stop_reply: Option<String>,
    /// `{offset}` is replaced by the tare offset.
    #[serde(default)]
    pub tare_reply: Option<String>,
    /// Sent for commands the device does not know.
    #[serde(default)]
    pub unknown_reply: Option<String>,
    /// Streams from the moment the port opens, without a start command.
    #[serde(default)]
    pub streams_always: bool,
    /// Load reading at rest before a tare (newtons).
    #[serde(default)]
    pub offset_n: f64,
    /// Seconds the board is silent after the port opens (an Arduino bootloader after the DTR
    /// reset); commands sent meanwhile are lost.
    #[serde(default)]
    pub boot_s: f64,
    /// Commands are read like Arduino's `Serial.readString()`: everything received until this
    /// long a quiet is one command (two commands sent closer together merge and match nothing).
    #[serde(default)]
    pub read_string_s: f64,
    /// The device has been streaming since power on (a native USB board): the first bytes a
    /// host reads are the tail of a line.
    #[serde(default)]
    pub partial_first_line: bool,
    /// The gauge's "Numeric Only" data format: values are sent without their unit.
    #[serde(default)]
    pub numeric_only: bool,
}

/// What an error reply to a command says about the device: e.g. that it is another model, and
/// the profile to choose for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hint {
    /// The error code, as the error pattern's `code` group reads it.
    pub code: String,
    /// The command refused (any command when absent).
    #[serde(default)]
    pub command: Option<String>,
    /// What the refusal tells about the device, in words.
    pub text: String,
    /// The profile to choose instead, if any.
    #[serde(default)]
    pub profile: Option<String>,
}

/// A device profile as written in its TOML file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub maker: Option<String>,
    pub family: DeviceFamily,
    #[serde(default)]
    pub notes: Option<String>,
    /// A demo device: the project's emulator in memory, not a port (kept out of port pickers).
    #[serde(default)]
    pub demo: bool,
    pub serial: SerialSettings,
    #[serde(default)]
    pub usb: Vec<UsbId>,
    #[serde(default)]
    pub commands: Commands,
    pub parse: ParseSpec,
    #[serde(rename = "channel")]
    pub channels: Vec<ChannelMap>,
    /// Trial polarity for recordings from this device (its sign convention).
    #[serde(default)]
    pub polarity: Polarity,
    /// Largest reading in newtons (enables the clipping flag).
    #[serde(default)]
    pub max_n: Option<f64>,
    #[serde(default)]
    pub emulator: EmulatorSpec,
    /// What error replies say about the device (`[[hint]]`).
    #[serde(default, rename = "hint")]
    pub hints: Vec<Hint>,
    /// Where the profile was read from (set by the loader).
    #[serde(skip)]
    pub source: Option<PathBuf>,
}

impl Profile {
    /// The kind of instrument this device is, for comparing results (DOMAIN.md section 3): a
    /// gauge or dynamometer is held in the hand, a Nordic rig is a load cell rig, a force
    /// plate a force plate; a bare sensor or a generic board can be any (not known).
    pub fn instrument(&self) -> Option<crate::model::Instrument> {
        use crate::model::Instrument;
        match self.family {
            DeviceFamily::Gauge | DeviceFamily::Dynamometer => Some(Instrument::Handheld),
            DeviceFamily::Nordic => Some(Instrument::LoadCellRig),
            DeviceFamily::ForcePlate => Some(Instrument::ForcePlate),
            DeviceFamily::Sensor | DeviceFamily::Generic => None,
        }
    }

    /// What the device's error `code` in reply to `command` (`None`: a command not known)
    /// says about it, with the profile to choose instead, in words in `tr`'s language (a
    /// built-in profile's hint translated, a user's as written); `None` if the profile has no
    /// hint for it.
    pub fn hint_for(&self, tr: &FluentLanguageLoader, command: Option<&str>, code: &str) -> Option<String> {
        let (index, hint) = self
            .hints
            .iter()
            .enumerate()
            .find(|(_, h)| h.code == code && (h.command.is_none() || h.command.as_deref() == command))?;
        let text = self.shown(tr, &format!("hint-{}", index + 1), &hint.text);
        Some(match &hint.profile {
            Some(id) => {
                crate::fl_in!(tr, "profile-hint-choose", hint = text, profile = id.as_str(), current = self.id.as_str())
            }
            None => text,
        })
    }

    /// Whether this is one of the shipped profiles (read from the text compiled in), not a
    /// user's file.
    pub fn is_built_in(&self) -> bool {
        self.source.as_ref().is_none_or(|s| set::SHIPPED.iter().any(|(name, _)| *s == Path::new("devices").join(name)))
    }

    /// A text of the profile as the app shows it: a shipped profile's in `tr`'s language
    /// (message `profile-<id>-<field>`), a user's profile's as its file says.
    fn shown(&self, tr: &FluentLanguageLoader, field: &str, english: &str) -> String {
        if self.is_built_in() {
            crate::i18n::data_text(tr, &crate::i18n::data_id("profile", &self.id, field), english)
        } else {
            english.to_string()
        }
    }

    /// The device's name as the app shows it, in `tr`'s language for a shipped profile.
    pub fn shown_name(&self, tr: &FluentLanguageLoader) -> String {
        self.shown(tr, "name", &self.name)
    }

    /// The profile's notes as the app shows them, in `tr`'s language for a shipped profile.
    pub fn shown_notes(&self, tr: &FluentLanguageLoader) -> Option<String> {
        self.notes.as_deref().map(|notes| self.shown(tr, "notes", notes))
    }

    /// Number of values a sample carries before channel mapping.
    pub fn value_count(&self) -> usize {
        match self.parse.framing {
            Framing::Line => match &self.parse.pattern {
                Some(p) => pattern_value_groups(p).len(),
                None => self.parse.values.len(),
            },
            Framing::Binary => self.parse.fields.iter().filter(|f| f.role == FieldRole::Value).count(),
        }
    }

    /// Output channel names (`force`, or `left`/`right`).
    pub fn channel_names(&self) -> Vec<String> {
        self.channels.iter().map(|c| c.name.clone()).collect()
    }

    /// Whether readings carry the device's own time stamps.
    pub fn has_device_time(&self) -> bool {
        match self.parse.framing {
            Framing::Line => self.parse.time.is_some(),
            Framing::Binary => self.parse.fields.iter().any(|f| f.role == FieldRole::Time),
        }
    }
}

/// Value group names of a pattern, in channel order: `value`, or `v0`, `v1`, ...
pub fn pattern_value_groups(pattern: &str) -> Vec<String> {
    let Ok(re) = Regex::new(pattern) else { return Vec::new() };
    let names: Vec<&str> = re.capture_names().flatten().collect();
    if names.contains(&"value") {
        return vec!["value".into()];
    }
    (0..).map(|i| format!("v{i}")).take_while(|n| names.contains(&n.as_str())).collect()
}
