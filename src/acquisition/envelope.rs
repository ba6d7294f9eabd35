//! Min/max downsampling, the one home of it: a pyramid of block minima and maxima over a
//! growing series (blocks of 16, 256, 4096, ... samples) that gives the min/max of any range in
//! O(log n), for the live plot of a recording (drawing costs the same at 5 s and 10 min, and no
//! peak is lost); the min/max per time column of a finished series (`column_ranges`, the live
//! view between recordings); and a series cut to a number of points that keeps each bucket's
//! min and max in time order (`min_max_points`, the trial viewer).

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

/// Min and max of `values` (`None` when empty).
pub fn range_of(values: &[f64]) -> Option<(f64, f64)> {
    (!values.is_empty())
        .then(|| values.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| (lo.min(v), hi.max(v))))
}

/// Min and max of `values` in each of `columns` equal time columns from `t_from` over
/// `span_s` (`time_s` increasing); `None` for a column with no sample.
pub fn column_ranges(
    time_s: &[f64],
    values: &[f64],
    t_from: f64,
    span_s: f64,
    columns: usize,
) -> Vec<Option<(f64, f64)>> {
    (0..columns)
        .map(|c| {
            let a = t_from + span_s * c as f64 / columns as f64;
            let b = t_from + span_s * (c + 1) as f64 / columns as f64;
            let from = time_s.partition_point(|&x| x < a).min(values.len());
            let to = time_s.partition_point(|&x| x < b).min(values.len());
            range_of(&values[from..to])
        })
        .collect()
}

/// At most about `limit` points of (`t`, `v`): each bucket's min and max, in time order, so
/// peaks survive.
pub fn min_max_points(t: &[f64], v: &[f64], limit: usize) -> Vec<[f64; 2]> {
    if t.len() <= limit {
        return t.iter().zip(v).map(|(&t, &v)| [t, v]).collect();
    }
    let bucket = t.len().div_ceil((limit / 2).max(1));
    let mut out = Vec::with_capacity(limit + 2);
    for start in (0..t.len()).step_by(bucket) {
        let end = (start + bucket).min(t.len());
        let (mut lo, mut hi) = (start, start);
        for i in start..end {
            if v[i] < v[lo] {
                lo = i;
            }
            if v[i] > v[hi] {
                hi = i;
            }
        }
        out.push([t[lo.min(hi)], v[lo.min(hi)]]);
        if lo != hi {
            out.push([t[lo.max(hi)], v[lo.max(hi)]]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::sim::Rng;

    #[test]
    fn columns_and_points_keep_every_peak() {
        let t: Vec<f64> = (0..1000).map(|i| i as f64 * 0.01).collect();
        let v: Vec<f64> = (0..1000)
            .map(|i| {
                if i == 437 {
                    90.0
                } else if i == 438 {
                    -20.0
                } else {
                    (i % 7) as f64
                }
            })
            .collect();
        let cols = column_ranges(&t, &v, 0.0, 10.0, 20);
        assert_eq!(cols.len(), 20);
        assert_eq!(cols[8], Some((-20.0, 90.0)), "4.0-4.5 s holds the spike");
        assert_eq!(cols[0], Some((0.0, 6.0)));
        assert_eq!(column_ranges(&t, &v, 20.0, 1.0, 2), vec![None, None], "no samples there");
        let points = min_max_points(&t, &v, 100);
        assert!(points.len() <= 102);
        assert!(points.iter().any(|p| p == &[4.37, 90.0]) && points.iter().any(|p| p == &[4.38, -20.0]));
        assert!(points.windows(2).all(|w| w[0][0] < w[1][0]), "in time order");
        assert_eq!(min_max_points(&t[..10], &v[..10], 100).len(), 10, "short series unchanged");
        assert_eq!(range_of(&[]), None);
    }

    #[test]
    fn every_range_matches_a_direct_scan() {
        let mut rng = Rng::new(4);
        let values: Vec<f64> = (0..5000).map(|_| (rng.gaussian() * 100.0).round()).collect();
        let mut env = Envelope::default();
        for (n, &v) in values.iter().enumerate() {
            env.push(v);
            assert_eq!(env.min_max(&values[..=n], 0, n + 1), range_of(&values[..=n]), "whole series of {}", n + 1);
            if n % 997 == 0 || n == values.len() - 1 {
                let seen = &values[..=n];
                for _ in 0..200 {
                    let a = (rng.uniform() * seen.len() as f64) as usize;
                    let b = a + (rng.uniform() * (seen.len() - a) as f64) as usize + 1;
                    assert_eq!(env.min_max(seen, a, b), range_of(&seen[a..b]), "range {a}..{b} of {}", seen.len());
                }
            }
        }
        assert_eq!(env.min_max(&values, 10, 10), None);
    }
}
