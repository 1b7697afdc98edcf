//! CSV: one UTF-8 file per sheet with a byte order mark, RFC 4180 quoting,
//! and a Frictionless `datapackage.json` describing them; read back also as
//! Excel in a Swedish locale writes it (`;`, decimal commas, no BOM).

use std::io::Write;
use std::path::Path;

use omvarld::shape::strings::StringKind;
use omvarld::shape::{Shape, Type};
use omvarld::Lang;
use serde_json::{json, Map, Value};

use crate::cells::CellRef;
use crate::import::InSheet;
use crate::layout::{Kind, Layout};
use crate::sheets::Sheets;
use crate::table::{header_table, programme_table, Cell, Col, Table};
use crate::{ExportError, ImportError, Limits};

const BOM: &str = "\u{feff}";

/// The file name of a table.
pub(crate) fn file_name(table: &Table) -> String {
    let key = Layout::get()
        .sheets
        .get(table.sheet)
        .map_or("sheet", |s| s.key.as_str());
    format!("{key}.csv")
}

/// Writes every sheet of `sheets` as CSV (with its BOM): `open` gives the
/// writer of each file, by name; then the data package of their headers.
fn write_all<W: Write>(
    sheets: Sheets,
    lang: Lang,
    mut open: impl FnMut(&str) -> Result<W, ExportError>,
    mut close: impl FnMut(&str, W) -> Result<(), ExportError>,
) -> Result<Value, ExportError> {
    let Sheets { doc, rows } = sheets;
    let mut tables = Vec::new();
    for (at, rows) in rows.sheets.into_iter().enumerate() {
        let layout = Layout::get();
        let Some(def) = layout.sheets.get(at) else {
            continue;
        };
        let (table, places) = if at == 0 {
            (programme_table(&doc, lang), None)
        } else {
            let (table, places) = header_table(at, def, &rows.langs, lang);
            (table, Some(places))
        };
        let name = file_name(&table);
        let mut out = open(&name)?;
        out.write_all(BOM.as_bytes())
            .map_err(|e| ExportError::Io(name.clone(), e))?;
        let mut writer = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .from_writer(out);
        let err = |e: ::csv::Error| ExportError::Csv(e.to_string());
        writer.write_record(&table.headers).map_err(err)?;
        match places {
            Some(places) => {
                let mut line = vec![String::new(); table.headers.len()];
                rows.spool.replay(|cells| {
                    line.iter_mut().for_each(String::clear);
                    for (slot, lang, cell) in cells.drain(..) {
                        if let Some(field) = places.column(slot, lang).and_then(|c| line.get_mut(c))
                        {
                            *field = match cell {
                                Cell::Text(s) => s,
                                other => other.text(),
                            };
                        }
                    }
                    writer.write_record(&line).map_err(err)
                })?;
            }
            None => {
                for row in &table.rows {
                    writer
                        .write_record(row.iter().map(Cell::text))
                        .map_err(err)?;
                }
            }
        }
        let inner = writer
            .into_inner()
            .map_err(|e| ExportError::Csv(e.to_string()))?;
        close(&name, inner)?;
        tables.push(table);
    }
    Ok(datapackage(&tables))
}

/// Writes every sheet and `datapackage.json` into `dir` (made if missing).
pub(crate) fn write_dir(sheets: Sheets, lang: Lang, dir: &Path) -> Result<(), ExportError> {
    std::fs::create_dir_all(dir).map_err(|e| ExportError::Io(dir.display().to_string(), e))?;
    let at = |name: &str| dir.join(name).display().to_string();
    let package = write_all(
        sheets,
        lang,
        |name| {
            let file =
                std::fs::File::create(dir.join(name)).map_err(|e| ExportError::Io(at(name), e))?;
            Ok(std::io::BufWriter::with_capacity(1 << 16, file))
        },
        |name, mut w| w.flush().map_err(|e| ExportError::Io(at(name), e)),
    )?;
    let package = serde_json::to_string_pretty(&package).unwrap_or_default();
    let path = dir.join("datapackage.json");
    std::fs::write(&path, package + "\n")
        .map_err(|e| ExportError::Io(path.display().to_string(), e))?;
    Ok(())
}

