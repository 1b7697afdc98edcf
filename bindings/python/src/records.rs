//! `Programme.records(table)`: flat dicts for pandas and polars, built in Rust.
//!
//! Each table has a fixed list of columns with a kind (so an empty table
//! still has its columns and dtypes). A text becomes one column in the
//! chosen language (`title`, falling back to Swedish) plus one column per
//! other language found in the table (`title_en`, always; `title_sme`,
//! `title_en-GB`, …), so no translation is lost. Dates are `datetime.date`;
//! lists of ids stay lists of strings (or `"a, b"` with `join_lists`);
//! `extensions` is a column of dicts on request (with the extensions of the
//! objects a row folds in: `direction_goal_extensions`, `baseline_extensions`,
//! `organisation_extensions`, …). With `lang` other than Swedish a
//! `title_sv` column keeps the Swedish value.
//!
//! Objects without an id of their own (targets, asks, references, follow-up
//! entries, results, and indicators, whose ids are unique only within one
//! focus area) are rows of a table of their own that carry their parent's
//! keys: `position`; for indicators `focus_area`; for results `focus_area`
//! and `indicator`. Rows of one parent are in list order. Single members of
//! an object (a position's `decision` and `shift`, a result's `source`) are
//! columns of its row: `decision_body`, `shift_from`, `source_name`, ….
//!
//! `from_records` reads the tables back into a programme: every column but
//! the derived ones (counts, `target_levels`/`target_bodies`, `coverage`)
//! says where its value goes, and every table where its rows go ([`SPECS`]),
//! so one list of tables and columns serves both ways.

use omvarld::model::{Limit, LimitedText};
use omvarld::pointer::Pointer;
use omvarld::{Code, Issue, Programme};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyFloat, PyList, PyMapping, PyModule, PyString, PyTuple};
use pyo3::IntoPyObjectExt;
use serde_json::{Map, Value};

use crate::convert::{self, py_to_json, ToJsonError};
use crate::errors;
use crate::model::ToPython;

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
    /// A list of short strings that repeat across rows (ids, levels).
    List(Vec<&'a str>),
    /// A short string that repeats across rows (an owner, a body's id).
    Repeated(Option<&'a str>),
    /// A date: a `datetime.date` in `records`, a day number in `_table`.
    Date(Option<omvarld::Date>),
    Py(Bound<'py, PyAny>),
}

fn text<'a, 'py, L: Limit>(t: Option<&'a LimitedText<L>>) -> Cell<'a, 'py> {
    Cell::Text(t.map(|t| t.iter().collect()))
}

fn date<'a, 'py>(d: impl Into<Option<omvarld::Date>>) -> Cell<'a, 'py> {
    Cell::Date(d.into())
}

fn repeated<'a, 'py, S: AsRef<str> + ?Sized>(s: Option<&'a S>) -> Cell<'a, 'py> {
    Cell::Repeated(s.map(AsRef::as_ref))
}

/// Python strings made once per table for the strings that repeat across
/// its rows (ids in lists, owners, levels): a lookup instead of a UTF-8
/// decode and an allocation per cell.
struct Strings<'a, 'py> {
    py: Python<'py>,
    made: rustc_hash::FxHashMap<&'a str, Bound<'py, PyString>>,
    /// `datetime.date` objects, made once per distinct date (immutable, so
    /// cells can share them; under abi3 each one is a Python call).
    dates: rustc_hash::FxHashMap<omvarld::Date, Bound<'py, PyAny>>,
}

impl<'a, 'py> Strings<'a, 'py> {
    fn new(py: Python<'py>) -> Self {
        Strings {
            py,
            made: rustc_hash::FxHashMap::default(),
            dates: rustc_hash::FxHashMap::default(),
        }
    }
    fn get(&mut self, s: &'a str) -> Bound<'py, PyString> {
        let py = self.py;
        self.made
            .entry(s)
            .or_insert_with(|| PyString::new(py, s))
            .clone()
    }
    fn date(&mut self, d: omvarld::Date) -> PyResult<Bound<'py, PyAny>> {
        if let Some(made) = self.dates.get(&d) {
            return Ok(made.clone());
        }
        let made = convert::date_to_py(self.py, d)?;
        self.dates.insert(d, made.clone());
        Ok(made)
    }
}

/// How `cell` writes a date: as `datetime.date` or as days since 1970-01-01.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dates {
    Objects,
    Days,
}

/// Where a column's value goes in the document, for `from_records`.
#[derive(Clone, Copy)]
enum To {
    /// A member of the row's object, at this path within it.
    Field(&'static [&'static str]),
    /// The id of the row's parent (a target's position, an indicator's focus area).
    Parent,
    /// Computed from other rows; not read back.
    Derived,
}

/// A column of a table.
struct Col {
    name: &'static str,
    kind: Kind,
    to: To,
}

/// A column whose value is the member `$path` of the row's object.
macro_rules! cols {
    ($($name:literal: $kind:ident $(=> $($path:literal).+)? $(@ $to:ident)?),+ $(,)?) => {
        &[$(Col {
            name: $name,
            kind: $kind,
            to: cols!(@to $name $(=> $($path).+)? $(@ $to)?),
        }),+]
    };
    (@to $name:literal) => { To::Field(&[$name]) };
    (@to $name:literal => $($path:literal).+) => { To::Field(&[$($path),+]) };
    (@to $name:literal @ $to:ident) => { To::$to };
}

