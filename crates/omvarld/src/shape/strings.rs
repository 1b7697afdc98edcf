//! The string types of the standard whose schema has a pattern: each with
//! its check (the model type's own), its [`Term`] and what a valid value
//! looks like in English (the type's `EXPECTED`) and Swedish.

use crate::diagnostics::Term;
use crate::model::{
    CountryCode, Date, Id, KoladaKpi, LangTag, MunicipalityCode, ReferenceString, Url,
};
use crate::shape::terms;

/// Which coded string type a [`StringType`] is.
///
/// ```
/// use omvarld::shape::strings::{string_type, StringKind};
/// assert_eq!(string_type("KoladaKpi").unwrap().kind, StringKind::KoladaKpi);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StringKind {
    /// [`Id`].
    Id,
    /// [`LangTag`].
    LangTag,
    /// [`MunicipalityCode`].
    MunicipalityCode,
    /// [`CountryCode`].
    CountryCode,
    /// [`KoladaKpi`].
    KoladaKpi,
    /// [`Url`].
    Url,
    /// [`Date`].
    Date,
    /// [`ReferenceString`] (standard 1.1).
    ReferenceString,
}

/// A coded string type of the standard.
///
/// ```
/// use omvarld::shape::strings::string_type;
/// let kpi = string_type("KoladaKpi").unwrap();
/// assert!((kpi.check)("N00914"));
/// assert!(!(kpi.check)("n00914"));
/// assert!(kpi.expected_sv.contains("Kolada"));
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct StringType {
    /// Which one it is.
    pub kind: StringKind,
    /// Its name in the published schema's `$defs`.
    pub def: &'static str,
    /// What it is called.
    pub term: Term,
    /// `true` when a string is a valid value.
    pub check: fn(&str) -> bool,
    /// What a valid value looks like, in English.
    pub expected_en: &'static str,
    /// What a valid value looks like, in Swedish.
    pub expected_sv: &'static str,
}

/// Two string types are the same when they are the same kind.
impl PartialEq for StringType {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
    }
}

/// Every coded string type.
///
/// ```
/// use omvarld::shape::strings::STRING_TYPES;
/// let url = STRING_TYPES.iter().find(|t| t.def == "Url").unwrap();
/// assert!((url.check)("https://malmo.se/"));
/// assert!(!(url.check)("malmo.se"));
/// ```
pub static STRING_TYPES: [StringType; 8] = [
    StringType {
        kind: StringKind::Id,
        def: "Id",
        term: terms::ID,
        check: |s| Id::check(s).is_ok(),
        expected_en: Id::EXPECTED,
        expected_sv: "ett id: gemena bokstäver `a`–`z` och siffror, i ord som binds samman med enkla bindestreck, högst 64 tecken",
    },
    StringType {
        kind: StringKind::LangTag,
        def: "LangTag",
        term: terms::LANG_TAG,
        check: |s| LangTag::check(s).is_ok(),
        expected_en: LangTag::EXPECTED,
        expected_sv: "en språkkod som `sv`, `en` eller `en-GB`",
    },
    StringType {
        kind: StringKind::MunicipalityCode,
        def: "MunicipalityCode",
        term: terms::MUNICIPALITY_CODE,
        check: |s| MunicipalityCode::check(s).is_ok(),
        expected_en: MunicipalityCode::EXPECTED,
        expected_sv: "en kommunkod med fyra siffror, t.ex. `1280`",
    },
    StringType {
        kind: StringKind::CountryCode,
        def: "CountryCode",
        term: terms::COUNTRY_CODE,
        check: |s| CountryCode::check(s).is_ok(),
        expected_en: CountryCode::EXPECTED,
        expected_sv: "en landskod enligt ISO 3166-1 alpha-2, t.ex. `SE`",
    },
    StringType {
        kind: StringKind::KoladaKpi,
        def: "KoladaKpi",
        term: terms::KOLADA_KPI,
        check: |s| KoladaKpi::check(s).is_ok(),
        expected_en: KoladaKpi::EXPECTED,
        expected_sv: "ett nyckeltals-id i Kolada: en versal och fem siffror, t.ex. `N00914`",
    },
    StringType {
        kind: StringKind::Url,
        def: "Url",
        term: terms::URL,
        check: |s| Url::check(s).is_ok(),
        expected_en: Url::EXPECTED,
        expected_sv: "en adress som börjar med http:// eller https:// och saknar blanktecken",
    },
    StringType {
        kind: StringKind::Date,
        def: "Date",
        term: terms::DATE,
        check: |s| s.parse::<Date>().is_ok(),
        expected_en: Date::EXPECTED,
        expected_sv: "ett datum i kalendern, skrivet ÅÅÅÅ-MM-DD",
    },
    StringType {
        kind: StringKind::ReferenceString,
        def: "ReferenceString",
        term: terms::REFERENCE_STRING,
        check: |s| ReferenceString::check(s).is_ok(),
        expected_en: ReferenceString::EXPECTED,
        expected_sv: "ett diarienummer eller en beteckning på 1–64 tecken, utan styrtecken och utan blanktecken först eller sist",
    },
];

/// The coded string type with this `$defs` name (a test checks each name
/// is its model type's schema name).
///
/// ```
/// let date = omvarld::shape::strings::string_type("Date").unwrap();
/// assert!((date.check)("2026-02-28"));
/// assert!(!(date.check)("2026-02-30"));
/// ```
#[must_use]
pub fn string_type(def: &str) -> Option<&'static StringType> {
    STRING_TYPES.iter().find(|t| t.def == def)
}

#[cfg(test)]
mod tests {
    use schemars::JsonSchema;

    use super::*;

    #[test]
    fn names_are_the_model_types_schema_names() {
        let names = [
            Id::schema_name(),
            LangTag::schema_name(),
            MunicipalityCode::schema_name(),
            CountryCode::schema_name(),
            KoladaKpi::schema_name(),
            Url::schema_name(),
            Date::schema_name(),
            ReferenceString::schema_name(),
        ];
        let defs: Vec<&str> = STRING_TYPES.iter().map(|t| t.def).collect();
        assert_eq!(defs, names.iter().map(|n| &**n).collect::<Vec<_>>());
    }
}
