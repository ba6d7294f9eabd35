//! The plan of a test session: which test and side come in which order.

use crate::model::Side;
use crate::protocols::{Measure, TestDefinition};

/// One test on one side (or both at once).
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub test: TestDefinition,
    pub side: Side,
    /// Trials accepted for this step.
    pub trials: Vec<i64>,
    /// Marked "not done" by the clinician, with the reason (kept in the visit's notes).
    pub not_done: Option<String>,
    /// Gone past by the session because the connected device cannot record it, with why
    /// ("Demo dynamometer cannot record it: ..."); said on the summary.
    pub passed_over: Option<String>,
}

impl Step {
    pub fn done(&self) -> bool {
        !self.trials.is_empty()
    }

    /// Recorded, or marked not done: nothing left to do for this step.
    pub fn settled(&self) -> bool {
        self.done() || self.not_done.is_some()
    }

    /// The recording's channel names for a device with `device_names`, and which of the
    /// device's channels they come from (`None`: all, in order); an error in plain words when
    /// the device cannot record this step.
    pub fn channels(&self, device_names: &[String]) -> Result<(Vec<String>, Option<Vec<usize>>), String> {
        match (self.side, device_names.len()) {
            (Side::Both, 2) => Ok((vec!["left".into(), "right".into()], None)),
            (Side::Both, _) => Err(crate::fl!("session-step-needs-two-channels")),
            (_, 1) => Ok((vec!["force".into()], None)),
            (s, 2) => Ok((vec!["force".into()], Some(vec![if s == Side::Left { 0 } else { 1 }]))),
            _ => Err(crate::fl!("session-step-channels-do-not-fit")),
        }
    }

    /// Whether a device with `device_names` can do this step (a count needs no device).
    pub fn recordable_with(&self, device_names: &[String]) -> bool {
        self.is_count() || self.channels(device_names).is_ok()
    }

    /// The line the visit's notes keep for a step marked not done, in the app's language.
    pub fn not_done_note(&self) -> Option<String> {
        self.not_done.as_ref().map(|reason| self.note_line(reason))
    }

    fn note_line(&self, reason: &str) -> String {
        crate::fl!("session-not-done-note", step = self.title(), reason = reason)
    }

    /// How the visit's notes begin and end this step's "not done" line, around its reason:
    /// ("Not done: <title> (", ").").
    fn note_ends(&self) -> (String, String) {
        const REASON: &str = "\u{1}";
        let line = self.note_line(REASON);
        match line.split_once(REASON) {
            Some((start, end)) => (start.to_string(), end.to_string()),
            None => (line, String::new()),
        }
    }

    pub fn is_count(&self) -> bool {
        self.test.measure == Measure::RepsCount
    }

    /// "Isometric knee flexion 90/90, left".
    pub fn title(&self) -> String {
        let tr = crate::i18n::loader();
        crate::fl!("session-step-title", test = self.test.shown_name(tr), side = self.side.id())
    }
}

/// The steps for `tests`: both legs at once where the test says so, else the uninjured leg
/// first (left first when no injured side is recorded).
pub fn plan(tests: &[TestDefinition], involved: Option<Side>) -> Vec<Step> {
    let order = match involved {
        Some(Side::Left) => [Side::Right, Side::Left],
        _ => [Side::Left, Side::Right],
    };
    tests
        .iter()
        .flat_map(|t| {
            let sides: Vec<Side> = if t.both_at_once() { vec![Side::Both] } else { order.to_vec() };
            sides.into_iter().map(|side| Step {
                test: t.clone(),
                side,
                trials: Vec::new(),
                not_done: None,
                passed_over: None,
            })
        })
        .collect()
}

/// Counts a visit's trials already recorded (test id, side, trial id) as done on their steps, so
/// a session taken up again (after a crash) goes on with what is left.
pub fn mark_recorded(steps: &mut [Step], recorded: &[(String, Side, i64)]) {
    for (test_id, side, id) in recorded {
        if let Some(step) = steps.iter_mut().find(|s| s.test.id == *test_id && s.side == *side) {
            step.trials.push(*id);
        }
    }
}

/// The step to go to after `current`: the next one not yet settled (wrapping around) that the
/// connected device (`device_names`; `None`: any) can record; `None` when none is left, every
/// step being done, marked not done, or one the device cannot record.
pub fn next_step(steps: &[Step], current: usize, device_names: Option<&[String]>) -> Option<usize> {
    let n = steps.len();
    (1..=n)
        .map(|k| (current + k) % n)
        .find(|&i| !steps[i].settled() && device_names.is_none_or(|names| steps[i].recordable_with(names)))
}

