//! The output schema: every type `analyze` returns, documented in one place.
//!
//! # Offsets
//! Inside the crate every [`Span`] is a pair of **byte** offsets into the original, unmodified
//! text (end exclusive), always on `char` boundaries. They are converted once, at the boundary:
//! the wasm binding converts them to UTF-16 code units (what JavaScript's `String.prototype.slice`
//! takes), the evaluation format to Unicode code points (what Python's `str` indexes). See
//! [`crate::offsets`].
//!
//! # Ids
//! Ids are stable within one result and link the parts together: a mention is `m3`, an entity
//! `e1`, a quote `q2`, a time expression `t4`, an event `v1`. Entities are numbered by salience
//! (`e1` is the most important), everything else in text order.

use serde::Serialize;

/// An id: a letter for its kind and a number, written `m12` (see "Ids" above). A number inside,
/// so that making, copying and comparing ids costs nothing; the letter is added when written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id<const P: char>(pub u32);

impl<const P: char> std::fmt::Display for Id<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{P}{}", self.0)
    }
}

impl<const P: char> Serialize for Id<P> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// `m1`, `m2`, … in text order.
pub type MentionId = Id<'m'>;
/// `e1` is the most salient entity.
pub type EntityId = Id<'e'>;
/// `q1`, … in text order.
pub type QuoteId = Id<'q'>;
/// `t1`, … in text order.
pub type TimexId = Id<'t'>;
/// `v1`, … in timeline order.
pub type EventId = Id<'v'>;

/// A half-open range `[start, end)` of the original text. Byte offsets inside the crate; UTF-16
/// code units in the JavaScript API; code points in the evaluation format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The spanned text; empty if the span does not fit `text` (never panics).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Everything `analyze` found in one article.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Analysis {
    /// The article as a whole: title, publication date, debris left by copy-paste.
    pub document: Document,
    /// Sentences in text order (boilerplate excluded).
    pub sentences: Vec<Span>,
    /// Every named mention in text order.
    pub mentions: Vec<Mention>,
    /// Mentions merged into entities, most salient first.
    pub entities: Vec<Entity>,
    /// Direct, partial and reported speech, in text order.
    pub quotes: Vec<Quote>,
    /// Time expressions with TIMEX3 values, in text order.
    pub timexes: Vec<Timex>,
    /// Dated events sorted by date (then text order); undated future items have `date` `FUTURE_REF`
    /// and come last.
    pub events: Vec<Event>,
}

/// Facts about the article as a whole.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Document {
    /// The headline, when the paste starts with one.
    pub title: Option<Span>,
    /// The publication date used to resolve relative dates, `YYYY-MM-DD`.
    pub dct: Option<String>,
    /// Where `dct` came from: `"text"` (a dateline in the article), `"option"` (given by the
    /// caller, which wins over the text) or `"none"`.
    pub dct_source: &'static str,
    /// The dateline or byline the date was read from, when it came from the text.
    pub dateline: Option<Span>,
    /// The date the text itself states, even when the caller's date overrides it.
    pub detected_dct: Option<String>,
    /// Lines left by copy-paste and excluded from analysis.
    pub boilerplate: Vec<Boilerplate>,
}

/// A line of page debris, excluded from analysis.
#[derive(Clone, Debug, Serialize)]
pub struct Boilerplate {
    pub span: Span,
    /// `stray`, `duplicate_title`, `recommended_header`, `list_marker`, `recommended_item`,
    /// `read_more`, `similar_posts`, `share`, `advert`, ...
    pub label: &'static str,
}

/// The four kinds of named thing, with the evaluation format's labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityType {
    /// People.
    #[serde(rename = "PER")]
    Person,
    /// Organizations, including governments used as actors ("the Kremlin", "the White House").
    #[serde(rename = "ORG")]
    Organization,
    /// Places: countries, cities, regions.
    #[serde(rename = "LOC")]
    Place,
    /// Groups: nationalities and demonyms ("American", "Ukrainians"); other names.
    #[serde(rename = "MISC")]
    Group,
}

impl EntityType {
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Person => "PER",
            EntityType::Organization => "ORG",
            EntityType::Place => "LOC",
            EntityType::Group => "MISC",
        }
    }
}

