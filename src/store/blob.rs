//! Compact, exact encoding of samples for the database (trial blobs and journal chunks).
//!
//! Layout: magic `FTS1`, channel count (u8), sample count (u32 LE), then the time column and
//! each channel, each with a one-byte encoding tag:
//! - time `0`: uniform, `t0` and `dt` as f64 (used only when `t0 + i * dt` gives every time back
//!   exactly); `3`: uniform as `t0 + i / rate` (the same condition); `1`: whole microseconds,
//!   zigzag varint delta-of-deltas (steady clocks cost a byte); `2`: raw f64.
//! - values `k` in 0..=6: numbers with `k` decimals, zigzag varint deltas of `v * 10^k`
//!   (used only when every value reads back exactly); `255`: raw f64.
//!
//! Decoding gives back the very same f64 values that were encoded.

use crate::model::{Channel, Trace};

const MAGIC: &[u8; 4] = b"FTS1";

/// A blob that cannot be decoded.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("stored samples are damaged: {0}")]
pub struct BlobError(pub &'static str);

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], BlobError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or(BlobError("truncated"))?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn u8(&mut self) -> Result<u8, BlobError> {
        Ok(self.take(1)?[0])
    }

    fn f64(&mut self) -> Result<f64, BlobError> {
        let b = self.take(8)?;
        Ok(f64::from_le_bytes(b.try_into().map_err(|_| BlobError("truncated"))?))
    }

    #[inline]
    fn varint(&mut self) -> Result<u64, BlobError> {
        // Most deltas of a steady signal fit one byte.
        if let Some(&b) = self.bytes.get(self.at)
            && b < 0x80
        {
            self.at += 1;
            return Ok(b as u64);
        }
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(BlobError("bad number"))
    }
}

impl Reader<'_> {
    /// `n` zigzag varint deltas, summed: the running totals as f64 (exact below 2^53), in one
    /// tight loop over the bytes (the samples' hot path).
    fn running_sums(&mut self, n: usize, out: &mut Vec<f64>) -> Result<(), BlobError> {
        let bytes = self.bytes;
        let mut at = self.at;
        let mut acc = 0i64;
        out.reserve(n);
        for _ in 0..n {
            let mut v = 0u64;
            let mut shift = 0;
            loop {
                let Some(&b) = bytes.get(at) else { return Err(BlobError("truncated")) };
                at += 1;
                v |= ((b & 0x7f) as u64) << shift;
                if b & 0x80 == 0 {
                    break;
                }
                shift += 7;
                if shift >= 64 {
                    return Err(BlobError("bad number"));
                }
            }
            acc = acc.wrapping_add(unzigzag(v));
            out.push(acc as f64);
        }
        self.at = at;
        Ok(())
    }
}

/// The smallest number of decimals (0..=6) at which every value is exact, if any.
fn decimal_scale(values: &[f64]) -> Option<u8> {
    (0..=6u8).find(|&k| {
        let scale = 10f64.powi(k as i32);
        values.iter().all(|&v| {
            let n = (v * scale).round();
            n.abs() < 9.0e15 && n / scale == v
        })
    })
}

fn encode_time(time_s: &[f64], out: &mut Vec<u8>) {
    let n = time_s.len();
    if n >= 2 {
        let t0 = time_s[0];
        let dt = (time_s[n - 1] - t0) / (n - 1) as f64;
        if dt > 0.0 && time_s.iter().enumerate().all(|(i, &t)| t0 + i as f64 * dt == t) {
            out.push(0);
            out.extend(t0.to_le_bytes());
            out.extend(dt.to_le_bytes());
            return;
        }
        let rate = ((n - 1) as f64 / (time_s[n - 1] - t0)).round();
        if rate > 0.0 && time_s.iter().enumerate().all(|(i, &t)| t0 + i as f64 / rate == t) {
            out.push(3);
            out.extend(t0.to_le_bytes());
            out.extend(rate.to_le_bytes());
            return;
        }
    }
    if decimal_scale(time_s).is_some_and(|k| k <= 6) && time_s.iter().all(|&t| ((t * 1e6).round() / 1e6) == t) {
        out.push(1);
        let (mut previous, mut step) = (0i64, 0i64);
        for &t in time_s {
            let us = (t * 1e6).round() as i64;
            put_varint(out, zigzag(us - previous - step));
            step = us - previous;
            previous = us;
        }
        return;
    }
    out.push(2);
    for &t in time_s {
        out.extend(t.to_le_bytes());
    }
}

fn encode_values(values: &[f64], out: &mut Vec<u8>) {
    match decimal_scale(values) {
        Some(k) => {
            out.push(k);
            let scale = 10f64.powi(k as i32);
            let mut previous = 0i64;
            for &v in values {
                let n = (v * scale).round() as i64;
                put_varint(out, zigzag(n - previous));
                previous = n;
            }
        }
        None => {
            out.push(255);
            for &v in values {
                out.extend(v.to_le_bytes());
            }
        }
    }
}

/// Encodes time stamps and channels (each as long as `time_s`).
pub fn encode(time_s: &[f64], channels: &[&[f64]]) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + time_s.len() * (1 + 2 * channels.len()));
    out.extend(MAGIC);
    out.push(channels.len() as u8);
    out.extend((time_s.len() as u32).to_le_bytes());
    encode_time(time_s, &mut out);
    for c in channels {
        encode_values(c, &mut out);
    }
    out
}

/// Encodes a trace's samples (names and metadata are stored beside the blob).
pub fn encode_trace(trace: &Trace) -> Vec<u8> {
    let channels: Vec<&[f64]> = trace.channels.iter().map(|c| c.force_n.as_slice()).collect();
    encode(&trace.time_s, &channels)
}

