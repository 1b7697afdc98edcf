//! The words of a report in Swedish and English.

use omvarld::model::{
    Assessment, BodyKind, Direction, Gender, PublicationKind, ReferenceKind, Relation,
};
use omvarld::{ArenaKind, GovernanceLevel, Lang, Priority, Status};

/// Headings and fixed phrases of a report, in one language.
#[derive(Debug)]
pub(crate) struct Labels {
    pub(crate) lang: &'static str,
    pub(crate) report: &'static str,
    pub(crate) organisation: &'static str,
    pub(crate) adopted: &'static str,
    pub(crate) period: &'static str,
    pub(crate) errors: &'static str,
    pub(crate) errors_note: &'static str,
    /// After the count of warnings and `; `; backticks mark code.
    pub(crate) warnings_note: &'static str,
    pub(crate) focus_areas: &'static str,
    pub(crate) focus_area: &'static str,
    pub(crate) direction_goal: &'static str,
    pub(crate) no_positions: &'static str,
    pub(crate) coverage: &'static str,
    pub(crate) coverage_note: &'static str,
    pub(crate) total: &'static str,
    pub(crate) aims: &'static str,
    pub(crate) aim_key: &'static str,
    pub(crate) arenas: &'static str,
    pub(crate) arena: &'static str,
    pub(crate) kind: &'static str,
    pub(crate) level: &'static str,
    pub(crate) no_arenas: &'static str,
    pub(crate) activities: &'static str,
    /// How the activities are ordered and, with `{date}` for today, which are marked.
    pub(crate) activities_note: &'static str,
    /// How the activities are ordered, when today is not known.
    pub(crate) activities_order: &'static str,
    /// The mark of an activity that ended before today.
    pub(crate) ended: &'static str,
    /// The mark of an activity that is going on today.
    pub(crate) ongoing: &'static str,
    pub(crate) no_activities: &'static str,
    pub(crate) publications: &'static str,
    pub(crate) no_publications: &'static str,
    /// Before a publication's date.
    pub(crate) published: &'static str,
    /// The positions of an activity or a publication.
    pub(crate) positions: &'static str,
    pub(crate) description: &'static str,
    pub(crate) indicators: &'static str,
    pub(crate) indicator: &'static str,
    pub(crate) unit: &'static str,
    pub(crate) kolada_kpi: &'static str,
    /// Which way is better.
    pub(crate) direction: &'static str,
    pub(crate) latest_result: &'static str,
    /// Motivering.
    pub(crate) rationale: &'static str,
    /// The contribution aims of a position.
    pub(crate) contributes_to: &'static str,
    /// The arenas of a position.
    pub(crate) position_arenas: &'static str,
    /// The responsible unit (ansvarig).
    pub(crate) owner: &'static str,
    /// Ses över senast.
    pub(crate) review_by: &'static str,
    pub(crate) priority: &'static str,
    pub(crate) line: &'static str,
    pub(crate) column: &'static str,
    pub(crate) partial: &'static str,
    pub(crate) untitled: &'static str,
    /// Krav.
    pub(crate) asks: &'static str,
    /// Positionsförflyttning.
    pub(crate) shift: &'static str,
    /// Beslut.
    pub(crate) decision: &'static str,
    /// Underlag.
    pub(crate) references: &'static str,
    /// The latest entry of the uppföljning.
    pub(crate) follow_up: &'static str,
    /// Genomslag, before its value.
    pub(crate) assessment: &'static str,
    /// Before a case number (diarienummer).
    pub(crate) case_number: &'static str,
    /// Beslutande organ.
    pub(crate) bodies: &'static str,
    pub(crate) body: &'static str,
    pub(crate) decided: &'static str,
    /// Utgångsvärde.
    pub(crate) baseline: &'static str,
    /// Utfall.
    pub(crate) result: &'static str,
    /// Målvärde.
    pub(crate) target: &'static str,
    pub(crate) year: &'static str,
    pub(crate) value: &'static str,
    /// Which figure a table row is: baseline, result or target.
    pub(crate) figure: &'static str,
    pub(crate) gender: &'static str,
    /// The heading of an indicator's figures under its chart.
    pub(crate) figures: &'static str,
}

