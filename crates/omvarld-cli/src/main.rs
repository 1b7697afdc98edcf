//! The `omvarld` command: validate programme documents, upgrade them to the
//! newest standard, summarise a programme as Markdown or HTML, write the
//! published schemas, explain a validation code and start a new document.
//!
//! Exit status: 0 valid, 1 invalid (or warnings under `--deny-warnings`),
//! 2 usage or I/O error (with a one-line message on standard error).

mod cli;
mod commands;
mod escape;
mod input;
mod output;
mod parallel;
mod render;
mod today;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};

/// How a command ended; the process exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    /// Everything valid (0).
    Ok,
    /// A document is invalid, a warning was denied, or a schema differs (1).
    Invalid,
    /// Usage or I/O error (2).
    Failure,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> Self {
        match status {
            Status::Ok => ExitCode::SUCCESS,
            Status::Invalid => ExitCode::from(1),
            Status::Failure => ExitCode::from(2),
        }
    }
}

/// Prints a one-line error message on standard error.
pub(crate) fn complain(message: impl std::fmt::Display) {
    eprintln!("omvarld: error: {message}");
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Validate(args) => commands::validate::run(&args),
        Command::Upgrade(args) => commands::upgrade::run(&args),
        Command::Report(args) => commands::report::run(&args),
        Command::Schema(args) => commands::schema::run(&args),
        Command::Explain(args) => commands::explain::run(&args),
        Command::Export(args) => commands::tables::export(&args),
        Command::Import(args) => commands::tables::import(&args),
        Command::Init(args) => commands::init::run(&args),
    };
    status.into()
}
