//! xlsx: written with `rust_xlsxwriter`, read with `calamine` cell by cell
//! (never through a dense range, whose size a sheet's claimed dimension or
//! one far-away cell would decide).

use std::io::{Cursor, Read, Seek};

use calamine::{DataRef, Reader, Xlsx};
use omvarld::shape::{Shape, Type};
use omvarld::Lang;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DocProperties, Formula, Note, Table as XlTable,
    TableColumn, Workbook, Worksheet,
};

use crate::cells::CellRef;
use crate::import::InSheet;
use crate::labels::words;
use crate::layout::{Kind, Layout};
use crate::rows::SheetRows;
use crate::sheets::Sheets;
use crate::spool::Spool;
use crate::table::{a1, header_table, programme_table, Cell, Col, Places, Table};
use crate::{ExportError, ImportError, Limits};

/// The most characters a cell holds.
pub(crate) const CELL_MAX: usize = 32_767;

/// Rows below the data that dropdowns also cover, for rows people add.
const SPARE_ROWS: u32 = 1_000;

fn xl(e: rust_xlsxwriter::XlsxError) -> ExportError {
    ExportError::Xlsx(e.to_string())
}

fn row_num(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

fn col_num(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

/// The lists of the hidden sheet, one per column: a title and the values.
#[derive(Default)]
struct Lists {
    columns: Vec<(String, Vec<String>)>,
}

impl Lists {
    /// The column of the list `title`, added with `values()` the first time.
    fn add_with(&mut self, title: String, values: impl FnOnce() -> Vec<String>) -> usize {
        if let Some(i) = self.columns.iter().position(|(t, _)| *t == title) {
            return i;
        }
        self.columns.push((title, values()));
        self.columns.len() - 1
    }
}

/// How hard the zip parts are compressed (1 fastest to 9; rust_xlsxwriter's
/// default is 6). Measured in BENCHMARKS.md: a quarter of export's time was
/// deflate at 6.
const ZIP_LEVEL: u8 = 1;

/// One sheet to write: its table (the programme sheet's with its cells),
/// where its spooled cells go, its rows and its dropdowns.
struct Job {
    table: Table,
    places: Option<Places>,
    spool: Spool,
    rows: usize,
    /// Per column: the list it draws from and whether it is an
    /// enumeration (a value outside it is refused) or ids (warned about).
    dropdowns: Vec<Option<(usize, bool)>>,
}

/// The workbook of `sheets` to `writer`, headers in `lang`. Each sheet is
/// written in rust_xlsxwriter's constant-memory mode (rows go to a
/// temporary file as they are written) from the rows spooled for it, so
/// memory holds one row, the ids for the dropdowns and the programme's own
/// members, not the document. The sheets are filled on two threads.
pub(crate) fn write(
    sheets: Sheets,
    lang: Lang,
    writer: impl std::io::Write + std::io::Seek + Send,
) -> Result<(), ExportError> {
    let layout = Layout::get();
    let shape = Shape::programme();
    let Sheets { doc, rows } = sheets;
    let mut workbook = Workbook::new();
    workbook.set_zip_compression_level(ZIP_LEVEL);
    let version = omvarld::SCHEMA_VERSION;
    let title = layout.sheets.first().map_or("", |s| s.name(lang));
    let properties = DocProperties::new()
        .set_title(title)
        .set_comment(format!("{}; data standard {version}", crate::generator()))
        .set_custom_property("omvarld_schema_version", version)
        .set_custom_property("omvarld_generator", crate::generator().as_str());
    workbook.set_properties(&properties);

    // The lists of the dropdowns, on a hidden sheet written last: every
    // enumeration, and the ids of every sheet a single id refers to.
    let lists_name = lang.pick(words::LISTS.0, words::LISTS.1);
    let mut lists = Lists::default();
    let mut jobs = Vec::with_capacity(layout.sheets.len());
    let spooled = rows.sheets;
    for (at, def) in layout.sheets.iter().enumerate() {
        let (table, places) = if at == 0 {
            (programme_table(&doc, lang), None)
        } else {
            let langs = spooled.get(at).map_or(&[][..], |s| s.langs.as_slice());
            let (table, places) = header_table(at, def, langs, lang);
            (table, Some(places))
        };
        if let (Some(places), Some(sheet)) = (&places, spooled.get(at)) {
            too_long(&table, places, sheet)?;
        }
        let mut dropdowns = Vec::with_capacity(table.cols.len());
        for col in &table.cols {
            let mut ids_of_sheet = |sheet: usize| {
                let title = layout
                    .sheets
                    .get(sheet)
                    .map_or_else(String::new, |s| format!("{} (id)", s.name(lang)));
                let ids = || {
                    spooled
                        .get(sheet)
                        .map(SheetRows::sorted_ids)
                        .unwrap_or_default()
                };
                (lists.add_with(title, ids), false)
            };
            let list = match col {
                Col::Key(k) => def.keys.get(*k).map(|key| ids_of_sheet(key.sheet)),
                Col::Member { column, .. } => match def.columns.get(*column) {
                    Some(c) if c.kind == Kind::Value => match (shape.get(c.ty), c.references) {
                        (Type::Enum { term, values, .. }, _) => {
                            Some((lists.add_with(term.en.to_owned(), || values.clone()), true))
                        }
                        (_, Some(sheet)) => Some(ids_of_sheet(sheet)),
                        _ => None,
                    },
                    _ => None,
                },
            };
            dropdowns.push(list);
        }
        let rows = if at == 0 {
            table.rows.len()
        } else {
            spooled.get(at).map_or(0, |s| s.rows)
        };
        jobs.push(Job {
            table,
            places,
            spool: Spool::default(),
            rows,
            dropdowns,
        });
    }
    for (job, sheet) in jobs.iter_mut().zip(spooled) {
        job.spool = sheet.spool;
    }
    for job in &jobs {
        let sheet = workbook.add_worksheet_with_constant_memory().map_err(xl)?;
        sheet.set_name(&job.table.name).map_err(xl)?;
    }
    let lengths: Vec<usize> = lists.columns.iter().map(|(_, v)| v.len()).collect();
    let sheet = workbook.add_worksheet_with_constant_memory().map_err(xl)?;
    sheet.set_name(lists_name).map_err(xl)?;
    // Row by row, as constant-memory mode requires.
    for (i, (title, _)) in lists.columns.iter().enumerate() {
        sheet.write_string(0, col_num(i), title).map_err(xl)?;
    }
    for r in 0..lengths.iter().copied().max().unwrap_or(0) {
        for (i, (_, values)) in lists.columns.iter().enumerate() {
            if let Some(value) = values.get(r) {
                sheet
                    .write_string(row_num(r + 1), col_num(i), value)
                    .map_err(xl)?;
            }
        }
    }
    sheet.set_hidden(true);
    drop(lists);

    // Two groups of about as many bytes of rows each, one per thread.
    let mut work: Vec<(Job, &mut Worksheet)> =
        jobs.into_iter().zip(workbook.worksheets_mut()).collect();
    work.sort_by_key(|(job, _)| std::cmp::Reverse(job.spool.len()));
    let (mut mine, mut theirs) = (Vec::new(), Vec::new());
    let (mut my_bytes, mut their_bytes) = (0, 0);
    for item in work {
        if my_bytes <= their_bytes {
            my_bytes += item.0.spool.len();
            mine.push(item);
        } else {
            their_bytes += item.0.spool.len();
            theirs.push(item);
        }
    }
    let fill_all = |work: Vec<(Job, &mut Worksheet)>| -> Result<(), ExportError> {
        for (job, sheet) in work {
            fill(job, sheet, &lengths, lists_name)?;
        }
        Ok(())
    };
    std::thread::scope(|scope| {
        let other = scope.spawn(|| fill_all(theirs));
        let here = fill_all(mine);
        let there = other
            .join()
            .unwrap_or_else(|_| Err(ExportError::Xlsx("a sheet could not be written".to_owned())));
        here.and(there)
    })?;
    workbook.save_to_writer(writer).map_err(xl)
}

/// Writes one sheet: the head, the rows, the frozen header and the
/// dropdowns (`lengths`: how many values each list of the hidden sheet
/// `lists_name` has).
fn fill(
    job: Job,
    sheet: &mut Worksheet,
    lengths: &[usize],
    lists_name: &str,
) -> Result<(), ExportError> {
    let Job {
        table,
        places,
        spool,
        rows,
        dropdowns,
    } = job;
    write_head(sheet, &table, rows)?;
    match places {
        Some(places) => {
            let mut r = 0;
            spool.replay(|cells| {
                r += 1;
                for (slot, lang, cell) in cells.drain(..) {
                    if let Some(c) = places.column(slot, lang) {
                        write_cell(sheet, &table, r, c, cell, String::new)?;
                    }
                }
                Ok(())
            })?;
        }
        None => write_rows(sheet, &table)?,
    }
    sheet.set_freeze_panes(1, 0).map_err(xl)?;
    let last_row = row_num(rows).saturating_add(SPARE_ROWS).min(1_048_575);
    for (c, dropdown) in dropdowns.into_iter().enumerate() {
        let Some((l, is_enum)) = dropdown else {
            continue;
        };
        let len = lengths.get(l).copied().unwrap_or(0);
        if len == 0 || table.is_programme() {
            continue;
        }
        let column = a1(0, l);
        let letters = column.trim_end_matches('1');
        let range = format!(
            "='{}'!${letters}$2:${letters}${}",
            lists_name.replace('\'', "''"),
            len + 1
        );
        let mut validation = DataValidation::new().allow_list_formula(Formula::new(range));
        if !is_enum {
            // An id added on its own sheet is not in the list yet.
            validation = validation.set_error_style(DataValidationErrorStyle::Warning);
        }
        sheet
            .add_data_validation(1, col_num(c), last_row, col_num(c), &validation)
            .map_err(xl)?;
    }
    Ok(())
}

/// The first cell of `sheet`'s rows too long for a cell, as an error.
fn too_long(table: &Table, places: &Places, sheet: &SheetRows) -> Result<(), ExportError> {
    let first = sheet
        .too_long
        .iter()
        .filter_map(|t| Some((places.column(t.slot, t.lang)?, t)))
        .min_by_key(|(c, _)| *c);
    match first {
        Some((c, t)) => Err(ExportError::TooLong {
            sheet: table.name.clone(),
            cell: a1(t.row + 1, c),
            path: t.pointer.clone(),
            length: t.length,
        }),
        None => Ok(()),
    }
}

fn write_cell(
    sheet: &mut Worksheet,
    table: &Table,
    r: usize,
    c: usize,
    cell: Cell,
    pointer: impl FnOnce() -> String,
) -> Result<(), ExportError> {
    let (row, col) = (row_num(r), col_num(c));
    match cell {
        Cell::Empty => {}
        Cell::Number(n) => {
            sheet.write_number(row, col, n).map_err(xl)?;
        }
        Cell::Bool(b) => {
            sheet.write_boolean(row, col, b).map_err(xl)?;
        }
        Cell::Text(s) => {
            // No more characters than bytes: count them only when it matters.
            let length = if s.len() > CELL_MAX {
                s.chars().count()
            } else {
                s.len()
            };
            if length > CELL_MAX {
                return Err(ExportError::TooLong {
                    sheet: table.name.clone(),
                    cell: a1(r, c),
                    path: pointer(),
                    length,
                });
            }
            // A string cell, never a formula: `=1+1` stays text.
            sheet.write_string(row, col, s).map_err(xl)?;
        }
    }
    Ok(())
}

/// The table over the data (at least one row, as Excel requires), the
/// header row with its notes, and the column widths.
fn write_head(sheet: &mut Worksheet, table: &Table, rows: usize) -> Result<(), ExportError> {
    // An Excel table over the data, added first: it writes the header row,
    // which constant-memory mode ignores once a later row has been written.
    let columns: Vec<TableColumn> = table
        .headers
        .iter()
        .map(|h| TableColumn::new().set_header(h))
        .collect();
    if !columns.is_empty() {
        let last_row = row_num(rows.max(1));
        let xl_table = XlTable::new().set_columns(&columns);
        sheet
            .add_table(0, 0, last_row, col_num(columns.len() - 1), &xl_table)
            .map_err(xl)?;
    }
    for (c, header) in table.headers.iter().enumerate() {
        sheet.write_string(0, col_num(c), header).map_err(xl)?;
        let path = if table.is_programme() {
            None
        } else {
            table.paths.get(c).filter(|p| !p.is_empty())
        };
        if let Some(path) = path {
            sheet
                .insert_note(0, col_num(c), &Note::new(path).add_author_prefix(false))
                .map_err(xl)?;
        }
        let width = if table.is_programme() && c == 1 {
            60.0
        } else {
            18.0
        };
        sheet.set_column_width(col_num(c), width).map_err(xl)?;
    }
    if table.is_programme() {
        sheet.set_column_width(0, 32.0).map_err(xl)?;
    }
    Ok(())
}

/// The rows a table holds (the programme sheet's).
fn write_rows(sheet: &mut Worksheet, table: &Table) -> Result<(), ExportError> {
    for (r, row) in table.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            write_cell(sheet, table, r + 1, c, cell.clone(), || {
                let base = table.pointers.get(r).cloned().unwrap_or_default();
                if table.is_programme() {
                    base
                } else {
                    let path = table.paths.get(c).cloned().unwrap_or_default();
                    format!("{base}/{}", path.replace('.', "/"))
                }
            })?;
        }
    }
    Ok(())
}

