//! A seeded generator of large valid programmes, for benchmarks and load tests.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::model::{
    Activity, AdvocacyPosition, Assessment, Body, BodyKind, Date, Decision, Direction, FollowUp,
    Id, IndicatorResult, Limit, LimitedText, NonEmpty, Priority, Programme, Reference,
    ReferenceKind, Relation, SchemaVersion, Shift, Source, Status, Target, Year,
};
use crate::{GovernanceLevel, Period};

const WORDS_SV: &[&str] = &[
    "Malmö",
    "staten",
    "regionen",
    "behöver",
    "stärka",
    "finansiering",
    "för",
    "bostäder",
    "kollektivtrafik",
    "utbildning",
    "arbetsmarknad",
    "integration",
    "klimat",
    "omställning",
    "kommunerna",
    "ansvar",
    "resurser",
    "långsiktiga",
    "villkor",
    "infrastruktur",
    "Öresund",
    "pendling",
    "kompetens",
    "näringsliv",
    "trygghet",
    "välfärd",
    "investeringar",
    "och",
    "med",
    "i",
    "till",
    "ska",
    "bör",
    "nationella",
    "regelverk",
    "förenklas",
    "så",
    "att",
    "staden",
];
const WORDS_EN: &[&str] = &[
    "Malmö",
    "the state",
    "the region",
    "needs",
    "to strengthen",
    "funding",
    "for",
    "housing",
    "public transport",
    "education",
    "labour market",
    "integration",
    "climate",
    "transition",
    "municipalities",
    "responsibility",
    "resources",
    "long-term",
    "conditions",
    "infrastructure",
    "Öresund",
    "commuting",
    "skills",
    "business",
    "safety",
    "welfare",
    "investment",
    "and",
    "with",
    "in",
    "to",
    "shall",
    "should",
    "national",
    "rules",
    "be simplified",
    "so",
    "that",
    "the city",
];
const BODIES: &[(GovernanceLevel, &str, &str)] = &[
    (GovernanceLevel::National, "Regeringen", "The Government"),
    (GovernanceLevel::National, "Riksdagen", "The Riksdag"),
    (GovernanceLevel::Regional, "Region Skåne", "Region Skåne"),
    (
        GovernanceLevel::Eu,
        "Europeiska kommissionen",
        "The European Commission",
    ),
    (
        GovernanceLevel::National,
        "Trafikverket",
        "The Swedish Transport Administration",
    ),
];

fn sentence(rng: &mut StdRng, words: usize) -> (String, String) {
    let mut sv = String::new();
    let mut en = String::new();
    for i in 0..words {
        let w = rng.random_range(0..WORDS_SV.len());
        if i > 0 {
            sv.push(' ');
            en.push(' ');
        }
        sv.push_str(WORDS_SV.get(w).copied().unwrap_or("och"));
        en.push_str(WORDS_EN.get(w).copied().unwrap_or("and"));
    }
    sv.push('.');
    en.push('.');
    (sv, en)
}

fn text<L: Limit>(rng: &mut StdRng, words: usize) -> LimitedText<L> {
    let (sv, en) = sentence(rng, words);
    LimitedText::from_pairs([("sv", sv), ("en", en)])
        .unwrap_or_else(|e| unreachable!("generated text is valid: {e}"))
}

fn id(value: &str) -> Id {
    value
        .parse()
        .unwrap_or_else(|e| unreachable!("generated id is valid: {e}"))
}

fn date(rng: &mut StdRng, from_year: i32) -> Date {
    let year = from_year + rng.random_range(0..3);
    Date::from_ymd(year, rng.random_range(1..=12), rng.random_range(1..=28))
        .unwrap_or_else(|e| unreachable!("generated date is valid: {e}"))
}

fn pick(rng: &mut StdRng, from: &[Id], n: usize) -> Vec<Id> {
    let mut out: Vec<Id> = Vec::with_capacity(n);
    let start = rng.random_range(0..from.len().max(1));
    for k in 0..n.min(from.len()) {
        if let Some(id) = from.get((start + k) % from.len()) {
            out.push(id.clone());
        }
    }
    out
}

