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
//! The subject next to a cue comes from [`subject`]; attribution ([`attribution`]) turns it into
//! a speaker. Design notes: docs/design/quotes.md.

pub mod attribution;
pub mod ctx;
pub mod cues;
pub mod marks;
pub mod reported;
pub mod subject;

use crate::document::Doc;
use crate::model::{Entity, EntityType, Id, Mention, Quote, QuoteKind, Span};
use attribution::{Resolver, Speaker};
use ctx::Ctx;
use reported::Claim;

/// Every rule id a [`Quote`] can carry (`Quote.rule`), with an example of what it reads.
pub const RULES: &[(&str, &str)] = &[
    ("said_that", "Rubio said (that) [the sides had made progress] / told reporters (that) […]"),
    ("quote_comma_said", "“[We will get there],” Rubio said."),
    ("quote_comma_said_x", "“[We will get there],” said Rubio."),
    ("quote_said_quote", "“[A,” she said, “B.]”"),
    ("content_comma_said", "[The talks will resume], officials said."),
    ("content_comma_said_x", "[The talks will resume], said the source."),
    ("content_parenthetical_said", "[The plan, officials said, would cost more]."),
    ("according_to_front", "According to the ministry, [the talks will resume]."),
    ("according_to_back", "[The talks will resume], according to two diplomats."),
    ("as_x_said", "As POLITICO revealed, [most of the payments were for books]."),
    ("participle", "…, adding that [the sides agreed] / stating [there were signals]"),
    ("infinitive_cue", "He went on to say [Russia's economy had hit bottom]"),
    ("object_fragment", "US and Ukraine announce ‘[updated]’ framework"),
    ("described_as", "Zelensky described [it as a critical moment]"),
    ("cue_np_object", "Zelensky acknowledged [progress in the negotiations]"),
    ("cue_to_infinitive", "Clinton plans [to call on young people]"),
    ("cue_particle_np", "Trump called for [the repeal of the law]"),
    (
        "attitude_adjective",
        "Voters are skeptical of [the establishment] / were confident that [he would win]",
    ),
    ("name_colon", "WALLACE: [Let’s start with the debate.]"),
    ("quote_dash_name", "“[I am afraid.]” ― Ana Ruiz"),
    ("colon_quote", "She addressed the crowd again: “[Here is what I regret.]”"),
    ("unattributed", "“[We need more time.]” (no attribution in the text)"),
];