const PROGRAMME: &[Col] = cols![
    "id": Str,
    "title": Text,
    "organisation": Text => "organisation"."name",
    "municipality_code": Str => "organisation"."municipality_code",
    "country": Str => "organisation"."country",
    "adopted": Date,
    "period_start": Date => "period"."start",
    "period_end": Date => "period"."end",
    "summary": Text,
    "schema_version": Str,
    "schema": Str => "$schema",
    "extensions": Extensions,
    "organisation_extensions": Extensions => "organisation"."extensions",
    "period_extensions": Extensions => "period"."extensions",
];
const FOCUS_AREAS: &[Col] = cols![
    "id": Str,
    "number": Int,
    "title": Text,
    "direction_goal": Text => "direction_goal"."statement",
    "description": Text,
    "indicators": Int @ Derived,
    "positions_in_force": Int @ Derived,
    "positions_total": Int @ Derived,
    "extensions": Extensions,
    "direction_goal_extensions": Extensions => "direction_goal"."extensions",
];
const CONTRIBUTION_AIMS: &[Col] = cols![
    "id": Str,
    "title": Text,
    "description": Text,
    "extensions": Extensions,
];
const ARENAS: &[Col] = cols![
    "id": Str,
    "name": Text,
    "level": Str,
    "kind": Str,
    "description": Text,
    "extensions": Extensions,
];
const POSITIONS: &[Col] = cols![
    "id": Str,
    "title": Text,
    "statement": Text,
    "status": Str,
    "priority": Str,
    "owner": Str,
    "adopted": Date,
    "review_by": Date,
    "decision_body": Str => "decision"."body",
    "decision_date": Date => "decision"."date",
    "decision_reference": Str => "decision"."reference",
    "decision_url": Str => "decision"."url",
    "focus_areas": List,
    "contribution_aims": List,
    "arenas": List,
    "target_levels": List @ Derived,
    "target_bodies": List @ Derived,
    "rationale": Text,
    "shift_from": Text => "shift"."from",
    "shift_to": Text => "shift"."to",
    "extensions": Extensions,
    "decision_extensions": Extensions => "decision"."extensions",
    "shift_extensions": Extensions => "shift"."extensions",
];
const TARGETS: &[Col] = cols![
    "position": Str @ Parent,
    "level": Str,
    "body": Text,
    "extensions": Extensions,
];
const BODIES: &[Col] = cols![
    "id": Str,
    "name": Text,
    "kind": Str,
    "extensions": Extensions,
];
const ASKS: &[Col] = cols![
    "position": Str @ Parent,
    "ask": Text,
];
const REFERENCES: &[Col] = cols![
    "position": Str @ Parent,
    "title": Text,
    "kind": Str,
    "relation": Str,
    "identifier": Str,
    "case_number": Str,
    "url": Str,
    "extensions": Extensions,
];
const FOLLOW_UP: &[Col] = cols![
    "position": Str @ Parent,
    "date": Date,
    "status": Str,
    "assessment": Str,
    "note": Text,
    "extensions": Extensions,
];
const ACTIVITIES: &[Col] = cols![
    "id": Str,
    "title": Text,
    "starts": Date,
    "ends": Date,
    "arena": Str,
    "positions": List,
    "description": Text,
    "extensions": Extensions,
];
const PUBLICATIONS: &[Col] = cols![
    "id": Str,
    "title": Text,
    "published": Date,
    "url": Str,
    "kind": Str,
    "identifier": Str,
    "positions": List,
    "extensions": Extensions,
];
const INDICATORS: &[Col] = cols![
    "focus_area": Str @ Parent,
    "id": Str,
    "name": Text,
    "unit": Str,
    "kolada_kpi": Str,
    "direction": Str,
    "baseline_year": OptInt => "baseline"."year",
    "baseline_value": Float => "baseline"."value",
    "target_year": OptInt => "target"."year",
    "target_value": Float => "target"."value",
    "extensions": Extensions,
    "baseline_extensions": Extensions => "baseline"."extensions",
    "target_extensions": Extensions => "target"."extensions",
];
// Results carry the keys of their indicator: its focus area and its id.
// `gender` is the document's value: `None` where the document leaves it
// out, which means "total".
const RESULTS: &[Col] = cols![
    "focus_area": Str @ Parent,
    "indicator": Str @ Parent,
    "year": Int,
    "gender": Str,
    "value": Float,
    "comment": Text,
    "source_name": Str => "source"."name",
    "source_retrieved": Date => "source"."retrieved",
    "source_url": Str => "source"."url",
    "extensions": Extensions,
    "source_extensions": Extensions => "source"."extensions",
];
// The tidy table of every figure, for plotting: one row per baseline,
// result and target (`kind`), with the names a chart needs. Unlike
// `results`, `gender` is always given: "total" where the document leaves
// it out, and for baselines and targets.
const INDICATOR_RESULTS: &[Col] = cols![
    "focus_area": Str @ Derived,
    "focus_area_number": Int @ Derived,
    "focus_area_title": Text @ Derived,
    "goal": Text @ Derived,
    "indicator": Str @ Derived,
    "indicator_name": Text @ Derived,
    "unit": Str @ Derived,
    "direction": Str @ Derived,
    "kind": Str @ Derived,
    "year": Int @ Derived,
    "value": Float @ Derived,
    "gender": Str @ Derived,
];
const COVERAGE: &[Col] = cols![
    "focus_area": Str @ Derived,
    "contribution_aim": Str @ Derived,
    "positions": Int @ Derived,
];

/// Where the rows of a table go in the document, for `from_records`.
#[derive(Clone, Copy)]
enum Place {
    /// The programme's own members: exactly one row.
    Root,
    /// A top-level list of the document, under the table's name.
    List,
    /// Objects listed in a row of the table `parent` (the row whose keys
    /// are this row's `Parent` columns), at the path `members` in it; the
    /// element is the row's object, or with `Some(column)` that one
    /// column's value (asks are texts, not objects).
    Child {
        parent: &'static str,
        members: &'static [&'static str],
        value: Option<&'static str>,
    },
    /// Computed from the other tables; not read back.
    Derived,
}

/// A table of `records`.
struct Spec {
    name: &'static str,
    columns: &'static [Col],
    place: Place,
}

/// A table whose rows go to `place`.
const fn table_spec(name: &'static str, columns: &'static [Col], place: Place) -> Spec {
    Spec {
        name,
        columns,
        place,
    }
}

