//! The dual force plate at 2000 Hz × 8 load cells through a real pseudo-terminal:
//! `cargo bench --bench plate_link` (60 s; `FORCETRACK_BENCH_SECONDS` changes it).
//! Prints samples sent and received, losses, order, and the link thread's CPU share.
//! Targets: zero samples lost or reordered; the link thread under 10 % of one core.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use forcetrack::device::emulator::{Emulator, Source, serve_pty};
use forcetrack::device::link::{self, LinkCommand, LinkConfig, LinkEvent};
use forcetrack::device::profile::ProfileSet;
use forcetrack::device::sim::SimAthlete;

fn main() {
    let seconds: f64 = std::env::var("FORCETRACK_BENCH_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(60.0);
    let set = ProfileSet::load(None);
    let profile = set.get("dual_force_plate").unwrap().clone();
    let mut emulator = Emulator::new(&profile, Source::Athlete(SimAthlete::default()), Some(2000.0), 1).unwrap();
    emulator.log = Some(Vec::new());
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let (tx, rx) = mpsc::channel();
    let device = std::thread::spawn(move || {
        serve_pty(emulator, None, |p| tx.send(p.to_path_buf()).unwrap(), |_| flag.load(Ordering::SeqCst)).unwrap()
    });
    let path = rx.recv().unwrap();
    let handle = link::spawn(LinkConfig::new(path.to_string_lossy(), profile.clone()));
    handle.send(LinkCommand::Start);

    let started = Instant::now();
    let wall_cpu_start = process_cpu_s();
    let mut received = 0u64;
    let mut next_seq = 0u64;
    let mut reordered = 0u64;
    let mut last_t = f64::NEG_INFINITY;
    let mut values: Vec<f64> = Vec::new();
    while started.elapsed().as_secs_f64() < seconds {
        if let Ok(LinkEvent::Samples(block)) = handle.events.recv_timeout(Duration::from_millis(100)) {
            if block.first_seq != next_seq {
                reordered += 1;
            }
            next_seq = block.end_seq();
            for &t in &block.time_s {
                if t <= last_t {
                    reordered += 1;
                }
                last_t = t;
            }
            received += block.len() as u64;
            values.extend_from_slice(&block.values);
        }
    }
    // Stop the device first, then let the link drain what is in flight.
    stop.store(true, Ordering::SeqCst);
    let emulator = device.join().unwrap();
    let drain_end = Instant::now() + Duration::from_millis(500);
    while Instant::now() < drain_end {
        if let Ok(LinkEvent::Samples(block)) = handle.events.recv_timeout(Duration::from_millis(50)) {
            next_seq = block.end_seq();
            received += block.len() as u64;
            values.extend_from_slice(&block.values);
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let shared = handle.shared.clone();
    handle.shutdown();
    let sent = emulator.log.unwrap();
    let mismatched = sent
        .iter()
        .zip(values.chunks(2))
        .filter(|(s, got)| {
            let left: f64 = s.values_n[0..4].iter().sum();
            let right: f64 = s.values_n[4..8].iter().sum();
            got[0] != left || got[1] != right
        })
        .count();
    let link_cpu_s = shared.cpu_ns.load(Ordering::Relaxed) as f64 / 1e9;
    println!("dual force plate, 2000 Hz x 8 load cells, {seconds:.0} s through a pty");
    println!("  samples sent by the device:   {}", sent.len());
    println!("  samples received by the link: {received} (sequence ends at {next_seq})");
    println!("  lost (channel full):          {}", shared.lost_samples.load(Ordering::Relaxed));
    println!("  rejected lines:               {}", shared.rejected.load(Ordering::Relaxed));
    println!("  out of order:                 {reordered}");
    println!("  values differing from sent:   {mismatched}");
    println!("  bytes read:                   {}", shared.bytes.load(Ordering::Relaxed));
    println!(
        "  link thread CPU:              {link_cpu_s:.2} s over {elapsed:.1} s = {:.1} % of one core",
        100.0 * link_cpu_s / elapsed
    );
    println!(
        "  whole process CPU:            {:.2} s (emulator + link + this reader)",
        process_cpu_s() - wall_cpu_start
    );
    assert_eq!(received as usize, sent.len(), "every sample sent arrives");
    assert_eq!(reordered, 0);
    assert_eq!(mismatched, 0);
}

fn process_cpu_s() -> f64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::uninit();
    // SAFETY: getrusage fills the struct we own.
    unsafe {
        libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr());
        let u = usage.assume_init();
        u.ru_utime.tv_sec as f64
            + u.ru_utime.tv_usec as f64 / 1e6
            + u.ru_stime.tv_sec as f64
            + u.ru_stime.tv_usec as f64 / 1e6
    }
}
