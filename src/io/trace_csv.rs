//! Trace CSV files: ForceTrack's own format, Chronojump force-sensor exports and generic CSV.
//!
//! ForceTrack trace CSV (written by [`write_trace`], documented in the README):
//! ```text
//! # forcetrack trace v1
//! # device: Demo dynamometer
//! # sample_rate_hz: 1000
//! # polarity: auto
//! time_s,left_n,right_n
//! 0,12.5,13.1
//! 0.001,12.6,13.0
//! ```
//! `#` lines before the header carry `key: value` metadata; the header is `time_s` followed by
//! one `<name>_n` column per channel (force in newtons); `,` separated, decimal point.

use std::fmt;
use std::io::{self, Write};
use std::path::Path;

use super::csv_out::CsvOptions;
use crate::model::{Channel, Polarity, Trace, TraceMeta};

/// Which of the three readable formats a file is in (detected from its header).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TraceFormat {
    ForceTrack,
    Chronojump,
    Generic,
}

impl TraceFormat {
    pub fn id(self) -> &'static str {
        match self {
            TraceFormat::ForceTrack => "forcetrack",
            TraceFormat::Chronojump => "chronojump",
            TraceFormat::Generic => "generic",
        }
    }
}

/// A trace read from a file, with the format it was in.
#[derive(Debug, Clone, PartialEq)]
pub struct TraceFile {
    pub format: TraceFormat,
    pub trace: Trace,
}

/// What is wrong with a trace file.
#[derive(Debug, Clone, PartialEq)]
pub enum TraceErrorKind {
    Io(String),
    NotUtf8,
    /// No header at all (empty file, or only blank and comment lines).
    Empty,
    /// A header but no data rows.
    NoRows,
    UnknownHeader(String),
    ColumnCount {
        expected: usize,
        found: usize,
    },
    NotANumber {
        column: String,
        text: String,
    },
    NotFinite {
        column: String,
        text: String,
    },
    TimeRepeats {
        time_s: f64,
    },
    TimeGoesBack {
        time_s: f64,
        previous_s: f64,
    },
    BadMetadata {
        key: String,
        text: String,
    },
}

impl fmt::Display for TraceErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TraceErrorKind::Io(e) => write!(f, "cannot read the file: {e}"),
            TraceErrorKind::NotUtf8 => f.write_str("the file is not UTF-8 text"),
            TraceErrorKind::Empty => f.write_str("the file is empty: no header and no samples"),
            TraceErrorKind::NoRows => f.write_str("the file has a header but no samples"),
            TraceErrorKind::UnknownHeader(h) => write!(
                f,
                "unrecognised header '{h}': expected a ForceTrack trace ('time_s,force_n' ...), \
                 a Chronojump export ('Time (micros);Force(N)') or a CSV starting with 'time_s'"
            ),
            TraceErrorKind::ColumnCount { expected, found } => {
                write!(f, "expected {expected} columns like the header, found {found}")
            }
            TraceErrorKind::NotANumber { column, text } => write!(f, "{column} '{text}' is not a number"),
            TraceErrorKind::NotFinite { column, text } => write!(f, "{column} '{text}' is not a finite number"),
            TraceErrorKind::TimeRepeats { time_s } => {
                write!(f, "time {time_s} s repeats the previous sample's time")
            }
            TraceErrorKind::TimeGoesBack { time_s, previous_s } => {
                write!(f, "time {time_s} s goes back (previous sample at {previous_s} s)")
            }
            TraceErrorKind::BadMetadata { key, text } => write!(f, "metadata '{key}' has a bad value '{text}'"),
        }
    }
}

/// An error reading a trace file, located by file, line and column (both 1-based).
#[derive(Debug, Clone, PartialEq)]
pub struct TraceError {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub kind: TraceErrorKind,
}

impl fmt::Display for TraceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, ": line {l}, column {c}")?,
            (Some(l), None) => write!(f, ": line {l}")?,
            _ => {}
        }
        write!(f, ": {}", self.kind)
    }
}

impl std::error::Error for TraceError {}

/// Reads and parses a trace file.
pub fn read_trace_file(path: &Path) -> Result<TraceFile, TraceError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| TraceError {
        file: name.clone(),
        line: None,
        column: None,
        kind: TraceErrorKind::Io(e.to_string()),
    })?;
    parse_trace(&bytes, &name)
}

struct Layout {
    format: TraceFormat,
    delimiter: char,
    /// Numbers may use `,` as the decimal separator (`;`- or tab-separated files).
    decimal_comma: bool,
    /// Column names for messages; index 0 is time.
    columns: Vec<String>,
    /// Channel names (columns 1..).
    channels: Vec<String>,
    /// Time column units per second (1e6 for microseconds): dividing keeps `1048 µs` exact.
    time_divisor: f64,
}

