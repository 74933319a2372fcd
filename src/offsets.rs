//! The one offset policy. Inside the crate, spans are byte offsets into the original text. At
//! the boundary they are converted once: to UTF-16 code units for JavaScript, to code points for
//! the evaluation format. Conversion walks the text once and maps sorted offsets, so converting a
//! whole analysis is linear in the text and the number of spans.

use crate::model::{Analysis, Span};

/// The unit spans are expressed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Bytes,
    Utf16,
    CodePoints,
}

/// Maps byte offsets of one text to another unit.
pub struct OffsetMap {
    /// For each char boundary (in byte order), the offset in the target unit: sampled sparsely
    /// as (byte, unit) checkpoints for ASCII runs; see `convert`.
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl OffsetMap {
    pub fn new(text: &str, unit: Unit) -> OffsetMap {
        // Record a checkpoint at every non-ASCII char and the char right after it; offsets in
        // between are reached by adding the byte distance (ASCII is 1 byte = 1 unit).
        let mut bytes = vec![0];
        let mut units = vec![0];
        let raw = text.as_bytes();
        let (mut i, mut u) = (0, 0);
        while i < raw.len() {
            // Jump over a run of ASCII (one byte, one unit) without decoding.
            let run = raw[i..].iter().position(|&b| b >= 0x80).unwrap_or(raw.len() - i);
            i += run;
            u += run;
            let Some(&lead) = raw.get(i) else { break };
            // A char's length from its lead byte (the text is valid UTF-8).
            let len = match lead {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            if *bytes.last().unwrap_or(&0) != i {
                bytes.push(i);
                units.push(u);
            }
            u += match unit {
                Unit::Bytes => len,
                Unit::Utf16 => 1 + usize::from(len == 4),
                Unit::CodePoints => 1,
            };
            i += len;
            bytes.push(i);
            units.push(u);
        }
        OffsetMap { bytes, units }
    }

    /// The offset of byte `b` in the target unit. `b` should be a char boundary; inside a
    /// multi-byte char it maps to the char's start.
    pub fn convert(&self, b: usize) -> usize {
        let k = self.bytes.partition_point(|&x| x <= b).saturating_sub(1);
        let (cb, cu) = (self.bytes[k], self.units[k]);
        // Between checkpoints the text is ASCII, except the bytes of a non-ASCII char itself.
        match self.bytes.get(k + 1) {
            Some(&next) if next - cb > 0 && self.units[k + 1] - cu < next - cb && b > cb => cu,
            _ => cu + (b - cb),
        }
    }

    pub fn span(&self, s: Span) -> Span {
        Span::new(self.convert(s.start), self.convert(s.end))
    }
}

/// Calls `f` on every span of `analysis` (the one list of where spans live).
pub fn for_each_span(analysis: &mut Analysis, mut f: impl FnMut(&mut Span)) {
    let d = &mut analysis.document;
    d.title.iter_mut().for_each(&mut f);
    d.dateline.iter_mut().for_each(&mut f);
    d.boilerplate.iter_mut().for_each(|b| f(&mut b.span));
    analysis.sentences.iter_mut().for_each(&mut f);
    analysis.mentions.iter_mut().for_each(|m| f(&mut m.span));
    for e in &mut analysis.entities {
        e.role_spans.iter_mut().for_each(&mut f);
    }
    for q in &mut analysis.quotes {
        f(&mut q.span);
        q.cue.iter_mut().for_each(&mut f);
        q.speaker_span.iter_mut().for_each(&mut f);
    }
    analysis.timexes.iter_mut().for_each(|t| f(&mut t.span));
    analysis.events.iter_mut().for_each(|e| f(&mut e.span));
}

/// Converts every span of `analysis` from bytes of `text` to `unit`.
pub fn convert_analysis(analysis: &mut Analysis, text: &str, unit: Unit) {
    if unit == Unit::Bytes {
        return;
    }
    let map = OffsetMap::new(text, unit);
    for_each_span(analysis, |s| *s = map.span(*s));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_agree_with_std() {
        let text = "a’b 😀 c\u{301}d – Kyiv’s";
        let u16m = OffsetMap::new(text, Unit::Utf16);
        let cpm = OffsetMap::new(text, Unit::CodePoints);
        for (b, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            assert_eq!(u16m.convert(b), text[..b].encode_utf16().count(), "utf16 at {b}");
            assert_eq!(cpm.convert(b), text[..b].chars().count(), "cp at {b}");
        }
    }

    #[test]
    fn ascii_is_identity() {
        let m = OffsetMap::new("plain ascii text", Unit::Utf16);
        assert_eq!(m.convert(7), 7);
        assert_eq!(m.convert(16), 16);
    }
}
