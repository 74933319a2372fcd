//! The knowledge the entity stage reads: gazetteers of places, nationalities and organizations,
//! titles, person names and the words that are never names. All of it is data under
//! `data/entities/` (sources in its README), parsed once into hash maps.

use crate::lexicon::{entries, fold_key};
use crate::model::EntityType;
use std::sync::OnceLock;

/// Hash maps with the crate's fast hasher ([`crate::lexicon::FastMap`]): keys are short words of
/// our own lists, nothing here needs protection against crafted collisions.
pub type FxMap<K, V> = crate::lexicon::FastMap<K, V>;
pub type FxSet<K> = crate::lexicon::FastSet<K>;

/// What a gazetteer phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Country,
    /// A city or capital.
    City,
    /// A region, state, continent, sea.
    Region,
    /// A nationality or group word ("Ukrainian", "Russians").
    Demonym,
    Org,
    /// A well-known person ("Donald Trump", "Trump").
    Person,
}

/// One gazetteer entry.
#[derive(Clone, Copy, Debug)]
pub struct Gaz {
    pub class: Class,
    /// The entity's canonical name ("United States" for "US", "Russian" for "Russians").
    pub canonical: &'static str,
    /// The place a demonym or capital relates to.
    pub related: Option<&'static str>,
    pub rule: &'static str,
    /// Written in capitals in the list ("NATO", "US"): matches capitals only.
    pub acronym: bool,
}

impl Gaz {
    pub fn kind(&self) -> EntityType {
        match self.class {
            Class::Country | Class::City | Class::Region => EntityType::Place,
            Class::Demonym => EntityType::Group,
            Class::Org => EntityType::Organization,
            Class::Person => EntityType::Person,
        }
    }
}

/// Word classes: bits of [`Lex::words`]. A bit is set on a key exactly when the key is an entry
/// of that list as the list stores it (the lower-case lists hold lower-case keys; `NON_NAME`,
/// `ORG_WORD`, `LOC_WORD`, `EVENT_WORD`, `PARTICLE`, `SPEECH`, `ORG_NOUN`, `PERSON_NOUN`,
/// `PLACE_NOUN` as written in their files).
pub mod wc {
    /// Lower-case given names and surnames.
    pub const GIVEN: u32 = 1;
    pub const SURNAME: u32 = 1 << 1;
    /// Lower-case common English words.
    pub const COMMON: u32 = 1 << 2;
    /// Capitalised words that are never a name on their own, as written.
    pub const NON_NAME: u32 = 1 << 3;
    /// Head words of organizations ("Ministry"), places ("Road"), events and other MISC ("Cup").
    pub const ORG_WORD: u32 = 1 << 4;
    pub const LOC_WORD: u32 = 1 << 5;
    pub const EVENT_WORD: u32 = 1 << 6;
    /// Lower-case particles inside names ("de", "bin").
    pub const PARTICLE: u32 = 1 << 7;
    /// Words before a title that belong to the role ("former").
    pub const ROLE_MODIFIER: u32 = 1 << 8;
    /// Words after a name that make it a person ("said", "who").
    pub const SPEECH: u32 = 1 << 9;
    /// Nouns before a name that make it an organization ("giant", "club").
    pub const ORG_NOUN: u32 = 1 << 10;
    /// Nouns before a name that make it a person ("wife", "actor").
    pub const PERSON_NOUN: u32 = 1 << 11;
    /// Nouns around a name that make it a place ("city of X", "X province").
    pub const PLACE_NOUN: u32 = 1 << 12;
    /// Sports words: specific ones, generic ones.
    pub const SPORT: u32 = 1 << 13;
    pub const SPORT_GENERIC: u32 = 1 << 14;
    /// A folded title ("secretary of state", "rep.").
    pub const TITLE: u32 = 1 << 15;
    /// A folded gazetteer phrase (a key of [`super::Lex::gaz`]).
    pub const GAZ: u32 = 1 << 16;
    /// The first word of folded gazetteer phrases: the most words such a phrase has, in 6 bits.
    pub const GAZ_FIRST_SHIFT: u32 = 17;
    /// The same for titles, in 5 bits.
    pub const TITLE_FIRST_SHIFT: u32 = 23;
    pub const GAZ_FIRST: u32 = 63 << GAZ_FIRST_SHIFT;
    pub const TITLE_FIRST: u32 = 31 << TITLE_FIRST_SHIFT;
    /// The trailing letters and digits of a folded title ("state" for "secretary of state",
    /// "general" for "secretary-general"; "." for "gen.").
    pub const TITLE_LAST: u32 = 1 << 28;
    /// On the ASCII lower-case form of every key with upper-case ASCII letters ("inc" for "Inc"):
    /// a capitalised word whose lower-case form lacks it is no key as written.
    pub const CASED: u32 = 1 << 29;
}

