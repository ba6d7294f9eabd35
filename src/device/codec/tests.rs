use super::*;
use crate::device::profile::{Profile, ProfileSet};

fn profile(id: &str) -> Profile {
    ProfileSet::load(None).get(id).unwrap_or_else(|| panic!("no profile {id}")).clone()
}

fn decode(codec: &mut Codec, bytes: &[u8]) -> CodecOutput {
    let mut out = CodecOutput::default();
    codec.feed(bytes, 1.0, &mut out);
    out
}

fn rejected(out: &CodecOutput) -> Vec<RejectReason> {
    out.events
        .iter()
        .filter_map(|e| match e {
            CodecEvent::Rejected { reason, .. } => Some(*reason),
            _ => None,
        })
        .collect()
}

fn shipped(name: &str) -> &'static str {
    crate::device::profile::SHIPPED.iter().find(|(n, _)| *n == name).unwrap().1
}

#[test]
fn every_shipped_profile_loads() {
    let set = ProfileSet::load(None);
    assert!(set.errors.is_empty(), "{:?}", set.errors);
    assert_eq!(set.profiles.len(), crate::device::profile::SHIPPED.len());
}

#[test]
fn chronojump_lines_split_anywhere_give_the_same_samples() {
    let p = profile("chronojump_force_sensor");
    let stream = b"Starting capture...\r\n0;51.17\r\n11432;51.14\r\n22864;-2.5\r\n";
    let whole = decode(&mut Codec::new(&p), stream);
    assert_eq!(whole.samples.time_s, vec![0.0, 0.011432, 0.022864]);
    assert_eq!(whole.samples.values, vec![51.17, 51.14, -2.5]);
    assert_eq!(whole.events, vec![CodecEvent::Reply { text: "Starting capture...".into(), expected: false }]);
    for split in 1..stream.len() {
        let mut codec = Codec::new(&p);
        let mut out = CodecOutput::default();
        codec.feed(&stream[..split], 1.0, &mut out);
        codec.feed(&stream[split..], 1.0, &mut out);
        assert_eq!(out.samples, whole.samples, "split at {split}");
    }
}

#[test]
fn mark10_units_errors_and_garbage() {
    let p = profile("mark10");
    let mut codec = Codec::new(&p);
    let out = decode(&mut codec, b"-18.78 lbF\r\n4.285 N\r\n123 mN\r\n12.5\r\n*10\r\n3.0 stone\r\n##@@\r\n");
    assert_eq!(out.samples.values, vec![-18.78 * 4.4482216152605, 4.285, 0.123]);
    assert!(out.events.contains(&CodecEvent::DeviceError {
        code: "10".into(),
        meaning: Some("Illegal command".into()),
        text: "*10".into()
    }));
    // A value without a unit is never read in a guessed unit.
    assert_eq!(rejected(&out), vec![RejectReason::NoUnit, RejectReason::UnknownUnit, RejectReason::Garbage]);
    // Host time: three samples in one chunk get increasing stamps up to the chunk's time.
    let t = &out.samples.time_s;
    assert!(t[0] < t[1] && t[1] < t[2] && t[2] <= 1.0, "{t:?}");

    // "Numeric Only": the unit comes from LIST at connect (in capitals there).
    codec.expect(Some(&p.commands.handshake[0]));
    let out = decode(&mut codec, b"V1.00;LBF;CUR;FLTC8;FLTP1;AOUT00;AOFF5;FULL;MIT;POL;B0\r\n-12.5\r\n");
    assert_eq!(out.samples.values, vec![-12.5 * 4.4482216152605]);
    assert!(out.events.contains(&CodecEvent::UnitChanged { unit: "LBF".into() }));
}

#[test]
fn loadstar_units_are_read_in_any_case_and_an_unknown_one_is_refused() {
    let p = profile("loadstar_di1000u");
    for (unit, factor) in
        [("LB", 4.4482216152605), ("Kg", 9.80665), ("N", 1.0), ("kg", 9.80665), ("lbf", 4.4482216152605)]
    {
        let mut codec = Codec::new(&p);
        codec.expect(Some(&p.commands.handshake[2]));
        let out = decode(&mut codec, format!("{unit}\r\n     10.0000\r\n").as_bytes());
        assert_eq!(out.samples.values, vec![10.0 * factor], "{unit}");
    }
    let mut codec = Codec::new(&p);
    let out = decode(&mut codec, b"     10.0000\r\n");
    assert!(out.samples.is_empty(), "no unit named yet: nothing is read");
    assert_eq!(rejected(&out), vec![RejectReason::NoUnit]);
    codec.expect(Some(&p.commands.handshake[2]));
    let out = decode(&mut codec, b"stone\r\n");
    assert!(out.events.iter().any(|e| matches!(e, CodecEvent::UnitRefused { unit, .. } if unit == "stone")));
}

