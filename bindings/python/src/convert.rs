//! Conversions between Python values and JSON, dates, options and sources.
//!
//! Python values become `serde_json::Value`s on the way in (and are then read
//! by the core, which reports every problem with its code and path); JSON
//! values become plain Python objects on the way out.

use std::sync::LazyLock;

use omvarld::diagnostics::{Detail, Message};
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

/// `syntax` for Python objects nested deeper than the core reads (the core's
/// own message).
fn too_deep() -> Detail {
    Detail::new(Message::SyntaxTooDeep).with("limit", MAX_DEPTH)
}

/// `format` for a date value that has a time of day (`shown`).
fn date_with_time(shown: String) -> Detail {
    Detail::new(Message::DateWithTime).with("value", shown)
}

/// Why a Python value could not become JSON.
pub(crate) enum ToJsonError {
    /// A Python type that has no JSON form (`set`, a socket, …), at `path`.
    Type {
        /// Where the value is.
        path: String,
        /// What was found and what was expected.
        message: String,
    },
    /// Values JSON cannot hold (NaN, a date with a time of day, nesting too
    /// deep): every one found, each at its path.
    Issues(Vec<Issue>),
    /// An exception raised while reading the value.
    Py(PyErr),
}

impl From<PyErr> for ToJsonError {
    fn from(e: PyErr) -> Self {
        ToJsonError::Py(e)
    }
}

impl ToJsonError {
    /// As raised by model constructors and setters: a `ValidationError`
    /// naming the field, as pydantic does (never a bare `TypeError`).
    pub(crate) fn into_pyerr(self, py: Python<'_>) -> PyErr {
        match self {
            ToJsonError::Type { path, message } => errors::validation_error(
                py,
                omvarld::Report::from_issues([Issue::new(Code::Type, path, message)]),
            ),
            ToJsonError::Issues(issues) => {
                errors::validation_error(py, omvarld::Report::from_issues(issues))
            }
            ToJsonError::Py(e) => e,
        }
    }
}

/// A Python value as JSON: `None`, `bool`, `int` (and anything with
/// `__index__`, such as numpy integers), `float`, `str`, lists and tuples,
/// mappings with `str` keys, dates (`datetime.date`, a midnight `datetime`
/// or `pandas.Timestamp`, `numpy.datetime64`) as ISO strings, `Text` and the
/// model classes (their JSON form). Every value JSON cannot hold is an issue
/// at its path.
pub(crate) fn py_to_json(obj: &Bound<'_, PyAny>, path: &Pointer) -> Result<Value, ToJsonError> {
    let mut walk = Walk::default();
    let value = walk.value(obj, path, 0)?;
    if walk.issues.is_empty() {
        Ok(value)
    } else {
        Err(ToJsonError::Issues(walk.issues))
    }
}

/// A Python document as JSON text for `validate()`, written straight from
/// the Python objects in one pass (no `Value` in between, so no tree of
/// allocations to build and free): values JSON cannot hold are replaced by a
/// placeholder and returned as issues (the caller puts them in the report in
/// place of what the core says about the placeholder). It reads and reports
/// exactly what `py_to_json` does; the text is what serializing its `Value`
/// would give, members of each object in key order and a repeated key (two
/// keys with the same lossy UTF-8 form, or a mapping whose `items()` repeats
/// one) kept once with its last value, as a `serde_json::Map` does.
pub(crate) fn document_to_json_bytes(
    obj: &Bound<'_, PyAny>,
) -> Result<(Vec<u8>, Vec<Placeholder>), ToJsonError> {
    let mut writer = Writer {
        out: Vec::with_capacity(1 << 16),
        path: String::new(),
        walk: Walk::default(),
    };
    writer.value(obj, 0)?;
    Ok((writer.out, writer.walk.placeholders()))
}

