//! [`InvalidValue`]: a value that does not have the form its type requires,
//! and [`excerpt`], the shortened form in which messages quote a value.

/// A value that does not have the form its type requires.
///
/// ```
/// let err = "Miljö".parse::<omvarld::Id>().unwrap_err();
/// assert!(err.to_string().contains("lower-case"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not a valid {kind}: expected {expected}")]
#[non_exhaustive]
pub struct InvalidValue {
    /// Name of the type.
    pub kind: &'static str,
    /// What a valid value looks like.
    pub expected: &'static str,
    /// The rejected value (shortened).
    pub value: String,
}

/// A short, safe excerpt of a rejected value for a message: at most 60
/// characters, then `…`.
///
/// Control characters are written as escapes (`\n`, `\u{7}`), so a
/// message stays on one line and shows what is there.
pub(crate) fn excerpt(value: &str) -> String {
    const MAX: usize = 60;
    let mut out = String::new();
    for c in value.chars().take(MAX) {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    if value.chars().nth(MAX).is_some() {
        out.push('…');
    }
    out
}