#[test]
fn overlong_lines_and_non_text_are_rejected_and_the_stream_recovers() {
    let p = profile("generic_1ch");
    let mut codec = Codec::new(&p);
    let mut bytes = b"0,1.5\n".to_vec();
    bytes.extend(std::iter::repeat_n(b'7', 1000));
    bytes.extend(b"\n1000,2.5\n\xff\xfe\n2000,3.5\n");
    let out = decode(&mut codec, &bytes);
    assert_eq!(out.samples.values, vec![1.5, 2.5, 3.5]);
    assert_eq!(rejected(&out), vec![RejectReason::Overlong, RejectReason::NotText]);
}

#[test]
fn openscale_reads_its_unit_column_and_banner() {
    let p = profile("openscale");
    let out = decode(&mut Codec::new(&p), b"Readings:\r\n1234,1.50,lbs,\r\n1334,0.50,kg,23.4,\r\n1434,1.0,oz,\r\n");
    assert_eq!(out.samples.values, vec![1.5 * 4.4482216152605, 0.5 * 9.80665]);
    assert_eq!(out.samples.time_s, vec![1.234, 1.334]);
    assert_eq!(rejected(&out), vec![RejectReason::UnknownUnit]);
}

#[test]
fn a_handshake_reply_can_set_the_unit() {
    let p = profile("loadstar_di1000u");
    let mut codec = Codec::new(&p);
    codec.expect(p.commands.handshake.get(2));
    let out = decode(&mut codec, b"kg\r\n   1.2500\r\n");
    assert!(out.events.contains(&CodecEvent::UnitChanged { unit: "kg".into() }));
    assert_eq!(out.samples.values, vec![1.25 * 9.80665]);
    assert!(!codec.is_waiting());
}

#[test]
fn imada_replies_carry_unit_mode_and_judgement() {
    let p = profile("imada_dst");
    let out = decode(&mut Codec::new(&p), b"+12.34NTO\r-1.50KP\r+2.00OTH\r12.34N\r");
    assert_eq!(out.samples.values, vec![12.34, -1.5 * 9.80665, 2.0 * 4.4482216152605]);
    assert_eq!(rejected(&out), vec![RejectReason::Garbage]);
}

#[test]
fn plates_sum_their_cells_per_side() {
    let p = profile("dual_force_plate");
    let out = decode(&mut Codec::new(&p), b"500;1;2;3;4;10;20;30;40\n");
    assert_eq!(out.samples.channels, 2);
    assert_eq!(out.samples.values, vec![10.0, 100.0]);
    assert_eq!(out.samples.time_s, vec![0.0005]);
}

#[test]
fn device_time_wraps_and_repeats_are_handled() {
    let p = profile("generic_1ch");
    let mut codec = Codec::new(&p);
    let out = decode(&mut codec, b"4294967000,1\n200,2\n200,3\n");
    let t = &out.samples.time_s;
    assert!((t[1] - t[0] - 496e-6).abs() < 1e-9, "{t:?}");
    assert!(t[2] > t[1]);
    assert_eq!(out.events.len(), 1, "the repeat is reported: {:?}", out.events);
    // A restarted capture continues after the last time.
    codec.restart_device_clock();
    let out = decode(&mut codec, b"0,4\n1000,5\n");
    assert!(out.samples.time_s[0] > t[2]);
    assert!((out.samples.time_s[1] - out.samples.time_s[0] - 0.001).abs() < 1e-9);
}

fn frame(time_us: u32, counts: [i16; 4]) -> Vec<u8> {
    let mut f = vec![0xff; 4];
    f.extend(time_us.to_le_bytes());
    for c in counts {
        f.extend(c.to_le_bytes());
    }
    f
}