/// Parses the bytes of a trace file; `file` names it in errors.
pub fn parse_trace(bytes: &[u8], file: &str) -> Result<TraceFile, TraceError> {
    let err =
        |line: Option<usize>, column: Option<usize>, kind| TraceError { file: file.to_string(), line, column, kind };
    let text = std::str::from_utf8(bytes).map_err(|_| err(None, None, TraceErrorKind::NotUtf8))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);

    let mut meta = TraceMeta::default();
    let mut lines = text.split('\n').enumerate().map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)));
    let (header_line, header) = loop {
        let Some((number, line)) = lines.next() else {
            return Err(err(None, None, TraceErrorKind::Empty));
        };
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if let Some(comment) = trimmed.strip_prefix('#') {
            read_metadata(comment, &mut meta).map_err(|kind| err(Some(number), None, kind))?;
            continue;
        }
        break (number, trimmed);
    };
    let layout = detect_layout(header)
        .ok_or_else(|| err(Some(header_line), None, TraceErrorKind::UnknownHeader(header.into())))?;

    let width = layout.columns.len();
    let mut time_s: Vec<f64> = Vec::with_capacity(bytes.len() / 16);
    let mut forces: Vec<Vec<f64>> = vec![Vec::with_capacity(bytes.len() / 16); width - 1];
    let mut scratch = String::new();
    for (number, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let mut found = 0;
        for (col, cell) in line.split(layout.delimiter).enumerate() {
            found += 1;
            if col >= width {
                continue;
            }
            let value = parse_number(cell, layout.decimal_comma, &mut scratch).map_err(|bad| {
                let kind = if bad {
                    TraceErrorKind::NotFinite { column: layout.columns[col].clone(), text: cell.trim().into() }
                } else {
                    TraceErrorKind::NotANumber { column: layout.columns[col].clone(), text: cell.trim().into() }
                };
                err(Some(number), Some(col + 1), kind)
            })?;
            if col == 0 {
                let t = value / layout.time_divisor;
                if let Some(&previous_s) = time_s.last() {
                    if t == previous_s {
                        return Err(err(Some(number), Some(1), TraceErrorKind::TimeRepeats { time_s: t }));
                    }
                    if t < previous_s {
                        return Err(err(Some(number), Some(1), TraceErrorKind::TimeGoesBack { time_s: t, previous_s }));
                    }
                }
                time_s.push(t);
            } else {
                forces[col - 1].push(value);
            }
        }
        if found != width {
            return Err(err(Some(number), None, TraceErrorKind::ColumnCount { expected: width, found }));
        }
    }
    if time_s.is_empty() {
        return Err(err(Some(header_line), None, TraceErrorKind::NoRows));
    }
    let channels = layout.channels.into_iter().zip(forces).map(|(name, force_n)| Channel { name, force_n }).collect();
    Ok(TraceFile { format: layout.format, trace: Trace { time_s, channels, meta } })
}

/// Parses one cell. `Err(true)` for NaN/infinite, `Err(false)` for text that is not a number.
fn parse_number(cell: &str, decimal_comma: bool, scratch: &mut String) -> Result<f64, bool> {
    let cell = cell.trim();
    let cell = cell.strip_prefix('"').and_then(|c| c.strip_suffix('"')).unwrap_or(cell);
    let parsed = if decimal_comma && cell.contains(',') {
        scratch.clear();
        scratch.extend(cell.chars().map(|c| if c == ',' { '.' } else { c }));
        scratch.parse::<f64>()
    } else {
        cell.parse::<f64>()
    };
    match parsed {
        Ok(v) if v.is_finite() => Ok(v),
        Ok(_) => Err(true),
        Err(_) => Err(false),
    }
}

fn read_metadata(comment: &str, meta: &mut TraceMeta) -> Result<(), TraceErrorKind> {
    let Some((key, value)) = comment.split_once(':') else {
        return Ok(());
    };
    let (key, value) = (key.trim(), value.trim());
    let bad = || TraceErrorKind::BadMetadata { key: key.into(), text: value.into() };
    match key {
        "device" => meta.device = Some(value.into()),
        "sample_rate_hz" => meta.sample_rate_hz = Some(value.parse().ok().filter(|r: &f64| *r > 0.0).ok_or_else(bad)?),
        "polarity" => meta.polarity = Some(Polarity::parse(value).ok_or_else(bad)?),
        _ => meta.extra.push((key.into(), value.into())),
    }
    Ok(())
}

fn unquote(cell: &str) -> &str {
    let cell = cell.trim();
    cell.strip_prefix('"').and_then(|c| c.strip_suffix('"')).unwrap_or(cell).trim()
}

