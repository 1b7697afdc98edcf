//! [`Report`] and [`Issue`]: the result of validation.

use serde::{Deserialize, Serialize};

use crate::validate::{Code, Severity};

/// One problem found in a document (anmärkning).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
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
}

impl Issue {
    /// A new issue with the code's severity and no location.
    #[must_use]
    pub fn new(code: Code, path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code,
            severity: code.severity(),
            path: path.into(),
            message: message.into(),
            line: None,
            column: None,
        }
    }
}

impl Issue {
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

impl std::fmt::Display for Issue {
    /// `error[unknown_reference] /positions/2/focus_areas/0: message`
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}[{}] {}: {}",
            self.severity,
            self.code,
            self.display_path(),
            self.message
        )
    }
}

/// The result of validating a document (valideringsrapport): every error and
/// every warning. `valid` is true when there are no errors.
///
/// ```
/// let report = omvarld::validate_str(r#"{"schema_version": "1.0"}"#, &Default::default());
/// assert!(!report.valid);
/// assert!(report.errors.iter().any(|e| e.code == omvarld::Code::Required && e.path == "/id"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "ValidationReport")]
pub struct Report {
    /// `true` when there are no errors; warnings are allowed (giltig).
    pub valid: bool,
    /// Problems that make the document invalid (fel).
    pub errors: Vec<Issue>,
    /// Problems that do not make the document invalid (varningar).
    pub warnings: Vec<Issue>,
}

impl Report {
    /// A report of these issues, sorted into errors and warnings.
    #[must_use]
    pub fn from_issues(issues: impl IntoIterator<Item = Issue>) -> Self {
        let (errors, warnings): (Vec<_>, Vec<_>) = issues
            .into_iter()
            .partition(|i| i.severity == Severity::Error);
        Self {
            valid: errors.is_empty(),
            errors,
            warnings,
        }
    }

    /// Every issue: errors first, then warnings.
    pub fn issues(&self) -> impl Iterator<Item = &Issue> {
        self.errors.iter().chain(&self.warnings)
    }

    /// `true` when there is neither an error nor a warning.
    #[must_use]
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty() && self.warnings.is_empty()
    }

    /// Adds issues, keeping `valid` in step.
    pub fn extend(&mut self, issues: impl IntoIterator<Item = Issue>) {
        for issue in issues {
            match issue.severity {
                Severity::Error => self.errors.push(issue),
                Severity::Warning => self.warnings.push(issue),
            }
        }
        self.valid = self.errors.is_empty();
    }

    /// Fills in `line` and `column` of every issue whose place in `source`
    /// (the bytes the report was made from) can be found.
    ///
    /// ```
    /// let src = "{\n  \"schema_version\": \"2.0\"\n}";
    /// let mut report = omvarld::validate_str(src, &Default::default());
    /// report.locate(src.as_bytes());
    /// let issue = report.errors.iter().find(|e| e.path == "/schema_version").unwrap();
    /// assert_eq!((issue.line, issue.column), (Some(2), Some(21)));
    /// ```
    pub fn locate(&mut self, source: &[u8]) {
        let wanted: Vec<String> = self
            .issues()
            .filter(|i| i.line.is_none())
            .map(|i| i.path.clone())
            .collect();
        if wanted.is_empty() {
            return;
        }
        let wanted: Vec<&str> = wanted.iter().map(String::as_str).collect();
        let found = crate::parse::locate::locate(source, &wanted);
        for issue in self.errors.iter_mut().chain(self.warnings.iter_mut()) {
            if issue.line.is_none() {
                if let Some(place) = found.get(issue.path.as_str()) {
                    // A member that should not be there is shown at its name.
                    let (line, column) = if issue.code == Code::UnknownField {
                        place.key
                    } else {
                        place.value
                    };
                    issue.line = Some(line);
                    issue.column = Some(column);
                }
            }
        }
    }
}

impl std::fmt::Display for Report {
    /// One line per issue, then a summary line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for issue in self.issues() {
            writeln!(f, "{issue}")?;
        }
        write!(
            f,
            "{}: {} error(s), {} warning(s)",
            if self.valid { "valid" } else { "invalid" },
            self.errors.len(),
            self.warnings.len()
        )
    }
}
