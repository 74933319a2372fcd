//! Reported speech: cues, the content clause they govern, and the grammatical subject next to
//! them. Everything works on token indices with bounded look-ahead and look-behind; quoted
//! regions are atomic (a content clause jumps over them whole).

use super::cues::{self, AS, BASE, CLAUSE, NOUN, NP, OBJECT, TELL, TO, is_one_of};
use super::marks::Region;
use crate::model::QuoteKind;
use crate::segment::{TokKind, Token};

const MONTHS: &[&str] = &[
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
    /// Per token: is it on a Title Case line (a headline), where verbs are capitalised too?
    pub title_case: Vec<bool>,
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
        let title = cx.title_case.get(c).copied().unwrap_or(false) && c > 0 && !cx.starts(c);
        // A cue inside the content just found reports within the report: the outer claim is kept
        // (see `drop_nested`), so it is not analysed at all (keeps "said that … said that …"
        // linear).
        let inside = out.last().is_some_and(|l| l.content.0 < c && c <= l.content.1 && l.cue.0 < l.content.0);
        if inside
            || cx.region(c).is_some()
            || !(cx.is_lower(c) || title || cx.w(c) == "According" && cx.starts(c))
        {
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
        if let Some(cl) = finite(cx, c, tags, sent_start, &mut sent_subject) {
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
        let after_quote = left.is_some_and(|p| {
            cx.closes(p).is_some() || cx.is_punct(p, ",") && p > 0 && cx.closes(p - 1).is_some()
        });
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
        || cx.one_of(after, cues::ADJUNCT_PREPS)
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
    if tags & TELL == 0
        || !cx.is_word(j)
        || cx.starts(j)
        || cx.one_of(j, &["that", "of", "about", "to", "on", "in", "at", "for"])
    {
        return None;
    }
    // Up to "that" or "to": "told a meeting of Pacific Island leaders that".
    let upto = (j + 1..(j + 10).min(cx.n()))
        .take_while(|&k| cx.is_word(k) && !cx.starts(k) && cues::verb_tags(cx.w(k)) & CLAUSE == 0)
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
    } else if cues::is_adjunct_head(cx.w(j)) {
        Some(j) // "told reporters"
    } else if cx.one_of(j, cues::DETERMINERS) && cues::is_adjunct_head(cx.w(j + 1)) {
        Some(j + 1) // "told the crowd"
    } else {
        None
    }
}

/// Does the clause end after the cue (only adverbs, adjuncts or punctuation follow from `j`)?
fn cue_tail_ends(cx: &Ctx, j: usize) -> bool {
    let mut j = j;
    while j < cx.n() && !cx.starts(j) && (cx.one_of(j, cues::ADJUNCT_WORDS) || cx.is_adverb(j)) {
        j += 1;
    }
    // "agreed to lend": an infinitive is more of the clause.
    let infinitive = cx.one_of(j, &["to"]) && cx.is_lower(j + 1) && !cx.one_of(j + 1, cues::DETERMINERS);
    j >= cx.n()
        || cx.starts(j)
        || !cx.is_word(j)
        || cx.one_of(j, cues::ADJUNCT_PREPS) && !infinitive
        || cx.one_of(
            j,
            &["after", "as", "when", "while", "according", "following", "before", "because", "since", "with"],
        )
}

/// A dash that sets off an aside ("-" with spaces around it, "—", "–", "--").
fn is_dash(cx: &Ctx, k: usize) -> bool {
    match cx.w(k) {
        "—" | "–" | "―" => true,
        "-" => {
            cx.toks.get(k).is_some_and(|t| !t.glued)
                && cx.toks.get(k + 1).is_some_and(|t| !t.glued || cx.w(k + 1) == "-")
        }
        _ => false,
    }
}

/// The subject before an appositive that ends at the comma `p`: the noun phrase before the
/// previous comma of the sentence ("Christie, New Jersey’s sitting governor, repeated").
fn loose_appositive(cx: &Ctx, p: usize) -> Option<(usize, usize)> {
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
                || cx.one_of(np.0 - 1, &["and", "but"])))
    .then_some(np)
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
        let first = cx.w(sent_start);
        let opener = first.ends_with("ing")
            || first.ends_with("ly") && first.len() > 4
            || first.ends_with("ed") && first.len() > 4
            || cx.one_of(sent_start, SENTENCE_OPENERS)
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
    "if",
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
        if cx.one_of(j, &["last", "this", "next"]) && cx.is_word(j + 1) && cues::is_adjunct_head(cx.w(j + 1))
        {
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
                    && (cues::is_adjunct_head(w) || (cx.toks[k].kind == TokKind::Number && w.len() == 4))
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
    let aside = cx.is_punct(j, ",") && !inverted && cx.one_of(j + 1, SUBORDINATORS);
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
    if !has_that && tags & TO != 0 && cx.one_of(j, &["to"]) && cx.is_lower(j + 1) {
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
                || cx.is_lower(k) && cues::verb_tags(cx.w(k)) & CLAUSE != 0
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
    if !has_that && !aside && !no_clause && cx.one_of(j, NO_CONTENT_START) {
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
            return Some(Claim {
                content: (r.open, r.end_tok()),
                span: r.inner,
                kind: QuoteKind::Direct,
                cue,
                subject,
                rule,
            });
        }
    }
    let b = clause_end(cx, j);
    // "announced it would …": a pronoun subject opens a clause even after an object verb.
    let pronoun_clause = tags & CLAUSE != 0 && cx.one_of(j, &["it", "he", "she", "they", "we", "i", "there"]);
    if has_that || opened.is_some() || pronoun_clause || tags & CLAUSE != 0 && tags & OBJECT == 0 {
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

const SUBORDINATORS: &[&str] = &[
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
            && cx.one_of(i, &["and", "but"])
            && cx.is_lower(i + 1)
            && cues::verb_tags(cx.w(i + 1)) & CLAUSE != 0
            && !cx.w(i + 1).ends_with("ing")
            && cues::verb_tags(cx.w(i + 1)) & NOUN == 0
        {
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
        if w == "," || w == "—" || w == "–" || w == "―" {
            let nx = cx.w(i + 1);
            // ", he summoned …": a new clause with its own subject, unless the content opened
            // with a subordinate clause ("if elected, he would …").
            if w == ","
                && i > a + 3
                && cx.one_of(i + 1, &["he", "she", "they", "we", "i"])
                && !cx.one_of(a, SUBORDINATORS)
            {
                break;
            }
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
            if w == "," && inverted_cue_ahead(cx, i + 1) && !(i < a + 4 && cx.one_of(a, SUBORDINATORS)) {
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
            // ", Ham also noted …" starts an attribution of its own, whatever follows.
            return k > i || nx >= cx.n() || cx.starts(nx) || !cx.is_word(nx) || cx.is_cap(nx);
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
        if cx.one_of(k, cues::AUX_ADVERBS)
            || cx.one_of(k, &["is", "are", "was", "were", "been", "am"]) && cx.w(c).ends_with("ing")
            || cx.is_adverb(k)
            || cx.one_of(k, cues::ADJUNCT_WORDS)
            || cx.one_of(k, &["on", "in", "at", "since", "during", "by", "until"])
                && (cx.one_of(k + 1, cues::ADJUNCT_WORDS)
                    || cx.one_of(k + 1, MONTHS)
                    || cx.toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Number))
            || (cx.one_of(k, MONTHS) || cx.toks[k].kind == TokKind::Number)
                && cx.one_of(
                    k - 1,
                    &[
                        "on", "in", "at", "since", "during", "by", "until", "last", "this", "early", "late",
                        "mid",
                    ],
                )
            || cx.toks[k].kind == TokKind::Number && cx.one_of(k - 1, MONTHS)
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
    // "Trump - who previously said he would … - said": an aside between dashes.
    if is_dash(cx, k) {
        let lim = k.saturating_sub(40);
        if let Some(p) = (lim..k)
            .rev()
            .take_while(|&p| !cx.starts(p + 1) && cx.region(p).is_none())
            .find(|&p| is_dash(cx, p))
            && let Some(np) = p.checked_sub(1).and_then(|q| np_left(cx, q))
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
    if cx.closes(k).is_some() || !cx.is_word(k) && !matches!(cx.w(k), "’" | "'" | ".") {
        return (Some(k), None);
    }
    match np_left(cx, k) {
        Some(np) => (np.0.checked_sub(1).filter(|_| !cx.starts(np.0) || after_close(np.0)), Some(np)),
        None => (Some(k), None),
    }
}

/// Does the stretch `first..end` (between two commas) read as an appositive, a relative clause or
/// a parenthetical ("a Korea scholar", "who led", "56", "however", "in a statement", "Phil Lovas")?
fn appositive_start(cx: &Ctx, first: usize, end: usize) -> bool {
    const STARTS: &[&str] = &[
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
    // "The poll, released on Wednesday by the institute, showed": a participle phrase.
    let participle = cx.is_lower(first) && cx.w(first).ends_with("ed") && cx.w(first).len() > 4;
    participle
        || cx.one_of(first, STARTS)
        || cx.toks.get(first).is_some_and(|t| t.kind == TokKind::Number)
        || end - first <= 5
            && (first..end).all(|x| cx.is_cap(x) || matches!(cx.w(x), "." | "-" | "’" | "'" | "(" | ")"))
}

/// The noun phrase a relative pronoun at `k` refers to ("the Union, which" → "the Union").
pub fn antecedent(cx: &Ctx, k: usize) -> Option<(usize, usize)> {
    let mut q = k.checked_sub(1)?;
    if cx.is_punct(q, ",") {
        q = q.checked_sub(1)?;
    }
    np_left(cx, q)
}

/// Capitalised words that open a clause, never a subject's name ("As POLITICO revealed").
const SENTENCE_OPENERS: &[&str] = &[
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
fn verb_in_np(w: &str) -> bool {
    let t = cues::verb_tags(w);
    t != 0 && t & NOUN == 0
}

/// A noun phrase ending at token `e`, going left.
pub fn np_left(cx: &Ctx, e: usize) -> Option<(usize, usize)> {
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
        if cx.region(i).is_some() {
            break;
        }
        let w = cx.w(i);
        if cx.is_word(i) {
            if cx.one_of(i, cues::PRONOUNS) {
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
            if cx.is_lower(i) && (cx.one_of(i, cues::SUBJECT_STOPS) || verb_in_np(w) || cx.is_adverb(i)) {
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
                || cx.is_cap(i) && cx.one_of(i, SENTENCE_OPENERS)
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
            || cx.one_of(k, cues::ADJUNCT_WORDS)
            || cx.one_of(k, MONTHS)
    }) {
        return None;
    }
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
                    || verb_in_np(w)
                    || cx.one_of(i, cues::ADJUNCT_PREPS)
                    || cx.is_adverb(i))
            {
                break;
            } else if cx.is_lower(i) && cx.one_of(i, cues::SUBJECT_JOINERS) {
                if e.is_none() {
                    break;
                }
            } else if cx.is_lower(i)
                && e.is_some()
                && (w.ends_with("ed") && w.len() > 3 || matches!(w, "rather" | "than"))
            {
                break; // "Trump and Clinton vied …": a verb ends the phrase
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
