//! Attribution: the speaker phrase next to a cue → the entity it names.
//!
//! The speaker span is the clause's grammatical subject (found in `reported`). When a mention
//! covers the phrase's head, the speaker is that mention's entity; a pronoun keeps its own span
//! but resolves to the most recent compatible subject; a description ("the spokesman") resolves
//! through the entities' roles; anything else (groups, documents: "officials", "the joint
//! statement") stays a phrase.

use super::ctx::Ctx;
use super::cues;
use crate::entities::gender::{self, Gender};
use crate::lexicon::FastMap as HashMap;
use crate::model::{Entity, EntityId, EntityType, Mention, Span};
use std::cell::OnceCell;

/// Who said it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Speaker {
    pub name: Option<String>,
    pub span: Option<Span>,
    pub entity: Option<EntityId>,
    /// The phrase is plural or a group ("officials", "US and Ukraine").
    pub plural: bool,
}

/// What attribution needs to know about the entities.
pub struct Resolver<'a> {
    mentions: &'a [Mention],
    /// Entities by id number (`e3` at 3).
    by_id: Vec<Option<&'a Entity>>,
    /// The gender each person's mentions suggest (`crate::entities::gender`), by id number:
    /// worked out when a pronoun first asks.
    gender: Vec<OnceCell<Option<Gender>>>,
    doc: &'a crate::document::Doc<'a>,
    /// (byte position, entity id): the first person named in each sentence (a subject guess), in
    /// text order.
    persons: Vec<(usize, EntityId)>,
    /// (byte position, entity id): every resolved person speaker, in text order (kept apart from
    /// `persons` so that noting one is an append, not an insertion into a long list).
    spoken: Vec<(usize, EntityId)>,
    /// People with roles: the entity, its roles folded, its mention starts in text order.
    roles: Vec<(&'a Entity, Vec<String>, Vec<usize>)>,
    /// The last word of every folded role → the indices in `roles` of the people holding such a
    /// role, ascending (a description can only match a role ending with its own last word).
    role_heads: HashMap<String, Vec<usize>>,
}