/// Objects listed at `members` in a row of `parent`.
const fn child(parent: &'static str, members: &'static [&'static str]) -> Place {
    Place::Child {
        parent,
        members,
        value: None,
    }
}

/// The one list of tables, in the order of the spreadsheet export (each
/// parent before its children): `TABLES`, `records`, `to_pandas`, the
/// DataFrame index and `from_records` all come from it.
const SPECS: [Spec; 16] = [
    table_spec("programme", PROGRAMME, Place::Root),
    table_spec("focus_areas", FOCUS_AREAS, Place::List),
    table_spec(
        "indicators",
        INDICATORS,
        child("focus_areas", &["direction_goal", "indicators"]),
    ),
    table_spec("results", RESULTS, child("indicators", &["results"])),
    table_spec("contribution_aims", CONTRIBUTION_AIMS, Place::List),
    table_spec("arenas", ARENAS, Place::List),
    table_spec("bodies", BODIES, Place::List),
    table_spec("positions", POSITIONS, Place::List),
    table_spec("targets", TARGETS, child("positions", &["targets"])),
    // An ask is a text, not an object: the element is the `ask` column.
    table_spec(
        "asks",
        ASKS,
        Place::Child {
            parent: "positions",
            members: &["asks"],
            value: Some("ask"),
        },
    ),
    table_spec(
        "references",
        REFERENCES,
        child("positions", &["references"]),
    ),
    table_spec("follow_up", FOLLOW_UP, child("positions", &["follow_up"])),
    table_spec("activities", ACTIVITIES, Place::List),
    table_spec("publications", PUBLICATIONS, Place::List),
    table_spec("coverage", COVERAGE, Place::Derived),
    table_spec("indicator_results", INDICATOR_RESULTS, Place::Derived),
];

/// The names of the tables (`omvarld.TABLES`).
pub(crate) fn table_names() -> Vec<&'static str> {
    SPECS.iter().map(|s| s.name).collect()
}

fn find_spec(table: &str) -> Option<&'static Spec> {
    SPECS.iter().find(|s| s.name == table)
}

/// The columns of `table`.
fn spec(table: &str) -> Option<&'static [Col]> {
    find_spec(table).map(|s| s.columns)
}

/// The columns that identify a row of a table with ids (its parent's keys,
/// then `id`): the DataFrame index, and what a child row's keys name.
fn key_columns(columns: &[Col]) -> Vec<&'static str> {
    if !columns.iter().any(|c| c.name == "id") {
        return Vec::new();
    }
    columns
        .iter()
        .filter(|c| matches!(c.to, To::Parent) || c.name == "id")
        .map(|c| c.name)
        .collect()
}

/// A table: its columns and rows of cells in column order.
struct Table<'a, 'py> {
    py: Python<'py>,
    columns: &'static [Col],
    rows: Vec<Vec<Cell<'a, 'py>>>,
}

