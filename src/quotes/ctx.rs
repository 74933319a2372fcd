//! The token layer every rule of the stage reads: tokens, quoted regions, sentence starts and
//! Title Case lines, with bounds-checked accessors (a bad index answers "no", never panics).

use super::cues::is_one_of;
use super::marks::Region;
use crate::segment::{TokKind, Token};

/// The token layer every rule reads.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Top-level quoted regions.
    pub regions: Vec<Region>,
    /// Per token: 1 + the index of the top-level region holding it (marks included), or 0.
    pub region_of: Vec<u32>,
    /// Per token: does a sentence start here?
    pub sent_first: Vec<bool>,
    /// Per token: is it on a Title Case line (a headline), where verbs are capitalised too?
    pub title_case: Vec<bool>,
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
        let mut sent_first = vec![false; toks.len()];
        for s in sentences {
            if let Some(x) = sent_first.get_mut(s.tokens.start) {
                *x = true;
            }
        }
        let mut title_case = vec![false; toks.len()];
        let mut i = 0;
        while i < toks.len() {
            let mut end = i + 1;
            while end < toks.len() && !toks[end].line_start {
                end += 1;
            }
            let long: Vec<bool> = toks[i..end]
                .iter()
                .filter(|t| t.kind == TokKind::Word && t.span.len() >= 4)
                .map(|t| t.text(text).chars().next().is_some_and(|c| c.is_uppercase()))
                .collect();
            let caps = long.iter().filter(|&&x| x).count();
            if long.len() >= 3 && caps * 4 >= long.len() * 3 && end - i <= 40 {
                title_case[i..end].iter_mut().for_each(|x| *x = true);
            }
            i = end;
        }
        Ctx { text, toks, regions: top, region_of, sent_first, title_case }
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
        self.is_word(i) && self.w(i).chars().next().is_some_and(|c| c.is_lowercase())
    }
    pub fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.w(i).chars().next().is_some_and(|c| c.is_uppercase())
    }
    /// A new sentence or paragraph starts at token `i`.
    pub fn starts(&self, i: usize) -> bool {
        self.toks.get(i).is_none_or(|t| t.line_start) || self.sent_first.get(i).copied().unwrap_or(true)
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
