//! The cells of a sheet as read, compactly: the sheet's texts in strings of
//! 64 KiB (filled one after the other, never grown, so no buffer is copied
//! and left behind as it grows) and 24 bytes a cell, rather than a `String`
//! (and its allocation) for each. Import holds every sheet's cells until
//! the document is written, so this is most of its memory before
//! validation.

use std::borrow::Cow;

use crate::table::number_text;

/// A cell as read, borrowed from its sheet.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum CellRef<'a> {
    Empty,
    Text(&'a str),
    Number(f64),
    Bool(bool),
    /// A date cell, as `YYYY-MM-DD` (or with a time of day).
    Date(&'a str),
    /// An error cell (`#N/A`), as the spreadsheet shows it.
    Error(&'a str),
}

impl<'a> CellRef<'a> {
    /// `true` for an empty cell or one with nothing but white space.
    pub(crate) fn is_blank(self) -> bool {
        match self {
            CellRef::Empty => true,
            CellRef::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text (a number without a needless `.0`).
    pub(crate) fn text(self) -> Cow<'a, str> {
        match self {
            CellRef::Empty => Cow::Borrowed(""),
            CellRef::Text(s) | CellRef::Date(s) | CellRef::Error(s) => Cow::Borrowed(s),
            CellRef::Number(n) => Cow::Owned(number_text(n)),
            CellRef::Bool(b) => Cow::Borrowed(if b { "TRUE" } else { "FALSE" }),
        }
    }
}

/// Where a text is: its string, and its start and length there.
#[derive(Clone, Copy, Debug)]
struct Span {
    chunk: u32,
    at: u32,
    len: u32,
}

/// What a stored cell holds.
#[derive(Clone, Copy, Debug)]
enum Stored {
    Empty,
    Text(Span),
    Number(f64),
    Bool(bool),
    Date(Span),
    Error(Span),
}

/// The size of the strings texts are kept in (a longer text has its own).
const CHUNK: usize = 64 * 1024;

/// One cell: 0-based row and column, and its value.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    pub(crate) row: u32,
    pub(crate) col: u32,
    value: Stored,
}

/// A sheet's cells, in the order of their rows (and, within a row, in the
/// order they were read).
#[derive(Debug, Default)]
pub(crate) struct Cells {
    chunks: Vec<String>,
    entries: Vec<Entry>,
    sorted: bool,
}

impl Cells {
    /// Keeps `s`; `None` when a sheet has more than 4 Gi texts or a text
    /// more than 4 GiB.
    fn keep(&mut self, s: &str) -> Option<Span> {
        let fits = self
            .chunks
            .last()
            .is_some_and(|c| c.capacity() - c.len() >= s.len());
        if !fits {
            self.chunks.push(String::with_capacity(CHUNK.max(s.len())));
        }
        let chunk = u32::try_from(self.chunks.len().checked_sub(1)?).ok()?;
        let last = self.chunks.last_mut()?;
        let at = u32::try_from(last.len()).ok()?;
        let len = u32::try_from(s.len()).ok()?;
        last.push_str(s);
        Some(Span { chunk, at, len })
    }

    /// Adds a cell; `false` when the sheet's texts do not fit in 4 GiB.
    pub(crate) fn push(&mut self, row: u32, col: u32, cell: CellRef<'_>) -> bool {
        let value = match cell {
            CellRef::Empty => Stored::Empty,
            CellRef::Number(n) => Stored::Number(n),
            CellRef::Bool(b) => Stored::Bool(b),
            CellRef::Text(s) => match self.keep(s) {
                Some(span) => Stored::Text(span),
                None => return false,
            },
            CellRef::Date(s) => match self.keep(s) {
                Some(span) => Stored::Date(span),
                None => return false,
            },
            CellRef::Error(s) => match self.keep(s) {
                Some(span) => Stored::Error(span),
                None => return false,
            },
        };
        if self.entries.last().is_some_and(|last| last.row > row) {
            self.sorted = false;
        } else if self.entries.is_empty() {
            self.sorted = true;
        }
        self.entries.push(Entry { row, col, value });
        true
    }

    /// Puts the rows in order (a workbook may list them in any order),
    /// keeping the order of each row's cells.
    pub(crate) fn finish(&mut self) {
        if !self.sorted {
            self.entries.sort_by_key(|e| e.row);
            self.sorted = true;
        }
    }

    /// How many cells there are.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// The bytes of all the texts.
    pub(crate) fn text_len(&self) -> usize {
        self.chunks.iter().map(String::len).sum()
    }

    /// The value of `entry`.
    pub(crate) fn get(&self, entry: &Entry) -> CellRef<'_> {
        let text = |span: Span| {
            let index = |n: u32| usize::try_from(n).unwrap_or(usize::MAX);
            let at = index(span.at);
            let end = at.saturating_add(index(span.len));
            self.chunks
                .get(index(span.chunk))
                .and_then(|c| c.get(at..end))
                .unwrap_or("")
        };
        match entry.value {
            Stored::Empty => CellRef::Empty,
            Stored::Text(span) => CellRef::Text(text(span)),
            Stored::Number(n) => CellRef::Number(n),
            Stored::Bool(b) => CellRef::Bool(b),
            Stored::Date(span) => CellRef::Date(text(span)),
            Stored::Error(span) => CellRef::Error(text(span)),
        }
    }

    /// The cells in `range` of the entries.
    pub(crate) fn slice(&self, range: std::ops::Range<usize>) -> &[Entry] {
        self.entries.get(range).unwrap_or(&[])
    }

    /// Each row: its 0-based number and the range of its entries.
    pub(crate) fn rows(&self) -> impl Iterator<Item = (u32, std::ops::Range<usize>)> + '_ {
        let mut at = 0;
        std::iter::from_fn(move || {
            let first = self.entries.get(at)?;
            let start = at;
            while self.entries.get(at).is_some_and(|e| e.row == first.row) {
                at += 1;
            }
            Some((first.row, start..at))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_come_in_order_with_their_cells_in_the_order_read() {
        let mut cells = Cells::default();
        assert!(cells.push(3, 0, CellRef::Text("c")));
        assert!(cells.push(1, 2, CellRef::Number(2.5)));
        assert!(cells.push(1, 0, CellRef::Text("a")));
        assert!(cells.push(3, 1, CellRef::Date("2026-12-01")));
        let long = "x".repeat(CHUNK + 1);
        assert!(cells.push(4, 0, CellRef::Text(&long)));
        assert!(cells.push(4, 1, CellRef::Text("after")));
        cells.finish();
        let rows: Vec<(u32, Vec<(u32, CellRef<'_>)>)> = cells
            .rows()
            .map(|(row, range)| {
                let values = cells
                    .slice(range)
                    .iter()
                    .map(|e| (e.col, cells.get(e)))
                    .collect();
                (row, values)
            })
            .collect();
        assert_eq!(
            rows,
            [
                (1, vec![(2, CellRef::Number(2.5)), (0, CellRef::Text("a"))]),
                (
                    3,
                    vec![(0, CellRef::Text("c")), (1, CellRef::Date("2026-12-01"))]
                ),
                (
                    4,
                    vec![(0, CellRef::Text(&long)), (1, CellRef::Text("after"))]
                ),
            ]
        );
        assert_eq!(CellRef::Number(2022.0).text(), "2022");
        assert!(CellRef::Text("  ").is_blank());
    }
}
