//! Several articles at once: one story across sources.
//!
//! Each article is analysed on its own ([`crate::analyze`]); then one pass merges the results:
//! - **entities** across articles, by shared names of the same type (a surname alone joins the one
//!   person of the story who has it), with per-article counts;
//! - **the timeline**: an event of one article and an event of another with the same date and
//!   enough shared content words are one event with two sources; a dated event also takes as a
//!   source an undated sentence of another article that reports the same thing (Rubio's
//!   "tremendous progress" remarks are dated in one seed and undated in the other);
//! - **quotes** by speaker, the same statement quoted by two outlets merged;
//! - **differences**: what each article has that no other has.
//!
//! Merging is near-linear: candidate pairs come from an inverted index of content words whose
//! posting lists are capped, never from comparing every sentence with every other.

use crate::lexicon::FastMap as HashMap;
use crate::lexicon::fold_key;
use crate::model::{Analysis, EntityId, EntityType, Span};
use crate::{Error, Options, analyze};
use serde::Serialize;

/// One input article.
#[derive(Clone, Debug)]
pub struct Article<'a> {
    /// A name shown to the user (file name, "Article 1", …).
    pub name: String,
    pub text: &'a str,
    /// Its publication date, when the caller knows it; else read from its text.
    pub dct: Option<String>,
}

