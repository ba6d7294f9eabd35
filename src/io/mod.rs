//! Files in and out: trace CSVs (ForceTrack, Chronojump, generic), CSV exports and imports, the
//! demo clinic, and the printable report (PDF and CSV).

pub mod analysis_report;
pub mod csv_out;
pub mod demo;
pub mod export;
pub mod import;
pub mod report;
pub mod rescue;
pub mod sample_data;
pub mod spreadsheet;
pub mod tables;
pub mod trace_csv;

pub use csv_out::{CsvOptions, CsvOut};
pub use rescue::rescue_trace;
pub use trace_csv::{
    TraceError, TraceErrorKind, TraceFile, TraceFormat, parse_trace, read_trace_file, write_trace, write_trace_with,
};
