//! Turning one text line into values (delimited fields or a pattern), a device error, a known
//! reply or a rejection.

use std::collections::HashMap;

use regex::{CaptureLocations, Regex};

use super::RejectReason;
use crate::device::profile::{Profile, pattern_value_groups};

/// Factor to newtons of `unit` in a profile (`None` if the profile does not list it). A unit is
/// looked up as written, then in any case (`Kg`, `KG` and `kg` are one unit to a device). A
/// profile without units reads newtons; a value without a unit takes the profile's `unit`, and
/// has none (`None`) when the profile lists units but names no default.
pub fn unit_factor(profile: &Profile, unit: Option<&str>) -> Option<f64> {
    let units: Vec<(String, f64)> = profile.parse.units.iter().map(|(k, v)| (k.clone(), *v)).collect();
    match unit {
        None if units.is_empty() => Some(1.0),
        None => profile.parse.unit.as_deref().and_then(|u| find_unit(&units, u)).map(|i| units[i].1),
        Some(u) => find_unit(&units, u).map(|i| units[i].1),
    }
}

/// Index of `unit` in a unit list: the exact spelling first, then any case.
fn find_unit(units: &[(String, f64)], unit: &str) -> Option<usize> {
    units
        .iter()
        .position(|(name, _)| name == unit)
        .or_else(|| units.iter().position(|(name, _)| name.eq_ignore_ascii_case(unit)))
}

/// What a line turned out to be.
pub enum ParsedLine {
    /// Values were written to the output vector; `time_raw` in the device's time unit.
    Sample {
        time_raw: Option<f64>,
    },
    DeviceError {
        code: String,
        meaning: Option<String>,
    },
    Reply,
    Rejected(RejectReason),
}

enum Layout {
    Delimited {
        delimiter: String,
        time_column: Option<usize>,
        values: Vec<usize>,
        unit_column: Option<usize>,
    },
    Pattern {
        regex: Regex,
        locations: CaptureLocations,
        /// Capture group index of each value.
        values: Vec<usize>,
        unit: Option<usize>,
        time: Option<usize>,
    },
    /// Binary profiles parse frames elsewhere; lines are only replies.
    None,
}

pub struct LineParser {
    layout: Layout,
    decimal_comma: bool,
    /// Unit strings and factors: a handful, so a list beats hashing (the last used first).
    units: Vec<(String, f64)>,
    /// Factor for values that carry no unit (`None`: such values are rejected, the profile
    /// requires a unit and none was named).
    current_factor: Option<f64>,
    replies: Vec<Regex>,
    error: Option<Regex>,
    errors: HashMap<String, String>,
    scratch: String,
}

impl LineParser {
    pub fn new(profile: &Profile) -> LineParser {
        let p = &profile.parse;
        let layout = match (&p.delimiter, &p.pattern) {
            (Some(d), _) => Layout::Delimited {
                delimiter: d.clone(),
                time_column: p.time.as_ref().map(|t| t.column),
                values: p.values.clone(),
                unit_column: p.unit_column,
            },
            (None, Some(pattern)) => {
                // Checked when the profile was loaded.
                let regex = Regex::new(pattern).unwrap_or_else(|_| Regex::new("$^").expect("literal pattern"));
                let index = |name: &str| regex.capture_names().position(|n| n == Some(name));
                let values = pattern_value_groups(pattern).iter().filter_map(|g| index(g)).collect();
                let unit = index("unit");
                let time = if p.time.is_some() { index("time") } else { None };
                let locations = regex.capture_locations();
                Layout::Pattern { regex, locations, values, unit, time }
            }
            (None, None) => Layout::None,
        };
        // Every pattern a reply may match: the listed replies and every command's expectation.
        let c = &profile.commands;
        let expected =
            c.handshake.iter().chain(&c.start).chain(&c.stop).chain(&c.tare).filter_map(|e| e.expect.as_ref());
        let replies = p.replies.iter().chain(expected).filter_map(|r| Regex::new(r).ok()).collect();
        LineParser {
            layout,
            decimal_comma: p.decimal == ',',
            units: p.units.iter().map(|(k, v)| (k.clone(), *v)).collect(),
            current_factor: unit_factor(profile, None),
            replies,
            error: p.error_pattern.as_ref().and_then(|e| Regex::new(e).ok()),
            errors: p.errors.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            scratch: String::new(),
        }
    }