/// Several articles analysed and merged.
#[derive(Clone, Debug, Serialize)]
pub struct Story {
    /// Each article's own analysis (spans into that article's text).
    pub articles: Vec<ArticleResult>,
    /// Entities merged across articles, most mentioned first.
    pub entities: Vec<StoryEntity>,
    /// The merged timeline, by date; undated future items last.
    pub timeline: Vec<StoryEvent>,
    /// Quotes grouped by speaker, the same statement from several outlets merged.
    pub quotes: Vec<StoryQuote>,
    /// What each article has that no other has.
    pub differences: Vec<Difference>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ArticleResult {
    pub name: String,
    /// Where the article starts in the pasted text, when several were pasted as one (bytes in the
    /// crate, converted like every span at the boundary); 0 otherwise.
    pub offset: usize,
    pub analysis: Analysis,
}

/// A reference to an item of one article's analysis.
#[derive(Clone, Debug, Serialize)]
pub struct SourceRef {
    /// Index into [`Story::articles`].
    pub article: usize,
    /// The item's id in that article's analysis (an event, quote or entity id), if it has one.
    pub id: Option<String>,
    /// The evidence in that article's text.
    pub span: Span,
    /// The article's wording.
    pub text: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct StoryEntity {
    pub id: String,
    pub canonical: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub roles: Vec<String>,
    pub aliases: Vec<String>,
    /// Mentions in all articles.
    pub count: usize,
    /// Mentions per article, indexed like [`Story::articles`].
    pub counts: Vec<usize>,
    /// The entity in each article that has it: (article, entity id).
    pub members: Vec<(usize, EntityId)>,
}

#[derive(Clone, Debug, Serialize)]
pub struct StoryEvent {
    pub id: String,
    pub date: String,
    pub summary: String,
    /// Every article that reports it, with its wording; the first is the one that dates it.
    pub sources: Vec<SourceRef>,
    /// Only one article reports it.
    pub single_source: bool,
    /// Story entity ids of its participants.
    pub participants: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct StoryQuote {
    pub id: String,
    /// The speaker's canonical name or phrase.
    pub speaker: Option<String>,
    /// The story entity id of the speaker.
    pub speaker_entity: Option<String>,
    pub kind: crate::model::QuoteKind,
    /// The longest wording.
    pub text: String,
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Difference {
    pub article: usize,
    /// Story event ids only this article reports.
    pub events: Vec<String>,
    /// Story quote ids only this article carries.
    pub quotes: Vec<String>,
    /// Story entity ids of people only this article names.
    pub people: Vec<String>,
}

/// Splits a paste of several articles: at lines of three or more dashes (`---`), and before a
/// headline that is followed by a dateline after a first article has begun.
pub fn split_articles(text: &str) -> Vec<Span> {
    let lines = crate::document::lines(text);
    let mut cuts = vec![0usize];
    // Lines since the last cut, and how many of them are paragraphs (a dozen words or more).
    let mut body_lines = 0usize;
    let mut paragraphs = 0usize;
    for (i, l) in lines.iter().enumerate() {
        let s = l.text(text);
        if s.len() >= 3 && s.chars().all(|c| c == '-' || c == '—' || c == '–' || c == '=') {
            cuts.push(l.start);
            cuts.push(l.end);
            body_lines = 0;
            paragraphs = 0;
            continue;
        }
        // A dateline after a body of several lines: the new article starts at its headline (the
        // nearest title-like line above it, at most three lines up) or at the dateline itself.
        if body_lines >= 6 && paragraphs >= 2 && crate::temporal::dateline::parse_dateline(s).is_some() {
            let mut start = l.start;
            for back in 1..=3 {
                let Some(prev) = i.checked_sub(back).and_then(|k| lines.get(k)) else { break };
                let p = prev.text(text);
                if p.ends_with('.') || p.split_whitespace().count() > 30 {
                    break;
                }
                start = prev.start;
            }
            cuts.push(start);
            body_lines = 0;
            paragraphs = 0;
            continue;
        }
        body_lines += 1;
        if s.split_whitespace().count() >= 12 {
            paragraphs += 1;
        }
    }
    cuts.push(text.len());
    // Pair the cut points into spans; drop separators and empty pieces.
    let mut spans = Vec::new();
    let mut k = 0;
    while k + 1 < cuts.len() {
        let (a, b) = (cuts[k], cuts[k + 1]);
        let piece = text.get(a..b).unwrap_or("");
        let is_sep = piece.trim().chars().all(|c| matches!(c, '-' | '—' | '–' | '='));
        if !piece.trim().is_empty() && !is_sep {
            // Tight: no white space around an article.
            let lead = piece.len() - piece.trim_start().len();
            spans.push(Span::new(a + lead, a + lead + piece.trim().len()));
        }
        k += 1;
    }
    if spans.is_empty() {
        spans.push(Span::new(0, text.len()));
    }
    spans
}

/// Analyses one paste of several articles (split by [`split_articles`]). Spans in each article's
/// analysis are shifted to be offsets into `text`.
pub fn analyze_paste(text: &str, options: &Options) -> Result<Story, Error> {
    if text.len() > crate::MAX_INPUT_BYTES {
        return Err(Error::TooLarge { bytes: text.len(), limit: crate::MAX_INPUT_BYTES });
    }
    let parts = split_articles(text);
    let articles: Vec<Article> = parts
        .iter()
        .enumerate()
        .map(|(i, s)| Article {
            name: format!("Article {}", i + 1),
            text: s.text(text),
            dct: options.dct.clone(),
        })
        .collect();
    let mut story = analyze_many(&articles, options)?;
    for (r, s) in story.articles.iter_mut().zip(&parts) {
        r.offset = s.start;
        shift_analysis(&mut r.analysis, s.start);
    }
    for e in &mut story.timeline {
        for src in &mut e.sources {
            src.span = shift(src.span, parts[src.article].start);
        }
    }
    for q in &mut story.quotes {
        for src in &mut q.sources {
            src.span = shift(src.span, parts[src.article].start);
        }
    }
    Ok(story)
}

/// Converts every span of a story to `unit`; `text_of(article)` is the text its spans point into
/// (each article's own text, or the whole paste for [`analyze_paste`]).
pub fn convert_offsets<'t>(
    mut story: Story,
    text_of: impl Fn(usize) -> &'t str,
    unit: crate::offsets::Unit,
) -> Story {
    let maps: Vec<crate::offsets::OffsetMap> =
        (0..story.articles.len()).map(|i| crate::offsets::OffsetMap::new(text_of(i), unit)).collect();
    for (i, r) in story.articles.iter_mut().enumerate() {
        crate::offsets::for_each_span(&mut r.analysis, |s| *s = maps[i].span(*s));
        r.offset = maps[i].convert(r.offset);
    }
    for e in &mut story.timeline {
        for src in &mut e.sources {
            src.span = maps[src.article].span(src.span);
        }
    }
    for q in &mut story.quotes {
        for src in &mut q.sources {
            src.span = maps[src.article].span(src.span);
        }
    }
    story
}

fn shift(s: Span, by: usize) -> Span {
    Span::new(s.start + by, s.end + by)
}

fn shift_analysis(a: &mut Analysis, by: usize) {
    if by == 0 {
        return;
    }
    let f = |s: &mut Span| *s = shift(*s, by);
    crate::offsets::for_each_span(a, f);
}

/// Analyses several articles and merges them into one story.
pub fn analyze_many(articles: &[Article], options: &Options) -> Result<Story, Error> {
    let mut results = Vec::with_capacity(articles.len());
    for a in articles {
        let opts = Options { dct: a.dct.clone().or_else(|| options.dct.clone()), explain: options.explain };
        // A caller-wide date does not override a date an article states itself.
        let named = |e: Error| Error::InArticle { name: a.name.clone(), error: Box::new(e) };
        let mut analysis =
            analyze(a.text, &Options { dct: a.dct.clone(), explain: opts.explain }).map_err(named)?;
        if analysis.document.dct.is_none() && opts.dct.is_some() {
            analysis = analyze(a.text, &opts).map_err(named)?;
        }
        results.push(ArticleResult { name: a.name.clone(), offset: 0, analysis });
    }
    Ok(merge(articles, results))
}

/// Words too common to tell two statements apart.
const STOPWORDS: &str = include_str!("../data/story/stopwords.txt");

fn stopwords() -> &'static crate::lexicon::FastSet<&'static str> {
    static SET: std::sync::OnceLock<crate::lexicon::FastSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| crate::lexicon::entries(STOPWORDS).collect())
}

/// Content words, interned: each distinct word of the story gets a number once, so statements
/// hold and compare numbers, and a word is lower-cased into one reused buffer.
struct Vocab {
    /// Word → number; stopwords are in it too, as `STOP`, so one look-up decides.
    ids: HashMap<String, u32>,
    /// How many content words have a number.
    len: u32,
    buf: String,
}

const STOP: u32 = u32::MAX;

impl Default for Vocab {
    fn default() -> Vocab {
        let ids = stopwords().iter().map(|w| (w.to_string(), STOP)).collect();
        Vocab { ids, len: 0, buf: String::new() }
    }
}

impl Vocab {
    /// Content words of a text: lower-cased, light plural stripping, stopwords and short words
    /// out; as sorted, distinct word numbers.
    fn words(&mut self, s: &str) -> Vec<u32> {
        let mut out = Vec::new();
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // The next run of alphanumeric chars (ASCII without decoding).
            let start = i;
            let mut ascii = true;
            while i < bytes.len() {
                let b = bytes[i];
                if b.is_ascii_alphanumeric() {
                    i += 1;
                } else if b >= 0x80
                    && let Some(c) = s.get(i..).and_then(|r| r.chars().next())
                    && c.is_alphanumeric()
                {
                    ascii = false;
                    i += c.len_utf8();
                } else {
                    break;
                }
            }
            let w = s.get(start..i).unwrap_or("");
            if w.is_empty() {
                // Step over one separator char.
                i += match bytes[i] {
                    0..0x80 => 1,
                    _ => s.get(i..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8),
                };
                continue;
            }
            if w.len() < 3 || !ascii && w.chars().count() < 3 {
                continue;
            }
            self.buf.clear();
            if ascii {
                self.buf.push_str(w);
                self.buf.make_ascii_lowercase();
            } else {
                for c in w.chars() {
                    self.buf.extend(c.to_lowercase());
                }
            }
            let w = &mut self.buf;
            if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") {
                w.pop();
            }
            let id = match self.ids.get(w.as_str()) {
                Some(&STOP) => continue,
                Some(&id) => id,
                None => {
                    self.ids.insert(w.clone(), self.len);
                    self.len += 1;
                    self.len - 1
                }
            };
            out.push(id);
        }
        // Sorted and distinct: by insertion for a sentence's few dozen words, by merge sort for a
        // (hostile) sentence of thousands.
        if out.len() > 64 {
            crate::sort::sort_by_key(&mut out, |&id| id);
        } else {
            for k in 1..out.len() {
                let mut j = k;
                while j > 0 && out[j - 1] > out[j] {
                    out.swap(j - 1, j);
                    j -= 1;
                }
            }
        }
        out.dedup();
        out
    }
}

