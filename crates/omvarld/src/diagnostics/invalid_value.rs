//! [`InvalidValue`]: a value that does not have the form its type requires,
//! and [`excerpt`], the shortened form in which messages quote a value.

use crate::diagnostics::Term;

/// A value that does not have the form its type requires. Its message names
/// the type as people do (its [`Term`]: "arena kind", not `ArenaKind`).
///
/// ```
/// let err = "Miljö".parse::<omvarld::Id>().unwrap_err();
/// assert!(err.to_string().contains("lower-case"));
/// let err = "nätverk".parse::<omvarld::ArenaKind>().unwrap_err();
/// assert_eq!(err.kind, "ArenaKind");
/// assert_eq!(err.term.en, "arena kind");
/// assert!(err.to_string().starts_with("`nätverk` is not a valid arena kind: expected one of `eu_cooperation`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not a valid {}: expected {expected}", .term.en)]
#[non_exhaustive]
pub struct InvalidValue {
    /// Name of the type (its Rust name, e.g. `ArenaKind`).
    pub kind: &'static str,
    /// What the type is called (`arena kind`, `arenatyp`).
    pub term: Term,
    /// What a valid value looks like.
    pub expected: &'static str,
    /// The rejected value (shortened).
    pub value: String,
}

impl InvalidValue {
    /// `value` is not a valid `kind` (a Rust type name, whose [`Term`] is
    /// looked up): what a valid one looks like is `expected`.
    #[must_use]
    pub(crate) fn new(kind: &'static str, expected: &'static str, value: String) -> Self {
        Self {
            kind,
            term: crate::diagnostics::terms::of_def(kind),
            expected,
            value,
        }
    }
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
