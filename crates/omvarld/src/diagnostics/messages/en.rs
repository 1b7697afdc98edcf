//! English messages.

use crate::diagnostics::detail::{JsonType, ReferenceHint, SyntaxProblem};
use crate::diagnostics::Detail;

use super::{hint, names, range};

fn json_type(t: JsonType) -> &'static str {
    match t {
        JsonType::Null => "null",
        JsonType::Boolean => "a boolean",
        JsonType::Integer => "an integer",
        JsonType::Number => "a number",
        JsonType::String => "a string",
        JsonType::Array => "an array",
        JsonType::Object => "an object",
    }
}

fn syntax(problem: &SyntaxProblem) -> String {
    match problem {
        SyntaxProblem::Eof { within } => match within {
            JsonType::Array => "the document ends inside a list: a `]` is missing".into(),
            JsonType::Object => "the document ends inside an object: a `}` is missing".into(),
            JsonType::String => {
                "the document ends inside a string: a closing `\"` is missing".into()
            }
            _ => "the document ends where a value was expected".into(),
        },
        SyntaxProblem::TrailingComma => {
            "a comma before the closing bracket (trailing comma); remove it".into()
        }
        SyntaxProblem::InvalidNumber => {
            "a number not written as JSON writes numbers (no leading zeros, `+` or trailing `.`)"
                .into()
        }
        SyntaxProblem::NumberOutOfRange => {
            "number out of range: a JSON number here must fit a double (at most about 1.8e308)"
                .into()
        }
        SyntaxProblem::NotUtf8 => "bytes that are not UTF-8: the document must be UTF-8".into(),
        SyntaxProblem::LoneSurrogate => {
            "a lone UTF-16 surrogate escape such as \\ud800 is not allowed".into()
        }
        SyntaxProblem::InvalidEscape => {
            "an invalid escape; JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX".into()
        }
        SyntaxProblem::ControlCharacter => {
            "a control character (U+0000–U+001F) inside a string; write it as an escape such as \\n"
                .into()
        }
        SyntaxProblem::KeyMustBeString => "a member name must be a string in double quotes".into(),
        SyntaxProblem::ExpectedColon => "expected `:` after the member name".into(),
        SyntaxProblem::ExpectedCommaOr { closer } => format!("expected `,` or `{closer}`"),
        SyntaxProblem::ExpectedValue => {
            "expected a value: a string, number, object, array, true, false or null".into()
        }
        SyntaxProblem::TrailingCharacters => "more text after the end of the document".into(),
        SyntaxProblem::DuplicateMember { name } => {
            format!("duplicate member name `{name}` in one object")
        }
        SyntaxProblem::TooDeep { limit } => format!("nested deeper than {limit} levels"),
        SyntaxProblem::Other { detail } => detail.clone(),
    }
}

pub(super) fn render(detail: &Detail) -> String {
    match detail {
        Detail::Syntax { problem } => format!("not well-formed JSON: {}", syntax(problem)),
        Detail::Type {
            expected,
            found,
            of,
        } => {
            let of = of.map_or_else(String::new, |t| format!(" ({})", t.en_indefinite()));
            format!(
                "expected {}{of}, found {}",
                json_type(*expected),
                json_type(*found)
            )
        }
        Detail::UnknownMember {
            member,
            within,
            suggestion,
            allowed,
        } => match suggestion {
            Some(near) => format!("unknown member `{member}` in {}; did you mean `{near}`?", within.en_indefinite()),
            None => format!(
                "unknown member `{member}` in {}; allowed: {}; put local additions under `extensions`",
                within.en_indefinite(),
                names(allowed, 20)
            ),
        },
        Detail::MissingMember { member, within } => {
            format!("missing required member `{member}` in {}", within.en_indefinite())
        }
        Detail::TooFewElements { found, min } => format!(
            "the list has {found} {}; at least {min} {} required",
            if *found == 1 { "element" } else { "elements" },
            if *min == 1 { "is" } else { "are" }
        ),
        Detail::TextTooLong { of, length, max } => format!(
            "the {} has {length} characters; at most {max} are allowed",
            of.en
        ),
        Detail::OutOfRange { value, min, max } => format!(
            "{value} is outside the allowed range {}",
            range(min.as_ref(), max.as_ref())
        ),
        Detail::BadForm {
            value,
            of,
            expected_en,
            ..
        } => format!("`{value}` is not a valid {}: expected {expected_en}", of.en),
        Detail::TooLong { of, length, max } => format!(
            "the {} has {length} characters; at most {max} are allowed",
            of.en
        ),
        Detail::BadLanguageTag { tag, suggestion } => format!(
            "`{tag}` is not a language tag: expected a language tag such as `sv`, `en` or `en-GB`{}",
            hint(suggestion.as_ref(), "did you mean")
        ),
        Detail::NotFinite => "the value is not a finite number".into(),
        Detail::NotAllowed {
            value,
            of,
            allowed,
            suggestion,
        } => format!(
            "`{value}` is not {}; expected one of: {}{}",
            of.en_indefinite(),
            names(allowed, usize::MAX),
            hint(suggestion.as_ref(), "did you mean")
        ),
        Detail::UnsupportedVersion { found, supported } => format!(
            "schema_version `{found}` is not supported; this validator reads data standard {supported}"
        ),
        Detail::Blank => {
            "the text is blank; it needs a character that is not white space".into()
        }
        Detail::NoSwedish { of } => {
            format!("the {} has no Swedish value; `sv` is required", of.en)
        }
        Detail::DuplicateId { id, of } => format!(
            "{} id `{id}` is already used by an earlier {} in this list; ids must be unique",
            of.en, of.en
        ),
        Detail::UnknownReference { id, of, hint } => {
            let hint = match hint {
                ReferenceHint::Nearest { id } => format!("did you mean `{id}`?"),
                ReferenceHint::NoneKnown => "the document has none".into(),
                ReferenceHint::Known { ids } => format!("known: {}", names(ids, 8)),
            };
            format!("{} `{id}` does not exist; {hint}", of.en)
        }
        Detail::DuplicateReference { id, first } => format!(
            "`{id}` is already listed at {first}; each id needs to be listed once"
        ),
        Detail::Numbering { id, number, place } => format!(
            "focus area `{id}` has number {number}, but it is number {place} in the list; focus areas are numbered 1..n in list order"
        ),
        Detail::DateOrder {
            earlier,
            earlier_date,
            later,
            later_date,
        } => format!(
            "`{later}` {later_date} is before `{earlier}` {earlier_date}; it must be on or after it"
        ),
        Detail::Uncovered { id, title_en, .. } => format!(
            "no adopted or active position names focus area `{id}` (\"{title_en}\")"
        ),
        Detail::Unserved { id, title_en, .. } => format!(
            "no adopted or active position names contribution aim `{id}` (\"{title_en}\")"
        ),
        Detail::OutsidePeriod {
            id,
            starts,
            start,
            end,
        } => format!(
            "activity `{id}` starts {starts}, outside the programme period {start} – {}",
            end.as_deref().unwrap_or("…")
        ),
        Detail::ReviewOverdue {
            id,
            status,
            review_by,
            as_of,
        } => format!(
            "position `{id}` ({status}) was due for review by {review_by}, before {as_of}"
        ),
        Detail::Unreadable { detail } => {
            format!("the document could not be read as a programme: {detail}")
        }
    }
}
