//! [`Issue`]: one problem found in a document.

use serde::{Deserialize, Serialize};

use crate::diagnostics::{messages, Code, Detail, Lang, Severity};

/// One problem found in a document (anmärkning): its stable code, where it
/// is (a JSON Pointer, and line and column when known), and a message in
/// the requested language rendered from its structured [`Detail`].
///
/// ```
/// use omvarld::{Code, Issue, Lang};
/// use omvarld::diagnostics::{Detail, Message};
/// let detail = Detail::new(Message::NotFinite);
/// let mut issue = Issue::detailed(Code::Format, "/focus_areas/0/number", detail);
/// assert_eq!(issue.message, "the value is not a finite number");
/// issue.localize(Lang::Sv);
/// assert_eq!(issue.message, "värdet är inte ett ändligt tal");
/// assert_eq!(issue.to_string(), "error[format] /focus_areas/0/number: värdet är inte ett ändligt tal");
/// ```
#[derive(Clone, Debug, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "One problem found in a document (anmärkning).")]
#[non_exhaustive]
pub struct Issue {
    /// Stable code of the problem (felkod).
    pub code: Code,
    /// Whether the problem makes the document invalid (allvarlighetsgrad).
    pub severity: Severity,
    /// JSON Pointer (RFC 6901) to the offending value, or to the member that should be there (sökväg).
    pub path: String,
    /// What is wrong and what was expected, in the requested language (meddelande).
    pub message: String,
    /// Line of the problem in the file, 1-based (rad); always present for `syntax`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub line: Option<u64>,
    /// Column of the problem in the line, 1-based, counted in bytes (kolumn); always present for `syntax`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub column: Option<u64>,
    /// For a document read from a spreadsheet: the sheet the value came from (blad), e.g. `Ståndpunkter`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// For a document read from a spreadsheet: the cell in A1 notation (cell), e.g. `C7`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    /// The structured context the message is rendered from; `None` for an
    /// issue read from JSON or made with a message of its own.
    #[serde(skip)]
    #[schemars(skip)]
    detail: Option<Box<Detail>>,
    /// The language `message` is in, when it was rendered from `detail`.
    #[serde(skip)]
    #[schemars(skip)]
    rendered_in: Lang,
}

impl Issue {
    /// An issue with the code's severity, no location and a message of its
    /// own (which [`localize`](Self::localize) leaves as it is).
    #[must_use]
    pub fn new(code: Code, path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code,
            severity: code.severity(),
            path: path.into(),
            message: message.into(),
            line: None,
            column: None,
            sheet: None,
            cell: None,
            detail: None,
            rendered_in: Lang::En,
        }
    }

    /// An issue whose message is rendered from `detail` (in English until
    /// [`localize`](Self::localize) is called).
    #[must_use]
    pub fn detailed(code: Code, path: impl Into<String>, detail: Detail) -> Self {
        let mut issue = Self::new(code, path, messages::render(&detail, Lang::En));
        issue.detail = Some(Box::new(detail));
        issue
    }

    /// The same issue at `line` and `column` (1-based).
    #[must_use]
    pub fn at(mut self, line: u64, column: u64) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// The structured context of the message, when the issue has one.
    #[must_use]
    pub fn detail(&self) -> Option<&Detail> {
        self.detail.as_deref()
    }

    /// Renders the message again in `lang` (issues without a [`Detail`]
    /// keep theirs).
    pub fn localize(&mut self, lang: Lang) {
        if let Some(detail) = self.detail.as_deref().filter(|_| self.rendered_in != lang) {
            self.message = messages::render(detail, lang);
            self.rendered_in = lang;
        }
    }

    /// The path as shown to people: the JSON Pointer, or `(document)` for the
    /// whole document (whose pointer is the empty string).
    ///
    /// ```
    /// use omvarld::{Code, Issue};
    /// assert_eq!(Issue::new(Code::Type, "", "x").display_path(), "(document)");
    /// assert_eq!(Issue::new(Code::Type, "/id", "x").display_path(), "/id");
    /// ```
    #[must_use]
    pub fn display_path(&self) -> &str {
        if self.path.is_empty() {
            "(document)"
        } else {
            &self.path
        }
    }
}

/// Issues are equal when everything a report shows is equal (the
/// [`Detail`] a message came from does not count, so a report read back
/// from JSON equals the one written).
impl PartialEq for Issue {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
            && self.severity == other.severity
            && self.path == other.path
            && self.message == other.message
            && self.line == other.line
            && self.column == other.column
    }
}

impl Eq for Issue {}

/// `severity[code] path (line:column): message`, for example
/// `error[unknown_reference] /positions/2/focus_areas/0 (14:9): message`.
/// The place in parentheses is there only when it is known: `(line:column)`,
/// or `(line)` with a line and no column; the path is
/// [`display_path`](Issue::display_path).
///
/// ```
/// use omvarld::{Code, Issue};
/// let issue = Issue::new(Code::Format, "/id", "not an id");
/// assert_eq!(issue.to_string(), "error[format] /id: not an id");
/// assert_eq!(issue.at(3, 9).to_string(), "error[format] /id (3:9): not an id");
/// ```
impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}[{}] {}",
            self.severity,
            self.code,
            self.display_path()
        )?;
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, " ({line}:{column})")?,
            (Some(line), None) => write!(f, " ({line})")?,
            _ => {}
        }
        write!(f, ": {}", self.message)
    }
}
