//! Quotation marks → quoted regions.
//!
//! Every quotation-mark style is read: “ ” ‘ ’ " ' « » „ ‹ › and the typewriter pairs `` ''.
//! A mark opens or closes by its flanking (space before and a word after opens; a word or
//! punctuation before and a space or punctuation after closes); an apostrophe between two letters
//! ("Russia’s", "don’t") is no mark. Marks pair on a small stack per family (double, single), so
//! quotes nest ("“He said ‘no’,” she said"). A paragraph (a line) ends every open quote: news
//! reopens the quote at each new paragraph without closing the previous one, and a text cut off
//! mid-quote must not swallow the rest of the article. An unclosed double quote runs to the end
//! of its paragraph; an unclosed single mark is dropped (it is most likely an apostrophe).

use crate::model::Span;
use crate::segment::{TokKind, Token};

/// A quoted stretch of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    /// Token index of the opening mark (its first token for a two-token `` mark).
    pub open: usize,
    /// Token index of the closing mark's last token, or `None` when the paragraph ended first.
    pub close: Option<usize>,
    /// The tokens strictly inside the marks.
    pub first: usize,
    pub last: usize,
    /// The text strictly inside the marks (to the paragraph end when unclosed).
    pub inner: Span,
    /// Nesting depth: 0 for a top-level quote.
    pub depth: u8,
}

impl Region {
    /// The last token that belongs to the region, mark included.
    pub fn end_tok(&self) -> usize {
        self.close.unwrap_or(self.last)
    }
    /// Number of word tokens inside.
    pub fn words(&self, tokens: &[Token]) -> usize {
        tokens
            .get(self.first..=self.last)
            .map_or(0, |t| t.iter().filter(|t| t.kind != TokKind::Punct).count())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
}

/// Every mark starts with one of these bytes (ASCII marks, « » in C2, the curly and angle marks
/// in E2, 〝 〞 in E3): a byte test skips all other tokens.
#[inline]
fn maybe_mark(text: &str, t: &Token) -> bool {
    const LEAD: [bool; 256] = {
        let mut t = [false; 256];
        t[b'"' as usize] = true;
        t[b'\'' as usize] = true;
        t[b'`' as usize] = true;
        t[0xC2] = true;
        t[0xE2] = true;
        t[0xE3] = true;
        t
    };
    t.kind == TokKind::Punct && text.as_bytes().get(t.span.start).is_some_and(|&b| LEAD[usize::from(b)])
}

/// What the mark at token `i` is: its family, role and number of tokens (2 for `` and '').
fn classify(text: &str, tokens: &[Token], i: usize) -> Option<(Family, Role, usize)> {
    let t = tokens.get(i)?;
    if !maybe_mark(text, t) {
        return None;
    }
    let s = t.text(text);
    let prev = if i > 0 && !t.line_start { tokens.get(i - 1) } else { None };
    let next = tokens.get(i + 1).filter(|n| !n.line_start);
    let word = |x: Option<&Token>| x.is_some_and(|x| x.kind != TokKind::Punct);
    let glued_prev = t.glued && prev.is_some();
    let glued_next = next.is_some_and(|n| n.glued);
    let word_before = glued_prev && word(prev);
    let word_after = glued_next && word(next);
    // Two-token typewriter marks: `` and ''.
    if (s == "`" || s == "'") && next.is_some_and(|n| n.glued && n.text(text) == s) {
        let after = tokens.get(i + 2).filter(|n| !n.line_start);
        let role = if s == "`"
            || !glued_prev
            || (after.is_some_and(|a| a.glued && a.kind != TokKind::Punct) && !word_before)
        {
            Role::Open
        } else {
            Role::Close
        };
        return Some((Family::Double, role, 2));
    }
    let (family, role) = match s {
        // A curly mark typed the wrong way round still opens or closes by its flanking.
        "“" if glued_prev && !glued_next => (Family::Double, Role::Close),
        "”" if !glued_prev && (word_after || t.line_start) => (Family::Double, Role::Open),
        "“" | "„" | "«" | "〝" => (Family::Double, Role::Open),
        "”" | "»" | "〞" => (Family::Double, Role::Close),
        "‹" => (Family::Single, Role::Open),
        "›" => (Family::Single, Role::Close),
        "\"" => {
            let role = if !glued_prev {
                Role::Open
            } else if !glued_next || !word_after {
                Role::Close
            } else if prev.is_some_and(|p| matches!(p.text(text), "(" | "[" | "—" | "–" | "-" | ":")) {
                Role::Open
            } else {
                Role::Close
            };
            (Family::Double, role)
        }
        "‘" => {
            if word_before && word_after {
                return None;
            }
            (Family::Single, Role::Open)
        }
        "’" | "'" => {
            if word_before && word_after {
                return None; // Russia’s, don’t
            }
            if !glued_prev && word_after {
                if s == "’" {
                    return None; // ’90s, ’til
                }
                (Family::Single, Role::Open)
            } else if glued_prev {
                (Family::Single, Role::Close)
            } else {
                return None;
            }
        }
        _ => return None,
    };
    Some((family, role, 1))
}

/// Finds the quoted regions of the token stream, in order of their opening marks.
pub fn regions(text: &str, tokens: &[Token]) -> Vec<Region> {
    const MAX_DEPTH: usize = 4;
    let mut out: Vec<Region> = Vec::new();
    let mut stack: Vec<(Family, usize, usize)> = Vec::with_capacity(MAX_DEPTH); // family, open, first
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].line_start && i > 0 && !stack.is_empty() {
            close_paragraph(tokens, i - 1, &mut stack, &mut out);
        }
        if !maybe_mark(text, &tokens[i]) {
            i += 1;
            continue;
        }
        let Some((family, role, len)) = classify(text, tokens, i) else {
            i += 1;
            continue;
        };
        // German „…“: the high mark closes a low one; a straight quote with space on both sides
        // closes an open quote.
        let spaced = tokens[i].text(text) == "\""
            && !tokens[i].glued
            && !tokens.get(i + 1).is_some_and(|n| n.glued && !n.line_start);
        let role = if role == Role::Open
            && (tokens[i].text(text) == "“"
                && stack.last().is_some_and(|(_, o, _)| tokens[*o].text(text) == "„")
                || spaced && stack.iter().any(|(f, _, _)| *f == Family::Double))
        {
            Role::Close
        } else {
            role
        };
        match role {
            Role::Open => {
                if stack.len() < MAX_DEPTH {
                    stack.push((family, i, i + len));
                }
            }
            Role::Close => {
                if let Some(pos) = stack.iter().rposition(|(f, _, _)| *f == family) {
                    // Inner marks left open are dropped.
                    stack.truncate(pos + 1);
                    if let Some((_, open, first)) = stack.pop()
                        && first < i
                    {
                        let inner = Span::new(tokens[first - 1].span.end, tokens[i].span.start);
                        out.push(Region {
                            open,
                            close: Some(i + len - 1),
                            first,
                            last: i - 1,
                            inner,
                            depth: stack.len() as u8,
                        });
                    }
                } else if family == Family::Double
                    && len == 1
                    && tokens[i].text(text) == "\""
                    && stack.len() < MAX_DEPTH
                {
                    // A straight quote that cannot close anything opens.
                    stack.push((family, i, i + 1));
                }
            }
        }
        i += len;
    }
    if !tokens.is_empty() {
        close_paragraph(tokens, tokens.len() - 1, &mut stack, &mut out);
    }
    crate::sort::sort_by_key(&mut out, |r| (r.open, std::cmp::Reverse(r.end_tok())));
    out
}

