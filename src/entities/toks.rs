//! The document's tokens as the entity stage reads them, computed once per document: the lookup
//! key of a token range (what [`fold_key`] makes of its text) is, almost always, a slice of the
//! text in ASCII lower case; per-token flags say where it is not, and whether a token is
//! capitalised. Look-ups then cost a hash of a slice, never an allocation.
//!
//! [`fold_key`]: crate::lexicon::fold_key

use super::lexicon::{Lex, fold_into, wc};
use crate::segment::{TokKind, Token};
use std::cell::Cell;

/// A word token.
pub const WORD: u8 = 16;
/// The first character is upper case.
pub const CAP: u8 = 1;
/// Has an alphabetic character.
pub const ALPHA: u8 = 4;
/// Has an alphabetic character, and all of them are upper case ("NATO", "U.S.").
pub const UPPER: u8 = 8;
/// Not plain ASCII (or a backquote, which folds to an apostrophe): its key is not its slice of
/// the lower-cased text.
const FOLD: u8 = 2;

/// Byte classes: not plain ASCII (or a backquote), a letter, a lower-case letter.
const B_ODD: u8 = 1;
const B_ALPHA: u8 = 2;
const B_LOWER: u8 = 4;
const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 || c == b'`' {
            B_ODD
        } else if c.is_ascii_lowercase() {
            B_ALPHA | B_LOWER
        } else if c.is_ascii_uppercase() {
            B_ALPHA
        } else {
            0
        };
        b += 1;
    }
    t
};

pub struct Toks<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// The text in ASCII lower case (same byte offsets).
    lower: String,
    /// Per token: consecutive tokens with the same number are separated by one space or nothing,
    /// as `fold_key` writes white space, so the key of a range of them is one slice of `lower`.
    runs: Vec<u32>,
    /// Per token: `WORD`, `CAP`, `ALPHA`, `UPPER`, `FOLD`.
    flags: Vec<u8>,
    /// Per token, filled on first use: the first-word look-up of the gazetteer and of the titles
    /// (0 not yet, 1 no phrase starts with this word, n + 2 the longest has n words).
    gaz_first: Vec<Cell<u8>>,
    title_first: Vec<Cell<u8>>,
    /// Per token, filled on first use: the word classes ([`super::lexicon::wc`]) of its lower-case form and of
    /// the token as written (`KNOWN` set once computed).
    lower_classes: Vec<Cell<u32>>,
    word_classes: Vec<Cell<u32>>,
    lex: &'static Lex,
}

/// Marks a computed entry of the class memos (no class uses the top bit).
const KNOWN: u32 = 1 << 31;