impl<'a, 'py> Table<'a, 'py> {
    fn new(py: Python<'py>, columns: &'static [Col]) -> Self {
        Table {
            py,
            columns,
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
    for (c, &Col { name, kind, .. }) in table.columns.iter().enumerate() {
        match kind {
            Kind::Extensions if !options.extensions => {}
            Kind::Text => {
                out.push((name.to_owned(), kind, Expand::Lang(c, None)));
                // Swedish has its own column when the main one is in another
                // language, so that a table in English still has every value.
                let mut tags: Vec<&str> = if options.lang == "sv" {
                    vec!["en"]
                } else {
                    vec!["sv", "en"]
                };
                let fixed = tags.len();
                for row in &table.rows {
                    if let Some(Cell::Text(Some(pairs))) = row.get(c) {
                        for (tag, _) in pairs {
                            if *tag != "sv" && !tags.contains(tag) {
                                tags.push(tag);
                            }
                        }
                    }
                }
                if let Some(rest) = tags.get_mut(fixed..) {
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
fn finish<'a, 'py>(
    table: &Table<'a, 'py>,
    options: &Options,
) -> PyResult<(Columns, Bound<'py, PyList>)> {
    let py = table.py;
    let columns = output_columns(table, options);
    let mut strings = Strings::new(py);
    // The keys made once: a dict per row shares them.
    let keys: Vec<Bound<'py, PyString>> = columns
        .iter()
        .map(|(name, _, _)| PyString::intern(py, name))
        .collect();
    // Each row's dict starts as a copy of one with every key: a copy takes
    // the keys' table as it is, where inserting them one by one resized
    // and rehashed every row's dict as it grew.
    let template = PyDict::new(py);
    for key in &keys {
        template.set_item(key, py.None())?;
    }
    let list = PyList::empty(py);
    for row in &table.rows {
        let d = template.copy()?;
        for ((_, _, expand), key) in columns.iter().zip(&keys) {
            d.set_item(
                key,
                cell(&mut strings, row, expand, options, Dates::Objects)?,
            )?;
        }
        list.append(d)?;
    }
    Ok((columns, list))
}

/// The table column by column: one list of values per output column, in
/// column order (what a DataFrame is built from without row dicts), with
/// dates as day numbers.
fn finish_columns<'a, 'py>(
    table: &Table<'a, 'py>,
    options: &Options,
) -> PyResult<(Columns, Bound<'py, PyDict>)> {
    let py = table.py;
    let columns = output_columns(table, options);
    let mut strings = Strings::new(py);
    // One pass over the rows, each filling every column: a pass per column
    // would walk all the rows' cells once per column, out of cache.
    let mut values: Vec<Vec<Bound<'py, PyAny>>> = columns
        .iter()
        .map(|_| Vec::with_capacity(table.rows.len()))
        .collect();
    for row in &table.rows {
        for ((_, _, expand), column) in columns.iter().zip(values.iter_mut()) {
            column.push(cell(&mut strings, row, expand, options, Dates::Days)?);
        }
    }
    let data = PyDict::new(py);
    for ((name, _, _), column) in columns.iter().zip(values) {
        data.set_item(name, PyList::new(py, column)?)?;
    }
    Ok((columns, data))
}

/// Days since 1970-01-01 (negative before it).
fn day_number(date: omvarld::Date) -> i64 {
    const UNIX_EPOCH_FROM_CE: i64 = 719_163;
    i64::from(chrono::Datelike::num_days_from_ce(&date.naive())) - UNIX_EPOCH_FROM_CE
}

/// The value of one output column in one row.
fn cell<'a, 'py>(
    strings: &mut Strings<'a, 'py>,
    row: &[Cell<'a, 'py>],
    expand: &Expand,
    options: &Options,
    dates: Dates,
) -> PyResult<Bound<'py, PyAny>> {
    let py = strings.py;
    Ok(match expand {
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
            Some(Cell::Repeated(Some(s))) => strings.get(s).into_any(),
            Some(Cell::Date(Some(d))) => match dates {
                Dates::Objects => strings.date(*d)?,
                Dates::Days => day_number(*d).into_pyobject(py)?.into_any(),
            },
            Some(Cell::Date(None)) if dates == Dates::Days => NO_DATE.into_pyobject(py)?.into_any(),
            Some(Cell::List(items)) => match &options.join {
                Some(sep) => PyString::new(py, &items.join(sep)).into_any(),
                None => {
                    let items = items.iter().map(|s| strings.get(s)).collect::<Vec<_>>();
                    PyList::new(py, items)?.into_any()
                }
            },
            _ => py.None().into_bound(py),
        },
    })
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
    let Some(columns) = spec(name) else {
        return Err(PyValueError::new_err(format!(
            "no table {name:?}; known: {}",
            table_names().join(", ")
        )));
    };
    let mut t = Table::new(py, columns);
    match name {
        "programme" => {
            let period = p.period.as_ref();
            let row = vec![
                t.py(&p.id)?,
                text(Some(&p.title)),
                text(Some(&p.organisation.name)),
                t.py(&p.organisation.municipality_code)?,
                t.py(&p.organisation.country)?,
                date(p.adopted),
                date(period.map(|x| x.start)),
                date(period.and_then(|x| x.end)),
                text(p.summary.as_ref()),
                t.raw(p.schema_version.as_str())?,
                t.py(&p.schema)?,
                t.py(&p.extensions)?,
                t.py(&p.organisation.extensions)?,
                t.py(&period.and_then(|x| x.extensions.clone()))?,
            ];
            t.push(row);
        }
        "focus_areas" => {
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
                    t.py(&f.direction_goal.extensions)?,
                ];
                t.push(row);
            }
        }
        "contribution_aims" => {
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
            for x in &p.positions {
                let (decision, shift) = (x.decision.as_ref(), x.shift.as_ref());
                let row = vec![
                    t.py(&x.id)?,
                    text(Some(&x.title)),
                    text(Some(&x.statement)),
                    t.py(&x.status)?,
                    t.py(&x.priority)?,
                    repeated(x.owner.as_ref()),
                    date(x.adopted),
                    date(x.review_by),
                    repeated(decision.map(|d| &d.body)),
                    date(decision.map(|d| d.date)),
                    t.py(&decision.and_then(|d| d.reference.as_ref()))?,
                    t.py(&decision.and_then(|d| d.url.as_ref()))?,
                    Table::ids(&x.focus_areas),
                    Table::ids(&x.contribution_aims),
                    Table::ids(&x.arenas),
                    Cell::List(x.targets.iter().map(|t| t.level.as_str()).collect()),
                    Cell::List(x.targets.iter().map(|t| t.body.get_or_sv(lang)).collect()),
                    text(x.rationale.as_ref()),
                    text(shift.map(|s| &s.from)),
                    text(shift.map(|s| &s.to)),
                    t.py(&x.extensions)?,
                    t.py(&decision.and_then(|d| d.extensions.as_ref()))?,
                    t.py(&shift.and_then(|s| s.extensions.as_ref()))?,
                ];
                t.push(row);
            }
        }
        "bodies" => {
            for b in &p.bodies {
                let row = vec![
                    t.py(&b.id)?,
                    text(Some(&b.name)),
                    t.py(&b.kind)?,
                    t.py(&b.extensions)?,
                ];
                t.push(row);
            }
        }
        "asks" => {
            for x in &p.positions {
                for ask in &x.asks {
                    let row = vec![t.py(&x.id)?, text(Some(ask))];
                    t.push(row);
                }
            }
        }
        "references" => {
            for x in &p.positions {
                for r in &x.references {
                    let row = vec![
                        t.py(&x.id)?,
                        text(Some(&r.title)),
                        t.py(&r.kind)?,
                        t.py(&r.relation)?,
                        t.py(&r.identifier)?,
                        t.py(&r.case_number)?,
                        t.py(&r.url)?,
                        t.py(&r.extensions)?,
                    ];
                    t.push(row);
                }
            }
        }
        "follow_up" => {
            for x in &p.positions {
                for f in &x.follow_up {
                    let row = vec![
                        t.py(&x.id)?,
                        date(f.date),
                        t.py(&f.status)?,
                        t.py(&f.assessment)?,
                        text(f.note.as_ref()),
                        t.py(&f.extensions)?,
                    ];
                    t.push(row);
                }
            }
        }
        "targets" => {
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
            for a in &p.activities {
                let row = vec![
                    t.py(&a.id)?,
                    text(Some(&a.title)),
                    date(a.starts),
                    date(a.ends),
                    repeated(a.arena.as_ref()),
                    Table::ids(&a.positions),
                    text(a.description.as_ref()),
                    t.py(&a.extensions)?,
                ];
                t.push(row);
            }
        }
        "publications" => {
            for x in &p.publications {
                let row = vec![
                    t.py(&x.id)?,
                    text(Some(&x.title)),
                    date(x.published),
                    t.py(&x.url)?,
                    t.py(&x.kind)?,
                    t.py(&x.identifier)?,
                    Table::ids(&x.positions),
                    t.py(&x.extensions)?,
                ];
                t.push(row);
            }
        }
        "indicators" => {
            for f in &p.focus_areas {
                for i in &f.direction_goal.indicators {
                    let (base, goal) = (i.baseline.as_ref(), i.target.as_ref());
                    let row = vec![
                        t.py(&f.id)?,
                        t.py(&i.id)?,
                        text(Some(&i.name)),
                        t.py(&i.unit)?,
                        t.py(&i.kolada_kpi)?,
                        t.py(&i.direction)?,
                        t.raw(base.map(|m| m.year.get()))?,
                        t.raw(base.map(|m| m.value))?,
                        t.raw(goal.map(|m| m.year.get()))?,
                        t.raw(goal.map(|m| m.value))?,
                        t.py(&i.extensions)?,
                        t.py(&base.and_then(|m| m.extensions.clone()))?,
                        t.py(&goal.and_then(|m| m.extensions.clone()))?,
                    ];
                    t.push(row);
                }
            }
        }
        "results" => {
            for f in &p.focus_areas {
                for i in &f.direction_goal.indicators {
                    for r in &i.results {
                        let source = r.source.as_ref();
                        let row = vec![
                            t.py(&f.id)?,
                            t.py(&i.id)?,
                            t.py(&r.year)?,
                            t.py(&r.gender)?,
                            t.raw(r.value)?,
                            text(r.comment.as_ref()),
                            t.py(&source.map(|s| &s.name))?,
                            date(source.map(|s| s.retrieved)),
                            t.py(&source.and_then(|s| s.url.as_ref()))?,
                            t.py(&r.extensions)?,
                            t.py(&source.and_then(|s| s.extensions.as_ref()))?,
                        ];
                        t.push(row);
                    }
                }
            }
        }
        "indicator_results" => {
            for f in p.indicator_figures() {
                let (area, i) = (f.focus_area, f.indicator);
                let row = vec![
                    t.py(&area.id)?,
                    t.raw(area.number.get())?,
                    text(Some(&area.title)),
                    text(Some(&area.direction_goal.statement)),
                    t.py(&i.id)?,
                    text(Some(&i.name)),
                    t.py(&i.unit)?,
                    t.py(&i.direction)?,
                    t.raw(f.kind.as_str())?,
                    t.py(&f.year)?,
                    t.raw(f.value)?,
                    t.py(&f.gender)?,
                ];
                t.push(row);
            }
        }
        _ => {
            for cell in p.coverage().cells() {
                let row = vec![
                    t.raw(cell.focus_area.as_str())?,
                    t.raw(cell.contribution_aim.as_str())?,
                    t.raw(cell.positions)?,
                ];
                t.push(row);
            }
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
    let _paused = GcPause::new(py)?;
    let built = build(py, p, table, options)?;
    Ok(finish(&built, options)?.1)
}

/// `(columns, data, index)`: the columns as `(name, kind)` pairs (kinds
/// `str`, `int`, `int?`, `float`, `date`, `list`, `object`; `str` for
/// joined lists), the values as a dict of one list per column, and the
/// columns of the DataFrame index (the id, for indicators the focus area
/// and the id; none for rows without an id); what `to_pandas` and
/// `to_polars` build on. A `date` column holds days since 1970-01-01, and
/// [`NO_DATE`] (numpy's `NaT`) where the cell is empty: numpy reads such a
/// list as `datetime64[D]` at once, where a list of `datetime.date` objects
/// takes it a hundred times longer.
pub(crate) fn table<'py>(
    py: Python<'py>,
    p: &Programme,
    table: &str,
    options: &Options,
) -> PyResult<Bound<'py, PyTuple>> {
    let _paused = GcPause::new(py)?;
    let built = build(py, p, table, options)?;
    let (columns, rows) = finish_columns(&built, options)?;
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
    let index = key_columns(built.columns);
    PyTuple::new(
        py,
        [
            columns.into_pyobject(py)?.into_any(),
            rows.into_any(),
            index.into_pyobject(py)?.into_any(),
        ],
    )
}

/// The cyclic garbage collector paused while a table is built, and resumed
/// (if it was running) when this is dropped, on every return path: the
/// tens of thousands of new dicts and lists of a table would otherwise set
/// off collections that walk every object the notebook holds. They hold no
/// cycles, and reference counting frees them.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = py.import("gc")?;
        if gc.call_method0("isenabled")?.is_truthy()? {
            gc.call_method0("disable")?;
            Ok(GcPause { gc: Some(gc) })
        } else {
            Ok(GcPause { gc: None })
        }
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            // Re-enabling cannot fail short of a broken interpreter, and a
            // destructor has nowhere to report it.
            let _ = gc.call_method0("enable");
        }
    }
}

