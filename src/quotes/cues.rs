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
pub const PARTICLES: &[(&str, u16)] = &[
    ("for", 64),
    ("on", 128),
    ("to", 256),
    ("out", 512),
    ("about", 1024),
    ("of", 2048),
    ("against", 16384),
    ("with", 32768),
];

/// Word classes: one bit per closed word list, looked up once per token ([`word_info`], kept per
/// token by `Ctx`), so that a rule asks "is this a determiner?" with a bit test instead of a scan.
pub const DETERMINER: u64 = 1;
pub const PRONOUN: u64 = 1 << 1;
pub const NOT_BEFORE: u64 = 1 << 2;
pub const AUX_ADVERB: u64 = 1 << 3;
pub const SUBJECT_STOP: u64 = 1 << 4;
pub const SUBJECT_JOINER: u64 = 1 << 5;
pub const CLAUSE_STOP: u64 = 1 << 6;
pub const ADJUNCT_WORD: u64 = 1 << 7;
pub const ADJUNCT_PREP: u64 = 1 << 8;
/// data/quotes/adjunct_heads.txt
pub const ADJUNCT_HEAD: u64 = 1 << 9;
/// data/quotes/title_cues.txt
pub const TITLE_CUE: u64 = 1 << 10;
pub const MONTH: u64 = 1 << 11;
pub const SENTENCE_OPENER: u64 = 1 << 12;
pub const INFINITIVE_CUE: u64 = 1 << 13;
pub const NO_CONTENT: u64 = 1 << 14;
pub const SUBORDINATOR: u64 = 1 << 15;
pub const APPOSITIVE_START: u64 = 1 << 16;
/// "according" (to).
pub const ACCORDING: u64 = 1 << 17;
/// "and", "but".
pub const AND_BUT: u64 = 1 << 18;
/// Conjunctions that open a subordinate clause with its own subject ("… as they unveiled").
pub const CLAUSE_SUB: u64 = 1 << 19;
/// Personal subject pronouns: he, she, they, we, i.
pub const PERSONAL: u64 = 1 << 20;
/// Refusal verbs whose infinitive content must be speech: "declined to comment" reports,
/// "declined to go into specifics" does not (the seeds' convention).
pub const REFUSE_SPEECH: u64 = 1 << 21;
/// Forms of "make": a cue only in "made (it) clear (that)".
pub const MAKE: u64 = 1 << 22;
/// data/quotes/attitude_adjectives.txt: "are skeptical of", "was confident that".
pub const ATTITUDE: u64 = 1 << 23;

/// The closed lists behind the class bits (the two data-file classes are added from their files).
fn class_lists() -> [(u64, &'static [&'static str]); 21] {
    use super::{reported, subject};
    [
        (DETERMINER, DETERMINERS),
        (PRONOUN, PRONOUNS),
        (NOT_BEFORE, NOT_BEFORE_CUE),
        (AUX_ADVERB, AUX_ADVERBS),
        (SUBJECT_STOP, SUBJECT_STOPS),
        (SUBJECT_JOINER, SUBJECT_JOINERS),
        (CLAUSE_STOP, CLAUSE_STOPS),
        (ADJUNCT_WORD, ADJUNCT_WORDS),
        (ADJUNCT_PREP, ADJUNCT_PREPS),
        (MONTH, subject::MONTHS),
        (SENTENCE_OPENER, subject::SENTENCE_OPENERS),
        (INFINITIVE_CUE, reported::INFINITIVE_CUES),
        (NO_CONTENT, reported::NO_CONTENT_START),
        (SUBORDINATOR, reported::SUBORDINATORS),
        (APPOSITIVE_START, subject::APPOSITIVE_STARTS),
        (ACCORDING, &["according"]),
        (AND_BUT, &["and", "but"]),
        (
            CLAUSE_SUB,
            &[
                "as", "while", "because", "after", "before", "when", "since", "though", "although",
                "whereas", "until",
            ],
        ),
        (PERSONAL, &["he", "she", "they", "we", "i"]),
        (REFUSE_SPEECH, &["decline", "declines", "declined", "declining"]),
        (MAKE, &["make", "makes", "made", "making"]),
    ]
}

/// Longest key of the word table (longer words are in no list).
const MAX_KEY: usize = 23;

/// What the lexicon knows about a word form: its speech-verb tags and its class bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordInfo {
    pub tags: u16,
    pub class: u64,
}

/// A word of at most [`MAX_KEY`] ASCII bytes, lower-cased and packed little-endian into three
/// words (zero bytes after its end, its length in the last byte): compared and hashed without
/// touching a string.
type Key = [u64; 3];

