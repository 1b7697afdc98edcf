//! `duplicate_id`: an id repeats within its list.

use rustc_hash::FxHashSet;

use crate::diagnostics::{Code, Detail, Message, Term};
use crate::model::{Id, Programme};
use crate::shape::terms;
use crate::validate::Context;

/// Reports every id after the first of its value in `ids`, at `{list}/{k}/id`.
fn unique<'a>(cx: &mut Context, list: &str, of: Term, ids: impl Iterator<Item = &'a Id>) {
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    for (k, id) in ids.enumerate() {
        if !seen.insert(id.as_str()) {
            cx.push(
                Code::DuplicateId,
                format!("{list}/{k}/id"),
                Detail::new(Message::DuplicateId)
                    .with("id", id.as_str())
                    .with("of", of),
            );
        }
    }
}

pub(crate) fn check(p: &Programme, cx: &mut Context) {
    unique(
        cx,
        "/focus_areas",
        terms::FOCUS_AREA,
        p.focus_areas.iter().map(|f| &f.id),
    );
    for (k, area) in p.focus_areas.iter().enumerate() {
        unique(
            cx,
            &format!("/focus_areas/{k}/direction_goal/indicators"),
            terms::INDICATOR,
            area.direction_goal.indicators.iter().map(|i| &i.id),
        );
    }
    unique(
        cx,
        "/contribution_aims",
        terms::CONTRIBUTION_AIM,
        p.contribution_aims.iter().map(|a| &a.id),
    );
    unique(cx, "/arenas", terms::ARENA, p.arenas.iter().map(|a| &a.id));
    unique(cx, "/bodies", terms::BODY, p.bodies.iter().map(|b| &b.id));
    unique(
        cx,
        "/positions",
        terms::POSITION,
        p.positions.iter().map(|x| &x.id),
    );
    unique(
        cx,
        "/activities",
        terms::ACTIVITY,
        p.activities.iter().map(|a| &a.id),
    );
    unique(
        cx,
        "/publications",
        terms::PUBLICATION,
        p.publications.iter().map(|x| &x.id),
    );
}