/// An empty cell of a `date` column in [`table`]: `i64::MIN`, numpy's `NaT`.
pub(crate) const NO_DATE: i64 = i64::MIN;

// ---- from_records: the tables back into a programme ----------------------

/// `None`, NaN, pandas' `NA` and `NaT`: an empty cell.
fn is_missing(value: &Bound<'_, PyAny>) -> PyResult<bool> {
    if value.is_none() {
        return Ok(true);
    }
    if let Ok(f) = value.downcast::<PyFloat>() {
        return Ok(f.value().is_nan());
    }
    if value.is_instance_of::<PyString>() || value.is_instance_of::<PyList>() {
        return Ok(false);
    }
    let ty = value.get_type();
    let name = ty.name()?;
    if name == "NAType" || name == "NaTType" {
        return Ok(true);
    }
    // numpy floating scalars other than float64 (which is a Python float).
    if ty.module()?.to_str()?.starts_with("numpy") && name.to_str()?.starts_with("float") {
        return Ok(value.extract::<f64>()?.is_nan());
    }
    Ok(false)
}

/// One row of a table, its cells sorted by column.
struct Row<'py> {
    /// The cell of each column of the table, `None` when empty or absent.
    cells: Vec<Option<Bound<'py, PyAny>>>,
    /// `(tag, value)` of the translation columns (`title_en`) of each column.
    translations: Vec<Vec<(String, Bound<'py, PyAny>)>>,
}

impl<'py> Row<'py> {
    fn cell(&self, c: usize) -> Option<&Bound<'py, PyAny>> {
        self.cells.get(c).and_then(Option::as_ref)
    }
    fn translations(&self, c: usize) -> &[(String, Bound<'py, PyAny>)] {
        self.translations.get(c).map_or(&[], Vec::as_slice)
    }
}

/// What `from_records` gathers: table problems, and the document.
struct Reader<'o> {
    options: &'o Options,
    issues: Vec<Issue>,
}

