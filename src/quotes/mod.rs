//! Stage 5: direct, partial and reported speech, attributed to speakers.

use crate::document::Doc;
use crate::model::{Entity, Mention, Quote};

/// Finds the quotes of the article, in text order.
pub fn extract(_doc: &Doc, _mentions: &[Mention], _entities: &[Entity]) -> Vec<Quote> {
    Vec::new()
}
