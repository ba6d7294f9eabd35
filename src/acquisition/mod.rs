//! One recording in progress: the live buffer (times from the first sample, raw channels),
//! the min/max envelope for drawing, baseline and orientation, reps detected as they happen,
//! peak hold, lost samples, and the samples streamed into the crash-safe journal.
//!
//! The recorder is driven with each batch the link delivers, by the thread that pumps the device
//! (its own thread in the app: [`PumpedAcquisition`], whatever the window does); it never blocks:
//! journal writes go to the [`JournalSink`] thread through the recording's [`JournalFeed`].

mod envelope;
mod journal_sink;
mod live;
mod live_reps;
mod live_window;
mod pumped;

pub use envelope::{Envelope, column_ranges, min_max_points, range_of};
pub use journal_sink::{JournalFeed, JournalHealth, JournalSink, TrialCommit};
pub use live::{Acquisition, LinkCounts, Notice};
pub use live_reps::{LiveRep, LiveReps};
pub use live_window::{LIVE_WINDOW_S, LiveWindow};
pub use pumped::PumpedAcquisition;

use crate::analysis::{AnalysisParams, mean_and_sd};
use crate::device::codec::{MissingReadings, SampleBlock};
use crate::model::{Channel, Polarity, Trace, TraceMeta};

/// How a recording is set up.
#[derive(Debug, Clone)]
pub struct RecorderConfig {
    /// Names of the recorded channels.
    pub channel_names: Vec<String>,
    /// Which device channel each recorded channel comes from (e.g. only the tested leg's
    /// plate of a two-plate device); `None` records the device's channels in order.
    pub source_channels: Option<Vec<usize>>,
    pub polarity: Polarity,
    pub params: AnalysisParams,
    /// The recording stops by itself at this length (samples at or after it are not taken):
    /// the length asked for, or [`MAX_RECORDING_S`] (the buffer is bounded).
    pub max_duration_s: f64,
}

/// Why a recording ended: it ends only at its length, at the user's stop, or when the device
/// was lost, and always says which.
#[derive(Debug, Clone, PartialEq)]
pub enum RecordingEnd {
    /// It reached the length it was set up with.
    Length,
    /// The user (or the program driving it) stopped it.
    Stopped,
    /// The device was lost; the samples up to then are kept.
    DeviceLost(String),
}

/// The longest recording kept in memory (a test never needs more).
pub const MAX_RECORDING_S: f64 = 30.0 * 60.0;

/// The most samples per series reserved ahead (30 min at 4 kHz); longer or faster recordings
/// grow as they go.
const MAX_RESERVED_SAMPLES: usize = 30 * 60 * 4000;

/// One recording in progress (or just stopped).
pub struct Recorder {
    /// Unique in this process: tells drawings cached for one recording from the next.
    id: u64,
    config: RecorderConfig,
    time_s: Vec<f64>,
    raw: Vec<Vec<f64>>,
    envelopes: Vec<Envelope>,
    first_time: Option<f64>,
    next_seq: Option<u64>,
    /// Samples missing between batches (sequence gaps: the link's losses show as gaps) and
    /// samples whose time did not increase.
    pub lost_samples: u64,
    /// Readings the device sent that did not become samples, between this recording's first
    /// sample and its end (the link's gaps: the device's clock, damaged lines).
    missing: MissingReadings,
    baseline_n: Vec<f64>,
    noise_n: Vec<f64>,
    baseline_done: bool,
    /// +1 or -1 per channel once known (always known unless the polarity is auto).
    sign: Vec<Option<f64>>,
    live: Vec<Option<LiveReps>>,
    peak_n: Vec<f64>,
    /// Key of this recording in the journal thread, and where its samples go.
    journal: Option<(u64, JournalFeed)>,
    end: Option<RecordingEnd>,
}

impl Recorder {
    pub fn new(config: RecorderConfig) -> Recorder {
        let channels = config.channel_names.len();
        let sign = match config.polarity {
            Polarity::Positive => vec![Some(1.0); channels],
            Polarity::Negative => vec![Some(-1.0); channels],
            Polarity::Auto => vec![None; channels],
        };
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Recorder {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            time_s: Vec::new(),
            raw: vec![Vec::new(); channels],
            envelopes: vec![Envelope::default(); channels],
            first_time: None,
            next_seq: None,
            lost_samples: 0,
            missing: MissingReadings::default(),
            baseline_n: vec![0.0; channels],
            noise_n: vec![0.0; channels],
            baseline_done: false,
            sign,
            live: vec![None; channels],
            peak_n: vec![0.0; channels],
            journal: None,
            end: None,
            config,
        }
    }

