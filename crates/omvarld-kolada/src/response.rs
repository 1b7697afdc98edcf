//! Reading one page of a Kolada API v3 data response into [`Observation`]s.
//!
//! A page of `/v3/data/kpi/{kpi}/municipality/{id}/year/{years}` reads
//!
//! ```json
//! {"count": 1,
//!  "values": [{"kpi": "N00945", "municipality": "1280", "period": 2020,
//!              "values": [{"gender": "T", "count": 1, "status": "", "value": 12.3, "isdeleted": false},
//!                         {"gender": "K", "count": 1, "status": "", "value": null, "isdeleted": false}]}],
//!  "next_url": "https://api.kolada.se/v3/data/…&page=2"}
//! ```
//!
//! `next_url` is absent (or null) on the last page. A `value` is a number or
//! null (no value, e.g. too few respondents); anything else is an error at
//! its JSON Pointer in the response. Members not named here are ignored.

use omvarld::model::Gender;
use omvarld::{Lang, Year};
use serde_json::Value;

/// One value of a KPI for a municipality, a year and a gender.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Observation {
    /// The KPI id the response gives (`kpi`).
    pub kpi: String,
    /// The municipality id the response gives (`municipality`).
    pub municipality: String,
    /// The year (`period`).
    pub year: Year,
    /// Kolada's `T`, `K`, `M`: total, women, men.
    pub gender: Gender,
    /// The value; `None` when Kolada has none (null, or marked deleted).
    pub value: Option<f64>,
}

/// One page of a data response.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Page {
    /// The values of the page, one per year and gender.
    pub observations: Vec<Observation>,
    /// Where the next page is, if there is one.
    pub next_url: Option<String>,
}

/// A response that is not a Kolada v3 data page, with where in it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{problem} at {path}")]
#[non_exhaustive]
pub struct ResponseError {
    /// JSON Pointer of the offending member in the response (`""` for the whole).
    pub path: String,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong with a response.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Problem {
    /// Not JSON at all.
    #[error("the response is not JSON ({0})")]
    NotJson(String),
    /// A member the shape requires is absent.
    #[error("`{0}` is missing")]
    Missing(&'static str),
    /// A member has the wrong type.
    #[error("expected {expected}, found {found}")]
    WrongType {
        /// What the shape requires.
        expected: &'static str,
        /// The JSON type found.
        found: &'static str,
    },
    /// A `value` that is neither a number nor null.
    #[error("the value is not a number: {0}")]
    NotANumber(String),
    /// A `period` that is not a year 1900–2100.
    #[error("the period is not a year from 1900 to 2100: {0}")]
    NotAYear(String),
}

impl ResponseError {
    /// The message in `lang`.
    ///
    /// ```
    /// let error = omvarld_kolada::parse_page(b"{}").unwrap_err();
    /// assert_eq!(error.message(omvarld::Lang::Sv), "`values` saknas vid /values");
    /// assert_eq!(error.message(omvarld::Lang::En), "`values` is missing at /values");
    /// ```
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        if lang != Lang::Sv {
            return self.to_string();
        }
        let at = if self.path.is_empty() {
            "/"
        } else {
            &self.path
        };
        let problem = match &self.problem {
            Problem::NotJson(detail) => format!("svaret är inte JSON ({detail})"),
            Problem::Missing(member) => format!("`{member}` saknas"),
            Problem::WrongType { expected, found } => {
                format!("väntade {}, fick {}", swedish(expected), swedish(found))
            }
            Problem::NotANumber(value) => format!("värdet är inget tal: {value}"),
            Problem::NotAYear(value) => {
                format!("perioden är inget år från 1900 till 2100: {value}")
            }
        };
        format!("{problem} vid {at}")
    }

    /// The stable code of the problem: `not_json`, `missing_member`,
    /// `wrong_type`, `not_a_number` or `not_a_year`.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self.problem {
            Problem::NotJson(_) => "not_json",
            Problem::Missing(_) => "missing_member",
            Problem::WrongType { .. } => "wrong_type",
            Problem::NotANumber(_) => "not_a_number",
            Problem::NotAYear(_) => "not_a_year",
        }
    }
}

