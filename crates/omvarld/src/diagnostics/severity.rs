//! [`Severity`]: error or warning.

use serde::Serialize;

/// How serious an issue is (allvarlighetsgrad): errors make a document
/// invalid, warnings do not.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The document is invalid (fel).
    Error,
    /// The document is valid but something deserves attention (varning).
    Warning,
}

// The doc comment above is the published schema's description, so the
// example is here, run by the tests below.
crate::macros::string_enum!(Severity {
    Error => "error",
    Warning => "warning",
});

// The enum's doc comment is its description in the published schema,
// so the example is on this impl block.
/// ```
/// use omvarld::{Code, Severity};
/// assert_eq!(Code::ReviewOverdue.severity(), Severity::Warning);
/// assert_eq!("error".parse::<Severity>()?, Severity::Error);
/// assert!(Severity::Error < Severity::Warning); // errors sort first
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
impl Severity {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_serde() {
        for s in Severity::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
            assert_eq!(s.as_str().parse::<Severity>().unwrap(), *s);
        }
        assert!("fatal".parse::<Severity>().is_err());
    }
}
