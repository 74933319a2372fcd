//! The native CLI: analyse text files or JSON Lines to JSON.
//!
//! ```text
//! newslens [--format json|eval] [--dct YYYY-MM-DD] [--explain] [--jsonl] [--jobs N] [FILE ...]
//! newslens --story [--dct YYYY-MM-DD] FILE [FILE ...]
//! ```
//! `--story` reads each text file as one article (a single file is split at `---` lines and at
//! new datelines) and writes one merged story: entities across articles, one timeline with the
//! sources of each event, quotes by speaker, and what each article alone reports.
//! A `.jsonl` file (or `--jsonl`, or standard input whose first character is `{`) is read as JSON
//! Lines of `{"id", "text", "dct"}` and answered line by line, in order, one output line per input
//! line. Any other file is one article. `-` or no file reads standard input.

use newslens::{Options, analyze, offsets};
use serde_json::{Value, json};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str =
    "usage: newslens [--format json|eval] [--dct YYYY-MM-DD] [--explain] [--jsonl] [--jobs N] [FILE ...]
       newslens --story [--dct YYYY-MM-DD] FILE [FILE ...]
  Analyses news articles: entities, quotes and a dated timeline.
  FILE is a text file (one article) or a .jsonl file of {\"id\",\"text\",\"dct\"} lines; '-' or
  nothing reads standard input. --format eval writes the evaluation format (code-point offsets);
  json (the default) writes the full analysis with code-point offsets. JSON Lines are analysed
  on --jobs threads (default: every core) in bounded memory, output in input order. --story merges several
  articles into one story (entities, timeline with sources, quotes by speaker, differences).";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Eval,
}

