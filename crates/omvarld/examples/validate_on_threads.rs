//! Validates many files in parallel on the standard library's threads:
//! `cargo run --release -p omvarld --example validate_on_threads -- FILE…`.
//! Without files it validates a few documents it writes to a temporary
//! directory. Prints one line per file, in the order given, and exits 1 when
//! a file is invalid, 2 when one cannot be read.
//!
//! The validator keeps no global state: every call takes its input and its
//! [`Options`] and returns its own [`Report`], and `Options`, `Report` and
//! `Programme` are `Send + Sync`, so threads share the options by reference
//! and hand their reports back.

use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use omvarld::{Options, Programme, Report};

/// What crosses threads here; a compiler error if that ever changes.
const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Options>();
    send_sync::<Report>();
    send_sync::<Programme>();
};

fn main() -> ExitCode {
    let mut files: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if files.is_empty() {
        match demo_files() {
            Ok(demo) => files = demo,
            Err(e) => {
                eprintln!("validate_on_threads: cannot write the demo files: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let options = Options::default();
    let results = validate_all(&files, &options);

    let mut worst = 0;
    for (path, result) in files.iter().zip(&results) {
        match result {
            Ok(report) if report.valid() => println!("{}: valid", path.display()),
            Ok(report) => {
                worst = worst.max(1);
                println!("{}: {} error(s)", path.display(), report.errors.len());
                for issue in report.errors.iter().take(3) {
                    println!("  {issue}");
                }
            }
            Err(e) => {
                worst = 2;
                println!("{}: cannot be read: {e}", path.display());
            }
        }
    }
    ExitCode::from(worst)
}

/// Validates every file on as many threads as the machine has cores; the
/// results come back in the order of `files`.
fn validate_all(files: &[PathBuf], options: &Options) -> Vec<std::io::Result<Report>> {
    let threads = thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .min(files.len())
        .max(1);
    // Each thread takes the next file until none is left, so one big file
    // does not hold up the others.
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, std::io::Result<Report>)> = thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = files.get(i) else { break };
                        mine.push((i, omvarld::validate_file(path, options)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            // The closure does not panic; a panic would be a bug worth seeing.
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e))
            })
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, result)| result).collect()
}

/// A few documents in a temporary directory: valid ones and one of each
/// kind of trouble.
fn demo_files() -> std::io::Result<Vec<PathBuf>> {
    let dir = std::env::temp_dir().join("omvarld-validate-on-threads");
    std::fs::create_dir_all(&dir)?;
    let write = |name: &str, bytes: &[u8]| -> std::io::Result<PathBuf> {
        let path = dir.join(name);
        std::fs::write(&path, bytes)?;
        Ok(path)
    };
    let malmo = serde_json::to_vec_pretty(&omvarld::malmo()).map_err(std::io::Error::other)?;
    let mut files = Vec::new();
    for i in 0..8 {
        files.push(write(&format!("malmo-{i}.json"), &malmo)?);
    }
    files.push(write(
        "broken.json",
        b"{\n  \"schema_version\": \"1.1\",\n  \"id\": \"Malmo\"\n}\n",
    )?);
    files.push(Path::new(&dir).join("missing.json"));
    Ok(files)
}