/// A JSON type's English name (as [`type_name`] and the shape give it) in Swedish.
fn swedish(name: &str) -> &str {
    match name {
        "null" => "null",
        "a boolean" => "ett sanningsvärde",
        "a number" => "ett tal",
        "a string" => "en sträng",
        "a string or null" => "en sträng eller null",
        "an array" => "en lista",
        "an object" => "ett objekt",
        other => other,
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Reads one page of a data response.
///
/// # Errors
/// A [`ResponseError`] naming the first member that does not have the v3
/// shape, by its JSON Pointer.
///
/// ```
/// use omvarld::model::Gender;
/// let page = omvarld_kolada::parse_page(br#"{"count": 1, "values": [{"kpi": "N00945",
///     "municipality": "1280", "period": 2020,
///     "values": [{"gender": "T", "value": 12.3}, {"gender": "K", "value": null}]}]}"#)?;
/// assert_eq!(page.observations.len(), 2);
/// assert_eq!(page.observations[0].gender, Gender::Total);
/// assert_eq!(page.observations[0].value, Some(12.3));
/// assert_eq!(page.observations[1].value, None);
/// assert_eq!(page.next_url, None);
///
/// let bad = omvarld_kolada::parse_page(br#"{"values": [{"kpi": "N00945", "municipality": "1280",
///     "period": 2020, "values": [{"gender": "T", "value": "12,3"}]}]}"#).unwrap_err();
/// assert_eq!(bad.code(), "not_a_number");
/// assert_eq!(bad.path, "/values/0/values/0/value");
/// # Ok::<(), omvarld_kolada::ResponseError>(())
/// ```
pub fn parse_page(bytes: &[u8]) -> Result<Page, ResponseError> {
    let root: Value = serde_json::from_slice(bytes).map_err(|e| ResponseError {
        path: String::new(),
        problem: Problem::NotJson(e.to_string()),
    })?;
    let root = object(&root, "")?;
    let entries = array(required(root, "values", "")?, "/values")?;
    let mut observations = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let at = format!("/values/{i}");
        read_entry(entry, &at, &mut observations)?;
    }
    let next_url = match root.get("next_url") {
        None | Some(Value::Null) => None,
        Some(Value::String(url)) if url.is_empty() => None,
        Some(Value::String(url)) => Some(url.clone()),
        Some(other) => return Err(wrong("a string or null", other, "/next_url")),
    };
    Ok(Page {
        observations,
        next_url,
    })
}

fn read_entry(entry: &Value, at: &str, out: &mut Vec<Observation>) -> Result<(), ResponseError> {
    let entry = object(entry, at)?;
    let kpi = string(required(entry, "kpi", at)?, &format!("{at}/kpi"))?;
    let municipality = string(
        required(entry, "municipality", at)?,
        &format!("{at}/municipality"),
    )?;
    let year = period(required(entry, "period", at)?, &format!("{at}/period"))?;
    let values = array(required(entry, "values", at)?, &format!("{at}/values"))?;
    for (j, value) in values.iter().enumerate() {
        let at = format!("{at}/values/{j}");
        let value = object(value, &at)?;
        let gender = match string(required(value, "gender", &at)?, &format!("{at}/gender"))? {
            "T" => Gender::Total,
            "K" => Gender::Female,
            "M" => Gender::Male,
            // A division the standard has no term for: not used.
            _ => continue,
        };
        let deleted = matches!(value.get("isdeleted"), Some(Value::Bool(true)));
        let number = match value.get("value") {
            None | Some(Value::Null) => None,
            Some(Value::Number(n)) => match n.as_f64() {
                Some(x) if x.is_finite() => Some(x),
                _ => {
                    return Err(ResponseError {
                        path: format!("{at}/value"),
                        problem: Problem::NotANumber(n.to_string()),
                    })
                }
            },
            Some(other) => {
                return Err(ResponseError {
                    path: format!("{at}/value"),
                    problem: Problem::NotANumber(short(other)),
                })
            }
        };
        out.push(Observation {
            kpi: kpi.to_owned(),
            municipality: municipality.to_owned(),
            year,
            gender,
            value: if deleted { None } else { number },
        });
    }
    Ok(())
}

/// A value as compact JSON, cut to 40 characters for a message.
fn short(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", text.get(..at).unwrap_or_default()),
        None => text,
    }
}

fn wrong(expected: &'static str, found: &Value, path: &str) -> ResponseError {
    ResponseError {
        path: path.to_owned(),
        problem: Problem::WrongType {
            expected,
            found: type_name(found),
        },
    }
}

