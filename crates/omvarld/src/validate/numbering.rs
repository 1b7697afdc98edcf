//! `focus_area_numbering`: focus areas read 1, 2, …, n in list order.

use crate::model::Programme;
use crate::validate::{Code, Context};

pub(crate) fn check(p: &Programme, cx: &mut Context) {
    for (k, area) in p.focus_areas.iter().enumerate() {
        let expected = k + 1;
        if u64::from(area.number) != expected as u64 {
            cx.push(
                Code::FocusAreaNumbering,
                format!("/focus_areas/{k}/number"),
                format!(
                    "focus area `{}` has number {}, but it is number {expected} in the list; focus areas are numbered 1..n in list order",
                    area.id, area.number
                ),
                format!(
                    "fokusområdet `{}` har nummer {}, men står som nummer {expected} i listan; fokusområden numreras 1..n i listans ordning",
                    area.id, area.number
                ),
            );
        }
    }
}
