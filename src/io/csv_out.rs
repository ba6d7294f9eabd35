//! CSV for spreadsheets: RFC 4180 through the `csv` crate, UTF-8, the delimiter and decimal
//! separator of the user's locale, ISO 8601 dates, and text cells neutralised against formula
//! injection.

use std::io::Write;

use chrono::{NaiveDate, NaiveDateTime};

use super::tables::Value;

/// How numbers and fields are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    pub delimiter: u8,
    pub decimal_comma: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions { delimiter: b',', decimal_comma: false }
    }
}

impl CsvOptions {
    /// Options from a delimiter name (`,` `;` `tab`) and the decimal-comma switch. A decimal
    /// comma with no delimiter given uses `;`; with `,` it is refused.
    pub fn new(delimiter: Option<&str>, decimal_comma: bool) -> Result<CsvOptions, String> {
        let delimiter = match delimiter.map(str::trim) {
            None if decimal_comma => b';',
            None => b',',
            Some(",") => b',',
            Some(";") => b';',
            Some("tab") | Some("\\t") | Some("\t") => b'\t',
            Some("|") => b'|',
            Some(other) => return Err(format!("delimiter '{other}' is not one of , ; tab |")),
        };
        if decimal_comma && delimiter == b',' {
            return Err("a decimal comma needs another delimiter: use --delimiter ';'".into());
        }
        Ok(CsvOptions { delimiter, decimal_comma })
    }
}

/// Text that a spreadsheet would run as a formula gets a leading `'`. A cell that already
/// starts with `'` gets one too, so that reading back (dropping one `'`) is exact.
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\'') => format!("'{text}").into(),
        _ => text.into(),
    }
}

/// Reverses [`neutralise`].
pub fn restore(text: &str) -> &str {
    text.strip_prefix('\'').unwrap_or(text)
}

/// A CSV writer with the options applied to every cell.
pub struct CsvOut<W: Write> {
    writer: csv::Writer<W>,
    options: CsvOptions,
    row: Vec<String>,
}

impl<W: Write> CsvOut<W> {
    pub fn new(out: W, options: CsvOptions) -> Self {
        let writer = csv::WriterBuilder::new().delimiter(options.delimiter).from_writer(out);
        CsvOut { writer, options, row: Vec::new() }
    }

