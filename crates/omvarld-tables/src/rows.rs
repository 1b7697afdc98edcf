//! The rows of the sheets, made one object at a time: an item of a
//! top-level list (a position, a focus area, …) gives its row and the rows
//! of the lists inside it (targets, asks, indicators, …), which go to each
//! sheet's [`Spool`]. This is the one place that turns objects into cells,
//! for the command's streamed export and for export from a programme in
//! memory alike.

use crate::json::Json;
use crate::layout::{Kind, Layout};
use crate::spool::{Spool, NO_LANG};
use crate::table::{cell_of, escape, get, Cell};
use crate::xlsx::CELL_MAX;
use crate::ExportError;

/// A cell too long for a spreadsheet, found as its row was made.
pub(crate) struct TooLong {
    /// The row (0-based, below the header).
    pub(crate) row: usize,
    pub(crate) slot: u16,
    pub(crate) lang: u16,
    /// JSON Pointer of the value.
    pub(crate) pointer: String,
    pub(crate) length: usize,
}

/// What one sheet has gathered.
#[derive(Default)]
pub(crate) struct SheetRows {
    pub(crate) spool: Spool,
    pub(crate) rows: usize,
    /// The ids of its rows (for the dropdowns of the columns naming them).
    pub(crate) ids: Vec<Box<str>>,
    /// Per member column: the language tags its texts have, `sv` and `en`
    /// first, the others in the order met.
    pub(crate) langs: Vec<Vec<Box<str>>>,
    /// The too-long cells of the first row that has any.
    pub(crate) too_long: Vec<TooLong>,
}

impl SheetRows {
    /// The ids, sorted, each once.
    pub(crate) fn sorted_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.ids.iter().map(|id| id.to_string()).collect();
        ids.sort();
        ids.dedup();
        ids
    }
}

/// The rows of every sheet of the [`Layout`] but the programme's.
pub(crate) struct Rows {
    pub(crate) sheets: Vec<SheetRows>,
    /// The sheets of the lists inside each sheet's objects.
    children: Vec<Vec<usize>>,
    /// Reused for each row's pointer.
    pointer: String,
    keys: Vec<String>,
}

