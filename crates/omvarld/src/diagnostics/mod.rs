//! Diagnostics: the leaf every other module reports through, and which
//! depends on none of them.
//!
//! - [`Code`] and [`Message`], each declared once in the catalogue
//!   (`catalogue.rs`: codes with severity, [`Kind`] and one-line
//!   descriptions; messages in English and Swedish side by side);
//!   [`Severity`], [`Lang`];
//! - [`Explanation`]: the long explanation of every code (what it means, a
//!   minimal document that triggers it, how to fix it), declared once in
//!   `explanations.rs`;
//! - [`Issue`] (code, path, structured [`Detail`], optional line and column)
//!   and [`Report`] (its validity derived from its errors);
//! - [`messages`], which renders an issue's message from its detail at the
//!   end: parsing and validation never need to know the language;
//! - the locator that turns JSON Pointers into line and column.

mod catalogue;
mod code;
pub mod detail;
mod explanations;
mod invalid_value;
mod issue;
mod lang;
pub(crate) mod locate;
pub mod messages;
mod report;
mod severity;
mod term;

pub use catalogue::{Code, Message};
pub use code::{codes, CodeInfo, Kind};
pub use detail::{Arg, Detail, JsonType};
pub use explanations::Explanation;
pub(crate) use invalid_value::excerpt;
pub use invalid_value::InvalidValue;
pub use issue::Issue;
pub use lang::Lang;
pub use report::{InvalidReport, Report};
pub use severity::Severity;
pub use term::Term;
