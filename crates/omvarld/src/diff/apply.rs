//! [`Diff::apply`](super::Diff::apply): the old document with a diff's
//! changes made, which is the new document (up to the order of lists whose
//! order carries no meaning).
//!
//! The walk follows the old document, knowing for each place its path in
//! both documents: a value with a change at its old path takes the new
//! value; a removed member or element is left out; an object gets the
//! members added at its new path; a list gets its added and moved elements
//! at their new indices, and the other elements it keeps fill the remaining
//! places in their old order.

use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::{Map, Value};

use super::change::{Change, ChangeKind};
use super::{push_index, push_key};
use crate::pointer::tokens;

/// Why a diff could not be applied to a document: it was made from another
/// document, or edited by hand.
///
/// ```
/// use omvarld::diff::{diff_values, ApplyError};
/// use serde_json::json;
/// let diff = diff_values(&json!({"positions": [{"id": "a"}]}), &json!({"positions": []}));
/// let err = diff.apply(&json!({"title": {"sv": "Annat"}})).unwrap_err();
/// assert!(matches!(err, ApplyError::Missing { ref path } if path == "/positions/0"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ApplyError {
    /// A change names a place the document does not have.
    #[error("the document has nothing at `{path}`, where the diff has a change")]
    Missing {
        /// The change's old path.
        path: String,
    },
    /// Added or moved elements of a list do not fit its new length, or two
    /// land on the same index.
    #[error("the changes do not fit the list at `{path}`")]
    Misfit {
        /// The list's new path.
        path: String,
    },
    /// A change lacks the path or value its kind needs.
    #[error("a `{kind}` change lacks its {lacks}")]
    Incomplete {
        /// The change's kind.
        kind: String,
        /// What it lacks (`new_path`, `new`, …).
        lacks: &'static str,
    },
}

/// The changes, indexed by where the walk meets them.
struct Index<'d> {
    /// New values of changed places, by old path.
    replaced: FxHashMap<&'d str, &'d Value>,
    /// Old paths of removed members and elements.
    removed: FxHashSet<&'d str>,
    /// New index of moved elements, by old path.
    moved: FxHashMap<&'d str, usize>,
    /// Added members and elements, by the new path of their parent: the
    /// last token of the path and the value.
    added: FxHashMap<&'d str, Vec<(String, &'d Value)>>,
    /// How many changes the walk met, to find those that name nothing.
    met: usize,
}

