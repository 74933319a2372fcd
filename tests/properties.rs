//! Property tests without a framework: a seeded generator builds texts from fragments that
//! stress every stage (names, titles, speech verbs, dates, quotation marks, multi-byte chars,
//! line breaks), and every result must be sound: spans in bounds and on char boundaries, UTF-16
//! and code-point offsets slicing the same text, ids linking, identical output for identical
//! input, no panic.

#[allow(dead_code)]
mod common;

use newslens::{Options, analyze};

const FRAGMENTS: &[&str] = &[
    "Rubio",
    "Marco Rubio",
    "US Secretary of State",
    " said",
    " told reporters",
    " according to ",
    " on Sunday",
    " Monday morning",
    " last week",
    " two days later",
    " February 2022",
    " 24 Nov 2025",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "\n",
    "\n\n",
    "(",
    ")",
    "-",
    "US-Ukraine",
    "Kyiv’s",
    "NATO",
    "the White House",
    " he",
    " she",
    " they",
    " that ",
    " officials",
    "é",
    "😀",
    "\u{301}",
    "日本",
    "\u{0}",
    "\r",
    "Read More",
    "a",
    "J.D. Vance",
    "U.S.",
    " Mr.",
    "24th November, 2025",
    "Published On 23 Nov 2025",
    " the coming days",
    " will",
    " had",
    " deadline",
    "Thursday",
    " 1998",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_texts_are_sound_and_deterministic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for case in 0..600 {
        let n = (rng.next() % 120) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(FRAGMENTS[(rng.next() % FRAGMENTS.len() as u64) as usize]);
        }
        let dct = if case % 3 == 0 { Some("2025-11-24".to_string()) } else { None };
        let opts = Options { dct, explain: case % 2 == 0 };
        let a = analyze(&text, &opts).unwrap_or_else(|e| panic!("case {case}: {e}\n{text:?}"));
        let run = std::panic::catch_unwind(|| common::check_sound(&text, &a));
        assert!(run.is_ok(), "case {case} unsound for {text:?}");
        let again = analyze(&text, &opts).unwrap();
        assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&again).unwrap(), "case {case}");
    }
}
