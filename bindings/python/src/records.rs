//! `Programme.records(table)`: flat dicts for pandas and polars, built in Rust.
//!
//! Each table has a fixed list of columns with a kind (so an empty table
//! still has its columns and dtypes). A text becomes one column in the
//! chosen language (`title`, falling back to Swedish) plus one column per
//! other language found in the table (`title_en`, always; `title_sme`,
//! `title_en-GB`, …), so no translation is lost. Dates are `datetime.date`;
//! lists of ids stay lists of strings (or `"a, b"` with `join_lists`);
//! `extensions` is a column of dicts on request.

use omvarld::model::LimitedText;
use omvarld::Programme;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use pyo3::IntoPyObjectExt;

use crate::model::ToPython;

/// The tables `records` knows.
pub(crate) const TABLES: [&str; 9] = [
    "focus_areas",
    "contribution_aims",
    "arenas",
    "positions",
    "targets",
    "activities",
    "publications",
    "indicators",
    "coverage",
];

/// What a column holds, for the dtypes of a DataFrame.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A string (id, enumeration, free string), maybe `None`.
    Str,
    /// A text in one language: expands to one column per language.
    Text,
    /// An integer that is always there.
    Int,
    /// An integer that may be missing.
    OptInt,
    /// A number that may be missing.
    Float,
    /// A `datetime.date` that may be missing.
    Date,
    /// A list of strings.
    List,
    /// The `extensions` object (a dict or `None`); only on request.
    Extensions,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Str | Kind::Text => "str",
            Kind::Int => "int",
            Kind::OptInt => "int?",
            Kind::Float => "float",
            Kind::Date => "date",
            Kind::List => "list",
            Kind::Extensions => "object",
        }
    }
}

/// The options of `records`, `to_pandas` and `to_polars`.
pub(crate) struct Options {
    /// Language of the main text columns (Swedish when a text has none).
    lang: String,
    /// Add the `extensions` column.
    extensions: bool,
    /// Join list columns with this separator.
    join: Option<String>,
}

impl Options {
    /// From keyword arguments `lang="sv"`, `extensions=False`,
    /// `join_lists=False` (`True` joins with `", "`, a str with itself).
    pub(crate) fn from_kwargs(kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let mut options = Options {
            lang: "sv".to_owned(),
            extensions: false,
            join: None,
        };
        let Some(kwargs) = kwargs else {
            return Ok(options);
        };
        for (key, value) in kwargs.iter() {
            let key: String = key.extract()?;
            match key.as_str() {
                "lang" => {
                    options.lang = value.extract().map_err(|_| {
                        PyTypeError::new_err("lang must be a language tag such as \"sv\" or \"en\"")
                    })?;
                }
                "extensions" => options.extensions = value.is_truthy()?,
                "join_lists" => {
                    options.join = if let Ok(sep) = value.downcast::<PyString>() {
                        Some(sep.to_str()?.to_owned())
                    } else if value.is_truthy()? {
                        Some(", ".to_owned())
                    } else {
                        None
                    };
                }
                other => {
                    return Err(PyTypeError::new_err(format!(
                        "unexpected keyword argument {other:?}; expected lang, extensions or join_lists"
                    )))
                }
            }
        }
        Ok(options)
    }
}

