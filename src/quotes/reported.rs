//! Reported speech: cues, the content clause they govern, and the grammatical subject next to
//! them. Everything works on token indices with bounded look-ahead and look-behind; quoted
//! regions are atomic (a content clause jumps over them whole).

use super::cues::{self, AS, BASE, CLAUSE, NOUN, NP, OBJECT, TELL, TO, is_one_of};
use super::marks::Region;
use crate::model::QuoteKind;
use crate::segment::{TokKind, Token};

/// How far a reported clause may run, in tokens.
const MAX_CLAUSE: usize = 160;
/// How far a subject noun phrase may reach, in tokens.
const MAX_NP: usize = 12;

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
}

/// A reported-speech finding before attribution: token ranges are inclusive.
#[derive(Clone, Debug)]
pub struct Claim {
    pub content: (usize, usize),
    /// The byte span of the content (inside the marks for a direct quote).
    pub span: crate::model::Span,
    pub kind: QuoteKind,
    pub cue: (usize, usize),
    pub subject: Option<(usize, usize)>,
    pub rule: &'static str,
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
        Ctx { text, toks, regions: top, region_of, sent_first }
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
    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Punct) && self.w(i) == p
    }
    fn is_adverb(&self, i: usize) -> bool {
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

/// Finds every reported-speech claim, in cue order.
pub fn claims(cx: &Ctx) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    let mut sent_start = 0usize;
    // The subject of the running sentence (for participles: ", adding that …").
    let mut sent_subject: Option<(usize, usize)> = None;
    let mut c = 0;
    while c < cx.n() {
        if cx.starts(c) && cx.region(c).is_none() {
            sent_start = c;
            sent_subject = None;
        }
        if cx.region(c).is_some() || !cx.is_lower(c) && !(cx.w(c) == "According" && cx.starts(c)) {
            c += 1;
            continue;
        }
        let w = cx.w(c);
        if w.eq_ignore_ascii_case("according") && cx.w(c + 1) == "to" {
            if let Some(cl) = according(cx, c) {
                sent_subject = cl.subject;
                out.push(cl);
            }
            c += 2;
            continue;
        }
        let tags = cues::verb_tags(w);
        let progressive = w.ends_with("ing")
            && c > 0
            && cx.one_of(c - 1, &["is", "are", "was", "were", "been", "be", "am"]);
        if tags == 0 || (c > 0 && !cx.starts(c) && !progressive && cx.one_of(c - 1, cues::NOT_BEFORE_CUE)) {
            c += 1;
            continue;
        }
        // Particle verbs are cues only with their particle ("pointed to"); noun uses are no cues.
        let particle = cues::particle_bit(cx.w(c + 1));
        if tags & (CLAUSE | TELL | OBJECT | AS | NP | TO) == 0 && tags & particle == 0
            || tags & NOUN != 0 && noun_use(cx, c, tags)
        {
            c += 1;
            continue;
        }
        if w.ends_with("ing") && !progressive {
            if let Some(cl) = participle(cx, c, tags, sent_start, sent_subject) {
                out.push(cl);
            }
            c += 1;
            continue;
        }
        if let Some(cl) = finite(cx, c, tags, &mut sent_subject) {
            if cl.subject.is_some() {
                sent_subject = cl.subject;
            }
            out.push(cl);
        }
        c += 1;
    }
    out
}

/// Is the cue word at `c` (its base form also a noun) used as a noun: "the US plan", "military
/// support"? A base-form verb follows a plural or pronoun subject, an auxiliary or an adverb.
fn noun_use(cx: &Ctx, c: usize, tags: u16) -> bool {
    if c == 0 || cx.starts(c) {
        return false;
    }
    let p = c - 1;
    if !cx.is_word(p) || tags & CLAUSE != 0 && cx.one_of(c + 1, &["that"]) {
        return false;
    }
    // A possessive before it: "Editor’s note".
    if cx.w(p) == "s" && p > 0 && matches!(cx.w(p - 1), "’" | "'") {
        return true;
    }
    if tags & BASE == 0 {
        // "-s" forms: a verb after a name or a pronoun, or before "that", "to", a determiner.
        let verb = cx.is_cap(p)
            || cx.one_of(
                p,
                &[
                    "he", "she", "it", "who", "which", "that", "also", "now", "still", "often", "never",
                    "just", "only",
                ],
            )
            || cx.is_adverb(p)
            || cx.one_of(
                c + 1,
                &[
                    "that", "to", "the", "a", "an", "his", "her", "its", "their", "he", "she", "it", "they",
                    "we",
                ],
            )
            || cx.opens(c + 1).is_some();
        // "scrutinized reports like …": after a participle it is a noun.
        let noun_before = cx.is_lower(p) && cx.w(p).ends_with("ed");
        return !verb && noun_before;
    }
    let w = cx.w(p);
    let verb_before = cx.one_of(
        p,
        &[
            "i", "we", "they", "you", "t", "also", "not", "never", "still", "just", "often", "would", "will",
            "can", "could", "may", "might", "should", "must", "do", "did", "does", "to", "who",
        ],
    ) || cx.is_adverb(p)
        || cx.is_word(p) && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("’s");
    !verb_before
}

