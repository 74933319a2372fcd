//! Stage 3: named mentions, typed and merged into entities with roles.
//!
//! The sub-stages, in order:
//! 1. [`mentions`]: candidates from capitalised runs and gazetteer phrases, per sentence;
//! 2. [`typing`]: each candidate typed on its own evidence, then made consistent across the
//!    document (and names found again in ALL-CAPS or Title Case lines);
//! 3. merge (here): mentions into entities (full name / surname, acronym / full name, aliases of
//!    one place), canonical names, related places;
//! 4. [`roles`]: titles attached to persons;
//! 5. salience (here): entities ordered by importance, ids `e1`… in that order.

pub mod gender;
pub mod lexicon;
pub mod mentions;
pub mod roles;
pub mod toks;
pub mod typing;

use crate::document::Doc;
use crate::lexicon::fold_key;
use crate::model::{Entity, EntityId, EntityType, Id, Mention, Span};
use lexicon::FxMap;
use mentions::Cand;
use std::borrow::Cow;

/// Finds every named mention and merges them into entities (most salient first).
pub fn extract(doc: &Doc) -> (Vec<Mention>, Vec<Entity>) {
    let lex = lexicon::lex();
    // 1. candidates
    let mut cands: Vec<Cand> = Vec::new();
    let ctx = typing::Ctx::new(doc);
    for (i, s) in doc.seg.sentences.iter().enumerate() {
        let caseless = ctx.caseless.get(i).copied().unwrap_or(false);
        mentions::sentence(doc, &ctx.tk, s.tokens.start, s.tokens.end, caseless, lex, &mut cands);
    }
    cands.retain(|c| !c.span.is_empty() && !doc.is_excluded(c.span));
    if cfg!(test) && std::env::var("NL_DEBUG").is_ok() {
        let dbg: Vec<_> = cands.iter().map(|c| (c.span.text(doc.text), c.kind, c.initial)).collect();
        eprintln!("{dbg:?}");
    }
    // 2. types
    typing::local(doc, &mut cands, &ctx, lex);
    typing::document(doc, &mut cands, &ctx, lex);
    dedup(&mut cands);
    // 3. merge
    let keys = Keys::new(doc, &ctx.tk, &cands);
    let groups = merge(doc, &ctx.tk, &cands, &keys);
    // 4. roles, 5. salience and output
    build(doc, &ctx.tk, &cands, groups, lex)
}

/// Drops candidates that overlap an earlier one (keeps the longer).
fn dedup(cands: &mut Vec<Cand>) {
    let key = |c: &Cand| (c.span.start, std::cmp::Reverse(c.span.end));
    // Usually in order already (the candidates are found in text order).
    if !cands.is_sorted_by_key(key) {
        crate::sort::sort_by_key(cands, key);
    }
    let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
    for c in cands.drain(..) {
        if out.last().is_some_and(|l| l.span.overlaps(c.span)) {
            continue;
        }
        out.push(c);
    }
    *cands = out;
}

/// A set of mentions (indices into the candidates) that name one thing.
struct Group<'k> {
    members: Vec<usize>,
    /// The entity's key: folded canonical name.
    key: &'k str,
    /// The gazetteer's related place, folded.
    related: Option<&'k str>,
    gaz_canonical: Option<&'static str>,
    rule: &'static str,
}

/// The merge keys, computed once: each candidate's folded text, and the folded canonical names
/// and related places of the gazetteer entries the document uses.
struct Keys<'t> {
    text: Vec<Cow<'t, str>>,
    gaz: FxMap<&'static str, String>,
}

