//! One pass of what the wasm binding does (analyse, UTF-16 offsets, JSON) over the `text` of every
//! line of the given JSON Lines files, for instruction-level profiling:
//! `valgrind --tool=callgrind target/eval/examples/profile FILE.jsonl …`.
use newslens::{Options, analyze};

fn main() {
    let mut docs = Vec::new();
    for f in std::env::args().skip(1) {
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
    let mut bytes = 0;
    for d in &docs {
        let mut a = analyze(d, &opts).expect("analyze");
        newslens::offsets::convert_analysis(&mut a, d, newslens::offsets::Unit::Utf16);
        bytes += newslens::wire::to_wire(&a).len();
    }
    eprintln!("{} docs, {} bytes of wire JSON", docs.len(), bytes);
}
