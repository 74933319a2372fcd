//! The speaker side of a claim: the grammatical subject next to a cue, read left ("Rubio, who led
//! the delegation, told") or right ("…, said Victor Cha, a scholar"), with appositives,
//! parentheses, asides between dashes, relative pronouns and time phrases handled. Bounded:
//! noun phrases reach at most 12 tokens, appositive searches 30.

use super::ctx::Ctx;
use super::cues::{self, NOUN};
use crate::segment::TokKind;

/// How far a subject noun phrase may reach, in tokens.
const MAX_NP: usize = 12;

pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// A dash that sets off an aside ("-" with spaces around it, "—", "–", "--").
pub(super) fn is_dash(cx: &Ctx, k: usize) -> bool {
    match cx.w(k) {
        "—" | "–" | "―" => true,
        "-" => {
            // " - " and the typewriter dash " -- " (its second hyphen included).
            let spaced = |i: usize| cx.toks.get(i).is_some_and(|t| !t.glued);
            spaced(k) && (spaced(k + 1) || cx.w(k + 1) == "-")
                || k > 0 && cx.w(k - 1) == "-" && spaced(k - 1) && spaced(k + 1)
        }
        _ => false,
    }
}

/// The subject before an appositive that ends at the comma `p`: the noun phrase before the
/// previous comma of the sentence ("Christie, New Jersey’s sitting governor, repeated").
pub(super) fn loose_appositive(cx: &Ctx, p: usize) -> Option<(usize, usize)> {
    let lim = p.saturating_sub(30);
    let q = (lim..p)
        .rev()
        .take_while(|&q| !cx.starts(q + 1) && cx.region(q).is_none())
        .find(|&q| cx.is_punct(q, ","))?;
    let np = np_left(cx, q.checked_sub(1)?)?;
    // The subject starts its clause.
    (cx.starts(np.0)
        || np.0 > 0
            && (cx.is_punct(np.0 - 1, ",")
                || cx.closes(np.0 - 1).is_some()
                || cx.is(np.0 - 1, cues::AND_BUT)))
    .then_some(np)
}

