//! The catalogue: every code and every message of the validator, each
//! written once, English and Swedish side by side.
//!
//! A new rule adds its code to the first table and its message(s) to the
//! second; nothing else in the crate writes a message. Swedish follows the
//! glossary in docs/standard.md (ståndpunkt, fokusområde, bidrag, medlem,
//! språkkod, …). Placeholders are described in [`messages`](super::messages).

use crate::diagnostics::code::{code_table, CodeInfo, Kind};
use crate::diagnostics::messages::messages;
use crate::diagnostics::Severity;

code_table! {
    /// Not well-formed JSON, not UTF-8, a repeated member name, a lone surrogate, or nested too deep.
    Syntax = "syntax", Error, Input,
        en: "not well-formed JSON, not UTF-8, a repeated member name, a lone surrogate escape, nesting too deep, a number out of range",
        path: "`\"\"`",
        sv: "inte välformad JSON, inte UTF-8, ett upprepat medlemsnamn, ett ensamt surrogattecken, för djup nästling eller ett tal utanför intervallet";
    /// A value of the wrong JSON type.
    Type = "type", Error, Structural,
        en: "a value of the wrong JSON type; also a top-level value that is not an object, and a number as `schema_version`",
        path: "the value",
        sv: "ett värde av fel JSON-typ";
    /// A required member is missing.
    Required = "required", Error, Structural,
        en: "a required member is missing (including `schema_version`)",
        path: "the missing member",
        sv: "en obligatorisk medlem saknas";
    /// A member the standard does not define (outside `extensions`).
    UnknownField = "unknown_field", Error, Structural,
        en: "a member the standard does not define, outside `extensions`",
        path: "the member",
        sv: "en medlem som standarden inte definierar (utanför `extensions`)";
    /// A value outside its enumeration.
    Enum = "enum", Error, Structural,
        en: "a value outside its enumeration (status, priority, level, kind)",
        path: "the value",
        sv: "ett värde utanför de tillåtna värdena";
    /// An id, date, language tag, code, url, year or number that does not match its form or range.
    Format = "format", Error, Structural,
        en: "an Id (pattern, or over 64 characters), Date, language tag, municipality or country code, Kolada KPI, url, year or number that does not match its form or range (e.g. focus area `number` 0, `year` 1800)",
        path: "the value; for a language tag the member (`/title/EN`)",
        sv: "ett id, datum, en språkkod, kod, webbadress, ett år eller tal som inte har rätt form eller ligger utanför sitt intervall";
    /// An empty list where one is required, or a text over its limit.
    Length = "length", Error, Structural,
        en: "an empty list where one is required (`focus_areas`, a position's `focus_areas` and `targets`), or a text value over its limit",
        path: "the list, or the text value",
        sv: "en tom lista där en krävs, eller en text över sin längdgräns";
    /// A text value with no character that is not white space.
    BlankText = "blank_text", Error, Structural,
        en: "a Text value with no character that is not white space",
        path: "the value (`/title/sv`)",
        sv: "ett textvärde utan något tecken som inte är blanktecken";
    /// A text without a Swedish (`sv`) value.
    MissingSwedish = "missing_swedish", Error, Structural,
        en: "a Text without `sv`",
        path: "the Text object (`/title`)",
        sv: "en text utan svenskt värde (`sv`)";
    /// `schema_version` other than "1.0" and "1.1".
    SchemaVersion = "schema_version", Error, Structural,
        en: "`schema_version` is a string other than `\"1.0\"` and `\"1.1\"`",
        path: "`/schema_version`",
        sv: "`schema_version` är varken \"1.0\" eller \"1.1\"";
    /// An id repeats within its list.
    DuplicateId = "duplicate_id", Error, Semantic,
        en: "an id repeats within its list",
        path: "the later `…/id`",
        sv: "ett id förekommer mer än en gång i sin lista";
    /// A reference to an id that does not exist.
    UnknownReference = "unknown_reference", Error, Semantic,
        en: "a reference to an id that does not exist (focus area, aim, arena, position; in 1.1 also a decision's body)",
        path: "the reference",
        sv: "en hänvisning till ett id som inte finns";
    /// Focus area numbers are not exactly 1..n in list order.
    FocusAreaNumbering = "focus_area_numbering", Error, Semantic,
        en: "focus area numbers do not read 1, 2, …, n in list order",
        path: "each `…/number` that differs from its position",
        sv: "fokusområdenas nummer är inte exakt 1..n i listans ordning";
    /// A date that must not be earlier than another is earlier.
    DateOrder = "date_order", Error, Semantic,
        en: "`period.end` before `period.start`, `review_by` before `adopted` or (1.1) `decision.date`, `ends` before `starts`, (1.1) a `follow_up` entry dated before the one before it (equal dates are fine)",
        path: "the later date",
        sv: "ett datum ligger före det datum det ska följa (periodens slut, översynsdatum, aktivitetens slut, en uppföljning före den föregående)";
    /// Two results of one indicator for the same year and gender.
    DuplicateResultYear = "duplicate_result_year", Error, Semantic,
        en: "two results of one indicator for the same year and gender (an absent `gender` is `total`); standard 1.1",
        path: "the later `…/results/j/year`",
        sv: "två utfall för samma indikator, år och kön (saknat `gender` räknas som `total`); standard 1.1";
    /// The same id twice in one reference list.
    DuplicateReference = "duplicate_reference", Warning, Semantic,
        en: "the same id twice in one reference list",
        path: "the repeated element",
        sv: "samma id två gånger i en hänvisningslista";
    /// No adopted or active position names this focus area.
    UncoveredFocusArea = "uncovered_focus_area", Warning, Semantic,
        en: "no `adopted` or `active` position names this focus area",
        path: "`/focus_areas/k`",
        sv: "ingen antagen eller aktiv ståndpunkt gäller detta fokusområde";
    /// No adopted or active position names this contribution aim.
    UnservedContributionAim = "unserved_contribution_aim", Warning, Semantic,
        en: "no `adopted` or `active` position names this aim",
        path: "`/contribution_aims/k`",
        sv: "ingen antagen eller aktiv ståndpunkt gäller detta bidrag";
    /// An activity starts outside the programme period.
    ActivityOutsidePeriod = "activity_outside_period", Warning, Semantic,
        en: "an activity starts before `period.start` or after `period.end` (both days belong to the period)",
        path: "`/activities/k/starts`",
        sv: "en aktivitet börjar utanför programperioden";
    /// The follow-up log's latest status differs from the position's status.
    FollowUpStatusMismatch = "follow_up_status_mismatch", Warning, Semantic,
        en: "the last `follow_up` entry that has a `status` gives another status than the position's `status`; standard 1.1",
        path: "`/positions/k/status`",
        sv: "den senaste uppföljningen som anger `status` anger en annan status än ståndpunktens `status`; standard 1.1";
    /// An adopted or active position is past its review date.
    ReviewOverdue = "review_overdue", Warning, Semantic,
        en: "only with an as-of date: an `adopted` or `active` position whose `review_by` is before it",
        path: "`/positions/k/review_by`",
        sv: "en antagen eller aktiv ståndpunkt har passerat sitt översynsdatum (bara med ett per-datum)";
    /// A problem with a workbook or CSV folder read by `omvarld import`: a sheet, header or row key.
    Sheet = "sheet", Error, Workbook,
        en: "a problem with a workbook or CSV folder itself (import only): an unknown sheet or column (a warning: it is ignored), a duplicate column, a row whose key is missing or names no parent, an error cell",
        path: "the object the row or cell would be part of; `sheet` and `cell` say where",
        sv: "ett fel i själva arbetsboken eller CSV-mappen (bara vid import): ett okänt blad eller en okänd kolumn (en varning: den läses inte), en kolumn två gånger, en rad vars nyckel saknas eller inte finns, en felcell";
}

