//! Proptest strategies (feature `proptest`): valid programmes, their parts,
//! and documents broken by exactly one structural mutation.
//!
//! Downstream crates can reuse them to test code that consumes programmes:
//!
//! ```
//! use proptest::prelude::*;
//! use proptest::test_runner::{Config, TestRunner};
//!
//! let mut runner = TestRunner::new(Config { cases: 8, ..Config::default() });
//! runner
//!     .run(&omvarld::testing::strategies::programme(), |programme| {
//!         let report = programme.validate(&Default::default());
//!         prop_assert!(report.errors.is_empty(), "{:?}", report.errors);
//!         // Focus areas are numbered 1..n in order, and every position
//!         // names focus areas that exist.
//!         let numbers: Vec<u32> = programme.focus_areas.iter().map(|f| f.number.get()).collect();
//!         let n = u32::try_from(numbers.len()).unwrap();
//!         prop_assert_eq!(numbers, (1..=n).collect::<Vec<_>>());
//!         for position in &programme.positions {
//!             prop_assert!(!position.focus_areas.is_empty());
//!             for id in &position.focus_areas {
//!                 prop_assert!(programme.focus_areas.iter().any(|f| f.id == *id));
//!             }
//!         }
//!         Ok(())
//!     })
//!     .unwrap();
//! ```
//!
//! Generated programmes have no errors but may have warnings (a focus area no
//! position covers, an activity outside the period, a repeated reference).

use proptest::collection::{btree_map, btree_set, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{select, subsequence, Index};
use serde_json::{Map, Number, Value};

use crate::diagnostics::{Code, JsonType};
use crate::model::{
    Activity, AdvocacyPosition, Arena, ArenaKind, Assessment, Body, BodyKind, ContributionAim,
    Date, Decision, Direction, DirectionGoal, Extensions, FocusArea, FocusAreaNumber, FollowUp,
    Gender, GovernanceLevel, Id, Indicator, IndicatorResult, KoladaKpi, Limit, LimitedText,
    Measurement, NonEmpty, Organisation, Period, Priority, Programme, Publication, PublicationKind,
    Reference, ReferenceKind, ReferenceString, Relation, SchemaVersion, Shift, Source, Status,
    Target, Text, Title, Url, Year,
};
use crate::pointer::Pointer;
use crate::shape::strings::StringKind;
use crate::shape::{ObjectType, Shape, Type, TypeRef};

/// Characters with the Unicode `White_Space` property (the blank-text class).
const WHITE_SPACE: &[char] = &[
    '\t', '\n', '\u{b}', '\u{c}', '\r', ' ', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}',
    '\u{2005}', '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}',
];

/// Visible pieces of text, some of them at the edges of what counts as blank.
const VISIBLE: &[&str] = &[
    "Malmö",
    "Öresund",
    "a",
    "å",
    "Ä",
    "€",
    "😀",
    "中文",
    "مالمو",
    "\u{feff}",
    "\u{200b}",
    "x\u{0}y",
    "\u{1c}",
    "Det här vill Malmö",
    "\"citat\" \\ /",
    "<b>&amp;</b>",
    "~1/~0",
];

/// A valid [`Id`]: lower-case words joined by hyphens, sometimes exactly 64 characters.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let id = omvarld::testing::strategies::id().new_tree(&mut runner).unwrap().current();
/// assert!(id.as_str().len() <= 64);
/// ```
pub fn id() -> BoxedStrategy<Id> {
    prop_oneof![
        8 => "[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}",
        1 => "[a-z0-9]{64}",
        1 => "[a-z]{1,31}-[0-9]{1,32}",
    ]
    .prop_filter_map("a valid id", |s| Id::try_from(s).ok())
    .boxed()
}

/// `n` distinct ids (a range of sizes), in random order.
fn ids(sizes: std::ops::RangeInclusive<usize>) -> BoxedStrategy<Vec<Id>> {
    btree_set(id(), sizes)
        .prop_map(|set| set.into_iter().collect::<Vec<_>>())
        .prop_shuffle()
        .boxed()
}

/// A valid language tag other than `sv`, e.g. `en`, `sme`, `en-GB`, `zh-Hant-TW`.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let tag = omvarld::testing::strategies::lang_tag().new_tree(&mut runner).unwrap().current();
/// assert!(tag.parse::<omvarld::model::LangTag>().is_ok());
/// ```
pub fn lang_tag() -> BoxedStrategy<String> {
    prop_oneof![
        2 => select(&["en", "de", "fi", "da", "ar", "sme", "fit", "en-GB", "zh-Hant-TW"][..]).prop_map(str::to_owned),
        1 => "[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}",
    ]
    .prop_filter("not sv", |t| t != "sv")
    .boxed()
}

/// A valid value of a text with limit `max` code points: something visible,
/// sometimes with white space (any `White_Space` character) at the edges,
/// sometimes exactly `max` code points long (non-ASCII and astral included).
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let value = omvarld::testing::strategies::text_value(300).new_tree(&mut runner).unwrap().current();
/// assert!(omvarld::Title::new(value).is_ok());
/// ```
pub fn text_value(max: usize) -> BoxedStrategy<String> {
    let edge = || vec(select(WHITE_SPACE), 0..3).prop_map(|v| v.into_iter().collect::<String>());
    // Long values are rare for the 10 000 limit, to keep documents small.
    let long_weight = if max > 1_000 { 1 } else { 4 };
    let at_limit = max.saturating_sub(1);
    prop_oneof![
        40 => (edge(), select(VISIBLE), "[^\n]{0,12}", edge())
            .prop_map(|(a, v, rest, b)| format!("{a}{v}{rest}{b}")),
        long_weight => select(&["ö", "a", "😀"][..]).prop_map(move |c| c.repeat(max)),
        long_weight => Just(format!("\u{3000}{}", "é".repeat(at_limit))),
    ]
    .prop_filter("within the limit and not blank", move |s| {
        s.chars().count() <= max && crate::model::patterns::is_non_blank(s)
    })
    .boxed()
}

fn limited_text<L: Limit>() -> BoxedStrategy<LimitedText<L>> {
    let others = prop_oneof![3 => Just(Vec::new()), 2 => btree_map(lang_tag(), text_value(L::MAX), 1..3).prop_map(|m| m.into_iter().collect())];
    (text_value(L::MAX), others)
        .prop_filter_map(
            "a valid text",
            |(sv, others): (String, Vec<(String, String)>)| {
                LimitedText::from_pairs(std::iter::once(("sv".to_owned(), sv)).chain(others)).ok()
            },
        )
        .boxed()
}