/// One cell before it becomes Python: a text keeps all its languages.
enum Cell<'a, 'py> {
    Text(Option<Vec<(&'a str, &'a str)>>),
    List(Vec<&'a str>),
    Py(Bound<'py, PyAny>),
}

fn text<'a, 'py, const N: usize>(t: Option<&'a LimitedText<N>>) -> Cell<'a, 'py> {
    Cell::Text(t.map(|t| t.iter().collect()))
}

/// A table: its columns and rows of cells in column order.
struct Table<'a, 'py> {
    py: Python<'py>,
    columns: Vec<(&'static str, Kind)>,
    rows: Vec<Vec<Cell<'a, 'py>>>,
}

impl<'a, 'py> Table<'a, 'py> {
    fn new(py: Python<'py>, columns: &[(&'static str, Kind)]) -> Self {
        Table {
            py,
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }
    fn py(&self, value: &impl ToPython) -> PyResult<Cell<'a, 'py>> {
        Ok(Cell::Py(value.to_python(self.py)?))
    }
    fn raw(&self, value: impl IntoPyObject<'py>) -> PyResult<Cell<'a, 'py>> {
        Ok(Cell::Py(value.into_bound_py_any(self.py)?))
    }
    fn ids(ids: &'a [omvarld::Id]) -> Cell<'a, 'py> {
        Cell::List(ids.iter().map(omvarld::Id::as_str).collect())
    }
    fn push(&mut self, row: Vec<Cell<'a, 'py>>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
    }
}

/// The output columns: (name, kind) with texts expanded by language.
type Columns = Vec<(String, Kind, Expand)>;

#[derive(Clone)]
enum Expand {
    /// The column as it is.
    Plain(usize),
    /// Text column `usize` in `Some(tag)` or in the chosen language (`None`).
    Lang(usize, Option<String>),
}

fn output_columns(table: &Table<'_, '_>, options: &Options) -> Columns {
    let mut out = Vec::new();
    for (c, &(name, kind)) in table.columns.iter().enumerate() {
        match kind {
            Kind::Extensions if !options.extensions => {}
            Kind::Text => {
                out.push((name.to_owned(), kind, Expand::Lang(c, None)));
                let mut tags: Vec<&str> = vec!["en"];
                for row in &table.rows {
                    if let Some(Cell::Text(Some(pairs))) = row.get(c) {
                        for (tag, _) in pairs {
                            if *tag != "sv" && !tags.contains(tag) {
                                tags.push(tag);
                            }
                        }
                    }
                }
                if let Some(rest) = tags.get_mut(1..) {
                    rest.sort_unstable();
                }
                for tag in tags {
                    out.push((
                        format!("{name}_{tag}"),
                        kind,
                        Expand::Lang(c, Some(tag.to_owned())),
                    ));
                }
            }
            _ => out.push((name.to_owned(), kind, Expand::Plain(c))),
        }
    }
    out
}

fn pick<'a>(pairs: &[(&str, &'a str)], tag: &str) -> Option<&'a str> {
    pairs.iter().find(|(t, _)| *t == tag).map(|(_, v)| *v)
}

/// The rows as dicts, and the output columns.
fn finish<'py>(
    table: &Table<'_, 'py>,
    options: &Options,
) -> PyResult<(Columns, Bound<'py, PyList>)> {
    let py = table.py;
    let columns = output_columns(table, options);
    let list = PyList::empty(py);
    for row in &table.rows {
        let d = PyDict::new(py);
        for (name, _, expand) in &columns {
            let value: Bound<'py, PyAny> = match expand {
                Expand::Lang(c, tag) => match row.get(*c) {
                    Some(Cell::Text(Some(pairs))) => {
                        let v = match tag {
                            Some(tag) => pick(pairs, tag),
                            None => pick(pairs, &options.lang).or_else(|| pick(pairs, "sv")),
                        };
                        v.into_pyobject(py)?.into_any()
                    }
                    _ => py.None().into_bound(py),
                },
                Expand::Plain(c) => match row.get(*c) {
                    Some(Cell::Py(v)) => v.clone(),
                    Some(Cell::List(items)) => match &options.join {
                        Some(sep) => PyString::new(py, &items.join(sep)).into_any(),
                        None => PyList::new(py, items)?.into_any(),
                    },
                    _ => py.None().into_bound(py),
                },
            };
            d.set_item(name, value)?;
        }
        list.append(d)?;
    }
    Ok((columns, list))
}

use Kind::{Date, Extensions, Float, Int, List, OptInt, Str, Text};

