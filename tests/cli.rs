//! The native CLI end to end: JSON Lines in order (several threads), error lines kept aligned,
//! the evaluation format's code-point offsets, a text file, and --story.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (i32, Vec<Value>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newslens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run newslens");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let lines =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (out.status.code().unwrap_or(-1), lines, String::from_utf8(out.stderr).unwrap())
}

#[test]
fn jsonl_in_order_on_several_threads_with_errors_aligned() {
    let mut input = String::new();
    for i in 0..40 {
        input.push_str(&format!("{{\"id\": {i}, \"text\": \"Rubio said on Sunday that talks in Geneva went well.\", \"dct\": \"2025-11-24\"}}\n"));
    }
    input.push_str("not json\n{\"id\": \"no-text\"}\n");
    let (code, lines, err) = run(&["--jobs", "3", "--format", "eval", "--jsonl"], &input);
    assert_eq!(code, 1, "failed lines make the exit status 1");
    assert!(err.contains("2 line(s) could not be analysed"), "{err}");
    assert_eq!(lines.len(), 42);
    for (i, l) in lines.iter().take(40).enumerate() {
        assert_eq!(l["id"], i, "output order");
        assert_eq!(l["timexes"][0]["value"], "2025-11-23");
        assert_eq!(l["entities"][0]["text"], "Rubio");
    }
    assert!(lines[40]["error"].as_str().unwrap().contains("bad JSON"));
    assert_eq!(lines[41]["id"], "no-text");
}

#[test]
fn eval_offsets_are_code_points() {
    let input = "{\"id\": \"x\", \"text\": \"😀 “Yes,” Rubio said.\", \"dct\": \"2025-11-24\"}\n";
    let (code, lines, _) = run(&["--format", "eval", "--jsonl"], input);
    assert_eq!(code, 0);
    let e = &lines[0]["entities"][0];
    assert_eq!((e["start"].as_u64(), e["end"].as_u64()), (Some(9), Some(14)));
}

#[test]
fn text_file_and_story() {
    let dir = std::env::temp_dir().join(format!("newslens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(&a, "Published On 23 Nov 2025\nMarco Rubio said on Sunday the talks went well.").unwrap();
    std::fs::write(&b, "Published On 24 Nov 2025\nRubio said on Monday more work was needed.").unwrap();
    let (code, lines, _) = run(&[a.to_str().unwrap()], "");
    assert_eq!(code, 0);
    assert_eq!(lines[0]["document"]["dct"], "2025-11-23");
    let (code, lines, _) = run(&["--story", a.to_str().unwrap(), b.to_str().unwrap()], "");
    assert_eq!(code, 0);
    let rubio: Vec<&Value> =
        lines[0]["entities"].as_array().unwrap().iter().filter(|e| e["canonical"] == "Marco Rubio").collect();
    assert_eq!(rubio.len(), 1);
    assert_eq!(rubio[0]["counts"], serde_json::json!([1, 1]));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_options_are_clear() {
    let (code, _, err) = run(&["--format", "xml"], "");
    assert_eq!(code, 2);
    assert!(err.contains("--format takes json or eval"));
    let (code, lines, _) = run(&["--dct", "2025-13-01", "--jsonl"], "{\"id\":1,\"text\":\"x\"}\n");
    assert_eq!(code, 1);
    assert!(lines[0]["error"].as_str().unwrap().contains("YYYY-MM-DD"));
}
