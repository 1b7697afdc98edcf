//! Large generated programmes through xlsx and CSV: the round trip holds.
//! Ignored by default (slow in debug builds); `cargo test --release -p
//! omvarld-tables --test big -- --ignored --nocapture` also prints the
//! times. Targets are checked in BENCHMARKS.md, not by timed tests.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::time::Instant;

use omvarld::{Lang, Options};

/// Seconds to export and to import `positions` generated positions.
fn times(positions: usize) -> (f64, f64, f64, f64) {
    let programme = omvarld::testing::generate(positions, 7);
    let start = Instant::now();
    let xlsx = omvarld_tables::to_xlsx(&programme, Lang::Sv).unwrap();
    let xlsx_export = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let imported = omvarld_tables::read_xlsx(&xlsx, &Options::default()).unwrap();
    let xlsx_import = start.elapsed().as_secs_f64();
    assert!(
        imported.programme.as_ref() == Some(&programme),
        "xlsx: {}",
        imported.report
    );
    let start = Instant::now();
    let files = common::csv_files(&programme, Lang::Sv);
    let csv_export = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let imported = common::import_csv(&files);
    let csv_import = start.elapsed().as_secs_f64();
    assert!(
        imported.programme.as_ref() == Some(&programme),
        "csv: {}",
        imported.report
    );
    println!(
        "{positions} positions: xlsx {} bytes, export {xlsx_export:.2} s, import {xlsx_import:.2} s; csv export {csv_export:.2} s, import {csv_import:.2} s",
        xlsx.len()
    );
    (xlsx_export, xlsx_import, csv_export, csv_import)
}

#[test]
#[ignore = "slow: run with --release -- --ignored"]
fn large_programmes_round_trip() {
    for positions in [1_000, 10_000] {
        times(positions);
    }
}
