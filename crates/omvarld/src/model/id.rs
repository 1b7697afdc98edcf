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
