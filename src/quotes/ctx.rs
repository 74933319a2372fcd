//! The token layer every rule of the stage reads: tokens, quoted regions, sentence starts and
//! Title Case lines, with bounds-checked accessors (a bad index answers "no", never panics).

use super::cues::{self, is_one_of};
use super::marks::Region;
use crate::segment::{TokKind, Token};

/// Per-token flags (`Info::flags`).
const WORD: u8 = 1;
const LOWER: u8 = 2;
const CAP: u8 = 4;
/// A sentence or paragraph starts here.
const START: u8 = 8;
/// On a Title Case line.
const TITLE: u8 = 16;
/// Inside a top-level quoted region (marks included).
const QUOTED: u8 = 32;

/// What the rules ask about a token, computed once per document.
#[derive(Clone, Copy, Default)]
struct Info {
    /// Word classes ([`cues::word_info`]).
    class: u64,
    /// Speech-verb tags.
    tags: u16,
    flags: u8,
}

/// The token layer every rule reads.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Top-level quoted regions.
    pub regions: Vec<Region>,
    /// Per token: 1 + the index of the top-level region holding it (marks included), or 0.
    pub region_of: Vec<u32>,
    /// Per token: flags, verb tags and word classes.
    info: Vec<Info>,
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
        let mut info: Vec<Info> = Vec::with_capacity(toks.len());
        // Title Case lines: at least three words of four letters or more, three quarters of
        // them capitalised, and at most 40 tokens.
        let title_line = |info: &mut Vec<Info>, from: usize, long: usize, caps: usize| {
            if long >= 3 && caps * 4 >= long * 3 && info.len() - from <= 40 {
                info.iter_mut().skip(from).for_each(|x| x.flags |= TITLE);
            }
        };
        let (mut line, mut long, mut caps) = (0usize, 0usize, 0usize);
        for (k, t) in toks.iter().enumerate() {
            if t.line_start && k > 0 {
                title_line(&mut info, line, long, caps);
                (line, long, caps) = (k, 0, 0);
            }
            let mut x = Info { class: 0, tags: 0, flags: if t.line_start { START } else { 0 } };
            if t.kind != TokKind::Punct {
                x.flags |= WORD;
                // Most words: eight ASCII bytes or fewer (valid boundaries, first char = first byte).
                if let Some((b, wi)) = table.short(text.as_bytes(), t.span.start, t.span.end) {
                    if b.is_ascii_lowercase() {
                        x.flags |= LOWER;
                    } else if b.is_ascii_uppercase() {
                        x.flags |= CAP;
                    }
                    (x.class, x.tags) = (wi.class, wi.tags);
                    if t.kind == TokKind::Word && t.span.len() >= 4 {
                        long += 1;
                        caps += usize::from(x.flags & CAP != 0);
                    }
                    if region_of.get(k).is_some_and(|&r| r != 0) {
                        x.flags |= QUOTED;
                    }
                    info.push(x);
                    continue;
                }
                // (An empty text means a span off the text: no word to look up.)
                let w = t.text(text);
                match w.as_bytes().first() {
                    Some(b) if b.is_ascii_lowercase() => x.flags |= LOWER,
                    Some(b) if b.is_ascii_uppercase() => x.flags |= CAP,
                    Some(b) if !b.is_ascii() => match w.chars().next() {
                        Some(c) if c.is_lowercase() => x.flags |= LOWER,
                        Some(c) if c.is_uppercase() => x.flags |= CAP,
                        _ => {}
                    },
                    _ => {}
                }
                if !w.is_empty() {
                    let wi = table.info(text, t.span.start, t.span.end);
                    (x.class, x.tags) = (wi.class, wi.tags);
                }
                if t.kind == TokKind::Word && t.span.len() >= 4 {
                    long += 1;
                    caps += usize::from(x.flags & CAP != 0);
                }
            }
            if region_of.get(k).is_some_and(|&r| r != 0) {
                x.flags |= QUOTED;
            }
            info.push(x);
        }
        title_line(&mut info, line, long, caps);
        for s in sentences {
            if let Some(x) = info.get_mut(s.tokens.start) {
                x.flags |= START;
            }
        }
        let mut cue_tokens = Vec::new();
        let mut unquoted_starts = Vec::new();
        for (k, x) in info.iter().enumerate() {
            if x.tags != 0 || x.class & cues::ACCORDING != 0 {
                cue_tokens.push(k as u32);
            }
            if x.flags & (START | QUOTED) == START {
                unquoted_starts.push(k as u32);
            }
        }
        Ctx { text, toks, regions: top, region_of, info, cue_tokens, unquoted_starts }
    }

    fn flag(&self, i: usize, f: u8) -> bool {
        self.info.get(i).is_some_and(|x| x.flags & f != 0)
    }
    /// Is token `i` a word in one of the classes `class` (bits of [`cues`])?
    pub fn is(&self, i: usize, class: u64) -> bool {
        self.info.get(i).is_some_and(|x| x.class & class != 0)
    }
    /// The speech-verb tags of token `i` ([`cues::verb_tags`]).
    pub fn tags(&self, i: usize) -> u16 {
        self.info.get(i).map_or(0, |x| x.tags)
    }
    /// Is token `i` on a Title Case line (a headline), where verbs are capitalised too?
    pub fn title_case(&self, i: usize) -> bool {
        self.flag(i, TITLE)
    }
    pub fn n(&self) -> usize {
        self.toks.len()
    }
    pub fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    pub fn is_word(&self, i: usize) -> bool {
        self.flag(i, WORD)
    }
    pub fn is_lower(&self, i: usize) -> bool {
        self.flag(i, LOWER)
    }
    pub fn is_cap(&self, i: usize) -> bool {
        self.flag(i, CAP)
    }
    /// A new sentence or paragraph starts at token `i` (or `i` is past the end).
    pub fn starts(&self, i: usize) -> bool {
        self.info.get(i).is_none_or(|x| x.flags & START != 0)
    }
    /// A sentence or paragraph outside quotation marks starts at token `i`.
    pub fn starts_unquoted(&self, i: usize) -> bool {
        self.info.get(i).is_none_or(|x| x.flags & (START | QUOTED) == START)
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
