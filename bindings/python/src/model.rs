//! The model classes below `Programme`: one Python class per object of the
//! standard, every field an attribute under its JSON name.
//!
//! An object read from a programme is a view: it shares the programme's data
//! (an `Arc` and an index), so handing out `programme.positions` copies
//! nothing. Objects are immutable values; `replace(**changes)` gives a changed
//! copy, and the programme's setters and `add`/`replace`/`remove` put objects
//! into a programme.
//!
//! **The collection rule.** Every collection attribute of every class is an
//! immutable value: lists read as `tuple`s, `extensions` as a read-only
//! mapping (`types.MappingProxyType`, nested objects read-only too, nested
//! arrays tuples). An attempt to change one raises, so no edit silently
//! vanishes; a change is made by assigning a whole new value (validated) or
//! with `replace(**changes)`. [`ToPython::to_attr`] is where the rule lives.

use std::sync::Arc;

use omvarld::diagnostics::{Detail, JsonType, Message};
use omvarld::model::{
    Assessment, Body, BodyKind, Decision, Direction, FollowUp, Gender, IndicatorResult,
    Publication, PublicationKind, Reference, ReferenceKind, Relation, Shift, Source,
};
use omvarld::pointer::Pointer;
use omvarld::{
    Activity, AdvocacyPosition, Arena, ArenaKind, ContributionAim, Date, DirectionGoal, Extensions,
    FocusArea, GovernanceLevel, Id, Indicator, Measurement, Organisation, Period, Priority,
    Programme, SchemaVersion, Status, Target,
};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::{PyBool, PyDict, PyList, PyString, PyTuple, PyType};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::convert::{self, json_to_py, py_to_json, to_json_string};
use crate::errors;
use crate::text::PyText;

/// Where a model object's data lives.
pub(crate) enum Handle<T> {
    /// A value of its own (built in Python, or a nested object read out).
    Owned(Arc<T>),
    /// Element `usize` of its list in a programme (a view; nothing copied).
    Member(Arc<Programme>, usize),
}

impl<T> Clone for Handle<T> {
    fn clone(&self) -> Self {
        match self {
            Handle::Owned(v) => Handle::Owned(Arc::clone(v)),
            Handle::Member(p, i) => Handle::Member(Arc::clone(p), *i),
        }
    }
}

/// A model type of the core that has a Python class: an object type of the standard.
pub(crate) trait ModelType: omvarld::StandardObject {
    /// Its name in the published schema's `$defs`.
    const DEF: &'static str;

    /// Element `index` of its list in `programme`, for types that are listed there.
    fn in_programme(_programme: &Programme, _index: usize) -> Option<&Self> {
        None
    }

    /// The inside of `repr()`: the id and title where there are ones.
    fn describe(&self) -> String;
}

impl<T: ModelType> Handle<T> {
    /// The data.
    pub(crate) fn get(&self) -> PyResult<&T> {
        match self {
            Handle::Owned(v) => Ok(v),
            Handle::Member(p, i) => T::in_programme(p, *i)
                .ok_or_else(|| PyRuntimeError::new_err(format!("no {} at index {i}", T::DEF))),
        }
    }
}

/// Conversion of a core value into a Python value.
pub(crate) trait ToPython {
    /// The value as plain Python data (lists, dicts), e.g. for `records()`.
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>>;

    /// The value an attribute returns: as [`ToPython::to_python`], except that
    /// collections are immutable (tuples, read-only mappings), so that an
    /// edit of what an attribute returned raises instead of vanishing.
    fn to_attr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.to_python(py)
    }
}

static MAPPING_PROXY: GILOnceCell<Py<PyType>> = GILOnceCell::new();

/// `types.MappingProxyType(dict)`: a read-only view of a dict nobody else holds.
pub(crate) fn read_only<'py>(dict: Bound<'py, PyDict>) -> PyResult<Bound<'py, PyAny>> {
    let py = dict.py();
    MAPPING_PROXY
        .import(py, "types", "MappingProxyType")?
        .call1((dict,))
}

