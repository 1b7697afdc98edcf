//! The module's functions: `load`, `loads`, `validate`, `validate_file`,
//! `codes`, `explain`, `malmo`, `json_schema`, `upgrade`.

use std::path::{Path, PathBuf};

use omvarld::{Code, Lang, Options, Report, SchemaVersion};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString, PyTuple};

use crate::convert::{self, ToJsonError};
use crate::errors;
use crate::programme::PyProgramme;
use crate::records;
use crate::report::PyReport;

/// Reads a programme from JSON text (`str` or `bytes`); structural problems
/// raise `ValidationError`. Parsing runs without the GIL.
#[pyfunction]
pub(crate) fn loads(data: &Bound<'_, PyAny>) -> PyResult<PyProgramme> {
    let source = convert::require_source(data)?;
    read(data.py(), source.as_slice(), None, None)
}

/// Validation options for `check=True`; `as_of` means nothing without it.
fn check_options(check: bool, as_of: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Options>> {
    if check {
        return convert::options(as_of, "en").map(Some);
    }
    if as_of.is_some_and(|a| !a.is_none()) {
        return Err(PyValueError::new_err(
            "as_of only applies with check=True (semantic rules run only then)",
        ));
    }
    Ok(None)
}

/// Parses (and with `check`, validates) without the GIL; problems get
/// their line and column, and the file name when there is one.
fn read(
    py: Python<'_>,
    bytes: &[u8],
    check: Option<&Options>,
    file: Option<&Path>,
) -> PyResult<PyProgramme> {
    let outcome = py.allow_threads(|| match check {
        None => omvarld::parse::from_slice(bytes).map_err(|e| match e {
            omvarld::ParseError::Invalid(mut report) => {
                report.locate(bytes);
                omvarld::ParseError::Invalid(report)
            }
            other => other,
        }),
        Some(options) => {
            let mut checked = omvarld::validate::check(bytes, options);
            match checked.programme {
                Some(programme) if checked.report.valid() => Ok(programme),
                _ => {
                    checked.report.locate(bytes);
                    Err(omvarld::ParseError::Invalid(Box::new(checked.report)))
                }
            }
        }
    });
    outcome.map(PyProgramme::new_from).map_err(|e| match e {
        omvarld::ParseError::Invalid(report) => match file {
            Some(path) => errors::validation_error_from_file(py, *report, bytes, path),
            None => match errors::json_of(bytes) {
                Some(json) => errors::validation_error_in(py, *report, &json),
                None => errors::validation_error(py, *report),
            },
        },
        other => errors::parse_error(py, other),
    })
}

/// Reads a programme from the file at `path` (`str` or `os.PathLike`);
/// `check=True` also raises on semantic errors. Errors name the file.
#[pyfunction]
#[pyo3(signature = (path, *, check = false, as_of = None))]
pub(crate) fn load(
    py: Python<'_>,
    path: PathBuf,
    check: bool,
    as_of: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyProgramme> {
    let options = check_options(check, as_of)?;
    let bytes = py
        .allow_threads(|| std::fs::read(&path))
        .map_err(|e| errors::io_error(&e, &path))?;
    read(py, &bytes, options.as_ref(), Some(&path))
}

/// Validates a document (`str`, `bytes`, any JSON-shaped Python value such
/// as a dict, or a `Programme`) and returns the whole report. Runs without
/// the GIL. Only a value with no JSON form (a set, a socket) is a `TypeError`.
#[pyfunction]
#[pyo3(signature = (document, as_of = None, lang = "en", allow = None))]
pub(crate) fn validate(
    document: &Bound<'_, PyAny>,
    as_of: Option<&Bound<'_, PyAny>>,
    lang: &str,
    allow: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyReport> {
    let py = document.py();
    let options = convert::allow(convert::options(as_of, lang)?, allow)?;
    if let Ok(programme) = document.downcast::<PyProgramme>() {
        let inner = std::sync::Arc::clone(&programme.try_borrow()?.inner);
        let report = py.allow_threads(move || inner.validate(&options));
        return Ok(PyReport { inner: report });
    }
    if let Some(source) = convert::source(document)? {
        let bytes = source.as_slice();
        let report = py.allow_threads(|| {
            let mut report = omvarld::validate(bytes, &options);
            report.locate(bytes);
            report
        });
        return Ok(PyReport { inner: report });
    }
    python_report(document, &options, lang).map(|inner| PyReport { inner })
}

/// JSON text of a JSON-shaped Python document, written straight from the
/// Python objects (no `Value` tree), and the values JSON cannot hold.
fn python_json(document: &Bound<'_, PyAny>) -> PyResult<(Vec<u8>, Vec<convert::Placeholder>)> {
    convert::document_to_json_bytes(document).map_err(|e| match e {
        ToJsonError::Type { message, .. } => PyTypeError::new_err(message),
        other => other.into_pyerr(document.py()),
    })
}

/// The report on a JSON-shaped Python document (a dict, a list, …).
fn python_report(document: &Bound<'_, PyAny>, options: &Options, lang: &str) -> PyResult<Report> {
    let py = document.py();
    let (bytes, placeholders) = python_json(document)?;
    let mut report = py.allow_threads(|| omvarld::validate(&bytes, options));
    // Line and column would point into JSON that Python never saw.
    for issue in report.errors.iter_mut().chain(report.warnings.iter_mut()) {
        issue.line = None;
        issue.column = None;
    }
    let lang = convert::lang(lang)?;
    if placeholders.iter().any(|p| p.issue.code == Code::Syntax) {
        // The JSON written from Python is well-formed: a syntax issue at the
        // root can only be about a placeholder, which is reported at its path.
        report
            .errors
            .retain(|i| !(i.code == Code::Syntax && i.path.is_empty()));
    }
    for placeholder in placeholders {
        let mut issue = placeholder.issue;
        let at = issue.path.clone();
        let typed = report
            .errors
            .iter()
            .any(|i| i.path == at && i.code == Code::Type);
        if placeholder.keep_type && typed {
            continue;
        }
        report.errors.retain(|i| i.path != at);
        report.warnings.retain(|i| i.path != at);
        issue.localize(lang);
        report.extend([issue]);
    }
    Ok(report)
}

/// The catalogue of issue codes: one dict per code with `code`,
/// `severity`, `kind` (`input`, `structural`, `semantic`), `structural`,
/// `description_en`, `description_sv`, `path` (where its JSON Pointer
/// points) and the long explanation: `meaning_en`, `meaning_sv`, `fix_en`,
/// `fix_sv`, `example` (a document that triggers the code and no other),
/// `example_as_of` (the as-of date it needs, or None) and `example_path`
/// (where its issue is reported).
#[pyfunction]
pub(crate) fn codes(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let list = PyList::empty(py);
    for info in omvarld::codes() {
        let d = PyDict::new(py);
        d.set_item("code", info.code.as_str())?;
        d.set_item("severity", info.severity.as_str())?;
        d.set_item("kind", info.kind.as_str())?;
        d.set_item("structural", info.structural)?;
        d.set_item("description_en", info.description_en)?;
        d.set_item("description_sv", info.description_sv)?;
        d.set_item("path", info.path)?;
        let explanation = info.explanation();
        d.set_item("meaning_en", explanation.meaning(Lang::En))?;
        d.set_item("meaning_sv", explanation.meaning(Lang::Sv))?;
        d.set_item("fix_en", explanation.fix(Lang::En))?;
        d.set_item("fix_sv", explanation.fix(Lang::Sv))?;
        d.set_item("example", explanation.example())?;
        d.set_item("example_as_of", explanation.as_of())?;
        d.set_item("example_path", explanation.example_path())?;
        list.append(d)?;
    }
    Ok(list)
}

/// The long explanation of an issue code as plain text, as `omvarld explain
/// CODE` prints it: what the code means, a document that triggers it, how
/// to fix it. An unknown code or language raises `ValueError` (naming the
/// nearest code).
#[pyfunction]
#[pyo3(signature = (code, lang = "en"))]
pub(crate) fn explain(code: &str, lang: &str) -> PyResult<String> {
    let lang = convert::lang(lang)?;
    match code.parse::<Code>() {
        Ok(code) => Ok(code.explanation().render(lang)),
        Err(_) => {
            let near = match Code::nearest(code) {
                Some(near) => format!("; did you mean {:?}?", near.as_str()),
                None => String::from(";"),
            };
            Err(PyValueError::new_err(format!(
                "unknown code {code:?}{near} omvarld.codes() lists every code"
            )))
        }
    }
}

/// Validates the document in the file at `path` (`str` or `os.PathLike`).
#[pyfunction]
#[pyo3(signature = (path, as_of = None, lang = "en", allow = None))]
pub(crate) fn validate_file(
    py: Python<'_>,
    path: PathBuf,
    as_of: Option<&Bound<'_, PyAny>>,
    lang: &str,
    allow: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyReport> {
    let options = convert::allow(convert::options(as_of, lang)?, allow)?;
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

/// `_table(programme, table, **options)`: a table's columns (name, kind)
/// and rows, for `omvarld._pandas` (private).
#[pyfunction]
#[pyo3(name = "_table", signature = (programme, table, **options))]
pub(crate) fn table<'py>(
    programme: &Bound<'py, PyProgramme>,
    table: &str,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, pyo3::types::PyTuple>> {
    let options = records::Options::from_kwargs(options)?;
    let inner = std::sync::Arc::clone(&programme.try_borrow()?.inner);
    records::table(programme.py(), &inner, table, &options)
}

/// The built-in Malmö programme.
#[pyfunction]
pub(crate) fn malmo() -> PyProgramme {
    PyProgramme::new_from(omvarld::malmo())
}

/// The versions of the standard, oldest first (`omvarld.SCHEMA_VERSIONS`).
pub(crate) fn schema_versions(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, SchemaVersion::ALL.iter().map(|v| v.as_str()))
}

/// A version of the standard given as its string ("1.0", "1.1").
fn schema_version(version: &str) -> PyResult<SchemaVersion> {
    version.parse().map_err(|_| {
        let known: Vec<&str> = SchemaVersion::ALL.iter().map(|v| v.as_str()).collect();
        PyValueError::new_err(format!(
            "no version {version:?} of the standard; known: {}",
            known.join(", ")
        ))
    })
}

/// A published JSON Schema as a dict, by file stem: "programme",
/// "advocacy-position" or "validation-report", of a version of the standard
/// (the newest unless told; "1.0" gives the schema published for 1.0).
#[pyfunction]
#[pyo3(signature = (name, version = "1.1"))]
pub(crate) fn json_schema<'py>(
    py: Python<'py>,
    name: &str,
    version: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let version = schema_version(version)?;
    let stem = name.strip_suffix(".schema.json").unwrap_or(name);
    match omvarld::schema::schema_in(stem, version) {
        Some(value) => convert::json_to_py(py, &value),
        None => Err(PyValueError::new_err(format!(
            "no schema {name:?}; known: {}",
            omvarld::schema::SCHEMA_NAMES.join(", ")
        ))),
    }
}

/// A valid document as the newest version of the standard (the core's
/// `omvarld::upgrade`): only `schema_version` changes. `str` gives `str`,
/// `bytes` (`bytearray`) the core's bytes, a dict a new dict with the same
/// keys in the same order, a `Programme` a new `Programme`; a document of
/// the newest version comes back unchanged. An invalid document raises
/// `ValidationError` with its report (messages in `lang`).
#[pyfunction]
#[pyo3(signature = (document, lang = "en"))]
pub(crate) fn upgrade<'py>(
    document: &Bound<'py, PyAny>,
    lang: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let py = document.py();
    let options = convert::options(None, lang)?;
    if let Ok(programme) = document.downcast::<PyProgramme>() {
        let bytes = convert::to_json_bytes(&*programme.try_borrow()?.inner, None)?;
        let upgraded = py
            .allow_threads(|| omvarld::upgrade_with(&bytes, &options))
            .map_err(|invalid| {
                // Lines and columns would point into JSON Python never saw.
                let mut report = invalid.into_report();
                for issue in report.errors.iter_mut().chain(report.warnings.iter_mut()) {
                    issue.line = None;
                    issue.column = None;
                }
                errors::validation_error(py, report)
            })?;
        let programme = py
            .allow_threads(|| omvarld::parse::from_slice(&upgraded))
            .map_err(|e| errors::parse_error(py, e))?;
        return Ok(Bound::new(py, PyProgramme::new_from(programme))?.into_any());
    }
    if let Some(source) = convert::source(document)? {
        let bytes = source.as_slice();
        let upgraded = py
            .allow_threads(|| omvarld::upgrade_with(bytes, &options))
            .map_err(|invalid| match errors::json_of(bytes) {
                Some(json) => errors::validation_error_in(py, invalid.into_report(), &json),
                None => errors::validation_error(py, invalid.into_report()),
            })?;
        if document.is_instance_of::<PyString>() {
            let text =
                String::from_utf8(upgraded).map_err(|e| PyValueError::new_err(e.to_string()))?;
            return Ok(PyString::new(py, &text).into_any());
        }
        if document.is_instance_of::<PyByteArray>() {
            return Ok(PyByteArray::new(py, &upgraded).into_any());
        }
        return Ok(PyBytes::new(py, &upgraded).into_any());
    }
    // A JSON-shaped Python value: the core decides on its JSON text; the
    // answer is a copy of the value with the new version.
    let (bytes, placeholders) = python_json(document)?;
    let upgraded = placeholders.is_empty()
        && py
            .allow_threads(|| omvarld::upgrade_with(&bytes, &options))
            .is_ok();
    if !upgraded {
        let report = python_report(document, &options, lang)?;
        return Err(match errors::json_of(&bytes) {
            Some(json) => errors::validation_error_in(py, report, &json),
            None => errors::validation_error(py, report),
        });
    }
    let copy = py.import("copy")?.getattr("deepcopy")?;
    let copy = match document.downcast::<PyDict>() {
        Ok(dict) => copy.call1((dict,))?,
        // Another mapping: a dict of (deep copies of) its items, in its order.
        Err(_) => copy.call1((PyDict::from_sequence(&document.call_method0("items")?)?,))?,
    };
    copy.set_item("schema_version", SchemaVersion::LATEST.as_str())?;
    Ok(copy)
}

/// The id a person most likely means by `text` (a title, or an id typed
/// with Swedish letters): `"Miljö och klimat"` → `"miljo-och-klimat"`;
/// `None` when no letter or digit is left (the core's `Id::suggest`).
#[pyfunction]
pub(crate) fn suggest_id(text: &str) -> Option<String> {
    omvarld::Id::suggest(text).map(String::from)
}
