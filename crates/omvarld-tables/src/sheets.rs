//! [`Sheets`]: a document read for export one object at a time.

use std::io::Read;
use std::path::Path;

use omvarld::{
    Activity, AdvocacyPosition, Arena, ContributionAim, FocusArea, Lang, Programme, Publication,
    SchemaVersion, StandardObject,
};

use crate::json::Json;
use crate::rows::Rows;
use crate::split::{split, Members, Split, DEEPEST};
use crate::ExportError;

/// The sheets of a document, ready to be written as an xlsx workbook or
/// CSV files: the programme's own members, and the rows of every other
/// sheet, kept in temporary files when they are many.
///
/// [`Sheets::read`] reads a document a piece at a time and checks the form
/// of each object of its lists (each position, focus area, activity, …) as
/// it goes, so that neither the document nor the programme is ever in
/// memory whole; the whole check (references, numbering, dates, warnings)
/// is `omvarld validate`'s and import's, not export's.
///
/// ```
/// use omvarld::Lang;
/// let json = serde_json::to_vec(&omvarld::malmo())?;
/// let sheets = omvarld_tables::Sheets::read(json.as_slice())?;
/// let mut xlsx = std::io::Cursor::new(Vec::new());
/// sheets.to_xlsx(Lang::Sv, &mut xlsx)?;
/// let back = omvarld_tables::read_xlsx(xlsx.get_ref(), &omvarld::Options::default())?;
/// assert_eq!(back.programme, Some(omvarld::malmo()));
///
/// // An object that is not what the standard says: read the document whole
/// // (`omvarld::validate`) to report every problem with its path.
/// let bad = br#"{"schema_version": "1.1", "positions": [{"id": 5}]}"#;
/// assert!(matches!(
///     omvarld_tables::Sheets::read(bad.as_slice()),
///     Err(omvarld_tables::NotStreamed::ReadWhole)
/// ));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Sheets {
    /// The programme's own members (and the first item of each list).
    pub(crate) doc: Json,
    pub(crate) rows: Rows,
}

/// Why [`Sheets::read`] did not read a document.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NotStreamed {
    /// The reader failed.
    #[error("could not read the document")]
    Io(#[source] std::io::Error),
    /// The document is not a valid programme of the newest version of the
    /// standard as far as its objects' form goes, or is unusual (nested
    /// very deep, a member twice): read it whole with
    /// [`omvarld::validate()`], which reports every problem (and reads a 1.0
    /// document by its own rules).
    #[error("the document has to be read whole")]
    ReadWhole,
}

impl From<ExportError> for NotStreamed {
    fn from(e: ExportError) -> Self {
        match e {
            ExportError::Io(_, e) => NotStreamed::Io(e),
            _ => NotStreamed::ReadWhole,
        }
    }
}

impl Sheets {
    /// Reads a document from `reader`, checking the form of the programme
    /// and of each object of its lists as [`omvarld::parse::object`] does.
    ///
    /// # Errors
    /// [`NotStreamed::ReadWhole`] when a check fails or the document is
    /// not of the newest version; [`NotStreamed::Io`] when the reader or a
    /// temporary file fails.
    pub fn read(reader: impl Read + Send) -> Result<Sheets, NotStreamed> {
        read(reader, true)
    }

    /// The sheets of `programme`.
    ///
    /// ```
    /// let sheets = omvarld_tables::Sheets::of(&omvarld::malmo());
    /// let files = sheets.to_csv_files(omvarld::Lang::En)?;
    /// assert_eq!(files[1].0, "focus_areas.csv");
    /// # Ok::<(), omvarld_tables::ExportError>(())
    /// ```
    #[must_use]
    pub fn of(programme: &Programme) -> Sheets {
        let text = serde_json::to_vec(programme).unwrap_or_default();
        Self::of_text(&text)
    }

    /// The sheets of a programme's own JSON text (not checked again).
    pub(crate) fn of_text(text: &[u8]) -> Sheets {
        read(text, false).unwrap_or_else(|_| Sheets {
            doc: Json::Null,
            rows: Rows::new(),
        })
    }

