//! Conversions between Python values and JSON, dates, options and sources.
//!
//! Python values become `serde_json::Value`s on the way in (and are then read
//! by the core, which reports every problem with its code and path); JSON
//! values become plain Python objects on the way out.

use std::sync::LazyLock;

use omvarld::pointer::Pointer;
use omvarld::{Code, Issue, Lang, Options};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString, PyTuple,
    PyType,
};
use serde_json::{Map, Number, Value};

use crate::errors;

/// Deepest nesting accepted from Python values, as for documents.
const MAX_DEPTH: usize = omvarld::parse::MAX_DEPTH;

static DATE_TYPE: GILOnceCell<Py<PyType>> = GILOnceCell::new();

/// `datetime.date`.
pub(crate) fn date_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    DATE_TYPE.import(py, "datetime", "date")
}

/// A core date as a `datetime.date`.
pub(crate) fn date_to_py<'py>(py: Python<'py>, date: omvarld::Date) -> PyResult<Bound<'py, PyAny>> {
    date_type(py)?.call1((date.year(), date.month(), date.day()))
}

/// Why a Python value could not become JSON.
pub(crate) enum ToJsonError {
    /// A Python type that has no JSON form (raised as `TypeError`).
    Type(String),
    /// A value JSON cannot hold or nesting too deep (raised as `ValidationError`).
    Issue(Issue),
    /// An exception raised while reading the value.
    Py(PyErr),
}

impl From<PyErr> for ToJsonError {
    fn from(e: PyErr) -> Self {
        ToJsonError::Py(e)
    }
}

impl ToJsonError {
    pub(crate) fn into_pyerr(self, py: Python<'_>) -> PyErr {
        match self {
            ToJsonError::Type(message) => PyTypeError::new_err(message),
            ToJsonError::Issue(issue) => {
                errors::validation_error(py, omvarld::Report::from_issues([issue]))
            }
            ToJsonError::Py(e) => e,
        }
    }
}

/// A Python value as JSON: `None`, `bool`, `int`, `float`, `str`, lists and
/// tuples, mappings with `str` keys, `datetime.date` (ISO string), `Text` and
/// the model classes (their JSON form).
pub(crate) fn py_to_json(obj: &Bound<'_, PyAny>, path: &Pointer) -> Result<Value, ToJsonError> {
    to_json(obj, path, 0)
}

