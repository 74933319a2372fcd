//! Stage 4: time expressions. Extract first with underspecified values, then resolve them in one
//! pass against the publication date, tense and cue words.

pub mod date;
pub mod dateline;

use crate::document::Doc;
use crate::model::Timex;

/// Finds and normalises the time expressions of the article, in text order.
pub fn extract(_doc: &Doc) -> Vec<Timex> {
    Vec::new()
}