impl<'t> Keys<'t> {
    fn new(doc: &Doc, tk: &'t toks::Toks, cands: &[Cand]) -> Keys<'t> {
        let text = cands
            .iter()
            .map(|c| {
                let inside = c.first < c.end && c.end <= tk.len();
                if inside { tk.key_cow(c.first, c.end) } else { Cow::Owned(fold_key(c.span.text(doc.text))) }
            })
            .collect();
        let mut gaz: FxMap<&'static str, String> = FxMap::default();
        for g in cands.iter().filter_map(|c| c.gaz) {
            for name in std::iter::once(g.canonical).chain(g.related) {
                if !gaz.contains_key(name) {
                    gaz.insert(name, fold_key(name));
                }
            }
        }
        Keys { text, gaz }
    }

    /// The folded text of candidate `i`.
    fn text(&self, i: usize) -> &str {
        self.text.get(i).map(|k| k.as_ref()).unwrap_or("")
    }

    /// A folded gazetteer name.
    fn gaz(&self, name: &str) -> &str {
        self.gaz.get(name).map(String::as_str).unwrap_or("")
    }
}

/// Initials of a name's capitalised words: "International Atomic Energy Agency" → "iaea".
fn initials(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

fn merge<'k>(doc: &Doc, tk: &'k toks::Toks, cands: &[Cand], keys: &'k Keys) -> Vec<Group<'k>> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: FxMap<(EntityType, &str), usize> = FxMap::default();
    // Persons: surname / first name → group of the latest full name.
    let mut person_parts: FxMap<Cow<str>, usize> = FxMap::default();
    // Given name → the one person of the article who has it ("Hillary" → Hillary Clinton);
    // `None` when two persons share it.
    let mut person_first: FxMap<Cow<str>, Option<usize>> = FxMap::default();
    let mut pending_single: Vec<usize> = Vec::new();
    // Initials of multi-word organization names: "iaea" → the International Atomic Energy Agency.
    let mut by_initials: FxMap<String, usize> = FxMap::default();
    for (i, c) in cands.iter().enumerate() {
        let Some(kind) = c.kind else { continue };
        let text = c.span.text(doc.text);
        let key = match c.gaz {
            Some(g) => keys.gaz(g.canonical),
            None => keys.text(i),
        };
        if kind == EntityType::Person {
            // The first and last words, and whether there are two or more.
            let mut words = (c.first..c.end).filter(|&k| tk.is_word(k));
            let first = words.next();
            let last = words.last();
            if let (Some(first), Some(last)) = (first, last) {
                let g = *by_key.entry((kind, key)).or_insert_with(|| {
                    groups.push(Group {
                        members: Vec::new(),
                        key,
                        related: None,
                        gaz_canonical: None,
                        rule: c.rule,
                    });
                    groups.len() - 1
                });
                if let Some(x) = groups.get_mut(g) {
                    x.members.push(i);
                }
                person_parts.insert(tk.key_cow(last, last + 1), g);
                let e = person_first.entry(tk.key_cow(first, first + 1)).or_insert(Some(g));
                if *e != Some(g) {
                    *e = None;
                }
                continue;
            }
            if let Some(x) = person_parts.get(key).and_then(|&g| groups.get_mut(g)) {
                x.members.push(i);
                continue;
            }
            pending_single.push(i);
            continue;
        }
        // Acronym defined in brackets right after a full name: "Agency (IAEA)".
        let known = by_key.get(&(kind, key)).copied();
        let mut target = known;
        if target.is_none() && mentions::is_acronym(text) {
            let ini = fold_key(text).replace('.', "");
            target = by_initials.get(&ini).copied();
        }
        let g = match target {
            Some(g) => g,
            None => {
                groups.push(Group {
                    members: Vec::new(),
                    key,
                    related: c.gaz.and_then(|g| g.related).map(|r| keys.gaz(r)),
                    gaz_canonical: c.gaz.map(|g| g.canonical),
                    rule: c.rule,
                });
                groups.len() - 1
            }
        };
        if text.contains(' ') && kind == EntityType::Organization {
            let ini = initials(text);
            if ini.chars().count() >= 2 {
                by_initials.entry(ini).or_insert(g);
            }
        }
        if known.is_none() {
            by_key.insert((kind, key), g);
        }
        if let Some(x) = groups.get_mut(g) {
            x.members.push(i);
        }
    }
    // Single-word persons seen before (or without) their full name.
    for i in pending_single {
        let key = keys.text(i);
        let by_first = person_first.get(key).copied().flatten();
        let g = match person_parts.get(key).copied().or(by_first) {
            Some(g) => g,
            None => *by_key.entry((EntityType::Person, key)).or_insert_with(|| {
                groups.push(Group {
                    members: Vec::new(),
                    key,
                    related: None,
                    gaz_canonical: None,
                    rule: cands.get(i).map(|c| c.rule).unwrap_or(""),
                });
                groups.len() - 1
            }),
        };
        if let Some(x) = groups.get_mut(g) {
            x.members.push(i);
        }
    }
    for g in &mut groups {
        if !g.members.is_sorted() {
            crate::sort::sort_by(&mut g.members, |a, b| a.cmp(b));
        }
    }
    groups.retain(|g| !g.members.is_empty());
    groups
}

fn build(
    doc: &Doc,
    tk: &toks::Toks,
    cands: &[Cand],
    groups: Vec<Group>,
    lex: &lexicon::Lex,
) -> (Vec<Mention>, Vec<Entity>) {
    let text = doc.text;
    let n_tokens = doc.seg.tokens.len().max(1) as f32;
    let lead_end =
        doc.seg.sentences.iter().find(|s| doc.title.is_none_or(|t| !t.contains(s.span))).map(|s| s.span.end);
    // Salience: mentions, early first mention, presence in the headline and the lead.
    let mut scored: Vec<(f32, usize)> = groups
        .iter()
        .enumerate()
        .map(|(gi, g)| {
            let first = &cands[g.members[0]];
            let mut s = g.members.len() as f32;
            s += 1.0 - first.first as f32 / n_tokens;
            if g.members.iter().any(|&m| doc.title.is_some_and(|t| t.contains(cands[m].span))) {
                s += 2.0;
            }
            if lead_end.is_some_and(|e| first.span.end <= e) {
                s += 1.0;
            }
            if cands[g.members[0]].kind == Some(EntityType::Person) {
                s += 0.5;
            }
            (s, gi)
        })
        .collect();
    crate::sort::sort_by(&mut scored, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut eid = vec![EntityId::default(); groups.len()];
    for (rank, &(_, gi)) in scored.iter().enumerate() {
        if let Some(e) = eid.get_mut(gi) {
            *e = Id(rank as u32 + 1);
        }
    }
    let mut owner = vec![usize::MAX; cands.len()];
    for (gi, g) in groups.iter().enumerate() {
        for &m in &g.members {
            owner[m] = gi;
        }
    }
    // Mentions in text order.
    let mut mentions = Vec::with_capacity(cands.len());
    // Mention numbers (from 1; 0: none).
    let mut mid = vec![0; cands.len()];
    for (i, c) in cands.iter().enumerate() {
        let (Some(kind), Some(gi)) = (c.kind, owner.get(i).filter(|&&g| g != usize::MAX)) else { continue };
        let n = mentions.len() + 1;
        if let Some(m) = mid.get_mut(i) {
            *m = n;
        }
        mentions.push(Mention {
            id: Id(n as u32),
            span: c.span,
            text: c.span.text(text).to_string(),
            kind,
            entity: eid[*gi],
            rule: if c.rule.is_empty() { "candidate" } else { c.rule },
        });
    }
    // Keys of groups, for related places.
    let key_of: FxMap<&str, usize> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| cands[g.members[0]].kind == Some(EntityType::Place))
        .map(|(gi, g)| (g.key, gi))
        .collect();
    let mut entities = Vec::new();
    for &(score, gi) in &scored {
        let g = &groups[gi];
        // Types in the order first seen, with their counts.
        let mut counts = [(EntityType::Group, 0usize); 4];
        let mut n_counts = 0;
        let mut aliases: Vec<String> = Vec::new();
        let mut roles: Vec<String> = Vec::new();
        let mut role_spans: Vec<Span> = Vec::new();
        for &m in &g.members {
            let c = &cands[m];
            if let Some(k) = c.kind {
                match counts.iter_mut().take(n_counts).find(|(x, _)| *x == k) {
                    Some(e) => e.1 += 1,
                    None => {
                        if let Some(e) = counts.get_mut(n_counts) {
                            *e = (k, 1);
                            n_counts += 1;
                        }
                    }
                }
            }
            let a = c.span.text(text);
            if !aliases.iter().any(|x| x == a) {
                aliases.push(a.to_string());
            }
            if c.kind == Some(EntityType::Person) {
                let found =
                    roles::before(doc, tk, cands, m, lex).or_else(|| roles::after(doc, tk, cands, m, lex));
                if let Some((span, _rule)) = found {
                    let r = span.text(text).to_string();
                    if !role_spans.contains(&span) {
                        role_spans.push(span);
                    }
                    if !roles.contains(&r) {
                        roles.push(r);
                    }
                }
            }
        }
        // The majority type; on a tie, the type of the first mention.
        let counts = counts.get(..n_counts).unwrap_or(&[]);
        let mut kind = counts.first().map(|(k, _)| *k).unwrap_or(EntityType::Group);
        let mut best = 0;
        for &(k, n) in counts {
            if n > best {
                kind = k;
                best = n;
            }
        }
        let canonical = match g.gaz_canonical.filter(|c| aliases.iter().any(|a| a == c)) {
            Some(c) => c.to_string(),
            None => aliases.iter().max_by_key(|a| a.chars().count()).cloned().unwrap_or_default(),
        };
        let related = g.related.and_then(|r| key_of.get(r)).filter(|&&r| r != gi).map(|&r| eid[r]);
        entities.push(Entity {
            id: eid[gi],
            canonical,
            kind,
            roles,
            role_spans,
            aliases,
            count: g.members.len(),
            mentions: g
                .members
                .iter()
                .filter_map(|&m| mid.get(m))
                .filter(|&&n| n > 0)
                .filter_map(|&n| mentions.get(n - 1).map(|m: &Mention| m.id))
                .collect(),
            related,
            // Ordered by the exact score above; as a figure, hundredths are plenty (and every
            // output writes the same short decimal).
            salience: (score * 100.0).round() / 100.0,
            rule: g.rule,
        });
    }
    (mentions, entities)
}

#[cfg(test)]
mod tests;
