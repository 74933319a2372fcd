//! Anchoring table: sentence, publication date, expected expression and TIMEX3 value.

use crate::{Options, analyze};

/// Runs one sentence and returns (text, value) of every time expression.
fn timexes(text: &str, dct: &str) -> Vec<(String, String)> {
    let opts = Options { dct: Some(dct.to_string()), explain: false };
    let a = analyze(text, &opts).expect("analysis");
    a.timexes.iter().filter(|t| !t.creation_time).map(|t| (t.text.clone(), t.value.clone())).collect()
}

/// (sentence, dct, expected extent, expected value); an empty extent means "no expression".
const CASES: &[(&str, &str, &str, &str)] = &[
    ("Negotiators announced on Sunday that they had a deal.", "2025-11-24", "Sunday", "2025-11-23"),
    ("Officials said on Sunday that they agreed.", "2025-11-23", "Sunday", "2025-11-23"),
    ("Trump had previously set a Thursday deadline for Ukraine.", "2025-11-24", "Thursday", "2025-11-27"),
    ("Speaking on Monday morning, Zelensky described it.", "2025-11-24", "Monday morning", "2025-11-24TMO"),
];

#[test]
fn anchoring_table() {
    let mut failures = Vec::new();
    for (text, dct, extent, value) in CASES {
        let got = timexes(text, dct);
        let ok = if extent.is_empty() {
            got.is_empty()
        } else {
            got.iter().any(|(t, v)| t == extent && v == value)
        };
        if !ok {
            failures.push(format!("{text:?} @ {dct}: want {extent:?}={value:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} anchoring failures:\n{}", failures.len(), failures.join("\n"));
}