/// Which story entity an article's entity joined: (article, its entity id) → story entity id.
#[derive(Default)]
struct EntityMap {
    map: HashMap<String, u32>,
    ids: Vec<String>,
}

impl EntityMap {
    fn key(article: usize, id: EntityId) -> String {
        format!("{article}:{id}")
    }
    fn get(&self, article: usize, id: EntityId) -> Option<&String> {
        self.map.get(&EntityMap::key(article, id)).and_then(|&i| self.ids.get(i as usize))
    }
}

/// The longest posting list the index keeps; more common words are not used to find candidates.
const MAX_POSTINGS: usize = 64;

fn merge(articles: &[Article], results: Vec<ArticleResult>) -> Story {
    let n = results.len();
    // ---- entities: union-find over (article, entity).
    let mut nodes: Vec<(usize, usize)> = Vec::new();
    for (ai, r) in results.iter().enumerate() {
        for ei in 0..r.analysis.entities.len() {
            nodes.push((ai, ei));
        }
    }
    let mut parent: Vec<usize> = (0..nodes.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    // Every map of this module is keyed by a string with a number for value (one hash-map type in
    // the wasm, not seven): here the type's label and the folded name.
    let mut by_key: HashMap<String, u32> = HashMap::default();
    for (k, &(ai, ei)) in nodes.iter().enumerate() {
        let e = &results[ai].analysis.entities[ei];
        let mut keys: Vec<String> = e.aliases.iter().map(|a| fold_key(a)).collect();
        keys.push(fold_key(&e.canonical));
        for key in keys {
            // A single-word person alias is a surname: joined below, only when unambiguous.
            if e.kind == EntityType::Person && !key.contains(' ') {
                continue;
            }
            let key = format!("{}\u{1f}{key}", e.kind.label());
            match by_key.get(&key) {
                Some(&other) => {
                    let (a, b) = (find(&mut parent, k), find(&mut parent, other as usize));
                    parent[a] = b;
                }
                None => {
                    by_key.insert(key, k as u32);
                }
            }
        }
    }
    // Surnames: a person known by one word joins the one multi-word person with that last word.
    // The root of the one owner, or NONE when two people share the surname.
    const NONE: u32 = u32::MAX;
    let mut surname_owner: HashMap<String, u32> = HashMap::default();
    for (k, &(ai, ei)) in nodes.iter().enumerate() {
        let e = &results[ai].analysis.entities[ei];
        if e.kind == EntityType::Person && e.canonical.contains(' ') {
            let last = fold_key(e.canonical.rsplit(' ').next().unwrap_or(""));
            let root = find(&mut parent, k);
            surname_owner
                .entry(last)
                .and_modify(|o| {
                    if *o != root as u32 {
                        *o = NONE;
                    }
                })
                .or_insert(root as u32);
        }
    }
    for (k, &(ai, ei)) in nodes.iter().enumerate() {
        let e = &results[ai].analysis.entities[ei];
        if e.kind == EntityType::Person && !e.canonical.contains(' ') {
            if let Some(&owner) = surname_owner.get(&fold_key(&e.canonical)).filter(|&&o| o != NONE) {
                let root = find(&mut parent, k);
                let owner = find(&mut parent, owner as usize);
                parent[root] = owner;
            }
        }
    }
    // Build story entities.
    let mut by_root: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for k in 0..nodes.len() {
        let r = find(&mut parent, k);
        by_root[r].push(k);
    }
    let mut group_list: Vec<Vec<usize>> = by_root.into_iter().filter(|g| !g.is_empty()).collect();
    crate::sort::sort_by_key(&mut group_list, |g| g[0]);
    let mut story_entities: Vec<StoryEntity> = group_list
        .iter()
        .map(|g| {
            let mut counts = vec![0; n];
            let mut members = Vec::new();
            let mut aliases: Vec<String> = Vec::new();
            let mut roles: Vec<String> = Vec::new();
            let mut canonical = String::new();
            let mut kind = EntityType::Group;
            for &k in g {
                let (ai, ei) = nodes[k];
                let e = &results[ai].analysis.entities[ei];
                counts[ai] += e.count;
                members.push((ai, e.id));
                kind = e.kind;
                if e.canonical.chars().count() > canonical.chars().count() {
                    canonical = e.canonical.clone();
                }
                for a in &e.aliases {
                    if !aliases.contains(a) {
                        aliases.push(a.clone());
                    }
                }
                for r in &e.roles {
                    if !roles.iter().any(|x| x.eq_ignore_ascii_case(r)) {
                        roles.push(r.clone());
                    }
                }
            }
            StoryEntity {
                id: String::new(),
                canonical,
                kind,
                roles,
                aliases,
                count: counts.iter().sum(),
                counts,
                members,
            }
        })
        .collect();
    crate::sort::sort_by(&mut story_entities, |a, b| {
        b.count.cmp(&a.count).then_with(|| a.canonical.cmp(&b.canonical))
    });
    let mut entity_map = EntityMap::default();
    for (i, se) in story_entities.iter_mut().enumerate() {
        se.id = format!("E{}", i + 1);
        entity_map.ids.push(se.id.clone());
        for (ai, id) in &se.members {
            entity_map.map.insert(EntityMap::key(*ai, *id), i as u32);
        }
    }

    // ---- timeline.
    let timeline = merge_events(articles, &results, &entity_map);

    // ---- quotes by speaker.
    let quotes = merge_quotes(&results, &entity_map);

    // ---- differences: what only one article has (one pass over each list).
    let mut differences: Vec<Difference> =
        (0..n).map(|ai| Difference { article: ai, events: vec![], quotes: vec![], people: vec![] }).collect();
    if n > 1 {
        let only = |mut articles: std::slice::Iter<'_, SourceRef>| {
            let first = articles.next()?.article;
            articles.all(|s| s.article == first).then_some(first)
        };
        for e in &timeline {
            if let Some(d) = only(e.sources.iter()).and_then(|a| differences.get_mut(a)) {
                d.events.push(e.id.clone());
            }
        }
        for q in &quotes {
            if let Some(d) = only(q.sources.iter()).and_then(|a| differences.get_mut(a)) {
                d.quotes.push(q.id.clone());
            }
        }
        for e in story_entities.iter().filter(|e| e.kind == EntityType::Person) {
            let mut seen = e.counts.iter().enumerate().filter(|&(_, &c)| c > 0).map(|(k, _)| k);
            if let (Some(a), None) = (seen.next(), seen.next())
                && let Some(d) = differences.get_mut(a)
            {
                d.people.push(e.id.clone());
            }
        }
    }

    Story { articles: results, entities: story_entities, timeline, quotes, differences }
}