/// Size of the cue filter in 64-bit words (a power of two).
const FILTER_WORDS: usize = 1024;

/// Slots of the word table (a power of two, at least twice the number of keys).
const SLOTS: usize = 4096;

/// Every listed word form → its tags and classes, in an open-addressing table of packed keys:
/// one look-up per token is a few multiplications and compares, no hashing of strings.
pub struct Table {
    slots: Box<[(Key, WordInfo); SLOTS]>,
    /// A filter over the forms that can be cues (speech verbs and "according"): one bit per
    /// hash of the length, first two and last letters, case-blind ([`cue_bit`]). No cue form is missed; a few
    /// other words pass and are looked up.
    cue_filter: Box<[u64; FILTER_WORDS]>,
    /// Folded keys of the data-file words that are not ASCII-packable (none today; kept so a
    /// future entry like "op‐ed" still works).
    folded: HashMap<String, u64>,
}

impl Table {
    /// The tags and classes of the word `text[start..end]`, matched case-insensitively. The
    /// closed lists and the verb lexicon are ASCII: a word with other characters can only be an
    /// adjunct head or a title cue, matched through its folded key ("op‐ed" with a Unicode
    /// hyphen).
    #[inline]
    pub fn info(&self, text: &str, start: usize, end: usize) -> WordInfo {
        match pack(text.as_bytes(), start, end) {
            Some(key) => self.get(&key),
            None => {
                let w = text.get(start..end).unwrap_or("");
                if w.is_ascii() || w.len() > MAX_KEY {
                    return WordInfo::default();
                }
                let key = crate::lexicon::fold_key(w);
                let class = match key.is_ascii() {
                    true => pack(key.as_bytes(), 0, key.len()).map_or(0, |k| self.get(&k).class),
                    false => self.folded.get(key.as_str()).copied().unwrap_or(0),
                };
                WordInfo { tags: 0, class: class & (ADJUNCT_HEAD | TITLE_CUE) }
            }
        }
    }
    /// Can the word `text[start..end]` be a speech-verb form or "according"? (False: it is
    /// neither, for sure.)
    #[inline(always)]
    pub fn maybe_cue(&self, text: &[u8], start: usize, end: usize) -> bool {
        let n = end.wrapping_sub(start);
        if n == 0 || n > 16 {
            return false;
        }
        let first = text.get(start).copied().unwrap_or(0);
        let second = if n > 1 { text.get(start + 1).copied().unwrap_or(0) } else { 0 };
        let last = text.get(end - 1).copied().unwrap_or(0);
        let b = cue_bit(n, first, second, last);
        self.cue_filter[(b >> 6) & (FILTER_WORDS - 1)] & (1 << (b & 63)) != 0
    }
    /// The fast path for a word of at most 8 ASCII bytes with 8 bytes of text from its start:
    /// (its first byte, its tags and classes); None sends the caller to [`Table::info`].
    #[inline(always)]
    pub fn short(&self, text: &[u8], start: usize, end: usize) -> Option<(u8, WordInfo)> {
        let n = end.wrapping_sub(start);
        if n == 0 || n > 8 {
            return None;
        }
        let v = u64::from_le_bytes(*text.get(start..)?.first_chunk::<8>()?) & (u64::MAX >> (64 - 8 * n));
        let low = lower8(v)?;
        Some((v as u8, self.get(&[low, 0, (n as u64) << 56])))
    }
    #[inline(always)]
    fn slot(&self, key: &Key) -> usize {
        let h =
            (key[0] ^ key[1].rotate_left(21) ^ key[2].rotate_left(42)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> 32) as usize & (SLOTS - 1)
    }
    #[inline(always)]
    fn get(&self, key: &Key) -> WordInfo {
        let mut at = self.slot(key);
        // The table is at most half full: a probe ends at the key or at an empty slot.
        for _ in 0..SLOTS {
            let (k, info) = &self.slots[at & (SLOTS - 1)];
            if k == key {
                return *info;
            }
            // An empty slot (every key has its length in the top byte of its last word).
            if k[2] == 0 {
                break;
            }
            at += 1;
        }
        WordInfo::default()
    }
    fn add(&mut self, key: Key, f: impl Fn(&mut WordInfo)) {
        let mut at = self.slot(&key);
        loop {
            let (k, info) = &mut self.slots[at & (SLOTS - 1)];
            if *k == key || *k == [0; 3] {
                *k = key;
                f(info);
                return;
            }
            at += 1;
        }
    }
}