impl<'a> Resolver<'a> {
    pub fn new(
        doc: &'a crate::document::Doc<'a>,
        cx: &Ctx,
        mentions: &'a [Mention],
        entities: &'a [Entity],
    ) -> Resolver<'a> {
        let mut by_id: Vec<Option<&Entity>> = vec![None; entities.len() + 1];
        let gender: Vec<OnceCell<Option<Gender>>> = vec![OnceCell::new(); entities.len() + 1];
        for e in entities {
            if let Some(slot) = by_id.get_mut(e.id.0 as usize) {
                *slot = Some(e);
            }
        }
        let mut persons = Vec::new();
        // The first person mention of each sentence.
        let mut m = 0;
        let starts = &cx.unquoted_starts;
        for (n, &i) in starts.iter().enumerate() {
            let i = i as usize;
            let start = cx.toks.get(i).map_or(0, |t| t.span.start);
            // The sentence ends at the next start.
            let j = starts.get(n + 1).map_or(cx.n(), |&j| j as usize);
            let end = j.checked_sub(1).and_then(|j| cx.toks.get(j)).map_or(start, |t| t.span.end);
            while m < mentions.len() && mentions[m].span.start < start {
                m += 1;
            }
            let mut k = m;
            while k < mentions.len() && mentions[k].span.start < end {
                let inside = cx.region_at_byte(mentions[k].span.start);
                if mentions[k].kind == EntityType::Person && !inside {
                    persons.push((mentions[k].span.start, mentions[k].entity));
                    break;
                }
                k += 1;
            }
        }
        let mut roles: Vec<(&Entity, Vec<String>, Vec<usize>)> = entities
            .iter()
            .filter(|e| e.kind == EntityType::Person && !e.roles.is_empty())
            .map(|e| (e, e.roles.iter().map(|r| crate::lexicon::fold_key(r)).collect(), Vec::new()))
            .collect();
        // Mention starts of the people with roles only.
        if !roles.is_empty() {
            let mut slot = vec![usize::MAX; entities.len() + 1];
            for (k, r) in roles.iter().enumerate() {
                if let Some(x) = slot.get_mut(r.0.id.0 as usize) {
                    *x = k;
                }
            }
            for m in mentions {
                if let Some(&k) = slot.get(m.entity.0 as usize).filter(|&&k| k != usize::MAX) {
                    roles[k].2.push(m.span.start);
                }
            }
        }
        let mut role_heads: HashMap<String, Vec<usize>> = HashMap::default();
        for (k, (_, folded, _)) in roles.iter().enumerate() {
            for r in folded {
                let list = role_heads.entry(last_word(r).to_string()).or_default();
                if list.last() != Some(&k) {
                    list.push(k);
                }
            }
        }
        Resolver { mentions, by_id, gender, doc, persons, spoken: Vec::new(), roles, role_heads }
    }

    /// Records a resolved person speaker at `pos` (it becomes a pronoun antecedent).
    pub fn note_speaker(&mut self, pos: usize, entity: EntityId) {
        if self.entity(entity).is_some_and(|e| e.kind == EntityType::Person) {
            let at = self.spoken.partition_point(|(p, _)| *p <= pos);
            self.spoken.insert(at, (pos, entity));
        }
    }

    pub fn entity(&self, id: EntityId) -> Option<&'a Entity> {
        self.by_id.get(id.0 as usize).copied().flatten()
    }

    /// The speaker of the subject phrase at tokens `s..=e`. `recent` holds earlier speakers for
    /// plural pronouns.
    pub fn resolve(&self, cx: &Ctx, (s, e): (usize, usize), recent: &[Speaker]) -> Speaker {
        let span = cx.byte_span(s, e);
        let phrase = span.text(cx.text).to_string();
        if s == e && cx.one_of(s, &["he", "she", "him", "her"]) {
            // "he" passes over a person known to be a woman, "she" over a man.
            let not = if cx.one_of(s, &["he", "him"]) { Gender::Female } else { Gender::Male };
            let ent = self.person_before_not(span.start, Some(not));
            return Speaker {
                name: ent.map(|e| e.canonical.clone()).or(Some(phrase)),
                span: Some(span),
                entity: ent.map(|e| e.id),
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
                    entity: prev.entity,
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
            if cx.is_lower(k) && cx.is(k, cues::SUBJECT_JOINER) && (!cx.is_cap(k + 1) || cx.is_lower(k - 1)) {
                head = k - 1;
                break;
            }
        }
        let head_span = cx.byte_span(head, head);
        // A coordination ("US and Ukraine", "Trump and Clinton") is a group: the phrase.
        let coordinated = (s..=e).any(|k| cx.one_of(k, &["and", "&"]) || cx.is_punct(k, ","));
        if let Some(m) = self.mention_over(head_span).filter(|_| !coordinated)
            && let Some(ent) = self.entity(m.entity)
        {
            // A nationality word as the head is a group ("Ukrainians"), kept as the phrase
            // unless the phrase is the name alone.
            let group = ent.kind == EntityType::Group && m.span != span;
            if !group {
                return Speaker {
                    name: Some(ent.canonical.clone()),
                    span: Some(span),
                    entity: Some(ent.id),
                    plural: ent.kind != EntityType::Person,
                };
            }
        }
        // A description matching a role ("the spokesman", "the secretary of state").
        if let Some(ent) = self.by_role(cx, s, e, span.start) {
            return Speaker {
                name: Some(ent.canonical.clone()),
                span: Some(span),
                entity: Some(ent.id),
                plural: false,
            };
        }
        let hw = cx.w(head);
        let plural = (hw.ends_with('s') && !hw.ends_with("ss") && cx.is_lower(head))
            || (s..=e).any(|k| cx.one_of(k, &["and"]));
        Speaker { name: Some(phrase), span: Some(span), entity: None, plural }
    }

    fn gender_of(&self, id: EntityId) -> Option<Gender> {
        let cell = self.gender.get(id.0 as usize)?;
        *cell.get_or_init(|| self.entity(id).and_then(|e| gender::of(self.doc, self.mentions, e)))
    }

    /// The most recent person subject before byte `pos`.
    pub fn person_before(&self, pos: usize) -> Option<&'a Entity> {
        self.person_before_not(pos, None)
    }

    /// The most recent person subject before byte `pos` not known to be of gender `not`: the
    /// sentences' first persons and the noted speakers, latest first (a speaker noted at the same
    /// position as a sentence's first person first), at most a few back.
    fn person_before_not(&self, pos: usize, not: Option<Gender>) -> Option<&'a Entity> {
        let (mut a, mut b) =
            (self.persons.partition_point(|(p, _)| *p < pos), self.spoken.partition_point(|(p, _)| *p < pos));
        for _ in 0..6 {
            let pa = a.checked_sub(1).and_then(|k| self.persons.get(k));
            let pb = b.checked_sub(1).and_then(|k| self.spoken.get(k));
            let (_, id) = match (pa, pb) {
                (Some(x), Some(y)) if y.0 >= x.0 => {
                    b -= 1;
                    *y
                }
                (Some(x), _) => {
                    a -= 1;
                    *x
                }
                (None, Some(y)) => {
                    b -= 1;
                    *y
                }
                (None, None) => break,
            };
            let g = self.gender_of(id);
            if not.is_none() || g != not {
                return self.entity(id);
            }
        }
        // Every subject nearby is of the other gender ("Ann Lee met John Smith. He said …"): the
        // latest person mentioned anywhere before, known to be of the pronoun's gender.
        let want = match not? {
            Gender::Female => Gender::Male,
            Gender::Male => Gender::Female,
        };
        let at = self.mentions.partition_point(|m| m.span.start < pos);
        self.mentions[..at]
            .iter()
            .rev()
            .take(30)
            .filter(|m| m.kind == EntityType::Person)
            .find(|m| self.gender_of(m.entity) == Some(want))
            .and_then(|m| self.entity(m.entity))
    }

    fn mention_over(&self, span: Span) -> Option<&'a Mention> {
        let at = self.mentions.partition_point(|m| m.span.end <= span.start);
        self.mentions.get(at).filter(|m| m.span.overlaps(span))
    }

    fn by_role(&self, cx: &Ctx, s: usize, e: usize, pos: usize) -> Option<&'a Entity> {
        let mut s = s;
        while s < e && cx.is(s, cues::DETERMINER) {
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
        let candidates = self.role_heads.get(last_word(&desc)).map_or(&[][..], |v| v.as_slice());
        for (ent, roles, starts) in candidates.iter().filter_map(|&k| self.roles.get(k)) {
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

/// The last word of a folded phrase (words are separated by one space).
fn last_word(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}