const SV: Labels = Labels {
    lang: "sv",
    report: "Sammanställning",
    organisation: "Organisation",
    adopted: "Antagen",
    period: "Period",
    errors: "Fel",
    errors_note: "Dokumentet är inte giltigt; sammanställningen visar det som gick att läsa.",
    warnings_note: "kör `omvarld validate` för detaljer.",
    focus_areas: "Fokusområden",
    focus_area: "Fokusområde",
    direction_goal: "Inriktningsmål",
    no_positions: "Inga ståndpunkter.",
    coverage: "Täckning: fokusområden × bidrag",
    coverage_note:
        "Antal antagna eller aktiva ståndpunkter per fokusområde och bidrag; – betyder inget.",
    total: "Totalt",
    aims: "Arbetet ska bidra till",
    aim_key: "B",
    arenas: "Omvärldsarenor",
    arena: "Arena",
    kind: "Typ",
    level: "Nivå",
    no_arenas: "Inga arenor.",
    activities: "Aktiviteter",
    activities_note: "I datumordning efter första dagen, den tidigaste först. Aktiviteter som slutade före {date} är markerade som avslutade.",
    activities_order: "I datumordning efter första dagen, den tidigaste först.",
    ended: "avslutad",
    ongoing: "pågår",
    no_activities: "Inga aktiviteter.",
    publications: "Publikationer",
    no_publications: "Inga publikationer.",
    published: "publicerad",
    positions: "Ståndpunkter",
    description: "Beskrivning",
    indicators: "Indikatorer",
    indicator: "Indikator",
    unit: "Enhet",
    kolada_kpi: "Kolada",
    direction: "Riktning",
    latest_result: "Senaste utfall",
    rationale: "Motivering",
    contributes_to: "Bidrar till",
    position_arenas: "Arenor",
    owner: "Ansvarig",
    review_by: "Ses över senast",
    priority: "prioritet",
    line: "rad",
    column: "kolumn",
    partial: "Resten av dokumentet kunde inte läsas.",
    untitled: "(utan titel)",
    asks: "Krav",
    shift: "Positionsförflyttning",
    decision: "Beslut",
    references: "Underlag",
    follow_up: "Senaste uppföljning",
    assessment: "genomslag",
    case_number: "dnr",
    bodies: "Beslutande organ",
    body: "Organ",
    decided: "Beslutade ståndpunkter",
    baseline: "Utgångsvärde",
    result: "Utfall",
    target: "Målvärde",
    year: "År",
    value: "Värde",
    figure: "Avser",
    gender: "Kön",
    figures: "Alla värden",
};

const EN: Labels = Labels {
    lang: "en",
    report: "Summary",
    organisation: "Organisation",
    adopted: "Adopted",
    period: "Period",
    errors: "Errors",
    errors_note: "The document is not valid; the summary shows what could be read.",
    warnings_note: "run `omvarld validate` for details.",
    focus_areas: "Focus areas",
    focus_area: "Focus area",
    direction_goal: "Direction goal",
    no_positions: "No positions.",
    coverage: "Coverage: focus areas × contribution aims",
    coverage_note: "Adopted or active positions per focus area and aim; – means none.",
    total: "Total",
    aims: "The work contributes to",
    aim_key: "A",
    arenas: "Arenas",
    arena: "Arena",
    kind: "Kind",
    level: "Level",
    no_arenas: "No arenas.",
    activities: "Activities",
    activities_note: "In date order by first day, earliest first. Activities that ended before {date} are marked as ended.",
    activities_order: "In date order by first day, earliest first.",
    ended: "ended",
    ongoing: "ongoing",
    no_activities: "No activities.",
    publications: "Publications",
    no_publications: "No publications.",
    published: "published",
    positions: "Positions",
    description: "Description",
    indicators: "Indicators",
    indicator: "Indicator",
    unit: "Unit",
    kolada_kpi: "Kolada",
    direction: "Direction",
    latest_result: "Latest result",
    rationale: "Rationale",
    contributes_to: "Contributes to",
    position_arenas: "Arenas",
    owner: "Responsible",
    review_by: "Review by",
    priority: "priority",
    line: "line",
    column: "column",
    partial: "The rest of the document could not be read.",
    untitled: "(untitled)",
    asks: "Asks",
    shift: "Shift sought",
    decision: "Decision",
    references: "References",
    follow_up: "Latest follow-up",
    assessment: "impact",
    case_number: "case no.",
    bodies: "Decision-making bodies",
    body: "Body",
    decided: "Positions decided",
    baseline: "Baseline",
    result: "Result",
    target: "Target",
    year: "Year",
    value: "Value",
    figure: "Figure",
    gender: "Gender",
    figures: "All figures",
};

