//! Large documents, with heap use measured: a ~200 MB document read through
//! the `Read` path, and one million positions. Slow, so `#[ignore]`d: run them
//! with `make stress` (release).
//!
//! This test binary counts every heap byte with its own global allocator
//! (`peak_alloc`), so the measurements are exact; the tests take a lock so
//! that one does not allocate during the other's measurement.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::sync::Mutex;

use omvarld::Options;
use peak_alloc::PeakAlloc;

#[global_allocator]
static ALLOC: PeakAlloc = PeakAlloc;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Reading a ~200 MB document from a `File` through `validate_reader` (read,
/// parse, semantic rules) needs at most 3 × its size in heap at the peak.
#[test]
#[ignore = "writes and reads a 200 MB file: run with `make stress` (release)"]
fn a_200_megabyte_document_through_read_peaks_below_three_times_its_size() {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    const POSITIONS: usize = 110_000;
    let dir = std::env::temp_dir().join(format!("omvarld-stress-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.json");
    {
        let bytes = omvarld::testing::generate_json_1_0(POSITIONS, 7);
        std::fs::write(&path, &bytes).unwrap();
    }
    let input = usize::try_from(std::fs::metadata(&path).unwrap().len()).unwrap();
    assert!(input > 200_000_000, "{input} bytes");

    let base = ALLOC.current_usage();
    ALLOC.reset_peak_usage();
    let file = std::fs::File::open(&path).unwrap();
    let report = omvarld::validate_reader(file, &Options::default()).unwrap();
    let peak = ALLOC.peak_usage().saturating_sub(base);
    std::fs::remove_dir_all(&dir).unwrap();

    assert!(report.valid(), "{:?}", report.errors.first());
    assert!(report.warnings.is_empty(), "{:?}", report.warnings.first());
    let ratio = peak as f64 / input as f64;
    eprintln!(
        "validate_reader over a {input}-byte file: peak heap {peak} bytes = {ratio:.2} x input"
    );
    assert!(
        ratio <= 3.0,
        "peak {peak} bytes = {ratio:.2} x input {input}"
    );
}

/// One million positions (generated, about 1.9 GB as pretty JSON): valid and
/// no warnings, and the report stays small.
#[test]
#[ignore = "one million positions: run with `make stress` (release)"]
fn one_million_positions_are_valid_with_no_warnings() {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let programme = omvarld::testing::generate_1_0(1_000_000, 3);
    assert_eq!(programme.positions.len(), 1_000_000);
    let report = programme.validate(&Options::default());
    assert!(report.valid(), "{:?}", report.errors.first());
    assert!(report.errors.is_empty());
    assert!(report.warnings.is_empty(), "{:?}", report.warnings.first());
}
