//! Reported speech: cues and the content clause they govern (the subject next to them comes from
//! [`super::subject`]). Everything works on token indices with bounded look-ahead and
//! look-behind; quoted regions are atomic (a content clause jumps over them whole).

use super::ctx::Ctx;
use super::cues::{self, AS, BASE, CLAUSE, NOUN, NP, OBJECT, TELL, TO};
use super::subject::{loose_appositive, np_right, subject_before};
use crate::model::QuoteKind;
use crate::segment::TokKind;

/// How far a reported clause may run, in tokens.
const MAX_CLAUSE: usize = 160;

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

impl Claim {
    /// The whole quotation `r` as a direct quote.
    pub fn quoted(
        r: &super::marks::Region,
        cue: (usize, usize),
        subject: Option<(usize, usize)>,
        rule: &'static str,
    ) -> Claim {
        Claim { content: (r.open, r.end_tok()), span: r.inner, kind: QuoteKind::Direct, cue, subject, rule }
    }
}

/// Speech verbs that report after "to" ("went on to say"); evidence and thought verbs do not
/// ("continue to show signs").
pub(super) const INFINITIVE_CUES: &[&str] = &[
    "say",
    "tell",
    "add",
    "argue",
    "explain",
    "insist",
    "claim",
    "warn",
    "note",
    "declare",
    "acknowledge",
    "admit",
    "announce",
    "deny",
    "confirm",
    "answer",
    "reply",
    "stress",
    "emphasize",
    "assert",
    "reiterate",
    "remind",
    "testify",
    "write",
    "tweet",
    "suggest",
    "predict",
    "promise",
    "vow",
    "pledge",
    "complain",
    "boast",
    "concede",
    "recall",
    "reveal",
    "disclose",
    "mention",
    "point",
    "urge",
    "ask",
    "accuse",
    "blame",
    "criticize",
    "condemn",
    "denounce",
    "discuss",
    "describe",
    "praise",
    "refute",
    "dispute",
    "endorse",
];

