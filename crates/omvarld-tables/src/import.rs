//! From sheets of cells back to the document: headers matched in either
//! language or as member paths, columns in any order, rows attached to
//! their parents by their key columns; then the core validates the document
//! and every issue gets the sheet and cell its path came from.

use std::collections::{BTreeMap, HashMap};

use omvarld::diagnostics::detail::Arg;
use omvarld::diagnostics::{Detail, Message};
use omvarld::shape::{Shape, Type};
use omvarld::{Code, Issue, Lang, Options, Programme, Report, Severity};
use serde_json::{Map, Value};

use crate::labels::words;
use crate::layout::{ColumnDef, Kind, Layout, SheetDef};
use crate::table::{a1, escape, Cell, Col};

/// A sheet as read from a file: its name and its non-empty cells, by
/// 0-based row and then column.
#[derive(Debug, Default)]
pub(crate) struct InSheet {
    pub(crate) name: String,
    pub(crate) rows: BTreeMap<u32, Vec<(u32, Cell)>>,
    /// The column limit, when cells beyond it were left unread.
    pub(crate) cut_at: Option<usize>,
}

/// What an import gives: the document it built (as JSON, whatever its
/// problems), the programme when the document is structurally valid, and
/// the report, in which every issue that comes from a cell carries `sheet`
/// and `cell`.
#[derive(Debug)]
#[non_exhaustive]
pub struct Imported {
    /// The document the sheets describe (`Null` from
    /// [`read_path_without_document`](crate::read_path_without_document)).
    pub document: Value,
    /// The programme, when the document has no structural error.
    pub programme: Option<Programme>,
    /// Every error and warning, of the workbook and of the document.
    pub report: Report,
}

/// Where each JSON Pointer came from: single cells (the programme sheet),
/// and rows with the columns of their sheet, so that a sheet of many rows
/// costs one entry per row, not one per cell.
#[derive(Default)]
struct Origins {
    cells: HashMap<String, (usize, String)>,
    sheet_names: Vec<String>,
    /// Per sheet read: member suffix (`/decision/date`, `/title/sv`, and
    /// `/title` for the Swedish column) → column.
    columns: Vec<HashMap<String, u32>>,
    /// Row pointer → (sheet, its columns, 0-based row, the row's first column).
    rows: HashMap<String, (usize, usize, usize, u32)>,
}

impl Origins {
    fn sheet_index(&mut self, name: &str) -> usize {
        if let Some(i) = self.sheet_names.iter().position(|n| n == name) {
            return i;
        }
        self.sheet_names.push(name.to_owned());
        self.sheet_names.len() - 1
    }

    fn add(&mut self, pointer: String, sheet: usize, cell: String) {
        self.cells.entry(pointer).or_insert((sheet, cell));
    }

    /// Records the columns of a sheet's header; returns their index.
    fn add_columns(&mut self, def: &SheetDef, columns: &[(u32, Col)]) -> usize {
        let mut map = HashMap::new();
        for (c, col) in columns {
            let Col::Member { column, lang } = col else {
                continue;
            };
            let Some(def_col) = def.columns.get(*column) else {
                continue;
            };
            if let Some(tag) = lang {
                let text = pointer_of("", def_col, None);
                if tag == "sv" {
                    map.insert(text, *c);
                } else {
                    map.entry(text).or_insert(*c);
                }
            }
            map.entry(pointer_of("", def_col, lang.as_deref()))
                .or_insert(*c);
        }
        self.columns.push(map);
        self.columns.len() - 1
    }

