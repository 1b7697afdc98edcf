//! Validation: the whole report for a document, structural and semantic.
//!
//! Structural problems come from [`crate::parse`]; the semantic rules of the
//! standard (which need the whole document) live one file each beside this
//! one and run only on documents with no structural error.

mod context;
mod coverage;
mod dates;
mod follow_up;
mod identifiers;
mod model_rules;
mod numbering;
mod references;
mod results;

use std::io::Read;
use std::path::Path;

pub(crate) use context::Context;

use crate::diagnostics::{Code, Lang, Report, Severity};
use crate::model::{Date, Programme};

/// Options of validation: message language, the as-of date for
/// `review_overdue`, and the warnings the publisher has acknowledged.
///
/// ```
/// use omvarld::{Code, Lang, Options};
/// let options = Options::new()
///     .lang(Lang::Sv)
///     .as_of("2026-01-01".parse()?)
///     .allow(Code::UncoveredFocusArea)?;
/// assert_eq!(options.lang, Lang::Sv);
/// assert_eq!(options.allowed(), [Code::UncoveredFocusArea]);
///
/// // The built-in Malmö programme has 13 warnings: six uncovered focus
/// // areas and seven unserved aims. Allowed ones are counted, not listed.
/// let report = omvarld::malmo().validate(&options);
/// assert_eq!((report.warnings.len(), report.allowed), (7, 6));
///
/// // Errors cannot be allowed.
/// let err = Options::new().allow(Code::DuplicateId).unwrap_err();
/// assert_eq!(err.code, Code::DuplicateId);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Language of messages (English by default).
    pub lang: Lang,
    /// Date to check review dates against; `review_overdue` runs only with one.
    pub as_of: Option<Date>,
    /// Warning codes whose issues are counted in [`Report::allowed`]
    /// instead of being listed; only [`Options::allow`] adds to it, so it
    /// never holds an error code.
    allow: Vec<Code>,
}

impl Options {
    /// English messages, no as-of date, no warning allowed.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the language of messages.
    #[must_use]
    pub fn lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// Sets the as-of date.
    #[must_use]
    pub fn as_of(mut self, date: Date) -> Self {
        self.as_of = Some(date);
        self
    }

    /// Allows the warning `code` (like clippy's and ruff's ignores): its
    /// issues are not listed in the report but counted in
    /// [`Report::allowed`], so a publisher who knows, say, that a focus
    /// area has no adopted position yet can say so once. Allowing a code
    /// twice is allowing it once.
    ///
    /// # Errors
    /// [`AllowError`] when `code` is an error: an error makes the document
    /// invalid and cannot be acknowledged away.
    pub fn allow(mut self, code: Code) -> Result<Self, AllowError> {
        if code.severity() != Severity::Warning {
            return Err(AllowError { code });
        }
        if !self.allow.contains(&code) {
            self.allow.push(code);
        }
        Ok(self)
    }

    /// The warning codes allowed, in the order they were first allowed.
    #[must_use]
    pub fn allowed(&self) -> &[Code] {
        &self.allow
    }
}

/// An error code given to [`Options::allow`]: only warnings can be allowed.
///
/// ```
/// let err = omvarld::Options::new().allow(omvarld::Code::UnknownReference).unwrap_err();
/// assert!(err.to_string().starts_with("`unknown_reference` is an error, and only warnings can be allowed"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{code}` is an error, and only warnings can be allowed: {}",
    warning_codes()
)]
#[non_exhaustive]
pub struct AllowError {
    /// The error code that was given.
    pub code: Code,
}

/// Every warning code, as `a`, `b`, ….
fn warning_codes() -> String {
    Code::ALL
        .iter()
        .filter(|c| c.severity() == Severity::Warning)
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The outcome of reading and validating a document: the typed programme when
/// it is structurally valid, and the whole report.
///
/// ```
/// let bytes = serde_json::to_vec(&omvarld::malmo())?;
/// let checked = omvarld::validate::check(&bytes, &Default::default());
/// assert!(checked.report.valid());
/// let programme = checked.programme.expect("no structural error");
/// assert_eq!(programme.focus_areas.len(), 6);
///
/// let checked = omvarld::validate::check(b"{}", &Default::default());
/// assert!(checked.programme.is_none());
/// assert!(!checked.report.valid());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Checked {
    /// The programme, when the document has no structural error.
    pub programme: Option<Programme>,
    /// Every error and warning.
    pub report: Report,
}

/// Parses and validates `bytes`, keeping the typed programme.
///
/// ```
/// let bytes = serde_json::to_vec(&omvarld::malmo())?;
/// let checked = omvarld::validate::check(&bytes, &Default::default());
/// assert!(checked.report.valid());
/// assert_eq!(checked.programme.unwrap().focus_areas.len(), 6);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[must_use]
pub fn check(bytes: &[u8], options: &Options) -> Checked {
    finish(crate::parse::parse(bytes), options)
}

