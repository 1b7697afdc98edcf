//! `omvarld schema [--out DIR] [--check]`: the published JSON Schemas.

use std::io::ErrorKind;

use omvarld::schema::{schema_file, SCHEMA_NAMES};

use crate::cli::SchemaArgs;
use crate::input::describe;
use crate::{complain, Status};

/// Writes every published schema into the directory, or with `--check`
/// compares the directory's files with them byte for byte.
pub(crate) fn run(args: &SchemaArgs) -> Status {
    let dir = &args.out;
    if !args.check {
        if let Err(e) = std::fs::create_dir_all(dir) {
            complain(format!("cannot create {}: {}", dir.display(), describe(&e)));
            return Status::Failure;
        }
    }
    let mut stale = Vec::new();
    for name in SCHEMA_NAMES {
        let Some(text) = schema_file(name) else {
            complain(format!("no built-in schema named {name}"));
            return Status::Failure;
        };
        let path = dir.join(format!("{name}.schema.json"));
        if args.check {
            match std::fs::read(&path) {
                Ok(bytes) if bytes == text.as_bytes() => {}
                Ok(_) => stale.push(format!(
                    "{} differs from the schema of omvarld {}",
                    path.display(),
                    env!("CARGO_PKG_VERSION")
                )),
                Err(e) if e.kind() == ErrorKind::NotFound => {
                    stale.push(format!("{} is missing", path.display()))
                }
                Err(e) => {
                    complain(format!("cannot read {}: {}", path.display(), describe(&e)));
                    return Status::Failure;
                }
            }
        } else if let Err(e) = std::fs::write(&path, text) {
            complain(format!("cannot write {}: {}", path.display(), describe(&e)));
            return Status::Failure;
        } else {
            println!("wrote {}", path.display());
        }
    }
    if stale.is_empty() {
        if args.check {
            println!(
                "{} schemas in {} match omvarld {}",
                SCHEMA_NAMES.len(),
                dir.display(),
                env!("CARGO_PKG_VERSION")
            );
        }
        Status::Ok
    } else {
        for line in &stale {
            eprintln!("omvarld: {line}");
        }
        eprintln!(
            "omvarld: run `omvarld schema --out {}` to update them",
            dir.display()
        );
        Status::Invalid
    }
}