/// Paragraphs of the form "NAME: text" (transcripts, "Pence: Flowers won’t be at debate").
pub fn colon_speakers(cx: &Ctx) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.n() {
        // Paragraph i..end.
        let mut end = i + 1;
        while end < cx.n() && !cx.toks[end].line_start {
            end += 1;
        }
        let mut k = i;
        if cx.opens(k).is_some() {
            k += 1;
        }
        let mut m = k;
        while m < end && m < k + 4 && (cx.is_cap(m) || matches!(cx.w(m), "." | "-") && m > k) {
            m += 1;
        }
        if m > k
            && m + 1 < end
            && cx.is_punct(m, ":")
            && !cx.one_of(
                k,
                &[
                    "note",
                    "update",
                    "editor",
                    "photo",
                    "related",
                    "correction",
                    "watch",
                    "read",
                    "also",
                    "warning",
                    "disclaimer",
                    "caption",
                    "credit",
                    "image",
                    "video",
                    "listen",
                    "breaking",
                    "exclusive",
                    "opinion",
                    "source",
                    "sources",
                    "q",
                    "a",
                    "transcript",
                    "subscribe",
                    "advertisement",
                    "i",
                ],
            )
            && !cx.toks[k..m].iter().any(|t| t.kind == TokKind::Number)
        {
            let a = m + 1;
            let mut b = end - 1;
            if let Some(r) = cx.region(a).filter(|r| r.open == i) {
                b = b.min(r.last);
            }
            if cx.region(a).is_none() {
                while b > a && !cx.is_word(b) && cx.closes(b).is_none() {
                    b -= 1;
                }
            }
            if b >= a {
                let kind = if cx.region(a).is_some() { QuoteKind::Direct } else { QuoteKind::Indirect };
                out.push(Claim {
                    content: (a, b),
                    span: cx.byte_span(a, b),
                    kind,
                    cue: (m, m),
                    subject: Some((k, m - 1)),
                    rule: "name_colon",
                });
            }
        }
        i = end;
    }
    out
}

/// "X said (that) …", "…, X said", "…, said X".
fn finite(cx: &Ctx, c: usize, tags: u16, sent_subject: &mut Option<(usize, usize)>) -> Option<Claim> {
    let (left, subject) = subject_before(cx, c);
    if let Some(s) = subject {
        if tags & CLAUSE != 0 {
            *sent_subject = Some(s);
        }
        let after_quote = left.is_some_and(|p| {
            cx.closes(p).is_some() || cx.is_punct(p, ",") && p > 0 && cx.closes(p - 1).is_some()
        });
        let inverted = after_quote || left.is_some_and(|p| cx.is_punct(p, ","));
        if let Some(cl) = forward(cx, c, tags, after_quote, Some(s), "said_that") {
            return Some(cl);
        }
        if inverted {
            return backward(cx, left?, (c, c), Some(s), "content_comma_said");
        }
        return None;
    }
    // "…, said Rubio": the cue right after a comma or a closing mark, the subject after it.
    let p = left?;
    if !(cx.is_punct(p, ",") || cx.closes(p).is_some()) {
        return None;
    }
    let np = np_right(cx, c + 1);
    if np.is_some() {
        *sent_subject = np;
    }
    let np = np?;
    if cx.closes(p).is_none() && !cx.is_punct(p, ",") {
        return None;
    }
    backward(cx, p, (c, c), Some(np), "content_comma_said_x")
}

