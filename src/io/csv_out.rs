//! CSV for spreadsheets: RFC 4180 through the `csv` crate, UTF-8 (with a byte-order mark first
//! when asked, for Excel), the delimiter and decimal separator of the user's locale, ISO 8601
//! dates, and text cells neutralised against formula injection.

use std::io::Write;

use chrono::{NaiveDate, NaiveDateTime};

use super::tables::Value;

/// How numbers and fields are separated, and whether the file starts with a byte-order mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    pub delimiter: u8,
    pub decimal_comma: bool,
    /// The file starts with U+FEFF (EF BB BF): Excel then reads it as UTF-8, names in any
    /// script included (without it, Excel guesses the computer's legacy code page).
    pub bom: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions { delimiter: b',', decimal_comma: false, bom: false }
    }
}

/// The byte-order mark U+FEFF in UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

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
        Ok(CsvOptions { delimiter, decimal_comma, bom: false })
    }

    /// The same options with a byte-order mark first (or without).
    pub fn with_bom(self, bom: bool) -> CsvOptions {
        CsvOptions { bom, ..self }
    }
}

/// A writer that writes `prefix` before its first byte (the byte-order mark).
struct Prefixed<W: Write> {
    inner: W,
    prefix: &'static [u8],
}

impl<W: Write> Prefixed<W> {
    fn write_prefix(&mut self) -> std::io::Result<()> {
        if !self.prefix.is_empty() {
            self.inner.write_all(self.prefix)?;
            self.prefix = &[];
        }
        Ok(())
    }
}

impl<W: Write> Write for Prefixed<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.write_prefix()?;
        self.inner.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
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

/// A CSV writer with the options applied to every cell; with `bom`, the file starts with the
/// byte-order mark.
pub struct CsvOut<W: Write> {
    writer: csv::Writer<Prefixed<W>>,
    options: CsvOptions,
    row: Vec<String>,
}

impl<W: Write> CsvOut<W> {
    pub fn new(out: W, options: CsvOptions) -> Self {
        let prefix = if options.bom { BOM } else { &[] };
        let out = Prefixed { inner: out, prefix };
        let writer = csv::WriterBuilder::new().delimiter(options.delimiter).from_writer(out);
        CsvOut { writer, options, row: Vec::new() }
    }

    /// A writer whose file starts with `lines` as a `#` block (a description of the columns
    /// and the methods behind the numbers); line breaks inside a line become spaces. The
    /// byte-order mark, when asked for, comes before the block.
    pub fn with_preamble(mut out: W, options: CsvOptions, lines: &[String]) -> std::io::Result<Self> {
        if options.bom {
            out.write_all(BOM)?;
        }
        for line in lines {
            let line: String = line.chars().map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c }).collect();
            writeln!(out, "# {line}")?;
        }
        Ok(CsvOut::new(out, options.with_bom(false)))
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

    /// Flushes the rows and gives the writer back (an empty file still gets its byte-order mark).
    pub fn finish(mut self) -> std::io::Result<W> {
        self.writer.flush()?;
        let mut out = self.writer.into_inner().map_err(|e| std::io::Error::other(e.to_string()))?;
        out.write_prefix()?;
        Ok(out.inner)
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
    fn a_decimal_comma_file_is_separated_by_semicolons_and_reads_back() {
        let options = CsvOptions::new(None, true).unwrap();
        assert_eq!(options.delimiter, b';', "a decimal comma with no separator given takes ;");
        let mut out = CsvOut::new(Vec::new(), options);
        out.header(&["name", "peak_n", "cv_percent"]).unwrap();
        out.text("Ana, María").num_to(Some(1234.56), 1).num_fixed(Some(4.25), 2).end_row().unwrap();
        out.text("Liam").num_to(Some(-12.0), 1).num_fixed(None, 2).end_row().unwrap();
        let bytes = out.finish().unwrap();
        assert_eq!(
            String::from_utf8(bytes.clone()).unwrap(),
            "name;peak_n;cv_percent\nAna, María;1234,6;4,25\nLiam;-12;\n"
        );
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(bytes.as_slice());
        assert_eq!(reader.headers().unwrap(), vec!["name", "peak_n", "cv_percent"]);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(restore(&rows[0][0]), "Ana, María");
        assert_eq!(crate::i18n::numbers::parse_number(&rows[0][1]), Some(1234.6));
        assert_eq!(crate::i18n::numbers::parse_number(&rows[0][2]), Some(4.25));
        assert_eq!(crate::i18n::numbers::parse_number(&rows[1][1]), Some(-12.0));
        assert_eq!(&rows[1][2], "");
    }

    #[test]
    fn a_file_for_excel_starts_with_the_byte_order_mark_and_names_in_any_script_read_back_equal() {
        let names = ["李小龙", "محمد علي", "Zoë Ångström-Łukasiewicz", "Ψυχή Κωνσταντίνου", "=cmd"];
        for decimal_comma in [false, true] {
            let options = CsvOptions::new(None, decimal_comma).unwrap().with_bom(true);
            let mut out = CsvOut::new(Vec::new(), options);
            out.header(&["name", "peak_n"]).unwrap();
            for name in names {
                out.text(name).num_to(Some(312.5), 1).end_row().unwrap();
            }
            let bytes = out.finish().unwrap();
            assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "{:?}", &bytes[..4]);
            assert_eq!(bytes.windows(3).filter(|w| *w == BOM).count(), 1, "one byte-order mark, first");
            // Read back as a spreadsheet or `import` does: the mark dropped, then the table.
            let text = std::str::from_utf8(&bytes).unwrap().strip_prefix('\u{feff}').unwrap();
            let mut reader = csv::ReaderBuilder::new().delimiter(options.delimiter).from_reader(text.as_bytes());
            assert_eq!(reader.headers().unwrap(), vec!["name", "peak_n"]);
            let back: Vec<String> = reader.records().map(|r| restore(&r.unwrap()[0]).to_string()).collect();
            assert_eq!(back, names);
        }
        // With a `#` block, the mark still comes first; an empty file still has it.
        let options = CsvOptions::default().with_bom(true);
        let with_block = CsvOut::with_preamble(Vec::new(), options, &["李小龙".into()]).unwrap().finish().unwrap();
        assert_eq!(with_block, "\u{feff}# 李小龙\n".as_bytes());
        assert_eq!(CsvOut::new(Vec::new(), options).finish().unwrap(), BOM);
        // Without the option, no mark.
        let mut plain = CsvOut::new(Vec::new(), CsvOptions::default());
        plain.text("李小龙").end_row().unwrap();
        assert_eq!(plain.finish().unwrap(), "李小龙\n".as_bytes());
    }

    #[test]
    fn rounded_numbers_carry_no_float_noise_and_a_preamble_comes_first() {
        let mut out = CsvOut::with_preamble(Vec::new(), CsvOptions::default(), &["a\nb".into()]).unwrap();
        out.num_to(Some(209.23250000000002), 1).num_to(Some(210.0), 1).num_to(Some(-0.04), 1).num_to(None, 1);
        out.num_to(Some(0.0001), 3).end_row().unwrap();
        assert_eq!(String::from_utf8(out.finish().unwrap()).unwrap(), "# a b\n209.2,210,0,,0\n");
    }
}
