//! `duplicate_result_year`: two results of one indicator for the same year
//! and gender (standard 1.1).

use rustc_hash::FxHashSet;

use crate::diagnostics::{Code, Detail, Message};
use crate::model::Programme;
use crate::validate::Context;

pub(crate) fn check(p: &Programme, cx: &mut Context) {
    for (k, area) in p.focus_areas.iter().enumerate() {
        for (i, indicator) in area.direction_goal.indicators.iter().enumerate() {
            let mut seen = FxHashSet::default();
            for (j, result) in indicator.results.iter().enumerate() {
                if !seen.insert((result.year, result.gender())) {
                    cx.push(
                        Code::DuplicateResultYear,
                        format!("/focus_areas/{k}/direction_goal/indicators/{i}/results/{j}/year"),
                        Detail::new(Message::DuplicateResultYear)
                            .with("id", indicator.id.as_str())
                            .with("year", result.year.to_string())
                            .with("gender", result.gender().as_str()),
                    );
                }
            }
        }
    }
}
