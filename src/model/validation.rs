//! What makes a record plausible, in one place: the forms show every problem at once next to
//! its field, and the store refuses what breaks the same rules. Problems are plain words for a
//! clinician; `field` names the form field they belong to.

use chrono::{Datelike, NaiveDate};

use super::{Athlete, InjuryEpisode};

/// One thing wrong with a record, next to the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field's label as the form shows it ("Date of birth").
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
            format!(
                "{m} kg is not a plausible body mass (between {} and {} kg)",
                BODY_MASS_KG.start(),
                BODY_MASS_KG.end()
            ),
        )
    })
}

/// An athlete's problems, as of `today`.
pub fn athlete_problems(a: &Athlete, today: NaiveDate) -> Vec<Problem> {
    let mut problems = Vec::new();
    if a.given_name.trim().is_empty() {
        problems.push(Problem::new("Given name", "a given name is needed"));
    }
    if a.family_name.trim().is_empty() {
        problems.push(Problem::new("Family name", "a family name is needed"));
    }
    if let Some(dob) = a.date_of_birth {
        if dob > today {
            problems.push(Problem::new("Date of birth", format!("{dob} is in the future")));
        } else if dob.year() < 1900 {
            problems.push(Problem::new("Date of birth", format!("{dob} is before 1900")));
        }
    }
    problems.extend(body_mass_problem("Body mass (kg)", a.body_mass_kg));
    if a.dominant_leg == Some(super::Side::Both) {
        problems.push(Problem::new("Dominant leg", "the dominant leg is left or right"));
    }
    problems
}

/// An injury episode's problems, as of `today`, for an athlete born on `date_of_birth`.
pub fn episode_problems(e: &InjuryEpisode, date_of_birth: Option<NaiveDate>, today: NaiveDate) -> Vec<Problem> {
    let mut problems = Vec::new();
    if e.injury_date > today {
        problems.push(Problem::new("Injury date", format!("{} is in the future", e.injury_date)));
    }
    if date_of_birth.is_some_and(|b| e.injury_date < b) {
        problems.push(Problem::new("Injury date", format!("{} is before the date of birth", e.injury_date)));
    }
    if let Some(closed) = e.closed_on
        && closed < e.injury_date
    {
        problems.push(Problem::new(
            "Cleared on",
            format!("the cleared date {closed} is before the injury date {}", e.injury_date),
        ));
    }
    problems
}

/// A date typed as YYYY-MM-DD: `Ok(None)` when empty, a problem for `field` when unreadable.
pub fn parse_date_field(field: &'static str, text: &str) -> Result<Option<NaiveDate>, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| Problem::new(field, format!("'{text}' is not a date: type it as YYYY-MM-DD, e.g. 1998-04-02")))
}

/// A number typed by a person (a decimal comma accepted): `Ok(None)` when empty.
pub fn parse_number_field(field: &'static str, text: &str, example: &str) -> Result<Option<f64>, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.replace(',', ".").parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(Problem::new(field, format!("'{text}' is not a number: type one, e.g. {example}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
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