    /// Writes the workbook, headers in `lang`, to `writer`.
    ///
    /// # Errors
    /// [`ExportError::TooLong`] when a value does not fit in a cell, or
    /// when writing fails.
    pub fn to_xlsx(
        self,
        lang: Lang,
        writer: impl std::io::Write + std::io::Seek + Send,
    ) -> Result<(), ExportError> {
        crate::xlsx::write(self, lang, writer)
    }

    /// Writes CSV files and `datapackage.json` into `dir` (made if missing).
    ///
    /// # Errors
    /// When a file cannot be written.
    pub fn to_csv_dir(self, lang: Lang, dir: &Path) -> Result<(), ExportError> {
        crate::csv::write_dir(self, lang, dir)
    }

    /// The CSV texts: `(file name, contents)` per sheet, then
    /// `datapackage.json`.
    ///
    /// # Errors
    /// When the CSV writer fails.
    pub fn to_csv_files(self, lang: Lang) -> Result<Vec<(String, String)>, ExportError> {
        crate::csv::write_files(self, lang)
    }
}

/// An item on its way from the reading thread: its sheet, its index in
/// its list and its JSON text.
type Item = (usize, usize, Vec<u8>);

fn read(reader: impl Read + Send, check: bool) -> Result<Sheets, NotStreamed> {
    let (shell, streamed, mut rows) = if check {
        // Two threads: this one reads and checks the items, the other
        // makes their rows; a few items wait between them at most.
        let (send, receive) = std::sync::mpsc::sync_channel::<Item>(16);
        std::thread::scope(|scope| {
            let maker = scope.spawn(move || -> Result<Rows, ExportError> {
                let mut rows = Rows::new();
                for (at, index, text) in receive {
                    // On an error `receive` is dropped: the reader stops.
                    rows.top_item(at, index, &Json::from_slice(&text))?;
                }
                Ok(rows)
            });
            let mut reading = Reading::new(Sink::Send(send));
            let split = split(reader, DEEPEST, &mut reading);
            let Reading {
                shell,
                streamed,
                sink,
            } = reading;
            // The end of the items for the other thread.
            drop(sink);
            let rows = maker.join().map_err(|_| NotStreamed::ReadWhole)??;
            split.map_err(NotStreamed::from)?;
            Ok::<_, NotStreamed>((shell, streamed, rows))
        })?
    } else {
        let mut reading = Reading::new(Sink::Rows(Rows::new()));
        // A programme's own text is as deep as the core let it be.
        split(reader, usize::MAX, &mut reading)?;
        let Reading {
            shell,
            streamed,
            sink,
        } = reading;
        let Sink::Rows(rows) = sink else {
            return Err(NotStreamed::ReadWhole);
        };
        (shell, streamed, rows)
    };
    let mut text = b"{".to_vec();
    for (i, (name, raw)) in shell.iter().enumerate() {
        if i > 0 {
            text.push(b',');
        }
        text.extend(serde_json::to_vec(name).unwrap_or_default());
        text.push(b':');
        text.extend_from_slice(raw);
    }
    text.push(b'}');
    drop(shell);
    let doc = if check {
        let programme = omvarld::parse::from_slice(&text).map_err(|_| NotStreamed::ReadWhole)?;
        if programme.schema_version != SchemaVersion::LATEST {
            return Err(NotStreamed::ReadWhole);
        }
        Json::of(&programme)
    } else {
        Json::from_slice(&text)
    };
    drop(text);
    // The lists that did not come one item at a time (an empty document's,
    // or a list whose path is longer than one member) are in `doc`.
    let layout = crate::layout::Layout::get();
    for (at, sheet) in layout.sheets.iter().enumerate().skip(1) {
        if sheet.parent.is_none() && !streamed.contains(&at) {
            rows.top_list_in(at, &doc)?;
        }
    }
    Ok(Sheets { doc, rows })
}

