//! Structural rules that the model types do not hold by themselves.
//!
//! A parsed programme always passes these; one built in code (Rust or
//! Python) may not: a value that is not a finite number, or a member of a
//! newer version than its `schema_version`. (Empty required
//! lists, focus area number 0 and years outside 1900–2100 cannot be built:
//! `NonEmpty`, `FocusAreaNumber` and `Year` do not hold them.)

use crate::diagnostics::{Code, Detail, Message};
use crate::model::{Measurement, Programme};
use crate::validate::Context;

fn measurement(cx: &mut Context, m: &Measurement, path: &str) {
    if !m.value.is_finite() {
        cx.push(
            Code::Format,
            format!("{path}/value"),
            Detail::new(Message::NotFinite),
        );
    }
}

pub(crate) fn check(p: &Programme, cx: &mut Context) {
    // A programme built in code can use members its version does not have.
    for newer in crate::model::versions::newer_members(p) {
        cx.push_issue(crate::parse::newer_member_issue(&newer));
    }
    for (k, area) in p.focus_areas.iter().enumerate() {
        for (i, indicator) in area.direction_goal.indicators.iter().enumerate() {
            let base = format!("/focus_areas/{k}/direction_goal/indicators/{i}");
            if let Some(m) = &indicator.baseline {
                measurement(cx, m, &format!("{base}/baseline"));
            }
            if let Some(m) = &indicator.target {
                measurement(cx, m, &format!("{base}/target"));
            }
            for (j, result) in indicator.results.iter().enumerate() {
                if !result.value.is_finite() {
                    cx.push(
                        Code::Format,
                        format!("{base}/results/{j}/value"),
                        Detail::new(Message::NotFinite),
                    );
                }
            }
        }
    }
}
