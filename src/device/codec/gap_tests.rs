//! Missing readings: line noise, clock gaps, misread times, devices without a clock.

use super::*;
use crate::device::profile::{Profile, ProfileSet};

fn profile(id: &str) -> Profile {
    ProfileSet::load(None).get(id).unwrap_or_else(|| panic!("no profile {id}")).clone()
}

/// Decodes `bytes` in chunks of `chunk` and ends the stream.
fn decode(p: &Profile, bytes: &[u8], chunk: usize) -> CodecOutput {
    let mut codec = Codec::new(p);
    let mut out = CodecOutput::default();
    for (i, part) in bytes.chunks(chunk).enumerate() {
        codec.feed(part, i as f64 * 0.01, &mut out);
    }
    codec.finish(1e3, &mut out);
    out
}

/// A small deterministic generator (the tests must not depend on a seed library's stream).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn line_noise_that_damages_readings_is_counted_by_the_device_clock() {
    // 5 s at 1 kHz; about a third of the lines damaged: noise inside a reading, noise that
    // splits a reading into pieces, or a noise line of its own between two readings (which
    // damages nothing).
    let p = profile("generic_1ch");
    let mut rng = Lcg(26);
    let mut bytes = Vec::new();
    let (mut damaged_readings, mut noise_lines) = (0u64, 0u64);
    for i in 0..5000u64 {
        let line = format!("{},{:.3}\r\n", i * 1000, (i % 97) as f64 * 0.5);
        // The first readings set the cadence the gaps are measured in.
        match if i < 10 { 9 } else { rng.next() % 9 } {
            0 => {
                // Random bytes inside the reading.
                let at = 1 + (rng.next() as usize) % (line.len() - 3);
                bytes.extend(&line.as_bytes()[..at]);
                bytes.extend(b"\x07#\xfe@");
                bytes.extend(&line.as_bytes()[at..]);
                damaged_readings += 1;
            }
            1 => {
                // A line end in the noise: the reading is cut in two damaged lines.
                let at = 1 + (rng.next() as usize) % (line.len() - 3);
                bytes.extend(&line.as_bytes()[..at]);
                bytes.extend(b"%\r\n&");
                bytes.extend(&line.as_bytes()[at..]);
                damaged_readings += 1;
            }
            2 => {
                bytes.extend(b"\x15!%noise\r\n");
                bytes.extend(line.as_bytes());
                noise_lines += 1;
            }
            _ => bytes.extend(line.as_bytes()),
        }
    }
    assert!(damaged_readings > 1000 && noise_lines > 400, "{damaged_readings} {noise_lines}");
    let out = decode(&p, &bytes, 333);
    assert_eq!(out.samples.len() as u64, 5000 - damaged_readings);
    let missing = out.samples.missing();
    assert_eq!(missing.total(), damaged_readings, "{missing:?}");
    assert_eq!(missing.by_clock, damaged_readings, "the device's clock shows each one");
    assert!((missing.clock_gap_s - damaged_readings as f64 * 0.001).abs() < 1e-6, "{missing:?}");
    let text = missing.describe().unwrap();
    assert!(text.starts_with(&format!("about {} readings the device sent are missing", thousands(damaged_readings))));
    assert!(text.contains("the device's clock shows gaps of"), "{text}");
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    if s.len() > 3 { format!("{},{}", &s[..s.len() - 3], &s[s.len() - 3..]) } else { s }
}

#[test]
fn a_gap_in_the_clock_counts_the_readings_due_in_it_where_it_was() {
    let p = profile("generic_1ch");
    let mut bytes = Vec::new();
    // 0..=99 ms, then the device's clock shows 100..=599 ms missing (a burst of 500 ms of
    // garbage, or bytes the computer never got), then 600..=699 ms.
    for ms in (0..100).chain(600..700) {
        bytes.extend(format!("{},1.0\n", ms * 1000).as_bytes());
        if ms == 99 {
            bytes.extend(std::iter::repeat_n(b'\x00', 20_000));
            bytes.extend(b"\n");
        }
    }
    let out = decode(&p, &bytes, 64);
    assert_eq!(out.samples.len(), 200);
    let [gap] = out.samples.gaps.as_slice() else { panic!("{:?}", out.samples.gaps) };
    assert_eq!(gap.readings, 500);
    let GapBasis::DeviceClock { span_s } = gap.basis else { panic!("{gap:?}") };
    assert!((span_s - 0.5).abs() < 1e-9, "{span_s}");
    // Told when the reading after the jump continued from it.
    assert_eq!(gap.before, 101);
}

#[test]
fn a_misread_time_stamp_is_not_a_gap_and_does_not_move_the_clock() {
    // A flipped digit moves one reading 300 ms ahead; the clock goes on from before it.
    let p = profile("generic_1ch");
    let mut bytes = Vec::new();
    for ms in 0..100u64 {
        let t = if ms == 50 { 350_000 } else { ms * 1000 };
        bytes.extend(format!("{t},1.0\n").as_bytes());
    }
    let out = decode(&p, &bytes, 1000);
    // That one reading is missing (its time is not known), not 300 ms of readings.
    assert_eq!(out.samples.missing().total(), 1, "{:?}", out.samples.gaps);
    assert_eq!(out.samples.len(), 99);
    assert!(rejected_time_jumps(&out) == 1, "{:?}", out.events);
    // The stream's times are the device's: nothing after the misread time is moved.
    let t = &out.samples.time_s;
    assert!((t[t.len() - 1] - 0.099).abs() < 1e-9, "{}", t[t.len() - 1]);
    assert!(t.windows(2).all(|w| w[1] - w[0] > 0.0 && w[1] - w[0] < 0.0021), "{t:?}");
}

