//! The document's JSON text, written straight from the rows of the sheets
//! in one pass: each object's members come from a plan made once per sheet
//! (which column is which member, where the lists of child sheets go), each
//! row's children are found through an index by parent, and each sheet's
//! cells are freed as soon as its last row is written. No `serde_json::Value` of
//! the document is made; members are written in the order a
//! `serde_json::Map` keeps them (by name), so the text is the same bytes as
//! `serde_json::to_vec` of the document as a `Value` would be.

use std::borrow::Cow;
use std::cell::{Cell as Counter, RefCell};
use std::collections::HashMap;

use omvarld::shape::{Shape, Type};
use serde_json::Value;

use crate::cells::{CellRef, Cells};
use crate::layout::{ColumnDef, Kind};

/// The members of an object, sorted by name.
#[derive(Debug, Default)]
pub(crate) struct Members(Vec<(String, Slot)>);

/// What a member of an object is written from.
#[derive(Debug)]
pub(crate) enum Slot {
    /// The value of the object's `i`th column (or, for the programme, its
    /// `i`th field).
    Value(usize),
    /// A nested object, written when it has a member.
    Object(Members),
    /// The list of the rows of a child sheet (by its index in the layout)
    /// that belong to the object, written when there is one.
    List(usize),
    /// A required list that may be empty: `[]` when the slot writes nothing
    /// (a sheet cannot tell an empty list from an absent one).
    OrEmpty(Box<Slot>),
}

impl Members {
    /// Puts `slot` at `path`, making the objects on the way; a later slot
    /// at the same path replaces the earlier one, as a map's insert does.
    pub(crate) fn insert(&mut self, path: &[&str], slot: Slot) {
        let Some((first, rest)) = path.split_first() else {
            return;
        };
        let i = match self.0.binary_search_by(|(k, _)| k.as_str().cmp(first)) {
            Ok(i) => i,
            Err(i) => {
                self.0
                    .insert(i, ((*first).to_owned(), Slot::Object(Members::default())));
                i
            }
        };
        let Some((_, at)) = self.0.get_mut(i) else {
            return;
        };
        if rest.is_empty() {
            *at = slot;
            return;
        }
        if !matches!(at, Slot::Object(_)) {
            *at = Slot::Object(Members::default());
        }
        if let Slot::Object(members) = at {
            members.insert(rest, slot);
        }
    }

    /// Marks the member `name` as a list that is written as `[]` when it
    /// has nothing, adding it when it is not there.
    pub(crate) fn or_empty(&mut self, name: &str) {
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(name)) {
            Ok(i) => {
                if let Some((_, slot)) = self.0.get_mut(i) {
                    let inner = std::mem::replace(slot, Slot::Object(Members::default()));
                    *slot = Slot::OrEmpty(Box::new(inner));
                }
            }
            Err(i) => self.0.insert(
                i,
                (
                    name.to_owned(),
                    Slot::OrEmpty(Box::new(Slot::Object(Members::default()))),
                ),
            ),
        }
    }
}

/// A row that was placed under its parent.
#[derive(Debug)]
pub(crate) struct Row {
    /// Its 0-based row in the sheet.
    pub(crate) row: u32,
    /// The index of its parent among the parent sheet's placed rows (0 for
    /// a top-level list, whose parent is the programme).
    pub(crate) parent: u32,
    /// Its cells: a range of the sheet's.
    pub(crate) cells: std::ops::Range<usize>,
}

/// A sheet's placed rows, grouped by parent, and its cells, freed once
/// every row is written.
#[derive(Debug, Default)]
pub(crate) struct Rows {
    pub(crate) rows: Vec<Row>,
    pub(crate) cells: RefCell<Cells>,
    written: Counter<usize>,
    /// The rows of parent `p` are `order[starts[p]..starts[p + 1]]`, in
    /// the order of the sheet.
    starts: Vec<u32>,
    order: Vec<u32>,
}

