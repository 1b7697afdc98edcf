//! [`Detail`]: the structured context of an issue — what was expected, what
//! was found, the names and ids involved — from which its message is
//! rendered in either language (see [`crate::diagnostics::messages`]).

use serde::Serialize;

use crate::diagnostics::Term;

/// A JSON type, as JSON Schema names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum JsonType {
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean,
    /// A number without a fractional part.
    Integer,
    /// Any number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

crate::macros::string_enum!(JsonType {
    Null => "null",
    Boolean => "boolean",
    Integer => "integer",
    Number => "number",
    String => "string",
    Array => "array",
    Object => "object",
});

/// What is wrong with bytes that are not a well-formed JSON document.
///
/// serde_json reports these as text only (its error kind is private), so
/// the parser maps its messages onto this list once, in one place; a message
/// it does not know is kept as [`SyntaxProblem::Other`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
#[non_exhaustive]
pub enum SyntaxProblem {
    /// The document ends in the middle of a value.
    Eof {
        /// What was open: a value, a string, a list or an object.
        within: JsonType,
    },
    /// A comma before `]` or `}`.
    TrailingComma,
    /// A number that is not written the JSON way (e.g. a leading zero, `+1`, `1.`).
    InvalidNumber,
    /// A number too large for a double (e.g. `1e400`).
    NumberOutOfRange,
    /// Bytes that are not UTF-8.
    NotUtf8,
    /// A `\ud800`-style escape without its other half.
    LoneSurrogate,
    /// A backslash escape JSON does not have.
    InvalidEscape,
    /// A raw control character (U+0000–U+001F) inside a string.
    ControlCharacter,
    /// An object member name that is not a string.
    KeyMustBeString,
    /// A member name without `:` after it.
    ExpectedColon,
    /// Something other than `,` or the closing bracket after a list element or member.
    ExpectedCommaOr {
        /// The closing bracket expected (`]` or `}`).
        closer: char,
    },
    /// Something that is not a JSON value where a value must be.
    ExpectedValue,
    /// More after the end of the document.
    TrailingCharacters,
    /// The same member name twice in one object.
    DuplicateMember {
        /// The repeated name.
        name: String,
    },
    /// Nested deeper than the parser reads.
    TooDeep {
        /// The deepest nesting allowed.
        limit: usize,
    },
    /// A problem the parser describes only in its own words (English).
    Other {
        /// The parser's description.
        detail: String,
    },
}

/// The hint of an `unknown_reference`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "hint", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReferenceHint {
    /// A known id close to the one given.
    Nearest {
        /// The suggestion.
        id: String,
    },
    /// The document has no object of this kind.
    NoneKnown,
    /// The known ids, each once, in document order.
    Known {
        /// The ids.
        ids: Vec<String>,
    },
}

/// The structured context of an [`Issue`](crate::Issue): everything its
/// message says, in no language. The message is rendered from it by
/// [`render`](crate::diagnostics::messages::render).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
#[allow(missing_docs)] // The members are named for what they hold.
pub enum Detail {
    /// `syntax`: the bytes are not well-formed JSON.
    Syntax { problem: SyntaxProblem },
    /// `type`: a value of the wrong JSON type; `of` names what was expected.
    Type {
        expected: JsonType,
        found: JsonType,
        of: Option<Term>,
    },
    /// `unknown_field`: a member the object does not have.
    UnknownMember {
        member: String,
        within: Term,
        suggestion: Option<String>,
        allowed: Vec<String>,
    },
    /// `required`: a required member is missing.
    MissingMember { member: String, within: Term },
    /// `length`: a list with fewer elements than required.
    TooFewElements { found: usize, min: usize },
    /// `length`: a text value over its limit.
    TextTooLong { of: Term, length: usize, max: usize },
    /// `format`: a number outside its range.
    OutOfRange {
        value: String,
        min: Option<String>,
        max: Option<String>,
    },
    /// `format`: a string that does not have its type's form.
    BadForm {
        value: String,
        of: Term,
        expected_en: &'static str,
        expected_sv: &'static str,
    },
    /// `format`: a string over its type's length limit.
    TooLong { of: Term, length: usize, max: usize },
    /// `format`: a text key that is not a language tag.
    BadLanguageTag {
        tag: String,
        suggestion: Option<String>,
    },
    /// `format`: a value that is not a finite number.
    NotFinite,
    /// `enum`: a value outside its enumeration.
    NotAllowed {
        value: String,
        of: Term,
        allowed: Vec<String>,
        suggestion: Option<String>,
    },
    /// `schema_version`: a version the validator does not read.
    UnsupportedVersion { found: String, supported: String },
    /// `blank_text`: a text value with nothing but white space.
    Blank,
    /// `missing_swedish`: a text without `sv`.
    NoSwedish { of: Term },
    /// `duplicate_id`: an id used earlier in the same list.
    DuplicateId { id: String, of: Term },
    /// `unknown_reference`: an id no object of the kind has.
    UnknownReference {
        id: String,
        of: Term,
        hint: ReferenceHint,
    },
    /// `duplicate_reference`: an id listed earlier in the same list.
    DuplicateReference { id: String, first: String },
    /// `focus_area_numbering`: a number other than the area's place in the list.
    Numbering { id: String, number: u64, place: u64 },
    /// `date_order`: `later` is before `earlier` (member names and dates).
    DateOrder {
        earlier: &'static str,
        earlier_date: String,
        later: &'static str,
        later_date: String,
    },
    /// `uncovered_focus_area`: no position in force names the area.
    Uncovered {
        id: String,
        title_sv: String,
        title_en: String,
    },
    /// `unserved_contribution_aim`: no position in force names the aim.
    Unserved {
        id: String,
        title_sv: String,
        title_en: String,
    },
    /// `activity_outside_period`: an activity starts outside the period.
    OutsidePeriod {
        id: String,
        starts: String,
        start: String,
        end: Option<String>,
    },
    /// `review_overdue`: a position in force past its review date.
    ReviewOverdue {
        id: String,
        status: &'static str,
        review_by: String,
        as_of: String,
    },
    /// A document the typed reader refused although the schema walk found
    /// nothing: a bug in the validator, reported rather than hidden.
    Unreadable { detail: String },
}
