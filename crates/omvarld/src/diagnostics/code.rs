//! [`Code`]: the stable code of every issue, declared once in the table of
//! `diagnostics/catalogue.rs`, and the public catalogue [`codes`].
//!
//! Each line of the table gives a code's enum variant, its string, its
//! severity, its [`Kind`] and its one-line descriptions in English and
//! Swedish; the enum, `as_str`, `FromStr`, `Display`, serde, the catalogue
//! and the documentation tables all come from it. The variant's doc comment
//! is the description in the published report schema.

use serde::Serialize;

use crate::diagnostics::Severity;

/// Which part of the standard a code belongs to.
///
/// ```
/// use omvarld::{Code, Kind};
/// assert_eq!(Code::Syntax.kind(), Kind::Input);
/// assert_eq!(Code::Required.kind(), Kind::Structural);
/// assert_eq!(Code::DuplicateId.kind(), Kind::Semantic);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kind {
    /// The bytes are not a JSON document an ordinary parser reads unambiguously (`syntax`).
    Input,
    /// A rule the published JSON Schema enforces.
    Structural,
    /// A rule that needs the whole document; JSON Schema cannot express it.
    Semantic,
    /// A problem with a workbook or CSV folder itself, found while importing it (`sheet`).
    Workbook,
}

crate::macros::string_enum!(Kind {
    Input => "input",
    Structural => "structural",
    Semantic => "semantic",
    Workbook => "workbook",
});

/// One entry of the code catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CodeInfo {
    /// The code.
    pub code: Code,
    /// Its severity.
    pub severity: Severity,
    /// Input-level, structural or semantic.
    pub kind: Kind,
    /// `true` for codes the published schema enforces ([`Kind::Input`] and
    /// [`Kind::Structural`]; `syntax` counts, as in the standard's table).
    pub structural: bool,
    /// One-line description in English.
    pub description_en: &'static str,
    /// One-line description in Swedish.
    pub description_sv: &'static str,
    /// Where an issue's JSON Pointer points (English), e.g. "the later `…/id`".
    pub path: &'static str,
}

impl CodeInfo {
    /// The one-line description in `lang`.
    #[must_use]
    pub fn description(&self, lang: crate::Lang) -> &'static str {
        lang.pick(self.description_en, self.description_sv)
    }

    /// The long explanation of the code (what it means, a minimal document
    /// that triggers it, how to fix it); the same as [`Code::explanation`].
    ///
    /// ```
    /// let info = omvarld::Code::Enum.info();
    /// assert_eq!(info.explanation().code(), info.code);
    /// ```
    #[must_use]
    pub fn explanation(&self) -> &'static crate::diagnostics::Explanation {
        self.code.explanation()
    }
}

/// Declares the codes (see `diagnostics/catalogue.rs`): the enum, its
/// string forms and the catalogue entries.
macro_rules! code_table {
    ($(
        $(#[doc = $doc:literal])+
        $variant:ident = $text:literal, $severity:ident, $kind:ident,
            en: $en:literal,
            path: $path:literal,
            sv: $sv:literal;
    )+) => {
        /// The stable code of a validation issue (felkod). Codes are public API: they
        /// never change with the message language.
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize,
            schemars::JsonSchema,
        )]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum Code {
            $( $(#[doc = $doc])+ $variant, )+
        }

        crate::macros::string_enum!(Code { $($variant => $text),+ });

        pub(crate) static CODES: &[CodeInfo] = &[$(
            CodeInfo {
                code: Code::$variant,
                severity: Severity::$severity,
                kind: Kind::$kind,
                structural: matches!(Kind::$kind, Kind::Input | Kind::Structural),
                description_en: $en,
                description_sv: $sv,
                path: $path,
            },
        )+];
    };
}

pub(crate) use code_table;

use crate::diagnostics::catalogue::{Code, CODES};

/// The catalogue of every code: severity, kind, and a one-line description
/// in English and Swedish.
///
/// ```
/// use omvarld::{codes, Code, Severity};
/// let all = codes();
/// assert_eq!(all.len(), Code::ALL.len());
/// let info = all.iter().find(|c| c.code == Code::UncoveredFocusArea).unwrap();
/// assert_eq!(info.severity, Severity::Warning);
/// ```
#[must_use]
pub fn codes() -> &'static [CodeInfo] {
    CODES
}

impl Code {
    /// The catalogue entry of this code.
    ///
    /// ```
    /// let info = omvarld::Code::Length.info();
    /// assert_eq!(info.description_sv, "en tom lista där en krävs, eller en text över sin längdgräns");
    /// ```
    #[must_use]
    pub fn info(self) -> &'static CodeInfo {
        // The catalogue is in declaration order (the macro writes both).
        match CODES.get(self as usize) {
            Some(info) => info,
            None => unreachable_code_info(),
        }
    }

    /// The severity of this code.
    ///
    /// ```
    /// use omvarld::{Code, Severity};
    /// // (The examples live here: the enum's doc comment is its published schema description.)
    /// let code: Code = "unknown_reference".parse()?;
    /// assert_eq!(code, Code::UnknownReference);
    /// assert_eq!(code.to_string(), "unknown_reference");
    /// assert_eq!(code.severity(), Severity::Error);
    /// # Ok::<(), omvarld::InvalidValue>(())
    /// ```
    #[must_use]
    pub fn severity(self) -> Severity {
        self.info().severity
    }

    /// Whether the code is input-level, structural or semantic.
    #[must_use]
    pub fn kind(self) -> Kind {
        self.info().kind
    }

    /// The code whose name is nearest to `given`, for a "did you mean …?"
    /// when `given` is not a code (a misspelling, `-` for `_`, capitals);
    /// `None` when no code is close.
    ///
    /// ```
    /// use omvarld::Code;
    /// assert_eq!(Code::nearest("duplicate-id"), Some(Code::DuplicateId));
    /// assert_eq!(Code::nearest("REVIEW_OVERDUE"), Some(Code::ReviewOverdue));
    /// assert_eq!(Code::nearest("xyzzy"), None);
    /// ```
    #[must_use]
    pub fn nearest(given: &str) -> Option<Code> {
        let normalized = given.trim().replace(['-', ' '], "_");
        let name = crate::suggest::nearest(&normalized, Code::ALL.iter().map(|c| c.as_str()))?;
        name.parse().ok()
    }
}

/// The macro writes the enum and the table from the same list, so every
/// variant's index is in the table; this is never reached.
#[cold]
fn unreachable_code_info() -> &'static CodeInfo {
    static FALLBACK: CodeInfo = CodeInfo {
        code: Code::Syntax,
        severity: Severity::Error,
        kind: Kind::Input,
        structural: true,
        description_en: "",
        description_sv: "",
        path: "",
    };
    &FALLBACK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_is_in_declaration_order_and_names_match_serde() {
        assert_eq!(codes().len(), Code::ALL.len());
        for (i, info) in codes().iter().enumerate() {
            assert_eq!(info.code as usize, i);
            assert_eq!(Code::ALL[i], info.code);
            assert_eq!(serde_json::to_value(info.code).unwrap(), info.code.as_str());
            assert_eq!(info.code.as_str().parse::<Code>().unwrap(), info.code);
            assert_eq!(info.code.info().code, info.code);
        }
        for kind in Kind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
    }
}
