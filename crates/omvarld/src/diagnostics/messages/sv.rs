//! Swedish messages (svenska meddelanden). Terms follow the glossary in
//! docs/standard.md: ståndpunkt, fokusområde, bidrag, arena, aktivitet,
//! publikation, indikator, medlem, språkkod.

use crate::diagnostics::detail::{JsonType, ReferenceHint, SyntaxProblem};
use crate::diagnostics::Detail;

use super::{hint, names, range};

fn json_type(t: JsonType) -> &'static str {
    match t {
        JsonType::Null => "null",
        JsonType::Boolean => "ett sanningsvärde (true eller false)",
        JsonType::Integer => "ett heltal",
        JsonType::Number => "ett tal",
        JsonType::String => "en sträng",
        JsonType::Array => "en lista",
        JsonType::Object => "ett objekt",
    }
}

fn syntax(problem: &SyntaxProblem) -> String {
    match problem {
        SyntaxProblem::Eof { within } => match within {
            JsonType::Array => "dokumentet tar slut inne i en lista: en `]` saknas".into(),
            JsonType::Object => "dokumentet tar slut inne i ett objekt: en `}` saknas".into(),
            JsonType::String => {
                "dokumentet tar slut inne i en sträng: ett avslutande `\"` saknas".into()
            }
            _ => "dokumentet tar slut där ett värde skulle stå".into(),
        },
        SyntaxProblem::TrailingComma => {
            "ett kommatecken före den avslutande parentesen; ta bort det".into()
        }
        SyntaxProblem::InvalidNumber => {
            "ett tal som inte är skrivet som JSON skriver tal (inga inledande nollor, inget `+`, ingen avslutande `.`)".into()
        }
        SyntaxProblem::NumberOutOfRange => {
            "talet ligger utanför intervallet: ett JSON-tal här måste rymmas i ett flyttal (högst omkring 1,8e308)".into()
        }
        SyntaxProblem::NotUtf8 => "byte som inte är UTF-8: dokumentet måste vara UTF-8".into(),
        SyntaxProblem::LoneSurrogate => {
            "ett ensamt UTF-16-surrogat som \\ud800 är inte tillåtet".into()
        }
        SyntaxProblem::InvalidEscape => {
            "en ogiltig escape-sekvens; JSON har \\\" \\\\ \\/ \\b \\f \\n \\r \\t och \\uXXXX".into()
        }
        SyntaxProblem::ControlCharacter => {
            "ett styrtecken (U+0000–U+001F) i en sträng; skriv det som en escape-sekvens, t.ex. \\n".into()
        }
        SyntaxProblem::KeyMustBeString => {
            "ett medlemsnamn måste vara en sträng inom dubbla citattecken".into()
        }
        SyntaxProblem::ExpectedColon => "förväntade `:` efter medlemsnamnet".into(),
        SyntaxProblem::ExpectedCommaOr { closer } => format!("förväntade `,` eller `{closer}`"),
        SyntaxProblem::ExpectedValue => {
            "förväntade ett värde: en sträng, ett tal, ett objekt, en lista, true, false eller null".into()
        }
        SyntaxProblem::TrailingCharacters => "mer text efter dokumentets slut".into(),
        SyntaxProblem::DuplicateMember { name } => {
            format!("medlemsnamnet `{name}` förekommer två gånger i samma objekt")
        }
        SyntaxProblem::TooDeep { limit } => format!("nästlad djupare än {limit} nivåer"),
        SyntaxProblem::Other { detail } => format!("tolkens beskrivning: ”{detail}”"),
    }
}

