//! The baseline for the `omvarld validate` benchmark: what the core library
//! does for one file (read it, parse and validate it), with no command line.
//!
//! ```sh
//! cargo build --release -p omvarld-cli --examples
//! hyperfine 'target/release/examples/library_validate big.json' 'target/release/omvarld validate big.json'
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: library_validate FILE");
        return ExitCode::from(2);
    };
    match omvarld::validate_file(&path, &omvarld::Options::new()) {
        Ok(report) => {
            println!(
                "valid: {}, {} errors, {} warnings",
                report.valid(),
                report.errors.len(),
                report.warnings.len()
            );
            ExitCode::from(u8::from(!report.valid()))
        }
        Err(e) => {
            eprintln!("cannot read the file: {e}");
            ExitCode::from(2)
        }
    }
}