    pub fn config(&self) -> &RecorderConfig {
        &self.config
    }

    /// Room for the rest of the recording once its rate is known (after its first second): a
    /// series grown by doubling leaves its old copies behind in the heap, so a 10 min recording
    /// would hold up to twice its samples in memory. Reserved memory that is not yet written is
    /// not resident.
    fn reserve_for(&mut self, incoming: usize, now_s: f64) {
        let len = self.time_s.len();
        if len + incoming <= self.time_s.capacity() {
            return;
        }
        let wanted = if now_s >= 1.0 && len > 0 {
            let rate = len as f64 / now_s;
            ((rate * self.config.max_duration_s * 1.02) as usize).min(MAX_RESERVED_SAMPLES).max(len + incoming)
        } else {
            (len + incoming).max(4096)
        };
        let extra = wanted.saturating_sub(len);
        self.time_s.reserve_exact(extra);
        for series in &mut self.raw {
            series.reserve_exact(extra);
        }
    }

    /// This recording's identity in the process.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Sends every sample to the journal through `feed` under `key`.
    pub fn journal_to(&mut self, key: u64, feed: JournalFeed) {
        self.journal = Some((key, feed));
    }

    /// The journal key, if the recording goes to the journal.
    pub fn journal_key(&self) -> Option<u64> {
        self.journal.as_ref().map(|(key, _)| *key)
    }

    pub fn channels(&self) -> usize {
        self.raw.len()
    }

    pub fn len(&self) -> usize {
        self.time_s.len()
    }

    pub fn is_empty(&self) -> bool {
        self.time_s.is_empty()
    }

    pub fn is_stopped(&self) -> bool {
        self.end.is_some()
    }

    /// Why the recording ended, once it has.
    pub fn end(&self) -> Option<&RecordingEnd> {
        self.end.as_ref()
    }

    /// Seconds recorded.
    pub fn duration_s(&self) -> f64 {
        self.time_s.last().copied().unwrap_or(0.0)
    }

    pub fn time_s(&self) -> &[f64] {
        &self.time_s
    }

    pub fn raw(&self, channel: usize) -> &[f64] {
        &self.raw[channel]
    }

    /// Net force from a raw reading: oriented, minus the baseline.
    pub fn net(&self, channel: usize, raw: f64) -> f64 {
        let sign = self.sign[channel].unwrap_or(1.0);
        sign * raw - sign * self.baseline_n[channel]
    }

    /// Min and max net force over samples `from..to` of a channel (for drawing).
    pub fn net_min_max(&self, channel: usize, from: usize, to: usize) -> Option<(f64, f64)> {
        self.net_range(channel, self.raw_min_max(channel, from, to)?)
    }

    /// Min and max raw reading over samples `from..to` of a channel.
    pub fn raw_min_max(&self, channel: usize, from: usize, to: usize) -> Option<(f64, f64)> {
        self.envelopes[channel].min_max(&self.raw[channel], from, to)
    }

    /// A raw (min, max) as net force, with the orientation and baseline known now.
    pub fn net_range(&self, channel: usize, (lo, hi): (f64, f64)) -> Option<(f64, f64)> {
        let (a, b) = (self.net(channel, lo), self.net(channel, hi));
        Some((a.min(b), a.max(b)))
    }

    /// The latest net force per channel.
    pub fn current_n(&self) -> Vec<f64> {
        (0..self.channels()).map(|c| self.raw[c].last().map_or(0.0, |&r| self.net(c, r))).collect()
    }

    /// The standard deviation of each channel's baseline window (its resting noise), once the
    /// window is complete ([`baseline_done`](Self::baseline_done)); zeros before.
    pub fn baseline_noise_n(&self) -> &[f64] {
        &self.noise_n
    }

    /// Highest net force so far per channel.
    pub fn peak_n(&self) -> &[f64] {
        &self.peak_n
    }

    /// Reps detected so far on a channel.
    pub fn live_reps(&self, channel: usize) -> &[LiveRep] {
        self.live[channel].as_ref().map_or(&[], |l| l.reps.as_slice())
    }

    /// Whether the baseline window is complete (net force and reps are known after it).
    pub fn baseline_done(&self) -> bool {
        self.baseline_done
    }