fn object<'a>(
    value: &'a Value,
    path: &str,
) -> Result<&'a serde_json::Map<String, Value>, ResponseError> {
    value
        .as_object()
        .ok_or_else(|| wrong("an object", value, path))
}

fn array<'a>(value: &'a Value, path: &str) -> Result<&'a Vec<Value>, ResponseError> {
    value
        .as_array()
        .ok_or_else(|| wrong("an array", value, path))
}

fn string<'a>(value: &'a Value, path: &str) -> Result<&'a str, ResponseError> {
    value.as_str().ok_or_else(|| wrong("a string", value, path))
}

fn required<'a>(
    object: &'a serde_json::Map<String, Value>,
    member: &'static str,
    at: &str,
) -> Result<&'a Value, ResponseError> {
    object.get(member).ok_or_else(|| ResponseError {
        path: format!("{at}/{member}"),
        problem: Problem::Missing(member),
    })
}

/// A `period`: the year as an integer (v3) or as a string of digits.
fn period(value: &Value, path: &str) -> Result<Year, ResponseError> {
    let not_a_year = || ResponseError {
        path: path.to_owned(),
        problem: Problem::NotAYear(short(value)),
    };
    let number = match value {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse::<u64>().ok(),
        _ => None,
    };
    number
        .and_then(|n| Year::try_from(n).ok())
        .ok_or_else(not_a_year)
}

#[cfg(test)]
mod tests {
    use super::{parse_page, Problem};

    fn error(json: &str) -> (String, &'static str) {
        match parse_page(json.as_bytes()) {
            Ok(page) => panic!("read as a page: {page:?}"),
            Err(e) => (e.path.clone(), e.code()),
        }
    }

    #[test]
    fn reads_next_url_and_skips_unknown_members() {
        let page = parse_page(
            br#"{"count": 0, "values": [], "next_url": "https://x/2", "previous_url": null, "extra": 1}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(page.next_url.as_deref(), Some("https://x/2"));
        assert!(page.observations.is_empty());
    }

    #[test]
    fn a_deleted_value_is_no_value_and_a_string_period_is_read() {
        let page = parse_page(
            br#"{"values": [{"kpi": "N1", "municipality": "1280", "period": "2021",
                "values": [{"gender": "T", "value": 3, "isdeleted": true}, {"gender": "X", "value": 1}]}]}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(page.observations.len(), 1);
        assert_eq!(page.observations.first().map(|o| o.value), Some(None));
        assert_eq!(page.observations.first().map(|o| o.year.get()), Some(2021));
    }

    #[test]
    fn names_where_the_shape_breaks() {
        assert_eq!(error("<html></html>"), (String::new(), "not_json"));
        assert_eq!(error("[]"), (String::new(), "wrong_type"));
        assert_eq!(error("{}"), ("/values".to_owned(), "missing_member"));
        assert_eq!(
            error(r#"{"values": [{"kpi": "N1", "municipality": "1280", "values": []}]}"#),
            ("/values/0/period".to_owned(), "missing_member")
        );
        assert_eq!(
            error(
                r#"{"values": [{"kpi": "N1", "municipality": "1280", "period": 1800, "values": []}]}"#
            ),
            ("/values/0/period".to_owned(), "not_a_year")
        );
        assert_eq!(
            error(
                r#"{"values": [{"kpi": "N1", "municipality": "1280", "period": 2020, "values": [{"gender": "T", "value": true}]}]}"#
            ),
            ("/values/0/values/0/value".to_owned(), "not_a_number")
        );
        assert_eq!(
            error(r#"{"values": [], "next_url": 3}"#),
            ("/next_url".to_owned(), "wrong_type")
        );
    }

    #[test]
    fn the_message_shows_the_bad_value() {
        let Err(e) = parse_page(
            br#"{"values": [{"kpi": "N1", "municipality": "1280", "period": 2020, "values": [{"gender": "T", "value": "12,3"}]}]}"#,
        ) else {
            panic!("read as a page")
        };
        assert_eq!(e.problem, Problem::NotANumber("\"12,3\"".to_owned()));
        assert_eq!(
            e.to_string(),
            "the value is not a number: \"12,3\" at /values/0/values/0/value"
        );
    }
}