/// A valid [`Text`]: a Swedish value and sometimes translations.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let text = omvarld::testing::strategies::text().new_tree(&mut runner).unwrap().current();
/// assert!(text.sv().chars().any(|c| !c.is_whitespace()));
/// ```
pub fn text() -> BoxedStrategy<Text> {
    limited_text()
}

/// A valid [`Title`] (values of at most 300 code points).
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let title = omvarld::testing::strategies::title().new_tree(&mut runner).unwrap().current();
/// assert!(title.iter().all(|(_, v)| v.chars().count() <= 300));
/// ```
pub fn title() -> BoxedStrategy<Title> {
    limited_text()
}

/// A real calendar date, mostly in this century, sometimes anywhere in 0001–9999.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let date = omvarld::testing::strategies::date().new_tree(&mut runner).unwrap().current();
/// assert_eq!(date.to_string().parse::<omvarld::Date>().unwrap(), date);
/// ```
pub fn date() -> BoxedStrategy<Date> {
    prop_oneof![
        4 => (2000i32..2040, 1u32..=12, 1u32..=31),
        1 => (1i32..=9999, 1u32..=12, 1u32..=31),
        1 => (prop_oneof![Just(2000), Just(2024), Just(1), Just(9999)], Just(2), 28u32..=29),
    ]
    .prop_filter_map("a real date", |(y, m, d)| Date::from_ymd(y, m, d).ok())
    .boxed()
}

/// Two dates in order (the first not after the second).
fn date_pair() -> BoxedStrategy<(Date, Date)> {
    (date(), date())
        .prop_map(|(a, b)| (a.min(b), a.max(b)))
        .boxed()
}

/// Any JSON value (bounded depth and size), with arbitrary strings and keys
/// and finite numbers of every kind.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let value = omvarld::testing::strategies::json_value().new_tree(&mut runner).unwrap().current();
/// assert!(serde_json::to_string(&value).is_ok());
/// ```
pub fn json_value() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| Number::from_f64(f).map(Value::Number)),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 5, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..5).prop_map(Value::Array),
            btree_map(any::<String>(), inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
    .boxed()
}

/// Local additions: absent most of the time, otherwise an object of any JSON.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let strategy = omvarld::testing::strategies::extensions();
/// let drawn: Vec<Option<omvarld::Extensions>> =
///     (0..64).map(|_| strategy.new_tree(&mut runner).unwrap().current()).collect();
/// // Mostly absent, sometimes present.
/// assert!(drawn.iter().filter(|e| e.is_none()).count() > 32);
/// let some = drawn.iter().flatten().next().expect("extensions in 64 draws");
/// // Whatever JSON they hold reads back unchanged.
/// let json = serde_json::to_string(some).unwrap();
/// assert_eq!(&serde_json::from_str::<omvarld::Extensions>(&json).unwrap(), some);
/// ```
pub fn extensions() -> BoxedStrategy<Option<Extensions>> {
    option::weighted(
        0.15,
        btree_map(any::<String>(), json_value(), 0..4)
            .prop_map(|m| Extensions(m.into_iter().collect())),
    )
    .boxed()
}

/// A finite measured value.
fn value() -> BoxedStrategy<f64> {
    prop_oneof![
        (-1_000_000i64..1_000_000).prop_map(|v| v as f64),
        any::<f64>().prop_filter("finite", |v| v.is_finite()),
    ]
    .boxed()
}

fn year() -> BoxedStrategy<Year> {
    (Year::MIN..=Year::MAX)
        .prop_filter_map("a year", |y| Year::try_from(y).ok())
        .boxed()
}

fn measurement() -> BoxedStrategy<Measurement> {
    (year(), value(), extensions())
        .prop_map(|(year, value, extensions)| Measurement {
            year,
            value,
            extensions,
        })
        .boxed()
}

/// A reference string (case number, designation, source name).
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let value = omvarld::testing::strategies::reference_string().new_tree(&mut runner).unwrap().current();
/// assert!(value.as_str().parse::<omvarld::model::ReferenceString>().is_ok());
/// ```
pub fn reference_string() -> BoxedStrategy<ReferenceString> {
    prop_oneof![
        Just("SOU 2017:114".to_owned()),
        Just("COM(2023) 123".to_owned()),
        Just("S2022/00610".to_owned()),
        Just("Kolada".to_owned()),
        "[A-ZÅÄÖ][A-Za-z0-9åäö :/()-]{0,30}[A-Za-z0-9)]",
        "[^\\p{Cc}\\s][^\\p{Cc}]{0,20}[^\\p{Cc}\\s]",
    ]
    .prop_filter_map("a reference string", |s| ReferenceString::try_from(s).ok())
    .boxed()
}

fn source() -> BoxedStrategy<Source> {
    (reference_string(), date(), option::of(url()), extensions())
        .prop_map(|(name, retrieved, url, extensions)| Source {
            name,
            retrieved,
            url,
            extensions,
        })
        .boxed()
}

/// Results with distinct (year, gender).
fn results() -> BoxedStrategy<Vec<IndicatorResult>> {
    let gender = option::of(select(Gender::ALL));
    vec(
        (
            year(),
            gender,
            value(),
            option::of(text()),
            option::of(source()),
            extensions(),
        ),
        0..4,
    )
    .prop_map(|rows| {
        let mut seen = std::collections::HashSet::new();
        rows.into_iter()
            .filter(|(year, gender, ..)| seen.insert((*year, gender.unwrap_or(Gender::Total))))
            .map(
                |(year, gender, value, comment, source, extensions)| IndicatorResult {
                    year,
                    value,
                    gender,
                    comment,
                    source,
                    extensions,
                },
            )
            .collect()
    })
    .boxed()
}

fn indicator(id: Id, version: SchemaVersion) -> BoxedStrategy<Indicator> {
    let kolada = "[A-Z][0-9]{5}".prop_filter_map("kolada id", |s| KoladaKpi::try_from(s).ok());
    let newer = version >= SchemaVersion::V1_1;
    (
        title(),
        option::of("[^\n]{0,12}"),
        option::of(kolada),
        option::of(measurement()),
        option::of(measurement()),
        extensions(),
        (option::of(select(Direction::ALL)), results()),
    )
        .prop_map(
            move |(name, unit, kolada_kpi, baseline, target, extensions, (direction, results))| {
                Indicator {
                    id: id.clone(),
                    name,
                    unit,
                    kolada_kpi,
                    baseline,
                    target,
                    direction: direction.filter(|_| newer),
                    results: if newer { results } else { Vec::new() },
                    extensions,
                }
            },
        )
        .boxed()
}