fn index(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Rows {
    /// Builds the index by parent, for `parents` parents.
    pub(crate) fn index(&mut self, parents: usize) {
        let mut starts = vec![0u32; parents + 1];
        for row in &self.rows {
            if let Some(n) = starts.get_mut(index(row.parent) + 1) {
                *n += 1;
            }
        }
        for p in 0..parents {
            let before = starts.get(p).copied().unwrap_or(0);
            if let Some(n) = starts.get_mut(p + 1) {
                *n += before;
            }
        }
        let mut next = starts.clone();
        let mut order = vec![0u32; self.rows.len()];
        for (i, row) in self.rows.iter().enumerate() {
            let Some(at) = next.get_mut(index(row.parent)) else {
                continue;
            };
            if let Some(slot) = order.get_mut(index(*at)) {
                *slot = count(i);
            }
            *at += 1;
        }
        self.starts = starts;
        self.order = order;
    }

    /// The placed rows (indices into `rows`) whose parent is `parent`.
    pub(crate) fn children(&self, parent: u32) -> &[u32] {
        let p = index(parent);
        let (Some(&start), Some(&end)) = (self.starts.get(p), self.starts.get(p + 1)) else {
            return &[];
        };
        self.order.get(index(start)..index(end)).unwrap_or(&[])
    }
}

/// How a sheet's rows become objects.
#[derive(Debug)]
pub(crate) struct Plan {
    pub(crate) members: Members,
    /// Per slot: the column it is (none for a key column).
    pub(crate) defs: Vec<Option<&'static ColumnDef>>,
    /// Column of the file → slot.
    pub(crate) slot_of: HashMap<u32, usize>,
}

/// The object whose lists are being written.
#[derive(Clone, Copy)]
enum Owner {
    Root,
    Row(usize, u32),
}

/// Writes the document: the programme's members (`defs` and `cells`, one
/// slot each) under `root`, and the rows of every sheet (by layout index)
/// under their parents as `plans` say. `parents[s]` is the layout index of
/// sheet `s`'s parent sheet (`None` for the programme and its own lists).
pub(crate) struct Document<'a> {
    pub(crate) root: Members,
    pub(crate) defs: Vec<Option<&'static ColumnDef>>,
    pub(crate) cells: Vec<Option<CellRef<'a>>>,
    pub(crate) plans: &'a [Option<Plan>],
    pub(crate) parents: &'a [Option<usize>],
}

