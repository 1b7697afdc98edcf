//! [`Code`]: the stable code of every issue, and the public catalogue [`codes`].

use serde::{Deserialize, Serialize};

use crate::validate::Severity;

/// The stable code of a validation issue (felkod). Codes are public API: they
/// never change with the message language.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Code {
    /// Not well-formed JSON, not UTF-8, a repeated member name, a lone surrogate, or nested too deep.
    Syntax,
    /// A value of the wrong JSON type.
    Type,
    /// A required member is missing.
    Required,
    /// A member the standard does not define (outside `extensions`).
    UnknownField,
    /// A value outside its enumeration.
    Enum,
    /// An id, date, language tag, code, url, year or number that does not match its form or range.
    Format,
    /// An empty list where one is required, or a text over its limit.
    Length,
    /// A text value with no character that is not white space.
    BlankText,
    /// A text without a Swedish (`sv`) value.
    MissingSwedish,
    /// `schema_version` other than "1.0".
    SchemaVersion,
    /// An id repeats within its list.
    DuplicateId,
    /// A reference to an id that does not exist.
    UnknownReference,
    /// Focus area numbers are not exactly 1..n in list order.
    FocusAreaNumbering,
    /// A date that must not be earlier than another is earlier.
    DateOrder,
    /// The same id twice in one reference list.
    DuplicateReference,
    /// No adopted or active position names this focus area.
    UncoveredFocusArea,
    /// No adopted or active position names this contribution aim.
    UnservedContributionAim,
    /// An activity starts outside the programme period.
    ActivityOutsidePeriod,
    /// An adopted or active position is past its review date.
    ReviewOverdue,
}

/// One entry of the code catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CodeInfo {
    /// The code.
    pub code: Code,
    /// Its severity.
    pub severity: Severity,
    /// `true` for structural codes (enforced by the published schema).
    pub structural: bool,
    /// One-line description in English.
    pub description_en: &'static str,
    /// One-line description in Swedish.
    pub description_sv: &'static str,
}

const fn info(
    code: Code,
    severity: Severity,
    structural: bool,
    en: &'static str,
    sv: &'static str,
) -> CodeInfo {
    CodeInfo {
        code,
        severity,
        structural,
        description_en: en,
        description_sv: sv,
    }
}

use Severity::{Error as E, Warning as W};

static CODES: [CodeInfo; 19] = [
    info(Code::Syntax, E, true,
        "not well-formed JSON, not UTF-8, a repeated member name, a lone surrogate escape, or nested deeper than the parser allows",
        "inte välformad JSON, inte UTF-8, ett upprepat medlemsnamn, ett ensamt surrogattecken eller för djup nästling"),
    info(Code::Type, E, true, "a value of the wrong JSON type", "ett värde av fel JSON-typ"),
    info(Code::Required, E, true, "a required member is missing", "en obligatorisk medlem saknas"),
    info(Code::UnknownField, E, true,
        "a member the standard does not define (outside `extensions`)",
        "en medlem som standarden inte definierar (utanför `extensions`)"),
    info(Code::Enum, E, true, "a value outside its enumeration", "ett värde utanför de tillåtna värdena"),
    info(Code::Format, E, true,
        "an id, date, language tag, code, url, year or number that does not match its form or range",
        "ett id, datum, en språkkod, kod, webbadress, ett år eller tal som inte har rätt form eller ligger utanför sitt intervall"),
    info(Code::Length, E, true,
        "an empty list where one is required, or a text over its limit",
        "en tom lista där en krävs, eller en text över sin längdgräns"),
    info(Code::BlankText, E, true,
        "a text value with no character that is not white space",
        "ett textvärde utan något tecken som inte är blanktecken"),
    info(Code::MissingSwedish, E, true, "a text without a Swedish (`sv`) value", "en text utan svenskt värde (`sv`)"),
    info(Code::SchemaVersion, E, true,
        "`schema_version` other than \"1.0\"",
        "`schema_version` är inte \"1.0\""),
    info(Code::DuplicateId, E, false, "an id repeats within its list", "ett id förekommer mer än en gång i sin lista"),
    info(Code::UnknownReference, E, false,
        "a reference to an id that does not exist",
        "en hänvisning till ett id som inte finns"),
    info(Code::FocusAreaNumbering, E, false,
        "focus area numbers are not exactly 1..n in list order",
        "fokusområdenas nummer är inte exakt 1..n i listans ordning"),
    info(Code::DateOrder, E, false,
        "a date is earlier than the date it must follow (period end, review date, activity end)",
        "ett datum ligger före det datum det ska följa (periodens slut, översynsdatum, aktivitetens slut)"),
    info(Code::DuplicateReference, W, false,
        "the same id twice in one reference list",
        "samma id två gånger i en hänvisningslista"),
    info(Code::UncoveredFocusArea, W, false,
        "no adopted or active position names this focus area",
        "ingen antagen eller aktiv ståndpunkt gäller detta fokusområde"),
    info(Code::UnservedContributionAim, W, false,
        "no adopted or active position names this contribution aim",
        "ingen antagen eller aktiv ståndpunkt bidrar till detta mål"),
    info(Code::ActivityOutsidePeriod, W, false,
        "an activity starts outside the programme period",
        "en aktivitet börjar utanför programperioden"),
    info(Code::ReviewOverdue, W, false,
        "an adopted or active position is past its review date (only with an as-of date)",
        "en antagen eller aktiv ståndpunkt har passerat sitt översynsdatum (bara med ett per-datum)"),
];

/// The catalogue of every code: severity, whether it is structural, and a
/// one-line description in English and Swedish.
///
/// ```
/// use omvarld::{codes, Code, Severity};
/// let all = codes();
/// assert_eq!(all.len(), 19);
/// let info = all.iter().find(|c| c.code == Code::UncoveredFocusArea).unwrap();
/// assert_eq!(info.severity, Severity::Warning);
/// ```
#[must_use]
pub fn codes() -> &'static [CodeInfo] {
    &CODES
}

impl Code {
    /// The code as written in reports, e.g. `unknown_reference`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Syntax => "syntax",
            Code::Type => "type",
            Code::Required => "required",
            Code::UnknownField => "unknown_field",
            Code::Enum => "enum",
            Code::Format => "format",
            Code::Length => "length",
            Code::BlankText => "blank_text",
            Code::MissingSwedish => "missing_swedish",
            Code::SchemaVersion => "schema_version",
            Code::DuplicateId => "duplicate_id",
            Code::UnknownReference => "unknown_reference",
            Code::FocusAreaNumbering => "focus_area_numbering",
            Code::DateOrder => "date_order",
            Code::DuplicateReference => "duplicate_reference",
            Code::UncoveredFocusArea => "uncovered_focus_area",
            Code::UnservedContributionAim => "unserved_contribution_aim",
            Code::ActivityOutsidePeriod => "activity_outside_period",
            Code::ReviewOverdue => "review_overdue",
        }
    }

    /// The catalogue entry of this code.
    #[must_use]
    pub fn info(self) -> &'static CodeInfo {
        // The catalogue is in declaration order; the test below keeps it so.
        CODES.get(self as usize).unwrap_or(&CODES[0])
    }

    /// The severity of this code.
    #[must_use]
    pub fn severity(self) -> Severity {
        self.info().severity
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_is_in_declaration_order_and_names_match_serde() {
        for (i, info) in codes().iter().enumerate() {
            assert_eq!(info.code as usize, i);
            assert_eq!(serde_json::to_value(info.code).unwrap(), info.code.as_str());
            assert_eq!(info.code.info().code, info.code);
        }
    }
}