fn direction_goal(version: SchemaVersion) -> BoxedStrategy<DirectionGoal> {
    let indicators = ids(0..=2).prop_flat_map(move |ids| {
        ids.into_iter()
            .map(|id| indicator(id, version))
            .collect::<Vec<_>>()
    });
    (text(), indicators, extensions())
        .prop_map(|(statement, indicators, extensions)| DirectionGoal {
            statement,
            indicators,
            extensions,
        })
        .boxed()
}

fn focus_area(id: Id, number: FocusAreaNumber, version: SchemaVersion) -> BoxedStrategy<FocusArea> {
    (
        title(),
        direction_goal(version),
        option::of(text()),
        extensions(),
    )
        .prop_map(
            move |(title, direction_goal, description, extensions)| FocusArea {
                id: id.clone(),
                number,
                title,
                direction_goal,
                description,
                extensions,
            },
        )
        .boxed()
}

fn contribution_aim(id: Id) -> BoxedStrategy<ContributionAim> {
    (title(), option::of(text()), extensions())
        .prop_map(move |(title, description, extensions)| ContributionAim {
            id: id.clone(),
            title,
            description,
            extensions,
        })
        .boxed()
}

fn arena(id: Id) -> BoxedStrategy<Arena> {
    (
        title(),
        select(GovernanceLevel::ALL),
        select(ArenaKind::ALL),
        option::of(text()),
        extensions(),
    )
        .prop_map(move |(name, level, kind, description, extensions)| Arena {
            id: id.clone(),
            name,
            level,
            kind,
            description,
            extensions,
        })
        .boxed()
}

fn body(id: Id) -> BoxedStrategy<Body> {
    (title(), select(BodyKind::ALL), extensions())
        .prop_map(move |(name, kind, extensions)| Body {
            id: id.clone(),
            name,
            kind,
            extensions,
        })
        .boxed()
}

fn shift() -> BoxedStrategy<Shift> {
    (text(), text(), extensions())
        .prop_map(|(from, to, extensions)| Shift {
            from,
            to,
            extensions,
        })
        .boxed()
}

fn reference() -> BoxedStrategy<Reference> {
    (
        title(),
        select(ReferenceKind::ALL),
        select(Relation::ALL),
        option::of(reference_string()),
        option::of(reference_string()),
        option::of(url()),
        extensions(),
    )
        .prop_map(
            |(title, kind, relation, identifier, case_number, url, extensions)| Reference {
                title,
                kind,
                relation,
                identifier,
                case_number,
                url,
                extensions,
            },
        )
        .boxed()
}

/// A follow-up log: dates in order, each entry with a status, an
/// assessment or both.
fn follow_up() -> BoxedStrategy<Vec<FollowUp>> {
    let entry = (
        date(),
        prop_oneof![
            select(Status::ALL).prop_map(|s| (Some(s), None)),
            select(Assessment::ALL).prop_map(|a| (None, Some(a))),
            (select(Status::ALL), select(Assessment::ALL)).prop_map(|(s, a)| (Some(s), Some(a))),
        ],
        option::of(text()),
        extensions(),
    );
    vec(entry, 0..4)
        .prop_map(|mut entries| {
            entries.sort_by_key(|(date, ..)| *date);
            entries
                .into_iter()
                .map(|(date, (status, assessment), note, extensions)| FollowUp {
                    date,
                    status,
                    assessment,
                    note,
                    extensions,
                })
                .collect()
        })
        .boxed()
}

/// A decision by one of `bodies` (none when there are none).
fn decision(bodies: &[Id]) -> BoxedStrategy<Option<Decision>> {
    if bodies.is_empty() {
        return Just(None).boxed();
    }
    option::of((
        select(bodies.to_vec()),
        date(),
        option::of(reference_string()),
        option::of(url()),
        extensions(),
    ))
    .prop_map(|d| {
        d.map(|(body, date, reference, url, extensions)| Decision {
            body,
            date,
            reference,
            url,
            extensions,
        })
    })
    .boxed()
}

fn target() -> BoxedStrategy<Target> {
    (select(GovernanceLevel::ALL), text(), extensions())
        .prop_map(|(level, body, extensions)| Target {
            level,
            body,
            extensions,
        })
        .boxed()
}

/// Some of `ids` (in order), at least `min` of them.
fn some_of(ids: &[Id], min: usize) -> BoxedStrategy<Vec<Id>> {
    let max = ids.len();
    subsequence(ids.to_vec(), min.min(max)..=max).boxed()
}

/// Two optional dates; when both are present the first is not after the second.
fn ordered_dates() -> BoxedStrategy<(Option<Date>, Option<Date>)> {
    (date_pair(), any::<bool>(), any::<bool>())
        .prop_map(|((a, b), first, second)| (first.then_some(a), second.then_some(b)))
        .boxed()
}

/// The members 1.1 added to a position: asks, shift, decision, references, follow-up.
type Newer = (
    Vec<Text>,
    Option<Shift>,
    Option<Decision>,
    Vec<Reference>,
    Vec<FollowUp>,
);

fn newer_position_members(bodies: &[Id], version: SchemaVersion) -> BoxedStrategy<Newer> {
    if version < SchemaVersion::V1_1 {
        return Just((Vec::new(), None, None, Vec::new(), Vec::new())).boxed();
    }
    (
        vec(text(), 0..3),
        option::of(shift()),
        decision(bodies),
        vec(reference(), 0..3),
        follow_up(),
    )
        .boxed()
}

