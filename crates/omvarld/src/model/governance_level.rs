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

crate::model::labels::labelled_enum!(GovernanceLevel {
    Local => "local", en: "local", sv: "lokal", also: ["lokalt", "kommunal", "kommunalt"];
    Regional => "regional", en: "regional", sv: "regional", also: ["regionalt"];
    National => "national", en: "national", sv: "nationell", also: ["nationellt", "statlig"];
    Eu => "eu", en: "EU", sv: "EU", also: ["EU-nivå", "europeisk"];
    International => "international", en: "international", sv: "internationell", also: ["internationellt", "global"];
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
