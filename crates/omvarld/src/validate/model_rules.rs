//! Structural rules that the model types do not hold by themselves.
//!
//! A parsed programme always passes these; one built in code (Rust or
//! Python) may not: an empty required list, focus area number 0, a year
//! outside 1900–2100 or a value that is not a finite number.

use crate::model::{Measurement, Programme};
use crate::validate::{Code, Context};

fn empty_list(cx: &mut Context, path: String) {
    cx.push(
        Code::Length,
        path,
        "the list is empty; at least one element is required".into(),
        "listan är tom; minst ett element krävs".into(),
    );
}

fn measurement(cx: &mut Context, m: &Measurement, path: &str) {
    if !(1900..=2100).contains(&m.year) {
        cx.push(
            Code::Format,
            format!("{path}/year"),
            format!("year {} is outside 1900–2100", m.year),
            format!("året {} ligger utanför 1900–2100", m.year),
        );
    }
    if !m.value.is_finite() {
        cx.push(
            Code::Format,
            format!("{path}/value"),
            "the value is not a finite number".into(),
            "värdet är inte ett ändligt tal".into(),
        );
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
                "the number is 0; focus areas are numbered from 1".into(),
                "numret är 0; fokusområden numreras från 1".into(),
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
