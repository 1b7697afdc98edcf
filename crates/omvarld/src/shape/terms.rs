//! The nouns of the standard in English and Swedish: one [`Term`](crate::diagnostics::Term)
//! per object and value type, by its name in the published schema's
//! `$defs`. They are declared in the diagnostics leaf
//! (`diagnostics/terms.rs`), so that the model's own errors
//! ([`InvalidValue`](crate::InvalidValue)) can name a type as people do
//! ("not a valid arena kind"); this is where the shape, messages,
//! spreadsheet headers and docs read them.

pub use crate::diagnostics::terms::*;

#[cfg(test)]
mod tests {
    use crate::diagnostics::{Code, JsonType, Kind, Lang, Message, Severity};
    use crate::model::*;

    /// Every value type's error names it as people do ("not a valid arena
    /// kind"), never by its Rust name (`ArenaKind`) or as a bare "value".
    #[test]
    fn every_invalid_value_names_its_type_by_its_term() {
        let errors: Vec<InvalidValue> = vec![
            "Miljö".parse::<Id>().unwrap_err(),
            "EN".parse::<LangTag>().unwrap_err(),
            "999".parse::<MunicipalityCode>().unwrap_err(),
            "se".parse::<CountryCode>().unwrap_err(),
            "x".parse::<KoladaKpi>().unwrap_err(),
            "ftp://x".parse::<Url>().unwrap_err(),
            " x".parse::<ReferenceString>().unwrap_err(),
            "2026-02-30".parse::<Date>().unwrap_err(),
            Year::try_from(1800u32).unwrap_err(),
            FocusAreaNumber::try_from(0u32).unwrap_err(),
            NonEmpty::<u8>::try_from(Vec::new()).unwrap_err(),
            "x".parse::<SchemaVersion>().unwrap_err(),
            "x".parse::<Status>().unwrap_err(),
            "x".parse::<Priority>().unwrap_err(),
            "x".parse::<GovernanceLevel>().unwrap_err(),
            "x".parse::<ArenaKind>().unwrap_err(),
            "x".parse::<BodyKind>().unwrap_err(),
            "x".parse::<ReferenceKind>().unwrap_err(),
            "x".parse::<Relation>().unwrap_err(),
            "x".parse::<Assessment>().unwrap_err(),
            "x".parse::<Gender>().unwrap_err(),
            "x".parse::<Direction>().unwrap_err(),
            "x".parse::<PublicationKind>().unwrap_err(),
            "x".parse::<Lang>().unwrap_err(),
            "x".parse::<Code>().unwrap_err(),
            "x".parse::<Kind>().unwrap_err(),
            "x".parse::<Severity>().unwrap_err(),
            "x".parse::<Message>().unwrap_err(),
            "x".parse::<JsonType>().unwrap_err(),
        ];
        for err in errors {
            assert_ne!(err.term, super::VALUE, "{} has no term", err.kind);
            let text = err.to_string();
            assert!(
                text.contains(&format!("is not a valid {}:", err.term.en)),
                "{text}"
            );
            if err.kind.chars().skip(1).any(char::is_uppercase) {
                assert!(!text.contains(err.kind), "{text}");
            }
        }
    }
}
