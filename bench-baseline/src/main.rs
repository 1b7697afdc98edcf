//! Times `serde_json::from_slice::<serde_json::Value>` on the documents the
//! criterion bench `crates/omvarld/benches/validate.rs` measures, in a build
//! where serde_json has its default features only.
//!
//! ```sh
//! OMVARLD_BENCH_WRITE="$PWD/target/bench-docs" cargo bench -p omvarld --features testing --bench validate
//! cargo run --release --manifest-path bench-baseline/Cargo.toml -- target/bench-docs
//! ```
//!
//! For each `valid-<N>.json` and `invalid-<N>.json` in the directory (N
//! ascending): one warm-up parse, then at least `MIN_SAMPLES` timed parses
//! and at least `MIN_SECONDS` seconds. Each sample is one parse plus the drop
//! of the `Value`, as criterion's `Bencher::iter` drops the routine's output
//! inside the timed loop. Prints the median and the best sample in MiB/s
//! (MiB = 2^20 bytes, as criterion).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const MIN_SAMPLES: usize = 10;
const MIN_SECONDS: f64 = 5.0;

fn mib_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / (1024.0 * 1024.0) / time.as_secs_f64()
}

/// `(N, kind, path)` for every benchmark document in `dir`, by N then kind.
fn documents(dir: &Path) -> std::io::Result<Vec<(usize, &'static str, PathBuf)>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(stem) = name.strip_suffix(".json") else {
            continue;
        };
        for kind in ["valid", "invalid"] {
            if let Some(n) = stem
                .strip_prefix(kind)
                .and_then(|rest| rest.strip_prefix('-'))
                .and_then(|n| n.parse().ok())
            {
                found.push((n, kind, path.clone()));
            }
        }
    }
    found.sort_by_key(|(n, kind, _)| (*n, *kind != "valid"));
    Ok(found)
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/bench-docs".to_owned());
    let docs = match documents(Path::new(&dir)) {
        Ok(docs) if !docs.is_empty() => docs,
        Ok(_) => {
            eprintln!("bench-baseline: no valid-<N>.json or invalid-<N>.json in {dir}");
            std::process::exit(2);
        }
        Err(e) => {
            eprintln!("bench-baseline: {dir}: {e}");
            std::process::exit(2);
        }
    };
    println!("serde_json::from_slice::<Value> (default features), parse + drop per sample");
    println!(
        "{:>9} {:>8} {:>12} {:>8} {:>14} {:>14}",
        "positions", "document", "bytes", "samples", "median MiB/s", "best MiB/s"
    );
    for (n, kind, path) in docs {
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("bench-baseline: {}: {e}", path.display());
                std::process::exit(2);
            }
        };
        // Warm-up, and a check that the file is the document we expect.
        match serde_json::from_slice::<serde_json::Value>(&bytes) {
            Ok(value) => {
                let count = value
                    .get("positions")
                    .and_then(|p| p.as_array())
                    .map(Vec::len);
                if count != Some(n) {
                    eprintln!(
                        "bench-baseline: {}: {count:?} positions, expected {n}",
                        path.display()
                    );
                    std::process::exit(2);
                }
            }
            Err(e) => {
                eprintln!("bench-baseline: {}: {e}", path.display());
                std::process::exit(2);
            }
        }
        let mut samples = Vec::new();
        let started = Instant::now();
        while samples.len() < MIN_SAMPLES || started.elapsed().as_secs_f64() < MIN_SECONDS {
            let start = Instant::now();
            let value = serde_json::from_slice::<serde_json::Value>(black_box(&bytes));
            drop(black_box(value));
            samples.push(start.elapsed());
        }
        samples.sort();
        let median = samples[samples.len() / 2];
        let best = samples[0];
        println!(
            "{n:>9} {kind:>8} {:>12} {:>8} {:>14.1} {:>14.1}",
            bytes.len(),
            samples.len(),
            mib_per_s(bytes.len(), median),
            mib_per_s(bytes.len(), best)
        );
    }
}
