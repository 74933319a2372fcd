//! Roles: the title phrases attached to a person. Pre-modifiers ("United States Secretary of
//! State Marco Rubio", "Kremlin spokesman Dmitry Peskov"), appositions ("Rubio, the US secretary
//! of state,") and predicates ("Peskov, who is the Kremlin's spokesman").

use super::lexicon::{Lex, wc};
use super::mentions::{Cand, title_at};
use super::toks::Toks;
use crate::document::Doc;
use crate::model::{EntityType, Span};
use crate::segment::TokKind;

fn word<'a>(doc: &'a Doc, k: usize) -> &'a str {
    doc.seg.tokens.get(k).map(|t| t.text(doc.text)).unwrap_or("")
}

/// The role phrase written before person mention `m` (index into `cands`), if any.
pub fn before(doc: &Doc, tk: &Toks, cands: &[Cand], m: usize, lex: &Lex) -> Option<(Span, &'static str)> {
    let c = cands.get(m)?;
    let toks = &doc.seg.tokens;
    // "Russia's foreign minister, Sergei Lavrov, said": a title, a comma, the name, a comma.
    let comma = word(doc, c.first.wrapping_sub(1)) == ","
        && word(doc, c.end) == ","
        && !toks.get(c.first).is_some_and(|x| x.line_start);
    let end = if comma { c.first - 1 } else { c.first };
    // A title ending at `end` ends with a word or a glued "." (see `title_scan`); a plain word
    // must be the end of some title.
    let last = end.checked_sub(1)?;
    let last_word = tk.word(last);
    let alnum = !last_word.is_empty() && last_word.bytes().all(|b| b.is_ascii_alphanumeric());
    if !tk.is_word(last) && last_word != "." || alnum && tk.is_word(last) && !tk.is(last, wc::TITLE_LAST) {
        return None;
    }
    // The longest title ending right before the name (titles do not cross lines).
    let mut start = None;
    for back in 1..=(lex.title_max + 3).min(end) {
        let t = end - back;
        if toks.get(t).is_some_and(|x| x.kind == TokKind::Word) && title_at(tk, t, end, lex) == Some(end) {
            start = Some(t);
        }
        if toks.get(t).is_some_and(|x| x.line_start) {
            break;
        }
    }
    let mut s = start?;
    // Modifiers and a naming mention before the title: "former", "United States", "Kremlin".
    loop {
        if s == 0 || toks.get(s).is_some_and(|x| x.line_start) {
            break;
        }
        let p = s - 1;
        if tk.is(p, wc::ROLE_MODIFIER) {
            s = p;
            continue;
        }
        // Candidates are sorted and do not overlap: the one ending at `s` is found by search.
        let at = cands.partition_point(|x| x.end <= s);
        let prev = at.checked_sub(1).and_then(|i| cands.get(i));
        if let Some(prev) = prev.filter(|x| x.end == s && x.kind != Some(EntityType::Person)) {
            s = prev.first;
            continue;
        }
        break;
    }
    let a = toks.get(s)?.span.start;
    let b = toks.get(end - 1)?.span.end;
    // Honorifics say who, not what: "Mr." is no role.
    let role = Span::new(a, b).text(doc.text).trim_end_matches('.').to_lowercase();
    if matches!(role.as_str(), "mr" | "mrs" | "ms" | "miss" | "mx" | "sir" | "dame" | "madam") {
        return None;
    }
    Some((Span::new(a, b), "role_premodifier"))
}

/// The role phrase written after person mention `m`: ", the US secretary of state," or ", who
/// is the Kremlin's spokesman".
pub fn after(doc: &Doc, tk: &Toks, cands: &[Cand], m: usize, lex: &Lex) -> Option<(Span, &'static str)> {
    let c = cands.get(m)?;
    let toks = &doc.seg.tokens;
    let mut k = c.end;
    if word(doc, k) != "," {
        return None;
    }
    k += 1;
    let mut rule = "role_apposition";
    if word(doc, k) == "who" && matches!(word(doc, k + 1), "is" | "was") {
        k += 2;
        rule = "role_predicate";
    }
    if matches!(word(doc, k), "the" | "a" | "an") {
        k += 1;
    }
    let p = k;
    // The phrase runs to the next comma or sentence end, at most 8 tokens.
    let mut q = p;
    while q < p + 9 {
        let Some(t) = toks.get(q) else { break };
        if t.line_start && q > p {
            break;
        }
        let w = t.text(doc.text);
        if matches!(w, "," | "." | ";" | ":" | "(" | ")" | "“" | "”" | "\"") {
            break;
        }
        q += 1;
    }
    if q <= p || q >= p + 9 {
        return None;
    }
    // A title must end the phrase, or stand before its "of" complement.
    let ok = (p..q).any(|s| title_at(tk, s, q, lex).is_some_and(|e| e == q || word(doc, e) == "of"));
    if !ok {
        return None;
    }
    let a = toks.get(p)?.span.start;
    let b = toks.get(q - 1)?.span.end;
    Some((Span::new(a, b), rule))
}
