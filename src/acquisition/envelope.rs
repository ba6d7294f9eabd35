//! Min/max of any range of a growing series in O(log n): a pyramid of block minima and maxima
//! (blocks of 16, 256, 4096, ... samples). The live plot asks it for one min/max per pixel
//! column, so drawing costs the same for a 5 s and a 10 min recording, and no peak is lost.

/// Samples per block at each level above the raw values.
const FANOUT: usize = 16;

/// The pyramid over one channel's values (the values themselves live in the recorder).
#[derive(Debug, Clone, Default)]
pub struct Envelope {
    /// `levels[k]` holds (min, max) of blocks of `FANOUT^(k+1)` samples; the last block of a
    /// level may be partial.
    levels: Vec<Vec<(f64, f64)>>,
    len: usize,
}

impl Envelope {
    /// Adds the next value.
    pub fn push(&mut self, value: f64) {
        let v = value;
        let i = self.len;
        self.len += 1;
        let mut size = FANOUT;
        let mut level = 0;
        while size / FANOUT <= i || level == 0 {
            if self.levels.len() <= level {
                // A new level's first block already holds every earlier sample: start it from
                // the level below (or from nothing for the first level).
                let first = if level == 0 {
                    Vec::new()
                } else {
                    let below = &self.levels[level - 1];
                    let merged = below
                        .iter()
                        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &(a, b)| (lo.min(a), hi.max(b)));
                    vec![merged]
                };
                self.levels.push(first);
            }
            let block = i / size;
            let blocks = &mut self.levels[level];
            if blocks.len() <= block {
                blocks.push((v, v));
            } else {
                let b = &mut blocks[block];
                b.0 = b.0.min(v);
                b.1 = b.1.max(v);
            }
            if size > i {
                break;
            }
            level += 1;
            size *= FANOUT;
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Min and max of `values[from..to]` (`values` is the series the pyramid was built over).
    pub fn min_max(&self, values: &[f64], from: usize, to: usize) -> Option<(f64, f64)> {
        let to = to.min(self.len).min(values.len());
        if from >= to {
            return None;
        }
        let mut lo = f64::INFINITY;
        let mut hi = f64::NEG_INFINITY;
        // Units of `size` samples: raw values (depth 0) or blocks of `levels[depth - 1]`. A block
        // fits when it ends by `to`, or when `to` is the end of the series (the last, partial
        // block holds only samples that exist).
        let fits = |at: usize, size: usize| at + size <= to || (to == self.len && at < self.len);
        let mut take = |depth: usize, at: usize, size: usize| {
            let (a, b) = if depth == 0 { (values[at], values[at]) } else { self.levels[depth - 1][at / size] };
            lo = lo.min(a);
            hi = hi.max(b);
        };
        let mut at = from;
        let mut size = 1;
        let mut depth = 0;
        // Up: small units until `at` is aligned to the next level, then the next level.
        while at < to {
            let next = size * FANOUT;
            while at < to && !at.is_multiple_of(next) && fits(at, size) {
                take(depth, at, size);
                at += size;
            }
            if at < to && at.is_multiple_of(next) && depth < self.levels.len() && fits(at, next) {
                size = next;
                depth += 1;
            } else {
                break;
            }
        }
        // Down: the largest units that fit, then smaller ones for the rest.
        while at < to {
            while at < to && fits(at, size) {
                take(depth, at, size);
                at += size;
            }
            if depth == 0 {
                break;
            }
            size /= FANOUT;
            depth -= 1;
        }
        Some((lo, hi))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::sim::Rng;

    #[test]
    fn every_range_matches_a_direct_scan() {
        let mut rng = Rng::new(4);
        let values: Vec<f64> = (0..5000).map(|_| (rng.gaussian() * 100.0).round()).collect();
        let mut env = Envelope::default();
        for (n, &v) in values.iter().enumerate() {
            env.push(v);
            let whole = values[..=n].iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), &v| (l.min(v), h.max(v)));
            assert_eq!(env.min_max(&values[..=n], 0, n + 1), Some(whole), "whole series of {}", n + 1);
            if n % 997 == 0 || n == values.len() - 1 {
                let seen = &values[..=n];
                for _ in 0..200 {
                    let a = (rng.uniform() * seen.len() as f64) as usize;
                    let b = a + (rng.uniform() * (seen.len() - a) as f64) as usize + 1;
                    let direct =
                        seen[a..b].iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), &v| (l.min(v), h.max(v)));
                    assert_eq!(env.min_max(seen, a, b), Some(direct), "range {a}..{b} of {}", seen.len());
                }
            }
        }
        assert_eq!(env.min_max(&values, 10, 10), None);
    }
}
