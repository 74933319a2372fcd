//! Shared checks for the integration tests.

use newslens::offsets::{OffsetMap, Unit};
use newslens::{Analysis, Span};

/// Every span of an analysis.
pub fn all_spans(a: &Analysis) -> Vec<Span> {
    let mut v = Vec::new();
    v.extend(a.document.title);
    v.extend(a.document.dateline);
    v.extend(a.document.boilerplate.iter().map(|b| b.span));
    v.extend(a.sentences.iter().copied());
    v.extend(a.mentions.iter().map(|m| m.span));
    for e in &a.entities {
        v.extend(e.role_spans.iter().copied());
    }
    for q in &a.quotes {
        v.push(q.span);
        v.extend(q.cue);
        v.extend(q.speaker_span);
    }
    v.extend(a.timexes.iter().map(|t| t.span));
    v.extend(a.events.iter().map(|e| e.span));
    v
}

/// Checks every span and the ids that link the parts.
pub fn check_sound(text: &str, a: &Analysis) {
    let u16 = OffsetMap::new(text, Unit::Utf16);
    let cp = OffsetMap::new(text, Unit::CodePoints);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let chars: Vec<char> = text.chars().collect();
    for s in all_spans(a) {
        assert!(s.start <= s.end && s.end <= text.len(), "span {s:?} out of bounds ({} bytes)", text.len());
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {s:?} off a char boundary"
        );
        let want = &text[s.start..s.end];
        let w = u16.span(s);
        assert_eq!(String::from_utf16_lossy(&utf16[w.start..w.end]), want, "UTF-16 slice of {s:?}");
        let c = cp.span(s);
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), want, "code-point slice of {s:?}");
    }
    for m in &a.mentions {
        assert_eq!(m.text, m.span.text(text));
        assert!(a.entities.iter().any(|e| e.id == m.entity), "mention {} links to a missing entity", m.id);
    }
    for e in &a.entities {
        assert_eq!(e.count, e.mentions.len());
    }
    for q in &a.quotes {
        assert_eq!(q.text, q.span.text(text));
        if let Some(id) = &q.speaker_entity {
            assert!(a.entities.iter().any(|e| &e.id == id), "quote {} links to a missing entity", q.id);
        }
    }
    for t in &a.timexes {
        assert_eq!(t.text, t.span.text(text));
        assert!(!t.value.is_empty(), "timex {} has no value", t.id);
    }
    for ev in &a.events {
        if let Some(t) = &ev.timex {
            assert!(a.timexes.iter().any(|x| &x.id == t), "event {} links to a missing timex", ev.id);
        }
        for p in ev.participants.iter().chain(&ev.places) {
            assert!(a.entities.iter().any(|e| &e.id == p), "event {} links to a missing entity", ev.id);
        }
    }
}