/// A valid 1.1 programme that uses every member 1.1 added: [`generate_1_0`]
/// plus two bodies, an indicator with ten years of results per focus area,
/// and on every position two asks, a shift, a decision, a reference and a
/// two-entry follow-up log (about 3 kB a position when pretty-printed).
/// The same seed always gives the same programme; it has no warnings.
///
/// ```
/// use omvarld::testing::generate;
/// let programme = generate(10, 1);
/// assert_eq!(programme.positions.len(), 10);
/// assert!(!programme.bodies.is_empty());
/// assert_eq!(generate(10, 1), programme); // the same seed, the same programme
/// let report = programme.validate(&Default::default());
/// assert!(report.valid() && report.warnings.is_empty());
/// ```
#[must_use]
pub fn generate(positions: usize, seed: u64) -> Programme {
    let mut p = generate_1_0(positions, seed);
    p.schema_version = SchemaVersion::V1_1;
    p.schema = crate::schema::schema_url(SchemaVersion::V1_1, "programme")
        .parse()
        .ok();
    let mut rng = StdRng::seed_from_u64(seed ^ 0x11);
    p.bodies = vec![
        Body::new(id("kf"), text(&mut rng, 1), BodyKind::Council),
        Body::new(id("ks"), text(&mut rng, 1), BodyKind::ExecutiveBoard),
    ];
    let retrieved = Date::from_ymd(2026, 11, 30).unwrap_or_else(|e| unreachable!("{e}"));
    for (k, area) in p.focus_areas.iter_mut().enumerate() {
        let mut indicator =
            crate::model::Indicator::new(id(&format!("indikator-{k}")), text(&mut rng, 3));
        indicator.direction = Some(Direction::Increase);
        indicator.results = (2015u16..2025)
            .filter_map(|year| {
                let mut result =
                    IndicatorResult::new(Year::try_from(year).ok()?, rng.random_range(0.0..100.0));
                let name = "Kolada".parse().ok()?;
                result.source = Some(Source::new(name, retrieved));
                Some(result)
            })
            .collect();
        area.direction_goal.indicators.push(indicator);
    }
    for (k, position) in p.positions.iter_mut().enumerate() {
        let adopted = position.adopted.unwrap_or(retrieved);
        position.asks = vec![text(&mut rng, 12), text(&mut rng, 10)];
        position.shift = Some(Shift::new(text(&mut rng, 8), text(&mut rng, 8)));
        let mut decision = Decision::new(id(if k % 3 == 0 { "kf" } else { "ks" }), adopted);
        decision.reference = format!("KS-{}-{k}", adopted.year()).parse().ok();
        position.decision = Some(decision);
        let mut reference = Reference::new(
            text(&mut rng, 6),
            *ReferenceKind::ALL
                .get(k % ReferenceKind::ALL.len())
                .unwrap_or(&ReferenceKind::Other),
            if k % 2 == 0 {
                Relation::Answers
            } else {
                Relation::RestsOn
            },
        );
        reference.identifier = format!("SOU 2024:{}", k % 100 + 1).parse().ok();
        position.references = vec![reference];
        let mut first = FollowUp::status(adopted, position.status);
        first.note = Some(text(&mut rng, 10));
        let later =
            Date::from_ymd(adopted.year() + 1, adopted.month(), adopted.day()).unwrap_or(adopted);
        position.follow_up = vec![first, FollowUp::assessed(later, Assessment::Partial)];
    }
    p
}

