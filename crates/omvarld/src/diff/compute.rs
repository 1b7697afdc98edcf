//! The walk that finds the changes: both documents side by side, guided by
//! the standard's [`Shape`], so that it reads 1.0 and 1.1 documents alike
//! and documents with errors as far as they go.
//!
//! How elements of lists are matched:
//! - lists of objects with an `id` (focus areas, aims, arenas, bodies,
//!   positions, activities, publications, and the indicators of one
//!   direction goal): by id; a reordering is reported as moves;
//! - lists of ids (a position's `focus_areas`, `contribution_aims`,
//!   `arenas`; the `positions` of an activity or publication): as sets, by
//!   value; order is no change;
//! - an indicator's `results`: by year and gender (absent = `total`); order
//!   is no change;
//! - every other list (targets, asks, references, follow-up entries, and
//!   lists the standard does not know): by index within the parent.
//!
//! An element whose key is missing (no id) is matched by its order among
//! the elements without a key; a key that repeats is matched occurrence by
//! occurrence.

use std::borrow::Cow;
use std::cmp::Ordering;

use rustc_hash::FxHashMap;

use super::change::{Change, ChangeKind, Subject};
use super::moves::moved;
use super::tree::{member, Member, Node};
use super::{push_index, push_key};
use crate::shape::strings::StringKind;
use crate::shape::{ObjectType, Shape, Type, TypeRef};

/// The changes from `old` to `new`, in the order of the new document
/// (removals of a list's elements before the list's other changes).
pub(crate) fn changes(old: Node<'_>, new: Node<'_>) -> Vec<Change> {
    let shape = Shape::programme();
    let mut walk = Walk {
        shape,
        changes: Vec::new(),
        old_path: String::new(),
        new_path: String::new(),
    };
    let ctx = Ctx {
        object: "",
        member: None,
        subject: None,
    };
    walk.value(Some(shape.root()), old, new, &ctx);
    walk.changes
}

/// The nearest identified object, borrowed until a change needs it.
#[derive(Clone, Copy)]
struct SubjectRef<'a> {
    object: &'a str,
    id: &'a str,
    old: Option<&'a [Member<'a>]>,
    new: Option<&'a [Member<'a>]>,
}

impl SubjectRef<'_> {
    fn to_owned(self) -> Subject {
        fn title<'a>(m: Option<&'a [Member<'a>]>) -> Option<Node<'a>> {
            m.and_then(|m| member(m, "title").or_else(|| member(m, "name")))
        }
        Subject {
            object: self.object.to_owned(),
            id: self.id.to_owned(),
            title: title(self.new)
                .or_else(|| title(self.old))
                .map(Node::to_value),
        }
    }
}

/// Where the walk is: the object type holding the value, the member it is
/// (or the list it is in), and the nearest identified object.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    object: &'a str,
    member: Option<&'a str>,
    subject: Option<SubjectRef<'a>>,
}

/// Which of the two paths a change has.
#[derive(Clone, Copy)]
enum Paths {
    Old,
    New,
    Both,
}

/// How a list's elements are matched.
#[derive(Clone, Copy)]
enum Matching {
    /// By `id`; order carries meaning.
    Id,
    /// As a set of values.
    Set,
    /// By (year, gender); order carries no meaning.
    Result,
    /// By index.
    Index,
}

struct Walk {
    shape: &'static Shape,
    changes: Vec<Change>,
    old_path: String,
    new_path: String,
}

/// The subject an object is, when its type has an `id` and it has one.
fn subject_of<'a>(
    object: &'a ObjectType,
    old: Option<&'a [Member<'a>]>,
    new: Option<&'a [Member<'a>]>,
) -> Option<SubjectRef<'a>> {
    object.member("id")?;
    let id = |m: Option<&'a [Member<'a>]>| member(m?, "id")?.as_str();
    Some(SubjectRef {
        object: &object.name,
        id: id(new).or_else(|| id(old))?,
        old,
        new,
    })
}

