//! Parsing: bytes, text or a reader into a typed [`Programme`], or a report
//! of every structural problem.
//!
//! Valid documents take the fast path: one typed serde pass whose types check
//! every rule as they are built, with nothing else to pay for. When that pass
//! fails, the slow path parses the bytes again into a tree and walks it
//! against the published schema to collect every problem with its path.

mod depth;
pub(crate) mod locate;
mod node;
mod structure;

use std::io::Read;

use crate::model::serde_helpers::Object;
use crate::model::Programme;
use crate::validate::{Code, Issue, Lang, Report};

pub(crate) use node::Node;

/// Why a document could not be read as a [`Programme`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The document has structural problems; the report lists every one.
    #[error("the document is not a valid programme: {}", summary(.0))]
    Invalid(Box<Report>),
    /// The reader failed.
    #[error("could not read the document: {0}")]
    Io(#[from] std::io::Error),
}

fn summary(report: &Report) -> String {
    let mut out = format!("{} error(s)", report.errors.len());
    if let Some(first) = report.errors.first() {
        out.push_str("; first: ");
        out.push_str(&first.to_string());
    }
    out
}

impl ParseError {
    /// The report, when the document was read but is invalid.
    #[must_use]
    pub fn report(&self) -> Option<&Report> {
        match self {
            ParseError::Invalid(report) => Some(report),
            ParseError::Io(_) => None,
        }
    }
}

/// The UTF-8 byte order mark, which is ignored at the start of a document.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Parses a document into a typed programme, or a report of every
/// structural problem (English messages).
///
/// # Errors
/// [`ParseError::Invalid`] with the report of every structural problem.
///
/// ```
/// let bytes = serde_json::to_vec(&omvarld::malmo())?;
/// let programme = omvarld::parse::from_slice(&bytes)?;
/// assert_eq!(programme.organisation.municipality_code.unwrap().as_str(), "1280");
///
/// let err = omvarld::parse::from_slice(br#"{"schema_version": "2.0"}"#).unwrap_err();
/// let report = err.report().unwrap();
/// assert_eq!(report.errors[0].code, omvarld::Code::SchemaVersion);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_slice(bytes: &[u8]) -> Result<Programme, ParseError> {
    from_slice_in(bytes, Lang::En)
}

/// [`from_slice`] with messages in `lang`.
///
/// # Errors
/// [`ParseError::Invalid`] with the report of every structural problem.
pub fn from_slice_in(bytes: &[u8], lang: Lang) -> Result<Programme, ParseError> {
    parse(bytes, lang).map_err(|r| ParseError::Invalid(Box::new(r)))
}

/// Parses a document given as a string.
///
/// # Errors
/// [`ParseError::Invalid`] with the report of every structural problem.
pub fn from_str(text: &str) -> Result<Programme, ParseError> {
    from_slice(text.as_bytes())
}

/// Parses a document read to its end from `reader`.
///
/// # Errors
/// [`ParseError::Io`] when the reader fails, [`ParseError::Invalid`] otherwise.
pub fn from_reader(mut reader: impl Read) -> Result<Programme, ParseError> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    from_slice(&bytes)
}

/// Parses `bytes` as one object of the standard on its own: `def` names its
/// type in the published schema's `$defs` (`"AdvocacyPosition"`, `"Text"`,
/// `"Date"`, …) and `T` is the matching model type. Paths in the report are
/// relative to the object. Used by bindings that build single objects.
///
/// # Errors
/// [`ParseError::Invalid`] with the report of every structural problem.
///
/// ```
/// use omvarld::{parse, Lang, Target};
/// let t: Target = parse::from_slice_as(br#"{"level": "eu", "body": {"sv": "EU"}}"#, "Target", Lang::En)?;
/// assert_eq!(t.level.as_str(), "eu");
/// let err = parse::from_slice_as::<Target>(br#"{"level": "moon", "body": {}}"#, "Target", Lang::En).unwrap_err();
/// let codes: Vec<_> = err.report().unwrap().errors.iter().map(|e| (e.code.as_str(), e.path.as_str())).collect();
/// assert_eq!(codes, [("enum", "/level"), ("missing_swedish", "/body")]);
/// // An array of the fields is not an object.
/// assert!(parse::from_slice_as::<Target>(br#"["eu", {"sv": "EU"}]"#, "Target", Lang::En).is_err());
/// # Ok::<(), omvarld::ParseError>(())
/// ```
pub fn from_slice_as<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    def: &str,
    lang: Lang,
) -> Result<T, ParseError> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    // Object types read only from a JSON object (a derived struct would also
    // read an array of its fields), as in `parse`.
    let fast = if structure::is_object_def(def) {
        depth::from_slice::<Object<T>>(bytes).map(|Object(value)| value)
    } else {
        depth::from_slice::<T>(bytes)
    };
    match fast {
        Ok(value) => Ok(value),
        Err(ReadError::Json(fast_error)) => Err(ParseError::Invalid(Box::new(slow_path_as(
            bytes,
            lang,
            &fast_error,
            def,
        )))),
        Err(ReadError::TooDeep { line, column }) => {
            Err(ParseError::Invalid(Box::new(Report::from_issues([
                too_deep_issue(line, column, lang),
            ]))))
        }
    }
}

