//! `Programme.records(table)`: flat dicts for pandas, built in Rust.
//!
//! Texts become their Swedish value (`title`) plus an English column
//! (`title_en`, `None` when missing); dates are `datetime.date`; lists of ids
//! stay lists of strings.

use omvarld::model::LimitedText;
use omvarld::Programme;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

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

struct Row<'py>(Bound<'py, PyDict>);

impl<'py> Row<'py> {
    fn new(py: Python<'py>) -> Self {
        Row(PyDict::new(py))
    }
    fn set(&self, key: &str, value: &impl ToPython) -> PyResult<()> {
        self.0.set_item(key, value.to_python(self.0.py())?)
    }
    fn text<const N: usize>(&self, key: &str, text: Option<&LimitedText<N>>) -> PyResult<()> {
        self.0.set_item(key, text.map(LimitedText::sv))?;
        self.0
            .set_item(format!("{key}_en"), text.and_then(LimitedText::en))
    }
    fn raw(&self, key: &str, value: impl IntoPyObject<'py>) -> PyResult<()> {
        self.0.set_item(key, value)
    }
}

/// The rows of `table`.
pub(crate) fn records<'py>(
    py: Python<'py>,
    p: &Programme,
    table: &str,
) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    match table {
        "focus_areas" => {
            for f in &p.focus_areas {
                let r = Row::new(py);
                r.set("id", &f.id)?;
                r.set("number", &f.number)?;
                r.text("title", Some(&f.title))?;
                r.text("direction_goal", Some(&f.direction_goal.statement))?;
                r.text("description", f.description.as_ref())?;
                r.raw("indicators", f.direction_goal.indicators.len())?;
                r.raw("positions", p.positions_for(f.id.as_str()).count())?;
                list.append(r.0)?;
            }
        }
        "contribution_aims" => {
            for a in &p.contribution_aims {
                let r = Row::new(py);
                r.set("id", &a.id)?;
                r.text("title", Some(&a.title))?;
                r.text("description", a.description.as_ref())?;
                list.append(r.0)?;
            }
        }
        "arenas" => {
            for a in &p.arenas {
                let r = Row::new(py);
                r.set("id", &a.id)?;
                r.text("name", Some(&a.name))?;
                r.set("level", &a.level)?;
                r.set("kind", &a.kind)?;
                r.text("description", a.description.as_ref())?;
                list.append(r.0)?;
            }
        }
        "positions" => {
            for x in &p.positions {
                let r = Row::new(py);
                r.set("id", &x.id)?;
                r.text("title", Some(&x.title))?;
                r.text("statement", Some(&x.statement))?;
                r.set("status", &x.status)?;
                r.set("priority", &x.priority)?;
                r.set("owner", &x.owner)?;
                r.set("adopted", &x.adopted)?;
                r.set("review_by", &x.review_by)?;
                r.set("focus_areas", &x.focus_areas)?;
                r.set("contribution_aims", &x.contribution_aims)?;
                r.set("arenas", &x.arenas)?;
                let levels: Vec<&str> = x.targets.iter().map(|t| t.level.as_str()).collect();
                r.raw("target_levels", levels)?;
                let bodies: Vec<&str> = x.targets.iter().map(|t| t.body.sv()).collect();
                r.raw("target_bodies", bodies)?;
                r.text("rationale", x.rationale.as_ref())?;
                list.append(r.0)?;
            }
        }
        "targets" => {
            for x in &p.positions {
                for t in &x.targets {
                    let r = Row::new(py);
                    r.set("position", &x.id)?;
                    r.set("level", &t.level)?;
                    r.text("body", Some(&t.body))?;
                    list.append(r.0)?;
                }
            }
        }
        "activities" => {
            for a in &p.activities {
                let r = Row::new(py);
                r.set("id", &a.id)?;
                r.text("title", Some(&a.title))?;
                r.set("starts", &a.starts)?;
                r.set("ends", &a.ends)?;
                r.set("arena", &a.arena)?;
                r.set("positions", &a.positions)?;
                r.text("description", a.description.as_ref())?;
                list.append(r.0)?;
            }
        }
        "publications" => {
            for x in &p.publications {
                let r = Row::new(py);
                r.set("id", &x.id)?;
                r.text("title", Some(&x.title))?;
                r.set("published", &x.published)?;
                r.set("url", &x.url)?;
                r.set("positions", &x.positions)?;
                list.append(r.0)?;
            }
        }
        "indicators" => {
            for f in &p.focus_areas {
                for i in &f.direction_goal.indicators {
                    let r = Row::new(py);
                    r.set("focus_area", &f.id)?;
                    r.set("id", &i.id)?;
                    r.text("name", Some(&i.name))?;
                    r.set("unit", &i.unit)?;
                    r.set("kolada_kpi", &i.kolada_kpi)?;
                    r.raw("baseline_year", i.baseline.as_ref().map(|m| m.year.get()))?;
                    r.raw("baseline_value", i.baseline.as_ref().map(|m| m.value))?;
                    r.raw("target_year", i.target.as_ref().map(|m| m.year.get()))?;
                    r.raw("target_value", i.target.as_ref().map(|m| m.value))?;
                    list.append(r.0)?;
                }
            }
        }
        "coverage" => {
            for cell in p.coverage().cells() {
                let r = Row::new(py);
                r.set("focus_area", cell.focus_area)?;
                r.set("contribution_aim", cell.contribution_aim)?;
                r.raw("positions", cell.positions)?;
                list.append(r.0)?;
            }
        }
        other => {
            return Err(PyValueError::new_err(format!(
                "no table {other:?}; known: {}",
                TABLES.join(", ")
            )))
        }
    }
    Ok(list)
}