/// Finds the quotes of the article, in text order.
pub fn extract(doc: &Doc, mentions: &[Mention], entities: &[Entity]) -> Vec<Quote> {
    let text = doc.text;
    let toks = &doc.seg.tokens;
    let regions = marks::regions(text, toks);
    let cx = Ctx::new(text, toks, &doc.seg.sentences, regions);
    let mut claims = reported::claims(&cx);
    // "NAME: text" needs a name: a transcript's capitals or a person or organization mention.
    claims.extend(reported::colon_speakers(&cx).into_iter().filter(|c| {
        c.subject.is_some_and(|(s, e)| {
            let span = cx.byte_span(s, e);
            // One or two capitalised words ("Poll:", "Pence:") pass; longer runs need more.
            let caps =
                e - s < 2 || span.text(text).chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
            let at = mentions.partition_point(|m| m.span.end <= span.start);
            caps || mentions.get(at).is_some_and(|m| {
                m.span.overlaps(span) && matches!(m.kind, EntityType::Person | EntityType::Organization)
            })
        })
    }));
    claims.retain(|c| !excluded(doc, c.span) && !c.span.is_empty());
    crate::sort::sort_by_key(&mut claims, |c| (c.span.start, std::cmp::Reverse(c.span.end)));
    claims.dedup_by(|b, a| a.span == b.span);
    drop_nested(&cx, &mut claims);
    let claims = join_paragraphs(&cx, with_free_quotes(&cx, claims, doc));

    let mut resolver = Resolver::new(doc, &cx, mentions, entities);
    let mut speakers: Vec<Speaker> = Vec::with_capacity(claims.len());
    let mut out = Vec::with_capacity(claims.len());
    for (n, c) in claims.iter().enumerate() {
        let speaker = match (c.subject, c.rule) {
            (Some(s), _) => resolver.resolve(&cx, s, &speakers),
            (None, _) => {
                // No attribution in the text: the context's speaker, with no span: the most
                // recent person subject (a sentence's first person, or a person speaker), else
                // the last speaker.
                let prev = speakers.iter().rev().take(4).find(|s| s.entity.is_some()).or(speakers.last());
                match resolver.person_before(c.span.start) {
                    Some(e) => Speaker {
                        name: Some(e.canonical.clone()),
                        span: None,
                        entity: Some(e.id),
                        plural: false,
                    },
                    _ => Speaker {
                        name: prev.and_then(|p| p.name.clone()),
                        span: None,
                        entity: prev.and_then(|p| p.entity),
                        plural: false,
                    },
                }
            }
        };
        if let (Some(ent), Some(span)) = (speaker.entity, speaker.span)
            && let Some(e) = resolver.entity(ent)
        {
            resolver.note_speaker(span.start, e.id);
        }
        let cue = (c.subject.is_some() || c.rule != "unattributed")
            .then(|| cx.byte_span(c.cue.0, c.cue.1))
            .filter(|s| !s.is_empty());
        out.push(Quote {
            id: Id(n as u32 + 1),
            span: c.span,
            text: c.span.text(text).to_string(),
            kind: c.kind,
            cue,
            cue_text: cue.map(|s| s.text(text).to_string()),
            speaker: speaker.name.clone(),
            speaker_span: speaker.span,
            speaker_entity: speaker.entity,
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
        if claimed || !quote_like(cx, r) || excluded(doc, r.inner) {
            continue;
        }
        // “A,” he said. “B.” — the same paragraph continues the previous direct quote.
        if let Some(prev) = out.last_mut() {
            let same_para =
                prev.content.1 < r.open && !(prev.content.1 + 1..=r.open).any(|k| cx.toks[k].line_start);
            // An unattributed quote continues only over a short attribution ("the letter reads").
            // The next quotation must open a sentence: "“A,” he said. “B.”", not "…, he said,
            // suggesting questions, including “B”".
            let near = cx.starts(r.open) && (prev.subject.is_some() || r.open <= prev.content.1 + 12);
            if same_para && prev.kind == QuoteKind::Direct && near && r.inner.end > prev.span.end {
                prev.span = Span::new(prev.span.start, r.inner.end);
                prev.content.1 = r.end_tok();
                continue;
            }
        }
        // “…” ― Name
        let after = r.end_tok() + 1;
        let dash =
            matches!(cx.w(after), "―" | "—" | "–") && cx.toks.get(after).is_some_and(|t| !t.line_start);
        let subject = if dash { subject::np_right(cx, after + 1).filter(|s| cx.is_cap(s.0)) } else { None };
        // "She then addressed the supporters again: “Here is …”": the sentence the colon ends.
        let colon = r.open.checked_sub(1).filter(|&k| cx.is_punct(k, ":"));
        let by_colon = match subject {
            None => colon.and_then(|k| colon_subject(cx, k)),
            _ => None,
        };
        let (cue, subject, rule) = if subject.is_some() {
            ((after, after), subject, "quote_dash_name")
        } else if let (Some(k), Some(s)) = (colon, by_colon) {
            ((k, k), Some(s), "colon_quote")
        } else {
            ((r.open, r.open), None, "unattributed")
        };
        out.push(Claim::quoted(r, cue, subject, rule));
    }
    out.extend(ci);
    out
}

/// The subject of the sentence that a colon at `k` ends ("The ad says: “…”"), when that sentence
/// is no quotation and starts within 30 tokens.
fn colon_subject(cx: &Ctx, k: usize) -> Option<(usize, usize)> {
    if cx.region(k).is_some() {
        return None;
    }
    let lo = k.saturating_sub(30);
    let start = (lo..k).rev().find(|&i| cx.starts(i))?;
    if (start..k).any(|i| cx.region(i).is_some()) {
        return None;
    }
    let s = reported::sentence_subject(cx, start, k)?;
    (cx.is_cap(s.0) || cx.is(s.0, cues::PRONOUN) || cx.is(s.0, cues::DETERMINER)).then_some(s)
}

/// A quotation left open at the end of a paragraph and reopened at the next one is one quote
/// (the news convention): direct quotes in that relation are joined, keeping the attribution
/// found in any of them.
fn join_paragraphs(cx: &Ctx, claims: Vec<Claim>) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::with_capacity(claims.len());
    for c in claims {
        if let Some(prev) = out.last_mut() {
            let open_end =
                cx.region(prev.content.1).is_some_and(|r| r.close.is_none() && r.last == prev.content.1);
            let reopened = c.content.0 == prev.content.1 + 1
                && cx.toks.get(c.content.0).is_some_and(|t| t.line_start)
                && cx.opens(c.content.0).is_some();
            if open_end && reopened && prev.kind == QuoteKind::Direct && c.kind == QuoteKind::Direct {
                prev.span = Span::new(prev.span.start, c.span.end.max(prev.span.end));
                prev.content.1 = c.content.1;
                if prev.subject.is_none() && c.subject.is_some() {
                    prev.subject = c.subject;
                    prev.cue = c.cue;
                    prev.rule = c.rule;
                }
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Does `span` overlap page debris? (`doc.excluded` is sorted: a binary search, not a scan.)
fn excluded(doc: &Doc, span: Span) -> bool {
    let at = doc.excluded.partition_point(|e| e.end <= span.start);
    doc.excluded.get(at).is_some_and(|e| e.overlaps(span))
}

/// Is the region a quotation rather than a title, a name or scare-quoted words?
fn quote_like(cx: &Ctx, r: &marks::Region) -> bool {
    let inner = r.inner.text(cx.text).trim_end();
    let words = r.words(cx.toks);
    let end_punct = inner.ends_with([',', '.', '?', '!', '…', ';', ':']) || r.close.is_none();
    let before = r.open.checked_sub(1).filter(|_| !cx.toks[r.open].line_start);
    let title_cue = before.is_some_and(|b| cx.is_word(b) && cx.is(b, cues::TITLE_CUE));
    if title_cue || title_like(cx, r) {
        return false;
    }
    (end_punct && words >= 3) || words >= 8
}

/// A short quotation in Title Case is a title or a name ("“Saving Private Ryan”", "“Miracle
/// Run.”"), not a quote.
pub(crate) fn title_like(cx: &Ctx, r: &marks::Region) -> bool {
    let inner = r.inner.text(cx.text).trim_end();
    let words = r.words(cx.toks);
    const SMALL: &[&str] =
        &["the", "and", "for", "from", "with", "but", "nor", "into", "over", "onto", "upon"];
    let long = || {
        (r.first..=r.last).filter(|&k| cx.is_word(k) && cx.w(k).chars().count() >= 3 && !cx.one_of(k, SMALL))
    };
    (!inner.trim_end_matches(',').ends_with(['.', '?', '!', '…']) || words <= 6 && inner.ends_with('.'))
        && (2..=10).contains(&words)
        && (long().count() >= 2
            || long().count() == 1
                && (r.first..=r.last).any(|k| cx.toks[k].kind == crate::segment::TokKind::Number))
        && long().all(|k| cx.is_cap(k))
}

#[cfg(test)]
mod tests;