pub struct Lex {
    /// Folded phrase → entry.
    pub gaz: FxMap<&'static str, Gaz>,
    /// The longest gazetteer phrase, in words.
    pub gaz_max: usize,
    pub title_max: usize,
    /// Every word and phrase of the lists → its classes ([`wc`]): one look-up answers every
    /// "is it in list X" question about a word.
    pub words: FxMap<&'static str, u32>,
    /// A 4,096-bit filter of the sports words (`sport_slot`): the sports test looks up only
    /// the words that pass it.
    pub sport_filter: [u64; 64],
}

/// The bit of a word (in ASCII lower case) in [`Lex::sport_filter`]: (index, mask).
pub fn sport_slot(w: &[u8]) -> (usize, u64) {
    let x = |i: usize| u32::from(w.get(i).map(u8::to_ascii_lowercase).unwrap_or(0));
    let h = (w.len() as u32 ^ x(0) << 8 ^ x(1) << 16 ^ x(w.len().wrapping_sub(1)) << 24)
        .wrapping_mul(0x9E37_79B1)
        >> 20;
    ((h >> 6) as usize, 1 << (h & 63))
}

impl Lex {
    /// The classes of `s` (0 when it is in no list).
    pub fn classes(&self, s: &str) -> u32 {
        self.words.get(s).copied().unwrap_or(0)
    }

    /// Is `s` in a list of class `c` ([`wc`])?
    pub fn has(&self, s: &str, c: u32) -> bool {
        self.classes(s) & c != 0
    }
}

const COUNTRIES: &str = include_str!("../../data/entities/countries.txt");
/// Front-coded (scripts/pack-entities-lists.py).
const CITIES: &str = include_str!("../../data/entities/cities.txt");
const US_STATES: &str = include_str!("../../data/entities/us_states.txt");
const PLACES_EXTRA: &str = include_str!("../../data/entities/places_extra.txt");
const DEMONYMS_EXTRA: &str = include_str!("../../data/entities/demonyms_extra.txt");
const PEOPLE: &str = include_str!("../../data/entities/people.txt");
const ORGS: &str = include_str!("../../data/entities/orgs.txt");
const ORG_WORDS: &str = include_str!("../../data/entities/org_words.txt");
const LOC_WORDS: &str = include_str!("../../data/entities/loc_words.txt");
const EVENT_WORDS: &str = include_str!("../../data/entities/event_words.txt");
const PARTICLES: &str = include_str!("../../data/entities/name_particles.txt");
const ROLE_MODIFIERS: &str = include_str!("../../data/entities/role_modifiers.txt");
const SPEECH: &str = include_str!("../../data/entities/speech_words.txt");
const ORG_NOUNS: &str = include_str!("../../data/entities/org_nouns.txt");
const PERSON_NOUNS: &str = include_str!("../../data/entities/person_nouns.txt");
const PLACE_NOUNS: &str = include_str!("../../data/entities/place_nouns.txt");
const SPORT_WORDS: &str = include_str!("../../data/entities/sport_words.txt");
const SPORT_WORDS_GENERIC: &str = include_str!("../../data/entities/sport_words_generic.txt");
const TITLES: &str = include_str!("../../data/entities/titles.txt");
const NON_NAMES: &str = include_str!("../../data/entities/non_names.txt");
/// Front-coded (scripts/pack-entities-lists.py): given names and surnames, lower case.
const PERSON_NAMES: &str = include_str!("../../data/entities/person_names.txt");
const COMMON: &str = include_str!("../../data/entities/common_words.txt");

pub use crate::lexicon::fold_into;

/// The lexicon, built on first use.
pub fn lex() -> &'static Lex {
    static LEX: OnceLock<Lex> = OnceLock::new();
    LEX.get_or_init(build)
}

fn words(s: &str) -> usize {
    // Words as the tokenizer counts them: hyphens and periods glue, spaces split. Folded keys
    // have single spaces between words and none at the ends.
    if s.is_empty() { 0 } else { s.bytes().filter(|&b| b == b' ').count() + 1 }
}

