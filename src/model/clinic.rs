//! The clinic's records: athletes, injury episodes, visits and trials.

use chrono::{NaiveDate, NaiveDateTime};
use i18n_embed::fluent::FluentLanguageLoader;
use serde::{Deserialize, Serialize};

use crate::fl_in;

use super::{ForceUnit, Polarity, Side, Trace};

/// Sex as recorded on the athlete's profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Female,
    Male,
    Other,
}

impl Sex {
    pub const ALL: [Sex; 3] = [Sex::Female, Sex::Male, Sex::Other];

    pub fn id(self) -> &'static str {
        match self {
            Sex::Female => "female",
            Sex::Male => "male",
            Sex::Other => "other",
        }
    }

    /// The sex as a person reads it, in `tr`'s language.
    pub fn label(self, tr: &FluentLanguageLoader) -> String {
        match self {
            Sex::Female => fl_in!(tr, "model-sex-female"),
            Sex::Male => fl_in!(tr, "model-sex-male"),
            Sex::Other => fl_in!(tr, "model-sex-other"),
        }
    }

    /// Parses `female`/`male`/`other` and `f`/`m` (case-insensitive).
    pub fn parse(text: &str) -> Option<Sex> {
        match text.trim().to_ascii_lowercase().as_str() {
            "female" | "f" | "woman" => Some(Sex::Female),
            "male" | "m" | "man" => Some(Sex::Male),
            "other" | "x" | "diverse" => Some(Sex::Other),
            _ => None,
        }
    }
}

/// Where in the hamstrings a strain is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HamstringLocation {
    BicepsFemorisLongHead,
    BicepsFemorisShortHead,
    Semitendinosus,
    Semimembranosus,
    /// The free tendon or the intramuscular tendon.
    Tendon,
}

impl HamstringLocation {
    pub const ALL: [HamstringLocation; 5] = [
        HamstringLocation::BicepsFemorisLongHead,
        HamstringLocation::BicepsFemorisShortHead,
        HamstringLocation::Semitendinosus,
        HamstringLocation::Semimembranosus,
        HamstringLocation::Tendon,
    ];

    pub fn id(self) -> &'static str {
        match self {
            HamstringLocation::BicepsFemorisLongHead => "bf_long_head",
            HamstringLocation::BicepsFemorisShortHead => "bf_short_head",
            HamstringLocation::Semitendinosus => "semitendinosus",
            HamstringLocation::Semimembranosus => "semimembranosus",
            HamstringLocation::Tendon => "tendon",
        }
    }

    /// The location as a clinician reads it, in `tr`'s language.
    pub fn label(self, tr: &FluentLanguageLoader) -> String {
        match self {
            HamstringLocation::BicepsFemorisLongHead => fl_in!(tr, "model-location-bf-long-head"),
            HamstringLocation::BicepsFemorisShortHead => fl_in!(tr, "model-location-bf-short-head"),
            HamstringLocation::Semitendinosus => fl_in!(tr, "model-location-semitendinosus"),
            HamstringLocation::Semimembranosus => fl_in!(tr, "model-location-semimembranosus"),
            HamstringLocation::Tendon => fl_in!(tr, "model-location-tendon"),
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.id() == text.trim())
    }
}

/// Kind of injury an episode is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InjuryKind {
    HamstringStrain,
    ProximalHamstringTendinopathy,
    DistalHamstringTendinopathy,
    GlutealTendinopathy,
    Other,
}

impl InjuryKind {
    pub const ALL: [InjuryKind; 5] = [
        InjuryKind::HamstringStrain,
        InjuryKind::ProximalHamstringTendinopathy,
        InjuryKind::DistalHamstringTendinopathy,
        InjuryKind::GlutealTendinopathy,
        InjuryKind::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            InjuryKind::HamstringStrain => "hamstring_strain",
            InjuryKind::ProximalHamstringTendinopathy => "proximal_hamstring_tendinopathy",
            InjuryKind::DistalHamstringTendinopathy => "distal_hamstring_tendinopathy",
            InjuryKind::GlutealTendinopathy => "gluteal_tendinopathy",
            InjuryKind::Other => "other",
        }
    }

    /// The kind of injury as a clinician reads it, in `tr`'s language.
    pub fn label(self, tr: &FluentLanguageLoader) -> String {
        match self {
            InjuryKind::HamstringStrain => fl_in!(tr, "model-injury-hamstring-strain"),
            InjuryKind::ProximalHamstringTendinopathy => fl_in!(tr, "model-injury-proximal-hamstring-tendinopathy"),
            InjuryKind::DistalHamstringTendinopathy => fl_in!(tr, "model-injury-distal-hamstring-tendinopathy"),
            InjuryKind::GlutealTendinopathy => fl_in!(tr, "model-injury-gluteal-tendinopathy"),
            InjuryKind::Other => fl_in!(tr, "model-injury-other"),
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == text.trim())
    }
}

