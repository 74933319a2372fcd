//! Stage 5: direct, partial and reported speech, attributed to speakers.
//!
//! The stage runs in three passes over the token stream (each linear, with bounded look-ahead):
//! 1. [`marks`]: quotation marks → quoted regions (every mark style, nesting, quotes reopened at
//!    each paragraph, quotes cut off by the end of the text).
//! 2. [`reported`]: speech cues from the verb lexicon ([`cues`]) → the content clause they
//!    govern and the subject next to them ("X said (that) …", "…, X said", "…, said X",
//!    "according to X", participles ", adding that …"). A content that is exactly one quoted
//!    region is `direct`, one that holds quoted words `partial`, else `indirect`.
//! 3. Quoted regions no cue claimed: a quote-like region (a sentence, not a title, a name or a
//!    scare-quoted word) is a `direct` quote; in the paragraph of an attributed quote it
//!    continues that quote ("“A,” he said. “B.”"), else it is given the context's speaker.
//!
//! Attribution ([`attribution`]) turns the subject phrase into a speaker.

pub mod attribution;
pub mod cues;
pub mod marks;
pub mod reported;

use crate::document::Doc;
use crate::model::{Entity, Mention, Quote, QuoteKind, Span};
use attribution::{Resolver, Speaker};
use reported::{Claim, Ctx};

/// Finds the quotes of the article, in text order.
pub fn extract(doc: &Doc, mentions: &[Mention], entities: &[Entity]) -> Vec<Quote> {
    let text = doc.text;
    let toks = &doc.seg.tokens;
    let regions = marks::regions(text, toks);
    let cx = Ctx::new(text, toks, &doc.seg.sentences, regions);
    let mut claims = reported::claims(&cx);
    claims.extend(reported::colon_speakers(&cx));
    claims.retain(|c| !doc.is_excluded(c.span) && !c.span.is_empty());
    claims.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    claims.dedup_by(|b, a| a.span == b.span);
    drop_nested(&cx, &mut claims);
    let claims = with_free_quotes(&cx, claims, doc);

    let mut resolver = Resolver::new(&cx, mentions, entities);
    let mut speakers: Vec<Speaker> = Vec::with_capacity(claims.len());
    let mut out = Vec::with_capacity(claims.len());
    for (n, c) in claims.iter().enumerate() {
        let speaker = match (c.subject, c.rule) {
            (Some(s), _) => resolver.resolve(&cx, s, &speakers),
            (None, "continued") => speakers.last().cloned().unwrap_or_default(),
            (None, _) => {
                // No attribution in the text: the context's speaker (the last named one), with
                // no span.
                let prev = speakers.iter().rev().take(4).find(|s| s.entity.is_some()).or(speakers.last());
                Speaker {
                    name: prev.and_then(|p| p.name.clone()),
                    span: None,
                    entity: prev.and_then(|p| p.entity.clone()),
                    plural: false,
                }
            }
        };
        if let (Some(ent), Some(span)) = (speaker.entity.as_deref(), speaker.span) {
            if let Some(e) = resolver.entity(ent) {
                resolver.note_speaker(span.start, e.id.as_str());
            }
        }
        let cue = (c.subject.is_some() || c.rule != "unattributed")
            .then(|| cx.byte_span(c.cue.0, c.cue.1))
            .filter(|s| !s.is_empty());
        out.push(Quote {
            id: format!("q{}", n + 1),
            span: c.span,
            text: c.span.text(text).to_string(),
            kind: c.kind,
            cue,
            cue_text: cue.map(|s| s.text(text).to_string()),
            speaker: speaker.name.clone(),
            speaker_span: speaker.span,
            speaker_entity: speaker.entity.clone(),
            rule: c.rule,
        });
        speakers.push(speaker);
    }
    out
}

/// A cue inside another claim's content reports within a report ("X said Y announced Z"):
/// only the outer claim is kept. Claims are sorted by start; the check looks at a few neighbours.
fn drop_nested(cx: &Ctx, claims: &mut Vec<Claim>) {
    let n = claims.len();
    let mut keep = vec![true; n];
    for i in 0..n {
        let cue = cx.byte_span(claims[i].cue.0, claims[i].cue.1);
        let lo = i.saturating_sub(6);
        let hi = (i + 6).min(n);
        keep[i] = !(lo..hi)
            .any(|j| j != i && claims[j].span.contains(cue) && !claims[i].span.contains(claims[j].span));
    }
    let mut k = 0;
    claims.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// Adds the quoted regions no cue claimed: continuations of the previous quote, quotes
/// attributed by a dash ("“…” ― Name"), and unattributed quotes. Titles, names and scare-quoted
/// words are left out.
fn with_free_quotes(cx: &Ctx, claims: Vec<Claim>, doc: &Doc) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::with_capacity(claims.len() + cx.regions.len());
    let mut ci = claims.into_iter().peekable();
    for r in cx.regions.iter() {
        // Claims that start before this region come first.
        while let Some(c) = ci.next_if(|c| c.span.start < r.inner.start) {
            out.push(c);
        }
        let claimed = out.iter().rev().take(4).any(|c| c.span.overlaps(r.inner))
            || ci.peek().is_some_and(|c| c.span.overlaps(r.inner));
        if claimed || !quote_like(cx, r) || doc.is_excluded(r.inner) {
            continue;
        }
        // “A,” he said. “B.” — the same paragraph continues the previous direct quote.
        if let Some(prev) = out.last_mut() {
            let same_para =
                prev.content.1 < r.open && !(prev.content.1 + 1..=r.open).any(|k| cx.toks[k].line_start);
            if same_para
                && prev.kind == QuoteKind::Direct
                && prev.subject.is_some()
                && r.inner.end > prev.span.end
            {
                prev.span = Span::new(prev.span.start, r.inner.end);
                prev.content.1 = r.end_tok();
                continue;
            }
        }
        // “…” ― Name
        let after = r.end_tok() + 1;
        let dash =
            matches!(cx.w(after), "―" | "—" | "–") && cx.toks.get(after).is_some_and(|t| !t.line_start);
        let subject = if dash { reported::np_right(cx, after + 1).filter(|s| cx.is_cap(s.0)) } else { None };
        let (cue, rule) = if subject.is_some() {
            ((after, after), "quote_dash_name")
        } else {
            ((r.open, r.open), "unattributed")
        };
        out.push(Claim {
            content: (r.open, r.end_tok()),
            span: r.inner,
            kind: QuoteKind::Direct,
            cue,
            subject,
            rule,
        });
    }
    out.extend(ci);
    out
}

/// Is the region a quotation rather than a title, a name or scare-quoted words?
fn quote_like(cx: &Ctx, r: &marks::Region) -> bool {
    let inner = r.inner.text(cx.text).trim_end();
    let words = r.words(cx.toks);
    let end_punct = inner.ends_with([',', '.', '?', '!', '…', ';', ':']) || r.close.is_none();
    let before = r.open.checked_sub(1).filter(|_| !cx.toks[r.open].line_start);
    let title_cue = before.is_some_and(|b| cx.one_of(b, cues::TITLE_CUES));
    let title_case = !inner.trim_end_matches(',').ends_with(['.', '?', '!', '…'])
        && words >= 2
        && words <= 10
        && (r.first..=r.last)
            .filter(|&k| cx.is_word(k) && cx.w(k).chars().count() >= 4)
            .all(|k| cx.is_cap(k));
    if title_cue || title_case {
        return false;
    }
    (end_punct && words >= 3) || words >= 8
}

#[cfg(test)]
mod tests;
