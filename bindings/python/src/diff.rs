//! `Programme.diff(other)` → `Diff`: a thin class over the core's
//! `omvarld::diff` (every rule of matching lives there), with its changes as
//! an immutable tuple of `Change` objects, flat `records()` for pandas, and
//! the changelog the command writes.

use omvarld::diff::{Change, ChangeKind};
use omvarld::{Diff, Lang};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};
use serde_json::Value;

use crate::convert::to_json_string;
use crate::model::json_to_frozen;
use crate::programme::PyProgramme;
use crate::report::PyIssue;

/// The columns of `records()` and `to_pandas()`, in order.
const COLUMNS: [&str; 11] = [
    "kind",
    "object",
    "subject_object",
    "subject_id",
    "subject_title",
    "member",
    "lang",
    "old_path",
    "new_path",
    "old",
    "new",
];

fn kind_name(kind: ChangeKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// One change between two programmes: its `kind`, paths, member, language,
/// subject and old and new values (read-only).
#[pyclass(module = "omvarld", name = "Change", frozen)]
pub(crate) struct PyChange {
    inner: Change,
}

#[pymethods]
impl PyChange {
    /// `added`, `removed`, `changed`, `moved`, `status_changed` or `renumbered`.
    #[getter]
    fn kind(&self) -> String {
        kind_name(self.inner.kind)
    }

    /// JSON Pointer into the old document (`None` for an addition).
    #[getter]
    fn old_path(&self) -> Option<&str> {
        self.inner.old_path.as_deref()
    }

    /// JSON Pointer into the new document (`None` for a removal).
    #[getter]
    fn new_path(&self) -> Option<&str> {
        self.inner.new_path.as_deref()
    }

    /// The object type of the changed member or list element (`AdvocacyPosition`).
    #[getter]
    fn object(&self) -> &str {
        &self.inner.object
    }

    /// The member that changed, or the list the element is in.
    #[getter]
    fn member(&self) -> Option<&str> {
        self.inner.member.as_deref()
    }

    /// The language, for a change inside a text.
    #[getter]
    fn lang(&self) -> Option<&str> {
        self.inner.lang.as_deref()
    }

    /// The id of the nearest identified object (`infra-1`).
    #[getter]
    fn subject_id(&self) -> Option<&str> {
        self.inner.subject.as_ref().map(|s| s.id.as_str())
    }

    /// The type of that object (`AdvocacyPosition`).
    #[getter]
    fn subject_object(&self) -> Option<&str> {
        self.inner.subject.as_ref().map(|s| s.object.as_str())
    }

    /// The old value, as read-only JSON data (`None` when absent).
    #[getter]
    fn old<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .old
            .as_ref()
            .map(|v| json_to_frozen(py, v))
            .transpose()
    }

    /// The new value, as read-only JSON data (`None` when absent).
    #[getter(new)]
    fn new_value<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .new
            .as_ref()
            .map(|v| json_to_frozen(py, v))
            .transpose()
    }

    /// The change as `diff.schema.json` describes it, as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &self.inner)
    }

    fn __repr__(&self) -> String {
        let place = self
            .inner
            .new_path
            .as_deref()
            .or(self.inner.old_path.as_deref())
            .unwrap_or("");
        format!("Change({}, {place:?})", kind_name(self.inner.kind))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyObject {
        let py = other.py();
        match other.downcast::<PyChange>() {
            Ok(o) => (self.inner == o.get().inner).into_pyobject(py).map_or_else(
                |_| py.NotImplemented(),
                |b| b.to_owned().into_any().unbind(),
            ),
            Err(_) => py.NotImplemented(),
        }
    }
}

/// What changed between two programmes (`Programme.diff(other)`).
///
/// `len(diff)` is the number of changes. A diff is not a truth value
/// (`if diff:` could mean "differs" or "valid"): use `diff.identical` or
/// `len(diff)`, and `diff.valid` for errors.
#[pyclass(module = "omvarld", name = "Diff", frozen)]
pub(crate) struct PyDiff {
    inner: Diff,
}

fn record<'py>(py: Python<'py>, change: &Change) -> PyResult<Bound<'py, PyDict>> {
    let row = PyDict::new(py);
    let subject = change.subject.as_ref();
    let title = subject
        .and_then(|s| s.title.as_ref())
        .and_then(|t| t.get("sv"))
        .and_then(Value::as_str);
    row.set_item("kind", kind_name(change.kind))?;
    row.set_item("object", &change.object)?;
    row.set_item("subject_object", subject.map(|s| s.object.as_str()))?;
    row.set_item("subject_id", subject.map(|s| s.id.as_str()))?;
    row.set_item("subject_title", title)?;
    row.set_item("member", change.member.as_deref())?;
    row.set_item("lang", change.lang.as_deref())?;
    row.set_item("old_path", change.old_path.as_deref())?;
    row.set_item("new_path", change.new_path.as_deref())?;
    for (key, value) in [("old", &change.old), ("new", &change.new)] {
        match value {
            Some(v) => row.set_item(key, crate::convert::json_to_py(py, v)?)?,
            None => row.set_item(key, py.None())?,
        }
    }
    Ok(row)
}

