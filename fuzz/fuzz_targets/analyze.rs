//! Fuzz target: `analyze` (and the multi-article split) must never panic, and every span must
//! be in bounds and on char boundaries. Run: scripts/fuzz [SECONDS].
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
    }
    for s in newslens::story::split_articles(&text) {
        assert!(s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
});
