//! The speech-verb lexicon (data/quotes/speech_verbs.txt) and the closed word classes the clause
//! analysis needs.

use crate::lexicon::FastMap as HashMap;
use std::sync::OnceLock;

/// Takes a content clause: "said (that) …".
pub const CLAUSE: u16 = 1;
/// Takes a hearer before the clause: "told reporters that …".
pub const TELL: u16 = 2;
/// Its object noun phrase can carry a quoted fragment: "unveiled an “updated” plan".
pub const OBJECT: u16 = 4;
/// "described X as Y".
pub const AS: u16 = 8;
/// Its object noun phrase is the content: "endorsed the plan".
pub const NP: u16 = 16;
/// An infinitive is the content: "vowed to fight".
pub const TO: u16 = 32;
/// The base form is also a noun ("the US plan", "military support").
pub const NOUN: u16 = 4096;
/// This form is the base form (the first of its line).
pub const BASE: u16 = 8192;
/// Particles before a noun-phrase content ("called for", "pointed to"), one bit each.
pub const PARTICLES: &[(&str, u16)] =
    &[("for", 64), ("on", 128), ("to", 256), ("out", 512), ("about", 1024), ("of", 2048)];

fn verbs() -> &'static HashMap<String, u16> {
    static MAP: OnceLock<HashMap<String, u16>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = HashMap::default();
        for line in crate::lexicon::entries(include_str!("../../data/quotes/speech_verbs.txt")) {
            let (forms, tags) = line.split_once(':').unwrap_or((line, "clause"));
            let mut t = 0;
            for tag in tags.split_whitespace() {
                t |= match tag {
                    "clause" => CLAUSE,
                    "tell" => TELL,
                    "object" => OBJECT,
                    "as" => AS,
                    "np" => NP,
                    "to" => TO,
                    "n" => NOUN,
                    p => {
                        PARTICLES.iter().find(|(w, _)| p.strip_prefix('+') == Some(*w)).map_or(0, |(_, b)| *b)
                    }
                };
            }
            for (k, f) in forms.split_whitespace().enumerate() {
                let base = if k == 0 { BASE } else { 0 };
                *m.entry(crate::lexicon::fold_key(f)).or_insert(0) |= t | base;
            }
        }
        m
    })
}

/// The tags of a speech verb form (0 when it is none). `word` is matched case-insensitively.
pub fn verb_tags(word: &str) -> u16 {
    if word.len() > 16 || word.is_empty() {
        return 0;
    }
    let mut buf = [0u8; 16];
    let b = word.as_bytes();
    if !b.is_ascii() {
        return 0;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    let key = std::str::from_utf8(&buf[..b.len()]).unwrap_or("");
    verbs().get(key).copied().unwrap_or(0)
}

/// The particle bit of `w` ("for" in "called for"), or 0.
pub fn particle_bit(w: &str) -> u16 {
    PARTICLES.iter().find(|(p, _)| p.eq_ignore_ascii_case(w)).map_or(0, |(_, b)| *b)
}

/// Is `w` (any case) one of `list`?
pub fn is_one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    "both", "some", "many", "several", "another", "each", "every", "all", "most", "few", "no", "other",
    "such", "whose",
];

pub const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you", "who"];

/// Words after which a speech-verb form is a noun or not a speech act ("the report", "was told").
pub const NOT_BEFORE_CUE: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "whose",
    "to", "is", "was", "were", "are", "be", "been", "being", "am", "of", "no", "any", "such", "new", "first",
    "last", "another", "latest",
];

/// Auxiliaries and adverbs between a subject and its cue ("Rubio has also said").
pub const AUX_ADVERBS: &[&str] = &[
    "has", "have", "had", "also", "later", "earlier", "then", "again", "once", "never", "not", "would",
    "will", "could", "may", "might", "can", "did", "does", "do", "still", "just", "already", "often",
    "first", "had", "further", "too", "now", "since", "soon",
];

/// Words that end a subject noun phrase going left (it starts after them).
pub const SUBJECT_STOPS: &[&str] = &[
    "that", "which", "who", "whom", "but", "because", "while", "when", "if", "as", "after", "before",
    "since", "though", "although", "where", "whether", "and", "or", "so", "than", "is", "was", "are", "were",
    "be", "been", "to", "in", "on", "by", "with", "into", "about", "over", "under", "during", "said", "says",
    "say", "has", "have", "had", "however", "yet", "also", "then", "not", "what", "how", "why", "would",
    "will", "could", "can", "may", "might", "should", "must", "did", "do", "does", "even", "just",
];