impl Walk {
    fn emit(
        &mut self,
        kind: ChangeKind,
        paths: Paths,
        object: &str,
        ctx: &Ctx<'_>,
        lang: Option<&str>,
        (old, new): (Option<Node<'_>>, Option<Node<'_>>),
    ) {
        let (old_path, new_path) = match paths {
            Paths::Old => (Some(self.old_path.clone()), None),
            Paths::New => (None, Some(self.new_path.clone())),
            Paths::Both => (Some(self.old_path.clone()), Some(self.new_path.clone())),
        };
        self.changes.push(Change {
            kind,
            old_path,
            new_path,
            object: object.to_owned(),
            member: ctx.member.map(str::to_owned),
            lang: lang.map(str::to_owned),
            subject: ctx.subject.map(SubjectRef::to_owned),
            old: old.map(Node::to_value),
            new: new.map(Node::to_value),
        });
    }

    fn value<'a>(&mut self, ty: Option<TypeRef>, old: Node<'a>, new: Node<'a>, ctx: &Ctx<'a>) {
        let shape = self.shape;
        match (ty.map(|t| shape.get(t)), old, new) {
            (Some(Type::Object(object)), Node::Object(a), Node::Object(b)) => {
                self.object(Some(object), a, b, ctx);
            }
            (Some(Type::Extensions) | None, Node::Object(a), Node::Object(b)) => {
                self.object(None, a, b, ctx);
            }
            (Some(Type::Text { .. }), Node::Object(a), Node::Object(b)) => self.text(a, b, ctx),
            (Some(Type::Array { items, .. }), Node::Array(a), Node::Array(b)) => {
                self.list(Some(*items), a, b, ctx);
            }
            (None, Node::Array(a), Node::Array(b)) => self.list(None, a, b, ctx),
            _ if old != new => {
                let kind = match (ctx.object, ctx.member) {
                    ("AdvocacyPosition", Some("status")) => ChangeKind::StatusChanged,
                    ("FocusArea", Some("number")) => ChangeKind::Renumbered,
                    _ => ChangeKind::Changed,
                };
                self.emit(
                    kind,
                    Paths::Both,
                    ctx.object,
                    ctx,
                    None,
                    (Some(old), Some(new)),
                );
            }
            _ => {}
        }
    }

    fn object<'a>(
        &mut self,
        object: Option<&'a ObjectType>,
        a: &'a [Member<'a>],
        b: &'a [Member<'a>],
        ctx: &Ctx<'a>,
    ) {
        let name = object.map_or("", |o| o.name.as_str());
        let subject = object
            .and_then(|o| subject_of(o, Some(a), Some(b)))
            .or(ctx.subject);
        let (old_len, new_len) = (self.old_path.len(), self.new_path.len());
        for (key, va, vb) in side_by_side(a, b) {
            let child = Ctx {
                object: name,
                member: Some(key),
                subject,
            };
            push_key(&mut self.old_path, key);
            push_key(&mut self.new_path, key);
            match (va, vb) {
                (Some(va), Some(vb)) => {
                    let ty = object.and_then(|o| o.member(key)).map(|m| m.ty);
                    self.value(ty, va, vb, &child);
                }
                (Some(va), None) => {
                    self.emit(
                        ChangeKind::Removed,
                        Paths::Old,
                        name,
                        &child,
                        None,
                        (Some(va), None),
                    );
                }
                (None, Some(vb)) => {
                    self.emit(
                        ChangeKind::Added,
                        Paths::New,
                        name,
                        &child,
                        None,
                        (None, Some(vb)),
                    );
                }
                (None, None) => {}
            }
            self.old_path.truncate(old_len);
            self.new_path.truncate(new_len);
        }
    }

    /// A text: each language on its own.
    fn text(&mut self, a: &[Member<'_>], b: &[Member<'_>], ctx: &Ctx<'_>) {
        let (old_len, new_len) = (self.old_path.len(), self.new_path.len());
        for (lang, va, vb) in side_by_side(a, b) {
            let kind = match (va, vb) {
                (Some(x), Some(y)) if x == y => continue,
                (Some(_), Some(_)) => (ChangeKind::Changed, Paths::Both),
                (Some(_), None) => (ChangeKind::Removed, Paths::Old),
                (None, _) => (ChangeKind::Added, Paths::New),
            };
            push_key(&mut self.old_path, lang);
            push_key(&mut self.new_path, lang);
            self.emit(kind.0, kind.1, ctx.object, ctx, Some(lang), (va, vb));
            self.old_path.truncate(old_len);
            self.new_path.truncate(new_len);
        }
    }

    fn list<'a>(
        &mut self,
        items: Option<TypeRef>,
        a: &'a [Node<'a>],
        b: &'a [Node<'a>],
        ctx: &Ctx<'a>,
    ) {
        let shape = self.shape;
        let item = items.map(|t| shape.get(t));
        let (matching, element) = match item {
            Some(Type::Object(o)) if o.name == "IndicatorResult" => {
                (Matching::Result, o.name.as_str())
            }
            Some(Type::Object(o)) if o.member("id").is_some() => (Matching::Id, o.name.as_str()),
            Some(Type::Object(o)) => (Matching::Index, o.name.as_str()),
            Some(Type::Coded { string, .. }) if string.kind == StringKind::Id => {
                (Matching::Set, string.def)
            }
            Some(Type::Coded { string, .. }) => (Matching::Index, string.def),
            Some(Type::Text { title: true, .. }) => (Matching::Index, "Title"),
            Some(Type::Text { .. }) => (Matching::Index, "Text"),
            _ => (Matching::Index, ""),
        };
        let (pairs, removed, _added) = match_elements(matching, a, b);
        let ordered = matches!(matching, Matching::Id);
        let is_moved = if ordered {
            let targets: Vec<usize> = pairs.iter().map(|&(_, j)| j).collect();
            moved(&targets)
        } else {
            vec![false; pairs.len()]
        };
        let identified = |value: Node<'a>, old: bool| -> Option<SubjectRef<'a>> {
            let Some(Type::Object(o)) = item else {
                return None;
            };
            let map = value.as_object();
            if old {
                subject_of(o, map, None)
            } else {
                subject_of(o, None, map)
            }
        };
        let (old_len, new_len) = (self.old_path.len(), self.new_path.len());
        for &i in &removed {
            let Some(&va) = a.get(i) else { continue };
            push_index(&mut self.old_path, i);
            let child = Ctx {
                subject: identified(va, true).or(ctx.subject),
                ..*ctx
            };
            self.emit(
                ChangeKind::Removed,
                Paths::Old,
                element,
                &child,
                None,
                (Some(va), None),
            );
            self.old_path.truncate(old_len);
        }
        // In new order: each element added, or matched (moved or not).
        let mut from: Vec<Option<(usize, bool)>> = vec![None; b.len()];
        for (&(i, j), &m) in pairs.iter().zip(&is_moved) {
            if let Some(slot) = from.get_mut(j) {
                *slot = Some((i, m));
            }
        }
        for (j, &vb) in b.iter().enumerate() {
            push_index(&mut self.new_path, j);
            match from.get(j).copied().flatten() {
                Some((i, is_moved)) => {
                    if let Some(&va) = a.get(i) {
                        push_index(&mut self.old_path, i);
                        if is_moved {
                            let child = Ctx {
                                subject: identified(vb, false).or(ctx.subject),
                                ..*ctx
                            };
                            self.emit(
                                ChangeKind::Moved,
                                Paths::Both,
                                element,
                                &child,
                                None,
                                (None, None),
                            );
                        }
                        if va != vb {
                            self.value(items, va, vb, ctx);
                        }
                        self.old_path.truncate(old_len);
                    }
                }
                None => {
                    let child = Ctx {
                        subject: identified(vb, false).or(ctx.subject),
                        ..*ctx
                    };
                    self.emit(
                        ChangeKind::Added,
                        Paths::New,
                        element,
                        &child,
                        None,
                        (None, Some(vb)),
                    );
                }
            }
            self.new_path.truncate(new_len);
        }
    }
}

