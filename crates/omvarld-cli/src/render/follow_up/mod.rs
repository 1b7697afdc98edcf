//! The follow-up report (`omvarld report --follow-up`, uppföljning): per
//! focus area each indicator's baseline, results and target with the
//! figures of [`omvarld::progress`]; the positions overdue for review; and
//! per position its follow-up log as a timeline with the time since the
//! last entry. Its own view and walk, told to the same sinks (Markdown,
//! HTML) as the summary report, so charts, tables and escaping are shared.

pub(crate) mod labels;
pub(crate) mod view;
pub(crate) mod walk;
