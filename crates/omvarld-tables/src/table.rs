//! A workbook in memory: sheets of cells, between the document and a file
//! format. [`flatten`] makes one from a programme; the readers make one from
//! a file and [`crate::import`] turns it back into a document.

use omvarld::{Lang, Programme};

use crate::json::Json as Value;

use crate::labels::words;
use crate::layout::{ColumnDef, Kind, Layout, SheetDef};

/// One cell's value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
}

impl Cell {
    /// The cell as text (a number without a needless `.0`).
    pub(crate) fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Number(n) => number_text(*n),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        }
    }
}

/// `2022` for 2022.0, `72.1` for 72.1: the shortest text that reads back
/// as the same number.
pub(crate) fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        #[allow(clippy::cast_possible_truncation)]
        let whole = n as i64;
        whole.to_string()
    } else {
        n.to_string()
    }
}

/// What a column (or, on the programme sheet, a row) of a table is.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Col {
    /// The `k`th key column of the sheet.
    Key(usize),
    /// The sheet's `column`th column (for a text, in one language).
    Member { column: usize, lang: Option<String> },
}

/// A sheet with its cells, as export writes it.
#[derive(Debug)]
pub(crate) struct Table {
    /// Its index in the [`Layout`].
    pub(crate) sheet: usize,
    pub(crate) name: String,
    pub(crate) headers: Vec<String>,
    /// The member path of each column (for the programme sheet: of each
    /// row), shown in the header's note.
    pub(crate) paths: Vec<String>,
    /// What each column is (for the programme sheet: each row).
    pub(crate) cols: Vec<Col>,
    pub(crate) rows: Vec<Vec<Cell>>,
    /// The JSON Pointer of each row's object (for the programme sheet: of
    /// each row's value).
    pub(crate) pointers: Vec<String>,
}

impl Table {
    /// `true` for the two-column programme sheet.
    pub(crate) fn is_programme(&self) -> bool {
        self.sheet == 0
    }
}

/// A1 notation of a cell (both 0-based).
pub(crate) fn a1(row: usize, col: usize) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", letters.into_iter().collect::<String>(), row + 1)
}

/// RFC 6901 escaping of one member name.
pub(crate) fn escape(member: &str) -> String {
    member.replace('~', "~0").replace('/', "~1")
}

fn pointer_join(base: &str, path: &[String]) -> String {
    let mut out = base.to_owned();
    for member in path {
        out.push('/');
        out.push_str(&escape(member));
    }
    out
}

fn get<'v>(value: &'v Value, path: &[String]) -> Option<&'v Value> {
    path.iter().try_fold(value, |v, member| v.get(member))
}

/// An object of the document that is a row: its keys, value and pointer.
struct Row<'v> {
    keys: Vec<String>,
    value: &'v Value,
    pointer: String,
}

/// The languages of a text column, Swedish and English first.
fn text_langs(rows: &[Row<'_>], column: &ColumnDef) -> Vec<String> {
    let mut langs = vec!["sv".to_owned(), "en".to_owned()];
    let mut others: Vec<String> = rows
        .iter()
        .filter_map(|r| get(r.value, &column.path)?.as_object())
        .flat_map(|o| o.iter().map(|(k, _)| k.to_string()))
        .filter(|k| k != "sv" && k != "en")
        .collect();
    others.sort();
    others.dedup();
    langs.extend(others);
    langs
}

fn cell_of(value: Option<&Value>, column: &ColumnDef) -> Cell {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Cell::Empty;
    };
    match (column.kind, value) {
        (Kind::Extensions, v) => Cell::Text(v.to_string()),
        (Kind::IdList, Value::Array(ids)) => Cell::Text(
            ids.iter()
                .map(|id| id.as_str().map_or_else(|| id.to_string(), str::to_owned))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (_, Value::String(s)) => Cell::Text(s.to_string()),
        (_, Value::Number(n)) => n.as_f64().map_or(Cell::Empty, Cell::Number),
        (_, Value::Bool(b)) => Cell::Bool(*b),
        (_, v) => Cell::Text(v.to_string()),
    }
}

/// The tables of `programme`, with headers in `lang`: one per sheet of the
/// [`Layout`], every sheet even when empty, in its order.
pub(crate) fn flatten(programme: &Programme, lang: Lang) -> Vec<Table> {
    let doc = Value::of(programme);
    let objects = Objects::of(&doc);
    (0..objects.len())
        .filter_map(|at| objects.table(at, lang))
        .collect()
}

/// The rows of every sheet of a document, found once (references into the
/// document, their keys and pointers, no cells), so that a writer can make
/// one sheet's [`Table`] at a time and drop it before the next.
pub(crate) struct Objects<'v> {
    rows: Vec<Vec<Row<'v>>>,
}

