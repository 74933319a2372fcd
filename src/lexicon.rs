//! Word lists are data: plain text files under `data/`, one entry a line, `#` starts a comment,
//! compiled in with `include_str!` and parsed once. Lookup keys are normalised (case, curly
//! quotes, dashes); the text itself never is.

/// The entries of a word list: trimmed non-empty lines, comments dropped.
pub fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    // Byte scans (lists have tens of thousands of short lines, parsed at start-up): the same as
    // `lines()`, then everything before a '#', trimmed.
    Lines(src).map(entry).filter(|l| !l.is_empty())
}

/// `split('\n')` by a byte scan.
struct Lines(&'static str);

impl Iterator for Lines {
    type Item = &'static str;
    fn next(&mut self) -> Option<&'static str> {
        if self.0.is_empty() {
            return None;
        }
        let b = self.0.as_bytes();
        let mut i = 0;
        while i < b.len() && b.get(i) != Some(&b'\n') {
            i += 1;
        }
        let (line, rest) = (self.0.get(..i).unwrap_or(""), self.0.get(i + 1..).unwrap_or(""));
        self.0 = rest;
        Some(line)
    }
}

fn entry(line: &str) -> &str {
    let cut = match line.bytes().position(|b| b == b'#') {
        Some(i) => line.get(..i).unwrap_or(""),
        None => line,
    };
    // Most lines need no trimming: ASCII letters at both ends.
    let b = cut.as_bytes();
    let plain = |c: Option<&u8>| c.is_some_and(|c| c.is_ascii_graphic());
    if plain(b.first()) && plain(b.last()) { cut } else { cut.trim() }
}

/// The lookup key of a word or phrase: lower case, curly apostrophes and quotes made straight,
/// dashes made '-', runs of white space made one space.
pub fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold_key`] into a reused buffer (cleared first).
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_skip_comments() {
        let src = "# header\nalpha\n\n  beta  # note\n#gamma\n";
        assert_eq!(entries(src).collect::<Vec<_>>(), vec!["alpha", "beta"]);
        // The same as lines + split + trim on tricky input.
        let src = "a\r\n b\r\r\n\u{a0}c\u{3000}#x\n\n#\n\td e \r\nf#g#h\r\n\u{a0}\nlast";
        let want: Vec<&str> =
            src.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty()).collect();
        assert_eq!(entries(src).collect::<Vec<_>>(), want);
    }

    #[test]
    fn keys_fold() {
        assert_eq!(fold_key("Kyiv’s  Forces"), "kyiv's forces");
        assert_eq!(fold_key("US–Ukraine"), "us-ukraine");
    }
}

/// A fast, deterministic hasher for word lookups (the FxHash mix used by rustc): word lists are
/// ours, not attacker-chosen keys, so SipHash's flood resistance buys nothing here and costs a
/// large share of the pipeline's time.
#[derive(Clone, Copy, Default)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FxHasher`].
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<FxHasher>>;