fn position(id: Id, ids: &Lists, version: SchemaVersion) -> BoxedStrategy<AdvocacyPosition> {
    let Lists {
        areas,
        aims,
        arenas,
        bodies,
    } = ids;
    (
        (
            title(),
            text(),
            some_of(areas, 1).prop_filter_map("a list", |v| NonEmpty::try_from(v).ok()),
            vec(target(), 1..3).prop_filter_map("a list", |v| NonEmpty::try_from(v).ok()),
            select(Status::ALL),
        ),
        (
            option::of(text()),
            some_of(aims, 0),
            some_of(arenas, 0),
            option::of(select(Priority::ALL)),
            option::of("[^\n]{0,20}"),
            ordered_dates(),
            extensions(),
        ),
        newer_position_members(bodies, version),
    )
        .prop_map(
            move |(
                (title, statement, focus_areas, targets, status),
                (
                    rationale,
                    contribution_aims,
                    arenas,
                    priority,
                    owner,
                    (adopted, review_by),
                    extensions,
                ),
                (asks, shift, mut decision, references, follow_up),
            )| {
                // The review date is not before the decision.
                if let (Some(d), Some(review_by)) = (&mut decision, review_by) {
                    d.date = d.date.min(review_by);
                }
                AdvocacyPosition {
                    id: id.clone(),
                    title,
                    statement,
                    focus_areas,
                    targets,
                    status,
                    rationale,
                    contribution_aims,
                    arenas,
                    priority,
                    owner,
                    adopted,
                    review_by,
                    asks,
                    shift,
                    decision,
                    references,
                    follow_up,
                    extensions,
                }
            },
        )
        .boxed()
}

/// The ids positions may name.
struct Lists {
    areas: Vec<Id>,
    aims: Vec<Id>,
    arenas: Vec<Id>,
    bodies: Vec<Id>,
}

fn activity(id: Id, arenas: &[Id], positions: &[Id]) -> BoxedStrategy<Activity> {
    let arena = if arenas.is_empty() {
        Just(None).boxed()
    } else {
        option::of(select(arenas.to_vec())).boxed()
    };
    (
        title(),
        date_pair(),
        any::<bool>(),
        arena,
        some_of(positions, 0),
        option::of(text()),
        extensions(),
    )
        .prop_map(
            move |(title, (starts, ends), has_end, arena, positions, description, extensions)| {
                Activity {
                    id: id.clone(),
                    title,
                    starts,
                    ends: has_end.then_some(ends),
                    arena,
                    positions,
                    description,
                    extensions,
                }
            },
        )
        .boxed()
}

fn url() -> BoxedStrategy<Url> {
    "https?://[a-zA-Z0-9.-]{1,20}(/[a-zA-Z0-9åäö%?=&_/~-]{0,12})?"
        .prop_filter_map("a valid url", |s| Url::try_from(s).ok())
        .boxed()
}

fn publication(id: Id, positions: &[Id], version: SchemaVersion) -> BoxedStrategy<Publication> {
    let newer = version >= SchemaVersion::V1_1;
    (
        title(),
        option::of(date()),
        option::of(url()),
        some_of(positions, 0),
        extensions(),
        (
            option::of(select(PublicationKind::ALL)),
            option::of(reference_string()),
        ),
    )
        .prop_map(
            move |(title, published, url, positions, extensions, (kind, identifier))| Publication {
                id: id.clone(),
                title,
                published,
                url,
                positions,
                kind: kind.filter(|_| newer),
                identifier: identifier.filter(|_| newer),
                extensions,
            },
        )
        .boxed()
}

fn organisation() -> BoxedStrategy<Organisation> {
    let code = "[0-9]{4}".prop_filter_map("kommunkod", |s| s.parse().ok());
    let country = "[A-Z]{2}".prop_filter_map("country", |s| s.parse().ok());
    (title(), option::of(code), option::of(country), extensions())
        .prop_map(
            |(name, municipality_code, country, extensions)| Organisation {
                name,
                municipality_code,
                country,
                extensions,
            },
        )
        .boxed()
}

fn period() -> BoxedStrategy<Period> {
    (date_pair(), any::<bool>(), extensions())
        .prop_map(|((start, end), has_end, extensions)| Period {
            start,
            end: has_end.then_some(end),
            extensions,
        })
        .boxed()
}

/// A valid [`Programme`] of either version ([`programme_of`] each half of the time).
///
/// ```
/// use proptest::prelude::*;
/// use proptest::test_runner::{Config, TestRunner};
///
/// let mut runner = TestRunner::new(Config { cases: 4, ..Config::default() });
/// runner
///     .run(&omvarld::testing::strategies::programme(), |p| {
///         let bytes = serde_json::to_vec(&p).unwrap();
///         prop_assert_eq!(omvarld::parse::from_slice(&bytes).unwrap(), p);
///         Ok(())
///     })
///     .unwrap();
/// ```
pub fn programme() -> BoxedStrategy<Programme> {
    prop_oneof![
        programme_of(SchemaVersion::V1_0),
        programme_of(SchemaVersion::V1_1)
    ]
    .boxed()
}

/// A valid [`Programme`] of `version`: 1–4 focus areas numbered 1..n, up
/// to 3 aims and arenas, up to 4 positions, 3 activities and 2
/// publications, every reference naming an id that exists and every pair of
/// dates in order; optional members (translations, descriptions,
/// indicators, extensions with any JSON, …) are sometimes present. A 1.1
/// programme sometimes has every member 1.1 added (bodies, decisions, asks,
/// shifts, references, follow-up logs in date order, indicator results with
/// distinct years, `$schema`); a 1.0 programme has none of them. It has no
/// errors, but may have warnings.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// use omvarld::{testing::strategies::programme_of, SchemaVersion};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let programme = programme_of(SchemaVersion::V1_0).new_tree(&mut runner).unwrap().current();
/// assert_eq!(programme.schema_version, SchemaVersion::V1_0);
/// assert!(programme.validate(&Default::default()).valid());
/// ```
pub fn programme_of(version: SchemaVersion) -> BoxedStrategy<Programme> {
    let newer = version >= SchemaVersion::V1_1;
    (
        ids(1..=4),
        ids(0..=3),
        ids(0..=3),
        ids(0..=4),
        ids(0..=3),
        ids(0..=2),
        ids(0..=2),
    )
        .prop_flat_map(
            move |(areas, aims, arenas, positions, activities, publications, bodies)| {
                let bodies = if newer { bodies } else { Vec::new() };
                let numbered = areas.iter().cloned().zip(1u32..);
                let focus_areas: Vec<_> = numbered
                    .filter_map(|(id, n)| {
                        Some(focus_area(id, FocusAreaNumber::try_from(n).ok()?, version))
                    })
                    .collect();
                let aim_list: Vec<_> = aims.iter().cloned().map(contribution_aim).collect();
                let arena_list: Vec<_> = arenas.iter().cloned().map(arena).collect();
                let body_list: Vec<_> = bodies.iter().cloned().map(body).collect();
                let lists = Lists {
                    areas,
                    aims,
                    arenas: arenas.clone(),
                    bodies,
                };
                let position_list: Vec<_> = positions
                    .iter()
                    .cloned()
                    .map(|id| position(id, &lists, version))
                    .collect();
                let activity_list: Vec<_> = activities
                    .into_iter()
                    .map(|id| activity(id, &arenas, &positions))
                    .collect();
                let publication_list: Vec<_> = publications
                    .into_iter()
                    .map(|id| publication(id, &positions, version))
                    .collect();
                let schema = if newer {
                    option::of(Just(crate::schema::schema_url(version, "programme")))
                        .prop_map(|u| u.and_then(|u| u.parse().ok()))
                        .boxed()
                } else {
                    Just(None).boxed()
                };
                (
                    (
                        id(),
                        title(),
                        organisation(),
                        option::of(date()),
                        option::of(period()),
                    ),
                    (option::of(text()), extensions(), schema, body_list),
                    (
                        focus_areas,
                        aim_list,
                        arena_list,
                        position_list,
                        activity_list,
                        publication_list,
                    ),
                )
            },
        )
        .prop_filter_map(
            "at least one focus area",
            move |(
                (id, title, organisation, adopted, period),
                (summary, extensions, schema, bodies),
                (focus_areas, contribution_aims, arenas, positions, activities, publications),
            )| {
                Some(Programme {
                    schema,
                    schema_version: version,
                    id,
                    title,
                    organisation,
                    adopted,
                    period,
                    summary,
                    focus_areas: NonEmpty::try_from(focus_areas).ok()?,
                    contribution_aims,
                    arenas,
                    bodies,
                    positions,
                    activities,
                    publications,
                    extensions,
                })
            },
        )
        .boxed()
}