/// A JSON value as immutable Python data: objects as read-only mappings,
/// arrays as tuples (what `extensions` attributes return).
pub(crate) fn json_to_frozen<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    match value {
        Value::Array(items) => {
            let items = items
                .iter()
                .map(|v| json_to_frozen(py, v))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(PyTuple::new(py, items)?.into_any())
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, json_to_frozen(py, v)?)?;
            }
            read_only(dict)
        }
        other => json_to_py(py, other),
    }
}

macro_rules! string_to_python {
    ($($t:ty),*) => {$(
        impl ToPython for $t {
            fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok(PyString::new(py, self.as_str()).into_any())
            }
        }
    )*};
}
string_to_python!(
    Id,
    omvarld::model::MunicipalityCode,
    omvarld::model::CountryCode,
    omvarld::model::KoladaKpi,
    omvarld::model::Url,
    omvarld::model::ReferenceString
);

macro_rules! enum_to_python {
    ($($t:ty),*) => {$(
        impl ToPython for $t {
            fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok(PyString::intern(py, self.as_str()).into_any())
            }
        }
    )*};
}
enum_to_python!(
    Priority,
    GovernanceLevel,
    ArenaKind,
    SchemaVersion,
    BodyKind,
    ReferenceKind,
    Relation,
    Assessment,
    Gender,
    Direction,
    PublicationKind
);

/// The five statuses as interned Python strings, made once.
static STATUS: pyo3::sync::GILOnceCell<Vec<Py<PyString>>> = pyo3::sync::GILOnceCell::new();

impl ToPython for Status {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let all = STATUS.get_or_init(py, || {
            Status::ALL
                .iter()
                .map(|s| PyString::intern(py, s.as_str()).unbind())
                .collect()
        });
        let index = Status::ALL.iter().position(|s| s == self).unwrap_or(0);
        match all.get(index) {
            Some(s) => Ok(s.bind(py).clone().into_any()),
            None => Ok(PyString::intern(py, self.as_str()).into_any()),
        }
    }
}

impl ToPython for String {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyString::new(py, self).into_any())
    }
}

macro_rules! number_to_python {
    ($($t:ty),*) => {$(
        impl ToPython for $t {
            fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok((*self).into_pyobject(py)?.into_any())
            }
        }
    )*};
}
number_to_python!(u16, u32, f64);

/// A year and a focus area number are Python `int`s.
macro_rules! integer_to_python {
    ($($t:ty),*) => {$(
        impl ToPython for $t {
            fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok(self.get().into_pyobject(py)?.into_any())
            }
        }
    )*};
}
integer_to_python!(omvarld::Year, omvarld::FocusAreaNumber);

impl ToPython for Date {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::date_to_py(py, *self)
    }
}

impl ToPython for omvarld::Text {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PyText::text(self))?.into_any())
    }
}

impl ToPython for omvarld::Title {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PyText::title(self))?.into_any())
    }
}

impl ToPython for Extensions {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let dict = PyDict::new(py);
        for (k, v) in self.iter() {
            dict.set_item(k, json_to_py(py, v)?)?;
        }
        Ok(dict.into_any())
    }

    fn to_attr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let dict = PyDict::new(py);
        for (k, v) in self.iter() {
            dict.set_item(k, json_to_frozen(py, v)?)?;
        }
        read_only(dict)
    }
}

impl<T: ToPython + ?Sized> ToPython for &T {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        (**self).to_python(py)
    }

    fn to_attr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        (**self).to_attr(py)
    }
}

impl<T: ToPython> ToPython for Option<T> {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            Some(v) => v.to_python(py),
            None => Ok(py.None().into_bound(py)),
        }
    }

    fn to_attr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            Some(v) => v.to_attr(py),
            None => Ok(py.None().into_bound(py)),
        }
    }
}

impl<T: ToPython> ToPython for [T] {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let items = self
            .iter()
            .map(|v| v.to_python(py))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PyList::new(py, items)?.into_any())
    }

    /// An attribute's list is a `tuple` of its elements' attribute values.
    fn to_attr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let items = self
            .iter()
            .map(|v| v.to_attr(py))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PyTuple::new(py, items)?.into_any())
    }
}

