//! What makes a record plausible, in one place: the forms show every problem at once next to
//! its field, and the store refuses what breaks the same rules. Problems are plain words for a
//! clinician, in the app's language (the command line's is always English); `field` names the
//! form field they belong to.
//!
//! [`name_problem`] and [`visit_date_problem`] say what is wrong as the end of a sentence the
//! store and the imports begin ("the device's name ..."): those stay English, as the errors of
//! the store and the imports do.

use chrono::{Datelike, NaiveDate};

use super::{Athlete, ForceUnit, InjuryEpisode};
use crate::fl;
use crate::i18n::numbers;

/// One thing wrong with a record, next to the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field the problem belongs to: the form's key for it, its English label ("Date of
    /// birth"), whatever language the form shows.
    pub field: &'static str,
    pub text: String,
}

impl Problem {
    pub fn new(field: &'static str, text: impl Into<String>) -> Problem {
        Problem { field, text: text.into() }
    }
}

/// Plausible body mass, kg.
pub const BODY_MASS_KG: std::ops::RangeInclusive<f64> = 20.0..=300.0;

/// Problems of a body mass, if any.
pub fn body_mass_problem(field: &'static str, mass_kg: Option<f64>) -> Option<Problem> {
    let m = mass_kg?;
    (!BODY_MASS_KG.contains(&m)).then(|| {
        Problem::new(
            field,
            fl!(
                "problem-body-mass",
                mass = short_number(m),
                min = short_number(*BODY_MASS_KG.start()),
                max = short_number(*BODY_MASS_KG.end())
            ),
        )
    })
}

