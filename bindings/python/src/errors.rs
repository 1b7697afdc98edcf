//! Raising `omvarld.ValidationError`, which is defined in Python
//! (`omvarld/_errors.py`) so that it is an ordinary `ValueError` subclass that
//! pickles and carries its `Report`.

use omvarld::pointer::Pointer;
use omvarld::{ParseError, Report};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::PyType;

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
    let message = summary(&report);
    let class = match VALIDATION_ERROR.import(py, "omvarld._errors", "ValidationError") {
        Ok(class) => class,
        Err(e) => return e,
    };
    let report = match Py::new(py, PyReport { inner: report }) {
        Ok(report) => report,
        Err(e) => return e,
    };
    match class.call1((message, report)) {
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
    match e {
        ParseError::Invalid(mut report) => {
            for issue in report.errors.iter_mut().chain(report.warnings.iter_mut()) {
                issue.path = format!("{prefix}{}", issue.path);
                // Line and column would point into JSON that Python never saw.
                issue.line = None;
                issue.column = None;
            }
            validation_error(py, *report)
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
