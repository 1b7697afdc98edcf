//! What changed between two versions of a programme (*uppföljning*): the
//! objects added, removed and changed, matched by id rather than by place
//! in a list, with the members that changed and their old and new values;
//! positions' status transitions, renumbered focus areas, reordered lists as
//! moves, and texts language by language.
//!
//! ```
//! use omvarld::diff::ChangeKind;
//!
//! let old = omvarld::malmo();
//! let mut new = old.clone();
//! new.title = old.title.clone().with("sv", "Program för strategiskt omvärldsarbete 2027–2030").unwrap();
//! let diff = omvarld::diff(&old, &new);
//! assert_eq!(diff.changes.len(), 1);
//! let change = &diff.changes[0];
//! assert_eq!((change.kind, change.member.as_deref(), change.lang.as_deref()),
//!            (ChangeKind::Changed, Some("title"), Some("sv")));
//! assert_eq!(change.old_path.as_deref(), Some("/title/sv"));
//!
//! // Applying the diff to the old document gives the new one.
//! let applied = diff.apply(&serde_json::to_value(&old).unwrap()).unwrap();
//! assert_eq!(applied, serde_json::to_value(&new).unwrap());
//! assert!(omvarld::diff(&old, &old).is_empty());
//! ```
//!
//! The diff is computed over the documents' JSON, guided by the standard's
//! [`Shape`](crate::shape::Shape), so it compares a 1.0 document with a 1.1
//! one, and documents with errors as far as they can be read
//! ([`diff_documents`] also validates both and keeps their errors).
//!
//! Matching: lists of objects with an `id` (focus areas, aims, arenas,
//! bodies, positions, activities, publications, and the indicators of one
//! direction goal) by id, where a new order is reported as moves; lists of
//! ids (a position's `focus_areas`, …) as sets, where order is no change;
//! an indicator's `results` by year and gender; every other list (targets,
//! asks, references, follow-up entries) by index within its parent.

mod apply;
mod change;
mod compute;
mod moves;
mod tree;
mod typed;

use bumpalo::Bump;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use apply::ApplyError;
pub use change::{Change, ChangeKind, Subject};

use crate::diagnostics::Issue;
use crate::model::Programme;
use crate::validate::Options;
use tree::Node;

/// One of the two documents of a [`Diff`]: its version and, when the diff
/// was made from bytes ([`diff_documents`]), its errors.
///
/// ```
/// let diff = omvarld::diff(&omvarld::malmo(), &omvarld::malmo());
/// assert_eq!(diff.old.version.as_deref(), Some("1.1"));
/// assert!(diff.old.errors.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "One of the two documents: its version and its errors.")]
#[non_exhaustive]
pub struct Side {
    /// Its `schema_version`, when it has one that is a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Its errors (structural and semantic), in the language asked for;
    /// empty for a valid document. Where a document has errors, the changes
    /// cover what can be read of it.
    #[serde(default)]
    pub errors: Vec<Issue>,
}

/// What changed between two programme documents (förändringar mellan två
/// versioner av ett program).
///
/// ```
/// let diff = omvarld::diff(&omvarld::malmo(), &omvarld::malmo());
/// assert!(diff.is_empty());
/// assert_eq!(serde_json::to_value(&diff).unwrap()["changes"], serde_json::json!([]));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Diff {
    /// The old document.
    pub old: Side,
    /// The new document.
    pub new: Side,
    /// The changes, in the order of the new document.
    pub changes: Vec<Change>,
}

