//! Binary framing: a sync pattern, then fixed fields (Chronojump's force platform frame).
//! Text lines between frames (replies such as `Capture ended`) are passed on as lines.

use super::RejectReason;
use super::line::{LineFramer, LineItem};
use crate::device::profile::{BinaryField, BinaryType, FieldRole, Profile};

pub enum BinaryItem<'a> {
    Frame { time_raw: Option<f64>, values: Vec<f64> },
    Text(LineItem<'a>),
}

pub struct BinaryFramer {
    sync: Vec<u8>,
    fields: Vec<BinaryField>,
    /// Bytes after the sync.
    body_len: usize,
    buf: Vec<u8>,
    text: LineFramer,
    /// Time of the last accepted frame, to tell a real frame from a sync look-alike.
    last_time_raw: Option<f64>,
    /// Largest plausible step between frames in the time field's unit (1 s).
    max_step_raw: f64,
}

fn read(kind: BinaryType, b: &[u8]) -> f64 {
    match kind {
        BinaryType::U8 => b[0] as f64,
        BinaryType::I8 => b[0] as i8 as f64,
        BinaryType::U16le => u16::from_le_bytes([b[0], b[1]]) as f64,
        BinaryType::I16le => i16::from_le_bytes([b[0], b[1]]) as f64,
        BinaryType::U16be => u16::from_be_bytes([b[0], b[1]]) as f64,
        BinaryType::I16be => i16::from_be_bytes([b[0], b[1]]) as f64,
        BinaryType::U32le => u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64,
        BinaryType::I32le => i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64,
        BinaryType::U32be => u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as f64,
        BinaryType::I32be => i32::from_be_bytes([b[0], b[1], b[2], b[3]]) as f64,
        BinaryType::F32le => f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64,
        BinaryType::F32be => f32::from_be_bytes([b[0], b[1], b[2], b[3]]) as f64,
    }
}

