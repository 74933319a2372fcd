//! Stage 2: sentences and tokens.
//!
//! Tokens are words (runs of letters and digits, plus the inner periods of abbreviations and
//! initials such as "U.S." or "J.D."), numbers, and single punctuation characters. Apostrophes
//! split words ("Russia’s" → "Russia", "’s"), hyphens too ("US-Ukraine" → "US", "-", "Ukraine"):
//! later stages see that the parts touch (no space between them) through [`Token::glued`].
//!
//! A sentence ends at a line break, or at `.`, `?`, `!` (with any closing quotation marks or
//! brackets) followed by a space and a word that can start a sentence, unless the word before the
//! period is a known abbreviation ("Mr.", "Gen.", "Nov.") or an initial ("J.").

use crate::model::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (and digits), or an abbreviation with inner periods ("U.S.").
    Word,
    /// Digits only (possibly with inner `,` or `.`: "600,000", "23.4").
    Number,
    /// One punctuation or symbol character.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokKind,
    /// No white space between this token and the previous one.
    pub glued: bool,
    /// A line break stands between this token and the previous one.
    pub line_start: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
}

/// A sentence: its span and the range of its tokens in [`Segmented::tokens`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
}

/// The output of this stage.
#[derive(Clone, Debug, Default)]
pub struct Segmented {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

/// Abbreviations after which a period does not end a sentence (lower-case, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "sgt", "adm", "gov", "sen",
    "rep", "rev", "hon", "pres", "supt", "st", "ft", "mt", "jr", "sr", "co", "corp", "inc", "ltd", "bros",
    "no", "nos", "vs", "v", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "approx", "dept", "est", "fig", "vol", "ave", "blvd", "rd", "u.s", "u.k", "u.n", "a.m", "p.m", "d.c",
    "calif", "fla", "mass", "conn", "penn", "ill", "ariz", "ark", "colo", "del", "ga", "ind", "kan", "ky",
    "la", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
    "vt", "wash", "wis", "wyo",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w))
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks stay inside the word they modify.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

pub fn is_closing_punct(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}')
}

/// Splits `text` into tokens, skipping the `excluded` byte ranges (sorted, non-overlapping).
pub fn tokenize(text: &str, excluded: &[Span]) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut ex = excluded.iter();
    // The next excluded range not yet passed (checked only once `i` reaches its start).
    let mut next_ex = ex.next();
    let mut glued = false;
    let mut line_start = true;
    while i < text.len() {
        // Skip excluded ranges: they act as a line break.
        while let Some(e) = next_ex.filter(|e| e.start <= i) {
            if e.end > i {
                i = e.end.min(text.len());
                while !text.is_char_boundary(i) {
                    i += 1;
                }
                line_start = true;
                glued = false;
            }
            next_ex = ex.next();
        }
        if i >= text.len() {
            break;
        }
        // ASCII fast path for white space (most of what sits between tokens).
        let b0 = bytes[i];
        if b0 < 0x80 && (b0 <= b' ' || b0 == 0x7f) {
            let stop = next_ex.map_or(text.len(), |e| e.start.min(text.len()));
            while i < stop && matches!(bytes[i], 0..=b' ' | 0x7f) {
                line_start |= matches!(bytes[i], b'\n' | b'\r');
                i += 1;
            }
            glued = false;
            continue;
        }
        let c = if b0 < 0x80 {
            char::from(b0)
        } else {
            match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        let clen = c.len_utf8();
        if c.is_whitespace() || c.is_control() || c == '\u{FEFF}' {
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                line_start = true;
            }
            glued = false;
            i += clen;
            continue;
        }
        let start = i;
        let kind;
        if is_word_char(c) {
            let mut j = i + clen;
            let mut all_digits = c.is_ascii_digit();
            loop {
                // ASCII letters and digits without decoding.
                match bytes.get(j) {
                    Some(&x) if x.is_ascii_alphanumeric() => {
                        all_digits &= x.is_ascii_digit();
                        j += 1;
                        continue;
                    }
                    Some(&x) if x < 0x80 && !(all_digits && (x == b',' || x == b'.')) => break,
                    None => break,
                    _ => {}
                }
                let Some(d) = text[j..].chars().next() else { break };
                if is_word_char(d) {
                    all_digits &= d.is_ascii_digit();
                    j += d.len_utf8();
                    continue;
                }
                // Inner "," or "." in numbers: 600,000 / 23.4
                if all_digits && (d == ',' || d == '.') {
                    if let Some(n) = bytes.get(j + 1) {
                        if n.is_ascii_digit() {
                            j += 1;
                            continue;
                        }
                    }
                }
                break;
            }
            // Abbreviations with inner periods: U.S., J.D., a.m. (single letters joined by '.').
            let word = &text[i..j];
            if !all_digits && bytes.get(j) == Some(&b'.') && word.chars().count() == 1 {
                let mut k = j + 1;
                let mut parts = 1;
                loop {
                    let mut it = text[k..].chars();
                    match (it.next(), it.next()) {
                        (Some(a), Some('.')) if a.is_alphabetic() => {
                            let after = text[k + a.len_utf8() + 1..].chars().next();
                            if after.is_some_and(|x| x.is_alphanumeric()) {
                                break;
                            }
                            k += a.len_utf8() + 1;
                            parts += 1;
                        }
                        _ => break,
                    }
                }
                if parts > 1 {
                    j = k;
                }
            }
            i = j;
            kind = if all_digits { TokKind::Number } else { TokKind::Word };
        } else {
            i += clen;
            kind = TokKind::Punct;
        }
        tokens.push(Token { span: Span::new(start, i), kind, glued, line_start });
        glued = true;
        line_start = false;
    }
    tokens
}

