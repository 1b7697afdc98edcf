//! [`Report`]: the result of validation.

use serde::{Deserialize, Serialize};

use crate::diagnostics::{messages, Code, Issue, Lang, Severity};

/// The result of validating a document (valideringsrapport): every error and
/// every warning. It is valid when there are no errors; validity is derived
/// from the errors, so a report cannot say "valid" and list an error.
///
/// **Order.** Errors and warnings each come in document order once they
/// are located: `validate_file` and `validate_reader` locate them, and
/// [`Report::locate`] does it for a report made from bytes in hand. Issues at
/// the same place, and an issue the locator cannot place (a member that is
/// missing), keep the order in which they were found, after the issue found
/// before them. Before locating, issues come rule by rule.
///
/// ```
/// let report = omvarld::validate_str(r#"{"schema_version": "1.0"}"#, &Default::default());
/// assert!(!report.valid());
/// assert!(report.errors.iter().any(|e| e.code == omvarld::Code::Required && e.path == "/id"));
///
/// // As JSON it has `valid` first, as the published report schema says.
/// let json = serde_json::to_value(&report)?;
/// assert_eq!(json["valid"], false);
/// // A report whose `valid` disagrees with its errors is refused.
/// let lie = r#"{"valid": true, "errors": [{"code": "type", "severity": "error", "path": "", "message": "x"}], "warnings": []}"#;
/// assert!(serde_json::from_str::<omvarld::Report>(lie).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "ReportJson")]
#[non_exhaustive]
pub struct Report {
    /// Problems that make the document invalid (fel).
    pub errors: Vec<Issue>,
    /// Problems that do not make the document invalid (varningar).
    pub warnings: Vec<Issue>,
    /// How many warnings were found but not listed, because the options
    /// allowed their codes ([`Options::allow`](crate::Options::allow); tillåtna).
    pub allowed: usize,
}

/// The JSON form of a report, which also carries `valid`; it is the type the
/// published `validation-report.schema.json` is generated from.
#[derive(Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "ValidationReport")]
struct ReportJson {
    /// `true` when there are no errors; warnings are allowed (giltig).
    valid: bool,
    /// Problems that make the document invalid (fel).
    errors: Vec<Issue>,
    /// Problems that do not make the document invalid (varningar).
    warnings: Vec<Issue>,
    /// How many warnings were found but are not listed, because their codes
    /// were allowed (`--allow CODE`; tillåtna); absent when none were.
    #[serde(default, skip_serializing_if = "is_zero")]
    allowed: u64,
}

#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl TryFrom<ReportJson> for Report {
    type Error = String;
    fn try_from(json: ReportJson) -> Result<Self, String> {
        if json.valid != json.errors.is_empty() {
            return Err(format!(
                "`valid` is {} but the report lists {}",
                json.valid,
                messages::count(json.errors.len(), "error", "errors")
            ));
        }
        if let Some(i) = json
            .errors
            .iter()
            .position(|i| i.severity != Severity::Error)
        {
            return Err(format!("errors/{i} has severity `warning`"));
        }
        if let Some(i) = json
            .warnings
            .iter()
            .position(|i| i.severity != Severity::Warning)
        {
            return Err(format!("warnings/{i} has severity `error`"));
        }
        Ok(Self {
            errors: json.errors,
            warnings: json.warnings,
            allowed: usize::try_from(json.allowed)
                .map_err(|_| format!("`allowed` is {}, too many to count", json.allowed))?,
        })
    }
}

impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let fields = if self.allowed == 0 { 3 } else { 4 };
        let mut s = serializer.serialize_struct("Report", fields)?;
        s.serialize_field("valid", &self.valid())?;
        s.serialize_field("errors", &self.errors)?;
        s.serialize_field("warnings", &self.warnings)?;
        if self.allowed == 0 {
            s.skip_field("allowed")?;
        } else {
            s.serialize_field("allowed", &self.allowed)?;
        }
        s.end()
    }
}

impl schemars::JsonSchema for Report {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        ReportJson::schema_name()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ReportJson::json_schema(generator)
    }
}

impl Report {
    /// A report of these issues, sorted into errors and warnings.
    #[must_use]
    pub fn from_issues(issues: impl IntoIterator<Item = Issue>) -> Self {
        let mut report = Self::default();
        report.extend(issues);
        report
    }

    /// `true` when there are no errors (warnings are allowed).
    #[must_use]
    pub fn valid(&self) -> bool {
        self.errors.is_empty()
    }

    /// Every issue: errors first, then warnings.
    pub fn issues(&self) -> impl Iterator<Item = &Issue> {
        self.errors.iter().chain(&self.warnings)
    }