/// One way to break exactly one structural rule of a valid document. Each
/// mutation makes our validator report exactly one error, with the code
/// [`Mutation::code`], and the published schema reject the document.
///
/// ```
/// use omvarld::testing::strategies::Mutation;
/// assert_eq!(Mutation::DropRequired.code(), omvarld::Code::Required);
/// assert!(Mutation::ALL.contains(&Mutation::ObjectAsArray));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mutation {
    /// Remove a required member of an object (`required` at the member).
    DropRequired,
    /// Add a member the standard does not define (`unknown_field` at the member).
    UnknownField,
    /// Replace a value by one of another JSON type (`type` at the value).
    WrongType,
    /// Replace an object by the array of its required members' values, in
    /// the order the standard lists them (`type`).
    ObjectAsArray,
    /// Replace an enumeration value `"x"` by the object `{"x": null}` (`type`).
    EnumAsObject,
    /// Set an id (or a reference to one) to a string that is not an id (`format`).
    BadId,
    /// Set an id to 65 characters (`format`).
    LongId,
    /// Set a date to a string that is not a real `YYYY-MM-DD` date (`format`).
    BadDate,
    /// Add a translation under a key that is not a language tag (`format` at the key).
    BadLangTag,
    /// Make a text value white space only (`blank_text` at the value).
    BlankText,
    /// Make a text value one code point longer than its limit (`length` at the value).
    LongText,
    /// Empty a list that needs at least one element (`length` at the list).
    EmptyList,
    /// Set an enumeration to a value outside it (`enum`).
    BadEnum,
    /// Set `schema_version` to another version string (`schema_version`).
    SchemaVersion,
    /// Remove the Swedish value of a text (`missing_swedish` at the text).
    MissingSwedish,
    /// Set a focus area number outside 1..=4294967295 (`format`).
    BadNumber,
    /// Set a measurement year outside 1900–2100 (`format`).
    BadYear,
    /// Set a municipality code to something that is not four digits (`format`).
    BadMunicipalityCode,
    /// Set a country code to something that is not two upper-case letters (`format`).
    BadCountryCode,
    /// Set a url to something that is not an http(s) address (`format`).
    BadUrl,
    /// Set a Kolada KPI id to something that is not a letter and five digits (`format`).
    BadKoladaKpi,
    /// Set a reference string (1.1: a case number, designation or source
    /// name) to one with white space at an end, a control character, or
    /// over 64 characters (`format`).
    BadReferenceString,
}

impl Mutation {
    /// Every mutation.
    pub const ALL: &'static [Mutation] = &[
        Mutation::DropRequired,
        Mutation::UnknownField,
        Mutation::WrongType,
        Mutation::ObjectAsArray,
        Mutation::EnumAsObject,
        Mutation::BadId,
        Mutation::LongId,
        Mutation::BadDate,
        Mutation::BadLangTag,
        Mutation::BlankText,
        Mutation::LongText,
        Mutation::EmptyList,
        Mutation::BadEnum,
        Mutation::SchemaVersion,
        Mutation::MissingSwedish,
        Mutation::BadNumber,
        Mutation::BadYear,
        Mutation::BadMunicipalityCode,
        Mutation::BadCountryCode,
        Mutation::BadUrl,
        Mutation::BadKoladaKpi,
        Mutation::BadReferenceString,
    ];

    /// The code our validator reports for this mutation.
    #[must_use]
    pub fn code(self) -> Code {
        match self {
            Mutation::DropRequired => Code::Required,
            Mutation::UnknownField => Code::UnknownField,
            Mutation::WrongType | Mutation::ObjectAsArray | Mutation::EnumAsObject => Code::Type,
            Mutation::BlankText => Code::BlankText,
            Mutation::LongText | Mutation::EmptyList => Code::Length,
            Mutation::BadEnum => Code::Enum,
            Mutation::SchemaVersion => Code::SchemaVersion,
            Mutation::MissingSwedish => Code::MissingSwedish,
            Mutation::BadId
            | Mutation::LongId
            | Mutation::BadDate
            | Mutation::BadLangTag
            | Mutation::BadNumber
            | Mutation::BadYear
            | Mutation::BadMunicipalityCode
            | Mutation::BadCountryCode
            | Mutation::BadUrl
            | Mutation::BadKoladaKpi
            | Mutation::BadReferenceString => Code::Format,
        }
    }
}

/// What a place in a document holds: a type of the document's [`Shape`],
/// or one language's value inside a text.
#[derive(Clone, Copy, Debug)]
enum Place {
    Of(&'static Type),
    TextValue,
}

impl Place {
    /// The type, unless this is a text value.
    fn ty(self) -> Option<&'static Type> {
        match self {
            Place::Of(ty) => Some(ty),
            Place::TextValue => None,
        }
    }

    /// The JSON type of a valid value.
    fn json_type(self) -> JsonType {
        self.ty().map_or(JsonType::String, Type::json_type)
    }

