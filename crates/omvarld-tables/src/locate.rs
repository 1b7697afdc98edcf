//! Where a JSON Pointer of the imported document came from: found when an
//! issue is reported, by walking the pointer down the placed rows (a list
//! member, then a row's index among its parent's rows), so an import keeps
//! no map of every value or row.

use std::collections::HashMap;

use crate::assemble::Rows;
use crate::layout::Layout;
use crate::table::{a1, escape};

/// What a sheet of the layout needs to locate its rows' cells.
#[derive(Debug, Default)]
pub(crate) struct SheetOrigin {
    /// The sheet's name in the file.
    pub(crate) name: String,
    /// Member suffix (`/decision/date`, `/title/sv`, and `/title` for the
    /// Swedish column) → column.
    pub(crate) columns: HashMap<String, u32>,
    /// The column of a row's own issues (its id, else its first column).
    pub(crate) first: u32,
}

/// The origins of an import's values.
#[derive(Debug, Default)]
pub(crate) struct Origins {
    /// The programme sheet's name, when it was read.
    pub(crate) programme: Option<String>,
    /// Single cells of the programme sheet, by pointer.
    pub(crate) cells: HashMap<String, String>,
    /// Per layout sheet with rows.
    pub(crate) sheets: Vec<Option<SheetOrigin>>,
}

impl Origins {
    /// The sheet and cell of `pointer`: of the pointer itself or the
    /// nearest enclosing one that came from a cell or a row.
    pub(crate) fn find<'o>(
        &'o self,
        pointer: &str,
        layout: &Layout,
        rows: &[Rows],
    ) -> Option<(&'o str, String)> {
        let mut at = pointer;
        loop {
            if let (Some(cell), Some(name)) = (self.cells.get(at), &self.programme) {
                return Some((name.as_str(), cell.clone()));
            }
            if let Some((sheet, row)) = row_at(at, layout, rows) {
                let origin = self.sheets.get(sheet)?.as_ref()?;
                let r = rows.get(sheet)?.rows.get(usize::try_from(row).ok()?)?.row;
                let r = usize::try_from(r).ok()?;
                let mut rest = pointer.get(at.len()..).unwrap_or("");
                loop {
                    if let Some(&c) = origin.columns.get(rest) {
                        return Some((origin.name.as_str(), a1(r, col(c))));
                    }
                    match rest.rsplit_once('/') {
                        Some((parent, _)) => rest = parent,
                        None => return Some((origin.name.as_str(), a1(r, col(origin.first)))),
                    }
                }
            }
            let (parent, _) = at.rsplit_once('/')?;
            at = parent;
        }
    }
}

fn col(c: u32) -> usize {
    usize::try_from(c).unwrap_or(usize::MAX)
}

/// The placed row (sheet, index) that `pointer` is exactly the pointer of.
fn row_at(pointer: &str, layout: &Layout, rows: &[Rows]) -> Option<(usize, u32)> {
    let mut tokens = pointer.strip_prefix('/')?.split('/').peekable();
    let mut owner: Option<(usize, u32)> = None;
    loop {
        // A child list of the owner: its sheet's path, then an index.
        let parent = owner.map(|(sheet, _)| sheet);
        let rest: Vec<&str> = tokens.clone().collect();
        let (sheet, used) = layout
            .sheets
            .iter()
            .enumerate()
            .skip(1)
            .find_map(|(i, s)| {
                let matches = s.parent == parent
                    && s.via.len() < rest.len()
                    && s.via
                        .iter()
                        .zip(&rest)
                        .all(|(member, token)| escape(member) == *token);
                matches.then_some((i, s.via.len()))
            })?;
        for _ in 0..used {
            tokens.next();
        }
        let token = tokens.next()?;
        let k: usize = token.parse().ok()?;
        if k.to_string() != token {
            return None;
        }
        let of = owner.map_or(0, |(_, row)| row);
        let row = *rows.get(sheet)?.children(of).get(k)?;
        owner = Some((sheet, row));
        if tokens.peek().is_none() {
            return owner;
        }
    }
}
