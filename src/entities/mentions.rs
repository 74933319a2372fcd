//! Finding name candidates: runs of capitalised words (with particles, initials and inner
//! hyphens), split into pieces by the gazetteers and the titles ("United States" + "Secretary
//! of State" + "Marco Rubio"), with determiners, sentence openers and possessives left out.
//! Lines in ALL CAPS or Title Case carry no case information: there only gazetteer phrases are
//! taken here (the document-level pass in `typing` adds the names seen elsewhere).

use super::lexicon::{Class, Gaz, Lex, wc};
use super::toks::{ALPHA, CAP, Toks, UPPER, WORD};
use crate::document::Doc;
use crate::model::{EntityType, Span};
use crate::segment::{TokKind, Token};

/// How sure a typing is; later passes only override weaker ones.
pub const WEAK: u8 = 1;
pub const MEDIUM: u8 = 2;
pub const STRONG: u8 = 3;

/// A mention candidate: a range of tokens and what is known about it so far.
#[derive(Clone, Debug)]
pub struct Cand {
    pub span: Span,
    /// Token range `[first, end)`.
    pub first: usize,
    pub end: usize,
    pub kind: Option<EntityType>,
    pub strength: u8,
    pub rule: &'static str,
    pub gaz: Option<Gaz>,
    /// A title piece right before it in the same run ("President" in "President Donald Trump").
    pub titled: bool,
    /// First word of its sentence (its capital may be positional only).
    pub initial: bool,
    /// Found in a line without case information.
    pub caseless: bool,
    /// Words, counting "Nagorno-Karabakh" and "J.D." as one.
    pub nwords: usize,
}

/// Words in tokens `[a, b)`: word tokens not glued to the one before.
pub fn count_words(toks: &[Token], a: usize, b: usize) -> usize {
    (a..b).filter(|&k| toks.get(k).is_some_and(|t| t.kind == TokKind::Word && (k == a || !t.glued))).count()
}

impl Cand {
    pub fn words(&self) -> usize {
        self.nwords
    }
}

pub fn is_roman(s: &str) -> bool {
    matches!(s, "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X")
}

fn is_digitish(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit())
}

/// `s.chars().count() == n`, counting no further than needed.
pub fn chars_are(s: &str, n: usize) -> bool {
    let mut c = s.chars();
    c.by_ref().take(n).count() == n && c.next().is_none()
}

/// `s.chars().count() > n`, counting no further than needed.
pub fn chars_more(s: &str, n: usize) -> bool {
    s.chars().nth(n).is_some()
}

pub fn is_cap(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

pub fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && s.chars().all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

/// Does this sentence carry case information? Not when 70% of its words are ALL CAPS, nor when
/// it is in Title Case: no lower-case word beyond "of", "in", "the"…, 70% capitalised, and at
/// least two capitalised common words ("Peace Talks Resume In Geneva"; a list of names is no
/// headline).
pub fn caseless(tk: &Toks, s: usize, e: usize) -> bool {
    let mut words = 0;
    let mut upper = 0;
    let mut capped = 0;
    let mut lower = 0;
    let mut common_caps = 0;
    let flags = tk.flags(s, e);
    for (k, &f) in (s..).zip(flags) {
        if f & (WORD | ALPHA) != WORD | ALPHA {
            continue;
        }
        // After a plain lower-case word only the ALL CAPS share can still make the line
        // caseless: stop once even all the remaining tokens could not lift it to 70%.
        if lower > 0 {
            let rest = (s + flags.len()).saturating_sub(k);
            if upper * 10 + 3 * rest < words * 7 {
                return false;
            }
        }
        words += 1;
        // `lower` and `common_caps` only matter while no plain lower-case word is seen.
        if f & UPPER != 0 {
            upper += 1;
        } else if f & CAP != 0 {
            capped += 1;
            if lower > 0 {
                continue;
            }
            let w = tk.word(k);
            if w.is_ascii() && w.len() <= 24 {
                if tk.is(k, wc::COMMON) || title_case_lower(&tk.lower(k)) {
                    common_caps += 1;
                }
            }
        } else if lower == 0 && !title_case_lower(tk.word(k)) {
            lower += 1;
        }
    }
    if words < 3 {
        return words >= 2 && upper == words;
    }
    // Title Case needs capitalised common words ("Peace Talks Resume In Geneva"); a list of
    // names ("Billy Andrade , Duffy Waldorf") is no headline.
    // A list of names ("Tries : Sean Fitzpatrick , Walter Little , Justin Marshall") has several
    // commas; a headline hardly ever.
    let list = || tk.toks.get(s..e).is_some_and(|t| t.iter().filter(|t| t.text(tk.text) == ",").count() >= 2);
    upper * 10 >= words * 7
        || (words >= 4 && lower == 0 && common_caps >= 2 && (capped + upper) * 10 >= words * 7 && !list())
}

/// Words Title Case headlines leave in lower case.
fn title_case_lower(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "vs"
            | "v"
            | "de"
            | "al"
            | "bin"
            | "van"
            | "von"
            | "s"
            | "t"
    )
}

/// The folded key of tokens `[a, b)`.
pub fn key<'s>(tk: &'s Toks, a: usize, b: usize, buf: &'s mut String) -> &'s str {
    tk.key(a, b, buf)
}

/// The end of the first word at `a`: glued tokens ("Itar-Tass", "U.S.") count as one word.
fn first_word_end(toks: &[Token], a: usize, limit: usize) -> usize {
    let mut f = a + 1;
    // Bounded: no list word is longer than a few glued tokens ("U.S.-based" chains can be long).
    while f < limit && f < a + 8 && toks.get(f).is_some_and(|t| t.glued && !t.line_start) {
        f += 1;
    }
    f
}

/// The longest gazetteer phrase starting at `a` and ending by `limit`: (end, entry).
pub fn gaz_at(tk: &Toks, a: usize, limit: usize, lex: &Lex) -> Option<(usize, Gaz)> {
    gaz_beyond(tk, a, a + 1, limit, lex)
}

