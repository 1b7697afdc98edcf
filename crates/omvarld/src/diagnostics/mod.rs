//! Diagnostics: the leaf every other module reports through, and which
//! depends on none of them.
//!
//! - [`Code`] (declared once, with severity, [`Kind`] and one-line
//!   descriptions), [`Severity`], [`Lang`];
//! - [`Issue`] (code, path, structured [`Detail`], optional line and column)
//!   and [`Report`] (its validity derived from its errors);
//! - the message catalogue [`messages`], one module per language, which
//!   renders an issue's message from its detail: parsing and validation
//!   never need to know the language;
//! - the locator that turns JSON Pointers into line and column.

mod code;
pub mod detail;
mod invalid_value;
mod issue;
mod lang;
pub(crate) mod locate;
pub mod messages;
mod report;
mod severity;
mod term;

pub use code::{codes, Code, CodeInfo, Kind};
pub use detail::{Detail, JsonType, ReferenceHint, SyntaxProblem};
pub(crate) use invalid_value::excerpt;
pub use invalid_value::InvalidValue;
pub use issue::Issue;
pub use lang::Lang;
pub use report::Report;
pub use severity::Severity;
pub use term::Term;
