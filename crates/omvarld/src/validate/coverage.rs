//! `uncovered_focus_area` and `unserved_contribution_aim`: gaps in the positions.

use rustc_hash::FxHashSet;

use crate::model::Programme;
use crate::validate::{Code, Context};

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
                format!(
                    "no adopted or active position names focus area `{}` ({})",
                    area.id,
                    area.title.get_or_sv("en")
                ),
                format!(
                    "ingen antagen eller aktiv ståndpunkt gäller fokusområdet `{}` ({})",
                    area.id,
                    area.title.sv()
                ),
            );
        }
    }
    for (k, aim) in p.contribution_aims.iter().enumerate() {
        if !aims.contains(aim.id.as_str()) {
            cx.push(
                Code::UnservedContributionAim,
                format!("/contribution_aims/{k}"),
                format!(
                    "no adopted or active position names contribution aim `{}` ({})",
                    aim.id,
                    aim.title.get_or_sv("en")
                ),
                format!(
                    "ingen antagen eller aktiv ståndpunkt bidrar till målet `{}` ({})",
                    aim.id,
                    aim.title.sv()
                ),
            );
        }
    }
}