/// The longest gazetteer phrase starting at `a` and ending in `[min_end, limit]` (`gaz_at` with
/// the shorter phrases never looked up).
fn gaz_beyond(tk: &Toks, a: usize, min_end: usize, limit: usize, lex: &Lex) -> Option<(usize, Gaz)> {
    if limit <= a || one_word_starts_none(tk, a, wc::GAZ_FIRST) {
        return None;
    }
    let mut best = None;
    gaz_scan(tk, a, min_end, limit, lex, &mut |e, g| {
        if best.is_none() {
            best = Some((e, g));
        }
    });
    best
}

/// How many words the longest phrase of the gazetteer (`gaz`) or of the titles starting at token
/// `a` may have, or `None` when no phrase starts with that word. The first word may end in a glued
/// "." that belongs to the sentence, not the name; a one-token first word is answered by the
/// token's memoised classes, a longer one is memoised per token unless `limit` cuts it.
fn first_word_words(tk: &Toks, a: usize, limit: usize, lex: &Lex, gaz: bool) -> Option<usize> {
    let field = |c: u32| {
        let n = if gaz {
            (c & wc::GAZ_FIRST) >> wc::GAZ_FIRST_SHIFT
        } else {
            (c & wc::TITLE_FIRST) >> wc::TITLE_FIRST_SHIFT
        };
        (n > 0).then_some(n as usize)
    };
    let full = first_word_end(tk.toks, a, usize::MAX);
    let fe = full.min(limit.max(a + 1));
    if fe == a + 1 && tk.plain(a) {
        return field(tk.lower_classes(a));
    }
    let mut buf = String::new();
    let mut look_up =
        |fe: usize| (a + 1..=fe).rev().find_map(|fe| field(lex.classes(tk.key(a, fe, &mut buf))));
    if fe == full { tk.first_memo(gaz, a, || look_up(fe)) } else { look_up(fe) }
}

/// The gazetteer phrases starting at `a` and ending by `limit`, longest first, to `hit`.
fn gaz_scan(
    tk: &Toks,
    a: usize,
    min_end: usize,
    limit: usize,
    lex: &Lex,
    hit: &mut dyn FnMut(usize, Gaz),
) -> Option<()> {
    let (text, toks) = (tk.text, tk.toks);
    let first = toks.get(a)?;
    if first.kind == TokKind::Punct {
        return None;
    }
    // Only phrases whose first word is known: one look-up for most words.
    let max_words = first_word_words(tk, a, limit, lex, true)?;
    let mut buf = String::new();
    let mut words = 0;
    let mut ends = [0usize; 24];
    let mut n_ends = 0;
    let mut b = a;
    while b < limit && words < max_words.min(lex.gaz_max) && n_ends < ends.len() {
        let t = toks.get(b)?;
        if b > a && !t.glued {
            words += 1;
            if words >= max_words {
                break;
            }
        }
        if b > a && t.line_start {
            break;
        }
        if t.kind == TokKind::Word || t.kind == TokKind::Number || (t.glued && t.text(text) == ".") {
            if let Some(slot) = ends.get_mut(n_ends) {
                *slot = b + 1;
                n_ends += 1;
            }
        } else if !matches!(t.text(text), "-" | "." | "&" | "'" | "’") {
            break;
        }
        b += 1;
    }
    for &e in ends.get(..n_ends)?.iter().rev().take_while(|&&e| e >= min_end) {
        let Some(g) = lex.gaz.get(tk.key(a, e, &mut buf)) else { continue };
        // "CIA" is no match for "Cia", nor "US" for "Us".
        if g.acronym {
            let (Some(x), Some(y)) = (toks.get(a), e.checked_sub(1).and_then(|l| toks.get(l))) else {
                continue;
            };
            if Span::new(x.span.start, y.span.end).text(text).chars().any(|c| c.is_lowercase()) {
                continue;
            }
        }
        hit(e, *g);
    }
    Some(())
}

/// Does token `a` make a first word on its own (no glued token after it) that starts no phrase
/// of `field` (gazetteer or titles)? The quick answer of `first_word_words` for most words.
fn one_word_starts_none(tk: &Toks, a: usize, field: u32) -> bool {
    tk.plain(a)
        && !tk.toks.get(a + 1).is_some_and(|t| t.glued && !t.line_start)
        && tk.lower_classes(a) & field == 0
}

/// The longest title starting at `a` within `limit`: its end.
pub fn title_at(tk: &Toks, a: usize, limit: usize, lex: &Lex) -> Option<usize> {
    if limit <= a || one_word_starts_none(tk, a, wc::TITLE_FIRST) {
        return None;
    }
    let mut best = None;
    title_scan(tk, a, limit, lex, &mut |e| best = Some(e));
    best
}

/// The titles starting at `a` and ending by `limit`, shortest first, to `hit`.
fn title_scan(tk: &Toks, a: usize, limit: usize, lex: &Lex, hit: &mut dyn FnMut(usize)) -> Option<()> {
    let (text, toks) = (tk.text, tk.toks);
    if toks.get(a)?.kind != TokKind::Word {
        return None;
    }
    // Only titles whose first word is known (memoised as in `gaz_scan`).
    let max_words = first_word_words(tk, a, limit, lex, false)?;
    let mut buf = String::new();
    let mut b = a;
    let mut words = 0;
    while b < limit && words < max_words.min(lex.title_max) + 1 {
        let t = toks.get(b)?;
        if b > a && t.line_start {
            break;
        }
        if t.kind == TokKind::Word {
            // Glued parts ("commander-in-chief") are one word.
            if b == a || !t.glued {
                words += 1;
            }
            let title = if b == a && tk.plain(a) {
                tk.is(a, wc::TITLE)
            } else {
                lex.has(tk.key(a, b + 1, &mut buf), wc::TITLE)
            };
            if title {
                hit(b + 1);
            }
        } else if t.text(text) == "." && t.glued {
            // Abbreviated titles: "Rep.", "Gen.", "Sen.".
            if lex.has(tk.key(a, b + 1, &mut buf), wc::TITLE) {
                hit(b + 1);
            }
        } else if t.text(text) != "-" {
            break;
        }
        b += 1;
    }
    Some(())
}