/// The subject left of the cue at `c`: (the token left of the subject, the subject). Skips
/// auxiliaries, adverbs and time phrases ("Rubio earlier on Sunday said"), and an appositive or
/// relative clause between commas ("Rubio, who led the delegation, told"). When no subject is
/// found, the first value is the token left of the cue.
pub(super) fn subject_before(cx: &Ctx, c: usize) -> (Option<usize>, Option<(usize, usize)>) {
    // "“… votes?” said Trump": the splitter ended the sentence after "?”".
    let after_close = |i: usize| {
        i > 0
            && !cx.toks[i].line_start
            && cx
                .closes(i - 1)
                .is_some_and(|r| r.inner.text(cx.text).trim_end().ends_with(['?', '!', ',', '—', '…']))
    };
    if c == 0 || cx.starts(c) {
        return (Some(c.wrapping_sub(1)).filter(|_| after_close(c)), None);
    }
    let mut k = c - 1;
    let mut skipped = 0;
    while skipped < 6 && k > 0 && !cx.starts(k) {
        // "he’s sought", "they’ve said": the contraction leads to the pronoun.
        if matches!(cx.w(k), "s" | "ve" | "d" | "ll" | "re" | "m")
            && k >= 2
            && matches!(cx.w(k - 1), "’" | "'")
            && cx.one_of(k - 2, &["he", "she", "it", "they", "we", "i", "you", "who", "that", "there"])
        {
            k -= 2;
            break;
        }
        // "didn’t", "won’t": three tokens.
        if cx.w(k) == "t" && k >= 2 && matches!(cx.w(k - 1), "’" | "'") && !cx.starts(k - 1) {
            k -= 2;
            skipped += 1;
            if k > 0 && !cx.starts(k) {
                k -= 1;
            }
            continue;
        }
        if cx.is(k, cues::AUX_ADVERB)
            || cx.one_of(k, &["is", "are", "was", "were", "been", "am"]) && cx.w(c).ends_with("ing")
            || cx.is_adverb(k)
            // A time word, unless it ends a name ("USA Today").
            || cx.is(k, cues::ADJUNCT_WORD) && !(cx.is_cap(k) && cx.is_cap(k - 1) && cx.one_of(k, &["today", "tonight", "now"]))
            || cx.one_of(k, &["on", "in", "at", "since", "during", "by", "until"])
                && (cx.is(k + 1, cues::ADJUNCT_WORD)
                    || cx.is(k + 1, cues::MONTH)
                    || cx.toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Number))
            || (cx.is(k, cues::MONTH) || cx.toks[k].kind == TokKind::Number)
                && cx.one_of(
                    k - 1,
                    &[
                        "on", "in", "at", "since", "during", "by", "until", "last", "this", "early", "late",
                        "mid",
                    ],
                )
            || cx.toks[k].kind == TokKind::Number && cx.is(k - 1, cues::MONTH)
            // "released in late August": the qualifier of a skipped date
            || cx.one_of(k, &["late", "early", "mid"]) && cx.one_of(k - 1, &["in", "on", "since", "by", "until"])
        {
            k -= 1;
            skipped += 1;
            continue;
        }
        break;
    }
    // A parenthesis: "Mike Pence (R-IN) said".
    if cx.is_punct(k, ")") {
        let mut p = k;
        while p > 0 && k - p < 25 && !cx.is_punct(p, "(") && !cx.starts(p) {
            p -= 1;
        }
        if cx.is_punct(p, "(") && p > 0 && !cx.starts(p) {
            k = p - 1;
        }
    }
    // "Trump - who previously said he would … - said": an aside between dashes.
    if is_dash(cx, k) {
        // The first hyphen of a "--" pair.
        let dash_start = |i: usize| if i > 0 && cx.w(i) == "-" && cx.w(i - 1) == "-" { i - 1 } else { i };
        let k0 = dash_start(k);
        let lim = k0.saturating_sub(40);
        if let Some(p) = (lim..k0)
            .rev()
            .take_while(|&p| !cx.starts(p + 1) && cx.region(p).is_none())
            .find(|&p| is_dash(cx, p))
            && let Some(np) = dash_start(p).checked_sub(1).and_then(|q| np_left(cx, q))
        {
            return (np.0.checked_sub(1), Some(np));
        }
        return (Some(k), None);
    }
    if cx.is_punct(k, ",") {
        // An appositive or relative clause between commas ("Rubio, who led the delegation,
        // told"); two levels ("Schiff, 56, who …, told").
        let mut end = k;
        for _ in 0..2 {
            let lim = end.saturating_sub(30);
            let Some(p) = (lim..end)
                .rev()
                .take_while(|&p| !cx.starts(p + 1) && cx.region(p).is_none())
                .find(|&p| cx.is_punct(p, ","))
            else {
                break;
            };
            if p == 0 || !appositive_start(cx, p + 1, end) {
                break;
            }
            if let Some(np) = np_left(cx, p - 1) {
                return (np.0.checked_sub(1), Some(np));
            }
            end = p;
        }
        return (Some(k), None);
    }
    // A relative pronoun is the subject ("the Union, which contended that"); attribution
    // resolves it to its antecedent, like a personal pronoun.
    if cx.one_of(k, &["who", "which", "that"]) && k > 0 && !cx.starts(k) && antecedent(cx, k).is_some() {
        return (None, Some((k, k)));
    }
    if cx.closes(k).is_some_and(|r| super::title_like(cx, r)) {
        if let Some(np) = np_left(cx, k) {
            return (np.0.checked_sub(1).filter(|_| !cx.starts(np.0)), Some(np));
        }
    }
    if cx.closes(k).is_some() || !cx.is_word(k) && !matches!(cx.w(k), "’" | "'" | ".") {
        return (Some(k), None);
    }
    match np_left(cx, k) {
        Some(np) => (np.0.checked_sub(1).filter(|_| !cx.starts(np.0) || after_close(np.0)), Some(np)),
        None => (Some(k), None),
    }
}

/// Words that open an appositive, a relative clause or a parenthetical between commas.
pub(super) const APPOSITIVE_STARTS: &[&str] = &[
    "who",
    "which",
    "whose",
    "a",
    "an",
    "the",
    "now",
    "himself",
    "herself",
    "themselves",
    "itself",
    "also",
    "along",
    "then",
    "both",
    "one",
    "another",
    "his",
    "her",
    "their",
    "its",
    "however",
    "though",
    "too",
    "meanwhile",
    "instead",
    "moreover",
    "in",
    "for",
    "like",
    "including",
    "at",
    "on",
    "during",
    "after",
    "speaking",
    "asked",
    "appearing",
    "writing",
    "according",
    "through",
    "via",
    "once",
    "formerly",
    "previously",
];

/// Does the stretch `first..end` (between two commas) read as an appositive, a relative clause or
/// a parenthetical ("a Korea scholar", "who led", "56", "however", "in a statement", "Phil Lovas")?
pub(super) fn appositive_start(cx: &Ctx, first: usize, end: usize) -> bool {
    // "The poll, released on Wednesday by the institute, showed": a participle phrase.
    let participle = cx.is_lower(first) && cx.w(first).ends_with("ed") && cx.w(first).len() > 4;
    // A stretch with a finite auxiliary is a clause of its own, not an appositive ("for some,
    // the losses would outstrip the gains, said Batchelder"), unless it is a relative clause.
    let relative = cx.one_of(first, &["who", "which", "whose"]);
    let finite = (first..end).any(|x| {
        cx.one_of(
            x,
            &[
                "is", "are", "was", "were", "would", "will", "could", "can", "has", "have", "had", "should",
                "may", "might", "must",
            ],
        )
    });
    if finite && !relative {
        return false;
    }
    participle
        || cx.is(first, cues::APPOSITIVE_START)
        || cx.toks.get(first).is_some_and(|t| t.kind == TokKind::Number)
        || end - first <= 5
            && (first..end).all(|x| cx.is_cap(x) || matches!(cx.w(x), "." | "-" | "’" | "'" | "(" | ")"))
}