impl Diff {
    /// `true` when the documents have no difference (errors aside: see
    /// [`Diff::valid`]).
    ///
    /// ```
    /// use serde_json::json;
    /// // Lists of ids are sets: another order is no change.
    /// let old = json!({"positions": [{"id": "a", "focus_areas": ["x", "y"]}]});
    /// let new = json!({"positions": [{"id": "a", "focus_areas": ["y", "x"]}]});
    /// assert!(omvarld::diff::diff_values(&old, &new).is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// How many changes there are.
    ///
    /// ```
    /// let old = omvarld::malmo();
    /// let mut new = old.clone();
    /// new.arenas.clear();
    /// assert_eq!(omvarld::diff(&old, &new).len(), 1); // the member `arenas` is removed
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.changes.len()
    }

    /// `true` when neither document has an error.
    ///
    /// ```
    /// let diff = omvarld::diff::diff_documents(b"{}", br#"{"schema_version": "1.1"}"#, &Default::default());
    /// assert!(!diff.valid());
    /// assert!(diff.new.errors.iter().any(|e| e.path == "/id"));
    /// ```
    #[must_use]
    pub fn valid(&self) -> bool {
        self.old.errors.is_empty() && self.new.errors.is_empty()
    }

    /// The old document with the changes made: the new document, up to the
    /// order of the lists whose order carries no meaning (lists of ids and
    /// results, which the diff compares as sets).
    ///
    /// ```
    /// use serde_json::json;
    /// let old = json!({"positions": [{"id": "a", "status": "adopted"}, {"id": "b"}]});
    /// let new = json!({"positions": [{"id": "b"}, {"id": "a", "status": "achieved"}, {"id": "c"}]});
    /// let diff = omvarld::diff::diff_values(&old, &new);
    /// assert_eq!(diff.apply(&old).unwrap(), new);
    /// ```
    ///
    /// # Errors
    /// [`ApplyError`] when a change does not fit the document (a diff made
    /// from another document, or edited by hand).
    pub fn apply(&self, old: &Value) -> Result<Value, ApplyError> {
        apply::apply(&self.changes, old)
    }
}

/// The changes from `old` to `new`, two typed programmes of any version.
///
/// ```
/// use omvarld::diff::ChangeKind;
/// use omvarld::model::{AdvocacyPosition, Target};
/// use omvarld::{GovernanceLevel, NonEmpty, Status, Text, Title};
///
/// let mut old = omvarld::malmo();
/// let area = old.focus_areas.first().id.clone();
/// let position = AdvocacyPosition::new(
///     "infra-1".parse().unwrap(),
///     Title::new("Stärkt kollektivtrafik i Öresundsregionen").unwrap(),
///     Text::new("Staten bör finansiera fler tåg över Öresund.").unwrap(),
///     NonEmpty::new(area),
///     NonEmpty::new(Target::new(GovernanceLevel::National, Text::new("Regeringen").unwrap())),
///     Status::Adopted,
/// );
/// old.positions.push(position);
/// let mut new = old.clone();
/// new.positions[0].status = Status::Achieved;
///
/// let diff = omvarld::diff(&old, &new);
/// let change = &diff.changes[0];
/// assert_eq!(change.kind, ChangeKind::StatusChanged);
/// assert_eq!(change.subject.as_ref().unwrap().id, "infra-1");
/// assert_eq!((change.old.as_ref().unwrap(), change.new.as_ref().unwrap()), (&"adopted".into(), &"achieved".into()));
/// ```
#[must_use]
pub fn diff(old: &Programme, new: &Programme) -> Diff {
    let bump = Bump::new();
    let tree = |programme| typed::tree_of(programme, &bump).unwrap_or(Node::Null);
    let (old, new) = (tree(old), tree(new));
    Diff {
        old: side(old, Vec::new()),
        new: side(new, Vec::new()),
        changes: compute::changes(old, new),
    }
}

/// The changes from `old` to `new`, two programme documents as JSON (of any
/// version, valid or not: what the standard does not describe is compared
/// member by member and index by index).
///
/// ```
/// use serde_json::json;
/// use omvarld::diff::ChangeKind;
/// let old = json!({"focus_areas": [{"id": "a", "number": 1}, {"id": "b", "number": 2}]});
/// let new = json!({"focus_areas": [{"id": "b", "number": 1}, {"id": "a", "number": 2}]});
/// let kinds: Vec<_> = omvarld::diff::diff_values(&old, &new).changes.iter().map(|c| c.kind).collect();
/// assert_eq!(kinds, [ChangeKind::Renumbered, ChangeKind::Moved, ChangeKind::Renumbered]);
/// ```
#[must_use]
pub fn diff_values(old: &Value, new: &Value) -> Diff {
    let bump = Bump::new();
    let (old, new) = (Node::of_value(old, &bump), Node::of_value(new, &bump));
    Diff {
        old: side(old, Vec::new()),
        new: side(new, Vec::new()),
        changes: compute::changes(old, new),
    }
}