/// An athlete's profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Athlete {
    pub id: i64,
    pub given_name: String,
    pub family_name: String,
    pub date_of_birth: Option<NaiveDate>,
    pub sex: Option<Sex>,
    pub dominant_leg: Option<Side>,
    pub sport: Option<String>,
    /// An id in another system (club, VALD Hub, ...).
    pub external_id: Option<String>,
    /// Body mass on the profile (each visit records its own).
    pub body_mass_kg: Option<f64>,
    pub notes: String,
    pub archived: bool,
}

impl Athlete {
    /// A new athlete (id 0 until stored).
    pub fn new(given_name: &str, family_name: &str) -> Self {
        Athlete {
            id: 0,
            given_name: given_name.into(),
            family_name: family_name.into(),
            date_of_birth: None,
            sex: None,
            dominant_leg: None,
            sport: None,
            external_id: None,
            body_mass_kg: None,
            notes: String::new(),
            archived: false,
        }
    }

    /// "Given Family".
    pub fn full_name(&self) -> String {
        format!("{} {}", self.given_name, self.family_name).trim().to_string()
    }

    /// The name as a file name part: "Liam O'Connor" -> "liam_oconnor" ([`file_stem_of`], at
    /// most [`NAME_STEM_BYTES`]).
    pub fn file_stem(&self) -> String {
        let stem = file_stem_of(&self.full_name(), NAME_STEM_BYTES);
        if stem.trim_matches('_').is_empty() { "athlete".into() } else { stem }
    }
}

/// The most bytes of a name in a file name: a file name holds at most 255 bytes, and a name's
/// part leaves room for a date, a test, a side and a trial id.
pub const NAME_STEM_BYTES: usize = 80;

/// Text as a file name part of at most `max_bytes` bytes in UTF-8: letters and digits of any
/// script (lowercased where ASCII), spaces as `_`, the rest left out, cut on a character
/// boundary (empty when nothing is left).
pub fn file_stem_of(text: &str, max_bytes: usize) -> String {
    let mut stem = String::new();
    for c in text.chars().filter_map(|c| match c {
        c if c.is_alphanumeric() => Some(c.to_ascii_lowercase()),
        ' ' => Some('_'),
        _ => None,
    }) {
        if stem.len() + c.len_utf8() > max_bytes {
            break;
        }
        stem.push(c);
    }
    stem
}

/// An injury and its rehabilitation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InjuryEpisode {
    pub id: i64,
    pub athlete_id: i64,
    pub kind: InjuryKind,
    /// The injured (involved) side.
    pub side: Option<Side>,
    /// Strain grade (e.g. BAMIC 0-4 with a/b/c), free text to suit the clinic's system.
    pub grade: Option<String>,
    pub location: Option<HamstringLocation>,
    pub injury_date: NaiveDate,
    /// The visit holding the pre-injury baseline, when one exists.
    pub baseline_visit_id: Option<i64>,
    /// Date the athlete was cleared to return to sport, when signed off.
    pub closed_on: Option<NaiveDate>,
    pub notes: String,
}

impl InjuryEpisode {
    /// Short description, in `tr`'s language: "Hamstring strain, left, grade 2, biceps femoris
    /// long head" (a list of the episode's facts, not a sentence).
    pub fn summary(&self, tr: &FluentLanguageLoader) -> String {
        let mut parts = vec![self.kind.label(tr)];
        if let Some(side) = self.side {
            parts.push(side.label(tr));
        }
        if let Some(grade) = &self.grade {
            parts.push(fl_in!(tr, "model-injury-grade", grade = grade.as_str()));
        }
        if let Some(location) = self.location {
            parts.push(location.label(tr));
        }
        parts.join(", ")
    }
}

