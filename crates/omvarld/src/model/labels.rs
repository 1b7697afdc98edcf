//! [`Label`]: what a value of an enumeration of the standard is called in
//! English and Swedish, and the other Swedish spellings publishers write
//! for it. Each enumeration declares its labels once, beside its values
//! (`labelled_enum!`), and the docs, the "did you mean" of the validator
//! and the spreadsheet dropdowns all read them from there.
//!
//! ```
//! use omvarld::{Lang, Status};
//! assert_eq!(Status::Adopted.label(Lang::Sv), "antagen");
//! assert_eq!(Status::Adopted.label(Lang::En), "adopted");
//! // What a publisher types: any case, with or without å, ä and ö.
//! assert_eq!(Status::from_label("antagen"), Some(Status::Adopted));
//! assert_eq!(Status::from_label("Återkallad"), Some(Status::Withdrawn));
//! assert_eq!(Status::from_label("uppnadd"), Some(Status::Achieved));
//! assert_eq!(Status::from_label("Adopted"), Some(Status::Adopted));
//! assert_eq!(Status::from_label("kanske"), None);
//!
//! use omvarld::model::{Assessment, Label};
//! let label: &Label = Assessment::NotAssessed.labels();
//! assert_eq!((label.code, label.en, label.sv), ("not_assessed", "not assessed", "ej bedömt"));
//! assert!(label.matches("Ej bedömt") && label.matches("inte bedomt") && label.matches("not-assessed"));
//! ```

use crate::diagnostics::Lang;

/// The labels of one value of an enumeration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Label {
    /// The value as written in documents (`adopted`).
    pub code: &'static str,
    /// What it is called in English, lower case unless a proper name (`adopted`).
    pub en: &'static str,
    /// What it is called in Swedish (`antagen`), as the documentation and
    /// the schema's description give it.
    pub sv: &'static str,
    /// Other Swedish spellings and inflections publishers write for it
    /// (`antagna`, `antaget`, `beslutad`).
    pub spellings: &'static [&'static str],
}

impl Label {
    /// What the value is called in `lang`.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.en, self.sv)
    }

    /// `true` when `text` is the code, the English or the Swedish label or
    /// one of the spellings, ignoring case, the marks on å, ä, ö, é and ü,
    /// and whether words are joined by spaces, hyphens or underscores.
    #[must_use]
    pub fn matches(&self, text: &str) -> bool {
        let text = fold(text);
        !text.is_empty()
            && [self.code, self.en, self.sv]
                .iter()
                .chain(self.spellings)
                .any(|spelling| fold(spelling) == text)
    }
}

/// `text` in lower case, with å/ä/à/á → a, ö/ø/ó/ò → o, é/è/ë → e,
/// ü → u, and every run of other characters that are not letters or digits
/// as one space, none at either end.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'å' | 'ä' | 'à' | 'á' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' | 'ù' => 'u',
            c => c,
        };
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    out
}

/// Declares an enumeration's string names (`string_enum!`) and, beside
/// each value, its English and Swedish [`Label`] and other Swedish
/// spellings: `Status::LABELS`, `label(lang)`, `labels()` and
/// `from_label(text)`. A test checks that each Swedish label appears in
/// the value's description (its doc comment, in the published schema).
macro_rules! labelled_enum {
    ($name:ident {
        $($variant:ident => $code:literal, en: $en:literal, sv: $sv:literal
            $(, also: [$($also:literal),* $(,)?])? ;)+
    }) => {
        crate::macros::string_enum!($name { $($variant => $code),+ });

        impl $name {
            /// The labels of every value, in the order of [`Self::ALL`]
            /// (see [`Label`](crate::model::Label)).
            pub const LABELS: &'static [crate::model::Label] = &[$(
                crate::model::Label {
                    code: $code,
                    en: $en,
                    sv: $sv,
                    spellings: &[$($($also),*)?],
                }
            ),+];

            /// What the value is called in `lang` (`antagen`, `adopted`;
            /// see [`Label`](crate::model::Label)).
            #[must_use]
            pub fn label(self, lang: crate::diagnostics::Lang) -> &'static str {
                self.labels().get(lang)
            }

            /// The value's labels: English, Swedish and other Swedish spellings.
            #[must_use]
            pub fn labels(self) -> &'static crate::model::Label {
                match self {
                    $($name::$variant => &crate::model::Label {
                        code: $code,
                        en: $en,
                        sv: $sv,
                        spellings: &[$($($also),*)?],
                    },)+
                }
            }

            /// The value a person means by `text`: its code, its English or
            /// Swedish label or another Swedish spelling, in any case, with
            /// or without å, ä and ö ([`Label::matches`](crate::model::Label::matches)).
            /// `None` when `text` names none of them.
            #[must_use]
            pub fn from_label(text: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|value| value.labels().matches(text))
            }
        }
    };
}

pub(crate) use labelled_enum;

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folding_ignores_case_marks_and_separators() {
        assert_eq!(fold("Återkallad"), "aterkallad");
        assert_eq!(fold("  EJ   bedömt "), "ej bedomt");
        assert_eq!(fold("not_assessed"), "not assessed");
        assert_eq!(fold("EU-samarbete"), "eu samarbete");
        assert_eq!(fold("kommittédirektiv"), "kommittedirektiv");
        assert_eq!(fold("--"), "");
    }
}