/// Goes on from `current` as [`next_step`] does, marking each step not settled that it goes
/// past (all the way round when none is left) as passed over: the connected device (named
/// `device`, with channels `device_names`) cannot record it, and the summary says so.
pub fn go_past(steps: &mut [Step], current: usize, device: Option<(&str, &[String])>) -> Option<usize> {
    let n = steps.len();
    let next = next_step(steps, current, device.map(|d| d.1));
    let Some((name, names)) = device else { return next };
    let until = next.map_or(n, |next| (next + n - current - 1) % n + 1);
    for k in 1..until {
        let step = &mut steps[(current + k) % n];
        if !step.settled()
            && let Err(e) = step.channels(names)
        {
            step.passed_over = Some(crate::fl!("session-step-passed-over", device = name, reason = e));
        }
    }
    next
}

/// Marks the steps of `notes`' "not done" lines (as [`Step::not_done_note`] writes them) not
/// done with their reasons, as a session that joins a visit finds them; a step with a trial
/// counts as done whatever the notes say.
pub fn mark_not_done_from(steps: &mut [Step], notes: &str) {
    for step in steps.iter_mut().filter(|s| !s.done()) {
        if let Some((_, reason)) = not_done_in(notes, step) {
            step.not_done = Some(reason);
        }
    }
}

/// Where `notes` hold `step`'s "not done" line (its byte range) and its reason.
fn not_done_in(notes: &str, step: &Step) -> Option<(std::ops::Range<usize>, String)> {
    let (note_start, note_end) = step.note_ends();
    if note_end.is_empty() {
        return None;
    }
    let start = notes.find(&note_start)?;
    let from = start + note_start.len();
    // The line ends at the first ")." (in English) that ends the notes or is followed by a space.
    let rest = &notes[from..];
    let end = rest
        .match_indices(note_end.as_str())
        .map(|(i, _)| i)
        .find(|&i| rest[i + note_end.len()..].chars().next().is_none_or(char::is_whitespace))?;
    Some((start..from + end + note_end.len(), rest[..end].to_string()))
}