/// Splits the tokens into sentences.
pub fn segment(text: &str, excluded: &[Span]) -> Segmented {
    let tokens = tokenize(text, excluded);
    let mut sentences = Vec::new();
    let mut first = 0;
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        // A line break before token i ends the running sentence.
        if i > first && tokens[i].line_start {
            push_sentence(&mut sentences, &tokens, first, i);
            first = i;
        }
        let t = tokens[i];
        let s = t.text(text);
        let is_end_punct = t.kind == TokKind::Punct && matches!(s, "." | "?" | "!" | "…");
        let abbr_end = t.kind == TokKind::Word && s.ends_with('.') && s.len() > 2;
        if is_end_punct || abbr_end {
            // Take closing quotes and brackets with the sentence.
            let mut j = i + 1;
            while j < n
                && tokens[j].glued
                && !tokens[j].line_start
                && tokens[j].kind == TokKind::Punct
                && tokens[j]
                    .text(text)
                    .chars()
                    .next()
                    .is_some_and(|c| is_closing_punct(c) || matches!(c, '.' | '?' | '!'))
            {
                j += 1;
            }
            if j < n && !tokens[j].line_start && ends_here(text, &tokens, i, j, abbr_end) {
                push_sentence(&mut sentences, &tokens, first, j);
                first = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if first < n {
        push_sentence(&mut sentences, &tokens, first, n);
    }
    Segmented { tokens, sentences }
}

/// Does a sentence end after token `j - 1`, given the end mark at `i` and the next token `j`?
fn ends_here(text: &str, tokens: &[Token], i: usize, j: usize, abbr_end: bool) -> bool {
    let next = tokens[j];
    if next.glued {
        return false;
    }
    let nt = next.text(text);
    let nc = nt.chars().next().unwrap_or(' ');
    let next_starts = nc.is_uppercase()
        || nc.is_ascii_digit()
        || matches!(nc, '"' | '“' | '‘' | '\'' | '«' | '(' | '[' | '—' | '-');
    if !next_starts {
        return false;
    }
    let mark = tokens[i];
    if abbr_end {
        // "U.S. officials" stays one sentence; "in the U.S. The" ends. Treat a following
        // capitalised function word as a sentence start.
        return is_sentence_opener(nt);
    }
    if mark.text(text) == "." && i > 0 {
        let prev = tokens[i - 1];
        if prev.kind == TokKind::Word && !mark.glued {
            return true;
        }
        if prev.kind == TokKind::Word && mark.glued {
            let w = prev.text(text);
            if is_abbreviation(w) {
                // "Gen. Smith" continues; "in Jan. The" rarely matters.
                return is_sentence_opener(nt) && !is_title_abbreviation(w);
            }
            // An initial: "J. Smith".
            if w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase()) {
                return false;
            }
        }
    }
    true
}

fn is_title_abbreviation(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "gen"
            | "lt"
            | "col"
            | "maj"
            | "capt"
            | "sgt"
            | "adm"
            | "gov"
            | "sen"
            | "rep"
            | "rev"
            | "hon"
            | "st"
            | "no"
            | "vs"
            | "v"
    )
}

