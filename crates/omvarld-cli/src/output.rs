//! Where output goes: standard output or a file, and whether it is coloured.

use std::io::{IsTerminal, Write};
use std::path::Path;

/// `true` when standard output is a terminal and `NO_COLOR` is not set to a
/// non-empty value (<https://no-color.org>).
pub(crate) fn colour_stdout() -> bool {
    !no_color() && std::io::stdout().is_terminal()
}

/// [`colour_stdout`] for standard error.
pub(crate) fn colour_stderr() -> bool {
    !no_color() && std::io::stderr().is_terminal()
}

fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Writes `text` (the exact bytes) to `out` when given, else to standard output.
///
/// # Errors
/// A one-line message naming the file and the I/O problem. A closed pipe on
/// standard output (`omvarld report | head`) is not an error.
pub(crate) fn emit(out: Option<&Path>, text: impl AsRef<[u8]>) -> Result<(), String> {
    let text = text.as_ref();
    match out {
        Some(path) => std::fs::write(path, text).map_err(|e| {
            format!(
                "cannot write {}: {}",
                path.display(),
                crate::input::describe(&e)
            )
        }),
        None => stdout(|w| w.write_all(text)),
    }
}

/// Runs `write` on a buffered, locked standard output and flushes it.
///
/// # Errors
/// A one-line message for a write error other than a closed pipe.
pub(crate) fn stdout(
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), String> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!(
            "cannot write to standard output: {}",
            crate::input::describe(&e)
        )),
        _ => Ok(()),
    }
}
