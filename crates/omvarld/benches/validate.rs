//! Parse + validate throughput against `serde_json::Value` on the same bytes.
//!
//! `cargo bench -p omvarld --features testing --bench validate` (add
//! `-- --quick` for a short run). Sizes: 1 000, 10 000 and 100 000 positions
//! (`OMVARLD_BENCH_MAX` caps the largest). Results: BENCHMARKS.md.
//!
//! The in-crate `serde_json_value` reference shares this build's serde_json
//! features (`float_roundtrip`, `unbounded_depth`). For a reference with
//! default features only, `OMVARLD_BENCH_WRITE=<dir>` writes the exact bytes
//! measured here to `<dir>/valid-<N>.json` and `<dir>/invalid-<N>.json` and
//! exits without timing anything (cargo runs benches in `crates/omvarld`, so
//! give an absolute path); `bench-baseline/` then times
//! `serde_json::from_slice::<Value>` on those files in its own build.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use omvarld::Options;
use serde_json::{json, Value};

/// A generated document with a handful of problems at the start, middle and
/// end of the positions: four structural (an unknown member, a bad id, a bad
/// status, a date that does not exist) and one semantic (an unknown focus
/// area), which the structural errors hide.
pub fn invalid_document(positions: usize) -> Vec<u8> {
    let mut doc: Value =
        serde_json::to_value(omvarld::testing::generate_1_0(positions, 1)).unwrap();
    let list = doc["positions"].as_array_mut().unwrap();
    let n = list.len();
    list[n / 2]["titel"] = json!({"sv": "fel nyckel"});
    list[n - 1]["id"] = json!("Inte-ett-id");
    list[0]["focus_areas"] = json!(["bostad"]);
    list[1]["status"] = json!("antagen");
    list[n / 3]["review_by"] = json!("2023-02-29");
    serde_json::to_vec_pretty(&doc).unwrap()
}

fn sizes() -> Vec<usize> {
    let max: usize = std::env::var("OMVARLD_BENCH_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    [1_000, 10_000, 100_000]
        .into_iter()
        .filter(|n| *n <= max)
        .collect()
}

/// The valid (1.0) and the invalid document with `n` positions, as benchmarked.
fn documents(n: usize) -> (Vec<u8>, Vec<u8>) {
    (
        omvarld::testing::generate_json_1_0(n, 1),
        invalid_document(n),
    )
}

/// Writes the benchmarked documents to `dir`, for `bench-baseline/`.
fn write_documents(dir: &std::path::Path) {
    std::fs::create_dir_all(dir).unwrap();
    for n in sizes() {
        let (valid, invalid) = documents(n);
        for (name, bytes) in [("valid", valid), ("invalid", invalid)] {
            let path = dir.join(format!("{name}-{n}.json"));
            std::fs::write(&path, &bytes).unwrap();
            println!("wrote {} ({} bytes)", path.display(), bytes.len());
        }
    }
}

fn throughput(c: &mut Criterion) {
    let options = Options::default();
    for n in sizes() {
        let (valid, invalid) = documents(n);
        let mut group = c.benchmark_group(format!("positions_{n}"));
        group.sample_size(if n >= 100_000 { 10 } else { 20 });
        group.throughput(Throughput::Bytes(valid.len() as u64));
        group.bench_function(BenchmarkId::new("serde_json_value", "valid"), |b| {
            b.iter(|| serde_json::from_slice::<Value>(&valid).unwrap());
        });
        group.bench_function(BenchmarkId::new("omvarld_validate", "valid"), |b| {
            b.iter(|| {
                let report = omvarld::validate(&valid, &options);
                assert!(report.valid());
                report
            });
        });
        // The same positions as a 1.1 document that uses every member 1.1
        // added: the cost per byte must be no higher than the 1.0 document's.
        let rich = omvarld::testing::generate_json(n, 1);
        group.throughput(Throughput::Bytes(rich.len() as u64));
        group.bench_function(BenchmarkId::new("omvarld_validate", "valid-1.1"), |b| {
            b.iter(|| {
                let report = omvarld::validate(&rich, &options);
                assert!(report.valid());
                report
            });
        });
        group.throughput(Throughput::Bytes(invalid.len() as u64));
        group.bench_function(BenchmarkId::new("serde_json_value", "invalid"), |b| {
            b.iter(|| serde_json::from_slice::<Value>(&invalid).unwrap());
        });
        group.bench_function(BenchmarkId::new("omvarld_validate", "invalid"), |b| {
            b.iter(|| {
                let report = omvarld::validate(&invalid, &options);
                assert_eq!(report.errors.len(), 4, "{report}");
                report
            });
        });
        group.finish();
    }
}

criterion_group!(benches, throughput);

// `criterion_main!` plus the `OMVARLD_BENCH_WRITE` mode.
fn main() {
    if let Some(dir) = std::env::var_os("OMVARLD_BENCH_WRITE") {
        write_documents(std::path::Path::new(&dir));
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
