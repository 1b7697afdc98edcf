//! Reading a document named on the command line: a file, or standard input for `-`.

use std::io::Read;
use std::path::Path;

/// `true` when `path` is `-`, standard input.
pub(crate) fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The name to show for `path` in messages: `<stdin>` for `-`.
pub(crate) fn display_name(path: &Path) -> String {
    if is_stdin(path) {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Reads the whole document, in one allocation for a file.
///
/// # Errors
/// A one-line message naming the file and the I/O problem (missing, a
/// directory, unreadable).
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, String> {
    let result = if is_stdin(path) {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map(|_| bytes)
    } else {
        std::fs::read(path)
    };
    result.map_err(|e| format!("cannot read {}: {}", display_name(path), describe(&e)))
}

/// The I/O error without the OS error number.
pub(crate) fn describe(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(at) => text.get(..at).unwrap_or(&text).to_owned(),
        None => text,
    }
}
