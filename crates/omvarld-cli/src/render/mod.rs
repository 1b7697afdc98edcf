//! Rendering: validation results as text lines, programme reports as
//! Markdown or HTML: one walk over one shared view, one sink per format.

pub(crate) mod diff;
pub(crate) mod follow_up;
pub(crate) mod html;
pub(crate) mod labels;
pub(crate) mod markdown;
pub(crate) mod plural;
pub(crate) mod text;
pub(crate) mod view;
pub(crate) mod walk;
