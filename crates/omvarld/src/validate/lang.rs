//! [`Lang`]: the language of messages.

use serde::{Deserialize, Serialize};

/// Language of messages (språk): English (default) or Swedish. Codes and
/// paths never depend on it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Swedish (svenska).
    Sv,
}

impl Lang {
    /// Picks the English or the Swedish text.
    #[must_use]
    pub fn pick<T>(self, en: T, sv: T) -> T {
        match self {
            Lang::En => en,
            Lang::Sv => sv,
        }
    }

    /// The language tag, `en` or `sv`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        self.pick("en", "sv")
    }
}

impl std::str::FromStr for Lang {
    type Err = crate::model::InvalidValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "en" => Ok(Lang::En),
            "sv" => Ok(Lang::Sv),
            _ => Err(crate::model::InvalidValue {
                kind: "Lang",
                expected: "`en` or `sv`",
                value: crate::model::newtype::excerpt(s),
            }),
        }
    }
}
