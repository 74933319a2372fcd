//! Hostile and odd input: each gets a result or a clear error, never a panic, and every span of
//! the result is sound (in bounds, on char boundaries, converting to UTF-16 and code points
//! slices the same text). See also tests/properties.rs.

mod common;

use common::check_sound;
use newslens::{Analysis, Error, MAX_INPUT_BYTES, Options, analyze};
use std::time::{Duration, Instant};

fn run(label: &str, text: &str, limit: Duration) -> Analysis {
    let t0 = Instant::now();
    let a = analyze(text, &Options::default()).unwrap_or_else(|e| panic!("{label}: unexpected error {e}"));
    let took = t0.elapsed();
    check_sound(text, &a);
    assert!(took < limit, "{label}: took {took:?}, limit {limit:?}");
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&analyze(text, &Options::default()).unwrap()).unwrap(),
        "{label}: output differs between two runs"
    );
    a
}

const SECOND: Duration = Duration::from_secs(1);

#[test]
fn empty_and_whitespace() {
    for t in ["", " ", "\n\n\n", "\t \r\n \u{a0}\u{2028}", "\u{feff}"] {
        let a = run("blank", t, SECOND);
        assert!(a.mentions.is_empty() && a.quotes.is_empty() && a.events.is_empty());
    }
}

#[test]
fn lone_and_unmatched_quotation_marks() {
    for t in ["\"", "“", "”", "'", "‘", "«", "„", "\"\"", "“ ”", "He said “", "” he said"] {
        run("lone mark", t, SECOND);
    }
    let many = "“".repeat(10_000);
    run("10,000 opening marks", &many, 20 * SECOND);
    let mixed = "He said \" and ‘ then « but „ so ".repeat(2_000);
    run("mixed unmatched marks", &mixed, 20 * SECOND);
}

#[test]
fn deeply_nested_brackets_and_quotes() {
    let nested = format!("{}Rubio said{}", "(“[‘«".repeat(2_000), "»’]”)".repeat(2_000));
    run("nested", &nested, 20 * SECOND);
}

#[test]
fn no_punctuation_and_all_caps() {
    let words = "rubio said the talks in geneva on sunday went well and officials agreed ";
    run("no punctuation", &words.repeat(2_000), 20 * SECOND);
    let caps = "US SECRETARY OF STATE MARCO RUBIO SAID ON SUNDAY THAT TALKS IN GENEVA WENT WELL. ";
    run("all caps", &caps.repeat(500), 20 * SECOND);
}

#[test]
fn scripts_emoji_marks_and_controls() {
    for t in [
        "مرحبا بالعالم. قال روبيو يوم الأحد إن المحادثات كانت مثمرة.",
        "שלום. \u{202e}Rubio said\u{202c} on Sunday.",
        "Zelensky 🇺🇦 said 👍🏽 “progress” 👨‍👩‍👧 on Sunday.",
        "Zele\u{301}nsky said cafe\u{301} talks went well on Monday.",
        "Rubio\u{0} said\u{1}\u{7f} on\u{8} Sunday\u{1b}[31m.",
        "Rubio said on Sunday.\r\nPeskov said on Monday.\rStubb noted it.",
        "\u{fffd}\u{fffd} Rubio said \u{fffd} on Sunday",
        "日本の首相は月曜日に述べた。",
    ] {
        run("script", t, SECOND);
    }
}

#[test]
fn html_source_pasted_as_text() {
    let html = r#"<!doctype html><html><head><script>alert("x")</script><style>p{}</style></head>
<body><p class="lead">Rubio said on <b>Sunday</b> that “talks went well”.</p><img src=x onerror=alert(1)>
<a href="https://example.com">Read More</a></body></html>"#;
    run("html", html, SECOND);
}

#[test]
fn ten_megabytes_on_one_line() {
    let unit = "Rubio said on Sunday that the talks in Geneva went well, according to officials, ";
    let text = unit.repeat(10 * 1024 * 1024 / unit.len());
    assert!(text.len() > 10_000_000);
    run("10 MB one line", &text, 120 * SECOND);
}

#[test]
fn too_large_is_a_clear_error() {
    let text = "a".repeat(MAX_INPUT_BYTES + 1);
    match analyze(&text, &Options::default()) {
        Err(e @ Error::TooLarge { .. }) => assert!(e.to_string().contains("limit"), "{e}"),
        other => panic!("expected TooLarge, got {:?}", other.map(|_| ())),
    }
}

#[test]
fn bad_date_option_is_a_clear_error() {
    for bad in ["2025-13-01", "yesterday", "2025-02-30", "20251124x"] {
        let err = analyze("Rubio spoke.", &Options { dct: Some(bad.into()), explain: false }).unwrap_err();
        assert!(matches!(err, Error::BadDate(_)), "{bad}: {err:?}");
        assert!(err.to_string().contains("YYYY-MM-DD"));
    }
    // An empty date is no date.
    assert!(analyze("Rubio spoke.", &Options { dct: Some(" ".into()), explain: false }).is_ok());
}
