//! `omvarld.Report` and `omvarld.Issue`: the result of validation.

use omvarld::{Code, Issue, Report};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString, PyTuple};

use crate::convert::to_json_string;
use crate::model::json_to_frozen;

/// One problem found in a document: a stable `code`, its `severity`, a JSON
/// Pointer `path`, a `message`, `line`/`column` where known, and, for an
/// issue read from a spreadsheet, its `sheet` and `cell`.
#[pyclass(module = "omvarld", name = "Issue", frozen)]
pub(crate) struct PyIssue {
    pub(crate) inner: Issue,
}

fn parse_code(code: &str) -> PyResult<Code> {
    serde_json::from_value(serde_json::Value::String(code.to_owned()))
        .map_err(|_| PyValueError::new_err(format!("unknown issue code {code:?}")))
}

fn issue_dict<'py>(py: Python<'py>, issue: &Issue) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("code", issue.code.as_str())?;
    dict.set_item("severity", issue.severity.as_str())?;
    dict.set_item("path", &issue.path)?;
    dict.set_item("message", &issue.message)?;
    if let Some(line) = issue.line {
        dict.set_item("line", line)?;
    }
    if let Some(column) = issue.column {
        dict.set_item("column", column)?;
    }
    if let Some(sheet) = &issue.sheet {
        dict.set_item("sheet", sheet)?;
    }
    if let Some(cell) = &issue.cell {
        dict.set_item("cell", cell)?;
    }
    Ok(dict)
}

/// The tokens of a JSON Pointer (RFC 6901) as a tuple: keys as `str`,
/// array indices (digits without a leading zero) as `int`.
pub(crate) fn loc<'py>(py: Python<'py>, pointer: &str) -> PyResult<Bound<'py, PyTuple>> {
    let mut items: Vec<Bound<'py, PyAny>> = Vec::new();
    if !pointer.is_empty() {
        for token in pointer.strip_prefix('/').unwrap_or(pointer).split('/') {
            let index = (token == "0"
                || (!token.starts_with('0') && token.bytes().all(|b| b.is_ascii_digit())))
            .then(|| token.parse::<u64>().ok())
            .flatten();
            items.push(match index {
                Some(i) => i.into_pyobject(py)?.into_any(),
                None => PyString::new(py, &token.replace("~1", "/").replace("~0", "~")).into_any(),
            });
        }
    }
    PyTuple::new(py, items)
}

/// The issue's `Detail` as a read-only mapping (the collection rule), when
/// it has one.
pub(crate) fn ctx<'py>(py: Python<'py>, issue: &Issue) -> PyResult<Option<Bound<'py, PyAny>>> {
    issue
        .detail()
        .map(|detail| {
            let value =
                serde_json::to_value(detail).map_err(|e| PyValueError::new_err(e.to_string()))?;
            json_to_frozen(py, &value)
        })
        .transpose()
}

#[pymethods]
impl PyIssue {
    /// An issue; its severity follows from the code.
    #[new]
    #[pyo3(signature = (code, path, message, line = None, column = None, sheet = None, cell = None))]
    fn new(
        code: &str,
        path: String,
        message: String,
        line: Option<u64>,
        column: Option<u64>,
        sheet: Option<String>,
        cell: Option<String>,
    ) -> PyResult<Self> {
        let mut inner = Issue::new(parse_code(code)?, path, message);
        inner.line = line;
        inner.column = column;
        inner.sheet = sheet;
        inner.cell = cell;
        Ok(Self { inner })
    }

    /// Stable code of the problem, e.g. `"unknown_reference"`.
    #[getter]
    fn code(&self) -> &'static str {
        self.inner.code.as_str()
    }

    /// `"error"` or `"warning"`.
    #[getter]
    fn severity(&self) -> &'static str {
        self.inner.severity.as_str()
    }

    /// JSON Pointer to the offending value.
    #[getter]
    fn path(&self) -> &str {
        &self.inner.path
    }

    /// What is wrong and what was expected.
    #[getter]
    fn message(&self) -> &str {
        &self.inner.message
    }

    /// Line in the source, 1-based, where known.
    #[getter]
    fn line(&self) -> Option<u64> {
        self.inner.line
    }

    /// Column in the line, 1-based (bytes), where known.
    #[getter]
    fn column(&self) -> Option<u64> {
        self.inner.column
    }

    /// The sheet the value came from, for an issue read from a spreadsheet.
    #[getter]
    fn sheet(&self) -> Option<&str> {
        self.inner.sheet.as_deref()
    }

    /// The cell (A1, e.g. `"C7"`) the value came from, for an issue read
    /// from a spreadsheet.
    #[getter]
    fn cell(&self) -> Option<&str> {
        self.inner.cell.as_deref()
    }

    /// The path as a tuple of keys and list indices (pydantic's `loc`):
    /// the JSON Pointer's tokens, unescaped (`~1` is `/`, `~0` is `~`), a
    /// token of digits as an `int`.
    #[getter]
    fn loc<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        loc(py, &self.inner.path)
    }

    /// The structured context the message was rendered from (pydantic's
    /// `ctx`), e.g. `{"message": "duplicate_id", "id": "x", "of": "position"}`,
    /// as a read-only mapping; `None` for an issue read from JSON or pickled.
    #[getter]
    fn ctx<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        ctx(py, &self.inner)
    }

    /// The issue as a dict (`line`/`column`, `sheet`/`cell` only where known).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        issue_dict(py, &self.inner)
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self) -> String {
        format!(
            "Issue(code={:?}, severity={:?}, path={:?}, message={:?})",
            self.inner.code.as_str(),
            self.inner.severity.as_str(),
            self.inner.path,
            self.inner.message
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyObject {
        let py = other.py();
        match other.downcast::<PyIssue>() {
            Ok(o) => PyBool::new(py, self.inner == o.get().inner)
                .to_owned()
                .into_any()
                .unbind(),
            Err(_) => py.NotImplemented(),
        }
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let i = &slf.get().inner;
        let args = (
            i.code.as_str(),
            i.path.clone(),
            i.message.clone(),
            i.line,
            i.column,
            i.sheet.clone(),
            i.cell.clone(),
        )
            .into_pyobject(py)?;
        Ok((slf.get_type().into_any(), args))
    }
}

/// The result of validating a document: `valid`, `errors`, `warnings`,
/// and how many warnings were `allowed`.
#[pyclass(module = "omvarld", name = "Report", frozen)]
pub(crate) struct PyReport {
    pub(crate) inner: Report,
}

fn issue_objects(py: Python<'_>, issues: &[Issue]) -> PyResult<Vec<Py<PyIssue>>> {
    issues
        .iter()
        .map(|i| Py::new(py, PyIssue { inner: i.clone() }))
        .collect()
}

/// A fresh list of issues, for methods such as `issues()`.
fn issue_list<'py>(py: Python<'py>, issues: &[Issue]) -> PyResult<Bound<'py, PyList>> {
    PyList::new(py, issue_objects(py, issues)?)
}

