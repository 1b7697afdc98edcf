//! [`ContributionAim`]: what the work should contribute to.

use serde::{Deserialize, Serialize};

use crate::model::serde_helpers::{none, some};
use crate::model::{Extensions, Id, Text, Title};

/// What the external relations work should contribute to (arbetet ska bidra
/// till), e.g. "Större genomslag" or "En röst utåt". Malmö has seven.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContributionAim {
    /// Identifier of the aim, unique among aims.
    pub id: Id,
    /// Title of the aim (rubrik).
    pub title: Title,
    /// Longer description (beskrivning).
    #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
    pub description: Option<Text>,
    /// Local additions that the standard does not define (lokala tillägg).
    #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
    pub extensions: Option<Extensions>,
}