impl From<Split> for NotStreamed {
    fn from(e: Split) -> Self {
        match e {
            Split::Io(e) => NotStreamed::Io(e),
            Split::Unusual => NotStreamed::ReadWhole,
        }
    }
}

/// Where the items go: to the rows straight away, or (checked, as JSON
/// text) to the thread that makes them.
enum Sink {
    Rows(Rows),
    Send(std::sync::mpsc::SyncSender<Item>),
}

/// What [`split`] hands over, gathered.
struct Reading {
    sink: Sink,
    /// The programme's own members, and each streamed list with its first
    /// item only (for the check of the programme's form).
    shell: Vec<(String, Vec<u8>)>,
    /// The sheets whose items were streamed.
    streamed: Vec<usize>,
}

impl Reading {
    fn new(sink: Sink) -> Self {
        Self {
            sink,
            shell: Vec::new(),
            streamed: Vec::new(),
        }
    }

    fn checks(&self) -> bool {
        matches!(self.sink, Sink::Send(_))
    }

    fn sheet_of(name: &str) -> Option<usize> {
        Rows::top_lists()
            .find(|(_, m)| *m == name)
            .map(|(at, _)| at)
    }
}

/// `raw` checked as a `T`, as the JSON text of the `T` (as a programme
/// writes it: an integer written `2022.0` is `2022`, and so on).
fn typed<T: StandardObject>(raw: &[u8]) -> Result<Vec<u8>, Split> {
    let value = omvarld::parse::object::<T>(raw).map_err(|_| Split::Unusual)?;
    serde_json::to_vec(&value).map_err(|_| Split::Unusual)
}

/// Item `raw` of the programme's list `name`, checked, as its JSON text.
fn checked(name: &str, raw: &[u8]) -> Result<Vec<u8>, Split> {
    match name {
        "focus_areas" => typed::<FocusArea>(raw),
        "contribution_aims" => typed::<ContributionAim>(raw),
        "arenas" => typed::<Arena>(raw),
        "bodies" => typed::<omvarld::model::Body>(raw),
        "positions" => typed::<AdvocacyPosition>(raw),
        "activities" => typed::<Activity>(raw),
        "publications" => typed::<Publication>(raw),
        _ => Err(Split::Unusual),
    }
}

/// The lists [`checked`] knows.
const CHECKED: [&str; 7] = [
    "focus_areas",
    "contribution_aims",
    "arenas",
    "bodies",
    "positions",
    "activities",
    "publications",
];

impl Members for Reading {
    fn streams(&self, name: &str) -> bool {
        (!self.checks() || CHECKED.contains(&name)) && Self::sheet_of(name).is_some()
    }

    fn member(&mut self, name: &str, raw: &[u8]) -> Result<(), Split> {
        self.shell.push((name.to_owned(), raw.to_vec()));
        Ok(())
    }

    fn list(&mut self, name: &str) -> Result<(), Split> {
        self.shell.push((name.to_owned(), b"[]".to_vec()));
        if let Some(at) = Self::sheet_of(name) {
            self.streamed.push(at);
        }
        Ok(())
    }

    fn item(&mut self, name: &str, index: usize, raw: &[u8]) -> Result<(), Split> {
        if index == 0 {
            if let Some((_, first)) = self.shell.last_mut() {
                *first = [b"[", raw, b"]"].concat();
            }
        }
        let at = Self::sheet_of(name).ok_or(Split::Unusual)?;
        match &mut self.sink {
            Sink::Send(send) => {
                let text = checked(name, raw)?;
                // Refused when the other thread has stopped on an error,
                // which it reports.
                send.send((at, index, text)).map_err(|_| Split::Unusual)
            }
            Sink::Rows(rows) => {
                rows.top_item(at, index, &Json::from_slice(raw))
                    .map_err(|e| match e {
                        ExportError::Io(_, e) => Split::Io(e),
                        _ => Split::Unusual,
                    })
            }
        }
    }
}
