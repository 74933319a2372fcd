//! The evaluation format of `../shared/eval/FORMAT.md`: one JSON object per document, offsets in
//! Unicode code points, as `newslens --format eval` writes it.

use crate::model::Analysis;
use crate::offsets::{OffsetMap, Unit};
use serde_json::{Value, json};

/// The evaluation record of one analysed document (spans of `a` are bytes of `text`).
pub fn record(id: &Value, text: &str, a: &Analysis) -> Value {
    let map = OffsetMap::new(text, Unit::CodePoints);
    let cp = |b: usize| map.convert(b);
    let entities: Vec<Value> = a
        .mentions
        .iter()
        .map(|m| json!({"start": cp(m.span.start), "end": cp(m.span.end), "type": m.kind.label(), "text": m.span.text(text)}))
        .collect();
    let timexes: Vec<Value> = a
        .timexes
        .iter()
        .map(|t| {
            json!({"start": cp(t.span.start), "end": cp(t.span.end), "type": t.kind.label(),
                   "value": t.value, "text": t.span.text(text)})
        })
        .collect();
    let quotes: Vec<Value> = a
        .quotes
        .iter()
        .map(|q| {
            json!({"start": cp(q.span.start), "end": cp(q.span.end), "text": q.span.text(text),
                   "kind": q.kind, "speaker": q.speaker,
                   "speaker_start": q.speaker_span.map(|s| cp(s.start)),
                   "speaker_end": q.speaker_span.map(|s| cp(s.end))})
        })
        .collect();
    // The evaluation scores dated events: undated future items (FUTURE_REF) stay in the page's
    // "coming" list but are not calendar events.
    let events: Vec<Value> = a
        .events
        .iter()
        .filter(|e| e.date.starts_with(|c: char| c.is_ascii_digit()))
        .map(|e| json!({"date": e.date, "start": cp(e.span.start), "end": cp(e.span.end), "text": e.span.text(text), "summary": e.summary}))
        .collect();
    json!({"id": id, "text": text, "dct": a.document.dct, "entities": entities, "timexes": timexes,
           "quotes": quotes, "events": events})
}