/// One candidate statement: a dated event or an undated sentence of one article.
struct Statement {
    article: usize,
    event: Option<usize>,
    date: Option<String>,
    span: Span,
    words: Vec<u32>,
}

fn merge_events(articles: &[Article], results: &[ArticleResult], entity_map: &EntityMap) -> Vec<StoryEvent> {
    // Statements: every event, and every sentence of an article that holds no event.
    let mut st: Vec<Statement> = Vec::new();
    let mut vocab = Vocab::default();
    for (ai, r) in results.iter().enumerate() {
        let text = articles[ai].text;
        for (vi, e) in r.analysis.events.iter().enumerate() {
            st.push(Statement {
                article: ai,
                event: Some(vi),
                date: Some(e.date.clone()),
                span: e.span,
                words: vocab.words(e.span.text(text)),
            });
        }
        if results.len() > 1 {
            for s in &r.analysis.sentences {
                if r.analysis.events.iter().any(|e| e.span.overlaps(*s)) {
                    continue;
                }
                st.push(Statement {
                    article: ai,
                    event: None,
                    date: None,
                    span: *s,
                    words: vocab.words(s.text(text)),
                });
            }
        }
    }
    // Inverted index over content words (capped posting lists), document frequency for weights.
    let mut index: Vec<Vec<usize>> = vec![Vec::new(); vocab.len as usize];
    for (i, s) in st.iter().enumerate() {
        for &w in &s.words {
            index[w as usize].push(i);
        }
    }
    let total = st.len().max(1) as f32;
    let idf: Vec<f32> = index.iter().map(|post| (total / post.len().max(1) as f32).ln().max(0.1)).collect();
    // Each statement's total word weight, computed once.
    let wsum: Vec<f32> = st.iter().map(|s| s.words.iter().map(|&w| idf[w as usize]).sum()).collect();
    // Candidate pairs: an event and a statement of another article sharing a word.
    let mut pairs: Vec<(bool, f32, usize, usize)> = Vec::new();
    // Shared words with each other statement: dense counters, and the statements touched.
    let mut shared: Vec<(u32, f32)> = vec![(0, 0.0); st.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (i, s) in st.iter().enumerate() {
        if s.event.is_none() {
            continue;
        }
        for &j in &touched {
            shared[j] = (0, 0.0);
        }
        touched.clear();
        for &w in &s.words {
            let post = &index[w as usize];
            if post.len() > MAX_POSTINGS {
                continue;
            }
            let wt = idf[w as usize];
            for &j in post {
                if st[j].article != s.article && j != i {
                    let e = &mut shared[j];
                    if e.0 == 0 {
                        touched.push(j);
                    }
                    e.0 += 1;
                    e.1 += wt;
                }
            }
        }
        for &j in &touched {
            let (count, weight) = shared[j];
            let t = &st[j];
            // Same date for two events; an undated sentence needs stronger evidence.
            let both_events = t.event.is_some();
            if both_events && t.date != s.date {
                continue;
            }
            let denom = (wsum[i] + wsum[j]) / 2.0;
            let score = if denom > 0.0 { weight / denom } else { 0.0 };
            let enough = if both_events {
                (count >= 3 && score >= 0.08) || (count >= 2 && score >= 0.2)
            } else {
                count >= 4 && score >= 0.2
            };
            // Each pair of events once (from the lower index).
            if enough && !(both_events && j < i) {
                pairs.push((both_events, score, i, j));
            }
        }
    }
    // Events paired with events first, then with undated sentences; best scores first.
    crate::sort::sort_by(&mut pairs, |a, b| {
        b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3))
    });
    // Greedy grouping: each statement joins at most one group; a group has one source per article.
    let mut group_of: Vec<Option<usize>> = vec![None; st.len()];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (_, _, i, j) in pairs {
        match (group_of[i], group_of[j]) {
            (None, None) => {
                group_of[i] = Some(groups.len());
                group_of[j] = Some(groups.len());
                groups.push(vec![i, j]);
            }
            (Some(g), None) => {
                if groups[g].iter().all(|&k| st[k].article != st[j].article) {
                    group_of[j] = Some(g);
                    groups[g].push(j);
                }
            }
            (None, Some(g)) if st[i].event.is_some() => {
                if groups[g].iter().all(|&k| st[k].article != st[i].article) {
                    group_of[i] = Some(g);
                    groups[g].push(i);
                }
            }
            _ => {}
        }
    }
    for (i, s) in st.iter().enumerate() {
        if s.event.is_some() && group_of[i].is_none() {
            group_of[i] = Some(groups.len());
            groups.push(vec![i]);
        }
    }
    let mut out: Vec<StoryEvent> = groups
        .iter()
        .map(|g| {
            // The dated sources first, in article order.
            let mut g = g.clone();
            crate::sort::sort_by_key(&mut g, |&k| (st[k].event.is_none(), st[k].article, st[k].span.start));
            let lead = &st[g[0]];
            let lead_event = lead.event.and_then(|v| results[lead.article].analysis.events.get(v));
            let mut participants: Vec<String> = Vec::new();
            for &k in &g {
                if let Some(ev) = st[k].event.and_then(|v| results[st[k].article].analysis.events.get(v)) {
                    for p in &ev.participants {
                        if let Some(se) = entity_map.get(st[k].article, *p) {
                            if !participants.contains(se) {
                                participants.push(se.clone());
                            }
                        }
                    }
                }
            }
            StoryEvent {
                id: String::new(),
                date: lead.date.clone().unwrap_or_default(),
                summary: lead_event.map(|e| e.summary.clone()).unwrap_or_default(),
                sources: g
                    .iter()
                    .map(|&k| SourceRef {
                        article: st[k].article,
                        id: st[k]
                            .event
                            .and_then(|v| results[st[k].article].analysis.events.get(v))
                            .map(|e| e.id.to_string()),
                        span: st[k].span,
                        text: st[k].span.text(articles[st[k].article].text).to_string(),
                    })
                    .collect(),
                single_source: g.iter().all(|&k| st[k].article == lead.article),
                participants,
            }
        })
        .collect();
    crate::sort::sort_by(&mut out, |a, b| {
        let fa = !a.date.starts_with(|c: char| c.is_ascii_digit());
        let fb = !b.date.starts_with(|c: char| c.is_ascii_digit());
        fa.cmp(&fb)
            .then_with(|| a.date.cmp(&b.date))
            .then_with(|| a.sources[0].article.cmp(&b.sources[0].article))
    });
    for (i, e) in out.iter_mut().enumerate() {
        e.id = format!("V{}", i + 1);
    }
    out
}

