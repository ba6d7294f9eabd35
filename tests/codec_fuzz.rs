//! Codec properties over random input (proptest): no panic on any bytes in any chunking; a
//! valid stream decodes the same however it is split; garbage lines never cost a valid sample.

use forcetrack::device::codec::{Codec, CodecEvent, CodecOutput};
use forcetrack::device::emulator::{Emulator, Source};
use forcetrack::device::profile::{Exchange, Framing, Profile, ProfileSet};
use forcetrack::device::sim::SimAthlete;
use proptest::prelude::*;

fn profiles() -> Vec<Profile> {
    ProfileSet::load(None).profiles
}

/// What a device sends: the replies to its handshake (each with the exchange it answers), then
/// `seconds` of stream after it was started (or polled). Time is the emulator's own: a board's
/// boot and `readString` delay pass as they would.
struct DeviceBytes {
    handshake: Vec<(Exchange, Vec<u8>)>,
    stream: Vec<u8>,
}

fn device_bytes(profile: &Profile, seconds: f64) -> DeviceBytes {
    let mut emulator = Emulator::new(profile, Source::Athlete(SimAthlete::default()), None, 5).unwrap();
    let codec = Codec::new(profile);
    let settle_s = profile.emulator.read_string_s + 0.01;
    let mut now = profile.emulator.boot_s;
    let mut out = Vec::new();
    emulator.on_open(0.0, &mut out);
    let mut handshake = Vec::new();
    for step in &profile.commands.handshake {
        let mut reply = Vec::new();
        emulator.tick(now, &mut reply);
        emulator.receive(&codec.command(&step.send), now, &mut reply);
        now += settle_s;
        emulator.tick(now, &mut reply);
        handshake.push((step.clone(), reply));
    }
    if let Some(start) = &profile.commands.start {
        emulator.tick(now, &mut out);
        emulator.receive(&codec.command(&start.send), now, &mut out);
    }
    let steps = 200;
    let from = now;
    for k in 1..=steps {
        now = from + settle_s + seconds * k as f64 / steps as f64;
        if let Some(poll) = &profile.commands.poll {
            emulator.receive(&codec.command(poll), now, &mut out);
        }
        emulator.tick(now, &mut out);
    }
    DeviceBytes { handshake, stream: out }
}

/// Decodes a stream split at `cuts`, after the handshake replies (which may name the unit).
fn decode_in_chunks(profile: &Profile, device: &DeviceBytes, bytes: &[u8], cuts: &[usize]) -> CodecOutput {
    let mut codec = Codec::new(profile);
    let mut out = CodecOutput::default();
    for (step, reply) in &device.handshake {
        codec.expect(Some(step));
        codec.feed(reply, 0.0, &mut out);
    }
    out.events.clear();
    if profile.emulator.partial_first_line {
        codec.resync();
    }
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
        which in any::<prop::sample::Index>(),
    ) {
        let profiles = profiles();
        let profile = &profiles[which.index(profiles.len())];
        let none = DeviceBytes { handshake: Vec::new(), stream: Vec::new() };
        let out = decode_in_chunks(profile, &none, &bytes, &cuts);
        // Whatever came out is well formed.
        prop_assert_eq!(out.samples.values.len(), out.samples.len() * out.samples.channels);
        prop_assert!(out.samples.time_s.windows(2).all(|w| w[1] > w[0]));
        prop_assert!(out.samples.values.iter().all(|v| v.is_finite()));
    }

    #[test]
    fn a_valid_stream_decodes_the_same_however_it_is_split(
        cuts in prop::collection::vec(any::<usize>(), 1..60),
        which in any::<prop::sample::Index>(),
    ) {
        let profiles = profiles();
        let profile = &profiles[which.index(profiles.len())];
        let device = device_bytes(profile, 2.0);
        let whole = decode_in_chunks(profile, &device, &device.stream, &[]);
        let split = decode_in_chunks(profile, &device, &device.stream, &cuts);
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
        which in any::<prop::sample::Index>(),
    ) {
        let profiles = profiles();
        let profile = &profiles[which.index(profiles.len())];
        prop_assume!(profile.parse.framing == Framing::Line);
        let device = device_bytes(profile, 1.0);
        let clean = decode_in_chunks(profile, &device, &device.stream, &[]);
        // Insert "?!<letters>" lines at line boundaries (after a partial first line).
        let text = String::from_utf8(device.stream.clone()).unwrap();
        let mut lines: Vec<String> = text.split_inclusive('\n').map(String::from).collect();
        for (junk, at) in &garbage {
            let i = 1 + at.index(lines.len());
            lines.insert(i, format!("?!{junk}\r\n"));
        }
        let dirty = decode_in_chunks(profile, &device, lines.concat().as_bytes(), &[]);
        prop_assert_eq!(&clean.samples.values, &dirty.samples.values, "{}", profile.id);
        let rejected = dirty.events.iter().filter(|e| matches!(e, CodecEvent::Rejected { .. })).count();
        prop_assert_eq!(rejected, garbage.len());
    }
}