/// The paragraph ends after token `last`: open double quotes end there, open single marks are
/// dropped.
fn close_paragraph(
    tokens: &[Token],
    last: usize,
    stack: &mut Vec<(Family, usize, usize)>,
    out: &mut Vec<Region>,
) {
    // Only the outermost open double quote becomes a region.
    if let Some(pos) = stack.iter().position(|(f, _, _)| *f == Family::Double) {
        let (_, open, first) = stack[pos];
        if first <= last
            && let (Some(o), Some(l)) = (tokens.get(first.saturating_sub(1)), tokens.get(last))
        {
            out.push(Region {
                open,
                close: None,
                first,
                last,
                inner: Span::new(o.span.end, l.span.end),
                depth: pos as u8,
            });
        }
    }
    stack.clear();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;

    fn inner(text: &str) -> Vec<(&str, u8)> {
        let toks = tokenize(text, &[]);
        regions(text, &toks).iter().map(|r| (r.inner.text(text), r.depth)).collect()
    }

    #[test]
    fn marks_table() {
        let cases: &[(&str, &[(&str, u8)])] = &[
            ("He said “we won,” smiling.", &[("we won,", 0)]),
            ("He said \"we won,\" smiling.", &[("we won,", 0)]),
            ("‘updated’ framework", &[("updated", 0)]),
            ("Russia’s war and don’t", &[]),
            ("“He said ‘no’ twice,” she said.", &[("He said ‘no’ twice,", 0), ("no", 1)]),
            ("«Bonjour» dit-il", &[("Bonjour", 0)]),
            ("‹Hallo› sagte er", &[("Hallo", 0)]),
            ("He called it 'a total disaster,' aides said.", &[("a total disaster,", 0)]),
            ("It was rock 'n' roll in the '90s.", &[("n", 0)]),
            ("”Fear is real.” ― Ana", &[("Fear is real.", 0)]),
            (
                "\"I was insulted by the term 'outreach,' \" he said.",
                &[("I was insulted by the term 'outreach,' ", 0), ("outreach,", 1)],
            ),
            ("„Guten Tag“, sagte er", &[("Guten Tag", 0)]),
            ("titled ''How to Win'' by", &[("How to Win", 0)]),
            ("``Yes,'' he said.", &[("Yes,", 0)]),
            ("the Jones’ house and ’90s music", &[]),
            // Reopened at the next paragraph without a close.
            ("“One two\n“Three four,” he said.", &[("One two", 0), ("Three four,", 0)]),
            // Cut off mid-quote: ends at the paragraph, not later.
            (
                "“I can get something don\nRead on. “Next,” he said.",
                &[("I can get something don", 0), ("Next,", 0)],
            ),
            ("", &[]),
            ("\"", &[]),
            ("“", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(&inner(input), want, "input {input:?}");
        }
    }
}
