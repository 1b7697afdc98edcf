//! `Programme.follow_up(as_of)`: the follow-up figures of the core's
//! [`omvarld::progress`] as plain dicts, the same figures the command's
//! `report --follow-up` shows. Thin: nothing is computed here.

use omvarld::progress::YearValue;
use omvarld::{Date, Programme};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::convert::date_to_py;

/// `{"as_of", "indicators": [...], "positions": [...]}`, one flat dict per
/// indicator and per position, in the document's order.
pub(crate) fn follow_up<'py>(
    py: Python<'py>,
    programme: &Programme,
    as_of: Option<Date>,
) -> PyResult<Bound<'py, PyDict>> {
    let date = |d: Option<Date>| -> PyResult<Bound<'py, PyAny>> {
        match d {
            Some(d) => date_to_py(py, d),
            None => Ok(py.None().into_bound(py)),
        }
    };
    let indicators = PyList::empty(py);
    for (area, p) in programme.indicator_progress() {
        let row = PyDict::new(py);
        row.set_item("focus_area", area.id.as_str())?;
        row.set_item("indicator", p.indicator.id.as_str())?;
        row.set_item("direction", p.indicator.direction.map(|d| d.as_str()))?;
        for (name, figure) in [
            ("baseline", p.baseline),
            ("previous", p.previous),
            ("latest", p.latest),
            ("target", p.target),
        ] {
            let (year, value) = figure.map(|v: YearValue| (v.year.get(), v.value)).unzip();
            row.set_item(format!("{name}_year"), year)?;
            row.set_item(format!("{name}_value"), value)?;
        }
        row.set_item("change", p.change)?;
        row.set_item("movement", p.movement.map(|m| m.as_str()))?;
        row.set_item("to_target", p.to_target)?;
        row.set_item("gap_left", p.gap_left)?;
        row.set_item("target_reached", p.target_reached)?;
        indicators.append(row)?;
    }
    let positions = PyList::empty(py);
    for p in programme.position_progress(as_of) {
        let row = PyDict::new(py);
        row.set_item("position", p.position.id.as_str())?;
        row.set_item("status", p.position.status.as_str())?;
        row.set_item("last_follow_up", date(p.last_follow_up.map(|f| f.date))?)?;
        row.set_item("days_since_follow_up", p.days_since_follow_up)?;
        row.set_item("months_since_follow_up", p.months_since_follow_up)?;
        row.set_item("review_by", date(p.position.review_by)?)?;
        row.set_item("review_overdue", p.review_overdue.is_some())?;
        row.set_item("days_overdue", p.days_overdue)?;
        positions.append(row)?;
    }
    let out = PyDict::new(py);
    out.set_item("as_of", date(as_of)?)?;
    out.set_item("indicators", indicators)?;
    out.set_item("positions", positions)?;
    Ok(out)
}