/// Plural of a demonym: "Ukrainian" → "Ukrainians"; none for "-ese", "-ish", "-ch", "Swiss".
fn plural(d: &str) -> Option<String> {
    let l = d.to_ascii_lowercase();
    if l.ends_with("ese") || l.ends_with("ish") || l.ends_with("ch") || l.ends_with("ss") || l.ends_with('s')
    {
        return None;
    }
    Some(format!("{d}s"))
}

/// Folded keys as `&'static str`, without an allocation per key: a phrase of a data file whose
/// folding only lower-cases ASCII letters is a slice of the file's lower-case copy (made once).
struct Folder {
    /// (file, its ASCII lower-case copy).
    files: Vec<(&'static str, &'static str)>,
}

impl Folder {
    fn new(files: &[&'static str]) -> Folder {
        Folder { files: files.iter().map(|f| (*f, &*f.to_ascii_lowercase().leak())).collect() }
    }

    /// The slice of a lower-case copy at the place of `s`, when `s` is part of a file.
    fn lowered(&self, s: &str) -> Option<&'static str> {
        let p = s.as_ptr() as usize;
        self.files.iter().find_map(|(f, l)| {
            let o = p.checked_sub(f.as_ptr() as usize)?;
            l.get(o..o.checked_add(s.len())?)
        })
    }

    /// `fold_key(s)`.
    fn fold(&self, s: &str) -> &'static str {
        let b = s.as_bytes();
        let mut prev = b' ';
        let simple = b.iter().all(|&c| {
            let ok = (c.is_ascii_graphic() && c != b'`') || (c == b' ' && prev != b' ');
            prev = c;
            ok
        }) && prev != b' ';
        match self.lowered(s).filter(|_| simple) {
            Some(k) => k,
            None => fold_key(s).leak(),
        }
    }
}

/// Decodes a front-coded list (scripts/pack-entities-lists.py: each entry is a digit d and the rest
/// of the entry after the d bytes it shares with the entry before; "@name" opens a section) into
/// one string made once: the entries, each with its section ("" before the first "@" line). One
/// entry a line, or, `joined`, entries without digits one after the other, the digits separating
/// them. An entry that does not decode (no digit, a prefix longer than the entry before, or one
/// that splits a character) is skipped.
pub fn unpack(src: &'static str, joined: bool) -> (&'static str, Vec<(usize, usize, &'static str)>) {
    let mut arena: Vec<u8> = Vec::with_capacity(src.len() * 2);
    let mut spans = Vec::with_capacity(src.len() / 4);
    let mut section = "";
    let mut prev = (0, 0);
    for line in entries(src) {
        if let Some(s) = line.strip_prefix('@') {
            section = s;
            prev = (0, 0);
            continue;
        }
        let bytes = line.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // One entry: from a digit to the next one (joined) or to the end of the line.
            let mut j = i + 1;
            if joined {
                while bytes.get(j).is_some_and(|c| !c.is_ascii_digit()) {
                    j += 1;
                }
            } else {
                j = bytes.len();
            }
            let item = bytes.get(i..j).unwrap_or(&[]);
            i = j;
            let d = match item.first() {
                Some(b) if b.is_ascii_digit() => usize::from(b - b'0'),
                _ => continue,
            };
            let boundary = d == prev.1 || arena.get(prev.0 + d).is_some_and(|b| b & 0xC0 != 0x80);
            if d > prev.1 || !boundary {
                prev = (arena.len(), 0);
                continue;
            }
            let start = arena.len();
            arena.extend_from_within(prev.0..prev.0 + d);
            arena.extend_from_slice(item.get(1..).unwrap_or(&[]));
            prev = (start, arena.len() - start);
            spans.push((start, arena.len(), section));
        }
    }
    // Valid by construction: prefixes of valid entries cut at character boundaries, and the rest
    // of each entry cut at ASCII digits.
    let arena: &'static str = String::from_utf8(arena).unwrap_or_default().leak();
    (arena, spans)
}