fn detect_layout(header: &str) -> Option<Layout> {
    // Chronojump: "Time (micros);Force(N)".
    let semi: Vec<&str> = header.split(';').map(unquote).collect();
    if semi.len() >= 2 && semi[0].to_ascii_lowercase().replace(' ', "") == "time(micros)" {
        let channels =
            if semi.len() == 2 { vec!["force".to_string()] } else { semi[1..].iter().map(|c| c.to_string()).collect() };
        return Some(Layout {
            format: TraceFormat::Chronojump,
            delimiter: ';',
            decimal_comma: true,
            columns: semi.iter().map(|c| c.to_string()).collect(),
            channels,
            time_divisor: 1e6,
        });
    }
    // ForceTrack and generic traces: `,` (decimal point), or `;` / tab (decimal comma allowed).
    for delimiter in [',', ';', '\t'] {
        let cells: Vec<&str> = header.split(delimiter).map(unquote).collect();
        if cells.len() < 2 || cells.iter().any(|c| c.is_empty()) {
            continue;
        }
        let decimal_comma = delimiter != ',';
        let time = cells[0].to_ascii_lowercase();
        let is_own_name = |c: &str| {
            c.len() > 2
                && c.ends_with("_n")
                && c.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        };
        if cells[0] == "time_s" && cells[1..].iter().all(|c| is_own_name(c)) {
            return Some(Layout {
                format: TraceFormat::ForceTrack,
                delimiter,
                decimal_comma,
                columns: cells.iter().map(|c| c.to_string()).collect(),
                channels: cells[1..].iter().map(|c| c.trim_end_matches("_n").to_string()).collect(),
                time_divisor: 1.0,
            });
        }
        let time_names = ["time_s", "time (s)", "time(s)", "time [s]", "t_s", "t (s)", "time"];
        if time_names.contains(&time.as_str()) {
            return Some(Layout {
                format: TraceFormat::Generic,
                delimiter,
                decimal_comma,
                columns: cells.iter().map(|c| c.to_string()).collect(),
                channels: cells[1..].iter().map(|c| c.to_string()).collect(),
                time_divisor: 1.0,
            });
        }
    }
    None
}

/// A channel name as a ForceTrack column stem: lowercase letters, digits and `_`.
fn column_stem(name: &str) -> String {
    let stem: String =
        name.trim().to_ascii_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    if stem.is_empty() { "force".into() } else { stem }
}

/// Writes a trace in ForceTrack's trace CSV format. Values are written in their shortest exact
/// form, so reading the file back gives the same numbers bit for bit.
pub fn write_trace(trace: &Trace, out: &mut impl Write) -> io::Result<()> {
    write_trace_with(trace, out, CsvOptions::default())
}

/// [`write_trace`] with a locale's delimiter and decimal separator.
pub fn write_trace_with(trace: &Trace, out: &mut impl Write, options: CsvOptions) -> io::Result<()> {
    let delimiter = options.delimiter as char;
    let mut out = io::BufWriter::new(out);
    writeln!(out, "# forcetrack trace v1")?;
    if let Some(device) = &trace.meta.device {
        writeln!(out, "# device: {}", one_line(device))?;
    }
    if let Some(rate) = trace.meta.sample_rate_hz {
        writeln!(out, "# sample_rate_hz: {rate}")?;
    }
    if let Some(polarity) = trace.meta.polarity {
        writeln!(out, "# polarity: {}", polarity.id())?;
    }
    for (key, value) in &trace.meta.extra {
        writeln!(out, "# {}: {}", one_line(key).replace(':', "_"), one_line(value))?;
    }
    write!(out, "time_s")?;
    for channel in &trace.channels {
        write!(out, "{delimiter}{}_n", column_stem(&channel.name))?;
    }
    writeln!(out)?;
    let mut line = String::with_capacity(64);
    let mut number = String::with_capacity(32);
    for (i, t) in trace.time_s.iter().enumerate() {
        use std::fmt::Write as _;
        line.clear();
        let mut push = |line: &mut String, v: f64| {
            number.clear();
            let _ = write!(number, "{v}");
            if options.decimal_comma {
                line.extend(number.chars().map(|c| if c == '.' { ',' } else { c }));
            } else {
                line.push_str(&number);
            }
        };
        push(&mut line, *t);
        for channel in &trace.channels {
            line.push(delimiter);
            push(&mut line, channel.force_n.get(i).copied().unwrap_or(f64::NAN));
        }
        line.push('\n');
        out.write_all(line.as_bytes())?;
    }
    out.flush()
}

fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<TraceFile, TraceError> {
        parse_trace(text.as_bytes(), "t.csv")
    }

    fn message(text: &str) -> String {
        parse(text).unwrap_err().to_string()
    }

    #[test]
    fn detects_the_three_formats() {
        let own = parse("# device: X\n# sample_rate_hz: 100\ntime_s,left_n,right_n\n0,1,2\n0.01,3,4\n").unwrap();
        assert_eq!(own.format, TraceFormat::ForceTrack);
        assert_eq!(own.trace.channels[1].name, "right");
        assert_eq!(own.trace.meta.sample_rate_hz, Some(100.0));
        assert_eq!(own.trace.meta.device.as_deref(), Some("X"));
        let cj = parse("Time (micros);Force(N)\r\n0;51,17\r\n1048;-2,5\r\n").unwrap();
        assert_eq!(cj.format, TraceFormat::Chronojump);
        assert_eq!(cj.trace.time_s, vec![0.0, 0.001048]);
        assert_eq!(cj.trace.channels[0].force_n, vec![51.17, -2.5]);
        let cj_point = parse("Time (micros);Force(N)\n0;51.17\n").unwrap();
        assert_eq!(cj_point.trace.channels[0].force_n, vec![51.17]);
        let generic = parse("time_s,Force (N)\n0,1\n1,2\n").unwrap();
        assert_eq!(generic.format, TraceFormat::Generic);
        assert_eq!(generic.trace.channels[0].name, "Force (N)");
    }

    #[test]
    fn every_bad_file_gets_its_own_message() {
        assert_eq!(message(""), "t.csv: the file is empty: no header and no samples");
        assert_eq!(message("# only a comment\n\n"), "t.csv: the file is empty: no header and no samples");
        assert_eq!(message("time_s,force_n\n"), "t.csv: line 1: the file has a header but no samples");
        assert_eq!(message("time_s,force_n\n0,1\n0.1,abc\n"), "t.csv: line 3, column 2: force_n 'abc' is not a number");
        assert_eq!(
            message("time_s,force_n\n0,1\n0.1,NaN\n"),
            "t.csv: line 3, column 2: force_n 'NaN' is not a finite number"
        );
        assert_eq!(
            message("time_s,force_n\n0,1\n0.1,inf\n"),
            "t.csv: line 3, column 2: force_n 'inf' is not a finite number"
        );
        assert_eq!(
            message("time_s,force_n\n0,1\n0,2\n"),
            "t.csv: line 3, column 1: time 0 s repeats the previous sample's time"
        );
        assert_eq!(
            message("time_s,force_n\n0.2,1\n0.1,2\n"),
            "t.csv: line 3, column 1: time 0.1 s goes back (previous sample at 0.2 s)"
        );
        assert_eq!(message("time_s,force_n\n0,1,5\n"), "t.csv: line 2: expected 2 columns like the header, found 3");
        assert!(message("a,b\n1,2\n").starts_with("t.csv: line 1: unrecognised header 'a,b'"));
        assert_eq!(
            message("# sample_rate_hz: fast\ntime_s,force_n\n0,1\n"),
            "t.csv: line 1: metadata 'sample_rate_hz' has a bad value 'fast'"
        );
        assert_eq!(
            parse_trace(&[0xff, 0xfe, 0x00], "t.csv").unwrap_err().to_string(),
            "t.csv: the file is not UTF-8 text"
        );
    }

    #[test]
    fn locale_traces_read_back() {
        let trace = Trace {
            time_s: vec![0.0, 0.005],
            channels: vec![Channel { name: "force".into(), force_n: vec![12.5, -3.25] }],
            meta: TraceMeta::default(),
        };
        let mut bytes = Vec::new();
        write_trace_with(&trace, &mut bytes, CsvOptions::new(None, true).unwrap()).unwrap();
        assert!(String::from_utf8_lossy(&bytes).contains("time_s;force_n\n0;12,5\n0,005;-3,25\n"));
        let back = parse_trace(&bytes, "x").unwrap();
        assert_eq!(
            (back.format, back.trace.time_s.clone(), back.trace.channels[0].force_n.clone()),
            (TraceFormat::ForceTrack, trace.time_s, trace.channels[0].force_n.clone())
        );
    }

    #[test]
    fn writing_and_reading_back_is_exact() {
        let trace = Trace {
            time_s: vec![0.0, 0.001, 0.002_000_000_000_000_1, 1.0 / 3.0],
            channels: vec![
                Channel { name: "left".into(), force_n: vec![0.1, -2.5, 1e-9, 1234.5678] },
                Channel { name: "right".into(), force_n: vec![f64::MAX, 3.0, 0.3, 2.0 / 3.0] },
            ],
            meta: TraceMeta {
                device: Some("Demo\nrig".into()),
                sample_rate_hz: Some(1000.0),
                polarity: Some(Polarity::Negative),
                extra: vec![("test".into(), "nordic".into())],
            },
        };
        let mut bytes = Vec::new();
        write_trace(&trace, &mut bytes).unwrap();
        let back = parse_trace(&bytes, "x").unwrap();
        assert_eq!(back.format, TraceFormat::ForceTrack);
        let mut expected = trace.clone();
        expected.meta.device = Some("Demo rig".into());
        assert_eq!(back.trace, expected);
    }
}
