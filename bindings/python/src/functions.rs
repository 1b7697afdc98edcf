//! The module's functions: `load`, `loads`, `validate`, `validate_file`,
//! `malmo`, `json_schema`.

use std::path::PathBuf;

use omvarld::pointer::Pointer;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;

use crate::convert::{self, py_to_json};
use crate::errors;
use crate::programme::PyProgramme;
use crate::report::PyReport;

/// Reads a programme from JSON text (`str` or `bytes`); structural problems
/// raise `ValidationError`. Parsing runs without the GIL.
#[pyfunction]
pub(crate) fn loads(data: &Bound<'_, PyAny>) -> PyResult<PyProgramme> {
    let source = convert::require_source(data)?;
    parse(data.py(), source.as_slice())
}

/// Parses without the GIL; structural problems get their line and column.
fn parse(py: Python<'_>, bytes: &[u8]) -> PyResult<PyProgramme> {
    let parsed = py.allow_threads(|| {
        omvarld::parse::from_slice(bytes).map_err(|e| match e {
            omvarld::ParseError::Invalid(mut report) => {
                report.locate(bytes);
                omvarld::ParseError::Invalid(report)
            }
            other => other,
        })
    });
    parsed
        .map(PyProgramme::new_from)
        .map_err(|e| errors::parse_error(py, e))
}

/// Reads a programme from the file at `path` (`str` or `os.PathLike`).
#[pyfunction]
pub(crate) fn load(py: Python<'_>, path: PathBuf) -> PyResult<PyProgramme> {
    let bytes = py
        .allow_threads(|| std::fs::read(&path))
        .map_err(|e| errors::io_error(&e, &path))?;
    parse(py, &bytes)
}

/// Validates a document (`str`, `bytes` or a dict of its JSON form, or a
/// `Programme`) and returns the whole report. Runs without the GIL.
#[pyfunction]
#[pyo3(signature = (document, as_of = None, lang = "en"))]
pub(crate) fn validate(
    document: &Bound<'_, PyAny>,
    as_of: Option<&Bound<'_, PyAny>>,
    lang: &str,
) -> PyResult<PyReport> {
    let py = document.py();
    let options = convert::options(as_of, lang)?;
    if let Ok(programme) = document.downcast::<PyProgramme>() {
        let inner = std::sync::Arc::clone(&programme.try_borrow()?.inner);
        let report = py.allow_threads(move || inner.validate(&options));
        return Ok(PyReport { inner: report });
    }
    let owned;
    let source = match convert::source(document)? {
        Some(source) => source,
        None => {
            if !document.is_instance_of::<pyo3::types::PyDict>()
                && document.downcast::<pyo3::types::PyMapping>().is_err()
            {
                let type_name = document
                    .get_type()
                    .name()
                    .map(|n| n.to_string())
                    .unwrap_or_default();
                return Err(PyTypeError::new_err(format!(
                    "expected str, bytes, a dict or a Programme, not `{type_name}`"
                )));
            }
            let json = match py_to_json(document, &Pointer::root()) {
                Ok(json) => json,
                Err(e) => return Err(e.into_pyerr(py)),
            };
            owned = serde_json::to_vec(&json).map_err(|e| PyValueError::new_err(e.to_string()))?;
            convert::Source::Owned(owned)
        }
    };
    let bytes = source.as_slice();
    let report = py.allow_threads(|| {
        let mut report = omvarld::validate(bytes, &options);
        report.locate(bytes);
        report
    });
    Ok(PyReport { inner: report })
}

/// Validates the document in the file at `path` (`str` or `os.PathLike`).
#[pyfunction]
#[pyo3(signature = (path, as_of = None, lang = "en"))]
pub(crate) fn validate_file(
    py: Python<'_>,
    path: PathBuf,
    as_of: Option<&Bound<'_, PyAny>>,
    lang: &str,
) -> PyResult<PyReport> {
    let options = convert::options(as_of, lang)?;
    let report = py
        .allow_threads(|| {
            std::fs::read(&path).map(|bytes| {
                let mut report = omvarld::validate(&bytes, &options);
                report.locate(&bytes);
                report
            })
        })
        .map_err(|e| errors::io_error(&e, &path))?;
    Ok(PyReport { inner: report })
}

/// The built-in Malmö programme.
#[pyfunction]
pub(crate) fn malmo() -> PyProgramme {
    PyProgramme::new_from(omvarld::malmo())
}

/// A published JSON Schema as a dict, by file stem: "programme",
/// "advocacy-position" or "validation-report".
#[pyfunction]
pub(crate) fn json_schema<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    let stem = name.strip_suffix(".schema.json").unwrap_or(name);
    match omvarld::schema::schema(stem) {
        Some(value) => convert::json_to_py(py, &value),
        None => Err(PyValueError::new_err(format!(
            "no schema {name:?}; known: {}",
            omvarld::schema::SCHEMA_NAMES.join(", ")
        ))),
    }
}
