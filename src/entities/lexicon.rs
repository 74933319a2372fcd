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

pub struct Lex {
    /// Folded phrase → entry.
    pub gaz: FxMap<String, Gaz>,
    /// First word of a folded gazetteer phrase → the most words a phrase starting with it has
    /// (a cheap test before building longer keys).
    pub gaz_first: FxMap<String, usize>,
    /// The same for titles.
    pub title_first: FxMap<String, usize>,
    /// The longest gazetteer phrase, in words.
    pub gaz_max: usize,
    /// Folded titles ("secretary of state").
    pub titles: FxSet<String>,
    pub title_max: usize,
    /// Lower-case given names and surnames.
    pub given: FxSet<String>,
    pub surnames: FxSet<String>,
    /// Lower-case common English words.
    pub common: FxSet<&'static str>,
    /// Capitalised words that are never a name on their own, as written.
    pub non_names: FxSet<&'static str>,
    pub org_words: FxSet<&'static str>,
    pub loc_words: FxSet<&'static str>,
    /// Last words of events and other MISC names ("Cup", "Act").
    pub event_words: FxSet<&'static str>,
    /// Lower-case particles inside names ("de", "bin").
    pub particles: FxSet<&'static str>,
    /// Words before a title that belong to the role ("former").
    pub role_modifiers: FxSet<&'static str>,
    /// Words after a name that make it a person ("said", "who").
    pub speech: FxSet<&'static str>,
    /// Nouns before a name that make it an organization ("giant", "club").
    pub org_nouns: FxSet<&'static str>,
    /// Nouns before a name that make it a person ("wife", "actor").
    pub person_nouns: FxSet<&'static str>,
    /// Nouns around a name that make it a place ("city of X", "X province").
    pub place_nouns: FxSet<&'static str>,
    /// Sports words: specific ones, generic ones.
    pub sport_words: FxSet<&'static str>,
    pub sport_words_generic: FxSet<&'static str>,
}

const COUNTRIES: &str = include_str!("../../data/entities/countries.txt");
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
const GIVEN: &str = include_str!("../../data/entities/given_names.txt");
const SURNAMES: &str = include_str!("../../data/entities/surnames.txt");
const COMMON: &str = include_str!("../../data/entities/common_words.txt");

pub use crate::lexicon::fold_into;

/// The lexicon, built on first use.
pub fn lex() -> &'static Lex {
    static LEX: OnceLock<Lex> = OnceLock::new();
    LEX.get_or_init(build)
}

fn words(s: &str) -> usize {
    // Words as the tokenizer counts them: hyphens and periods glue, spaces split.
    s.split_whitespace().count()
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

fn build() -> Lex {
    let mut gaz: FxMap<String, Gaz> = FxMap::default();
    let put = |gaz: &mut FxMap<String, Gaz>, phrase: &str, g: Gaz| {
        let k = fold_key(phrase);
        if k.is_empty() {
            return;
        }
        let mut g = g;
        g.acronym = phrase.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && phrase.chars().all(|c| !c.is_lowercase());
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
        put(
            &mut gaz,
            name,
            Gaz {
                class: Class::Country,
                canonical: name,
                related: None,
                rule: "gaz_country",
                acronym: false,
            },
        );
        // "The Bahamas" is also "Bahamas".
        if let Some(rest) = name.strip_prefix("The ") {
            put(
                &mut gaz,
                rest,
                Gaz {
                    class: Class::Country,
                    canonical: name,
                    related: None,
                    rule: "gaz_country",
                    acronym: false,
                },
            );
        }
        for a in others.split(',').map(str::trim).filter(|a| !a.is_empty()) {
            put(
                &mut gaz,
                a,
                Gaz {
                    class: Class::Country,
                    canonical: name,
                    related: None,
                    rule: "gaz_country",
                    acronym: false,
                },
            );
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
    for c in entries(CITIES) {
        put(
            &mut gaz,
            c,
            Gaz { class: Class::City, canonical: c, related: None, rule: "gaz_city", acronym: false },
        );
    }
    // "Saint Petersburg" is also "St. Petersburg" and "St Petersburg".
    let saints: Vec<(String, Gaz)> =
        gaz.iter().filter_map(|(k, g)| k.strip_prefix("saint ").map(|rest| (rest.to_string(), *g))).collect();
    for (rest, g) in saints {
        for prefix in ["st. ", "st "] {
            gaz.entry(format!("{prefix}{rest}")).or_insert(g);
        }
    }
    // Plural nouns share the singular's entity: "Americans" → "American".
    let plurals: Vec<(String, &'static str)> = gaz
        .iter()
        .filter(|(k, g)| g.class == Class::Demonym && k.ends_with('s'))
        .filter_map(|(k, _)| {
            let single = gaz.get(&k[..k.len() - 1]).filter(|s| s.class == Class::Demonym)?;
            Some((k.clone(), single.canonical))
        })
        .collect();
    for (k, canonical) in plurals {
        if let Some(g) = gaz.get_mut(&k) {
            g.canonical = canonical;
        }
    }
    let gaz_max = gaz.keys().map(|k| words(k)).max().unwrap_or(1);

    let titles: FxSet<String> = entries(TITLES).map(fold_key).collect();
    let firsts = |keys: &mut dyn Iterator<Item = &String>| {
        let mut m: FxMap<String, usize> = FxMap::default();
        for k in keys {
            let first = k.split(' ').next().unwrap_or("").to_string();
            let n = words(k);
            let e = m.entry(first).or_insert(n);
            *e = (*e).max(n);
        }
        m
    };
    let gaz_first = firsts(&mut gaz.keys());
    let title_first = firsts(&mut titles.iter());
    let title_max = titles.iter().map(|t| words(t)).max().unwrap_or(1);
    Lex {
        gaz,
        gaz_first,
        title_first,
        gaz_max,
        titles,
        title_max,
        given: entries(GIVEN).map(|s| s.to_lowercase()).collect(),
        surnames: entries(SURNAMES).map(|s| s.to_lowercase()).collect(),
        common: entries(COMMON).collect(),
        non_names: entries(NON_NAMES).collect(),
        org_words: entries(ORG_WORDS).collect(),
        loc_words: entries(LOC_WORDS).collect(),
        event_words: entries(EVENT_WORDS).collect(),
        particles: entries(PARTICLES).collect(),
        role_modifiers: entries(ROLE_MODIFIERS).collect(),
        speech: entries(SPEECH).collect(),
        org_nouns: entries(ORG_NOUNS).collect(),
        place_nouns: entries(PLACE_NOUNS).collect(),
        person_nouns: entries(PERSON_NOUNS).collect(),
        sport_words: entries(SPORT_WORDS).collect(),
        sport_words_generic: entries(SPORT_WORDS_GENERIC).collect(),
    }
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
            let g = lex().gaz.get(&fold_key(phrase)).unwrap_or_else(|| panic!("{phrase} missing"));
            assert_eq!((g.class, g.canonical, g.related), (*class, *canonical, *related), "{phrase}");
        }
        assert!(lex().titles.contains("secretary of state"));
        assert!(lex().given.contains("marco"));
    }
}