messages! {
    // ---- syntax -----------------------------------------------------------
    /// The document ends where a value was expected.
    SyntaxEof = "syntax_eof" {
        en: "not well-formed JSON: the document ends where a value was expected",
        sv: "inte välformad JSON: dokumentet tar slut där ett värde skulle stå",
    }
    /// The document ends inside a list.
    SyntaxEofInList = "syntax_eof_in_list" {
        en: "not well-formed JSON: the document ends inside a list: a `]` is missing",
        sv: "inte välformad JSON: dokumentet tar slut inne i en lista: en `]` saknas",
    }
    /// The document ends inside an object.
    SyntaxEofInObject = "syntax_eof_in_object" {
        en: "not well-formed JSON: the document ends inside an object: a `}` is missing",
        sv: "inte välformad JSON: dokumentet tar slut inne i ett objekt: en `}` saknas",
    }
    /// The document ends inside a string.
    SyntaxEofInString = "syntax_eof_in_string" {
        en: "not well-formed JSON: the document ends inside a string: a closing `\"` is missing",
        sv: "inte välformad JSON: dokumentet tar slut inne i en sträng: ett avslutande `\"` saknas",
    }
    /// A comma before `]` or `}`.
    SyntaxTrailingComma = "syntax_trailing_comma" {
        en: "not well-formed JSON: a comma before the closing bracket (trailing comma); remove it",
        sv: "inte välformad JSON: ett kommatecken före den avslutande parentesen; ta bort det",
    }
    /// A number not written the JSON way.
    SyntaxInvalidNumber = "syntax_invalid_number" {
        en: "not well-formed JSON: a number not written as JSON writes numbers (no leading zeros, `+` or trailing `.`)",
        sv: "inte välformad JSON: ett tal som inte är skrivet som JSON skriver tal (inga inledande nollor, inget `+`, ingen avslutande `.`)",
    }
    /// A number with a leading zero where the standard has a code, which is a string.
    SyntaxLeadingZeroCode = "syntax_leading_zero_code" {
        en: "not well-formed JSON: `{number}` is a number with a leading zero, which JSON does not allow; `{member}` is a code, so write it as a string: `\"{number}\"`",
        sv: "inte välformad JSON: `{number}` är ett tal med en inledande nolla, vilket JSON inte tillåter; `{member}` är en kod, så skriv den som en sträng: `\"{number}\"`",
    }
    /// A number with a leading zero where the standard has a number.
    SyntaxLeadingZeroNumber = "syntax_leading_zero_number" {
        en: "not well-formed JSON: `{number}` is a number with a leading zero, which JSON does not allow; write `{suggestion}`",
        sv: "inte välformad JSON: `{number}` är ett tal med en inledande nolla, vilket JSON inte tillåter; skriv `{suggestion}`",
    }
    /// A number with a leading zero, for a member the standard does not have.
    SyntaxLeadingZero = "syntax_leading_zero" {
        en: "not well-formed JSON: `{number}` is a number with a leading zero, which JSON does not allow; write a code as a string (`\"{number}\"`), a number without the zero (`{suggestion}`)",
        sv: "inte välformad JSON: `{number}` är ett tal med en inledande nolla, vilket JSON inte tillåter; skriv en kod som en sträng (`\"{number}\"`), ett tal utan nollan (`{suggestion}`)",
    }
    /// A number written with a decimal comma (`78,4`).
    SyntaxDecimalComma = "syntax_decimal_comma" {
        en: "not well-formed JSON: `{number}` has a decimal comma; JSON numbers have a decimal point: write `{suggestion}`",
        sv: "inte välformad JSON: `{number}` har decimalkomma; JSON-tal har decimalpunkt: skriv `{suggestion}`",
    }
    /// A number too large for a double.
    SyntaxNumberOutOfRange = "syntax_number_out_of_range" {
        en: "not well-formed JSON: number out of range: a JSON number here must fit a double (at most about 1.8e308)",
        sv: "inte välformad JSON: talet ligger utanför intervallet: ett JSON-tal här måste rymmas i ett flyttal (högst omkring 1,8e308)",
    }
    /// Bytes that are not UTF-8.
    SyntaxNotUtf8 = "syntax_not_utf8" {
        en: "not well-formed JSON: bytes that are not UTF-8: the document must be UTF-8",
        sv: "inte välformad JSON: byte som inte är UTF-8: dokumentet måste vara UTF-8",
    }
    /// A lone UTF-16 surrogate escape.
    SyntaxLoneSurrogate = "syntax_lone_surrogate" {
        en: "not well-formed JSON: a lone UTF-16 surrogate escape such as \\ud800 is not allowed",
        sv: "inte välformad JSON: ett ensamt UTF-16-surrogat som \\ud800 är inte tillåtet",
    }
    /// A backslash escape JSON does not have.
    SyntaxInvalidEscape = "syntax_invalid_escape" {
        en: "not well-formed JSON: an invalid escape; JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
        sv: "inte välformad JSON: en ogiltig escape-sekvens; JSON har \\\" \\\\ \\/ \\b \\f \\n \\r \\t och \\uXXXX",
    }
    /// A raw control character inside a string.
    SyntaxControlCharacter = "syntax_control_character" {
        en: "not well-formed JSON: a control character (U+0000–U+001F) inside a string; write it as an escape such as \\n",
        sv: "inte välformad JSON: ett styrtecken (U+0000–U+001F) i en sträng; skriv det som en escape-sekvens, t.ex. \\n",
    }
    /// A member name that is not a string.
    SyntaxKeyMustBeString = "syntax_key_must_be_string" {
        en: "not well-formed JSON: a member name must be a string in double quotes",
        sv: "inte välformad JSON: ett medlemsnamn måste vara en sträng inom dubbla citattecken",
    }
    /// A member name without `:` after it.
    SyntaxExpectedColon = "syntax_expected_colon" {
        en: "not well-formed JSON: expected `:` after the member name",
        sv: "inte välformad JSON: förväntade `:` efter medlemsnamnet",
    }
    /// Neither `,` nor the closing bracket after an element or member.
    SyntaxExpectedCommaOr = "syntax_expected_comma_or" {
        en: "not well-formed JSON: expected `,` or `{closer}`",
        sv: "inte välformad JSON: förväntade `,` eller `{closer}`",
    }
    /// Something that is not a JSON value where a value must be.
    SyntaxExpectedValue = "syntax_expected_value" {
        en: "not well-formed JSON: expected a value: a string, number, object, array, true, false or null",
        sv: "inte välformad JSON: förväntade ett värde: en sträng, ett tal, ett objekt, en lista, true, false eller null",
    }
    /// More after the end of the document.
    SyntaxTrailingCharacters = "syntax_trailing_characters" {
        en: "not well-formed JSON: more text after the end of the document",
        sv: "inte välformad JSON: mer text efter dokumentets slut",
    }
    /// The same member name twice in one object.
    SyntaxDuplicateMember = "syntax_duplicate_member" {
        en: "not well-formed JSON: duplicate member name `{name}` in one object",
        sv: "inte välformad JSON: medlemsnamnet `{name}` förekommer två gånger i samma objekt",
    }
    /// Nested deeper than the parser reads.
    SyntaxTooDeep = "syntax_too_deep" {
        en: "not well-formed JSON: nested deeper than {limit} levels",
        sv: "inte välformad JSON: nästlad djupare än {limit} nivåer",
    }
    /// A problem the parser describes only in its own words.
    SyntaxOther = "syntax_other" {
        en: "not well-formed JSON: {detail}",
        sv: "inte välformad JSON (tolkens beskrivning: ”{detail}”)",
    }

    // ---- structure --------------------------------------------------------
    /// A value of the wrong JSON type.
    Type = "type" {
        en: "expected {expected}, found {found}",
        sv: "förväntade {expected}, fick {found}",
    }
    /// A value of the wrong JSON type, naming what was expected.
    TypeOf = "type_of" {
        en: "expected {expected} ({of.a}), found {found}",
        sv: "förväntade {expected} ({of.a}), fick {found}",
    }
    /// A number written as a string with a decimal comma (`"78,4"`).
    TypeNumberDecimalComma = "type_number_decimal_comma" {
        en: "expected {expected}, found the string `\"{value}\"` with a decimal comma; write `{suggestion}` (a decimal point, no quotes)",
        sv: "förväntade {expected}, fick strängen `\"{value}\"` med decimalkomma; skriv `{suggestion}` (med decimalpunkt, utan citattecken)",
    }
    /// A number written as a string (`"2024"`).
    TypeNumberInQuotes = "type_number_in_quotes" {
        en: "expected {expected}, found the string `\"{value}\"`; write `{suggestion}` without quotes",
        sv: "förväntade {expected}, fick strängen `\"{value}\"`; skriv `{suggestion}` utan citattecken",
    }
    /// A member the object does not have, close to one it has.
    UnknownMemberNear = "unknown_member_near" {
        en: "unknown member `{member}` in {within.a}; did you mean `{suggestion}`?",
        sv: "okänd medlem `{member}` i {within.a}; menade du `{suggestion}`?",
    }
    /// A member the object does not have.
    UnknownMember = "unknown_member" {
        en: "unknown member `{member}` in {within.a}; allowed: {allowed}; put local additions under `extensions`",
        sv: "okänd medlem `{member}` i {within.a}; tillåtna: {allowed}; lägg lokala tillägg under `extensions`",
    }
    /// A member of a newer version of the standard than the document's.
    MemberOfNewerVersion = "member_of_newer_version" {
        en: "unknown member `{member}` in {within.a} of data standard {found}; `{member}` is part of data standard {version}: set `schema_version` to \"{version}\" to use it (`omvarld upgrade` does that)",
        sv: "okänd medlem `{member}` i {within.a} enligt datastandard {found}; `{member}` ingår i datastandard {version}: ändra `schema_version` till \"{version}\" för att använda den (`omvarld upgrade` gör det)",
    }
    /// An object that needs at least one of some members has none.
    MissingOneOf = "missing_one_of" {
        en: "{within.a} needs at least one of the members {members}",
        sv: "{within.a} behöver minst en av medlemmarna {members}",
    }
    /// A required member is missing.
    MissingMember = "missing_member" {
        en: "missing required member `{member}` in {within.a}",
        sv: "den obligatoriska medlemmen `{member}` saknas i {within.a}",
    }
    /// A list with fewer elements than required.
    TooFewElements = "too_few_elements" {
        en: "the list has {found|element|elements}; at least {min} required",
        sv: "listan har {found} element; minst {min} krävs",
    }
    /// A text value over its limit.
    TextTooLong = "text_too_long" {
        en: "the {of} has {length} characters; at most {max} are allowed",
        sv: "{of.the} har {length} tecken; högst {max} är tillåtna",
    }
    /// A number outside its range.
    OutOfRange = "out_of_range" {
        en: "{value} is outside the allowed range {min}–{max}",
        sv: "{value} ligger utanför det tillåtna intervallet {min}–{max}",
    }
    /// A string that does not have its type's form.
    BadForm = "bad_form" {
        en: "`{value}` is not a valid {of}: expected {expected}",
        sv: "`{value}` är inte {of.a}: förväntade {expected}",
    }
    /// A string that does not have its type's form, close to one that has.
    BadFormNear = "bad_form_near" {
        en: "`{value}` is not a valid {of}: expected {expected}; did you mean `{suggestion}`?",
        sv: "`{value}` är inte {of.a}: förväntade {expected}; menade du `{suggestion}`?",
    }
    /// An id with a character that no id has (a Swedish letter, a capital,
    /// a space), and the id it most likely means.
    IdForeignCharacter = "id_foreign_character" {
        en: "`{value}` is not a valid id: {character} cannot be part of an id, which has only lower-case letters `a`–`z`, digits and single hyphens; write `{suggestion}`",
        sv: "`{value}` är inte ett giltigt id: {character} får inte ingå i ett id, som bara har gemena bokstäver `a`–`z`, siffror och enkla bindestreck; skriv `{suggestion}`",
    }
    /// A string over its type's length limit.
    TooLong = "too_long" {
        en: "the {of} has {length} characters; at most {max} are allowed",
        sv: "{of.the} har {length} tecken; högst {max} är tillåtna",
    }
    /// A text key that is not a language tag, close to one.
    BadLanguageTagNear = "bad_language_tag_near" {
        en: "`{tag}` is not a language tag: expected a language tag such as `sv`, `en` or `en-GB`; did you mean `{suggestion}`?",
        sv: "`{tag}` är ingen språkkod: förväntade en språkkod som `sv`, `en` eller `en-GB`; menade du `{suggestion}`?",
    }
    /// A text key that is not a language tag.
    BadLanguageTag = "bad_language_tag" {
        en: "`{tag}` is not a language tag: expected a language tag such as `sv`, `en` or `en-GB`",
        sv: "`{tag}` är ingen språkkod: förväntade en språkkod som `sv`, `en` eller `en-GB`",
    }
    /// A date given with a time of day (from a binding's date-time value).
    DateWithTime = "date_with_time" {
        en: "expected a date, found a date and time with a time of day ({value})",
        sv: "förväntade ett datum, fick en tidpunkt med klockslag ({value})",
    }
    /// A value that is not a finite number.
    NotFinite = "not_finite" {
        en: "the value is not a finite number",
        sv: "värdet är inte ett ändligt tal",
    }
    /// A value outside its enumeration that names one of its values: its
    /// Swedish label (`antagen`), another Swedish spelling, or the code in
    /// other case.
    NotAllowedLabel = "not_allowed_label" {
        en: "`{value}` is not {of.a}; did you mean `{suggestion}` (Swedish \"{label}\")? Values are written as codes: {allowed}",
        sv: "`{value}` är inte ett tillåtet värde för {of}; menade du `{suggestion}` ({label})? Värden skrivs som koder: {allowed}",
    }
    /// A value outside its enumeration, close to one of its values.
    NotAllowedNear = "not_allowed_near" {
        en: "`{value}` is not {of.a}; expected one of: {allowed}; did you mean `{suggestion}`?",
        sv: "`{value}` är inte ett tillåtet värde för {of}; förväntade ett av: {allowed}; menade du `{suggestion}`?",
    }
    /// A value outside its enumeration.
    NotAllowed = "not_allowed" {
        en: "`{value}` is not {of.a}; expected one of: {allowed}",
        sv: "`{value}` är inte ett tillåtet värde för {of}; förväntade ett av: {allowed}",
    }
    /// A schema version this validator does not read.
    UnsupportedVersion = "unsupported_version" {
        en: "schema_version `{found}` is not supported; this validator reads data standard {supported}",
        sv: "schema_version `{found}` stöds inte; valideraren läser datastandard {supported}",
    }
    /// A text value with nothing but white space.
    Blank = "blank" {
        en: "the text is blank; it needs a character that is not white space",
        sv: "texten är tom; den behöver ett tecken som inte är blanktecken",
    }
    /// A text without `sv`.
    NoSwedish = "no_swedish" {
        en: "the {of} has no Swedish value; `sv` is required",
        sv: "{of.the} saknar svenskt värde; `sv` krävs",
    }
    /// A document the typed reader refused although the schema walk found
    /// nothing: a bug in the validator, reported rather than hidden.
    Unreadable = "unreadable" {
        en: "the document could not be read as a programme: {detail}",
        sv: "dokumentet kunde inte läsas som ett program (tolkens beskrivning: ”{detail}”)",
    }

    // ---- semantic rules ---------------------------------------------------
    /// `duplicate_id`.
    DuplicateId = "duplicate_id" {
        en: "{of} id `{id}` is already used by an earlier {of} in this list; ids must be unique",
        sv: "id `{id}` används redan av {of.a} tidigare i listan; id:n måste vara unika",
    }
    /// `unknown_reference`, close to a known id.
    UnknownReferenceNear = "unknown_reference_near" {
        en: "{of} `{id}` does not exist; did you mean `{suggestion}`?",
        sv: "{of.the} `{id}` finns inte; menade du `{suggestion}`?",
    }
    /// `unknown_reference` to a kind of object the document has none of.
    UnknownReferenceNoneKnown = "unknown_reference_none_known" {
        en: "{of} `{id}` does not exist; the document has none",
        sv: "{of.the} `{id}` finns inte; dokumentet har inga",
    }
    /// `unknown_reference`, with the known ids.
    UnknownReference = "unknown_reference" {
        en: "{of} `{id}` does not exist; known: {known}",
        sv: "{of.the} `{id}` finns inte; kända: {known}",
    }
    /// `duplicate_reference`.
    DuplicateReference = "duplicate_reference" {
        en: "`{id}` is already listed at {first}; each id needs to be listed once",
        sv: "`{id}` finns redan på {first}; varje id behöver bara anges en gång",
    }
    /// `focus_area_numbering`.
    Numbering = "numbering" {
        en: "focus area `{id}` has number {number}, but it is number {place} in the list; focus areas are numbered 1..n in list order",
        sv: "fokusområdet `{id}` har nummer {number}, men står som nummer {place} i listan; fokusområden numreras 1..n i listans ordning",
    }
    /// `date_order`.
    DateOrder = "date_order" {
        en: "`{later}` {later_date} is before `{earlier}` {earlier_date}; it must be on or after it",
        sv: "`{later}` {later_date} ligger före `{earlier}` {earlier_date}; det måste vara samma dag eller senare",
    }
    /// `duplicate_result_year`.
    DuplicateResultYear = "duplicate_result_year" {
        en: "indicator `{id}` already has a result for {year} (gender `{gender}`); give each year and gender one result",
        sv: "indikatorn `{id}` har redan ett utfall för {year} (kön `{gender}`); ange ett utfall per år och kön",
    }
    /// `follow_up_status_mismatch`.
    FollowUpStatusMismatch = "follow_up_status_mismatch" {
        en: "position `{id}` has status `{status}`, but its latest follow-up with a status ({date}) says `{logged}`; update one of them",
        sv: "ståndpunkten `{id}` har status `{status}`, men den senaste uppföljningen med status ({date}) anger `{logged}`; uppdatera den ena",
    }
    /// `uncovered_focus_area`.
    Uncovered = "uncovered" {
        en: "no adopted or active position names focus area `{id}` (\"{title}\")",
        sv: "ingen antagen eller aktiv ståndpunkt gäller fokusområdet `{id}` (\"{title}\")",
    }
    /// `unserved_contribution_aim`.
    Unserved = "unserved" {
        en: "no adopted or active position names contribution aim `{id}` (\"{title}\")",
        sv: "ingen antagen eller aktiv ståndpunkt gäller bidraget `{id}` (\"{title}\")",
    }
    /// `activity_outside_period`.
    OutsidePeriod = "outside_period" {
        en: "activity `{id}` starts {starts}, outside the programme period {start} – {end}",
        sv: "aktiviteten `{id}` börjar {starts}, utanför programperioden {start} – {end}",
    }
    // ---- workbooks (`sheet`) ----------------------------------------------
    /// A sheet that is not a sheet of the standard.
    SheetUnknown = "sheet_unknown" {
        en: "sheet `{name}` is not a sheet of the standard and was not read; the sheets are: {known}",
        sv: "bladet `{name}` hör inte till standarden och lästes inte; bladen är: {known}",
    }
    /// A second sheet for the same table.
    SheetRepeated = "sheet_repeated" {
        en: "sheet `{name}` holds the same table as sheet `{first}` and was not read",
        sv: "bladet `{name}` innehåller samma tabell som bladet `{first}` och lästes inte",
    }
    /// A column that is not a column of its sheet.
    ColumnUnknown = "column_unknown" {
        en: "column `{header}` is not a column of this sheet and was not read; the columns are: {known}",
        sv: "kolumnen `{header}` hör inte till bladet och lästes inte; kolumnerna är: {known}",
    }
    /// A column that repeats another.
    ColumnRepeated = "column_repeated" {
        en: "column `{header}` repeats column {first} and was not read",
        sv: "kolumnen `{header}` upprepar kolumn {first} och lästes inte",
    }
    /// A sheet without a key column its rows need.
    KeyColumnMissing = "key_column_missing" {
        en: "the sheet has no column `{header}`, which says which {of} each row belongs to; its rows were not read",
        sv: "bladet saknar kolumnen `{header}`, som anger {of.the} som varje rad hör till; raderna lästes inte",
    }
    /// A row whose key cell is empty.
    KeyMissing = "key_missing" {
        en: "the row has no `{header}`, which says which {of} it belongs to; the row was not read",
        sv: "raden saknar `{header}`, som anger {of.the} som den hör till; raden lästes inte",
    }
    /// A row whose key names no object.
    KeyUnknown = "key_unknown" {
        en: "{of.a} with id `{id}` is not on sheet `{sheet}`; the row was not read",
        sv: "id `{id}` finns inte på bladet `{sheet}` ({of}); raden lästes inte",
    }
    /// A cell that holds a spreadsheet error.
    CellError = "cell_error" {
        en: "the cell holds the error `{value}` instead of a value; it was not read",
        sv: "cellen innehåller felet `{value}` i stället för ett värde; den lästes inte",
    }
    /// A cell the sheet's limits leave unread.
    CellOutsideLimits = "cell_outside_limits" {
        en: "the sheet has more than {max} columns; the cells to the right of them were not read",
        sv: "bladet har fler än {max} kolumner; cellerna till höger om dem lästes inte",
    }

    /// `review_overdue`.
    ReviewOverdue = "review_overdue" {
        en: "position `{id}` ({status}) was due for review by {review_by}, before {as_of}",
        sv: "ståndpunkten `{id}` (status `{status}`) skulle ha setts över senast {review_by}, före {as_of}",
    }

    // ---- summaries --------------------------------------------------------
    /// Beside the summary of a report with structural errors: the semantic
    /// rules have not run (they need a document with none).
    SemanticChecksPending = "semantic_checks_pending" {
        en: "the reference, numbering and date checks and the warnings (the semantic rules) run once the structural errors are fixed",
        sv: "kontrollerna av hänvisningar, numrering och datum och varningarna (de semantiska reglerna) körs när de strukturella felen är rättade",
    }
}
