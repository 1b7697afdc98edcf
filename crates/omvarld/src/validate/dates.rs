//! `date_order`, `activity_outside_period` and `review_overdue`.

use crate::diagnostics::{Code, Detail};
use crate::model::{Date, Programme};
use crate::validate::Context;

/// `date_order` at `path` when `later` is before `earlier`.
fn order(
    cx: &mut Context,
    path: String,
    earlier: (&'static str, Date),
    later: (&'static str, Date),
) {
    if later.1 < earlier.1 {
        cx.push(
            Code::DateOrder,
            path,
            Detail::DateOrder {
                earlier: earlier.0,
                earlier_date: earlier.1.to_string(),
                later: later.0,
                later_date: later.1.to_string(),
            },
        );
    }
}

pub(crate) fn check(p: &Programme, as_of: Option<Date>, cx: &mut Context) {
    if let Some(period) = &p.period {
        if let Some(end) = period.end {
            order(
                cx,
                "/period/end".into(),
                ("start", period.start),
                ("end", end),
            );
        }
    }
    for (k, position) in p.positions.iter().enumerate() {
        if let (Some(adopted), Some(review_by)) = (position.adopted, position.review_by) {
            order(
                cx,
                format!("/positions/{k}/review_by"),
                ("adopted", adopted),
                ("review_by", review_by),
            );
        }
    }
    for (k, activity) in p.activities.iter().enumerate() {
        if let Some(ends) = activity.ends {
            order(
                cx,
                format!("/activities/{k}/ends"),
                ("starts", activity.starts),
                ("ends", ends),
            );
        }
    }
    if let Some(period) = &p.period {
        for (k, activity) in p.activities.iter().enumerate() {
            if !period.contains(activity.starts) {
                cx.push(
                    Code::ActivityOutsidePeriod,
                    format!("/activities/{k}/starts"),
                    Detail::OutsidePeriod {
                        id: activity.id.to_string(),
                        starts: activity.starts.to_string(),
                        start: period.start.to_string(),
                        end: period.end.map(|e| e.to_string()),
                    },
                );
            }
        }
    }
    if let Some(as_of) = as_of {
        for (k, position) in p.positions.iter().enumerate() {
            if let Some(review_by) = position
                .review_by
                .filter(|d| *d < as_of && position.is_in_force())
            {
                cx.push(
                    Code::ReviewOverdue,
                    format!("/positions/{k}/review_by"),
                    Detail::ReviewOverdue {
                        id: position.id.to_string(),
                        status: position.status.as_str(),
                        review_by: review_by.to_string(),
                        as_of: as_of.to_string(),
                    },
                );
            }
        }
    }
}