/// ", adding that …", "stating there were …": the subject is the running sentence's.
fn participle(
    cx: &Ctx,
    c: usize,
    tags: u16,
    sent_start: usize,
    sent_subject: Option<(usize, usize)>,
) -> Option<Claim> {
    if cx.starts(c) || c == 0 {
        return None;
    }
    let before = c - 1;
    if !(cx.is_punct(before, ",")
        || cx.one_of(before, &["by", "after", "while", "before", "when", "in", "also", "and"]))
    {
        return None;
    }
    let subject = sent_subject.or_else(|| {
        // "Speaking to parliament on Monday, Zelensky …": the subject follows the opening phrase.
        let opener = cx.w(sent_start).ends_with("ing")
            || cx.one_of(sent_start, cues::ADJUNCT_PREPS)
            || cx.one_of(
                sent_start,
                &["after", "before", "while", "when", "as", "with", "despite", "although", "though", "if"],
            );
        let mut s = sent_start;
        if opener {
            s = (sent_start..c).find(|&k| cx.is_punct(k, ","))? + 1;
        }
        np_right(cx, s)
    });
    forward(cx, c, tags, false, subject, "participle")
}

/// "according to X, …" and "…, according to X".
fn according(cx: &Ctx, c: usize) -> Option<Claim> {
    let np = np_right(cx, c + 2)?;
    let cue = (c, c + 1);
    if cx.starts(c) || (c > 0 && cx.starts(c - 1) && cx.is_word(c - 1)) {
        // According to X, CONTENT.
        let comma = np.1 + 1;
        if !cx.is_punct(comma, ",") {
            return None;
        }
        let a = comma + 1;
        let b = clause_end(cx, a);
        return make(cx, a, b, cue, Some(np), "according_to_front");
    }
    let p = c - 1;
    if cx.is_punct(p, ",") || cx.closes(p).is_some() {
        return backward(cx, p, cue, Some(np), "according_to_back");
    }
    let b = c.checked_sub(1)?;
    let a = clause_start(cx, b);
    make(cx, a, b, cue, Some(np), "according_to_back")
}

/// Words that cannot start a content clause without "that" (a preposition, a conjunction, an
/// interjection): "responded to the developments", "said goodbye".
const NO_CONTENT_START: &[&str] = &[
    "to", "for", "about", "with", "on", "in", "at", "by", "from", "of", "into", "against", "up", "out",
    "off", "back", "down", "over", "after", "before", "during", "as", "than", "so", "and", "or", "but", "if",
    "who", "which", "nothing", "anything", "goodbye", "hello", "yes", "no", "thanks", "sorry", "hi", "when",
    "where", "later", "while", "because",
];