/// Builds `table` of `p`.
fn build<'a, 'py>(
    py: Python<'py>,
    p: &'a Programme,
    name: &str,
    options: &Options,
) -> PyResult<Table<'a, 'py>> {
    let lang = options.lang.as_str();
    let mut t;
    match name {
        "focus_areas" => {
            t = Table::new(
                py,
                &[
                    ("id", Str),
                    ("number", Int),
                    ("title", Text),
                    ("direction_goal", Text),
                    ("description", Text),
                    ("indicators", Int),
                    ("positions_in_force", Int),
                    ("positions_total", Int),
                    ("extensions", Extensions),
                ],
            );
            // In force: as the coverage matrix and the uncovered_focus_area
            // warning count (adopted or active). Total: any status.
            let coverage = p.coverage();
            for (k, f) in p.focus_areas.iter().enumerate() {
                let row = vec![
                    t.py(&f.id)?,
                    t.py(&f.number)?,
                    text(Some(&f.title)),
                    text(Some(&f.direction_goal.statement)),
                    text(f.description.as_ref()),
                    t.raw(f.direction_goal.indicators.len())?,
                    t.raw(coverage.area_totals.get(k).copied().unwrap_or(0))?,
                    t.raw(p.positions_for(f.id.as_str()).count())?,
                    t.py(&f.extensions)?,
                ];
                t.push(row);
            }
        }
        "contribution_aims" => {
            t = Table::new(
                py,
                &[
                    ("id", Str),
                    ("title", Text),
                    ("description", Text),
                    ("extensions", Extensions),
                ],
            );
            for a in &p.contribution_aims {
                let row = vec![
                    t.py(&a.id)?,
                    text(Some(&a.title)),
                    text(a.description.as_ref()),
                    t.py(&a.extensions)?,
                ];
                t.push(row);
            }
        }
        "arenas" => {
            t = Table::new(
                py,
                &[
                    ("id", Str),
                    ("name", Text),
                    ("level", Str),
                    ("kind", Str),
                    ("description", Text),
                    ("extensions", Extensions),
                ],
            );
            for a in &p.arenas {
                let row = vec![
                    t.py(&a.id)?,
                    text(Some(&a.name)),
                    t.py(&a.level)?,
                    t.py(&a.kind)?,
                    text(a.description.as_ref()),
                    t.py(&a.extensions)?,
                ];
                t.push(row);
            }
        }
        "positions" => {
            t = Table::new(
                py,
                &[
                    ("id", Str),
                    ("title", Text),
                    ("statement", Text),
                    ("status", Str),
                    ("priority", Str),
                    ("owner", Str),
                    ("adopted", Date),
                    ("review_by", Date),
                    ("focus_areas", List),
                    ("contribution_aims", List),
                    ("arenas", List),
                    ("target_levels", List),
                    ("target_bodies", List),
                    ("rationale", Text),
                    ("extensions", Extensions),
                ],
            );
            for x in &p.positions {
                let row = vec![
                    t.py(&x.id)?,
                    text(Some(&x.title)),
                    text(Some(&x.statement)),
                    t.py(&x.status)?,
                    t.py(&x.priority)?,
                    t.py(&x.owner)?,
                    t.py(&x.adopted)?,
                    t.py(&x.review_by)?,
                    Table::ids(&x.focus_areas),
                    Table::ids(&x.contribution_aims),
                    Table::ids(&x.arenas),
                    Cell::List(x.targets.iter().map(|t| t.level.as_str()).collect()),
                    Cell::List(x.targets.iter().map(|t| t.body.get_or_sv(lang)).collect()),
                    text(x.rationale.as_ref()),
                    t.py(&x.extensions)?,
                ];
                t.push(row);
            }
        }
        "targets" => {
            t = Table::new(
                py,
                &[
                    ("position", Str),
                    ("level", Str),
                    ("body", Text),
                    ("extensions", Extensions),
                ],
            );
            for x in &p.positions {
                for target in &x.targets {
                    let row = vec![
                        t.py(&x.id)?,
                        t.py(&target.level)?,
                        text(Some(&target.body)),
                        t.py(&target.extensions)?,
                    ];
                    t.push(row);
                }
            }
        }
        "activities" => {
            t = Table::new(
                py,
                &[
                    ("id", Str),
                    ("title", Text),
                    ("starts", Date),
                    ("ends", Date),
                    ("arena", Str),
                    ("positions", List),
                    ("description", Text),
                    ("extensions", Extensions),
                ],
            );
            for a in &p.activities {
                let row = vec![
                    t.py(&a.id)?,
                    text(Some(&a.title)),
                    t.py(&a.starts)?,
                    t.py(&a.ends)?,
                    t.py(&a.arena)?,
                    Table::ids(&a.positions),
                    text(a.description.as_ref()),
                    t.py(&a.extensions)?,
                ];
                t.push(row);
            }
        }
        "publications" => {
            t = Table::new(
                py,
                &[
                    ("id", Str),
                    ("title", Text),
                    ("published", Date),
                    ("url", Str),
                    ("positions", List),
                    ("extensions", Extensions),
                ],
            );
            for x in &p.publications {
                let row = vec![
                    t.py(&x.id)?,
                    text(Some(&x.title)),
                    t.py(&x.published)?,
                    t.py(&x.url)?,
                    Table::ids(&x.positions),
                    t.py(&x.extensions)?,
                ];
                t.push(row);
            }
        }
        "indicators" => {
            t = Table::new(
                py,
                &[
                    ("focus_area", Str),
                    ("id", Str),
                    ("name", Text),
                    ("unit", Str),
                    ("kolada_kpi", Str),
                    ("baseline_year", OptInt),
                    ("baseline_value", Float),
                    ("target_year", OptInt),
                    ("target_value", Float),
                    ("extensions", Extensions),
                ],
            );
            for f in &p.focus_areas {
                for i in &f.direction_goal.indicators {
                    let row = vec![
                        t.py(&f.id)?,
                        t.py(&i.id)?,
                        text(Some(&i.name)),
                        t.py(&i.unit)?,
                        t.py(&i.kolada_kpi)?,
                        t.raw(i.baseline.as_ref().map(|m| m.year.get()))?,
                        t.raw(i.baseline.as_ref().map(|m| m.value))?,
                        t.raw(i.target.as_ref().map(|m| m.year.get()))?,
                        t.raw(i.target.as_ref().map(|m| m.value))?,
                        t.py(&i.extensions)?,
                    ];
                    t.push(row);
                }
            }
        }
        "coverage" => {
            t = Table::new(
                py,
                &[
                    ("focus_area", Str),
                    ("contribution_aim", Str),
                    ("positions", Int),
                ],
            );
            for cell in p.coverage().cells() {
                let row = vec![
                    t.raw(cell.focus_area.as_str())?,
                    t.raw(cell.contribution_aim.as_str())?,
                    t.raw(cell.positions)?,
                ];
                t.push(row);
            }
        }
        other => {
            return Err(PyValueError::new_err(format!(
                "no table {other:?}; known: {}",
                TABLES.join(", ")
            )))
        }
    }
    Ok(t)
}

/// The rows of `table`.
pub(crate) fn records<'py>(
    py: Python<'py>,
    p: &Programme,
    table: &str,
    options: &Options,
) -> PyResult<Bound<'py, PyList>> {
    let built = build(py, p, table, options)?;
    Ok(finish(&built, options)?.1)
}

/// `(columns, rows)`: the columns as `(name, kind)` pairs (kinds `str`,
/// `int`, `int?`, `float`, `date`, `list`, `object`; `str` for joined
/// lists) and the rows as dicts; what `to_pandas` and `to_polars` build on.
pub(crate) fn table<'py>(
    py: Python<'py>,
    p: &Programme,
    table: &str,
    options: &Options,
) -> PyResult<Bound<'py, PyTuple>> {
    let built = build(py, p, table, options)?;
    let (columns, rows) = finish(&built, options)?;
    let joined = options.join.is_some();
    let columns = columns
        .into_iter()
        .map(|(name, kind, _)| {
            let kind = if kind == Kind::List && joined {
                "str"
            } else {
                kind.as_str()
            };
            (name, kind)
        })
        .collect::<Vec<_>>();
    PyTuple::new(py, [columns.into_pyobject(py)?.into_any(), rows.into_any()])
}
