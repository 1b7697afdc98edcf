//! Python binding of omvarld (module `omvarld._omvarld`, re-exported by the
//! pure-Python package `omvarld`). Thin: every rule lives in the core crate.

mod command;
mod convert;
mod coverage;
mod diff;
mod errors;
mod follow_up;
mod functions;
mod kolada;
mod model;
mod programme;
mod pyser;
mod records;
mod report;
mod tables;
mod text;

use pyo3::prelude::*;

/// The native module.
#[pymodule]
fn _omvarld(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("SCHEMA_VERSION", omvarld::SCHEMA_VERSION)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("SCHEMA_VERSIONS", functions::schema_versions(m.py())?)?;
    m.add("TABLES", records::table_names())?;
    m.add_function(wrap_pyfunction!(functions::load, m)?)?;
    m.add_function(wrap_pyfunction!(functions::loads, m)?)?;
    m.add_function(wrap_pyfunction!(functions::validate, m)?)?;
    m.add_function(wrap_pyfunction!(functions::validate_file, m)?)?;
    m.add_function(wrap_pyfunction!(functions::codes, m)?)?;
    m.add_function(wrap_pyfunction!(functions::explain, m)?)?;
    m.add_function(wrap_pyfunction!(functions::table, m)?)?;
    m.add_function(wrap_pyfunction!(functions::malmo, m)?)?;
    m.add_function(wrap_pyfunction!(functions::json_schema, m)?)?;
    m.add_function(wrap_pyfunction!(functions::upgrade, m)?)?;
    m.add_function(wrap_pyfunction!(functions::suggest_id, m)?)?;
    m.add_function(wrap_pyfunction!(command::run_command, m)?)?;
    m.add_class::<programme::PyProgramme>()?;
    m.add_class::<report::PyReport>()?;
    m.add_class::<report::PyIssue>()?;
    m.add_class::<coverage::PyCoverage>()?;
    m.add_class::<kolada::PyKoladaResult>()?;
    m.add_function(wrap_pyfunction!(tables::read_excel, m)?)?;
    m.add_function(wrap_pyfunction!(tables::read_csv, m)?)?;
    m.add_class::<tables::PyImported>()?;
    m.add_class::<diff::PyDiff>()?;
    m.add_class::<diff::PyChange>()?;
    model::register(m)?;
    Ok(())
}