    fn object(self) -> Option<&'static ObjectType> {
        match self.ty()? {
            Type::Object(object) => Some(object),
            _ => None,
        }
    }

    fn required(self) -> Vec<String> {
        self.object()
            .map(|o| {
                o.members
                    .iter()
                    .filter(|m| m.required)
                    .map(|m| m.name.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn coded(self, kind: StringKind) -> bool {
        matches!(self.ty(), Some(Type::Coded { string, .. }) if string.kind == kind)
    }

    fn is_enum(self) -> bool {
        matches!(self.ty(), Some(Type::Enum { .. }))
    }

    fn is_schema_version(self) -> bool {
        matches!(self.ty(), Some(Type::SchemaVersion { .. }))
    }

    /// The limit of a text's values, if this is a text.
    fn text_max(self) -> Option<usize> {
        match self.ty()? {
            Type::Text { max, .. } => Some(*max),
            _ => None,
        }
    }

    /// The least length, if this is a list.
    fn array_min(self) -> Option<usize> {
        match self.ty()? {
            Type::Array { min, .. } => Some(*min),
            _ => None,
        }
    }

    /// The range, if this is an integer.
    fn integer(self) -> Option<(i64, i64)> {
        match self.ty()? {
            Type::Integer { min, max } => Some((*min, *max)),
            _ => None,
        }
    }
}

/// A place in a document: its path, what it holds, whether it is present
/// (an absent optional member can be added).
#[derive(Clone, Debug)]
struct Site {
    path: Pointer,
    place: Place,
    present: bool,
}

/// Every site of `value` (valid against the type at `at`), parents before children.
fn sites(shape: &'static Shape, at: TypeRef, value: &Value, path: &Pointer, out: &mut Vec<Site>) {
    let ty = shape.get(at);
    match (ty, value) {
        (Type::Object(object), Value::Object(members)) => {
            for member in &object.members {
                match members.get(&member.name) {
                    Some(v) => sites(shape, member.ty, v, &path.key(&member.name), out),
                    None => out.push(Site {
                        path: path.key(&member.name),
                        place: Place::Of(shape.get(member.ty)),
                        present: false,
                    }),
                }
            }
        }
        (Type::Text { .. }, Value::Object(members)) => {
            for lang in members.keys() {
                out.push(Site {
                    path: path.key(lang),
                    place: Place::TextValue,
                    present: true,
                });
            }
        }
        (Type::Array { items, .. }, Value::Array(elements)) => {
            for (i, element) in elements.iter().enumerate() {
                sites(shape, *items, element, &path.index(i), out);
            }
        }
        _ => {}
    }
    out.push(Site {
        path: path.clone(),
        place: Place::Of(ty),
        present: true,
    });
}

fn pick<T: Clone>(choices: &[T], index: &Index) -> Option<T> {
    if choices.is_empty() {
        return None;
    }
    choices.get(index.index(choices.len())).cloned()
}

const UNKNOWN_KEYS: &[&str] = &[
    "titel",
    "unknown",
    "Id",
    "",
    "a/b~c",
    "extension",
    "näst",
    "sv",
];
const BAD_IDS: &[&str] = &[
    "", "A", "Malmo", "a--b", "-a", "a-", "a_b", "miljö", "a b", "a\n", "\u{430}", "1.0", " a",
];
const BAD_DATES: &[&str] = &[
    "2023-02-29",
    "2100-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "2024-04-31",
    "0000-01-01",
    "2024-1-01",
    "24-01-01",
    "2024-01-01\n",
    "20240101",
    "2024-01-01T00:00:00Z",
    "",
    "２０２４-01-01",
    "+2024-01-01",
    "2024/01/01",
    " 2024-01-01",
    "10000-01-01",
];
const BAD_TAGS: &[&str] = &[
    "EN",
    "e",
    "english",
    "en_GB",
    "en-",
    "en-G",
    "en-abcdefghi",
    "",
    "sv\n",
    "s v",
    "1a",
    "SV",
    "sv-",
];
const BLANKS: &[&str] = &[
    "",
    " ",
    "\t\n",
    "\u{3000}",
    "\u{a0}\u{2028}",
    "\u{85}",
    "\r\n\u{202f}\u{205f}",
    "\u{1680}\u{200a}",
];
const BAD_ENUMS: &[&str] = &["", "Active", "unknown", "eu ", "EU", "high\n"];
const BAD_VERSIONS: &[&str] = &["2.0", "1", "1.0.0", "", "1.0\n", " 1.0", "v1.0"];
const BAD_MUNICIPALITY_CODES: &[&str] = &["128", "12800", "12a0", "١٢٨٠", "1280\n", "", " 1280"];
const BAD_COUNTRIES: &[&str] = &["se", "SWE", "S", "S1", "SE\n", "", "Se"];
const BAD_URLS: &[&str] = &[
    "malmo.se",
    "ftp://a",
    "https://",
    "https://a b",
    "https://a\n",
    "http://a\u{3000}b",
    "HTTPS://a",
    "",
];
const BAD_KOLADA: &[&str] = &[
    "n00914", "N0091", "N009145", "NN0914", "N00914\n", "", "Ö00914",
];

/// Applies `mutation` at `site` of `doc`, with `choice` picking among its
/// variants; the expected code and path, or `None` when it does not apply.
fn apply(
    doc: &mut Value,
    mutation: Mutation,
    site: &Site,
    choice: &Index,
) -> Option<(Code, String)> {
    let path = site.path.as_str();
    let code = mutation.code();
    let place = site.place;
    let coded = |kind: StringKind| place.coded(kind);
    let set_string = |doc: &mut Value, choices: &[&str]| -> Option<(Code, String)> {
        let value = pick(choices, choice)?;
        set(doc, path, Value::String(value.to_owned()))?;
        Some((code, path.to_owned()))
    };
    match mutation {
        Mutation::DropRequired => {
            let member = pick(&place.required(), choice)?;
            doc.pointer_mut(path)?.as_object_mut()?.remove(&member)?;
            Some((code, site.path.key(&member).into_string()))
        }
        Mutation::UnknownField => {
            let object = place.object()?;
            let allowed: Vec<&str> = UNKNOWN_KEYS
                .iter()
                .copied()
                .filter(|k| object.member(k).is_none())
                .collect();
            let key = pick(&allowed, choice)?;
            doc.pointer_mut(path)?
                .as_object_mut()?
                .insert(key.to_owned(), Value::from(1));
            Some((code, site.path.key(key).into_string()))
        }
        Mutation::WrongType => {
            let expected = place.json_type();
            let others: Vec<Value> = [
                Value::Null,
                Value::Bool(true),
                Value::from(7),
                Value::from(1.5),
                Value::from("x"),
                Value::Array(Vec::new()),
                Value::Object(Map::new()),
                Value::Array(vec![Value::from("sv")]),
            ]
            .into_iter()
            .filter(|v| {
                let t = match v {
                    Value::Null => JsonType::Null,
                    Value::Bool(_) => JsonType::Boolean,
                    Value::Number(n) if n.is_f64() => JsonType::Number,
                    Value::Number(_) => JsonType::Integer,
                    Value::String(_) => JsonType::String,
                    Value::Array(_) => JsonType::Array,
                    Value::Object(_) => JsonType::Object,
                };
                t != expected && !(expected == JsonType::Number && t == JsonType::Integer)
            })
            .collect();
            let replacement = pick(&others, choice)?;
            set(doc, path, replacement)?;
            Some((code, path.to_owned()))
        }
        Mutation::ObjectAsArray => {
            place.object()?;
            let required = place.required();
            let slot = doc.pointer_mut(path)?;
            let object = slot.as_object()?;
            let values: Vec<Value> = required
                .iter()
                .filter_map(|k| object.get(k).cloned())
                .collect();
            *slot = Value::Array(values);
            Some((code, path.to_owned()))
        }
        Mutation::EnumAsObject => {
            if !(place.is_enum() || place.is_schema_version()) {
                return None;
            }
            let slot = doc.pointer_mut(path)?;
            let name = slot.as_str()?.to_owned();
            *slot = Value::Object(Map::from_iter([(name, Value::Null)]));
            Some((code, path.to_owned()))
        }
        Mutation::BadId if coded(StringKind::Id) => set_string(doc, BAD_IDS),
        Mutation::LongId if coded(StringKind::Id) => set_string(
            doc,
            &[
                "a".repeat(65).as_str(),
                format!("{}-b", "a".repeat(63)).as_str(),
            ],
        ),
        Mutation::BadDate if coded(StringKind::Date) => set_string(doc, BAD_DATES),
        Mutation::BadMunicipalityCode if coded(StringKind::MunicipalityCode) => {
            set_string(doc, BAD_MUNICIPALITY_CODES)
        }
        Mutation::BadCountryCode if coded(StringKind::CountryCode) => {
            set_string(doc, BAD_COUNTRIES)
        }
        Mutation::BadUrl if coded(StringKind::Url) => set_string(doc, BAD_URLS),
        Mutation::BadKoladaKpi if coded(StringKind::KoladaKpi) => set_string(doc, BAD_KOLADA),
        Mutation::BadReferenceString if coded(StringKind::ReferenceString) => set_string(
            doc,
            &[
                "",
                " SOU 2017:114",
                "SOU 2017:114 ",
                "SOU\n2017",
                "KS\n",
                "\u{3000}KS",
                "KS\u{85}",
                "K\u{7f}S",
                "Ö".repeat(65).as_str(),
            ],
        ),
        Mutation::BadEnum if place.is_enum() => set_string(doc, BAD_ENUMS),
        Mutation::SchemaVersion if place.is_schema_version() => set_string(doc, BAD_VERSIONS),
        Mutation::BadLangTag => {
            place.text_max()?;
            let text = doc.pointer_mut(path)?.as_object_mut()?;
            let tags: Vec<&str> = BAD_TAGS
                .iter()
                .copied()
                .filter(|t| !text.contains_key(*t))
                .collect();
            let tag = pick(&tags, choice)?;
            text.insert(tag.to_owned(), Value::from("text"));
            Some((code, site.path.key(tag).into_string()))
        }
        Mutation::BlankText | Mutation::LongText | Mutation::MissingSwedish => {
            let max = place.text_max()?;
            let text = doc.pointer_mut(path)?.as_object_mut()?;
            if mutation == Mutation::MissingSwedish {
                text.remove("sv")?;
                return Some((code, path.to_owned()));
            }
            let langs: Vec<String> = text.keys().cloned().collect();
            let lang = pick(&langs, choice)?;
            let value = if mutation == Mutation::BlankText {
                pick(BLANKS, choice)?.to_owned()
            } else {
                pick(&["a", "ö", "😀", " "], choice)?.repeat(max) + "x"
            };
            text.insert(lang.clone(), Value::String(value));
            Some((code, site.path.key(&lang).into_string()))
        }
        Mutation::EmptyList => {
            let min = place.array_min()?;
            if min == 0 {
                return None;
            }
            set(doc, path, Value::Array(Vec::new()))?;
            Some((code, path.to_owned()))
        }
        Mutation::BadNumber | Mutation::BadYear => {
            if !shape_fits(mutation, place) {
                return None;
            }
            let (min, max) = place.integer()?;
            let values = [
                Value::from(min - 1),
                Value::from(max.saturating_add(1)),
                Value::from(-1),
                Value::from(max as f64 + 1.0),
            ];
            set(doc, path, pick(&values, choice)?)?;
            Some((code, path.to_owned()))
        }
        _ => None,
    }
}

/// The shape of the version a (valid) document says it follows.
fn shape_of(doc: &Value) -> &'static Shape {
    let version = doc
        .get("schema_version")
        .and_then(Value::as_str)
        .and_then(|v| v.parse().ok())
        .unwrap_or(SchemaVersion::LATEST);
    Shape::of(version)
}

/// Sets the value at `path` (adding the member when the parent object lacks it).
fn set(doc: &mut Value, path: &str, value: Value) -> Option<()> {
    if let Some(slot) = doc.pointer_mut(path) {
        *slot = value;
        return Some(());
    }
    let (parent, last) = path.rsplit_once('/')?;
    let key = last.replace("~1", "/").replace("~0", "~");
    doc.pointer_mut(parent)?.as_object_mut()?.insert(key, value);
    Some(())
}

/// Whether `mutation` can be applied at `site`.
fn applies(mutation: Mutation, site: &Site) -> bool {
    let needs_present = !matches!(
        mutation,
        Mutation::BadId
            | Mutation::LongId
            | Mutation::BadDate
            | Mutation::BadEnum
            | Mutation::BadMunicipalityCode
            | Mutation::BadCountryCode
            | Mutation::BadUrl
            | Mutation::BadKoladaKpi
            | Mutation::BadReferenceString
    );
    (site.present || !needs_present) && shape_fits(mutation, site.place)
}

/// The bounds of an integer type as the shape holds them.
fn range_of<T: Into<i64>>(min: T, max: T) -> (i64, i64) {
    (min.into(), max.into())
}

/// Whether the shape of a site suits a mutation (independent of the document).
fn shape_fits(mutation: Mutation, place: Place) -> bool {
    match mutation {
        Mutation::DropRequired => !place.required().is_empty(),
        Mutation::UnknownField | Mutation::ObjectAsArray => place.object().is_some(),
        Mutation::WrongType => true,
        Mutation::EnumAsObject => place.is_enum() || place.is_schema_version(),
        Mutation::BadId | Mutation::LongId => place.coded(StringKind::Id),
        Mutation::BadDate => place.coded(StringKind::Date),
        Mutation::BadMunicipalityCode => place.coded(StringKind::MunicipalityCode),
        Mutation::BadCountryCode => place.coded(StringKind::CountryCode),
        Mutation::BadUrl => place.coded(StringKind::Url),
        Mutation::BadKoladaKpi => place.coded(StringKind::KoladaKpi),
        Mutation::BadReferenceString => place.coded(StringKind::ReferenceString),
        Mutation::BadEnum => place.is_enum(),
        Mutation::SchemaVersion => place.is_schema_version(),
        Mutation::BadLangTag
        | Mutation::BlankText
        | Mutation::LongText
        | Mutation::MissingSwedish => place.text_max().is_some(),
        Mutation::EmptyList => place.array_min().is_some_and(|min| min > 0),
        Mutation::BadNumber => {
            place.integer() == Some(range_of::<u32>(FocusAreaNumber::MIN, FocusAreaNumber::MAX))
        }
        Mutation::BadYear => place.integer() == Some(range_of::<u16>(Year::MIN, Year::MAX)),
    }
}

/// `doc` (a valid document) broken by `mutation` at one of its sites, chosen
/// by `site` and `choice`; the expected `(code, path)`, or `None` when the
/// document has no site for that mutation.
fn mutate(
    doc: &Value,
    mutation: Mutation,
    site: &Index,
    choice: &Index,
) -> Option<(Value, Code, String)> {
    let mut all = Vec::new();
    let shape = shape_of(doc);
    sites(shape, shape.root(), doc, &Pointer::root(), &mut all);
    let fitting: Vec<Site> = all.into_iter().filter(|s| applies(mutation, s)).collect();
    let site = pick(&fitting, site)?;
    let mut doc = doc.clone();
    let (code, path) = apply(&mut doc, mutation, &site, choice)?;
    Some((doc, code, path))
}

/// A valid programme (as JSON) broken by one mutation of the given kind; the
/// expected error code and JSON Pointer path. Documents with no site for the
/// mutation (e.g. no publication for [`Mutation::BadUrl`]) are skipped.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// use omvarld::testing::strategies::{mutated_document_with, Mutation};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let (doc, code, path) = mutated_document_with(Mutation::DropRequired).new_tree(&mut runner).unwrap().current();
/// let report = omvarld::validate(doc.to_string().as_bytes(), &Default::default());
/// assert_eq!(report.errors.len(), 1);
/// assert_eq!((report.errors[0].code, report.errors[0].path.as_str()), (code, path.as_str()));
/// ```
pub fn mutated_document_with(mutation: Mutation) -> BoxedStrategy<(Value, Code, String)> {
    (programme(), any::<Index>(), any::<Index>())
        .prop_filter_map("a site for the mutation", move |(p, site, choice)| {
            let doc = serde_json::to_value(&p).ok()?;
            mutate(&doc, mutation, &site, &choice)
        })
        .boxed()
}

/// A valid programme (as JSON) broken by exactly one structural mutation of
/// any kind; the expected error code and JSON Pointer path. The published
/// schema rejects the document and our validator reports exactly that one error.
///
/// ```
/// use proptest::prelude::*;
/// use proptest::test_runner::{Config, TestRunner};
///
/// let mut runner = TestRunner::new(Config { cases: 8, ..Config::default() });
/// runner
///     .run(&omvarld::testing::strategies::mutated_document(), |(doc, code, path)| {
///         let report = omvarld::validate(doc.to_string().as_bytes(), &Default::default());
///         prop_assert!(report.errors.iter().any(|e| e.code == code && e.path == path));
///         Ok(())
///     })
///     .unwrap();
/// ```
pub fn mutated_document() -> BoxedStrategy<(Value, Code, String)> {
    (
        programme(),
        select(Mutation::ALL),
        any::<Index>(),
        any::<Index>(),
    )
        .prop_filter_map("a site for the mutation", |(p, mutation, site, choice)| {
            let doc = serde_json::to_value(&p).ok()?;
            // Fall back to a mutation that always applies, so no case is wasted.
            mutate(&doc, mutation, &site, &choice)
                .or_else(|| mutate(&doc, Mutation::WrongType, &site, &choice))
        })
        .boxed()
}

/// A valid programme (as JSON) with the value at one of its places (any
/// member or element, or an absent optional member) replaced by `json_value()`.
/// The result may or may not be valid; the published schema and our validator
/// must agree on it.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let strategy = omvarld::testing::strategies::perturbed_document();
/// for _ in 0..16 {
///     let doc = strategy.new_tree(&mut runner).unwrap().current();
///     let report = omvarld::validate(doc.to_string().as_bytes(), &Default::default());
///     // Serialized JSON is never a syntax error, and every issue points into
///     // the document (a missing member: the object that lacks it).
///     for issue in report.errors.iter().chain(&report.warnings) {
///         assert_ne!(issue.code, omvarld::Code::Syntax);
///         let parent = issue.path.rsplit_once('/').map_or("", |(p, _)| p);
///         let missing = issue.code == omvarld::Code::Required && doc.pointer(parent).is_some();
///         assert!(doc.pointer(&issue.path).is_some() || missing, "{issue:?}");
///     }
/// }
/// ```
pub fn perturbed_document() -> BoxedStrategy<Value> {
    (programme(), any::<Index>(), json_value())
        .prop_filter_map("a place to perturb", |(p, at, value)| {
            let mut doc = serde_json::to_value(&p).ok()?;
            let mut all = Vec::new();
            let shape = shape_of(&doc);
            sites(shape, shape.root(), &doc, &Pointer::root(), &mut all);
            let site = pick(&all, &at)?;
            set(&mut doc, site.path.as_str(), value)?;
            Some(doc)
        })
        .boxed()
}
