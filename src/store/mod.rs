//! Storage: where the clinic's data lives (and, with the storage work, the SQLite database).

pub mod paths;
