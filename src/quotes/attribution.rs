//! Attribution: the speaker phrase next to a cue → the entity it names.
//!
//! The speaker span is the clause's grammatical subject (found in `reported`). When a mention
//! covers the phrase's head, the speaker is that mention's entity; a pronoun keeps its own span
//! but resolves to the most recent compatible subject; a description ("the spokesman") resolves
//! through the entities' roles; anything else (groups, documents: "officials", "the joint
//! statement") stays a phrase.

use super::ctx::Ctx;
use super::cues::{self, is_one_of};
use crate::lexicon::FastMap as HashMap;
use crate::model::{Entity, EntityType, Mention, Span};

/// Who said it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Speaker {
    pub name: Option<String>,
    pub span: Option<Span>,
    pub entity: Option<String>,
    /// The phrase is plural or a group ("officials", "US and Ukraine").
    pub plural: bool,
}

/// What attribution needs to know about the entities.
pub struct Resolver<'a> {
    mentions: &'a [Mention],
    by_id: HashMap<&'a str, &'a Entity>,
    /// (byte position, entity id): the first person named in each sentence (a subject guess) and
    /// every resolved person speaker, in text order.
    persons: Vec<(usize, &'a str)>,
    /// People with roles: the entity, its roles folded, its mention starts in text order.
    roles: Vec<(&'a Entity, Vec<String>, Vec<usize>)>,
}

impl<'a> Resolver<'a> {
    pub fn new(cx: &Ctx, mentions: &'a [Mention], entities: &'a [Entity]) -> Resolver<'a> {
        let by_id: HashMap<&str, &Entity> = entities.iter().map(|e| (e.id.as_str(), e)).collect();
        let mut persons = Vec::new();
        // The first person mention of each sentence.
        let mut m = 0;
        let mut i = 0;
        while i < cx.n() {
            if cx.starts(i) && cx.region(i).is_none() {
                let start = cx.toks[i].span.start;
                // The sentence ends at the next start.
                let mut j = i + 1;
                while j < cx.n() && !(cx.starts(j) && cx.region(j).is_none()) {
                    j += 1;
                }
                let end = cx.toks.get(j - 1).map_or(start, |t| t.span.end);
                while m < mentions.len() && mentions[m].span.start < start {
                    m += 1;
                }
                let mut k = m;
                while k < mentions.len() && mentions[k].span.start < end {
                    let inside = cx.region_at_byte(mentions[k].span.start);
                    if mentions[k].kind == EntityType::Person && !inside {
                        persons.push((mentions[k].span.start, mentions[k].entity.as_str()));
                        break;
                    }
                    k += 1;
                }
                i = j;
                continue;
            }
            i += 1;
        }
        let mut starts: HashMap<&str, Vec<usize>> = HashMap::default();
        for m in mentions {
            starts.entry(m.entity.as_str()).or_default().push(m.span.start);
        }
        let roles = entities
            .iter()
            .filter(|e| e.kind == EntityType::Person && !e.roles.is_empty())
            .map(|e| {
                let folded = e.roles.iter().map(|r| crate::lexicon::fold_key(r)).collect();
                (e, folded, starts.remove(e.id.as_str()).unwrap_or_default())
            })
            .collect();
        Resolver { mentions, by_id, persons, roles }
    }

    /// Records a resolved person speaker at `pos` (it becomes a pronoun antecedent).
    pub fn note_speaker(&mut self, pos: usize, entity: &'a str) {
        if self.by_id.get(entity).is_some_and(|e| e.kind == EntityType::Person) {
            let at = self.persons.partition_point(|(p, _)| *p <= pos);
            self.persons.insert(at, (pos, entity));
        }
    }

    pub fn entity(&self, id: &str) -> Option<&'a Entity> {
        self.by_id.get(id).copied()
    }

    /// The speaker of the subject phrase at tokens `s..=e`. `recent` holds earlier speakers for
    /// plural pronouns.
    pub fn resolve(&self, cx: &Ctx, (s, e): (usize, usize), recent: &[Speaker]) -> Speaker {
        let span = cx.byte_span(s, e);
        let phrase = span.text(cx.text).to_string();
        if s == e && cx.one_of(s, &["he", "she", "him", "her"]) {
            let ent = self.person_before(span.start);
            return Speaker {
                name: ent.map(|e| e.canonical.clone()).or(Some(phrase)),
                span: Some(span),
                entity: ent.map(|e| e.id.clone()),
                plural: false,
            };
        }
        if s == e && cx.one_of(s, &["who", "which", "that"]) {
            // A relative pronoun keeps its span and speaks for its antecedent.
            if let Some(np) = super::subject::antecedent(cx, s).filter(|np| np.1 < s) {
                let ante = self.resolve(cx, np, recent);
                return Speaker { span: Some(span), ..ante };
            }
        }
        if s == e && cx.one_of(s, &["they", "we"]) {
            if let Some(prev) = recent.iter().rev().take(6).find(|p| p.plural) {
                return Speaker {
                    name: prev.name.clone(),
                    span: Some(span),
                    entity: prev.entity.clone(),
                    plural: true,
                };
            }
            return Speaker { name: Some(phrase), span: Some(span), entity: None, plural: true };
        }
        // The head: the last word, or the word before a lower-case joiner when that word is a
        // common noun or the complement is ("the statement from both countries", "a reporter
        // for USA Today"; not "Secretary of State Marco Rubio").
        let mut head = e;
        for k in s + 1..e {
            if cx.is_lower(k)
                && is_one_of(cx.w(k), cues::SUBJECT_JOINERS)
                && (!cx.is_cap(k + 1) || cx.is_lower(k - 1))
            {
                head = k - 1;
                break;
            }
        }
        let head_span = cx.byte_span(head, head);
        // A coordination ("US and Ukraine", "Trump and Clinton") is a group: the phrase.
        let coordinated = (s..=e).any(|k| cx.one_of(k, &["and", "&"]) || cx.is_punct(k, ","));
        if let Some(m) = self.mention_over(head_span).filter(|_| !coordinated)
            && let Some(ent) = self.by_id.get(m.entity.as_str())
        {
            // A nationality word as the head is a group ("Ukrainians"), kept as the phrase
            // unless the phrase is the name alone.
            let group = ent.kind == EntityType::Group && m.span != span;
            if !group {
                return Speaker {
                    name: Some(ent.canonical.clone()),
                    span: Some(span),
                    entity: Some(ent.id.clone()),
                    plural: ent.kind != EntityType::Person,
                };
            }
        }
        // A description matching a role ("the spokesman", "the secretary of state").
        if let Some(ent) = self.by_role(cx, s, e, span.start) {
            return Speaker {
                name: Some(ent.canonical.clone()),
                span: Some(span),
                entity: Some(ent.id.clone()),
                plural: false,
            };
        }
        let hw = cx.w(head);
        let plural = (hw.ends_with('s') && !hw.ends_with("ss") && cx.is_lower(head))
            || (s..=e).any(|k| cx.one_of(k, &["and"]));
        Speaker { name: Some(phrase), span: Some(span), entity: None, plural }
    }

    /// The most recent person subject before byte `pos`.
    pub fn person_before(&self, pos: usize) -> Option<&'a Entity> {
        let at = self.persons.partition_point(|(p, _)| *p < pos);
        let (_, id) = self.persons.get(at.checked_sub(1)?)?;
        self.by_id.get(id).copied()
    }

    fn mention_over(&self, span: Span) -> Option<&'a Mention> {
        let at = self.mentions.partition_point(|m| m.span.end <= span.start);
        self.mentions.get(at).filter(|m| m.span.overlaps(span))
    }

    fn by_role(&self, cx: &Ctx, s: usize, e: usize, pos: usize) -> Option<&'a Entity> {
        let mut s = s;
        while s < e && cx.one_of(s, cues::DETERMINERS) {
            s += 1;
        }
        if s == e && !cx.is_lower(s) && !cx.is_cap(s) {
            return None;
        }
        let desc = crate::lexicon::fold_key(cx.byte_span(s, e).text(cx.text));
        if desc.len() < 4 {
            return None;
        }
        let mut best: Option<(&Entity, usize)> = None;
        for (ent, roles, starts) in &self.roles {
            let hit = roles.iter().any(|r| {
                r == &desc || r.ends_with(&desc) && r.as_bytes().get(r.len() - desc.len() - 1) == Some(&b' ')
            });
            if !hit {
                continue;
            }
            // Prefer the entity named most recently before the description.
            let last = starts.partition_point(|&p| p < pos);
            let last = if last == 0 { 0 } else { starts[last - 1] + 1 };
            if best.is_none_or(|(_, b)| last > b) {
                best = Some((ent, last));
            }
        }
        best.map(|(e, _)| e)
    }
}
