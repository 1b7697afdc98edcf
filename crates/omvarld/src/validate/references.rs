//! `unknown_reference` and `duplicate_reference`: ids that other objects name
//! (focus areas, aims, arenas and positions; in 1.1 also a decision's body).

use rustc_hash::FxHashSet;

use crate::diagnostics::{Arg, Code, Detail, Message, Term};
use crate::model::{Id, Programme};
use crate::shape::terms;
use crate::suggest;
use crate::validate::Context;

/// Above this many candidates no "did you mean" is computed, so that a
/// document full of bad references stays linear.
const SUGGEST_LIMIT: usize = 2_000;

/// The ids of one list, for look-ups and suggestions.
struct Known<'a> {
    /// What the ids identify.
    of: Term,
    ids: Vec<&'a str>,
    set: FxHashSet<&'a str>,
}

impl<'a> Known<'a> {
    fn new(of: Term, ids: impl Iterator<Item = &'a Id>) -> Self {
        let ids: Vec<&str> = ids.map(Id::as_str).collect();
        let set = ids.iter().copied().collect();
        Self { of, ids, set }
    }

    fn check(&self, cx: &mut Context, path: String, id: &Id) {
        if self.set.contains(id.as_str()) {
            return;
        }
        let near = if self.ids.len() <= SUGGEST_LIMIT {
            suggest::nearest(id.as_str(), self.ids.iter().copied())
        } else {
            None
        };
        let detail = if let Some(near) = near {
            Detail::new(Message::UnknownReferenceNear).with("suggestion", near)
        } else if self.ids.is_empty() {
            Detail::new(Message::UnknownReferenceNoneKnown)
        } else {
            Detail::new(Message::UnknownReference).with(
                "known",
                Arg::names(suggest::distinct(self.ids.iter().copied()), 8),
            )
        };
        let detail = detail.with("id", id.as_str()).with("of", self.of);
        cx.push(Code::UnknownReference, path, detail);
    }

    /// Checks every element of a reference list, and warns on repeats. The
    /// list's path is built only when there is something to report.
    fn check_list(&self, cx: &mut Context, list: impl Fn() -> String, ids: &[Id]) {
        let clean = ids.iter().all(|id| self.set.contains(id.as_str()))
            && ids
                .iter()
                .enumerate()
                .all(|(j, id)| !ids.get(..j).unwrap_or_default().contains(id));
        if clean {
            return;
        }
        let list = list();
        for (j, id) in ids.iter().enumerate() {
            self.check(cx, format!("{list}/{j}"), id);
        }
        duplicates(cx, &list, ids);
    }
}

/// `duplicate_reference` at the second (and any later) occurrence.
fn duplicates(cx: &mut Context, list: &str, ids: &[Id]) {
    for (j, id) in ids.iter().enumerate() {
        let earlier = ids.get(..j).unwrap_or_default();
        // Reference lists are short; a quadratic scan beats hashing here.
        if let Some(first) = earlier.iter().position(|e| e == id) {
            cx.push(
                Code::DuplicateReference,
                format!("{list}/{j}"),
                Detail::new(Message::DuplicateReference)
                    .with("id", id.as_str())
                    .with("first", format!("{list}/{first}")),
            );
        }
    }
}

pub(crate) fn check(p: &Programme, cx: &mut Context) {
    let areas = Known::new(terms::FOCUS_AREA, p.focus_areas.iter().map(|f| &f.id));
    let aims = Known::new(
        terms::CONTRIBUTION_AIM,
        p.contribution_aims.iter().map(|a| &a.id),
    );
    let arenas = Known::new(terms::ARENA, p.arenas.iter().map(|a| &a.id));
    let positions = Known::new(terms::POSITION, p.positions.iter().map(|x| &x.id));
    let bodies = Known::new(terms::BODY, p.bodies.iter().map(|b| &b.id));

    for (k, position) in p.positions.iter().enumerate() {
        areas.check_list(
            cx,
            || format!("/positions/{k}/focus_areas"),
            &position.focus_areas,
        );
        aims.check_list(
            cx,
            || format!("/positions/{k}/contribution_aims"),
            &position.contribution_aims,
        );
        arenas.check_list(cx, || format!("/positions/{k}/arenas"), &position.arenas);
        if let Some(decision) = &position.decision {
            bodies.check(cx, format!("/positions/{k}/decision/body"), &decision.body);
        }
    }
    for (k, activity) in p.activities.iter().enumerate() {
        if let Some(arena) = &activity.arena {
            if !arenas.set.contains(arena.as_str()) {
                arenas.check(cx, format!("/activities/{k}/arena"), arena);
            }
        }
        positions.check_list(
            cx,
            || format!("/activities/{k}/positions"),
            &activity.positions,
        );
    }
    for (k, publication) in p.publications.iter().enumerate() {
        positions.check_list(
            cx,
            || format!("/publications/{k}/positions"),
            &publication.positions,
        );
    }
}
