//! `omvarld schema [--version V] [--out DIR] [--check]`: the published JSON
//! Schemas of one version of the standard.

use std::io::ErrorKind;
use std::path::PathBuf;

use omvarld::schema::{schema_file_in, SCHEMA_NAMES};

use crate::cli::SchemaArgs;
use crate::input::describe;
use crate::{complain, Status};

/// Writes every published schema of the version into the directory (by
/// default `schemas/VERSION`, the published layout), or with `--check`
/// compares the directory's files with them byte for byte. The 1.0 files
/// are the published bytes, which never change.
pub(crate) fn run(args: &SchemaArgs) -> Status {
    let version = args.version;
    let dir = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from("schemas").join(version.as_str()));
    let dir = &dir;
    if !args.check {
        if let Err(e) = std::fs::create_dir_all(dir) {
            complain(format!("cannot create {}: {}", dir.display(), describe(&e)));
            return Status::Failure;
        }
    }
    let mut stale = Vec::new();
    for name in SCHEMA_NAMES {
        let Some(text) = schema_file_in(name, version) else {
            complain(format!("no built-in {version} schema named {name}"));
            return Status::Failure;
        };
        let path = dir.join(format!("{name}.schema.json"));
        if args.check {
            match std::fs::read(&path) {
                Ok(bytes) if bytes == text.as_bytes() => {}
                Ok(_) => stale.push(format!(
                    "{} differs from the {version} schema of omvarld {}",
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
        } else if let Err(e) = std::fs::write(&path, text.as_bytes()) {
            complain(format!("cannot write {}: {}", path.display(), describe(&e)));
            return Status::Failure;
        } else {
            println!("wrote {}", path.display());
        }
    }
    if stale.is_empty() {
        if args.check {
            println!(
                "{} schemas of standard {version} in {} match omvarld {}",
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
            "omvarld: run `omvarld schema --version {version} --out {}` to update them",
            dir.display()
        );
        Status::Invalid
    }
}
