//! Reading a profile file and checking what it says: every problem names the file, the line and
//! the field.

use std::path::{Path, PathBuf};

use regex::Regex;

use super::{FieldRole, Framing, MAX_REPLY_TIMEOUT_S, Profile, pattern_value_groups};

/// A problem in a profile file, located by file, line and field.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}{}: {field}: {message}", .line.map(|l| format!(": line {l}")).unwrap_or_default())]
pub struct ProfileError {
    pub file: String,
    pub line: Option<usize>,
    pub field: String,
    pub message: String,
}

/// Line (1-based) of byte offset `at` in `text`.
fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].bytes().filter(|&b| b == b'\n').count() + 1
}

/// Line of `key` inside table `table` (`""` for the top level, `parse`, `channel`, ...).
fn locate(text: &str, table: &str, key: &str) -> Option<usize> {
    let mut current = String::new();
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            current = trimmed.trim_matches(|c| c == '[' || c == ']').trim().to_string();
            if key.is_empty() && current == table {
                return Some(i + 1);
            }
            continue;
        }
        let in_table = current == table || (table.is_empty() && current.is_empty());
        if in_table && let Some((k, _)) = trimmed.split_once('=') {
            let k = k.trim().trim_matches('"');
            if k == key {
                return Some(i + 1);
            }
        }
    }
    None
}