/// Every sheet as `(file name, CSV text)`, then `datapackage.json`.
pub(crate) fn write_files(
    sheets: Sheets,
    lang: Lang,
) -> Result<Vec<(String, String)>, ExportError> {
    let mut files = Vec::new();
    let package = write_all(
        sheets,
        lang,
        |_| Ok(Vec::new()),
        |name, bytes| {
            let text = String::from_utf8(bytes).map_err(|e| ExportError::Csv(e.to_string()))?;
            files.push((name.to_owned(), text));
            Ok(())
        },
    )?;
    let package = serde_json::to_string_pretty(&package).unwrap_or_default();
    files.push(("datapackage.json".to_owned(), package + "\n"));
    Ok(files)
}

/// The Frictionless data package of `tables`: a Table Schema per file, with
/// types, enumerations, primary keys and foreign keys.
pub(crate) fn datapackage(tables: &[Table]) -> Value {
    let layout = Layout::get();
    let shape = Shape::programme();
    let header_of = |sheet: usize, pred: &dyn Fn(&Col) -> bool| -> Option<String> {
        let table = tables.iter().find(|t| t.sheet == sheet)?;
        let c = table.cols.iter().position(pred)?;
        table.headers.get(c).cloned()
    };
    let resource_name = |sheet: usize| {
        layout
            .sheets
            .get(sheet)
            .map_or_else(String::new, |s| s.key.clone())
    };
    let mut resources = Vec::new();
    for table in tables {
        let Some(def) = layout.sheets.get(table.sheet) else {
            continue;
        };
        let mut fields = Vec::new();
        let mut foreign = Vec::new();
        if table.is_programme() {
            for header in &table.headers {
                fields.push(json!({"name": header, "type": "string"}));
            }
        } else {
            for (c, col) in table.cols.iter().enumerate() {
                let name = table.headers.get(c).cloned().unwrap_or_default();
                let mut field = Map::new();
                field.insert("name".into(), json!(name));
                field.insert("type".into(), json!("string"));
                if let Some(path) = table.paths.get(c) {
                    field.insert("description".into(), json!(format!("`{path}`")));
                }
                if let Col::Member { column, lang } = col {
                    if let Some(column) = def.columns.get(*column) {
                        let ty = match (column.kind, shape.get(column.ty)) {
                            (Kind::Extensions, _) => "object",
                            (Kind::Value, Type::Integer { .. }) => "integer",
                            (Kind::Value, Type::Number) => "number",
                            (Kind::Value, Type::Coded { string, .. })
                                if string.kind == StringKind::Date =>
                            {
                                "date"
                            }
                            _ => "string",
                        };
                        field.insert("type".into(), json!(ty));
                        let mut constraints = Map::new();
                        if let (Kind::Value, Type::Enum { values, .. }) =
                            (column.kind, shape.get(column.ty))
                        {
                            constraints.insert("enum".into(), json!(values));
                        }
                        let required =
                            column.required && (lang.is_none() || lang.as_deref() == Some("sv"));
                        if required {
                            constraints.insert("required".into(), json!(true));
                        }
                        if !constraints.is_empty() {
                            field.insert("constraints".into(), Value::Object(constraints));
                        }
                        if let Some(target) = column.references {
                            if let Some(id) = header_of(target, &|col| {
                                matches!(col, Col::Member { column, .. }
                                    if layout.sheets.get(target).and_then(|s| s.id_column()) == Some(*column))
                            }) {
                                foreign.push(json!({
                                    "fields": [name],
                                    "reference": {"resource": resource_name(target), "fields": [id]}
                                }));
                            }
                        }
                    }
                }
                fields.push(Value::Object(field));
            }
        }
        let mut schema = Map::new();
        schema.insert("fields".into(), Value::Array(fields));
        // Primary key: the keys and the id, or the programme sheet's field.
        let mut primary: Vec<String> = Vec::new();
        if table.is_programme() {
            primary.extend(table.headers.first().cloned());
        } else if def.has_id {
            for (c, col) in table.cols.iter().enumerate() {
                let is_key = matches!(col, Col::Key(_))
                    || matches!(col, Col::Member { column, .. } if def.id_column() == Some(*column));
                if is_key {
                    primary.extend(table.headers.get(c).cloned());
                }
            }
        }
        if !primary.is_empty() {
            schema.insert("primaryKey".into(), json!(primary));
        }
        // Foreign keys: the key columns name the parent's primary key.
        if let Some(parent) = def.parent {
            let keys: Vec<String> = (0..def.keys.len())
                .filter_map(|k| header_of(table.sheet, &|col| *col == Col::Key(k)))
                .collect();
            let mut parent_fields: Vec<String> = (0..def.keys.len().saturating_sub(1))
                .filter_map(|k| header_of(parent, &|col| *col == Col::Key(k)))
                .collect();
            let parent_id = layout.sheets.get(parent).and_then(|s| s.id_column());
            parent_fields.extend(header_of(
                parent,
                &|col| matches!(col, Col::Member { column, .. } if Some(*column) == parent_id),
            ));
            if keys.len() == parent_fields.len() && !keys.is_empty() {
                foreign.push(json!({
                    "fields": keys,
                    "reference": {"resource": resource_name(parent), "fields": parent_fields}
                }));
            }
        }
        if !foreign.is_empty() {
            schema.insert("foreignKeys".into(), json!(foreign));
        }
        resources.push(json!({
            "name": def.key,
            "title": table.name,
            "path": file_name(table),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8-sig",
            "dialect": {"delimiter": ",", "quoteChar": "\"", "doubleQuote": true, "header": true},
            "schema": schema,
        }));
    }
    json!({
        "profile": "tabular-data-package",
        "name": "omvarld-programme",
        "title": tables.first().map_or("", |t| t.name.as_str()),
        "description": format!("A programme for strategic external relations work, data standard {}, written by {}", omvarld::SCHEMA_VERSION, crate::generator()),
        "resources": resources,
    })
}

