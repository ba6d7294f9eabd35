//! Codec throughput: `cargo bench --bench codec`. Target: text codecs at 100 MB/s or more on
//! one core.

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use forcetrack::device::codec::{Codec, CodecOutput};
use forcetrack::device::emulator::{Emulator, Source};
use forcetrack::device::profile::{Profile, ProfileSet};
use forcetrack::device::sim::SimAthlete;

fn main() {
    divan::main();
}

/// About 4 MB of what the device sends while streaming (or answering polls).
fn stream(profile: &Profile) -> Vec<u8> {
    let mut emulator = Emulator::new(profile, Source::Athlete(SimAthlete::default()), Some(2000.0), 1).unwrap();
    let codec = Codec::new(profile);
    let mut out = Vec::new();
    emulator.on_open(0.0, &mut out);
    if let Some(start) = &profile.commands.start {
        emulator.receive(&codec.command(&start.send), 0.0, &mut out);
    }
    let mut now = 0.0;
    while out.len() < 4 << 20 {
        now += 0.01;
        match &profile.commands.poll {
            Some(poll) => {
                for _ in 0..20 {
                    emulator.receive(&codec.command(poll), now, &mut out);
                }
            }
            None => emulator.tick(now, &mut out),
        }
    }
    out
}

#[divan::bench(args = ["dual_force_plate", "generic_1ch", "chronojump_force_sensor", "openscale", "mark10", "imada_dst", "chronojump_force_platform"])]
fn decode(bencher: Bencher, id: &str) {
    let set = ProfileSet::load(None);
    let profile = set.get(id).unwrap();
    let bytes = stream(profile);
    bencher.counter(BytesCount::of_slice(&bytes)).bench_local(|| {
        let mut codec = Codec::new(profile);
        let mut out = CodecOutput::default();
        // 4 KiB reads, like the link.
        for chunk in bytes.chunks(4096) {
            codec.feed(black_box(chunk), 1.0, &mut out);
            out.clear();
        }
    });
}
