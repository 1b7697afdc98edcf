//! The layout of a workbook, walked from [`Shape`]: which sheets there are,
//! in which order, and which columns each has. No object type has a column
//! list of its own here; a member added to the standard gets its column
//! from the shape.
//!
//! - The programme's own members go on a two-column sheet (field, value).
//! - Every list of objects (or of texts: asks) is a sheet of its own, in
//!   depth-first order of [`labels`](crate::labels); its rows carry the ids
//!   of the objects they belong to in key columns.
//! - A single nested object (organisation, period, decision, …) is
//!   flattened into columns `Beslut: datum`.
//! - A text is one column per language (`Titel (sv)`); a list of ids is
//!   one cell (`a, b`); `extensions` is JSON text in one column.

use std::sync::LazyLock;

use omvarld::diagnostics::Term;
use omvarld::shape::strings::StringKind;
use omvarld::shape::{ObjectType, Shape, Type, TypeRef};
use omvarld::Lang;

use crate::labels;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A number, string, enumeration or coded string.
    Value,
    /// One language of a text.
    Text,
    /// A list of ids, `a, b`.
    IdList,
    /// `extensions`, as JSON text.
    Extensions,
}

/// A column of a sheet (for a text: the group of its language columns).
#[derive(Clone, Debug)]
pub(crate) struct ColumnDef {
    /// The member path inside the row's object; empty for an ask (the row
    /// is the text).
    pub(crate) path: Vec<String>,
    pub(crate) kind: Kind,
    /// The member's type.
    pub(crate) ty: TypeRef,
    /// `true` when every row must have it.
    pub(crate) required: bool,
    /// Its header in English and Swedish (for a text, without the language).
    pub(crate) en: String,
    pub(crate) sv: String,
    /// For a single id: the key of the sheet whose ids it names.
    pub(crate) references: Option<usize>,
}

impl ColumnDef {
    /// The header in `lang` (for a text, with the language in brackets).
    pub(crate) fn header(&self, lang: Lang, text_lang: Option<&str>) -> String {
        let base = lang.pick(&self.en, &self.sv);
        match text_lang {
            Some(tag) => format!("{base} ({tag})"),
            None => base.to_owned(),
        }
    }

    /// The member path as people may write it in a header (`decision.date`,
    /// `title.sv`).
    pub(crate) fn dotted(&self, text_lang: Option<&str>) -> String {
        let mut path = self.path.join(".");
        if let Some(tag) = text_lang {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(tag);
        }
        path
    }

    /// `true` for a date column.
    pub(crate) fn is_date(&self, shape: &Shape) -> bool {
        matches!(shape.get(self.ty), Type::Coded { string, .. } if string.kind == StringKind::Date)
    }
}

/// A key column: the id of an object a row belongs to.
#[derive(Clone, Debug)]
pub(crate) struct KeyDef {
    /// The sheet of that object.
    pub(crate) sheet: usize,
    pub(crate) en: String,
    pub(crate) sv: String,
    /// `positions.id`.
    pub(crate) path: String,
}

/// A sheet.
#[derive(Clone, Debug)]
pub(crate) struct SheetDef {
    /// Its member path, `positions` (also the CSV file's name).
    pub(crate) key: String,
    pub(crate) en: String,
    pub(crate) sv: String,
    /// The sheet of the objects its rows belong to (`None` for the
    /// programme and the sheets of its own lists).
    pub(crate) parent: Option<usize>,
    /// The path inside the parent's object (the root for top-level lists)
    /// to the list.
    pub(crate) via: Vec<String>,
    /// The key columns, outermost object first.
    pub(crate) keys: Vec<KeyDef>,
    /// `true` when its objects have an `id`.
    pub(crate) has_id: bool,
    /// Its term (what one row is).
    pub(crate) term: Term,
    pub(crate) columns: Vec<ColumnDef>,
}

impl SheetDef {
    /// Its name in `lang`.
    pub(crate) fn name(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.sv)
    }

    /// The index of the `id` column.
    pub(crate) fn id_column(&self) -> Option<usize> {
        self.columns.iter().position(|c| c.path == ["id"])
    }
}

/// Every sheet, the programme's first.
#[derive(Debug)]
pub(crate) struct Layout {
    pub(crate) sheets: Vec<SheetDef>,
}

