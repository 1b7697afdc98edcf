//! `unknown_reference` and `duplicate_reference`: ids that other objects name.

use rustc_hash::FxHashSet;

use crate::model::{Id, Programme};
use crate::suggest;
use crate::validate::{Code, Context};

/// Above this many candidates no "did you mean" is computed, so that a
/// document full of bad references stays linear.
const SUGGEST_LIMIT: usize = 2_000;

/// The ids of one list, for look-ups and suggestions.
struct Known<'a> {
    /// English and Swedish name of what the ids identify.
    what: (&'static str, &'static str),
    ids: Vec<&'a str>,
    set: FxHashSet<&'a str>,
}

impl<'a> Known<'a> {
    fn new(what: (&'static str, &'static str), ids: impl Iterator<Item = &'a Id>) -> Self {
        let ids: Vec<&str> = ids.map(Id::as_str).collect();
        let set = ids.iter().copied().collect();
        Self { what, ids, set }
    }

    fn check(&self, cx: &mut Context, path: String, id: &Id) {
        if self.set.contains(id.as_str()) {
            return;
        }
        let hint_en;
        let hint_sv;
        let near = if self.ids.len() <= SUGGEST_LIMIT {
            suggest::nearest(id.as_str(), self.ids.iter().copied())
        } else {
            None
        };
        if let Some(near) = near {
            hint_en = format!("did you mean `{near}`?");
            hint_sv = format!("menade du `{near}`?");
        } else if self.ids.is_empty() {
            hint_en = "the document has none".to_owned();
            hint_sv = "dokumentet har inga".to_owned();
        } else {
            let known = suggest::list(self.ids.iter().copied(), 8);
            hint_en = format!("known: {known}");
            hint_sv = format!("kända: {known}");
        }
        cx.push(
            Code::UnknownReference,
            path,
            format!("{} `{id}` does not exist; {hint_en}", self.what.0),
            format!("{} `{id}` finns inte; {hint_sv}", self.what.1),
        );
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
                format!(
                    "`{id}` is already listed at {list}/{first}; each id needs to be listed once"
                ),
                format!(
                    "`{id}` finns redan på {list}/{first}; varje id behöver bara anges en gång"
                ),
            );
        }
    }
}

pub(crate) fn check(p: &Programme, cx: &mut Context) {
    let areas = Known::new(
        ("focus area", "fokusområdet"),
        p.focus_areas.iter().map(|f| &f.id),
    );
    let aims = Known::new(
        ("contribution aim", "målet"),
        p.contribution_aims.iter().map(|a| &a.id),
    );
    let arenas = Known::new(("arena", "arenan"), p.arenas.iter().map(|a| &a.id));
    let positions = Known::new(
        ("position", "ståndpunkten"),
        p.positions.iter().map(|x| &x.id),
    );

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
