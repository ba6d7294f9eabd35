//! Sans-IO codecs: bytes from a device in (in any chunking), samples and events out; commands
//! in, bytes out. No ports, threads or clocks here: the caller passes the host time with each
//! chunk. The link thread, the emulator and the tests all drive this same code.

mod binary;
mod gaps;
mod line;
mod parse;
mod timebase;

use regex::Regex;

use super::profile::{Exchange, FieldRole, Framing, Profile};
use crate::i18n::numbers;
use gaps::GapTracker;
use parse::{LineParser, ParsedLine};
use timebase::{Stamp, TimeBase};

pub use binary::write as write_binary;
pub use gaps::{Gap, GapBasis, MissingReadings};
pub use parse::unit_factor;
pub use timebase::DEFAULT_MAX_STEP_S;

/// Why some bytes did not become a sample. Every rejection is counted and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RejectReason {
    /// A line that is neither a sample nor a known reply.
    Garbage,
    /// A line longer than the profile's `max_line`.
    Overlong,
    /// A unit the profile does not list.
    UnknownUnit,
    /// Bytes that are not text where text was expected.
    NotText,
    /// Binary bytes that do not form a frame.
    BadFrame,
    /// A partial line or frame left when the stream ended.
    Incomplete,
    /// A value without a unit from a device whose unit is not known (the profile requires one).
    NoUnit,
    /// A sample whose device time jumped (forward too far, or back other than the wrap).
    TimeJump,
}

impl RejectReason {
    /// Why, in a few words in the app's language (English for the command line, which never
    /// changes it).
    pub fn label(self) -> String {
        match self {
            RejectReason::Garbage => crate::fl!("link-rejected-garbage"),
            RejectReason::Overlong => crate::fl!("link-rejected-overlong"),
            RejectReason::UnknownUnit => crate::fl!("link-rejected-unknown-unit"),
            RejectReason::NotText => crate::fl!("link-rejected-not-text"),
            RejectReason::BadFrame => crate::fl!("link-rejected-bad-frame"),
            RejectReason::Incomplete => crate::fl!("link-rejected-incomplete"),
            RejectReason::NoUnit => crate::fl!("link-rejected-no-unit"),
            RejectReason::TimeJump => crate::fl!("link-rejected-time-jump"),
        }
    }

    /// Whether the rejected bytes carried a reading (a sample the device sent is missing).
    pub fn lost_a_sample(self) -> bool {
        matches!(self, RejectReason::UnknownUnit | RejectReason::NoUnit | RejectReason::TimeJump)
    }
}

/// Something other than a sample that came from the device.
#[derive(Debug, Clone, PartialEq)]
pub enum CodecEvent {
    /// A known non-sample line (banner, acknowledgement). `expected` when it answered the
    /// exchange the link is waiting for.
    Reply { text: String, expected: bool },
    /// The device reported an error (`*10` ...), with the profile's meaning of the code.
    DeviceError { code: String, meaning: Option<String>, text: String },
    /// Bytes that did not become a sample, and why.
    Rejected { reason: RejectReason, text: String },
    /// The device's clock repeated or went back; the sample was kept with a corrected time.
    TimeAdjusted { from_s: f64, to_s: f64 },
    /// The stream's unit changed (a handshake reply named it).
    UnitChanged { unit: String },
    /// A handshake reply named a unit the profile does not list: nothing can be read right.
    UnitRefused { unit: String, text: String },
    /// Bytes thrown away before the first line terminator (or sync) after the port opened: the
    /// tail of something the device sent before anyone listened.
    Discarded { bytes: usize },
}

/// Samples decoded from a chunk: consecutive sequence numbers, one time and one value per
/// output channel each, stored flat (`values[i * channels + c]`), and the readings the device
/// sent that are missing between them (`gaps`, in order of their place).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SampleBlock {
    pub channels: usize,
    /// Sequence number of the first sample in the block.
    pub first_seq: u64,
    pub time_s: Vec<f64>,
    pub values: Vec<f64>,
    pub gaps: Vec<Gap>,
}

impl SampleBlock {
    pub fn new(channels: usize, first_seq: u64) -> Self {
        SampleBlock { channels, first_seq, time_s: Vec::new(), values: Vec::new(), gaps: Vec::new() }
    }

    /// Readings the device sent that are missing in this block.
    pub fn missing(&self) -> MissingReadings {
        let mut missing = MissingReadings::default();
        self.gaps.iter().for_each(|g| missing.add(g));
        missing
    }

    /// Empties the block (its capacity is kept).
    pub fn clear(&mut self) {
        self.time_s.clear();
        self.values.clear();
        self.gaps.clear();
    }

    pub fn len(&self) -> usize {
        self.time_s.len()
    }

