//! The catalogues (`i18n/<language>/forcetrack.ftl`): every shipped language parses, has exactly
//! the English message ids with the same variables, chooses plural variants its language has,
//! and treats counts as its grammar does (French and Brazilian Portuguese: 0 is singular).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use forcetrack::i18n::{Language, UiLanguage, catalogue_source, catalogue_tags, loader_for};

/// Message id (with `.attribute`) -> the variables it uses and the keys of its variants.
#[derive(Default, Debug)]
struct Shape {
    variables: BTreeSet<String>,
    variant_keys: BTreeSet<String>,
}

fn walk_pattern(p: &Pattern<&str>, shape: &mut Shape) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            walk_expression(expression, shape);
        }
    }
}

fn walk_inline(e: &InlineExpression<&str>, shape: &mut Shape) {
    match e {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| walk_inline(a, shape));
            arguments.named.iter().for_each(|a| walk_inline(&a.value, shape));
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

fn walk_expression(e: &Expression<&str>, shape: &mut Shape) {
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            for v in variants {
                shape.variant_keys.insert(match &v.key {
                    VariantKey::Identifier { name } => name.to_string(),
                    VariantKey::NumberLiteral { value } => value.to_string(),
                });
                walk_pattern(&v.value, shape);
            }
        }
        Expression::Inline(i) => walk_inline(i, shape),
    }
}

/// The messages of a catalogue, or its parse errors.
fn shapes(tag: &str) -> Result<BTreeMap<String, Shape>, String> {
    let text = catalogue_source(tag).ok_or_else(|| format!("no catalogue for {tag}"))?;
    let resource = fluent_syntax::parser::parse(text.as_str())
        .map_err(|(_, errors)| format!("{tag}: {} parse errors, the first: {:?}", errors.len(), errors[0]))?;
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut shape = Shape::default();
            if let Some(value) = &m.value {
                walk_pattern(value, &mut shape);
            }
            if out.insert(m.id.name.to_string(), shape).is_some() {
                return Err(format!("{tag}: message {} is written twice", m.id.name));
            }
            for a in &m.attributes {
                let mut shape = Shape::default();
                walk_pattern(&a.value, &mut shape);
                out.insert(format!("{}.{}", m.id.name, a.id.name), shape);
            }
        }
    }
    Ok(out)
}

/// The CLDR plural categories of a language's cardinal numbers (what a variant key may be).
fn plural_categories(tag: &str) -> &'static [&'static str] {
    match tag.split('-').next().unwrap_or(tag) {
        "en" | "de" => &["one", "other"],
        "es" | "fr" | "it" | "pt" => &["one", "many", "other"],
        _ => &["zero", "one", "two", "few", "many", "other"],
    }
}

#[test]
fn every_shipped_language_has_exactly_the_english_messages_and_variables() {
    let english = shapes("en").expect("the English catalogue");
    assert!(english.len() > 100, "the English catalogue has only {} messages", english.len());
    let tags = catalogue_tags();
    // Every language offered in Settings has its catalogue, and no catalogue ships unoffered.
    let offered: BTreeSet<String> = Language::ALL.iter().map(|l| l.tag().to_string()).collect();
    assert_eq!(tags.iter().cloned().collect::<BTreeSet<_>>(), offered, "catalogues compiled in vs languages offered");
    let mut problems = Vec::new();
    for tag in tags.iter().filter(|t| *t != "en") {
        let shapes = match shapes(tag) {
            Ok(s) => s,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        for id in english.keys().filter(|id| !shapes.contains_key(*id)) {
            problems.push(format!("{tag}: {id} is missing"));
        }
        for id in shapes.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{tag}: {id} is not an English message"));
        }
        for (id, shape) in &shapes {
            let Some(en) = english.get(id) else { continue };
            if shape.variables != en.variables {
                problems.push(format!("{tag}: {id} uses {:?}, English {:?}", shape.variables, en.variables));
            }
            let allowed = plural_categories(tag);
            for key in &shape.variant_keys {
                let is_plural_key = ["zero", "one", "two", "few", "many"].contains(&key.as_str());
                if is_plural_key && !allowed.contains(&key.as_str()) {
                    problems.push(format!("{tag}: {id} has a variant [{key}] that {tag} never chooses"));
                }
                // Other keys are the values the program passes (a side's id, a status): only
                // the English ones can ever match.
                let is_number = key.parse::<f64>().is_ok();
                if !is_plural_key && !is_number && key != "other" && !en.variant_keys.contains(key) {
                    problems.push(format!("{tag}: {id} has a variant [{key}] the program never passes"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_language_chooses_the_plural_its_grammar_does() {
    // A message with a count: one variant with [one], the other with [other].
    let english = shapes("en").expect("the English catalogue");
    let (id, _) = english
        .iter()
        .find(|(id, s)| {
            s.variables.len() == 1
                && s.variables.contains("count")
                && s.variant_keys.contains("one")
                && !id.contains('.')
        })
        .expect("a message whose only variable is a count with [one] and [other]");
    let id = id.clone();
    for language in Language::ALL {
        let loader = loader_for(UiLanguage::Shipped(language));
        let text = |n: i64| {
            let mut args = std::collections::HashMap::new();
            args.insert("count", n);
            loader.get_args(&id, args)
        };
        // 1 is singular everywhere; 2 plural everywhere.
        assert_ne!(text(1).replace('1', ""), text(2).replace('2', ""), "{language:?} {id}: 1 and 2 read alike");
        // CLDR: French and Brazilian Portuguese say "0 visite", "0 visita"; European Portuguese
        // "0 visitas", as English, Spanish, German and Italian do.
        let zero_is_singular = matches!(language, Language::French | Language::PortugueseBrazil);
        let zero = text(0).replace('0', "");
        if zero_is_singular {
            assert_eq!(zero, text(1).replace('1', ""), "{language:?} {id}: 0 takes the singular");
        } else {
            assert_eq!(zero, text(2).replace('2', ""), "{language:?} {id}: 0 takes the plural");
        }
    }
}