impl<'v> Objects<'v> {
    /// The rows of every sheet of the [`Layout`] in `doc`, the document as JSON.
    pub(crate) fn of(doc: &'v Value) -> Self {
        let layout = Layout::get();
        let mut rows: Vec<Vec<Row<'v>>> = Vec::with_capacity(layout.sheets.len());
        for (at, sheet) in layout.sheets.iter().enumerate() {
            let these = if at == 0 {
                vec![Row {
                    keys: Vec::new(),
                    value: doc,
                    pointer: String::new(),
                }]
            } else {
                rows_of(sheet, rows.as_slice(), doc, layout)
            };
            rows.push(these);
        }
        Self { rows }
    }

    /// How many sheets.
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    /// The table of sheet `at`, headers in `lang`.
    pub(crate) fn table(&self, at: usize, lang: Lang) -> Option<Table> {
        let sheet = Layout::get().sheets.get(at)?;
        let rows = self.rows.get(at)?;
        Some(if at == 0 {
            programme_table(sheet, rows, lang)
        } else {
            table(at, sheet, rows, lang)
        })
    }

    /// The ids of sheet `at`'s rows, sorted, each once.
    pub(crate) fn ids(&self, at: usize) -> Vec<String> {
        let Some(def) = Layout::get().sheets.get(at) else {
            return Vec::new();
        };
        let Some(path) = def
            .id_column()
            .and_then(|c| def.columns.get(c))
            .map(|c| &c.path)
        else {
            return Vec::new();
        };
        let mut ids: Vec<String> = self
            .rows
            .get(at)
            .into_iter()
            .flatten()
            .filter_map(|row| get(row.value, path)?.as_str().map(str::to_owned))
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }
}

fn rows_of<'v>(
    sheet: &SheetDef,
    objects: &[Vec<Row<'v>>],
    doc: &'v Value,
    layout: &Layout,
) -> Vec<Row<'v>> {
    let root = [Row {
        keys: Vec::new(),
        value: doc,
        pointer: String::new(),
    }];
    let (parents, parent_has_id): (&[Row<'v>], bool) = match sheet.parent {
        None => (&root, false),
        Some(p) => (
            objects.get(p).map_or(&[][..], Vec::as_slice),
            layout.sheets.get(p).is_some_and(|s| s.has_id),
        ),
    };
    let mut rows = Vec::new();
    for parent in parents {
        let mut keys = parent.keys.clone();
        if parent_has_id {
            keys.push(
                parent
                    .value
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
            );
        }
        let base = pointer_join(&parent.pointer, &sheet.via);
        let items = get(parent.value, &sheet.via).and_then(Value::as_array);
        for (i, item) in items.into_iter().flatten().enumerate() {
            rows.push(Row {
                keys: keys.clone(),
                value: item,
                pointer: format!("{base}/{i}"),
            });
        }
    }
    rows
}

