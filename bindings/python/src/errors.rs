//! Raising `omvarld.ValidationError`, which is defined in Python
//! (`omvarld/_errors.py`) so that it is an ordinary `ValueError` subclass that
//! pickles and carries its `Report`.

use std::path::Path;

use omvarld::pointer::Pointer;
use omvarld::{ParseError, Report};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::{PyDict, PyType};
use serde_json::Value;

use crate::convert::json_to_py;
use crate::report::PyReport;

static VALIDATION_ERROR: GILOnceCell<Py<PyType>> = GILOnceCell::new();

/// A one-line summary of a report's errors, for the exception message.
fn summary(report: &Report) -> String {
    let n = report.errors.len();
    let mut out = format!("{n} validation error{}", if n == 1 { "" } else { "s" });
    for issue in report.errors.iter().take(5) {
        out.push_str("\n  ");
        out.push_str(&issue.to_string());
    }
    if n > 5 {
        out.push_str(&format!("\n  … and {} more", n - 5));
    }
    out
}

/// `omvarld.ValidationError` carrying `report`.
pub(crate) fn validation_error(py: Python<'_>, report: Report) -> PyErr {
    raise(py, report, None, None)
}

/// `omvarld.ValidationError` carrying `report` made from `source` (the
/// document as JSON), so that `errors()` can show each offending `input`.
pub(crate) fn validation_error_in(py: Python<'_>, report: Report, source: &Value) -> PyErr {
    raise(py, report, Some(source), None)
}

/// `omvarld.ValidationError` for a document read from the file at `path`
/// (its bytes `source`): the message starts with the file name.
pub(crate) fn validation_error_from_file(
    py: Python<'_>,
    report: Report,
    source: &[u8],
    path: &Path,
) -> PyErr {
    let json = json_of(source);
    raise(py, report, json.as_ref(), Some(path))
}

/// The document in `source` as JSON, when an ordinary parser reads it.
pub(crate) fn json_of(source: &[u8]) -> Option<Value> {
    let source = source.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(source);
    serde_json::from_slice(source).ok()
}

/// Largest input (as compact JSON) that `errors()` shows.
const MAX_INPUT: usize = 200;

/// `{path: value}` for the issues whose path names a small value of `source`.
fn inputs<'py>(py: Python<'py>, report: &Report, source: &Value) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    for issue in report.issues() {
        let Some(value) = source.pointer(&issue.path) else {
            continue;
        };
        let small = match value {
            Value::Array(_) | Value::Object(_) | Value::String(_) => {
                serde_json::to_vec(value).is_ok_and(|v| v.len() <= MAX_INPUT)
            }
            _ => true,
        };
        if small {
            dict.set_item(&issue.path, json_to_py(py, value)?)?;
        }
    }
    Ok(dict)
}

fn raise(py: Python<'_>, report: Report, source: Option<&Value>, file: Option<&Path>) -> PyErr {
    let mut message = summary(&report);
    let filename = file.map(|f| f.to_string_lossy().into_owned());
    if let Some(name) = &filename {
        message = format!("{name}: {message}");
    }
    let class = match VALIDATION_ERROR.import(py, "omvarld._errors", "ValidationError") {
        Ok(class) => class,
        Err(e) => return e,
    };
    let inputs = match source.map(|s| inputs(py, &report, s)).transpose() {
        Ok(inputs) => inputs,
        Err(e) => return e,
    };
    let report = match Py::new(py, PyReport { inner: report }) {
        Ok(report) => report,
        Err(e) => return e,
    };
    match class.call1((message, report, inputs, filename)) {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

/// A core parse error as a Python exception.
pub(crate) fn parse_error(py: Python<'_>, e: ParseError) -> PyErr {
    match e {
        ParseError::Invalid(report) => validation_error(py, *report),
        ParseError::Io(io) => PyOSError::new_err(io.to_string()),
        other => PyValueError::new_err(other.to_string()),
    }
}

/// [`parse_error`] with every path put under `prefix`.
pub(crate) fn parse_error_at(py: Python<'_>, e: ParseError, prefix: &Pointer) -> PyErr {
    parse_error_in(py, e, prefix, None)
}

/// [`parse_error_at`] for an error in `source` (the JSON value read, whose
/// paths are relative to `prefix`), so that `errors()` shows each `input`.
pub(crate) fn parse_error_in(
    py: Python<'_>,
    e: ParseError,
    prefix: &Pointer,
    source: Option<&Value>,
) -> PyErr {
    match e {
        ParseError::Invalid(mut report) => {
            for issue in report.errors.iter_mut().chain(report.warnings.iter_mut()) {
                issue.path = format!("{prefix}{}", issue.path);
                // Line and column would point into JSON that Python never saw.
                issue.line = None;
                issue.column = None;
            }
            match source {
                Some(source) => {
                    // Paths of `source` are the issue paths without the prefix.
                    let mut wrapped = source.clone();
                    for key in prefix
                        .as_str()
                        .rsplit('/')
                        .filter(|_| !prefix.as_str().is_empty())
                    {
                        if key.is_empty() {
                            break;
                        }
                        let key = key.replace("~1", "/").replace("~0", "~");
                        let mut map = serde_json::Map::new();
                        map.insert(key, wrapped);
                        wrapped = Value::Object(map);
                    }
                    raise(py, *report, Some(&wrapped), None)
                }
                None => validation_error(py, *report),
            }
        }
        other => parse_error(py, other),
    }
}

/// An I/O error on `path` as the matching `OSError` subclass, naming the file.
pub(crate) fn io_error(e: &std::io::Error, path: &std::path::Path) -> PyErr {
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_owned();
    let filename = path.to_string_lossy().into_owned();
    // OSError(errno, strerror, filename) picks the subclass (FileNotFoundError, …).
    match e.raw_os_error() {
        Some(errno) => PyOSError::new_err((errno, text, filename)),
        None => PyOSError::new_err(format!("{filename}: {text}")),
    }
}
