//! Native throughput of the full pipeline, output included as the page's wasm binding returns
//! it (`analyzeWire`: the compact wire form): `cargo bench --bench throughput -- [--json] FILE.jsonl …`
//! (run by scripts/bench). Reads the `text` of every line, analyses the corpus repeatedly for at
//! least two seconds, then measures the cost per character on inputs from 1 KB to 10 MB, and the
//! peak resident memory.

use newslens::{Options, analyze};

#[path = "articles.rs"]
mod articles;
use std::time::Instant;

/// What the page's wasm binding (`analyzeWire`) does: analyse, convert offsets to UTF-16, write
/// the wire form.
fn to_json(text: &str, opts: &Options) -> String {
    let mut a = analyze(text, opts).expect("analyze");
    newslens::offsets::convert_analysis(&mut a, text, newslens::offsets::Unit::Utf16);
    newslens::wire::to_wire(&a)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let json = args.iter().any(|a| a == "--json");
    let mut docs = Vec::new();
    // Each document's publication date, as the wasm benchmark passes it.
    let mut dcts: Vec<Options> = Vec::new();
    for f in args.iter().filter(|a| !a.starts_with("--")) {
        let src = std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{f}: {e}"));
        for line in src.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            if let Some(t) = v["text"].as_str() {
                docs.push(t.to_string());
                dcts.push(Options { dct: v["dct"].as_str().map(str::to_string), explain: false });
            }
        }
    }
    assert!(!docs.is_empty(), "usage: throughput FILE.jsonl …");
    let chars: usize = docs.iter().map(|d| d.chars().count()).sum();
    let opts = Options::default();
    // Warm up, then repeat for two seconds.
    for (d, o) in docs.iter().zip(&dcts) {
        std::hint::black_box(to_json(d, o));
    }
    let t0 = Instant::now();
    let mut reps = 0;
    while reps == 0 || t0.elapsed().as_secs_f64() < 2.0 {
        for (d, o) in docs.iter().zip(&dcts) {
            std::hint::black_box(to_json(d, o));
        }
        reps += 1;
    }
    let secs = t0.elapsed().as_secs_f64();
    let rate = (chars * reps) as f64 / secs;

    // Cost per character by input size: articles joined into one text.
    let joined = docs.join("\n\n");
    let mut curve = Vec::new();
    for size in [1_000usize, 10_000, 100_000, 1_000_000, 10_000_000] {
        let mut text = String::with_capacity(size + 4);
        while text.len() < size {
            let need = size - text.len();
            let mut cut = need.min(joined.len());
            while !joined.is_char_boundary(cut) {
                cut -= 1;
            }
            text.push_str(&joined[..cut]);
            if cut == 0 {
                break;
            }
        }
        let n = text.chars().count();
        let t = Instant::now();
        let mut r = 0;
        while r == 0 || t.elapsed().as_secs_f64() < 0.5 {
            std::hint::black_box(to_json(&text, &opts));
            r += 1;
        }
        curve.push((size, (n * r) as f64 / t.elapsed().as_secs_f64()));
    }
    // Story merging: 200 articles of about 5 KB, merged vs analysed one by one.
    let articles = articles::story_articles(&docs);
    let t = Instant::now();
    for a in &articles {
        std::hint::black_box(analyze(a, &opts).expect("analyze"));
    }
    let one_by_one = t.elapsed().as_secs_f64();
    let list: Vec<newslens::story::Article> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| newslens::story::Article { name: format!("a{i}"), text: a, dct: None })
        .collect();
    let t = Instant::now();
    std::hint::black_box(newslens::story::analyze_many(&list, &opts).expect("story"));
    let merged = t.elapsed().as_secs_f64();

    let peak_kb = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.split_whitespace().nth(1).unwrap_or("0").to_string())
        })
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    if json {
        let curve: Vec<_> =
            curve.iter().map(|(s, r)| serde_json::json!({"bytes": s, "chars_per_sec": r})).collect();
        println!(
            "{}",
            serde_json::json!({"chars": chars, "docs": docs.len(), "chars_per_sec": rate, "curve": curve, "peak_rss_kb": peak_kb, "story": {"articles": articles.len(), "one_by_one_s": one_by_one, "merged_s": merged}})
        );
    } else {
        println!(
            "native: {} docs, {} chars, {:.2} M chars/s, peak RSS {} MB",
            docs.len(),
            chars,
            rate / 1e6,
            peak_kb / 1024
        );
        for (s, r) in curve {
            println!("  {:>10} bytes: {:.2} M chars/s", s, r / 1e6);
        }
        println!(
            "story: {} articles of ~5 KB: analysed one by one {:.3} s, analysed and merged {:.3} s ({:.2}x)",
            articles.len(),
            one_by_one,
            merged,
            merged / one_by_one
        );
    }
}