impl Document<'_> {
    /// The JSON text, in a buffer of `capacity` bytes to start with; each
    /// sheet's cells are freed once its rows are written.
    pub(crate) fn write(&self, sheets: &[Rows], capacity: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(capacity);
        let values = Values {
            defs: &self.defs,
            cells: self.cells.clone(),
        };
        out.push(b'{');
        self.members(&mut out, sheets, &self.root, &values, Owner::Root);
        out.push(b'}');
        out
    }

    /// Writes the members of one object; `true` when there was one.
    fn members(
        &self,
        out: &mut Vec<u8>,
        sheets: &[Rows],
        members: &Members,
        values: &Values<'_>,
        owner: Owner,
    ) -> bool {
        let mut wrote = false;
        for (name, slot) in &members.0 {
            let mark = out.len();
            if wrote {
                out.push(b',');
            }
            // Writing to a Vec cannot fail.
            let _ = serde_json::to_writer(&mut *out, name);
            out.push(b':');
            if self.slot(out, sheets, slot, values, owner) {
                wrote = true;
            } else {
                out.truncate(mark);
            }
        }
        wrote
    }

    fn slot(
        &self,
        out: &mut Vec<u8>,
        sheets: &[Rows],
        slot: &Slot,
        values: &Values<'_>,
        owner: Owner,
    ) -> bool {
        match slot {
            Slot::Value(i) => values.write(*i, out),
            Slot::Object(members) => {
                out.push(b'{');
                let any = self.members(out, sheets, members, values, owner);
                out.push(b'}');
                any
            }
            Slot::List(sheet) => self.list(out, sheets, *sheet, owner),
            Slot::OrEmpty(inner) => {
                let mark = out.len();
                if !self.slot(out, sheets, inner, values, owner) {
                    out.truncate(mark);
                    out.extend_from_slice(b"[]");
                }
                true
            }
        }
    }

    /// The rows of `sheet` that belong to `owner`, as a list.
    fn list(&self, out: &mut Vec<u8>, sheets: &[Rows], sheet: usize, owner: Owner) -> bool {
        let parent = match owner {
            Owner::Root => 0,
            Owner::Row(of, row) if self.parents.get(sheet).copied().flatten() == Some(of) => row,
            Owner::Row(..) => return false,
        };
        let Some(rows) = sheets.get(sheet) else {
            return false;
        };
        let children = rows.children(parent);
        if children.is_empty() {
            return false;
        }
        out.push(b'[');
        for (k, &row) in children.iter().enumerate() {
            if k > 0 {
                out.push(b',');
            }
            self.row(out, sheets, sheet, rows, row);
        }
        out.push(b']');
        rows.written.set(rows.written.get() + children.len());
        if rows.written.get() >= rows.rows.len() {
            // Every row of the sheet is written: its cells go.
            if let Ok(mut cells) = rows.cells.try_borrow_mut() {
                *cells = Cells::default();
            }
        }
        true
    }

    /// One row's object.
    fn row(&self, out: &mut Vec<u8>, sheets: &[Rows], sheet: usize, rows: &Rows, row: u32) {
        let (Some(Some(plan)), Some(placed), Ok(cells)) = (
            self.plans.get(sheet),
            rows.rows.get(index(row)),
            rows.cells.try_borrow(),
        ) else {
            out.extend_from_slice(b"{}");
            return;
        };
        let mut by_slot = vec![None; plan.defs.len()];
        for entry in cells.slice(placed.cells.clone()) {
            if let Some(at) = plan
                .slot_of
                .get(&entry.col)
                .and_then(|&i| by_slot.get_mut(i))
            {
                *at = Some(cells.get(entry));
            }
        }
        let values = Values {
            defs: &plan.defs,
            cells: by_slot,
        };
        out.push(b'{');
        self.members(out, sheets, &plan.members, &values, Owner::Row(sheet, row));
        out.push(b'}');
    }
}

/// The cells of one object, by slot.
struct Values<'a> {
    defs: &'a [Option<&'static ColumnDef>],
    cells: Vec<Option<CellRef<'a>>>,
}

impl Values<'_> {
    /// Writes slot `i`'s value; `false` when it has none.
    fn write(&self, i: usize, out: &mut Vec<u8>) -> bool {
        let (Some(Some(def)), Some(Some(cell))) = (self.defs.get(i), self.cells.get(i)) else {
            return false;
        };
        if matches!(cell, CellRef::Error(_)) {
            return false;
        }
        match value_of(Shape::programme(), def, *cell) {
            Some(value) => {
                value.write(out);
                true
            }
            None => false,
        }
    }
}

/// The JSON value of a cell.
pub(crate) enum Val<'c> {
    Str(Cow<'c, str>),
    Bool(bool),
    /// A number, a list of ids or `extensions`.
    Json(Value),
    /// `a, b`: a list of ids.
    Ids(&'c str),
}

impl Val<'_> {
    fn write(&self, out: &mut Vec<u8>) {
        // Writing to a Vec fails only for a value JSON cannot hold, which
        // a cell does not give.
        let _ = match self {
            Val::Str(s) => serde_json::to_writer(&mut *out, s.as_ref()),
            Val::Bool(b) => serde_json::to_writer(&mut *out, b),
            Val::Json(v) => serde_json::to_writer(&mut *out, v),
            Val::Ids(s) => {
                let ids: Vec<&str> = s.split(',').map(str::trim).collect();
                serde_json::to_writer(&mut *out, &ids)
            }
        };
    }

    /// The value as a string, when it is one (a row's `id`).
    pub(crate) fn into_string(self) -> Option<String> {
        match self {
            Val::Str(s) => Some(s.into_owned()),
            _ => None,
        }
    }
}

