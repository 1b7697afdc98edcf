//! One difference between two programme documents: [`Change`], what kind
//! it is ([`ChangeKind`]) and the identified object it belongs to
//! ([`Subject`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::diagnostics::Lang;

/// What kind of difference a [`Change`] is.
///
/// ```
/// use omvarld::diff::ChangeKind;
/// assert_eq!(serde_json::to_value(ChangeKind::StatusChanged).unwrap(), "status_changed");
/// assert_eq!(ChangeKind::Moved.label(omvarld::Lang::Sv), "flyttad");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[schemars(description = "What kind of difference a change is (förändringstyp).")]
#[non_exhaustive]
pub enum ChangeKind {
    /// A member, a language of a text or a list element that only the new
    /// document has (tillagd); `new_path` says where, `new` what.
    Added,
    /// A member, a language of a text or a list element that only the old
    /// document has (borttagen); `old_path` says where, `old` what.
    Removed,
    /// A value that differs (ändrad): `old` and `new` at `old_path` and `new_path`.
    Changed,
    /// An element of a list whose order carries meaning that now stands
    /// elsewhere among the elements both documents have (flyttad); the
    /// element itself may also have changes of its own.
    Moved,
    /// A position's `status` that differs (statusändring), e.g. `adopted` → `achieved`.
    StatusChanged,
    /// A focus area's `number` that differs (omnumrerad).
    Renumbered,
}

impl ChangeKind {
    /// What the kind is called in `lang`.
    ///
    /// ```
    /// use omvarld::{diff::ChangeKind, Lang};
    /// assert_eq!(ChangeKind::StatusChanged.label(Lang::Sv), "ändrad status");
    /// assert_eq!(ChangeKind::Renumbered.label(Lang::En), "renumbered");
    /// ```
    #[must_use]
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ChangeKind::Added => lang.pick("added", "tillagd"),
            ChangeKind::Removed => lang.pick("removed", "borttagen"),
            ChangeKind::Changed => lang.pick("changed", "ändrad"),
            ChangeKind::Moved => lang.pick("moved", "flyttad"),
            ChangeKind::StatusChanged => lang.pick("status changed", "ändrad status"),
            ChangeKind::Renumbered => lang.pick("renumbered", "omnumrerad"),
        }
    }
}

/// The nearest object with an id that a change is in (or is): the position,
/// focus area, indicator, … the reader knows it by.
///
/// ```
/// let old = omvarld::malmo();
/// let mut new = old.clone();
/// new.arenas[0].name = omvarld::Title::new("Ny titel").unwrap();
/// let diff = omvarld::diff(&old, &new);
/// let subject = diff.changes[0].subject.as_ref().unwrap();
/// assert_eq!(subject.object, "Arena");
/// assert_eq!(subject.id, old.arenas[0].id.as_str());
/// assert_eq!(subject.title.as_ref().unwrap()["sv"], "Ny titel");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "The nearest object with an id that a change is in or is: the position, focus area, indicator, … the reader knows it by."
)]
#[non_exhaustive]
pub struct Subject {
    /// Its type, by its name in the programme schema's `$defs`
    /// (`AdvocacyPosition`, `FocusArea`, `Indicator`, …; `Programme` for the
    /// document itself).
    pub object: String,
    /// Its id.
    pub id: String,
    /// Its `title` (or `name`) as a text, from the new document where it is
    /// there, else from the old one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Value>,
}

/// One difference between two programme documents (förändring).
///
/// Paths are JSON Pointers (RFC 6901): `old_path` into the old document,
/// `new_path` into the new one. An addition has only `new_path`, a removal
/// only `old_path`, every other kind both.
///
/// ```
/// use omvarld::diff::{diff_values, ChangeKind};
/// use serde_json::json;
/// let old = json!({"id": "p", "title": {"sv": "Gammal"}});
/// let new = json!({"id": "p", "title": {"sv": "Ny", "en": "New"}});
/// let diff = diff_values(&old, &new);
/// let kinds: Vec<_> = diff.changes.iter().map(|c| (c.kind, c.lang.as_deref())).collect();
/// assert_eq!(kinds, [(ChangeKind::Added, Some("en")), (ChangeKind::Changed, Some("sv"))]);
/// assert_eq!(diff.changes[1].old_path.as_deref(), Some("/title/sv"));
/// assert_eq!(diff.changes[1].new, Some(json!("Ny")));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "One difference between two programme documents (förändring). Paths are JSON Pointers (RFC 6901): `old_path` into the old document, `new_path` into the new one; an addition has only `new_path`, a removal only `old_path`, every other kind both."
)]
#[non_exhaustive]
pub struct Change {
    /// What kind of difference it is.
    pub kind: ChangeKind,
    /// Where it is in the old document (absent for an addition).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_path: Option<String>,
    /// Where it is in the new document (absent for a removal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_path: Option<String>,
    /// The type of the object the changed member belongs to, or of the
    /// added, removed or moved list element, by its name in the programme
    /// schema's `$defs` (`AdvocacyPosition`, `Target`, `Text`, `Id`, …); empty
    /// where the standard does not define the place (inside `extensions`, or
    /// a member the standard does not have).
    pub object: String,
    /// The member that changed, or the list the element is in
    /// (`status`, `title`, `focus_areas`, `positions`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    /// For a change inside a text: its language (`sv`, `en`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The nearest object with an id that the change is in (or is).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Subject>,
    /// The old value (absent for an addition and a move).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old: Option<Value>,
    /// The new value (absent for a removal and a move).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<Value>,
}