    /// The issues with this code, errors first, then warnings, each in the
    /// report's order.
    ///
    /// ```
    /// use omvarld::Code;
    /// let report = omvarld::validate_str(r#"{"schema_version": "1.0"}"#, &Default::default());
    /// let missing: Vec<_> = report.with_code(Code::Required).map(|i| i.path.as_str()).collect();
    /// assert!(missing.contains(&"/id"));
    /// assert_eq!(report.with_code(Code::Syntax).count(), 0);
    /// ```
    pub fn with_code(&self, code: Code) -> impl Iterator<Item = &Issue> + '_ {
        self.issues().filter(move |i| i.code == code)
    }

    /// The report when it is valid (warnings are allowed), or an
    /// [`InvalidReport`] holding it, for `?`.
    ///
    /// # Errors
    ///
    /// [`InvalidReport`] when the report has an error.
    ///
    /// ```
    /// let report = omvarld::malmo().validate(&Default::default());
    /// assert!(report.into_result().is_ok());
    ///
    /// let err = omvarld::validate_str("[]", &Default::default()).into_result().unwrap_err();
    /// assert_eq!(err.report().errors[0].code, omvarld::Code::Type);
    /// assert_eq!(err.to_string(), "the document is invalid: 1 error, 0 warnings");
    /// let report: omvarld::Report = err.into_report();
    /// assert!(!report.valid());
    /// ```
    pub fn into_result(self) -> Result<Report, InvalidReport> {
        if self.valid() {
            Ok(self)
        } else {
            Err(InvalidReport(Box::new(self)))
        }
    }

    /// `true` when there is neither an error nor a warning.
    #[must_use]
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty() && self.warnings.is_empty()
    }

    /// Adds issues, each to the errors or the warnings by its severity.
    pub fn extend(&mut self, issues: impl IntoIterator<Item = Issue>) {
        for issue in issues {
            match issue.severity {
                Severity::Error => self.errors.push(issue),
                Severity::Warning => self.warnings.push(issue),
            }
        }
    }

    /// Takes the warnings with one of `codes` out of the list and counts
    /// them in [`allowed`](Self::allowed) (only warning codes are given:
    /// [`Options`](crate::Options) holds no other).
    pub(crate) fn allow(&mut self, codes: &[Code]) {
        if codes.is_empty() {
            return;
        }
        let before = self.warnings.len();
        self.warnings.retain(|w| !codes.contains(&w.code));
        self.allowed += before - self.warnings.len();
    }

    /// `true` when an error of the input or structural rules is listed: the
    /// semantic rules (references, numbering, dates, and every warning)
    /// run only on documents with none, so they have not run.
    ///
    /// ```
    /// let report = omvarld::validate_str(r#"{"schema_version": "1.0"}"#, &Default::default());
    /// assert!(report.has_structural_errors());
    /// assert!(!omvarld::malmo().validate(&Default::default()).has_structural_errors());
    /// ```
    #[must_use]
    pub fn has_structural_errors(&self) -> bool {
        self.errors
            .iter()
            .any(|e| e.code.kind() != crate::diagnostics::Kind::Semantic)
    }

    /// Renders every message again in `lang`.
    ///
    /// ```
    /// let mut report = omvarld::validate_str("[]", &Default::default());
    /// assert_eq!(report.errors[0].message, "expected an object (a programme), found an array");
    /// report.localize(omvarld::Lang::Sv);
    /// assert_eq!(report.errors[0].message, "förväntade ett objekt (ett program), fick en lista");
    /// ```
    pub fn localize(&mut self, lang: Lang) {
        for issue in self.errors.iter_mut().chain(self.warnings.iter_mut()) {
            issue.localize(lang);
        }
    }

    /// Fills in `line` and `column` of every issue whose place in `source`
    /// (the bytes the report was made from) can be found, then puts the
    /// errors and the warnings in document order (see [`Report`]).
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
        let found = crate::diagnostics::locate::locate(source, &wanted);
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
        in_document_order(&mut self.errors);
        in_document_order(&mut self.warnings);
    }
}

/// Sorts located issues by line and column, stably; an issue with no place
/// stays after the one before it.
fn in_document_order(issues: &mut Vec<Issue>) {
    let mut last = (0, 0);
    let mut keyed: Vec<((u64, u64), Issue)> = issues
        .drain(..)
        .map(|issue| {
            if let Some(line) = issue.line {
                last = (line, issue.column.unwrap_or(0));
            }
            (last, issue)
        })
        .collect();
    keyed.sort_by_key(|(place, _)| *place);
    issues.extend(keyed.into_iter().map(|(_, issue)| issue));
}

/// A report with errors, as an error: what [`Report::into_result`] gives.
/// Its message counts the errors and warnings; the report is kept whole.
///
/// ```
/// use std::error::Error as _;
/// let report = omvarld::validate(b"{}", &Default::default());
/// let err = report.into_result().unwrap_err();
/// assert!(err.to_string().starts_with("the document is invalid: "));
/// assert!(err.source().is_none());
/// assert!(!err.report().errors.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidReport(Box<Report>);

impl InvalidReport {
    /// The report.
    #[must_use]
    pub fn report(&self) -> &Report {
        &self.0
    }

    /// The report, taken out.
    #[must_use]
    pub fn into_report(self) -> Report {
        *self.0
    }
}

impl std::fmt::Display for InvalidReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the document is invalid: {}, {}",
            messages::count(self.0.errors.len(), "error", "errors"),
            messages::count(self.0.warnings.len(), "warning", "warnings")
        )
    }
}

impl std::error::Error for InvalidReport {}

impl From<InvalidReport> for Report {
    fn from(err: InvalidReport) -> Self {
        err.into_report()
    }
}

impl std::fmt::Display for Report {
    /// One line per issue, then a summary line (`valid: 0 errors, 7
    /// warnings, 6 allowed`; the allowed ones only when there are some).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for issue in self.issues() {
            writeln!(f, "{issue}")?;
        }
        write!(
            f,
            "{}: {}, {}",
            if self.valid() { "valid" } else { "invalid" },
            messages::count(self.errors.len(), "error", "errors"),
            messages::count(self.warnings.len(), "warning", "warnings")
        )?;
        if self.allowed > 0 {
            write!(f, ", {} allowed", self.allowed)?;
        }
        Ok(())
    }
}
