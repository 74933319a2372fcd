//! Golden tests on the two seed articles (texts in tests/fixtures/, expectations written here by
//! hand from reading them). Both are analysed with no publication date given: it must be found in
//! the text.

mod common;

use newslens::{Analysis, EntityType, Options, QuoteKind, analyze};

fn seed(name: &str) -> (String, Analysis) {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let a = analyze(&text, &Options { dct: None, explain: true }).expect("analyze");
    common::check_sound(&text, &a);
    (text, a)
}

fn entity<'a>(a: &'a Analysis, canonical: &str) -> &'a newslens::Entity {
    a.entities.iter().find(|e| e.canonical == canonical).unwrap_or_else(|| {
        let names: Vec<_> = a.entities.iter().map(|e| format!("{} ({:?})", e.canonical, e.kind)).collect();
        panic!("no entity {canonical:?}; have {names:?}")
    })
}

fn timex_value(text: &str, a: &Analysis, surface: &str) -> Vec<String> {
    a.timexes.iter().filter(|t| t.span.text(text) == surface).map(|t| t.value.clone()).collect()
}

/// (canonical, type, mentions, a role it must have or "").
type EntityRow = (&'static str, EntityType, usize, &'static str);

fn check_entities(a: &Analysis, rows: &[EntityRow]) {
    for &(name, kind, count, role) in rows {
        let e = entity(a, name);
        assert_eq!(e.kind, kind, "{name}: type");
        assert_eq!(e.count, count, "{name}: mentions {:?}", e.aliases);
        if !role.is_empty() {
            assert!(e.roles.iter().any(|r| r == role), "{name}: roles {:?} lack {role:?}", e.roles);
        }
    }
}

#[test]
fn seed_000_geneva_monday() {
    let (text, a) = seed("seed-000.txt");
    // Document: the dateline on the first line, the stray "a" line.
    assert_eq!(a.document.dct.as_deref(), Some("2025-11-24"));
    assert_eq!(a.document.dct_source, "text");
    assert_eq!(a.document.title, None);
    assert!(a.document.boilerplate.iter().any(|b| b.label == "stray" && b.span.text(&text) == "a"));

    use EntityType::*;
    check_entities(
        &a,
        &[
            ("Marco Rubio", Person, 3, "United States Secretary of State"),
            ("Donald Trump", Person, 3, "President"),
            ("Volodymyr Zelensky", Person, 2, "Ukrainian President"),
            ("Vladimir Putin", Person, 1, "Russian President"),
            ("Dmitry Peskov", Person, 1, "Spokesman"),
            ("Alexander Stubb", Person, 1, "Finnish President"),
            ("Keir Starmer", Person, 1, "British Prime Minister"),
            ("White House", Organization, 1, ""),
            ("Kremlin", Organization, 1, ""),
            ("NATO", Organization, 1, ""),
            ("Geneva", Place, 2, ""),
            ("Moscow", Place, 3, ""),
        ],
    );
    assert_eq!(entity(&a, "Ukraine").kind, Place);
    assert_eq!(entity(&a, "American").kind, Group);
    // Words that must not become entities.
    for bad in ["However", "Monday", "Spokesman", "The", "Speaking", "Whatever", "They"] {
        assert!(!a.mentions.iter().any(|m| m.text == bad), "{bad:?} is not an entity");
    }

    // Quotes: the direct quote with its pronoun speaker resolved, reported speech.
    let direct =
        a.quotes.iter().find(|q| q.text.contains("The Russians get a vote here")).expect("direct quote");
    assert_eq!(direct.kind, QuoteKind::Direct);
    assert_eq!(direct.speaker.as_deref(), Some("Marco Rubio"));
    assert_eq!(direct.speaker_span.map(|s| s.text(&text)), Some("he"));
    let reported = a
        .quotes
        .iter()
        .find(|q| q.text.contains("negotiators had achieved a tremendous amount of progress"))
        .expect("reported speech after 'told reporters that'");
    assert_eq!(reported.kind, QuoteKind::Indirect);
    assert_eq!(reported.speaker.as_deref(), Some("Marco Rubio"));
    let peskov = a.quotes.iter().find(|q| q.text.contains("Moscow has not received")).expect("Peskov");
    assert_eq!(peskov.speaker.as_deref(), Some("Dmitry Peskov"));

    // Dates, resolved against Monday 2025-11-24 with tense.
    assert_eq!(timex_value(&text, &a, "Sunday"), ["2025-11-23"]);
    assert_eq!(timex_value(&text, &a, "Monday morning"), ["2025-11-24TMO"]);
    assert_eq!(timex_value(&text, &a, "Monday"), ["2025-11-24"]);
    assert_eq!(timex_value(&text, &a, "Thursday"), ["2025-11-27", "2025-11-27"]);
    assert_eq!(timex_value(&text, &a, "February 2022"), ["2022-02"]);
    assert_eq!(timex_value(&text, &a, "the coming days"), ["FUTURE_REF"]);

    // The timeline, in date order.
    let dates: Vec<&str> = a.events.iter().map(|e| e.date.as_str()).collect();
    for d in ["2022-02", "2025-11-23", "2025-11-24", "2025-11-27"] {
        assert!(dates.contains(&d), "no event on {d}: {dates:?}");
    }
    let dated: Vec<&str> =
        dates.iter().copied().filter(|d| d.starts_with(|c: char| c.is_ascii_digit())).collect();
    assert!(dated.windows(2).all(|w| w[0] <= w[1]), "events out of order: {dates:?}");
    let sunday = a.events.iter().find(|e| e.date == "2025-11-23").expect("Sunday event");
    assert!(sunday.span.text(&text).starts_with("American and Ukrainian negotiators announced on Sunday"));
    assert!(!sunday.summary.is_empty() && sunday.summary.len() < sunday.span.len());
}