    pub fn is_empty(&self) -> bool {
        self.time_s.is_empty()
    }

    /// Values of sample `i`.
    pub fn row(&self, i: usize) -> &[f64] {
        &self.values[i * self.channels..(i + 1) * self.channels]
    }

    /// Sequence number after the last sample.
    pub fn end_seq(&self) -> u64 {
        self.first_seq + self.len() as u64
    }

    /// Appends another block that continues this one.
    pub fn append(&mut self, other: &SampleBlock) {
        if self.is_empty() {
            self.first_seq = other.first_seq;
            self.channels = other.channels;
        }
        let offset = self.len();
        self.gaps.extend(other.gaps.iter().map(|g| Gap { before: g.before + offset, ..*g }));
        self.time_s.extend_from_slice(&other.time_s);
        self.values.extend_from_slice(&other.values);
    }
}

/// What one call to [`Codec::feed`] produced.
#[derive(Debug, Clone, Default)]
pub struct CodecOutput {
    pub samples: SampleBlock,
    pub events: Vec<CodecEvent>,
}

impl CodecOutput {
    pub fn clear(&mut self) {
        self.samples.clear();
        self.events.clear();
    }
}

enum Framer {
    Line(line::LineFramer),
    Binary(binary::BinaryFramer),
}

/// A profile's codec. See the module documentation.
pub struct Codec {
    framer: Framer,
    parser: LineParser,
    time: TimeBase,
    /// Output channels as sums of parsed values.
    map: Vec<Vec<usize>>,
    line_ending: String,
    /// The exchange the link waits for, if any.
    pending: Option<Regex>,
    next_seq: u64,
    /// Scratch for parsed values before channel mapping.
    values: Vec<f64>,
    /// Samples of the current chunk that need host time stamps (indices into the output).
    host_stamped: usize,
    /// Throwing bytes away until a line terminator (or a sync) starts the stream afresh.
    resync: bool,
    /// The sync pattern of binary frames (empty for lines).
    sync: Vec<u8>,
    /// Where readings the device sent went missing.
    gaps: GapTracker,
    /// Scratch for the gaps found before one sample.
    found: Vec<(u64, GapBasis)>,
    /// A reading whose time jumped forward, held back until the next one tells a gap in the
    /// stream from a misread time.
    held: Option<Held>,
}

/// A reading held back (see [`Codec::emit`]), with the clock and gap state from before it.
struct Held {
    time_s: f64,
    /// Channel values.
    values: Vec<f64>,
    gaps: Vec<(u64, GapBasis)>,
    time_before: TimeBase,
    gaps_before: GapTracker,
}

impl Codec {
    /// A codec for a checked profile.
    pub fn new(profile: &Profile) -> Codec {
        let parser = LineParser::new(profile);
        let device_clock = match profile.parse.framing {
            Framing::Line => profile.parse.time.is_some(),
            Framing::Binary => profile.parse.fields.iter().any(|f| f.role == FieldRole::Time),
        };
        // A polled device's clock steps as the host asks: only a streaming one shows gaps.
        let gaps = GapTracker::new(device_clock && profile.commands.poll.is_none());
        let framer = match profile.parse.framing {
            Framing::Line => Framer::Line(line::LineFramer::new(profile.parse.max_line)),
            Framing::Binary => Framer::Binary(binary::BinaryFramer::new(profile)),
        };
        Codec {
            framer,
            parser,
            time: TimeBase::new(profile),
            map: profile.channels.iter().map(|c| c.sum.clone()).collect(),
            line_ending: profile.commands.line_ending.clone(),
            pending: None,
            next_seq: 0,
            values: Vec::new(),
            host_stamped: 0,
            resync: false,
            sync: if profile.parse.framing == Framing::Binary { profile.parse.sync.clone() } else { Vec::new() },
            gaps,
            found: Vec::new(),
            held: None,
        }
    }

    /// The next bytes may start in the middle of a line or frame (the port was opened on a
    /// running stream): bytes before the first line terminator, or the first sync of a binary
    /// frame, are discarded and reported, never decoded.
    pub fn resync(&mut self) {
        self.resync = true;
    }