/// The first character of `text` that must not be in a name or a one-line text: controls
/// (ESC, BEL, NUL, tab, line breaks, the line and paragraph separators, ...) that would drive
/// a terminal or break a line, and direction overrides and isolates that make text read
/// otherwise than it is.
pub fn hidden_character(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

/// Whether `c` shows something on its own: a letter, digit, punctuation or symbol of any
/// script. Spaces, controls, format characters (zero-width space and joiners, byte order mark,
/// direction marks), combining marks with nothing to sit on, blank fillers and unassigned or
/// private code points do not.
pub fn is_visible(c: char) -> bool {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    // Letters and symbols that are drawn as nothing.
    if matches!(c, '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' | '\u{2800}') {
        return false;
    }
    !matches!(
        get_general_category(c),
        G::SpaceSeparator
            | G::LineSeparator
            | G::ParagraphSeparator
            | G::Control
            | G::Format
            | G::NonspacingMark
            | G::EnclosingMark
            | G::SpacingMark
            | G::Surrogate
            | G::PrivateUse
            | G::Unassigned
    )
}

/// What is wrong with `text` as a name (of a person, a device, a test), in words, or `None`:
/// it needs at least one visible character ([`is_visible`]: a zero-width space, a byte order
/// mark or spaces alone are not a name) and holds no hidden character ([`hidden_character`]).
/// Every script is a name: "李小龙", "محمد", "Ζωή", "O'Connor-Smith", and an emoji too. The one
/// rule for the forms, every import and `forcetrack enter`.
///
/// In English, as the end of a sentence ("the device's name is empty") for the store and the
/// imports; the forms say it in a whole sentence of their language ([`athlete_problems`]).
pub fn name_problem(text: &str) -> Option<String> {
    Some(match name_fault(text)? {
        NameFault::Hidden(code) => format!("holds the control character {code}"),
        NameFault::Empty => "is empty".into(),
        NameFault::Invisible(codes) => format!("has no visible character (only {codes})"),
    })
}

/// What is wrong with a name ([`name_problem`]), its code points as `U+0009`.
pub(crate) enum NameFault {
    Hidden(String),
    Empty,
    Invisible(String),
}

pub(crate) fn name_fault(text: &str) -> Option<NameFault> {
    if let Some(c) = hidden_character(text) {
        return Some(NameFault::Hidden(format!("U+{:04X}", c as u32)));
    }
    if text.is_empty() {
        return Some(NameFault::Empty);
    }
    if !text.chars().any(is_visible) {
        let codes: Vec<String> = text.chars().take(4).map(|c| format!("U+{:04X}", c as u32)).collect();
        let more = if text.chars().count() > 4 { ", ..." } else { "" };
        return Some(NameFault::Invisible(format!("{}{more}", codes.join(", "))));
    }
    None
}

/// Plausible lever arms, m: above 0, at most 2 m.
pub const LEVER_ARM_M: std::ops::RangeInclusive<f64> = 0.0..=2.0;

/// What is wrong with a lever arm in m, in words, or `None`: above 0 and at most 2 m, a number
/// (NaN and infinities are not). The forms, `enter`, `record` and every import check this.
pub fn lever_arm_problem(lever_arm_m: f64) -> Option<String> {
    (!(lever_arm_m.is_finite() && lever_arm_m > *LEVER_ARM_M.start() && lever_arm_m <= *LEVER_ARM_M.end()))
        .then(|| fl!("problem-lever-arm", value = short_number(lever_arm_m)))
}

/// A number as a person reads it, with the app's decimal separator: "0.35" (or "0,35"), "-1",
/// "1e308" (not 309 digits), "NaN", "inf".
fn short_number(x: f64) -> String {
    let text =
        if x.is_finite() && x != 0.0 && !(1e-4..1e6).contains(&x.abs()) { format!("{x:e}") } else { format!("{x}") };
    text.replace('.', &numbers::style().decimal.char().to_string())
}

/// The earliest plausible visit date: the earliest plausible date of birth.
pub const EARLIEST_VISIT: (i32, u32, u32) = (1900, 1, 1);

/// What is wrong with the date of a visit (or of values taken at one), as of `today`: not
/// before 1900, not after today. In English, for the imports' sentences ([`name_problem`]).
pub fn visit_date_problem(date: NaiveDate, today: NaiveDate) -> Option<String> {
    if date > today {
        Some(format!("{date} is in the future"))
    } else if date.year() < EARLIEST_VISIT.0 {
        Some(format!("{date} is before {}", EARLIEST_VISIT.0))
    } else {
        None
    }
}

/// The shortest recording stored as a trial: the analysis takes its first 0.5 s as the
/// baseline, so a trial needs more than that to hold a rep.
pub const MIN_RECORDING_S: f64 = 1.0;
/// The fewest samples a recording stored as a trial has.
pub const MIN_RECORDING_SAMPLES: usize = 10;

/// The largest force a trial holds, N: a peak typed in, or a recorded sample (either sign).
pub const MAX_FORCE_N: f64 = 20_000.0;

/// What is wrong with a peak force typed in `unit`, in words, or `None`: above 0 and at most
/// [`MAX_FORCE_N`] (in that unit), a number (NaN and infinities are not). The app's "Type the
/// values", `enter` and `import entered` check this.
pub fn peak_force_problem(peak: f64, unit: ForceUnit) -> Option<String> {
    let top = unit.from_newtons(MAX_FORCE_N);
    (!(peak.is_finite() && peak > 0.0 && peak <= top)).then(|| {
        fl!("problem-peak-force", value = short_number(peak), unit = unit.symbol(), max = numbers::num(top, 0))
    })
}

/// What is wrong with a recording of `samples` samples over `duration_s` seconds, whose largest
/// force in size is `largest_force_n`, as a trial.
pub fn recording_problem(samples: usize, duration_s: f64, largest_force_n: f64) -> Option<String> {
    if largest_force_n.abs() > MAX_FORCE_N {
        return Some(fl!(
            "problem-recording-force",
            value = short_number(largest_force_n),
            max = short_number(MAX_FORCE_N)
        ));
    }
    // NaN (a time that is not a number) is too short as well.
    if samples < MIN_RECORDING_SAMPLES || duration_s.partial_cmp(&MIN_RECORDING_S).is_none_or(|o| o.is_lt()) {
        Some(fl!(
            "problem-recording-too-short",
            samples = samples,
            duration = numbers::num(duration_s, 3),
            min_samples = MIN_RECORDING_SAMPLES,
            min_duration = short_number(MIN_RECORDING_S),
            baseline = short_number(0.5)
        ))
    } else {
        None
    }
}

/// An athlete's problems, as of `today`.
pub fn athlete_problems(a: &Athlete, today: NaiveDate) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (field, needed, name) in [
        ("Given name", fl!("problem-given-name-needed"), &a.given_name),
        ("Family name", fl!("problem-family-name-needed"), &a.family_name),
    ] {
        if name.trim().is_empty() {
            problems.push(Problem::new(field, needed));
        } else if let Some(fault) = name_fault(name) {
            let text = match fault {
                NameFault::Hidden(code) => fl!("problem-name-control-character", code = code),
                NameFault::Empty => fl!("problem-name-empty"),
                NameFault::Invisible(codes) => fl!("problem-name-invisible", codes = codes),
            };
            problems.push(Problem::new(field, text));
        }
    }
    if let Some(dob) = a.date_of_birth {
        if dob > today {
            problems.push(Problem::new("Date of birth", fl!("problem-date-in-future", date = numbers::date(dob))));
        } else if dob.year() < 1900 {
            problems.push(Problem::new(
                "Date of birth",
                fl!("problem-date-before-year", date = numbers::date(dob), year = "1900"),
            ));
        }
    }
    problems.extend(body_mass_problem("Body mass (kg)", a.body_mass_kg));
    if a.dominant_leg == Some(super::Side::Both) {
        problems.push(Problem::new("Dominant leg", fl!("problem-dominant-leg")));
    }
    problems
}

