//! `focus_area_numbering`: focus areas read 1, 2, …, n in list order.

use crate::diagnostics::{Code, Detail, Message};
use crate::model::Programme;
use crate::validate::Context;

pub(crate) fn check(p: &Programme, cx: &mut Context) {
    for (k, area) in p.focus_areas.iter().enumerate() {
        let expected = k + 1;
        if u64::from(area.number) != expected as u64 {
            cx.push(
                Code::FocusAreaNumbering,
                format!("/focus_areas/{k}/number"),
                Detail::new(Message::Numbering)
                    .with("id", area.id.as_str())
                    .with("number", u64::from(area.number.get()))
                    .with("place", expected),
            );
        }
    }
}
