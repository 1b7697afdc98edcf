//! The built-in Malmö programme: Malmö stad's programme for strategic
//! external relations work, from the city's own text.
//!
//! Swedish texts are the city's wording, verbatim; English translations are
//! added. There are no positions: the programme text names none, and none
//! are invented.

use crate::model::{
    Arena, ArenaKind, ContributionAim, DirectionGoal, FocusArea, FocusAreaNumber, GovernanceLevel,
    Id, Limit, LimitedText, NonEmpty, Organisation, Programme, Publication, PublicationKind,
    SchemaVersion,
};

/// A built-in text. Every call site passes constants that the tests check, so
/// the fallback is never taken.
fn text<L: Limit>(sv: &str, en: &str) -> LimitedText<L> {
    LimitedText::from_pairs([("sv", sv), ("en", en)])
        .unwrap_or_else(|e| unreachable!("built-in text {sv:?} is valid: {e}"))
}

fn id(value: &str) -> Id {
    value
        .parse()
        .unwrap_or_else(|e| unreachable!("built-in id is valid: {e}"))
}

/// The six focus areas: id, short title (sv, en), direction goal (sv verbatim, en).
const FOCUS_AREAS: [(&str, &str, &str, &str, &str); 6] = [
    (
        "arbetsmarknad",
        "Arbetsmarknad och sysselsättning",
        "Labour market and employment",
        "En välfungerande och integrerad arbetsmarknad samt ökad sysselsättning",
        "A well-functioning and integrated labour market and increased employment",
    ),
    (
        "migration-och-social-sammanhallning",
        "Migration och social sammanhållning",
        "Migration and social cohesion",
        "Migration och social sammanhållning",
        "Migration and social cohesion",
    ),
    (
        "utbildning-och-kompetensforsorjning",
        "Utbildning och kompetensförsörjning",
        "Education and skills supply",
        "Förbättrad utbildning och säkerställande av kompetensförsörjning",
        "Improved education and a secure supply of skills",
    ),
    (
        "transportinfrastruktur",
        "Transportinfrastruktur",
        "Transport infrastructure",
        "Förbättrad transportinfrastruktur",
        "Improved transport infrastructure",
    ),
    (
        "bostader",
        "Bostäder",
        "Housing",
        "Ökat bostadsbyggande och upprustning av bostadsområden",
        "More housing construction and renewal of residential areas",
    ),
    (
        "miljo-och-klimat",
        "Miljö och klimat",
        "Environment and climate",
        "Miljö och klimat",
        "Environment and climate",
    ),
];

/// The seed's sentence on arenas (verbatim), and its translation.
const ARENAS_SV: &str = "Genom att använda internationella, nationella och regionala omvärldsarenor, såsom t.ex. EU-samarbete eller mellankommunal samverkan, kan Malmö stads prioriterade verksamhetsmål få större genomslagskraft.";
const ARENAS_EN: &str = "By using international, national and regional arenas, such as EU cooperation or inter-municipal cooperation, the City of Malmö's priority goals can gain greater impact.";

/// The seven contribution aims: id, title (sv verbatim, en).
const CONTRIBUTION_AIMS: [(&str, &str, &str); 7] = [
    ("storre-genomslag", "Större genomslag", "Greater impact"),
    (
        "ledning-och-samordning",
        "Ledning och samordning",
        "Leadership and coordination",
    ),
    (
        "en-rost-utat",
        "En röst utåt",
        "One voice to the outside world",
    ),
    (
        "nationell-paverkan",
        "Nationell påverkan",
        "National influence",
    ),
    (
        "omvarldsperspektiv-i-verksamheten",
        "Omvärldsperspektiv i verksamheten",
        "An outward-looking perspective in the city's services",
    ),
    (
        "effektiv-resurshantering",
        "Effektiv resurshantering",
        "Efficient use of resources",
    ),
    ("profilering", "Profilering", "Raising the city's profile"),
];

