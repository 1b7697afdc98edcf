//! Rendering: validation results as text lines, programme reports as
//! Markdown or HTML over one shared view.

pub(crate) mod html;
pub(crate) mod labels;
pub(crate) mod markdown;
pub(crate) mod text;
pub(crate) mod view;
