//! Spreadsheets from Python: `Programme.to_excel` / `to_csv`, and
//! `read_excel` / `read_csv` returning an `Imported` (the document, the
//! programme when there is one, the report). A thin layer over
//! omvarld-tables; the work runs without the GIL.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use omvarld::Lang;
use omvarld_tables::{ExportError, ImportError, Imported};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use serde_json::Value;

use crate::convert::{self, json_to_py};
use crate::errors;
use crate::model::json_to_frozen;
use crate::programme::PyProgramme;
use crate::report::PyReport;

/// What reading a workbook or a CSV folder gives: `document`, the
/// document the sheets describe (always there, whatever its problems), as
/// a read-only mapping (`to_dict()` gives it as a plain dict); `programme`,
/// a `Programme` when the document has no structural error, else `None`;
/// and `report`, every error and warning of the sheets and the document,
/// each issue from a cell with its `sheet` and `cell`.
#[pyclass(module = "omvarld", name = "Imported", frozen)]
pub(crate) struct PyImported {
    document: Value,
    /// `document` as read-only Python values, built on first use.
    document_py: GILOnceCell<PyObject>,
    programme: Option<Py<PyProgramme>>,
    report: Py<PyReport>,
}

impl PyImported {
    fn new(py: Python<'_>, imported: Imported) -> PyResult<Self> {
        let programme = imported
            .programme
            .map(|p| Py::new(py, PyProgramme::new_from(p)))
            .transpose()?;
        Ok(Self {
            document: imported.document,
            document_py: GILOnceCell::new(),
            programme,
            report: Py::new(
                py,
                PyReport {
                    inner: imported.report,
                },
            )?,
        })
    }
}

#[pymethods]
impl PyImported {
    /// The document the sheets describe, even when it is invalid, as a
    /// read-only mapping (lists as tuples), like every attribute: an edit
    /// raises instead of changing nothing. `to_dict()` gives a plain copy.
    #[getter]
    fn document(&self, py: Python<'_>) -> PyResult<PyObject> {
        self.document_py
            .get_or_try_init(py, || json_to_frozen(py, &self.document).map(Bound::unbind))
            .map(|d| d.clone_ref(py))
    }

    /// The document as a new plain dict (lists as lists), to edit and pass
    /// to `Programme.from_dict` or `validate`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, &self.document)
    }

    /// The programme, or `None` when the document has a structural error
    /// (then `report` says what and where).
    #[getter]
    fn programme(&self, py: Python<'_>) -> Option<Py<PyProgramme>> {
        self.programme.as_ref().map(|p| p.clone_ref(py))
    }

    /// Every error and warning, of the sheets and of the document.
    #[getter]
    fn report(&self, py: Python<'_>) -> Py<PyReport> {
        self.report.clone_ref(py)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let report = &self.report.get().inner;
        let programme = match &self.programme {
            Some(p) => p.bind(py).repr()?.to_string(),
            None => "None".to_owned(),
        };
        Ok(format!(
            "Imported(programme={programme}, valid={}, errors={}, warnings={})",
            if report.valid() { "True" } else { "False" },
            report.errors.len(),
            report.warnings.len()
        ))
    }
}

/// An export error as a Python exception: `OSError` (the matching
/// subclass) when a file could not be written, `ValueError` otherwise.
fn export_error(e: ExportError) -> PyErr {
    match e {
        ExportError::Io(path, io) => errors::io_error(&io, Path::new(&path)),
        other => PyValueError::new_err(other.to_string()),
    }
}

/// An import error as a Python exception: `OSError` (the matching
/// subclass) when a file could not be read, `ValueError` when it is not a
/// workbook or CSV, or too large.
fn import_error(e: ImportError) -> PyErr {
    match e {
        ImportError::Io(path, io) => errors::io_error(&io, Path::new(&path)),
        other => PyValueError::new_err(other.to_string()),
    }
}

