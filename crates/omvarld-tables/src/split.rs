//! The top level of a JSON document, read from a reader a piece at a time:
//! the members of the root object, with the items of the lists named by
//! the caller handed over one by one as their raw bytes, so that export
//! never holds the whole document.
//!
//! This is not a JSON parser. It finds where each member and each list
//! item begins and ends (strings, escapes, nesting), checks the punctuation
//! between them, and leaves the bytes of every value to `serde_json`. Any
//! surprise (a syntax error, a repeated member name, nesting deeper than
//! the core reads) is [`Split::Unusual`]: the caller then reads the whole
//! document the ordinary way, which reports the problem as it always has.

use std::io::Read;

/// Why a document could not be split.
#[derive(Debug)]
pub(crate) enum Split {
    /// Not a document this reader handles: read it whole instead.
    Unusual,
    /// The reader failed.
    Io(std::io::Error),
}

/// What the caller does with the pieces.
pub(crate) trait Members {
    /// `true` when the items of the list `name` are to be handed over one
    /// by one (a member of another kind comes whole).
    fn streams(&self, name: &str) -> bool;
    /// A member that is not streamed, as its raw JSON bytes.
    fn member(&mut self, name: &str, raw: &[u8]) -> Result<(), Split>;
    /// A streamed list begins (also for an empty list).
    fn list(&mut self, name: &str) -> Result<(), Split>;
    /// Item `index` of the streamed list `name`, as its raw JSON bytes.
    fn item(&mut self, name: &str, index: usize, raw: &[u8]) -> Result<(), Split>;
}

/// Nesting below which the splitter hands over values of a document to be
/// checked; deeper documents are read whole, so that the core's own limit
/// and its message apply.
pub(crate) const DEEPEST: usize = omvarld::parse::MAX_DEPTH - 4;

const CHUNK: usize = 1 << 16;

/// Splits the document read from `reader`, calling `members` for each
/// piece; a value nested deeper than `deepest` is [`Split::Unusual`].
pub(crate) fn split(
    reader: impl Read,
    deepest: usize,
    members: &mut impl Members,
) -> Result<(), Split> {
    let mut s = Scanner {
        reader,
        deepest,
        buf: vec![0; CHUNK],
        pos: 0,
        end: 0,
        mark: None,
        eof: false,
    };
    // A UTF-8 byte order mark is ignored, as the core ignores it.
    if s.fill_to(3)? >= 3 && s.buf.get(..3) == Some(b"\xEF\xBB\xBF".as_slice()) {
        s.pos = 3;
    }
    s.skip_ws()?;
    s.expect(b'{')?;
    s.skip_ws()?;
    let mut seen: Vec<String> = Vec::new();
    if s.peek()? == Some(b'}') {
        s.pos += 1;
    } else {
        loop {
            let name = s.name()?;
            if seen.contains(&name) {
                return Err(Split::Unusual);
            }
            s.skip_ws()?;
            s.expect(b':')?;
            s.skip_ws()?;
            if members.streams(&name) && s.peek()? == Some(b'[') {
                s.pos += 1;
                members.list(&name)?;
                s.items(&name, members)?;
            } else {
                let raw = s.value()?;
                members.member(&name, raw)?;
            }
            seen.push(name);
            s.skip_ws()?;
            match s.next()? {
                Some(b',') => s.skip_ws()?,
                Some(b'}') => break,
                _ => return Err(Split::Unusual),
            }
        }
    }
    s.skip_ws()?;
    match s.peek()? {
        None => Ok(()),
        Some(_) => Err(Split::Unusual),
    }
}

struct Scanner<R> {
    reader: R,
    buf: Vec<u8>,
    /// The next byte to read.
    pos: usize,
    /// The end of the bytes read.
    end: usize,
    /// The start of the value being captured, kept when the buffer moves.
    mark: Option<usize>,
    eof: bool,
    deepest: usize,
}