static LAYOUT: LazyLock<Layout> = LazyLock::new(|| Layout::new(Shape::programme()));

impl Layout {
    /// The layout of the newest version of the standard (built once).
    pub(crate) fn get() -> &'static Layout {
        &LAYOUT
    }

    fn new(shape: &Shape) -> Layout {
        let mut layout = Layout { sheets: Vec::new() };
        let Type::Object(root) = shape.get(shape.root()) else {
            return layout;
        };
        let (en, sv) = labels::words::PROGRAMME;
        layout.sheets.push(SheetDef {
            key: "programme".to_owned(),
            en: en.to_owned(),
            sv: sv.to_owned(),
            parent: None,
            via: Vec::new(),
            keys: Vec::new(),
            has_id: true,
            term: root.term,
            columns: Vec::new(),
        });
        let mut lists = Vec::new();
        let mut columns = Vec::new();
        walk(shape, root, &[], true, &mut columns, &mut lists);
        if let Some(programme) = layout.sheets.first_mut() {
            programme.columns = columns;
        }
        for (via, items) in lists {
            layout.add_sheet(shape, None, via, items, Vec::new());
        }
        layout.resolve_references();
        layout
    }

    fn add_sheet(
        &mut self,
        shape: &Shape,
        parent: Option<usize>,
        via: Vec<String>,
        items: TypeRef,
        keys: Vec<KeyDef>,
    ) {
        let member = via.last().cloned().unwrap_or_default();
        let (en, sv) = labels::label(&member);
        let at = self.sheets.len();
        let mut columns = Vec::new();
        let mut lists = Vec::new();
        let term;
        match shape.get(items) {
            Type::Object(object) => {
                term = object.term;
                walk(shape, object, &[], true, &mut columns, &mut lists);
            }
            _ => {
                // A list of texts (asks): the row is the text.
                term = omvarld::shape::terms::TEXT;
                columns.push(ColumnDef {
                    path: Vec::new(),
                    kind: Kind::Text,
                    ty: items,
                    required: true,
                    en: en.clone(),
                    sv: sv.clone(),
                    references: None,
                });
            }
        }
        let has_id = columns.iter().any(|c| c.path == ["id"]);
        self.sheets.push(SheetDef {
            key: member,
            en,
            sv,
            parent,
            via,
            keys: keys.clone(),
            has_id,
            term,
            columns,
        });
        if lists.is_empty() {
            return;
        }
        let mut child_keys = keys;
        if has_id {
            let key = self
                .sheets
                .get(at)
                .map_or_else(String::new, |s| s.key.clone());
            child_keys.push(KeyDef {
                sheet: at,
                en: format!("{} id", capitalize(term.en)),
                sv: format!("{}s id", capitalize(term.sv_definite)),
                path: format!("{key}.id"),
            });
        }
        for (via, items) in lists {
            self.add_sheet(shape, Some(at), via, items, child_keys.clone());
        }
    }

    /// Links each single-id column to the sheet of the ids it names: a
    /// member named as the singular of a top-level list (`arena` → arenas,
    /// `body` → bodies).
    fn resolve_references(&mut self) {
        let shape = Shape::programme();
        let tops: Vec<(usize, String)> = self
            .sheets
            .iter()
            .enumerate()
            .filter(|(i, s)| *i > 0 && s.parent.is_none() && s.has_id)
            .map(|(i, s)| (i, s.key.clone()))
            .collect();
        for sheet in &mut self.sheets {
            for column in &mut sheet.columns {
                let is_id = matches!(shape.get(column.ty), Type::Coded { string, .. } if string.kind == StringKind::Id);
                let Some(name) = column
                    .path
                    .last()
                    .filter(|_| is_id && column.kind == Kind::Value)
                else {
                    continue;
                };
                if name == "id" {
                    continue;
                }
                column.references = tops
                    .iter()
                    .find(|(_, key)| singular(key) == name.as_str())
                    .map(|(i, _)| *i);
            }
        }
    }
}