/// Provocation tests for proximal hamstring tendinopathy (Cacchio 2012): positive = `Some(true)`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProvocationTests {
    pub puranen_orava: Option<bool>,
    pub bent_knee_stretch: Option<bool>,
    pub modified_bent_knee_stretch: Option<bool>,
}

impl ProvocationTests {
    pub fn any_recorded(&self) -> bool {
        self.puranen_orava.is_some() || self.bent_knee_stretch.is_some() || self.modified_bent_knee_stretch.is_some()
    }
}

/// One clinic visit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub id: i64,
    pub athlete_id: i64,
    pub episode_id: Option<i64>,
    /// Local date and time of the visit.
    pub date_time: NaiveDateTime,
    pub body_mass_kg: Option<f64>,
    pub clinician: String,
    /// VISA-H total, 0-100 (Cacchio 2014).
    pub visa_h: Option<u8>,
    pub provocation: ProvocationTests,
    pub notes: String,
}

/// What a trial is, the same wherever a trial is described: stored (`TrialInfo`), being
/// saved (`store::NewTrial`), accepted from a recording (`acquisition::TrialCommit`) or in the
/// recording journal (`store::JournalMeta`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrialMeta {
    /// The test (empty for a recording that is not a test: measurements).
    pub test_id: String,
    pub side: Side,
    /// Device profile id (or a demo device).
    pub device: String,
    pub polarity: Polarity,
    /// The measured lever arm for torque, m.
    pub lever_arm_m: Option<f64>,
    /// The device's largest reading, N (enables the clipping flag).
    pub device_max_n: Option<f64>,
    /// The kind of instrument (handheld, fixed frame, load cell rig, force plate): change is
    /// compared only within one kind (DOMAIN.md section 3). `None`: not known (trials from
    /// before schema 6 on devices it cannot be told for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instrument: Option<Instrument>,
}

/// The kind of instrument a trial was measured with. Devices are not interchangeable: change
/// and MDC compare only results of one kind (DOMAIN.md section 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Instrument {
    Handheld,
    FixedFrame,
    LoadCellRig,
    ForcePlate,
}

impl Instrument {
    pub const ALL: [Instrument; 4] =
        [Instrument::Handheld, Instrument::FixedFrame, Instrument::LoadCellRig, Instrument::ForcePlate];

    pub fn id(self) -> &'static str {
        match self {
            Instrument::Handheld => "handheld",
            Instrument::FixedFrame => "fixed_frame",
            Instrument::LoadCellRig => "load_cell_rig",
            Instrument::ForcePlate => "force_plate",
        }
    }

    pub fn parse(text: &str) -> Option<Instrument> {
        Instrument::ALL.into_iter().find(|i| i.id() == text.trim())
    }

    /// The kind of instrument as a person reads it, in `tr`'s language.
    pub fn label(self, tr: &FluentLanguageLoader) -> String {
        match self {
            Instrument::Handheld => fl_in!(tr, "device-kind-instrument-handheld"),
            Instrument::FixedFrame => fl_in!(tr, "device-kind-instrument-fixed-frame"),
            Instrument::LoadCellRig => fl_in!(tr, "device-kind-instrument-load-cell-rig"),
            Instrument::ForcePlate => fl_in!(tr, "device-kind-instrument-force-plate"),
        }
    }
}

/// Each rep's peak force of a trial entered by hand (read off a device with no public
/// protocol, or a crane scale with peak hold), in newtons, with the unit it was read in. A
/// trial of both legs at once (a Nordic on a NordBord-type device) holds each leg's peaks, as a
/// recorded one holds a left and a right channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnteredPeaks {
    /// The peaks of a one-leg trial; of the left leg for a trial of both legs.
    pub peaks_n: Vec<f64>,
    pub unit: ForceUnit,
    /// The right leg's peaks of a trial of both legs (empty for a one-leg trial).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub right_peaks_n: Vec<f64>,
}

impl EnteredPeaks {
    /// The peaks of one leg, one-leg trials as they are.
    pub fn one_leg(peaks_n: Vec<f64>, unit: ForceUnit) -> EnteredPeaks {
        EnteredPeaks { peaks_n, unit, right_peaks_n: Vec::new() }
    }

