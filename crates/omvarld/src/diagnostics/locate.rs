//! Finds the line and column of JSON Pointers in a source text.
//!
//! One pass over the bytes with an explicit stack (no recursion, so deep
//! nesting cannot overflow), recording where each wanted pointer starts: the
//! member name for object members, the value for array elements. Malformed
//! input ends the scan early; whatever was found is returned.

use rustc_hash::{FxHashMap, FxHashSet};

enum Frame {
    Object { len: usize },
    Array { len: usize, index: usize },
}

struct Scanner<'a> {
    src: &'a [u8],
    pos: usize,
    line: u64,
    line_start: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b) = self.peek() {
            match b {
                b'\n' => {
                    self.pos += 1;
                    self.line += 1;
                    self.line_start = self.pos;
                }
                b' ' | b'\t' | b'\r' => self.pos += 1,
                _ => break,
            }
        }
    }

    fn here(&self) -> (u64, u64) {
        (self.line, (self.pos - self.line_start + 1) as u64)
    }

    /// Skips a string starting at `"`; returns its raw bytes (without quotes).
    fn string(&mut self) -> Option<&[u8]> {
        let start = self.pos + 1;
        let mut i = start;
        loop {
            match self.src.get(i)? {
                b'"' => break,
                b'\\' => i += 2,
                b'\n' => return None,
                _ => i += 1,
            }
        }
        self.pos = i + 1;
        self.src.get(start..i)
    }

    /// Skips a scalar (number, true, false, null).
    fn scalar(&mut self) {
        while let Some(b) = self.peek() {
            if matches!(b, b',' | b']' | b'}' | b' ' | b'\t' | b'\r' | b'\n') {
                break;
            }
            self.pos += 1;
        }
    }
}

/// Decodes a raw JSON string body (escapes included) into its text.
fn decode(raw: &[u8]) -> Option<String> {
    if !raw.contains(&b'\\') {
        return std::str::from_utf8(raw).ok().map(str::to_owned);
    }
    let mut quoted = Vec::with_capacity(raw.len() + 2);
    quoted.push(b'"');
    quoted.extend_from_slice(raw);
    quoted.push(b'"');
    serde_json::from_slice(&quoted).ok()
}

fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    for c in token.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

/// Where a pointer starts in the source: line and column (1-based, column in bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Place {
    /// The member name (for object members) or the element (for array elements).
    pub(crate) key: (u64, u64),
    /// The value.
    pub(crate) value: (u64, u64),
}

