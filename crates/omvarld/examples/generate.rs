//! Writes a generated valid document with N positions to stdout:
//! `cargo run --release -p omvarld --features testing --example generate -- 100000 > big.json`.
fn main() {
    let mut args = std::env::args().skip(1);
    let positions = args.next().and_then(|n| n.parse().ok()).unwrap_or(1_000);
    let seed = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let bytes = omvarld::testing::generate_json(positions, seed);
    if let Err(e) = std::io::Write::write_all(&mut std::io::stdout().lock(), &bytes) {
        eprintln!("generate: {e}");
        std::process::exit(2);
    }
}
