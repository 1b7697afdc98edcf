//! What a serde_json syntax error means, as the [`Detail`] of a `syntax` issue.
//!
//! serde_json's error kind is private: it offers a category
//! ([`serde_json::error::Category`]) and a message. End of input is read from
//! the category; the rest from the message, whose wording serde_json has
//! kept since 1.0 — this is the one place that reads it, and a message it
//! does not know stays [`Message::SyntaxOther`] (the tests below pin every
//! mapping to the real parser, so an upstream change shows up there).

use serde_json::error::Category;

use crate::diagnostics::{excerpt, Detail, JsonType, Message};
use crate::shape::Shape;

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

/// The detail of `e` and the line and column (1-based) to report it at.
/// Where serde_json's words or place do not say what to type, `source` (the
/// bytes it read) is looked at around the place: a trailing comma is
/// reported at the comma (serde_json stops at the bracket after it); a
/// number with a leading zero at its first digit, saying what to write
/// instead (a code as a string, a number without the zero); a decimal
/// comma (`"value": 78,4`) at the comma, with the number as JSON writes it.
pub(crate) fn located(
    e: &serde_json::Error,
    repeated: Option<String>,
    source: &[u8],
) -> (Detail, u64, u64) {
    let detail = detail(e, repeated);
    let line = e.line().max(1) as u64;
    let column = e.column().max(1) as u64;
    let Some(at) = offset(source, line, column) else {
        return (detail, line, column);
    };
    let found = match detail.message() {
        Message::SyntaxTrailingComma => trailing_comma(source, at).map(|comma| (None, comma)),
        Message::SyntaxInvalidNumber => leading_zero(source, at),
        Message::SyntaxKeyMustBeString => decimal_comma(source, at),
        _ => None,
    };
    match found {
        Some((better, at)) => {
            let (line, column) = place(source, at);
            (better.unwrap_or(detail), line, column)
        }
        None => (detail, line, column),
    }
}

/// The byte offset of 1-based `line` and `column` (which counts bytes).
fn offset(source: &[u8], line: u64, column: u64) -> Option<usize> {
    let mut start = 0;
    for _ in 1..line {
        start += source.get(start..)?.iter().position(|&b| b == b'\n')? + 1;
    }
    let at = start + usize::try_from(column).ok()? - 1;
    (at < source.len()).then_some(at)
}

/// The 1-based line and column (in bytes) of the byte offset `at`.
fn place(source: &[u8], at: usize) -> (u64, u64) {
    let before = source.get(..at).unwrap_or_default();
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (line as u64, (at - line_start + 1) as u64)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The offset of the last byte before `at` that is not JSON white space.
fn previous(source: &[u8], at: usize) -> Option<usize> {
    source.get(..at)?.iter().rposition(|&b| !is_space(b))
}

/// The comma before the bracket at `at`.
fn trailing_comma(source: &[u8], at: usize) -> Option<usize> {
    previous(source, at).filter(|&i| source.get(i) == Some(&b','))
}

fn is_number_byte(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E')
}

/// A number with a leading zero around `at` (`0999`, `-01`): what to write
/// instead, at its first byte.
fn leading_zero(source: &[u8], at: usize) -> Option<(Option<Detail>, usize)> {
    let start = source
        .get(..at)?
        .iter()
        .rposition(|&b| !is_number_byte(b))
        .map_or(0, |i| i + 1);
    let end = source
        .get(at..)?
        .iter()
        .position(|&b| !is_number_byte(b))
        .map_or(source.len(), |i| at + i);
    let number = std::str::from_utf8(source.get(start..end)?).ok()?;
    let (sign, digits) = match number.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", number),
    };
    let rest = digits.strip_prefix('0')?;
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let trimmed = digits.trim_start_matches('0');
    let without = if trimmed.is_empty() || trimmed.starts_with(['.', 'e', 'E']) {
        format!("{sign}0{trimmed}")
    } else {
        format!("{sign}{trimmed}")
    };
    let member = member_before(source, start);
    let detail = match member.as_deref().map(member_type) {
        Some(Some(JsonType::String)) => Detail::new(Message::SyntaxLeadingZeroCode),
        Some(Some(JsonType::Integer | JsonType::Number)) => {
            Detail::new(Message::SyntaxLeadingZeroNumber)
        }
        _ => Detail::new(Message::SyntaxLeadingZero),
    };
    let mut detail = detail
        .with("number", excerpt(number))
        .with("suggestion", excerpt(&without));
    if let Some(member) = member {
        detail = detail.with("member", excerpt(&member));
    }
    Some((Some(detail), start))
}

