//! Golden test of the story layer on the two seeds together: one merged timeline where the
//! 2025-11-23 framework announcement and Rubio's "tremendous progress" remarks each appear once
//! with both sources, the 2025-11-24 and 2025-11-27 events with one source each, and Marco Rubio
//! one entity with counts per article.

use newslens::Options;
use newslens::story::{Article, StoryEvent, analyze_many, analyze_paste};

fn seed(n: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/seed-{n}.txt", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn events_with<'a>(tl: &'a [StoryEvent], date: &str, words: &str) -> Vec<&'a StoryEvent> {
    tl.iter().filter(|e| e.date == date && e.sources.iter().any(|s| s.text.contains(words))).collect()
}

#[test]
fn two_seeds_one_story() {
    let (a, b) = (seed("000"), seed("004"));
    let articles = [
        Article { name: "monday".into(), text: &a, dct: None },
        Article { name: "sunday".into(), text: &b, dct: None },
    ];
    let story = analyze_many(&articles, &Options::default()).unwrap();
    assert_eq!(story.articles[0].analysis.document.dct.as_deref(), Some("2025-11-24"));
    assert_eq!(story.articles[1].analysis.document.dct.as_deref(), Some("2025-11-23"));

    let rubio: Vec<_> = story.entities.iter().filter(|e| e.canonical == "Marco Rubio").collect();
    assert_eq!(rubio.len(), 1, "Marco Rubio is one entity");
    assert_eq!(rubio[0].counts, vec![3, 5]);

    let tl = &story.timeline;
    // The framework announcement: once, with both sources.
    let ann = events_with(tl, "2025-11-23", "announced on Sunday");
    assert_eq!(ann.len(), 1, "{tl:#?}");
    let arts: Vec<usize> = ann[0].sources.iter().map(|s| s.article).collect();
    assert_eq!(arts, vec![0, 1], "announcement sources: {:#?}", ann[0].sources);
    assert!(ann[0].sources[1].text.contains("said on Sunday"));
    // Rubio's "tremendous" progress remarks: once, with both sources.
    let rub = events_with(tl, "2025-11-23", "tremendous");
    assert_eq!(rub.len(), 1, "{tl:#?}");
    let mut arts: Vec<usize> = rub[0].sources.iter().map(|s| s.article).collect();
    arts.sort();
    assert_eq!(arts, vec![0, 1], "Rubio remarks sources: {:#?}", rub[0].sources);
    assert!(!std::ptr::eq(ann[0], rub[0]));
    // Monday and Thursday: one source each (the Monday article).
    for date in ["2025-11-24", "2025-11-27"] {
        let evs: Vec<_> = tl.iter().filter(|e| e.date == date).collect();
        assert!(!evs.is_empty(), "no event on {date}");
        for e in evs {
            assert!(e.single_source && e.sources.iter().all(|s| s.article == 0), "{date}: {e:#?}");
        }
    }
    // Differences: the Monday article alone has Zelensky, Peskov and the Monday events.
    let only_a = &story.differences[0];
    let names: Vec<&str> = only_a
        .people
        .iter()
        .filter_map(|id| story.entities.iter().find(|e| &e.id == id))
        .map(|e| e.canonical.as_str())
        .collect();
    assert!(names.contains(&"Volodymyr Zelensky") && names.contains(&"Dmitry Peskov"), "{names:?}");
    assert!(!names.contains(&"Marco Rubio"));
    assert!(only_a.events.iter().any(|id| tl.iter().any(|e| &e.id == id && e.date == "2025-11-24")));
}

#[test]
fn one_paste_split_at_dashes() {
    let (a, b) = (seed("000"), seed("004"));
    let paste = format!("{a}\n---\n{b}");
    let story = analyze_paste(&paste, &Options::default()).unwrap();
    assert_eq!(story.articles.len(), 2);
    let second = &story.articles[1];
    assert_eq!(second.offset, a.len() + 5);
    for m in &second.analysis.mentions {
        assert_eq!(m.span.text(&paste), m.text, "spans point into the whole paste");
    }
}