    /// Sets the unit of values that carry none; `false` if the profile does not know it.
    pub fn set_unit(&mut self, unit: &str) -> bool {
        match find_unit(&self.units, unit).map(|i| self.units[i].1) {
            Some(f) => {
                self.current_factor = Some(f);
                true
            }
            None => false,
        }
    }

    /// Parses a line; sample values (in newtons, before channel mapping) go to `values`.
    /// A sample is tried first: it is by far the most common line.
    pub fn parse(&mut self, line: &str, values: &mut Vec<f64>) -> ParsedLine {
        let reason = match self.sample(line, values) {
            Ok(time_raw) => return ParsedLine::Sample { time_raw },
            Err(reason) => reason,
        };
        if let Some(error) = &self.error
            && let Some(caps) = error.captures(line)
        {
            let code = caps.name("code").map_or(line.trim(), |m| m.as_str()).to_string();
            let meaning = self.errors.get(&code).cloned();
            return ParsedLine::DeviceError { code, meaning };
        }
        if self.replies.iter().any(|r| r.is_match(line)) { ParsedLine::Reply } else { ParsedLine::Rejected(reason) }
    }

    fn sample(&mut self, line: &str, values: &mut Vec<f64>) -> Result<Option<f64>, RejectReason> {
        let LineParser { layout, decimal_comma, units, current_factor, scratch, .. } = self;
        let decimal_comma = *decimal_comma;
        let mut factor_of = |unit: Option<&str>| match unit.map(str::trim_ascii).filter(|u| !u.is_empty()) {
            None => current_factor.ok_or(RejectReason::NoUnit),
            Some(u) => {
                let i = find_unit(units, u).ok_or(RejectReason::UnknownUnit)?;
                // A device repeats its unit line after line: the last one found is tried first.
                units[..=i].rotate_right(1);
                Ok(units[0].1)
            }
        };
        values.clear();
        match layout {
            Layout::Delimited { delimiter, time_column, values: columns, unit_column } => {
                values.resize(columns.len(), f64::NAN);
                let mut time_raw = None;
                let mut unit = None;
                for (i, cell) in line.split(delimiter.as_str()).enumerate() {
                    if *time_column == Some(i) {
                        time_raw = Some(parse_number(cell, decimal_comma, scratch).ok_or(RejectReason::Garbage)?);
                    }
                    if *unit_column == Some(i) {
                        unit = Some(cell);
                    }
                    for (k, _) in columns.iter().enumerate().filter(|(_, c)| **c == i) {
                        values[k] = parse_number(cell, decimal_comma, scratch).ok_or(RejectReason::Garbage)?;
                    }
                }
                if values.iter().any(|v| v.is_nan()) || (time_column.is_some() && time_raw.is_none()) {
                    return Err(RejectReason::Garbage);
                }
                if unit_column.is_some() && unit.is_none() {
                    return Err(RejectReason::Garbage);
                }
                let factor = factor_of(unit)?;
                if factor != 1.0 {
                    values.iter_mut().for_each(|v| *v *= factor);
                }
                Ok(time_raw)
            }
            Layout::Pattern { regex, locations, values: groups, unit, time } => {
                if regex.captures_read(locations, line).is_none() {
                    return Err(RejectReason::Garbage);
                }
                let text_of = |g: usize| locations.get(g).map(|(a, b)| &line[a..b]);
                let factor = factor_of(unit.and_then(text_of))?;
                let time_raw = match time.and_then(text_of) {
                    Some(t) => Some(parse_number(t, decimal_comma, scratch).ok_or(RejectReason::Garbage)?),
                    None => None,
                };
                for &g in groups.iter() {
                    let v = text_of(g)
                        .and_then(|t| parse_number(t, decimal_comma, scratch))
                        .ok_or(RejectReason::Garbage)?;
                    values.push(v * factor);
                }
                Ok(time_raw)
            }
            Layout::None => Err(RejectReason::Garbage),
        }
    }
}

/// A finite number, with `,` read as the decimal point when the profile says so.
fn parse_number(text: &str, decimal_comma: bool, scratch: &mut String) -> Option<f64> {
    // Device text is ASCII; its byte-wise trim is the cheaper one.
    let text = text.trim_ascii();
    let value = if decimal_comma && text.contains(',') {
        scratch.clear();
        scratch.extend(text.chars().map(|c| if c == ',' { '.' } else { c }));
        scratch.parse::<f64>().ok()
    } else {
        text.parse::<f64>().ok()
    };
    value.filter(|v| v.is_finite())
}
