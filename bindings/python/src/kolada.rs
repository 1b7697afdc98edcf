//! `Programme.fetch_kolada(...)` and `omvarld.KoladaResult`: indicator
//! results from Kolada, through the same code as `omvarld kolada fetch`.
//! The network part runs with the GIL released.

use std::sync::Arc;
use std::time::Duration;

use omvarld::{Date, Lang, Options, Year};
use omvarld_kolada::http::{Client, Config};
use omvarld_kolada::{FetchError, Summary, Years};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::{PyDict, PyRange, PyString, PyTuple, PyType};

use crate::convert;
use crate::errors;
use crate::model;
use crate::programme::PyProgramme;

static KOLADA_ERROR: GILOnceCell<Py<PyType>> = GILOnceCell::new();

/// What `Programme.fetch_kolada` did: the updated programme (the original
/// is unchanged), and per indicator what was added, kept or in conflict.
/// `conflicts` and `indicators` are tuples of read-only mappings (records),
/// ready for `pandas.DataFrame(result.conflicts)`.
#[pyclass(module = "omvarld", name = "KoladaResult", frozen)]
pub(crate) struct PyKoladaResult {
    programme: Py<PyProgramme>,
    summary: Summary,
    conflicts: Py<PyTuple>,
    indicators: Py<PyTuple>,
}

#[pymethods]
impl PyKoladaResult {
    /// The programme with Kolada's values filled in.
    #[getter]
    fn programme(&self, py: Python<'_>) -> Py<PyProgramme> {
        self.programme.clone_ref(py)
    }

    /// How many results were added.
    #[getter]
    fn added(&self) -> usize {
        self.summary.added()
    }

    /// Whether any result was added.
    #[getter]
    fn changed(&self) -> bool {
        self.summary.changed()
    }

    /// Values in the programme that differ from Kolada's, kept as they were:
    /// read-only mappings with `path`, `focus_area`, `indicator`, `kpi`, `year`,
    /// `in_file` and `kolada`.
    #[getter]
    fn conflicts(&self, py: Python<'_>) -> Py<PyTuple> {
        self.conflicts.clone_ref(py)
    }

    /// One read-only mapping per indicator with a `kolada_kpi`: `path`, `focus_area`,
    /// `indicator`, `kpi`, `added` (the years), `unchanged`, `kept`,
    /// `conflicts` (how many) and `no_data`.
    #[getter]
    fn indicators(&self, py: Python<'_>) -> Py<PyTuple> {
        self.indicators.clone_ref(py)
    }

    /// The summary as `omvarld kolada fetch` prints it, in `lang`.
    #[pyo3(signature = (lang = "en"))]
    fn summary(&self, lang: &str) -> PyResult<String> {
        Ok(self.summary.render(convert::lang(lang)?))
    }

    fn __str__(&self) -> String {
        self.summary.render(Lang::En)
    }

    fn __repr__(&self) -> String {
        format!(
            "KoladaResult(added={}, conflicts={}, indicators={})",
            self.summary.added(),
            self.summary.conflicts().count(),
            self.summary.indicators.len()
        )
    }
}

impl PyKoladaResult {
    fn new(py: Python<'_>, programme: PyProgramme, summary: Summary) -> PyResult<Self> {
        let mut conflicts = Vec::new();
        for (indicator, c) in summary.conflicts() {
            let row = PyDict::new(py);
            row.set_item("path", &c.path)?;
            row.set_item("focus_area", indicator.focus_area.as_str())?;
            row.set_item("indicator", indicator.indicator.as_str())?;
            row.set_item("kpi", indicator.kpi.as_str())?;
            row.set_item("year", c.year.get())?;
            row.set_item("in_file", c.in_file)?;
            row.set_item("kolada", c.kolada)?;
            conflicts.push(model::read_only(row)?);
        }
        let mut indicators = Vec::new();
        for i in &summary.indicators {
            let row = PyDict::new(py);
            row.set_item("path", &i.path)?;
            row.set_item("focus_area", i.focus_area.as_str())?;
            row.set_item("indicator", i.indicator.as_str())?;
            row.set_item("kpi", i.kpi.as_str())?;
            let added: Vec<u16> = i.added.iter().map(|y| y.get()).collect();
            row.set_item("added", PyTuple::new(py, added)?)?;
            row.set_item("unchanged", i.unchanged)?;
            row.set_item("kept", i.kept)?;
            row.set_item("conflicts", i.conflicts.len())?;
            row.set_item("no_data", i.no_data)?;
            indicators.push(model::read_only(row)?);
        }
        Ok(Self {
            programme: Py::new(py, programme)?,
            summary,
            conflicts: PyTuple::new(py, conflicts)?.unbind(),
            indicators: PyTuple::new(py, indicators)?.unbind(),
        })
    }
}

