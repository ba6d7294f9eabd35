//! The clinic record's errors as the app's screens say them: in the app's language, dates in
//! its order, the technical detail (a path, the database's or the server's own words) as it is.
//! The command line prints the errors' English `Display` instead.

use crate::i18n::numbers;
use crate::store::{DamagedRow, DamagedTrial, ServerProblem, StoreError};

/// A store error for a screen: "not saved: this athlete was changed by ben at ...", "database
/// error: ...", "the clinic server ...: refused the connection (...)".
pub fn store_error_text(e: &StoreError) -> String {
    e.text(crate::i18n::loader(), &numbers::style())
}

/// Why the clinic server cannot be used (an address that cannot be read, a connection that
/// failed, a schema of another version), for a screen.
pub fn server_problem_text(problem: &ServerProblem) -> String {
    problem.text(crate::i18n::loader())
}

/// A stored row that cannot be read, named, for a screen.
pub fn damaged_row_text(row: &DamagedRow) -> String {
    row.text(crate::i18n::loader())
}

/// A trial whose stored samples are damaged, for a screen.
pub fn damaged_trial_text(trial: &DamagedTrial) -> String {
    trial.text(crate::i18n::loader(), &numbers::style())
}
