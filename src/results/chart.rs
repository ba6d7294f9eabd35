//! How results become chart lines (app and PDF alike): one point per day, lines that break at
//! an injury instead of drawing a decline that never happened gradually, and at a change of the
//! kind of instrument (results of different kinds are not comparable), points marked by kind and
//! a reference drawn only from the same kind.

use chrono::NaiveDate;
use i18n_embed::fluent::FluentLanguageLoader;

use super::{VisitResults, instruments_comparable, side_word};
use crate::model::{Instrument, Side};

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
pub fn same_day_note(tr: &FluentLanguageLoader, dropped: usize) -> Option<String> {
    (dropped > 0).then(|| crate::fl_in!(tr, "chart-same-day-note", count = dropped))
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

/// A chart value with the kinds of instrument it was taken with (none known for results from
/// before they were kept).
pub type Kinded = (f64, Vec<Instrument>);

/// `points` (date order) cut into runs that cross no injury and no change of the kind of
/// instrument: results of different kinds are not comparable (`instruments_comparable`), so no
/// line joins them. A point whose kind is not known joins the run it follows.
pub fn runs_of_one_kind(points: &[(NaiveDate, Kinded)], injuries: &[NaiveDate]) -> Vec<Vec<(NaiveDate, Kinded)>> {
    let mut runs: Vec<Vec<(NaiveDate, Kinded)>> = Vec::new();
    for run in runs_between_injuries(points, injuries) {
        let mut kind: Vec<Instrument> = Vec::new();
        let mut current: Vec<(NaiveDate, Kinded)> = Vec::new();
        for point in run {
            let kinds = &point.1.1;
            if !current.is_empty() && !instruments_comparable(&kind, kinds) {
                runs.push(std::mem::take(&mut current));
                kind.clear();
            }
            if kind.is_empty() {
                kind = kinds.clone();
            }
            current.push(point);
        }
        if !current.is_empty() {
            runs.push(current);
        }
    }
    runs
}

/// The kinds of instrument of a chart's newest value with a known kind (of any of `sides`):
/// its points are drawn filled, those of another kind hollow, and a reference line is drawn
/// only when it is of this kind.
pub fn latest_kinds(sides: &[&[(NaiveDate, Kinded)]]) -> Vec<Instrument> {
    sides
        .iter()
        .flat_map(|s| s.iter())
        .filter(|(_, (_, kinds))| !kinds.is_empty())
        .max_by_key(|(date, _)| *date)
        .map(|(_, (_, kinds))| kinds.clone())
        .unwrap_or_default()
}

/// Whether a value taken with `kinds` is of the chart's latest kind (drawn filled).
pub fn of_latest_kind(kinds: &[Instrument], latest: &[Instrument]) -> bool {
    instruments_comparable(kinds, latest)
}

fn kinds_text(tr: &FluentLanguageLoader, kinds: &[Instrument]) -> String {
    kinds.iter().map(|i| i.label(tr)).collect::<Vec<_>>().join(" + ")
}

/// The key of a chart whose values come from more than one kind of instrument: "filled: fixed
/// frame; hollow: handheld dynamometer — not comparable, the line breaks where the kind
/// changes"; none when the chart holds one kind.
pub fn kinds_key<'a>(
    tr: &FluentLanguageLoader,
    all: impl IntoIterator<Item = &'a [Instrument]>,
    latest: &[Instrument],
) -> Option<String> {
    let mut others: Vec<String> = Vec::new();
    for kinds in all {
        if !of_latest_kind(kinds, latest) {
            let text = kinds_text(tr, kinds);
            if !others.contains(&text) {
                others.push(text);
            }
        }
    }
    (!others.is_empty())
        .then(|| crate::fl_in!(tr, "chart-kinds-key", latest = kinds_text(tr, latest), others = others.join(", ")))
}

/// Why a side's pre-injury baseline is not drawn as the chart's reference: it was taken with
/// another kind of instrument than the side's latest values (`latest`). None when it may be drawn.
pub fn reference_left_out(
    tr: &FluentLanguageLoader,
    side: Side,
    baseline: &[Instrument],
    latest: &[Instrument],
) -> Option<String> {
    (!of_latest_kind(baseline, latest)).then(|| {
        crate::fl_in!(
            tr,
            "chart-baseline-left-out",
            side = side_word(tr, side),
            baseline = kinds_text(tr, baseline),
            latest = kinds_text(tr, latest)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, UiLanguage, loader_for};
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
        let en = &loader_for(UiLanguage::Shipped(Language::English));
        assert_eq!(same_day_note(en, 1).unwrap(), "1 same-day visit is not drawn: each day shows its last visit");
        assert_eq!(same_day_note(en, 2).unwrap(), "2 same-day visits are not drawn: each day shows its last visit");
        assert_eq!(same_day_note(en, 0), None);
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

    #[test]
    fn lines_break_where_the_kind_of_instrument_changes() {
        let (hhd, frame) = (vec![Instrument::Handheld], vec![Instrument::FixedFrame]);
        let points = [
            (day(1), (300.0, frame.clone())),
            (day(3), (310.0, Vec::new())),
            (day(8), (200.0, hhd.clone())),
            (day(12), (220.0, hhd.clone())),
            (day(20), (330.0, frame.clone())),
        ];
        let runs = runs_of_one_kind(&points, &[]);
        let values: Vec<Vec<f64>> = runs.iter().map(|r| r.iter().map(|p| p.1.0).collect()).collect();
        // A value of unknown kind stays with the run it follows; each change of kind breaks.
        assert_eq!(values, vec![vec![300.0, 310.0], vec![200.0, 220.0], vec![330.0]]);
        // Injuries still break a run of one kind.
        assert_eq!(runs_of_one_kind(&points[2..4], &[day(10)]).len(), 2);
        let latest = latest_kinds(&[&points[..], &points[..3]]);
        assert_eq!(latest, frame);
        assert!(of_latest_kind(&frame, &latest) && !of_latest_kind(&hhd, &latest) && of_latest_kind(&[], &latest));
        let en = &loader_for(UiLanguage::Shipped(Language::English));
        let all = points.iter().map(|p| p.1.1.as_slice());
        assert_eq!(
            kinds_key(en, all, &latest).unwrap(),
            "filled: fixed frame; hollow: handheld dynamometer — not comparable, the line breaks where the kind of \
             instrument changes"
        );
        assert_eq!(kinds_key(en, points[..2].iter().map(|p| p.1.1.as_slice()), &latest), None);
        assert_eq!(reference_left_out(en, Side::Left, &frame, &frame), None);
        assert_eq!(
            reference_left_out(en, Side::Right, &frame, &hhd).unwrap(),
            "Pre-injury baseline (right) not drawn: taken with fixed frame, not comparable with the latest values \
             (handheld dynamometer)"
        );
    }
}