/// `78,4` where a member's value should be (serde_json read `78` and then
/// expected a member name, at the `4`): the number with a decimal point,
/// at the comma.
fn decimal_comma(source: &[u8], at: usize) -> Option<(Option<Detail>, usize)> {
    let comma = previous(source, at).filter(|&i| source.get(i) == Some(&b','))?;
    let integer_start = source
        .get(..comma)?
        .iter()
        .rposition(|&b| !(b.is_ascii_digit() || b == b'-'))
        .map_or(0, |i| i + 1);
    let fraction_end = source
        .get(comma + 1..)?
        .iter()
        .position(|b| !b.is_ascii_digit())
        .map_or(source.len(), |i| comma + 1 + i);
    let integer = std::str::from_utf8(source.get(integer_start..comma)?).ok()?;
    let fraction = std::str::from_utf8(source.get(comma + 1..fraction_end)?).ok()?;
    // Digits right before the comma and right after it: `78,4`, not `78, 4`.
    if at != comma + 1 || !integer.ends_with(|c: char| c.is_ascii_digit()) || fraction.is_empty() {
        return None;
    }
    let suggestion = format!("{integer}.{fraction}");
    serde_json::from_str::<serde_json::Number>(&suggestion).ok()?;
    let detail = Detail::new(Message::SyntaxDecimalComma)
        .with("number", excerpt(&format!("{integer},{fraction}")))
        .with("suggestion", excerpt(&suggestion));
    Some((Some(detail), comma))
}

/// The member name before the value that starts at `start` (`"name": `),
/// when it is a plain string.
fn member_before(source: &[u8], start: usize) -> Option<String> {
    let colon = previous(source, start).filter(|&i| source.get(i) == Some(&b':'))?;
    let close = previous(source, colon).filter(|&i| source.get(i) == Some(&b'"'))?;
    let open = source.get(..close)?.iter().rposition(|&b| b == b'"')?;
    let name = std::str::from_utf8(source.get(open + 1..close)?).ok()?;
    (!name.contains('\\')).then(|| name.to_owned())
}

/// The JSON type of the member `name` wherever the standard has one by that
/// name (`municipality_code`: a string; `number`: an integer), if every
/// object that has it agrees.
fn member_type(name: &str) -> Option<JsonType> {
    let shape = Shape::programme();
    let mut found = shape
        .members_named(name)
        .map(|ty| match shape.get(ty).json_type() {
            JsonType::Integer => JsonType::Number,
            other => other,
        });
    let first = found.next()?;
    found.all(|t| t == first).then_some(first)
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

    fn at(src: &str) -> (Detail, u64, u64) {
        let e = serde_json::from_str::<serde_json::Value>(src).unwrap_err();
        located(&e, None, src.as_bytes())
    }

    #[test]
    fn a_trailing_comma_is_reported_at_the_comma() {
        let (detail, line, column) = at("{\"a\": [1, 2,\n  ],\n \"b\": 1}");
        assert_eq!(detail.message(), Message::SyntaxTrailingComma);
        assert_eq!((line, column), (1, 12));
        let (_, line, column) = at("{\"a\": 1,\n\n}");
        assert_eq!((line, column), (1, 8));
        let (_, line, column) = at("[1 ,\r\n\t]");
        assert_eq!((line, column), (1, 4));
    }

    #[test]
    fn a_leading_zero_says_what_to_write_at_the_number() {
        let (d, line, column) = at("{\"organisation\": {\"municipality_code\": 0999}}");
        assert_eq!(d.message(), Message::SyntaxLeadingZeroCode);
        assert_eq!((line, column), (1, 40));
        assert_eq!(d.arg("number"), Some(&"0999".into()));
        assert_eq!(d.arg("member"), Some(&"municipality_code".into()));
        let (d, _, column) = at("{\"number\": -01}");
        assert_eq!(d.message(), Message::SyntaxLeadingZeroNumber);
        assert_eq!((d.arg("suggestion"), column), (Some(&"-1".into()), 12));
        let (d, ..) = at("{\"other\": 00.5}");
        assert_eq!(d.message(), Message::SyntaxLeadingZero);
        assert_eq!(d.arg("suggestion"), Some(&"0.5".into()));
        let (d, ..) = at("[0999]");
        assert_eq!(d.message(), Message::SyntaxLeadingZero);
        // Other invalid numbers keep the general message.
        assert_eq!(at("[1.]").0.message(), Message::SyntaxInvalidNumber);
        assert_eq!(at("[-x]").0.message(), Message::SyntaxInvalidNumber);
    }

    #[test]
    fn a_decimal_comma_says_what_to_write_at_the_comma() {
        let (d, line, column) = at("{\"year\": 2024,\n \"value\": 78,4}");
        assert_eq!(d.message(), Message::SyntaxDecimalComma);
        assert_eq!((line, column), (2, 13));
        assert_eq!(d.arg("suggestion"), Some(&"78.4".into()));
        // `78, 4` is not a decimal comma, and a key that is a name stays as it was.
        assert_eq!(
            at("{\"v\": 78, 4}").0.message(),
            Message::SyntaxKeyMustBeString
        );
        assert_eq!(at("{\"v\": 78,}").0.message(), Message::SyntaxTrailingComma);
        assert_eq!(at("{1: 2}").0.message(), Message::SyntaxKeyMustBeString);
    }
}
