//! Writes a generated valid document with N positions to stdout:
//! `cargo run --release -p omvarld --features testing --example generate -- 100000 [SEED] [1.0|1.1] > big.json`.
//! Version 1.1 (the default) uses every member 1.1 added; 1.0 is the
//! document the benchmarks' `valid` rows measure.
fn main() {
    let mut args = std::env::args().skip(1);
    let positions = args.next().and_then(|n| n.parse().ok()).unwrap_or(1_000);
    let seed = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let bytes = match args.next().as_deref() {
        Some("1.0") => omvarld::testing::generate_json_1_0(positions, seed),
        None | Some("1.1") => omvarld::testing::generate_json(positions, seed),
        Some(other) => {
            eprintln!("generate: unknown version {other}; use 1.0 or 1.1");
            std::process::exit(2);
        }
    };
    if let Err(e) = std::io::Write::write_all(&mut std::io::stdout().lock(), &bytes) {
        eprintln!("generate: {e}");
        std::process::exit(2);
    }
}
