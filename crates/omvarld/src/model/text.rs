//! [`Text`] and [`Title`]: translatable text, Swedish required.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::codes::LangTag;
use crate::model::patterns;

/// Maximum length of a [`Text`] value, in Unicode code points.
///
/// ```
/// use omvarld::{model::TEXT_MAX_LENGTH, Text};
/// assert_eq!(Text::MAX_LENGTH, TEXT_MAX_LENGTH);
/// assert!(Text::new("ö".repeat(TEXT_MAX_LENGTH + 1)).is_err());
/// ```
pub const TEXT_MAX_LENGTH: usize = 10_000;
/// Maximum length of a [`Title`] value (`title` and `name` members), in code points.
///
/// ```
/// use omvarld::{model::TITLE_MAX_LENGTH, Title};
/// assert_eq!(Title::MAX_LENGTH, TITLE_MAX_LENGTH);
/// assert!(Title::new("ö".repeat(TITLE_MAX_LENGTH)).is_ok());
/// ```
pub const TITLE_MAX_LENGTH: usize = 300;

/// Translatable text with a length limit (text på flera språk): a Swedish value (`sv`, required)
/// and any number of translations keyed by language tag.
///
/// Every value has a character that is not white space and at most
/// `L::MAX` code points: 10 000 for a [`Text`] ([`TextLimit`]), 300 for a
/// [`Title`] ([`TitleLimit`]). Translations are kept sorted by tag, so two
/// texts with the same content compare equal.
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
///
/// A title is a valid text ([`From`]); a text is a title when every value
/// fits ([`TryFrom`]):
///
/// ```
/// use omvarld::{Text, Title};
/// let title = Title::new("Bostäder")?;
/// let text = Text::from(title.clone());
/// assert_eq!(Title::try_from(text)?, title);
/// assert!(Title::try_from(Text::new("å".repeat(301))?).is_err());
/// # Ok::<(), omvarld::TextError>(())
/// ```
///
/// The limit is part of the type, named: a [`Text`] where a [`Title`] is
/// expected does not compile, and the compiler says "expected
/// `LimitedText<TitleLimit>`, found `LimitedText<TextLimit>`".
///
/// ```compile_fail,E0308
/// use omvarld::{Organisation, Text};
/// let name = Text::new("Exempelby kommun")?;
/// let organisation = Organisation::new(name); // a name is a Title
/// # Ok::<(), omvarld::TextError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct LimitedText<L: Limit> {
    sv: Box<str>,
    translations: Box<[(LangTag, Box<str>)]>,
    limit: PhantomData<L>,
}

/// Translatable text (text): at most 10 000 code points a value. See [`LimitedText`].
///
/// ```
/// use omvarld::Text;
/// let statement = Text::from_pairs([("sv", "Malmö vill att staten bidrar."), ("en", "Malmö wants the state to contribute.")])?;
/// assert_eq!(statement.en(), Some("Malmö wants the state to contribute."));
/// assert_eq!(serde_json::to_string(&statement).unwrap(), r#"{"sv":"Malmö vill att staten bidrar.","en":"Malmö wants the state to contribute."}"#);
/// assert!(serde_json::from_str::<Text>(r#"{"en": "no Swedish"}"#).is_err());
/// # Ok::<(), omvarld::TextError>(())
/// ```
pub type Text = LimitedText<TextLimit>;

/// Translatable title or name (titel, namn): at most 300 code points a value. See [`LimitedText`].
///
/// ```
/// use omvarld::{Text, Title};
/// let title = Title::new("Bostäder")?.with("en", "Housing")?;
/// assert_eq!(title.to_string(), "Bostäder");
/// assert!(Title::new("å".repeat(301)).is_err()); // a Text may be longer
/// let text: Text = title.into(); // a title is a valid text
/// # Ok::<(), omvarld::TextError>(())
/// ```
pub type Title = LimitedText<TitleLimit>;

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::TextLimit {}
    impl Sealed for super::TitleLimit {}
}

/// The length limit of a [`LimitedText`]: [`TextLimit`] or [`TitleLimit`]
/// (sealed: the standard has these two).
///
/// ```
/// use omvarld::model::{Limit, TextLimit, TitleLimit};
/// assert_eq!(TextLimit::MAX, 10_000);
/// assert_eq!(TitleLimit::MAX, 300);
/// assert_eq!(omvarld::Title::MAX_LENGTH, TitleLimit::MAX);
/// ```
pub trait Limit:
    sealed::Sealed + Copy + Eq + std::hash::Hash + fmt::Debug + Send + Sync + 'static
{
    /// The most code points a value may have.
    const MAX: usize;
    /// The name of the type in the published schema's `$defs`.
    #[doc(hidden)]
    const SCHEMA_NAME: &'static str;
    /// The type's description in the published schema.
    #[doc(hidden)]
    const DESCRIPTION: &'static str;
}

/// The limit of a [`Text`]: [`TEXT_MAX_LENGTH`] code points a value.
///
/// ```
/// use omvarld::model::{Limit, TextLimit};
/// assert_eq!(TextLimit::MAX, omvarld::model::TEXT_MAX_LENGTH);
/// assert!(omvarld::Text::new("å".repeat(TextLimit::MAX)).is_ok());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TextLimit;

/// The limit of a [`Title`]: [`TITLE_MAX_LENGTH`] code points a value.
///
/// ```
/// use omvarld::model::{Limit, TitleLimit};
/// assert!(omvarld::Title::new("å".repeat(TitleLimit::MAX)).is_ok());
/// assert!(omvarld::Title::new("å".repeat(TitleLimit::MAX + 1)).is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TitleLimit;

