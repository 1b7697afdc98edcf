//! Parsing: bytes, text or a reader into a typed [`Programme`], or a report
//! of every structural problem.
//!
//! Valid documents take the fast path: one typed serde pass whose types check
//! every rule as they are built, with nothing else to pay for. When that pass
//! fails, the slow path parses the bytes again into a tree and walks it
//! against the published schema to collect every problem with its path.

mod depth;
mod node;
mod structure;
mod syntax;

use std::any::Any;
use std::io::Read;

use crate::diagnostics::{Code, Detail, Issue, Lang, Message, Report};
use crate::model::versions::{newer_members, NewerMember};
use crate::model::{Programme, SchemaVersion, StandardObject};

pub(crate) use node::Node;

/// Why a document could not be read as a [`Programme`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The document has structural problems; the report lists every one.
    #[error("the document is not a valid programme: {}", summary(.0))]
    Invalid(Box<Report>),
    /// The reader failed. The message does not repeat the I/O error: it is
    /// the [`source`](std::error::Error::source), so a chain printer
    /// (`anyhow`'s `{:#}`) shows it once.
    ///
    /// ```
    /// use std::error::Error as _;
    /// let io = std::io::Error::other("disk on fire");
    /// let err = omvarld::ParseError::from(io);
    /// assert_eq!(err.to_string(), "could not read the document");
    /// assert_eq!(err.source().unwrap().to_string(), "disk on fire");
    /// ```
    #[error("could not read the document")]
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
///
/// ```
/// use omvarld::Lang;
/// let err = omvarld::parse::from_slice_in(br#"{"schema_version": "2.0"}"#, Lang::Sv).unwrap_err();
/// let first = &err.report().unwrap().errors[0];
/// assert_eq!(first.code, omvarld::Code::SchemaVersion);
/// assert!(first.message.contains("standardversion") || first.message.contains("version"));
/// ```
pub fn from_slice_in(bytes: &[u8], lang: Lang) -> Result<Programme, ParseError> {
    parse(bytes).map_err(|mut report| {
        report.localize(lang);
        ParseError::Invalid(Box::new(report))
    })
}

/// Parses a document given as a string.
///
/// # Errors
/// [`ParseError::Invalid`] with the report of every structural problem.
///
/// ```
/// let json = serde_json::to_string(&omvarld::malmo())?;
/// let programme = omvarld::parse::from_str(&json)?;
/// assert_eq!(programme, omvarld::malmo());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_str(text: &str) -> Result<Programme, ParseError> {
    from_slice(text.as_bytes())
}

/// Parses a document read to its end from `reader`.
///
/// # Errors
/// [`ParseError::Io`] when the reader fails, [`ParseError::Invalid`] otherwise.
///
/// ```
/// let json = serde_json::to_vec(&omvarld::malmo())?;
/// let programme = omvarld::parse::from_reader(std::io::Cursor::new(json))?;
/// assert_eq!(programme.organisation.name.sv(), "Malmö stad");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_reader(mut reader: impl Read) -> Result<Programme, ParseError> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    from_slice(&bytes)
}

/// Parses `bytes` as one object of the standard on its own: `T` is its
/// model type ([`AdvocacyPosition`](crate::AdvocacyPosition),
/// [`Target`](crate::Target), …), checked against the newest version's
/// schema of that type ([`schema_for`](crate::schema::schema_for)). Paths
/// in the report are relative to the object; messages are English
/// ([`Report::localize`] renders them in another language). A
/// [`Programme`] is read as [`from_slice`] reads it, by the rules of its
/// own version.
///
/// # Errors
/// [`ParseError::Invalid`] with the report of every structural problem.
///
/// ```
/// use omvarld::{parse, Code, Target};
/// let t: Target = parse::object(br#"{"level": "eu", "body": {"sv": "EU"}}"#)?;
/// assert_eq!(t.level.as_str(), "eu");
/// let err = parse::object::<Target>(br#"{"level": "moon", "body": {}}"#).unwrap_err();
/// let codes: Vec<_> = err.report().unwrap().errors.iter().map(|e| (e.code.as_str(), e.path.as_str())).collect();
/// assert_eq!(codes, [("enum", "/level"), ("missing_swedish", "/body")]);
/// // An array of the members is not an object.
/// let err = parse::object::<Target>(br#"["eu", {"sv": "EU"}]"#).unwrap_err();
/// assert_eq!(err.report().unwrap().errors[0].code, Code::Type);
/// # Ok::<(), omvarld::ParseError>(())
/// ```
pub fn object<T: StandardObject>(bytes: &[u8]) -> Result<T, ParseError> {
    let value = value_of_def::<T>(bytes, T::NAME)?;
    if let Some(programme) = (&value as &dyn Any).downcast_ref::<Programme>() {
        let newer = newer_members(programme);
        if !newer.is_empty() {
            let report = Report::from_issues(newer.iter().map(newer_member_issue));
            return Err(ParseError::Invalid(Box::new(report)));
        }
    }
    Ok(value)
}