/// `arenas` → `arena`, `bodies` → `body`.
fn singular(plural: &str) -> String {
    if let Some(stem) = plural.strip_suffix("ies") {
        format!("{stem}y")
    } else {
        plural.strip_suffix('s').unwrap_or(plural).to_owned()
    }
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// `URL` stays, `Datum` → `datum`.
fn lower_first(word: &str) -> String {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    if chars.clone().next().is_some_and(char::is_uppercase) {
        return word.to_owned();
    }
    first.to_lowercase().chain(chars).collect()
}

/// The label of a member path: `Beslut: datum`.
fn path_label(path: &[String]) -> (String, String) {
    let mut en = String::new();
    let mut sv = String::new();
    for (i, member) in path.iter().enumerate() {
        let (e, s) = labels::label(member);
        if i == 0 {
            en = e;
            sv = s;
        } else {
            en = format!("{en}: {}", lower_first(&e));
            sv = format!("{sv}: {}", lower_first(&s));
        }
    }
    (en, sv)
}

/// The columns of `object` under `prefix`, and its lists (path, item type).
fn walk(
    shape: &Shape,
    object: &ObjectType,
    prefix: &[String],
    required: bool,
    columns: &mut Vec<ColumnDef>,
    lists: &mut Vec<(Vec<String>, TypeRef)>,
) {
    let mut members: Vec<_> = object.members.iter().collect();
    members.sort_by(|a, b| (labels::rank(&a.name), &a.name).cmp(&(labels::rank(&b.name), &b.name)));
    for member in members {
        let mut path = prefix.to_vec();
        path.push(member.name.clone());
        let required = required && member.required;
        let kind = match shape.get(member.ty) {
            Type::Object(inner) => {
                walk(shape, inner, &path, required, columns, lists);
                continue;
            }
            Type::Array { items, .. } => {
                if matches!(shape.get(*items), Type::Object(_) | Type::Text { .. }) {
                    lists.push((path, *items));
                    continue;
                }
                Kind::IdList
            }
            Type::Text { .. } => Kind::Text,
            Type::Extensions => Kind::Extensions,
            _ => Kind::Value,
        };
        let (en, sv) = path_label(&path);
        columns.push(ColumnDef {
            path,
            kind,
            ty: member.ty,
            required,
            en,
            sv,
            references: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheets_come_in_the_order_of_the_standard() {
        let keys: Vec<&str> = Layout::get()
            .sheets
            .iter()
            .map(|s| s.key.as_str())
            .collect();
        assert_eq!(
            keys,
            [
                "programme",
                "focus_areas",
                "indicators",
                "results",
                "contribution_aims",
                "arenas",
                "bodies",
                "positions",
                "targets",
                "asks",
                "references",
                "follow_up",
                "activities",
                "publications"
            ]
        );
        let sv: Vec<&str> = Layout::get()
            .sheets
            .iter()
            .map(|s| s.name(Lang::Sv))
            .collect();
        assert_eq!(sv[7], "Ståndpunkter");
    }

    #[test]
    fn headers_are_unique_in_each_language_and_keys_name_their_parents() {
        for sheet in &Layout::get().sheets {
            for lang in [Lang::En, Lang::Sv] {
                let mut seen: Vec<String> = sheet
                    .keys
                    .iter()
                    .map(|k| lang.pick(&k.en, &k.sv).to_lowercase())
                    .collect();
                seen.extend(
                    sheet
                        .columns
                        .iter()
                        .map(|c| c.header(lang, None).to_lowercase()),
                );
                let count = seen.len();
                seen.sort();
                seen.dedup();
                assert_eq!(seen.len(), count, "{} in {lang:?}", sheet.key);
            }
        }
        let results = Layout::get()
            .sheets
            .iter()
            .find(|s| s.key == "results")
            .unwrap();
        let keys: Vec<&str> = results.keys.iter().map(|k| k.sv.as_str()).collect();
        assert_eq!(keys, ["Fokusområdets id", "Indikatorns id"]);
        let positions = Layout::get()
            .sheets
            .iter()
            .find(|s| s.key == "positions")
            .unwrap();
        let decision_body = positions
            .columns
            .iter()
            .find(|c| c.path == ["decision", "body"])
            .unwrap();
        assert_eq!(decision_body.sv, "Beslut: organ");
        let bodies = Layout::get().sheets.iter().position(|s| s.key == "bodies");
        assert_eq!(decision_body.references, bodies);
    }
}
