//! Counts with the right form of the noun in both languages: `1 varning`,
//! `2 varningar`, `1 error`, `0 errors`; never `error(s)`.

use omvarld::Lang;

/// A thing the command counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Noun {
    /// An error (fel).
    Error,
    /// A warning (varning).
    Warning,
    /// An advocacy position (ståndpunkt).
    Position,
    /// A file (fil).
    File,
    /// A change between two documents (ändring).
    Change,
}

impl Noun {
    /// The singular and plural forms in `lang`.
    fn forms(self, lang: Lang) -> (&'static str, &'static str) {
        match self {
            Noun::Error => lang.pick(("error", "errors"), ("fel", "fel")),
            Noun::Warning => lang.pick(("warning", "warnings"), ("varning", "varningar")),
            Noun::Position => lang.pick(("position", "positions"), ("ståndpunkt", "ståndpunkter")),
            Noun::File => lang.pick(("file", "files"), ("fil", "filer")),
            Noun::Change => lang.pick(("change", "changes"), ("ändring", "ändringar")),
        }
    }
}

/// `n` and the noun in the form that goes with it: singular for 1 only
/// (both languages use the plural for 0).
pub(crate) fn count(lang: Lang, n: usize, noun: Noun) -> String {
    let (one, many) = noun.forms(lang);
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use omvarld::Lang;

    use super::{count, Noun};

    #[test]
    fn one_is_singular_zero_and_many_are_plural() {
        let cases = [
            (Lang::En, Noun::Error, ["0 errors", "1 error", "2 errors"]),
            (Lang::Sv, Noun::Error, ["0 fel", "1 fel", "2 fel"]),
            (
                Lang::En,
                Noun::Warning,
                ["0 warnings", "1 warning", "2 warnings"],
            ),
            (
                Lang::Sv,
                Noun::Warning,
                ["0 varningar", "1 varning", "2 varningar"],
            ),
            (
                Lang::En,
                Noun::Position,
                ["0 positions", "1 position", "2 positions"],
            ),
            (
                Lang::Sv,
                Noun::Position,
                ["0 ståndpunkter", "1 ståndpunkt", "2 ståndpunkter"],
            ),
            (Lang::En, Noun::File, ["0 files", "1 file", "2 files"]),
            (Lang::Sv, Noun::File, ["0 filer", "1 fil", "2 filer"]),
            (
                Lang::Sv,
                Noun::Change,
                ["0 ändringar", "1 ändring", "2 ändringar"],
            ),
        ];
        for (lang, noun, want) in cases {
            for (n, want) in want.iter().enumerate() {
                assert_eq!(count(lang, n, noun), *want, "{lang:?} {noun:?} {n}");
            }
        }
    }
}
