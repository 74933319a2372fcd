//! Typing the candidates the gazetteers did not type, then making the document consistent: a
//! name typed with confidence somewhere lends its type to its other occurrences, surnames follow
//! their full names, and lines without case information get the names seen elsewhere.

use super::lexicon::Lex;
use super::mentions::{self, Cand, MEDIUM, STRONG, WEAK};
use crate::document::Doc;
use crate::lexicon::fold_key;
use crate::model::EntityType::{self, *};
use crate::segment::TokKind;
use std::collections::HashMap;

/// Words after a name that make it a person.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "asked",
    "replied",
    "explained",
    "insisted",
    "noted",
    "stated",
    "wrote",
    "argued",
    "acknowledged",
    "declared",
    "announced",
    "warned",
    "believes",
    "thinks",
    "died",
    "who",
];
/// Prepositions before a place.
const PLACE_PREP: &[&str] =
    &["in", "at", "near", "outside", "from", "to", "across", "into", "towards", "via"];

fn word<'a>(doc: &'a Doc, k: usize) -> &'a str {
    doc.seg.tokens.get(k).map(|t| t.text(doc.text)).unwrap_or("")
}

/// First pass: each untyped candidate on its own evidence.
pub fn local(doc: &Doc, cands: &mut [Cand], lex: &Lex) {
    for c in cands.iter_mut().filter(|c| c.kind.is_none()) {
        let first = word(doc, c.first).to_string();
        let last = word(doc, c.end.saturating_sub(1)).to_string();
        let first_l = first.to_lowercase();
        let last_l = last.to_lowercase();
        let prev = word(doc, c.first.wrapping_sub(1)).to_string();
        let prev_l = prev.to_lowercase();
        let next = word(doc, c.end).to_string();
        let next2 = word(doc, c.end + 1).to_string();
        let multi = c.words() >= 2;
        let (kind, strength, rule) = if c.titled || lex.titles.contains(&prev_l) && !mentions::is_cap(&prev) {
            (Person, STRONG, "per_title")
        } else if matches!(prev.as_str(), "Mr" | "Mrs" | "Ms" | "Dr" | "Mr." | "Mrs." | "Ms." | "Dr.") {
            (Person, STRONG, "per_honorific")
        } else if multi && lex.given.contains(&first_l) {
            (Person, STRONG, "per_given_name")
        } else if mentions::is_acronym(&first) && !multi {
            (Organization, MEDIUM, "org_acronym")
        } else if SPEECH.contains(&next.as_str()) || (next == "," && SPEECH.contains(&next2.as_str())) {
            (Person, MEDIUM, "per_speech")
        } else if multi && lex.surnames.contains(&last_l) {
            (Person, MEDIUM, "per_surname")
        } else if !multi && PLACE_PREP.contains(&prev.as_str()) {
            (Place, WEAK, "loc_prep")
        } else if !multi && lex.surnames.contains(&last_l) {
            (Person, WEAK, "per_surname")
        } else if !multi && lex.given.contains(&first_l) {
            (Person, WEAK, "per_given_alone")
        } else if multi {
            (Person, WEAK, "per_default")
        } else {
            (Organization, WEAK, "org_default")
        };
        c.kind = Some(kind);
        c.strength = strength;
        c.rule = rule;
    }
}

