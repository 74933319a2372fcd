//! The wasm binding: parse the options, call [`crate::analyze`], convert offsets to UTF-16 and
//! return JSON. Logic-free; an error becomes a JS exception with a clear message.

use crate::offsets::{Unit, convert_analysis};
use wasm_bindgen::prelude::*;

/// Analyses `text` and returns the analysis as a JSON string, spans in UTF-16 code units.
/// `dct` is the publication date (`YYYY-MM-DD`) or undefined; `explain` keeps rule ids.
#[cfg(feature = "story")]
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(text: &str, dct: Option<String>, explain: bool) -> Result<String, JsError> {
    let options = crate::Options { dct, explain };
    let mut analysis = crate::analyze(text, &options).map_err(|e| JsError::new(&e.to_string()))?;
    convert_analysis(&mut analysis, text, Unit::Utf16);
    serde_json::to_string(&analysis)
        .map_err(|e| JsError::new(&format!("newslens: could not encode the result: {e}")))
}

/// Like `analyzeJson`, in the compact wire form of `crate::wire` that `www/newslens.js` expands
/// (a fifth of the bytes to parse).
#[wasm_bindgen(js_name = analyzeWire)]
pub fn analyze_wire(text: &str, dct: Option<String>, explain: bool) -> Result<String, JsError> {
    let options = crate::Options { dct, explain };
    let mut analysis = crate::analyze(text, &options).map_err(|e| JsError::new(&e.to_string()))?;
    convert_analysis(&mut analysis, text, Unit::Utf16);
    Ok(crate::wire::to_wire(&analysis))
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The largest input accepted, in bytes of UTF-8.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> usize {
    crate::MAX_INPUT_BYTES
}

/// Analyses several articles and merges them into one story (see `story.rs`). The three arrays
/// are parallel: each article's name, text and publication date (`""` when unknown). Spans are
/// UTF-16 units of each article's own text.
#[cfg(feature = "story")]
#[wasm_bindgen(js_name = analyzeStoryJson)]
pub fn analyze_story_json(
    names: Vec<String>,
    texts: Vec<String>,
    dcts: Vec<String>,
    explain: bool,
) -> Result<String, JsError> {
    if names.len() != texts.len() || dcts.len() != texts.len() {
        return Err(JsError::new("newslens: names, texts and dates must be arrays of the same length"));
    }
    let articles: Vec<crate::story::Article> = texts
        .iter()
        .zip(&names)
        .zip(&dcts)
        .map(|((text, name), dct)| crate::story::Article {
            name: name.clone(),
            text,
            dct: Some(dct.trim().to_string()).filter(|d| !d.is_empty()),
        })
        .collect();
    let options = crate::Options { dct: None, explain };
    let story = crate::story::analyze_many(&articles, &options).map_err(|e| JsError::new(&e.to_string()))?;
    let story = crate::story::convert_offsets(story, |i| texts[i].as_str(), Unit::Utf16);
    serde_json::to_string(&story)
        .map_err(|e| JsError::new(&format!("newslens: could not encode the result: {e}")))
}