/// The visit's `notes` with each step's "not done" line as the session has it: a line for each
/// step marked not done (kept where it is when the notes hold it already), and none for a step
/// done or taken back since; the clinician's own words and the lines of tests not in the
/// session stay as they are.
pub fn notes_with_not_done(notes: &str, steps: &[Step]) -> String {
    let mut out = notes.trim().to_string();
    for step in steps {
        let line = step.not_done_note();
        if line.as_ref().is_some_and(|l| out.contains(l.as_str())) {
            continue;
        }
        if let Some((mut range, _)) = not_done_in(&out, step) {
            // With the space that joined it to the text before it (or after it, when first).
            if out[..range.start].ends_with(' ') {
                range.start -= 1;
            } else if out[range.end..].starts_with(' ') {
                range.end += 1;
            }
            out.replace_range(range, "");
        }
        if let Some(line) = line {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocols::TestLibrary;

    #[test]
    fn the_uninjured_leg_goes_first_and_nordic_is_one_step() {
        let lib = TestLibrary::builtin();
        let tests: Vec<TestDefinition> =
            lib.battery_tests(lib.battery("hamstring_strain").unwrap()).into_iter().cloned().collect();
        let steps = plan(&tests, Some(Side::Left));
        let titles: Vec<(String, Side)> = steps.iter().map(|s| (s.test.id.clone(), s.side)).collect();
        assert_eq!(
            titles,
            vec![
                ("knee_flexion_iso_90".into(), Side::Right),
                ("knee_flexion_iso_90".into(), Side::Left),
                ("knee_extension_iso_90".into(), Side::Right),
                ("knee_extension_iso_90".into(), Side::Left),
                ("knee_flexion_iso_30".into(), Side::Right),
                ("knee_flexion_iso_30".into(), Side::Left),
                ("nordic".into(), Side::Both),
                ("single_leg_bridge".into(), Side::Right),
                ("single_leg_bridge".into(), Side::Left),
            ]
        );
        assert_eq!(plan(&tests, None)[0].side, Side::Left);
    }

    #[test]
    fn a_one_channel_device_skips_the_nordic_and_the_end_is_reached() {
        let lib = TestLibrary::builtin();
        let tests: Vec<TestDefinition> =
            lib.battery_tests(lib.battery("hamstring_strain").unwrap()).into_iter().cloned().collect();
        let mut steps = plan(&tests, Some(Side::Left));
        let one = vec!["force".to_string()];
        let two = vec!["left".to_string(), "right".to_string()];
        let nordic = steps.iter().position(|s| s.side == Side::Both).unwrap();
        assert!(!steps[nordic].recordable_with(&one) && steps[nordic].recordable_with(&two));
        // From the step before the Nordic, a dynamometer goes on to the bridge; a rig does the Nordic.
        assert_eq!(next_step(&steps, nordic - 1, Some(&one)), Some(nordic + 1));
        assert_eq!(next_step(&steps, nordic - 1, Some(&two)), Some(nordic));
        // Going on from there passes the Nordic over, saying why.
        assert_eq!(go_past(&mut steps, nordic - 1, Some(("Demo dynamometer", &one))), Some(nordic + 1));
        assert_eq!(
            steps[nordic].passed_over.as_deref(),
            Some(
                "Demo dynamometer cannot record it: this test records both legs at once: connect a two-channel \
                 device (a Nordic rig or force plates)"
            )
        );
        assert!(steps.iter().enumerate().all(|(i, s)| (i == nordic) == s.passed_over.is_some()), "only the Nordic");
        // Everything but the Nordic done: nothing the dynamometer can record is left, so the
        // session ends (it went back to the Nordic once); a rig would still record it.
        for (i, s) in steps.iter_mut().enumerate() {
            if i != nordic {
                s.trials.push(i as i64);
            }
        }
        let last = steps.len() - 1;
        assert_eq!(next_step(&steps, last, Some(&one)), None);
        assert_eq!(go_past(&mut steps, last, Some(("Demo dynamometer", &one))), None);
        assert_eq!(next_step(&steps, last, Some(&two)), Some(nordic));
        assert_eq!(next_step(&steps, last, None), Some(nordic), "no device: any step can be typed in");
        steps[nordic].not_done = Some("no rig at this clinic".into());
        assert_eq!(next_step(&steps, 0, Some(&two)), None);
        let mut again = plan(&tests, Some(Side::Left));
        mark_recorded(&mut again, &[("knee_flexion_iso_90".into(), Side::Right, 7), ("nordic".into(), Side::Both, 8)]);
        let done: Vec<bool> = again.iter().map(Step::done).collect();
        assert_eq!(done, vec![true, false, false, false, false, false, true, false, false]);
        assert_eq!(
            steps[nordic].not_done_note().unwrap(),
            "Not done: Nordic hamstring exercise, both legs (no rig at this clinic)."
        );
    }

    /// "Not done" marks are kept in the visit's notes, read back by a session that joins the
    /// visit, and the notes follow the session: a mark taken back or a step done since loses its
    /// line, a new mark adds one, the clinician's words stay.
    #[test]
    fn not_done_marks_go_to_the_notes_and_come_back_from_them() {
        let lib = TestLibrary::builtin();
        let tests: Vec<TestDefinition> =
            ["knee_flexion_iso_90", "knee_extension_iso_90"].iter().map(|id| lib.test(id).unwrap().clone()).collect();
        let mut first = plan(&tests, None);
        first[0].not_done = Some("knee pain (left)".into());
        first[1].not_done = Some("knee pain (left)".into());
        first[2].not_done = Some("no time".into());
        first[3].trials.push(1);
        let notes = notes_with_not_done("Sore after training.\nSlept badly.", &first);
        assert_eq!(
            notes,
            "Sore after training.\nSlept badly. Not done: Isometric knee flexion 90/90, left (knee pain (left)). \
             Not done: Isometric knee flexion 90/90, right (knee pain (left)). Not done: Isometric knee extension \
             90/90, left (no time)."
        );
        assert_eq!(notes_with_not_done(&notes, &first), notes, "written once");
        // A second session of the same tests on that visit finds the marks (and the trial).
        let mut second = plan(&tests, None);
        mark_recorded(&mut second, &[("knee_extension_iso_90".into(), Side::Right, 1)]);
        mark_not_done_from(&mut second, &notes);
        let marks: Vec<Option<&str>> = second.iter().map(|s| s.not_done.as_deref()).collect();
        assert_eq!(marks, vec![Some("knee pain (left)"), Some("knee pain (left)"), Some("no time"), None]);
        // The left knee flexion is taken back and recorded, the right one's reason changed.
        second[0].not_done = None;
        second[0].trials.push(2);
        second[1].not_done = Some("time".into());
        assert_eq!(
            notes_with_not_done(&notes, &second),
            "Sore after training.\nSlept badly. Not done: Isometric knee extension 90/90, left (no time). Not done: \
             Isometric knee flexion 90/90, right (time)."
        );
        // A session of other tests leaves those lines alone.
        let other = plan(&[lib.test("nordic").unwrap().clone()], None);
        assert_eq!(notes_with_not_done(&notes, &other), notes);
        // Lines cut short or hand-edited are not read as marks.
        let mut third = plan(&tests, None);
        mark_not_done_from(&mut third, "Not done: Isometric knee flexion 90/90, left (pain");
        assert!(third.iter().all(|s| s.not_done.is_none()));
    }
}