/// Prepositions that join a subject's head to a complement ("the statement from both countries").
pub const SUBJECT_JOINERS: &[&str] = &["of", "from", "for", "at"];

/// Words after ", " that end a reported clause (the writer's own clause starts).
pub const CLAUSE_STOPS: &[&str] = &[
    "though",
    "although",
    "while",
    "whereas",
    "as",
    "but",
    "with",
    "according",
    "even",
    "despite",
    "which",
    "prompting",
    "amid",
    "because",
    "since",
    "so",
    "and",
    "yet",
    "whereupon",
    "before",
    "after",
    "when",
];

/// Time and manner adjuncts between a cue and its content ("said on Sunday", "told reporters").
pub const ADJUNCT_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "earlier",
    "later",
    "also",
    "again",
    "repeatedly",
    "recently",
    "previously",
    "once",
    "privately",
    "publicly",
    "then",
    "too",
    "now",
    "last",
    "this",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "separately",
    "further",
    "flatly",
    "bluntly",
    "simply",
    "frankly",
    "openly",
    "plainly",
    "explicitly",
];

/// Prepositions that start an adjunct between a cue and its content ("said in a statement").
pub const ADJUNCT_PREPS: &[&str] =
    &["on", "in", "at", "during", "to", "after", "before", "via", "through", "over", "late", "early"];

/// Nouns that end such an adjunct ("in a statement", "at a news conference", "on Twitter").
pub const ADJUNCT_HEADS: &[&str] = &[
    "statement",
    "interview",
    "conference",
    "briefing",
    "speech",
    "letter",
    "post",
    "tweet",
    "tweets",
    "email",
    "hearing",
    "reporters",
    "television",
    "radio",
    "twitter",
    "facebook",
    "instagram",
    "cnn",
    "fox",
    "msnbc",
    "podcast",
    "release",
    "remarks",
    "address",
    "call",
    "video",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "today",
    "yesterday",
    "tonight",
    "rally",
    "event",
    "meeting",
    "appearance",
    "op-ed",
    "blog",
    "message",
    "show",
    "broadcast",
    "program",
    "programme",
    "session",
    "summit",
    "talks",
    "visit",
    "debate",
    "year",
    "month",
    "journalists",
    "parliament",
    "congress",
    "lawmakers",
    "audience",
    "supporters",
    "crowd",
    "telephone",
    "phone",
    "interviews",
    "statements",
    "documents",
    "filing",
    "court",
    "testimony",
    "report",
    "book",
    "article",
];

/// Words before a quotation that make it a title or a name, not a quote ("a book titled “…”").
pub const TITLE_CUES: &[&str] = &[
    "titled",
    "entitled",
    "called",
    "named",
    "dubbed",
    "so-called",
    "book",
    "film",
    "movie",
    "song",
    "album",
    "show",
    "series",
    "article",
    "headline",
    "slogan",
    "hashtag",
    "phrase",
    "term",
    "word",
    "words",
    "label",
    "nicknamed",
    "known",
    "brand",
    "branded",
    "motto",
    "column",
    "essay",
    "documentary",
    "play",
    "poem",
    "novel",
    "program",
    "programme",
    "campaign",
    "operation",
    "initiative",
    "code-named",
    "codenamed",
    "op-ed",
    "podcast",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms() {
        let cases: &[(&str, u16)] = &[
            ("said", CLAUSE),
            ("Says", CLAUSE),
            ("say", CLAUSE | BASE),
            ("told", CLAUSE | TELL | TO),
            ("described", AS | OBJECT | NP),
            ("unveiled", OBJECT | NP),
            ("announcing", CLAUSE | OBJECT | NP),
            ("plan", NP | TO | NOUN | BASE),
            ("pointed", particle_bit("to") | particle_bit("out") | NOUN),
            ("table", 0),
            ("", 0),
            ("Zelensky’s", 0),
        ];
        for (w, want) in cases {
            assert_eq!(verb_tags(w), *want, "word {w:?}");
        }
    }
}
