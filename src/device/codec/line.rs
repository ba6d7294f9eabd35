//! Splitting a byte stream into text lines (CR, LF or CRLF), with overlong-line protection.

use super::RejectReason;

/// A complete line, or bytes that could not be one.
pub enum LineItem<'a> {
    Line(&'a str),
    Rejected(RejectReason, String),
}

pub struct LineFramer {
    buf: Vec<u8>,
    max_line: usize,
    /// Discarding the rest of an overlong line until its terminator.
    skipping: bool,
}

/// Printable preview of bytes for messages.
pub fn preview(bytes: &[u8]) -> String {
    let text: String = String::from_utf8_lossy(&bytes[..bytes.len().min(80)])
        .chars()
        .map(|c| if c.is_control() { '·' } else { c })
        .collect();
    if bytes.len() > 80 { format!("{text}…") } else { text }
}

impl LineFramer {
    pub fn new(max_line: usize) -> Self {
        LineFramer { buf: Vec::with_capacity(max_line.min(4096)), max_line, skipping: false }
    }

    pub fn feed(&mut self, bytes: &[u8], mut on: impl FnMut(LineItem)) {
        let mut rest = bytes;
        while !rest.is_empty() {
            match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
                Some(end) => {
                    let (part, tail) = rest.split_at(end);
                    rest = &tail[1..];
                    if self.skipping {
                        self.skipping = false;
                        continue;
                    }
                    if self.buf.is_empty() {
                        Self::complete(part, self.max_line, &mut on);
                    } else {
                        self.buf.extend_from_slice(part);
                        let line = std::mem::take(&mut self.buf);
                        Self::complete(&line, self.max_line, &mut on);
                        self.buf = line;
                        self.buf.clear();
                    }
                }
                None => {
                    if !self.skipping {
                        self.buf.extend_from_slice(rest);
                        if self.buf.len() > self.max_line {
                            on(LineItem::Rejected(RejectReason::Overlong, preview(&self.buf)));
                            self.buf.clear();
                            self.skipping = true;
                        }
                    }
                    rest = &[];
                }
            }
        }
    }

    fn complete(line: &[u8], max_line: usize, on: &mut impl FnMut(LineItem)) {
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            return;
        }
        if line.len() > max_line {
            on(LineItem::Rejected(RejectReason::Overlong, preview(line)));
            return;
        }
        match std::str::from_utf8(line) {
            Ok(text) => on(LineItem::Line(text)),
            Err(_) => on(LineItem::Rejected(RejectReason::NotText, preview(line))),
        }
    }

    /// Reports a partial line left at the end of the stream.
    pub fn finish(&mut self, mut on: impl FnMut(LineItem)) {
        if !self.buf.iter().all(|b| b.is_ascii_whitespace()) {
            on(LineItem::Rejected(RejectReason::Incomplete, preview(&self.buf)));
        }
        self.buf.clear();
        self.skipping = false;
    }

    /// Takes a partial line out (bytes interrupted by something else in the stream).
    pub fn take_partial(&mut self) -> Option<Vec<u8>> {
        self.skipping = false;
        (!self.buf.is_empty()).then(|| std::mem::take(&mut self.buf))
    }
}