/// Capitalised words that almost always start a sentence.
fn is_sentence_opener(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "But"
            | "And"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "Our"
            | "If"
            | "When"
            | "While"
            | "As"
            | "After"
            | "Before"
            | "However"
            | "Meanwhile"
            | "Still"
            | "Yet"
            | "So"
            | "For"
            | "With"
            | "Some"
            | "Many"
            | "Most"
            | "One"
            | "Two"
            | "Officials"
            | "“"
            | "\""
    )
}

fn push_sentence(sentences: &mut Vec<Sentence>, tokens: &[Token], first: usize, end: usize) {
    if first >= end {
        return;
    }
    let span = Span::new(tokens[first].span.start, tokens[end - 1].span.end);
    sentences.push(Sentence { span, tokens: first..end });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        segment(text, &[]).sentences.iter().map(|s| s.span.text(text)).collect()
    }
    fn toks(text: &str) -> Vec<&str> {
        tokenize(text, &[]).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn tokens_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Russia’s war", &["Russia", "’", "s", "war"]),
            ("US-Ukraine talks", &["US", "-", "Ukraine", "talks"]),
            ("the U.S. embassy", &["the", "U.S.", "embassy"]),
            ("J.D. Vance", &["J.D.", "Vance"]),
            ("600,000 personnel", &["600,000", "personnel"]),
            ("$23.4 million.", &["$", "23.4", "million", "."]),
            ("“The Russians", &["“", "The", "Russians"]),
            ("", &[]),
            ("   \n ", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(&toks(input), want, "input {input:?}");
        }
    }

    #[test]
    fn sentences_table() {
        let cases: &[(&str, &[&str])] = &[
            ("He left. She stayed.", &["He left.", "She stayed."]),
            ("Mr. Smith left. Gen. Jones stayed.", &["Mr. Smith left.", "Gen. Jones stayed."]),
            ("J. Smith went home.", &["J. Smith went home."]),
            ("U.S. officials met. They talked.", &["U.S. officials met.", "They talked."]),
            ("“It works,” he said. “Good.”", &["“It works,” he said.", "“Good.”"]),
            ("“Is it?” he asked.", &["“Is it?” he asked."]),
            ("line one\nline two", &["line one", "line two"]),
            ("Set for Nov. 27, 2025. Next.", &["Set for Nov. 27, 2025.", "Next."]),
            ("He went to the U.S. The talks ended.", &["He went to the U.S.", "The talks ended."]),
            ("It cost 23.4 million.", &["It cost 23.4 million."]),
        ];
        for (input, want) in cases {
            assert_eq!(&sents(input), want, "input {input:?}");
        }
    }

    #[test]
    fn excluded_ranges_are_skipped() {
        let text = "One.\nRead More\nTwo.";
        let ex = [Span::new(5, 14)];
        let s = segment(text, &ex);
        let got: Vec<_> = s.sentences.iter().map(|x| x.span.text(text)).collect();
        assert_eq!(got, vec!["One.", "Two."]);
    }

    #[test]
    fn odd_input_never_panics() {
        for t in ["\"", "“", ".", "...", "a.b.c.", "é\u{301}.", "\u{0}\u{1}", "\r\r\n", "A. B. C."] {
            let s = segment(t, &[]);
            for tok in &s.tokens {
                assert!(t.is_char_boundary(tok.span.start) && t.is_char_boundary(tok.span.end));
            }
        }
    }
}
