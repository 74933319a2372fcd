//! The token layer every rule of the stage reads: tokens, quoted regions, sentence starts and
//! Title Case lines, with bounds-checked accessors (a bad index answers "no", never panics).

use super::cues::{self, is_one_of};
use super::marks::Region;
use crate::segment::{TokKind, Token};
use std::cell::Cell;

/// A token's looked-up word information, packed: class bits (low 40), tags (bits 40..56) and
/// [`KNOWN`]; 0 until a rule first asks (only the tokens around cues are ever asked about).
const KNOWN: u64 = 1 << 63;
const TAGS_SHIFT: u32 = 40;

/// The token layer every rule reads.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Top-level quoted regions.
    pub regions: Vec<Region>,
    /// Per token: 1 + the index of the top-level region holding it (marks included), or 0.
    pub region_of: Vec<u32>,
    /// Per token: does a sentence or paragraph start here?
    start: Vec<bool>,
    /// The tokens that start a line, in order.
    pub lines: Vec<usize>,
    /// Per token: verb tags and word classes, looked up on first use.
    info: Vec<Cell<u64>>,
    /// The tokens that can be cues (speech-verb forms and "according"), in order.
    pub cue_tokens: Vec<u32>,
    /// The tokens that start a sentence or paragraph outside quotation marks, in order.
    pub unquoted_starts: Vec<u32>,
}

