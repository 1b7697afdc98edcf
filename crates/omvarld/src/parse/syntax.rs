//! What a serde_json syntax error means, as the [`Detail`] of a `syntax` issue.
//!
//! serde_json's error kind is private: it offers a category
//! ([`serde_json::error::Category`]) and a message. End of input is read from
//! the category; the rest from the message, whose wording serde_json has
//! kept since 1.0 — this is the one place that reads it, and a message it
//! does not know stays [`Message::SyntaxOther`] (the tests below pin every
//! mapping to the real parser, so an upstream change shows up there).

use serde_json::error::Category;

use crate::diagnostics::{Detail, Message};

/// serde_json appends " at line L column C"; the issue carries those apart.
pub(crate) fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text.get(..i).unwrap_or(&text).to_owned(),
        None => text,
    }
}

/// The detail of `e`; `repeated` is the member name the tree reader
/// reported as repeated, if that is what ended the parse.
pub(crate) fn detail(e: &serde_json::Error, repeated: Option<String>) -> Detail {
    if let Some(name) = repeated {
        return Detail::new(Message::SyntaxDuplicateMember).with("name", name);
    }
    let text = without_position(e);
    if e.classify() == Category::Eof {
        let message = if text.ends_with("a list") {
            Message::SyntaxEofInList
        } else if text.ends_with("an object") {
            Message::SyntaxEofInObject
        } else if text.ends_with("a string") {
            Message::SyntaxEofInString
        } else {
            Message::SyntaxEof
        };
        return Detail::new(message);
    }
    let message = match text.as_str() {
        "trailing comma" => Message::SyntaxTrailingComma,
        "invalid number" => Message::SyntaxInvalidNumber,
        "number out of range" => Message::SyntaxNumberOutOfRange,
        // From a byte slice, serde_json calls bytes that are not UTF-8 an
        // "invalid unicode code point".
        "invalid unicode code point" => Message::SyntaxNotUtf8,
        // "unexpected end of hex escape": `\ud800` not followed by `\udc00`-`\udfff`.
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => {
            Message::SyntaxLoneSurrogate
        }
        "invalid escape" => Message::SyntaxInvalidEscape,
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            Message::SyntaxControlCharacter
        }
        "key must be a string" => Message::SyntaxKeyMustBeString,
        "expected `:`" => Message::SyntaxExpectedColon,
        "expected `,` or `]`" => {
            return Detail::new(Message::SyntaxExpectedCommaOr).with("closer", "]")
        }
        "expected `,` or `}`" => {
            return Detail::new(Message::SyntaxExpectedCommaOr).with("closer", "}")
        }
        "expected value" | "expected ident" => Message::SyntaxExpectedValue,
        "trailing characters" => Message::SyntaxTrailingCharacters,
        _ => return Detail::new(Message::SyntaxOther).with("detail", text),
    };
    Detail::new(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(src: &[u8]) -> Detail {
        let e = serde_json::from_slice::<serde_json::Value>(src).unwrap_err();
        detail(&e, None)
    }

    /// Every mapping, against the real parser.
    #[test]
    fn every_message_serde_json_writes_is_known() {
        let cases: [(&[u8], Message); 16] = [
            (b"[1, 2", Message::SyntaxEofInList),
            (b"{\"a\": 1", Message::SyntaxEofInObject),
            (b"\"abc", Message::SyntaxEofInString),
            (b"", Message::SyntaxEof),
            (b"[1, 2,]", Message::SyntaxTrailingComma),
            (b"{\"a\": 1,}", Message::SyntaxTrailingComma),
            (b"[01]", Message::SyntaxInvalidNumber),
            (b"[1e400]", Message::SyntaxNumberOutOfRange),
            (b"[\"\xF6\"]", Message::SyntaxNotUtf8),
            (b"[\"\\ud800\"]", Message::SyntaxLoneSurrogate),
            (b"[\"\\q\"]", Message::SyntaxInvalidEscape),
            (b"[\"a\x01\"]", Message::SyntaxControlCharacter),
            (b"{1: 2}", Message::SyntaxKeyMustBeString),
            (b"{\"a\" 1}", Message::SyntaxExpectedColon),
            (b"[nope]", Message::SyntaxExpectedValue),
            (b"{} x", Message::SyntaxTrailingCharacters),
        ];
        for (src, expected) in cases {
            assert_eq!(
                of(src),
                Detail::new(expected),
                "{}",
                String::from_utf8_lossy(src)
            );
        }
        assert_eq!(
            of(b"[1 2]"),
            Detail::new(Message::SyntaxExpectedCommaOr).with("closer", "]")
        );
        assert_eq!(
            of(b"{\"a\": 1 \"b\"}"),
            Detail::new(Message::SyntaxExpectedCommaOr).with("closer", "}")
        );
    }
}
