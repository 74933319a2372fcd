//! Times each stage on one input: `cargo run --profile eval --example stages -- FILE` (or a
//! generated text: `-- --repeat "unit text" N`). For finding a slow stage.
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = if args.first().map(String::as_str) == Some("--repeat") {
        args[1].repeat(args[2].parse().expect("N"))
    } else {
        std::fs::read_to_string(&args[0]).expect("file")
    };
    let t = Instant::now();
    let layout = newslens::document::read(&text);
    let excluded: Vec<_> = layout.boilerplate.iter().map(|b| b.span).collect();
    let dateline = newslens::temporal::dateline::find(&text, &layout.lines, &excluded);
    eprintln!("document  {:?}", t.elapsed());
    let t = Instant::now();
    let seg = newslens::segment::segment(&text, &excluded);
    eprintln!("segment   {:?} ({} tokens, {} sentences)", t.elapsed(), seg.tokens.len(), seg.sentences.len());
    let doc = newslens::document::Doc {
        text: &text,
        lines: layout.lines,
        title: layout.title,
        boilerplate: layout.boilerplate,
        excluded,
        dateline,
        dct: dateline.map(|d| d.date).or(newslens::temporal::date::Date::new(2025, 11, 24)),
        seg,
    };
    // Word lists are parsed on first use: warm them up so the stage times are per call.
    let warm =
        newslens::analyze("Rubio said on Sunday in Geneva that “talks went well”.", &Default::default());
    std::hint::black_box(warm.ok());
    let t = Instant::now();
    let (mentions, entities) = newslens::entities::extract(&doc);
    eprintln!("entities  {:?} ({} mentions)", t.elapsed(), mentions.len());
    let t = Instant::now();
    let timexes = newslens::temporal::extract(&doc);
    eprintln!("temporal  {:?} ({} timexes)", t.elapsed(), timexes.len());
    let t = Instant::now();
    let quotes = newslens::quotes::extract(&doc, &mentions, &entities);
    eprintln!("quotes    {:?} ({} quotes)", t.elapsed(), quotes.len());
    let t = Instant::now();
    let events = newslens::events::build(&doc, &timexes, &mentions);
    eprintln!("events    {:?} ({} events)", t.elapsed(), events.len());
}