/// Finds the candidates of one sentence (token range `[s, e)`), appending to `out`.
/// `caseless`: the sentence carries no case information (see [`caseless`]).
pub fn sentence(doc: &Doc, tk: &Toks, s: usize, e: usize, caseless: bool, lex: &Lex, out: &mut Vec<Cand>) {
    let (text, toks) = (tk.text, tk.toks);
    if caseless {
        caseless_line(doc, tk, s, e, lex, out);
        return;
    }
    // The first word of the sentence (after opening quotes, dashes, bullets).
    let mut first_word = s;
    while first_word < e && toks.get(first_word).is_some_and(|t| t.kind == TokKind::Punct) {
        first_word += 1;
    }
    // The first sentence of the document, or the title: a headline.
    let headline = doc.seg.sentences.first().is_some_and(|f| f.tokens.start == s)
        || doc.title.is_some_and(|t| toks.get(s).is_some_and(|x| t.contains(x.span)));
    let mut i = s;
    while i < e {
        let Some(t) = toks.get(i) else { break };
        // Most tokens start nothing: lower-case words, punctuation, numbers. A lower-case word
        // starts a name only as one of the particles below (first letter a, e, d, v or l).
        let cap = t.kind == TokKind::Word && tk.cap(i);
        if !cap
            && !(t.kind == TokKind::Word
                && t.span.end.saturating_sub(t.span.start) <= 5
                && matches!(text.as_bytes().get(t.span.start), Some(b'a' | b'e' | b'd' | b'v' | b'l')))
        {
            i += 1;
            continue;
        }
        let w = t.text(text);
        let start_ok = cap
            || (matches!(w, "al" | "el")
                && next_is(text, toks, i, e, "-")
                && cap_at(tk, i + 2, e)
                && glued(toks, i + 2))
            // A name opening with its particle: "de Silva", "van Gogh".
            || (matches!(w, "de" | "da" | "di" | "du" | "van" | "von" | "del" | "della" | "dos" | "le")
                && !(i > s && tk.is_word(i - 1) && tk.cap(i - 1))
                && cap_at(tk, i + 1, e)
                && toks.get(i + 1).is_some_and(|n| !n.glued));
        if !start_ok {
            i += 1;
            continue;
        }
        // Parts of web addresses, e-mail addresses and handles are no names: "www.Reuters.com",
        // "John.Smith@BBC.co.uk", "/World/Europe", "@POTUS".
        let in_address = (i > s
            && t.glued
            && toks.get(i - 1).is_some_and(|p| matches!(p.text(text), "/" | "@" | "." | "_" | "=" | "\\")))
            || (toks.get(i + 1).is_some_and(|n| n.glued && matches!(n.text(text), "." | "@" | "/"))
                && toks.get(i + 2).is_some_and(|n| n.glued && n.kind == TokKind::Word));
        if in_address {
            i += 1;
            continue;
        }
        let j = run_end(tk, i, e, lex);
        // A known name longer than the run ("Organisation for Security and Cooperation in
        // Europe", "Bosnia and Herzegovina").
        if let Some((ge, g)) = gaz_beyond(tk, i, j + 1, e, lex) {
            let has_lower = (i..ge).any(|k| tk.is_word(k) && !tk.cap(k));
            if has_lower {
                out.push(cand(doc, i, ge, Some(g), false));
                i = ge;
                continue;
            }
        }
        // After a colon or an opening quote a capital is positional too.
        let initial = i == first_word
            || toks.get(i.wrapping_sub(1)).is_some_and(|p| {
                matches!(p.text(text), ":" | ";" | "“" | "\"" | "‘" | "(" | "—" | "–" | "•")
            });
        split_run(doc, tk, i, j, initial, headline, lex, out);
        i = j.max(i + 1);
    }
}

/// Do the capitalised words from `k` end with an organization or event word ("Exchange
/// Commission", "Medical Leave Act")?
fn org_run_after(tk: &Toks, k: usize, e: usize) -> bool {
    let (text, toks) = (tk.text, tk.toks);
    let mut last = None;
    let mut i = k;
    while i < e && i < k + 6 {
        match toks.get(i) {
            Some(t) if t.kind == TokKind::Word && is_cap(t.text(text)) => last = Some(i),
            _ => break,
        }
        i += 1;
    }
    last.is_some_and(|l| tk.is_w(l, wc::ORG_WORD | wc::EVENT_WORD))
}

/// Do the capitalised words from `k` end with a company suffix ("Bancshares Inc")? Then a
/// possessive before them belongs to the name; "Russia's Foreign Ministry" does not qualify.
fn company_run_after(text: &str, toks: &[Token], k: usize, e: usize) -> bool {
    let mut last = "";
    let mut i = k;
    while i < e && i < k + 6 {
        match toks.get(i) {
            Some(t) if t.kind == TokKind::Word && is_cap(t.text(text)) => last = t.text(text),
            _ => break,
        }
        i += 1;
    }
    matches!(
        last,
        "Inc" | "Corp" | "Co" | "Ltd" | "Plc" | "PLC" | "LLC" | "Holdings" | "Bancshares" | "Bancorp"
    )
}

fn prev_word<'a>(text: &'a str, toks: &[Token], j: usize) -> &'a str {
    j.checked_sub(1).and_then(|p| toks.get(p)).map(|p| p.text(text)).unwrap_or("")
}

fn next_is(text: &str, toks: &[Token], i: usize, e: usize, s: &str) -> bool {
    i + 1 < e && toks.get(i + 1).is_some_and(|t| t.glued && t.text(text) == s)
}

fn glued(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.glued)
}

fn cap_at(tk: &Toks, i: usize, e: usize) -> bool {
    i < e && tk.is_word(i) && tk.cap(i)
}

