//! Word lists are data: plain text files under `data/`, one entry a line, `#` starts a comment,
//! compiled in with `include_str!` and parsed once. Lookup keys are normalised (case, curly
//! quotes, dashes); the text itself never is.

/// The entries of a word list: trimmed non-empty lines, comments dropped.
pub fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty())
}

/// The lookup key of a word or phrase: lower case, curly apostrophes and quotes made straight,
/// dashes made '-', runs of white space made one space.
pub fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '’' | '‘' | '`' | '´' => out.push('\''),
            '“' | '”' | '„' => out.push('"'),
            '‐' | '‑' | '‒' | '–' | '—' => out.push('-'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_skip_comments() {
        let src = "# header\nalpha\n\n  beta  # note\n#gamma\n";
        assert_eq!(entries(src).collect::<Vec<_>>(), vec!["alpha", "beta"]);
    }

    #[test]
    fn keys_fold() {
        assert_eq!(fold_key("Kyiv’s  Forces"), "kyiv's forces");
        assert_eq!(fold_key("US–Ukraine"), "us-ukraine");
    }
}
