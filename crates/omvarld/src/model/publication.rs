//! [`Publication`]: a published collection of positions.

use serde::{Deserialize, Serialize};

use crate::model::serde_helpers::{empty, none, some};
use crate::model::{Date, Extensions, Id, Title, Url};

/// A published collection of positions (publikation), e.g. the folder
/// "Det här vill Malmö".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Publication {
    /// Identifier of the publication, unique among publications.
    pub id: Id,
    /// Title of the publication (titel).
    pub title: Title,
    /// Date of publication (publicerad).
    #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
    pub published: Option<Date>,
    /// Where it can be read (webbadress).
    #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
    pub url: Option<Url>,
    /// Positions it contains (ståndpunkter), by id.
    #[serde(default, skip_serializing_if = "empty")]
    pub positions: Vec<Id>,
    /// Local additions that the standard does not define (lokala tillägg).
    #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
    pub extensions: Option<Extensions>,
}

impl Publication {
    /// A Publication with its required members (`id`, `title`); the optional
    /// ones are empty, to be set through their public fields.
    #[must_use]
    pub fn new(id: Id, title: Title) -> Self {
        Self {
            id,
            title,
            published: Default::default(),
            url: Default::default(),
            positions: Default::default(),
            extensions: Default::default(),
        }
    }
}