fn export_lang(lang: &str) -> PyResult<Lang> {
    convert::lang(lang)
}

#[pymethods]
impl PyProgramme {
    /// Writes the programme as an xlsx workbook at `path` (`str` or
    /// `os.PathLike`), sheet names and headers in `lang` (`"sv"` or
    /// `"en"`). Runs without the GIL. Raises `OSError` when the file cannot
    /// be written, `ValueError` when a value does not fit in a cell.
    #[pyo3(signature = (path, lang = "sv"))]
    fn to_excel(&self, py: Python<'_>, path: PathBuf, lang: &str) -> PyResult<()> {
        let lang = export_lang(lang)?;
        let programme = Arc::clone(&self.inner);
        let bytes = py
            .allow_threads(|| omvarld_tables::to_xlsx(&programme, lang))
            .map_err(export_error)?;
        py.allow_threads(|| std::fs::write(&path, &bytes))
            .map_err(|e| errors::io_error(&e, &path))
    }

    /// Writes the programme as CSV files, one per sheet, and a Frictionless
    /// `datapackage.json` in the folder `dir` (made if missing), headers in
    /// `lang`. Runs without the GIL. Raises `OSError` when a file cannot be
    /// written.
    #[pyo3(signature = (dir, lang = "sv"))]
    fn to_csv(&self, py: Python<'_>, dir: PathBuf, lang: &str) -> PyResult<()> {
        let lang = export_lang(lang)?;
        let programme = Arc::clone(&self.inner);
        py.allow_threads(|| omvarld_tables::to_csv_dir(&programme, lang, &dir))
            .map_err(export_error)
    }
}

/// Reads the xlsx workbook at `path` (`str` or `os.PathLike`), headers in
/// either language, and validates the document it describes; returns an
/// `Imported` (`document`, `programme` or `None`, `report`). Problems in
/// the sheets are issues of the report, each with its `sheet` and `cell`;
/// a file that cannot be read raises `OSError` (`FileNotFoundError`, …),
/// one that is not a workbook or is too large `ValueError`. Runs without
/// the GIL.
#[pyfunction]
#[pyo3(signature = (path, *, as_of = None, lang = "en", allow = None))]
pub(crate) fn read_excel(
    py: Python<'_>,
    path: PathBuf,
    as_of: Option<&Bound<'_, PyAny>>,
    lang: &str,
    allow: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyImported> {
    let options = convert::allow(convert::options(as_of, lang)?, allow)?;
    let bytes = py
        .allow_threads(|| std::fs::read(&path))
        .map_err(|e| errors::io_error(&e, &path))?;
    let imported = py
        .allow_threads(|| omvarld_tables::read_xlsx(&bytes, &options))
        .map_err(|e| match e {
            ImportError::NotAWorkbook(why) => {
                PyValueError::new_err(format!("{}: not an xlsx workbook: {why}", path.display()))
            }
            other => import_error(other),
        })?;
    PyImported::new(py, imported)
}

/// Reads the folder of CSV files at `dir` (`str` or `os.PathLike`) that
/// `Programme.to_csv` or `omvarld export --to csv` writes, and validates
/// the document; returns an `Imported` as `read_excel` does. A folder that
/// cannot be read raises `OSError` (`FileNotFoundError`,
/// `NotADirectoryError`, …), a file that is not UTF-8 CSV `ValueError`.
/// Runs without the GIL.
#[pyfunction]
#[pyo3(signature = (dir, *, as_of = None, lang = "en", allow = None))]
pub(crate) fn read_csv(
    py: Python<'_>,
    dir: PathBuf,
    as_of: Option<&Bound<'_, PyAny>>,
    lang: &str,
    allow: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyImported> {
    let options = convert::allow(convert::options(as_of, lang)?, allow)?;
    let imported = py
        .allow_threads(|| omvarld_tables::read_csv_dir(&dir, &options))
        .map_err(import_error)?;
    PyImported::new(py, imported)
}
