//! # newslens
//!
//! A news-article analyzer: paste an article, get the people, organizations, places and groups
//! it names (merged, typed, with roles), the quotes with their speakers, and a dated timeline of
//! its events, with relative dates resolved against the article's own publication date.
//!
//! The crate is a pure core: [`analyze`] takes text and [`Options`] and returns an [`Analysis`]
//! (see [`model`] for the schema). The wasm binding (`wasm.rs`) and the CLI (`src/bin`) are thin
//! shells around it.
//!
//! ```
//! let a = newslens::analyze(
//!     "Published On 23 Nov 2025\nRubio said on Sunday the sides had made progress.",
//!     &newslens::Options::default(),
//! ).unwrap();
//! assert_eq!(a.document.dct.as_deref(), Some("2025-11-23"));
//! ```

pub mod document;
pub mod entities;
pub mod eval;
pub mod events;
pub mod lexicon;
pub mod model;
pub mod offsets;
pub mod quotes;
pub mod segment;
pub mod sort;
pub mod story;
pub mod temporal;
#[cfg(target_arch = "wasm32")]
mod wasm;
pub mod wire;

pub use model::*;
use temporal::date::Date;

/// The largest input `analyze` accepts, in bytes (16 MiB). Larger input gets
/// [`Error::TooLarge`]; split it into articles.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// What the caller can set.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The publication date, `YYYY-MM-DD`. When set it wins over the date found in the text.
    pub dct: Option<String>,
    /// Keep the id of the rule that produced each result (`rule` fields); off by default.
    pub explain: bool,
}

/// Why `analyze` refused an input. Nothing else makes it fail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// The text is larger than [`MAX_INPUT_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// The publication date option is not a valid `YYYY-MM-DD` date.
    BadDate(String),
    /// One article of several (see [`story`]) was refused: its name and why.
    InArticle { name: String, error: Box<Error> },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::TooLarge { bytes, limit } => {
                // Integer arithmetic: float formatting would cost kilobytes of wasm.
                let hundredths = bytes.saturating_mul(100) / 1_048_576;
                write!(
                    f,
                    "the text is too large to analyse: {}.{:02} MB ({bytes} bytes), the limit is {} MB; split it into articles",
                    hundredths / 100,
                    hundredths % 100,
                    limit / 1_048_576
                )
            }
            Error::BadDate(s) => {
                write!(f, "the publication date {s:?} is not a valid date (expected YYYY-MM-DD)")
            }
            Error::InArticle { name, error } => write!(f, "{name}: {error}"),
        }
    }
}

impl std::error::Error for Error {}

/// Analyses one article. Spans in the result are byte offsets into `text` (see [`offsets`] to
/// convert them).
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::TooLarge { bytes: text.len(), limit: MAX_INPUT_BYTES });
    }
    let given_dct = match options.dct.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => Some(Date::parse_iso(s).ok_or_else(|| Error::BadDate(s.to_string()))?),
        None => None,
    };

    // 1. document: lines, headline, page debris, dateline → publication date.
    let layout = document::read(text);
    let excluded: Vec<Span> = layout.boilerplate.iter().map(|b| b.span).collect();
    let dateline = temporal::dateline::find(text, &layout.lines, &excluded);
    let dct = given_dct.or(dateline.map(|d| d.date));
    // 2. segment: sentences and tokens, debris skipped.
    let seg = segment::segment(text, &excluded);
    let doc = document::Doc {
        text,
        lines: layout.lines,
        title: layout.title,
        boilerplate: layout.boilerplate,
        excluded,
        dateline,
        dct,
        seg,
    };
    // 3. entities: mentions, typed and merged, with roles.
    let (mentions, entities) = entities::extract(&doc);
    // 4. time expressions: extracted, then resolved against the publication date.
    let timexes = temporal::extract(&doc);
    // 5. quotes: direct, partial and reported, attributed to speakers.
    let quotes = quotes::extract(&doc, &mentions, &entities);
    // 6. events: dated statements, sorted into a timeline.
    let events = events::build(&doc, &timexes, &mentions);

    let mut analysis = Analysis {
        document: Document {
            title: doc.title,
            dct: dct.map(|d| d.to_string()),
            dct_source: match (given_dct, dateline) {
                (Some(_), _) => "option",
                (None, Some(_)) => "text",
                (None, None) => "none",
            },
            dateline: dateline.map(|d| d.line),
            detected_dct: dateline.map(|d| d.date.to_string()),
            boilerplate: doc.boilerplate.clone(),
        },
        sentences: doc.seg.sentences.iter().map(|s| s.span).collect(),
        mentions,
        entities,
        quotes,
        timexes,
        events,
    };
    if !options.explain {
        strip_rules(&mut analysis);
    }
    Ok(analysis)
}

fn strip_rules(a: &mut Analysis) {
    a.mentions.iter_mut().for_each(|x| x.rule = "");
    a.entities.iter_mut().for_each(|x| x.rule = "");
    a.quotes.iter_mut().for_each(|x| x.rule = "");
    a.timexes.iter_mut().for_each(|x| x.rule = "");
    a.events.iter_mut().for_each(|x| x.rule = "");
}