/// The content after the cue at `c`.
fn forward(
    cx: &Ctx,
    c: usize,
    tags: u16,
    inverted: bool,
    subject: Option<(usize, usize)>,
    rule: &'static str,
) -> Option<Claim> {
    let mut j = c + 1;
    let mut cue_end = c;
    // A particle: "called for", "pointed to".
    let particle = cues::particle_bit(cx.w(j));
    if particle != 0 && tags & particle != 0 && !cx.starts(j) {
        let k = j + 1;
        if cx.is_word(k) || cx.opens(k).is_some() {
            let b = clause_end(cx, k);
            return make(cx, k, b, (c, j), subject, "cue_particle_np");
        }
    }
    if tags & (CLAUSE | TELL | OBJECT | AS | NP | TO) == 0 {
        return None;
    }
    // A hearer: "told reporters that", "told CNN on Sunday that", "urged Trump to".
    if tags & TELL != 0
        && cx.is_word(j)
        && !cx.one_of(j, &["that", "of", "about", "to", "on", "in", "at", "for"])
    {
        let mut k = j;
        while k < j + 5
            && cx.is_word(k)
            && !cx.one_of(k, &["that", "to"])
            && !cx.starts(k)
            && cues::verb_tags(cx.w(k)) == 0
        {
            k += 1;
        }
        if k > j && (cx.one_of(k, &["that", "to"]) || k - j <= 2 && (cx.is_word(k) || cx.opens(k).is_some()))
        {
            cue_end = k - 1;
            j = k;
        }
    }
    if tags & TO != 0 && cx.one_of(j, &["to"]) && cx.is_lower(j + 1) && cues::particle_bit(cx.w(j + 1)) == 0 {
        let b = clause_end(cx, j);
        return make(cx, j, b, (c, cue_end), subject, "cue_to_infinitive");
    }
    // Adjuncts: "said on Sunday", "said in a statement", "said earlier".
    for _ in 0..4 {
        if cx.starts(j) {
            break;
        }
        if (cx.one_of(j, cues::ADJUNCT_WORDS) || cx.is_adverb(j)) && !matches!(cx.w(j + 1), "’" | "'") {
            j += 1;
            continue;
        }
        if cx.one_of(j, &["last", "this", "next"]) && cx.one_of(j + 1, cues::ADJUNCT_HEADS) {
            j += 2;
            continue;
        }
        if cx.one_of(j, cues::ADJUNCT_PREPS) || cx.is_punct(j, ",") {
            // A longer adjunct, commas included, up to "that": "says at a stop in Toledo, Ohio, that".
            let lim = (j + 16).min(cx.n());
            let mut k = j + 1;
            let mut that = None;
            while k < lim && !cx.starts(k) && cx.region(k).is_none() {
                if cx.one_of(k, &["that"]) {
                    that = Some(k);
                    break;
                }
                if cx.is_lower(k) && cues::verb_tags(cx.w(k)) & (CLAUSE | NP) != 0
                    || matches!(cx.w(k), ";" | ":" | "(" | "\"")
                {
                    break;
                }
                k += 1;
            }
            if let Some(k) = that {
                j = k;
                break;
            }
            if cx.is_punct(j, ",") {
                break;
            }
            let mut k = j + 1;
            let mut found = None;
            while k <= j + 6 && k < cx.n() && !cx.starts(k) && cx.region(k).is_none() {
                let w = cx.w(k);
                if cx.is_word(k)
                    && (is_one_of(w, cues::ADJUNCT_HEADS)
                        || (cx.toks[k].kind == TokKind::Number && w.len() == 4))
                {
                    found = Some(k);
                }
                if !cx.is_word(k) && !matches!(w, "-" | "’" | "'" | ".") || cx.one_of(k, &["that"]) {
                    break;
                }
                k += 1;
            }
            if let Some(k) = found {
                j = k + 1;
                continue;
            }
        }
        break;
    }
    if cx.is_punct(j, ",") && cx.opens(j + 1).is_some() {
        j += 1;
    }
    let mut has_that = false;
    if cx.one_of(j, &["that"]) && tags & CLAUSE == 0 {
        return None; // "the plan that …": a relative clause
    }
    if cx.one_of(j, &["that"]) && !cx.starts(j) {
        j += 1;
        has_that = true;
        if cx.is_punct(j, ",") {
            j += 1; // "said that, if elected, he would …"
        }
    } else if cx.is_punct(j, ":") {
        j += 1;
    } else if inverted && cx.opens(j).is_none() {
        return None;
    }
    if j >= cx.n() || cx.starts(j) && cx.opens(j).is_none() && !cx.is_punct(j - 1, ":") {
        return None;
    }
    let opened = cx.opens(j).copied();
    if !cx.is_word(j) && opened.is_none() {
        return None;
    }
    let cue = (c, cue_end);
    if !has_that && tags & TO != 0 && cx.one_of(j, &["to"]) && cx.is_lower(j + 1) {
        let b = clause_end(cx, j);
        return make(cx, j, b, cue, subject, "cue_to_infinitive");
    }
    // Object verbs: the content is a quoted fragment of the object ("unveiled an “updated” plan").
    if !has_that && tags & OBJECT != 0 {
        let mut k = j;
        while k < j + 8 && k < cx.n() && !cx.starts(k) {
            if let Some(r) = cx.opens(k) {
                if r.close.is_some() {
                    return Some(Claim {
                        content: (r.first, r.last),
                        span: r.inner,
                        kind: QuoteKind::Partial,
                        cue,
                        subject,
                        rule: "object_fragment",
                    });
                }
                break;
            }
            if !cx.is_word(k) && !matches!(cx.w(k), "’" | "'" | "-")
                || cx.is_lower(k) && cues::verb_tags(cx.w(k)) & CLAUSE != 0
            {
                break;
            }
            k += 1;
        }
    }
    if !has_that && cx.one_of(j, NO_CONTENT_START) {
        return None;
    }
    if !has_that && tags & AS != 0 {
        let b = clause_end(cx, j);
        if (j..=b.min(j + 10)).any(|k| cx.one_of(k, &["as"])) {
            return make(cx, j, b, cue, subject, "described_as");
        }
    }
    let b = clause_end(cx, j);
    if has_that || opened.is_some() || tags & CLAUSE != 0 && tags & OBJECT == 0 {
        return make(cx, j, b, cue, subject, rule);
    }
    if tags & NP != 0 {
        return make(cx, j, b, cue, subject, "cue_np_object");
    }
    None
}

