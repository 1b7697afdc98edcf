//! [`Text`] and [`Title`]: translatable text, Swedish required.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::codes::LangTag;
use crate::model::patterns;

/// Maximum length of a [`Text`] value, in Unicode code points.
pub const TEXT_MAX_LENGTH: usize = 10_000;
/// Maximum length of a [`Title`] value (`title` and `name` members), in code points.
pub const TITLE_MAX_LENGTH: usize = 300;

/// Translatable text with a length limit (text på flera språk): a Swedish value (`sv`, required)
/// and any number of translations keyed by language tag.
///
/// Every value has a character that is not white space and at most `MAX`
/// code points (10 000 for [`Text`], 300 for [`Title`]). Translations are
/// kept sorted by tag, so two texts with the same content compare equal.
///
/// ```
/// use omvarld::Text;
/// let text = Text::new("Miljö och klimat")?.with("en", "Environment and climate")?;
/// assert_eq!(text.sv(), "Miljö och klimat");
/// assert_eq!(text.get("en"), Some("Environment and climate"));
/// assert_eq!(text.get_or_sv("de"), "Miljö och klimat");
/// assert!(Text::new("   ").is_err());
/// # Ok::<(), omvarld::model::TextError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct LimitedText<const MAX: usize> {
    sv: Box<str>,
    translations: Box<[(LangTag, Box<str>)]>,
}

/// Translatable text (text): at most 10 000 code points a value. See [`LimitedText`].
pub type Text = LimitedText<TEXT_MAX_LENGTH>;

/// Translatable title or name (titel, namn): at most 300 code points a value. See [`LimitedText`].
pub type Title = LimitedText<TITLE_MAX_LENGTH>;

/// Why a value cannot be a [`Text`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TextError {
    /// The `sv` value is missing.
    #[error("text has no Swedish (`sv`) value")]
    MissingSwedish,
    /// A value has no character that is not white space.
    #[error("the `{lang}` value is blank: it needs a character that is not white space")]
    Blank {
        /// Language tag of the value.
        lang: String,
    },
    /// A value is longer than the limit.
    #[error("the `{lang}` value has {length} characters; at most {max} are allowed")]
    TooLong {
        /// Language tag of the value.
        lang: String,
        /// Its length in code points.
        length: usize,
        /// The limit.
        max: usize,
    },
    /// A key is not a language tag.
    #[error(transparent)]
    Tag(#[from] crate::model::InvalidValue),
    /// The same language tag twice.
    #[error("the language tag `{0}` appears twice")]
    DuplicateTag(String),
}

/// What is wrong with one value of a text under limit `max`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ValueProblems {
    /// The length in code points, when over the limit.
    pub(crate) too_long: Option<usize>,
    /// `true` when the value has no character that is not white space.
    pub(crate) blank: bool,
}

/// Every problem of one value of a text with limit `max`: the one place the
/// text rules are written (the model's constructors, its deserializer and
/// the parser's slow path all call it).
pub(crate) fn value_problems(value: &str, max: usize) -> ValueProblems {
    // Byte length bounds the code point count, so short values skip the count.
    let too_long = (value.len() > max)
        .then(|| value.chars().count())
        .filter(|&length| length > max);
    ValueProblems {
        too_long,
        blank: !patterns::is_non_blank(value),
    }
}

/// Checks one value of a text with limit `max`: the first of its problems.
pub(crate) fn check_value(lang: &str, value: &str, max: usize) -> Result<(), TextError> {
    let problems = value_problems(value, max);
    if let Some(length) = problems.too_long {
        return Err(TextError::TooLong {
            lang: lang.to_owned(),
            length,
            max,
        });
    }
    if problems.blank {
        return Err(TextError::Blank {
            lang: lang.to_owned(),
        });
    }
    Ok(())
}

impl<const MAX: usize> LimitedText<MAX> {
    /// The limit on each value, in code points.
    pub const MAX_LENGTH: usize = MAX;

    /// A text with only a Swedish value.
    ///
    /// # Errors
    /// [`TextError`] when the value is blank or too long.
    pub fn new(sv: impl Into<String>) -> Result<Self, TextError> {
        let sv = sv.into();
        check_value("sv", &sv, MAX)?;
        Ok(Self {
            sv: sv.into_boxed_str(),
            translations: Box::default(),
        })
    }