fn rejected_time_jumps(out: &CodecOutput) -> usize {
    out.events.iter().filter(|e| matches!(e, CodecEvent::Rejected { reason: RejectReason::TimeJump, .. })).count()
}

#[test]
fn a_real_gap_is_held_back_one_reading_and_kept_at_its_time() {
    let p = profile("generic_1ch");
    let mut codec = Codec::new(&p);
    let mut out = CodecOutput::default();
    let lines: String = (0..20).chain(520..521).map(|ms| format!("{},1.0\n", ms * 1000)).collect();
    codec.feed(lines.as_bytes(), 1.0, &mut out);
    assert_eq!(out.samples.len(), 20, "the reading after the jump waits for the next");
    codec.feed(b"521000,1.0\n", 1.1, &mut out);
    assert_eq!(out.samples.len(), 22);
    assert_eq!(out.samples.time_s[20], 0.52);
    assert_eq!(out.samples.missing().by_clock, 500);
    // A reading held when the stream ends is kept.
    codec.feed(b"900000,1.0\n", 1.2, &mut out);
    codec.finish(1.3, &mut out);
    assert_eq!(out.samples.len(), 23);
}

#[test]
fn a_duplicated_line_or_noise_between_lines_loses_nothing() {
    let p = profile("generic_1ch");
    let mut bytes = Vec::new();
    for ms in 0..100u64 {
        bytes.extend(format!("{},1.0\r\n", ms * 1000).as_bytes());
        if ms == 40 {
            bytes.extend(format!("{},1.0\r\n", ms * 1000).as_bytes());
        }
        if ms % 10 == 3 {
            bytes.extend(b"\r\r\n\x00\x00\x00\n#note\n");
        }
    }
    let out = decode(&p, &bytes, 7);
    assert_eq!(out.samples.missing(), MissingReadings::default(), "{:?}", out.samples.gaps);
}

#[test]
fn a_device_without_a_clock_counts_damaged_lines_where_readings_were_due() {
    let p = profile("mark10");
    let mut bytes = b"@@boot noise\r\n".to_vec();
    for i in 0..300 {
        let line = format!("{:.2} lbF\r\n", -(i as f64) * 0.1);
        if i % 3 == 1 {
            bytes.extend(b"\xff");
        }
        bytes.extend(line.as_bytes());
    }
    // The gauge's last reply is cut off by the unplug.
    bytes.extend(b"-12.3");
    let out = decode(&p, &bytes, 50);
    assert_eq!(out.samples.len(), 200);
    let missing = out.samples.missing();
    assert_eq!(missing, MissingReadings { damaged: 101, ..MissingReadings::default() }, "not the boot noise");
    assert_eq!(
        missing.describe().unwrap(),
        "about 101 readings the device sent are missing: 101 damaged lines where readings were due"
    );
}

#[test]
fn lines_that_held_a_reading_count_whatever_the_clock_says() {
    // A unit the profile does not know: the reading is there, its value cannot be read.
    let p = profile("openscale");
    let out = decode(&p, b"Readings:\r\n1000,1.5,lbs,\r\n1200,1.5,stone,\r\n1400,1.5,lbs,\r\n", 100);
    assert_eq!(out.samples.len(), 2);
    assert_eq!(out.samples.missing().damaged, 1);
}

#[test]
fn blocks_keep_their_gaps_in_place_when_appended() {
    let mut a = SampleBlock::new(1, 0);
    a.time_s.extend([0.0, 1.0]);
    a.values.extend([0.0, 0.0]);
    a.gaps.push(Gap { before: 1, readings: 2, basis: GapBasis::DamagedLines });
    let mut b = SampleBlock::new(1, 2);
    b.time_s.push(2.0);
    b.values.push(0.0);
    b.gaps.push(Gap { before: 0, readings: 3, basis: GapBasis::DeviceClock { span_s: 0.003 } });
    a.append(&b);
    assert_eq!(a.gaps.iter().map(|g| (g.before, g.readings)).collect::<Vec<_>>(), vec![(1, 2), (2, 3)]);
    assert_eq!(a.missing().total(), 5);
}

#[test]
fn missing_readings_are_worded_with_their_basis() {
    assert_eq!(MissingReadings::default().describe(), None);
    let m = MissingReadings { by_clock: 1660, clock_gap_s: 1.66, damaged: 53, undelivered: 0 };
    assert_eq!(
        m.describe().unwrap(),
        "about 1,713 readings the device sent are missing: the device's clock shows gaps of 1.660 s in all \
         where 1,660 were due; 53 damaged lines where readings were due"
    );
    let m = MissingReadings { undelivered: 1, ..MissingReadings::default() };
    assert_eq!(m.describe().unwrap(), "1 reading the device sent is missing: 1 decoded but not delivered in time");
}