/// The content before the comma or closing mark at `p` (the subject or the cue follows it).
fn backward(
    cx: &Ctx,
    p: usize,
    cue: (usize, usize),
    subject: Option<(usize, usize)>,
    rule: &'static str,
) -> Option<Claim> {
    let mut e = p;
    if cx.is_punct(e, ",") {
        e = e.checked_sub(1)?;
    }
    let c = cue.1;
    if let Some(r) = cx.closes(e).copied() {
        let a = clause_start(cx, r.open);
        if a == r.open {
            return Some(Claim {
                content: (r.open, e),
                span: r.inner,
                kind: QuoteKind::Direct,
                cue,
                subject,
                rule: if rule == "content_comma_said" { "quote_comma_said" } else { "quote_comma_said_x" },
            });
        }
        return make(cx, a, e, cue, subject, rule);
    }
    let a = clause_start(cx, e);
    // "The plan, officials said, would cost more": the clause goes on after the cue.
    let after = subject.map_or(c, |s| s.1.max(c)) + 1;
    if cx.is_punct(after, ",")
        && cx.is_lower(after + 1)
        && !cx.one_of(after + 1, cues::CLAUSE_STOPS)
        && !cx.w(after + 1).ends_with("ing")
        && a + 4 > e
    {
        let b = clause_end(cx, after + 1);
        return make(cx, a, b, cue, subject, "content_parenthetical_said");
    }
    make(cx, a, e, cue, subject, rule)
}

/// Builds a claim over tokens `a..=b`, trimmed, with its kind.
fn make(
    cx: &Ctx,
    a: usize,
    b: usize,
    cue: (usize, usize),
    subject: Option<(usize, usize)>,
    rule: &'static str,
) -> Option<Claim> {
    let (mut a, mut b) = (a, b);
    while a < b && cx.one_of(a, &["that"]) {
        a += 1;
    }
    while b > a && !cx.is_word(b) && cx.closes(b).is_none() && cx.region(b).is_none_or(|r| r.open == b) {
        b -= 1;
    }
    if b < a || b >= cx.n() {
        return None;
    }
    // The cue must not sit inside its own content.
    if a <= cue.0 && cue.0 <= b && rule != "content_parenthetical_said" {
        return None;
    }
    if let (Some(r), true) = (cx.opens(a), true) {
        if r.end_tok() == b || r.close.is_none() && r.last == b {
            return Some(Claim {
                content: (a, b),
                span: r.inner,
                kind: QuoteKind::Direct,
                cue,
                subject,
                rule,
            });
        }
    }
    let words = (a..=b).filter(|&k| cx.is_word(k)).count();
    if words < 2 {
        return None;
    }
    let kind = if (a..=b).any(|k| cx.region(k).is_some()) { QuoteKind::Partial } else { QuoteKind::Indirect };
    Some(Claim { content: (a, b), span: cx.byte_span(a, b), kind, cue, subject, rule })
}

/// Where the clause holding token `e` starts, looking left: the sentence or paragraph start, or
/// after ";" or ":"; a quoted region is jumped over whole.
pub fn clause_start(cx: &Ctx, e: usize) -> usize {
    let mut i = e;
    let stop = e.saturating_sub(MAX_CLAUSE);
    loop {
        if let Some(r) = cx.region(i) {
            i = r.open;
        }
        if i <= stop || cx.starts(i) {
            return i;
        }
        let prev = i - 1;
        if cx.region(prev).is_none() && (cx.is_punct(prev, ";") || cx.is_punct(prev, ":")) {
            return i;
        }
        i = prev;
    }
}

