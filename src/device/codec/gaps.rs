//! Readings the device sent that did not become samples: where they were, how many, and how we
//! know.
//!
//! A device that streams at its own pace with its own clock shows a gap directly: when the next
//! good reading arrives, its time is more than one step after the last one, and the steps that
//! fit in between are the readings that were due ([`GapBasis::DeviceClock`]). A damaged line
//! between two readings whose times are one step apart was noise, not a reading. A polled device
//! or one without a clock gives no such measure: every damaged line between two readings stood
//! where a reading was due ([`GapBasis::DamagedLines`]). Lines that surely held a reading (an
//! unknown or missing unit, a jumped time) count either way.
//!
//! A forward jump of the clock is only believed when the reading after it continues from it: a
//! time stamp with a flipped digit is followed by the clock going back, and then nothing was
//! missing.

use super::RejectReason;
use crate::i18n::numbers::{self, DecimalSeparator};

/// Steps between readings kept to know a stream's cadence.
const CADENCE_STEPS: usize = 16;

/// Steps needed before a gap can be told from the cadence.
const CADENCE_MIN_STEPS: usize = 4;

/// A step longer than this many cadences is a gap.
const GAP_FACTOR: f64 = 1.5;

/// How a count of missing readings was found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum GapBasis {
    /// The device's clock moved on by `span_s` beyond its usual step where readings were due.
    DeviceClock { span_s: f64 },
    /// Damaged lines (or frames) stood where readings were due.
    DamagedLines,
}

/// Readings the device sent that are missing just before one sample of a block.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gap {
    /// Index in the block of the sample after the missing readings (the block's length when
    /// they came after its last sample).
    pub before: usize,
    pub readings: u64,
    pub basis: GapBasis,
}

/// Missing readings added up, by how each was found: what a summary, a status line and a
/// trial's notes state.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct MissingReadings {
    /// Readings the device's clock shows missing.
    pub by_clock: u64,
    /// The time those gaps span beyond the usual step, in seconds.
    pub clock_gap_s: f64,
    /// Damaged lines or frames where readings were due.
    pub damaged: u64,
    /// Samples decoded but not delivered (the program fell behind).
    pub undelivered: u64,
}

impl MissingReadings {
    /// Adds one gap.
    pub fn add(&mut self, gap: &Gap) {
        match gap.basis {
            GapBasis::DeviceClock { span_s } => {
                self.by_clock += gap.readings;
                self.clock_gap_s += span_s;
            }
            GapBasis::DamagedLines => self.damaged += gap.readings,
        }
    }

    /// All readings missing.
    pub fn total(&self) -> u64 {
        self.by_clock + self.damaged + self.undelivered
    }

    /// What is missing and how it is known, e.g. "about 1,713 readings the device sent are
    /// missing: the device's clock shows gaps of 1.660 s where 1,660 were due; 53 damaged
    /// lines where readings were due". `None` when nothing is missing. In the app's language and
    /// number style (the command line, which never changes them, reads English with a decimal
    /// point).
    pub fn describe(&self) -> Option<String> {
        if self.total() == 0 {
            return None;
        }
        let mut basis = Vec::new();
        if self.by_clock > 0 {
            basis.push(crate::fl!(
                "readings-basis-clock",
                seconds = numbers::num(self.clock_gap_s, 3),
                number = thousands(self.by_clock),
                count = self.by_clock
            ));
        }
        if self.damaged > 0 {
            basis.push(crate::fl!("readings-basis-damaged", number = thousands(self.damaged), count = self.damaged));
        }
        if self.undelivered > 0 {
            basis.push(crate::fl!(
                "readings-basis-undelivered",
                number = thousands(self.undelivered),
                count = self.undelivered
            ));
        }
        let basis =
            basis.into_iter().rev().reduce(|next, first| crate::fl!("readings-basis-join", first = first, next = next));
        let basis = basis.unwrap_or_default();
        let total = self.total();
        // Only samples counted as undelivered are exact; the rest is an estimate.
        Some(if self.by_clock + self.damaged > 0 {
            crate::fl!("readings-missing-about", number = thousands(total), count = total, basis = basis)
        } else {
            crate::fl!("readings-missing", number = thousands(total), count = total, basis = basis)
        })
    }
}