/// `years=`: `None` (the ten years up to `retrieved`), `"2015-2025"`, a
/// year, or a `range` of years with step 1.
fn years(value: Option<&Bound<'_, PyAny>>, retrieved: Date) -> PyResult<Years> {
    let bad = |e: &dyn std::fmt::Display| PyValueError::new_err(format!("years: {e}"));
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Year::try_from(retrieved.year())
            .map(Years::ten_up_to)
            .map_err(|e| bad(&e));
    };
    if let Ok(text) = value.downcast::<PyString>() {
        return text.to_str()?.parse().map_err(|e| bad(&e));
    }
    let year = |n: i64| Year::try_from(n).map_err(|e| bad(&e));
    if let Ok(range) = value.downcast::<PyRange>() {
        let start: i64 = range.getattr("start")?.extract()?;
        let stop: i64 = range.getattr("stop")?.extract()?;
        let step: i64 = range.getattr("step")?.extract()?;
        if step != 1 || stop <= start {
            return Err(bad(&format!(
                "a range of years must have step 1 and at least one year, not {}",
                value.repr()?
            )));
        }
        return Years::new(year(start)?, year(stop - 1)?).map_err(|e| bad(&e));
    }
    if let Ok(n) = value.extract::<i64>() {
        let only = year(n)?;
        return Years::new(only, only).map_err(|e| bad(&e));
    }
    Err(PyTypeError::new_err(format!(
        "years must be a range of years, a year, a string such as \"2015-2025\" or None, not `{}`",
        value.get_type().name()?
    )))
}

/// `retrieved=`: a `datetime.date`, an ISO date string, or `None` for today.
fn retrieved(py: Python<'_>, value: Option<&Bound<'_, PyAny>>) -> PyResult<Date> {
    let text: String = match value.filter(|v| !v.is_none()) {
        Some(v) if v.is_instance_of::<PyString>() => v.extract()?,
        Some(v) => v.call_method0("isoformat")?.extract()?,
        None => py
            .import("datetime")?
            .getattr("date")?
            .call_method0("today")?
            .call_method0("isoformat")?
            .extract()?,
    };
    text.parse()
        .map_err(|e| PyValueError::new_err(format!("retrieved: {e}")))
}

/// `omvarld.KoladaError` (an `OSError`) for `error`, with its stable code.
fn kolada_error(py: Python<'_>, error: &FetchError) -> PyErr {
    match KOLADA_ERROR.import(py, "omvarld._errors", "KoladaError") {
        Ok(class) => match class.call1((error.to_string(), error.code())) {
            Ok(exc) => PyErr::from_value(exc),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

#[pymethods]
impl PyProgramme {
    /// Fills the results of every indicator that has a `kolada_kpi` with
    /// Kolada's total (`T`) values for `organisation.municipality_code`, as
    /// `omvarld kolada fetch` does, and returns a `KoladaResult` holding the
    /// updated programme (this one is unchanged). Values that differ from
    /// results already present are reported in `conflicts`, not written.
    /// Cite the data as "Källa: Kolada".
    #[pyo3(signature = (years = None, *, base_url = None, timeout = 30.0, retrieved = None))]
    fn fetch_kolada(
        &self,
        py: Python<'_>,
        years: Option<&Bound<'_, PyAny>>,
        base_url: Option<String>,
        timeout: f64,
        retrieved: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyKoladaResult> {
        let report = self.inner.validate(&Options::default());
        if !report.valid() {
            return Err(errors::validation_error(py, report));
        }
        let municipality =
            omvarld_kolada::check(&self.inner).map_err(|e| PyValueError::new_err(e.to_string()))?;
        let retrieved = self::retrieved(py, retrieved)?;
        let years = self::years(years, retrieved)?;
        if !(timeout > 0.0 && timeout <= 86_400.0) {
            return Err(PyValueError::new_err(format!(
                "timeout must be a number of seconds above 0 and at most 86400, not {timeout}"
            )));
        }
        let mut config = Config::default();
        if let Some(base_url) = base_url {
            config.base_url = base_url;
        }
        config.timeout = Duration::from_secs_f64(timeout);
        config.connect_timeout = config.connect_timeout.min(config.timeout);
        let programme = Arc::clone(&self.inner);
        let fetched = py.allow_threads(move || {
            Client::new(config).and_then(|client| client.fetch(&programme, &municipality, &years))
        });
        let data = fetched.map_err(|e| kolada_error(py, &e))?;
        let mut updated = (*self.inner).clone();
        let summary = omvarld_kolada::merge(&mut updated, &data, retrieved, years);
        PyKoladaResult::new(py, PyProgramme::new_from(updated), summary)
    }
}
