//! Rules made of rules (the first that passes, the first with data) and the check that tests
//! were done.

use super::*;

pub(super) fn any_of(scope: &Scope, id: &str, options: &[Rule], tr: &FluentLanguageLoader) -> Outcome {
    let outcomes: Vec<(&Rule, Outcome)> = options.iter().map(|o| (o, evaluate_rule(id, o, scope, tr))).collect();
    let any = |v: Verdict| outcomes.iter().any(|(_, o)| o.verdict == v);
    let verdict = if any(Verdict::Pass) {
        Verdict::Pass
    } else if any(Verdict::Fail) {
        Verdict::Fail
    } else {
        Verdict::NoData
    };
    let readings = outcomes.iter().flat_map(|(_, o)| o.readings.clone()).collect();
    let used = outcomes.iter().flat_map(|(_, o)| o.used.clone()).collect();
    let notes: Vec<String> = outcomes
        .iter()
        .map(|(r, o)| {
            let (threshold, verdict) = (r.threshold_text(ForceUnit::Newton, tr), o.verdict.label(tr));
            if o.note.is_empty() {
                fl_in!(tr, "clearance-note-option", threshold = threshold, verdict = verdict)
            } else {
                let note = o.note.as_str();
                fl_in!(tr, "clearance-note-option-with-note", threshold = threshold, verdict = verdict, note = note)
            }
        })
        .collect();
    Outcome { verdict, readings, note: join_semicolon(notes, tr), used }
}

/// The first option with data decides; the note says which (and why the ones before it had none).
pub(super) fn first_with_data(scope: &Scope, id: &str, options: &[Rule], tr: &FluentLanguageLoader) -> Outcome {
    let mut skipped: Vec<String> = Vec::new();
    for option in options {
        let mut o = evaluate_rule(id, option, scope, tr);
        let threshold = option.threshold_text(ForceUnit::Newton, tr);
        if o.verdict == Verdict::NoData {
            skipped.push(fl_in!(tr, "clearance-note-option-no-data", threshold = threshold, note = o.note.as_str()));
            continue;
        }
        let decided = fl_in!(tr, "clearance-note-decided-by", threshold = threshold);
        let mut parts = vec![decided];
        if !o.note.is_empty() {
            parts.push(o.note.clone());
        }
        if !skipped.is_empty() {
            parts.push(fl_in!(tr, "clearance-note-no-data-for", options = join_semicolon(skipped, tr)));
        }
        o.note = join_semicolon(parts, tr);
        return o;
    }
    Outcome::no_data(join_semicolon(skipped, tr))
}

/// Every listed test has a value on both sides at a visit in scope.
pub(super) fn tests_done(scope: &Scope, tests: &[String], tr: &FluentLanguageLoader) -> Outcome {
    let both = |t: &TestResult| [Side::Left, Side::Right].iter().all(|s| t.side(*s).is_some_and(|r| r.value.is_some()));
    let mut missing = Vec::new();
    let mut visits = Vec::new();
    for test in tests {
        match scope.find(test, both) {
            Some((v, t)) => visits.push(used(v, Some(t))),
            None => missing.push(scope.name(tr, test)),
        }
    }
    let mut o = Outcome::judged(missing.is_empty(), Vec::new(), visits);
    if !missing.is_empty() {
        o.note = fl_in!(tr, "clearance-note-tests-not-recorded", days = scope.days(), tests = missing.join(", "));
    }
    o
}
