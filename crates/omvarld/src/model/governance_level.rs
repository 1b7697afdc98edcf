//! [`GovernanceLevel`]: the political level a decision maker or arena is at.

use serde::Serialize;

/// Political or governance level (politisk nivå) of a decision maker or arena.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GovernanceLevel {
    /// Local (lokal): the municipality and its neighbours.
    Local,
    /// Regional (regional), e.g. Region Skåne.
    Regional,
    /// National (nationell), e.g. Regeringen, Riksdagen.
    National,
    /// European Union (EU), e.g. Europeiska kommissionen.
    Eu,
    /// International (internationell), beyond the EU institutions.
    International,
}

crate::macros::string_enum!(GovernanceLevel {
    Local => "local",
    Regional => "regional",
    National => "national",
    Eu => "eu",
    International => "international",
});

// The enum's doc comment is its description in the published schema,
// so the example is on this impl block.
/// Reading and writing the values:
///
/// ```
/// use omvarld::GovernanceLevel;
/// assert_eq!("eu".parse::<GovernanceLevel>()?, GovernanceLevel::Eu);
/// assert_eq!(GovernanceLevel::ALL.first(), Some(&GovernanceLevel::Local));
/// // Only a JSON string reads as a value.
/// assert!(serde_json::from_str::<GovernanceLevel>(r#"{"eu": null}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl GovernanceLevel {}