    /// The peaks that count for `side` of a trial done on `trial_side`: a one-leg trial's
    /// own; each leg's of a trial of both legs.
    pub fn peaks_of(&self, trial_side: Side, side: Side) -> &[f64] {
        match (trial_side, side) {
            (Side::Both, Side::Right) => &self.right_peaks_n,
            _ => &self.peaks_n,
        }
    }

    /// `312.5|300|298.4` for tables: the peaks in N, `|` separated; a trial of both legs as
    /// `left/right`, `372|368/355.5|350`.
    pub fn peaks_text(&self) -> String {
        // Shortest exact form: read back, the peaks are the same numbers.
        let text = |p: &[f64]| p.iter().map(f64::to_string).collect::<Vec<_>>().join("|");
        if self.right_peaks_n.is_empty() {
            text(&self.peaks_n)
        } else {
            format!("{}/{}", text(&self.peaks_n), text(&self.right_peaks_n))
        }
    }

    /// Peaks from [`EnteredPeaks::peaks_text`]: every peak a positive number of newtons (a
    /// trial of both legs: each leg's, left then right).
    pub fn from_text(text: &str, unit: ForceUnit) -> Option<EnteredPeaks> {
        match text.split_once('/') {
            None => Some(EnteredPeaks::one_leg(EnteredPeaks::parse_peaks(text)?, unit)),
            Some((left, right)) => Some(EnteredPeaks {
                peaks_n: EnteredPeaks::parse_peaks(left)?,
                unit,
                right_peaks_n: EnteredPeaks::parse_peaks(right)?,
            }),
        }
    }

    /// Peaks from one leg's part of [`EnteredPeaks::peaks_text`]: every peak a positive number
    /// of newtons.
    pub fn parse_peaks(text: &str) -> Option<Vec<f64>> {
        let peaks: Option<Vec<f64>> = text.split('|').map(|p| p.trim().parse::<f64>().ok()).collect();
        peaks.filter(|p| !p.is_empty() && p.iter().all(|v| v.is_finite() && *v > 0.0 && *v < 1e5))
    }
}

impl TrialMeta {
    /// A trial of `test_id` on `side` from `device`, with no lever arm or device maximum.
    pub fn new(test_id: &str, side: Side, device: &str, polarity: Polarity) -> TrialMeta {
        TrialMeta {
            test_id: test_id.into(),
            side,
            device: device.into(),
            polarity,
            lever_arm_m: None,
            device_max_n: None,
            instrument: None,
        }
    }
}

/// A rep the clinician excluded, kept by where it was in the recording (seconds from the
/// trial's first sample, its onset to its offset when it was excluded) rather than by its
/// index: after a re-analysis (another rep threshold, a new analysis version) it follows the
/// rep that now covers that time, and when none does it is shown as unmatched.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RepExclusion {
    pub from_s: f64,
    pub to_s: f64,
}

impl RepExclusion {
    /// Whether a rep from `onset_s` to `offset_s` with its peak at `peak_s` is this excluded
    /// rep: its peak lies in the excluded span, or the span's middle lies in the rep.
    pub fn matches(&self, onset_s: f64, offset_s: f64, peak_s: f64) -> bool {
        let middle = 0.5 * (self.from_s + self.to_s);
        (self.from_s..=self.to_s).contains(&peak_s) || (onset_s..=offset_s).contains(&middle)
    }

    /// `from-to|from-to` with millisecond precision (the stored and exported form).
    pub fn list_text(list: &[RepExclusion]) -> String {
        list.iter().map(|e| format!("{:.3}-{:.3}", e.from_s, e.to_s)).collect::<Vec<_>>().join("|")
    }

    /// The inverse of [`RepExclusion::list_text`]; `None` when a part is not `from-to` with
    /// `0 <= from <= to` (finite).
    pub fn parse_list(text: &str) -> Option<Vec<RepExclusion>> {
        text.split('|')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (a, b) = p.split_once('-')?;
                let (from_s, to_s): (f64, f64) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
                (from_s.is_finite() && to_s.is_finite() && 0.0 <= from_s && from_s <= to_s)
                    .then_some(RepExclusion { from_s, to_s })
            })
            .collect()
    }
}