/// `1713` as "1,713" (a decimal point), or "1.713" (a decimal comma: the point groups).
fn thousands(n: u64) -> String {
    let group = match numbers::style().decimal {
        DecimalSeparator::Point => ',',
        DecimalSeparator::Comma => '.',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    out
}

/// A forward jump of the clock waiting for the next reading to confirm it.
#[derive(Debug, Clone, Copy)]
struct Suspect {
    readings: u64,
    span_s: f64,
    /// Lines before it that surely held a reading (counted if the jump was a misread time).
    damaged_readings: u64,
}

/// Finds the gaps of one stream as its lines arrive (see the module documentation).
#[derive(Clone)]
pub struct GapTracker {
    /// Gaps are read from the device's clock (a device that streams at its own pace with one).
    by_clock: bool,
    steps: [f64; CADENCE_STEPS],
    step_count: usize,
    last_t: Option<f64>,
    /// A sample has arrived since the stream (re)started: damaged lines after it stood where
    /// readings were due.
    seen_sample: bool,
    /// Damaged lines since the last good reading, and those of them that surely held one.
    damaged: u64,
    damaged_readings: u64,
    suspect: Option<Suspect>,
}

impl GapTracker {
    /// `by_clock`: the device stamps its readings and streams at its own pace.
    pub fn new(by_clock: bool) -> Self {
        GapTracker {
            by_clock,
            steps: [0.0; CADENCE_STEPS],
            step_count: 0,
            last_t: None,
            seen_sample: false,
            damaged: 0,
            damaged_readings: 0,
            suspect: None,
        }
    }

    /// A line or frame was rejected.
    pub fn damaged(&mut self, reason: RejectReason) {
        self.damaged += 1;
        if reason.lost_a_sample() {
            self.damaged_readings += 1;
        }
    }

    /// The device's clock starts again: what came before says nothing about what follows.
    pub fn restart(&mut self) {
        *self = GapTracker::new(self.by_clock);
    }

    /// Whether the last reading jumped forward and waits for the next to confirm it (the codec
    /// holds such a reading back: if the clock goes back after it, its time was misread).
    pub fn in_doubt(&self) -> bool {
        self.suspect.is_some()
    }

    /// The usual step between readings, once enough are known (the median of the last ones).
    fn cadence_s(&self) -> Option<f64> {
        if self.step_count < CADENCE_MIN_STEPS {
            return None;
        }
        let n = self.step_count.min(CADENCE_STEPS);
        let mut steps = self.steps[..n].to_vec();
        steps.sort_by(f64::total_cmp);
        Some(steps[n / 2]).filter(|c| *c > 0.0)
    }

    fn push_step(&mut self, step_s: f64) {
        self.steps[self.step_count % CADENCE_STEPS] = step_s;
        self.step_count += 1;
    }

    /// A good reading arrived at stream time `t_s` (`None`: stamped by the host); `adjusted`
    /// when its device time was corrected (a repeat, or a clock that moved). The gaps before it
    /// go to `gaps` as (readings, basis).
    pub fn sample(&mut self, t_s: Option<f64>, adjusted: bool, gaps: &mut Vec<(u64, GapBasis)>) {
        let seen = std::mem::replace(&mut self.seen_sample, true);
        let (damaged, damaged_readings) =
            (std::mem::take(&mut self.damaged), std::mem::take(&mut self.damaged_readings));
        let (true, Some(t)) = (self.by_clock, t_s) else {
            // No clock to go by: every damaged line stood where a reading was due.
            let count = if seen { damaged } else { damaged_readings };
            if count > 0 {
                gaps.push((count, GapBasis::DamagedLines));
            }
            return;
        };
        let suspect = self.suspect.take();
        let step_s = self.last_t.map(|last| t - last);
        self.last_t = Some(t);
        if adjusted {
            // The clock went back or repeated: a forward jump just before was a misread time.
            let readings = damaged_readings + suspect.map_or(0, |s| s.damaged_readings);
            if readings > 0 {
                gaps.push((readings, GapBasis::DamagedLines));
            }
            return;
        }
        if let Some(s) = suspect {
            // The clock went on from the jump: it was real.
            gaps.push((s.readings, GapBasis::DeviceClock { span_s: s.span_s }));
        }
        let cadence = self.cadence_s();
        match (step_s, cadence) {
            (Some(step), Some(cadence)) if step > GAP_FACTOR * cadence => {
                let due = ((step / cadence).round() as u64).saturating_sub(1).max(1);
                if due >= damaged_readings {
                    self.suspect = Some(Suspect { readings: due, span_s: step - cadence, damaged_readings });
                } else {
                    gaps.push((damaged_readings, GapBasis::DamagedLines));
                }
            }
            (Some(step), _) => {
                self.push_step(step);
                if damaged_readings > 0 {
                    gaps.push((damaged_readings, GapBasis::DamagedLines));
                }
            }
            (None, _) => {
                if damaged_readings > 0 {
                    gaps.push((damaged_readings, GapBasis::DamagedLines));
                }
            }
        }
    }

    /// The stream ended: damaged lines after the last reading, and a jump not yet confirmed.
    pub fn finish(&mut self, gaps: &mut Vec<(u64, GapBasis)>) {
        if let Some(s) = self.suspect.take() {
            gaps.push((s.readings, GapBasis::DeviceClock { span_s: s.span_s }));
        }
        let (damaged, damaged_readings) =
            (std::mem::take(&mut self.damaged), std::mem::take(&mut self.damaged_readings));
        let count = if self.by_clock || !self.seen_sample { damaged_readings } else { damaged };
        if count > 0 {
            gaps.push((count, GapBasis::DamagedLines));
        }
    }
}