/// The end (exclusive) of the capitalised run starting at `i`.
fn run_end(tk: &Toks, i: usize, e: usize, lex: &Lex) -> usize {
    let (text, toks) = (tk.text, tk.toks);
    let mut j = i + 1; // tokens [i, j) are in the run
    loop {
        let Some(t) = toks.get(j).filter(|_| j < e) else { break };
        if t.line_start {
            break;
        }
        let w = t.text(text);
        if t.kind == TokKind::Word && is_cap(w) && !t.glued {
            // Not into an address: "Email John.Smith@BBC.co.uk".
            let address = toks.get(j + 1).is_some_and(|n| n.glued && matches!(n.text(text), "." | "@" | "/"))
                && toks.get(j + 2).is_some_and(|n| n.glued && n.kind == TokKind::Word);
            if address {
                break;
            }
            j += 1;
            continue;
        }
        if t.kind == TokKind::Word && t.glued {
            // "O'Gorman", "al-Assad" continue through glued punctuation handled below.
            break;
        }
        // A possessive inside an organization's name: "Boatmen's Bancshares Inc.", "Queen's
        // Park Rangers".
        if matches!(w, "'" | "’")
            && toks.get(j + 1).is_some_and(|n| n.glued && n.text(text) == "s")
            && cap_at(tk, j + 2, e)
            && company_run_after(text, toks, j + 2, e)
            && gaz_at(tk, i, j, lex).is_none_or(|(ge, _)| ge != j)
        {
            j += 2;
            continue;
        }
        // Glued hyphen or apostrophe joining two words: "Jean-Pierre", "US-Ukraine", "O'Gorman".
        if t.glued && matches!(w, "-" | "'" | "’") && glued(toks, j + 1) {
            let nw = toks.get(j + 1).map(|n| n.text(text)).unwrap_or("");
            let is_word = toks.get(j + 1).is_some_and(|n| n.kind == TokKind::Word);
            // "Songo'o": a lower-case syllable after an apostrophe inside a name (not "'s", "'t").
            let syllable = w != "-"
                && j >= i + 2
                && nw.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(nw, "s" | "t" | "re" | "ll" | "ve" | "d" | "m");
            if is_word
                && (is_cap(nw) || syllable || (w == "-" && matches!(nw, "al" | "el" | "bin")))
                && !(w != "-" && nw == "s")
            {
                j += 2;
                continue;
            }
            // Romanised given names: "Kim In-so", "Chen Chun-yeh", "Li Song-ho" (not "US-led",
            // nor "Scrum-half": the hyphenated word follows the surname).
            if w == "-"
                && j >= i + 2
                && is_word
                && nw.len() <= 4
                && nw.chars().all(|c| c.is_ascii_lowercase())
                && !nw.ends_with("ed")
                && !nw.ends_with("ing")
                && !matches!(
                    nw,
                    "era"
                        | "run"
                        | "born"
                        | "made"
                        | "wide"
                        | "type"
                        | "like"
                        | "bound"
                        | "size"
                        | "free"
                        | "only"
                        | "old"
                        | "long"
                        | "day"
                        | "year"
                        | "time"
                        | "term"
                        | "area"
                        | "zone"
                        | "way"
                        | "up"
                        | "off"
                        | "out"
                        | "in"
                        | "on"
                        | "over"
                        | "back"
                        | "bloc"
                        | "camp"
                        | "plus"
                        | "week"
                        | "rich"
                        | "poor"
                )
                && !next_is(text, toks, j + 1, e, "-")
            {
                j += 2;
                continue;
            }
            // "Inzamam-ul-Haq", "Chester-le-Street": a short lower-case particle between hyphens.
            if w == "-"
                && is_word
                && nw.len() <= 4
                && next_is(text, toks, j + 1, e, "-")
                && cap_at(tk, j + 3, e)
                && glued(toks, j + 3)
            {
                j += 4;
                continue;
            }
            break;
        }
        // An initial ("J. Smith"), an abbreviated title ("Rep. Bobby Scott") or place
        // ("Calif.").
        if w == "." && t.glued {
            let prev = toks.get(j - 1).map(|p| p.text(text)).unwrap_or("");
            // "rep." as a slice of the table when it is one.
            let abbr_buf;
            let abbr: &str = match tk.key_slice(j - 1, j + 1) {
                Some(k) => k,
                None => {
                    abbr_buf = format!("{}.", prev.to_lowercase());
                    &abbr_buf
                }
            };
            if chars_are(prev, 1) && is_cap(prev) && cap_at(tk, j + 1, e) {
                j += 1;
                continue;
            }
            let abbr_classes = lex.classes(abbr);
            if abbr_classes & wc::TITLE != 0 && cap_at(tk, j + 1, e) {
                j += 1;
                continue;
            }
            // "St. Petersburg", "Ft. Worth": an abbreviation that opens a known name.
            if abbr_classes & wc::GAZ_FIRST != 0 && cap_at(tk, j + 1, e) {
                j += 1;
                continue;
            }
            if abbr_classes & wc::GAZ != 0 && j == i + 1 {
                j += 1;
            }
            // "Barnett Banks Inc.", "Apple Inc." keep their period.
            let with_period = toks.get(j - 1).and_then(|p| text.get(p.span.start..t.span.end)).unwrap_or("");
            if j > i + 1 && lex.has(with_period, wc::ORG_WORD) {
                j += 1;
                if cap_at(tk, j, e) {
                    continue;
                }
            }
            break;
        }
        // Ordinals inside names: "West 23rd Street", "42nd Street".
        if t.kind == TokKind::Word
            && w.starts_with(|c: char| c.is_ascii_digit())
            && (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th"))
            && cap_at(tk, j + 1, e)
        {
            j += 1;
            continue;
        }
        // "Procter & Gamble", "Douglas & Lomason".
        if w == "&" && cap_at(tk, j + 1, e) {
            j += 2;
            continue;
        }
        // Particles and "of" between capitalised words.
        if t.kind == TokKind::Word && cap_at(tk, j + 1, e) {
            if !w.bytes().any(|b| b.is_ascii_uppercase()) && tk.is_w(j, wc::PARTICLE) {
                j += 1;
                continue;
            }
        }
        // Two particles in a row: "Joost van der Westhuizen".
        if t.kind == TokKind::Word
            && tk.is_w(j, wc::PARTICLE)
            && tk.is_w(j + 1, wc::PARTICLE)
            && cap_at(tk, j + 2, e)
        {
            j += 2;
            continue;
        }
        // "al-Assad", "bin-Laden": a lower-case particle hyphenated to a capitalised word.
        if t.kind == TokKind::Word
            && matches!(w, "al" | "el" | "bin" | "ben" | "abu")
            && next_is(text, toks, j, e, "-")
            && cap_at(tk, j + 2, e)
            && glued(toks, j + 2)
        {
            j += 3;
            continue;
        }
        if t.kind == TokKind::Word && cap_at(tk, j + 1, e) {
            let prev = toks.get(j - 1).map(|p| p.text(text)).unwrap_or("");
            let next_word = toks.get(j + 1).map(|n| n.text(text)).unwrap_or("");
            // "Commission on Presidential Debates", "Institute for Policy Integrity"; not "Forum on
            // NBC" (an acronym or a known name after it is a name of its own).
            if matches!(w, "for" | "on")
                && tk.is_w(j - 1, wc::ORG_WORD)
                && !tk.is_w(j + 1, wc::NON_NAME)
                && !is_acronym(next_word)
                && gaz_at(tk, j + 1, e, lex).is_none()
            {
                j += 1;
                continue;
            }
            // "Securities and Exchange Commission": "and" inside an organization's name, when
            // the capitalised words after it end with an organization word.
            if w == "and"
                && org_run_after(tk, j + 1, e)
                // "Health and Human Services", "Securities and Exchange"; not after a complete
                // name ("Foreign Ministry and British Airways").
                && (tk.is(j - 1, wc::COMMON)
                    || matches!(prev, "Securities" | "Sciences" | "Arts" | "Letters" | "Industries" | "Investments"))
            {
                j += 1;
                continue;
            }
            // Not after a company suffix: "Kia Motor Corp of South Korea" is a company and a
            // country.
            let company = matches!(prev, "Corp" | "Inc" | "Co" | "Ltd" | "Plc" | "PLC" | "LLC" | "Group");
            if w == "of"
                && !company
                && (tk.is_w(j - 1, wc::ORG_WORD | wc::LOC_WORD | wc::EVENT_WORD)
                    || tk.is(j - 1, wc::TITLE)
                    || matches!(
                        prev,
                        "Secretary" | "Minister" | "Duke" | "Bank" | "Republic" | "Gulf" | "Ministry"
                    ))
            {
                j += 1;
                continue;
            }
        }
        // "Organization of the Petroleum Exporting Countries", "Bank of the West".
        if w == "of"
            && toks.get(j + 1).is_some_and(|n| n.text(text) == "the")
            && cap_at(tk, j + 2, e)
            && tk.is_w(j - 1, wc::ORG_WORD | wc::EVENT_WORD)
            && !matches!(
                prev_word(text, toks, j),
                "Corp" | "Inc" | "Co" | "Ltd" | "Plc" | "PLC" | "LLC" | "Group"
            )
            && gaz_at(tk, j + 2, e, lex).is_none_or(|(_, g)| g.kind() != EntityType::Place)
        {
            j += 2;
            continue;
        }
        break;
    }
    j
}

/// Words dropped even before a headed name ("The Party of ...", "However, Harvard University").
const HEADED_DROP: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "However",
    "But",
    "And",
    "Or",
    "If",
    "When",
    "While",
    "At",
    "In",
    "On",
    "For",
    "From",
    "To",
    "By",
    "With",
    "As",
    "Of",
    "After",
    "Before",
    "Both",
    "Many",
    "Some",
    "All",
    "Most",
    "Several",
    "Other",
    "Its",
    "Their",
    "His",
    "Her",
    "Our",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    // and the months but "May" (`is_headed_drop`): "September Treasury", "August National
    // Association of Purchasing Management".
];