    /// A writer whose file starts with `lines` as a `#` block (a description of the columns
    /// and the methods behind the numbers); line breaks inside a line become spaces.
    pub fn with_preamble(mut out: W, options: CsvOptions, lines: &[String]) -> std::io::Result<Self> {
        for line in lines {
            let line: String = line.chars().map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c }).collect();
            writeln!(out, "# {line}")?;
        }
        Ok(CsvOut::new(out, options))
    }

    /// A text cell (neutralised).
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.row.push(neutralise(text).into_owned());
        self
    }

    pub fn opt_text(&mut self, text: Option<&str>) -> &mut Self {
        self.text(text.unwrap_or(""))
    }

    /// A number in its shortest exact form, empty when absent.
    pub fn num(&mut self, value: Option<f64>) -> &mut Self {
        let cell = match value {
            Some(v) if v.is_finite() => {
                let text = v.to_string();
                if self.options.decimal_comma { text.replace('.', ",") } else { text }
            }
            _ => String::new(),
        };
        self.row.push(cell);
        self
    }

    /// A number rounded to `decimals`.
    pub fn num_fixed(&mut self, value: Option<f64>, decimals: usize) -> &mut Self {
        let cell = match value {
            Some(v) if v.is_finite() => {
                let text = format!("{v:.decimals$}");
                if self.options.decimal_comma { text.replace('.', ",") } else { text }
            }
            _ => String::new(),
        };
        self.row.push(cell);
        self
    }

    /// A number rounded to `decimals` and written without trailing zeros (`209.2`, `210`):
    /// what a spreadsheet should hold, without the noise of binary fractions.
    pub fn num_to(&mut self, value: Option<f64>, decimals: usize) -> &mut Self {
        let cell = match value {
            Some(v) if v.is_finite() => {
                let mut text = format!("{v:.decimals$}");
                if text.contains('.') {
                    text.truncate(text.trim_end_matches('0').trim_end_matches('.').len());
                }
                if text == "-0" {
                    text = "0".into();
                }
                if self.options.decimal_comma { text.replace('.', ",") } else { text }
            }
            _ => String::new(),
        };
        self.row.push(cell);
        self
    }

    pub fn int(&mut self, value: Option<i64>) -> &mut Self {
        self.row.push(value.map_or(String::new(), |v| v.to_string()));
        self
    }

    pub fn flag(&mut self, value: Option<bool>) -> &mut Self {
        self.row.push(value.map_or(String::new(), |v| v.to_string()));
        self
    }

    pub fn date(&mut self, value: Option<NaiveDate>) -> &mut Self {
        self.row.push(value.map_or(String::new(), |d| d.format("%Y-%m-%d").to_string()));
        self
    }

    pub fn date_time(&mut self, value: Option<NaiveDateTime>) -> &mut Self {
        self.row.push(value.map_or(String::new(), |d| d.format("%Y-%m-%dT%H:%M:%S").to_string()));
        self
    }

    /// A typed cell (as the table definitions and reports give them).
    pub fn value(&mut self, value: &Value) -> &mut Self {
        match value {
            Value::Int(v) => self.int(*v),
            Value::Num(v) => self.num(*v),
            Value::Text(v) => self.text(v),
            Value::Flag(v) => self.flag(*v),
            Value::Date(v) => self.date(*v),
            Value::DateTime(v) => self.date_time(*v),
        }
    }

    /// Writes a header (plain names, never neutralised: they are ours).
    pub fn header(&mut self, names: &[&str]) -> std::io::Result<()> {
        self.writer.write_record(names).map_err(std::io::Error::other)
    }

    /// Ends the current row.
    pub fn end_row(&mut self) -> std::io::Result<()> {
        self.writer.write_record(&self.row).map_err(std::io::Error::other)?;
        self.row.clear();
        Ok(())
    }

    pub fn finish(mut self) -> std::io::Result<W> {
        self.writer.flush()?;
        self.writer.into_inner().map_err(|e| std::io::Error::other(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_numbers_are_not() {
        let mut out = CsvOut::new(Vec::new(), CsvOptions::default());
        out.text("=HYPERLINK(\"x\")")
            .text("+1")
            .text("-2")
            .text("@SUM(A1)")
            .text("\tx")
            .text("\rx")
            .text("'q")
            .text("plain");
        out.num(Some(-2.5)).int(Some(-3)).end_row().unwrap();
        let text = String::from_utf8(out.finish().unwrap()).unwrap();
        assert_eq!(text, "\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",''q,plain,-2.5,-3\n");
        for t in ["=1", "'x", "+", "ok"] {
            assert_eq!(restore(&neutralise(t)), t);
        }
    }

    #[test]
    fn locale_options() {
        let options = CsvOptions::new(None, true).unwrap();
        assert_eq!(options.delimiter, b';');
        let mut out = CsvOut::new(Vec::new(), options);
        out.num(Some(1234.5)).num_fixed(Some(2.0), 2).text("a;b").end_row().unwrap();
        assert_eq!(String::from_utf8(out.finish().unwrap()).unwrap(), "1234,5;2,00;\"a;b\"\n");
        assert!(CsvOptions::new(Some(","), true).is_err());
        assert_eq!(CsvOptions::new(Some("tab"), false).unwrap().delimiter, b'\t');
        assert!(CsvOptions::new(Some("x"), false).is_err());
    }

    #[test]
    fn rounded_numbers_carry_no_float_noise_and_a_preamble_comes_first() {
        let mut out = CsvOut::with_preamble(Vec::new(), CsvOptions::default(), &["a\nb".into()]).unwrap();
        out.num_to(Some(209.23250000000002), 1).num_to(Some(210.0), 1).num_to(Some(-0.04), 1).num_to(None, 1);
        out.num_to(Some(0.0001), 3).end_row().unwrap();
        assert_eq!(String::from_utf8(out.finish().unwrap()).unwrap(), "# a b\n209.2,210,0,,0\n");
    }
}
