//! One pass of what the wasm binding does (analyse, UTF-16 offsets, JSON) over the `text` of every
//! line of the given JSON Lines files, for instruction-level profiling:
//! `valgrind --tool=callgrind target/eval/examples/profile FILE.jsonl …`. With `--story` first:
//! 200 articles of about 5 KB from those texts analysed and merged into one story instead.
use newslens::{Options, analyze};

#[path = "../benches/articles.rs"]
mod articles;

fn main() {
    let mut docs = Vec::new();
    let story = std::env::args().nth(1).as_deref() == Some("--story");
    for f in std::env::args().skip(1).filter(|a| a != "--story") {
        let src = std::fs::read_to_string(&f).expect("file");
        for line in src.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            if let Some(t) = v["text"].as_str() {
                docs.push(t.to_string());
            }
        }
    }
    let opts = Options::default();
    std::hint::black_box(analyze("Rubio said on Sunday in Geneva that “talks went well”.", &opts).ok());
    if story {
        let articles = articles::story_articles(&docs);
        let list: Vec<newslens::story::Article> = articles
            .iter()
            .enumerate()
            .map(|(i, a)| newslens::story::Article { name: format!("a{i}"), text: a, dct: None })
            .collect();
        let s = newslens::story::analyze_many(&list, &opts).expect("story");
        eprintln!("{} articles merged into {} timeline entries", list.len(), s.timeline.len());
        return;
    }
    let mut bytes = 0;
    for d in &docs {
        let mut a = analyze(d, &opts).expect("analyze");
        newslens::offsets::convert_analysis(&mut a, d, newslens::offsets::Unit::Utf16);
        bytes += newslens::wire::to_wire(&a).len();
    }
    eprintln!("{} docs, {} bytes of wire JSON", docs.len(), bytes);
}