/// The noun phrase a relative pronoun at `k` refers to ("the Union, which" → "the Union").
pub(super) fn antecedent(cx: &Ctx, k: usize) -> Option<(usize, usize)> {
    let mut q = k.checked_sub(1)?;
    if cx.is_punct(q, ",") {
        q = q.checked_sub(1)?;
    }
    np_left(cx, q)
}

/// Capitalised words that open a clause, never a subject's name ("As POLITICO revealed").
pub(super) const SENTENCE_OPENERS: &[&str] = &[
    "as",
    "if",
    "although",
    "though",
    "because",
    "since",
    "with",
    "for",
    "by",
    "from",
    "during",
    "until",
    "unless",
    "once",
    "like",
    "unlike",
    "according",
    "when",
    "while",
    "after",
    "before",
    "but",
    "and",
    "so",
    "yet",
    "however",
    "meanwhile",
    "still",
    "in",
    "on",
    "at",
    "recently",
    "earlier",
    "later",
    "then",
    "now",
    "today",
    "yesterday",
    "also",
    "instead",
    "indeed",
    "perhaps",
    "finally",
    "initially",
    "first",
    "second",
    "third",
    "last",
    "having",
];

/// Does a speech verb end a noun phrase here? Words that are also nouns ("talk radio host",
/// "peace plan") do not.
pub(super) fn verb_in_np(cx: &Ctx, i: usize) -> bool {
    let t = cx.tags(i);
    t != 0 && t & NOUN == 0
}

/// A noun phrase ending at token `e`, going left.
pub(super) fn np_left(cx: &Ctx, e: usize) -> Option<(usize, usize)> {
    // "Rep. Sander M. Levin (Mich.)": the parenthesis belongs to the name.
    let mut e = e;
    if cx.is_punct(e, ")") {
        let lim = e.saturating_sub(10);
        if let Some(p) = (lim..e).rev().take_while(|&p| !cx.starts(p + 1)).find(|&p| cx.is_punct(p, "(")) {
            e = p.checked_sub(1)?;
        }
    }
    let mut s: Option<usize> = None;
    let mut i = e;
    let lim = e.saturating_sub(MAX_NP);
    loop {
        if let Some(r) = cx.region(i) {
            // A title or name in marks belongs to the phrase: "The book “Fire and Fury”",
            // "The “Never Trump” movement", "His book, “Make Your Kid a Millionaire,”".
            let comma_inside = r.inner.text(cx.text).trim_end().ends_with(',');
            if r.close == Some(i)
                && super::title_like(cx, r)
                && r.open > 0
                && !cx.starts(r.open)
                && !(comma_inside && s.is_some())
            {
                s = Some(r.open);
                i = r.open - 1;
                if cx.is_punct(i, ",") && i > 0 && !cx.starts(i) {
                    i -= 1;
                }
                continue;
            }
            break;
        }
        let w = cx.w(i);
        if cx.is_word(i) {
            if cx.is(i, cues::PRONOUN) {
                if s.is_none() && !cx.one_of(i, &["who"]) {
                    s = Some(i);
                }
                break;
            }
            // "all agreed", "some say", "others argue": a quantifier alone is the subject.
            if s.is_none()
                && cx.one_of(
                    i,
                    &["all", "some", "many", "most", "both", "few", "several", "others", "none", "each"],
                )
            {
                s = Some(i);
                break;
            }
            if cx.is(i, cues::DETERMINER) && !cx.one_of(i, &["that"]) {
                if s.is_some() {
                    s = Some(i);
                    if i > 0 && cx.is(i - 1, cues::SUBJECT_JOINER) && !cx.starts(i) {
                        i -= 1;
                        continue;
                    }
                }
                break;
            }
            if cx.is_lower(i) && cx.is(i, cues::SUBJECT_JOINER) {
                if s.is_none() || i == 0 || cx.starts(i) {
                    break;
                }
                i -= 1;
                continue;
            }
            if cx.is_lower(i)
                && cx.one_of(i, &["and", "&"])
                && s.is_some_and(|s| cx.is_cap(s))
                && i > 0
                && cx.is_cap(i - 1)
            {
                i -= 1;
                continue;
            }
            if cx.is_lower(i) && (cx.is(i, cues::SUBJECT_STOP) || verb_in_np(cx, i) || cx.is_adverb(i)) {
                break;
            }
            if cx.is_lower(i) && (w.ends_with("ed") && w.len() > 4 && s.is_some()) {
                // "retired Air Force general Lloyd Newton" at the edge of the clause.
                if i > 0 && !cx.starts(i) && cx.is_word(i - 1) {
                    break;
                }
                s = Some(i);
                break;
            }
            if cx.is_cap(i)
                && cx.starts(i)
                && cx.one_of(
                    i,
                    &[
                        "but",
                        "and",
                        "however",
                        "so",
                        "yet",
                        "still",
                        "meanwhile",
                        "in",
                        "on",
                        "at",
                        "after",
                        "before",
                        "while",
                        "when",
                    ],
                )
                || s.is_some() && cx.is_cap(i) && cx.is(i, cues::SENTENCE_OPENER)
            {
                break;
            }
            s = Some(i);
        } else if matches!(w, "’" | "'") && cx.one_of(i + 1, &["s"]) && s.is_some() {
            // possessive, part of the phrase
        } else if w == "s" {
            s = Some(i);
        } else if matches!(w, "-" | ".") && cx.toks.get(i).is_some_and(|t| t.glued) && s.is_some() {
        } else {
            break;
        }
        if i == 0 || i <= lim || cx.starts(i) {
            break;
        }
        i -= 1;
    }
    let mut s = s?;
    if (s..=e).all(|k| {
        !cx.is_word(k)
            || cx.toks[k].kind == TokKind::Number
            || cx.is(k, cues::ADJUNCT_WORD)
            || cx.is(k, cues::MONTH)
    }) {
        return None;
    }
    // Leading joiners or punctuation are not part of the phrase.
    while s < e && (!cx.is_word(s) || cx.is_lower(s) && cx.is(s, cues::SUBJECT_JOINER)) {
        s += 1;
    }
    if !cx.is_word(s) {
        return None;
    }
    Some((s, e))
}