    /// Drops the bytes before the stream's first boundary; returns the rest.
    fn skip_to_boundary<'a>(&mut self, bytes: &'a [u8], out: &mut CodecOutput) -> &'a [u8] {
        let (drop, done) = if self.sync.is_empty() {
            match bytes.iter().position(|&b| b == b'\n' || b == b'\r') {
                Some(i) => (i, true),
                None => (bytes.len(), false),
            }
        } else {
            match bytes.windows(self.sync.len()).position(|w| w == self.sync.as_slice()) {
                Some(i) => (i, true),
                None => {
                    // Keep a tail that may be the start of a sync.
                    let keep = (1..self.sync.len().min(bytes.len() + 1))
                        .rev()
                        .find(|&k| bytes[bytes.len() - k..] == self.sync[..k])
                        .unwrap_or(0);
                    (bytes.len() - keep, keep > 0)
                }
            }
        };
        if done {
            self.resync = false;
        }
        if drop > 0 {
            out.events.push(CodecEvent::Discarded { bytes: drop });
        }
        &bytes[drop..]
    }

    /// Numbers the next sample `seq` (a link keeps one numbering across reconnects).
    pub fn set_next_seq(&mut self, seq: u64) {
        self.next_seq = seq;
    }

    /// The number the next sample gets.
    pub fn next_seq(&self) -> u64 {
        self.next_seq
    }

    /// Number of output channels.
    pub fn channels(&self) -> usize {
        self.map.len()
    }

    /// Bytes to send for a command text.
    pub fn command(&self, text: &str) -> Vec<u8> {
        let mut bytes = text.as_bytes().to_vec();
        bytes.extend_from_slice(self.line_ending.as_bytes());
        bytes
    }

    /// Marks the reply the caller now waits for (`None` to stop waiting).
    pub fn expect(&mut self, exchange: Option<&Exchange>) {
        self.pending = exchange.and_then(|e| e.expect.as_deref()).and_then(|p| Regex::new(p).ok());
    }

    /// Whether the caller is waiting for a reply.
    pub fn is_waiting(&self) -> bool {
        self.pending.is_some()
    }

    /// The device's clock starts again (a new capture): times keep increasing across it.
    pub fn restart_device_clock(&mut self) {
        self.time.restart();
        self.gaps.restart();
    }

    /// Decodes a chunk of bytes received at host time `now_s` (monotonic seconds), appending
    /// to `out`.
    pub fn feed(&mut self, bytes: &[u8], now_s: f64, out: &mut CodecOutput) {
        if out.samples.is_empty() {
            out.samples.channels = self.map.len();
            out.samples.first_seq = self.next_seq;
        }
        self.host_stamped = 0;
        let start = out.samples.len();
        let bytes = if self.resync { self.skip_to_boundary(bytes, out) } else { bytes };
        let mut framer = std::mem::replace(&mut self.framer, Framer::Line(line::LineFramer::new(0)));
        match &mut framer {
            Framer::Line(f) => f.feed(bytes, |item| self.on_line(item, out)),
            Framer::Binary(f) => f.feed(bytes, |item| self.on_binary(item, out)),
        }
        self.framer = framer;
        self.stamp_host_times(out, start, now_s);
    }

    /// The stream ended (unplug, close): whatever is left is reported, never dropped silently.
    pub fn finish(&mut self, now_s: f64, out: &mut CodecOutput) {
        if out.samples.is_empty() {
            out.samples.channels = self.map.len();
            out.samples.first_seq = self.next_seq;
        }
        self.host_stamped = 0;
        let start = out.samples.len();
        let mut framer = std::mem::replace(&mut self.framer, Framer::Line(line::LineFramer::new(0)));
        match &mut framer {
            Framer::Line(f) => f.finish(|item| self.on_line(item, out)),
            Framer::Binary(f) => f.finish(|item| self.on_binary(item, out)),
        }
        self.framer = framer;
        self.stamp_host_times(out, start, now_s);
        if let Some(held) = self.held.take() {
            self.push_sample(held.time_s, &held.values, &held.gaps, out);
        }
        self.found.clear();
        self.gaps.finish(&mut self.found);
        let before = out.samples.len();
        out.samples.gaps.extend(self.found.drain(..).map(|(readings, basis)| Gap { before, readings, basis }));
    }

    /// Bytes that did not become a sample: reported, and counted where a reading was due.
    fn reject(&mut self, reason: RejectReason, text: String, out: &mut CodecOutput) {
        self.gaps.damaged(reason);
        out.events.push(CodecEvent::Rejected { reason, text });
    }

    fn on_line(&mut self, item: line::LineItem, out: &mut CodecOutput) {
        match item {
            line::LineItem::Line(text) => self.classify_line(text, out),
            line::LineItem::Rejected(reason, text) => self.reject(reason, text, out),
        }
    }

    fn on_binary(&mut self, item: binary::BinaryItem, out: &mut CodecOutput) {
        match item {
            binary::BinaryItem::Frame { time_raw, values } => {
                self.values.clear();
                self.values.extend_from_slice(&values);
                self.emit(time_raw, out);
            }
            binary::BinaryItem::Text(line) => self.on_line(line, out),
        }
    }

    fn classify_line(&mut self, text: &str, out: &mut CodecOutput) {
        if let Some(re) = &self.pending
            && let Some(caps) = re.captures(text)
        {
            if let Some(unit) = caps.name("unit").map(|m| m.as_str().to_string()) {
                if self.parser.set_unit(&unit) {
                    out.events.push(CodecEvent::UnitChanged { unit });
                } else {
                    out.events.push(CodecEvent::UnitRefused { unit, text: text.into() });
                }
            }
            self.pending = None;
            out.events.push(CodecEvent::Reply { text: text.into(), expected: true });
            return;
        }
        self.values.clear();
        match self.parser.parse(text, &mut self.values) {
            ParsedLine::Sample { time_raw } => self.emit(time_raw, out),
            ParsedLine::DeviceError { code, meaning } => {
                out.events.push(CodecEvent::DeviceError { code, meaning, text: text.into() })
            }
            ParsedLine::Reply => out.events.push(CodecEvent::Reply { text: text.into(), expected: false }),
            ParsedLine::Rejected(reason) => self.reject(reason, text.into(), out),
        }
    }

    /// Maps parsed values to channels and appends the sample. A reading whose device time
    /// jumps forward beyond the stream's cadence is held back until the next one: if the clock
    /// goes on from it, the gap was real; if the next reading continues from before it, its
    /// time was misread (a flipped digit) and it is rejected, so one bad time stamp neither
    /// moves the stream's clock nor counts as a gap.
    fn emit(&mut self, time_raw: Option<f64>, out: &mut CodecOutput) {
        let values: Vec<f64> = self.map.iter().map(|sum| sum.iter().map(|&i| self.values[i]).sum()).collect();
        let Some(raw) = time_raw else {
            self.host_stamped += 1;
            self.found.clear();
            self.gaps.sample(None, false, &mut self.found);
            let found = std::mem::take(&mut self.found);
            self.push_sample(f64::NAN, &values, &found, out);
            self.found = found;
            return;
        };
        let (time_before, gaps_before) = (self.time.clone(), self.gaps.clone());
        let mut stamp = self.time.device(raw);
        if let Some(held) = self.held.take() {
            let mut undo = held.time_before.clone();
            match (stamp, undo.device(raw)) {
                (Stamp::Jump { .. }, Stamp::Ok(t)) => {
                    // This reading continues from before the held one: that one's time was misread.
                    self.time = undo;
                    self.gaps = held.gaps_before;
                    // In the app's language: the rejected line's text is shown in its status bar.
                    let text = crate::fl!("link-rejected-time-ahead", seconds = numbers::num(held.time_s, 6));
                    self.reject(RejectReason::TimeJump, text, out);
                    stamp = Stamp::Ok(t);
                }
                _ => self.push_sample(held.time_s, &held.values, &held.gaps, out),
            }
        }
        let (time_s, adjusted) = match stamp {
            Stamp::Ok(t) => (t, false),
            Stamp::Adjusted { from_s, to_s } => {
                out.events.push(CodecEvent::TimeAdjusted { from_s, to_s });
                (to_s, true)
            }
            Stamp::Jump { step_s } => {
                let step = numbers::num(step_s, 3);
                let step = if step.starts_with('-') { step } else { format!("+{step}") };
                let text = crate::fl!("link-rejected-time-jumped", time = raw.to_string(), step = step);
                self.reject(RejectReason::TimeJump, text, out);
                return;
            }
        };
        let mut found = std::mem::take(&mut self.found);
        found.clear();
        self.gaps.sample(Some(time_s), adjusted, &mut found);
        if self.gaps.in_doubt() {
            self.held = Some(Held { time_s, values, gaps: found, time_before, gaps_before });
            return;
        }
        self.push_sample(time_s, &values, &found, out);
        self.found = found;
    }

    /// Appends one sample (channel values) with the gaps before it.
    fn push_sample(&mut self, time_s: f64, values: &[f64], gaps: &[(u64, GapBasis)], out: &mut CodecOutput) {
        let before = out.samples.len();
        out.samples.gaps.extend(gaps.iter().map(|&(readings, basis)| Gap { before, readings, basis }));
        out.samples.time_s.push(time_s);
        out.samples.values.extend_from_slice(values);
        self.next_seq += 1;
    }

    /// Host time stamps for this chunk's samples without device time: spread evenly between
    /// the previous chunk's time and `now_s`, so they stay strictly increasing.
    fn stamp_host_times(&mut self, out: &mut CodecOutput, start: usize, now_s: f64) {
        if self.host_stamped == 0 {
            return;
        }
        let times = self.time.host(now_s, self.host_stamped);
        let mut next = times.into_iter();
        for t in &mut out.samples.time_s[start..] {
            if t.is_nan() {
                *t = next.next().unwrap_or(now_s);
            }
        }
    }
}

#[cfg(test)]
mod gap_tests;
#[cfg(test)]
mod tests;