/// Finds every reported-speech claim, in cue order.
pub fn claims(cx: &Ctx) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    let mut sent_start = 0usize;
    // The subject of the running sentence (for participles: ", adding that …").
    let mut sent_subject: Option<(usize, usize)> = None;
    // Only the speech-verb forms and "according" can be cues: the loop visits those, and the
    // unquoted sentence starts before each (`next`: "according to" is read as one, so a
    // sentence starting at its "to" is passed over, as the token itself).
    let mut next = 0usize;
    let mut starts = cx.unquoted_starts.iter().map(|&s| s as usize).peekable();
    for c in cx.cue_tokens.iter().map(|&c| c as usize) {
        while let Some(s) = starts.next_if(|&s| s <= c) {
            if s >= next {
                sent_start = s;
                sent_subject = None;
            }
        }
        if c < next {
            continue;
        }
        next = c + 1;
        // (A headline capitalises its verbs; the line is read only for a capitalised word.)
        let title = || c > 0 && !cx.starts(c) && cx.title_case(c);
        // A cue inside the content just found reports within the report: the outer claim is kept
        // (see `drop_nested`), so it is not analysed at all (keeps "said that … said that …"
        // linear).
        let inside = out.last().is_some_and(|l| l.content.0 < c && c <= l.content.1 && l.cue.0 < l.content.0);
        if inside
            || cx.region(c).is_some()
            || !(cx.is_lower(c) || title() || cx.w(c) == "According" && cx.starts(c))
        {
            continue;
        }
        let w = cx.w(c);
        if w.eq_ignore_ascii_case("according") && cx.w(c + 1) == "to" {
            if let Some(cl) = according(cx, c) {
                sent_subject = cl.subject;
                out.push(cl);
            }
            next = c + 2;
            continue;
        }
        if cx.is(c, cues::ATTITUDE) {
            if let Some(cl) = attitude(cx, c) {
                out.push(cl);
            }
            continue;
        }
        let tags = cx.tags(c);
        if cx.is(c, cues::MAKE) && make_clear(cx, c).is_none() {
            continue;
        }
        let progressive = w.ends_with("ing")
            && c > 0
            && cx.one_of(c - 1, &["is", "are", "was", "were", "been", "be", "am"]);
        // "went on to say that …", "stood at an event to say he was leaning …": an infinitive
        // speech verb speaks for the running subject.
        let infinitive = tags & (CLAUSE | NP | OBJECT | AS) != 0
            && c > 1
            && cx.one_of(c - 1, &["to"])
            && !cx.starts(c - 1)
            && cx.is(c, cues::INFINITIVE_CUE)
            // "it is safe to say", "too soon to say": the writer's own hedge
            && !cx.one_of(c - 2, &["safe", "fair", "hard", "difficult", "easy", "soon", "early", "impossible", "enough", "needless", "suffice", "fail"]);
        if tags == 0
            || (c > 0 && !cx.starts(c) && !progressive && !infinitive && cx.is(c - 1, cues::NOT_BEFORE))
        {
            continue;
        }
        if infinitive {
            let subject = sent_subject.or_else(|| np_right(cx, sent_start));
            if let Some(cl) = forward(cx, c, tags, false, subject, "infinitive_cue") {
                out.push(cl);
            }
            continue;
        }
        // Particle verbs are cues only with their particle ("pointed to"); noun uses are no cues.
        let particle = cues::particle_bit(cx.w(c + 1));
        if tags & (CLAUSE | TELL | OBJECT | AS | NP | TO) == 0 && tags & particle == 0
            || tags & NOUN != 0 && noun_use(cx, c, tags)
        {
            continue;
        }
        if w.ends_with("ing") && !progressive {
            if let Some(cl) = participle(cx, c, tags, sent_start, sent_subject) {
                out.push(cl);
            }
            continue;
        }
        if let Some(cl) = finite(cx, c, tags, sent_start, &mut sent_subject) {
            if cl.subject.is_some() {
                sent_subject = cl.subject;
            }
            out.push(cl);
        }
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
    if !cx.is_word(p) {
        return false;
    }
    // "Data from the survey show that": a verb before "that" after a name or a plural.
    if tags & CLAUSE != 0 && cx.one_of(c + 1, &["that"]) {
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
                    "we", "for", "on", "about", "out",
                ],
            )
            || cx.is_cap(c + 1)
            || cx.opens(c + 1).is_some();
        // "scrutinized reports like …": after a participle it is a noun.
        let pw = cx.w(p);
        let noun_before = cx.is_lower(p)
            && (pw.ends_with("ed")
                || pw.len() > 5
                    && ["ory", "ous", "ive", "ful", "less", "able", "ible", "ing"]
                        .iter()
                        .any(|x| pw.ends_with(x)));
        // "made plans to", "its plans": after a light verb or a possessive it is a noun.
        let object = cx.one_of(
            p,
            &[
                "made", "make", "makes", "has", "have", "had", "took", "take", "takes", "gave", "give",
                "gives", "got", "get", "gets", "its", "their", "his", "her", "our", "your", "my",
            ],
        );
        // "the 16 states", "two states", "recent comments": a plural noun after a number or a
        // quantity or time adjective.
        let plural_noun = cx.w(c).ends_with('s')
            && (cx.toks[p].kind == TokKind::Number
                || p > 0 && cx.toks[p - 1].kind == TokKind::Number && cx.is_lower(p)
                || cx.one_of(
                    p,
                    &[
                        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many",
                        "several", "few", "both", "various", "other", "early", "recent", "new", "former",
                        "previous", "final", "latest", "initial", "similar", "further", "public", "private",
                        "official", "more", "most", "such",
                    ],
                ));
        // "battleground states could be decisive": a modal or auxiliary follows its subject.
        let subject_of_next = cx.one_of(
            c + 1,
            &[
                "could", "would", "will", "can", "may", "might", "should", "must", "have", "has", "had",
                "are", "were", "is", "was", "do", "did", "does",
            ],
        );
        return object && cx.w(c).ends_with('s') || plural_noun || subject_of_next || !verb && noun_before;
    }
    let w = cx.w(p);
    let verb_before = cx.one_of(
        p,
        &[
            "i", "we", "they", "you", "t", "also", "not", "never", "still", "just", "often", "would", "will",
            "can", "could", "may", "might", "should", "must", "do", "did", "does", "to", "who",
        ],
    ) || cx.is_adverb(p)
        || cx.is_word(p) && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("’s")
        // "China and Russia support …": a coordinated subject is plural.
        || cx.is_cap(p) && p > 1 && cx.one_of(p - 1, &["and"]) && cx.is_cap(p - 2)
        // "… documents show he took …": a clause follows.
        || cx.one_of(c + 1, &["he", "she", "they", "we"]);
    !verb_before
}

