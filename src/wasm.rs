//! The wasm binding: parse the options, call [`crate::analyze`], convert offsets to UTF-16 and
//! return JSON. Logic-free; an error becomes a JS exception with a clear message.

use crate::offsets::{Unit, convert_analysis};
use wasm_bindgen::prelude::*;

/// Analyses `text` and returns the analysis as a JSON string, spans in UTF-16 code units.
/// `dct` is the publication date (`YYYY-MM-DD`) or undefined; `explain` keeps rule ids.
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(text: &str, dct: Option<String>, explain: bool) -> Result<String, JsError> {
    let options = crate::Options { dct, explain };
    let mut analysis = crate::analyze(text, &options).map_err(|e| JsError::new(&e.to_string()))?;
    convert_analysis(&mut analysis, text, Unit::Utf16);
    serde_json::to_string(&analysis)
        .map_err(|e| JsError::new(&format!("newslens: could not encode the result: {e}")))
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

/// Analyses several articles and merges them into one story (see `story.rs`). `articles_json` is
/// a JSON array of `{"name", "text", "dct"}`; spans are UTF-16 units of each article's own text.
#[wasm_bindgen(js_name = analyzeStoryJson)]
pub fn analyze_story_json(articles_json: &str, explain: bool) -> Result<String, JsError> {
    #[derive(serde::Deserialize)]
    struct In {
        #[serde(default)]
        name: Option<String>,
        text: String,
        #[serde(default)]
        dct: Option<String>,
    }
    let inputs: Vec<In> = serde_json::from_str(articles_json).map_err(|e| {
        JsError::new(&format!("newslens: the articles must be a JSON array of {{name, text, dct}}: {e}"))
    })?;
    let articles: Vec<crate::story::Article> = inputs
        .iter()
        .enumerate()
        .map(|(i, a)| crate::story::Article {
            name: a.name.clone().unwrap_or_else(|| format!("Article {}", i + 1)),
            text: &a.text,
            dct: a.dct.clone().filter(|d| !d.trim().is_empty()),
        })
        .collect();
    let options = crate::Options { dct: None, explain };
    let story = crate::story::analyze_many(&articles, &options).map_err(|e| JsError::new(&e.to_string()))?;
    let story = crate::story::convert_offsets(story, |i| inputs[i].text.as_str(), Unit::Utf16);
    serde_json::to_string(&story)
        .map_err(|e| JsError::new(&format!("newslens: could not encode the result: {e}")))
}
