//! Sample line templates of the emulator: `{t_us};{v0:.2}`, `{v0:+.2}{unit}TO`, ...

/// A placeholder or literal text.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    TimeUs,
    TimeMs,
    TimeS {
        decimals: usize,
    },
    /// A value: its decimals, a sign always (`+`), zero-padded to `width` characters.
    Value {
        index: usize,
        decimals: usize,
        plus: bool,
        width: usize,
    },
    Unit,
}

/// A compiled template.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pieces: Vec<Piece>,
    decimal_comma: bool,
}

/// A value written into a line: the text, and the number a reader gets back from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    pub line: String,
    /// Each value as printed, read back (in the device's unit).
    pub values: Vec<f64>,
    /// The time as printed, read back in seconds (when the template has a time).
    pub time_s: Option<f64>,
}

impl Template {
    /// Compiles `text`; errors name the bad placeholder.
    pub fn parse(text: &str, decimal_comma: bool) -> Result<Template, String> {
        let mut pieces = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            if open > 0 {
                pieces.push(Piece::Text(rest[..open].to_string()));
            }
            let close = rest[open..].find('}').ok_or_else(|| format!("unclosed '{{' in '{text}'"))? + open;
            let inner = &rest[open + 1..close];
            let (name, spec) = inner.split_once(':').unwrap_or((inner, ""));
            // `[+][0W][.D]`: sign always, zero-padded to W characters, D decimals.
            let plus = spec.starts_with('+');
            let unsigned = spec.trim_start_matches('+');
            let (width, rest_spec) = match unsigned.strip_prefix('0') {
                Some(w) => {
                    let digits = w.find('.').unwrap_or(w.len());
                    (w[..digits].parse::<usize>().ok(), &w[digits..])
                }
                None => (None, unsigned),
            };
            let decimals = rest_spec.strip_prefix('.').and_then(|d| d.parse().ok());
            pieces.push(match name {
                "t_us" => Piece::TimeUs,
                "t_ms" => Piece::TimeMs,
                "t_s" => Piece::TimeS { decimals: decimals.unwrap_or(6) },
                "unit" => Piece::Unit,
                v if v.starts_with('v') && v[1..].parse::<usize>().is_ok() => Piece::Value {
                    index: v[1..].parse().unwrap_or(0),
                    decimals: decimals.unwrap_or(2),
                    plus,
                    width: width.unwrap_or(0),
                },
                other => return Err(format!("unknown placeholder '{{{other}}}' in '{text}'")),
            });
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest.to_string()));
        }
        Ok(Template { pieces, decimal_comma })
    }

    /// Highest value index used, plus one.
    pub fn value_count(&self) -> usize {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Value { index, .. } => Some(index + 1),
                _ => None,
            })
            .max()
            .unwrap_or(0)
    }

    /// Fills the template: `time_s` since the device clock started, values in the device unit.
    pub fn render(&self, time_s: f64, values: &[f64], unit: &str) -> Written {
        use std::fmt::Write;
        let mut line = String::new();
        let mut read_back = vec![0.0; values.len()];
        let mut time_back = None;
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => line.push_str(t),
                // Arduino's micros() and millis() are u32 counters that wrap.
                Piece::TimeUs => {
                    let us = (time_s * 1e6).round() as u64 % (1 << 32);
                    let _ = write!(line, "{us}");
                    time_back = Some(us as f64 / 1e6);
                }
                Piece::TimeMs => {
                    let ms = (time_s * 1e3).round() as u64 % (1 << 32);
                    let _ = write!(line, "{ms}");
                    time_back = Some(ms as f64 / 1e3);
                }
                Piece::TimeS { decimals } => {
                    let text = format!("{time_s:.decimals$}");
                    time_back = text.parse().ok();
                    line.push_str(&text);
                }
                Piece::Unit => line.push_str(unit),
                Piece::Value { index, decimals, plus, width } => {
                    let v = values.get(*index).copied().unwrap_or(0.0);
                    let text = if *plus { format!("{v:+0width$.decimals$}") } else { format!("{v:0width$.decimals$}") };
                    // "-0.00" reads back as 0: keep the sign off zero.
                    let text = if text.trim_start_matches(['-', '+']).chars().all(|c| c == '0' || c == '.') {
                        text.replace('-', if *plus { "+" } else { "" })
                    } else {
                        text
                    };
                    if let Some(slot) = read_back.get_mut(*index) {
                        *slot = text.parse().unwrap_or(0.0);
                    }
                    if self.decimal_comma {
                        line.push_str(&text.replace('.', ","));
                    } else {
                        line.push_str(&text);
                    }
                }
            }
        }
        Written { line, values: read_back, time_s: time_back }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_and_reads_back() {
        let t = Template::parse("{t_us};{v0:.2}", false).unwrap();
        let w = t.render(1.000_048, &[12.345], "N");
        assert_eq!(w.line, "1000048;12.35");
        assert_eq!(w.values, vec![12.35]);
        let imada = Template::parse("{v0:+.2}{unit}TO", false).unwrap();
        assert_eq!(imada.render(0.0, &[3.0], "N").line, "+3.00NTO");
        assert_eq!(imada.render(0.0, &[-0.001], "N").line, "+0.00NTO");
        let comma = Template::parse("{t_ms};{v0:.1};{v1}", true).unwrap();
        assert_eq!(comma.render(0.25, &[-1.25, 2.0], "").line, "250;-1,2;2,00");
        assert_eq!(comma.value_count(), 2);
        let padded = Template::parse("{v0:+07.2}{unit}TO", false).unwrap();
        assert_eq!(padded.render(0.0, &[1.2], "N").line, "+001.20NTO");
        assert_eq!(padded.render(0.0, &[-12.345], "K").line, "-012.35KTO");
        assert_eq!(padded.render(0.0, &[-12.345], "K").values, vec![-12.35]);
        let micros = Template::parse("{t_us}", false).unwrap();
        assert_eq!(micros.render(4294.967297, &[], "").line, "1", "micros() wraps at 2^32");
        assert!(Template::parse("{x}", false).is_err());
        assert!(Template::parse("{v0", false).is_err());
    }
}
