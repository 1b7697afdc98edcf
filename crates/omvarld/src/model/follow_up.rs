//! [`FollowUp`] and [`Assessment`]: the dated follow-up log of a position
//! (standard 1.1).

use serde::{Deserialize, Serialize};

use crate::model::serde_helpers::{none, some, Object};
use crate::model::{Date, Extensions, Status, Text};

/// One entry of a position's follow-up log (uppföljning), oldest first: from
/// this date the position has this status, and/or this much has got through.
/// An entry has a `status`, an `assessment` or both. Standard 1.1.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("anyOf" = [{"required": ["status"]}, {"required": ["assessment"]}]))]
#[non_exhaustive]
pub struct FollowUp {
    /// Date of the entry (datum).
    pub date: Date,
    /// The position's status from this date (status).
    #[serde(default, skip_serializing_if = "none")]
    pub status: Option<Status>,
    /// How far the position has got through (genomslag).
    #[serde(default, skip_serializing_if = "none")]
    pub assessment: Option<Assessment>,
    /// What happened (anteckning).
    #[serde(default, skip_serializing_if = "none")]
    pub note: Option<Text>,
    /// Local additions that the standard does not define (lokala tillägg).
    #[serde(default, skip_serializing_if = "none")]
    pub extensions: Option<Extensions>,
}

/// The members of a [`FollowUp`] as read, before the check that it has a
/// status or an assessment.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FollowUpFields {
    date: Date,
    #[serde(default, deserialize_with = "some")]
    status: Option<Status>,
    #[serde(default, deserialize_with = "some")]
    assessment: Option<Assessment>,
    #[serde(default, deserialize_with = "some")]
    note: Option<Text>,
    #[serde(default, deserialize_with = "some")]
    extensions: Option<Extensions>,
}

/// Reads the members from a JSON object only (as every object type does:
/// `model::declare::object_type!`), then refuses an entry with neither
/// `status` nor `assessment` (the schema's `anyOf`).
impl<'de> Deserialize<'de> for FollowUp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let Object(f) = Object::<FollowUpFields>::deserialize(deserializer)?;
        if f.status.is_none() && f.assessment.is_none() {
            return Err(serde::de::Error::custom(
                "a follow-up entry needs `status`, `assessment` or both",
            ));
        }
        Ok(Self {
            date: f.date,
            status: f.status,
            assessment: f.assessment,
            note: f.note,
            extensions: f.extensions,
        })
    }
}

impl crate::model::declare::sealed::Sealed for FollowUp {}

impl crate::model::StandardObject for FollowUp {
    const NAME: &'static str = "FollowUp";
}

impl FollowUp {
    /// An entry that records the position's status from `date`.
    ///
    /// ```
    /// use omvarld::model::{Assessment, FollowUp};
    /// let entry = FollowUp::assessed("2026-06-30".parse()?, Assessment::Partial);
    /// assert_eq!(serde_json::to_string(&entry)?, r#"{"date":"2026-06-30","assessment":"partial"}"#);
    /// // Neither status nor assessment: not an entry.
    /// assert!(serde_json::from_str::<FollowUp>(r#"{"date": "2026-06-30"}"#).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn status(date: Date, status: Status) -> Self {
        Self {
            date,
            status: Some(status),
            assessment: None,
            note: None,
            extensions: None,
        }
    }

    /// An entry that records how far the position has got through by `date`.
    #[must_use]
    pub fn assessed(date: Date, assessment: Assessment) -> Self {
        Self {
            date,
            status: None,
            assessment: Some(assessment),
            note: None,
            extensions: None,
        }
    }
}

crate::model::declare::with_members!(FollowUp {
    with_status(status): Option<Status>,
    with_assessment(assessment): Option<Assessment>,
    with_note(note): Option<Text>,
    with_extensions(extensions): Option<Extensions>,
});

/// How far a position has got through (genomslag).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Assessment {
    /// Fully (helt genomslag).
    Full,
    /// Partly (delvis genomslag).
    Partial,
    /// Not at all (inget genomslag).
    None,
    /// Not assessed (ej bedömt).
    NotAssessed,
}

crate::model::labels::labelled_enum!(Assessment {
    Full => "full", en: "full", sv: "helt", also: ["helt genomslag", "fullt"];
    Partial => "partial", en: "partial", sv: "delvis", also: ["delvis genomslag"];
    None => "none", en: "none", sv: "inget", also: ["inget genomslag", "ingen"];
    NotAssessed => "not_assessed", en: "not assessed", sv: "ej bedömt", also: ["inte bedömt", "ej bedömd", "obedömt"];
});

// The enum's doc comment is its description in the published schema,
// so the example is on this impl block.
/// Reading and writing the values:
///
/// ```
/// use omvarld::model::Assessment;
/// assert_eq!("not_assessed".parse::<Assessment>()?, Assessment::NotAssessed);
/// assert_eq!(Assessment::Partial.as_str(), "partial");
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
impl Assessment {}
