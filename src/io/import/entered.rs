//! Results entered by hand (DOMAIN.md section 4): each rep's peak force read off a device with
//! no public protocol (a microFET, a Lafayette, a VALD or Kinvent unit, a crane scale with peak
//! hold), in the unit on its display, with the device named. One trial from the command line
//! (`forcetrack enter`) or many from a CSV with one row per rep (`forcetrack import entered`),
//! for clinics moving their history in. They are saved as trials with no samples; results
//! count their peaks as a recorded trial's peak forces.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveTime};

use super::{ImportError, RowProblem, file_error, number, sniff_delimiter, squash};
use crate::fl;
use crate::model::{EnteredPeaks, ForceUnit, Instrument, ProvocationTests, Side, Trace, TrialMeta, Visit};
use crate::protocols::{Measure, TestLibrary};
use crate::store::{NewTrial, Store, StoreError};

/// One trial typed in: where it goes, what was read and with what.
#[derive(Debug, Clone, PartialEq)]
pub struct EnteredTrial {
    pub athlete_id: i64,
    /// An existing visit of the athlete; `None`: the athlete's visit on `date` (or a new one).
    pub visit_id: Option<i64>,
    pub date: NaiveDate,
    pub test_id: String,
    pub side: Side,
    /// The device as the clinic names it ("Hoggan microFET 2").
    pub device: String,
    pub instrument: Instrument,
    /// The unit on the device's display; the peaks are in it.
    pub unit: ForceUnit,
    /// Each rep's peak; of the left leg for a test of both legs at once (side `both`).
    pub peaks: Vec<f64>,
    /// Each rep's peak of the right leg for a test of both legs at once (a Nordic on a
    /// NordBord-type device); empty for one leg.
    pub right_peaks: Vec<f64>,
    pub pain: Option<u8>,
    pub lever_arm_m: Option<f64>,
}

/// One thing that keeps a trial typed in from being saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnteredProblem {
    /// No peak typed in: for that leg of a test of both legs at once, or at all (`None`). The
    /// app's form shows its empty fields instead of saying so.
    NoPeak(Option<Side>),
    /// Anything else, in words.
    Other(String),
}

impl EnteredProblem {
    /// Whether the problem is only that a peak has not been typed in yet.
    pub fn is_missing_peak(&self) -> bool {
        matches!(self, EnteredProblem::NoPeak(_))
    }
}

/// In the app's language: English on the command line.
impl std::fmt::Display for EnteredProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            EnteredProblem::NoPeak(Some(Side::Left)) => fl!("entered-no-peak-left"),
            EnteredProblem::NoPeak(Some(Side::Right)) => fl!("entered-no-peak-right"),
            EnteredProblem::NoPeak(_) => fl!("entered-no-peak"),
            EnteredProblem::Other(text) => text.clone(),
        };
        f.write_str(&text)
    }
}

/// The longest device name, in characters.
const MAX_DEVICE_NAME: usize = 200;

impl EnteredTrial {
    /// What is wrong with it against the test library (empty when it can be saved); each in
    /// words in the app's language (English on the command line) when shown.
    pub fn problems(&self, library: &TestLibrary) -> Vec<EnteredProblem> {
        use crate::model::validation::{EARLIEST_VISIT, NameFault, lever_arm_problem, name_fault, peak_force_problem};
        use EnteredProblem::{NoPeak, Other};
        let tr = crate::i18n::loader();
        let mut problems = Vec::new();
        match library.test(&self.test_id) {
            None => problems.push(Other(fl!("entered-no-such-test", test = self.test_id.as_str()))),
            Some(t) if t.measure == Measure::RepsCount => {
                problems.push(Other(fl!("entered-count-test", test = t.shown_name(tr))))
            }
            Some(t) if self.side == Side::Both && !t.both_at_once() => {
                problems.push(Other(fl!("entered-one-leg-at-a-time", test = t.shown_name(tr))))
            }
            Some(_) => {}
        }
        if self.side != Side::Both && !self.right_peaks.is_empty() {
            problems.push(Other(fl!("entered-right-peaks-one-leg")));
        }
        if self.device.trim().is_empty() {
            problems.push(Other(fl!("entered-device-not-named")));
        } else if let Some(fault) = name_fault(&self.device) {
            problems.push(Other(match fault {
                NameFault::Hidden(code) => fl!("entered-device-name-control-character", code = code),
                NameFault::Empty => fl!("entered-device-name-empty"),
                NameFault::Invisible(codes) => fl!("entered-device-name-invisible", codes = codes),
            }));
        }
        if self.device.chars().count() > MAX_DEVICE_NAME {
            problems.push(Other(fl!("entered-device-name-too-long", max = MAX_DEVICE_NAME)));
        }
        if self.side == Side::Both {
            if self.peaks.is_empty() {
                problems.push(NoPeak(Some(Side::Left)));
            }
            if self.right_peaks.is_empty() {
                problems.push(NoPeak(Some(Side::Right)));
            }
        } else if self.peaks.is_empty() {
            problems.push(NoPeak(None));
        }
        for p in self.peaks.iter().chain(&self.right_peaks) {
            problems.extend(peak_force_problem(*p, self.unit).map(Other));
        }
        if self.pain.is_some_and(|p| p > 10) {
            problems.push(Other(fl!("entered-pain-range")));
        }
        problems.extend(self.lever_arm_m.and_then(lever_arm_problem).map(Other));
        let today = chrono::Local::now().date_naive();
        let date = crate::i18n::numbers::date(self.date);
        if self.date > today {
            problems.push(Other(fl!("entered-date-in-future", date = date)));
        } else if self.date.year() < EARLIEST_VISIT.0 {
            problems.push(Other(fl!("entered-date-before-year", date = date, year = EARLIEST_VISIT.0.to_string())));
        }
        problems
    }
}