/// Malmö stad's programme for strategic external relations work (program för
/// strategiskt omvärldsarbete i Malmö): six focus areas with their direction
/// goals, the seven contribution aims, the arenas the programme names (EU
/// cooperation, inter-municipal cooperation, Almedalsveckan) and the folder
/// "Det här vill Malmö". It has no positions of its own.
///
/// ```
/// let malmo = omvarld::malmo();
/// assert_eq!(malmo.organisation.name.sv(), "Malmö stad");
/// assert_eq!(malmo.focus_areas[5].direction_goal.statement.sv(), "Miljö och klimat");
/// assert_eq!(malmo.contribution_aims.len(), 7);
/// assert!(malmo.positions.is_empty());
/// ```
#[must_use]
pub fn malmo() -> Programme {
    let focus_areas: Vec<FocusArea> = FOCUS_AREAS
        .iter()
        .zip(1_u32..)
        .map(
            |(&(area_id, title_sv, title_en, goal_sv, goal_en), number)| FocusArea {
                id: id(area_id),
                number: FocusAreaNumber::try_from(number)
                    .unwrap_or_else(|e| unreachable!("numbers count from 1: {e}")),
                title: text(title_sv, title_en),
                direction_goal: DirectionGoal {
                    statement: text(goal_sv, goal_en),
                    indicators: Vec::new(),
                    extensions: None,
                },
                description: None,
                extensions: None,
            },
        )
        .collect();
    let focus_areas = NonEmpty::try_from(focus_areas)
        .unwrap_or_else(|e| unreachable!("there are six focus areas: {e}"));
    let contribution_aims = CONTRIBUTION_AIMS
        .iter()
        .map(|&(aim_id, sv, en)| ContributionAim {
            id: id(aim_id),
            title: text(sv, en),
            description: None,
            extensions: None,
        })
        .collect();
    let arenas = vec![
        Arena {
            id: id("eu-samarbete"),
            name: text("EU-samarbete", "EU cooperation"),
            level: GovernanceLevel::Eu,
            kind: ArenaKind::EuCooperation,
            description: Some(text(ARENAS_SV, ARENAS_EN)),
            extensions: None,
        },
        Arena {
            id: id("mellankommunal-samverkan"),
            name: text("Mellankommunal samverkan", "Inter-municipal cooperation"),
            level: GovernanceLevel::Regional,
            kind: ArenaKind::Intermunicipal,
            description: Some(text(ARENAS_SV, ARENAS_EN)),
            extensions: None,
        },
        Arena {
            id: id("almedalsveckan"),
            name: text("Almedalsveckan", "Almedalen Week"),
            level: GovernanceLevel::National,
            kind: ArenaKind::Event,
            description: Some(text(
                "Dokumentet är en gemensam utgångspunkt för nationella aktiviteter som till exempel medverkan under Almedalsveckan.",
                "The document \"Det här vill Malmö\" is a shared starting point for national activities such as taking part in Almedalen Week.",
            )),
            extensions: None,
        },
    ];
    let publications = vec![Publication {
        id: id("det-har-vill-malmo"),
        title: text("Det här vill Malmö", "This is what Malmö wants"),
        published: None,
        url: None,
        positions: Vec::new(),
        kind: Some(PublicationKind::PositionFolder),
        identifier: None,
        extensions: None,
    }];
    Programme {
        schema: crate::schema::schema_url(SchemaVersion::LATEST, "programme").parse().ok(),
        schema_version: SchemaVersion::LATEST,
        id: id("malmo-strategiskt-omvarldsarbete"),
        title: text(
            "Program för strategiskt omvärldsarbete i Malmö",
            "Programme for strategic external relations work in Malmö",
        ),
        organisation: Organisation {
            name: text("Malmö stad", "City of Malmö"),
            municipality_code: "1280".parse().ok(),
            country: "SE".parse().ok(),
            extensions: None,
        },
        adopted: None,
        period: None,
        summary: Some(text(
            "Malmö påverkar och påverkas av sin omgivning regionalt, nationellt och internationellt. Beslut som fattas i omvärlden har stor inverkan på Malmös tillväxt och välfärd.",
            "Malmö influences and is influenced by its surroundings regionally, nationally and internationally. Decisions taken in the outside world have a great impact on Malmö's growth and welfare.",
        )),
        focus_areas,
        contribution_aims,
        arenas,
        bodies: Vec::new(),
        positions: Vec::new(),
        activities: Vec::new(),
        publications,
        extensions: None,
    }
}
