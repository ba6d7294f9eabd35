//! Codec properties over random input (proptest): no panic on any bytes in any chunking; a
//! valid stream decodes the same however it is split; garbage lines never cost a valid sample.

use forcetrack::device::codec::{Codec, CodecEvent, CodecOutput};
use forcetrack::device::emulator::{Emulator, Source};
use forcetrack::device::profile::{Framing, Profile, ProfileSet};
use forcetrack::device::sim::SimAthlete;
use proptest::prelude::*;

fn profiles() -> Vec<Profile> {
    ProfileSet::load(None).profiles
}

/// What a device sends for `seconds` after being opened and started (or polled).
fn device_bytes(profile: &Profile, seconds: f64) -> Vec<u8> {
    let mut emulator = Emulator::new(profile, Source::Athlete(SimAthlete::default()), None, 5).unwrap();
    let mut out = Vec::new();
    emulator.on_open(0.0, &mut out);
    let codec = Codec::new(profile);
    if let Some(start) = &profile.commands.start {
        emulator.receive(&codec.command(&start.send), 0.0, &mut out);
    }
    let steps = 200;
    for k in 1..=steps {
        let now = seconds * k as f64 / steps as f64;
        if let Some(poll) = &profile.commands.poll {
            emulator.receive(&codec.command(poll), now, &mut out);
        }
        emulator.tick(now, &mut out);
    }
    out
}

fn decode_in_chunks(profile: &Profile, bytes: &[u8], cuts: &[usize]) -> CodecOutput {
    let mut codec = Codec::new(profile);
    let mut out = CodecOutput::default();
    let mut at = 0;
    let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
    cuts.sort_unstable();
    for (i, cut) in cuts.into_iter().chain([bytes.len()]).enumerate() {
        if cut >= at {
            codec.feed(&bytes[at..cut], i as f64 * 0.001, &mut out);
            at = cut;
        }
    }
    codec.finish(1e3, &mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_in_any_chunks_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..4096),
        cuts in prop::collection::vec(any::<usize>(), 0..40),
        which in 0usize..10,
    ) {
        let profile = &profiles()[which];
        let out = decode_in_chunks(profile, &bytes, &cuts);
        // Whatever came out is well formed.
        prop_assert_eq!(out.samples.values.len(), out.samples.len() * out.samples.channels);
        prop_assert!(out.samples.time_s.windows(2).all(|w| w[1] > w[0]));
        prop_assert!(out.samples.values.iter().all(|v| v.is_finite()));
    }

    #[test]
    fn a_valid_stream_decodes_the_same_however_it_is_split(
        cuts in prop::collection::vec(any::<usize>(), 1..60),
        which in 0usize..10,
    ) {
        let profile = &profiles()[which];
        let bytes = device_bytes(profile, 2.0);
        let whole = decode_in_chunks(profile, &bytes, &[]);
        let split = decode_in_chunks(profile, &bytes, &cuts);
        prop_assert!(!whole.samples.is_empty(), "{}", profile.id);
        prop_assert_eq!(&whole.samples.values, &split.samples.values, "{}", profile.id);
        if profile.has_device_time() {
            prop_assert_eq!(&whole.samples.time_s, &split.samples.time_s);
        }
        let rejected = |o: &CodecOutput| o.events.iter().filter(|e| matches!(e, CodecEvent::Rejected { .. })).count();
        prop_assert_eq!(rejected(&whole), 0, "{}: {:?}", profile.id, whole.events);
        prop_assert_eq!(rejected(&split), 0);
    }

    #[test]
    fn garbage_lines_never_cost_a_valid_sample(
        garbage in prop::collection::vec(("[a-zA-Z!?@%&*]{1,40}", any::<prop::sample::Index>()), 1..30),
        which in 0usize..10,
    ) {
        let profile = &profiles()[which];
        prop_assume!(profile.parse.framing == Framing::Line);
        let bytes = device_bytes(profile, 1.0);
        let clean = decode_in_chunks(profile, &bytes, &[]);
        // Insert "?!<letters>" lines at line boundaries.
        let text = String::from_utf8(bytes).unwrap();
        let mut lines: Vec<String> = text.split_inclusive('\n').map(String::from).collect();
        for (junk, at) in &garbage {
            let i = at.index(lines.len() + 1);
            lines.insert(i, format!("?!{junk}\r\n"));
        }
        let dirty = decode_in_chunks(profile, lines.concat().as_bytes(), &[]);
        prop_assert_eq!(&clean.samples.values, &dirty.samples.values, "{}", profile.id);
        let rejected = dirty.events.iter().filter(|e| matches!(e, CodecEvent::Rejected { .. })).count();
        prop_assert_eq!(rejected, garbage.len());
    }
}
