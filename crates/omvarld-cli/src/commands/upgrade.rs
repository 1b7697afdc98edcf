//! `omvarld upgrade FILE [--out FILE]`: a valid document as the newest
//! version of the standard.
//!
//! Standard output carries only the upgraded document, so `omvarld upgrade
//! a.json > b.json` can never put a report into `b.json`: the report of an
//! invalid document goes to standard error, as text lines like `validate`
//! writes them or, with `--format json`, the report object.

use std::io::Write as _;

use omvarld::{Options, Report, SchemaVersion};

use crate::cli::{UpgradeArgs, ValidateFormat};
use crate::render::text;
use crate::{complain, input, output, Status};

/// Writes the upgraded document (exactly the bytes the core returns) to
/// `--out` or standard output and returns 0; for an invalid document writes
/// nothing but its report and returns 1; 2 on an I/O error.
pub(crate) fn run(args: &UpgradeArgs) -> Status {
    let bytes = match input::read(&args.file) {
        Ok(bytes) => bytes,
        Err(message) => {
            complain(message);
            return Status::Failure;
        }
    };
    let name = input::display_name(&args.file);
    match omvarld::upgrade_with(&bytes, &Options::new().lang(args.lang)) {
        Ok(upgraded) => {
            if let Err(message) = output::emit(args.out.as_deref(), &upgraded) {
                complain(message);
                return Status::Failure;
            }
            if let Some(out) = &args.out {
                let latest = SchemaVersion::LATEST;
                if upgraded == bytes {
                    println!(
                        "{name} is already standard {latest}: wrote it unchanged to {}",
                        out.display()
                    );
                } else {
                    println!(
                        "upgraded {name} to standard {latest}: wrote {}",
                        out.display()
                    );
                }
            }
            Status::Ok
        }
        Err(invalid) => match write_report(&name, invalid.report(), args) {
            Ok(()) => Status::Invalid,
            Err(e) => {
                complain(format!(
                    "cannot write to standard error: {}",
                    input::describe(&e)
                ));
                Status::Failure
            }
        },
    }
}

/// The report of a document that was not upgraded, on standard error.
fn write_report(name: &str, report: &Report, args: &UpgradeArgs) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
    match args.format {
        ValidateFormat::Text => {
            let colour = output::colour_stderr();
            for issue in report.issues() {
                writeln!(err, "{}", text::issue_line(name, issue, colour))?;
            }
            writeln!(
                err,
                "{}",
                text::file_summary(name, report, args.lang, colour)
            )?;
            writeln!(err, "omvarld: {name} is not valid, so it was not upgraded")
        }
        ValidateFormat::Json => {
            serde_json::to_writer_pretty(&mut err, report)?;
            writeln!(err)
        }
    }
}