    /// Adds a batch from the link; new samples also go to the journal when one is attached.
    pub fn push(&mut self, block: &SampleBlock) {
        let sources: Vec<usize> = match &self.config.source_channels {
            Some(s) => s.clone(),
            None => (0..self.channels()).collect(),
        };
        if self.is_stopped() || sources.iter().any(|&s| s >= block.channels) {
            return;
        }
        let mut gaps = block.gaps.iter().peekable();
        if block.is_empty() {
            // Readings missing after the last sample delivered (the stream ended on damaged lines).
            if !self.time_s.is_empty() {
                gaps.for_each(|g| self.missing.add(g));
            }
            return;
        }
        if let Some(expected) = self.next_seq
            && block.first_seq > expected
        {
            self.lost_samples += block.first_seq - expected;
        }
        self.next_seq = Some(block.end_seq());
        let first = *self.first_time.get_or_insert(block.time_s[0]);
        self.reserve_for(block.len(), block.time_s[block.len() - 1] - first);
        let start = self.time_s.len();
        let mut taken = 0;
        let mut at_length = false;
        for i in 0..block.len() {
            let t = block.time_s[i] - first;
            // A sample at the length (to within rounding of the device's time stamps) is past it.
            if t >= self.config.max_duration_s - 1e-9 {
                at_length = true;
                break;
            }
            // Readings missing before this sample, once the recording has begun.
            while let Some(gap) = gaps.next_if(|g| g.before <= i) {
                if !self.time_s.is_empty() {
                    self.missing.add(gap);
                }
            }
            if self.time_s.last().is_some_and(|&last| t <= last) {
                // Times that do not increase cannot be analysed; the link keeps them
                // increasing, so this is a gap in the stream: counted.
                self.lost_samples += 1;
                continue;
            }
            self.time_s.push(t);
            for (c, &source) in sources.iter().enumerate() {
                let v = block.values[i * block.channels + source];
                self.raw[c].push(v);
                self.envelopes[c].push(v);
            }
            taken += 1;
            self.after_sample(self.time_s.len() - 1);
        }
        if taken > 0
            && let Some((key, feed)) = &self.journal
        {
            let rows: Vec<f64> = (start..self.time_s.len())
                .flat_map(|i| (0..self.channels()).map(move |c| (i, c)))
                .map(|(i, c)| self.raw[c][i])
                .collect();
            feed.samples(*key, self.time_s[start..].to_vec(), rows);
        }
        if at_length {
            self.finish(RecordingEnd::Length);
        } else if !self.time_s.is_empty() {
            gaps.for_each(|g| self.missing.add(g));
        }
    }

    /// Readings the device sent that are missing from this recording, and how that is known
    /// (samples not delivered and times out of order included).
    pub fn missing(&self) -> MissingReadings {
        MissingReadings { undelivered: self.lost_samples, ..self.missing }
    }

    fn after_sample(&mut self, i: usize) {
        let t = self.time_s[i];
        let params = &self.config.params;
        if !self.baseline_done {
            let n = i + 1;
            for c in 0..self.channels() {
                let (mean, sd) = mean_and_sd(&self.raw[c][..n]);
                self.baseline_n[c] = mean;
                self.noise_n[c] = sd;
            }
            if t >= params.baseline_window_s {
                // The window is the samples before `baseline_window_s`.
                for c in 0..self.channels() {
                    let (mean, sd) = mean_and_sd(&self.raw[c][..i]);
                    self.baseline_n[c] = mean;
                    self.noise_n[c] = sd;
                    let r_on = params.rep_threshold.resolve(sd);
                    self.live[c] = Some(LiveReps::new(r_on, params));
                }
                self.baseline_done = true;
            } else {
                return;
            }
        }
        for c in 0..self.channels() {
            let raw = self.raw[c][i];
            if self.sign[c].is_none() {
                let r_on = params.rep_threshold.resolve(self.noise_n[c]);
                let deviation = raw - self.baseline_n[c];
                if deviation.abs() > r_on {
                    self.sign[c] = Some(deviation.signum());
                }
            }
            let g = self.net(c, raw);
            if g > self.peak_n[c] {
                self.peak_n[c] = g;
            }
            if let Some(live) = &mut self.live[c] {
                live.push(i, t, g);
            }
        }
    }