/// JSON text of one value into `out` (numbers, strings and `Value`s, which
/// cannot fail to serialize into a `Vec`).
fn write_json<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> PyResult<()> {
    serde_json::to_writer(out, value).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// A JSON string (serde_json's escaping) into `out`.
fn write_str(out: &mut Vec<u8>, text: &str) {
    // Serializing a str into a `Vec` cannot fail.
    let _ = serde_json::to_writer(out, text);
}

/// One member written into an object: its name (JSON string, with quotes)
/// is `out[start..colon]`, its value `out[colon + 1..end]`.
struct Member {
    start: usize,
    colon: usize,
    end: usize,
}

/// The name of a member as written (escaped JSON string) compared as the
/// text it stands for, the order of a `serde_json::Map`'s keys.
fn compare_names(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    if !a.contains(&b'\\') && !b.contains(&b'\\') {
        // Unescaped JSON strings are their text between quotes.
        return a.cmp(b);
    }
    let text = |name: &[u8]| serde_json::from_slice::<String>(name).unwrap_or_default();
    text(a).cmp(&text(b))
}

/// The one-pass writer behind [`document_to_json_bytes`]: the same checks,
/// in the same order, as `Walk::value`, with the path kept as a growing
/// string (only turned into an owned path when there is an issue).
struct Writer {
    out: Vec<u8>,
    path: String,
    walk: Walk,
}

impl Writer {
    fn value(&mut self, obj: &Bound<'_, PyAny>, depth: usize) -> Result<(), ToJsonError> {
        if depth > MAX_DEPTH {
            self.walk.issue(
                Issue::detailed(Code::Syntax, self.path.clone(), too_deep()),
                false,
            );
            self.out.extend_from_slice(b"null");
            return Ok(());
        }
        // The common exact types first: none of them is anything that
        // `Walk::value` checks before it.
        if let Ok(dict) = obj.downcast_exact::<PyDict>() {
            return self.members(dict.iter().map(Ok), depth);
        }
        if let Ok(list) = obj.downcast_exact::<PyList>() {
            return self.items(list.iter().map(Ok), depth);
        }
        if let Ok(s) = obj.downcast_exact::<PyString>() {
            self.string(s);
            return Ok(());
        }
        if obj.is_none() {
            self.out.extend_from_slice(b"null");
            return Ok(());
        }
        if let Ok(s) = obj.downcast::<PyString>() {
            self.string(s);
            return Ok(());
        }
        if let Ok(b) = obj.downcast::<PyBool>() {
            let text: &[u8] = if b.is_true() { b"true" } else { b"false" };
            self.out.extend_from_slice(text);
            return Ok(());
        }
        if obj.is_instance_of::<PyInt>() {
            return self.int(obj);
        }
        if let Ok(f) = obj.downcast::<PyFloat>() {
            return self.float(f.value());
        }
        if let Some(value) = crate::model::model_to_json(obj) {
            return Ok(write_json(&mut self.out, &value?)?);
        }
        if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
            return self.items(obj.try_iter()?, depth);
        }
        if let Ok(dict) = obj.downcast::<PyDict>() {
            return self.members(dict.iter().map(Ok), depth);
        }
        if let Some(date) = self.walk.date(obj, &self.path)? {
            return Ok(write_json(&mut self.out, &date)?);
        }
        if let Ok(mapping) = obj.downcast::<PyMapping>() {
            let items = mapping.items()?;
            return self.members(items.iter().map(|item| item.extract()), depth);
        }
        // numpy integers and other integer-like objects (lax, as pydantic).
        if obj.hasattr(pyo3::intern!(obj.py(), "__index__"))? {
            if let Ok(index) = obj.call_method0(pyo3::intern!(obj.py(), "__index__")) {
                return self.int(&index);
            }
        }
        // numpy floating scalars (float64 already is a Python float).
        if is_numpy_scalar(obj, "floating")? {
            let value: f64 = obj.extract()?;
            return self.float(value);
        }
        if is_numpy_scalar(obj, "bool_")? {
            let text: &[u8] = if obj.is_truthy()? { b"true" } else { b"false" };
            self.out.extend_from_slice(text);
            return Ok(());
        }
        Err(no_json_form(obj, &self.path))
    }

    fn int(&mut self, obj: &Bound<'_, PyAny>) -> Result<(), ToJsonError> {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(write_json(&mut self.out, &i)?);
        }
        let value = self.walk.int(obj, &self.path);
        Ok(write_json(&mut self.out, &value)?)
    }

    fn float(&mut self, value: f64) -> Result<(), ToJsonError> {
        let value = self.walk.float(value, &self.path);
        Ok(write_json(&mut self.out, &value)?)
    }

    fn string(&mut self, s: &Bound<'_, PyString>) {
        match s.to_str() {
            Ok(text) => write_str(&mut self.out, text),
            Err(_) => {
                let text = self.walk.utf8(s, &self.path);
                write_str(&mut self.out, &text);
            }
        }
    }

    /// The path extended by a member name, as `Pointer::key` escapes it.
    fn push_key(&mut self, name: &str) {
        self.path.push('/');
        if name.contains(['~', '/']) {
            for c in name.chars() {
                match c {
                    '~' => self.path.push_str("~0"),
                    '/' => self.path.push_str("~1"),
                    c => self.path.push(c),
                }
            }
        } else {
            self.path.push_str(name);
        }
    }

    fn items<'py>(
        &mut self,
        items: impl Iterator<Item = PyResult<Bound<'py, PyAny>>>,
        depth: usize,
    ) -> Result<(), ToJsonError> {
        use std::fmt::Write as _;
        self.out.push(b'[');
        let parent = self.path.len();
        for (i, item) in items.enumerate() {
            let item = item?;
            if i > 0 {
                self.out.push(b',');
            }
            let _ = write!(self.path, "/{i}");
            self.value(&item, depth + 1)?;
            self.path.truncate(parent);
        }
        self.out.push(b']');
        Ok(())
    }

    fn members<'py>(
        &mut self,
        members: impl Iterator<Item = PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)>>,
        depth: usize,
    ) -> Result<(), ToJsonError> {
        self.out.push(b'{');
        let body = self.out.len();
        let parent = self.path.len();
        let mut written: Vec<Member> = Vec::new();
        for member in members {
            let (key, value) = member?;
            let Ok(name) = key.downcast::<PyString>() else {
                return Err(key_not_str(&key, &self.path));
            };
            if !written.is_empty() {
                self.out.push(b',');
            }
            let start = self.out.len();
            match name.to_str() {
                Ok(text) => {
                    write_str(&mut self.out, text);
                    self.push_key(text);
                }
                Err(_) => {
                    let text = self.walk.utf8(name, &self.path);
                    write_str(&mut self.out, &text);
                    self.push_key(&text);
                }
            }
            let colon = self.out.len();
            self.out.push(b':');
            self.value(&value, depth + 1)?;
            self.path.truncate(parent);
            written.push(Member {
                start,
                colon,
                end: self.out.len(),
            });
        }
        self.sort_members(body, &written);
        self.out.push(b'}');
        Ok(())
    }

    /// Puts the members written since `body` in key order, each key once
    /// with its last value, as serializing a `serde_json::Map` writes them.
    fn sort_members(&mut self, body: usize, written: &[Member]) {
        let in_order = written.windows(2).all(|pair| match pair {
            [a, b] => {
                let (a, b) = (
                    self.out.get(a.start..a.colon).unwrap_or_default(),
                    self.out.get(b.start..b.colon).unwrap_or_default(),
                );
                compare_names(a, b).is_lt()
            }
            _ => true,
        });
        if in_order {
            return;
        }
        let mut order: Vec<usize> = (0..written.len()).collect();
        {
            let out = &self.out;
            let name_of = |i: usize| {
                written
                    .get(i)
                    .and_then(|m| out.get(m.start..m.colon))
                    .unwrap_or_default()
            };
            // Stable: of equal keys, the last written is the last of its run.
            order.sort_by(|&a, &b| compare_names(name_of(a), name_of(b)));
            let mut kept: Vec<usize> = Vec::with_capacity(order.len());
            for i in order {
                match kept.last_mut() {
                    Some(last) if compare_names(name_of(*last), name_of(i)).is_eq() => *last = i,
                    _ => kept.push(i),
                }
            }
            order = kept;
        }
        let text = self.out.split_off(body);
        for (n, m) in order.iter().filter_map(|&i| written.get(i)).enumerate() {
            if n > 0 {
                self.out.push(b',');
            }
            let from = m.start - body;
            let to = m.end - body;
            self.out
                .extend_from_slice(text.get(from..to).unwrap_or_default());
        }
    }
}

