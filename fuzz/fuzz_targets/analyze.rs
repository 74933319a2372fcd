//! Fuzz target: `analyze` (and the multi-article split, the story merge and the wire form) must
//! never panic, every span must be in bounds and on char boundaries, and the wire form must be
//! JSON. Run: scripts/fuzz [SECONDS].
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let dct = if data.first().is_some_and(|b| b % 2 == 0) { Some("2025-11-24".to_string()) } else { None };
    let options = newslens::Options { dct, explain: true };
    if let Ok(a) = newslens::analyze(&text, &options) {
        let mut a = a;
        newslens::offsets::for_each_span(&mut a, |s| {
            assert!(s.start <= s.end && s.end <= text.len(), "span out of bounds");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span off a char boundary");
        });
        newslens::offsets::convert_analysis(&mut a, &text, newslens::offsets::Unit::Utf16);
        let wire = newslens::wire::to_wire(&a);
        assert!(serde_json::from_str::<serde_json::Value>(&wire).is_ok(), "wire form is not JSON");
    }
    let parts = newslens::story::split_articles(&text);
    for s in &parts {
        assert!(s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    if parts.len() > 1 && text.len() < 8192 {
        let articles: Vec<newslens::story::Article> = parts
            .iter()
            .enumerate()
            .map(|(i, s)| newslens::story::Article { name: format!("a{i}"), text: s.text(&text), dct: None })
            .collect();
        let _ = newslens::story::analyze_many(&articles, &options);
    }
});
