//! # omvarld
//!
//! The open data model, validator and JSON Schemas for a city's *programme for
//! strategic external relations work* (*program för strategiskt
//! omvärldsarbete*), data standards 1.0 and 1.1. The reference programme is Malmö
//! stad's: six focus areas (fokusområden) each with a direction goal
//! (inriktningsmål), seven contribution aims, the arenas where the city acts
//! and the advocacy positions it takes ("Det här vill Malmö").
//!
//! ```
//! use omvarld::{Code, Options};
//!
//! // The built-in Malmö programme is valid.
//! let malmo = omvarld::malmo();
//! assert_eq!(malmo.focus_areas.len(), 6);
//! assert!(malmo.validate(&Options::default()).valid());
//!
//! // A document with a mistake gets a report with stable codes and JSON Pointer paths.
//! let mut doc = serde_json::to_value(&malmo).unwrap();
//! doc["focus_areas"][0]["titel"] = doc["focus_areas"][0]["title"].take();
//! let report = omvarld::validate_str(&doc.to_string(), &Options::default());
//! assert!(!report.valid());
//! assert_eq!(report.errors[0].code, Code::UnknownField);
//! assert_eq!(report.errors[0].path, "/focus_areas/0/titel");
//! assert!(report.errors[0].message.contains("did you mean `title`?"));
//! ```
//!
//! Parsing ([`parse::from_slice`], [`parse::from_str`], [`parse::from_reader`])
//! gives a typed [`Programme`] or a report of every structural problem;
//! [`validate()`] gives the whole report (structural and semantic) for a
//! document; [`Programme::validate`] checks a typed programme. The published
//! schemas come from [`schema`]. Every object type of the standard is a
//! [`StandardObject`]: read one on its own with [`parse::object`], get its
//! schema with [`schema::schema_for`]. Build values in code with `T::new`
//! and the `with_*` methods (`examples/build_in_code.rs`).

pub mod coverage;
pub mod diagnostics;
pub mod diff;
mod macros;
pub mod malmo;
pub mod model;
pub mod parse;
/// JSON Pointers for issue paths. Not part of the API (it may change in any
/// release): the Python binding builds paths with it.
#[doc(hidden)]
pub mod pointer;
pub mod progress;
pub mod schema;
pub mod shape;
mod suggest;
#[cfg(feature = "testing")]
pub mod testing;
pub mod upgrade;
pub mod validate;

pub use coverage::{Coverage, CoverageCell};
pub use diagnostics::{
    codes, Code, CodeInfo, Detail, Explanation, InvalidReport, InvalidValue, Issue, Kind, Lang,
    Report, Severity,
};
pub use diff::{diff, Diff};
pub use malmo::malmo;
pub use model::{
    Activity, AdvocacyPosition, Arena, ArenaKind, ContributionAim, Date, DirectionGoal, Extensions,
    FocusArea, FocusAreaNumber, GovernanceLevel, Id, Indicator, Measurement, NonEmpty,
    Organisation, Period, Priority, Programme, Publication, SchemaVersion, StandardObject, Status,
    Target, Text, TextError, Title, Year,
};
pub use parse::ParseError;
pub use upgrade::{upgrade, upgrade_with};
pub use validate::{validate, validate_file, validate_reader, validate_str, AllowError, Options};

/// The newest version of the data standard this crate implements (it
/// reads every version in [`SchemaVersion::ALL`]).
///
/// ```
/// assert_eq!(omvarld::SCHEMA_VERSION, omvarld::SchemaVersion::LATEST.as_str());
/// assert_eq!(omvarld::malmo().schema_version.as_str(), omvarld::SCHEMA_VERSION);
/// ```
pub const SCHEMA_VERSION: &str = "1.1";

/// The README's Rust code blocks, run as doctests so the quick start never rots.
#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
