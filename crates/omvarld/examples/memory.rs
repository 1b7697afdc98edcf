//! Measures memory: the parsed model held against the input size, and the
//! peak of `validate_file`, with a counting allocator (exact heap bytes).
//!
//! `cargo run --release -p omvarld --features testing --example memory -- 100000`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use peak_alloc::PeakAlloc;

#[global_allocator]
static ALLOC: PeakAlloc = PeakAlloc;

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() {
    let positions: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let path = std::env::temp_dir().join(format!("omvarld-memory-{positions}.json"));
    std::fs::write(&path, omvarld::testing::generate_json(positions, 1)).unwrap();
    let input = std::fs::metadata(&path).unwrap().len() as usize;

    // The model held after parsing (input freed).
    let before = ALLOC.current_usage();
    let bytes = std::fs::read(&path).unwrap();
    let programme = omvarld::parse::from_slice(&bytes).unwrap();
    drop(bytes);
    let held = ALLOC.current_usage() - before;
    assert_eq!(programme.positions.len(), positions);
    drop(programme);

    // Peak of validating from the file (read, parse, semantic rules).
    let base = ALLOC.current_usage();
    ALLOC.reset_peak_usage();
    let report = omvarld::validate_file(&path, &omvarld::Options::default()).unwrap();
    let peak = ALLOC.peak_usage() - base;
    assert!(report.valid());

    println!("positions:           {positions}");
    println!("input (pretty JSON): {:.1} MiB", mib(input));
    println!(
        "model held:          {:.1} MiB = {:.2} x input",
        mib(held),
        held as f64 / input as f64
    );
    println!(
        "validate_file peak:  {:.1} MiB = {:.2} x input",
        mib(peak),
        peak as f64 / input as f64
    );
    let _ = std::fs::remove_file(&path);
}