/// Problems in one line, as the store's and the imports' errors say them.
fn joined(problems: &[EnteredProblem]) -> String {
    problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

/// Saves a trial entered by hand: into its visit, or the athlete's visit on its date (a new
/// one when there is none), all in one transaction. Returns (visit, trial).
pub fn save_entered(store: &mut Store, entered: &EnteredTrial) -> Result<(i64, i64), StoreError> {
    let library = store.test_library()?;
    let problems = entered.problems(&library);
    if !problems.is_empty() {
        return Err(StoreError::Invalid(joined(&problems)));
    }
    store.transaction(|s| save_in(s, entered, "entered by hand"))
}

fn save_in(s: &Store, e: &EnteredTrial, note: &str) -> Result<(i64, i64), StoreError> {
    let athlete = s.athlete(e.athlete_id)?;
    let noon = e.date.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default());
    let visit_id = match e.visit_id {
        Some(id) => {
            let v = s.visit(id)?;
            if v.athlete_id != e.athlete_id {
                return Err(StoreError::Invalid(format!("visit {id} belongs to another athlete")));
            }
            id
        }
        None => match s.visits(e.athlete_id)?.iter().rev().find(|v| v.date_time.date() == e.date) {
            Some(v) => v.id,
            None => s.add_visit(&Visit {
                id: 0,
                athlete_id: e.athlete_id,
                episode_id: s.episodes(e.athlete_id)?.iter().rev().find(|ep| ep.injury_date <= e.date).map(|ep| ep.id),
                date_time: noon,
                body_mass_kg: athlete.body_mass_kg,
                clinician: String::new(),
                visa_h: None,
                provocation: ProvocationTests::default(),
                notes: "results entered by hand".into(),
            })?,
        },
    };
    let trace = Trace::without_samples();
    let mut meta = TrialMeta::new(&e.test_id, e.side, e.device.trim(), Default::default());
    meta.instrument = Some(e.instrument);
    meta.lever_arm_m = e.lever_arm_m;
    let mut trial = NewTrial::new(visit_id, meta, trace);
    let newtons = |peaks: &[f64]| peaks.iter().map(|p| e.unit.to_newtons(*p)).collect();
    trial.entered =
        Some(EnteredPeaks { peaks_n: newtons(&e.peaks), unit: e.unit, right_peaks_n: newtons(&e.right_peaks) });
    trial.pain = e.pain;
    trial.recorded_at = s.visit(visit_id).map(|v| v.date_time).unwrap_or(noon);
    trial.notes = note.into();
    Ok((visit_id, s.add_trial(&trial)?))
}

/// Columns of the one-row-per-rep CSV (compared without case, spaces, `_` or `-`).
const COLUMNS: &[(&str, &[&str])] = &[
    ("athlete_id", &["athleteid", "athlete"]),
    ("date", &["date", "visitdate", "testdate"]),
    ("test_id", &["testid", "test"]),
    ("side", &["side", "leg", "limb"]),
    ("device", &["device"]),
    ("instrument", &["instrument", "devicekind", "kind"]),
    ("unit", &["unit", "units"]),
    ("peak", &["peak", "peakforce", "value", "force"]),
    ("pain_0_10", &["pain010", "pain"]),
    ("lever_arm_m", &["leverarmm", "leverarm"]),
];