impl<'a> Ctx<'a> {
    pub fn new(
        text: &'a str,
        toks: &'a [Token],
        sentences: &[crate::segment::Sentence],
        regions: Vec<Region>,
    ) -> Ctx<'a> {
        let top: Vec<Region> = regions.into_iter().filter(|r| r.depth == 0).collect();
        let mut region_of = vec![0u32; toks.len()];
        let mut last_end = 0usize;
        for (k, r) in top.iter().enumerate() {
            // Top-level regions do not overlap; guard anyway.
            let from = r.open.max(last_end);
            let to = r.end_tok().min(toks.len().saturating_sub(1));
            for slot in region_of.iter_mut().take(to + 1).skip(from) {
                *slot = k as u32 + 1;
            }
            last_end = to + 1;
        }
        let table = cues::table();
        let bytes = text.as_bytes();
        let info: Vec<Cell<u64>> = vec![Cell::new(0); toks.len()];
        let mut start: Vec<bool> = toks.iter().map(|t| t.line_start).collect();
        let mut cue_tokens = Vec::new();
        let mut lines: Vec<usize> = Vec::new();
        for (k, t) in toks.iter().enumerate() {
            if t.line_start {
                lines.push(k);
            }
            // Only the possible cues are looked up now.
            if t.kind != TokKind::Punct && table.maybe_cue(bytes, t.span.start, t.span.end) {
                let wi = word_at(text, t);
                if let Some(cell) = info.get(k) {
                    cell.set(pack_info(wi));
                }
                if wi.tags != 0 || wi.class & (cues::ACCORDING | cues::ATTITUDE) != 0 {
                    cue_tokens.push(k as u32);
                }
            }
        }
        for s in sentences {
            if let Some(x) = start.get_mut(s.tokens.start) {
                *x = true;
            }
        }
        // The unquoted starts: line starts and sentence starts, in order, outside quotations.
        let mut sent: Vec<usize> = sentences.iter().map(|s| s.tokens.start).collect();
        if !sent.is_sorted() {
            sent.sort_unstable();
        }
        let mut unquoted_starts = Vec::with_capacity(sent.len() + lines.len());
        let (mut a, mut b) = (lines.iter().copied().peekable(), sent.into_iter().peekable());
        let mut last = None;
        loop {
            let k = match (a.peek(), b.peek()) {
                (Some(&x), Some(&y)) if x <= y => a.next(),
                (Some(_), Some(_)) | (None, Some(_)) => b.next(),
                (Some(_), None) => a.next(),
                (None, None) => break,
            };
            let Some(k) = k else { break };
            if last != Some(k) && k < toks.len() && region_of.get(k).is_none_or(|&r| r == 0) {
                unquoted_starts.push(k as u32);
            }
            last = Some(k);
        }
        Ctx { text, toks, regions: top, region_of, start, lines, info, cue_tokens, unquoted_starts }
    }

    /// Token `i`'s tags and classes (looked up on first use).
    fn info(&self, i: usize) -> u64 {
        let Some(cell) = self.info.get(i) else { return 0 };
        let x = cell.get();
        if x & KNOWN != 0 {
            return x;
        }
        let x = match self.toks.get(i) {
            Some(t) if t.kind != TokKind::Punct => pack_info(word_at(self.text, t)),
            _ => KNOWN,
        };
        cell.set(x);
        x
    }
    /// Is token `i` a word in one of the classes `class` (bits of [`cues`])?
    pub fn is(&self, i: usize, class: u64) -> bool {
        self.info(i) & class & !KNOWN & ((1 << TAGS_SHIFT) - 1) != 0
    }
    /// The speech-verb tags of token `i` ([`cues::verb_tags`]).
    pub fn tags(&self, i: usize) -> u16 {
        (self.info(i) >> TAGS_SHIFT) as u16
    }
    /// Is token `i` on a Title Case line (a headline), where verbs are capitalised too?
    /// (Title Case: at least three words of four letters or more, three quarters of them
    /// capitalised, on a line of at most 40 tokens.)
    pub fn title_case(&self, i: usize) -> bool {
        if i >= self.n() {
            return false;
        }
        let at = self.lines.partition_point(|&l| l <= i);
        let from = at.checked_sub(1).and_then(|a| self.lines.get(a)).copied().unwrap_or(0);
        let to = self.lines.get(at).copied().unwrap_or(self.n());
        if to - from > 40 {
            return false;
        }
        let (mut long, mut caps) = (0, 0);
        for t in self.toks.get(from..to).unwrap_or_default() {
            if t.kind == TokKind::Word && t.span.len() >= 4 {
                long += 1;
                caps += usize::from(first_is(self.text, t, char::is_uppercase));
            }
        }
        long >= 3 && caps * 4 >= long * 3
    }
    pub fn n(&self) -> usize {
        self.toks.len()
    }
    pub fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind != TokKind::Punct)
    }
    pub fn is_lower(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind != TokKind::Punct && first_is(self.text, t, char::is_lowercase))
    }
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind != TokKind::Punct && first_is(self.text, t, char::is_uppercase))
    }
    /// A new sentence or paragraph starts at token `i` (or `i` is past the end).
    pub fn starts(&self, i: usize) -> bool {
        self.start.get(i).copied().unwrap_or(true)
    }
    /// A sentence or paragraph outside quotation marks starts at token `i`.
    pub fn starts_unquoted(&self, i: usize) -> bool {
        self.starts(i) && self.region(i).is_none()
    }
    pub fn region(&self, i: usize) -> Option<&Region> {
        let k = *self.region_of.get(i)? as usize;
        if k == 0 { None } else { self.regions.get(k - 1) }
    }
    /// The region whose opening mark is token `i`.
    pub fn opens(&self, i: usize) -> Option<&Region> {
        self.region(i).filter(|r| r.open == i)
    }
    /// The region whose closing mark ends at token `i`.
    pub fn closes(&self, i: usize) -> Option<&Region> {
        self.region(i).filter(|r| r.close == Some(i))
    }
    #[inline]
    pub fn one_of(&self, i: usize, list: &[&str]) -> bool {
        self.is_word(i) && is_one_of(self.w(i), list)
    }
    /// Is byte `pos` inside a top-level quoted region?
    pub fn region_at_byte(&self, pos: usize) -> bool {
        let at = self.regions.partition_point(|r| r.inner.end < pos);
        self.regions.get(at).is_some_and(|r| r.inner.start <= pos && pos < r.inner.end)
    }
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Punct) && self.w(i) == p
    }
    pub fn is_adverb(&self, i: usize) -> bool {
        let w = self.w(i);
        self.is_lower(i)
            && w.len() > 4
            && w.ends_with("ly")
            && !matches!(w, "only" | "family" | "ally" | "rally" | "early")
    }
    pub fn byte_span(&self, a: usize, b: usize) -> crate::model::Span {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) if x.span.start <= y.span.end => {
                crate::model::Span::new(x.span.start, y.span.end)
            }
            _ => crate::model::Span::default(),
        }
    }
}

/// The tags and classes of a word token (an empty text means a span off the text: nothing).
fn word_at(text: &str, t: &Token) -> cues::WordInfo {
    let table = cues::table();
    match table.short(text.as_bytes(), t.span.start, t.span.end) {
        Some((_, wi)) => wi,
        None if t.text(text).is_empty() => cues::WordInfo::default(),
        None => table.info(text, t.span.start, t.span.end),
    }
}

/// Does the first character of token `t` pass `test`? (An ASCII first byte is the first char.)
#[inline]
fn first_is(text: &str, t: &Token, test: fn(char) -> bool) -> bool {
    match text.as_bytes().get(t.span.start) {
        Some(&b) if b.is_ascii() && t.span.start < t.span.end => test(char::from(b)),
        _ => t.text(text).chars().next().is_some_and(test),
    }
}

fn pack_info(wi: cues::WordInfo) -> u64 {
    KNOWN | u64::from(wi.tags) << TAGS_SHIFT | wi.class
}
