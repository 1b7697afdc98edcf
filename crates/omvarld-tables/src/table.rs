//! A sheet's cells and columns, between the document and a file format:
//! the programme sheet and the headers of the others for export (whose
//! rows [`crate::rows`] makes), cells as the readers give them to
//! [`crate::import`].

use omvarld::Lang;

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

pub(crate) fn pointer_join(base: &str, path: &[String]) -> String {
    let mut out = base.to_owned();
    for member in path {
        out.push('/');
        out.push_str(&escape(member));
    }
    out
}

pub(crate) fn get<'v>(value: &'v Value, path: &[String]) -> Option<&'v Value> {
    path.iter().try_fold(value, |v, member| v.get(member))
}

/// The languages of a text column of the programme sheet, Swedish and
/// English first, then the others the document has, by tag.
fn text_langs(doc: &Value, column: &ColumnDef) -> Vec<String> {
    let mut langs = vec!["sv".to_owned(), "en".to_owned()];
    let mut others: Vec<String> = get(doc, &column.path)
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|o| o.iter().map(|(k, _)| k.to_string()))
        .filter(|k| k != "sv" && k != "en")
        .collect();
    others.sort();
    others.dedup();
    langs.extend(others);
    langs
}

/// The cell of `value` in a column like `column`.
pub(crate) fn cell_of(value: Option<&Value>, column: &ColumnDef) -> Cell {
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

/// The two-column programme sheet of `doc` (the programme's own members;
/// its lists are sheets of their own), with its cells.
pub(crate) fn programme_table(doc: &Value, lang: Lang) -> Table {
    let layout = Layout::get();
    let mut table = Table {
        sheet: 0,
        name: layout
            .sheets
            .first()
            .map_or_else(String::new, |s| s.name(lang).to_owned()),
        headers: vec![
            lang.pick(words::FIELD.0, words::FIELD.1).to_owned(),
            lang.pick(words::VALUE.0, words::VALUE.1).to_owned(),
        ],
        paths: Vec::new(),
        cols: Vec::new(),
        rows: Vec::new(),
        pointers: Vec::new(),
    };
    let Some(sheet) = layout.sheets.first() else {
        return table;
    };
    for (c, column) in sheet.columns.iter().enumerate() {
        let langs: Vec<Option<String>> = if column.kind == Kind::Text {
            text_langs(doc, column).into_iter().map(Some).collect()
        } else {
            vec![None]
        };
        for tag in langs {
            let value = get(doc, &column.path);
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

/// Where each spooled cell of a sheet goes: per slot (the key columns,
/// then the member columns) and language, its column.
pub(crate) struct Places {
    columns: Vec<Vec<usize>>,
}

impl Places {
    /// The column of a cell in `slot`, in language `lang` (or
    /// [`NO_LANG`](crate::spool::NO_LANG)).
    pub(crate) fn column(&self, slot: u16, lang: u16) -> Option<usize> {
        let langs = self.columns.get(usize::from(slot))?;
        if lang == crate::spool::NO_LANG {
            langs.first().copied()
        } else {
            langs.get(usize::from(lang)).copied()
        }
    }
}

/// The headers of sheet `at` (not the programme's), with no rows, and where
/// its spooled cells go. `langs` has, for each member column, the language
/// tags its rows have in the order first met (`sv` and `en` first); a text
/// gets a column for each, Swedish and English first, then the others by tag.
pub(crate) fn header_table(
    at: usize,
    sheet: &SheetDef,
    langs: &[Vec<Box<str>>],
    lang: Lang,
) -> (Table, Places) {
    let mut headers = Vec::new();
    let mut paths = Vec::new();
    let mut cols = Vec::new();
    let mut places = Vec::new();
    for (k, key) in sheet.keys.iter().enumerate() {
        places.push(vec![headers.len()]);
        headers.push(lang.pick(&key.en, &key.sv).clone());
        paths.push(key.path.clone());
        cols.push(Col::Key(k));
    }
    for (c, column) in sheet.columns.iter().enumerate() {
        if column.kind == Kind::Text {
            let tags = langs.get(c).map_or(&[][..], Vec::as_slice);
            let mut order: Vec<usize> = (0..tags.len()).collect();
            // sv and en (met first, as 0 and 1) stay first; the others by tag.
            order.sort_by(|a, b| {
                let key = |i: usize| match i {
                    0 | 1 => (i, ""),
                    _ => (2, tags.get(i).map_or("", |t| &**t)),
                };
                key(*a).cmp(&key(*b))
            });
            let mut at_lang = vec![0; tags.len()];
            for i in order {
                let tag = tags.get(i).map_or("", |t| &**t);
                if let Some(place) = at_lang.get_mut(i) {
                    *place = headers.len();
                }
                headers.push(column.header(lang, Some(tag)));
                paths.push(column.dotted(Some(tag)));
                cols.push(Col::Member {
                    column: c,
                    lang: Some(tag.to_owned()),
                });
            }
            places.push(at_lang);
        } else {
            places.push(vec![headers.len()]);
            headers.push(column.header(lang, None));
            paths.push(column.dotted(None));
            cols.push(Col::Member {
                column: c,
                lang: None,
            });
        }
    }
    let table = Table {
        sheet: at,
        name: sheet.name(lang).to_owned(),
        headers,
        paths,
        cols,
        rows: Vec::new(),
        pointers: Vec::new(),
    };
    (table, Places { columns: places })
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