/// The labels for `lang`.
pub(crate) fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// The heading of the positions of one status; it names positions, so it
/// reads apart from a focus area's indicators.
pub(crate) fn status(lang: Lang, status: Status) -> &'static str {
    match status {
        Status::Draft => lang.pick("Draft positions", "Utkast till ståndpunkter"),
        Status::Adopted => lang.pick("Adopted positions", "Antagna ståndpunkter"),
        Status::Active => lang.pick("Active positions", "Aktiva ståndpunkter"),
        Status::Achieved => lang.pick("Achieved positions", "Uppnådda ståndpunkter"),
        Status::Withdrawn => lang.pick("Withdrawn positions", "Återkallade ståndpunkter"),
    }
}

/// A governance level (the core's label: `lokal`, `local`).
pub(crate) fn level(lang: Lang, level: GovernanceLevel) -> &'static str {
    level.label(lang)
}

/// A kind of arena (the core's label: `nätverk`, `network`).
pub(crate) fn kind(lang: Lang, kind: ArenaKind) -> &'static str {
    kind.label(lang)
}

/// A priority (the core's label: `hög`, `high`).
pub(crate) fn priority(lang: Lang, priority: Priority) -> &'static str {
    priority.label(lang)
}

/// A status of one position, in running text (the core's label: `aktiv`, `active`).
pub(crate) fn status_of_one(lang: Lang, status: Status) -> &'static str {
    status.label(lang)
}

/// How far a position has got through (genomslag; the core's label: `delvis`, `partial`).
pub(crate) fn assessment(lang: Lang, assessment: Assessment) -> &'static str {
    assessment.label(lang)
}

/// A kind of referenced document (the core's label: `promemoria`, `ministry memorandum`).
pub(crate) fn reference_kind(lang: Lang, kind: ReferenceKind) -> &'static str {
    kind.label(lang)
}

/// A kind of publication.
pub(crate) fn publication_kind(lang: Lang, kind: PublicationKind) -> &'static str {
    match kind {
        PublicationKind::PositionFolder => lang.pick("position folder", "ståndpunktsfolder"),
        PublicationKind::ConsultationResponse => lang.pick("consultation response", "remissvar"),
        PublicationKind::PositionPaper => lang.pick("position paper", "positionspapper"),
        PublicationKind::Report => lang.pick("report", "rapport"),
        PublicationKind::Other => lang.pick("other", "annan"),
    }
}

/// How a position relates to a document, before its title.
pub(crate) fn relation(lang: Lang, relation: Relation) -> &'static str {
    match relation {
        Relation::Answers => lang.pick("Responds to", "Svar på"),
        Relation::RestsOn => lang.pick("Rests on", "Grundar sig på"),
    }
}

/// A kind of decision-making body (the core's label: `nämnd`, `committee`).
pub(crate) fn body_kind(lang: Lang, kind: BodyKind) -> &'static str {
    kind.label(lang)
}

/// Whose figure a result is; `None` for the total.
pub(crate) fn gender(lang: Lang, gender: Gender) -> Option<&'static str> {
    match gender {
        Gender::Total => None,
        Gender::Female => Some(lang.pick("women", "kvinnor")),
        Gender::Male => Some(lang.pick("men", "män")),
    }
}

/// Which way an indicator should move.
pub(crate) fn direction(lang: Lang, direction: Direction) -> &'static str {
    match direction {
        Direction::Increase => lang.pick("higher is better", "högre är bättre"),
        Direction::Decrease => lang.pick("lower is better", "lägre är bättre"),
    }
}

/// A figure as readers of `lang` write it: `72,1` in Swedish, `72.1` in
/// English, no exponent, no trailing `.0`.
pub(crate) fn number(lang: Lang, value: f64) -> String {
    let text = format!("{value}");
    match lang {
        Lang::Sv => text.replace('.', ",").replace('-', "\u{2212}"),
        Lang::En => text,
    }
}

#[cfg(test)]
mod tests {
    use omvarld::Lang;

    use super::number;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number(Lang::Sv, 72.1), "72,1");
        assert_eq!(number(Lang::En, 72.1), "72.1");
        assert_eq!(number(Lang::Sv, 75.0), "75");
        assert_eq!(number(Lang::Sv, -0.5), "\u{2212}0,5");
        assert_eq!(number(Lang::En, 1e21), "1000000000000000000000");
    }
}
