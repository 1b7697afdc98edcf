//! `date_order`, `activity_outside_period` and `review_overdue`.
//!
//! `date_order` covers the period, a position's review date (after its
//! adoption and, in 1.1, its decision), an activity's end, and (1.1) the
//! follow-up log, which is oldest first.

use crate::diagnostics::{Code, Detail, Message};
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
            Detail::new(Message::DateOrder)
                .with("earlier", earlier.0)
                .with("earlier_date", earlier.1.to_string())
                .with("later", later.0)
                .with("later_date", later.1.to_string()),
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
        if let (Some(decision), Some(review_by)) = (&position.decision, position.review_by) {
            order(
                cx,
                format!("/positions/{k}/review_by"),
                ("decision.date", decision.date),
                ("review_by", review_by),
            );
        }
        // The follow-up log is oldest first: each entry on or after the one before.
        for (j, pair) in position.follow_up.windows(2).enumerate() {
            if let [before, entry] = pair {
                order(
                    cx,
                    format!("/positions/{k}/follow_up/{}/date", j + 1),
                    ("date", before.date),
                    ("date", entry.date),
                );
            }
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
                    Detail::new(Message::OutsidePeriod)
                        .with("id", activity.id.as_str())
                        .with("starts", activity.starts.to_string())
                        .with("start", period.start.to_string())
                        .with(
                            "end",
                            period.end.map_or_else(|| "…".to_owned(), |e| e.to_string()),
                        ),
                );
            }
        }
    }
    if let Some(as_of) = as_of {
        for (k, position) in p.positions.iter().enumerate() {
            if let Some(review_by) = position.review_overdue(as_of) {
                cx.push(
                    Code::ReviewOverdue,
                    format!("/positions/{k}/review_by"),
                    Detail::new(Message::ReviewOverdue)
                        .with("id", position.id.as_str())
                        .with("status", position.status.as_str())
                        .with("review_by", review_by.to_string())
                        .with("as_of", as_of.to_string()),
                );
            }
        }
    }
}