pub(super) fn render(detail: &Detail) -> String {
    match detail {
        Detail::Syntax { problem } => format!("inte välformad JSON: {}", syntax(problem)),
        Detail::Type {
            expected,
            found,
            of,
        } => {
            let of = of.map_or_else(String::new, |t| format!(" ({})", t.sv_indefinite()));
            format!(
                "förväntade {}{of}, fick {}",
                json_type(*expected),
                json_type(*found)
            )
        }
        Detail::UnknownMember {
            member,
            within,
            suggestion,
            allowed,
        } => match suggestion {
            Some(near) => format!("okänd medlem `{member}` i {}; menade du `{near}`?", within.sv_indefinite()),
            None => format!(
                "okänd medlem `{member}` i {}; tillåtna: {}; lägg lokala tillägg under `extensions`",
                within.sv_indefinite(),
                names(allowed, 20)
            ),
        },
        Detail::MissingMember { member, within } => format!(
            "den obligatoriska medlemmen `{member}` saknas i {}",
            within.sv_indefinite()
        ),
        Detail::TooFewElements { found, min } => format!(
            "listan har {found} element; minst {min} krävs"
        ),
        Detail::TextTooLong { of, length, max } => format!(
            "{} har {length} tecken; högst {max} är tillåtna",
            of.sv_definite
        ),
        Detail::OutOfRange { value, min, max } => format!(
            "{value} ligger utanför det tillåtna intervallet {}",
            range(min.as_ref(), max.as_ref())
        ),
        Detail::BadForm {
            value,
            of,
            expected_sv,
            ..
        } => format!(
            "`{value}` är inte {}: förväntade {expected_sv}",
            of.sv_indefinite()
        ),
        Detail::TooLong { of, length, max } => format!(
            "{} har {length} tecken; högst {max} är tillåtna",
            of.sv_definite
        ),
        Detail::BadLanguageTag { tag, suggestion } => format!(
            "`{tag}` är ingen språkkod: förväntade en språkkod som `sv`, `en` eller `en-GB`{}",
            hint(suggestion.as_ref(), "menade du")
        ),
        Detail::NotFinite => "värdet är inte ett ändligt tal".into(),
        Detail::NotAllowed {
            value,
            of,
            allowed,
            suggestion,
        } => format!(
            "`{value}` är inte ett tillåtet värde för {}; förväntade ett av: {}{}",
            of.sv,
            names(allowed, usize::MAX),
            hint(suggestion.as_ref(), "menade du")
        ),
        Detail::UnsupportedVersion { found, supported } => format!(
            "schema_version `{found}` stöds inte; valideraren läser datastandard {supported}"
        ),
        Detail::Blank => "texten är tom; den behöver ett tecken som inte är blanktecken".into(),
        Detail::NoSwedish { of } => format!(
            "{} saknar svenskt värde; `sv` krävs",
            of.sv_definite
        ),
        Detail::DuplicateId { id, of } => format!(
            "id `{id}` används redan av {} tidigare i listan; id:n måste vara unika",
            of.sv_indefinite()
        ),
        Detail::UnknownReference { id, of, hint } => {
            let hint = match hint {
                ReferenceHint::Nearest { id } => format!("menade du `{id}`?"),
                ReferenceHint::NoneKnown => "dokumentet har inga".into(),
                ReferenceHint::Known { ids } => format!("kända: {}", names(ids, 8)),
            };
            format!("{} `{id}` finns inte; {hint}", of.sv_definite)
        }
        Detail::DuplicateReference { id, first } => format!(
            "`{id}` finns redan på {first}; varje id behöver bara anges en gång"
        ),
        Detail::Numbering { id, number, place } => format!(
            "fokusområdet `{id}` har nummer {number}, men står som nummer {place} i listan; fokusområden numreras 1..n i listans ordning"
        ),
        Detail::DateOrder {
            earlier,
            earlier_date,
            later,
            later_date,
        } => format!(
            "`{later}` {later_date} ligger före `{earlier}` {earlier_date}; det måste vara samma dag eller senare"
        ),
        Detail::Uncovered { id, title_sv, .. } => format!(
            "ingen antagen eller aktiv ståndpunkt gäller fokusområdet `{id}` (\"{title_sv}\")"
        ),
        Detail::Unserved { id, title_sv, .. } => format!(
            "ingen antagen eller aktiv ståndpunkt gäller bidraget `{id}` (\"{title_sv}\")"
        ),
        Detail::OutsidePeriod {
            id,
            starts,
            start,
            end,
        } => format!(
            "aktiviteten `{id}` börjar {starts}, utanför programperioden {start} – {}",
            end.as_deref().unwrap_or("…")
        ),
        Detail::ReviewOverdue {
            id,
            status,
            review_by,
            as_of,
        } => format!(
            "ståndpunkten `{id}` (status `{status}`) skulle ha setts över senast {review_by}, före {as_of}"
        ),
        Detail::Unreadable { detail } => format!(
            "dokumentet kunde inte läsas som ett program (tolkens beskrivning: ”{detail}”)"
        ),
    }
}