/// The JSON value of a cell in `col`; `None` for an empty cell.
pub(crate) fn value_of<'c>(shape: &Shape, col: &ColumnDef, cell: CellRef<'c>) -> Option<Val<'c>> {
    if matches!(cell, CellRef::Empty | CellRef::Text("")) {
        return None;
    }
    Some(match col.kind {
        Kind::Text => match cell {
            CellRef::Bool(b) => Val::Bool(b),
            _ => Val::Str(cell.text()),
        },
        Kind::Extensions => match cell {
            CellRef::Text(s) => {
                serde_json::from_str(s).map_or_else(|_| Val::Str(Cow::Borrowed(s)), Val::Json)
            }
            _ => Val::Str(cell.text()),
        },
        Kind::IdList => match cell {
            CellRef::Text(s) => Val::Ids(s),
            CellRef::Bool(b) => Val::Bool(b),
            _ => Val::Json(Value::Array(vec![Value::String(cell.text().into_owned())])),
        },
        Kind::Value => match (shape.get(col.ty), cell) {
            (_, CellRef::Bool(b)) => Val::Bool(b),
            (Type::Integer { .. } | Type::Number, CellRef::Number(n)) => Val::Json(number(n)),
            (Type::Integer { .. } | Type::Number, CellRef::Text(s)) => {
                parse_number(s).map_or_else(|| Val::Str(Cow::Borrowed(s)), |n| Val::Json(number(n)))
            }
            (Type::Coded { .. }, CellRef::Date(d)) if col.is_date(shape) => {
                Val::Str(Cow::Borrowed(d.strip_suffix("T00:00:00").unwrap_or(d)))
            }
            _ => Val::Str(cell.text()),
        },
    })
}

/// A number as JSON: an integer when it is whole.
fn number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        #[allow(clippy::cast_possible_truncation)]
        let whole = n as i64;
        Value::from(whole)
    } else {
        serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}

/// A number written as text, also with a decimal comma (`72,1`).
fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim();
    let parsed = t.parse::<f64>().ok().or_else(|| {
        if t.contains('.') {
            None
        } else {
            t.replacen(',', ".", 1).parse::<f64>().ok()
        }
    })?;
    // `inf`, `NaN` and friends are not numbers of the standard.
    parsed.is_finite().then_some(parsed).filter(|_| {
        t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | 'e' | 'E'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_sorted_and_merged_by_path() {
        let mut members = Members::default();
        members.insert(&["title", "sv"], Slot::Value(0));
        members.insert(&["id"], Slot::Value(1));
        members.insert(&["title", "en"], Slot::Value(2));
        members.or_empty("aims");
        let names: Vec<&str> = members.0.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["aims", "id", "title"]);
        let Some((_, Slot::Object(title))) = members.0.get(2) else {
            panic!("title is an object: {members:?}");
        };
        let langs: Vec<&str> = title.0.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(langs, ["en", "sv"]);
    }

    #[test]
    fn rows_are_found_by_parent_in_sheet_order() {
        let row = |parent| Row {
            row: 0,
            parent,
            cells: 0..0,
        };
        let mut rows = Rows {
            rows: vec![row(1), row(0), row(1), row(2)],
            ..Rows::default()
        };
        rows.index(3);
        assert_eq!(rows.children(0), [1]);
        assert_eq!(rows.children(1), [0, 2]);
        assert_eq!(rows.children(2), [3]);
        assert!(rows.children(3).is_empty());
    }
}