/// Decodes into time stamps and channels.
pub fn decode(bytes: &[u8]) -> Result<(Vec<f64>, Vec<Vec<f64>>), BlobError> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(4)? != MAGIC {
        return Err(BlobError("unknown format"));
    }
    let channels = r.u8()? as usize;
    let n = u32::from_le_bytes(r.take(4)?.try_into().map_err(|_| BlobError("truncated"))?) as usize;
    if n > bytes.len() * 8 + 16 {
        return Err(BlobError("sample count does not fit the data"));
    }
    let mut time_s = Vec::with_capacity(n);
    match r.u8()? {
        0 => {
            let (t0, dt) = (r.f64()?, r.f64()?);
            time_s.extend((0..n).map(|i| t0 + i as f64 * dt));
        }
        1 => {
            let (mut us, mut step) = (0i64, 0i64);
            for _ in 0..n {
                step += unzigzag(r.varint()?);
                us += step;
                time_s.push(us as f64);
            }
            // Divided in a pass of its own, which the compiler can vectorise.
            for t in &mut time_s {
                *t /= 1e6;
            }
        }
        3 => {
            let (t0, rate) = (r.f64()?, r.f64()?);
            time_s.extend((0..n).map(|i| t0 + i as f64 / rate));
        }
        2 => {
            for _ in 0..n {
                time_s.push(r.f64()?);
            }
        }
        _ => return Err(BlobError("unknown time encoding")),
    }
    let mut out = Vec::with_capacity(channels);
    for _ in 0..channels {
        let mut values = Vec::with_capacity(n);
        match r.u8()? {
            255 => {
                for _ in 0..n {
                    values.push(r.f64()?);
                }
            }
            k @ 0..=6 => {
                let scale = 10f64.powi(k as i32);
                r.running_sums(n, &mut values)?;
                // As for times: the exact quotient, in a pass of its own.
                for v in &mut values {
                    *v /= scale;
                }
            }
            _ => return Err(BlobError("unknown value encoding")),
        }
        out.push(values);
    }
    if r.at != bytes.len() {
        return Err(BlobError("trailing bytes"));
    }
    Ok((time_s, out))
}

/// Decodes into a trace with the given channel names.
pub fn decode_trace(bytes: &[u8], names: &[String]) -> Result<Trace, BlobError> {
    let (time_s, channels) = decode(bytes)?;
    if channels.len() != names.len() {
        return Err(BlobError("channel count differs from the channel names"));
    }
    Ok(Trace {
        time_s,
        channels: names.iter().cloned().zip(channels).map(|(name, force_n)| Channel { name, force_n }).collect(),
        meta: Default::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(time_s: &[f64], channels: &[Vec<f64>]) -> usize {
        let refs: Vec<&[f64]> = channels.iter().map(Vec::as_slice).collect();
        let bytes = encode(time_s, &refs);
        let (t, c) = decode(&bytes).unwrap();
        assert_eq!(
            t.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
            time_s.iter().map(|v| v.to_bits()).collect::<Vec<_>>()
        );
        assert_eq!(&c, channels);
        bytes.len()
    }

    #[test]
    fn every_encoding_is_exact() {
        let uniform: Vec<f64> = (0..3000).map(|i| i as f64 / 1000.0).collect();
        // A 1 kHz force signal at 0.01 N resolution with noise: about two bytes a sample.
        let mut rng = crate::device::sim::Rng::new(1);
        let hundredths: Vec<f64> = uniform
            .iter()
            .map(|t| ((300.0 * (t * 2.0).sin() + 0.6 * rng.gaussian()) * 100.0).round() / 100.0)
            .collect();
        let size = round_trip(&uniform, std::slice::from_ref(&hundredths));
        assert!(size < 3000 * 2 + 64, "{size} bytes for 3000 samples");
        // Microsecond device clocks with jitter.
        let jitter: Vec<f64> = (0..500).map(|i| (i * 11432 + (i % 7) * 3) as f64 / 1e6).collect();
        round_trip(&jitter, &[jitter.iter().map(|t| t * 3.0).collect()]);
        // Arbitrary floats (unit conversions) stay raw and exact.
        let odd: Vec<f64> = (0..100).map(|i| 1.0 / 3.0 + i as f64 * 0.123_456_789_123).collect();
        let lbf: Vec<f64> = (0..100).map(|i| i as f64 * 0.01 * 4.4482216152605).collect();
        round_trip(&odd, &[lbf, vec![f64::MAX; 100]]);
        round_trip(&[], &[vec![]]);
        round_trip(&[5.0], &[vec![-0.5]]);
    }

    #[test]
    fn damaged_blobs_are_errors() {
        let bytes = encode(&[0.0, 1.0], &[&[1.0, 2.0]]);
        assert!(decode(&bytes[..bytes.len() - 1]).is_err());
        assert!(decode(b"XXXX").is_err());
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(decode(&extra).is_err());
        assert!(decode_trace(&bytes, &["a".into(), "b".into()]).is_err());
        // Every truncation of a delta-coded blob, and a number longer than 64 bits, is an
        // error (never a panic).
        let hundredths: Vec<f64> = (0..300).map(|i| (i * i % 977) as f64 / 100.0 - 3.0).collect();
        let micro: Vec<f64> = (0..300).map(|i| (i * 1013 + i % 3) as f64 / 1e6).collect();
        let bytes = encode(&micro, &[&hundredths]);
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let header = encode(&[0.0], &[&[0.0]]);
        let mut long = header[..header.len() - 1].to_vec();
        long.extend([0xff; 11]);
        long.push(0);
        assert!(decode(&long).is_err());
    }
}