/// The [`Place`] of each pointer in `wanted` that can be found. A pointer to
/// a missing member resolves to its nearest ancestor that exists.
pub(crate) fn locate<'w>(source: &[u8], wanted: &[&'w str]) -> FxHashMap<&'w str, Place> {
    let src = source.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(source);
    // Every prefix of a wanted pointer is worth recording: it is the fallback.
    let mut interesting: FxHashSet<&str> = FxHashSet::default();
    for w in wanted {
        interesting.insert(w);
        let mut rest = *w;
        while let Some(i) = rest.rfind('/') {
            rest = rest.get(..i).unwrap_or_default();
            interesting.insert(rest);
        }
    }
    let max_len = wanted.iter().map(|w| w.len()).max().unwrap_or(0);
    // Where each interesting pointer starts: (member name or element, value).
    let mut found: FxHashMap<String, Place> = FxHashMap::default();
    let mut s = Scanner {
        src,
        pos: 0,
        line: 1,
        line_start: 0,
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut pointer = String::new();
    s.skip_ws();
    if interesting.contains("") {
        found.insert(
            String::new(),
            Place {
                key: s.here(),
                value: s.here(),
            },
        );
    }
    // The member whose value starts next, when it is interesting.
    let mut pending: Option<(u64, u64)> = None;
    // Each turn reads one value at `s.pos` (its start already recorded).
    'values: loop {
        s.skip_ws();
        if let Some(key) = pending.take() {
            found.entry(pointer.clone()).or_insert(Place {
                key,
                value: s.here(),
            });
        }
        match s.peek() {
            Some(b'{') => {
                s.pos += 1;
                stack.push(Frame::Object { len: pointer.len() });
            }
            Some(b'[') => {
                s.pos += 1;
                stack.push(Frame::Array {
                    len: pointer.len(),
                    index: 0,
                });
            }
            Some(b'"') => {
                if s.string().is_none() {
                    break;
                }
            }
            Some(_) => s.scalar(),
            None => break,
        }
        // After a value (or an opening bracket): find the next value's start.
        loop {
            s.skip_ws();
            let Some(frame) = stack.last_mut() else {
                break 'values;
            };
            match frame {
                Frame::Object { len } => {
                    let len = *len;
                    match s.peek() {
                        Some(b',') => s.pos += 1,
                        Some(b'}') => {
                            s.pos += 1;
                            stack.pop();
                            pointer.truncate(len);
                            continue;
                        }
                        _ => {}
                    }
                    s.skip_ws();
                    match s.peek() {
                        Some(b'"') => {}
                        Some(b'}') => continue,
                        _ => break 'values,
                    }
                    let at = s.here();
                    let Some(key) = s.string().and_then(decode) else {
                        break 'values;
                    };
                    pointer.truncate(len);
                    push_token(&mut pointer, &key);
                    if pointer.len() <= max_len && interesting.contains(pointer.as_str()) {
                        pending = Some(at);
                    }
                    s.skip_ws();
                    if s.peek() != Some(b':') {
                        break 'values;
                    }
                    s.pos += 1;
                    continue 'values;
                }
                Frame::Array { len, index } => {
                    let len = *len;
                    match s.peek() {
                        Some(b']') => {
                            s.pos += 1;
                            stack.pop();
                            pointer.truncate(len);
                            continue;
                        }
                        Some(b',') => {
                            s.pos += 1;
                            *index += 1;
                        }
                        None => break 'values,
                        _ => {}
                    }
                    let index = *index;
                    s.skip_ws();
                    if s.peek() == Some(b']') {
                        continue;
                    }
                    pointer.truncate(len);
                    pointer.push('/');
                    pointer.push_str(&index.to_string());
                    if pointer.len() <= max_len && interesting.contains(pointer.as_str()) {
                        let at = s.here();
                        found
                            .entry(pointer.clone())
                            .or_insert(Place { key: at, value: at });
                    }
                    continue 'values;
                }
            }
        }
    }
    let mut out = FxHashMap::default();
    for w in wanted {
        let mut key: &str = w;
        loop {
            if let Some(&at) = found.get(key) {
                out.insert(*w, at);
                break;
            }
            match key.rfind('/') {
                Some(i) => key = key.get(..i).unwrap_or_default(),
                None => break,
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_members_elements_and_fallbacks() {
        let src = b"{\n  \"a\": [1,\n    {\"b~/\": 2}],\n  \"c\": \"x\"\n}";
        let wanted = ["/a", "/a/1", "/a/1/b~0~1", "/c", "/a/1/missing", "", "/zz"];
        let found = locate(src, &wanted);
        assert_eq!(
            found["/a"],
            Place {
                key: (2, 3),
                value: (2, 8)
            }
        );
        assert_eq!(found["/a/1"].value, (3, 5));
        assert_eq!(
            found["/a/1/b~0~1"],
            Place {
                key: (3, 6),
                value: (3, 13)
            }
        );
        assert_eq!(found["/c"].value, (4, 8));
        assert_eq!(found["/a/1/missing"].value, (3, 5));
        assert_eq!(found[""].value, (1, 1));
        assert_eq!(found["/zz"].value, (1, 1));
    }

    #[test]
    fn survives_garbage_and_depth() {
        let deep = "[".repeat(100_000);
        assert!(locate(deep.as_bytes(), &["/0/0"]).len() <= 1);
        for junk in [
            &b"{\"a"[..],
            b"{\"a\":",
            b"]]]",
            b"\xff\xfe",
            b"{\"a\" 1}",
            b"",
        ] {
            let _ = locate(junk, &["/a", ""]);
        }
    }
}