#[test]
fn binary_frames_with_text_between_and_a_look_alike_sync() {
    let p = profile("chronojump_force_platform");
    let mut bytes = b"Force_Platform-0.1\r\n".to_vec();
    bytes.extend(frame(0, [10, 20, 30, 40]));
    // Two -1 counts make 0xFF 0xFF 0xFF 0xFF inside this frame.
    bytes.extend(frame(2000, [-1, -1, 5, 5]));
    bytes.extend([0x00, 0x13]); // two stray bytes
    bytes.extend(frame(4000, [1, 1, 1, 1]));
    bytes.extend(b"Capture ended\r\n");
    let mut codec = Codec::new(&p);
    let mut out = CodecOutput::default();
    for chunk in bytes.chunks(3) {
        codec.feed(chunk, 1.0, &mut out);
    }
    codec.finish(2.0, &mut out);
    let sums: Vec<f64> = out.samples.values.iter().map(|v| (v * 10.0).round() / 10.0).collect();
    assert_eq!(sums, vec![10.0, 0.8, 0.4]);
    assert_eq!(out.samples.time_s, vec![0.0, 0.002, 0.004]);
    let replies: Vec<&CodecEvent> = out.events.iter().filter(|e| matches!(e, CodecEvent::Reply { .. })).collect();
    assert_eq!(replies.len(), 2, "{:?}", out.events);
    assert!(!rejected(&out).is_empty(), "the stray bytes are counted");
}

#[test]
fn leftovers_at_the_end_are_reported() {
    let p = profile("generic_1ch");
    let mut codec = Codec::new(&p);
    let mut out = CodecOutput::default();
    codec.feed(b"0,1\n1000,2", 1.0, &mut out);
    codec.finish(1.0, &mut out);
    assert_eq!(out.samples.values, vec![1.0]);
    assert_eq!(rejected(&out), vec![RejectReason::Incomplete]);
}

#[test]
fn commands_get_the_line_ending() {
    assert_eq!(Codec::new(&profile("mark10")).command("?C"), b"?C\r");
    assert_eq!(Codec::new(&profile("nextech_dfs")).command("v"), b"v");
    assert_eq!(Codec::new(&profile("chronojump_force_sensor")).command("tare:"), b"tare:\n");
}

#[test]
fn broken_profiles_name_file_line_and_field() {
    let good = shipped("generic_1ch.toml");
    let missing = good.replace("baud = 115200\n", "");
    let e = Profile::parse(&missing, "my.toml").unwrap_err();
    assert_eq!((e.file.as_str(), e.field.as_str()), ("my.toml", "baud"), "{e}");
    assert!(e.line.is_some(), "{e}");

    let typo = good.replace("baud = 115200", "baud = \"fast\"");
    let e = Profile::parse(&typo, "my.toml").unwrap_err();
    let line = typo.lines().position(|l| l.contains("\"fast\"")).unwrap() + 1;
    assert_eq!((e.line, e.field.as_str()), (Some(line), "baud"), "{e}");

    let bad_sum = good.replace("sum = [0]", "sum = [3]");
    let e = Profile::parse(&bad_sum, "my.toml").unwrap_err();
    let line = bad_sum.lines().position(|l| l.contains("sum = [3]")).unwrap() + 1;
    assert_eq!((e.line, e.field.as_str()), (Some(line), "channel.sum"), "{e}");
    assert_eq!(
        e.to_string(),
        format!("my.toml: line {line}: channel.sum: channel 'force' uses value 3, but a sample has 1")
    );

    let bad_regex = shipped("mark10.toml").replace("\npattern = '^", "\npattern = '(^");
    let e = Profile::parse(&bad_regex, "m.toml").unwrap_err();
    assert_eq!(e.field, "parse.pattern", "{e}");

    let unknown = good.replace("family = \"generic\"", "family = \"generic\"\ncolour = \"red\"");
    let e = Profile::parse(&unknown, "my.toml").unwrap_err();
    assert!(e.to_string().contains("colour"), "{e}");
}

#[test]
fn a_user_folder_adds_profiles_and_a_broken_one_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let good = shipped("generic_1ch.toml").replace("id = \"generic_1ch\"", "id = \"my_board\"");
    std::fs::write(dir.path().join("my_board.toml"), good).unwrap();
    std::fs::write(dir.path().join("broken.toml"), "id = \"x\"\nname = 3\n").unwrap();
    let set = ProfileSet::load(Some(dir.path()));
    assert_eq!(set.profiles.len(), crate::device::profile::SHIPPED.len() + 1);
    assert!(set.get("my_board").is_some());
    assert_eq!(set.errors.len(), 1);
    assert!(set.errors[0].file.ends_with("broken.toml"));
    assert_eq!(set.errors[0].line, Some(2));
}