/// Writes `value` as `kind` (for the emulator); integers are rounded and saturate.
pub fn write(kind: BinaryType, value: f64, out: &mut Vec<u8>) {
    let int = |lo: f64, hi: f64| value.round().clamp(lo, hi);
    match kind {
        BinaryType::U8 => out.push(int(0.0, 255.0) as u8),
        BinaryType::I8 => out.push(int(-128.0, 127.0) as i8 as u8),
        BinaryType::U16le => out.extend((int(0.0, 65535.0) as u16).to_le_bytes()),
        BinaryType::I16le => out.extend((int(-32768.0, 32767.0) as i16).to_le_bytes()),
        BinaryType::U16be => out.extend((int(0.0, 65535.0) as u16).to_be_bytes()),
        BinaryType::I16be => out.extend((int(-32768.0, 32767.0) as i16).to_be_bytes()),
        BinaryType::U32le => out.extend((int(0.0, u32::MAX as f64) as u32).to_le_bytes()),
        BinaryType::I32le => out.extend((int(i32::MIN as f64, i32::MAX as f64) as i32).to_le_bytes()),
        BinaryType::U32be => out.extend((int(0.0, u32::MAX as f64) as u32).to_be_bytes()),
        BinaryType::I32be => out.extend((int(i32::MIN as f64, i32::MAX as f64) as i32).to_be_bytes()),
        BinaryType::F32le => out.extend((value as f32).to_le_bytes()),
        BinaryType::F32be => out.extend((value as f32).to_be_bytes()),
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    let first = needle[0];
    let mut from = 0;
    while let Some(k) = memchr(first, &haystack[from..]) {
        let at = from + k;
        if haystack.len() - at < needle.len() {
            return None;
        }
        if &haystack[at..at + needle.len()] == needle {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

fn memchr(byte: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == byte)
}

impl BinaryFramer {
    pub fn new(profile: &Profile) -> Self {
        let p = &profile.parse;
        let time_unit = p.fields.iter().find(|f| f.role == FieldRole::Time).and_then(|f| f.unit);
        BinaryFramer {
            sync: p.sync.clone(),
            body_len: p.fields.iter().map(|f| f.kind.size()).sum(),
            fields: p.fields.clone(),
            buf: Vec::new(),
            text: LineFramer::new(p.max_line),
            last_time_raw: None,
            max_step_raw: time_unit.map_or(f64::INFINITY, |u| u.per_second()),
        }
    }

    fn decode(&self, body: &[u8]) -> (Option<f64>, Vec<f64>) {
        let mut at = 0;
        let mut time = None;
        let mut values = Vec::with_capacity(self.fields.len());
        for f in &self.fields {
            let v = read(f.kind, &body[at..at + f.kind.size()]);
            at += f.kind.size();
            match f.role {
                FieldRole::Time => time = Some(v),
                FieldRole::Value => values.push(v * f.scale),
            }
        }
        (time, values)
    }

    /// Whether a frame whose time field reads `time` continues the stream plausibly.
    fn plausible(&self, time: Option<f64>) -> bool {
        match (time, self.last_time_raw) {
            (Some(t), Some(last)) => t >= last && t - last <= self.max_step_raw,
            _ => false,
        }
    }

    pub fn feed(&mut self, bytes: &[u8], mut on: impl FnMut(BinaryItem)) {
        self.buf.extend_from_slice(bytes);
        self.scan(false, &mut on);
    }

    pub fn finish(&mut self, mut on: impl FnMut(BinaryItem)) {
        self.scan(true, &mut on);
        if !self.buf.is_empty() {
            let rest = std::mem::take(&mut self.buf);
            on(BinaryItem::Text(LineItem::Rejected(RejectReason::Incomplete, super::line::preview(&rest))));
        }
        self.text.finish(|item| on(BinaryItem::Text(item)));
    }

    fn scan(&mut self, at_end: bool, on: &mut impl FnMut(BinaryItem)) {
        let mut pos = 0;
        let sync_len = self.sync.len();
        loop {
            match find(&self.buf[pos..], &self.sync) {
                Some(k) => {
                    let start = pos + k;
                    if start > pos {
                        let gap = self.buf[pos..start].to_vec();
                        self.text.feed(&gap, |item| on(BinaryItem::Text(item)));
                    }
                    let end = start + sync_len + self.body_len;
                    if end > self.buf.len() {
                        pos = start;
                        break;
                    }
                    let (time, values) = self.decode(&self.buf[start + sync_len..end]);
                    let confirmed = if end == self.buf.len() {
                        if !at_end && !self.plausible(time) {
                            // Wait for the next byte to tell a frame from a look-alike.
                            pos = start;
                            break;
                        }
                        true
                    } else {
                        let rest = &self.buf[end..];
                        let n = rest.len().min(sync_len);
                        rest[..n] == self.sync[..n] || rest[0].is_ascii_graphic() || self.plausible(time)
                    };
                    if confirmed {
                        if let Some(partial) = self.text.take_partial() {
                            let text = super::line::preview(&partial);
                            on(BinaryItem::Text(LineItem::Rejected(RejectReason::BadFrame, text)));
                        }
                        self.last_time_raw = time.or(self.last_time_raw);
                        on(BinaryItem::Frame { time_raw: time, values });
                        pos = end;
                    } else {
                        on(BinaryItem::Text(LineItem::Rejected(
                            RejectReason::BadFrame,
                            super::line::preview(&self.buf[start..start + 1]),
                        )));
                        pos = start + 1;
                    }
                }
                None => {
                    // Keep a possible partial sync at the end; the rest lies between frames.
                    let tail = &self.buf[pos..];
                    let keep = if at_end {
                        0
                    } else {
                        (1..sync_len.min(tail.len() + 1))
                            .rev()
                            .find(|&k| tail[tail.len() - k..] == self.sync[..k])
                            .unwrap_or(0)
                    };
                    let gap_end = self.buf.len() - keep;
                    if gap_end > pos {
                        let gap = self.buf[pos..gap_end].to_vec();
                        self.text.feed(&gap, |item| on(BinaryItem::Text(item)));
                    }
                    pos = gap_end;
                    break;
                }
            }
        }
        self.buf.drain(..pos);
    }
}
