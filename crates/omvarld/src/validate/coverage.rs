//! `uncovered_focus_area` and `unserved_contribution_aim`: gaps in the positions.

use rustc_hash::FxHashSet;

use crate::diagnostics::{Arg, Code, Detail, Message};
use crate::model::Programme;
use crate::validate::Context;

/// A title in the message's language (Swedish where there is no English).
fn title(title: &crate::model::Title) -> Arg {
    Arg::localized(title.get_or_sv("en").to_owned(), title.sv().to_owned())
}

pub(crate) fn check(p: &Programme, cx: &mut Context) {
    let mut areas: FxHashSet<&str> = FxHashSet::default();
    let mut aims: FxHashSet<&str> = FxHashSet::default();
    for position in p.positions.iter().filter(|x| x.is_in_force()) {
        areas.extend(position.focus_areas.iter().map(|id| id.as_str()));
        aims.extend(position.contribution_aims.iter().map(|id| id.as_str()));
    }
    for (k, area) in p.focus_areas.iter().enumerate() {
        if !areas.contains(area.id.as_str()) {
            cx.push(
                Code::UncoveredFocusArea,
                format!("/focus_areas/{k}"),
                Detail::new(Message::Uncovered)
                    .with("id", area.id.as_str())
                    .with("title", title(&area.title)),
            );
        }
    }
    for (k, aim) in p.contribution_aims.iter().enumerate() {
        if !aims.contains(aim.id.as_str()) {
            cx.push(
                Code::UnservedContributionAim,
                format!("/contribution_aims/{k}"),
                Detail::new(Message::Unserved)
                    .with("id", aim.id.as_str())
                    .with("title", title(&aim.title)),
            );
        }
    }
}
