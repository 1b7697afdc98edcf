//! [`Id`]: the identifier (id) of an object within its list.

use crate::model::newtype::string_newtype;
use crate::model::patterns;

/// Maximum length of an [`Id`], in characters.
///
/// ```
/// use omvarld::{model::ID_MAX_LENGTH, Id};
/// assert!("a".repeat(ID_MAX_LENGTH).parse::<Id>().is_ok());
/// assert!("a".repeat(ID_MAX_LENGTH + 1).parse::<Id>().is_err());
/// ```
pub const ID_MAX_LENGTH: usize = 64;

string_newtype! {
    #[doc = "Identifier (id) of an object within its list: lower-case ASCII letters and digits in words joined by single hyphens, 1–64 characters, e.g. `miljo-och-klimat`. Referenced from other objects."]
    ///
    /// ```
    /// use omvarld::Id;
    /// let id: Id = "miljo-och-klimat".parse()?;
    /// assert_eq!(id.as_str(), "miljo-och-klimat");
    /// assert!("Miljö".parse::<Id>().is_err());
    /// # Ok::<(), omvarld::model::InvalidValue>(())
    /// ```
    Id, schema = "Id", pattern = patterns::ID, max_length = Some(ID_MAX_LENGTH),
    expected = "an id: lower-case letters a–z and digits in words joined by single hyphens, at most 64 characters",
    check = patterns::is_id
}

impl Id {
    /// The id a person most likely means by `text` (a title, or an id
    /// typed with Swedish letters): letters are put in lower case and
    /// written without their marks (å, ä → a, ö → o, é → e, ü → u, and
    /// the like), every run of other characters (spaces, `_`, `&`, …)
    /// becomes one hyphen, hyphens at either end go, and the result is cut
    /// to 64 characters. `None` when no letter or digit is left.
    ///
    /// ```
    /// use omvarld::Id;
    /// let id = |s: &str| Id::suggest(s).map(|id| id.to_string());
    /// assert_eq!(id("miljö-och-klimat").as_deref(), Some("miljo-och-klimat"));
    /// assert_eq!(id("Miljö och klimat").as_deref(), Some("miljo-och-klimat"));
    /// assert_eq!(id("Näringsliv_&_Arbete").as_deref(), Some("naringsliv-arbete"));
    /// assert_eq!(id("--Café  Öresund--").as_deref(), Some("cafe-oresund"));
    /// assert_eq!(id("bostader").as_deref(), Some("bostader"));
    /// assert_eq!(id(&"a".repeat(70)).map(|s| s.len()), Some(64));
    /// assert_eq!(id(" – "), None);
    /// ```
    #[must_use]
    pub fn suggest(text: &str) -> Option<Id> {
        let mut out = String::with_capacity(text.len());
        for c in text.chars().flat_map(char::to_lowercase) {
            match transliterate(c) {
                Some(ascii) => out.push_str(ascii),
                None if c.is_ascii_lowercase() || c.is_ascii_digit() => out.push(c),
                None => {
                    if !out.is_empty() && !out.ends_with('-') {
                        out.push('-');
                    }
                }
            }
            if out.len() > ID_MAX_LENGTH {
                break;
            }
        }
        out.truncate(ID_MAX_LENGTH);
        let id = out.trim_matches('-');
        id.parse().ok()
    }

    /// The first character of `text` that no id may have (anything but
    /// `a`–`z`, `0`–`9` and `-`), for messages.
    pub(crate) fn first_foreign_char(text: &str) -> Option<char> {
        text.chars()
            .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    }
}

/// A lower-case letter with a mark, as ASCII (`None` for any other character).
fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' | 'ą' => "a",
        'æ' => "ae",
        'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' => "o",
        'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' => "e",
        'ü' | 'ú' | 'ù' | 'û' | 'ů' => "u",
        'í' | 'ì' | 'î' | 'ï' => "i",
        'ý' | 'ÿ' => "y",
        'ç' | 'ć' | 'č' => "c",
        'ñ' | 'ń' | 'ň' => "n",
        'ś' | 'š' => "s",
        'ź' | 'ż' | 'ž' => "z",
        'ł' => "l",
        'ř' => "r",
        'ď' => "d",
        'ť' => "t",
        'ß' => "ss",
        'þ' => "th",
        'ð' => "d",
        _ => return None,
    })
}