impl Reader<'_> {
    fn issue(&mut self, code: Code, path: &Pointer, message: String) {
        self.issues
            .push(Issue::new(code, path.to_string(), message));
    }

    /// The rows of `table` (a list of mappings, or a DataFrame).
    fn rows<'py>(
        &mut self,
        table: &str,
        value: &Bound<'py, PyAny>,
    ) -> PyResult<Vec<Bound<'py, PyDict>>> {
        let py = value.py();
        let path = Pointer::root().key(table);
        let frame = value.hasattr(pyo3::intern!(py, "to_dict"))?
            || value.hasattr(pyo3::intern!(py, "to_dicts"))?;
        let value = if frame && !value.is_instance_of::<PyDict>() {
            py.import("omvarld._pandas")?
                .getattr("frame_records")?
                .call1((value,))?
        } else {
            value.clone()
        };
        // A str or a mapping iterates, but not as rows.
        let rows_like =
            !value.is_instance_of::<PyString>() && value.downcast::<PyMapping>().is_err();
        let Some(iter) = rows_like.then(|| value.try_iter().ok()).flatten() else {
            self.issue(
                Code::Type,
                &path,
                format!(
                    "the table `{table}` must be a list of rows (dicts) or a DataFrame, not `{}`",
                    value.get_type().name()?
                ),
            );
            return Ok(Vec::new());
        };
        let mut rows = Vec::new();
        for (i, row) in iter.enumerate() {
            let row = row?;
            if let Ok(d) = row.downcast::<PyDict>() {
                rows.push(d.clone());
            } else if row.downcast::<PyMapping>().is_ok() {
                rows.push(PyDict::from_sequence(&row.call_method0("items")?)?);
            } else {
                self.issue(
                    Code::Type,
                    &path.index(i),
                    format!(
                        "a row of `{table}` must be a dict of column values, not `{}`",
                        row.get_type().name()?
                    ),
                );
            }
        }
        Ok(rows)
    }

    /// The cells of `row` by column; unknown columns are issues.
    fn row<'py>(
        &mut self,
        columns: &[Col],
        row: &Bound<'py, PyDict>,
        path: &Pointer,
    ) -> PyResult<Row<'py>> {
        let mut out = Row {
            cells: vec![None; columns.len()],
            translations: vec![Vec::new(); columns.len()],
        };
        for (key, value) in row.iter() {
            let Ok(key) = key.downcast::<PyString>() else {
                self.issue(
                    Code::Type,
                    path,
                    format!("column names must be str, not `{}`", key.get_type().name()?),
                );
                continue;
            };
            let key = key.to_str()?;
            let missing = is_missing(&value)?;
            if let Some(c) = columns.iter().position(|c| c.name == key) {
                if let (false, Some(slot)) = (missing, out.cells.get_mut(c)) {
                    *slot = Some(value);
                }
                continue;
            }
            let translation = columns.iter().enumerate().find_map(|(c, col)| {
                let tag = key.strip_prefix(col.name)?.strip_prefix('_')?;
                (col.kind == Kind::Text && !tag.is_empty()).then_some((c, tag))
            });
            match translation {
                Some((c, tag)) => {
                    if let (false, Some(list)) = (missing, out.translations.get_mut(c)) {
                        list.push((tag.to_owned(), value));
                    }
                }
                None => {
                    let known: Vec<&str> = columns
                        .iter()
                        .filter(|c| !matches!(c.to, To::Derived))
                        .map(|c| c.name)
                        .collect();
                    self.issue(
                        Code::UnknownField,
                        &path.key(key),
                        format!(
                            "unknown column `{key}`; the columns are {} (texts also `<column>_<language>`); \
                             drop the column, or keep local data in `extensions`",
                            known.join(", ")
                        ),
                    );
                }
            }
        }
        Ok(out)
    }

    /// A text from its main column and its translation columns.
    fn text(
        &mut self,
        cell: Option<&Bound<'_, PyAny>>,
        translations: &[(String, Bound<'_, PyAny>)],
        path: &Pointer,
    ) -> Result<Option<Value>, ToJsonError> {
        let mut map = Map::new();
        for (tag, value) in translations {
            map.insert(tag.clone(), py_to_json(value, &path.key(tag))?);
        }
        let lang = self.options.lang.as_str();
        if let Some(cell) = cell {
            let main = py_to_json(cell, &path.key(lang))?;
            // In another language the main column holds the translation, or
            // the Swedish value where there is none.
            match map.get("sv") {
                Some(sv) if lang != "sv" => {
                    if *sv != main {
                        map.insert(lang.to_owned(), main);
                    }
                }
                _ => {
                    map.insert("sv".to_owned(), main);
                }
            }
        }
        Ok((!map.is_empty()).then_some(Value::Object(map)))
    }

    /// A list of ids from a list, or from a string joined by `join_lists`
    /// (", " when not told).
    fn list(&self, cell: &Bound<'_, PyAny>, path: &Pointer) -> Result<Value, ToJsonError> {
        if let Ok(s) = cell.downcast::<PyString>() {
            let sep = self.options.join.as_deref().unwrap_or(", ");
            let text = s.to_str()?;
            let sep = sep.trim();
            let items = if text.trim().is_empty() {
                Vec::new()
            } else if sep.is_empty() {
                text.split(char::is_whitespace)
                    .filter(|s| !s.is_empty())
                    .map(|s| Value::String(s.to_owned()))
                    .collect()
            } else {
                text.split(sep)
                    .map(|s| Value::String(s.trim().to_owned()))
                    .collect()
            };
            return Ok(Value::Array(items));
        }
        // numpy arrays (pandas and polars can give them).
        if !cell.is_instance_of::<PyList>() && cell.hasattr(pyo3::intern!(cell.py(), "tolist"))? {
            return py_to_json(&cell.call_method0("tolist")?, path);
        }
        py_to_json(cell, path)
    }

    /// The document object of `row` of a table with `columns`, at `path`
    /// in the document; returns it and the row's parent id.
    fn object(
        &mut self,
        columns: &[Col],
        row: &Row<'_>,
        path: &Pointer,
    ) -> Result<Map<String, Value>, ToJsonError> {
        let mut object = Map::new();
        for (c, col) in columns.iter().enumerate() {
            let To::Field(members) = col.to else {
                continue;
            };
            let cell = row.cell(c);
            let at = members.iter().fold(path.clone(), |p, m| p.key(m));
            let value = match col.kind {
                Kind::Text => self.text(cell, row.translations(c), &at)?,
                Kind::List => cell.map(|v| self.list(v, &at)).transpose()?,
                _ => cell.map(|v| py_to_json(v, &at)).transpose()?,
            };
            if let Some(value) = value {
                insert(&mut object, members, value);
            }
        }
        Ok(object)
    }
}

/// Sets `members` (a path of keys) of `object` to `value`, making the
/// objects on the way.
fn insert(object: &mut Map<String, Value>, members: &[&str], value: Value) {
    match members {
        [] => {}
        [last] => {
            object.insert((*last).to_owned(), value);
        }
        [first, rest @ ..] => {
            let inner = object
                .entry((*first).to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(inner) = inner {
                insert(inner, rest, value);
            }
        }
    }
}

/// Appends `value` to the list at `members` (a path of keys) of `object`,
/// making the objects and the list on the way.
fn push(object: &mut Map<String, Value>, members: &[&str], value: Value) {
    match members {
        [] => {}
        [last] => {
            if let Value::Array(list) = object
                .entry((*last).to_owned())
                .or_insert_with(|| Value::Array(Vec::new()))
            {
                list.push(value);
            }
        }
        [first, rest @ ..] => {
            if let Value::Object(inner) = object
                .entry((*first).to_owned())
                .or_insert_with(|| Value::Object(Map::new()))
            {
                push(inner, rest, value);
            }
        }
    }
}

/// The id in the first column of `table` (`id`, or the parent key) of a row.
fn key_of(row: &Row<'_>, c: usize) -> Option<String> {
    row.cell(c)?.extract::<String>().ok()
}

/// `Programme.from_records(tables)`: reads the tables (`records` output,
/// possibly edited, or DataFrames) into a programme and validates it.
pub(crate) fn from_records(
    py: Python<'_>,
    tables: &Bound<'_, PyAny>,
    options: &Options,
) -> PyResult<Programme> {
    let mut reader = Reader {
        options,
        issues: Vec::new(),
    };
    let Ok(mapping) = tables.downcast::<PyMapping>() else {
        return Err(PyTypeError::new_err(format!(
            "from_records takes a mapping of table name to rows (as {{t: p.records(t) for t in TABLES}}), not `{}`",
            tables.get_type().name()?
        )));
    };
    // Rows of each table, by name.
    let mut given: Vec<(&str, Vec<Row<'_>>)> = Vec::new();
    let mut names = Vec::new();
    for item in mapping.items()?.iter() {
        let (name, value): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item.extract()?;
        let Ok(name) = name.extract::<String>() else {
            return Err(PyTypeError::new_err(format!(
                "table names must be str, not `{}`",
                name.get_type().name()?
            )));
        };
        names.push((name, value));
    }
    for (name, value) in &names {
        let Some(spec) = find_spec(name) else {
            reader.issue(
                Code::UnknownField,
                &Pointer::root().key(name),
                format!(
                    "unknown table `{name}`; the tables are {}",
                    table_names().join(", ")
                ),
            );
            continue;
        };
        if matches!(spec.place, Place::Derived) {
            continue; // coverage: derived from the positions
        }
        let (table, columns) = (spec.name, spec.columns);
        let rows = reader.rows(table, value)?;
        let mut read = Vec::with_capacity(rows.len());
        for (i, row) in rows.iter().enumerate() {
            let path = Pointer::root().key(table).index(i);
            read.push(reader.row(columns, row, &path)?);
        }
        given.push((table, read));
    }
    let rows_of = |table: &str| given.iter().find(|(t, _)| *t == table).map(|(_, r)| r);

    let json = build_document(&mut reader, &rows_of).map_err(|e| e.into_pyerr(py))?;
    if !reader.issues.is_empty() {
        return Err(errors::validation_error(
            py,
            omvarld::Report::from_issues(reader.issues),
        ));
    }
    let programme = crate::programme::parse_programme(py, &json, &Pointer::root())?;
    let validation = crate::convert::options(None, "en")?;
    let report = py.allow_threads(|| programme.validate(&validation));
    if !report.valid() {
        return Err(errors::validation_error_in(py, report, &json));
    }
    Ok(programme)
}

fn build_document<'r, 'py: 'r>(
    reader: &mut Reader<'_>,
    rows_of: &dyn Fn(&str) -> Option<&'r Vec<Row<'py>>>,
) -> Result<Value, ToJsonError> {
    let mut doc = Map::new();
    let root = Pointer::root();

    // The programme's own members: one row.
    match rows_of("programme").map(Vec::as_slice) {
        Some([row]) => doc = reader.object(PROGRAMME, row, &root)?,
        Some(rows) => reader.issue(
            Code::Length,
            &root.key("programme"),
            format!(
                "the `programme` table must have exactly one row (the programme's id, title, organisation, …), not {}",
                rows.len()
            ),
        ),
        None => reader.issue(
            Code::Required,
            &root.key("programme"),
            "the tables have no `programme` table: one row with the programme's id, title, organisation, …"
                .to_owned(),
        ),
    }
    if !doc.contains_key("schema_version") {
        doc.insert(
            "schema_version".to_owned(),
            Value::from(omvarld::SCHEMA_VERSION),
        );
    }

    // Every other table, parents before children: one element per row,
    // with where it goes.
    let mut made: Vec<(&Spec, Vec<Made>)> = Vec::new();
    for spec in &SPECS {
        let elements = match spec.place {
            Place::Root | Place::Derived => continue,
            Place::List => {
                let mut out = Vec::new();
                for (i, row) in rows_of(spec.name).into_iter().flatten().enumerate() {
                    let path = root.key(spec.name).index(i);
                    let object = reader.object(spec.columns, row, &path)?;
                    out.push(Made {
                        keys: row_keys(spec.columns, row),
                        path,
                        parent: None,
                        value: Value::Object(object),
                    });
                }
                out
            }
            Place::Child {
                parent,
                members,
                value,
            } => {
                let parents = made
                    .iter()
                    .find(|(s, _)| s.name == parent)
                    .map_or(&[][..], |(_, m)| m.as_slice());
                children(reader, spec, rows_of, parent, parents, members, value)?
            }
        };
        made.push((spec, elements));
    }

    // Without a `targets` table, targets from the positions' columns.
    if rows_of("targets").is_none() {
        if let Some((_, positions)) = made.iter_mut().find(|(s, _)| s.name == "positions") {
            targets_from_positions(reader, rows_of, positions)?;
        }
    }

    // Children into their parents, deepest first (results into indicators
    // before the indicators go into their focus areas).
    for i in (0..made.len()).rev() {
        let Some((
            Spec {
                place: Place::Child {
                    parent, members, ..
                },
                ..
            },
            elements,
        )) = made.get_mut(i)
        else {
            continue;
        };
        let (parent, members, elements) = (*parent, *members, std::mem::take(elements));
        let Some((_, parents)) = made.iter_mut().find(|(s, _)| s.name == parent) else {
            continue;
        };
        for element in elements {
            let owner = element.parent.and_then(|k| parents.get_mut(k));
            if let Some(Made {
                value: Value::Object(owner),
                ..
            }) = owner
            {
                push(owner, members, element.value);
            }
        }
    }
    for (spec, elements) in made {
        // An empty table is an absent list (1.1's lists, such as `bodies`,
        // are never present and empty), unless the document requires it.
        let required = crate::convert::programme_requires(spec.name);
        if matches!(spec.place, Place::List) && (required || !elements.is_empty()) {
            let list = elements.into_iter().map(|m| m.value).collect();
            doc.insert(spec.name.to_owned(), Value::Array(list));
        }
    }
    Ok(Value::Object(doc))
}

/// The element one row of a table makes, on its way into the document.
struct Made {
    /// The keys other tables' rows name it by ([`key_columns`]), when it
    /// has them all.
    keys: Option<Vec<String>>,
    /// Its JSON Pointer in the document.
    path: Pointer,
    /// For a child: the index of its parent among the parent table's elements.
    parent: Option<usize>,
    value: Value,
}

/// The values of `row`'s key columns, when all are there.
fn row_keys(columns: &[Col], row: &Row<'_>) -> Option<Vec<String>> {
    key_columns(columns)
        .iter()
        .map(|name| {
            let c = columns.iter().position(|c| c.name == *name)?;
            key_of(row, c)
        })
        .collect()
}

/// The elements of a child table (`spec`, placed in the table `parent`,
/// whose elements are `parents`): each row's `Parent` columns name its
/// parent's keys.
fn children<'r, 'py: 'r>(
    reader: &mut Reader<'_>,
    spec: &Spec,
    rows_of: &dyn Fn(&str) -> Option<&'r Vec<Row<'py>>>,
    parent: &str,
    parents: &[Made],
    members: &[&str],
    value: Option<&str>,
) -> Result<Vec<Made>, ToJsonError> {
    let root = Pointer::root();
    let table = spec.name;
    let keys: Vec<(usize, &str)> = spec
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.to, To::Parent))
        .map(|(c, col)| (c, col.name))
        .collect();
    let parent_keys = find_spec(parent)
        .map(|s| key_columns(s.columns))
        .unwrap_or_default();
    let mut counts = vec![0usize; parents.len()];
    let mut out = Vec::new();
    'rows: for (r, row) in rows_of(table).into_iter().flatten().enumerate() {
        let mut wanted = Vec::with_capacity(keys.len());
        for &(c, key_name) in &keys {
            let key_path = root.key(table).index(r).key(key_name);
            let Some(cell) = row.cell(c) else {
                reader.issue(
                    Code::Required,
                    &key_path,
                    format!(
                        "a row of `{table}` needs `{key_name}`: it names its row in `{parent}`"
                    ),
                );
                continue 'rows;
            };
            let Some(id) = key_of(row, c) else {
                reader.issue(
                    Code::Type,
                    &key_path,
                    format!(
                        "`{key_name}` must be an id (a str) of a row in `{parent}`, not `{}`",
                        cell.get_type().name()?
                    ),
                );
                continue 'rows;
            };
            wanted.push(id);
        }
        let Some(k) = parents
            .iter()
            .position(|m| m.keys.as_deref() == Some(wanted.as_slice()))
        else {
            // Reported at the first key no parent has (for results: the
            // focus area, or the indicator within it).
            let known = (1..=wanted.len())
                .take_while(|n| {
                    parents.iter().any(|m| {
                        m.keys
                            .as_deref()
                            .is_some_and(|k| k.get(..*n) == wanted.get(..*n))
                    })
                })
                .count();
            let at = keys.get(known).or(keys.last()).map_or("", |(_, name)| name);
            let described = match (parent_keys.as_slice(), wanted.as_slice()) {
                ([_], [id]) => format!("the id `{id}`"),
                (names, values) => names
                    .iter()
                    .zip(values)
                    .map(|(n, v)| format!("{n} `{v}`"))
                    .collect::<Vec<_>>()
                    .join(" and "),
            };
            reader.issue(
                Code::UnknownReference,
                &root.key(table).index(r).key(at),
                format!("no row of `{parent}` has {described}"),
            );
            continue;
        };
        let (Some(count), Some(owner)) = (counts.get_mut(k), parents.get(k)) else {
            continue;
        };
        let path = members
            .iter()
            .fold(owner.path.clone(), |path, m| path.key(m))
            .index(*count);
        *count += 1;
        let mut object = reader.object(spec.columns, row, &path)?;
        let element = match value {
            None => Value::Object(object),
            Some(column) => match object.remove(column) {
                Some(v) => v,
                None => {
                    reader.issue(
                        Code::Required,
                        &root.key(table).index(r).key(column),
                        format!("a row of `{table}` needs `{column}`"),
                    );
                    continue;
                }
            },
        };
        out.push(Made {
            keys: row_keys(spec.columns, row),
            path,
            parent: Some(k),
            value: element,
        });
    }
    Ok(out)
}