impl<'a> Toks<'a> {
    pub fn new(text: &'a str, toks: &'a [Token]) -> Toks<'a> {
        let bytes = text.as_bytes();
        // Lower-cased in one pass (the gaps are never part of a key but as one space).
        let lower = text.to_ascii_lowercase();
        let mut runs = Vec::with_capacity(toks.len());
        let mut flags_of = Vec::with_capacity(toks.len());
        let mut run = 0u32;
        let mut prev_end = None;
        for t in toks {
            // The gap before the token: a single space or nothing keeps the run.
            if let Some(p) = prev_end {
                let plain = t.span.start == p || (t.span.start == p + 1 && bytes.get(p) == Some(&b' '));
                if !plain {
                    run = run.wrapping_add(1);
                }
            }
            prev_end = Some(t.span.end);
            let w = bytes.get(t.span.start..t.span.end).unwrap_or(&[]);
            let empty = if w.is_empty() { B_ODD } else { 0 };
            let mut class = empty;
            for &b in w {
                class |= BYTE_CLASS[usize::from(b)];
            }
            let mut flags = if t.kind == TokKind::Word { WORD } else { 0 };
            if class & B_ODD == 0 {
                if bytes.get(t.span.start).is_some_and(u8::is_ascii_uppercase) {
                    flags |= CAP;
                }
                if class & B_ALPHA != 0 {
                    flags |= if class & B_LOWER != 0 { ALPHA } else { ALPHA | UPPER };
                }
            } else {
                flags |= FOLD;
                let w = t.text(text);
                if w.chars().next().is_some_and(char::is_uppercase) {
                    flags |= CAP;
                }
                if w.chars().any(char::is_alphabetic) {
                    flags |= ALPHA;
                    if w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
                        flags |= UPPER;
                    }
                }
            }
            if flags & FOLD != 0 {
                // A run of its own: keys over it are folded the slow way.
                run = run.wrapping_add(1);
                runs.push(run);
                run = run.wrapping_add(1);
            } else {
                runs.push(run);
            }
            flags_of.push(flags);
        }
        Toks {
            text,
            toks,
            lower,
            runs,
            flags: flags_of,
            gaz_first: vec![Cell::new(0); toks.len()],
            title_first: vec![Cell::new(0); toks.len()],
            lower_classes: vec![Cell::new(0); toks.len()],
            word_classes: vec![Cell::new(0); toks.len()],
            lex: super::lexicon::lex(),
        }
    }

    /// The word classes ([`super::lexicon::wc`]) of `to_lowercase` of token `k` (what [`Toks::lower`] gives),
    /// memoised; 0 out of range.
    pub fn lower_classes(&self, k: usize) -> u32 {
        let Some(cell) = self.lower_classes.get(k) else { return 0 };
        let c = cell.get();
        if c & KNOWN != 0 {
            return c & !KNOWN;
        }
        let c = self.lex.classes(self.lower(k).as_ref());
        cell.set(c | KNOWN);
        c
    }

    /// The word classes ([`super::lexicon::wc`]) of token `k` as written, memoised; 0 out of range.
    pub fn word_classes(&self, k: usize) -> u32 {
        let Some(cell) = self.word_classes.get(k) else { return 0 };
        let c = cell.get();
        if c & KNOWN != 0 {
            return c & !KNOWN;
        }
        let w = self.word(k);
        // A word without upper-case letters is its own lower-case form.
        let plain = self.flags.get(k).is_some_and(|f| f & FOLD == 0);
        let c = if plain && !w.bytes().any(|b| b.is_ascii_uppercase()) {
            self.lower_classes(k)
        } else if plain && self.lower_classes(k) & wc::CASED == 0 {
            // No key has this lower-case form with capitals.
            0
        } else {
            self.lex.classes(w)
        };
        cell.set(c | KNOWN);
        c
    }

    /// Is the lower-case form of token `k` in a list of class `c`?
    pub fn is(&self, k: usize, c: u32) -> bool {
        self.lower_classes(k) & c != 0
    }

    /// Is token `k` as written in a list of class `c`?
    pub fn is_w(&self, k: usize, c: u32) -> bool {
        self.word_classes(k) & c != 0
    }

    /// Token `k` folds to its ASCII lower-case form (its key is [`Toks::lower`]).
    pub fn plain(&self, k: usize) -> bool {
        self.flags.get(k).is_some_and(|f| f & FOLD == 0)
    }

    /// The first-word look-up at token `a` (`gaz`: of the gazetteer, else of the titles), memoised:
    /// `compute` runs once per token.
    pub fn first_memo(&self, gaz: bool, a: usize, compute: impl FnOnce() -> Option<usize>) -> Option<usize> {
        let memo = if gaz { &self.gaz_first } else { &self.title_first };
        let Some(cell) = memo.get(a) else { return compute() };
        match cell.get() {
            0 => {
                let r = compute();
                match r {
                    None => cell.set(1),
                    Some(n) if n < 250 => cell.set(n as u8 + 2),
                    Some(_) => {}
                }
                r
            }
            1 => None,
            n => Some(usize::from(n) - 2),
        }
    }

    /// The flags of tokens `[s, e)` (empty out of range): for scans of a whole sentence.
    pub fn flags(&self, s: usize, e: usize) -> &[u8] {
        self.flags.get(s..e).unwrap_or(&[])
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn get(&self, k: usize) -> Option<&'a Token> {
        self.toks.get(k)
    }

    /// The text of token `k` as written ("" out of range).
    pub fn word(&self, k: usize) -> &'a str {
        self.toks.get(k).map(|t| t.text(self.text)).unwrap_or("")
    }

    pub fn is_word(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == TokKind::Word)
    }

    /// Token `k` starts with an upper-case letter.
    pub fn cap(&self, k: usize) -> bool {
        self.flags.get(k).is_some_and(|f| f & CAP != 0)
    }

    /// Token `k` has a letter.
    pub fn alpha(&self, k: usize) -> bool {
        self.flags.get(k).is_some_and(|f| f & ALPHA != 0)
    }

    /// Token `k` has a letter, and all its letters are upper case.
    pub fn upper(&self, k: usize) -> bool {
        self.flags.get(k).is_some_and(|f| f & UPPER != 0)
    }

    /// The folded key of tokens `[a, b)` when it is a slice of the table (almost always).
    fn slice(&self, a: usize, b: usize) -> Option<&str> {
        let l = b.checked_sub(1)?;
        // A FOLD token has a run of its own: inner tokens of a run are plain too.
        let fold = (self.flags.get(a)? | self.flags.get(l)?) & FOLD != 0;
        if a > l || self.runs.get(a)? != self.runs.get(l)? || fold {
            return None;
        }
        self.lower.get(self.toks.get(a)?.span.start..self.toks.get(l)?.span.end)
    }

    /// The folded key of tokens `[a, b)` (what `fold_key` makes of their text), written into
    /// `buf` only when it is not a slice of the table. "" for an empty or invalid range.
    pub fn key<'s>(&'s self, a: usize, b: usize, buf: &'s mut String) -> &'s str {
        if let Some(s) = self.slice(a, b) {
            return s;
        }
        buf.clear();
        if let (Some(x), Some(y)) = (self.toks.get(a), b.checked_sub(1).and_then(|l| self.toks.get(l))) {
            if a < b {
                fold_into(crate::model::Span::new(x.span.start, y.span.end).text(self.text), buf);
            }
        }
        buf.as_str()
    }

    /// The folded key of tokens `[a, b)` as a slice of the table, `None` when it is not one.
    pub fn key_slice(&self, a: usize, b: usize) -> Option<&str> {
        self.slice(a, b)
    }

    /// The folded key of tokens `[a, b)`, borrowed when the table holds it.
    pub fn key_cow(&self, a: usize, b: usize) -> std::borrow::Cow<'_, str> {
        match self.slice(a, b) {
            Some(x) => std::borrow::Cow::Borrowed(x),
            None => {
                let mut buf = String::new();
                self.key(a, b, &mut buf);
                std::borrow::Cow::Owned(buf)
            }
        }
    }

    /// `to_lowercase` of token `k`, borrowed when the table holds it.
    pub fn lower(&self, k: usize) -> std::borrow::Cow<'_, str> {
        match k.checked_add(1).and_then(|b| self.slice(k, b)) {
            Some(x) => std::borrow::Cow::Borrowed(x),
            None => std::borrow::Cow::Owned(self.word(k).to_lowercase()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::fold_key;
    use crate::model::Span;

    #[test]
    fn keys_agree_with_fold_key() {
        let texts = [
            "Kyiv’s  Forces met U.S.-based “Zola” in São Paulo\n\nÉMILE said",
            "A\u{1}B C\u{7f} D",
            "ΟΔΥΣΣΕΥΣ Σ `x´ – —",
            "",
        ];
        for text in texts {
            let seg = crate::segment::segment(text, &[]);
            let t = Toks::new(text, &seg.tokens);
            let mut buf = String::new();
            for a in 0..seg.tokens.len() {
                for b in a + 1..=seg.tokens.len() {
                    let (x, y) = (&seg.tokens[a], &seg.tokens[b - 1]);
                    let want = fold_key(Span::new(x.span.start, y.span.end).text(text));
                    assert_eq!(t.key(a, b, &mut buf), want, "{text:?} {a}..{b}");
                }
                assert_eq!(t.lower(a), t.word(a).to_lowercase(), "{text:?} {a}");
            }
        }
    }

    #[test]
    fn excluded_text_is_no_slice() {
        let text = "New York Times";
        let excluded = [Span::new(4, 8)];
        let seg = crate::segment::segment(text, &excluded);
        let t = Toks::new(text, &seg.tokens);
        assert_eq!(seg.tokens.len(), 2);
        assert_eq!(t.key_slice(0, 2), None);
        let mut buf = String::new();
        assert_eq!(t.key(0, 2, &mut buf), "new york times");
    }
}
