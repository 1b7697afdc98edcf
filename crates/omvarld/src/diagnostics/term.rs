//! [`Term`]: a noun of the standard in English and Swedish, with the forms
//! that messages need ("a focus area", "ett fokusområde", "fokusområdet").

use serde::{Serialize, Serializer};

/// A noun of the standard in both languages (term), e.g. focus area /
/// fokusområde. Messages put it in the form they need.
///
/// ```
/// use omvarld::diagnostics::Term;
/// const AREA: Term = Term::new("focus area", "fokusområde", "fokusområdet", true);
/// assert_eq!(AREA.en_indefinite(), "a focus area");
/// assert_eq!(AREA.sv_indefinite(), "ett fokusområde");
/// assert_eq!(Term::new("arena", "arena", "arenan", false).en_indefinite(), "an arena");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    /// English, singular, lower case unless a proper name ("focus area").
    pub en: &'static str,
    /// Swedish, singular, indefinite without article ("fokusområde").
    pub sv: &'static str,
    /// Swedish, singular, definite ("fokusområdet").
    pub sv_definite: &'static str,
    /// `true` for Swedish neuter nouns (ett), `false` for common gender (en).
    pub sv_neuter: bool,
}

impl Term {
    /// A term from its English and Swedish forms.
    #[must_use]
    pub const fn new(
        en: &'static str,
        sv: &'static str,
        sv_definite: &'static str,
        sv_neuter: bool,
    ) -> Self {
        Self {
            en,
            sv,
            sv_definite,
            sv_neuter,
        }
    }

    /// "a …" or "an …".
    #[must_use]
    pub fn en_indefinite(&self) -> String {
        let an = self
            .en
            .chars()
            .next()
            .is_some_and(|c| "aeioAEIO".contains(c));
        format!("{} {}", if an { "an" } else { "a" }, self.en)
    }

    /// "en …" or "ett …".
    #[must_use]
    pub fn sv_indefinite(&self) -> String {
        format!("{} {}", if self.sv_neuter { "ett" } else { "en" }, self.sv)
    }
}

/// A term serializes as its English form (in an issue's context).
impl Serialize for Term {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.en)
    }
}