/// A value that JSON cannot hold, replaced in the document by a placeholder.
pub(crate) struct Placeholder {
    /// The issue to report at its path.
    pub(crate) issue: Issue,
    /// `true` when what the core says about the placeholder's JSON type
    /// still holds (a number where a string is expected is `type` either way).
    pub(crate) keep_type: bool,
}

#[derive(Default)]
struct Walk {
    issues: Vec<Issue>,
    keep_type: Vec<bool>,
}

/// Substitute for a non-finite number: a number of the same JSON type.
const NUMBER_PLACEHOLDER: i64 = 0;

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .fully_qualified_name()
        .or_else(|_| obj.get_type().name())
        .map(|n| n.to_string())
        .unwrap_or_default()
}

impl Walk {
    fn placeholders(self) -> Vec<Placeholder> {
        self.issues
            .into_iter()
            .zip(self.keep_type)
            .map(|(issue, keep_type)| Placeholder { issue, keep_type })
            .collect()
    }

    fn issue(&mut self, issue: Issue, keep_type: bool) {
        self.issues.push(issue);
        self.keep_type.push(keep_type);
    }

    fn value(
        &mut self,
        obj: &Bound<'_, PyAny>,
        path: &Pointer,
        depth: usize,
    ) -> Result<Value, ToJsonError> {
        if depth > MAX_DEPTH {
            self.issue(
                Issue::detailed(Code::Syntax, path.to_string(), too_deep()),
                false,
            );
            return Ok(Value::Null);
        }
        if obj.is_none() {
            return Ok(Value::Null);
        }
        if let Ok(s) = obj.downcast::<PyString>() {
            return Ok(Value::String(self.utf8(s, path.as_str())));
        }
        if let Ok(b) = obj.downcast::<PyBool>() {
            return Ok(Value::Bool(b.is_true()));
        }
        if obj.is_instance_of::<PyInt>() {
            return Ok(self.int(obj, path.as_str()));
        }
        if let Ok(f) = obj.downcast::<PyFloat>() {
            return Ok(self.float(f.value(), path.as_str()));
        }
        if let Some(value) = crate::model::model_to_json(obj) {
            return value.map_err(ToJsonError::Py);
        }
        if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
            let mut items = Vec::new();
            for (i, item) in obj.try_iter()?.enumerate() {
                items.push(self.value(&item?, &path.index(i), depth + 1)?);
            }
            return Ok(Value::Array(items));
        }
        if let Ok(dict) = obj.downcast::<PyDict>() {
            let mut map = Map::new();
            for (key, value) in dict.iter() {
                let key = self.dict_key(&key, path.as_str())?;
                let value = self.value(&value, &path.key(&key), depth + 1)?;
                map.insert(key, value);
            }
            return Ok(Value::Object(map));
        }
        if let Some(date) = self.date(obj, path.as_str())? {
            return Ok(date);
        }
        if let Ok(mapping) = obj.downcast::<PyMapping>() {
            let mut map = Map::new();
            for item in mapping.items()?.iter() {
                let (key, value): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item.extract()?;
                let key = self.dict_key(&key, path.as_str())?;
                let value = self.value(&value, &path.key(&key), depth + 1)?;
                map.insert(key, value);
            }
            return Ok(Value::Object(map));
        }
        // numpy integers and other integer-like objects (lax, as pydantic).
        if obj.hasattr(pyo3::intern!(obj.py(), "__index__"))? {
            if let Ok(index) = obj.call_method0(pyo3::intern!(obj.py(), "__index__")) {
                return Ok(self.int(&index, path.as_str()));
            }
        }
        // numpy floating scalars (float64 already is a Python float).
        if is_numpy_scalar(obj, "floating")? {
            let value: f64 = obj.extract()?;
            return Ok(self.float(value, path.as_str()));
        }
        if is_numpy_scalar(obj, "bool_")? {
            return Ok(Value::Bool(obj.is_truthy()?));
        }
        Err(no_json_form(obj, path.as_str()))
    }

    /// An int as a JSON number. One beyond 64 bits becomes the double JSON
    /// text of it would be read as (so range checks report it as for
    /// bytes); one beyond a double is the parser's "number out of range".
    fn int(&mut self, obj: &Bound<'_, PyAny>, path: &str) -> Value {
        if let Ok(i) = obj.extract::<i64>() {
            return Value::from(i);
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Value::from(u);
        }
        let as_float = obj.extract::<f64>().ok().filter(|f| f.is_finite());
        match as_float.and_then(Number::from_f64) {
            Some(n) => Value::Number(n),
            None => {
                self.issue(
                    Issue::detailed(
                        Code::Syntax,
                        path.to_string(),
                        Detail::new(Message::SyntaxNumberOutOfRange),
                    ),
                    false,
                );
                Value::from(NUMBER_PLACEHOLDER)
            }
        }
    }

    /// A float as a JSON number; NaN and infinities are `format` issues.
    fn float(&mut self, value: f64, path: &str) -> Value {
        match Number::from_f64(value) {
            Some(n) => Value::Number(n),
            None => {
                self.issue(
                    Issue::detailed(
                        Code::Format,
                        path.to_string(),
                        Detail::new(Message::NotFinite),
                    ),
                    true,
                );
                Value::from(NUMBER_PLACEHOLDER)
            }
        }
    }

    /// A date-like value as an ISO date string: `datetime.date`, a
    /// `datetime` (or `pandas.Timestamp`) at midnight, `numpy.datetime64` of
    /// a whole day. A time of day is a `format` issue; NaT is `None`.
    fn date(&mut self, obj: &Bound<'_, PyAny>, path: &str) -> PyResult<Option<Value>> {
        let py = obj.py();
        if obj.is_instance(datetime_type(py)?)? {
            if is_nat(obj)? {
                return Ok(Some(Value::Null));
            }
            let time = obj.call_method0("time")?;
            let midnight = time.eq(time_type(py)?.call0()?)?
                && obj
                    .getattr_opt(pyo3::intern!(py, "nanosecond"))?
                    .map_or(Ok(true), |ns| ns.eq(0))?;
            if !midnight {
                let shown: String = obj.call_method0("isoformat")?.extract()?;
                self.issue(
                    Issue::detailed(Code::Format, path.to_string(), date_with_time(shown)),
                    false,
                );
                return Ok(Some(Value::String(String::new())));
            }
            let date = obj.call_method0("date")?;
            return Ok(Some(Value::String(
                date.call_method0("isoformat")?.extract::<String>()?,
            )));
        }
        if obj.is_instance(date_type(py)?)? {
            return Ok(Some(Value::String(
                obj.call_method0("isoformat")?.extract::<String>()?,
            )));
        }
        if is_numpy_scalar(obj, "datetime64")? {
            let numpy = py.import("numpy")?;
            if numpy.call_method1("isnat", (obj,))?.is_truthy()? {
                return Ok(Some(Value::Null));
            }
            let day = obj.call_method1("astype", ("datetime64[D]",))?;
            if !day.eq(obj)? {
                let shown: String = numpy
                    .call_method1("datetime_as_string", (obj,))?
                    .extract()?;
                self.issue(
                    Issue::detailed(Code::Format, path.to_string(), date_with_time(shown)),
                    false,
                );
                return Ok(Some(Value::String(String::new())));
            }
            let text: String = numpy
                .call_method1("datetime_as_string", (day,))?
                .extract()?;
            return Ok(Some(Value::String(text)));
        }
        Ok(None)
    }

    /// A str as UTF-8; a lone surrogate (which has no UTF-8 form) is a syntax
    /// problem.
    fn utf8(&mut self, s: &Bound<'_, PyString>, path: &str) -> String {
        match s.to_str() {
            Ok(text) => text.to_owned(),
            Err(_) => {
                self.issue(
                    Issue::detailed(
                        Code::Syntax,
                        path.to_string(),
                        Detail::new(Message::SyntaxLoneSurrogate),
                    ),
                    false,
                );
                s.to_string_lossy().into_owned()
            }
        }
    }

    fn dict_key(&mut self, key: &Bound<'_, PyAny>, path: &str) -> Result<String, ToJsonError> {
        match key.downcast::<PyString>() {
            Ok(s) => Ok(self.utf8(s, path)),
            Err(_) => Err(key_not_str(key, path)),
        }
    }
}