/// Paragraphs of the form "NAME: text" (transcripts, "Pence: Flowers won’t be at debate").
pub fn colon_speakers(cx: &Ctx) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut i = 0;
    // The next line start after `i`.
    let mut next_line = cx.lines.iter().copied().filter(|&l| l > 0).peekable();
    while i < cx.n() {
        // Paragraph i..end.
        while next_line.next_if(|&l| l <= i).is_some() {}
        let end = next_line.peek().copied().unwrap_or(cx.n()).min(cx.n());
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
            // "The Latest: Trump urges …": a label with an article, unless a transcript's capitals
            // ("THE PRESIDENT:").
            && !(cx.is(k, cues::DETERMINER) && cx.w(k).bytes().any(|b| b.is_ascii_lowercase()))
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
fn finite(
    cx: &Ctx,
    c: usize,
    tags: u16,
    sent_start: usize,
    sent_subject: &mut Option<(usize, usize)>,
) -> Option<Claim> {
    let (left, mut subject) = subject_before(cx, c);
    // "She begs him to stop and repeatedly says …": a coordinated verb shares the subject.
    if subject.is_none() && left.is_some_and(|p| cx.one_of(p, &["and", "but", "or", "then"])) {
        subject = sent_subject.or_else(|| np_right(cx, sent_start));
    }
    if let Some(s) = subject {
        if tags & CLAUSE != 0 {
            *sent_subject = Some(s);
        }
        // After a quotation, not after a title in marks ("In an interview with “60 Minutes,” Trump
        // said …").
        let quote_closes = |i: usize| cx.closes(i).is_some_and(|r| !super::title_like(cx, r));
        let after_quote =
            left.is_some_and(|p| quote_closes(p) || cx.is_punct(p, ",") && p > 0 && quote_closes(p - 1));
        let inverted = after_quote || left.is_some_and(|p| cx.is_punct(p, ","));
        // "As POLITICO revealed, most of the payments …": the content follows the comma.
        if left.is_some_and(|p| {
            cx.one_of(p, &["as"])
                && (cx.starts(p)
                    || p > 0 && (cx.is_punct(p - 1, ",") || cx.one_of(p - 1, &["but", "and", "yet"])))
        }) {
            let mut k = c + 1;
            while k < c + 12 && cx.is_word(k) && !cx.starts(k) {
                k += 1; // "As Liz Kreutz points out in a column on Yahoo News,"
            }
            if cx.is_punct(k, ",") && cx.is_word(k + 1) {
                let b = clause_end(cx, k + 1);
                return make(cx, k + 1, b, (c, c), Some(s), "as_x_said");
            }
        }
        if let Some(cl) = forward(cx, c, tags, after_quote, Some(s), "said_that") {
            // “A,” she said, “B.” — one quote around the attribution.
            if after_quote && cl.kind == QuoteKind::Direct {
                let e = left.map(|p| if cx.is_punct(p, ",") { p.saturating_sub(1) } else { p });
                if let Some(r) = e.and_then(|e| cx.closes(e)).copied()
                    && clause_start(cx, r.open) == r.open
                {
                    return Some(Claim {
                        content: (r.open, cl.content.1),
                        span: crate::model::Span::new(r.inner.start, cl.span.end),
                        kind: QuoteKind::Direct,
                        cue: cl.cue,
                        subject: cl.subject,
                        rule: "quote_said_quote",
                    });
                }
            }
            return Some(cl);
        }
        // "…, officials said." — the content before the comma, when nothing but adjuncts follow
        // the cue ("In a later vote, he warned of the dangers" is no such case).
        if inverted && (after_quote || cue_tail_ends(cx, c + 1)) {
            let cue_end = hearer(cx, c + 1, tags).unwrap_or(c);
            return backward(cx, left?, (c, cue_end), Some(s), "content_comma_said");
        }
        // "And every Friday, the former executive told The Washington Post, Fiorina would lead
        // …": an attribution set off by commas in the middle of the content.
        if inverted && !after_quote {
            let cue_end = hearer(cx, c + 1, tags).unwrap_or(c);
            let mut t = cue_end + 1;
            while t < cue_end + 4 && (cx.is(t, cues::ADJUNCT_WORD) || cx.is_adverb(t)) {
                t += 1;
            }
            let p = left?;
            if cx.is_punct(t, ",")
                && cx.is_word(t + 1)
                && !cx.is(t + 1, cues::CLAUSE_STOP)
                && !cx.w(t + 1).ends_with("ing")
                && p > 0
            {
                let a = clause_start(cx, p - 1);
                let b = clause_end(cx, t + 1);
                return make(cx, a, b, (c, cue_end), Some(s), "content_parenthetical_said");
            }
        }
        return None;
    }
    // "…, said Rubio": the cue right after a comma or a closing mark, the subject after it.
    let p = left?;
    if !(cx.is_punct(p, ",") || cx.closes(p).is_some()) {
        return None;
    }
    let np = np_right(cx, c + 1);
    // "…, said X." ends after the name (or goes on with an appositive or an adjunct); when a
    // clause follows instead, the comma closed an appositive we did not recognise: "Scot Ross,
    // executive director of One Wisconsin Now, said the numbers were …".
    let after = np.map_or(c + 1, |np| np.1 + 1);
    let ends = after >= cx.n()
        || cx.starts(after)
        || !cx.is_word(after)
        || cx.is(after, cues::ADJUNCT_PREP)
        || cx.one_of(after, &["who", "whose", "of", "after", "as", "when", "while", "according"]);
    if !ends && cx.is_punct(p, ",") {
        let subject = loose_appositive(cx, p);
        if subject.is_some() {
            *sent_subject = subject;
            return forward(cx, c, tags, false, subject, "said_that");
        }
        return None;
    }
    if np.is_none() && cx.is_punct(p, ",") {
        // "“…,” Leonard E. Burman, director of the center, said.": the subject before an
        // appositive we did not recognise, the content before the subject.
        let subject = loose_appositive(cx, p)?;
        *sent_subject = Some(subject);
        let before = subject.0.checked_sub(1)?;
        if cx.is_punct(before, ",") || cx.closes(before).is_some() {
            return backward(cx, before, (c, c), Some(subject), "content_comma_said");
        }
        return None;
    }
    if np.is_some() {
        *sent_subject = np;
    }
    let np = np?;
    backward(cx, p, (c, c), Some(np), "content_comma_said_x")
}

/// The end of the hearer after a "tell" verb starting at `j` ("told reporters", "told The
/// Huffington Post", "told him", "told the committee members that").
fn hearer(cx: &Ctx, j: usize, tags: u16) -> Option<usize> {
    // A show or a paper in marks: "told “Meet the Press” that".
    if tags & TELL != 0
        && let Some(r) = cx.opens(j).filter(|r| r.close.is_some() && super::title_like(cx, r))
    {
        return Some(r.end_tok());
    }
    if tags & TELL == 0
        || !cx.is_word(j)
        || cx.starts(j)
        || cx.one_of(j, &["that", "of", "about", "to", "on", "in", "at", "for"])
    {
        return None;
    }
    // Up to "that" or "to": "told a meeting of Pacific Island leaders that".
    let upto = (j + 1..(j + 10).min(cx.n()))
        .take_while(|&k| cx.is_word(k) && !cx.starts(k) && cx.tags(k) & CLAUSE == 0)
        .find(|&k| cx.one_of(k, &["that", "to"]))
        .map(|k| k - 1);
    if upto.is_some() {
        return upto;
    }
    if cx.one_of(j, &["him", "her", "them", "us", "me", "you"]) {
        Some(j)
    } else if cx.is_cap(j) {
        // A name goes whole: "told The Huffington Post on Thursday".
        let mut k = j;
        while k + 1 < j + 8 && cx.is_cap(k + 1) && !cx.starts(k + 1) {
            k += 1;
        }
        Some(k)
    } else if cx.is(j, cues::ADJUNCT_HEAD) {
        Some(j) // "told reporters"
    } else if cx.is(j, cues::DETERMINER) && cx.is(j + 1, cues::ADJUNCT_HEAD) {
        Some(j + 1) // "told the crowd"
    } else {
        None
    }
}

/// Does the clause end after the cue (only adverbs, adjuncts or punctuation follow from `j`)?
fn cue_tail_ends(cx: &Ctx, j: usize) -> bool {
    let mut j = j;
    while j < cx.n() && !cx.starts(j) && (cx.is(j, cues::ADJUNCT_WORD) || cx.is_adverb(j)) {
        j += 1;
    }
    // "agreed to lend": an infinitive is more of the clause.
    let infinitive = cx.one_of(j, &["to"]) && cx.is_lower(j + 1) && !cx.is(j + 1, cues::DETERMINER);
    j >= cx.n()
        || cx.starts(j)
        || !cx.is_word(j)
        || cx.is(j, cues::ADJUNCT_PREP) && !infinitive
        || cx.one_of(
            j,
            &["after", "as", "when", "while", "according", "following", "before", "because", "since", "with"],
        )
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
    // "…, and she becomes upset, shouting …": a pronoun subject of a nearer clause wins.
    let lim = c.saturating_sub(15).max(sent_start);
    let nearer = (lim..c).rev().take_while(|&k| cx.region(k).is_none()).find(|&k| {
        k > 0
            && cx.is(k, cues::PERSONAL)
            && (cx.is(k - 1, cues::AND_BUT) || cx.is_punct(k - 1, ","))
            && sent_subject.is_none_or(|s| s.1 < k)
    });
    let sent_subject = nearer.map(|k| (k, k)).or(sent_subject);
    let subject = sent_subject.or_else(|| sentence_subject(cx, sent_start, c));
    forward(cx, c, tags, false, subject, "participle")
}

/// The subject of the sentence starting at `sent_start`, looked for before `limit`: the first
/// noun phrase, after an opening phrase ("Speaking to parliament on Monday, Zelensky …").
pub(super) fn sentence_subject(cx: &Ctx, sent_start: usize, limit: usize) -> Option<(usize, usize)> {
    let first = cx.w(sent_start);
    let opener = first.ends_with("ing")
        || first.ends_with("ly") && first.len() > 4
        || first.ends_with("ed") && first.len() > 4
        || cx.is(sent_start, cues::SENTENCE_OPENER)
        || cx.is(sent_start, cues::ADJUNCT_PREP)
        || cx.one_of(
            sent_start,
            &["after", "before", "while", "when", "as", "with", "despite", "although", "though", "if", "to"],
        )
        // "Hours later, Trump …", "A few minutes later they …": a time phrase.
        || (sent_start + 1..(sent_start + 5).min(limit))
            .take_while(|&k| cx.is_word(k))
            .any(|k| cx.one_of(k, &["later", "ago", "earlier"]) && !cx.is_word(k + 1));
    let mut s = sent_start;
    if opener {
        s = (sent_start..limit).find(|&k| cx.is_punct(k, ","))? + 1;
        // "At an event in Salem, New Hampshire, Trump …": a place name goes on after the comma.
        for _ in 0..2 {
            let np = np_right(cx, s)?;
            let next = np.1 + 1;
            if !(cx.is_cap(np.0) && s >= 2 && cx.is_cap(s - 2) && cx.is_punct(next, ",") && next < limit) {
                break;
            }
            s = next + 1;
        }
    }
    np_right(cx, s).filter(|np| np.1 < limit)
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
pub(super) const NO_CONTENT_START: &[&str] = &[
    "to",
    "for",
    "about",
    "with",
    "on",
    "in",
    "at",
    "by",
    "from",
    "of",
    "into",
    "against",
    "up",
    "out",
    "off",
    "back",
    "down",
    "over",
    "after",
    "before",
    "during",
    "as",
    "than",
    "so",
    "and",
    "or",
    "but",
    "who",
    "which",
    "nothing",
    "anything",
    "goodbye",
    "hello",
    "yes",
    "no",
    "thanks",
    "sorry",
    "hi",
    "when",
    "where",
    "later",
    "while",
    "because",
    "themselves",
    "himself",
    "herself",
    "itself",
    "myself",
    "ourselves",
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
    // "made (it) clear (to X) that …": the cue runs to "clear".
    if let Some(e) = make_clear(cx, c) {
        cue_end = e;
        j = e + 1;
    }
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
    if let Some(h) = hearer(cx, j, tags) {
        cue_end = h;
        j = h + 1;
    }
    if tags & TO != 0
        && cx.one_of(j, &["to"])
        && cx.is_lower(j + 1)
        && cues::particle_bit(cx.w(j + 1)) == 0
        && (!cx.is(c, cues::REFUSE_SPEECH) || cx.tags(j + 1) & CLAUSE != 0)
    {
        let b = clause_end(cx, j);
        return make(cx, j, b, (c, cue_end), subject, "cue_to_infinitive");
    }
    // Adjuncts: "said on Sunday", "said in a statement", "said earlier".
    for _ in 0..4 {
        if cx.starts(j) {
            break;
        }
        if (cx.is(j, cues::ADJUNCT_WORD) || cx.is_adverb(j)) && !matches!(cx.w(j + 1), "’" | "'") {
            j += 1;
            continue;
        }
        if cx.one_of(j, &["last", "this", "next"]) && cx.is_word(j + 1) && cx.is(j + 1, cues::ADJUNCT_HEAD) {
            j += 2;
            continue;
        }
        if cx.is(j, cues::ADJUNCT_PREP) || cx.is_punct(j, ",") {
            // A longer adjunct, commas included, up to "that": "says at a stop in Toledo, Ohio, that".
            let lim = (j + 16).min(cx.n());
            let mut k = j + 1;
            let mut that = None;
            while k < lim
                && !cx.starts(k)
                && cx.region(k).is_none_or(|r| r.open == k && super::title_like(cx, r))
            {
                if let Some(r) = cx.opens(k) {
                    k = r.end_tok() + 1; // a show or a paper: "said on “Fox & Friends” that"
                    continue;
                }
                if cx.one_of(k, &["that"]) {
                    that = Some(k);
                    break;
                }
                if cx.is_lower(k) && cx.tags(k) & (CLAUSE | NP) != 0
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
                    && (cx.is(k, cues::ADJUNCT_HEAD) || (cx.toks[k].kind == TokKind::Number && w.len() == 4))
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
    // "said, if elected, she would …": a parenthetical opens the content.
    // ... only when the aside closes with a comma and a subject follows ("if elected, she").
    let aside = cx.is_punct(j, ",")
        && !inverted
        && cx.one_of(j + 1, &["if", "when", "unless", "once", "while", "after", "before"])
        && (j + 2..(j + 9).min(cx.n()))
            .take_while(|&k| !cx.starts(k))
            .find(|&k| cx.is_punct(k, ","))
            .is_some_and(|k| cx.one_of(k + 1, &["he", "she", "they", "we", "i", "it", "the", "there"]));
    if aside {
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
    if !has_that
        && tags & TO != 0
        && cx.one_of(j, &["to"])
        && cx.is_lower(j + 1)
        && (!cx.is(c, cues::REFUSE_SPEECH) || cx.tags(j + 1) & CLAUSE != 0)
    {
        let b = clause_end(cx, j);
        return make(cx, j, b, cue, subject, "cue_to_infinitive");
    }
    // Object verbs: the content is a quoted fragment of the object ("unveiled an “updated” plan").
    if !has_that && tags & OBJECT != 0 {
        let mut k = j;
        while k < j + 8 && k < cx.n() && !cx.starts(k) {
            if let Some(r) = cx.opens(k) {
                // "a stream called “Miracle Run”": a name, not a quote.
                if r.close.is_some() && !(k == j && super::title_like(cx, r)) {
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
                || cx.is_lower(k) && cx.tags(k) & CLAUSE != 0
            {
                break;
            }
            k += 1;
        }
    }
    if opened.is_some_and(|r| super::title_like(cx, &r)) {
        return None;
    }
    // "said no immediate decision had been made": "no" opens a clause; "said no to" does not.
    let no_clause = tags & CLAUSE != 0
        && tags & (OBJECT | NP) == 0
        && cx.one_of(j, &["no"])
        && cx.is_lower(j + 1)
        && !cx.one_of(j + 1, &["to", "one"]);
    // "55 percent said so", "72 percent said yes": a one-word answer is the content.
    if !has_that
        && tags & CLAUSE != 0
        && cx.one_of(j, &["so", "yes", "no"])
        && (j + 1 >= cx.n() || cx.starts(j + 1) || matches!(cx.w(j + 1), "." | "," | ";"))
    {
        let span = cx.byte_span(j, j);
        return Some(Claim { content: (j, j), span, kind: QuoteKind::Indirect, cue, subject, rule });
    }
    if !has_that && !aside && !no_clause && cx.is(j, cues::NO_CONTENT) {
        return None;
    }
    if !has_that && tags & AS != 0 {
        let b = clause_end(cx, j);
        if (j..=b.min(j + 10)).any(|k| cx.one_of(k, &["as"])) {
            return make(cx, j, b, cue, subject, "described_as");
        }
    }
    // A quotation introduced by "said," or "said:" is the whole content ("says, “Don’t,” until").
    if let Some(r) = opened.filter(|_| !has_that && cx.is_punct(j - 1, ",") || cx.is_punct(j - 1, ":")) {
        let ends_punct = r.inner.text(cx.text).trim_end().ends_with([',', '.', '?', '!', '…']);
        if ends_punct || r.close.is_none() {
            return Some(Claim::quoted(&r, cue, subject, rule));
        }
    }
    let b = clause_end(cx, j);
    // "announced it would …": a pronoun subject opens a clause even after an object verb.
    let pronoun_clause = tags & CLAUSE != 0 && cx.one_of(j, &["it", "he", "she", "they", "we", "i", "there"]);
    // "suggested the former secretary is a captive": a subject and its finite verb.
    let bare_clause = tags & CLAUSE != 0 && tags & OBJECT != 0 && bare_clause(cx, j);
    if has_that
        || opened.is_some()
        || pronoun_clause
        || bare_clause
        || tags & CLAUSE != 0 && tags & OBJECT == 0
    {
        return make(cx, j, b, cue, subject, rule);
    }
    if tags & NP != 0 {
        return make(cx, j, b, cue, subject, "cue_np_object");
    }
    None
}

/// "voters are skeptical of the establishment", "aides were confident that …", "she is not sure
/// she can …": an attitude adjective after a form of "be" (adverbs between), its content the clause
/// after "that" (or a pronoun subject) or the noun phrase after its preposition.
fn attitude(cx: &Ctx, c: usize) -> Option<Claim> {
    let mut b = c.checked_sub(1)?;
    while b > 0
        && !cx.starts(b)
        && b + 4 > c
        && (cx.is_adverb(b)
            || cx.one_of(
                b,
                &["not", "also", "very", "more", "less", "most", "so", "too", "still", "far", "well"],
            ))
    {
        b -= 1;
    }
    if cx.starts(c)
        || !cx.one_of(
            b,
            &["is", "are", "was", "were", "be", "been", "remain", "remains", "remained", "s", "re"],
        )
    {
        return None;
    }
    // "’s" and "’re" after a pronoun or a name.
    if cx.one_of(b, &["s", "re"]) && !(b > 0 && matches!(cx.w(b - 1), "’" | "'") && cx.toks[b].glued) {
        return None;
    }
    let j = c + 1;
    let (a, cue_end) = if cx.one_of(j, &["that"]) {
        (j + 1, c)
    } else if cx.one_of(j, &["of", "about", "on", "over", "with", "in"]) {
        (j + 1, j)
    } else if cx.is(j, cues::PERSONAL) {
        (j, c)
    } else {
        return None;
    };
    if !cx.is_word(a) || cx.starts(a) {
        return None;
    }
    let (_, subject) = subject_before(cx, b);
    let subject = subject?;
    let e = clause_end(cx, a);
    make(cx, a, e, (c, cue_end), Some(subject), "attitude_adjective")
}

/// "made clear", "makes it plain": the index of "clear" / "plain" after a form of "make" at `c`.
fn make_clear(cx: &Ctx, c: usize) -> Option<usize> {
    if !cx.is(c, cues::MAKE) {
        return None;
    }
    let k = if cx.one_of(c + 1, &["it"]) { c + 2 } else { c + 1 };
    (cx.one_of(k, &["clear", "plain"]) && !cx.starts(k)).then_some(k)
}

/// Does a clause without "that" start at `j`: a short noun phrase, then an auxiliary or a modal
/// ("the former secretary of state is", "the company would")? Relative words and punctuation end
/// the search ("a plan that would" is an object).
fn bare_clause(cx: &Ctx, j: usize) -> bool {
    const FINITE: &[&str] = &[
        "is", "are", "was", "were", "will", "would", "could", "can", "has", "have", "had", "should", "may",
        "might", "must", "does", "did",
    ];
    (j + 1..(j + 8).min(cx.n()))
        .take_while(|&k| cx.is_word(k) && !cx.starts(k) && cx.region(k).is_none())
        .take_while(|&k| {
            !cx.one_of(k, &["that", "which", "who", "whose", "where", "when", "to", "and", "or"])
        })
        .any(|k| cx.is_lower(k) && cx.one_of(k, FINITE))
        && cx.is_word(j)
        && !cx.one_of(j, &["to", "that"])
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
        && !cx.is(after + 1, cues::CLAUSE_STOP)
        && !cx.w(after + 1).ends_with("ing")
        && a + 4 > e
    {
        let b = clause_end(cx, after + 1);
        return make(cx, a, b, cue, subject, "content_parenthetical_said");
    }
    make(cx, a, e, cue, subject, rule)
}

pub(super) const SUBORDINATORS: &[&str] = &[
    "if", "when", "while", "as", "after", "before", "because", "although", "though", "once", "unless",
    "since", "until",
];

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
    if let Some(r) = cx.opens(a)
        && (r.end_tok() == b || r.close.is_none() && r.last == b)
    {
        return Some(Claim { content: (a, b), span: r.inner, kind: QuoteKind::Direct, cue, subject, rule });
    }
    let words = (a..=b).filter(|&k| cx.is_word(k)).count();
    if words < 2 && !(words == 1 && cx.is_cap(a) && !cx.starts(a)) {
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
        // A colon between digits is a time ("8:30 p.m."), not a clause boundary.
        let time = cx.toks[prev].glued
            && cx.toks.get(prev + 1).is_some_and(|t| t.glued && t.kind == TokKind::Number);
        if cx.region(prev).is_none() && (cx.is_punct(prev, ";") || cx.is_punct(prev, ":") && !time) {
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
        // "called on Congress to pass a deal and said funding is needed": a second speech verb
        // of the same subject starts a claim of its own.
        if i > a + 1
            && cx.is(i, cues::AND_BUT)
            && cx.is_lower(i + 1)
            && cx.tags(i + 1) & CLAUSE != 0
            && !cx.w(i + 1).ends_with("ing")
            && cx.tags(i + 1) & NOUN == 0
        {
            break;
        }
        // "… sovereignty as they unveiled …": a subordinate clause with its own subject.
        if i > a + 2 && cx.is(i, cues::CLAUSE_SUB) && cx.is(i + 1, cues::PERSONAL) {
            break;
        }
        if w == "," || w == "—" || w == "–" || w == "―" {
            let nx = cx.w(i + 1);
            // ", he summoned …": a new clause with its own subject, unless the content opened
            // with a subordinate clause ("if elected, he would …").
            if w == "," && i > a + 3 && cx.is(i + 1, cues::PERSONAL) && !cx.is(a, cues::SUBORDINATOR) {
                break;
            }
            if cx.is(i + 1, cues::CLAUSE_STOP) && !(w != "," && cx.one_of(i + 1, &["and", "but", "with"])) {
                break;
            }
            if cx.is_lower(i + 1)
                && nx.ends_with("ing")
                && !matches!(nx, "including" | "nothing" | "something" | "anything" | "everything")
            {
                break;
            }
            if w == "," && inverted_cue_ahead(cx, i + 1) && !(i < a + 4 && cx.is(a, cues::SUBORDINATOR)) {
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
        if cx.is_lower(k) && cx.tags(k) & CLAUSE != 0 && !cx.w(k).ends_with("ing") {
            let nx = k + 1;
            // ", Ham also noted …" starts an attribution of its own, whatever follows.
            return k > i || nx >= cx.n() || cx.starts(nx) || !cx.is_word(nx) || cx.is_cap(nx);
        }
        if !cx.is_word(k) && !matches!(cx.w(k), "’" | "'" | "-" | ".") {
            return false;
        }
    }
    false
}
