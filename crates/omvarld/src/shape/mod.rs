//! The shape of the document: what the standard's objects and values are
//! called in English and Swedish ([`terms`]), and the string types with
//! their checks and what a valid value looks like ([`strings`]).

pub mod strings;
pub mod terms;