fn merge_quotes(results: &[ArticleResult], entity_map: &EntityMap) -> Vec<StoryQuote> {
    // Group by speaker key; inside a group, merge quotes whose content words overlap by half.
    struct Q {
        article: usize,
        idx: usize,
        words: Vec<u32>,
    }
    let mut vocab = Vocab::default();
    // Speakers in order of first quote: key → index into `speakers`.
    let mut by_speaker: HashMap<String, u32> = HashMap::default();
    let mut speakers: Vec<Vec<Q>> = Vec::new();
    for (ai, r) in results.iter().enumerate() {
        for (qi, q) in r.analysis.quotes.iter().enumerate() {
            let key = match &q.speaker_entity {
                Some(e) => entity_map.get(ai, *e).cloned().unwrap_or_else(|| format!("{ai}:{e}")),
                None => fold_key(q.speaker.as_deref().unwrap_or("")),
            };
            let next = speakers.len() as u32;
            let at = *by_speaker.entry(key).or_insert(next) as usize;
            if at == speakers.len() {
                speakers.push(Vec::new());
            }
            speakers[at].push(Q { article: ai, idx: qi, words: vocab.words(&q.text) });
        }
    }
    let mut out = Vec::new();
    for qs in &speakers {
        let mut merged_into: Vec<Option<usize>> = vec![None; qs.len()];
        let mut clusters: Vec<Vec<usize>> = Vec::new();
        for i in 0..qs.len() {
            if merged_into[i].is_some() {
                continue;
            }
            let c = clusters.len();
            merged_into[i] = Some(c);
            clusters.push(vec![i]);
            // Bounded: a speaker rarely has more than a few dozen quotes in a story.
            for j in i + 1..qs.len().min(i + 200) {
                if merged_into[j].is_some() || qs[j].article == qs[i].article {
                    continue;
                }
                let shared = qs[i].words.iter().filter(|w| qs[j].words.binary_search(w).is_ok()).count();
                let shorter = qs[i].words.len().min(qs[j].words.len());
                if shorter > 0 && shared * 2 >= shorter && shared >= 2 {
                    merged_into[j] = Some(c);
                    clusters[c].push(j);
                }
            }
        }
        for cl in clusters {
            let first = &results[qs[cl[0]].article].analysis.quotes[qs[cl[0]].idx];
            let longest = cl
                .iter()
                .map(|&k| &results[qs[k].article].analysis.quotes[qs[k].idx])
                .max_by_key(|q| q.text.len())
                .unwrap_or(first);
            let speaker_entity =
                first.speaker_entity.and_then(|e| entity_map.get(qs[cl[0]].article, e).cloned());
            out.push(StoryQuote {
                id: String::new(),
                speaker: first.speaker.clone(),
                speaker_entity,
                kind: first.kind,
                text: longest.text.clone(),
                sources: cl
                    .iter()
                    .map(|&k| {
                        let q = &results[qs[k].article].analysis.quotes[qs[k].idx];
                        SourceRef {
                            article: qs[k].article,
                            id: Some(q.id.to_string()),
                            span: q.span,
                            text: q.text.clone(),
                        }
                    })
                    .collect(),
            });
        }
    }
    for (i, q) in out.iter_mut().enumerate() {
        q.id = format!("Q{}", i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_table() {
        let cases: &[(&str, usize)] = &[
            ("One article.\nWith two lines.", 1),
            ("First.\n---\nSecond.", 2),
            ("First.\n\n-----\n\nSecond.\n---\nThird.", 3),
            ("---\nOnly one.\n---", 1),
            (
                "Title one\nPublished On 23 Nov 2025\nBody one has a dozen words or more in it, as paragraphs do.\nMore.\nMore still: another paragraph of twelve words or more, like the first.\nEnd.\nTitle two here\nPublished On 24 Nov 2025\nBody two.",
                2,
            ),
            ("", 1),
        ];
        for (text, want) in cases {
            assert_eq!(split_articles(text).len(), *want, "{text:?}");
        }
    }

    #[test]
    fn content_words_drop_stopwords() {
        let mut vocab = Vocab::default();
        let ids = vocab.words("The talks in Geneva were productive, TALKS");
        let mut words: Vec<&str> = ids
            .iter()
            .filter_map(|&id| vocab.ids.iter().find(|&(_, &v)| v == id).map(|(k, _)| k.as_str()))
            .collect();
        words.sort();
        assert_eq!(words, vec!["geneva", "productive", "talk"]);
        // The same words get the same numbers.
        let again = vocab.words("productive talks");
        assert_eq!(again.len(), 2);
        assert!(again.iter().all(|id| ids.contains(id)));
    }
}
