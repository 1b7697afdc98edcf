//! One module per command.

pub(crate) mod diff;
pub(crate) mod explain;
pub(crate) mod init;
pub(crate) mod kolada;
pub(crate) mod report;
pub(crate) mod schema;
pub(crate) mod tables;
pub(crate) mod upgrade;
pub(crate) mod validate;