#[test]
fn seed_004_published_on_sunday() {
    let (text, a) = seed("seed-004.txt");
    assert_eq!(a.document.dct.as_deref(), Some("2025-11-23"));
    assert_eq!(
        a.document.title.map(|t| t.text(&text)),
        Some("US and Ukraine announce ‘updated’ framework to end Russia’s war")
    );
    let labels: Vec<&str> = a.document.boilerplate.iter().map(|b| b.label).collect();
    for l in [
        "duplicate_title",
        "recommended_header",
        "list_marker",
        "recommended_item",
        "read_more",
        "similar_posts",
    ] {
        assert!(labels.contains(&l), "boilerplate {l} missing: {labels:?}");
    }
    assert_eq!(labels.iter().filter(|l| **l == "recommended_item").count(), 4);
    // Nothing inside the debris is analysed.
    for m in &a.mentions {
        assert!(
            !a.document.boilerplate.iter().any(|b| b.span.overlaps(m.span)),
            "mention {:?} in boilerplate",
            m.text
        );
    }

    use EntityType::*;
    check_entities(
        &a,
        &[
            ("Marco Rubio", Person, 5, "US Secretary of State"),
            ("Donald Trump", Person, 1, "US President"),
            ("NATO", Organization, 1, ""),
            ("Geneva", Place, 2, ""),
            ("Kyiv", Place, 3, ""),
            ("Washington", Place, 2, ""),
        ],
    );
    assert_eq!(entity(&a, "United States").count, 6, "US and United States are one entity");

    let rubio = a
        .quotes
        .iter()
        .find(|q| q.text.contains("the items that remain open are not insurmountable"))
        .expect("quote");
    assert_eq!(rubio.kind, QuoteKind::Direct);
    assert_eq!(rubio.speaker.as_deref(), Some("Marco Rubio"));
    assert_eq!(rubio.cue_text.as_deref(), Some("told reporters"));
    // The article ends mid-quote: the quote is kept and does not swallow the debris after it.
    let cut = a.quotes.iter().find(|q| q.text.contains("I feel very optimistic")).expect("cut-off quote");
    assert!(!cut.text.contains("Read More"));
    let statement = a
        .quotes
        .iter()
        .find(|q| q.text.contains("Both sides agreed the consultations"))
        .expect("joint statement");
    assert_eq!(statement.speaker.as_deref(), Some("officials"));

    assert!(timex_value(&text, &a, "Sunday").iter().all(|v| v == "2025-11-23"));
    assert_eq!(timex_value(&text, &a, "today"), ["2025-11-23"]);
    let dated: Vec<&str> = a.events.iter().map(|e| e.date.as_str()).filter(|d| d.starts_with('2')).collect();
    assert_eq!(dated, ["2025-11-23", "2025-11-23"]);
}

#[test]
fn a_given_date_wins_over_the_text() {
    let text = std::fs::read_to_string(format!("{}/tests/fixtures/seed-000.txt", env!("CARGO_MANIFEST_DIR")))
        .unwrap();
    let a = analyze(&text, &Options { dct: Some("2025-12-01".into()), explain: false }).unwrap();
    assert_eq!(a.document.dct.as_deref(), Some("2025-12-01"));
    assert_eq!(a.document.dct_source, "option");
    assert_eq!(a.document.detected_dct.as_deref(), Some("2025-11-24"));
    // "announced on Sunday", seen from Monday 1 December: the day before.
    assert!(a.timexes.iter().any(|t| t.text == "Sunday" && t.value == "2025-11-30"));
}