impl<T: ToPython> ToPython for Vec<T> {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.as_slice().to_python(py)
    }

    fn to_attr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.as_slice().to_attr(py)
    }
}

/// A list that has at least one element reads like any other list.
impl<T: ToPython> ToPython for omvarld::NonEmpty<T> {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.as_slice().to_python(py)
    }

    fn to_attr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.as_slice().to_attr(py)
    }
}

/// Reads JSON as the model type `T`, reporting problems under `prefix`.
pub(crate) fn parse_value<T: ModelType>(
    py: Python<'_>,
    json: &Value,
    prefix: &Pointer,
) -> PyResult<T> {
    if !json.is_object() {
        // A derived struct would also read a JSON array; the standard does not.
        let found = match json {
            Value::Array(_) => JsonType::Array,
            Value::String(_) => JsonType::String,
            Value::Number(n) if n.is_f64() => JsonType::Number,
            Value::Number(_) => JsonType::Integer,
            Value::Bool(_) => JsonType::Boolean,
            _ => JsonType::Null,
        };
        let detail = Detail::new(Message::TypeOf)
            .with("of", omvarld::shape::terms::of_def(T::DEF))
            .with("expected", JsonType::Object)
            .with("found", found);
        let issue = omvarld::Issue::detailed(omvarld::Code::Type, prefix.to_string(), detail);
        return Err(errors::validation_error(
            py,
            omvarld::Report::from_issues([issue]),
        ));
    }
    let bytes = serde_json::to_vec(json).map_err(|e| PyValueError::new_err(e.to_string()))?;
    omvarld::parse::object::<T>(&bytes)
        .map_err(|e| errors::parse_error_in(py, e, prefix, Some(json)))
}

/// Reads any Python value (a model object, a dict with Python comforts) as
/// `T`, reporting problems under `prefix`.
pub(crate) fn from_py<T: ModelType>(obj: &Bound<'_, PyAny>, prefix: &Pointer) -> PyResult<T> {
    let py = obj.py();
    let mut json = py_to_json(obj, prefix).map_err(|e| e.into_pyerr(py))?;
    convert::texts_from_strings(&mut json, T::DEF);
    parse_value(py, &json, prefix)
}

fn kwargs_json(kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Value> {
    match kwargs {
        Some(k) => py_to_json(k.as_any(), &Pointer::root()).map_err(|e| e.into_pyerr(k.py())),
        None => Ok(Value::Object(Map::new())),
    }
}

/// `T(**kwargs)`: Python comforts (str for Text, `date`, model objects) allowed.
pub(crate) fn construct<T: ModelType>(
    py: Python<'_>,
    kwargs: Option<&Bound<'_, PyDict>>,
) -> PyResult<T> {
    let mut json = kwargs_json(kwargs)?;
    convert::texts_from_strings(&mut json, T::DEF);
    parse_value(py, &json, &Pointer::root())
}

/// `value.replace(**changes)`.
pub(crate) fn replaced<T: ModelType>(
    py: Python<'_>,
    value: &T,
    changes: Option<&Bound<'_, PyDict>>,
) -> PyResult<T> {
    let mut json = serde_json::to_value(value).map_err(|e| PyValueError::new_err(e.to_string()))?;
    if let (Value::Object(map), Value::Object(mut changes)) = (&mut json, kwargs_json(changes)?) {
        // `replace(from_=…)` changes `from`, which the copy already has.
        convert::json_names(&mut changes, T::DEF);
        for (k, v) in changes {
            if v.is_null() {
                map.remove(&k);
            } else {
                map.insert(k, v);
            }
        }
    }
    convert::texts_from_strings(&mut json, T::DEF);
    parse_value(py, &json, &Pointer::root())
}

/// `T.from_dict(data)`: the JSON form, read as strictly as a document.
pub(crate) fn from_dict<T: ModelType>(data: &Bound<'_, PyAny>) -> PyResult<T> {
    let py = data.py();
    let json = py_to_json(data, &Pointer::root()).map_err(|e| e.into_pyerr(py))?;
    parse_value(py, &json, &Pointer::root())
}

/// `T.from_json(data)`.
pub(crate) fn from_json<T: ModelType>(data: &Bound<'_, PyAny>) -> PyResult<T> {
    let py = data.py();
    let source = convert::require_source(data)?;
    omvarld::parse::object::<T>(source.as_slice()).map_err(|e| errors::parse_error(py, e))
}

/// `to_dict()`: JSON-compatible values (dates as strings), every dict's keys
/// in the document's member order (the order of `to_json()`), built
/// straight from the value (no `serde_json::Value`, whose map sorts keys).
pub(crate) fn to_dict<'py, T: Serialize>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    crate::pyser::to_python(py, value)
}

