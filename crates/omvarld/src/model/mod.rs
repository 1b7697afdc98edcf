//! The data model of standard 1.0: one type for every object of the document.
//!
//! Every type derives serde (checked on the way in: a value that deserializes
//! is structurally valid) and schemars (the published schema is generated
//! from these types). Every object type carries `extensions`.

mod activity;
mod arena;
mod codes;
mod contribution_aim;
mod date;
mod direction_goal;
mod extensions;
mod focus_area;
mod governance_level;
mod id;
mod indicator;
mod integer;
pub(crate) mod newtype;
mod non_empty;
mod organisation;
pub mod patterns;
mod period;
mod position;
mod programme;
mod publication;
pub(crate) mod serde_helpers;
mod target;
pub(crate) mod text;

pub use activity::Activity;
pub use arena::{Arena, ArenaKind};
pub use codes::{CountryCode, KoladaKpi, LangTag, MunicipalityCode, Url};
pub use contribution_aim::ContributionAim;
pub use date::Date;
pub use direction_goal::DirectionGoal;
pub use extensions::Extensions;
pub use focus_area::FocusArea;
pub use governance_level::GovernanceLevel;
pub use id::{Id, ID_MAX_LENGTH};
pub use indicator::{Indicator, Measurement};
pub use integer::{FocusAreaNumber, Year};
pub use non_empty::NonEmpty;
pub use organisation::Organisation;
pub use period::Period;
pub use position::{AdvocacyPosition, Priority, Status};
pub use programme::{Programme, SchemaVersion};
pub use publication::Publication;
pub use target::Target;
pub use text::{LimitedText, Text, TextError, Title, TEXT_MAX_LENGTH, TITLE_MAX_LENGTH};

pub use crate::diagnostics::InvalidValue;