/// Second pass: document-level consistency, and names in caseless lines.
pub fn document(doc: &Doc, cands: &mut Vec<Cand>, lex: &Lex) {
    // Evidence: folded text → (type, strength) from confident mentions; surnames of persons.
    let mut seen: HashMap<String, (EntityType, u8)> = HashMap::new();
    let mut parts: HashMap<String, EntityType> = HashMap::new();
    for c in cands.iter() {
        let (Some(k), s) = (c.kind, c.strength) else { continue };
        let key = fold_key(c.span.text(doc.text));
        if s >= MEDIUM && !c.caseless {
            let e = seen.entry(key).or_insert((k, s));
            if s > e.1 {
                *e = (k, s);
            }
        }
        if k == Person && c.words() >= 2 && s >= MEDIUM {
            for t in c.first..c.end {
                if doc.seg.tokens.get(t).is_some_and(|t| t.kind == TokKind::Word) {
                    let w = fold_key(word(doc, t));
                    if w.chars().count() > 1 && !PARTICLES_LOWER.contains(&w.as_str()) {
                        parts.entry(w).or_insert(Person);
                    }
                }
            }
        }
    }
    for c in cands.iter_mut() {
        let key = fold_key(c.span.text(doc.text));
        if c.strength >= STRONG && c.gaz.is_some() {
            // A person's surname that is also a place ("Jordan") follows the person when it
            // stands alone.
            if c.words() == 1
                && parts.contains_key(&key)
                && c.gaz.is_some_and(|g| g.class != super::lexicon::Class::Demonym)
            {
                c.kind = Some(Person);
                c.rule = "doc_surname";
            }
            continue;
        }
        if let Some(&(k, s)) = seen.get(&key) {
            if s > c.strength {
                c.kind = Some(k);
                c.strength = s;
                c.rule = "doc_same_name";
                continue;
            }
        }
        if c.words() == 1 && c.strength < STRONG && parts.contains_key(&key) {
            c.kind = Some(Person);
            c.strength = MEDIUM;
            c.rule = "doc_surname";
        }
    }
    // Sentence-initial words with no evidence but their capital are dropped.
    cands.retain(|c| {
        !(c.initial
            && c.strength <= WEAK
            && c.words() == 1
            && !seen.contains_key(&fold_key(c.span.text(doc.text))))
    });
    // Caseless lines: words and phrases seen elsewhere in the document.
    caseless_names(doc, cands, &seen, &parts, lex);
}

const PARTICLES_LOWER: &[&str] =
    &["de", "da", "di", "del", "van", "von", "der", "bin", "al", "el", "la", "le", "-"];

fn caseless_names(
    doc: &Doc,
    cands: &mut Vec<Cand>,
    seen: &HashMap<String, (EntityType, u8)>,
    parts: &HashMap<String, EntityType>,
    lex: &Lex,
) {
    let text = doc.text;
    let toks = &doc.seg.tokens;
    let mut taken: Vec<(usize, usize)> =
        cands.iter().filter(|c| c.caseless).map(|c| (c.first, c.end)).collect();
    taken.sort_unstable();
    let mut add = Vec::new();
    for s in &doc.seg.sentences {
        let Some(sent) = toks.get(s.tokens.clone()) else { continue };
        if !mentions::caseless(text, sent, lex) {
            continue;
        }
        let mut k = s.tokens.start;
        while k < s.tokens.end {
            if taken.iter().any(|&(a, b)| a <= k && k < b)
                || !toks.get(k).is_some_and(|t| t.kind == TokKind::Word)
            {
                k += 1;
                continue;
            }
            // Longest phrase (up to 5 tokens) seen elsewhere.
            let mut found = None;
            for e in (k + 1..=(k + 5).min(s.tokens.end)).rev() {
                if taken.iter().any(|&(a, b)| a < e && k < b) {
                    continue;
                }
                let key = mentions::key(text, toks, k, e);
                if let Some(&(ty, _)) = seen.get(&key) {
                    found = Some((e, ty, "caseless_seen"));
                    break;
                }
                if e == k + 1 && parts.contains_key(&key) {
                    found = Some((e, Person, "caseless_surname"));
                }
            }
            if let Some((e, ty, rule)) = found {
                let start = toks.get(k).map(|t| t.span.start).unwrap_or(0);
                let end = toks.get(e - 1).map(|t| t.span.end).unwrap_or(start);
                add.push(Cand {
                    span: crate::model::Span::new(start, end),
                    first: k,
                    end: e,
                    kind: Some(ty),
                    strength: MEDIUM,
                    rule,
                    gaz: None,
                    titled: false,
                    initial: false,
                    caseless: true,
                });
                k = e;
                continue;
            }
            k += 1;
        }
    }
    cands.extend(add);
    cands.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
}