fn kind_name(kind: ChangeKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The parent's path and the last token of `path`.
fn split(path: &str) -> Option<(&str, String)> {
    let (parent, _) = path.rsplit_once('/')?;
    let last = tokens(path).pop()?;
    Some((parent, last))
}

impl<'d> Index<'d> {
    fn new(changes: &'d [Change]) -> Result<Self, ApplyError> {
        let mut index = Index {
            replaced: FxHashMap::default(),
            removed: FxHashSet::default(),
            moved: FxHashMap::default(),
            added: FxHashMap::default(),
            met: 0,
        };
        let lacks = |c: &Change, lacks| ApplyError::Incomplete {
            kind: kind_name(c.kind),
            lacks,
        };
        for change in changes {
            match change.kind {
                ChangeKind::Added => {
                    let path = change
                        .new_path
                        .as_deref()
                        .ok_or_else(|| lacks(change, "new_path"))?;
                    let value = change.new.as_ref().ok_or_else(|| lacks(change, "new"))?;
                    let (parent, last) = split(path).ok_or_else(|| lacks(change, "new_path"))?;
                    index.added.entry(parent).or_default().push((last, value));
                }
                ChangeKind::Removed => {
                    let path = change
                        .old_path
                        .as_deref()
                        .ok_or_else(|| lacks(change, "old_path"))?;
                    index.removed.insert(path);
                }
                ChangeKind::Moved => {
                    let path = change
                        .old_path
                        .as_deref()
                        .ok_or_else(|| lacks(change, "old_path"))?;
                    let to = change
                        .new_path
                        .as_deref()
                        .and_then(split)
                        .and_then(|(_, last)| last.parse().ok())
                        .ok_or_else(|| lacks(change, "new_path"))?;
                    index.moved.insert(path, to);
                }
                ChangeKind::Changed | ChangeKind::StatusChanged | ChangeKind::Renumbered => {
                    let path = change
                        .old_path
                        .as_deref()
                        .ok_or_else(|| lacks(change, "old_path"))?;
                    let value = change.new.as_ref().ok_or_else(|| lacks(change, "new"))?;
                    index.replaced.insert(path, value);
                }
            }
        }
        Ok(index)
    }

    fn value(
        &mut self,
        old: &Value,
        op: &mut String,
        np: &mut String,
    ) -> Result<Value, ApplyError> {
        if let Some(new) = self.replaced.get(op.as_str()) {
            self.met += 1;
            return Ok((*new).clone());
        }
        match old {
            Value::Object(map) => self.object(map, op, np),
            Value::Array(items) => self.list(items, op, np),
            other => Ok(other.clone()),
        }
    }

    fn object(
        &mut self,
        map: &Map<String, Value>,
        op: &mut String,
        np: &mut String,
    ) -> Result<Value, ApplyError> {
        let (old_len, new_len) = (op.len(), np.len());
        let mut out = Map::new();
        for (key, value) in map {
            push_key(op, key);
            if self.removed.contains(op.as_str()) {
                self.met += 1;
            } else {
                push_key(np, key);
                let value = self.value(value, op, np)?;
                out.insert(key.clone(), value);
                np.truncate(new_len);
            }
            op.truncate(old_len);
        }
        if let Some(added) = self.added.remove(np.as_str()) {
            for (key, value) in added {
                self.met += 1;
                out.insert(key, value.clone());
            }
        }
        Ok(Value::Object(out))
    }

    fn list(
        &mut self,
        items: &[Value],
        op: &mut String,
        np: &mut String,
    ) -> Result<Value, ApplyError> {
        let (old_len, new_len) = (op.len(), np.len());
        let added = self.added.remove(np.as_str()).unwrap_or_default();
        // The elements kept, with the new index of those that moved.
        let mut kept: Vec<(usize, Option<usize>)> = Vec::with_capacity(items.len());
        for i in 0..items.len() {
            push_index(op, i);
            if self.removed.contains(op.as_str()) {
                self.met += 1;
            } else {
                kept.push((i, self.moved.get(op.as_str()).copied()));
            }
            op.truncate(old_len);
        }
        let len = kept.len() + added.len();
        let list_path = np.clone();
        let misfit = || ApplyError::Misfit {
            path: list_path.clone(),
        };
        // slots[j]: which old element (Ok) or added value (Err) lands at j.
        let mut slots: Vec<Option<Result<usize, &Value>>> = vec![None; len];
        for (token, value) in &added {
            let slot = token
                .parse::<usize>()
                .ok()
                .and_then(|j| slots.get_mut(j))
                .ok_or_else(misfit)?;
            if slot.replace(Err(*value)).is_some() {
                return Err(misfit());
            }
            self.met += 1;
        }
        for &(i, to) in &kept {
            if let Some(j) = to {
                let slot = slots.get_mut(j).ok_or_else(misfit)?;
                if slot.replace(Ok(i)).is_some() {
                    return Err(misfit());
                }
                self.met += 1;
            }
        }
        let mut rest = kept.iter().filter(|(_, to)| to.is_none()).map(|&(i, _)| i);
        for slot in &mut slots {
            if slot.is_none() {
                *slot = rest.next().map(Ok);
            }
        }
        let mut out = Vec::with_capacity(len);
        for (j, slot) in slots.into_iter().enumerate() {
            match slot {
                Some(Ok(i)) => {
                    let old = items.get(i).ok_or_else(misfit)?;
                    push_index(op, i);
                    push_index(np, j);
                    out.push(self.value(old, op, np)?);
                    op.truncate(old_len);
                    np.truncate(new_len);
                }
                Some(Err(value)) => out.push(value.clone()),
                None => return Err(misfit()),
            }
        }
        Ok(Value::Array(out))
    }
}

/// `old` with `changes` made.
pub(crate) fn apply(changes: &[Change], old: &Value) -> Result<Value, ApplyError> {
    let mut index = Index::new(changes)?;
    let (mut op, mut np) = (String::new(), String::new());
    let out = index.value(old, &mut op, &mut np)?;
    if index.met < changes.len() {
        // Some change names a place the walk never reached.
        let path = changes
            .iter()
            .filter(|c| c.kind != ChangeKind::Added)
            .find_map(|c| c.old_path.as_ref().filter(|p| old.pointer(p).is_none()))
            .cloned()
            .or_else(|| index.added.keys().min().map(|p| (*p).to_owned()))
            .unwrap_or_default();
        return Err(ApplyError::Missing { path });
    }
    Ok(out)
}
