//! `date_order`, `activity_outside_period` and `review_overdue`.

use crate::model::{Date, Programme};
use crate::validate::{Code, Context};

/// `date_order` at `path` when `later` is before `earlier`.
fn order(cx: &mut Context, path: String, earlier: (&str, Date), later: (&str, Date)) {
    if later.1 < earlier.1 {
        cx.push(
            Code::DateOrder,
            path,
            format!(
                "`{}` {} is before `{}` {}; it must be on or after it",
                later.0, later.1, earlier.0, earlier.1
            ),
            format!(
                "`{}` {} ligger före `{}` {}; det måste vara samma dag eller senare",
                later.0, later.1, earlier.0, earlier.1
            ),
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
                let end = period.end.map_or_else(|| "…".to_owned(), |e| e.to_string());
                cx.push(
                    Code::ActivityOutsidePeriod,
                    format!("/activities/{k}/starts"),
                    format!(
                        "activity `{}` starts {}, outside the programme period {} – {end}",
                        activity.id, activity.starts, period.start
                    ),
                    format!(
                        "aktiviteten `{}` börjar {}, utanför programperioden {} – {end}",
                        activity.id, activity.starts, period.start
                    ),
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
                    format!("position `{}` ({}) was due for review by {review_by}, before {as_of}", position.id, position.status),
                    format!("ståndpunkten `{}` ({}) skulle ha setts över senast {review_by}, före {as_of}", position.id, position.status),
                );
            }
        }
    }
}
