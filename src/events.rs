//! Stage 6: dated statements become events, sorted into a timeline.

use crate::document::Doc;
use crate::model::{Event, Mention, Timex};

/// Builds the timeline from the dated sentences.
pub fn build(_doc: &Doc, _timexes: &[Timex], _mentions: &[Mention]) -> Vec<Event> {
    Vec::new()
}
