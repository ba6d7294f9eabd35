//! Aligned text tables for the terminal.

/// `text` with control characters and direction overrides written as `\u{1b}` (a name from
/// a file or another system must never clear or drive the terminal it is printed on).
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
                format!("\\u{{{:x}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// A table with a header row; numeric-looking cells are right-aligned.
#[derive(Debug, Default)]
pub struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new<S: Into<String>>(headers: impl IntoIterator<Item = S>) -> Self {
        Table { headers: headers.into_iter().map(Into::into).collect(), rows: Vec::new() }
    }

    /// Adds a row; characters that would drive the terminal are shown as `\u{..}`.
    pub fn row<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) {
        self.rows.push(cells.into_iter().map(|c| printable(&c.into())).collect());
    }

    /// The table as text, columns separated by two spaces, with a rule under the header.
    pub fn render(&self) -> String {
        let columns = self.headers.len().max(self.rows.iter().map(Vec::len).max().unwrap_or(0));
        let mut widths = vec![0; columns];
        for row in std::iter::once(&self.headers).chain(&self.rows) {
            for (i, cell) in row.iter().enumerate() {
                widths[i] = widths[i].max(cell.chars().count());
            }
        }
        let numeric: Vec<bool> = (0..columns)
            .map(|c| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .filter(|cell| !cell.is_empty() && cell.as_str() != "-")
                    .all(|cell| looks_numeric(cell))
            })
            .collect();
        let mut out = String::new();
        let line = |row: &[String], out: &mut String| {
            let mut text = String::new();
            for (i, width) in widths.iter().enumerate() {
                let cell = row.get(i).map(String::as_str).unwrap_or("");
                let pad = width - cell.chars().count();
                if i > 0 {
                    text.push_str("  ");
                }
                if numeric[i] {
                    text.push_str(&" ".repeat(pad));
                    text.push_str(cell);
                } else {
                    text.push_str(cell);
                    text.push_str(&" ".repeat(pad));
                }
            }
            out.push_str(text.trim_end());
            out.push('\n');
        };
        line(&self.headers, &mut out);
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        line(&rule, &mut out);
        for row in &self.rows {
            line(row, &mut out);
        }
        out
    }
}

fn looks_numeric(cell: &str) -> bool {
    let cell = cell.trim_start_matches(['+', '-']);
    !cell.is_empty() && cell.chars().all(|c| c.is_ascii_digit() || c == '.' || c == 'e' || c == '%' || c == ' ')
}

/// A number with fixed decimals, or `-` when absent.
pub fn num(value: Option<f64>, decimals: usize) -> String {
    match value {
        Some(v) if v.is_finite() => format!("{v:.decimals$}"),
        _ => "-".into(),
    }
}

#[cfg(test)]
mod printable_tests {
    use super::*;

    #[test]
    fn control_characters_never_reach_the_terminal_raw() {
        assert_eq!(printable("Ana\u{1b}[2J\u{7}"), "Ana\\u{1b}[2J\\u{7}");
        assert_eq!(printable("Oka\u{202e}for"), "Oka\\u{202e}for");
        assert_eq!(printable("Zoë O'Connor"), "Zoë O'Connor");
        let mut t = Table::new(["name"]);
        t.row(["x\u{0}y"]);
        assert!(!t.render().contains('\u{0}'));
    }
}