/// One CSV file as a sheet named `name`: UTF-8 with or without a BOM, `,`
/// or `;` (or tab) as the delimiter, whichever the header row uses most.
pub(crate) fn read_text(name: &str, bytes: &[u8], limits: &Limits) -> Result<InSheet, ImportError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        ImportError::NotUtf8(format!(
            "`{name}` is not UTF-8 (byte {}); save it as \"CSV UTF-8\" (Excel) or with the UTF-8 character set",
            e.valid_up_to() + 1
        ))
    })?;
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first_line.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut sheet = InSheet {
        name: name.to_owned(),
        ..InSheet::default()
    };
    let mut count = 0usize;
    for (r, record) in reader.records().enumerate() {
        let record = record.map_err(|e| ImportError::Csv(format!("`{name}`: {e}")))?;
        let row = u32::try_from(r)
            .map_err(|_| ImportError::TooLarge(format!("`{name}` has too many rows")))?;
        if record.iter().skip(limits.columns).any(|f| !f.is_empty()) {
            sheet.cut_at = Some(limits.columns);
        }
        for (c, field) in record.iter().enumerate().take(limits.columns) {
            if field.is_empty() {
                continue;
            }
            count += 1;
            if count > limits.cells {
                return Err(ImportError::TooLarge(format!(
                    "`{name}` has more than {} cells with values",
                    limits.cells
                )));
            }
            let c = u32::try_from(c).unwrap_or(u32::MAX);
            if !sheet.cells.push(row, c, CellRef::Text(field)) {
                return Err(crate::xlsx::too_much_text(name));
            }
        }
    }
    sheet.cells.finish();
    Ok(sheet)
}

/// Every `*.csv` file of `dir`, each a sheet named by its file stem.
pub(crate) fn read_dir(dir: &Path, limits: &Limits) -> Result<Vec<InSheet>, ImportError> {
    let io = |e: std::io::Error| ImportError::Io(dir.display().to_string(), e);
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("csv")))
        .collect();
    paths.sort();
    let mut sheets = Vec::new();
    for path in paths {
        let size = std::fs::metadata(&path).map_err(io)?.len();
        if size > limits.unpacked_bytes {
            return Err(ImportError::TooLarge(format!(
                "`{}` has {size} bytes; at most {} are read",
                path.display(),
                limits.unpacked_bytes
            )));
        }
        let bytes = std::fs::read(&path).map_err(io)?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        sheets.push(read_text(&name, &bytes, limits)?);
    }
    Ok(sheets)
}