/// Without a `targets` table, the targets of each position from its
/// `target_levels` and `target_bodies` columns (bodies as Swedish names).
fn targets_from_positions<'r, 'py: 'r>(
    reader: &mut Reader<'_>,
    rows_of: &dyn Fn(&str) -> Option<&'r Vec<Row<'py>>>,
    positions: &mut [Made],
) -> Result<(), ToJsonError> {
    let c = |name: &str| POSITIONS.iter().position(|c| c.name == name).unwrap_or(0);
    let (levels, bodies) = (c("target_levels"), c("target_bodies"));
    for (i, (row, object)) in rows_of("positions")
        .into_iter()
        .flatten()
        .zip(positions.iter_mut().map(|m| &mut m.value))
        .enumerate()
    {
        let path = Pointer::root().key("positions").index(i);
        let read = |c: usize, reader: &Reader<'_>| -> Result<Vec<Value>, ToJsonError> {
            let name = POSITIONS.get(c).map_or("", |c| c.name);
            match row.cell(c) {
                Some(cell) => match reader.list(cell, &path.key(name))? {
                    Value::Array(items) => Ok(items),
                    other => Ok(vec![other]),
                },
                None => Ok(Vec::new()),
            }
        };
        let (l, b) = (read(levels, reader)?, read(bodies, reader)?);
        if l.is_empty() && b.is_empty() {
            continue;
        }
        if l.len() != b.len() {
            reader.issue(
                Code::Length,
                &path.key("target_bodies"),
                format!(
                    "{} target levels but {} target bodies: give one body per level (or a `targets` table)",
                    l.len(),
                    b.len()
                ),
            );
            continue;
        }
        let targets = l
            .into_iter()
            .zip(b)
            .map(|(level, body)| {
                let mut t = Map::new();
                t.insert("level".to_owned(), level);
                let mut text = Map::new();
                text.insert("sv".to_owned(), body);
                t.insert("body".to_owned(), Value::Object(text));
                Value::Object(t)
            })
            .collect();
        if let Value::Object(o) = object {
            o.insert("targets".to_owned(), Value::Array(targets));
        }
    }
    Ok(())
}