/// The `TypeError` for a value with no JSON form at `path`.
fn no_json_form(obj: &Bound<'_, PyAny>, path: &str) -> ToJsonError {
    let at = if path.is_empty() {
        String::new()
    } else {
        format!(" at {path}")
    };
    ToJsonError::Type {
        path: path.to_owned(),
        message: format!(
            "cannot use a value of type `{}`{at}: it has no JSON form; expected str, int, float, bool, None, a list, a dict, a date, Text or a model object",
            type_name(obj)
        ),
    }
}

/// The `TypeError` for a dictionary key that is not a `str`, in the object at `path`.
fn key_not_str(key: &Bound<'_, PyAny>, path: &str) -> ToJsonError {
    ToJsonError::Type {
        path: path.to_owned(),
        message: format!(
            "dictionary keys must be str, not `{}` ({})",
            type_name(key),
            key.repr().map(|r| r.to_string()).unwrap_or_default()
        ),
    }
}

static DATETIME_TYPE: GILOnceCell<Py<PyType>> = GILOnceCell::new();
static TIME_TYPE: GILOnceCell<Py<PyType>> = GILOnceCell::new();

fn datetime_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    DATETIME_TYPE.import(py, "datetime", "datetime")
}

fn time_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    TIME_TYPE.import(py, "datetime", "time")
}