/// Like [`check`], but frees the input before the semantic pass, so peak
/// memory is the input or the model plus the input while parsing, not more.
/// Not part of the API (it may change in any release): the command uses it;
/// [`validate_file`] frees its input in the same way.
#[doc(hidden)]
#[must_use]
pub fn check_owned(bytes: Vec<u8>, options: &Options) -> Checked {
    let parsed = crate::parse::parse(&bytes);
    drop(bytes);
    finish(parsed, options)
}

/// The semantic pass on a parsed programme, or the structural report in the
/// requested language.
fn finish(parsed: Result<Programme, Report>, options: &Options) -> Checked {
    match parsed {
        Ok(programme) => {
            let report = programme.validate(options);
            Checked {
                programme: Some(programme),
                report,
            }
        }
        Err(mut report) => {
            report.allow(&options.allow);
            report.localize(options.lang);
            Checked {
                programme: None,
                report,
            }
        }
    }
}

/// Validates a document given as bytes: every structural problem, or, when
/// there is none, every semantic one.
///
/// ```
/// let report = omvarld::validate(b"{\"schema_version\": 1", &Default::default());
/// assert_eq!(report.errors[0].code, omvarld::Code::Syntax);
/// assert_eq!(report.errors[0].line, Some(1));
/// ```
#[must_use]
pub fn validate(bytes: &[u8], options: &Options) -> Report {
    check(bytes, options).report
}

/// Validates a document given as a string.
///
/// ```
/// let report = omvarld::validate_str("[]", &Default::default());
/// assert_eq!(report.errors[0].code, omvarld::Code::Type);
/// assert_eq!(report.errors[0].path, "");
/// ```
#[must_use]
pub fn validate_str(text: &str, options: &Options) -> Report {
    validate(text.as_bytes(), options)
}

/// Validates a document read to its end from `reader`, with the `line` and
/// `column` of every issue the locator can place, in document order.
///
/// A reader cannot be read twice, so the input is kept through the semantic
/// pass (beside the model, as while parsing); the model is freed before the
/// issues are located, which is done only when there are issues.
///
/// # Errors
/// The reader's I/O error.
///
/// ```
/// let report = omvarld::validate_reader(&b"{\n  \"id\": 7\n}"[..], &Default::default())?;
/// assert!(!report.valid());
/// let id = report.errors.iter().find(|e| e.path == "/id").unwrap();
/// assert_eq!((id.line, id.column), (Some(2), Some(9)));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn validate_reader(mut reader: impl Read, options: &Options) -> std::io::Result<Report> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    let Checked {
        programme,
        mut report,
    } = check(&bytes, options);
    drop(programme);
    if !report.is_clean() {
        report.locate(&bytes);
    }
    Ok(report)
}

/// Validates the document in the file at `path`, with the `line` and
/// `column` of every issue the locator can place, in document order.
///
/// The input is freed before the semantic pass, so a clean
/// file costs no more than parsing it; only when there are issues is the
/// file read again to locate them (a file changed in between may leave some
/// issues without a place).
///
/// # Errors
/// The I/O error of reading the file (missing, a directory, unreadable).
///
/// ```
/// let path = std::env::temp_dir().join("omvarld-validate-file-example.json");
/// std::fs::write(&path, "{\n  \"schema_version\": \"1.1\",\n  \"id\": \"Bad Id\"\n}")?;
/// let report = omvarld::validate_file(&path, &Default::default())?;
/// let id = report.errors.iter().find(|e| e.path == "/id").unwrap();
/// assert_eq!((id.line, id.column), (Some(3), Some(9)));
/// assert!(omvarld::validate_file("no/such/file.json", &Default::default()).is_err());
/// # std::fs::remove_file(&path)?;
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn validate_file(path: impl AsRef<Path>, options: &Options) -> std::io::Result<Report> {
    let path = path.as_ref();
    let bytes = std::fs::read(path)?;
    let mut report = check_owned(bytes, options).report;
    if !report.is_clean() {
        report.locate(&std::fs::read(path)?);
    }
    Ok(report)
}

impl Programme {
    /// Validates a typed programme: the semantic rules of the standard, and
    /// the structural rules that its types cannot hold (a measured value
    /// that is not a finite number) for programmes built in code.
    ///
    /// ```
    /// let mut malmo = omvarld::malmo();
    /// malmo.focus_areas.swap(0, 1);
    /// let report = malmo.validate(&Default::default());
    /// assert_eq!(report.errors.len(), 2);
    /// assert_eq!(report.errors[0].code, omvarld::Code::FocusAreaNumbering);
    /// assert_eq!(report.errors[0].path, "/focus_areas/0/number");
    /// ```
    #[must_use]
    pub fn validate(&self, options: &Options) -> Report {
        let mut cx = Context::default();
        model_rules::check(self, &mut cx);
        if cx.is_empty() {
            identifiers::check(self, &mut cx);
            references::check(self, &mut cx);
            numbering::check(self, &mut cx);
            dates::check(self, options.as_of, &mut cx);
            results::check(self, &mut cx);
            follow_up::check(self, &mut cx);
            coverage::check(self, &mut cx);
        }
        let mut report = cx.into_report(options.lang);
        report.allow(&options.allow);
        report
    }
}