/// The reps of one trial: athlete, date, test, side, device, instrument, unit.
type TrialKey = (i64, NaiveDate, String, String, String, String, String);

/// What [`import_entered`] stored.
#[derive(Debug, Clone, PartialEq)]
pub struct EnteredImport {
    pub trials: usize,
    pub reps: usize,
    pub visits_added: usize,
}

/// Reads a CSV of results entered by hand, one row per rep: athlete_id, date (YYYY-MM-DD),
/// test_id, side (left/right), device, instrument (handheld, fixed_frame, load_cell_rig,
/// force_plate), unit (N, kgf, lbf), peak; optionally pain_0_10 and lever_arm_m. The reps of
/// one athlete, date, test, side and device make one trial; for a test of both legs at once (a
/// Nordic) each leg's rows make one trial of both legs, which needs both. Every bad row is
/// listed; with any, nothing is returned.
pub fn read_entered_csv(bytes: &[u8], file: &str, library: &TestLibrary) -> Result<Vec<EnteredTrial>, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| file_error(file, "is not UTF-8 text"))?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(text))
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| file_error(file, e.to_string()))?.clone();
    let find = |name: &str| {
        let aliases = COLUMNS.iter().find(|c| c.0 == name).map_or(&[][..], |c| c.1);
        headers.iter().position(|h| aliases.contains(&squash(h).as_str()))
    };
    let required = ["athlete_id", "date", "test_id", "side", "device", "instrument", "unit", "peak"];
    let missing: Vec<&str> = required.iter().copied().filter(|c| find(c).is_none()).collect();
    if !missing.is_empty() {
        return Err(file_error(file, format!("no column for {}", missing.join(", "))));
    }
    let at = |name: &str| find(name).unwrap_or(usize::MAX);
    let mut problems = Vec::new();
    // (athlete, date, test, side, device, instrument, unit) -> the trial gathering its reps.
    let mut trials: BTreeMap<TrialKey, (usize, EnteredTrial)> = BTreeMap::new();
    let mut lines = super::Lines::new(text.as_bytes()).skipping_comments(b'#');
    for record in reader.records() {
        let position = match &record {
            Ok(r) => r.position().cloned(),
            Err(e) => e.position().cloned(),
        };
        let line = lines.at(position.as_ref());
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(RowProblem { line, reason: e.to_string() });
                continue;
            }
        };
        let cell = |name: &str| record.get(at(name)).unwrap_or("").trim().to_string();
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut why = Vec::new();
        let athlete_id = cell("athlete_id").parse::<i64>().map_err(|_| why.push("athlete_id is not a number")).ok();
        let date =
            NaiveDate::parse_from_str(&cell("date"), "%Y-%m-%d").map_err(|_| why.push("date is not YYYY-MM-DD")).ok();
        let side = Side::parse(&cell("side")).filter(|s| *s != Side::Both);
        if side.is_none() {
            why.push("side is not left or right");
        }
        let instrument = Instrument::parse(&cell("instrument"));
        if instrument.is_none() {
            why.push("instrument is not handheld, fixed_frame, load_cell_rig or force_plate");
        }
        let unit = ForceUnit::parse(&cell("unit"));
        if unit.is_none() {
            why.push("unit is not N, kgf or lbf");
        }
        let peak = number(&cell("peak"));
        if peak.is_none() {
            why.push("peak is not a number");
        }
        let pain = match cell("pain_0_10").as_str() {
            "" => None,
            p => p.parse::<u8>().map_err(|_| why.push("pain_0_10 is not a whole number 0-10")).ok(),
        };
        let lever_arm_m = match cell("lever_arm_m").as_str() {
            "" => None,
            l => number(l).or_else(|| {
                why.push("lever_arm_m is not a number");
                None
            }),
        };
        let (Some(athlete_id), Some(date), Some(side), Some(instrument), Some(unit), Some(peak)) =
            (athlete_id, date, side, instrument, unit, peak)
        else {
            problems.push(RowProblem { line, reason: why.join("; ") });
            continue;
        };
        // Both legs at once: the left and right rows are one trial.
        let both = library.test(&cell("test_id")).is_some_and(|t| t.both_at_once());
        let trial_side = if both { Side::Both } else { side };
        let key = (
            athlete_id,
            date,
            cell("test_id"),
            trial_side.id().into(),
            cell("device"),
            instrument.id().into(),
            unit.symbol().into(),
        );
        let (_, trial) = trials.entry(key).or_insert_with(|| {
            (
                line,
                EnteredTrial {
                    athlete_id,
                    visit_id: None,
                    date,
                    test_id: cell("test_id"),
                    side: trial_side,
                    device: cell("device"),
                    instrument,
                    unit,
                    peaks: Vec::new(),
                    right_peaks: Vec::new(),
                    pain,
                    lever_arm_m,
                },
            )
        });
        if both && side == Side::Right {
            trial.right_peaks.push(peak);
        } else {
            trial.peaks.push(peak);
        }
        trial.pain = trial.pain.max(pain);
        trial.lever_arm_m = trial.lever_arm_m.or(lever_arm_m);
        let row = EnteredTrial { side, peaks: vec![peak], right_peaks: Vec::new(), ..trial.clone() };
        let row_problems = row.problems(library);
        if !row_problems.is_empty() {
            problems.push(RowProblem { line, reason: joined(&row_problems) });
        }
    }
    // A trial of both legs needs each leg's rows.
    for (line, t) in trials.values() {
        if t.side == Side::Both && (t.peaks.is_empty() || t.right_peaks.is_empty()) {
            let missing = if t.peaks.is_empty() { "left" } else { "right" };
            problems.push(RowProblem {
                line: *line,
                reason: format!(
                    "{} on {} is both legs at once: no row for the {missing} leg (athlete {}, device {})",
                    t.test_id, t.date, t.athlete_id, t.device
                ),
            });
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.line);
        return Err(ImportError::Rows { file: file.into(), problems });
    }
    if trials.is_empty() {
        return Err(file_error(file, "has no rows"));
    }
    Ok(trials.into_values().map(|(_, t)| t).collect())
}

