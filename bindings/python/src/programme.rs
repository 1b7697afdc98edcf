//! `omvarld.Programme`: the whole document, kept in Rust.

use std::sync::Arc;

use omvarld::diagnostics::Message;
use omvarld::pointer::Pointer;
use omvarld::{AdvocacyPosition, Code, Detail, Issue, NonEmpty, Programme};
use pyo3::exceptions::{PyKeyError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyTuple, PyType};
use serde_json::Value;

use crate::convert::{self, py_to_json, to_json_bytes, to_json_string};
use crate::coverage::PyCoverage;
use crate::errors;
use crate::model::{
    self, from_py, Handle, ModelType, PyActivity, PyAdvocacyPosition, PyArena, PyContributionAim,
    PyFocusArea, PyPublication, ToPython,
};
use crate::records;
use crate::report::PyReport;

/// A city's programme for strategic external relations work. The data stays
/// in Rust; lists such as `positions` hand out views that copy nothing.
#[pyclass(module = "omvarld", name = "Programme")]
pub(crate) struct PyProgramme {
    pub(crate) inner: Arc<Programme>,
}

impl PyProgramme {
    pub(crate) fn new_from(programme: Programme) -> Self {
        Self {
            inner: Arc::new(programme),
        }
    }

    fn make_mut(&mut self) -> &mut Programme {
        Arc::make_mut(&mut self.inner)
    }
}

/// Reads a whole programme from JSON, problems reported under `prefix`.
pub(crate) fn parse_programme(
    py: Python<'_>,
    json: &Value,
    prefix: &Pointer,
) -> PyResult<Programme> {
    let bytes = serde_json::to_vec(json).map_err(|e| PyValueError::new_err(e.to_string()))?;
    py.allow_threads(|| omvarld::parse::from_slice(&bytes))
        .map_err(|e| errors::parse_error_in(py, e, prefix, Some(json)))
}