/// The fast path, then (on failure) the slow path that reports everything.
pub(crate) fn parse(bytes: &[u8], lang: Lang) -> Result<Programme, Report> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    // Through `Object`: a derived struct would also read a top-level array.
    match depth::from_slice::<Object<Programme>>(bytes) {
        Ok(Object(programme)) => Ok(programme),
        Err(ReadError::Json(fast_error)) => Err(slow_path(bytes, lang, &fast_error)),
        Err(ReadError::TooDeep { line, column }) => {
            Err(Report::from_issues([too_deep_issue(line, column, lang)]))
        }
    }
}

/// Parses into a [`Node`] tree and reports every structural problem.
fn slow_path(bytes: &[u8], lang: Lang, fast_error: &serde_json::Error) -> Report {
    slow_path_as(bytes, lang, fast_error, "")
}

/// [`slow_path`] for the `$defs` type `def` (`""`: the whole programme).
fn slow_path_as(bytes: &[u8], lang: Lang, fast_error: &serde_json::Error, def: &str) -> Report {
    let node = match depth::from_slice::<Node>(bytes) {
        Ok(node) => node,
        Err(ReadError::Json(e)) => return Report::from_issues([syntax_issue(&e, lang)]),
        Err(ReadError::TooDeep { line, column }) => {
            return Report::from_issues([too_deep_issue(line, column, lang)])
        }
    };
    let issues = if def.is_empty() {
        structure::check(&node, lang)
    } else {
        structure::check_as(&node, def, lang)
    };
    if issues.is_empty() {
        // The typed pass and the schema walk disagree: a bug, never hidden.
        let message = lang.pick(
            format!(
                "the document could not be read as a programme: {}",
                strip_position(fast_error)
            ),
            format!(
                "dokumentet kunde inte läsas som ett program: {}",
                strip_position(fast_error)
            ),
        );
        let mut issue = Issue::new(Code::Type, "", message);
        issue.line = Some(fast_error.line().max(1) as u64);
        issue.column = Some(fast_error.column().max(1) as u64);
        return Report::from_issues([issue]);
    }
    Report::from_issues(issues)
}

/// serde_json appends " at line L column C"; the issue carries those apart.
fn strip_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text.get(..i).unwrap_or(&text).to_owned(),
        None => text,
    }
}

fn syntax_issue(e: &serde_json::Error, lang: Lang) -> Issue {
    let detail = strip_position(e);
    let detail = if detail.contains("recursion limit exceeded") {
        format!(
            "nested deeper than {} levels (recursion limit exceeded)",
            MAX_DEPTH
        )
    } else if detail.contains("surrogate") || detail.contains("end of hex escape") {
        // serde_json says "unexpected end of hex escape" when `\ud800` is not
        // followed by a low surrogate escape.
        format!("{detail} (a lone UTF-16 surrogate escape such as \\ud800 is not allowed)")
    } else if detail.contains("invalid unicode code point")
        || detail.contains("invalid UTF-8")
        || detail.contains("utf-8")
    {
        // From a byte slice, serde_json reports bytes that are not UTF-8 as
        // an "invalid unicode code point".
        format!("{detail}: the document must be UTF-8")
    } else {
        detail
    };
    let message = lang.pick(
        format!("not well-formed JSON: {detail}"),
        format!("inte välformad JSON: {detail}"),
    );
    let mut issue = Issue::new(Code::Syntax, "", message);
    issue.line = Some(e.line().max(1) as u64);
    issue.column = Some(e.column().max(1) as u64);
    issue
}

use depth::ReadError;
pub use depth::MAX_DEPTH;

/// `syntax` for a document nested deeper than [`MAX_DEPTH`].
fn too_deep_issue(line: u64, column: u64, lang: Lang) -> Issue {
    let message = lang.pick(
        format!("not well-formed JSON: nested deeper than {MAX_DEPTH} levels"),
        format!("inte välformad JSON: nästlad djupare än {MAX_DEPTH} nivåer"),
    );
    let mut issue = Issue::new(Code::Syntax, "", message);
    issue.line = Some(line);
    issue.column = Some(column);
    issue
}