fn build() -> Lex {
    let (cities, city_spans) = unpack(CITIES, false);
    let (names, name_spans) = unpack(PERSON_NAMES, true);
    let folder =
        Folder::new(&[ORGS, PEOPLE, DEMONYMS_EXTRA, PLACES_EXTRA, COUNTRIES, US_STATES, cities, TITLES]);
    let mut gaz: FxMap<&'static str, Gaz> = FxMap::with_capacity_and_hasher(8192, Default::default());
    let put = |gaz: &mut FxMap<&'static str, Gaz>, phrase: &str, g: Gaz| {
        let k = folder.fold(phrase);
        if k.is_empty() {
            return;
        }
        let mut g = g;
        g.acronym = phrase.chars().all(|c| !c.is_lowercase())
            && phrase.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        // Earlier lists win over later, weaker ones (see the order below).
        gaz.entry(k).or_insert(g);
    };
    // Order = priority: organizations, hand-written places and demonyms, countries, regions,
    // cities.
    for line in entries(ORGS) {
        let mut parts = line.split('|');
        let name = parts.next().unwrap_or("").trim();
        if name.is_empty() {
            continue;
        }
        let g = Gaz { class: Class::Org, canonical: name, related: None, rule: "gaz_org", acronym: false };
        put(&mut gaz, name, g);
        for alias in parts.next().unwrap_or("").split(',').map(str::trim).filter(|a| !a.is_empty()) {
            put(&mut gaz, alias, g);
        }
    }
    for line in entries(PEOPLE) {
        let (full, surname) = match line.split_once('|') {
            Some((f, s)) => (f.trim(), s.trim()),
            None => (line, line),
        };
        let g =
            Gaz { class: Class::Person, canonical: full, related: None, rule: "gaz_person", acronym: false };
        put(&mut gaz, full, g);
        put(&mut gaz, surname, g);
    }
    for line in entries(DEMONYMS_EXTRA) {
        let (word, place) = match line.split_once('=') {
            Some((w, p)) => (w.trim(), Some(p.trim())),
            None => (line, None),
        };
        put(
            &mut gaz,
            word,
            Gaz {
                class: Class::Demonym,
                canonical: word,
                related: place,
                rule: "gaz_demonym",
                acronym: false,
            },
        );
    }
    for line in entries(PLACES_EXTRA) {
        let (line, country) = match line.split_once('|') {
            Some((l, c)) => (l.trim(), Some(c.trim())),
            None => (line, None),
        };
        let (alias, canonical) = match line.split_once('=') {
            Some((a, c)) => (a.trim(), c.trim()),
            None => (line, line),
        };
        let class = match country {
            Some("*") => Class::Country,
            Some(_) => Class::City,
            None if alias != canonical => Class::Country,
            None => Class::Region,
        };
        let related = country.filter(|c| *c != "*");
        put(&mut gaz, alias, Gaz { class, canonical, related, rule: "gaz_place", acronym: false });
    }
    for line in entries(COUNTRIES) {
        let mut f = line.split('|');
        let name = f.next().unwrap_or("").trim();
        let capital = f.next().unwrap_or("").trim();
        let dems = f.next().unwrap_or("");
        let others = f.next().unwrap_or("");
        if name.is_empty() {
            continue;
        }
        // The country under its name, its name without "The" ("The Bahamas" is also "Bahamas")
        // and its other names.
        let country = Gaz {
            class: Class::Country,
            canonical: name,
            related: None,
            rule: "gaz_country",
            acronym: false,
        };
        put(&mut gaz, name, country);
        if let Some(rest) = name.strip_prefix("The ") {
            put(&mut gaz, rest, country);
        }
        for a in others.split(',').map(str::trim).filter(|a| !a.is_empty()) {
            put(&mut gaz, a, country);
        }
        for d in dems.split(',').map(str::trim).filter(|d| !d.is_empty()) {
            let g = Gaz {
                class: Class::Demonym,
                canonical: d,
                related: Some(name),
                rule: "gaz_demonym",
                acronym: false,
            };
            put(&mut gaz, d, g);
            if let Some(p) = plural(d) {
                put(&mut gaz, &p, g);
            }
        }
        if !capital.is_empty() {
            put(
                &mut gaz,
                capital,
                Gaz {
                    class: Class::City,
                    canonical: capital,
                    related: Some(name),
                    rule: "gaz_capital",
                    acronym: false,
                },
            );
        }
    }
    for s in entries(US_STATES) {
        put(
            &mut gaz,
            s,
            Gaz {
                class: Class::Region,
                canonical: s,
                related: Some("United States"),
                rule: "gaz_region",
                acronym: false,
            },
        );
    }
    for c in city_spans.iter().filter_map(|&(a, b, _)| cities.get(a..b)) {
        put(
            &mut gaz,
            c,
            Gaz { class: Class::City, canonical: c, related: None, rule: "gaz_city", acronym: false },
        );
    }
    // "Saint Petersburg" is also "St. Petersburg" and "St Petersburg".
    let saints: Vec<(&'static str, Gaz)> =
        gaz.iter().filter_map(|(k, g)| k.strip_prefix("saint ").map(|rest| (rest, *g))).collect();
    for (rest, g) in saints {
        for prefix in ["st. ", "st "] {
            gaz.entry(format!("{prefix}{rest}").leak()).or_insert(g);
        }
    }
    // Plural nouns share the singular's entity: "Americans" → "American".
    let plurals: Vec<(&'static str, &'static str)> = gaz
        .iter()
        .filter(|(k, g)| g.class == Class::Demonym && k.ends_with('s'))
        .filter_map(|(k, _)| {
            let single = gaz.get(k.get(..k.len() - 1)?).filter(|s| s.class == Class::Demonym)?;
            Some((*k, single.canonical))
        })
        .collect();
    for (k, canonical) in plurals {
        if let Some(g) = gaz.get_mut(k) {
            g.canonical = canonical;
        }
    }
    let gaz_max = gaz.keys().map(|k| words(k)).max().unwrap_or(1);

    let mut classes: FxMap<&'static str, u32> = FxMap::with_capacity_and_hasher(32768, Default::default());
    let titles: Vec<&'static str> = entries(TITLES).map(|t| folder.fold(t)).collect();
    {
        // The first words of phrases, with the most words a phrase starting with each has.
        let mut first = |k: &'static str, shift: u32, max: u32| {
            let n = (words(k) as u32).min(max);
            let w = k.bytes().position(|b| b == b' ').and_then(|i| k.get(..i)).unwrap_or(k);
            let e = classes.entry(w).or_insert(0);
            if (*e >> shift) & max < n {
                *e = (*e & !(max << shift)) | n << shift;
            }
        };
        for k in gaz.keys() {
            first(k, wc::GAZ_FIRST_SHIFT, 63);
        }
        for k in &titles {
            first(k, wc::TITLE_FIRST_SHIFT, 31);
        }
    }
    let mut add = |k: &'static str, c: u32| *classes.entry(k).or_insert(0) |= c;
    let title_max = titles.iter().map(|t| words(t)).max().unwrap_or(1);
    for k in gaz.keys() {
        add(k, wc::GAZ);
    }
    for k in titles {
        add(k, wc::TITLE);
        let tail = k.trim_end_matches(char::is_alphanumeric);
        let last = if k.ends_with('.') { "." } else { k.get(tail.len()..).unwrap_or("") };
        add(last, wc::TITLE_LAST);
    }
    for &(a, b, section) in &name_spans {
        let c = match section {
            "both" => wc::GIVEN | wc::SURNAME,
            "given" => wc::GIVEN,
            _ => wc::SURNAME,
        };
        add(names.get(a..b).unwrap_or(""), c);
    }
    let lists: [(&'static str, u32); 13] = [
        (COMMON, wc::COMMON),
        (NON_NAMES, wc::NON_NAME),
        (ORG_WORDS, wc::ORG_WORD),
        (LOC_WORDS, wc::LOC_WORD),
        (EVENT_WORDS, wc::EVENT_WORD),
        (PARTICLES, wc::PARTICLE),
        (ROLE_MODIFIERS, wc::ROLE_MODIFIER),
        (SPEECH, wc::SPEECH),
        (ORG_NOUNS, wc::ORG_NOUN),
        (PERSON_NOUNS, wc::PERSON_NOUN),
        (PLACE_NOUNS, wc::PLACE_NOUN),
        (SPORT_WORDS, wc::SPORT),
        (SPORT_WORDS_GENERIC, wc::SPORT_GENERIC),
    ];
    for (src, c) in lists {
        for w in entries(src) {
            add(w, c);
        }
    }
    let cased: Vec<&'static str> =
        classes.keys().filter(|k| k.bytes().any(|b| b.is_ascii_uppercase())).copied().collect();
    for k in cased {
        let lower = k.to_ascii_lowercase();
        match classes.get_mut(lower.as_str()) {
            Some(c) => *c |= wc::CASED,
            None => {
                classes.insert(lower.leak(), wc::CASED);
            }
        }
    }
    let mut sport_filter = [0u64; 64];
    for (k, _) in classes.iter().filter(|(_, c)| **c & (wc::SPORT | wc::SPORT_GENERIC) != 0) {
        let (i, bit) = sport_slot(k.as_bytes());
        if let Some(f) = sport_filter.get_mut(i) {
            *f |= bit;
        }
    }
    Lex { gaz, gaz_max, title_max, words: classes, sport_filter }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_into_agrees_with_fold_key() {
        let mut buf = String::new();
        for s in ["Kyiv’s  Forces", "US–Ukraine", " Itar-Tass ", "Émile “Zola”", "", "A\tB\nC"] {
            fold_into(s, &mut buf);
            assert_eq!(buf, fold_key(s), "{s:?}");
        }
    }

    #[test]
    fn front_coded_lists_decode() {
        let src = "# comment\n@both\n0anna\n3e\n0zo\u{eb}\n3x\n0zo\n@given\n0b\n5x\n0\u{e9}a\n1b\nq\n";
        let (arena, spans) = unpack(Box::leak(src.to_string().into_boxed_str()), false);
        let got: Vec<(&str, &str)> = spans.iter().map(|&(a, b, s)| (&arena[a..b], s)).collect();
        // "3x" and "1b" would split "ë" and "é", "5x" asks more than "b" has, "q" has no digit.
        assert_eq!(
            got,
            [
                ("anna", "both"),
                ("anne", "both"),
                ("zoë", "both"),
                ("zo", "both"),
                ("b", "given"),
                ("éa", "given")
            ]
        );
        // The same entries several to a line.
        let src = "# comment\n@both\n0anna3e0zo\u{eb}3x\n0zo\n@given\n0b5x0\u{e9}a1b\nq\n";
        let (arena2, spans2) = unpack(Box::leak(src.to_string().into_boxed_str()), true);
        let got2: Vec<(&str, &str)> = spans2.iter().map(|&(a, b, s)| (&arena2[a..b], s)).collect();
        assert_eq!(got2, got);
    }

    /// Every city of the list is reachable: none is a phrase an earlier, stronger list already
    /// names (scripts/pack-entities-lists.py leaves those out).
    #[test]
    fn no_city_is_shadowed() {
        let (cities, spans) = unpack(CITIES, false);
        let shadowed: Vec<&str> = spans
            .iter()
            .filter_map(|&(a, b, _)| cities.get(a..b))
            .filter(|c| lex().gaz.get(fold_key(c).as_str()).is_some_and(|g| g.rule != "gaz_city"))
            .collect();
        assert!(shadowed.is_empty(), "{} shadowed: {shadowed:?}", shadowed.len());
    }

    #[test]
    fn gazetteer_table() {
        let cases: &[(&str, Class, &str, Option<&str>)] = &[
            ("Ukraine", Class::Country, "Ukraine", None),
            ("US", Class::Country, "United States", None),
            ("Ukrainians", Class::Demonym, "Ukrainian", Some("Ukraine")),
            ("Russian", Class::Demonym, "Russian", Some("Russia")),
            ("Kyiv", Class::City, "Kyiv", Some("Ukraine")),
            ("NATO", Class::Org, "North Atlantic Treaty Organization", None),
            ("Geneva", Class::Region, "Geneva", None),
        ];
        for (phrase, class, canonical, related) in cases {
            let g = lex().gaz.get(fold_key(phrase).as_str()).unwrap_or_else(|| panic!("{phrase} missing"));
            assert_eq!((g.class, g.canonical, g.related), (*class, *canonical, *related), "{phrase}");
        }
        assert!(lex().has("secretary of state", wc::TITLE));
        assert!(lex().has("marco", wc::GIVEN));
        // Every name of the packed list decodes (counts of scripts/pack-entities-lists.py --unpack).
        let count = |c: u32| lex().words.values().filter(|&&x| x & c != 0).count();
        assert_eq!((count(wc::GIVEN), count(wc::SURNAME)), (9854, 11028));
        assert!(lex().has("aaaqil", wc::GIVEN) && lex().has("aaaqil", wc::SURNAME));
        assert!(lex().has("ștefania", wc::GIVEN) && lex().has("žáková", wc::SURNAME));
        assert!(!lex().has("Marco", wc::GIVEN));
        assert!(lex().has("Inc", wc::ORG_WORD));
        assert!(!lex().has("inc", wc::ORG_WORD));
        // The first-word fields hold every phrase length.
        assert!(lex().gaz_max < 63 && lex().title_max < 31);
        let first = |w: &str, shift: u32, max: u32| (lex().classes(w) >> shift) & max;
        assert_eq!(first("secretary", wc::TITLE_FIRST_SHIFT, 31), 3, "secretary of state");
        assert!(first("united", wc::GAZ_FIRST_SHIFT, 63) >= 2);
        assert_eq!(first("zzzz", wc::GAZ_FIRST_SHIFT, 63), 0);
    }
}
