//! `uncovered_focus_area` and `unserved_contribution_aim`: gaps in the positions.

use rustc_hash::FxHashSet;

use crate::diagnostics::{Code, Detail};
use crate::model::Programme;
use crate::validate::Context;

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
                Detail::Uncovered {
                    id: area.id.to_string(),
                    title_sv: area.title.sv().to_owned(),
                    title_en: area.title.get_or_sv("en").to_owned(),
                },
            );
        }
    }
    for (k, aim) in p.contribution_aims.iter().enumerate() {
        if !aims.contains(aim.id.as_str()) {
            cx.push(
                Code::UnservedContributionAim,
                format!("/contribution_aims/{k}"),
                Detail::Unserved {
                    id: aim.id.to_string(),
                    title_sv: aim.title.sv().to_owned(),
                    title_en: aim.title.get_or_sv("en").to_owned(),
                },
            );
        }
    }
}
