//! Structural rules that the model types do not hold by themselves.
//!
//! A parsed programme always passes these; one built in code (Rust or
//! Python) may not: an empty required list, focus area number 0, a year
//! outside 1900–2100 or a value that is not a finite number.

use crate::diagnostics::{Code, Detail};
use crate::model::{Measurement, Programme};
use crate::validate::Context;

fn empty_list(cx: &mut Context, path: String) {
    cx.push(
        Code::Length,
        path,
        Detail::TooFewElements { found: 0, min: 1 },
    );
}

fn measurement(cx: &mut Context, m: &Measurement, path: &str) {
    if !(1900..=2100).contains(&m.year) {
        cx.push(
            Code::Format,
            format!("{path}/year"),
            Detail::OutOfRange {
                value: m.year.to_string(),
                min: Some("1900".into()),
                max: Some("2100".into()),
            },
        );
    }
    if !m.value.is_finite() {
        cx.push(Code::Format, format!("{path}/value"), Detail::NotFinite);
    }
}

pub(crate) fn check(p: &Programme, cx: &mut Context) {
    if p.focus_areas.is_empty() {
        empty_list(cx, "/focus_areas".into());
    }
    for (k, area) in p.focus_areas.iter().enumerate() {
        if area.number == 0 {
            cx.push(
                Code::Format,
                format!("/focus_areas/{k}/number"),
                Detail::OutOfRange {
                    value: "0".into(),
                    min: Some("1".into()),
                    max: Some(u32::MAX.to_string()),
                },
            );
        }
        for (i, indicator) in area.direction_goal.indicators.iter().enumerate() {
            let base = format!("/focus_areas/{k}/direction_goal/indicators/{i}");
            if let Some(m) = &indicator.baseline {
                measurement(cx, m, &format!("{base}/baseline"));
            }
            if let Some(m) = &indicator.target {
                measurement(cx, m, &format!("{base}/target"));
            }
        }
    }
    for (k, position) in p.positions.iter().enumerate() {
        if position.focus_areas.is_empty() {
            empty_list(cx, format!("/positions/{k}/focus_areas"));
        }
        if position.targets.is_empty() {
            empty_list(cx, format!("/positions/{k}/targets"));
        }
    }
}
