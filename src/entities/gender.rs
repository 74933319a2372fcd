//! A gender guess per person entity, for pronoun agreement in quote attribution ("Ann Lee met
//! John Smith. He said …" is John Smith, not Ann Lee). Not part of `extract` (it costs nothing
//! there): the attribution stage asks for the persons it considers as antecedents.
//!
//! Evidence, each a vote: an honorific or kinship noun right before a mention ("Mrs. Lee", "his
//! wife Naina"), the last word of a role ("spokeswoman", "actress", "Queen"), the first word of a
//! multi-word name when it is a given name of one gender (data/entities/gendered_names.txt), and
//! "X said he/she". The majority wins; a tie or no evidence is `None` (the caller then keeps its
//! gender-blind choice).

use super::lexicon::FxMap;
use crate::document::Doc;
use crate::model::{Entity, EntityType, Mention};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

const GENDERED: &str = include_str!("../../data/entities/gendered_names.txt");

/// Lower-case word → gender, built on first use.
fn table() -> &'static FxMap<&'static str, Gender> {
    static T: OnceLock<FxMap<&'static str, Gender>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = FxMap::default();
        let mut g = None;
        for line in crate::lexicon::entries(GENDERED) {
            match line {
                "[f]" => g = Some(Gender::Female),
                "[m]" => g = Some(Gender::Male),
                _ => {
                    if let Some(g) = g {
                        for w in line.split_ascii_whitespace() {
                            m.insert(w, g);
                        }
                    }
                }
            }
        }
        m
    })
}

/// The gender of one word (any case; a trailing period dropped: "Mrs.").
fn word_gender(w: &str) -> Option<Gender> {
    let w = w.strip_suffix('.').unwrap_or(w);
    if w.is_empty() || w.len() > 24 {
        return None;
    }
    let mut buf = [0u8; 24];
    let b = w.as_bytes();
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    let key = std::str::from_utf8(buf.get(..b.len())?).ok()?;
    table().get(key).copied()
}

/// The gender of a role's head: its last word ("US secretary of state" → none, "Kremlin
/// spokeswoman" → female); "-woman"/"-man" nouns too ("chairwoman", "congressman").
fn role_gender(role: &str) -> Option<Gender> {
    let head = role.split(|c: char| c.is_whitespace() || c == ',').rfind(|w| !w.is_empty())?;
    let lower = head.to_ascii_lowercase();
    if lower.ends_with("woman") || lower.ends_with("women") {
        return Some(Gender::Female);
    }
    if lower.ends_with("man") && !matches!(lower.as_str(), "german" | "roman" | "human" | "ottoman") {
        return Some(Gender::Male);
    }
    word_gender(head).or_else(|| {
        // "Queen of Denmark": the first word.
        let first = role.split_whitespace().next()?;
        word_gender(first).filter(|_| role.contains(" of "))
    })
}

/// The gender of a person entity, or `None` when the document says nothing (or both).
/// `mentions` are the analysis' mentions (ids from 1, in order), `entity` one of its entities.
pub fn of(doc: &Doc, mentions: &[Mention], entity: &Entity) -> Option<Gender> {
    if entity.kind != EntityType::Person {
        return None;
    }
    let toks = &doc.seg.tokens;
    let word = |k: usize| toks.get(k).map(|t| t.text(doc.text)).unwrap_or("");
    let (mut f, mut m) = (0u32, 0u32);
    let mut vote = |g: Option<Gender>| match g {
        Some(Gender::Female) => f += 1,
        Some(Gender::Male) => m += 1,
        None => {}
    };
    for r in &entity.roles {
        vote(role_gender(r));
    }
    // The first word of the name, when the name has several.
    if entity.canonical.contains(' ') {
        vote(entity.canonical.split_whitespace().next().and_then(word_gender));
    }
    for id in &entity.mentions {
        let Some(mention) = (id.0 as usize).checked_sub(1).and_then(|i| mentions.get(i)) else { continue };
        if mention.span.start >= doc.text.len() {
            continue;
        }
        // Token range of the mention (tokens are in text order).
        let first = toks.partition_point(|t| t.span.start < mention.span.start);
        let end = toks.partition_point(|t| t.span.start < mention.span.end);
        // "Mrs. Lee", "Mr Smith", "his wife Naina": the word before (skipping an honorific's
        // period).
        let before = match first.checked_sub(1) {
            Some(p) if word(p) == "." => p.checked_sub(1),
            p => p,
        };
        if let Some(p) = before {
            vote(word_gender(word(p)));
        }
        // "Lee said she …".
        if matches!(word(end), "said" | "says" | "told") {
            match word(end + 1) {
                "she" => vote(Some(Gender::Female)),
                "he" => vote(Some(Gender::Male)),
                _ => {}
            }
        }
    }
    match f.cmp(&m) {
        std::cmp::Ordering::Greater => Some(Gender::Female),
        std::cmp::Ordering::Less => Some(Gender::Male),
        std::cmp::Ordering::Equal => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Analysis;
    use crate::{Options, analyze};

    fn run(text: &str) -> (Doc<'_>, Analysis) {
        let doc = Doc::undated(text);
        (doc, analyze(text, &Options::default()).expect("analyze"))
    }

    /// (text, person's canonical name, expected gender).
    #[test]
    fn gender_table() {
        let cases: &[(&str, &str, Option<Gender>)] = &[
            ("Ann Lee met John Smith in Paris. He said the deal was done.", "Ann Lee", Some(Gender::Female)),
            ("Ann Lee met John Smith in Paris. He said the deal was done.", "John Smith", Some(Gender::Male)),
            ("Mrs. Okonkwo arrived. Okonkwo said prices rose.", "Okonkwo", Some(Gender::Female)),
            (
                "Kremlin spokeswoman Maria Zakharova said talks were over.",
                "Maria Zakharova",
                Some(Gender::Female),
            ),
            ("His wife Naina Yeltsin spoke.", "Naina Yeltsin", Some(Gender::Female)),
            ("Taro Okonkwo said he would resign.", "Taro Okonkwo", Some(Gender::Male)),
            // No evidence: an unknown given name, no honorific, no pronoun.
            ("Taro Okonkwo arrived in Paris.", "Taro Okonkwo", None),
            // Conflicting evidence is no guess.
            ("Mr. Kim Lee met Mrs. Lee's lawyer.", "Kim Lee", None),
        ];
        for (text, name, want) in cases {
            let (doc, a) = run(text);
            let e = a.entities.iter().find(|e| e.canonical == *name);
            let got = e.and_then(|e| of(&doc, &a.mentions, e));
            assert_eq!(got, *want, "{name} in {text:?} (entity found: {})", e.is_some());
        }
    }

    #[test]
    fn non_persons_have_no_gender() {
        let text = "Queen Elizabeth visited Paris.";
        let (doc, a) = run(text);
        let paris = a.entities.iter().find(|e| e.canonical == "Paris");
        assert!(paris.is_some_and(|e| of(&doc, &a.mentions, e).is_none()));
    }
}
