//! `focus_area_numbering`: focus areas read 1, 2, …, n in list order.

use crate::diagnostics::{Code, Detail};
use crate::model::Programme;
use crate::validate::Context;

pub(crate) fn check(p: &Programme, cx: &mut Context) {
    for (k, area) in p.focus_areas.iter().enumerate() {
        let expected = k + 1;
        if u64::from(area.number) != expected as u64 {
            cx.push(
                Code::FocusAreaNumbering,
                format!("/focus_areas/{k}/number"),
                Detail::Numbering {
                    id: area.id.to_string(),
                    number: u64::from(area.number),
                    place: expected as u64,
                },
            );
        }
    }
}
