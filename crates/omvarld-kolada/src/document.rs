//! What a document needs before values are fetched into it: to be valid, to
//! be standard 1.1 (the first with `results`), and to name its municipality.

use omvarld::model::MunicipalityCode;
use omvarld::{Lang, Options, Programme, Report, SchemaVersion};

/// Why values cannot be fetched into a document.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DocumentError {
    /// The document has errors; nothing is fetched into an invalid document.
    #[error("the document is not valid ({} errors), so nothing was fetched into it", .0.errors.len())]
    Invalid(Box<Report>),
    /// A standard 1.0 document has no `results`.
    #[error(
        "the document is standard {0}, which has no indicator results: run `omvarld upgrade` first"
    )]
    NeedsUpgrade(SchemaVersion),
    /// `organisation.municipality_code` is absent.
    #[error("the organisation has no municipality_code (kommunkod, e.g. \"1280\" for Malmö), so there is nothing to ask Kolada for")]
    NoMunicipalityCode,
}

impl DocumentError {
    /// The stable code: `invalid_document`, `needs_upgrade` or
    /// `no_municipality_code`.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Invalid(_) => "invalid_document",
            Self::NeedsUpgrade(_) => "needs_upgrade",
            Self::NoMunicipalityCode => "no_municipality_code",
        }
    }

    /// The message in `lang`.
    ///
    /// ```
    /// use omvarld::Lang;
    /// let mut programme = omvarld::malmo();
    /// programme.organisation.municipality_code = None;
    /// let error = omvarld_kolada::check(&programme).unwrap_err();
    /// assert_eq!(error.code(), "no_municipality_code");
    /// assert!(error.message(Lang::Sv).starts_with("organisationen har ingen municipality_code"));
    /// ```
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::Invalid(report), Lang::Sv) => format!(
                "dokumentet är inte giltigt ({} fel), så inget hämtades till det",
                report.errors.len()
            ),
            (Self::NeedsUpgrade(version), Lang::Sv) => format!(
                "dokumentet följer standard {version}, som saknar utfall (results): kör `omvarld upgrade` först"
            ),
            (Self::NoMunicipalityCode, Lang::Sv) => "organisationen har ingen municipality_code (kommunkod, t.ex. \"1280\" för Malmö), så det finns inget att fråga Kolada om".to_owned(),
            _ => self.to_string(),
        }
    }
}

/// The municipality to fetch for, when `programme` can take results.
///
/// # Errors
/// [`DocumentError::NeedsUpgrade`] for a 1.0 document,
/// [`DocumentError::NoMunicipalityCode`] without a municipality code.
///
/// ```
/// let code = omvarld_kolada::check(&omvarld::malmo())?;
/// assert_eq!(code.as_str(), "1280");
/// let old = omvarld::malmo().with_schema_version(omvarld::SchemaVersion::V1_0);
/// assert_eq!(omvarld_kolada::check(&old).unwrap_err().code(), "needs_upgrade");
/// # Ok::<(), omvarld_kolada::DocumentError>(())
/// ```
pub fn check(programme: &Programme) -> Result<MunicipalityCode, DocumentError> {
    if programme.schema_version < SchemaVersion::V1_1 {
        return Err(DocumentError::NeedsUpgrade(programme.schema_version));
    }
    programme
        .organisation
        .municipality_code
        .clone()
        .ok_or(DocumentError::NoMunicipalityCode)
}

/// Reads a document to fetch into: valid (by every rule, as `omvarld
/// validate` checks it), standard 1.1, with a municipality code.
///
/// # Errors
/// A [`DocumentError`]; an invalid document's carries its whole report.
///
/// ```
/// use omvarld::Options;
/// let bytes = serde_json::to_vec(&omvarld::malmo())?;
/// let (programme, code) = omvarld_kolada::read(&bytes, &Options::default())?;
/// assert_eq!(code.as_str(), "1280");
/// let error = omvarld_kolada::read(b"{}", &Options::default()).unwrap_err();
/// assert_eq!(error.code(), "invalid_document");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read(
    bytes: &[u8],
    options: &Options,
) -> Result<(Programme, MunicipalityCode), DocumentError> {
    let report = omvarld::validate(bytes, options);
    if !report.valid() {
        return Err(DocumentError::Invalid(Box::new(report)));
    }
    let programme = match omvarld::parse::from_slice(bytes) {
        Ok(programme) => programme,
        Err(omvarld::ParseError::Invalid(report)) => return Err(DocumentError::Invalid(report)),
        Err(_) => return Err(DocumentError::Invalid(Box::new(report))),
    };
    let code = check(&programme)?;
    Ok((programme, code))
}
