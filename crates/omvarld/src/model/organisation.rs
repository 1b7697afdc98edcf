//! [`Organisation`]: the organisation whose programme it is.

use crate::model::serde_helpers::{none, some};
use crate::model::{CountryCode, Extensions, MunicipalityCode, Title};

crate::model::declare::object_type! {
    /// The organisation whose programme it is (organisation), e.g. Malmö stad.
    #[non_exhaustive]
    pub struct Organisation {
        /// Name of the organisation (namn).
        pub name: Title,
        /// Swedish municipality code (kommunkod), four digits; Malmö is 1280.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub municipality_code: Option<MunicipalityCode>,
        /// Country (land), ISO 3166-1 alpha-2, e.g. SE.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub country: Option<CountryCode>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl Organisation {
    /// An Organisation with its required members (`name`); the others are
    /// empty, to be set with the `with_*` methods.
    ///
    /// ```
    /// use omvarld::{Organisation, Title};
    /// let malmo = Organisation::new(Title::new("Malmö stad")?)
    ///     .with_municipality_code("1280".parse()?)
    ///     .with_country("SE".parse()?);
    /// assert_eq!(serde_json::to_string(&malmo)?, r#"{"name":{"sv":"Malmö stad"},"municipality_code":"1280","country":"SE"}"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(name: Title) -> Self {
        Self {
            name,
            municipality_code: Default::default(),
            country: Default::default(),
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(Organisation {
    with_municipality_code(municipality_code): Option<MunicipalityCode>,
    with_country(country): Option<CountryCode>,
    with_extensions(extensions): Option<Extensions>,
});
