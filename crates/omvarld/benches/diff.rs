//! `omvarld diff` against validating both documents, and its growth with size.
//!
//! `cargo bench -p omvarld --features testing --bench diff` (add `-- --quick`
//! for a short run). Two generated 1.1 documents of 10 000 and 100 000
//! positions (`OMVARLD_BENCH_MAX` caps the largest): the new one has 1 % of
//! the positions with another status, 1 % retitled, 0.1 % removed and as
//! many added, two focus areas swapped and renumbered. Measured: what the
//! command does (`diff_documents`: validate both side by side, take both
//! as JSON, walk), the walk alone on parsed values, and validating both, one
//! after the other and side by side. Results:
//! BENCHMARKS.md.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use omvarld::Options;
use serde_json::{json, Value};

/// The new version of the generated document `old`.
fn revise(old: &[u8]) -> Vec<u8> {
    let mut doc: Value = serde_json::from_slice(old).unwrap();
    let positions = doc["positions"].as_array_mut().unwrap();
    let n = positions.len();
    for (k, p) in positions.iter_mut().enumerate() {
        if k % 100 == 0 {
            p["status"] = json!(if p["status"] == "achieved" {
                "active"
            } else {
                "achieved"
            });
        }
        if k % 100 == 50 {
            p["title"]["sv"] = json!(format!("Reviderad ståndpunkt {k}"));
        }
    }
    let mut k = 0;
    positions.retain(|_| {
        k += 1;
        k % 1000 != 0
    });
    for k in 0..n / 1000 {
        let mut copy = positions[k].clone();
        copy["id"] = json!(format!("ny-standpunkt-{k}"));
        positions.push(copy);
    }
    let areas = doc["focus_areas"].as_array_mut().unwrap();
    areas.swap(0, 1);
    for (k, area) in areas.iter_mut().enumerate() {
        area["number"] = json!(k + 1);
    }
    serde_json::to_vec_pretty(&doc).unwrap()
}

fn sizes() -> Vec<usize> {
    let max: usize = std::env::var("OMVARLD_BENCH_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    [10_000, 100_000]
        .into_iter()
        .filter(|n| *n <= max)
        .collect()
}

fn diff(c: &mut Criterion) {
    let options = Options::default();
    for n in sizes() {
        let old = omvarld::testing::generate_json(n, 1);
        let new = revise(&old);
        let mut group = c.benchmark_group(format!("diff_{n}"));
        group.sample_size(10);
        group.throughput(Throughput::Bytes((old.len() + new.len()) as u64));
        group.bench_function(BenchmarkId::new("validate_both", n), |b| {
            b.iter(|| {
                let a = omvarld::validate(&old, &options);
                let b = omvarld::validate(&new, &options);
                assert!(a.valid() && b.valid());
                (a, b)
            });
        });
        // As `omvarld validate OLD NEW` does: one file per core.
        group.bench_function(BenchmarkId::new("validate_both_in_parallel", n), |b| {
            b.iter(|| {
                std::thread::scope(|scope| {
                    let later = scope.spawn(|| omvarld::validate(&new, &options));
                    let a = omvarld::validate(&old, &options);
                    let b = later.join().unwrap();
                    assert!(a.valid() && b.valid());
                    (a, b)
                })
            });
        });
        group.bench_function(BenchmarkId::new("diff_documents", n), |b| {
            b.iter(|| {
                let diff = omvarld::diff::diff_documents(&old, &new, &options);
                assert!(diff.valid() && !diff.is_empty());
                diff
            });
        });
        let (a, b): (Value, Value) = (
            serde_json::from_slice(&old).unwrap(),
            serde_json::from_slice(&new).unwrap(),
        );
        group.bench_function(BenchmarkId::new("diff_values", n), |bench| {
            bench.iter(|| omvarld::diff::diff_values(&a, &b));
        });
        group.finish();
    }
}

criterion_group!(benches, diff);
criterion_main!(benches);
