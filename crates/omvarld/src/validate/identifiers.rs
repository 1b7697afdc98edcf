//! `duplicate_id`: an id repeats within its list.

use rustc_hash::FxHashSet;

use crate::model::{Id, Programme};
use crate::validate::{Code, Context};

/// Reports every id after the first of its value in `ids`, at `{list}/{k}/id`.
fn unique<'a>(cx: &mut Context, list: &str, what: (&str, &str), ids: impl Iterator<Item = &'a Id>) {
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    for (k, id) in ids.enumerate() {
        if !seen.insert(id.as_str()) {
            cx.push(
                Code::DuplicateId,
                format!("{list}/{k}/id"),
                format!("{} id `{id}` is already used by an earlier {} in this list; ids must be unique", what.0, what.0),
                format!("id `{id}` används redan av {} tidigare i listan; id:n måste vara unika", what.1),
            );
        }
    }
}

pub(crate) fn check(p: &Programme, cx: &mut Context) {
    unique(
        cx,
        "/focus_areas",
        ("focus area", "ett fokusområde"),
        p.focus_areas.iter().map(|f| &f.id),
    );
    for (k, area) in p.focus_areas.iter().enumerate() {
        unique(
            cx,
            &format!("/focus_areas/{k}/direction_goal/indicators"),
            ("indicator", "en indikator"),
            area.direction_goal.indicators.iter().map(|i| &i.id),
        );
    }
    unique(
        cx,
        "/contribution_aims",
        ("contribution aim", "ett mål"),
        p.contribution_aims.iter().map(|a| &a.id),
    );
    unique(
        cx,
        "/arenas",
        ("arena", "en arena"),
        p.arenas.iter().map(|a| &a.id),
    );
    unique(
        cx,
        "/positions",
        ("position", "en ståndpunkt"),
        p.positions.iter().map(|x| &x.id),
    );
    unique(
        cx,
        "/activities",
        ("activity", "en aktivitet"),
        p.activities.iter().map(|a| &a.id),
    );
    unique(
        cx,
        "/publications",
        ("publication", "en publikation"),
        p.publications.iter().map(|x| &x.id),
    );
}