/// `repr()` text of a string, Python style.
pub(crate) fn quote(s: &str) -> String {
    let short: String = s.chars().take(60).collect();
    let ellipsis = if s.chars().nth(60).is_some() {
        "…"
    } else {
        ""
    };
    format!(
        "'{}{ellipsis}'",
        short.replace('\\', "\\\\").replace('\'', "\\'")
    )
}

macro_rules! model_class {
    (
        $(#[doc = $doc:literal])*
        $py_ty:ident, $rust:ty, $name:literal, [$($field:ident $(as $py_name:literal)?),* $(,)?]
    ) => {
        $(#[doc = $doc])*
        ///
        /// An immutable value: lists read as tuples and `extensions` as a
        /// read-only mapping; `replace(**changes)` returns a changed copy.
        #[pyclass(module = "omvarld", name = $name, frozen)]
        pub(crate) struct $py_ty {
            pub(crate) inner: Handle<$rust>,
        }

        impl $py_ty {
            /// A Python object holding its own copy of `value`.
            #[allow(dead_code)]
            pub(crate) fn owned(value: $rust) -> Self {
                Self { inner: Handle::Owned(Arc::new(value)) }
            }
        }

        impl ToPython for $rust {
            fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok(Bound::new(py, $py_ty::owned(self.clone()))?.into_any())
            }
        }

        #[pymethods]
        impl $py_ty {
            #[new]
            #[pyo3(signature = (**kwargs))]
            fn new(py: Python<'_>, kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
                construct::<$rust>(py, kwargs).map(Self::owned)
            }

            $(
                #[getter]
                $(#[pyo3(name = $py_name)])?
                fn $field<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    self.inner.get()?.$field.to_attr(py)
                }
            )*

            /// A copy with some fields changed (`None` removes an optional field).
            #[pyo3(signature = (**changes))]
            fn replace(&self, py: Python<'_>, changes: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
                replaced(py, self.inner.get()?, changes).map(Self::owned)
            }

            /// The object as JSON-compatible values (dates as strings).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_dict(py, self.inner.get()?)
            }

            /// The object as JSON text, compact or indented.
            #[pyo3(signature = (indent = None))]
            fn to_json(&self, indent: Option<usize>) -> PyResult<String> {
                to_json_string(self.inner.get()?, indent)
            }

            /// Reads the object from its JSON form as a dict.
            #[classmethod]
            fn from_dict(_cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
                from_dict::<$rust>(data).map(Self::owned)
            }

            /// Reads the object from JSON text (str or bytes).
            #[classmethod]
            fn from_json(_cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
                from_json::<$rust>(data).map(Self::owned)
            }

            fn __repr__(&self) -> PyResult<String> {
                Ok(format!("{}({})", $name, self.inner.get()?.describe()))
            }

            fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyObject> {
                let py = other.py();
                match other.downcast::<$py_ty>() {
                    Ok(o) => {
                        let same = self.inner.get()? == o.get().inner.get()?;
                        Ok(PyBool::new(py, same).to_owned().into_any().unbind())
                    }
                    Err(_) => Ok(py.NotImplemented()),
                }
            }

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
                let py = slf.py();
                let json = to_json_string(slf.get().inner.get()?, None)?;
                Ok((slf.get_type().getattr("from_json")?, PyTuple::new(py, [json])?))
            }

            fn __copy__(slf: Bound<'_, Self>) -> Bound<'_, Self> {
                slf
            }

            fn __deepcopy__<'py>(slf: Bound<'py, Self>, _memo: &Bound<'py, PyAny>) -> Bound<'py, Self> {
                slf
            }
        }
    };
}

