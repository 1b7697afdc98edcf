//! Upgrade: a valid document of an older version of the standard, as the
//! newest version.
//!
//! Standard 1.1 is additive: a valid 1.0 document is a valid 1.1 document
//! once its `schema_version` says so. The upgrade therefore rewrites exactly
//! the bytes of that one string and nothing else, so member order,
//! indentation, number spellings and `extensions` stay as the publisher
//! wrote them.
//!
//! A 1.0 document whose only errors are members that 1.1 added (the
//! `unknown_field` message says "`omvarld upgrade` does that") is upgraded
//! too, when it is valid as 1.1: that is the publisher who started using
//! 1.1 before changing the version.

use crate::diagnostics::{locate, Code, InvalidReport, Message, Report};
use crate::model::{Programme, SchemaVersion};
use crate::validate::{check, Options};

/// `bytes` (a programme document) upgraded to the newest version of the
/// standard: the same bytes with `schema_version` set to
/// [`SchemaVersion::LATEST`]. A document already of the newest version is
/// returned unchanged, so upgrading twice equals upgrading once. Warnings do
/// not stop an upgrade.
///
/// # Errors
/// The report of an invalid document (English messages; see
/// [`upgrade_with`]), which is not upgraded.
///
/// ```
/// let old = b"{\n  \"schema_version\": \"1.0\",\n  \"id\": \"x\"\n}";
/// // Not a valid programme: refused with its report.
/// let err = omvarld::upgrade(old).unwrap_err();
/// assert!(!err.report().valid());
///
/// let malmo = serde_json::to_string_pretty(&omvarld::malmo())?;
/// let as_1_0 = malmo
///     .replace("\"schema_version\": \"1.1\"", "\"schema_version\": \"1.0\"")
///     .replace("  \"$schema\": \"https://omvarld.github.io/schemas/1.1/programme.schema.json\",\n", "")
///     .replace(",\n      \"kind\": \"position_folder\"", "");
/// let upgraded = omvarld::upgrade(as_1_0.as_bytes())?;
/// assert_eq!(
///     String::from_utf8(upgraded.clone())?,
///     as_1_0.replace("\"schema_version\": \"1.0\"", "\"schema_version\": \"1.1\""),
/// );
/// assert_eq!(omvarld::upgrade(&upgraded)?, upgraded);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn upgrade(bytes: &[u8]) -> Result<Vec<u8>, InvalidReport> {
    upgrade_with(bytes, &Options::default())
}

/// [`upgrade`] with `options` (the language of the report of an invalid
/// document; the as-of date, whose warnings do not stop an upgrade).
///
/// # Errors
/// The report of an invalid document, in `options.lang`.
///
/// ```
/// use omvarld::{Lang, Options};
/// let bad = br#"{"schema_version": "1.0"}"#;
/// let err = omvarld::upgrade_with(bad, &Options::new().lang(Lang::Sv)).unwrap_err();
/// assert!(!err.report().valid());
/// assert_eq!(err.report().errors[0].code, omvarld::Code::Required);
/// ```
pub fn upgrade_with(bytes: &[u8], options: &Options) -> Result<Vec<u8>, InvalidReport> {
    let checked = check(bytes, options);
    let mut report = checked.report;
    if only_newer_members(&report) {
        if let Some(upgraded) = set_version(bytes) {
            if check(&upgraded, options).report.valid() {
                return Ok(upgraded);
            }
        }
    }
    if !report.valid() {
        report.locate(bytes);
    }
    let programme = match (checked.programme, report.into_result()) {
        (Some(programme), Ok(_)) => programme,
        (_, Err(invalid)) => return Err(invalid),
        // A report without errors comes only from a document that was read.
        (None, Ok(_)) => return Ok(bytes.to_vec()),
    };
    if programme.schema_version == SchemaVersion::LATEST {
        return Ok(bytes.to_vec());
    }
    match set_version(bytes) {
        Some(out) => Ok(out),
        // A valid document always has the member; this is never reached,
        // but an upgrade that cannot place it re-writes the document.
        None => Ok(serde_json::to_vec_pretty(&upgrade_programme(programme)).unwrap_or_default()),
    }
}

/// `true` when every error is a member of a newer version than the document's.
fn only_newer_members(report: &Report) -> bool {
    !report.errors.is_empty()
        && report.errors.iter().all(|e| {
            e.code == Code::UnknownField
                && e.detail()
                    .is_some_and(|d| d.message() == Message::MemberOfNewerVersion)
        })
}

/// `bytes` with the `schema_version` string replaced by the newest version's.
fn set_version(bytes: &[u8]) -> Option<Vec<u8>> {
    let (start, end) = version_span(bytes)?;
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(bytes.get(..start)?);
    out.push(b'"');
    out.extend_from_slice(SchemaVersion::LATEST.as_str().as_bytes());
    out.push(b'"');
    out.extend_from_slice(bytes.get(end..)?);
    Some(out)
}

/// A typed programme as the newest version (every 1.0 programme is a valid
/// 1.1 programme).
///
/// ```
/// let mut p = omvarld::malmo();
/// p.schema_version = omvarld::SchemaVersion::V1_0;
/// assert_eq!(omvarld::upgrade::upgrade_programme(p).schema_version, omvarld::SchemaVersion::LATEST);
/// ```
#[must_use]
pub fn upgrade_programme(mut programme: Programme) -> Programme {
    programme.schema_version = SchemaVersion::LATEST;
    programme
}

/// The byte range of the `schema_version` string token (quotes included).
fn version_span(bytes: &[u8]) -> Option<(usize, usize)> {
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let places = locate::locate(bytes, &["/schema_version"]);
    let (line, column) = places.get("/schema_version")?.value;
    // Lines and columns are 1-based; the column counts bytes after the BOM.
    let src = bytes.get(bom..)?;
    let mut line_start = 0;
    for _ in 1..line {
        line_start += src.get(line_start..)?.iter().position(|b| *b == b'\n')? + 1;
    }
    let start = line_start + usize::try_from(column).ok()? - 1;
    if src.get(start) != Some(&b'"') {
        return None;
    }
    let mut i = start + 1;
    loop {
        match src.get(i)? {
            b'"' => break,
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    Some((bom + start, bom + i + 1))
}
