//! `omvarld.Coverage`: the focus area × contribution aim matrix.

use omvarld::Coverage;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

/// The focus area × contribution aim matrix of adopted and active positions
/// (computed by the core, as for the command line's report). An immutable
/// value: its labels, counts and totals read as tuples.
#[pyclass(module = "omvarld", name = "Coverage", frozen)]
pub(crate) struct PyCoverage {
    pub(crate) inner: Coverage,
}

fn ids<'py>(py: Python<'py>, ids: &[omvarld::Id]) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(py, ids.iter().map(omvarld::Id::as_str))
}

#[pymethods]
impl PyCoverage {
    /// Row labels: focus area ids in programme order.
    #[getter]
    fn focus_areas<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        ids(py, &self.inner.focus_areas)
    }

    /// Column labels: contribution aim ids in programme order.
    #[getter]
    fn contribution_aims<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        ids(py, &self.inner.contribution_aims)
    }

    /// `counts[row][column]`: adopted or active positions naming both.
    #[getter]
    fn counts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let rows = self
            .inner
            .counts
            .iter()
            .map(|row| PyTuple::new(py, row))
            .collect::<PyResult<Vec<_>>>()?;
        PyTuple::new(py, rows)
    }

    /// Positions in force naming each focus area.
    #[getter]
    fn area_totals<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.inner.area_totals)
    }

    /// Positions in force naming each aim.
    #[getter]
    fn aim_totals<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.inner.aim_totals)
    }

    /// The largest count (0 for an empty matrix).
    fn max(&self) -> usize {
        self.inner.max()
    }

    /// Every cell as `{"focus_area", "contribution_aim", "positions"}`, row by row.
    fn records<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        for cell in self.inner.cells() {
            let d = PyDict::new(py);
            d.set_item("focus_area", cell.focus_area.as_str())?;
            d.set_item("contribution_aim", cell.contribution_aim.as_str())?;
            d.set_item("positions", cell.positions)?;
            list.append(d)?;
        }
        Ok(list)
    }

    /// The matrix as a `pandas.DataFrame` (focus areas × aims; needs pandas).
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("omvarld._pandas")?
            .call_method1("coverage_to_pandas", (slf,))
    }

    fn __repr__(&self) -> String {
        format!(
            "Coverage(focus_areas={}, contribution_aims={}, max={})",
            self.inner.focus_areas.len(),
            self.inner.contribution_aims.len(),
            self.inner.max()
        )
    }
}
