//! How results become chart lines (app and PDF alike): one point per day, and lines that
//! break at an injury instead of drawing a decline that never happened gradually.

use chrono::NaiveDate;

use super::VisitResults;

/// The visits a chart of `test_id` shows: those with a result for it, one per day (the day's
/// last), in date order; and how many same-day visits were left out (to say so).
pub fn one_visit_per_day<'a>(
    visits: impl IntoIterator<Item = &'a VisitResults>,
    test_id: &str,
) -> (Vec<&'a VisitResults>, usize) {
    let mut kept: Vec<&VisitResults> = Vec::new();
    let mut dropped = 0;
    for v in visits.into_iter().filter(|v| v.test(test_id).is_some()) {
        match kept.last_mut() {
            Some(last) if last.visit.date_time.date() == v.visit.date_time.date() => {
                dropped += 1;
                if v.visit.date_time >= last.visit.date_time {
                    *last = v;
                }
            }
            _ => kept.push(v),
        }
    }
    (kept, dropped)
}

/// The note a chart carries when same-day visits were merged.
pub fn same_day_note(dropped: usize) -> Option<String> {
    (dropped > 0).then(|| {
        format!(
            "{dropped} same-day visit{} not drawn: each day shows its last visit",
            if dropped == 1 { " is" } else { "s are" }
        )
    })
}

/// `points` (date order) cut into runs that do not cross an injury: a point on an injury's
/// day or later starts a new run after the points before it.
pub fn runs_between_injuries<T: Clone>(points: &[(NaiveDate, T)], injuries: &[NaiveDate]) -> Vec<Vec<(NaiveDate, T)>> {
    let mut runs: Vec<Vec<(NaiveDate, T)>> = Vec::new();
    let mut previous: Option<NaiveDate> = None;
    for (date, value) in points {
        let crosses = previous.is_some_and(|p| injuries.iter().any(|i| p < *i && *date >= *i));
        match runs.last_mut() {
            Some(run) if !crosses => run.push((*date, value.clone())),
            _ => runs.push(vec![(*date, value.clone())]),
        }
        previous = Some(*date);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProvocationTests, Visit};
    use crate::results::TestResult;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn visit(id: i64, d: u32, hour: u32, with_test: bool) -> VisitResults {
        VisitResults {
            visit: Visit {
                id,
                athlete_id: 1,
                episode_id: None,
                date_time: day(d).and_hms_opt(hour, 0, 0).unwrap(),
                body_mass_kg: None,
                clinician: String::new(),
                visa_h: None,
                provocation: ProvocationTests::default(),
                notes: String::new(),
            },
            tests: if with_test {
                vec![TestResult {
                    test_id: "t".into(),
                    test_name: "T".into(),
                    left: None,
                    right: None,
                    asymmetry: None,
                    lsi_percent: None,
                    imbalance_percent: None,
                    band: None,
                }]
            } else {
                Vec::new()
            },
            damaged_trials: Vec::new(),
        }
    }

    #[test]
    fn each_day_shows_its_last_visit() {
        let visits = [visit(1, 2, 9, true), visit(2, 2, 15, true), visit(3, 2, 17, false), visit(4, 5, 9, true)];
        let (kept, dropped) = one_visit_per_day(&visits, "t");
        assert_eq!(kept.iter().map(|v| v.visit.id).collect::<Vec<_>>(), vec![2, 4]);
        assert_eq!(dropped, 1);
        assert_eq!(same_day_note(1).unwrap(), "1 same-day visit is not drawn: each day shows its last visit");
        assert_eq!(same_day_note(0), None);
    }

    #[test]
    fn lines_break_at_an_injury() {
        let points = [(day(1), 300.0), (day(3), 310.0), (day(10), 150.0), (day(20), 250.0)];
        let runs = runs_between_injuries(&points, &[day(5)]);
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[0].iter().map(|p| p.1).collect::<Vec<_>>(), vec![300.0, 310.0]);
        assert_eq!(runs[1].iter().map(|p| p.1).collect::<Vec<_>>(), vec![150.0, 250.0]);
        // A visit on the day of the injury is after it; no injury, one run.
        let runs = runs_between_injuries(&points, &[day(10)]);
        assert_eq!(runs[1][0].0, day(10));
        assert_eq!(runs_between_injuries(&points, &[]).len(), 1);
        assert!(runs_between_injuries::<f64>(&[], &[day(5)]).is_empty());
    }
}