/// One occurrence of a name in the text.
#[derive(Clone, Debug, Serialize)]
pub struct Mention {
    pub id: MentionId,
    pub span: Span,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The entity this mention belongs to.
    pub entity: EntityId,
    /// The rule that found or typed it.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub rule: &'static str,
}

/// A person, organization, place or group, with all its mentions merged.
#[derive(Clone, Debug, Serialize)]
pub struct Entity {
    pub id: EntityId,
    /// The longest proper form of the name.
    pub canonical: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Titles and roles, as written ("United States Secretary of State").
    pub roles: Vec<String>,
    /// The spans of the role phrases in the text.
    pub role_spans: Vec<Span>,
    /// Every distinct surface form.
    pub aliases: Vec<String>,
    /// How many mentions the entity has.
    pub count: usize,
    /// The ids of its mentions, in text order.
    pub mentions: Vec<MentionId>,
    /// A related entity: the country of a demonym ("Ukrainian" → Ukraine), the country a capital
    /// stands for ("Kyiv" → Ukraine).
    pub related: Option<EntityId>,
    /// Salience score used for ordering (higher is more important), rounded to hundredths.
    pub salience: f32,
    /// The rule that typed it.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub rule: &'static str,
}

/// Direct, partial or reported speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The whole content is in quotation marks.
    Direct,
    /// Reported speech that quotes some words in marks.
    Partial,
    /// Reported speech with no quotation marks.
    Indirect,
}

/// Something somebody said, with who said it.
#[derive(Clone, Debug, Serialize)]
pub struct Quote {
    pub id: QuoteId,
    /// The reported content: inside the marks for a direct quote, the clause after the cue for
    /// reported speech.
    pub span: Span,
    pub text: String,
    pub kind: QuoteKind,
    /// The speech verb or phrase ("said", "told reporters", "according to").
    pub cue: Option<Span>,
    pub cue_text: Option<String>,
    /// The speaker's canonical name, or the speaker phrase ("officials") when it is no entity.
    pub speaker: Option<String>,
    /// The mention in the text that is the grammatical source (may be a pronoun).
    pub speaker_span: Option<Span>,
    /// The entity the speaker resolves to.
    pub speaker_entity: Option<EntityId>,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub rule: &'static str,
}

/// TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum TimexType {
    #[serde(rename = "DATE")]
    Date,
    #[serde(rename = "TIME")]
    Time,
    #[serde(rename = "DURATION")]
    Duration,
    #[serde(rename = "SET")]
    Set,
}

impl TimexType {
    pub fn label(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A time expression normalised to a TIMEX3 value.
#[derive(Clone, Debug, Serialize)]
pub struct Timex {
    pub id: TimexId,
    /// The extent, TempEval-3 style: a leading preposition excluded ("on Sunday" → "Sunday").
    pub span: Span,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// `2025-11-23`, `2025-11`, `2025-W48`, `2025-11-24TMO`, `P3D`, `PAST_REF`, `FUTURE_REF`, ...
    pub value: String,
    /// True for the dateline that gives the publication date.
    pub creation_time: bool,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub rule: &'static str,
}

/// A dated statement of the article.
#[derive(Clone, Debug, Serialize)]
pub struct Event {
    pub id: EventId,
    /// The normalised date (a TIMEX3 date value: `2025-11-23`, `2025-11`, `2022`, `FUTURE_REF`).
    pub date: String,
    /// The time expression that dates it.
    pub timex: Option<TimexId>,
    /// The evidence: the sentence (or clause) that states the event.
    pub span: Span,
    /// A short readable summary of the clause.
    pub summary: String,
    /// Entity ids of the participants.
    pub participants: Vec<EntityId>,
    /// Entity ids of the places.
    pub places: Vec<EntityId>,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub rule: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_written_letter_and_number() {
        let cases: [(String, &str); 4] = [
            (MentionId::default().to_string(), "m0"),
            (Id::<'e'>(10).to_string(), "e10"),
            (QuoteId::from(Id(4474)).to_string(), "q4474"),
            (Id::<'v'>(u32::MAX).to_string(), "v4294967295"),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
        assert_eq!(serde_json::to_string(&vec![Id::<'t'>(3), Id(12)]).unwrap(), r#"["t3","t12"]"#);
    }
}