/// An injury episode's problems, as of `today`, for an athlete born on `date_of_birth`.
pub fn episode_problems(e: &InjuryEpisode, date_of_birth: Option<NaiveDate>, today: NaiveDate) -> Vec<Problem> {
    let mut problems = Vec::new();
    let injury = numbers::date(e.injury_date);
    if e.injury_date > today {
        problems.push(Problem::new("Injury date", fl!("problem-date-in-future", date = injury.as_str())));
    }
    if date_of_birth.is_some_and(|b| e.injury_date < b) {
        problems.push(Problem::new("Injury date", fl!("problem-date-before-birth", date = injury.as_str())));
    }
    if let Some(closed) = e.closed_on
        && closed < e.injury_date
    {
        problems.push(Problem::new(
            "Cleared on",
            fl!("problem-cleared-before-injury", cleared = numbers::date(closed), injury = injury.as_str()),
        ));
    }
    problems
}

/// A date typed in the app's date order (or as YYYY-MM-DD, always): `Ok(None)` when empty, a
/// problem for `field` when unreadable.
pub fn parse_date_field(field: &'static str, text: &str) -> Result<Option<NaiveDate>, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let style = numbers::style();
    style.parse_date(text).map(Some).ok_or_else(|| {
        let example = NaiveDate::from_ymd_opt(1998, 4, 2).map(|d| style.date(d)).unwrap_or_default();
        Problem::new(field, fl!("problem-not-a-date", text = text, hint = style.date_order.hint(), example = example))
    })
}