/// The key of an element: its id, value or (year, gender), and which
/// occurrence of that key it is; `None` and its order among the elements
/// without one.
type Key<'a> = (Option<Cow<'a, str>>, usize);

fn key_of<'a>(matching: Matching, value: Node<'a>) -> Option<Cow<'a, str>> {
    match matching {
        Matching::Id => value.get("id")?.as_str().map(Cow::Borrowed),
        Matching::Set => value.as_str().map(Cow::Borrowed),
        Matching::Result => {
            // The year as JSON text, so that `2024` and `"2024"` differ.
            let year = value.get("year")?.to_value();
            let gender = value
                .get("gender")
                .and_then(Node::as_str)
                .unwrap_or("total");
            Some(Cow::Owned(format!("{year}/{gender}")))
        }
        Matching::Index => None,
    }
}

fn keys<'a>(matching: Matching, list: &[Node<'a>]) -> Vec<Key<'a>> {
    let mut seen: FxHashMap<Option<Cow<'a, str>>, usize> = FxHashMap::default();
    list.iter()
        .map(|&value| {
            let key = key_of(matching, value);
            let count = seen.entry(key.clone()).or_insert(0);
            let occurrence = *count;
            *count += 1;
            (key, occurrence)
        })
        .collect()
}

/// The matched pairs (old index, new index) in old order, the old indices
/// of removed elements and the new indices of added ones.
fn match_elements(
    matching: Matching,
    a: &[Node<'_>],
    b: &[Node<'_>],
) -> (Vec<(usize, usize)>, Vec<usize>, Vec<usize>) {
    if matches!(matching, Matching::Index) {
        let common = a.len().min(b.len());
        return (
            (0..common).map(|i| (i, i)).collect(),
            (common..a.len()).collect(),
            (common..b.len()).collect(),
        );
    }
    let new_keys = keys(matching, b);
    let mut index: FxHashMap<&Key<'_>, usize> = FxHashMap::default();
    index.reserve(new_keys.len());
    for (j, key) in new_keys.iter().enumerate() {
        index.insert(key, j);
    }
    let mut taken = vec![false; b.len()];
    let mut pairs = Vec::with_capacity(a.len().min(b.len()));
    let mut removed = Vec::new();
    for (i, key) in keys(matching, a).iter().enumerate() {
        match index.get(key) {
            Some(&j) => {
                pairs.push((i, j));
                if let Some(t) = taken.get_mut(j) {
                    *t = true;
                }
            }
            None => removed.push(i),
        }
    }
    let added = taken
        .iter()
        .enumerate()
        .filter(|(_, t)| !**t)
        .map(|(j, _)| j)
        .collect();
    (pairs, removed, added)
}

/// The members of two objects side by side, by name: each name once, with
/// its value in `a`, in `b` or in both.
fn side_by_side<'a>(
    a: &'a [Member<'a>],
    b: &'a [Member<'a>],
) -> impl Iterator<Item = (&'a str, Option<Node<'a>>, Option<Node<'a>>)> {
    let (mut left, mut right) = (a.iter().peekable(), b.iter().peekable());
    std::iter::from_fn(move || {
        let order = match (left.peek(), right.peek()) {
            (None, None) => return None,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some((ka, _)), Some((kb, _))) => ka.cmp(kb),
        };
        match order {
            Ordering::Equal => {
                let ((key, va), (_, vb)) = (left.next()?, right.next()?);
                Some((*key, Some(*va), Some(*vb)))
            }
            Ordering::Less => left.next().map(|(key, va)| (*key, Some(*va), None)),
            Ordering::Greater => right.next().map(|(key, vb)| (*key, None, Some(*vb))),
        }
    })
}