/// Irregular past tenses that end a noun phrase going right ("Trump took to Twitter").
const IRREGULAR_PAST: &[&str] = &[
    "became", "began", "brought", "came", "drew", "fell", "felt", "gave", "got", "held", "kept", "knew",
    "led", "left", "lost", "made", "met", "ran", "sat", "saw", "sent", "spoke", "stood", "took", "went",
    "won", "wrote",
];

/// A noun phrase starting at token `s`, going right ("said Victor Cha, a scholar" → "Victor Cha").
pub(super) fn np_right(cx: &Ctx, s: usize) -> Option<(usize, usize)> {
    let mut e: Option<usize> = None;
    let mut i = s;
    while i < cx.n() && i < s + 8 {
        if i > s && cx.starts(i) || cx.region(i).is_some() {
            break;
        }
        let w = cx.w(i);
        if cx.is_word(i) {
            if cx.is(i, cues::PRONOUN) {
                if e.is_none() && !cx.one_of(i, &["who", "it"]) {
                    e = Some(i);
                }
                break;
            }
            if cx.is(i, cues::DETERMINER) {
                if e.is_some() && !cx.is(i - 1, cues::SUBJECT_JOINER) {
                    break;
                }
            } else if cx.is_lower(i)
                && (cx.is(i, cues::SUBJECT_STOP) && !cx.one_of(i, &["and"])
                    || verb_in_np(cx, i)
                    || cx.is(i, cues::ADJUNCT_PREP)
                    || cx.is_adverb(i))
            {
                break;
            } else if cx.is_lower(i) && cx.is(i, cues::SUBJECT_JOINER) {
                if e.is_none() {
                    break;
                }
            } else if cx.is_lower(i)
                && e.is_some()
                && (w.ends_with("ed") && w.len() > 3
                    || matches!(w, "rather" | "than")
                    || IRREGULAR_PAST.contains(&w))
            {
                break; // "Trump and Clinton vied …": a verb ends the phrase
            } else if cx.is_cap(i) && cx.is(i, cues::ADJUNCT_WORD) && e.is_some() {
                break;
            } else {
                e = Some(i);
            }
        } else if matches!(w, "’" | "'" | "-" | ".") && cx.toks.get(i).is_some_and(|t| t.glued) && e.is_some()
        {
        } else {
            break;
        }
        i += 1;
    }
    let e = e?;
    // Trailing joiners and "and" are not part of it.
    let mut e = e;
    while e > s && (!cx.is_word(e) || cx.one_of(e, &["and", "of", "from", "for", "at"])) {
        e -= 1;
    }
    let s = if cx.is(s, cues::AND_BUT) { s + 1 } else { s };
    if s > e { None } else { Some((s, e)) }
}