#[pymethods]
impl PyDiff {
    /// The changes, in the order of the new document (a tuple).
    #[getter]
    fn changes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items: Vec<Py<PyChange>> = self
            .inner
            .changes
            .iter()
            .map(|c| Py::new(py, PyChange { inner: c.clone() }))
            .collect::<PyResult<_>>()?;
        PyTuple::new(py, items)
    }

    /// `True` when there is no change (errors aside: see `valid`).
    #[getter]
    fn identical(&self) -> bool {
        self.inner.is_empty()
    }

    /// `True` when neither document has an error.
    #[getter]
    fn valid(&self) -> bool {
        self.inner.valid()
    }

    /// The old document's `schema_version`.
    #[getter]
    fn old_version(&self) -> Option<&str> {
        self.inner.old.version.as_deref()
    }

    /// The new document's `schema_version`.
    #[getter]
    fn new_version(&self) -> Option<&str> {
        self.inner.new.version.as_deref()
    }

    /// The old document's errors (a tuple of `Issue`).
    #[getter]
    fn old_errors<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        issues(py, &self.inner.old.errors)
    }

    /// The new document's errors (a tuple of `Issue`).
    #[getter]
    fn new_errors<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        issues(py, &self.inner.new.errors)
    }

    /// One flat dict per change, with the columns of `to_pandas()`:
    /// kind, object, subject_object, subject_id, subject_title (Swedish),
    /// member, lang, old_path, new_path, old, new.
    fn records<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let rows: Vec<Bound<'py, PyDict>> = self
            .inner
            .changes
            .iter()
            .map(|c| record(py, c))
            .collect::<PyResult<_>>()?;
        PyList::new(py, rows)
    }

    /// The records as a `pandas.DataFrame` (needs pandas); the columns are
    /// there even when there is no change.
    fn to_pandas<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let pandas = py.import("pandas")?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("columns", PyList::new(py, COLUMNS)?)?;
        pandas.call_method("DataFrame", (self.records(py)?,), Some(&kwargs))
    }

    /// The diff as `diff.schema.json` describes it, as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &self.inner)
    }

    /// The diff as JSON text (`omvarld diff --format json`).
    #[pyo3(signature = (indent = None))]
    fn to_json(&self, indent: Option<usize>) -> PyResult<String> {
        to_json_string(&self.inner, indent)
    }

    /// A diff from its JSON text.
    #[staticmethod]
    fn from_json(data: &str) -> PyResult<Self> {
        serde_json::from_str(data)
            .map(|inner| Self { inner })
            .map_err(|e| PyValueError::new_err(format!("not a diff: {e}")))
    }

    /// The changelog `omvarld diff` writes: one sentence per change, in
    /// `lang` (`"sv"` or `"en"`), as `"text"`, `"markdown"` or `"html"`.
    #[pyo3(signature = (lang = "sv", format = "text", old = "old", new = "new"))]
    fn changelog(&self, lang: &str, format: &str, old: &str, new: &str) -> PyResult<String> {
        let lang: Lang = lang
            .parse()
            .map_err(|e: omvarld::InvalidValue| PyValueError::new_err(e.to_string()))?;
        omvarld_cli::render_diff(&self.inner, old, new, lang, format).ok_or_else(|| {
            PyValueError::new_err(format!(
                "unknown format {format:?}; expected \"text\", \"markdown\" or \"html\""
            ))
        })
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    /// Not a truth value: see the class.
    fn __bool__(&self) -> PyResult<bool> {
        Err(PyTypeError::new_err(
            "the truth value of a Diff is ambiguous: use `diff.identical` (no change), \
             `len(diff)` or `diff.valid` (no errors)",
        ))
    }

    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        slf.py()
            .import("omvarld._html")?
            .call_method1("diff_html", (slf,))?
            .extract()
    }

    fn __repr__(&self) -> String {
        let version =
            |v: &Option<String>| v.as_deref().map_or("None".to_owned(), |v| format!("'{v}'"));
        format!(
            "Diff(changes={}, old_version={}, new_version={}, valid={})",
            self.inner.len(),
            version(&self.inner.old.version),
            version(&self.inner.new.version),
            if self.inner.valid() { "True" } else { "False" }
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyObject {
        let py = other.py();
        match other.downcast::<PyDiff>() {
            Ok(o) => (self.inner == o.get().inner).into_pyobject(py).map_or_else(
                |_| py.NotImplemented(),
                |b| b.to_owned().into_any().unbind(),
            ),
            Err(_) => py.NotImplemented(),
        }
    }
}

fn issues<'py>(py: Python<'py>, list: &[omvarld::Issue]) -> PyResult<Bound<'py, PyTuple>> {
    let items: Vec<Py<PyIssue>> = list
        .iter()
        .map(|i| Py::new(py, PyIssue { inner: i.clone() }))
        .collect::<PyResult<_>>()?;
    PyTuple::new(py, items)
}

#[pymethods]
impl PyProgramme {
    /// What changed from this programme to `other`: objects matched by id,
    /// status transitions, renumbered focus areas, moves, texts per language.
    fn diff(&self, other: PyRef<'_, PyProgramme>) -> PyDiff {
        PyDiff {
            inner: omvarld::diff(&self.inner, &other.inner),
        }
    }
}
