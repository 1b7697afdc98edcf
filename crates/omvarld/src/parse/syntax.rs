//! What a serde_json syntax error means, as a [`SyntaxProblem`].
//!
//! serde_json's error kind is private: it offers a category
//! ([`serde_json::error::Category`]) and a message. End of input is read from
//! the category; the rest from the message, whose wording serde_json has
//! kept since 1.0 — this is the one place that reads it, and a message it
//! does not know stays [`SyntaxProblem::Other`] (the tests below pin every
//! mapping to the real parser, so an upstream change shows up there).

use serde_json::error::Category;

use crate::diagnostics::{JsonType, SyntaxProblem};

/// serde_json appends " at line L column C"; the issue carries those apart.
pub(crate) fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text.get(..i).unwrap_or(&text).to_owned(),
        None => text,
    }
}

/// The problem behind `e`; `repeated` is the member name the tree reader
/// reported as repeated, if that is what ended the parse.
pub(crate) fn problem(e: &serde_json::Error, repeated: Option<String>) -> SyntaxProblem {
    if let Some(name) = repeated {
        return SyntaxProblem::DuplicateMember { name };
    }
    let detail = without_position(e);
    if e.classify() == Category::Eof {
        let within = if detail.ends_with("a list") {
            JsonType::Array
        } else if detail.ends_with("an object") {
            JsonType::Object
        } else if detail.ends_with("a string") {
            JsonType::String
        } else {
            JsonType::Null
        };
        return SyntaxProblem::Eof { within };
    }
    match detail.as_str() {
        "trailing comma" => SyntaxProblem::TrailingComma,
        "invalid number" => SyntaxProblem::InvalidNumber,
        "number out of range" => SyntaxProblem::NumberOutOfRange,
        // From a byte slice, serde_json calls bytes that are not UTF-8 an
        // "invalid unicode code point".
        "invalid unicode code point" => SyntaxProblem::NotUtf8,
        // "unexpected end of hex escape": `\ud800` not followed by `\udc00`-`\udfff`.
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => {
            SyntaxProblem::LoneSurrogate
        }
        "invalid escape" => SyntaxProblem::InvalidEscape,
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            SyntaxProblem::ControlCharacter
        }
        "key must be a string" => SyntaxProblem::KeyMustBeString,
        "expected `:`" => SyntaxProblem::ExpectedColon,
        "expected `,` or `]`" => SyntaxProblem::ExpectedCommaOr { closer: ']' },
        "expected `,` or `}`" => SyntaxProblem::ExpectedCommaOr { closer: '}' },
        "expected value" | "expected ident" => SyntaxProblem::ExpectedValue,
        "trailing characters" => SyntaxProblem::TrailingCharacters,
        _ => SyntaxProblem::Other { detail },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(src: &[u8]) -> SyntaxProblem {
        let e = serde_json::from_slice::<serde_json::Value>(src).unwrap_err();
        problem(&e, None)
    }

    /// Every mapping, against the real parser.
    #[test]
    fn every_message_serde_json_writes_is_known() {
        let cases: [(&[u8], SyntaxProblem); 17] = [
            (
                b"[1, 2",
                SyntaxProblem::Eof {
                    within: JsonType::Array,
                },
            ),
            (
                b"{\"a\": 1",
                SyntaxProblem::Eof {
                    within: JsonType::Object,
                },
            ),
            (
                b"\"abc",
                SyntaxProblem::Eof {
                    within: JsonType::String,
                },
            ),
            (
                b"",
                SyntaxProblem::Eof {
                    within: JsonType::Null,
                },
            ),
            (b"[1, 2,]", SyntaxProblem::TrailingComma),
            (b"{\"a\": 1,}", SyntaxProblem::TrailingComma),
            (b"[01]", SyntaxProblem::InvalidNumber),
            (b"[1e400]", SyntaxProblem::NumberOutOfRange),
            (b"[\"\xF6\"]", SyntaxProblem::NotUtf8),
            (b"[\"\\ud800\"]", SyntaxProblem::LoneSurrogate),
            (b"[\"\\q\"]", SyntaxProblem::InvalidEscape),
            (b"[\"a\x01\"]", SyntaxProblem::ControlCharacter),
            (b"{1: 2}", SyntaxProblem::KeyMustBeString),
            (b"{\"a\" 1}", SyntaxProblem::ExpectedColon),
            (b"[1 2]", SyntaxProblem::ExpectedCommaOr { closer: ']' }),
            (b"[nope]", SyntaxProblem::ExpectedValue),
            (b"{} x", SyntaxProblem::TrailingCharacters),
        ];
        for (src, expected) in cases {
            assert_eq!(of(src), expected, "{}", String::from_utf8_lossy(src));
        }
        assert_eq!(
            of(b"{\"a\": 1 \"b\"}"),
            SyntaxProblem::ExpectedCommaOr { closer: '}' }
        );
    }
}