/// A word dropped from the head of a run: `HEADED_DROP`, or a month other than "May" (a name).
fn is_headed_drop(w: &str) -> bool {
    HEADED_DROP.contains(&w) || w != "May" && MONTHS.contains(&w)
}

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A piece of a run.
#[derive(Clone, Copy)]
enum Piece {
    Known(usize, usize, Gaz),
    Title,
    Unknown(usize, usize),
}

impl Piece {
    fn end(&self) -> usize {
        match self {
            Piece::Known(_, e, _) | Piece::Unknown(_, e) => *e,
            Piece::Title => 0,
        }
    }
}

/// Splits the run `[i, j)` into mentions.
fn split_run(
    doc: &Doc,
    tk: &Toks,
    i: usize,
    j: usize,
    initial: bool,
    headline: bool,
    lex: &Lex,
    out: &mut Vec<Cand>,
) {
    let (text, toks) = (tk.text, tk.toks);
    let word = |k: usize| toks.get(k).map(|t| t.text(text)).unwrap_or("");
    let is_word = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Word);
    // Leading words that are never names ("The", "However", "Monday"), and a sentence-initial
    // common word ("Speaking", "Both").
    let mut a = i;
    let mut first_is_initial = initial;
    // A run headed by an organization, place or event word keeps its leading adjectives:
    // "Red Star", "First Union", "National Bank of Poland", "The Party of Democratic Action".
    let last_word = (i..j).rev().find(|&k| word(k).chars().next().is_some_and(char::is_alphanumeric));
    let headed = count_words(toks, i, j) >= 2
        && (last_word.is_some_and(|k| tk.is_w(k, wc::ORG_WORD | wc::LOC_WORD | wc::EVENT_WORD))
            || (i..j).any(|k| tk.is_w(k, wc::ORG_WORD) && matches!(word(k + 1), "of" | "for" | "on")));
    while a < j {
        let w = word(a);
        if headed && !is_headed_drop(w) {
            break;
        }
        // Looked up only when a rule below asks.
        let whole_known = || gaz_at(tk, a, j, lex).is_some();
        let initial_letter =
            chars_are(w, 1) && toks.get(a + 1).is_some_and(|t| t.glued && t.text(text) == ".");
        // "New Haven", "East Fife", "West Bromwich": a place prefix before a capitalised word.
        let place_prefix = a + 1 < j && matches!(w, "New" | "North" | "South" | "East" | "West");
        let drop = if headed {
            // A determiner, opener, day or month before a headed name ("August National
            // Association of Purchasing Management").
            true
        } else if initial_letter || place_prefix {
            false
        } else if a + 1 < j && tk.is(a, wc::PERSON_NOUN) {
            // "Activist Angela Davis", "Actor Tom Hanks": a common noun before the name.
            true
        } else if tk.is_w(a, wc::NON_NAME) && !whole_known() {
            // "Will Dunham", "May Smith": a given name before a name that is no place.
            let next_known = gaz_at(tk, a + 1, j, lex).is_some();
            // "From January to June Comelf exported", "in May Smith said": a month after a time
            // preposition is the month.
            let dated = MONTHS.contains(&w) && {
                let prev = tk.lower(a.wrapping_sub(1));
                matches!(
                    prev.as_ref(),
                    "in" | "since"
                        | "until"
                        | "till"
                        | "during"
                        | "early"
                        | "late"
                        | "mid"
                        | "last"
                        | "next"
                        | "through"
                ) || matches!(prev.as_ref(), "to" | "and" | "-")
                    && (a.saturating_sub(4)..a).any(|k| MONTHS.contains(&tk.word(k)))
            };
            dated || !(a + 1 < j && tk.is(a, wc::GIVEN) && !next_known && !first_is_initial)
        } else if a + 1 == j && is_compass_adjective(w) && !matches!(w, "Western" | "Eastern") {
            // "19 Northern and Northeastern states": an adjective alone ("Western" alone is
            // the MISC of "Western diplomats").
            true
        } else if a + 1 < j && is_compass_adjective(w) && !whole_known() && {
            let rest = gaz_at(tk, a + 1, j, lex);
            rest.is_some_and(|(e, g)| e == j && g.kind() == EntityType::Place)
        } {
            // "Northern Iraq": a region of a known place, not a name.
            true
        } else if first_is_initial && !whole_known() {
            let next_cap = a + 1 < j;
            let given = tk.is(a, wc::GIVEN);
            let l = tk.lower(a);
            // "Initially Poland": a sentence-opening adverb, unless it is a name ("Kelly").
            let adverb = l.ends_with("ly") && chars_more(&l, 4) && !tk.is(a, wc::SURNAME);
            (tk.is(a, wc::COMMON) && !(next_cap && given))
                || (!given && adverb)
                || (!next_cap && !given && l.ends_with("ing"))
        } else {
            false
        };
        if !drop {
            break;
        }
        a += 1;
        // After a sentence-initial determiner the next word is still positional: "The
        // Latest" (but a known name stays: "The Kremlin").
        first_is_initial = first_is_initial && matches!(w, "The" | "A" | "An");
        // Skip punctuation the drop left at the front.
        while a < j && !is_word(a) {
            a += 1;
        }
    }
    let initial = first_is_initial;
    // Trailing days and months.
    let mut b = j;
    let whole_with_period = word(j.saturating_sub(1)) == "."
        && (gaz_at(tk, a, j, lex).is_some_and(|(e, _)| e == j)
            || j >= a + 3 && {
                // "Inc." as written.
                let glued = toks.get(j - 1).is_some_and(|t| t.glued);
                match toks.get(j - 2).zip(toks.get(j - 1)).filter(|_| glued) {
                    Some((x, y)) => lex.has(text.get(x.span.start..y.span.end).unwrap_or(""), wc::ORG_WORD),
                    None => lex.has(format!("{}.", word(j - 2)).as_str(), wc::ORG_WORD),
                }
            });
    // A lower-case word glued to the name stays: "Kim In-so".
    let glued_word = |k: usize| is_word(k) && toks.get(k).is_some_and(|t| t.glued) && k > a;
    // A regnal number after a given name stays: "Elizabeth I", "Pedro II".
    let regnal = |k: usize| {
        k > a
            && matches!(word(k), "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII")
            && tk.is(k - 1, wc::GIVEN)
    };
    while !whole_with_period
        && b > a
        && !glued_word(b - 1)
        && !regnal(b - 1)
        && (tk.is_w(b - 1, wc::NON_NAME)
            || !is_word(b - 1)
            || !is_cap(word(b - 1)) && !is_digitish(word(b - 1)))
    {
        b -= 1;
    }
    if a >= b {
        return;
    }
    // "London-based", "U.S.-led", "Northern Ireland-born": a name glued to a participle is a
    // modifier (MISC, as CoNLL-2003 tags it), not a mention of the place.
    let participle = b == j
        && toks.get(j).is_some_and(|t| t.glued && !t.line_start && t.text(text) == "-")
        && toks.get(j + 1).is_some_and(|t| {
            let w = t.text(text);
            t.glued
                && t.kind == TokKind::Word
                && w.bytes().all(|c| c.is_ascii_lowercase())
                && (w.ends_with("ed") || matches!(w, "born" | "bound" | "run"))
        });
    if participle {
        let mut c = cand(doc, a, j + 2, None, initial);
        set(&mut c, EntityType::Group, STRONG, "misc_participle");
        out.push(c);
        return;
    }
    let at_a = gaz_at(tk, a, b, lex);
    let whole = at_a.filter(|(e, _)| *e == b);
    if let Some((_, g)) = whole {
        out.push(cand(doc, a, b, Some(g), initial));
        return;
    }
    // A title at the front never makes the run an organization ("General Motors" does: the
    // org word decides).
    // The last word ("Inc" in "Barnett Banks Inc."; "War" in "World War II").
    let last_k = if word(b - 1) == "." && b >= a + 2 { b - 2 } else { b - 1 };
    let last_k =
        if is_roman(word(last_k)) && b >= a + 2 && tk.is_w(b - 2, wc::EVENT_WORD) { b - 2 } else { last_k };
    let last = word(last_k);
    let last_classes = tk.word_classes(last_k);
    // A known place ends the run: "Jewish West Bank" is no bank.
    let place_end = || {
        (a + 1..b)
            .any(|k| gaz_at(tk, k, b, lex).is_some_and(|(e, g)| e == b && g.kind() == EntityType::Place))
    };
    if b - a >= 2 && !tk.is(a, wc::TITLE) || b - a >= 2 && last_classes & wc::ORG_WORD != 0 {
        let ampersand = (a..b).any(|k| word(k) == "&");
        if ampersand
            || last_classes & wc::ORG_WORD != 0 && !place_end()
            || (a..b).any(|k| tk.is_w(k, wc::ORG_WORD) && matches!(word(k + 1), "of" | "for" | "on"))
        {
            // A nationality before a ministry is its own mention: "German" + "Foreign Ministry".
            // Only ministries: "German Foreign Ministry", not "Scottish National Party".
            let ministry = matches!(last, "Ministry" | "Department" | "Office");
            let demonym = gaz_at(tk, a, b, lex)
                .filter(|(ge, g)| ministry && g.class == Class::Demonym && count_words(toks, *ge, b) >= 2);
            let a = match demonym {
                Some((ge, g)) => {
                    out.push(cand(doc, a, ge, Some(g), initial));
                    ge
                }
                None => a,
            };
            let mut c = cand(doc, a, b, None, initial && demonym.is_none());
            set(&mut c, EntityType::Organization, STRONG, "org_word");
            out.push(c);
            return;
        }
        // "Treaty of Baden", "War of Spanish Succession", "Tour of the Netherlands".
        let event_of = || (a..b).any(|k| word(k + 1) == "of" && tk.is_w(k, wc::EVENT_WORD));
        if last_classes & wc::EVENT_WORD != 0 || event_of() {
            let mut c = cand(doc, a, b, None, initial);
            set(&mut c, EntityType::Group, STRONG, "misc_event");
            out.push(c);
            return;
        }
        // "Anthony Hill", "Darryn Hill": a given name and a surname that is also a place word.
        let person = || {
            b >= a + 2
                && tk.is(b - 2, wc::GIVEN)
                && tk.is(b - 1, wc::SURNAME)
                && !matches!(
                    tk.lower(a.wrapping_sub(1)).as_ref(),
                    "at" | "in" | "on" | "near" | "from" | "to"
                )
        };
        if last_classes & wc::LOC_WORD != 0 && !is_cap_title_seq(tk, a, b, lex) && !person() {
            let mut c = cand(doc, a, b, None, initial);
            set(&mut c, EntityType::Place, MEDIUM, "loc_word");
            out.push(c);
            return;
        }
    }
    // Pieces: gazetteer phrases, titles, unknown stretches.
    let mut pieces: Vec<Piece> = Vec::new();
    let mut k = a;
    let mut unknown_start: Option<usize> = None;
    while k < b {
        if !is_word(k) {
            // A hyphen between two pieces splits them ("US-Ukraine"); inside an unknown stretch
            // it stays ("Jean-Pierre").
            k += 1;
            continue;
        }
        // Inside a hyphenated word with a lower-case part nothing new starts: "Commander-in-Chief".
        let mid_word = unknown_start.is_some()
            && toks.get(k).is_some_and(|t| t.glued)
            && k >= a + 2
            && word(k - 1) == "-"
            && !is_cap(word(k - 2));
        if mid_word {
            k += 1;
            continue;
        }
        // A title ending the run after a given name is a surname: "John Major".
        let after_given = unknown_start.is_some_and(|u| u + 1 == k && tk.is(u, wc::GIVEN));
        if let Some(te) = title_at(tk, k, b, lex).filter(|&te| {
            // Not half of a hyphenated word: "Commander-in-Chief Forum".
            let splits_word = toks.get(te).is_some_and(|t| t.glued && t.text(text) == "-");
            (te < b || k > a) && !(te == b && after_given) && !splits_word
        }) {
            if let Some(u) = unknown_start.take() {
                pieces.push(Piece::Unknown(u, k));
            }
            pieces.push(Piece::Title);
            k = te;
            continue;
        }
        if let Some((ge, g)) = if k == a { at_a } else { gaz_at(tk, k, b, lex) } {
            // A place right before an unknown stretch starts a longer name ("New York Knicks",
            // "Victoria Beckham"); a nationality does not ("Australian Tom Moody").
            // Not before an acronym: "Chicago NAPM" is a place and an organization.
            let next_unknown = ge < b
                && title_at(tk, ge, b, lex).is_none()
                && gaz_at(tk, ge, b, lex).is_none()
                && toks.get(ge).is_some_and(|t| !t.glued)
                && !(ge + 1 == b && is_acronym(word(ge)));
            let absorb = if unknown_start.is_some() {
                // "Real Madrid", "Air France"; but "Lebed Chechnya" in a headline's telegraphese.
                // A surname that is also a nationality or place: "Richard Finn", "Tim English".
                g.class == Class::City
                    || (g.class == Class::Country && !headline)
                    || (ge == k + 1
                        && g.class != Class::Org
                        && tk.is(k, wc::SURNAME)
                        && !tk.is_w(k - 1, wc::ORG_WORD))
            } else {
                // "Victoria Beckham", "Christian Cullen": a place or group word that is also a
                // given name, before a name.
                next_unknown
                    && (matches!(g.class, Class::City | Class::Region)
                        || tk.is(k, wc::GIVEN) && g.class != Class::Org)
            };
            if absorb {
                if unknown_start.is_none() {
                    unknown_start = Some(k);
                }
                k = ge;
                continue;
            }
            if let Some(u) = unknown_start.take() {
                pieces.push(Piece::Unknown(u, k));
            }
            pieces.push(Piece::Known(k, ge, g));
            k = ge;
            continue;
        }
        // "New York Times Maggie Haberman": an organization's head word, then a given name and
        // a further name, ends the organization.
        if let Some(u) = unknown_start.filter(|&u| {
            u < k
                && tk.is_w(k - 1, wc::ORG_WORD)
                && tk.is(k, wc::GIVEN)
                && !tk.is_w(k, wc::ORG_WORD)
                && k + 1 < b
                && is_word(k + 1)
                && toks.get(k + 1).is_some_and(|t| !t.glued)
        }) {
            pieces.push(Piece::Unknown(u, k));
            unknown_start = None;
        }
        if unknown_start.is_none() {
            unknown_start = Some(k);
        } else if toks.get(k).is_some_and(|t| t.glued) && toks.get(k - 1).is_some_and(|t| t.text(text) == "-")
        {
            // "Russia-Xyz": keep joined.
        }
        k += 1;
    }
    if let Some(u) = unknown_start.take() {
        pieces.push(Piece::Unknown(u, b));
    }
    // A well-known surname inside a longer name is part of it: "Naina Yeltsin", "George Bush".
    // In place: `w` pieces are kept so far.
    let mut w: usize = 0;
    for r in 0..pieces.len() {
        let Some(&p) = pieces.get(r) else { break };
        let glue = match (&p, w.checked_sub(1).and_then(|l| pieces.get(l))) {
            // Not after an organization's head word: "Washington Post Trump said".
            (Piece::Known(x, _, g), Some(Piece::Unknown(u, y)))
                if g.class == Class::Person && *y == *x && !tk.is_w(y.wrapping_sub(1), wc::ORG_WORD) =>
            {
                Some((*u, p.end()))
            }
            (Piece::Known(x, _, g), Some(Piece::Known(u, y, prev)))
                if g.class == Class::Person
                    && *y == *x
                    && prev.class != Class::Person
                    && prev.class != Class::Org
                    && tk.is(*u, wc::GIVEN) =>
            {
                Some((*u, p.end()))
            }
            _ => None,
        };
        match glue {
            Some((u, e)) => {
                if let Some(last) = w.checked_sub(1).and_then(|l| pieces.get_mut(l)) {
                    *last = Piece::Unknown(u, e);
                }
            }
            None => {
                if let Some(slot) = pieces.get_mut(w) {
                    *slot = p;
                }
                w += 1;
            }
        }
    }
    pieces.truncate(w);
    let mut titled = false;
    for (n, p) in pieces.iter().enumerate() {
        match *p {
            Piece::Known(x, y, g) => {
                out.push(cand(doc, x, y, Some(g), initial && x == a));
                titled = false;
            }
            Piece::Title => titled = true,
            Piece::Unknown(mut x, mut y) => {
                // Trim trailing punctuation.
                while y > x && !is_word(y - 1) {
                    y -= 1;
                }
                // A title's "of" left at the front: "Queen" + "of Brazil" → "Brazil".
                let after_title = n > 0 && matches!(pieces.get(n - 1), Some(Piece::Title));
                if after_title && matches!(word(x), "of" | "the") {
                    while x < y && (!is_word(x) || matches!(word(x), "of" | "the")) {
                        x += 1;
                    }
                    if let Some((_, g)) = gaz_at(tk, x, y, lex).filter(|&(e, _)| e == y) {
                        out.push(cand(doc, x, y, Some(g), false));
                        titled = false;
                        continue;
                    }
                }
                if y <= x {
                    continue;
                }
                let mut c = cand(doc, x, y, None, initial && x == a);
                c.titled = titled || (n > 0 && matches!(pieces.get(n - 1), Some(Piece::Title)));
                out.push(c);
                titled = false;
            }
        }
    }
}