/// Not part of the API (it may change in any release): [`object`] for any
/// value with a schema type of the same name, objects or not (`Text`,
/// `Date`, `Id`, …), as the Python binding reads single values.
///
/// # Errors
/// [`ParseError::Invalid`] with the report of every structural problem.
#[doc(hidden)]
pub fn from_slice_as<T>(bytes: &[u8]) -> Result<T, ParseError>
where
    T: serde::de::DeserializeOwned + schemars::JsonSchema,
{
    value_of_def::<T>(bytes, &T::schema_name())
}

/// The fast path for a value of `$defs` type `def`, then the slow path.
fn value_of_def<T: serde::de::DeserializeOwned>(bytes: &[u8], def: &str) -> Result<T, ParseError> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    // Object types read only from a JSON object (`model::declare`).
    depth::from_slice::<T>(bytes)
        .map_err(|error| ParseError::Invalid(Box::new(slow_path(bytes, &error, def))))
}

/// The fast path, then (on failure) the slow path that reports everything
/// (messages in English).
pub(crate) fn parse(bytes: &[u8]) -> Result<Programme, Report> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let programme = depth::from_slice::<Programme>(bytes)
        .map_err(|error| slow_path(bytes, &error, "Programme"))?;
    let newer = newer_members(&programme);
    if newer.is_empty() {
        Ok(programme)
    } else {
        Err(Report::from_issues(newer.iter().map(newer_member_issue)))
    }
}

/// `unknown_field` for a member of a newer version than the document's
/// (the slow path's walk reports the same issue for the same member).
pub(crate) fn newer_member_issue(newer: &NewerMember) -> Issue {
    let detail = Detail::new(Message::MemberOfNewerVersion)
        .with("member", newer.member)
        .with("within", crate::shape::terms::of_def(newer.within))
        .with("found", SchemaVersion::V1_0.as_str())
        .with("version", newer.since.as_str());
    Issue::detailed(Code::UnknownField, newer.path.as_str(), detail)
}

/// After the typed pass failed with `error`: parses into a [`Node`] tree
/// and reports every structural problem of the `$defs` type `def`.
fn slow_path(bytes: &[u8], error: &ReadError, def: &str) -> Report {
    let fast_error = match error {
        ReadError::Json(e) => e,
        ReadError::TooDeep { line, column } => {
            return Report::from_issues([too_deep_issue(*line, *column)])
        }
    };
    node::take_repeated_member();
    let node = match depth::from_slice::<Node>(bytes) {
        Ok(node) => node,
        Err(ReadError::Json(e)) => {
            let (detail, line, column) = syntax::located(&e, node::take_repeated_member(), bytes);
            let issue = Issue::detailed(Code::Syntax, "", detail).at(line, column);
            return Report::from_issues([issue]);
        }
        Err(ReadError::TooDeep { line, column }) => {
            return Report::from_issues([too_deep_issue(line, column)])
        }
    };
    let issues = structure::check(&node, def);
    if issues.is_empty() {
        // The typed pass and the schema walk disagree: a bug, never hidden.
        let detail =
            Detail::new(Message::Unreadable).with("detail", syntax::without_position(fast_error));
        return Report::from_issues([
            Issue::detailed(Code::Type, "", detail).at(line_of(fast_error), column_of(fast_error))
        ]);
    }
    Report::from_issues(issues)
}

fn line_of(e: &serde_json::Error) -> u64 {
    e.line().max(1) as u64
}

fn column_of(e: &serde_json::Error) -> u64 {
    e.column().max(1) as u64
}

use depth::ReadError;
pub use depth::MAX_DEPTH;

/// `syntax` for a document nested deeper than [`MAX_DEPTH`].
fn too_deep_issue(line: u64, column: u64) -> Issue {
    let detail = Detail::new(Message::SyntaxTooDeep).with("limit", MAX_DEPTH);
    Issue::detailed(Code::Syntax, "", detail).at(line, column)
}

#[cfg(test)]
mod tests {
    use std::error::Error as _;

    use super::ParseError;

    /// A reader that always fails.
    struct Broken;

    impl std::io::Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }

    #[test]
    fn an_io_error_is_shown_once_along_the_source_chain() {
        let err = super::from_reader(Broken).unwrap_err();
        assert!(matches!(err, ParseError::Io(_)));
        let mut chain = vec![err.to_string()];
        let mut source = err.source();
        while let Some(s) = source {
            chain.push(s.to_string());
            source = s.source();
        }
        assert_eq!(chain, ["could not read the document", "disk on fire"]);
        // What `anyhow`'s `{:#}` prints: each message once.
        assert_eq!(chain.join(": ").matches("disk on fire").count(), 1);
    }
}