/// Imports a CSV of results entered by hand (see [`read_entered_csv`]) in one transaction:
/// every athlete must exist; each trial joins its athlete's visit of that day, or a new one.
pub fn import_entered(store: &mut Store, bytes: &[u8], file: &str) -> Result<EnteredImport, ImportError> {
    let library = store.test_library()?;
    let trials = read_entered_csv(bytes, file, &library)?;
    let before = store.count("visits")?;
    let note = format!("entered by hand, imported from {file}");
    store.transaction(|s| -> Result<(), ImportError> {
        for t in &trials {
            s.athlete(t.athlete_id).map_err(|_| file_error(file, format!("no athlete {}", t.athlete_id)))?;
            save_in(s, t, &note)?;
        }
        Ok(())
    })?;
    Ok(EnteredImport {
        trials: trials.len(),
        reps: trials.iter().map(|t| t.peaks.len() + t.right_peaks.len()).sum(),
        visits_added: (store.count("visits")? - before) as usize,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nordic(peaks: Vec<f64>, right_peaks: Vec<f64>, device: &str) -> EnteredTrial {
        EnteredTrial {
            athlete_id: 1,
            visit_id: None,
            date: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
            test_id: "nordic".into(),
            side: Side::Both,
            device: device.into(),
            instrument: Instrument::LoadCellRig,
            unit: ForceUnit::Newton,
            peaks,
            right_peaks,
            pain: Some(11),
            lever_arm_m: None,
        }
    }

    #[test]
    fn a_missing_peak_is_told_apart_from_the_other_problems() {
        let library = TestLibrary::builtin();
        let problems = nordic(vec![300.0], Vec::new(), "\u{200b}").problems(&library);
        let missing: Vec<&EnteredProblem> = problems.iter().filter(|p| p.is_missing_peak()).collect();
        assert_eq!(missing, [&EnteredProblem::NoPeak(Some(Side::Right))]);
        let words: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            words,
            [
                "the device's name has no visible character (only U+200B)",
                "no peak entered for the right leg",
                "pain is scored 0-10"
            ]
        );
        let long = "x".repeat(201);
        let words: Vec<String> =
            nordic(vec![300.0], vec![310.0], &long).problems(&library).iter().map(ToString::to_string).collect();
        assert_eq!(words, ["the device's name is longer than 200 characters", "pain is scored 0-10"]);
    }
}
