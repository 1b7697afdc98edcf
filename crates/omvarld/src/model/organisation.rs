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
    /// A Organisation with its required members (`name`); the optional
    /// ones are empty, to be set through their public fields.
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