/// Compass adjectives that make a region of a place ("Northern Iraq", "southern Lebanon").
fn is_compass_adjective(w: &str) -> bool {
    matches!(
        w,
        "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Northeastern"
            | "Northwestern"
            | "Southeastern"
            | "Southwestern"
            | "Central"
    )
}

/// Is `[a, b)` a title followed by nothing but a loc word ("Secretary of State")?
fn is_cap_title_seq(tk: &Toks, a: usize, b: usize, lex: &Lex) -> bool {
    title_at(tk, a, b, lex) == Some(b)
}

fn set(c: &mut Cand, kind: EntityType, strength: u8, rule: &'static str) {
    c.kind = Some(kind);
    c.strength = strength;
    c.rule = rule;
}

fn cand(doc: &Doc, a: usize, b: usize, g: Option<Gaz>, initial: bool) -> Cand {
    let toks = &doc.seg.tokens;
    let start = toks.get(a).map(|t| t.span.start).unwrap_or(0);
    let end = b.checked_sub(1).and_then(|l| toks.get(l)).map(|t| t.span.end).unwrap_or(start);
    Cand {
        span: Span::new(start, end),
        first: a,
        end: b,
        kind: g.map(|g| g.kind()),
        strength: if g.is_some() { STRONG } else { 0 },
        rule: g.map(|g| g.rule).unwrap_or(""),
        gaz: g,
        titled: false,
        initial,
        caseless: false,
        nwords: count_words(toks, a, b),
    }
}