    /// The sheet and cell of `pointer`: of the pointer itself or the
    /// nearest enclosing one that came from a cell or a row.
    fn find(&self, pointer: &str) -> Option<(&str, String)> {
        let mut at = pointer;
        loop {
            if let Some((sheet, cell)) = self.cells.get(at) {
                return Some((self.sheet_names.get(*sheet)?.as_str(), cell.clone()));
            }
            if let Some(&(sheet, columns, row, first)) = self.rows.get(at) {
                let name = self.sheet_names.get(sheet)?.as_str();
                let columns = self.columns.get(columns)?;
                let mut rest = pointer.get(at.len()..).unwrap_or("");
                loop {
                    if let Some(&c) = columns.get(rest) {
                        return Some((name, a1(row, col_index(c))));
                    }
                    match rest.rsplit_once('/') {
                        Some((parent, _)) => rest = parent,
                        None => return Some((name, a1(row, col_index(first)))),
                    }
                }
            }
            let (parent, _) = at.rsplit_once('/')?;
            at = parent;
        }
    }
}

/// Lower case with single spaces: how headers and sheet names are matched.
fn normalize(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What a header of `sheet` names.
fn resolve(sheet: &SheetDef, header: &str) -> Option<Col> {
    let wanted = normalize(header);
    if wanted.is_empty() {
        return None;
    }
    for (k, key) in sheet.keys.iter().enumerate() {
        if [&key.en, &key.sv, &key.path]
            .iter()
            .any(|h| normalize(h) == wanted)
        {
            return Some(Col::Key(k));
        }
    }
    let names = |c: &ColumnDef| [normalize(&c.en), normalize(&c.sv), c.dotted(None)];
    for (c, column) in sheet.columns.iter().enumerate() {
        if column.kind != Kind::Text && names(column).contains(&wanted) {
            return Some(Col::Member {
                column: c,
                lang: None,
            });
        }
    }
    // A text column: `Titel (sv)`, `title.sv`, or the bare label for Swedish;
    // for a sheet whose rows are texts (asks), also the bare language tag.
    let trimmed = header.trim();
    if let Some(c) = sheet
        .columns
        .iter()
        .position(|c| c.kind == Kind::Text && c.path.is_empty())
    {
        if is_lang_tag(trimmed) {
            return Some(Col::Member {
                column: c,
                lang: Some(trimmed.to_owned()),
            });
        }
    }
    let (base, tag) = if let Some(open) = trimmed.strip_suffix(')').and_then(|t| t.rfind('(')) {
        let tag = trimmed
            .get(open + 1..trimmed.len() - 1)
            .unwrap_or("")
            .trim();
        (trimmed.get(..open).unwrap_or(""), tag.to_owned())
    } else if let Some((base, tag)) = trimmed.rsplit_once('.') {
        (base, tag.to_owned())
    } else {
        // A bare label: the Swedish value.
        (trimmed, "sv".to_owned())
    };
    let base = normalize(base);
    for (c, column) in sheet.columns.iter().enumerate() {
        if column.kind == Kind::Text && !tag.is_empty() {
            let dotted = column.dotted(None);
            if [normalize(&column.en), normalize(&column.sv), dotted].contains(&base)
                || (column.path.is_empty() && base.is_empty())
            {
                return Some(Col::Member {
                    column: c,
                    lang: Some(tag),
                });
            }
        }
    }
    None
}

/// `sv`, `en-GB`: the form of a language tag.
fn is_lang_tag(text: &str) -> bool {
    let mut parts = text.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Builds the document from `sheets` and validates it. Without
/// `keep_document` the document is serialized one top-level member at a
/// time, each freed once written, and [`Imported::document`] is `Null`: the
/// document's values, its JSON text and the programme are then never all
/// in memory at once.
pub(crate) fn import(sheets: Vec<InSheet>, options: &Options, keep_document: bool) -> Imported {
    let layout = Layout::get();
    let mut issues = Vec::new();
    let mut origins = Origins::default();

    // Which sheet of the file is which sheet of the layout.
    let mut assigned: Vec<Option<InSheet>> = layout.sheets.iter().map(|_| None).collect();
    let lists = [normalize(words::LISTS.0), normalize(words::LISTS.1)];
    for sheet in sheets {
        if let Some(max) = sheet.cut_at {
            issues.push(sheet_issue(
                &sheet.name,
                None,
                Severity::Warning,
                Detail::new(Message::CellOutsideLimits).with("max", max),
            ));
        }
        let name = normalize(&sheet.name);
        if lists.contains(&name) {
            continue;
        }
        let found = layout
            .sheets
            .iter()
            .position(|s| [normalize(&s.en), normalize(&s.sv), s.key.clone()].contains(&name));
        match found {
            Some(at) => match assigned.get_mut(at) {
                Some(Some(first)) => {
                    let first = first.name.clone();
                    issues.push(sheet_issue(
                        &sheet.name,
                        None,
                        Severity::Error,
                        Detail::new(Message::SheetRepeated)
                            .with("name", sheet.name.as_str())
                            .with("first", first),
                    ));
                }
                Some(slot) => *slot = Some(sheet),
                None => {}
            },
            None => issues.push(sheet_issue(
                &sheet.name,
                None,
                Severity::Warning,
                Detail::new(Message::SheetUnknown)
                    .with("name", sheet.name.as_str())
                    .with(
                        "known",
                        Arg::names(
                            layout
                                .sheets
                                .iter()
                                .map(|s| s.name(options.lang).to_owned()),
                            20,
                        ),
                    ),
            )),
        }
    }

    // The name each sheet has in the file (or in Swedish, when missing).
    let file_names: Vec<String> = layout
        .sheets
        .iter()
        .zip(&assigned)
        .map(|(def, sheet)| {
            sheet
                .as_ref()
                .map_or_else(|| def.sv.clone(), |s| s.name.clone())
        })
        .collect();
    let mut root = Value::Object(Map::new());
    // For each sheet with ids: the keys of each row's object → its pointer.
    let mut placed: Vec<HashMap<Vec<String>, String>> =
        layout.sheets.iter().map(|_| HashMap::new()).collect();
    for (at, def) in layout.sheets.iter().enumerate() {
        let Some(sheet) = assigned.get_mut(at).and_then(Option::take) else {
            continue;
        };
        if at == 0 {
            read_programme(
                def,
                &sheet,
                &mut root,
                &mut origins,
                &mut issues,
                options.lang,
            );
            continue;
        }
        read_sheet(
            layout,
            at,
            def,
            &sheet,
            &mut root,
            &file_names,
            &mut placed,
            &mut origins,
            &mut issues,
            options.lang,
        );
    }

    // A required list that may be empty (`contribution_aims`) is there
    // when its sheet has no rows: a sheet cannot tell empty from absent.
    if let Type::Object(programme) = Shape::programme().get(Shape::programme().root()) {
        for member in &programme.members {
            let empty_allowed = matches!(
                Shape::programme().get(member.ty),
                Type::Array { min: 0, .. }
            );
            if member.required && empty_allowed {
                if let Value::Object(map) = &mut root {
                    map.entry(member.name.clone())
                        .or_insert_with(|| Value::Array(Vec::new()));
                }
            }
        }
    }
    let (bytes, document) = if keep_document {
        (serde_json::to_vec(&root).unwrap_or_default(), root)
    } else {
        (into_json(root), Value::Null)
    };
    let checked = omvarld::validate::check_owned(bytes, options);
    let mut report = checked.report;
    for issue in report.errors.iter_mut().chain(report.warnings.iter_mut()) {
        if let Some((sheet, cell)) = origins.find(&issue.path) {
            issue.sheet = Some(sheet.to_owned());
            issue.cell = Some(cell);
        }
    }
    for issue in &mut issues {
        issue.localize(options.lang);
    }
    let mut all = issues;
    all.extend(report.errors);
    all.extend(report.warnings);
    Imported {
        document,
        programme: checked.programme,
        report: Report::from_issues(all),
    }
}

/// The JSON text of `root`, the same bytes as `serde_json::to_vec`, made
/// one top-level member at a time and freeing each member once written.
fn into_json(root: Value) -> Vec<u8> {
    let Value::Object(map) = root else {
        return serde_json::to_vec(&root).unwrap_or_default();
    };
    let mut out = Vec::new();
    out.push(b'{');
    for (i, (key, value)) in map.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        // Writing to a Vec fails only for a value JSON cannot hold, which
        // a document built from cells does not have.
        let _ = serde_json::to_writer(&mut out, &key);
        out.push(b':');
        let _ = serde_json::to_writer(&mut out, &value);
    }
    out.push(b'}');
    out
}

/// A `sheet` issue at `sheet` (and `cell`), with its own severity: ignored
/// sheets and columns are warnings.
fn sheet_issue(sheet: &str, cell: Option<String>, severity: Severity, detail: Detail) -> Issue {
    let mut issue = Issue::detailed(Code::Sheet, String::new(), detail);
    issue.severity = severity;
    issue.sheet = Some(sheet.to_owned());
    issue.cell = cell;
    issue
}

/// The issue at `path`.
fn at_list(path: &str, mut issue: Issue) -> Issue {
    issue.path = path.to_owned();
    issue
}

/// The cells of a row by column.
fn row_cells(cells: &[(u32, Cell)]) -> HashMap<u32, &Cell> {
    cells.iter().map(|(c, v)| (*c, v)).collect()
}

fn is_blank_row(cells: &[(u32, Cell)]) -> bool {
    cells.iter().all(|(_, c)| c.is_blank())
}

fn col_index(col: u32) -> usize {
    usize::try_from(col).unwrap_or(usize::MAX)
}

fn row_index(row: u32) -> usize {
    usize::try_from(row).unwrap_or(usize::MAX)
}

/// The programme sheet: field in column A, value in column B.
fn read_programme(
    def: &SheetDef,
    sheet: &InSheet,
    root: &mut Value,
    origins: &mut Origins,
    issues: &mut Vec<Issue>,
    lang: Lang,
) {
    let shape = Shape::programme();
    let s = origins.sheet_index(&sheet.name);
    origins.add(String::new(), s, "A1".to_owned());
    let skip = [
        normalize(words::FIELD.0),
        normalize(words::FIELD.1),
        normalize(words::GENERATOR.0),
        normalize(words::GENERATOR.1),
    ];
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (&row, cells) in &sheet.rows {
        if is_blank_row(cells) {
            continue;
        }
        let cells = row_cells(cells);
        let label = cells.get(&0).map(|c| c.text()).unwrap_or_default();
        if skip.contains(&normalize(&label)) {
            continue;
        }
        let label_cell = a1(row_index(row), 0);
        let value_cell = a1(row_index(row), 1);
        let Some(Col::Member { column, lang }) = resolve(def, &label) else {
            issues.push(sheet_issue(
                &sheet.name,
                Some(label_cell),
                Severity::Warning,
                Detail::new(Message::ColumnUnknown)
                    .with("header", label.as_str())
                    .with(
                        "known",
                        Arg::names(
                            def.columns.iter().map(|c| lang.pick(&c.en, &c.sv).clone()),
                            8,
                        ),
                    ),
            ));
            continue;
        };
        let Some(col) = def.columns.get(column) else {
            continue;
        };
        let pointer = pointer_of("", col, lang.as_deref());
        if let Some(first) = seen.get(&pointer) {
            issues.push(sheet_issue(
                &sheet.name,
                Some(label_cell),
                Severity::Error,
                Detail::new(Message::ColumnRepeated)
                    .with("header", label.as_str())
                    .with("first", a1(*first, 0)),
            ));
            continue;
        }
        seen.insert(pointer.clone(), row_index(row));
        register(origins, s, "", col, lang.as_deref(), value_cell.clone());
        let cell = cells.get(&1).copied().unwrap_or(&Cell::Empty);
        if let Cell::Error(e) = cell {
            issues.push(cell_error(&sheet.name, value_cell, e));
            continue;
        }
        if let Some(value) = value_of(shape, col, cell) {
            set(root, &col.path, lang.as_deref(), value);
        }
    }
}

fn cell_error(sheet: &str, cell: String, value: &str) -> Issue {
    sheet_issue(
        sheet,
        Some(cell),
        Severity::Error,
        Detail::new(Message::CellError).with("value", value),
    )
}

fn pointer_of(base: &str, col: &ColumnDef, lang: Option<&str>) -> String {
    let mut out = base.to_owned();
    for member in &col.path {
        out.push('/');
        out.push_str(&escape(member));
    }
    if let Some(tag) = lang {
        out.push('/');
        out.push_str(&escape(tag));
    }
    out
}

/// Records where the column's value of the object at `base` is: for a text
/// the language's pointer, and the text's own pointer for its Swedish
/// column (or the first language column).
fn register(
    origins: &mut Origins,
    sheet: usize,
    base: &str,
    col: &ColumnDef,
    lang: Option<&str>,
    cell: String,
) {
    if let Some(tag) = lang {
        let text = pointer_of(base, col, None);
        if tag == "sv" {
            origins.cells.insert(text, (sheet, cell.clone()));
        } else {
            origins.add(text, sheet, cell.clone());
        }
    }
    origins.add(pointer_of(base, col, lang), sheet, cell);
}

/// The JSON value of a cell in `col`; `None` for an empty cell.
fn value_of(shape: &Shape, col: &ColumnDef, cell: &Cell) -> Option<Value> {
    if matches!(cell, Cell::Empty) || matches!(cell, Cell::Text(s) if s.is_empty()) {
        return None;
    }
    let text = || Value::String(cell.text());
    Some(match col.kind {
        Kind::Text => match cell {
            Cell::Bool(b) => Value::Bool(*b),
            _ => text(),
        },
        Kind::Extensions => match cell {
            Cell::Text(s) => serde_json::from_str(s).unwrap_or_else(|_| Value::String(s.clone())),
            _ => text(),
        },
        Kind::IdList => match cell {
            Cell::Text(s) => Value::Array(
                s.split(',')
                    .map(|id| Value::String(id.trim().to_owned()))
                    .collect(),
            ),
            Cell::Bool(b) => Value::Bool(*b),
            _ => Value::Array(vec![text()]),
        },
        Kind::Value => match (shape.get(col.ty), cell) {
            (_, Cell::Bool(b)) => Value::Bool(*b),
            (Type::Integer { .. } | Type::Number, Cell::Number(n)) => number(*n),
            (Type::Integer { .. } | Type::Number, Cell::Text(s)) => {
                parse_number(s).map_or_else(|| Value::String(s.clone()), number)
            }
            (Type::Coded { .. }, Cell::Date(d)) if col.is_date(shape) => {
                Value::String(d.strip_suffix("T00:00:00").unwrap_or(d).to_owned())
            }
            _ => text(),
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

/// Sets the member at `path` (and language) of `object`, making the
/// objects on the way.
fn set(object: &mut Value, path: &[String], lang: Option<&str>, value: Value) {
    let mut at = object;
    let members = path.iter().map(String::as_str).chain(lang);
    let mut members = members.peekable();
    if members.peek().is_none() {
        *at = value;
        return;
    }
    while let Some(member) = members.next() {
        if !at.is_object() {
            *at = Value::Object(Map::new());
        }
        let Value::Object(map) = at else { return };
        if members.peek().is_none() {
            map.insert(member.to_owned(), value);
            return;
        }
        at = map
            .entry(member.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
    }
}

/// The list at `via` inside the object at `pointer`, made when missing.
fn list_at<'v>(root: &'v mut Value, pointer: &str, via: &[String]) -> Option<&'v mut Vec<Value>> {
    let mut at = root.pointer_mut(pointer)?;
    for member in via {
        if !at.is_object() {
            return None;
        }
        let Value::Object(map) = at else { return None };
        let empty = if std::ptr::eq(member, via.last()?) {
            Value::Array(Vec::new())
        } else {
            Value::Object(Map::new())
        };
        at = map.entry(member.clone()).or_insert(empty);
    }
    match at {
        Value::Array(items) => Some(items),
        _ => None,
    }
}

#[allow(clippy::too_many_arguments)]
fn read_sheet(
    layout: &Layout,
    at: usize,
    def: &SheetDef,
    sheet: &InSheet,
    root: &mut Value,
    file_names: &[String],
    placed: &mut [HashMap<Vec<String>, String>],
    origins: &mut Origins,
    issues: &mut Vec<Issue>,
    lang: Lang,
) {
    let shape = Shape::programme();
    let s = origins.sheet_index(&sheet.name);
    // Workbook issues of this sheet's header are about its list.
    let list = list_pointer(layout, at);
    let mut rows = sheet.rows.iter().filter(|(_, cells)| !is_blank_row(cells));
    let Some((&header_row, header_cells)) = rows.next() else {
        return;
    };
    // The header: which column of the file is which column of the sheet.
    let mut columns: Vec<(u32, Col)> = Vec::new();
    for (c, cell) in header_cells {
        let header = cell.text();
        if header.trim().is_empty() {
            continue;
        }
        let here = a1(row_index(header_row), col_index(*c));
        match resolve(def, &header) {
            Some(col) => {
                if let Some((first, _)) = columns.iter().find(|(_, known)| *known == col) {
                    issues.push(at_list(
                        &list,
                        sheet_issue(
                            &sheet.name,
                            Some(here),
                            Severity::Error,
                            Detail::new(Message::ColumnRepeated)
                                .with("header", header.as_str())
                                .with("first", a1(row_index(header_row), col_index(*first))),
                        ),
                    ));
                } else {
                    columns.push((*c, col));
                }
            }
            None => issues.push(at_list(
                &list,
                sheet_issue(
                    &sheet.name,
                    Some(here),
                    Severity::Warning,
                    Detail::new(Message::ColumnUnknown)
                        .with("header", header.as_str())
                        .with(
                            "known",
                            Arg::names(
                                def.keys
                                    .iter()
                                    .map(|k| lang.pick(&k.en, &k.sv).clone())
                                    .chain(
                                        def.columns.iter().map(|c| lang.pick(&c.en, &c.sv).clone()),
                                    ),
                                12,
                            ),
                        ),
                ),
            )),
        }
    }
    let key_columns: Vec<Option<u32>> = (0..def.keys.len())
        .map(|k| {
            columns
                .iter()
                .find(|(_, col)| *col == Col::Key(k))
                .map(|(c, _)| *c)
        })
        .collect();
    for (k, found) in key_columns.iter().enumerate() {
        if found.is_none() {
            let key = def.keys.get(k);
            issues.push(at_list(
                &list,
                sheet_issue(
                    &sheet.name,
                    Some(a1(row_index(header_row), 0)),
                    Severity::Error,
                    Detail::new(Message::KeyColumnMissing)
                        .with(
                            "header",
                            key.map_or("", |k| lang.pick(&k.en, &k.sv).as_str()),
                        )
                        .with(
                            "of",
                            key.and_then(|k| layout.sheets.get(k.sheet))
                                .map_or(omvarld::shape::terms::VALUE, |s| s.term),
                        ),
                ),
            ));
            return;
        }
    }
    let sheet_columns = origins.add_columns(def, &columns);
    let first = columns
        .iter()
        .find(|(_, col)| matches!(col, Col::Member { column, .. } if def.columns.get(*column).is_some_and(|d| d.path == ["id"])))
        .or(columns.first())
        .map_or(0, |(c, _)| *c);
    let base_pointer = |parent: &str| -> String {
        let mut p = parent.to_owned();
        for member in &def.via {
            p.push('/');
            p.push_str(&escape(member));
        }
        p
    };
    for (&row, cells) in rows {
        let by_col = row_cells(cells);
        let r = row_index(row);
        // The parent's pointer, from the key columns.
        let keys: Vec<String> = key_columns
            .iter()
            .map(|c| {
                c.and_then(|c| by_col.get(&c))
                    .map(|cell| cell.text())
                    .unwrap_or_default()
            })
            .collect();
        let parent_pointer = if def.parent.is_none() {
            Some(String::new())
        } else {
            let mut missing = None;
            for (k, key) in keys.iter().enumerate() {
                if key.is_empty() {
                    missing = Some(k);
                    break;
                }
            }
            if let Some(k) = missing {
                let key = def.keys.get(k);
                let c = key_columns.get(k).copied().flatten().unwrap_or(0);
                let of = key
                    .and_then(|k| layout.sheets.get(k.sheet))
                    .map_or(omvarld::shape::terms::VALUE, |s| s.term);
                let mut issue = sheet_issue(
                    &sheet.name,
                    Some(a1(r, col_index(c))),
                    Severity::Error,
                    Detail::new(Message::KeyMissing)
                        .with(
                            "header",
                            key.map_or("", |k| lang.pick(&k.en, &k.sv).as_str()),
                        )
                        .with("of", of),
                );
                issue.path = def
                    .parent
                    .map_or_else(String::new, |p| list_pointer(layout, p));
                issues.push(issue);
                continue;
            }
            let parent = def.parent.unwrap_or(0);
            let found = placed.get(parent).and_then(|m| m.get(&keys)).cloned();
            if found.is_none() {
                let k = keys.len().saturating_sub(1);
                let c = key_columns.get(k).copied().flatten().unwrap_or(0);
                let parent_def = layout.sheets.get(parent);
                // Name the first key that is not known, for a clear message.
                let mut issue = sheet_issue(
                    &sheet.name,
                    Some(a1(r, col_index(c))),
                    Severity::Error,
                    Detail::new(Message::KeyUnknown)
                        .with("id", keys.last().cloned().unwrap_or_default())
                        .with(
                            "of",
                            parent_def.map_or(omvarld::shape::terms::VALUE, |p| p.term),
                        )
                        .with("sheet", file_names.get(parent).cloned().unwrap_or_default()),
                );
                issue.path = parent_def.map_or_else(String::new, |_| list_pointer(layout, parent));
                issues.push(issue);
                continue;
            }
            found
        };
        let Some(parent_pointer) = parent_pointer else {
            continue;
        };
        // The row's object.
        let mut object = Value::Object(Map::new());
        let mut errors = Vec::new();
        for (c, col) in &columns {
            let Col::Member { column, lang } = col else {
                continue;
            };
            let Some(def_col) = def.columns.get(*column) else {
                continue;
            };
            let Some(cell) = by_col.get(c) else {
                continue;
            };
            if let Cell::Error(e) = cell {
                errors.push((a1(r, col_index(*c)), e.clone()));
                continue;
            }
            if let Some(value) = value_of(shape, def_col, cell) {
                set(&mut object, &def_col.path, lang.as_deref(), value);
            }
        }
        for (cell, e) in errors {
            issues.push(cell_error(&sheet.name, cell, &e));
        }
        let id = object.get("id").and_then(Value::as_str).map(str::to_owned);
        let Some(list) = list_at(root, &parent_pointer, &def.via) else {
            continue;
        };
        let pointer = format!("{}/{}", base_pointer(&parent_pointer), list.len());
        list.push(object);
        // Where the row is; its members are at its sheet's columns.
        origins
            .rows
            .insert(pointer.clone(), (s, sheet_columns, r, first));
        if def.has_id {
            if let Some(id) = id {
                let mut own = keys;
                own.push(id);
                if let Some(map) = placed.get_mut(at) {
                    map.entry(own).or_insert(pointer);
                }
            }
        }
    }
}

/// The pointer of the list of a top-level sheet (`/positions`), or of the
/// nearest top-level ancestor's list.
fn list_pointer(layout: &Layout, mut sheet: usize) -> String {
    while let Some(parent) = layout.sheets.get(sheet).and_then(|s| s.parent) {
        sheet = parent;
    }
    layout.sheets.get(sheet).map_or_else(String::new, |s| {
        s.via.iter().map(|m| format!("/{}", escape(m))).collect()
    })
}
