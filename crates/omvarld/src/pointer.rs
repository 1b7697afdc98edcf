//! JSON Pointers (RFC 6901) for issue paths.

use std::fmt::Write;

/// A JSON Pointer under construction: a list of reference tokens.
///
/// ```
/// use omvarld::pointer::Pointer;
/// let p = Pointer::root().key("positions").index(2).key("a/b~c");
/// assert_eq!(p.to_string(), "/positions/2/a~1b~0c");
/// assert_eq!(Pointer::root().to_string(), "");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pointer(String);

impl Pointer {
    /// The whole document (`""`).
    #[must_use]
    pub fn root() -> Self {
        Self(String::new())
    }

    /// This pointer extended by a member name (escaped as RFC 6901 says).
    #[must_use]
    pub fn key(&self, name: &str) -> Self {
        let mut out = String::with_capacity(self.0.len() + name.len() + 1);
        out.push_str(&self.0);
        out.push('/');
        for c in name.chars() {
            match c {
                '~' => out.push_str("~0"),
                '/' => out.push_str("~1"),
                c => out.push(c),
            }
        }
        Self(out)
    }

    /// This pointer extended by an array index.
    #[must_use]
    pub fn index(&self, index: usize) -> Self {
        let mut out = self.0.clone();
        let _ = write!(out, "/{index}");
        Self(out)
    }

    /// The pointer as a string.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The pointer as an owned string.
    #[must_use]
    pub fn into_string(self) -> String {
        self.0
    }
}

impl std::fmt::Display for Pointer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Splits a pointer into its unescaped reference tokens.
///
/// ```
/// assert_eq!(omvarld::pointer::tokens("/a~1b/0/c~0d"), ["a/b", "0", "c~d"]);
/// assert!(omvarld::pointer::tokens("").is_empty());
/// ```
#[must_use]
pub fn tokens(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_round_trip() {
        for name in ["plain", "a/b", "~", "~1", "/~/", "", "å ä"] {
            let p = Pointer::root().key(name).index(0);
            assert_eq!(tokens(p.as_str()), [name.to_owned(), "0".to_owned()]);
        }
    }
}