fn programme_table(sheet: &SheetDef, rows: &[Row<'_>], lang: Lang) -> Table {
    let mut table = Table {
        sheet: 0,
        name: sheet.name(lang).to_owned(),
        headers: vec![
            lang.pick(words::FIELD.0, words::FIELD.1).to_owned(),
            lang.pick(words::VALUE.0, words::VALUE.1).to_owned(),
        ],
        paths: Vec::new(),
        cols: Vec::new(),
        rows: Vec::new(),
        pointers: Vec::new(),
    };
    let Some(doc) = rows.first() else {
        return table;
    };
    for (c, column) in sheet.columns.iter().enumerate() {
        let langs: Vec<Option<String>> = if column.kind == Kind::Text {
            text_langs(rows, column).into_iter().map(Some).collect()
        } else {
            vec![None]
        };
        for tag in langs {
            let value = get(doc.value, &column.path);
            let mut pointer = pointer_join("", &column.path);
            let cell = match &tag {
                Some(tag) => {
                    pointer = format!("{pointer}/{}", escape(tag));
                    cell_of(value.and_then(|v| v.get(tag)), column)
                }
                None => cell_of(value, column),
            };
            table
                .rows
                .push(vec![Cell::Text(column.header(lang, tag.as_deref())), cell]);
            table.paths.push(column.dotted(tag.as_deref()));
            table.cols.push(Col::Member {
                column: c,
                lang: tag,
            });
            table.pointers.push(pointer);
        }
    }
    table.rows.push(vec![
        Cell::Text(lang.pick(words::GENERATOR.0, words::GENERATOR.1).to_owned()),
        Cell::Text(crate::generator()),
    ]);
    table.paths.push(String::new());
    table.pointers.push(String::new());
    table
}

fn table(at: usize, sheet: &SheetDef, rows: &[Row<'_>], lang: Lang) -> Table {
    let mut headers = Vec::new();
    let mut paths = Vec::new();
    let mut cols = Vec::new();
    for (k, key) in sheet.keys.iter().enumerate() {
        headers.push(lang.pick(&key.en, &key.sv).clone());
        paths.push(key.path.clone());
        cols.push(Col::Key(k));
    }
    for (c, column) in sheet.columns.iter().enumerate() {
        if column.kind == Kind::Text {
            for tag in text_langs(rows, column) {
                headers.push(column.header(lang, Some(&tag)));
                paths.push(column.dotted(Some(&tag)));
                cols.push(Col::Member {
                    column: c,
                    lang: Some(tag),
                });
            }
        } else {
            headers.push(column.header(lang, None));
            paths.push(column.dotted(None));
            cols.push(Col::Member {
                column: c,
                lang: None,
            });
        }
    }
    let mut cells = Vec::with_capacity(rows.len());
    let mut pointers = Vec::with_capacity(rows.len());
    for row in rows {
        let line = cols
            .iter()
            .map(|col| match col {
                Col::Key(k) => row
                    .keys
                    .get(*k)
                    .map_or(Cell::Empty, |id| Cell::Text(id.clone())),
                Col::Member { column, lang } => {
                    let Some(def) = sheet.columns.get(*column) else {
                        return Cell::Empty;
                    };
                    let value = get(row.value, &def.path);
                    match lang {
                        Some(tag) => cell_of(value.and_then(|v| v.get(tag)), def),
                        None => cell_of(value, def),
                    }
                }
            })
            .collect();
        cells.push(line);
        pointers.push(row.pointer.clone());
    }
    Table {
        sheet: at,
        name: sheet.name(lang).to_owned(),
        headers,
        paths,
        cols,
        rows: cells,
        pointers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a1_notation() {
        assert_eq!(a1(0, 0), "A1");
        assert_eq!(a1(6, 2), "C7");
        assert_eq!(a1(0, 25), "Z1");
        assert_eq!(a1(0, 26), "AA1");
        assert_eq!(a1(9, 701), "ZZ10");
        assert_eq!(a1(0, 702), "AAA1");
    }

    #[test]
    fn numbers_read_back() {
        for n in [0.0, 2022.0, 72.1, -3.5, 1e300, 1e-7, 0.1 + 0.2] {
            assert_eq!(number_text(n).parse::<f64>().unwrap(), n);
        }
        assert_eq!(number_text(2022.0), "2022");
    }
}