impl Profile {
    /// Parses and checks a profile; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Profile, ProfileError> {
        let mut profile: Profile = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start));
            let message = e.message().to_string();
            let field = message
                .split('`')
                .nth(1)
                .map(str::to_string)
                .or_else(|| {
                    line.and_then(|l| text.lines().nth(l - 1))
                        .and_then(|l| l.split_once('='))
                        .map(|(k, _)| k.trim().to_string())
                })
                .unwrap_or_else(|| "(file)".into());
            ProfileError { file: file.into(), line, field, message }
        })?;
        profile.check().map_err(|(table, key, message)| {
            let field = if table.is_empty() { key.to_string() } else { format!("{table}.{key}") };
            ProfileError { file: file.into(), line: locate(text, table, key), field, message }
        })?;
        profile.source = Some(PathBuf::from(file));
        Ok(profile)
    }

    /// Reads and checks a profile file.
    pub fn load(path: &Path) -> Result<Profile, ProfileError> {
        let name = path.display().to_string();
        // A profile is a few kilobytes; a FIFO or a device file is refused, not waited on.
        let text = crate::safe_read::read_regular_file(path, 1 << 20)
            .and_then(|bytes| String::from_utf8(bytes).map_err(std::io::Error::other))
            .map_err(|e| ProfileError {
                file: name.clone(),
                line: None,
                field: "(file)".into(),
                message: format!("cannot read: {e}"),
            })?;
        Profile::parse(&text, &name)
    }

    /// Semantic checks after parsing: `(table, key, message)` on failure.
    fn check(&mut self) -> Result<(), (&'static str, &'static str, String)> {
        let bad = |table, key, message: String| Err((table, key, message));
        if self.id.is_empty() || !self.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
            return bad("", "id", format!("'{}' must be lowercase letters, digits and '_'", self.id));
        }
        if self.serial.baud == 0 {
            return bad("serial", "baud", "must be positive".into());
        }
        if !(5..=8).contains(&self.serial.data_bits) {
            return bad("serial", "data_bits", format!("{} is not 5, 6, 7 or 8", self.serial.data_bits));
        }
        if !(1..=2).contains(&self.serial.stop_bits) {
            return bad("serial", "stop_bits", format!("{} is not 1 or 2", self.serial.stop_bits));
        }
        if !(0.0..=30.0).contains(&self.serial.open_delay_s) {
            return bad("serial", "open_delay_s", "must be between 0 and 30 s".into());
        }
        if !(self.serial.first_data_s > 0.0 && self.serial.first_data_s <= MAX_REPLY_TIMEOUT_S) {
            return bad("serial", "first_data_s", format!("must be above 0 and at most {MAX_REPLY_TIMEOUT_S} s"));
        }
        if !(self.serial.silence_s > 0.0 && self.serial.silence_s <= MAX_REPLY_TIMEOUT_S) {
            return bad("serial", "silence_s", format!("must be above 0 and at most {MAX_REPLY_TIMEOUT_S} s"));
        }
        if !(0.0..=10.0).contains(&self.commands.gap_s) {
            return bad("commands", "gap_s", "must be between 0 and 10 s".into());
        }
        if let Some(time) = &self.parse.time
            && !(time.max_step_s > 0.0 && time.max_step_s <= 3600.0)
        {
            return bad("parse.time", "max_step_s", "must be above 0 and at most 3600 s".into());
        }
        let e = &self.emulator;
        if !(0.0..=30.0).contains(&e.boot_s) || !(0.0..=10.0).contains(&e.read_string_s) {
            return bad("emulator", "boot_s", "boot_s must be within 0-30 s and read_string_s within 0-10 s".into());
        }
        if let Some(rate) = self.commands.poll_rate_hz
            && !(rate > 0.0 && rate <= 10_000.0)
        {
            return bad("commands", "poll_rate_hz", format!("{rate} is not between 0 and 10000"));
        }
        if self.commands.poll.is_some() && self.commands.poll_rate_hz.is_none() {
            return bad("commands", "poll_rate_hz", "a poll command needs a poll rate".into());
        }
        for hint in &self.hints {
            if hint.code.trim().is_empty() || hint.text.trim().is_empty() {
                return bad("hint", "text", "a hint needs the error code and the text to show".into());
            }
            if let Some(id) = &hint.profile
                && (id == &self.id
                    || id.is_empty()
                    || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'))
            {
                return bad("hint", "profile", format!("'{id}' is not the id of another profile"));
            }
        }
        let exchanges = self
            .commands
            .handshake
            .iter()
            .chain(&self.commands.start)
            .chain(&self.commands.stop)
            .chain(&self.commands.tare);
        for exchange in exchanges {
            // NaN fails the range test too.
            if !(exchange.timeout_s > 0.0 && exchange.timeout_s <= MAX_REPLY_TIMEOUT_S) {
                let range = format!("{} is not between 0 and {MAX_REPLY_TIMEOUT_S} s", exchange.timeout_s);
                return bad("commands", "timeout_s", range);
            }
            if let Some(pattern) = &exchange.expect
                && let Err(e) = Regex::new(pattern)
            {
                return bad("commands", "expect", format!("'{pattern}' is not a valid pattern: {e}"));
            }
        }
        let p = &self.parse;
        for (name, &factor) in &p.units {
            if !(factor.is_finite() && factor > 0.0) {
                return bad("parse.units", "units", format!("factor of '{name}' must be positive"));
            }
        }
        if let Some(unit) = &p.unit
            && !p.units.contains_key(unit)
        {
            return bad("parse", "unit", format!("'{unit}' is not one of the listed units"));
        }
        for pattern in &p.replies {
            if let Err(e) = Regex::new(pattern) {
                return bad("parse", "replies", format!("'{pattern}' is not a valid pattern: {e}"));
            }
        }
        if let Some(pattern) = &p.error_pattern
            && let Err(e) = Regex::new(pattern)
        {
            return bad("parse", "error_pattern", format!("'{pattern}' is not a valid pattern: {e}"));
        }
        if p.decimal != '.' && p.decimal != ',' {
            return bad("parse", "decimal", format!("'{}' is not '.' or ','", p.decimal));
        }
        match p.framing {
            Framing::Line => match (&p.delimiter, &p.pattern) {
                (Some(_), Some(_)) => return bad("parse", "pattern", "give a delimiter or a pattern, not both".into()),
                (None, None) => return bad("parse", "delimiter", "line framing needs a delimiter or a pattern".into()),
                (Some(d), None) => {
                    if d.is_empty() {
                        return bad("parse", "delimiter", "must not be empty".into());
                    }
                    if p.values.is_empty() {
                        return bad("parse", "values", "name at least one value column".into());
                    }
                }
                (None, Some(pattern)) => {
                    let re = Regex::new(pattern)
                        .map_err(|e| ("parse", "pattern", format!("'{pattern}' is not a valid pattern: {e}")))?;
                    let groups: Vec<&str> = re.capture_names().flatten().collect();
                    if pattern_value_groups(pattern).is_empty() {
                        return bad("parse", "pattern", "needs a named group 'value' (or 'v0', 'v1', ...)".into());
                    }
                    if p.time.is_some() && !groups.contains(&"time") {
                        return bad("parse", "pattern", "parse.time is set but the pattern has no 'time' group".into());
                    }
                }
            },
            Framing::Binary => {
                if p.sync.is_empty() {
                    return bad("parse", "sync", "binary framing needs sync bytes".into());
                }
                if !p.fields.iter().any(|f| f.role == FieldRole::Value) {
                    return bad("parse", "fields", "binary framing needs at least one value field".into());
                }
                if p.fields.iter().filter(|f| f.role == FieldRole::Time).any(|f| f.unit.is_none()) {
                    return bad("parse", "fields", "a time field needs a unit".into());
                }
            }
        }
        let values = self.value_count();
        if self.channels.is_empty() {
            return bad("", "channel", "at least one [[channel]] is needed".into());
        }
        for c in &self.channels {
            if c.sum.is_empty() {
                return bad("channel", "sum", format!("channel '{}' sums no values", c.name));
            }
            if let Some(&i) = c.sum.iter().find(|&&i| i >= values) {
                return bad(
                    "channel",
                    "sum",
                    format!("channel '{}' uses value {i}, but a sample has {values}", c.name),
                );
            }
        }
        let names = self.channel_names();
        let sided = names.iter().any(|n| n == "left" || n == "right");
        if sided && !(names.len() == 2 && names[0] == "left" && names[1] == "right") {
            return bad("channel", "name", "a two-sided device has exactly the channels 'left' then 'right'".into());
        }
        if let Some(unit) = &self.emulator.unit
            && !p.units.contains_key(unit)
        {
            return bad("emulator", "unit", format!("'{unit}' is not one of parse.units"));
        }
        Ok(())
    }
}
