//! From sheets of cells back to the document: headers matched in either
//! language or as member paths, columns in any order, rows attached to
//! their parents by their key columns; then the core validates the document
//! and every issue gets the sheet and cell its path came from.

use std::collections::HashMap;

use crate::assemble::{value_of, Document, Members, Plan, Row, Rows, Slot};
use crate::locate::{Origins, SheetOrigin};

use omvarld::diagnostics::detail::Arg;
use omvarld::diagnostics::{Detail, Message};
use omvarld::shape::{Shape, Type};
use omvarld::{Code, Issue, Lang, Options, Programme, Report, Severity};
use serde_json::Value;

use crate::cells::{CellRef, Cells, Entry};
use crate::labels::words;
use crate::layout::{ColumnDef, Kind, Layout, SheetDef};
use crate::table::{a1, escape, Col};

/// A sheet as read from a file: its name and its non-empty cells, by
/// 0-based row and then column.
#[derive(Debug, Default)]
pub(crate) struct InSheet {
    pub(crate) name: String,
    pub(crate) cells: Cells,
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

/// Builds the document from `sheets` as JSON text and validates it. The
/// text is written in one pass over the rows, each sheet's cells freed
/// once its rows are written; no `serde_json::Value` of the document is made unless
/// `keep_document` asks for [`Imported::document`] (else `Null`), and then
/// only from the text. The cells, the text and the programme are never all
/// in memory at once: `check_owned` frees the text before the semantic pass.
pub(crate) fn import(sheets: Vec<InSheet>, options: &Options, keep_document: bool) -> Imported {
    let layout = Layout::get();
    let mut issues = Vec::new();
    let mut origins = Origins {
        sheets: layout.sheets.iter().map(|_| None).collect(),
        ..Origins::default()
    };

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
    // The programme's own members, one slot per field read.
    let mut fields = Fields::default();
    let programme_sheet = assigned.get_mut(0).and_then(Option::take);
    if let (Some(sheet), Some(def)) = (&programme_sheet, layout.sheets.first()) {
        read_programme(
            def,
            sheet,
            &mut fields,
            &mut origins,
            &mut issues,
            options.lang,
        );
    }
    // Per sheet: its placed rows and the plan that turns them into objects.
    let mut rows: Vec<Rows> = layout.sheets.iter().map(|_| Rows::default()).collect();
    let mut plans: Vec<Option<Plan>> = layout.sheets.iter().map(|_| None).collect();
    // For each sheet with ids: the keys of each placed row → its index.
    let mut placed: Vec<HashMap<Vec<String>, u32>> =
        layout.sheets.iter().map(|_| HashMap::new()).collect();
    for (at, def) in layout.sheets.iter().enumerate() {
        let Some(sheet) = assigned.get_mut(at).and_then(Option::take) else {
            continue;
        };
        let read = read_sheet(
            layout,
            at,
            def,
            sheet,
            &file_names,
            &mut placed,
            &mut issues,
            options.lang,
        );
        if let Some((origin, plan, placed_rows)) = read {
            if let Some(slot) = origins.sheets.get_mut(at) {
                *slot = Some(origin);
            }
            if let Some(slot) = plans.get_mut(at) {
                *slot = Some(plan);
            }
            if let Some(slot) = rows.get_mut(at) {
                *slot = placed_rows;
            }
        }
    }
    drop(placed);
    // Each sheet's rows by parent (a top-level list's parent is the root).
    let counts: Vec<usize> = rows.iter().map(|r| r.rows.len()).collect();
    for (at, def) in layout.sheets.iter().enumerate() {
        let parents = def
            .parent
            .map_or(1, |p| counts.get(p).copied().unwrap_or(0));
        if let Some(sheet) = rows.get_mut(at) {
            sheet.index(parents);
        }
    }

    // The root: the programme's fields and the top-level lists.
    let mut root = Members::default();
    for (i, (col, lang, _)) in fields.0.iter().enumerate() {
        root.insert(&member_path(col, lang.as_deref()), Slot::Value(i));
    }
    for (at, def) in layout.sheets.iter().enumerate().skip(1) {
        if def.parent.is_none() {
            let via: Vec<&str> = def.via.iter().map(String::as_str).collect();
            root.insert(&via, Slot::List(at));
        }
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
                root.or_empty(&member.name);
            }
        }
    }
    let parents: Vec<Option<usize>> = layout.sheets.iter().map(|s| s.parent).collect();
    let (defs, cells) = fields
        .0
        .into_iter()
        .map(|(col, _, cell)| (Some(col), Some(cell)))
        .unzip();
    // The text is about as long as the cells' texts with the member names
    // and punctuation; room for it from the start spares copying a growing
    // buffer (pages not written to cost no memory).
    let capacity = rows.iter().fold(64 * 1024, |n, r| {
        n + r.cells.borrow().text_len() * 2 + r.cells.borrow().len() * 32
    });
    let bytes = Document {
        root,
        defs,
        cells,
        plans: &plans,
        parents: &parents,
    }
    .write(&rows, capacity);
    drop(plans);
    drop(programme_sheet);
    let document = if keep_document {
        serde_json::from_slice(&bytes).unwrap_or(Value::Null)
    } else {
        Value::Null
    };
    let checked = omvarld::validate::check_owned(bytes, options);
    let mut report = checked.report;
    for issue in report.errors.iter_mut().chain(report.warnings.iter_mut()) {
        if let Some((sheet, cell)) = origins.find(&issue.path, layout, &rows) {
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

/// The programme sheet's fields read: the column, its language and the cell.
#[derive(Default)]
struct Fields<'a>(Vec<(&'static ColumnDef, Option<String>, CellRef<'a>)>);

/// The member path of a column's value: its path, and the language of a text.
fn member_path<'c>(col: &'c ColumnDef, lang: Option<&'c str>) -> Vec<&'c str> {
    col.path.iter().map(String::as_str).chain(lang).collect()
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

/// The cells of a row by column (the last, when a column has two).
fn row_cells<'c>(cells: &'c Cells, row: &[Entry]) -> HashMap<u32, CellRef<'c>> {
    row.iter().map(|e| (e.col, cells.get(e))).collect()
}

fn is_blank_row(cells: &Cells, row: &[Entry]) -> bool {
    row.iter().all(|e| cells.get(e).is_blank())
}

fn col_index(col: u32) -> usize {
    usize::try_from(col).unwrap_or(usize::MAX)
}

fn row_index(row: u32) -> usize {
    usize::try_from(row).unwrap_or(usize::MAX)
}

/// The programme sheet: field in column A, value in column B.
fn read_programme<'a>(
    def: &'static SheetDef,
    sheet: &'a InSheet,
    fields: &mut Fields<'a>,
    origins: &mut Origins,
    issues: &mut Vec<Issue>,
    lang: Lang,
) {
    origins.programme = Some(sheet.name.clone());
    origins.cells.insert(String::new(), "A1".to_owned());
    let skip = [
        normalize(words::FIELD.0),
        normalize(words::FIELD.1),
        normalize(words::GENERATOR.0),
        normalize(words::GENERATOR.1),
    ];
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (row, range) in sheet.cells.rows() {
        let entries = sheet.cells.slice(range);
        if is_blank_row(&sheet.cells, entries) {
            continue;
        }
        let cells = row_cells(&sheet.cells, entries);
        let label = cells
            .get(&0)
            .map(|c| c.text().into_owned())
            .unwrap_or_default();
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
        register(origins, col, lang.as_deref(), value_cell.clone());
        let cell = cells.get(&1).copied().unwrap_or(CellRef::Empty);
        if let CellRef::Error(e) = cell {
            issues.push(cell_error(&sheet.name, value_cell, e));
            continue;
        }
        fields.0.push((col, lang, cell));
    }
}

