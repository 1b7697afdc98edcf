//! The nouns of the standard in English and Swedish: one [`Term`] per
//! object and value type, by its name in the published schema's `$defs`,
//! and the few the validator itself names (language, code). Re-exported as
//! `omvarld::shape::terms`; messages, the model's
//! [`InvalidValue`](crate::InvalidValue), and later spreadsheet headers and
//! docs read them from here.

use crate::diagnostics::Term;

/// The whole document.
pub const PROGRAMME: Term = Term::new("programme", "program", "programmet", true);
/// `organisation`.
pub const ORGANISATION: Term = Term::new("organisation", "organisation", "organisationen", false);
/// `period`.
pub const PERIOD: Term = Term::new("period", "period", "perioden", false);
/// A focus area (fokusområde).
pub const FOCUS_AREA: Term = Term::new("focus area", "fokusområde", "fokusområdet", true);
/// A direction goal (inriktningsmål).
pub const DIRECTION_GOAL: Term =
    Term::new("direction goal", "inriktningsmål", "inriktningsmålet", true);
/// An indicator (indikator).
pub const INDICATOR: Term = Term::new("indicator", "indikator", "indikatorn", false);
/// A measurement: baseline or target (mätvärde).
pub const MEASUREMENT: Term = Term::new("measurement", "mätvärde", "mätvärdet", true);
/// A contribution aim (bidrag: what the work contributes to).
pub const CONTRIBUTION_AIM: Term = Term::new("contribution aim", "bidrag", "bidraget", true);
/// An arena (omvärldsarena).
pub const ARENA: Term = Term::new("arena", "arena", "arenan", false);
/// An advocacy position (ståndpunkt).
pub const POSITION: Term = Term::new("position", "ståndpunkt", "ståndpunkten", false);
/// A target: a decision maker (mottagare).
pub const TARGET: Term = Term::new("target", "mottagare", "mottagaren", false);
/// An activity (aktivitet).
pub const ACTIVITY: Term = Term::new("activity", "aktivitet", "aktiviteten", false);
/// A publication (publikation).
pub const PUBLICATION: Term = Term::new("publication", "publikation", "publikationen", false);
/// A decision-making body of the city (beslutande organ). Standard 1.1.
pub const BODY: Term = Term::new("body", "beslutande organ", "det beslutande organet", true);
/// A kind of body (organtyp).
pub const BODY_KIND: Term = Term::new("body kind", "organtyp", "organtypen", false);
/// Where a position was decided (beslut).
pub const DECISION: Term = Term::new("decision", "beslut", "beslutet", true);
/// The position shift sought (positionsförflyttning).
pub const SHIFT: Term = Term::new(
    "shift",
    "positionsförflyttning",
    "positionsförflyttningen",
    false,
);
/// A document a position answers or rests on (underlag).
pub const REFERENCE: Term = Term::new("reference", "underlag", "underlaget", true);
/// A kind of referenced document (dokumenttyp).
pub const REFERENCE_KIND: Term = Term::new("reference kind", "dokumenttyp", "dokumenttypen", false);
/// How a position relates to a document (förhållande).
pub const RELATION: Term = Term::new("relation", "förhållande", "förhållandet", true);
/// An entry of the follow-up log (uppföljning).
pub const FOLLOW_UP: Term = Term::new("follow-up entry", "uppföljning", "uppföljningen", false);
/// How far a position has got through (genomslag).
pub const ASSESSMENT: Term = Term::new("assessment", "genomslag", "genomslaget", true);
/// An indicator's value in a year (utfall).
pub const RESULT: Term = Term::new("result", "utfall", "utfallet", true);
/// Whose value a result is (kön).
pub const GENDER: Term = Term::new("gender", "kön", "könet", true);
/// Where a value comes from (källa).
pub const SOURCE: Term = Term::new("source", "källa", "källan", false);
/// Which way an indicator should move (riktning).
pub const DIRECTION: Term = Term::new("direction", "riktning", "riktningen", false);
/// A kind of publication (publikationstyp).
pub const PUBLICATION_KIND: Term = Term::new(
    "publication kind",
    "publikationstyp",
    "publikationstypen",
    false,
);
/// A case number or designation (beteckning).
pub const REFERENCE_STRING: Term = Term::new(
    "case number or designation",
    "beteckning",
    "beteckningen",
    false,
);
/// A text, as a type expected where something else was found.
pub const TEXT_EXAMPLE: Term = Term::new(
    "text such as {\"sv\": \"…\"}",
    "text som {\"sv\": \"…\"}",
    "texten",
    false,
);
/// A text (text).
pub const TEXT: Term = Term::new("text", "text", "texten", false);
/// A title or name (titel).
pub const TITLE: Term = Term::new("title", "titel", "titeln", false);
/// One language's value of a text.
pub const TEXT_VALUE: Term = Term::new("text value", "textvärde", "textvärdet", true);
/// One language's value of a title or name.
pub const TITLE_VALUE: Term = Term::new("title value", "titelvärde", "titelvärdet", true);
/// `extensions` (lokala tillägg).
pub const EXTENSIONS: Term = Term::new(
    "extensions object",
    "tilläggsobjekt",
    "tilläggsobjektet",
    true,
);
/// `schema_version`.
pub const SCHEMA_VERSION: Term = Term::new(
    "schema version string",
    "schemaversion",
    "schemaversionen",
    false,
);
/// An id.
pub const ID: Term = Term::new("id", "id", "id:t", true);
/// A language tag (språkkod).
pub const LANG_TAG: Term = Term::new("language tag", "språkkod", "språkkoden", false);
/// A municipality code (kommunkod).
pub const MUNICIPALITY_CODE: Term =
    Term::new("municipality code", "kommunkod", "kommunkoden", false);
