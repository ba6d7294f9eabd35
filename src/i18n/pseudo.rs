//! The pseudo-locale: the English catalogue with every letter accented, each message between
//! « and », and 40 % longer. Drawn in it, any text on screen that did not come from a catalogue
//! stands out (plain ASCII outside « »), and clipping shows before a translation does. Generated
//! when loaded, never shipped as a file and never offered in Settings.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// The language tag the pseudo-locale loads as.
pub const TAG: &str = "en-XA";

/// Where a pseudo message starts and ends.
pub const OPEN: char = '«';
pub const CLOSE: char = '»';

/// The pseudo catalogue of an English catalogue's text.
pub fn catalogue(english: &str) -> String {
    let mut resource = match fluent_syntax::parser::parse(english.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    for entry in &mut resource.body {
        match entry {
            Entry::Message(m) => {
                if let Some(p) = &mut m.value {
                    message(p);
                }
                m.attributes.iter_mut().for_each(|a| message(&mut a.value));
            }
            Entry::Term(t) => {
                pattern(&mut t.value);
                t.attributes.iter_mut().for_each(|a| pattern(&mut a.value));
            }
            _ => {}
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// One message's pattern: accented, padded by 40 % of its letters and between « ».
fn message(p: &mut Pattern<String>) {
    let letters = letters_in(p);
    pattern(p);
    p.elements.insert(0, PatternElement::TextElement { value: OPEN.to_string() });
    let pad: String = "~".repeat((letters * 2).div_ceil(5));
    p.elements.push(PatternElement::TextElement { value: format!("{pad}{CLOSE}") });
}

fn letters_in(p: &Pattern<String>) -> usize {
    p.elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => value.chars().filter(|c| c.is_alphabetic()).count(),
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                variants.iter().map(|v| letters_in(&v.value)).max().unwrap_or(0)
            }
            PatternElement::Placeable { .. } => 0,
        })
        .sum()
}

fn pattern(p: &mut Pattern<String>) {
    for element in &mut p.elements {
        match element {
            PatternElement::TextElement { value } => *value = value.chars().map(accented).collect(),
            PatternElement::Placeable { expression } => self::expression(expression),
        }
    }
}

fn expression(e: &mut Expression<String>) {
    match e {
        Expression::Select { variants, .. } => variants.iter_mut().for_each(|v| pattern(&mut v.value)),
        Expression::Inline(InlineExpression::Placeable { expression: inner }) => self::expression(inner),
        Expression::Inline(InlineExpression::StringLiteral { value }) => *value = value.chars().map(accented).collect(),
        Expression::Inline(_) => {}
    }
}

/// A letter with an accent that Latin fonts carry (Latin-1 and Latin Extended-A only).
fn accented(c: char) -> char {
    const FROM: &str = "aAcCdDeEgGhHiIjJkKlLnNoOrRsStTuUwWyYzZ";
    const TO: &str = "áÁçÇďĎéÉĝĜĥĤíÍĵĴķĶľĽñÑöÖŕŔšŠţŢüÜŵŴýÝžŽ";
    FROM.chars().position(|f| f == c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_text_is_accented_bracketed_longer_and_keeps_variables_and_plurals() {
        let out = catalogue(
            "hello = Hello { $name }\nitems = { $count ->\n    [one] one item\n   *[other] { $count } items\n}\n",
        );
        let res = fluent_syntax::parser::parse(out.as_str()).expect("the pseudo catalogue parses");
        assert_eq!(res.body.len(), 2);
        assert!(out.contains("«Ĥéľľö { $name }~~»"), "{out}");
        assert!(out.contains("[one] öñé íţéɱ") || out.contains("[one] öñé íţém"), "{out}");
        assert!(out.contains("$count"), "{out}");
    }
}
