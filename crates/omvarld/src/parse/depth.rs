//! The nesting limit: documents may nest 128 levels deep, and no deeper.
//!
//! serde_json stops one level short of 128 (its recursion limit counts from
//! the top). Documents that stay within 127 levels — nearly all — pay nothing
//! for this file; only when serde_json reports its limit does a byte scan
//! check the real depth, and a document within 128 levels is read again with
//! serde_json's limit lifted (safe: the scan proved it is shallow enough).

use serde::de::DeserializeOwned;

/// The deepest nesting a document may have: 128 levels of objects and arrays.
///
/// ```
/// let deep = format!("{}{}", "[".repeat(omvarld::parse::MAX_DEPTH + 1), "]".repeat(omvarld::parse::MAX_DEPTH + 1));
/// let report = omvarld::validate_str(&deep, &Default::default());
/// assert_eq!(report.errors[0].code, omvarld::Code::Syntax);
/// ```
pub const MAX_DEPTH: usize = 128;

/// Why bytes could not be read as `T`.
pub(crate) enum ReadError {
    /// serde_json's error (syntax, or the type's own checks).
    Json(serde_json::Error),
    /// Nested deeper than [`MAX_DEPTH`], at this line and column (1-based).
    TooDeep { line: u64, column: u64 },
}

/// Like `serde_json::from_slice`, with the nesting limit at [`MAX_DEPTH`].
pub(crate) fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ReadError> {
    match serde_json::from_slice::<T>(bytes) {
        Ok(value) => Ok(value),
        Err(e) if e.to_string().starts_with("recursion limit exceeded") => {
            if let Some((line, column)) = too_deep(bytes, MAX_DEPTH) {
                return Err(ReadError::TooDeep { line, column });
            }
            let mut de = serde_json::Deserializer::from_slice(bytes);
            de.disable_recursion_limit();
            let value = T::deserialize(&mut de).map_err(ReadError::Json)?;
            de.end().map_err(ReadError::Json)?;
            Ok(value)
        }
        Err(e) => Err(ReadError::Json(e)),
    }
}

/// The line and column of the first `{` or `[` (outside strings) that opens
/// level `limit + 1`, if there is one.
pub(crate) fn too_deep(bytes: &[u8], limit: usize) -> Option<(u64, u64)> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut line = 1u64;
    let mut line_start = 0usize;
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > limit {
                    return Some((line, (i - line_start + 1) as u64));
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(levels: usize) -> String {
        format!("{}{}", "[".repeat(levels), "]".repeat(levels))
    }

    #[test]
    fn reads_exactly_128_levels() {
        assert!(from_slice::<serde_json::Value>(nested(127).as_bytes()).is_ok());
        assert!(from_slice::<serde_json::Value>(nested(128).as_bytes()).is_ok());
        match from_slice::<serde_json::Value>(nested(129).as_bytes()) {
            Err(ReadError::TooDeep { line, column }) => assert_eq!((line, column), (1, 129)),
            _ => panic!("129 levels must be too deep"),
        }
    }

    #[test]
    fn brackets_in_strings_do_not_count() {
        let s = format!("[\"{}\\\"[\"]", "[".repeat(500));
        assert_eq!(too_deep(s.as_bytes(), 1), None);
        assert_eq!(too_deep(b"{\"a\":\n [[1]]}", 2), Some((2, 3)));
    }

    #[test]
    fn deep_documents_do_not_overflow() {
        let deep = "[".repeat(1_000_000);
        assert!(matches!(
            from_slice::<serde_json::Value>(deep.as_bytes()),
            Err(ReadError::TooDeep { .. })
        ));
    }
}