/// A trial's description without its samples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrialInfo {
    pub id: i64,
    pub visit_id: i64,
    #[serde(flatten)]
    pub meta: TrialMeta,
    pub sample_rate_hz: Option<f64>,
    pub channel_names: Vec<String>,
    /// Whether the trial counts (a redone trial is kept but not accepted).
    pub accepted: bool,
    /// Reps the clinician excluded, by where they are in the recording.
    pub excluded: Vec<RepExclusion>,
    /// Exclusions stored by rep index before schema 4, not yet turned into times (they are
    /// the first time the trial is analysed).
    pub legacy_excluded_reps: Vec<usize>,
    /// Pain during the trial, 0-10.
    pub pain: Option<u8>,
    /// For tests measured by a count (single-leg bridge): the reps done.
    pub reps_count: Option<u32>,
    /// A trial entered by hand: each rep's peak (it has no samples and no curve metrics).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entered: Option<EnteredPeaks>,
    pub recorded_at: NaiveDateTime,
    /// Who recorded it: the login on a clinic server (empty on a one-computer clinic, and for
    /// trials imported or recorded before schema 9).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recorded_by: String,
    pub notes: String,
}

/// A trial with its samples.
#[derive(Debug, Clone, PartialEq)]
pub struct Trial {
    pub info: TrialInfo,
    /// Raw samples (time from the first sample, one channel per name).
    pub trace: Trace,
}

/// One answer to a clinician's manual clearance check at a visit ("no pain on palpation"):
/// done, explicitly not done, or the earlier answer withdrawn. Answers are never replaced: each
/// is an entry of its own (who, when, what), and the latest for a visit and check is current.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClearanceCheck {
    pub visit_id: i64,
    /// The criterion id of the check (shared by templates that ask the same question).
    pub check_id: String,
    /// `Some(true)` done, `Some(false)` not done, `None` the answer withdrawn.
    pub done: Option<bool>,
    pub clinician: String,
    pub checked_at: NaiveDateTime,
}

/// A clinician's sign-off of a return-to-sport evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignOff {
    pub id: i64,
    pub athlete_id: i64,
    pub episode_id: Option<i64>,
    pub visit_id: Option<i64>,
    /// The clearance template evaluated.
    pub template_id: String,
    /// The evaluation's overall status when signed (`cleared`, `not_yet`, `incomplete`), or
    /// [`SignOff::CLEARED_OVERRIDE`] when the clinician cleared the athlete against it.
    pub status: String,
    pub clinician: String,
    pub signed_at: NaiveDateTime,
    /// The clinician's note; for an override, its reason (required).
    pub note: String,
    /// The evaluation that was signed, as JSON (every criterion, value, threshold, source).
    pub evaluation: String,
}

impl SignOff {
    /// The status of a sign-off that clears an athlete whose evaluation was not "cleared": an
    /// explicit override by the clinician, its reason in the note.
    pub const CLEARED_OVERRIDE: &'static str = "cleared_override";

    pub fn is_override(&self) -> bool {
        self.status == Self::CLEARED_OVERRIDE
    }

    /// The status as a clinician reads it, in `tr`'s language: "all pass", "not yet",
    /// "cleared by override, against the evaluation" (a status this does not know: its id).
    pub fn status_text(&self, tr: &FluentLanguageLoader) -> String {
        match self.status.as_str() {
            Self::CLEARED_OVERRIDE => fl_in!(tr, "model-signoff-status-override"),
            "all_pass" => fl_in!(tr, "model-signoff-status-all-pass"),
            "not_yet" => fl_in!(tr, "model-signoff-status-not-yet"),
            "incomplete" => fl_in!(tr, "model-signoff-status-incomplete"),
            other => other.replace('_', " "),
        }
    }

    /// The sign-off's note as a person reads it, in `tr`'s language: an override's note is its
    /// reason; `None` without a note. Said once, beside the status, wherever a sign-off is shown.
    pub fn note_text(&self, tr: &FluentLanguageLoader) -> Option<String> {
        let note = self.note.trim();
        match (note.is_empty(), self.is_override()) {
            (true, _) => None,
            (false, true) => Some(fl_in!(tr, "model-signoff-override-reason", note = note)),
            (false, false) => Some(fl_in!(tr, "model-signoff-note", note = note)),
        }
    }
}

#[cfg(test)]
#[path = "clinic_tests.rs"]
mod tests;
