//! One sheet's rows on their way to the file: the cells of each row as
//! compact bytes, in memory while they are few and in a temporary file
//! once they are many, read back in order when the sheet is written.
//!
//! A row is written before the sheet's columns are known (a text gets a
//! column for each language some row has), so a cell names its place as
//! a slot (a key column, or a member column) and, for a text, a language;
//! the writer turns that into a column at the end.

use std::fs::File;
use std::io::{BufReader, Read, Seek, Write};

use crate::table::Cell;
use crate::ExportError;

/// Bytes kept in memory before they go to the temporary file.
const IN_MEMORY: usize = 1 << 16;

/// The end of a row.
const END: u16 = u16::MAX;
/// No language: a cell of a column that is not a text.
pub(crate) const NO_LANG: u16 = u16::MAX;

const TEXT: u8 = 0;
const NUMBER: u8 = 1;
const BOOL: u8 = 2;

fn io(e: std::io::Error) -> ExportError {
    ExportError::Io("a temporary file".to_owned(), e)
}

/// The rows of one sheet.
#[derive(Default)]
pub(crate) struct Spool {
    buf: Vec<u8>,
    file: Option<File>,
    /// How many bytes went to the file.
    spilled: usize,
}

impl Spool {
    /// A cell of the current row: its slot, its language (or [`NO_LANG`])
    /// and its value (an empty cell is not written).
    pub(crate) fn cell(&mut self, slot: u16, lang: u16, cell: &Cell) {
        let (kind, text) = match cell {
            Cell::Empty => return,
            Cell::Text(s) => (TEXT, s.as_bytes()),
            Cell::Number(_) => (NUMBER, &[][..]),
            Cell::Bool(_) => (BOOL, &[][..]),
        };
        self.buf.extend_from_slice(&slot.to_le_bytes());
        self.buf.extend_from_slice(&lang.to_le_bytes());
        self.buf.push(kind);
        match cell {
            Cell::Number(n) => self.buf.extend_from_slice(&n.to_le_bytes()),
            Cell::Bool(b) => self.buf.push(u8::from(*b)),
            _ => {
                let len = u32::try_from(text.len()).unwrap_or(u32::MAX);
                self.buf.extend_from_slice(&len.to_le_bytes());
                self.buf.extend_from_slice(text);
            }
        }
    }

    /// Ends the current row.
    pub(crate) fn end_row(&mut self) -> Result<(), ExportError> {
        self.buf.extend_from_slice(&END.to_le_bytes());
        if self.buf.len() >= IN_MEMORY {
            let file = match &mut self.file {
                Some(file) => file,
                None => self.file.insert(tempfile::tempfile().map_err(io)?),
            };
            file.write_all(&self.buf).map_err(io)?;
            self.spilled += self.buf.len();
            self.buf.clear();
        }
        Ok(())
    }

    /// How many bytes its rows take: how long writing them takes, about.
    pub(crate) fn len(&self) -> usize {
        self.spilled + self.buf.len()
    }

    /// Reads the rows back, in order: `row` gets each row's cells as
    /// (slot, language, value).
    pub(crate) fn replay(
        self,
        mut row: impl FnMut(&mut Vec<(u16, u16, Cell)>) -> Result<(), ExportError>,
    ) -> Result<(), ExportError> {
        let mut cells = Vec::new();
        if let Some(mut file) = self.file {
            file.rewind().map_err(io)?;
            let mut reader = BufReader::with_capacity(1 << 16, file);
            while read_row(&mut reader, &mut cells)? {
                row(&mut cells)?;
            }
        }
        let mut rest = self.buf.as_slice();
        while read_row(&mut rest, &mut cells)? {
            row(&mut cells)?;
        }
        Ok(())
    }
}

fn corrupt() -> ExportError {
    ExportError::Io(
        "a temporary file".to_owned(),
        std::io::Error::new(std::io::ErrorKind::InvalidData, "cut short"),
    )
}

fn read_array<const N: usize>(reader: &mut impl Read) -> Result<[u8; N], ExportError> {
    let mut bytes = [0; N];
    reader.read_exact(&mut bytes).map_err(|_| corrupt())?;
    Ok(bytes)
}

/// The next row into `cells`; `false` at the end.
fn read_row(
    reader: &mut impl Read,
    cells: &mut Vec<(u16, u16, Cell)>,
) -> Result<bool, ExportError> {
    cells.clear();
    let mut first = [0; 2];
    match reader.read(&mut first[..1]).map_err(io)? {
        0 => return Ok(false),
        _ => reader.read_exact(&mut first[1..]).map_err(|_| corrupt())?,
    }
    let mut slot = u16::from_le_bytes(first);
    while slot != END {
        let lang = u16::from_le_bytes(read_array(reader)?);
        let [kind] = read_array(reader)?;
        let cell = match kind {
            NUMBER => Cell::Number(f64::from_le_bytes(read_array(reader)?)),
            BOOL => Cell::Bool(read_array::<1>(reader)? != [0]),
            _ => {
                let len = u32::from_le_bytes(read_array(reader)?);
                let mut text = vec![0; usize::try_from(len).unwrap_or(0)];
                reader.read_exact(&mut text).map_err(|_| corrupt())?;
                Cell::Text(String::from_utf8(text).map_err(|_| corrupt())?)
            }
        };
        cells.push((slot, lang, cell));
        slot = u16::from_le_bytes(read_array(reader)?);
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_come_back_in_order_from_memory_and_file() {
        let mut spool = Spool::default();
        let long = "å".repeat(IN_MEMORY);
        for i in 0..5 {
            spool.cell(0, NO_LANG, &Cell::Text(format!("row {i}")));
            spool.cell(3, 1, &Cell::Number(f64::from(i)));
            spool.cell(4, NO_LANG, &Cell::Empty);
            spool.cell(5, NO_LANG, &Cell::Bool(i % 2 == 0));
            if i == 2 {
                spool.cell(6, 0, &Cell::Text(long.clone()));
            }
            spool.end_row().unwrap();
        }
        spool.end_row().unwrap();
        assert!(spool.file.is_some());
        let mut rows = Vec::new();
        spool
            .replay(|cells| {
                rows.push(cells.clone());
                Ok(())
            })
            .unwrap();
        assert_eq!(rows.len(), 6);
        assert_eq!(
            rows[1],
            [
                (0, NO_LANG, Cell::Text("row 1".into())),
                (3, 1, Cell::Number(1.0)),
                (5, NO_LANG, Cell::Bool(false)),
            ]
        );
        assert_eq!(rows[2][3], (6, 0, Cell::Text(long)));
        assert!(rows[5].is_empty());
    }
}