/// A line without case information: gazetteer phrases only (longest first).
fn caseless_line(doc: &Doc, tk: &Toks, s: usize, e: usize, lex: &Lex, out: &mut Vec<Cand>) {
    let toks = tk.toks;
    let mut k = s;
    while k < e {
        let is_w = toks.get(k).is_some_and(|t| t.kind == TokKind::Word);
        if is_w
            && !toks
                .get(k)
                .is_some_and(|t| t.glued && k > s && toks.get(k - 1).is_some_and(|p| p.kind == TokKind::Word))
        {
            if let Some((ge, g)) = gaz_at(tk, k, e, lex) {
                // "HONG KONG OPEN", "BERLIN GRAND PRIX": a place before an event word is the
                // event's name.
                let place = g.kind() == EntityType::Place && ge < e && tk.is_word(ge);
                let event_end = (ge + 1..(ge + 3).min(e + 1)).rev().filter(|_| place).find(|&x| {
                    let t = tk.key_cow(ge, x);
                    let mut title = String::with_capacity(t.len());
                    let mut up = true;
                    for ch in t.chars() {
                        if up {
                            title.extend(ch.to_uppercase())
                        } else {
                            title.push(ch)
                        }
                        up = ch == ' ';
                    }
                    lex.has(&title, wc::EVENT_WORD)
                });
                let mut c = match event_end {
                    Some(x) => {
                        let mut c = cand(doc, k, x, None, false);
                        set(&mut c, EntityType::Group, MEDIUM, "misc_event");
                        c
                    }
                    _ => cand(doc, k, ge, Some(g), false),
                };
                c.caseless = true;
                // The event's own words are no shouted common words ("OPEN").
                c.strength = if event_end.is_some() && c.gaz.is_none() { STRONG } else { MEDIUM };
                let end = c.end;
                out.push(c);
                k = end;
                continue;
            }
        }
        k += 1;
    }
}