    /// Adds (or replaces) the value for `lang`; `sv` replaces the Swedish value.
    ///
    /// # Errors
    /// [`TextError`] when the tag or the value is not valid.
    pub fn with(self, lang: &str, value: impl Into<String>) -> Result<Self, TextError> {
        let value = value.into();
        check_value(lang, &value, MAX)?;
        let tag: LangTag = lang.parse()?;
        let mut text = self;
        if tag == "sv" {
            text.sv = value.into_boxed_str();
            return Ok(text);
        }
        let mut translations = Vec::from(text.translations);
        match translations.binary_search_by(|(t, _)| t.cmp(&tag)) {
            Ok(i) => {
                if let Some(slot) = translations.get_mut(i) {
                    slot.1 = value.into_boxed_str();
                }
            }
            Err(i) => translations.insert(i, (tag, value.into_boxed_str())),
        }
        text.translations = translations.into_boxed_slice();
        Ok(text)
    }

    /// Builds a text from `(language tag, value)` pairs; one must be `sv`.
    ///
    /// # Errors
    /// [`TextError`] on a missing `sv`, a repeated or bad tag, or a bad value.
    pub fn from_pairs<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> Result<Self, TextError>
    where
        K: AsRef<str>,
        V: Into<String>,
    {
        let mut sv = None;
        let mut translations: Vec<(LangTag, Box<str>)> = Vec::new();
        for (lang, value) in pairs {
            let lang = lang.as_ref();
            let value: String = value.into();
            check_value(lang, &value, MAX)?;
            if lang == "sv" {
                if sv.replace(value.into_boxed_str()).is_some() {
                    return Err(TextError::DuplicateTag(lang.to_owned()));
                }
            } else {
                translations.push((lang.parse()?, value.into_boxed_str()));
            }
        }
        translations.sort_by(|a, b| a.0.cmp(&b.0));
        if let Some(w) = translations
            .windows(2)
            .find(|w| matches!(w, [a, b] if a.0 == b.0))
        {
            let tag = w.first().map(|(t, _)| t.to_string()).unwrap_or_default();
            return Err(TextError::DuplicateTag(tag));
        }
        let sv = sv.ok_or(TextError::MissingSwedish)?;
        Ok(Self {
            sv,
            translations: translations.into_boxed_slice(),
        })
    }

    /// The Swedish value.
    #[must_use]
    pub fn sv(&self) -> &str {
        &self.sv
    }

    /// The English value, if there is one.
    #[must_use]
    pub fn en(&self) -> Option<&str> {
        self.get("en")
    }

    /// The value for `lang`, if there is one.
    #[must_use]
    pub fn get(&self, lang: &str) -> Option<&str> {
        if lang == "sv" {
            return Some(&self.sv);
        }
        self.translations
            .binary_search_by(|(t, _)| t.as_str().cmp(lang))
            .ok()
            .and_then(|i| self.translations.get(i))
            .map(|(_, v)| &**v)
    }

    /// The value for `lang`, or the Swedish value when there is no translation.
    #[must_use]
    pub fn get_or_sv(&self, lang: &str) -> &str {
        self.get(lang).unwrap_or(&self.sv)
    }

    /// Every `(language tag, value)` pair, Swedish first, then by tag.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        std::iter::once(("sv", &*self.sv))
            .chain(self.translations.iter().map(|(t, v)| (t.as_str(), &**v)))
    }

    /// Number of values (Swedish included).
    #[must_use]
    pub fn len(&self) -> usize {
        1 + self.translations.len()
    }

    /// Always `false`: a text has at least its Swedish value.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The same text under another limit (e.g. a [`Text`] as a [`Title`]).
    ///
    /// # Errors
    /// [`TextError::TooLong`] when a value is over the new limit.
    pub fn convert<const OTHER: usize>(self) -> Result<LimitedText<OTHER>, TextError> {
        for (lang, value) in self.iter() {
            check_value(lang, value, OTHER)?;
        }
        Ok(LimitedText {
            sv: self.sv,
            translations: self.translations,
        })
    }
}

impl<const MAX: usize> fmt::Display for LimitedText<MAX> {
    /// Writes the Swedish value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sv)
    }
}

impl<const MAX: usize> fmt::Debug for LimitedText<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<const MAX: usize> Serialize for LimitedText<MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (lang, value) in self.iter() {
            map.serialize_entry(lang, value)?;
        }
        map.end()
    }
}

/// A map key that borrows from the input when it can.
pub(crate) struct Key<'de>(pub(crate) Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

