//! A workbook is a zip archive: its central directory says how large each
//! part unpacks to. Refuse one that would unpack to more than the limit
//! before anything is unpacked (a zip bomb). The `zip` reader stops at the
//! declared size, so a part cannot unpack to more than it claims.

use std::io::Cursor;

use crate::{ImportError, Limits};

/// Checks the archive's declared sizes against `limits`.
pub(crate) fn check(bytes: &[u8], limits: &Limits) -> Result<(), ImportError> {
    if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) {
        return Err(ImportError::NotAWorkbook(
            "an OLE file: a password-protected workbook or an old .xls file; save it as .xlsx without a password".to_owned(),
        ));
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        ImportError::NotAWorkbook(format!("not a zip archive, as an xlsx file is ({e})"))
    })?;
    if archive.len() > limits.parts {
        return Err(ImportError::TooLarge(format!(
            "the workbook has {} parts; at most {} are read",
            archive.len(),
            limits.parts
        )));
    }
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let part = archive
            .by_index_raw(i)
            .map_err(|e| ImportError::NotAWorkbook(e.to_string()))?;
        if part.encrypted() {
            return Err(ImportError::NotAWorkbook(
                "the workbook is encrypted (password-protected); save it without a password"
                    .to_owned(),
            ));
        }
        total = total.saturating_add(part.size());
    }
    if total > limits.unpacked_bytes {
        return Err(ImportError::TooLarge(format!(
            "the workbook unpacks to {total} bytes; at most {} are read",
            limits.unpacked_bytes
        )));
    }
    Ok(())
}