impl Rows {
    pub(crate) fn new() -> Self {
        let layout = Layout::get();
        let sheets = layout
            .sheets
            .iter()
            .map(|def| SheetRows {
                langs: def
                    .columns
                    .iter()
                    .map(|c| {
                        if c.kind == Kind::Text {
                            vec!["sv".into(), "en".into()]
                        } else {
                            Vec::new()
                        }
                    })
                    .collect(),
                ..SheetRows::default()
            })
            .collect();
        let children = (0..layout.sheets.len())
            .map(|at| {
                layout
                    .sheets
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.parent == Some(at))
                    .map(|(i, _)| i)
                    .collect()
            })
            .collect();
        Self {
            sheets,
            children,
            pointer: String::new(),
            keys: Vec::new(),
        }
    }

    /// The sheets of the programme's own lists whose path is one member
    /// (`positions`): (sheet, member).
    pub(crate) fn top_lists() -> impl Iterator<Item = (usize, &'static str)> {
        Layout::get()
            .sheets
            .iter()
            .enumerate()
            .filter(|(at, s)| *at > 0 && s.parent.is_none())
            .filter_map(|(at, s)| match s.via.as_slice() {
                [member] => Some((at, member.as_str())),
                _ => None,
            })
    }

    /// Item `index` of the list of top-level sheet `at`.
    pub(crate) fn top_item(
        &mut self,
        at: usize,
        index: usize,
        value: &Json,
    ) -> Result<(), ExportError> {
        let Some(def) = Layout::get().sheets.get(at) else {
            return Ok(());
        };
        self.pointer.clear();
        for member in &def.via {
            self.pointer.push('/');
            self.pointer.push_str(&escape(member));
        }
        self.pointer.push('/');
        self.pointer.push_str(&index.to_string());
        self.keys.clear();
        self.object(at, value)
    }

    /// The rows of the list of top-level sheet `at` found in `doc` (for a
    /// list whose path is more than one member).
    pub(crate) fn top_list_in(&mut self, at: usize, doc: &Json) -> Result<(), ExportError> {
        let Some(def) = Layout::get().sheets.get(at) else {
            return Ok(());
        };
        let items = get(doc, &def.via)
            .and_then(Json::as_array)
            .unwrap_or_default();
        for (index, item) in items.iter().enumerate() {
            self.top_item(at, index, item)?;
        }
        Ok(())
    }

    /// The row of `value` on sheet `at` (its keys in `self.keys`, its
    /// pointer in `self.pointer`), then those of the lists inside it.
    fn object(&mut self, at: usize, value: &Json) -> Result<(), ExportError> {
        let layout = Layout::get();
        let (Some(def), Some(sheet)) = (layout.sheets.get(at), self.sheets.get_mut(at)) else {
            return Ok(());
        };
        let row = sheet.rows;
        sheet.rows += 1;
        let mut slot: u16 = 0;
        for key in &self.keys {
            let cell = Cell::Text(key.clone());
            note_length(sheet, row, slot, NO_LANG, &cell, || {
                let path = def.keys.get(usize::from(slot)).map_or("", |k| &k.path);
                format!("{}/{}", self.pointer, path.replace('.', "/"))
            });
            sheet.spool.cell(slot, NO_LANG, &cell);
            slot += 1;
        }
        for (c, column) in def.columns.iter().enumerate() {
            let member = get(value, &column.path);
            if column.kind == Kind::Text {
                let texts = member.and_then(Json::as_object).unwrap_or_default();
                for (tag, text) in texts {
                    let Some(langs) = sheet.langs.get_mut(c) else {
                        continue;
                    };
                    let lang = match langs.iter().position(|t| t == tag) {
                        Some(i) => i,
                        None => {
                            langs.push(tag.clone());
                            langs.len() - 1
                        }
                    };
                    let lang = u16::try_from(lang).unwrap_or(NO_LANG - 1);
                    let cell = cell_of(Some(text), column);
                    note_length(sheet, row, slot, lang, &cell, || {
                        format!(
                            "{}/{}",
                            self.pointer,
                            column.dotted(Some(tag)).replace('.', "/")
                        )
                    });
                    sheet.spool.cell(slot, lang, &cell);
                }
            } else {
                let cell = cell_of(member, column);
                if column.path == ["id"] {
                    if let Cell::Text(id) = &cell {
                        sheet.ids.push(id.as_str().into());
                    }
                }
                note_length(sheet, row, slot, NO_LANG, &cell, || {
                    format!("{}/{}", self.pointer, column.dotted(None).replace('.', "/"))
                });
                sheet.spool.cell(slot, NO_LANG, &cell);
            }
            slot += 1;
        }
        sheet.spool.end_row()?;
        let children = self.children.get(at).cloned().unwrap_or_default();
        if children.is_empty() {
            return Ok(());
        }
        let id = def
            .has_id
            .then(|| value.get("id").and_then(Json::as_str).unwrap_or_default());
        if let Some(id) = id {
            self.keys.push(id.to_owned());
        }
        let base = self.pointer.len();
        for child in children {
            let Some(child_def) = layout.sheets.get(child) else {
                continue;
            };
            let items = get(value, &child_def.via)
                .and_then(Json::as_array)
                .unwrap_or_default();
            for (i, item) in items.iter().enumerate() {
                for member in &child_def.via {
                    self.pointer.push('/');
                    self.pointer.push_str(&escape(member));
                }
                self.pointer.push('/');
                self.pointer.push_str(&i.to_string());
                self.object(child, item)?;
                self.pointer.truncate(base);
            }
        }
        if id.is_some() {
            self.keys.pop();
        }
        Ok(())
    }
}

/// Remembers `cell` when it is longer than a cell holds and its row is the
/// first with such a cell.
fn note_length(
    sheet: &mut SheetRows,
    row: usize,
    slot: u16,
    lang: u16,
    cell: &Cell,
    pointer: impl FnOnce() -> String,
) {
    let Cell::Text(text) = cell else {
        return;
    };
    if text.len() <= CELL_MAX || sheet.too_long.first().is_some_and(|t| t.row != row) {
        return;
    }
    let length = text.chars().count();
    if length > CELL_MAX {
        sheet.too_long.push(TooLong {
            row,
            slot,
            lang,
            pointer: pointer(),
            length,
        });
    }
}