impl<R: Read> Scanner<R> {
    /// Reads more: moves what is still needed to the front, grows the
    /// buffer when that is all of it. `false` at the end of the input.
    fn more(&mut self) -> Result<bool, Split> {
        if self.eof {
            return Ok(false);
        }
        let keep = self.mark.unwrap_or(self.pos);
        if keep > 0 {
            self.buf.copy_within(keep..self.end, 0);
            self.end -= keep;
            self.pos -= keep;
            self.mark = self.mark.map(|m| m - keep);
        }
        if self.end == self.buf.len() {
            let len = self.buf.len();
            self.buf.resize(len * 2, 0);
        }
        let Some(space) = self.buf.get_mut(self.end..) else {
            return Err(Split::Unusual);
        };
        loop {
            match self.reader.read(space) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.end += n;
                    return Ok(true);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(Split::Io(e)),
            }
        }
    }

    /// Reads until `n` bytes from `pos` are there or the input ends; how
    /// many there are.
    fn fill_to(&mut self, n: usize) -> Result<usize, Split> {
        while self.end - self.pos < n && self.more()? {}
        Ok(self.end - self.pos)
    }

    fn peek(&mut self) -> Result<Option<u8>, Split> {
        if self.pos == self.end && !self.more()? {
            return Ok(None);
        }
        Ok(self.buf.get(self.pos).copied())
    }

    fn next(&mut self) -> Result<Option<u8>, Split> {
        let byte = self.peek()?;
        if byte.is_some() {
            self.pos += 1;
        }
        Ok(byte)
    }

    fn expect(&mut self, byte: u8) -> Result<(), Split> {
        if self.next()? == Some(byte) {
            Ok(())
        } else {
            Err(Split::Unusual)
        }
    }

    fn skip_ws(&mut self) -> Result<(), Split> {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek()? {
            self.pos += 1;
        }
        Ok(())
    }

    /// Skips the rest of a string whose opening quote has been read.
    fn skip_string(&mut self) -> Result<(), Split> {
        loop {
            let rest = self.buf.get(self.pos..self.end).unwrap_or_default();
            match memchr::memchr2(b'"', b'\\', rest) {
                Some(at) => {
                    self.pos += at;
                    if self.next()? == Some(b'\\') {
                        // The escaped byte, whatever it is.
                        if self.next()?.is_none() {
                            return Err(Split::Unusual);
                        }
                    } else {
                        return Ok(());
                    }
                }
                None => {
                    self.pos = self.end;
                    if !self.more()? {
                        return Err(Split::Unusual);
                    }
                }
            }
        }
    }

    /// A member name, decoded.
    fn name(&mut self) -> Result<String, Split> {
        if self.peek()? != Some(b'"') {
            return Err(Split::Unusual);
        }
        self.mark = Some(self.pos);
        self.pos += 1;
        self.skip_string()?;
        let start = self.mark.take().unwrap_or(self.pos);
        let raw = self.buf.get(start..self.pos).unwrap_or_default();
        serde_json::from_slice(raw).map_err(|_| Split::Unusual)
    }

    /// The raw bytes of the value that starts at `pos`.
    fn value(&mut self) -> Result<&[u8], Split> {
        self.mark = Some(self.pos);
        let mut open: Vec<u8> = Vec::new();
        loop {
            let Some(byte) = self.next()? else {
                return Err(Split::Unusual);
            };
            match byte {
                b'"' => self.skip_string()?,
                b'{' | b'[' => {
                    open.push(if byte == b'{' { b'}' } else { b']' });
                    if open.len() > self.deepest {
                        return Err(Split::Unusual);
                    }
                }
                // The guard closes the innermost container; a wrong closer is refused.
                b'}' | b']' if open.pop() != Some(byte) => return Err(Split::Unusual),
                b'}' | b']' => {}
                b',' | b':' | b' ' | b'\t' | b'\n' | b'\r' if open.is_empty() => {
                    return Err(Split::Unusual);
                }
                _ if open.is_empty() => {
                    // A number, `true`, `false` or `null`: to the next
                    // delimiter (serde_json checks what it is).
                    while let Some(b) = self.peek()? {
                        if matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                            break;
                        }
                        self.pos += 1;
                    }
                }
                _ => {}
            }
            if open.is_empty() {
                let start = self.mark.take().unwrap_or(self.pos);
                return Ok(self.buf.get(start..self.pos).unwrap_or_default());
            }
        }
    }

    /// The items of a list whose `[` has been read, up to its `]`.
    fn items(&mut self, name: &str, members: &mut impl Members) -> Result<(), Split> {
        self.skip_ws()?;
        if self.peek()? == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        let mut index = 0;
        loop {
            let raw = self.value()?;
            members.item(name, index, raw)?;
            index += 1;
            self.skip_ws()?;
            match self.next()? {
                Some(b',') => self.skip_ws()?,
                Some(b']') => return Ok(()),
                _ => return Err(Split::Unusual),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Seen {
        pieces: Vec<String>,
    }

    impl Members for Seen {
        fn streams(&self, name: &str) -> bool {
            name == "list"
        }
        fn member(&mut self, name: &str, raw: &[u8]) -> Result<(), Split> {
            self.pieces
                .push(format!("{name}={}", String::from_utf8_lossy(raw)));
            Ok(())
        }
        fn list(&mut self, name: &str) -> Result<(), Split> {
            self.pieces.push(format!("{name}["));
            Ok(())
        }
        fn item(&mut self, name: &str, index: usize, raw: &[u8]) -> Result<(), Split> {
            self.pieces
                .push(format!("{name}/{index}={}", String::from_utf8_lossy(raw)));
            Ok(())
        }
    }

    /// Reads one byte at a time, so every piece crosses a refill.
    struct Trickle<'a>(&'a [u8]);

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let Some((first, rest)) = self.0.split_first() else {
                return Ok(0);
            };
            out[0] = *first;
            self.0 = rest;
            Ok(1)
        }
    }

    fn pieces(text: &str) -> Result<Vec<String>, ()> {
        let mut seen = Seen::default();
        split(Trickle(text.as_bytes()), DEEPEST, &mut seen).map_err(|_| ())?;
        let mut whole = Seen::default();
        split(text.as_bytes(), DEEPEST, &mut whole).map_err(|_| ())?;
        assert_eq!(seen.pieces, whole.pieces);
        Ok(seen.pieces)
    }

    #[test]
    fn members_and_items_come_as_their_bytes() {
        let text = "\u{feff} { \"a\\\"b\" : {\"x\": [1, \"]\\\\\"]},\n\"list\": [ {\"id\": \"p\"} , 2.5e3,\"s\" ], \"n\":null,\"list2\":[]} \n";
        assert_eq!(
            pieces(text).unwrap(),
            [
                "a\"b={\"x\": [1, \"]\\\\\"]}",
                "list[",
                "list/0={\"id\": \"p\"}",
                "list/1=2.5e3",
                "list/2=\"s\"",
                "n=null",
                "list2=[]",
            ]
        );
        assert_eq!(pieces("{}").unwrap(), Vec::<String>::new());
        assert_eq!(pieces("{\"list\": []}").unwrap(), ["list["]);
    }

    #[test]
    fn anything_unusual_is_left_to_the_ordinary_reader() {
        for text in [
            "",
            "[]",
            "{",
            "{\"a\": 1,}",
            "{\"a\": 1 2}",
            "{\"a\": 1} x",
            "{\"a\": 1, \"a\": 2}",
            "{\"list\": [1,]}",
            "{\"list\": [1 2]}",
            "{\"a\": [}",
            "{\"a\": \"open}",
            "{a: 1}",
            "{\"a\" 1}",
        ] {
            assert!(pieces(text).is_err(), "{text}");
        }
        let deep = format!("{{\"a\": {}{}}}", "[".repeat(200), "]".repeat(200));
        assert!(pieces(&deep).is_err());
    }
}
