//! `omvarld.Text`: translatable text, Swedish required.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use omvarld::pointer::Pointer;
use omvarld::Text;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyString, PyTuple};
use serde_json::Value;

use crate::convert::{self, py_to_json};
use crate::errors;

/// Translatable text (text på flera språk): a Swedish value and translations
/// by language tag. `str()` is the Swedish value.
#[pyclass(module = "omvarld", name = "Text", frozen)]
pub(crate) struct PyText {
    pub(crate) inner: AnyText,
}

/// A core text or title, kept as it is (a title read out is not re-checked).
#[derive(Clone)]
pub(crate) enum AnyText {
    Text(Text),
    Title(omvarld::Title),
}

impl AnyText {
    fn sv(&self) -> &str {
        match self {
            AnyText::Text(t) => t.sv(),
            AnyText::Title(t) => t.sv(),
        }
    }

    fn get(&self, lang: &str) -> Option<&str> {
        match self {
            AnyText::Text(t) => t.get(lang),
            AnyText::Title(t) => t.get(lang),
        }
    }

    fn en(&self) -> Option<&str> {
        self.get("en")
    }

    fn len(&self) -> usize {
        match self {
            AnyText::Text(t) => t.len(),
            AnyText::Title(t) => t.len(),
        }
    }

    fn iter(&self) -> std::vec::IntoIter<(&str, &str)> {
        let pairs: Vec<(&str, &str)> = match self {
            AnyText::Text(t) => t.iter().collect(),
            AnyText::Title(t) => t.iter().collect(),
        };
        pairs.into_iter()
    }
}

impl PartialEq for AnyText {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Hash for AnyText {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for pair in self.iter() {
            pair.hash(state);
        }
    }
}

impl serde::Serialize for AnyText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            AnyText::Text(t) => t.serialize(serializer),
            AnyText::Title(t) => t.serialize(serializer),
        }
    }
}

impl PyText {
    /// A `Text` from a core text or title.
    pub(crate) fn text(text: &Text) -> Self {
        Self {
            inner: AnyText::Text(text.clone()),
        }
    }

    pub(crate) fn title(title: &omvarld::Title) -> Self {
        Self {
            inner: AnyText::Title(title.clone()),
        }
    }
}

/// Reads a Text from JSON with every structural problem reported under `path`.
fn parse_as(py: Python<'_>, json: &Value, path: &Pointer) -> PyResult<Text> {
    let bytes = serde_json::to_vec(json)
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    omvarld::parse::from_slice_as::<Text>(&bytes).map_err(|e| errors::parse_error_at(py, e, path))
}

#[pymethods]
impl PyText {
    /// `Text("Miljö och klimat", en="Environment and climate")`, or
    /// `Text({"sv": …, "en": …})`.
    #[new]
    #[pyo3(signature = (value, /, **translations))]
    fn new(value: &Bound<'_, PyAny>, translations: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let py = value.py();
        let root = Pointer::root();
        let mut json = match value.downcast::<PyText>() {
            Ok(text) => serde_json::to_value(&text.get().inner).unwrap_or(Value::Null),
            Err(_) => py_to_json(value, &root).map_err(|e| e.into_pyerr(py))?,
        };
        convert::texts_from_strings(&mut json, "Text");
        if let Some(translations) = translations {
            let extra = py_to_json(translations.as_any(), &root).map_err(|e| e.into_pyerr(py))?;
            if let (Value::Object(map), Value::Object(extra)) = (&mut json, extra) {
                for (lang, value) in extra {
                    // Two values for one language: say so rather than keep one.
                    if map.contains_key(&lang) {
                        return Err(PyTypeError::new_err(format!(
                            "Text() got two values for language `{lang}`: one in the first \
                             argument and one as a keyword"
                        )));
                    }
                    map.insert(lang, value);
                }
            }
        }
        Ok(Self {
            inner: AnyText::Text(parse_as(py, &json, &root)?),
        })
    }

    /// The Swedish value.
    #[getter]
    fn sv<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        PyString::new(py, self.inner.sv())
    }

    /// The English value, or `None`.
    #[getter]
    fn en(&self) -> Option<&str> {
        self.inner.en()
    }

    /// The value for `lang`, or `default` when there is none.
    #[pyo3(signature = (lang, default = None))]
    fn get<'py>(
        &self,
        py: Python<'py>,
        lang: &str,
        default: Option<Bound<'py, PyAny>>,
    ) -> Bound<'py, PyAny> {
        match self.inner.get(lang) {
            Some(v) => PyString::new(py, v).into_any(),
            None => default.unwrap_or_else(|| py.None().into_bound(py)),
        }
    }

    /// The language tags, Swedish first.
    fn languages(&self) -> Vec<&str> {
        self.inner.iter().map(|(lang, _)| lang).collect()
    }

    /// `(language tag, value)` pairs, Swedish first.
    fn items(&self) -> Vec<(&str, &str)> {
        self.inner.iter().collect()
    }

    /// The text as a JSON-compatible dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for (lang, value) in self.inner.iter() {
            dict.set_item(lang, value)?;
        }
        Ok(dict)
    }

    fn __getitem__(&self, lang: &str) -> PyResult<&str> {
        self.inner
            .get(lang)
            .ok_or_else(|| pyo3::exceptions::PyKeyError::new_err(lang.to_owned()))
    }

    fn __contains__(&self, lang: &str) -> bool {
        self.inner.get(lang).is_some()
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __str__(&self) -> &str {
        self.inner.sv()
    }

    /// `format(text, spec)` and f-strings format the Swedish value as a `str`.
    fn __format__<'py>(&self, py: Python<'py>, spec: &str) -> PyResult<Bound<'py, PyAny>> {
        PyString::new(py, self.inner.sv()).call_method1("__format__", (spec,))
    }

    fn __repr__(&self) -> String {
        let pairs: Vec<String> = self
            .inner
            .iter()
            .map(|(lang, value)| {
                let value = serde_json::to_string(value).unwrap_or_default();
                format!("\"{lang}\":{value}")
            })
            .collect();
        format!("Text({{{}}})", pairs.join(","))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<PyObject> {
        let py = other.py();
        match other.downcast::<PyText>() {
            Ok(other) => Ok(PyBool::new(py, self.inner == other.get().inner)
                .to_owned()
                .into_any()
                .unbind()),
            Err(_) => Ok(py.NotImplemented()),
        }
    }

    fn __hash__(&self) -> u64 {
        let mut h = DefaultHasher::new();
        self.inner.hash(&mut h);
        h.finish()
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let dict = slf.get().to_dict(py)?;
        Ok((slf.get_type().into_any(), PyTuple::new(py, [dict])?))
    }

    fn __copy__(slf: Bound<'_, Self>) -> Bound<'_, Self> {
        slf
    }

    fn __deepcopy__<'py>(slf: Bound<'py, Self>, _memo: &Bound<'py, PyAny>) -> Bound<'py, Self> {
        slf
    }
}