struct Args {
    format: Format,
    dct: Option<String>,
    explain: bool,
    jsonl: bool,
    story: bool,
    /// Threads for JSON Lines (default: every core).
    jobs: usize,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        format: Format::Json,
        dct: None,
        explain: false,
        jsonl: false,
        story: false,
        jobs: 0,
        files: vec![],
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-h" | "--help" => return Err(String::new()),
            "--format" => {
                a.format = match it.next().as_deref() {
                    Some("json") => Format::Json,
                    Some("eval") => Format::Eval,
                    other => return Err(format!("--format takes json or eval, not {other:?}")),
                }
            }
            "--dct" => a.dct = Some(it.next().ok_or("--dct takes a date YYYY-MM-DD")?),
            "--explain" => a.explain = true,
            "--jsonl" => a.jsonl = true,
            "--story" => a.story = true,
            "--jobs" | "-j" => {
                a.jobs = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or("--jobs takes a number of threads")?
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => a.files.push(arg),
        }
    }
    if a.files.is_empty() {
        a.files.push("-".into());
    }
    if a.jobs == 0 {
        a.jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    }
    Ok(a)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("newslens: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(if e.is_empty() { 0 } else { 2 });
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.story {
        return match run_story(&args, &mut out) {
            Ok(()) if out.flush().is_ok() => ExitCode::SUCCESS,
            Ok(()) => ExitCode::from(1),
            Err(e) => {
                eprintln!("newslens: {e}");
                ExitCode::from(1)
            }
        };
    }
    let mut failed = false;
    for file in &args.files {
        if let Err(e) = run_file(file, &args, &mut out) {
            eprintln!("newslens: {file}: {e}");
            failed = true;
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// Several articles merged into one story; spans in code points of each article's own text (or
/// of the one pasted file when a single file holds several articles).
fn run_story(args: &Args, out: &mut impl Write) -> Result<(), String> {
    let mut texts = Vec::new();
    for f in &args.files {
        let mut text = String::new();
        open(f).and_then(|mut r| r.read_to_string(&mut text)).map_err(|e| format!("{f}: {e}"))?;
        texts.push((f.clone(), text));
    }
    let options = Options { dct: args.dct.clone(), explain: args.explain };
    let (story, whole) = if texts.len() == 1 {
        (newslens::story::analyze_paste(&texts[0].1, &options).map_err(|e| e.to_string())?, Some(&texts[0].1))
    } else {
        let articles: Vec<newslens::story::Article> = texts
            .iter()
            .map(|(name, text)| newslens::story::Article { name: name.clone(), text, dct: args.dct.clone() })
            .collect();
        (newslens::story::analyze_many(&articles, &options).map_err(|e| e.to_string())?, None)
    };
    let story = newslens::story::convert_offsets(
        story,
        |article| match whole {
            Some(t) => t.as_str(),
            None => texts[article].1.as_str(),
        },
        offsets::Unit::CodePoints,
    );
    serde_json::to_writer(&mut *out, &story).map_err(|e| e.to_string())?;
    writeln!(out).map_err(|e| e.to_string())
}

fn open(file: &str) -> io::Result<Box<dyn BufRead>> {
    Ok(if file == "-" {
        Box::new(io::BufReader::new(io::stdin()))
    } else {
        Box::new(io::BufReader::new(std::fs::File::open(file)?))
    })
}

fn run_file(file: &str, args: &Args, out: &mut impl Write) -> io::Result<()> {
    let mut reader = open(file)?;
    let jsonl =
        args.jsonl || file.ends_with(".jsonl") || (file == "-" && reader.fill_buf()?.first() == Some(&b'{'));
    if !jsonl {
        let mut text = String::new();
        reader.read_to_string(&mut text)?;
        let line = analyse_one(&json!(file), &text, args.dct.clone(), args);
        return writeln!(out, "{line}");
    }
    // Bounded memory: lines are read in batches (at most BATCH_LINES lines or BATCH_BYTES
    // bytes), each batch analysed on every core, then written in input order.
    let mut failed = 0usize;
    let mut batch: Vec<(usize, String)> = Vec::new();
    let mut bytes = 0usize;
    let mut lines = reader.lines().enumerate();
    loop {
        let next = lines.next();
        let done = next.is_none();
        if let Some((n, line)) = next {
            let line = line?;
            if !line.trim().is_empty() {
                bytes += line.len();
                batch.push((n, line));
            }
        }
        if batch.len() >= BATCH_LINES || bytes >= BATCH_BYTES || (done && !batch.is_empty()) {
            let records = analyse_batch(&batch, args);
            for (record, bad) in records {
                failed += usize::from(bad);
                writeln!(out, "{record}")?;
            }
            batch.clear();
            bytes = 0;
        }
        if done {
            break;
        }
    }
    if failed > 0 {
        return Err(io::Error::other(format!(
            "{failed} line(s) could not be analysed (see their \"error\")"
        )));
    }
    Ok(())
}

const BATCH_LINES: usize = 512;
const BATCH_BYTES: usize = 64 << 20;

/// Analyses a batch of JSON lines on `args.jobs` threads; returns (record, failed) in order.
fn analyse_batch(batch: &[(usize, String)], args: &Args) -> Vec<(Value, bool)> {
    let jobs = args.jobs.clamp(1, batch.len().max(1));
    let chunk = batch.len().div_ceil(jobs);
    std::thread::scope(|scope| {
        let handles: Vec<_> = batch
            .chunks(chunk.max(1))
            .map(|part| {
                scope.spawn(move || {
                    part.iter().map(|(n, line)| analyse_line(*n, line, args)).collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join().unwrap_or_else(|_| vec![(json!({"id": null, "error": "internal error"}), true)])
            })
            .collect()
    })
}

fn analyse_line(n: usize, line: &str, args: &Args) -> (Value, bool) {
    match serde_json::from_str::<Value>(line) {
        Ok(v) if v.get("text").is_some_and(Value::is_string) => {
            let text = v["text"].as_str().unwrap_or_default();
            let dct = args.dct.clone().or_else(|| v.get("dct").and_then(Value::as_str).map(String::from));
            let record = analyse_one(v.get("id").unwrap_or(&Value::Null), text, dct, args);
            let bad = record.get("error").is_some();
            (record, bad)
        }
        Ok(v) => (json!({"id": v.get("id"), "error": "the line has no \"text\" string"}), true),
        Err(e) => (json!({"id": null, "error": format!("line {}: bad JSON: {e}", n + 1)}), true),
    }
}

/// One output line: the analysis or an error record (the input is never silently dropped).
fn analyse_one(id: &Value, text: &str, dct: Option<String>, args: &Args) -> Value {
    let options = Options { dct, explain: args.explain };
    match analyze(text, &options) {
        Ok(mut a) => match args.format {
            Format::Eval => newslens::eval::record(id, text, &a),
            Format::Json => {
                offsets::convert_analysis(&mut a, text, offsets::Unit::CodePoints);
                let mut v = serde_json::to_value(&a).unwrap_or(Value::Null);
                if let Value::Object(m) = &mut v {
                    m.insert("id".into(), id.clone());
                }
                v
            }
        },
        Err(e) => json!({"id": id, "error": e.to_string()}),
    }
}
