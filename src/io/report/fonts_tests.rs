use super::*;

#[test]
fn clusters_keep_marks_joiners_and_selectors_with_their_character() {
    let text = "Jose\u{0301} a\u{200D}b 👩\u{200D}⚕\u{FE0F}!";
    let parts: Vec<&str> = clusters(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(parts, ["J", "o", "s", "e\u{0301}", " ", "a\u{200D}b", " ", "👩\u{200D}⚕\u{FE0F}", "!"]);
}

#[test]
fn latin_text_is_one_piece_in_the_bundled_font_and_emoji_fall_back_to_the_emoji_font() {
    let none = SystemFonts::default();
    let chain = Chain::new(&none);
    assert_eq!(chain.pieces("Nordic hamstring · 12 %").unwrap(), [Piece { face: 0, range: 0..24, rtl: false }]);
    let pieces = chain.pieces("ok ✔").unwrap();
    assert_eq!(pieces.len(), 2);
    assert_eq!(chain.faces[pieces[1].face].name, "Noto Emoji");
    // A private-use character no font has.
    assert_eq!(chain.pieces("Anna \u{10FFFD}"), Err('\u{10FFFD}'));
    // Measured all the same (as a box in the first font), and never a panic.
    assert!(chain.width("Anna \u{10FFFD}", 10.0) > chain.width("Anna", 10.0));
}

#[test]
fn given_files_serve_the_scripts_they_have_each_face_once() {
    let files = [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    ];
    if files.iter().any(|f| !Path::new(f).exists()) {
        eprintln!("skipping: the Noto fonts are not installed (fonts-noto-core, fonts-noto-cjk)");
        return;
    }
    let found = SystemFonts::from_files(&files).unwrap();
    let faces: Vec<(&str, u32, Vec<&str>)> =
        found.faces.iter().map(|f| (f.family.as_str(), f.index, f.scripts.clone())).collect();
    // The collection's Simplified Chinese face (the first region without a language asked),
    // which has the Vietnamese letters too.
    assert_eq!(
        faces,
        [
            ("Noto Sans CJK SC", 2, vec!["Vietnamese", "Chinese and Japanese", "Korean"]),
            ("Noto Sans Arabic", 0, vec!["Arabic"])
        ]
    );
    assert!(found.missing.contains(&"Hebrew") && found.missing_line().unwrap().contains("Hebrew"));
    assert!(SystemFonts::from_files(&["/no/such/font.ttf"]).is_err());
}

#[test]
fn fontconfig_candidates_are_the_plain_faces_of_the_language_first() {
    let listed = "/f/DejaVuSans-Bold.ttf\t0\taa|ar|he|yi\n\
                  /f/DejaVuSans.ttf\t0\taa|ar|he|yi\n\
                  /f/NotoSansHebrew-Regular.ttf\t0\the|yi\n\
                  /f/NotoSansArabic-Regular.ttf\t0\tar|fa\n\
                  /f/Collection.ttc\t3\the\n";
    let paths = |lang| -> Vec<String> {
        fontconfig_candidates(listed, lang).into_iter().map(|(p, i)| format!("{}#{i}", p.display())).collect()
    };
    assert_eq!(
        paths("he"),
        ["/f/NotoSansHebrew-Regular.ttf#0", "/f/DejaVuSans.ttf#0", "/f/Collection.ttc#3", "/f/DejaVuSans-Bold.ttf#0"]
    );
    assert_eq!(paths("ar")[0], "/f/NotoSansArabic-Regular.ttf#0");
    assert!(paths("ko").is_empty());
}

#[test]
fn right_to_left_runs_are_in_visual_order() {
    // Without a Hebrew font, the bidi order still holds: the letters are missing.
    let none = SystemFonts::default();
    let chain = Chain::new(&none);
    assert_eq!(chain.pieces("Sara שרה"), Err('ש'));
    // With any font at all for the letters, a right-to-left run comes out reversed.
    let Ok(found) = SystemFonts::from_files(&["/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf"]) else {
        eprintln!("skipping: NotoSansHebrew-Regular.ttf is not installed (fonts-noto-core)");
        return;
    };
    let chain = Chain::new(&found);
    let text = "Sara שרה כהן · visit";
    let pieces = chain.pieces(text).unwrap();
    let shown: Vec<(&str, bool)> = pieces.iter().map(|p| (&text[p.range.clone()], p.rtl)).collect();
    assert_eq!(shown, [("Sara ", false), ("כהן", true), (" ", true), ("שרה", true), (" · visit", false)]);
    let total: f32 = pieces.iter().map(|p| chain.piece_width(text, p, 10.0)).sum();
    assert!((chain.width(text, 10.0) - total).abs() < 1e-3);
}
