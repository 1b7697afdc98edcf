//! The data model of standards 1.0 and 1.1: one type for every object of the
//! document. The 1.1 members are optional, so a 1.0 document reads into the
//! same types; [`versions`] says which members a version has.
//!
//! Every type has serde and schemars implementations; the published schema
//! is generated from them. Every object type carries `extensions`.
//!
//! Reading is checked: a value that deserializes, whether as part of a
//! document or on its own (`serde_json::from_str::<Target>(…)`), is
//! structurally valid for its type under the newest version's schema. An
//! object type reads only from a JSON object with no unknown member (not
//! from an array of its members, which serde's derive would accept), an
//! enumeration only from one of its strings, an optional member never from
//! `null`, and every coded string, text and number is checked as it is
//! built. What serde cannot see is left to [`crate::parse`] and
//! [`Programme::validate`]: that a 1.0 document has no 1.1 member, and the
//! semantic rules that need the whole programme (ids resolve, dates in
//! order, focus areas numbered 1..n).
//!
//! ```
//! use omvarld::Target;
//! assert!(serde_json::from_str::<Target>(r#"{"level": "eu", "body": {"sv": "EU"}}"#).is_ok());
//! // An array of the members is not an object; `null` is not an absent member.
//! assert!(serde_json::from_str::<Target>(r#"["eu", {"sv": "EU"}]"#).is_err());
//! assert!(serde_json::from_str::<Target>(r#"{"level": "eu", "body": {"sv": "EU"}, "extensions": null}"#).is_err());
//! ```

mod activity;
mod arena;
mod body;
mod codes;
mod contribution_aim;
mod date;
mod decision;
mod declare;
mod direction_goal;
mod extensions;
mod focus_area;
mod follow_up;
mod governance_level;
mod id;
mod indicator;
mod indicator_result;
mod integer;
pub(crate) mod labels;
pub(crate) mod newtype;
mod non_empty;
mod organisation;
pub(crate) mod patterns;
mod period;
mod position;
mod programme;
mod publication;
mod reference;
pub(crate) mod serde_helpers;
mod shift;
mod target;
pub(crate) mod text;
pub mod versions;

pub use activity::Activity;
pub use arena::{Arena, ArenaKind};
pub use body::{Body, BodyKind};
pub use codes::{CountryCode, KoladaKpi, LangTag, MunicipalityCode, ReferenceString, Url};
pub use contribution_aim::ContributionAim;
pub use date::Date;
pub use decision::Decision;
pub use declare::StandardObject;
pub use direction_goal::DirectionGoal;
pub use extensions::Extensions;
pub use focus_area::FocusArea;
pub use follow_up::{Assessment, FollowUp};
pub use governance_level::GovernanceLevel;
pub use id::{Id, ID_MAX_LENGTH};
pub use indicator::{Direction, Indicator, Measurement};
pub use indicator_result::{Gender, IndicatorResult, Source};
pub use integer::{FocusAreaNumber, Year};
pub use labels::Label;
pub use non_empty::NonEmpty;
pub use organisation::Organisation;
pub use period::Period;
pub use position::{AdvocacyPosition, Priority, Status};
pub use programme::{Programme, SchemaVersion};
pub use publication::{Publication, PublicationKind};
pub use reference::{Reference, ReferenceKind, Relation};
pub use shift::Shift;
pub use target::Target;
pub use text::{
    Limit, LimitedText, Text, TextError, TextLimit, Title, TitleLimit, TEXT_MAX_LENGTH,
    TITLE_MAX_LENGTH,
};

pub use crate::diagnostics::InvalidValue;
