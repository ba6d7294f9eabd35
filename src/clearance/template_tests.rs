use super::*;
use crate::i18n::{Language, UiLanguage, loader_for};

fn en() -> FluentLanguageLoader {
    loader_for(UiLanguage::Shipped(Language::English))
}

#[test]
fn the_built_in_templates_are_valid_and_round_trip_through_json() {
    let library = TestLibrary::builtin();
    let en = en();
    let templates = TemplateSet::builtin();
    assert_eq!(
        templates.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
        ["hamstring_strain", "hamstring_london_2023", "proximal_hamstring_tendinopathy", "glute_hip"]
    );
    for t in &templates {
        t.check(&library, &en).unwrap_or_else(|e| panic!("{}: {e}", t.id));
        let json = serde_json::to_string(t).unwrap();
        assert_eq!(&serde_json::from_str::<Template>(&json).unwrap(), t);
    }
}

#[test]
fn problems_are_named() {
    let library = TestLibrary::builtin();
    let mut t = TemplateSet::builtin().remove(0);
    t.criteria[0].rule =
        Rule::Lsi { test: "no_such_test".into(), summary: SummaryChoice::Best, at_least_percent: 90.0 };
    t.criteria[1].id = t.criteria[2].id.clone();
    t.criteria[3].rule = Rule::Pain { tests: vec![], at_most: 11 };
    let e = t.check(&library, &en()).unwrap_err();
    assert!(e.contains("criterion 'knee_flexion_90_lsi': no test 'no_such_test'"), "{e}");
    assert!(e.contains("criterion 'nordic_lsi' appears twice"), "{e}");
    assert!(e.contains("pain 11 is outside 0-10"), "{e}");
}

#[test]
fn a_clinic_copy_is_used_for_its_injury_and_a_bad_one_is_reported() {
    let library = TestLibrary::builtin();
    let mut copy = TemplateSet::builtin().remove(0);
    copy.id = "hamstring_strain_clinic_1".into();
    copy.based_on = Some("hamstring_strain".into());
    let stored =
        vec![(copy.id.clone(), serde_json::to_string(&copy).unwrap()), ("broken".to_string(), "{".to_string())];
    let set = TemplateSet::new(&stored, &library, &en());
    assert_eq!(set.for_injury(Some("hamstring_strain")).id, "hamstring_strain_clinic_1");
    assert_eq!(set.for_injury(Some("proximal_hamstring_tendinopathy")).id, "proximal_hamstring_tendinopathy");
    assert_eq!(set.for_injury(Some("other")).id, "glute_hip");
    assert!(set.get("hamstring_strain").is_some(), "the default stays available");
    assert_eq!(set.problems.len(), 1);
    assert!(set.problems[0].starts_with("clearance template 'broken' cannot be read"), "{:?}", set.problems);
    assert_eq!(set.copy_id("hamstring_strain"), "hamstring_strain_clinic_2");
}

#[test]
fn thresholds_read_in_the_display_unit() {
    let rule =
        Rule::Absolute { test: "nordic".into(), quantity: Quantity::ForceN, at_least: 337.0, sides: Sides::Each };
    let en = en();
    assert_eq!(rule.threshold_text(ForceUnit::Newton, &en), "each side ≥ 337 N");
    // The same force in a label reads in the unit of its threshold.
    let label = "Nordic: each leg at least 337 N, or at least 100 % of the pre-injury baseline";
    assert_eq!(
        forces_in(label, ForceUnit::KilogramForce),
        "Nordic: each leg at least 34.4 kgf, or at least 100 % of the pre-injury baseline"
    );
    assert_eq!(forces_in(label, ForceUnit::Newton), label);
    assert_eq!(
        forces_in("at least 4.5 N/kg; torque 120 N·m; 2 Nm", ForceUnit::PoundForce),
        "at least 1.012 lbf/kg; torque 120 N·m; 2 Nm"
    );
    // To the unit's own precision, not float digits.
    assert_eq!(rule.threshold_text(ForceUnit::PoundForce, &en), "each side ≥ 75.8 lbf");
    assert_eq!(rule.threshold_text(ForceUnit::KilogramForce, &en), "each side ≥ 34.4 kgf");
}

#[test]
fn the_built_in_templates_words_come_from_the_catalogue_and_their_citations_stay_as_published() {
    let en = en();
    let pseudo = loader_for(UiLanguage::Pseudo);
    for t in TemplateSet::builtin() {
        assert!(t.is_builtin(), "{}", t.id);
        // The English catalogue says exactly what the template files say.
        assert_eq!(t.localized(&en), t, "{}", t.id);
        assert!(en.has(&crate::i18n::data_id("clearance", &t.id, "name")), "{}", t.id);
        let shown = t.localized(&pseudo);
        assert_ne!(shown.name, t.name, "{}", t.id);
        assert_eq!(shown.name, t.name_text(&pseudo));
        for (c, s) in t.criteria.iter().zip(&shown.criteria) {
            let key = format!("{}-{}", t.id, c.id);
            assert!(en.has(&crate::i18n::data_id("clearance", &key, "label")), "{key}");
            assert_ne!(s.label, c.label, "{key}");
        }
    }
    // A source with words besides its citations has a message; the citations in it are
    // published names, never translated.
    let builtin = TemplateSet::builtin();
    let shown = |t: usize, c: Option<&str>| {
        let t = builtin[t].localized(&pseudo);
        match c {
            Some(id) => t.criteria.iter().find(|x| x.id == id).map(|x| x.source.clone()).unwrap_or_default(),
            None => t.source,
        }
    };
    let cited = [
        (0, Some("nordic_strength"), vec!["Timmins et al. 2016"]),
        (0, Some("knee_flexion_30_lsi"), vec!["van der Horst et al. 2017", "Reurink et al. 2016"]),
        (0, None, vec!["van der Horst et al. 2017"]),
        (2, None, vec!["Goom et al. 2016", "Silbernagel et al. 2007"]),
        (3, Some("hip_abduction_lsi"), vec!["van der Horst et al. 2017"]),
    ];
    for (t, c, citations) in cited {
        let text = shown(t, c);
        assert!(text.starts_with('«'), "translated: {text}");
        for citation in citations {
            assert!(text.contains(citation), "'{citation}' as published in '{text}'");
        }
    }
    // A clinic's copy keeps its own words, whatever the language.
    let mut copy = TemplateSet::builtin().remove(0);
    copy.id = "hamstring_strain_clinic_1".into();
    assert!(!copy.is_builtin());
    assert_eq!(copy.localized(&pseudo), copy);
    assert_eq!(copy.name_text(&pseudo), copy.name);
}