/// Where the reported clause starting at `a` ends (inclusive): at the sentence end, ";", or a
/// comma that opens the writer's own clause (", though", ", while", ", adding", ", officials
/// said"); quoted regions are jumped over whole.
pub fn clause_end(cx: &Ctx, a: usize) -> usize {
    let mut last = a;
    let mut i = a;
    let stop = (a + MAX_CLAUSE).min(cx.n());
    while i < stop {
        if i > a && cx.starts(i) {
            break;
        }
        if let Some(r) = cx.opens(i) {
            last = r.end_tok();
            i = last + 1;
            continue;
        }
        let w = cx.w(i);
        if w == ";" || w == "(" && i > a + 3 {
            break;
        }
        // "… sovereignty as they unveiled …": a subordinate clause with its own subject.
        if i > a + 2
            && cx.one_of(
                i,
                &[
                    "as", "while", "because", "after", "before", "when", "since", "though", "although",
                    "whereas", "until",
                ],
            )
            && cx.one_of(i + 1, &["they", "he", "she", "we", "i"])
        {
            break;
        }
        if w == "," || w == "—" || w == "–" {
            let nx = cx.w(i + 1);
            if cx.one_of(i + 1, cues::CLAUSE_STOPS)
                && !(w != "," && cx.one_of(i + 1, &["and", "but", "with"]))
            {
                break;
            }
            if cx.is_lower(i + 1)
                && nx.ends_with("ing")
                && !matches!(nx, "including" | "nothing" | "something" | "anything" | "everything")
            {
                break;
            }
            if w == "," && inverted_cue_ahead(cx, i + 1) {
                break;
            }
        }
        last = i;
        i += 1;
    }
    last
}

/// Does ", NP said." / ", said X." start at `i`?
fn inverted_cue_ahead(cx: &Ctx, i: usize) -> bool {
    for k in i..(i + 7).min(cx.n()) {
        if k > i && cx.starts(k) || cx.region(k).is_some() {
            return false;
        }
        if cx.is_lower(k) && cues::verb_tags(cx.w(k)) & CLAUSE != 0 && !cx.w(k).ends_with("ing") {
            let nx = k + 1;
            return nx >= cx.n()
                || cx.starts(nx)
                || !cx.is_word(nx)
                || cx.one_of(nx, cues::ADJUNCT_PREPS)
                || cx.is_cap(nx)
                || k == i;
        }
        if !cx.is_word(k) && !matches!(cx.w(k), "’" | "'" | "-" | ".") {
            return false;
        }
    }
    false
}

/// The subject left of the cue at `c`: (the token left of the subject, the subject). Skips
/// auxiliaries, adverbs and time phrases ("Rubio earlier on Sunday said"), and an appositive or
/// relative clause between commas ("Rubio, who led the delegation, told"). When no subject is
/// found, the first value is the token left of the cue.
fn subject_before(cx: &Ctx, c: usize) -> (Option<usize>, Option<(usize, usize)>) {
    if c == 0 || cx.starts(c) {
        return (None, None);
    }
    let mut k = c - 1;
    let mut skipped = 0;
    while skipped < 6 && k > 0 && !cx.starts(k) {
        if cx.one_of(k, cues::AUX_ADVERBS)
            || cx.one_of(k, &["is", "are", "was", "were", "been", "am"]) && cx.w(c).ends_with("ing")
            || cx.is_adverb(k)
            || cx.one_of(k, cues::ADJUNCT_WORDS) && k + 1 < c
            || cx.is_cap(k)
                && cx.one_of(k, cues::ADJUNCT_WORDS)
                && cx.one_of(k - 1, &["on", "earlier", "late", "early"])
            || cx.one_of(k, &["on"]) && cx.is_cap(k + 1) && cx.one_of(k + 1, cues::ADJUNCT_WORDS)
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
        while p > 0 && k - p < 10 && !cx.is_punct(p, "(") && !cx.starts(p) {
            p -= 1;
        }
        if cx.is_punct(p, "(") && p > 0 && !cx.starts(p) {
            k = p - 1;
        }
    }
    if cx.is_punct(k, ",") {
        // An appositive or relative clause: find its opening comma.
        let mut p = k;
        let lim = k.saturating_sub(30);
        while p > lim && p > 0 {
            p -= 1;
            if cx.starts(p) || cx.region(p).is_some() {
                break;
            }
            if cx.is_punct(p, ",") {
                let first = p + 1;
                let appositive = cx.one_of(
                    first,
                    &[
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
                    ],
                ) || cx.toks.get(first).is_some_and(|t| t.kind == TokKind::Number)
                    || cx.one_of(
                        first,
                        &[
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
                            "too",
                        ],
                    )
                    || k - first <= 5
                        && (first..k)
                            .all(|x| cx.is_cap(x) || matches!(cx.w(x), "." | "-" | "’" | "'" | "(" | ")"));
                if appositive && p > 0 {
                    if let Some(np) = np_left(cx, p - 1) {
                        return (np.0.checked_sub(1), Some(np));
                    }
                }
                break;
            }
        }
        return (Some(k), None);
    }
    // A relative pronoun: the antecedent speaks ("the Union, which contended that").
    if cx.one_of(k, &["who", "which"]) && k > 0 && !cx.starts(k) {
        let mut q = k - 1;
        if cx.is_punct(q, ",") && q > 0 {
            q -= 1;
        }
        if let Some(np) = np_left(cx, q) {
            return (None, Some(np));
        }
    }
    if cx.closes(k).is_some() || !cx.is_word(k) && !matches!(cx.w(k), "’" | "'" | ".") {
        return (Some(k), None);
    }
    match np_left(cx, k) {
        Some(np) => (np.0.checked_sub(1).filter(|_| !cx.starts(np.0)), Some(np)),
        None => (Some(k), None),
    }
}