/// A country code (landskod).
pub const COUNTRY_CODE: Term = Term::new("country code", "landskod", "landskoden", false);
/// A Kolada KPI id (nyckeltals-id).
pub const KOLADA_KPI: Term = Term::new("Kolada KPI id", "nyckeltals-id", "nyckeltals-id:t", true);
/// A URL (webbadress).
pub const URL: Term = Term::new("URL", "webbadress", "webbadressen", false);
/// A date (datum).
pub const DATE: Term = Term::new("date", "datum", "datumet", true);
/// A governance level (styrnivå).
pub const GOVERNANCE_LEVEL: Term = Term::new("governance level", "styrnivå", "styrnivån", false);
/// An arena kind (arenatyp).
pub const ARENA_KIND: Term = Term::new("arena kind", "arenatyp", "arenatypen", false);
/// A position status (status).
pub const STATUS: Term = Term::new("status", "status", "statusen", false);
/// A priority (prioritet).
pub const PRIORITY: Term = Term::new("priority", "prioritet", "prioriteten", false);
/// A year (år).
pub const YEAR: Term = Term::new("year", "år", "året", true);
/// A focus area's number (nummer).
pub const FOCUS_AREA_NUMBER: Term = Term::new(
    "focus area number",
    "fokusområdesnummer",
    "fokusområdesnumret",
    true,
);
/// A list (lista).
pub const LIST: Term = Term::new("list", "lista", "listan", false);
/// A language of messages (språk).
pub const LANGUAGE: Term = Term::new("language", "språk", "språket", true);
/// A validation code (felkod).
pub const CODE: Term = Term::new("code", "felkod", "felkoden", false);
/// A code's kind: input, structural or semantic (kodtyp).
pub const CODE_KIND: Term = Term::new("code kind", "kodtyp", "kodtypen", false);
/// A severity: error or warning (allvarlighetsgrad).
pub const SEVERITY: Term = Term::new(
    "severity",
    "allvarlighetsgrad",
    "allvarlighetsgraden",
    false,
);
/// A message of the catalogue (meddelande).
pub const MESSAGE: Term = Term::new("message", "meddelande", "meddelandet", true);
/// A JSON type (JSON-typ).
pub const JSON_TYPE: Term = Term::new("JSON type", "JSON-typ", "JSON-typen", false);
/// A value of some other type.
pub const VALUE: Term = Term::new("value", "värde", "värdet", true);

/// The term of a type by its name in the schema's `$defs`, or by its Rust
/// name for the types that have no `$defs` entry of their own (`Year`,
/// `FocusAreaNumber`, `NonEmpty`) and the validator's own (`Lang`, `Code`,
/// `Severity`, …); `VALUE` for a name the standard does not have.
///
/// ```
/// use omvarld::shape::terms;
/// assert_eq!(terms::of_def("ArenaKind").en, "arena kind");
/// assert_eq!(terms::of_def("AdvocacyPosition").sv, "ståndpunkt");
/// ```
#[must_use]
pub fn of_def(def: &str) -> Term {
    match def {
        "Programme" => PROGRAMME,
        "Organisation" => ORGANISATION,
        "Period" => PERIOD,
        "FocusArea" => FOCUS_AREA,
        "DirectionGoal" => DIRECTION_GOAL,
        "Indicator" => INDICATOR,
        "Measurement" => MEASUREMENT,
        "ContributionAim" => CONTRIBUTION_AIM,
        "Arena" => ARENA,
        "AdvocacyPosition" => POSITION,
        "Target" => TARGET,
        "Activity" => ACTIVITY,
        "Publication" => PUBLICATION,
        "Text" => TEXT,
        "Title" => TITLE,
        "Extensions" => EXTENSIONS,
        "SchemaVersion" => SCHEMA_VERSION,
        "Id" => ID,
        "LangTag" => LANG_TAG,
        "MunicipalityCode" => MUNICIPALITY_CODE,
        "CountryCode" => COUNTRY_CODE,
        "KoladaKpi" => KOLADA_KPI,
        "Url" => URL,
        "Date" => DATE,
        "GovernanceLevel" => GOVERNANCE_LEVEL,
        "ArenaKind" => ARENA_KIND,
        "Status" => STATUS,
        "Priority" => PRIORITY,
        "Body" => BODY,
        "BodyKind" => BODY_KIND,
        "Decision" => DECISION,
        "Shift" => SHIFT,
        "Reference" => REFERENCE,
        "ReferenceKind" => REFERENCE_KIND,
        "Relation" => RELATION,
        "FollowUp" => FOLLOW_UP,
        "Assessment" => ASSESSMENT,
        "IndicatorResult" => RESULT,
        "Gender" => GENDER,
        "Source" => SOURCE,
        "Direction" => DIRECTION,
        "PublicationKind" => PUBLICATION_KIND,
        "ReferenceString" => REFERENCE_STRING,
        "Year" => YEAR,
        "FocusAreaNumber" => FOCUS_AREA_NUMBER,
        "NonEmpty" => LIST,
        "Lang" => LANGUAGE,
        "Code" => CODE,
        "Kind" => CODE_KIND,
        "Severity" => SEVERITY,
        "Message" => MESSAGE,
        "JsonType" => JSON_TYPE,
        _ => VALUE,
    }
}
