//! `omvarld.Programme`: the whole document, kept in Rust.

use std::sync::Arc;

use omvarld::diagnostics::{Message, Term};
use omvarld::model::{Body, Publication};
use omvarld::pointer::Pointer;
use omvarld::shape::terms;
use omvarld::{
    Activity, AdvocacyPosition, Arena, Code, ContributionAim, Detail, FocusArea, Id, Indicator,
    Issue, NonEmpty, Programme, Status,
};
use pyo3::exceptions::{PyKeyError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::{PyBool, PyDict, PyList, PyString, PyTuple, PyType};
use serde_json::Value;

use crate::convert::{self, py_to_json, to_json_bytes, to_json_string};
use crate::coverage::PyCoverage;
use crate::errors;
use crate::model::{
    self, from_py, parse_value, Handle, ModelType, PyActivity, PyAdvocacyPosition, PyArena, PyBody,
    PyContributionAim, PyFocusArea, PyIndicator, PyPublication, ToPython,
};
use crate::records;
use crate::report::PyReport;

/// A city's programme for strategic external relations work. The data stays
/// in Rust; lists such as `positions` read as tuples of views that copy
/// nothing.
///
/// Collections are immutable values: every list attribute is a `tuple` and
/// `extensions` a read-only mapping, so `programme.positions.append(x)`
/// raises instead of doing nothing. Change a list by assigning a whole new
/// one (`programme.positions = [...]`, validated) or with `add`, `replace`
/// and `remove`.
#[pyclass(module = "omvarld", name = "Programme")]
pub(crate) struct PyProgramme {
    pub(crate) inner: Arc<Programme>,
    /// The list attributes' tuples, built on first use for this version of
    /// the programme, so that `programme.positions[i]` and `len()` cost O(1).
    views: Views,
}

/// One cached tuple per list attribute; emptied by every change.
#[derive(Default)]
struct Views {
    focus_areas: GILOnceCell<Py<PyTuple>>,
    contribution_aims: GILOnceCell<Py<PyTuple>>,
    arenas: GILOnceCell<Py<PyTuple>>,
    bodies: GILOnceCell<Py<PyTuple>>,
    positions: GILOnceCell<Py<PyTuple>>,
    activities: GILOnceCell<Py<PyTuple>>,
    publications: GILOnceCell<Py<PyTuple>>,
}

impl PyProgramme {
    pub(crate) fn new_from(programme: Programme) -> Self {
        Self::shared(Arc::new(programme))
    }

    fn shared(inner: Arc<Programme>) -> Self {
        Self {
            inner,
            views: Views::default(),
        }
    }

    fn make_mut(&mut self) -> &mut Programme {
        // The cached views hold the programme's `Arc`: drop them first, so
        // that no copy is made when nobody else holds the old version.
        self.views = Views::default();
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

/// The tuple of views of one of the programme's lists, built once per
/// version of the programme (`cell` is emptied by every change).
fn views<'py, T, P>(
    py: Python<'py>,
    cell: &GILOnceCell<Py<PyTuple>>,
    programme: &Arc<Programme>,
    len: usize,
    wrap: impl Fn(Handle<T>) -> P,
) -> PyResult<Bound<'py, PyTuple>>
where
    P: pyo3::PyClass + Into<pyo3::PyClassInitializer<P>>,
{
    let tuple = cell.get_or_try_init(py, || {
        let items = (0..len)
            .map(|i| Py::new(py, wrap(Handle::Member(Arc::clone(programme), i))))
            .collect::<PyResult<Vec<_>>>()?;
        PyResult::Ok(PyTuple::new(py, items)?.unbind())
    })?;
    Ok(tuple.bind(py).clone())
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

// ---- the lists a programme keeps by id ------------------------------------

/// The `kind`s that `Programme.remove` takes.
const KINDS: [&str; 8] = [
    "focus_areas",
    "contribution_aims",
    "arenas",
    "bodies",
    "positions",
    "activities",
    "publications",
    "indicators",
];

/// A model type that a programme lists by id: what `add`, `replace` and
/// `remove` need to know about its list, written once per type.
trait Listed: ModelType + ToPython {
    /// The list's member name (and `remove`'s `kind`).
    const KIND: &'static str;
    /// The noun for messages.
    const TERM: Term;
    /// Elements the list must keep (1 for focus areas).
    const MIN: usize = 0;
    /// `true` for indicators: their lists are per focus area (`scope`).
    const SCOPED: bool = false;

    fn id(&self) -> &Id;

    /// The list (for indicators: of the focus area at index `scope`).
    fn list(p: &Programme, scope: Option<usize>) -> &[Self];

    /// Runs `change` on the list.
    fn edit<R>(
        p: &mut Programme,
        scope: Option<usize>,
        change: impl FnOnce(&mut Vec<Self>) -> R,
    ) -> R;

    /// JSON Pointer of the list.
    fn base(scope: Option<usize>) -> Pointer {
        let _ = scope;
        Pointer::root().key(Self::KIND)
    }
}

macro_rules! listed {
    ($t:ty, $kind:ident, $term:expr) => {
        impl Listed for $t {
            const KIND: &'static str = stringify!($kind);
            const TERM: Term = $term;
            fn id(&self) -> &Id {
                &self.id
            }
            fn list(p: &Programme, _scope: Option<usize>) -> &[Self] {
                &p.$kind
            }
            fn edit<R>(
                p: &mut Programme,
                _scope: Option<usize>,
                change: impl FnOnce(&mut Vec<Self>) -> R,
            ) -> R {
                change(&mut p.$kind)
            }
        }
    };
}
listed!(ContributionAim, contribution_aims, terms::CONTRIBUTION_AIM);
listed!(Arena, arenas, terms::ARENA);
listed!(Body, bodies, terms::BODY);
listed!(AdvocacyPosition, positions, terms::POSITION);
listed!(Activity, activities, terms::ACTIVITY);
listed!(Publication, publications, terms::PUBLICATION);

/// Runs `change` on a copy of the focus areas and puts them back (the core's
/// `NonEmpty` has no mutable access; the list is short).
fn edit_focus_areas<R>(p: &mut Programme, change: impl FnOnce(&mut Vec<FocusArea>) -> R) -> R {
    let mut list = p.focus_areas.to_vec();
    let out = change(&mut list);
    // `remove_as` keeps at least `MIN` elements, so this cannot fail.
    if let Ok(list) = NonEmpty::try_from(list) {
        p.focus_areas = list;
    }
    out
}

impl Listed for FocusArea {
    const KIND: &'static str = "focus_areas";
    const TERM: Term = terms::FOCUS_AREA;
    const MIN: usize = 1;
    fn id(&self) -> &Id {
        &self.id
    }
    fn list(p: &Programme, _scope: Option<usize>) -> &[Self] {
        &p.focus_areas
    }
    fn edit<R>(
        p: &mut Programme,
        _scope: Option<usize>,
        change: impl FnOnce(&mut Vec<Self>) -> R,
    ) -> R {
        edit_focus_areas(p, change)
    }
}

impl Listed for Indicator {
    const KIND: &'static str = "indicators";
    const TERM: Term = terms::INDICATOR;
    const SCOPED: bool = true;
    fn id(&self) -> &Id {
        &self.id
    }
    fn list(p: &Programme, scope: Option<usize>) -> &[Self] {
        scope
            .and_then(|k| p.focus_areas.get(k))
            .map_or(&[], |f| f.direction_goal.indicators.as_slice())
    }
    fn edit<R>(
        p: &mut Programme,
        scope: Option<usize>,
        change: impl FnOnce(&mut Vec<Self>) -> R,
    ) -> R {
        edit_focus_areas(p, |areas| {
            let mut none = Vec::new();
            let list = match scope.and_then(|k| areas.get_mut(k)) {
                Some(area) => &mut area.direction_goal.indicators,
                None => &mut none,
            };
            change(list)
        })
    }
    fn base(scope: Option<usize>) -> Pointer {
        Pointer::root()
            .key("focus_areas")
            .index(scope.unwrap_or_default())
            .key("direction_goal")
            .key("indicators")
    }
}

/// Runs `$body` with `T` the core type of the model object `$obj`, or raises
/// `TypeError` for anything else.
macro_rules! dispatch {
    ($obj:expr, $t:ident => $body:expr) => {{
        macro_rules! try_type {
            ($py_ty:ty, $rust:ty) => {
                if $obj.downcast::<$py_ty>().is_ok() {
                    type $t = $rust;
                    return $body;
                }
            };
        }
        try_type!(PyFocusArea, FocusArea);
        try_type!(PyContributionAim, ContributionAim);
        try_type!(PyArena, Arena);
        try_type!(PyBody, Body);
        try_type!(PyAdvocacyPosition, AdvocacyPosition);
        try_type!(PyActivity, Activity);
        try_type!(PyPublication, Publication);
        try_type!(PyIndicator, Indicator);
        Err(PyTypeError::new_err(format!(
            "expected a FocusArea, ContributionAim, Arena, Body, AdvocacyPosition, Activity, \
             Publication or Indicator, not `{}` (build one from a dict with e.g. \
             AdvocacyPosition(**data))",
            type_name($obj)
        )))
    }};
}
fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_default()
}

/// `"; did you mean `x`?"` for the candidate nearest to `given`, or `""`.
fn did_you_mean<'a>(
    py: Python<'_>,
    given: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> PyResult<String> {
    // The core's `suggest::nearest` is crate-private; until it is exported,
    // Python's own difflib finds the near miss, and as in the core a
    // candidate that contains the given name (or is contained in it) counts.
    let candidates: Vec<&str> = candidates.into_iter().collect();
    let close = py
        .import("difflib")?
        .call_method1("get_close_matches", (given, &candidates, 1, 0.6))?;
    let best = match close.get_item(0) {
        Ok(best) => Some(best.extract::<String>()?),
        Err(_) => candidates
            .iter()
            .find(|c| given.chars().count() >= 3 && (c.contains(given) || given.contains(**c)))
            .map(|c| (*c).to_owned()),
    };
    Ok(best.map_or_else(String::new, |b| format!("; did you mean `{b}`?")))
}

/// The `KeyError` for an id that `list` does not have.
fn unknown_id<T: Listed>(py: Python<'_>, id: &str, list: &[T], within: &str) -> PyErr {
    let hint = match did_you_mean(py, id, list.iter().map(|x| x.id().as_str())) {
        Ok(hint) if !hint.is_empty() => hint,
        Ok(_) if list.is_empty() => format!("; {within} has none"),
        Ok(_) => {
            let known: Vec<&str> = list.iter().take(10).map(|x| x.id().as_str()).collect();
            let more = if list.len() > 10 { ", …" } else { "" };
            format!("; known: {}{more}", known.join(", "))
        }
        Err(e) => return e,
    };
    PyKeyError::new_err(format!("no {} with id `{id}`{hint}", T::TERM.en))
}

/// Statuses from a status string or a list of them.
fn statuses(value: &Bound<'_, PyAny>) -> PyResult<Vec<Status>> {
    let py = value.py();
    let names: Vec<String> = if let Ok(s) = value.downcast::<PyString>() {
        vec![s.to_str()?.to_owned()]
    } else {
        value
            .try_iter()?
            .map(|item| item?.extract::<String>())
            .collect::<PyResult<_>>()?
    };
    names
        .iter()
        .map(|name| {
            Status::ALL
                .iter()
                .find(|s| s.as_str() == name)
                .copied()
                .ok_or_else(|| {
                    let all: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
                    // A Swedish word for a status (`antagen`) names its code.
                    let hint = match Status::from_label(name) {
                        Some(meant) => Ok(format!(
                            "; did you mean `{meant}` (Swedish \"{}\")?",
                            meant.label(omvarld::Lang::Sv)
                        )),
                        None => did_you_mean(py, name, all.iter().copied()),
                    };
                    match hint {
                        Ok(hint) => PyValueError::new_err(format!(
                            "`{name}` is not a status{hint}; expected one of: {}",
                            all.join(", ")
                        )),
                        Err(e) => e,
                    }
                })
        })
        .collect()
}

impl PyProgramme {
    /// Index of a focus area given as an id or a `FocusArea`.
    fn focus_area_index(&self, focus_area: &Bound<'_, PyAny>) -> PyResult<usize> {
        let py = focus_area.py();
        let id: String = match focus_area.downcast::<PyFocusArea>() {
            Ok(area) => area.get().inner.get()?.id.to_string(),
            Err(_) => focus_area.extract().map_err(|_| {
                PyTypeError::new_err(format!(
                    "expected a focus area id (str) or a FocusArea, not `{}`",
                    type_name(focus_area)
                ))
            })?,
        };
        find(&self.inner.focus_areas, &id, |f| f.id.as_str())
            .ok_or_else(|| unknown_id(py, &id, &self.inner.focus_areas, "the programme"))
    }

    /// The scope of `T`'s list: the focus area index for indicators.
    fn scope<T: Listed>(&self, focus_area: Option<&Bound<'_, PyAny>>) -> PyResult<Option<usize>> {
        match (T::SCOPED, focus_area.filter(|f| !f.is_none())) {
            (true, Some(area)) => self.focus_area_index(area).map(Some),
            (true, None) => Err(PyTypeError::new_err(format!(
                "{} belong to a focus area's direction goal: pass focus_area=",
                T::KIND
            ))),
            (false, Some(_)) => Err(PyTypeError::new_err(format!(
                "focus_area= is only for indicators, not for {}",
                T::KIND
            ))),
            (false, None) => Ok(None),
        }
    }

    fn add_as<T: Listed>(&mut self, obj: &Bound<'_, PyAny>, scope: Option<usize>) -> PyResult<()> {
        let py = obj.py();
        let list = T::list(&self.inner, scope);
        let at = T::base(scope).index(list.len());
        let value: T = from_py(obj, &at)?;
        if list.iter().any(|x| x.id() == value.id()) {
            let issue = Issue::detailed(
                Code::DuplicateId,
                at.key("id").to_string(),
                Detail::new(Message::DuplicateId)
                    .with("id", value.id().as_str())
                    .with("of", T::TERM),
            );
            return Err(errors::validation_error(
                py,
                omvarld::Report::from_issues([issue]),
            ));
        }
        T::edit(self.make_mut(), scope, |list| list.push(value));
        Ok(())
    }

    fn replace_as<T: Listed>(
        &mut self,
        obj: &Bound<'_, PyAny>,
        scope: Option<usize>,
    ) -> PyResult<()> {
        let py = obj.py();
        let base = T::base(scope);
        let mut json = py_to_json(obj, &base).map_err(|e| e.into_pyerr(py))?;
        convert::texts_from_strings(&mut json, T::DEF);
        let list = T::list(&self.inner, scope);
        let index = match json.get("id").and_then(Value::as_str) {
            Some(id) => find(list, id, |x| x.id().as_str())
                .ok_or_else(|| unknown_id(py, id, list, "the list"))?,
            // Without an id the object has no place: report it on its own.
            None => {
                parse_value::<T>(py, &json, &Pointer::root())?;
                return Err(PyValueError::new_err("the object has no id"));
            }
        };
        let value: T = parse_value(py, &json, &base.index(index))?;
        T::edit(self.make_mut(), scope, |list| {
            if let Some(slot) = list.get_mut(index) {
                *slot = value;
            }
        });
        Ok(())
    }

    fn remove_as<'py, T: Listed>(
        &mut self,
        py: Python<'py>,
        id: &str,
        scope: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let list = T::list(&self.inner, scope);
        let index = find(list, id, |x| x.id().as_str())
            .ok_or_else(|| unknown_id(py, id, list, "the list"))?;
        if list.len() <= T::MIN {
            non_empty::<T>(py, Vec::new(), T::KIND)?;
        }
        let removed = T::edit(self.make_mut(), scope, |list| list.remove(index));
        removed.to_python(py)
    }
}

#[pymethods]
impl PyProgramme {
    /// Builds a programme from keyword arguments (`schema_version` defaults to
    /// the newest version, "1.1"; `schema=` is the member `$schema`).
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

    // ---- changing lists ------------------------------------------------

    /// Appends `obj` to its list, chosen by its class (a `FocusArea`,
    /// `ContributionAim`, `Arena`, `Body`, `AdvocacyPosition`, `Activity` or
    /// `Publication`; an `Indicator` goes to the direction goal of
    /// `focus_area`, an id or a `FocusArea`). An id the list already has is a
    /// `ValidationError` (a `ValueError`, code `duplicate_id`); problems with
    /// the object are reported at the index it would get (`/positions/3/title`).
    #[pyo3(signature = (obj, /, *, focus_area = None))]
    fn add(
        &mut self,
        obj: &Bound<'_, PyAny>,
        focus_area: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<()> {
        dispatch!(obj, T => {
            let scope = self.scope::<T>(focus_area)?;
            self.add_as::<T>(obj, scope)
        })
    }

    /// Replaces the element of `obj`'s list that has `obj`'s id (see `add`
    /// for the lists); an id the list does not have is a `KeyError` that
    /// suggests the nearest one. Problems are reported at the element's index.
    #[pyo3(signature = (obj, /, *, focus_area = None))]
    fn replace(
        &mut self,
        obj: &Bound<'_, PyAny>,
        focus_area: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<()> {
        dispatch!(obj, T => {
            let scope = self.scope::<T>(focus_area)?;
            self.replace_as::<T>(obj, scope)
        })
    }

    /// Removes the element with this id from the list `kind` (`"focus_areas"`,
    /// `"contribution_aims"`, `"arenas"`, `"bodies"`, `"positions"`, `"activities"`,
    /// `"publications"`, or `"indicators"` with `focus_area=`) and returns it;
    /// `KeyError` (with the nearest id) when there is none.
    #[pyo3(signature = (kind, id, /, *, focus_area = None))]
    fn remove<'py>(
        &mut self,
        py: Python<'py>,
        kind: &str,
        id: &str,
        focus_area: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        macro_rules! by_kind {
            ($($t:ty),*) => {$(
                if kind == <$t as Listed>::KIND {
                    let scope = self.scope::<$t>(focus_area)?;
                    return self.remove_as::<$t>(py, id, scope);
                }
            )*};
        }
        by_kind!(
            FocusArea,
            ContributionAim,
            Arena,
            Body,
            AdvocacyPosition,
            Activity,
            Publication,
            Indicator
        );
        Err(PyValueError::new_err(format!(
            "unknown kind `{kind}`{}; expected one of: {}",
            did_you_mean(py, kind, KINDS.iter().copied())?,
            KINDS.join(", ")
        )))
    }

    /// Appends a position (an `AdvocacyPosition` or its dict form); `add` for positions.
    fn add_position(&mut self, position: &Bound<'_, PyAny>) -> PyResult<()> {
        self.add_as::<AdvocacyPosition>(position, None)
    }

    /// Replaces the position with the same id; `replace` for positions.
    fn replace_position(&mut self, position: &Bound<'_, PyAny>) -> PyResult<()> {
        self.replace_as::<AdvocacyPosition>(position, None)
    }

    /// Removes the position with this id and returns it; `remove("positions", id)`.
    fn remove_position<'py>(&mut self, py: Python<'py>, id: &str) -> PyResult<Bound<'py, PyAny>> {
        self.remove_as::<AdvocacyPosition>(py, id, None)
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

    /// The body with this id, or `None`.
    fn body(&self, py: Python<'_>, id: &str) -> PyResult<Option<Py<PyBody>>> {
        Ok(lookup!(self, py, bodies, id, PyBody))
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

    /// The positions that name this focus area (an id or a `FocusArea`), as
    /// a tuple of views, optionally only those with `status` (a status or a
    /// list of them). A focus area the programme does not have is a
    /// `KeyError` that suggests the nearest id.
    #[pyo3(signature = (focus_area, status = None))]
    fn positions_for<'py>(
        &self,
        py: Python<'py>,
        focus_area: &Bound<'py, PyAny>,
        status: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let index = self.focus_area_index(focus_area)?;
        let Some(area) = self.inner.focus_areas.get(index).map(|f| &f.id) else {
            return PyTuple::new(py, Vec::<Py<PyAny>>::new());
        };
        let wanted = match status {
            Some(s) if !s.is_none() => Some(statuses(s)?),
            _ => None,
        };
        let items = self
            .inner
            .positions
            .iter()
            .enumerate()
            .filter(|(_, p)| p.focus_areas.contains(area))
            .filter(|(_, p)| wanted.as_ref().is_none_or(|w| w.contains(&p.status)))
            .map(|(i, _)| {
                Py::new(
                    py,
                    PyAdvocacyPosition {
                        inner: Handle::Member(Arc::clone(&self.inner), i),
                    },
                )
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyTuple::new(py, items)
    }

    // ---- validation ------------------------------------------------------

    /// Validates the programme: semantic rules (and the structural rules its
    /// types cannot hold). Runs without the GIL.
    #[pyo3(signature = (as_of = None, lang = "en", allow = None))]
    fn validate(
        &self,
        py: Python<'_>,
        as_of: Option<&Bound<'_, PyAny>>,
        lang: &str,
        allow: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyReport> {
        let options = convert::allow(convert::options(as_of, lang)?, allow)?;
        let programme = Arc::clone(&self.inner);
        let report = py.allow_threads(move || programme.validate(&options));
        Ok(PyReport { inner: report })
    }

    /// Like `validate`, but raises `ValidationError` when there are errors;
    /// returns the report (with any warnings) otherwise.
    #[pyo3(signature = (as_of = None, lang = "en", allow = None))]
    fn check(
        &self,
        py: Python<'_>,
        as_of: Option<&Bound<'_, PyAny>>,
        lang: &str,
        allow: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyReport> {
        let report = self.validate(py, as_of, lang, allow)?;
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

    /// Every baseline, result and target as one tidy `pandas.DataFrame`
    /// (needs pandas): `to_pandas("indicator_results", lang=lang)`.
    #[pyo3(signature = (lang = "sv"))]
    fn indicator_results<'py>(slf: &Bound<'py, Self>, lang: &str) -> PyResult<Bound<'py, PyAny>> {
        let options = PyDict::new(slf.py());
        options.set_item("lang", lang)?;
        Self::to_pandas(slf, "indicator_results", Some(&options))
    }

    /// The follow-up figures on `as_of` (a date, an ISO string or `None`):
    /// per indicator the latest and previous total result, the change, its
    /// movement and what is left to the target; per position the last
    /// follow-up, the time since it and an overdue review.
    #[pyo3(signature = (as_of = None))]
    fn follow_up<'py>(
        &self,
        py: Python<'py>,
        as_of: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let as_of = convert::options(as_of, "en")?.as_of;
        crate::follow_up::follow_up(py, &self.inner, as_of)
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

    /// Rebuilds a programme from its tables (the inverse of `records`; see
    /// `records.rs`), validates it and raises `ValidationError` on errors.
    #[classmethod]
    #[pyo3(signature = (tables, **options))]
    fn from_records(
        _cls: &Bound<'_, PyType>,
        tables: &Bound<'_, PyAny>,
        options: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Self> {
        let options = records::Options::from_kwargs(options)?;
        records::from_records(tables.py(), tables, &options).map(Self::new_from)
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
        Self::shared(Arc::clone(&self.inner))
    }

    fn __deepcopy__(&self, _memo: &Bound<'_, PyAny>) -> Self {
        // Copy on write: the copies share data until one of them changes.
        Self::shared(Arc::clone(&self.inner))
    }
}

// ---- fields -----------------------------------------------------------------

/// The attributes of `Programme`, made from one list as the model classes'
/// are (`model_classes!`): a getter that reads the field as every model
/// class does ([`ToPython::to_attr`]: the collection rule), and a setter that
/// validates a whole new value, with errors under `/field`. Each entry names
/// the getter and the setter (`field / set_field`; `as "$json"` where the
/// member's JSON name is not the attribute's, for error paths) and how a value is read:
/// `read_only` (no setter), `required`, `optional` (`None` removes it);
/// lists name their view class and read as cached tuples of views, `list` or
/// `non_empty` (at least one element).
macro_rules! programme_fields {
    (
        scalars { $(
            $(#[doc = $doc:literal])*
            $field:ident $(/ $setter:ident $(as $json:literal)?)?: $how:ident;
        )* }
        lists { $(
            $(#[doc = $ldoc:literal])*
            $list:ident / $lsetter:ident: $view:ident, $lhow:ident;
        )* }
    ) => {
        #[pymethods]
        impl PyProgramme {
            $(
                $(#[doc = $doc])*
                #[getter]
                fn $field<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    self.inner.$field.to_attr(py)
                }

                $(
                    #[setter]
                    fn $setter(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
                        let member = programme_fields!(@member $field $($json)?);
                        let v = programme_fields!(@read $how, value, member);
                        self.make_mut().$field = v;
                        Ok(())
                    }
                )?
            )*
            $(
                $(#[doc = $ldoc])*
                #[getter]
                fn $list<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
                    views(
                        py,
                        &self.views.$list,
                        &self.inner,
                        self.inner.$list.len(),
                        |inner| $view { inner },
                    )
                }

                #[setter]
                fn $lsetter(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
                    let field = stringify!($list);
                    let v = programme_fields!(@list $lhow, value, field);
                    self.make_mut().$list = v;
                    Ok(())
                }
            )*
        }
    };
    (@member $field:ident) => { stringify!($field) };
    (@member $field:ident $json:literal) => { $json };
    (@read required, $value:expr, $field:expr) => { field_value($value, $field)? };
    (@read optional, $value:expr, $field:expr) => { optional($value, $field)? };
    (@list list, $value:expr, $field:expr) => { list_from_py($value, $field)? };
    (@list non_empty, $value:expr, $field:expr) => {
        non_empty($value.py(), list_from_py($value, $field)?, $field)?
    };
}

programme_fields! {
    scalars {
        /// The address of the JSON Schema the document follows (the member
        /// `$schema`, for JSON editors), or `None`.
        schema / set_schema as "$schema": optional;
        /// Version of the data standard the document follows: "1.1" for a new
        /// programme, "1.0" for a 1.0 document as read (`omvarld.upgrade`
        /// makes it "1.1").
        schema_version: read_only;
        /// Identifier of the programme.
        id / set_id: required;
        /// Title of the programme.
        title / set_title: required;
        /// The organisation whose programme it is.
        organisation / set_organisation: required;
        /// Date of adoption, or `None`.
        adopted / set_adopted: optional;
        /// The period the programme covers, or `None`.
        period / set_period: optional;
        /// Summary, or `None`.
        summary / set_summary: optional;
        /// Local additions as a read-only mapping, or `None`; assign a new dict
        /// to change them.
        extensions / set_extensions: optional;
    }
    lists {
        /// The focus areas (a tuple of views).
        focus_areas / set_focus_areas: PyFocusArea, non_empty;
        /// The contribution aims (a tuple of views).
        contribution_aims / set_contribution_aims: PyContributionAim, list;
        /// The arenas (a tuple of views).
        arenas / set_arenas: PyArena, list;
        /// The city's own decision-making bodies (a tuple of views); standard 1.1.
        bodies / set_bodies: PyBody, list;
        /// The advocacy positions (a tuple of views).
        positions / set_positions: PyAdvocacyPosition, list;
        /// The activities (a tuple of views).
        activities / set_activities: PyActivity, list;
        /// The publications (a tuple of views).
        publications / set_publications: PyPublication, list;
    }
}