/// Views of the elements of one of the programme's lists.
fn views<'py, T, P>(
    py: Python<'py>,
    programme: &Arc<Programme>,
    len: usize,
    wrap: impl Fn(Handle<T>) -> P,
) -> PyResult<Bound<'py, PyList>>
where
    P: pyo3::PyClass + Into<pyo3::PyClassInitializer<P>>,
{
    let items = (0..len)
        .map(|i| Py::new(py, wrap(Handle::Member(Arc::clone(programme), i))))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// Reads a list of model objects for a setter, with paths under `/field`.
fn list_from_py<T: ModelType>(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Vec<T>> {
    let base = Pointer::root().key(field);
    let mut out = Vec::new();
    for (i, item) in value.try_iter()?.enumerate() {
        out.push(from_py::<T>(&item?, &base.index(i))?);
    }
    Ok(out)
}

/// A list that needs at least one element, or the `length` error the parser
/// reports for an empty one, at `/field`.
fn non_empty<T>(py: Python<'_>, list: Vec<T>, field: &str) -> PyResult<NonEmpty<T>> {
    NonEmpty::try_from(list).map_err(|_| {
        let issue = Issue::detailed(
            Code::Length,
            Pointer::root().key(field).to_string(),
            Detail::new(Message::TooFewElements)
                .with("found", 0usize)
                .with("min", 1usize),
        );
        errors::validation_error(py, omvarld::Report::from_issues([issue]))
    })
}

/// Reads one field's value through a JSON object `{field: value}` read as a
/// programme-shaped fragment: comforts applied, errors under `/field`.
fn field_value<T: serde::de::DeserializeOwned + schemars::JsonSchema>(
    value: &Bound<'_, PyAny>,
    field: &str,
) -> PyResult<T> {
    let def = T::schema_name();
    let py = value.py();
    let path = Pointer::root().key(field);
    let mut json = py_to_json(value, &path).map_err(|e| e.into_pyerr(py))?;
    convert::texts_from_strings(&mut json, &def);
    let bytes = serde_json::to_vec(&json).map_err(|e| PyValueError::new_err(e.to_string()))?;
    omvarld::parse::from_slice_as::<T>(&bytes)
        .map_err(|e| errors::parse_error_in(py, e, &path, Some(&json)))
}

fn optional<T: serde::de::DeserializeOwned + schemars::JsonSchema>(
    value: &Bound<'_, PyAny>,
    field: &str,
) -> PyResult<Option<T>> {
    if value.is_none() {
        Ok(None)
    } else {
        field_value(value, field).map(Some)
    }
}

fn find<T>(list: &[T], id: &str, get: impl Fn(&T) -> &str) -> Option<usize> {
    list.iter().position(|x| get(x) == id)
}

macro_rules! lookup {
    ($self:ident, $py:ident, $list:ident, $id:ident, $py_ty:ident) => {{
        match find(&$self.inner.$list, $id, |x| x.id.as_str()) {
            Some(i) => Some(Py::new(
                $py,
                $py_ty {
                    inner: Handle::Member(Arc::clone(&$self.inner), i),
                },
            )?),
            None => None,
        }
    }};
}

#[pymethods]
impl PyProgramme {
    /// Builds a programme from keyword arguments (`schema_version` defaults to "1.0").
    #[new]
    #[pyo3(signature = (**kwargs))]
    fn new(py: Python<'_>, kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let mut json = match kwargs {
            Some(k) => py_to_json(k.as_any(), &Pointer::root()).map_err(|e| e.into_pyerr(py))?,
            None => Value::Object(serde_json::Map::new()),
        };
        if let Value::Object(map) = &mut json {
            map.entry("schema_version")
                .or_insert_with(|| Value::String(omvarld::SCHEMA_VERSION.into()));
            map.entry("contribution_aims")
                .or_insert_with(|| Value::Array(Vec::new()));
        }
        convert::texts_from_strings(&mut json, "Programme");
        parse_programme(py, &json, &Pointer::root()).map(Self::new_from)
    }

    // ---- fields -------------------------------------------------------

    /// Version of the data standard, "1.0".
    #[getter]
    fn schema_version<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.inner.schema_version.to_python(py)
    }

    /// Identifier of the programme.
    #[getter]
    fn id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.inner.id.to_python(py)
    }

    #[setter]
    fn set_id(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = field_value(value, "id")?;
        self.make_mut().id = v;
        Ok(())
    }

    /// Title of the programme.
    #[getter]
    fn title<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.inner.title.to_python(py)
    }

    #[setter]
    fn set_title(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = field_value(value, "title")?;
        self.make_mut().title = v;
        Ok(())
    }

    /// The organisation whose programme it is.
    #[getter]
    fn organisation<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.inner.organisation.to_python(py)
    }

    #[setter]
    fn set_organisation(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = field_value(value, "organisation")?;
        self.make_mut().organisation = v;
        Ok(())
    }

    /// Date of adoption, or `None`.
    #[getter]
    fn adopted<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.inner.adopted.to_python(py)
    }

    #[setter]
    fn set_adopted(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = optional(value, "adopted")?;
        self.make_mut().adopted = v;
        Ok(())
    }

    /// The period the programme covers, or `None`.
    #[getter]
    fn period<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.inner.period.to_python(py)
    }

    #[setter]
    fn set_period(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = optional(value, "period")?;
        self.make_mut().period = v;
        Ok(())
    }

    /// Summary, or `None`.
    #[getter]
    fn summary<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.inner.summary.to_python(py)
    }

    #[setter]
    fn set_summary(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = optional(value, "summary")?;
        self.make_mut().summary = v;
        Ok(())
    }

    /// Local additions, or `None`.
    #[getter]
    fn extensions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.inner.extensions.to_python(py)
    }

    #[setter]
    fn set_extensions(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = optional(value, "extensions")?;
        self.make_mut().extensions = v;
        Ok(())
    }

    /// The focus areas (views).
    #[getter]
    fn focus_areas<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        views(py, &self.inner, self.inner.focus_areas.len(), |inner| {
            PyFocusArea { inner }
        })
    }

    #[setter]
    fn set_focus_areas(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = non_empty(
            value.py(),
            list_from_py(value, "focus_areas")?,
            "focus_areas",
        )?;
        self.make_mut().focus_areas = v;
        Ok(())
    }

    /// The contribution aims (views).
    #[getter]
    fn contribution_aims<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        views(
            py,
            &self.inner,
            self.inner.contribution_aims.len(),
            |inner| PyContributionAim { inner },
        )
    }

    #[setter]
    fn set_contribution_aims(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = list_from_py(value, "contribution_aims")?;
        self.make_mut().contribution_aims = v;
        Ok(())
    }

    /// The arenas (views).
    #[getter]
    fn arenas<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        views(py, &self.inner, self.inner.arenas.len(), |inner| PyArena {
            inner,
        })
    }

    #[setter]
    fn set_arenas(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = list_from_py(value, "arenas")?;
        self.make_mut().arenas = v;
        Ok(())
    }

    /// The advocacy positions (views).
    #[getter]
    fn positions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        views(py, &self.inner, self.inner.positions.len(), |inner| {
            PyAdvocacyPosition { inner }
        })
    }

    #[setter]
    fn set_positions(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = list_from_py(value, "positions")?;
        self.make_mut().positions = v;
        Ok(())
    }

    /// The activities (views).
    #[getter]
    fn activities<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        views(py, &self.inner, self.inner.activities.len(), |inner| {
            PyActivity { inner }
        })
    }

    #[setter]
    fn set_activities(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = list_from_py(value, "activities")?;
        self.make_mut().activities = v;
        Ok(())
    }

    /// The publications (views).
    #[getter]
    fn publications<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        views(py, &self.inner, self.inner.publications.len(), |inner| {
            PyPublication { inner }
        })
    }

    #[setter]
    fn set_publications(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = list_from_py(value, "publications")?;
        self.make_mut().publications = v;
        Ok(())
    }

    // ---- changing positions --------------------------------------------

    /// Appends a position (an `AdvocacyPosition` or its dict form).
    fn add_position(&mut self, position: &Bound<'_, PyAny>) -> PyResult<()> {
        let index = self.inner.positions.len();
        let p: AdvocacyPosition =
            from_py(position, &Pointer::root().key("positions").index(index))?;
        self.make_mut().positions.push(p);
        Ok(())
    }

    /// Replaces the position with the same id; `KeyError` when there is none.
    fn replace_position(&mut self, position: &Bound<'_, PyAny>) -> PyResult<()> {
        let p: AdvocacyPosition = from_py(position, &Pointer::root().key("positions"))?;
        let i = find(&self.inner.positions, p.id.as_str(), |x| x.id.as_str())
            .ok_or_else(|| PyKeyError::new_err(p.id.to_string()))?;
        if let Some(slot) = self.make_mut().positions.get_mut(i) {
            *slot = p;
        }
        Ok(())
    }

    /// Removes the position with this id and returns it; `KeyError` when there is none.
    fn remove_position(&mut self, id: &str) -> PyResult<PyAdvocacyPosition> {
        let i = find(&self.inner.positions, id, |x| x.id.as_str())
            .ok_or_else(|| PyKeyError::new_err(id.to_owned()))?;
        let removed = self.make_mut().positions.remove(i);
        Ok(PyAdvocacyPosition::owned(removed))
    }

    // ---- lookups -------------------------------------------------------

    /// The focus area with this id, or `None`.
    fn focus_area(&self, py: Python<'_>, id: &str) -> PyResult<Option<Py<PyFocusArea>>> {
        Ok(lookup!(self, py, focus_areas, id, PyFocusArea))
    }

    /// The contribution aim with this id, or `None`.
    fn contribution_aim(
        &self,
        py: Python<'_>,
        id: &str,
    ) -> PyResult<Option<Py<PyContributionAim>>> {
        Ok(lookup!(self, py, contribution_aims, id, PyContributionAim))
    }

    /// The arena with this id, or `None`.
    fn arena(&self, py: Python<'_>, id: &str) -> PyResult<Option<Py<PyArena>>> {
        Ok(lookup!(self, py, arenas, id, PyArena))
    }

    /// The position with this id, or `None`.
    fn position(&self, py: Python<'_>, id: &str) -> PyResult<Option<Py<PyAdvocacyPosition>>> {
        Ok(lookup!(self, py, positions, id, PyAdvocacyPosition))
    }

    /// The activity with this id, or `None`.
    fn activity(&self, py: Python<'_>, id: &str) -> PyResult<Option<Py<PyActivity>>> {
        Ok(lookup!(self, py, activities, id, PyActivity))
    }

    /// The publication with this id, or `None`.
    fn publication(&self, py: Python<'_>, id: &str) -> PyResult<Option<Py<PyPublication>>> {
        Ok(lookup!(self, py, publications, id, PyPublication))
    }

    /// The positions that name this focus area (views).
    fn positions_for<'py>(
        &self,
        py: Python<'py>,
        focus_area: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .inner
            .positions
            .iter()
            .enumerate()
            .filter(|(_, p)| p.focus_areas.iter().any(|f| f == focus_area))
            .map(|(i, _)| {
                Py::new(
                    py,
                    PyAdvocacyPosition {
                        inner: Handle::Member(Arc::clone(&self.inner), i),
                    },
                )
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    // ---- validation ------------------------------------------------------

    /// Validates the programme: semantic rules (and the structural rules its
    /// types cannot hold). Runs without the GIL.
    #[pyo3(signature = (as_of = None, lang = "en"))]
    fn validate(
        &self,
        py: Python<'_>,
        as_of: Option<&Bound<'_, PyAny>>,
        lang: &str,
    ) -> PyResult<PyReport> {
        let options = convert::options(as_of, lang)?;
        let programme = Arc::clone(&self.inner);
        let report = py.allow_threads(move || programme.validate(&options));
        Ok(PyReport { inner: report })
    }

    /// Like `validate`, but raises `ValidationError` when there are errors;
    /// returns the report (with any warnings) otherwise.
    #[pyo3(signature = (as_of = None, lang = "en"))]
    fn check(
        &self,
        py: Python<'_>,
        as_of: Option<&Bound<'_, PyAny>>,
        lang: &str,
    ) -> PyResult<PyReport> {
        let report = self.validate(py, as_of, lang)?;
        if report.inner.valid() {
            Ok(report)
        } else {
            Err(errors::validation_error(py, report.inner))
        }
    }

    // ---- analysis --------------------------------------------------------

    /// The focus area × contribution aim matrix of adopted and active positions.
    fn coverage(&self) -> PyCoverage {
        PyCoverage {
            inner: self.inner.coverage(),
        }
    }

    /// A table as a list of flat dicts, ready for `pandas.DataFrame`
    /// (options `lang`, `extensions`, `join_lists`: see `records.rs`).
    #[pyo3(signature = (table, **options))]
    fn records<'py>(
        &self,
        py: Python<'py>,
        table: &str,
        options: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let options = records::Options::from_kwargs(options)?;
        records::records(py, &self.inner, table, &options)
    }

    /// A table as a `pandas.DataFrame` (needs pandas); `"coverage"` gives the matrix.
    #[pyo3(signature = (table, **options))]
    fn to_pandas<'py>(
        slf: &Bound<'py, Self>,
        table: &str,
        options: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        py.import("omvarld._pandas")?
            .getattr("programme_to_pandas")?
            .call((slf, table), options)
    }

    /// A table as a `polars.DataFrame` (needs polars), as `to_pandas`.
    #[pyo3(signature = (table, **options))]
    fn to_polars<'py>(
        slf: &Bound<'py, Self>,
        table: &str,
        options: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        py.import("omvarld._pandas")?
            .getattr("programme_to_polars")?
            .call((slf, table), options)
    }

    // ---- serialization ---------------------------------------------------

    /// The programme as JSON-compatible values (dates as strings).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        model::to_dict(py, &*self.inner)
    }

    /// The programme as JSON text, compact or indented.
    #[pyo3(signature = (indent = None))]
    fn to_json(&self, indent: Option<usize>) -> PyResult<String> {
        to_json_string(&*self.inner, indent)
    }

    /// Writes the programme as JSON (indented by 2 unless told) to `path`.
    #[pyo3(signature = (path, indent = Some(2)))]
    fn save(
        &self,
        py: Python<'_>,
        path: std::path::PathBuf,
        indent: Option<usize>,
    ) -> PyResult<()> {
        let mut bytes = to_json_bytes(&*self.inner, indent)?;
        bytes.push(b'\n');
        py.allow_threads(|| std::fs::write(&path, &bytes))
            .map_err(|e| errors::io_error(&e, &path))
    }

    /// Reads a programme from its JSON form as a dict (as strictly as a document).
    #[classmethod]
    fn from_dict(_cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        let py = data.py();
        let json = py_to_json(data, &Pointer::root()).map_err(|e| e.into_pyerr(py))?;
        parse_programme(py, &json, &Pointer::root()).map(Self::new_from)
    }

    /// Reads a programme from JSON text (str or bytes).
    #[classmethod]
    fn from_json(_cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        crate::functions::loads(data)
    }

    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        let py = slf.py();
        py.import("omvarld._html")?
            .call_method1("programme_html", (slf,))?
            .extract()
    }

    fn __repr__(&self) -> String {
        format!(
            "Programme(id={}, title={}, focus_areas={}, positions={})",
            model::quote(self.inner.id.as_str()),
            model::quote(self.inner.title.sv()),
            self.inner.focus_areas.len(),
            self.inner.positions.len()
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyObject> {
        let py = other.py();
        match other.downcast::<PyProgramme>() {
            Ok(o) => {
                let o = o.try_borrow()?;
                let same = Arc::ptr_eq(&self.inner, &o.inner) || *self.inner == *o.inner;
                Ok(PyBool::new(py, same).to_owned().into_any().unbind())
            }
            Err(_) => Ok(py.NotImplemented()),
        }
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let bytes = to_json_bytes(&*slf.try_borrow()?.inner, None)?;
        let bytes = pyo3::types::PyBytes::new(py, &bytes);
        Ok((
            slf.get_type().getattr("from_json")?,
            PyTuple::new(py, [bytes])?,
        ))
    }

    fn __copy__(&self) -> Self {
        Self {
            inner: Arc::clone(&self.inner),
        }
    }

    fn __deepcopy__(&self, _memo: &Bound<'_, PyAny>) -> Self {
        // Copy on write: the copies share data until one of them changes.
        Self {
            inner: Arc::clone(&self.inner),
        }
    }
}