impl<'de, const MAX: usize> Deserialize<'de> for LimitedText<MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor<const MAX: usize>;
        impl<'de, const MAX: usize> Visitor<'de> for TextVisitor<MAX> {
            type Value = LimitedText<MAX>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a text object mapping language tags to strings, with `sv`")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LimitedText<MAX>, A::Error> {
                let mut sv: Option<Box<str>> = None;
                let mut translations: Vec<(LangTag, Box<str>)> = Vec::new();
                while let Some(Key(lang)) = map.next_key::<Key<'de>>()? {
                    let value: String = map.next_value()?;
                    check_value(&lang, &value, MAX).map_err(de::Error::custom)?;
                    if lang == "sv" {
                        if sv.replace(value.into_boxed_str()).is_some() {
                            return Err(de::Error::custom("duplicate language tag `sv`"));
                        }
                    } else {
                        let tag = LangTag::try_from(&*lang).map_err(de::Error::custom)?;
                        translations.push((tag, value.into_boxed_str()));
                    }
                }
                translations.sort_by(|a, b| a.0.cmp(&b.0));
                if translations
                    .windows(2)
                    .any(|w| matches!(w, [a, b] if a.0 == b.0))
                {
                    return Err(de::Error::custom("duplicate language tag"));
                }
                let sv = sv.ok_or_else(|| de::Error::custom(TextError::MissingSwedish))?;
                Ok(LimitedText {
                    sv,
                    translations: translations.into_boxed_slice(),
                })
            }
        }
        deserializer.deserialize_map(TextVisitor::<MAX>)
    }
}

impl<const MAX: usize> schemars::JsonSchema for LimitedText<MAX> {
    fn schema_name() -> Cow<'static, str> {
        if MAX == TITLE_MAX_LENGTH {
            "Title".into()
        } else {
            "Text".into()
        }
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let description = if MAX == TITLE_MAX_LENGTH {
            "Translatable title or name (titel, namn): an object mapping language tags to strings. `sv` (Swedish) is required; every value has a character that is not white space and at most 300 characters."
        } else {
            "Translatable text (text): an object mapping language tags to strings. `sv` (Swedish) is required; every value has a character that is not white space and at most 10 000 characters."
        };
        schemars::json_schema!({
            "type": "object",
            "description": description,
            "propertyNames": { "pattern": patterns::LANG_TAG },
            "required": ["sv"],
            "additionalProperties": {
                "type": "string",
                "maxLength": MAX,
                "pattern": patterns::NON_BLANK,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_of_translations_does_not_matter() {
        let a: Text = serde_json::from_str(r#"{"en":"x","sv":"y","de":"z"}"#).unwrap();
        let b: Text = serde_json::from_str(r#"{"sv":"y","de":"z","en":"x"}"#).unwrap();
        assert_eq!(a, b);
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            r#"{"sv":"y","de":"z","en":"x"}"#
        );
    }

    /// The message of the error reading `json` as `T`, without serde_json's position.
    fn read_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        let message = serde_json::from_str::<T>(json).unwrap_err().to_string();
        match message.rfind(" at line ") {
            Some(at) => message[..at].to_owned(),
            None => message,
        }
    }

    #[test]
    fn rejects_bad_texts() {
        let bad_tag = TextError::Tag(crate::model::InvalidValue::new(
            "LangTag",
            crate::model::LangTag::EXPECTED,
            "EN".into(),
        ));
        for (bad, expected) in [
            (r#"{"en":"x"}"#, TextError::MissingSwedish.to_string()),
            (
                r#"{"sv":" "}"#,
                TextError::Blank { lang: "sv".into() }.to_string(),
            ),
            (r#"{"sv":"a","EN":"b"}"#, bad_tag.to_string()),
            // Reported while reading, before a TextError exists.
            (
                r#"{"sv":"a","sv":"b"}"#,
                "duplicate language tag `sv`".into(),
            ),
            (
                r#"{"sv":"a","en":"b","en":"c"}"#,
                "duplicate language tag".into(),
            ),
        ] {
            assert_eq!(read_error::<Text>(bad), expected, "{bad}");
        }
        let long = format!(r#"{{"sv":"{}"}}"#, "å".repeat(301));
        let too_long = TextError::TooLong {
            lang: "sv".into(),
            length: 301,
            max: TITLE_MAX_LENGTH,
        };
        assert_eq!(read_error::<Title>(&long), too_long.to_string());
        assert!(serde_json::from_str::<Text>(&long).is_ok());
    }

    #[test]
    fn length_counts_code_points() {
        assert!(Title::new("ö".repeat(300)).is_ok());
        assert_eq!(
            Title::new("ö".repeat(301)),
            Err(TextError::TooLong {
                lang: "sv".into(),
                length: 301,
                max: 300
            })
        );
    }

    #[test]
    fn with_replaces_and_sorts() {
        let t = Text::new("a")
            .unwrap()
            .with("en", "b")
            .unwrap()
            .with("de", "c")
            .unwrap();
        let t = t.with("en", "d").unwrap().with("sv", "e").unwrap();
        assert_eq!(
            t.iter().collect::<Vec<_>>(),
            [("sv", "e"), ("de", "c"), ("en", "d")]
        );
    }
}