/// Lower-cases the ASCII bytes of `v`, eight at a time (None when a byte is not ASCII): bit 7 of
/// each byte says "≥ 'A'" and "> 'Z'" after the additions (no byte is ≥ 0x80, so no carry
/// crosses a byte).
#[inline(always)]
fn lower8(v: u64) -> Option<u64> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if v & HIGH != 0 {
        return None;
    }
    let ge_a = v.wrapping_add(0x3f3f_3f3f_3f3f_3f3f); // + (0x80 - 'A')
    let gt_z = v.wrapping_add(0x2525_2525_2525_2525); // + (0x7f - 'Z')
    Some(v | ((ge_a & !gt_z & HIGH) >> 2))
}

/// The `m` (1..=8) bytes of `text` at `from`, little-endian, zero above.
#[inline(always)]
fn load(text: &[u8], from: usize, m: usize) -> Option<u64> {
    match text.get(from..).and_then(|b| b.first_chunk::<8>()) {
        Some(b) => Some(u64::from_le_bytes(*b) & (u64::MAX >> (64 - 8 * m.clamp(1, 8)))),
        None => Some(text.get(from..from + m)?.iter().rev().fold(0u64, |v, &c| v << 8 | u64::from(c))),
    }
}

/// The filter bit of a word of `n` (1..=16) bytes starting with `a`, `b` (`b` = 0 for one
/// byte) and ending with `z`: letters keep their low five bits in either case.
#[inline(always)]
fn cue_bit(n: usize, a: u8, b: u8, z: u8) -> usize {
    let v = (n as u32) << 15 | u32::from(a & 31) << 10 | u32::from(b & 31) << 5 | u32::from(z & 31);
    (v.wrapping_mul(0x9e37_79b9) >> 16) as usize
}

/// Packs the ASCII word `text[start..end]` lower-cased (None: empty, too long or not ASCII).
/// Reads whole words of the text where it can and masks the bytes past the end.
#[inline(always)]
fn pack(text: &[u8], start: usize, end: usize) -> Option<Key> {
    let n = end.checked_sub(start)?;
    if n == 0 || n > MAX_KEY {
        return None;
    }
    let k0 = lower8(load(text, start, n)?)?;
    let k1 = if n > 8 { lower8(load(text, start + 8, n - 8)?)? } else { 0 };
    let k2 = if n > 16 { lower8(load(text, start + 16, n - 16)?)? } else { 0 };
    // The length in the free top byte: "a" and "a\0" differ, and no key is all zeros.
    Some([k0, k1, k2 | (n as u64) << 56])
}

/// The word table (built on first use).
pub fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Table {
            slots: Box::new([([0; 3], WordInfo::default()); SLOTS]),
            cue_filter: Box::new([0; FILTER_WORDS]),
            folded: HashMap::default(),
        };
        let mut n = 0;
        let mut add = |t: &mut Table, w: &str, f: &dyn Fn(&mut WordInfo)| {
            if let Some(key) = pack(w.as_bytes(), 0, w.len()) {
                t.add(key, f);
                n += 1;
            }
        };
        for line in crate::lexicon::entries(include_str!("../../data/quotes/speech_verbs.txt")) {
            let (forms, tags) = line.split_once(':').unwrap_or((line, "clause"));
            let mut t0 = 0;
            for tag in tags.split_whitespace() {
                t0 |= match tag {
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
                // Verb look-ups read ASCII forms of at most 16 bytes.
                if f.len() <= 16 {
                    add(&mut t, f, &|i: &mut WordInfo| i.tags |= t0 | base);
                }
            }
        }
        for (bit, list) in class_lists() {
            for w in list {
                add(&mut t, w, &|i: &mut WordInfo| i.class |= bit);
            }
        }
        for (bit, src) in [
            (ADJUNCT_HEAD, include_str!("../../data/quotes/adjunct_heads.txt")),
            (TITLE_CUE, include_str!("../../data/quotes/title_cues.txt")),
            (ATTITUDE, include_str!("../../data/quotes/attitude_adjectives.txt")),
        ] {
            for w in crate::lexicon::entries(src) {
                let key = crate::lexicon::fold_key(w);
                if key.is_ascii() {
                    add(&mut t, &key, &|i: &mut WordInfo| i.class |= bit);
                } else {
                    *t.folded.entry(key).or_default() |= bit;
                }
            }
        }
        for (key, info) in t.slots.iter() {
            let n = (key[2] >> 56) as usize;
            if (1..=16).contains(&n) && (info.tags != 0 || info.class & (ACCORDING | ATTITUDE) != 0) {
                let bytes: Vec<u8> = key.iter().flat_map(|k| k.to_le_bytes()).collect();
                let (a, b, z) = (bytes[0], if n > 1 { bytes[1] } else { 0 }, bytes[n - 1]);
                let b = cue_bit(n, a, b, z);
                t.cue_filter[(b >> 6) & (FILTER_WORDS - 1)] |= 1 << (b & 63);
            }
        }
        debug_assert!(n * 2 < SLOTS, "word table over half full");
        t
    })
}