/// pandas' NaT (a `datetime` subclass whose `isoformat()` is "NaT").
fn is_nat(obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    Ok(obj.get_type().name()? == "NaTType")
}

/// `isinstance(obj, numpy.<kind>)`, without importing numpy when `obj` is
/// not a numpy value.
fn is_numpy_scalar(obj: &Bound<'_, PyAny>, kind: &str) -> PyResult<bool> {
    let module = obj.get_type().module()?;
    if !module.to_str()?.starts_with("numpy") {
        return Ok(false);
    }
    let numpy = obj.py().import("numpy")?;
    obj.is_instance(&numpy.getattr(kind)?)
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

/// `true` when the published schema requires `member` of a programme
/// (`focus_areas` and `contribution_aims` among the lists).
pub(crate) fn programme_requires(member: &str) -> bool {
    SCHEMA
        .get("required")
        .and_then(Value::as_array)
        .is_some_and(|r| r.iter().any(|m| m.as_str() == Some(member)))
}

/// The members whose JSON name is not a Python identifier, as (`$defs` name
/// of the object type, Python name, JSON name). The attribute and the
/// keyword argument use the Python name; `to_dict`, `from_dict` and JSON
/// text the JSON name.
pub(crate) const PYTHON_NAMES: [(&str, &str, &str); 2] = [
    ("Programme", "schema", "$schema"),
    ("Shift", "from_", "from"),
];

/// Renames the members of an object of type `def` given under their Python
/// names (`from_`) to their JSON names (`from`). A member given under both
/// names keeps both, so that the core reports the Python one as unknown.
pub(crate) fn json_names(members: &mut Map<String, Value>, def: &str) {
    for (of, python, json) in PYTHON_NAMES {
        if of == def && !members.contains_key(json) {
            if let Some(value) = members.remove(python) {
                members.insert(json.to_owned(), value);
            }
        }
    }
}

/// Python comfort for keyword arguments: where the schema type `def` expects a
/// Text or Title, a plain string becomes `{"sv": string}`, and members given
/// under their Python names get their JSON names ([`PYTHON_NAMES`]).
pub(crate) fn texts_from_strings(value: &mut Value, def: &str) {
    if def == "Programme" {
        if let Value::Object(members) = value {
            json_names(members, def);
        }
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
            if let Some(name) = name {
                json_names(members, name);
            }
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
    let lang = self::lang(lang)?;
    let mut options = Options::new().lang(lang);
    if let Some(as_of) = as_of.filter(|a| !a.is_none()) {
        let mut walk = Walk::default();
        let text: String = if let Ok(s) = as_of.downcast::<PyString>() {
            s.to_str()?.to_owned()
        } else if let Some(Value::String(text)) = walk.date(as_of, "")? {
            match walk.issues.first() {
                Some(issue) => {
                    return Err(PyValueError::new_err(format!("as_of: {}", issue.message)))
                }
                None => text,
            }
        } else {
            return Err(PyTypeError::new_err(format!(
                "as_of must be a date (datetime.date, a midnight datetime, pandas.Timestamp, numpy.datetime64), an ISO date string or None, not `{}`",
                type_name(as_of)
            )));
        };
        let date: omvarld::Date = text.parse().map_err(|e: omvarld::model::InvalidValue| {
            PyValueError::new_err(format!("as_of: {e}"))
        })?;
        options = options.as_of(date);
    }
    Ok(options)
}

/// `options` with the warnings `allow` names acknowledged: `None`, a code
/// (`"uncovered_focus_area"`) or an iterable of codes. An unknown code, or
/// the code of an error (errors cannot be allowed), is a `ValueError`; a
/// value that is not a string a `TypeError`.
pub(crate) fn allow(mut options: Options, allow: Option<&Bound<'_, PyAny>>) -> PyResult<Options> {
    let Some(allow) = allow.filter(|a| !a.is_none()) else {
        return Ok(options);
    };
    let codes: Vec<Bound<'_, PyAny>> = if allow.is_instance_of::<PyString>() {
        vec![allow.clone()]
    } else {
        allow
            .try_iter()
            .map_err(|_| {
                PyTypeError::new_err(format!(
                    "allow must be a code or a list of codes, not `{}`",
                    type_name(allow)
                ))
            })?
            .collect::<PyResult<_>>()?
    };
    for code in codes {
        let Ok(text) = code.downcast::<PyString>() else {
            return Err(PyTypeError::new_err(format!(
                "allow: a code is a str, not `{}`",
                type_name(&code)
            )));
        };
        let text = text.to_str()?;
        let code: omvarld::Code = text.parse().map_err(|_| {
            let near = omvarld::Code::nearest(text)
                .map(|c| format!("; did you mean {:?}?", c.as_str()))
                .unwrap_or_default();
            PyValueError::new_err(format!("allow: unknown code {text:?}{near}"))
        })?;
        options = options
            .allow(code)
            .map_err(|e| PyValueError::new_err(format!("allow: {e}")))?;
    }
    Ok(options)
}

/// The message language: `"en"` or `"sv"`.
pub(crate) fn lang(lang: &str) -> PyResult<Lang> {
    match lang {
        "en" => Ok(Lang::En),
        "sv" => Ok(Lang::Sv),
        other => Err(PyValueError::new_err(format!(
            "lang must be \"en\" or \"sv\", not {other:?}"
        ))),
    }
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
                omvarld::Report::from_issues([Issue::detailed(
                    Code::Syntax,
                    "",
                    Detail::new(Message::SyntaxLoneSurrogate),
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
