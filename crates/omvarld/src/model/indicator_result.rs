//! [`IndicatorResult`], [`Gender`] and [`Source`]: an indicator's value in a
//! year (utfall, standard 1.1).

use serde::Serialize;

use crate::model::serde_helpers::{none, number, number_schema, some, some_object};
use crate::model::{Date, Extensions, ReferenceString, Text, Url, Year};

crate::model::declare::object_type! {
    /// An indicator's value in one year (utfall), for everyone or for women or
    /// men (Kolada's T, K, M). Named `Result` in the standard. Standard 1.1.
    #[non_exhaustive]
    pub struct IndicatorResult {
        /// Year of the value (år), 1900–2100.
        pub year: Year,
        /// The value (värde): a finite number.
        #[serde(deserialize_with = "number")]
        #[schemars(schema_with = "number_schema")]
        pub value: f64,
        /// Whose value it is (kön): `total` (alla), `female` (kvinnor), `male` (män); absent means `total`.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub gender: Option<Gender>,
        /// Comment on the value (kommentar).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub comment: Option<Text>,
        /// Where the value comes from (källa).
        #[serde(
            default,
            skip_serializing_if = "none",
            deserialize_with = "some_object"
        )]
        pub source: Option<Source>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl IndicatorResult {
    /// A result with its required members (`year`, `value`); the others are
    /// empty, to be set with the `with_*` methods.
    ///
    /// ```
    /// use omvarld::model::{Gender, IndicatorResult, Source};
    /// let result = IndicatorResult::new(2024.try_into()?, 61.5)
    ///     .with_gender(Gender::Female)
    ///     .with_source(Source::new("Kolada".parse()?, "2026-11-30".parse()?));
    /// assert_eq!(result.gender(), Gender::Female);
    /// assert_eq!(IndicatorResult::new(2024.try_into()?, 1.0).gender(), Gender::Total);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(year: Year, value: f64) -> Self {
        Self {
            year,
            value,
            gender: Default::default(),
            comment: Default::default(),
            source: Default::default(),
            extensions: Default::default(),
        }
    }

    /// Whose value it is: an absent `gender` is [`Gender::Total`].
    #[must_use]
    pub fn gender(&self) -> Gender {
        self.gender.unwrap_or(Gender::Total)
    }
}

crate::model::declare::with_members!(IndicatorResult {
    with_gender(gender): Option<Gender>,
    with_comment(comment): Option<Text>,
    with_source(source): Option<Source>,
    with_extensions(extensions): Option<Extensions>,
});

/// Whose value a result is (kön), as Kolada divides its values.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// Everyone (totalt; Kolada `T`).
    Total,
    /// Women (kvinnor; Kolada `K`).
    Female,
    /// Men (män; Kolada `M`).
    Male,
}

crate::model::labels::labelled_enum!(Gender {
    Total => "total", en: "total", sv: "totalt", also: ["T", "alla", "samtliga"];
    Female => "female", en: "women", sv: "kvinnor", also: ["K", "kvinna"];
    Male => "male", en: "men", sv: "män", also: ["M", "man"];
});

// The enum's doc comment is its description in the published schema,
// so the example is on this impl block.
/// Reading and writing the values:
///
/// ```
/// use omvarld::model::{Gender, IndicatorResult};
/// assert_eq!("female".parse::<Gender>()?, Gender::Female);
/// // An absent gender is the total.
/// assert_eq!(IndicatorResult::new(2024.try_into()?, 1.0).gender(), Gender::Total);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl Gender {}

crate::model::declare::object_type! {
    /// Where a value comes from (källa), e.g. Kolada, and when it was retrieved.
    #[non_exhaustive]
    pub struct Source {
        /// Name of the source (källa), e.g. `Kolada`.
        pub name: ReferenceString,
        /// Date the value was retrieved (hämtad).
        pub retrieved: Date,
        /// Where the value can be found (webbadress).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub url: Option<Url>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl Source {
    /// A source with its required members (`name`, `retrieved`); the others are
    /// empty, to be set with the `with_*` methods.
    ///
    /// ```
    /// let source = omvarld::model::Source::new("Kolada".parse()?, "2026-11-30".parse()?)
    ///     .with_url("https://kolada.se/".parse()?);
    /// assert_eq!(source.name.as_str(), "Kolada");
    /// assert_eq!(serde_json::to_value(&source)?["url"], "https://kolada.se/");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(name: ReferenceString, retrieved: Date) -> Self {
        Self {
            name,
            retrieved,
            url: Default::default(),
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(Source {
    with_url(url): Option<Url>,
    with_extensions(extensions): Option<Extensions>,
});
