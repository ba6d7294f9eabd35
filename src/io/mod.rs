//! Files in and out: trace CSVs (ForceTrack, Chronojump, generic), and later exports, imports
//! and the printable report.

pub mod analysis_report;
pub mod sample_data;
pub mod trace_csv;

pub use trace_csv::{TraceError, TraceErrorKind, TraceFile, TraceFormat, parse_trace, read_trace_file, write_trace};