/// Validates both documents (`options` gives the language of messages and
/// the as-of date), side by side on two threads, and diffs what can be
/// read of them: a document that is
/// not JSON at all has only its errors, and the diff no changes.
///
/// ```
/// let old = serde_json::to_vec(&omvarld::malmo()).unwrap();
/// let mut new = omvarld::malmo();
/// new.arenas.clear();
/// let new = serde_json::to_vec(&new).unwrap();
/// let diff = omvarld::diff::diff_documents(&old, &new, &omvarld::Options::default());
/// assert!(diff.valid());
/// assert_eq!(diff.changes[0].old_path.as_deref(), Some("/arenas"));
///
/// let broken = omvarld::diff::diff_documents(&old, b"{", &omvarld::Options::default());
/// assert!(!broken.valid() && broken.is_empty());
/// assert_eq!(broken.new.errors[0].code, omvarld::Code::Syntax);
/// ```
#[must_use]
pub fn diff_documents(old: &[u8], new: &[u8], options: &Options) -> Diff {
    // Each side's tree lives in its arena (and borrows the strings of a
    // document that is no programme), all freed at once at the end.
    let (mut old_bump, mut new_bump) = (Bump::new(), Bump::new());
    // The two documents are read, validated and made trees side by side.
    let ((old_tree, old_errors), (new_tree, new_errors)) = std::thread::scope(|scope| {
        let bump = &mut new_bump;
        let later = scope.spawn(move || read(new, options, bump));
        let first = read(old, options, &mut old_bump);
        let second = later.join().unwrap_or_else(|_| (None, Vec::new()));
        (first, second)
    });
    match (old_tree, new_tree) {
        (Some(a), Some(b)) => Diff {
            old: side(a, old_errors),
            new: side(b, new_errors),
            changes: compute::changes(a, b),
        },
        (a, b) => Diff {
            old: side(a.unwrap_or(Node::Null), old_errors),
            new: side(b.unwrap_or(Node::Null), new_errors),
            changes: Vec::new(),
        },
    }
}

/// The document as a tree (when it is JSON) and its errors, located. A
/// document without structural errors is read once: its tree is the typed
/// programme's (what `serde_json::to_value` would give), and the programme
/// is dropped as soon as the tree is built.
fn read<'a>(
    bytes: &'a [u8],
    options: &Options,
    bump: &'a mut Bump,
) -> (Option<Node<'a>>, Vec<Issue>) {
    let bump: &'a Bump = bump;
    let checked = crate::validate::check(bytes, options);
    let mut report = checked.report;
    if !report.errors.is_empty() {
        report.locate(bytes);
    }
    // A `syntax` error (not JSON, or nested deeper than the parser allows)
    // leaves nothing to diff, and the walk never meets deeper nesting.
    let syntax = report
        .errors
        .iter()
        .any(|e| e.code == crate::diagnostics::Code::Syntax);
    let tree = match checked.programme {
        // A programme's maps are keyed by strings, so this never fails.
        Some(programme) => typed::tree_of(&programme, bump).ok(),
        None if syntax => None,
        None => {
            let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            Node::parse(body, bump)
        }
    };
    (tree, report.errors)
}

fn side(document: Node<'_>, errors: Vec<Issue>) -> Side {
    Side {
        version: document
            .get("schema_version")
            .and_then(Node::as_str)
            .map(str::to_owned),
        errors,
    }
}

/// Appends `/segment` to `path`, escaped as RFC 6901 asks.
fn push_key(path: &mut String, segment: &str) {
    path.push('/');
    if segment.contains(['~', '/']) {
        path.push_str(&segment.replace('~', "~0").replace('/', "~1"));
    } else {
        path.push_str(segment);
    }
}

/// Appends `/index` to `path`.
fn push_index(path: &mut String, index: usize) {
    use std::fmt::Write as _;
    let _ = write!(path, "/{index}");
}