/// The issues as a tuple: what the `errors` and `warnings` attributes return
/// (the collection rule: an attribute's list is immutable, so that
/// `report.errors.append(x)` raises instead of changing nothing).
fn issue_tuple<'py>(py: Python<'py>, issues: &[Issue]) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(py, issue_objects(py, issues)?)
}

#[pymethods]
impl PyReport {
    /// A report of these issues (each an `Issue`).
    #[new]
    #[pyo3(signature = (errors = Vec::new(), warnings = Vec::new()))]
    fn new(errors: Vec<PyRef<'_, PyIssue>>, warnings: Vec<PyRef<'_, PyIssue>>) -> Self {
        let issues = errors
            .iter()
            .chain(warnings.iter())
            .map(|i| i.inner.clone());
        Self {
            inner: Report::from_issues(issues),
        }
    }

    /// `True` when there are no errors (warnings allowed).
    #[getter]
    fn valid(&self) -> bool {
        self.inner.valid()
    }

    /// Problems that make the document invalid (a tuple).
    #[getter]
    fn errors<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        issue_tuple(py, &self.inner.errors)
    }

    /// Problems that do not make the document invalid (a tuple).
    #[getter]
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        issue_tuple(py, &self.inner.warnings)
    }

    /// How many warnings were found but are not listed, because their
    /// codes were allowed (`validate(..., allow=[...])`).
    #[getter]
    fn allowed(&self) -> usize {
        self.inner.allowed
    }

    /// Every issue: errors first, then warnings.
    fn issues<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let all: Vec<Issue> = self.inner.issues().cloned().collect();
        issue_list(py, &all)
    }

    /// A report is not a truth value: `if report:` could mean "valid" or
    /// "has issues". Use `report.valid` (no errors) or `report.issues()`.
    fn __bool__(&self) -> PyResult<bool> {
        Err(PyTypeError::new_err(
            "the truth value of a Report is ambiguous: use `report.valid` (no errors), \
             `report.errors` or `report.issues()`",
        ))
    }

    /// Raises `ValidationError` (carrying this report) when there is an
    /// error; returns the report otherwise (warnings allowed).
    fn raise_for_errors(slf: &Bound<'_, Self>) -> PyResult<Py<Self>> {
        let report = &slf.get().inner;
        if report.valid() {
            Ok(slf.clone().unbind())
        } else {
            Err(crate::errors::validation_error(slf.py(), report.clone()))
        }
    }

    /// The issues as a `pandas.DataFrame` (needs pandas), one row per issue,
    /// errors first; the columns are there even when there is none.
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("omvarld._pandas")?
            .call_method1("report_to_pandas", (slf,))
    }

    /// The report as SPEC §2 describes it, as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &self.inner)
    }

    /// The report as JSON text.
    #[pyo3(signature = (indent = None))]
    fn to_json(&self, indent: Option<usize>) -> PyResult<String> {
        to_json_string(&self.inner, indent)
    }

    /// A report from its JSON text.
    #[staticmethod]
    fn from_json(data: &str) -> PyResult<Self> {
        serde_json::from_str(data)
            .map(|inner| Self { inner })
            .map_err(|e| PyValueError::new_err(format!("not a validation report: {e}")))
    }

    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        let py = slf.py();
        py.import("omvarld._html")?
            .call_method1("report_html", (slf,))?
            .extract()
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self) -> String {
        let allowed = match self.inner.allowed {
            0 => String::new(),
            n => format!(", allowed={n}"),
        };
        format!(
            "Report(valid={}, errors={}, warnings={}{allowed})",
            if self.inner.valid() { "True" } else { "False" },
            self.inner.errors.len(),
            self.inner.warnings.len()
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyObject {
        let py = other.py();
        match other.downcast::<PyReport>() {
            Ok(o) => PyBool::new(py, self.inner == o.get().inner)
                .to_owned()
                .into_any()
                .unbind(),
            Err(_) => py.NotImplemented(),
        }
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let json = to_json_string(&slf.get().inner, None)?;
        Ok((
            slf.get_type().getattr("from_json")?,
            PyTuple::new(py, [json])?,
        ))
    }
}