    /// Ends the recording for `why` (nothing changes if it has ended already).
    pub fn finish(&mut self, why: RecordingEnd) {
        if self.is_stopped() {
            return;
        }
        if !self.time_s.is_empty() {
            let last = self.time_s.len() - 1;
            let t = self.time_s[last];
            for live in self.live.iter_mut().flatten() {
                live.end(last, t);
            }
        }
        self.end = Some(why);
    }

    /// Ends the recording (as stopped, unless it had ended already); returns the samples as a
    /// trace (times from the first sample).
    pub fn stop(&mut self) -> Trace {
        self.finish(RecordingEnd::Stopped);
        self.trace()
    }

    /// The samples so far as a trace.
    pub fn trace(&self) -> Trace {
        Trace {
            time_s: self.time_s.clone(),
            channels: self
                .config
                .channel_names
                .iter()
                .zip(&self.raw)
                .map(|(name, v)| Channel { name: name.clone(), force_n: v.clone() })
                .collect(),
            meta: TraceMeta { polarity: Some(self.config.polarity), ..TraceMeta::default() },
        }
    }
}

/// A recording of `seconds` at 1 kHz on the two plates of the simulated force plate, the athlete
/// pushing every 8 s: the live view's measurements (benchmark and tests) draw it.
pub fn simulated_plate_recording(seconds: f64) -> Recorder {
    use crate::device::sim::{SimAthlete, SimLayout, Simulator};
    let mut rec = Recorder::new(RecorderConfig {
        channel_names: vec!["left".into(), "right".into()],
        source_channels: None,
        polarity: Polarity::Positive,
        params: AnalysisParams::default(),
        max_duration_s: MAX_RECORDING_S,
    });
    let athlete = SimAthlete { reps: None, effort_s: 4.0, rest_s: 4.0, ..SimAthlete::default() };
    let mut sim = Simulator::new(athlete, SimLayout::Plate { active: crate::model::Side::Both }, 7);
    let mut row = Vec::new();
    let n = (seconds * 1000.0) as u64;
    let mut seq = 0;
    while seq < n {
        let mut block = SampleBlock::new(2, seq);
        for i in seq..(seq + 1000).min(n) {
            let t = i as f64 / 1000.0;
            sim.sample(t, &mut row);
            block.time_s.push(t);
            block.values.push(row[..4].iter().sum());
            block.values.push(row[4..].iter().sum());
        }
        seq = block.end_seq();
        rec.push(&block);
    }
    rec
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{RepMetrics, analyze_trace};
    use crate::device::sim::{SimAthlete, SimLayout};
    use crate::io::sample_data::simulate_trace;
    use crate::model::Side;

    fn feed(trace: &Trace, polarity: Polarity, chunk: usize) -> Recorder {
        let mut rec = Recorder::new(RecorderConfig {
            channel_names: trace.channels.iter().map(|c| c.name.clone()).collect(),
            source_channels: None,
            polarity,
            params: AnalysisParams::default(),
            max_duration_s: MAX_RECORDING_S,
        });
        let mut seq = 0;
        for start in (0..trace.len()).step_by(chunk) {
            let end = (start + chunk).min(trace.len());
            let mut block = SampleBlock::new(trace.channels.len(), seq);
            for i in start..end {
                block.time_s.push(trace.time_s[i] + 100.0);
                for c in &trace.channels {
                    block.values.push(c.force_n[i]);
                }
            }
            seq = block.end_seq();
            rec.push(&block);
        }
        rec
    }

    #[test]
    fn live_reps_and_peaks_agree_with_the_analysis_and_inverted_signals_are_found() {
        let athlete = SimAthlete { offset_n: 40.0, ..SimAthlete::default() };
        let mut trace = simulate_trace(&athlete, SimLayout::Dual, 200.0, 9, "t");
        let mut rec = feed(&trace, Polarity::Auto, 7);
        let stopped = rec.stop();
        assert_eq!(stopped.time_s[0], 0.0, "times start at the first sample");
        let analysis = analyze_trace(&stopped, Some(Polarity::Auto), &AnalysisParams::default()).unwrap();
        for (c, a) in analysis.iter().enumerate() {
            // The live view measures on the trial baseline (the first 0.5 s); the saved analysis
            // on each rep's own: the peaks differ by the difference of the two baselines.
            let sign = if a.inverted { -1.0 } else { 1.0 };
            let on_trial_baseline = |r: &RepMetrics| r.peak_force_n + sign * (r.baseline_n - a.baseline_n);
            let live: Vec<(usize, f64)> = rec.live_reps(c).iter().map(|r| (r.start_index, r.peak_n)).collect();
            let batch: Vec<(usize, f64)> = a.reps.iter().map(|r| (r.start_index, on_trial_baseline(r))).collect();
            assert_eq!(live.len(), batch.len());
            for ((si, pi), (sj, pj)) in live.iter().zip(&batch) {
                assert_eq!(si, sj);
                assert!((pi - pj).abs() < 1e-9, "{pi} vs {pj}");
            }
            assert!((rec.peak_n()[c] - a.reps.iter().map(on_trial_baseline).fold(0.0, f64::max)).abs() < 1e-9);
        }
        // A device that reads pulls as negative: auto polarity turns it round while recording.
        for c in &mut trace.channels {
            c.force_n.iter_mut().for_each(|v| *v = -*v);
        }
        let rec = feed(&trace, Polarity::Auto, 50);
        assert_eq!(rec.live_reps(0).len(), 3);
        assert!(rec.peak_n()[0] > 250.0);
    }

    #[test]
    fn readings_missing_inside_the_recording_are_counted_and_those_outside_are_not() {
        use crate::device::codec::{Gap, GapBasis};
        let mut rec = Recorder::new(RecorderConfig {
            channel_names: vec!["force".into()],
            source_channels: None,
            polarity: Polarity::Positive,
            params: AnalysisParams::default(),
            max_duration_s: 1.0,
        });
        let gap = |before, readings, basis| Gap { before, readings, basis };
        let mut block = SampleBlock::new(1, 0);
        for i in 0..80 {
            block.time_s.push(10.0 + i as f64 * 0.01);
            block.values.push(1.0);
        }
        // Before the recording's first sample: the stream before it began.
        block.gaps.push(gap(0, 7, GapBasis::DamagedLines));
        block.gaps.push(gap(50, 3, GapBasis::DeviceClock { span_s: 0.03 }));
        block.gaps.push(gap(60, 2, GapBasis::DamagedLines));
        // After the block's last sample (the stream ended on damaged lines).
        block.gaps.push(gap(80, 1, GapBasis::DamagedLines));
        rec.push(&block);
        let mut later = SampleBlock::new(1, 80);
        for i in 80..150 {
            later.time_s.push(10.0 + i as f64 * 0.01);
            later.values.push(1.0);
        }
        later.gaps.push(gap(5, 4, GapBasis::DamagedLines));
        // Past the recording's length (1 s): not this recording's.
        later.gaps.push(gap(30, 5, GapBasis::DamagedLines));
        rec.push(&later);
        assert_eq!(rec.end(), Some(&RecordingEnd::Length));
        let missing = rec.missing();
        assert_eq!(missing, MissingReadings { by_clock: 3, clock_gap_s: 0.03, damaged: 7, undelivered: 0 });
        assert!(missing.describe().unwrap().starts_with("about 10 readings the device sent are missing"));
    }

    #[test]
    fn gaps_are_counted_and_the_buffer_is_bounded() {
        let athlete = SimAthlete::default();
        let trace = simulate_trace(&athlete, SimLayout::Single { side: Side::Left }, 100.0, 1, "t");
        let mut rec = Recorder::new(RecorderConfig {
            channel_names: vec!["force".into()],
            source_channels: None,
            polarity: Polarity::Positive,
            params: AnalysisParams::default(),
            max_duration_s: 5.0,
        });
        let block = |from: usize, to: usize, seq: u64| SampleBlock {
            channels: 1,
            first_seq: seq,
            time_s: trace.time_s[from..to].to_vec(),
            values: trace.channels[0].force_n[from..to].to_vec(),
            gaps: Vec::new(),
        };
        rec.push(&block(0, 100, 0));
        rec.push(&block(110, 200, 110));
        assert_eq!(rec.lost_samples, 10);
        rec.push(&block(200, 900, 200));
        assert_eq!(rec.end(), Some(&RecordingEnd::Length));
        assert!(rec.duration_s() <= 5.0);
        // Envelope min/max equals a direct scan of net force.
        let (lo, hi) = rec.net_min_max(0, 0, rec.len()).unwrap();
        let direct: Vec<f64> = rec.raw(0).iter().map(|&r| rec.net(0, r)).collect();
        assert_eq!(lo, direct.iter().copied().fold(f64::INFINITY, f64::min));
        assert_eq!(hi, direct.iter().copied().fold(f64::NEG_INFINITY, f64::max));
    }
}