/// The tags and classes of the word `text[start..end]` ([`Table::info`]).
pub fn word_info_at(text: &str, start: usize, end: usize) -> WordInfo {
    table().info(text, start, end)
}

/// The tags and classes of a word form ([`word_info_at`]).
pub fn word_info(word: &str) -> WordInfo {
    word_info_at(word, 0, word.len())
}

/// The tags of a speech verb form (0 when it is none). `word` is matched case-insensitively.
pub fn verb_tags(word: &str) -> u16 {
    word_info(word).tags
}

/// The particle bit of `w` ("for" in "called for"), or 0.
pub fn particle_bit(w: &str) -> u16 {
    PARTICLES.iter().find(|(p, _)| p.eq_ignore_ascii_case(w)).map_or(0, |(_, b)| *b)
}

/// Nouns that end an adjunct between a cue and its content ("said in a statement").
pub fn is_adjunct_head(w: &str) -> bool {
    word_info(w).class & ADJUNCT_HEAD != 0
}

/// Words before a quotation that make it a title or a name ("titled", "so-called").
pub fn is_title_cue(w: &str) -> bool {
    word_info(w).class & TITLE_CUE != 0
}

/// Is `w` (any case) one of `list`? (Lengths first: most entries are rejected without a call.)
#[inline]
pub fn is_one_of(w: &str, list: &[&str]) -> bool {
    let n = w.len();
    list.iter().any(|x| x.len() == n && x.eq_ignore_ascii_case(w))
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
    "has",
    "have",
    "had",
    "also",
    "later",
    "earlier",
    "then",
    "again",
    "once",
    "never",
    "not",
    "would",
    "will",
    "could",
    "may",
    "might",
    "can",
    "did",
    "does",
    "do",
    "still",
    "just",
    "already",
    "often",
    "first",
    "had",
    "further",
    "too",
    "now",
    "since",
    "soon",
    "long",
    "always",
    "ever",
    "even",
    "should",
    "must",
    "shall",
    "sometimes",
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
    "together",
    "jointly",
    "alone",
    "personally",
    "collectively",
];

/// Prepositions that start an adjunct between a cue and its content ("said in a statement").
pub const ADJUNCT_PREPS: &[&str] =
    &["on", "in", "at", "during", "to", "after", "before", "via", "through", "over", "late", "early"];

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
            ("announcing", CLAUSE | OBJECT),
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

    #[test]
    fn word_classes() {
        let cases: &[(&str, u64)] = &[
            ("The", DETERMINER),
            ("ACCORDING", ACCORDING),
            ("Sunday", ADJUNCT_WORD),
            ("statement", ADJUNCT_HEAD),
            ("titled", TITLE_CUE),
            ("while", CLAUSE_SUB | CLAUSE_STOP),
            ("theirs", 0),
            ("a\u{0}", 0),
            ("abcdefghijklmnopqrstuvwxyz", 0),
            ("naïve", 0),
        ];
        for (w, want) in cases {
            assert_eq!(word_info(w).class & want, *want, "word {w:?}");
            if *want == 0 {
                assert_eq!(word_info(w), WordInfo::default(), "word {w:?}");
            }
        }
    }

    /// The cue filter never drops a speech-verb form, in any case.
    #[test]
    fn cue_filter_keeps_every_verb() {
        let t = table();
        for line in crate::lexicon::entries(include_str!("../../data/quotes/speech_verbs.txt")) {
            let forms = line.split_once(':').map_or(line, |(f, _)| f);
            for f in forms.split_whitespace() {
                for w in [f.to_string(), f.to_uppercase(), format!("{}{}", &f[..1].to_uppercase(), &f[1..])] {
                    let text = format!("{w} and more text after it");
                    assert!(t.maybe_cue(text.as_bytes(), 0, w.len()), "{w:?}");
                    assert_ne!(verb_tags(&w), 0, "{w:?}");
                }
            }
        }
        assert!(t.maybe_cue(b"According", 0, 9));
    }
}