/// A number typed by a person (a decimal point or comma): `Ok(None)` when empty. `example` is
/// written with a decimal point; the problem shows it with the app's separator.
pub fn parse_number_field(field: &'static str, text: &str, example: &str) -> Result<Option<f64>, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    numbers::parse_number(text).map(Some).ok_or_else(|| {
        let example = example.replace('.', &numbers::style().decimal.char().to_string());
        Problem::new(field, fl!("problem-not-a-number", text = text, example = example))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_peak_force_is_above_0_and_at_most_20_kn_in_any_unit() {
        assert_eq!(peak_force_problem(20_000.0, ForceUnit::Newton), None);
        assert!(peak_force_problem(20_000.1, ForceUnit::Newton).unwrap().contains("at most 20000"));
        assert!(peak_force_problem(f64::NAN, ForceUnit::Newton).is_some());
        assert!(peak_force_problem(-3.0, ForceUnit::Newton).unwrap().starts_with("-3 N is not a peak force"));
        assert_eq!(peak_force_problem(4496.0, ForceUnit::PoundForce), None);
        assert!(peak_force_problem(4497.0, ForceUnit::PoundForce).is_some());
    }

    #[test]
    fn every_problem_of_an_athlete_at_once() {
        let mut a = Athlete::new("", "Lee");
        a.date_of_birth = Some(day(2030, 1, 1));
        a.body_mass_kg = Some(-5.0);
        let problems = athlete_problems(&a, day(2026, 12, 1));
        let fields: Vec<&str> = problems.iter().map(|p| p.field).collect();
        assert_eq!(fields, vec!["Given name", "Date of birth", "Body mass (kg)"]);
        assert_eq!(problems[2].text, "-5 kg is not a plausible body mass (between 20 and 300 kg)");
        a.given_name = "Kim".into();
        a.date_of_birth = Some(day(1998, 4, 2));
        a.body_mass_kg = Some(64.5);
        assert!(athlete_problems(&a, day(2026, 12, 1)).is_empty());
    }

    #[test]
    fn a_name_needs_a_visible_character_in_any_script() {
        for good in [
            "Ana",
            "李小龙",
            "محمد",
            "Ζωή",
            "O'Connor-Smith",
            "Nguyễn",
            "José\u{301}",
            "नमस्ते",
            "🏃",
            "👩\u{200D}⚕\u{FE0F}",
            "Mehr\u{200C}dad",
            "Ana\u{00A0}Lu",
            "\u{FEFF}Ana",
        ] {
            assert_eq!(name_problem(good), None, "{good:?}");
        }
        for (bad, why) in [
            ("", "is empty"),
            ("\u{200B}", "has no visible character (only U+200B)"),
            ("\u{200D}", "has no visible character"),
            ("\u{FEFF}", "has no visible character"),
            ("\u{200E}\u{200F}", "has no visible character"),
            ("\u{0301}\u{0308}", "has no visible character"),
            ("\u{00A0}\u{3000}  ", "has no visible character"),
            ("\u{3164}", "has no visible character"),
            ("\u{2800}", "has no visible character"),
            ("\u{E000}", "has no visible character"),
            ("\u{2061}\u{2062}\u{2063}\u{2064}\u{00AD}", "(only U+2061, U+2062, U+2063, U+2064, ...)"),
            ("Ana\tLu", "holds the control character U+0009"),
            ("Ana\nLu", "holds the control character U+000A"),
            ("\u{1b}[2J", "holds the control character U+001B"),
            ("Oka\u{202E}for", "holds the control character U+202E"),
            ("Ana\u{2067}", "holds the control character U+2067"),
            ("\u{85}", "holds the control character U+0085"),
            ("Ana\u{2028}Lu", "holds the control character U+2028"),
        ] {
            let problem = name_problem(bad).unwrap_or_default();
            assert!(problem.contains(why), "{bad:?}: {problem}");
        }
        let mut a = Athlete::new("Kim", "\u{200B}");
        let problems = athlete_problems(&a, day(2026, 12, 1));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field, "Family name");
        assert!(problems[0].text.contains("no visible character"), "{}", problems[0].text);
        a.family_name = "李".into();
        assert!(athlete_problems(&a, day(2026, 12, 1)).is_empty());
    }

    #[test]
    fn an_episode_cleared_before_its_injury_is_refused() {
        let mut e = InjuryEpisode {
            id: 0,
            athlete_id: 1,
            kind: crate::model::InjuryKind::HamstringStrain,
            side: None,
            grade: None,
            location: None,
            injury_date: day(2026, 3, 2),
            baseline_visit_id: None,
            closed_on: Some(day(2026, 2, 1)),
            notes: String::new(),
        };
        let problems = episode_problems(&e, Some(day(1998, 4, 2)), day(2026, 12, 1));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field, "Cleared on");
        e.injury_date = day(2027, 1, 1);
        e.closed_on = None;
        assert_eq!(episode_problems(&e, None, day(2026, 12, 1))[0].text, "2027-01-01 is in the future");
    }

    #[test]
    fn typed_text_that_is_not_a_value_is_a_problem_never_ignored() {
        assert_eq!(parse_date_field("Date of birth", " ").unwrap(), None);
        assert!(parse_date_field("Date of birth", "02/04/1998").unwrap_err().text.contains("YYYY-MM-DD"));
        assert_eq!(parse_number_field("Body mass (kg)", "64,5", "72.5").unwrap(), Some(64.5));
        assert_eq!(
            parse_number_field("Reps", "twenty", "22").unwrap_err().text,
            "'twenty' is not a number: type one, e.g. 22"
        );
    }
}