/// A valid 1.0 programme: the built-in Malmö programme with a period,
/// `positions` advocacy positions (about 1.7 kB each when pretty-printed),
/// one activity per 20 positions and one publication per 100. The same seed
/// always gives the same programme; every focus area and aim is covered.
///
/// ```
/// let programme = omvarld::testing::generate_1_0(5, 2);
/// assert_eq!(programme.schema_version, omvarld::SchemaVersion::V1_0);
/// assert!(programme.bodies.is_empty());
/// assert!(programme.validate(&Default::default()).valid());
/// ```
#[must_use]
pub fn generate_1_0(positions: usize, seed: u64) -> Programme {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut p = crate::malmo();
    // As a 1.0 document: without the members 1.1 added.
    p.schema_version = SchemaVersion::V1_0;
    p.schema = None;
    for publication in &mut p.publications {
        publication.kind = None;
    }
    p.period = Some(Period {
        start: Date::from_ymd(2024, 1, 1).unwrap_or_else(|e| unreachable!("{e}")),
        end: Date::from_ymd(2027, 12, 31).ok(),
        extensions: None,
    });
    let areas: Vec<Id> = p.focus_areas.iter().map(|f| f.id.clone()).collect();
    let aims: Vec<Id> = p.contribution_aims.iter().map(|a| a.id.clone()).collect();
    let arenas: Vec<Id> = p.arenas.iter().map(|a| a.id.clone()).collect();
    let statuses = [
        Status::Adopted,
        Status::Active,
        Status::Active,
        Status::Draft,
        Status::Achieved,
    ];
    for k in 0..positions {
        let (level, sv, en) = BODIES.get(k % BODIES.len()).copied().unwrap_or((
            GovernanceLevel::National,
            "Regeringen",
            "The Government",
        ));
        let adopted = date(&mut rng, 2024);
        let review_by = Date::from_ymd(adopted.year() + 2, adopted.month(), adopted.day()).ok();
        // The first positions cover every area and aim, so the document has no warnings.
        let mut focus_areas = pick(&mut rng, &areas, 1 + k % 2);
        let mut contribution_aims = pick(&mut rng, &aims, 1 + k % 3);
        if let (Some(a), Some(b)) = (areas.get(k), aims.get(k)) {
            focus_areas = vec![a.clone()];
            contribution_aims = vec![b.clone()];
        }
        let words = rng.random_range(25..45);
        let mut position = AdvocacyPosition::new(
            id(&format!("position-{k}")),
            text(&mut rng, 6),
            text(&mut rng, words),
            NonEmpty::try_from(focus_areas)
                .unwrap_or_else(|e| unreachable!("pick takes at least one: {e}")),
            NonEmpty::new(Target::new(
                level,
                LimitedText::from_pairs([("sv", sv), ("en", en)])
                    .unwrap_or_else(|e| unreachable!("{e}")),
            )),
            if k < aims.len() {
                Status::Active
            } else {
                *statuses.get(k % statuses.len()).unwrap_or(&Status::Active)
            },
        );
        position.rationale = Some(text(&mut rng, 20));
        position.contribution_aims = contribution_aims;
        position.arenas = pick(&mut rng, &arenas, 1);
        position.priority = Priority::ALL.get(k % Priority::ALL.len()).copied();
        position.owner = Some("Stadskontoret".to_owned());
        position.adopted = Some(adopted);
        position.review_by = review_by;
        p.positions.push(position);
    }
    for k in 0..positions / 20 {
        let starts = date(&mut rng, 2024);
        let carried: Vec<Id> = (0..3)
            .map(|j| id(&format!("position-{}", (k * 20 + j) % positions)))
            .collect();
        p.activities.push(Activity {
            id: id(&format!("activity-{k}")),
            title: text(&mut rng, 5),
            starts,
            ends: Some(starts),
            arena: arenas.get(k % arenas.len()).cloned(),
            positions: carried,
            description: Some(text(&mut rng, 20)),
            extensions: None,
        });
    }
    if let Some(publication) = p.publications.first_mut() {
        publication.positions = (0..positions.min(100))
            .map(|k| id(&format!("position-{k}")))
            .collect();
    }
    p
}

/// [`generate`] written as pretty-printed JSON bytes.
///
/// ```
/// let bytes = omvarld::testing::generate_json(3, 7);
/// assert!(omvarld::validate(&bytes, &Default::default()).valid());
/// ```
#[must_use]
pub fn generate_json(positions: usize, seed: u64) -> Vec<u8> {
    serde_json::to_vec_pretty(&generate(positions, seed)).unwrap_or_default()
}

/// [`generate_1_0`] written as pretty-printed JSON bytes.
///
/// ```
/// let bytes = omvarld::testing::generate_json_1_0(3, 7);
/// let programme = omvarld::parse::from_slice(&bytes).unwrap();
/// assert_eq!(programme.schema_version.as_str(), "1.0");
/// ```
#[must_use]
pub fn generate_json_1_0(positions: usize, seed: u64) -> Vec<u8> {
    serde_json::to_vec_pretty(&generate_1_0(positions, seed)).unwrap_or_default()
}