/// The sheets of an xlsx workbook, cell by cell, within `limits`. A
/// damaged workbook can make calamine panic (an arithmetic overflow on a
/// cell reference, found by tests/bad_input.rs); that is an error here, not
/// a panic of the caller.
pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Vec<InSheet>, ImportError> {
    crate::zipcheck::check(bytes, limits)?;
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_checked(bytes, limits)))
        .unwrap_or_else(|_| {
            Err(ImportError::NotAWorkbook(
                "the workbook is damaged: its XML could not be read".to_owned(),
            ))
        })
}

fn read_checked(bytes: &[u8], limits: &Limits) -> Result<Vec<InSheet>, ImportError> {
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| ImportError::NotAWorkbook(e.to_string()))?;
    let names = workbook.sheet_names();
    let mut sheets = Vec::with_capacity(names.len());
    for name in names {
        sheets.push(read_sheet(&mut workbook, &name, limits)?);
    }
    Ok(sheets)
}

fn read_sheet<RS: Read + Seek>(
    workbook: &mut Xlsx<RS>,
    name: &str,
    limits: &Limits,
) -> Result<InSheet, ImportError> {
    let mut sheet = InSheet {
        name: name.to_owned(),
        ..InSheet::default()
    };
    let mut reader = match workbook.worksheet_cells_reader(name) {
        Ok(reader) => reader,
        // A chart sheet or the like: no cells.
        Err(calamine::XlsxError::NotAWorksheet(_)) => return Ok(sheet),
        Err(e) => return Err(ImportError::NotAWorkbook(e.to_string())),
    };
    let mut count = 0usize;
    while let Some(cell) = reader
        .next_cell()
        .map_err(|e| ImportError::NotAWorkbook(e.to_string()))?
    {
        let (row, col) = cell.get_position();
        // A date or error cell's text, made here.
        let date: String;
        let value = match cell.get_value() {
            DataRef::Empty => continue,
            DataRef::Int(i) => {
                #[allow(clippy::cast_precision_loss)]
                let n = *i as f64;
                CellRef::Number(n)
            }
            DataRef::Float(f) => CellRef::Number(*f),
            DataRef::String(s) => CellRef::Text(s),
            DataRef::SharedString(s) => CellRef::Text(s),
            DataRef::Bool(b) => CellRef::Bool(*b),
            DataRef::DateTime(d) => match d.as_datetime() {
                Some(dt) => {
                    date = if dt.time() == chrono::NaiveTime::MIN {
                        dt.date().format("%Y-%m-%d").to_string()
                    } else {
                        dt.format("%Y-%m-%dT%H:%M:%S").to_string()
                    };
                    CellRef::Date(&date)
                }
                None => CellRef::Number(d.as_f64()),
            },
            DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => CellRef::Date(s),
            DataRef::Error(e) => {
                date = e.to_string();
                CellRef::Error(&date)
            }
        };
        if !col_index_ok(col, limits) {
            sheet.cut_at = Some(limits.columns);
        } else {
            count += 1;
            if count > limits.cells {
                return Err(ImportError::TooLarge(format!(
                    "sheet `{name}` has more than {} cells with values",
                    limits.cells
                )));
            }
            if !sheet.cells.push(row, col, value) {
                return Err(too_much_text(name));
            }
        }
    }
    sheet.cells.finish();
    Ok(sheet)
}

/// A sheet whose texts do not fit in 4 GiB (more than the limit on
/// unpacked bytes lets through).
pub(crate) fn too_much_text(name: &str) -> ImportError {
    ImportError::TooLarge(format!("sheet `{name}` has more than 4 GiB of text"))
}

fn col_index_ok(col: u32, limits: &Limits) -> bool {
    usize::try_from(col).is_ok_and(|c| c < limits.columns)
}