/// Declares every model class with [`model_class!`] and, from the same list,
/// `register(m)` (the module's classes) and `class_json(obj)` (the JSON form
/// of an object of any of them).
macro_rules! model_classes {
    ($(
        $(#[doc = $doc:literal])*
        $py_ty:ident, $rust:ty, $name:literal, [$($field:ident $(as $py_name:literal)?),* $(,)?]
    );* $(;)?) => {
        $(
            model_class!($(#[doc = $doc])* $py_ty, $rust, $name, [$($field $(as $py_name)?),*]);
        )*

        /// Registers `Text` and the model classes.
        pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
            m.add_class::<PyText>()?;
            $(m.add_class::<$py_ty>()?;)*
            Ok(())
        }

        /// The data of `obj` as JSON when it is an object of a model class.
        fn class_json(obj: &Bound<'_, PyAny>) -> Option<PyResult<Value>> {
            $(
                if let Ok(o) = obj.downcast::<$py_ty>() {
                    return Some(o.get().inner.get().and_then(|v| {
                        serde_json::to_value(v).map_err(|e| PyValueError::new_err(e.to_string()))
                    }));
                }
            )*
            None
        }
    };
}

// The one list of model classes: each line declares a class (its Rust type,
// Python name and attributes), and `register` and `model_to_json` are made
// from the same list, so a class cannot be declared and then forgotten. An
// attribute is named as its JSON member, except where that is not a Python
// identifier (`from as "from_"`; `convert::PYTHON_NAMES` maps the keyword
// arguments).
model_classes! {
    /// The organisation whose programme it is (organisation), e.g. Malmö stad.
    PyOrganisation, Organisation, "Organisation", [name, municipality_code, country, extensions];
    /// The period a programme covers (programperiod).
    PyPeriod, Period, "Period", [start, end, extensions];
    /// A prioritised subject area (fokusområde) with its direction goal.
    PyFocusArea, FocusArea, "FocusArea", [id, number, title, direction_goal, description, extensions];
    /// The direction goal (inriktningsmål) of a focus area.
    PyDirectionGoal, DirectionGoal, "DirectionGoal", [statement, indicators, extensions];
    /// An indicator that follows a direction goal up.
    PyIndicator, Indicator, "Indicator",
    [id, name, unit, kolada_kpi, baseline, target, direction, results, extensions];
    /// A value of an indicator in a year.
    PyMeasurement, Measurement, "Measurement", [year, value, extensions];
    /// What the work should contribute to (arbetet ska bidra till).
    PyContributionAim, ContributionAim, "ContributionAim", [id, title, description, extensions];
    /// An arena where the city acts (omvärldsarena).
    PyArena, Arena, "Arena", [id, name, level, kind, description, extensions];
    /// An advocacy position (intressebevakning, "Det här vill Malmö").
    PyAdvocacyPosition, AdvocacyPosition, "AdvocacyPosition",
    [id, title, statement, focus_areas, targets, status, rationale, contribution_aims, arenas,
     priority, owner, adopted, review_by, asks, shift, decision, references, follow_up, extensions];
    /// A decision maker at a governance level (beslutsfattare).
    PyTarget, Target, "Target", [level, body, extensions];
    /// A dated activity on an arena (aktivitet).
    PyActivity, Activity, "Activity", [id, title, starts, ends, arena, positions, description, extensions];
    /// A published collection of positions (publikation).
    PyPublication, Publication, "Publication",
    [id, title, published, url, positions, kind, identifier, extensions];
    /// One of the city's own decision-making bodies (beslutande organ), e.g.
    /// Kommunstyrelsen; standard 1.1.
    PyBody, Body, "Body", [id, name, kind, extensions];
    /// Where a position was decided (beslut): body, date, case number; standard 1.1.
    PyDecision, Decision, "Decision", [body, date, reference, url, extensions];
    /// The shift a position seeks (positionsförflyttning); standard 1.1. The
    /// member `from` is the attribute and keyword argument `from_`.
    PyShift, Shift, "Shift", [from as "from_", to, extensions];
    /// A document a position answers or rests on (underlag); standard 1.1.
    PyReference, Reference, "Reference",
    [title, kind, relation, identifier, case_number, url, extensions];
    /// An entry of a position's follow-up log (uppföljning); standard 1.1.
    PyFollowUp, FollowUp, "FollowUp", [date, status, assessment, note, extensions];
    /// An indicator's value in a year (utfall; `Result` in the standard);
    /// standard 1.1. An absent `gender` means `"total"`.
    PyIndicatorResult, IndicatorResult, "IndicatorResult",
    [year, value, gender, comment, source, extensions];
    /// Where a value comes from (källa), e.g. Kolada; standard 1.1.
    PySource, Source, "Source", [name, retrieved, url, extensions];
}

fn id_title(id: &Id, title: &str) -> String {
    format!("id={}, title={}", quote(id.as_str()), quote(title))
}

impl ModelType for Organisation {
    const DEF: &'static str = "Organisation";
    fn describe(&self) -> String {
        format!("name={}", quote(self.name.sv()))
    }
}

/// `repr()` of a date as Python writes a `datetime.date`.
pub(crate) fn date_repr(date: Date) -> String {
    format!(
        "datetime.date({}, {}, {})",
        date.year(),
        date.month(),
        date.day()
    )
}

impl ModelType for Period {
    const DEF: &'static str = "Period";
    fn describe(&self) -> String {
        match self.end {
            Some(end) => format!("start={}, end={}", date_repr(self.start), date_repr(end)),
            None => format!("start={}", date_repr(self.start)),
        }
    }
}

impl ModelType for FocusArea {
    const DEF: &'static str = "FocusArea";
    fn in_programme(p: &Programme, i: usize) -> Option<&Self> {
        p.focus_areas.get(i)
    }
    fn describe(&self) -> String {
        format!(
            "id={}, number={}, title={}",
            quote(self.id.as_str()),
            self.number,
            quote(self.title.sv())
        )
    }
}

impl ModelType for DirectionGoal {
    const DEF: &'static str = "DirectionGoal";
    fn describe(&self) -> String {
        format!("statement={}", quote(self.statement.sv()))
    }
}

impl ModelType for Indicator {
    const DEF: &'static str = "Indicator";
    fn describe(&self) -> String {
        format!(
            "id={}, name={}",
            quote(self.id.as_str()),
            quote(self.name.sv())
        )
    }
}

impl ModelType for Measurement {
    const DEF: &'static str = "Measurement";
    fn describe(&self) -> String {
        format!("year={}, value={}", self.year, self.value)
    }
}

impl ModelType for ContributionAim {
    const DEF: &'static str = "ContributionAim";
    fn in_programme(p: &Programme, i: usize) -> Option<&Self> {
        p.contribution_aims.get(i)
    }
    fn describe(&self) -> String {
        id_title(&self.id, self.title.sv())
    }
}

impl ModelType for Arena {
    const DEF: &'static str = "Arena";
    fn in_programme(p: &Programme, i: usize) -> Option<&Self> {
        p.arenas.get(i)
    }
    fn describe(&self) -> String {
        format!(
            "id={}, name={}",
            quote(self.id.as_str()),
            quote(self.name.sv())
        )
    }
}

impl ModelType for AdvocacyPosition {
    const DEF: &'static str = "AdvocacyPosition";
    fn in_programme(p: &Programme, i: usize) -> Option<&Self> {
        p.positions.get(i)
    }
    fn describe(&self) -> String {
        format!(
            "{}, status={}",
            id_title(&self.id, self.title.sv()),
            quote(self.status.as_str())
        )
    }
}

impl ModelType for Target {
    const DEF: &'static str = "Target";
    fn describe(&self) -> String {
        format!(
            "level={}, body={}",
            quote(self.level.as_str()),
            quote(self.body.sv())
        )
    }
}

impl ModelType for Activity {
    const DEF: &'static str = "Activity";
    fn in_programme(p: &Programme, i: usize) -> Option<&Self> {
        p.activities.get(i)
    }
    fn describe(&self) -> String {
        let mut out = format!(
            "{}, starts={}",
            id_title(&self.id, self.title.sv()),
            date_repr(self.starts)
        );
        if let Some(ends) = self.ends {
            out.push_str(&format!(", ends={}", date_repr(ends)));
        }
        out
    }
}

impl ModelType for Publication {
    const DEF: &'static str = "Publication";
    fn in_programme(p: &Programme, i: usize) -> Option<&Self> {
        p.publications.get(i)
    }
    fn describe(&self) -> String {
        id_title(&self.id, self.title.sv())
    }
}

impl ModelType for Body {
    const DEF: &'static str = "Body";
    fn in_programme(p: &Programme, i: usize) -> Option<&Self> {
        p.bodies.get(i)
    }
    fn describe(&self) -> String {
        format!(
            "id={}, name={}, kind={}",
            quote(self.id.as_str()),
            quote(self.name.sv()),
            quote(self.kind.as_str())
        )
    }
}

impl ModelType for Decision {
    const DEF: &'static str = "Decision";
    fn describe(&self) -> String {
        format!(
            "body={}, date={}",
            quote(self.body.as_str()),
            date_repr(self.date)
        )
    }
}

impl ModelType for Shift {
    const DEF: &'static str = "Shift";
    fn describe(&self) -> String {
        format!(
            "from_={}, to={}",
            quote(self.from.sv()),
            quote(self.to.sv())
        )
    }
}

impl ModelType for Reference {
    const DEF: &'static str = "Reference";
    fn describe(&self) -> String {
        format!(
            "title={}, kind={}, relation={}",
            quote(self.title.sv()),
            quote(self.kind.as_str()),
            quote(self.relation.as_str())
        )
    }
}

impl ModelType for FollowUp {
    const DEF: &'static str = "FollowUp";
    fn describe(&self) -> String {
        let mut out = format!("date={}", date_repr(self.date));
        if let Some(status) = self.status {
            out.push_str(&format!(", status={}", quote(status.as_str())));
        }
        if let Some(assessment) = self.assessment {
            out.push_str(&format!(", assessment={}", quote(assessment.as_str())));
        }
        out
    }
}

impl ModelType for IndicatorResult {
    const DEF: &'static str = "IndicatorResult";
    fn describe(&self) -> String {
        let mut out = format!("year={}, value={}", self.year, self.value);
        if let Some(gender) = self.gender {
            out.push_str(&format!(", gender={}", quote(gender.as_str())));
        }
        out
    }
}

impl ModelType for Source {
    const DEF: &'static str = "Source";
    fn describe(&self) -> String {
        format!(
            "name={}, retrieved={}",
            quote(self.name.as_str()),
            date_repr(self.retrieved)
        )
    }
}

/// The JSON form of `obj` when it is one of the model classes (or a Text or
/// a Programme); `None` for anything else.
pub(crate) fn model_to_json(obj: &Bound<'_, PyAny>) -> Option<PyResult<Value>> {
    fn json<T: Serialize>(value: PyResult<&T>) -> PyResult<Value> {
        value
            .and_then(|v| serde_json::to_value(v).map_err(|e| PyValueError::new_err(e.to_string())))
    }
    if let Ok(t) = obj.downcast::<PyText>() {
        return Some(json(Ok(&t.get().inner)));
    }
    if let Some(json) = class_json(obj) {
        return Some(json);
    }
    if let Ok(p) = obj.downcast::<crate::programme::PyProgramme>() {
        return Some(
            p.try_borrow()
                .map_err(PyErr::from)
                .and_then(|p| json(Ok(&*p.inner))),
        );
    }
    None
}
