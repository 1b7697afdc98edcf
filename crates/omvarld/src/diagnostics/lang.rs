//! [`Lang`]: the language of messages.

use serde::Serialize;

/// Language of messages (språk): English (default) or Swedish. Codes and
/// paths never depend on it.
///
/// ```
/// use omvarld::Lang;
/// assert_eq!("sv".parse::<Lang>()?, Lang::Sv);
/// assert_eq!(Lang::default().as_str(), "en");
/// assert!("de".parse::<Lang>().is_err());
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Swedish (svenska).
    Sv,
}

crate::macros::string_enum!(Lang {
    En => "en",
    Sv => "sv",
});

impl Lang {
    /// Picks the English or the Swedish value. Not part of the API (it may
    /// change in any release): the command's labels use it.
    #[doc(hidden)]
    #[must_use]
    pub fn pick<T>(self, en: T, sv: T) -> T {
        match self {
            Lang::En => en,
            Lang::Sv => sv,
        }
    }
}