impl Limit for TextLimit {
    const MAX: usize = TEXT_MAX_LENGTH;
    const SCHEMA_NAME: &'static str = "Text";
    const DESCRIPTION: &'static str = "Translatable text (text): an object mapping language tags to strings. `sv` (Swedish) is required; every value has a character that is not white space and at most 10 000 characters.";
}

impl Limit for TitleLimit {
    const MAX: usize = TITLE_MAX_LENGTH;
    const SCHEMA_NAME: &'static str = "Title";
    const DESCRIPTION: &'static str = "Translatable title or name (titel, namn): an object mapping language tags to strings. `sv` (Swedish) is required; every value has a character that is not white space and at most 300 characters.";
}

/// Why a value cannot be a [`Text`].
///
/// ```
/// use omvarld::{Text, TextError, Title};
/// assert_eq!(Text::new(" ").unwrap_err(), TextError::Blank { lang: "sv".into() });
/// assert!(matches!(Title::new("å".repeat(301)), Err(TextError::TooLong { length: 301, max: 300, .. })));
/// assert_eq!(Text::from_pairs([("en", "Housing")]).unwrap_err(), TextError::MissingSwedish);
/// let err = Text::new("Bostäder")?.with("EN", "Housing").unwrap_err();
/// assert!(matches!(err, TextError::Tag(_)));
/// # Ok::<(), TextError>(())
/// ```
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

impl<L: Limit> LimitedText<L> {
    /// The limit on each value, in code points.
    pub const MAX_LENGTH: usize = L::MAX;

    /// A text with only a Swedish value.
    ///
    /// # Errors
    /// [`TextError`] when the value is blank or too long.
    pub fn new(sv: impl Into<String>) -> Result<Self, TextError> {
        let sv = sv.into();
        check_value("sv", &sv, L::MAX)?;
        Ok(Self {
            sv: sv.into_boxed_str(),
            translations: Box::default(),
            limit: PhantomData,
        })
    }

    /// Adds (or replaces) the value for `lang`; `sv` replaces the Swedish value.
    ///
    /// # Errors
    /// [`TextError`] when the tag or the value is not valid.
    pub fn with(self, lang: &str, value: impl Into<String>) -> Result<Self, TextError> {
        let value = value.into();
        check_value(lang, &value, L::MAX)?;
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
            check_value(lang, &value, L::MAX)?;
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
            limit: PhantomData,
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

    /// Number of values, Swedish included: at least 1 (a text is never
    /// empty, so there is no `is_empty`).
    ///
    /// ```
    /// let text = omvarld::Text::new("Bostäder")?.with("en", "Housing")?;
    /// assert_eq!(text.len(), 2);
    /// # Ok::<(), omvarld::TextError>(())
    /// ```
    #[must_use]
    #[allow(
        clippy::len_without_is_empty,
        reason = "a text always has its Swedish value"
    )]
    pub fn len(&self) -> usize {
        1 + self.translations.len()
    }

    /// The same text under another limit (a [`Text`] as a [`Title`]); the
    /// conversions [`From`] and [`TryFrom`] between the two call it.
    ///
    /// # Errors
    /// [`TextError::TooLong`] when a value is over the new limit.
    ///
    /// ```
    /// use omvarld::{Text, Title};
    /// let title: Title = Text::new("Bostäder")?.convert()?;
    /// assert_eq!(title.sv(), "Bostäder");
    /// # Ok::<(), omvarld::TextError>(())
    /// ```
    pub fn convert<M: Limit>(self) -> Result<LimitedText<M>, TextError> {
        if M::MAX < L::MAX {
            for (lang, value) in self.iter() {
                check_value(lang, value, M::MAX)?;
            }
        }
        Ok(LimitedText {
            sv: self.sv,
            translations: self.translations,
            limit: PhantomData,
        })
    }
}

/// A title is a valid text: every value of a title fits a text's limit.
impl From<Title> for Text {
    fn from(title: Title) -> Text {
        Text {
            sv: title.sv,
            translations: title.translations,
            limit: PhantomData,
        }
    }
}

/// A text is a title when every value has at most 300 code points.
impl TryFrom<Text> for Title {
    type Error = TextError;

    fn try_from(text: Text) -> Result<Title, TextError> {
        text.convert()
    }
}

impl<L: Limit> fmt::Display for LimitedText<L> {
    /// Writes the Swedish value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sv)
    }
}

impl<L: Limit> fmt::Debug for LimitedText<L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<L: Limit> Serialize for LimitedText<L> {
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

impl<'de, L: Limit> Deserialize<'de> for LimitedText<L> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor<L>(PhantomData<L>);
        impl<'de, L: Limit> Visitor<'de> for TextVisitor<L> {
            type Value = LimitedText<L>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a text object mapping language tags to strings, with `sv`")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LimitedText<L>, A::Error> {
                let mut sv: Option<Box<str>> = None;
                let mut translations: Vec<(LangTag, Box<str>)> = Vec::new();
                while let Some(Key(lang)) = map.next_key::<Key<'de>>()? {
                    let value: String = map.next_value()?;
                    check_value(&lang, &value, L::MAX).map_err(de::Error::custom)?;
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
                    limit: PhantomData,
                })
            }
        }
        deserializer.deserialize_map(TextVisitor::<L>(PhantomData))
    }
}

impl<L: Limit> schemars::JsonSchema for LimitedText<L> {
    fn schema_name() -> Cow<'static, str> {
        L::SCHEMA_NAME.into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "object",
            "description": L::DESCRIPTION,
            "propertyNames": { "pattern": patterns::LANG_TAG },
            "required": ["sv"],
            "additionalProperties": {
                "type": "string",
                "maxLength": L::MAX,
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