/// Records where the programme's field `col` (in `lang`) is: for a text
/// the language's pointer, and the text's own pointer for its Swedish
/// field (or the first language's).
fn register(origins: &mut Origins, col: &ColumnDef, lang: Option<&str>, cell: String) {
    if let Some(tag) = lang {
        let text = pointer_of("", col, None);
        if tag == "sv" {
            origins.cells.insert(text, cell.clone());
        } else {
            origins.cells.entry(text).or_insert_with(|| cell.clone());
        }
    }
    origins
        .cells
        .entry(pointer_of("", col, lang))
        .or_insert(cell);
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

/// Reads a sheet of rows: its header, then each row placed under its
/// parent by its key columns (or an issue at the key). Gives where its
/// cells are, how its rows become objects, and its placed rows.
#[allow(clippy::too_many_arguments)]
fn read_sheet(
    layout: &'static Layout,
    at: usize,
    def: &'static SheetDef,
    sheet: InSheet,
    file_names: &[String],
    placed: &mut [HashMap<Vec<String>, u32>],
    issues: &mut Vec<Issue>,
    lang: Lang,
) -> Option<(SheetOrigin, Plan, Rows)> {
    let shape = Shape::programme();
    // Workbook issues of this sheet's header are about its list.
    let list = list_pointer(layout, at);
    let InSheet {
        name: sheet_name,
        cells: sheet_cells,
        ..
    } = sheet;
    let mut rows = sheet_cells
        .rows()
        .filter(|(_, range)| !is_blank_row(&sheet_cells, sheet_cells.slice(range.clone())));
    let (header_row, header_range) = rows.next()?;
    let rows: Vec<(u32, std::ops::Range<usize>)> = rows.collect();
    // The header: which column of the file is which column of the sheet.
    let mut columns: Vec<(u32, Col)> = Vec::new();
    for entry in sheet_cells.slice(header_range) {
        let c = &entry.col;
        let header = sheet_cells.get(entry).text().into_owned();
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
                            &sheet_name,
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
                    &sheet_name,
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
                    &sheet_name,
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
            return None;
        }
    }
    let origin = SheetOrigin {
        name: sheet_name.clone(),
        columns: member_columns(def, &columns),
        first: columns
            .iter()
            .find(|(_, col)| matches!(col, Col::Member { column, .. } if def.columns.get(*column).is_some_and(|d| d.path == ["id"])))
            .or(columns.first())
            .map_or(0, |(c, _)| *c),
    };
    let plan = plan(layout, at, def, &columns);
    let id_slot = columns.iter().position(|(_, col)| {
        matches!(col, Col::Member { column, lang: None } if def.columns.get(*column).is_some_and(|d| d.path == ["id"]))
    });
    let mut placed_rows = Rows::default();
    for (row, range) in rows {
        let by_col = row_cells(&sheet_cells, sheet_cells.slice(range.clone()));
        let r = row_index(row);
        // The parent, from the key columns.
        let keys: Vec<String> = key_columns
            .iter()
            .map(|c| {
                c.and_then(|c| by_col.get(&c))
                    .map(|cell| cell.text().into_owned())
                    .unwrap_or_default()
            })
            .collect();
        let parent = if def.parent.is_none() {
            0
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
                    &sheet_name,
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
            let Some(&found) = placed.get(parent).and_then(|m| m.get(&keys)) else {
                let k = keys.len().saturating_sub(1);
                let c = key_columns.get(k).copied().flatten().unwrap_or(0);
                let parent_def = layout.sheets.get(parent);
                // Name the first key that is not known, for a clear message.
                let mut issue = sheet_issue(
                    &sheet_name,
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
            };
            found
        };
        // Error cells are issues at the cell; the rest are the row's values.
        for (c, col) in &columns {
            if !matches!(col, Col::Member { column, .. } if def.columns.get(*column).is_some()) {
                continue;
            }
            if let Some(CellRef::Error(e)) = by_col.get(c) {
                issues.push(cell_error(&sheet_name, a1(r, col_index(*c)), e));
            }
        }
        let id = id_slot.and_then(|i| columns.get(i)).and_then(|(c, col)| {
            let Col::Member { column, .. } = col else {
                return None;
            };
            let cell = *by_col.get(c)?;
            if matches!(cell, CellRef::Error(_)) {
                return None;
            }
            value_of(shape, def.columns.get(*column)?, cell)?.into_string()
        });
        drop(by_col);
        let index = u32::try_from(placed_rows.rows.len()).unwrap_or(u32::MAX);
        placed_rows.rows.push(Row {
            row,
            parent,
            cells: range,
        });
        if def.has_id {
            if let Some(id) = id {
                let mut own = keys;
                own.push(id);
                if let Some(map) = placed.get_mut(at) {
                    map.entry(own).or_insert(index);
                }
            }
        }
    }
    placed_rows.cells = sheet_cells.into();
    Some((origin, plan, placed_rows))
}

/// Per sheet: member suffix (`/decision/date`, `/title/sv`, and `/title`
/// for the Swedish column) → the column of the file it is in.
fn member_columns(def: &SheetDef, columns: &[(u32, Col)]) -> HashMap<String, u32> {
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
    map
}

/// How the rows of sheet `at`, with the header `columns`, become objects:
/// a slot per column at its member path, and the lists of its child sheets.
fn plan(
    layout: &'static Layout,
    at: usize,
    def: &'static SheetDef,
    columns: &[(u32, Col)],
) -> Plan {
    let mut members = Members::default();
    let mut defs = Vec::with_capacity(columns.len());
    let mut slot_of = HashMap::new();
    for (i, (c, col)) in columns.iter().enumerate() {
        slot_of.insert(*c, i);
        let Col::Member { column, lang } = col else {
            defs.push(None);
            continue;
        };
        let def_col = def.columns.get(*column);
        if let Some(def_col) = def_col {
            members.insert(&member_path(def_col, lang.as_deref()), Slot::Value(i));
        }
        defs.push(def_col);
    }
    for (child, child_def) in layout.sheets.iter().enumerate() {
        if child_def.parent == Some(at) {
            let via: Vec<&str> = child_def.via.iter().map(String::as_str).collect();
            members.insert(&via, Slot::List(child));
        }
    }
    Plan {
        members,
        defs,
        slot_of,
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
