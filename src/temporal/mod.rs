//! Stage 4: time expressions. Extract first with underspecified values ([`recognise`]: an
//! ordered table of recognisers over the tokens of each sentence), then resolve them in one pass
//! ([`resolve`]: the only code that reads the publication date) from the publication date, the
//! date last mentioned, the tense of the governing verb and cue words.
//!
//! The dateline the publication date was read from is emitted too, as the creation time.

pub mod date;
pub mod dateline;
pub mod recognise;
pub mod resolve;
pub mod value;
pub mod words;

#[cfg(test)]
mod tests;

use crate::document::Doc;
use crate::model::{Id, Span, Timex, TimexType};
use recognise::{Cand, Sent};
use resolve::{Resolver, Tense};

/// Finds and normalises the time expressions of the article, in text order.
pub fn extract(doc: &Doc) -> Vec<Timex> {
    let low = doc.text.to_ascii_lowercase();
    // The dateline is emitted below as the creation time. (A wire dateline, "WASHINGTON, Nov 23
    // (Reuters) -", names no year: it stays an ordinary expression, resolved to the nearest date.)
    let dateline_lines = dateline::all_lines(doc.text, &doc.lines, &doc.excluded);
    // Extract: every sentence's candidates, with the tense around each.
    let mut found: Vec<(Span, Cand, Tense)> = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    for sentence in &doc.seg.sentences {
        let Some(toks) = doc.seg.tokens.get(sentence.tokens.clone()) else { continue };
        Sent::lower_words(&low, toks, &mut words);
        let s = Sent { text: doc.text, toks, words: &words };
        let mut cands = recognise::scan(&s);
        recognise::share_years(&s, &mut cands);
        recognise::share_days(&s, &mut cands);
        recognise::coordinated_days(&s, &mut cands);
        for c in cands {
            let (Some(first), Some(last)) = (toks.get(c.start), toks.get(c.end.saturating_sub(1))) else {
                continue;
            };
            let span = Span::new(first.span.start, last.span.end);
            if dateline_lines.iter().any(|l| l.overlaps(span)) {
                continue;
            }
            let t = resolve::tense(&s, c.start, c.end);
            found.push((span, c, t));
        }
    }
    // Resolve, in text order, from the day the story was written.
    let mut resolver = Resolver::new(writing_day(doc).or(doc.dct));
    let mut out = Vec::with_capacity(found.len() + 1);
    if let Some(d) = doc.dateline {
        out.push(Timex {
            id: Id(0),
            span: d.span,
            text: d.span.text(doc.text).to_string(),
            kind: TimexType::Date,
            value: d.date.to_string(),
            creation_time: true,
            rule: "dateline",
        });
    }
    for (span, c, t) in &found {
        let Some((kind, value)) = resolver.resolve(c, *t) else { continue };
        out.push(Timex {
            id: Id(0),
            span: *span,
            text: span.text(doc.text).to_string(),
            kind,
            value,
            creation_time: false,
            rule: c.rule,
        });
    }
    crate::sort::sort_by_key(&mut out, |t| t.span);
    for (k, t) in out.iter_mut().enumerate() {
        t.id = Id(k as u32 + 1);
    }
    out
}

/// The day the story was written: the publication date, or the date of a wire dateline one to
/// three days before it ("WASHINGTON, March 12 (Xinhua) --" in a paper of March 13: "Friday"
/// and "today" count from March 12).
fn writing_day(doc: &Doc) -> Option<date::Date> {
    let dct = doc.dct?;
    let (m, d) = doc.lines.iter().take(3).find_map(|l| {
        let (_, _, m, d) = dateline::wire_dateline(l.text(doc.text))?;
        Some((m, d))
    })?;
    let filed =
        [dct.year, dct.year - 1].into_iter().filter_map(|y| date::Date::new(y, m, d)).find(|f| *f <= dct)?;
    let lag = dct.to_days() - filed.to_days();
    Some(if (1..=3).contains(&lag) { filed } else { dct })
}