fn to_json(obj: &Bound<'_, PyAny>, path: &Pointer, depth: usize) -> Result<Value, ToJsonError> {
    if depth > MAX_DEPTH {
        return Err(ToJsonError::Issue(Issue::new(
            Code::Syntax,
            path.to_string(),
            format!("nested deeper than {MAX_DEPTH} levels (recursion limit exceeded)"),
        )));
    }
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(s) = obj.downcast::<PyString>() {
        return Ok(Value::String(utf8(s, path)?));
    }
    if let Ok(b) = obj.downcast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Err(ToJsonError::Issue(Issue::new(
            Code::Format,
            path.to_string(),
            "an integer too large for a JSON number the standard reads",
        )));
    }
    if let Ok(f) = obj.downcast::<PyFloat>() {
        return Number::from_f64(f.value())
            .map(Value::Number)
            .ok_or_else(|| {
                ToJsonError::Issue(Issue::new(
                    Code::Format,
                    path.to_string(),
                    format!("expected a finite number, found {}", f.value()),
                ))
            });
    }
    if let Some(value) = crate::model::model_to_json(obj) {
        return value.map_err(ToJsonError::Py);
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut items = Vec::new();
        for (i, item) in obj.try_iter()?.enumerate() {
            items.push(to_json(&item?, &path.index(i), depth + 1)?);
        }
        return Ok(Value::Array(items));
    }
    if let Ok(dict) = obj.downcast::<PyDict>() {
        let mut map = Map::new();
        for (key, value) in dict.iter() {
            let key = dict_key(&key)?;
            let value = to_json(&value, &path.key(&key), depth + 1)?;
            map.insert(key, value);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance(date_type(obj.py())?)? {
        return Ok(Value::String(
            obj.call_method0("isoformat")?.extract::<String>()?,
        ));
    }
    if let Ok(mapping) = obj.downcast::<PyMapping>() {
        let mut map = Map::new();
        for item in mapping.items()?.iter() {
            let (key, value): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item.extract()?;
            let key = dict_key(&key)?;
            let value = to_json(&value, &path.key(&key), depth + 1)?;
            map.insert(key, value);
        }
        return Ok(Value::Object(map));
    }
    let type_name = obj
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_default();
    let at = if path.as_str().is_empty() {
        String::new()
    } else {
        format!(" at {path}")
    };
    Err(ToJsonError::Type(format!(
        "cannot use a value of type `{type_name}`{at}: expected str, int, float, bool, None, list, dict, datetime.date, Text or a model object"
    )))
}

/// A str as UTF-8; a lone surrogate (which has no UTF-8 form) is a syntax problem.
fn utf8(s: &Bound<'_, PyString>, path: &Pointer) -> Result<String, ToJsonError> {
    s.to_str().map(str::to_owned).map_err(|_| {
        ToJsonError::Issue(Issue::new(
            Code::Syntax,
            path.to_string(),
            "the text contains a lone surrogate and cannot be encoded as UTF-8",
        ))
    })
}

fn dict_key(key: &Bound<'_, PyAny>) -> Result<String, ToJsonError> {
    match key.downcast::<PyString>() {
        Ok(s) => utf8(s, &Pointer::root()),
        Err(_) => {
            let type_name = key
                .get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default();
            Err(ToJsonError::Type(format!(
                "dictionary keys must be str, not `{type_name}`"
            )))
        }
    }
}

/// A JSON value as plain Python objects (`dict`, `list`, `str`, …).
pub(crate) fn json_to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(json_to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, json_to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// The published programme schema, to find where the standard expects a Text.
static SCHEMA: LazyLock<Value> =
    LazyLock::new(|| omvarld::schema::schema("programme").unwrap_or(Value::Null));

/// Python comfort for keyword arguments: where the schema type `def` expects a
/// Text or Title, a plain string becomes `{"sv": string}`.
pub(crate) fn texts_from_strings(value: &mut Value, def: &str) {
    if def == "Programme" {
        normalize(value, &SCHEMA, 0);
    } else {
        let mut reference = Map::new();
        reference.insert("$ref".to_owned(), Value::String(format!("#/$defs/{def}")));
        normalize(value, &Value::Object(reference), 0);
    }
}

fn resolve(schema: &Value) -> (&Value, Option<&str>) {
    match schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/$defs/"))
    {
        Some(name) => {
            let def = SCHEMA
                .get("$defs")
                .and_then(|d| d.get(name))
                .unwrap_or(&Value::Null);
            (def, Some(name))
        }
        None => (schema, None),
    }
}

fn normalize(value: &mut Value, schema: &Value, depth: usize) {
    if depth > 16 {
        return;
    }
    let (schema, name) = resolve(schema);
    if matches!(name, Some("Text" | "Title")) {
        if let Value::String(s) = value {
            let mut map = Map::new();
            map.insert("sv".to_owned(), Value::String(std::mem::take(s)));
            *value = Value::Object(map);
        }
        return;
    }
    match value {
        Value::Object(members) => {
            if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
                for (key, member) in members.iter_mut() {
                    if let Some(property) = properties.get(key) {
                        normalize(member, property, depth + 1);
                    }
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for item in items {
                    normalize(item, item_schema, depth + 1);
                }
            }
        }
        _ => {}
    }
}

/// Validation options from Python arguments: `as_of` (a `datetime.date`, an
/// ISO string or `None`) and `lang` (`"en"` or `"sv"`).
pub(crate) fn options(as_of: Option<&Bound<'_, PyAny>>, lang: &str) -> PyResult<Options> {
    let lang = match lang {
        "en" => Lang::En,
        "sv" => Lang::Sv,
        other => {
            return Err(PyValueError::new_err(format!(
                "lang must be \"en\" or \"sv\", not {other:?}"
            )))
        }
    };
    let mut options = Options::new().lang(lang);
    if let Some(as_of) = as_of.filter(|a| !a.is_none()) {
        let text: String = if as_of.is_instance(date_type(as_of.py())?)? {
            as_of.call_method0("isoformat")?.extract()?
        } else if let Ok(s) = as_of.downcast::<PyString>() {
            s.to_str()?.to_owned()
        } else {
            return Err(PyTypeError::new_err(
                "as_of must be a datetime.date, an ISO date string or None",
            ));
        };
        let date: omvarld::Date = text.parse().map_err(|e: omvarld::model::InvalidValue| {
            PyValueError::new_err(format!("as_of: {e}"))
        })?;
        options = options.as_of(date);
    }
    Ok(options)
}

/// A document given as `bytes`, `bytearray` or `str`.
pub(crate) enum Source<'py> {
    /// `bytes`: read in place.
    Bytes(Bound<'py, PyBytes>),
    /// `bytearray` or `str`: copied.
    Owned(Vec<u8>),
}

impl Source<'_> {
    pub(crate) fn as_slice(&self) -> &[u8] {
        match self {
            Source::Bytes(b) => b.as_bytes(),
            Source::Owned(v) => v,
        }
    }
}

/// The document in `obj`, or `None` when `obj` is not text or bytes.
pub(crate) fn source<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Option<Source<'py>>> {
    if let Ok(b) = obj.downcast::<PyBytes>() {
        return Ok(Some(Source::Bytes(b.clone())));
    }
    if let Ok(b) = obj.downcast::<PyByteArray>() {
        return Ok(Some(Source::Owned(b.to_vec())));
    }
    if let Ok(s) = obj.downcast::<PyString>() {
        return match s.to_str() {
            Ok(text) => Ok(Some(Source::Owned(text.as_bytes().to_vec()))),
            // A str with lone surrogates has no UTF-8 form: a syntax problem.
            Err(_) => Err(errors::validation_error(
                obj.py(),
                omvarld::Report::from_issues([Issue::new(
                    Code::Syntax,
                    "",
                    "not well-formed JSON: the text contains a lone surrogate and cannot be encoded as UTF-8",
                )]),
            )),
        };
    }
    Ok(None)
}

/// A document given as text or bytes, or a `TypeError`.
pub(crate) fn require_source<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Source<'py>> {
    source(obj)?.ok_or_else(|| {
        let type_name = obj
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_default();
        PyTypeError::new_err(format!("expected str or bytes, not `{type_name}`"))
    })
}

/// JSON text of a serializable value, compact or indented by `indent` spaces.
pub(crate) fn to_json_string<T: serde::Serialize>(
    value: &T,
    indent: Option<usize>,
) -> PyResult<String> {
    let bytes = to_json_bytes(value, indent)?;
    String::from_utf8(bytes).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// JSON bytes of a serializable value, compact or indented by `indent` spaces.
pub(crate) fn to_json_bytes<T: serde::Serialize>(
    value: &T,
    indent: Option<usize>,
) -> PyResult<Vec<u8>> {
    let result = match indent {
        None => serde_json::to_vec(value),
        Some(n) => {
            let pad = vec![b' '; n.min(64)];
            let mut out = Vec::new();
            let formatter = serde_json::ser::PrettyFormatter::with_indent(&pad);
            let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
            value.serialize(&mut ser).map(|()| out)
        }
    };
    result.map_err(|e| PyValueError::new_err(e.to_string()))
}