/// A noun phrase ending at token `e`, going left.
pub fn np_left(cx: &Ctx, e: usize) -> Option<(usize, usize)> {
    let mut s: Option<usize> = None;
    let mut i = e;
    let lim = e.saturating_sub(MAX_NP);
    loop {
        if cx.region(i).is_some() {
            break;
        }
        let w = cx.w(i);
        if cx.is_word(i) {
            if cx.one_of(i, cues::PRONOUNS) {
                if s.is_none() && !cx.one_of(i, &["who", "you"]) {
                    s = Some(i);
                }
                break;
            }
            if cx.one_of(i, cues::DETERMINERS) && !cx.one_of(i, &["that"]) {
                if s.is_some() {
                    s = Some(i);
                    if i > 0 && cx.one_of(i - 1, cues::SUBJECT_JOINERS) && !cx.starts(i) {
                        i -= 1;
                        continue;
                    }
                }
                break;
            }
            if cx.is_lower(i) && cx.one_of(i, cues::SUBJECT_JOINERS) {
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
            if cx.is_lower(i)
                && (cx.one_of(i, cues::SUBJECT_STOPS) || cues::verb_tags(w) != 0 || cx.is_adverb(i))
            {
                break;
            }
            if cx.is_lower(i) && (w.ends_with("ed") && w.len() > 4 && s.is_some()) {
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
    // Leading joiners or punctuation are not part of the phrase.
    while s < e && (!cx.is_word(s) || cx.is_lower(s) && cx.one_of(s, cues::SUBJECT_JOINERS)) {
        s += 1;
    }
    if !cx.is_word(s) {
        return None;
    }
    Some((s, e))
}

/// A noun phrase starting at token `s`, going right ("said Victor Cha, a scholar" → "Victor Cha").
pub fn np_right(cx: &Ctx, s: usize) -> Option<(usize, usize)> {
    let mut e: Option<usize> = None;
    let mut i = s;
    while i < cx.n() && i < s + 8 {
        if i > s && cx.starts(i) || cx.region(i).is_some() {
            break;
        }
        let w = cx.w(i);
        if cx.is_word(i) {
            if cx.one_of(i, cues::PRONOUNS) {
                if e.is_none() && !cx.one_of(i, &["who", "it"]) {
                    e = Some(i);
                }
                break;
            }
            if cx.one_of(i, cues::DETERMINERS) {
                if e.is_some() && !cx.one_of(i - 1, cues::SUBJECT_JOINERS) {
                    break;
                }
            } else if cx.is_lower(i)
                && (cx.one_of(i, cues::SUBJECT_STOPS) && !cx.one_of(i, &["and"])
                    || cues::verb_tags(w) != 0
                    || cx.one_of(i, cues::ADJUNCT_PREPS)
                    || cx.is_adverb(i))
            {
                break;
            } else if cx.is_lower(i) && cx.one_of(i, cues::SUBJECT_JOINERS) {
                if e.is_none() {
                    break;
                }
            } else if cx.is_cap(i) && cx.one_of(i, cues::ADJUNCT_WORDS) && e.is_some() {
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
    let s = if cx.one_of(s, &["and", "but"]) { s + 1 } else { s };
    if s > e { None } else { Some((s, e)) }
}
