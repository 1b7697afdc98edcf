//! The words of a report in Swedish and English.

use omvarld::model::{Assessment, BodyKind, Direction, Gender, ReferenceKind, Relation};
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
    pub(crate) upcoming: &'static str,
    pub(crate) from: &'static str,
    pub(crate) no_activities: &'static str,
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
    upcoming: "Kommande aktiviteter",
    from: "från",
    no_activities: "Inga kommande aktiviteter.",
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
    upcoming: "Upcoming activities",
    from: "from",
    no_activities: "No upcoming activities.",
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

/// A status as a heading.
pub(crate) fn status(lang: Lang, status: Status) -> &'static str {
    match status {
        Status::Draft => lang.pick("Draft", "Utkast"),
        Status::Adopted => lang.pick("Adopted", "Antagna"),
        Status::Active => lang.pick("Active", "Aktiva"),
        Status::Achieved => lang.pick("Achieved", "Uppnådda"),
        Status::Withdrawn => lang.pick("Withdrawn", "Återkallade"),
    }
}

/// A governance level.
pub(crate) fn level(lang: Lang, level: GovernanceLevel) -> &'static str {
    match level {
        GovernanceLevel::Local => lang.pick("local", "lokal"),
        GovernanceLevel::Regional => lang.pick("regional", "regional"),
        GovernanceLevel::National => lang.pick("national", "nationell"),
        GovernanceLevel::Eu => lang.pick("EU", "EU"),
        GovernanceLevel::International => lang.pick("international", "internationell"),
    }
}

/// A kind of arena.
pub(crate) fn kind(lang: Lang, kind: ArenaKind) -> &'static str {
    match kind {
        ArenaKind::EuCooperation => lang.pick("EU cooperation", "EU-samarbete"),
        ArenaKind::Intermunicipal => {
            lang.pick("inter-municipal cooperation", "mellankommunal samverkan")
        }
        ArenaKind::Network => lang.pick("network", "nätverk"),
        ArenaKind::Event => lang.pick("event", "evenemang"),
        ArenaKind::Forum => lang.pick("forum", "forum"),
        ArenaKind::Bilateral => lang.pick("bilateral", "bilateralt"),
        ArenaKind::Other => lang.pick("other", "annat"),
    }
}

/// A priority.
pub(crate) fn priority(lang: Lang, priority: Priority) -> &'static str {
    match priority {
        Priority::High => lang.pick("high", "hög"),
        Priority::Medium => lang.pick("medium", "medel"),
        Priority::Low => lang.pick("low", "låg"),
    }
}

/// A status of one position, in running text (`aktiv`, `active`).
pub(crate) fn status_of_one(lang: Lang, status: Status) -> &'static str {
    match status {
        Status::Draft => lang.pick("draft", "utkast"),
        Status::Adopted => lang.pick("adopted", "antagen"),
        Status::Active => lang.pick("active", "aktiv"),
        Status::Achieved => lang.pick("achieved", "uppnådd"),
        Status::Withdrawn => lang.pick("withdrawn", "återkallad"),
    }
}

/// How far a position has got through (genomslag).
pub(crate) fn assessment(lang: Lang, assessment: Assessment) -> &'static str {
    match assessment {
        Assessment::Full => lang.pick("full", "helt"),
        Assessment::Partial => lang.pick("partial", "delvis"),
        Assessment::None => lang.pick("none", "inget"),
        Assessment::NotAssessed => lang.pick("not assessed", "ej bedömt"),
    }
}

/// A kind of referenced document.
pub(crate) fn reference_kind(lang: Lang, kind: ReferenceKind) -> &'static str {
    match kind {
        ReferenceKind::GovernmentInquiry => lang.pick("government inquiry", "statlig utredning"),
        ReferenceKind::MinistryMemo => lang.pick("ministry memorandum", "promemoria"),
        ReferenceKind::CommitteeDirective => lang.pick("committee directive", "kommittédirektiv"),
        ReferenceKind::GovernmentBill => lang.pick("government bill", "proposition"),
        ReferenceKind::EuDocument => lang.pick("EU document", "EU-dokument"),
        ReferenceKind::EuConsultation => lang.pick("EU consultation", "EU-samråd"),
        ReferenceKind::AgencyReport => lang.pick("agency report", "myndighetsrapport"),
        ReferenceKind::Report => lang.pick("report", "rapport"),
        ReferenceKind::Other => lang.pick("other", "annat"),
    }
}

/// How a position relates to a document, before its title.
pub(crate) fn relation(lang: Lang, relation: Relation) -> &'static str {
    match relation {
        Relation::Answers => lang.pick("Responds to", "Svar på"),
        Relation::RestsOn => lang.pick("Rests on", "Grundar sig på"),
    }
}

/// A kind of decision-making body.
pub(crate) fn body_kind(lang: Lang, kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::Council => lang.pick("municipal council", "kommunfullmäktige"),
        BodyKind::ExecutiveBoard => lang.pick("executive board", "kommunstyrelse"),
        BodyKind::Committee => lang.pick("committee", "nämnd"),
        BodyKind::Subcommittee => lang.pick("subcommittee", "utskott"),
        BodyKind::Company => lang.pick("municipal company", "kommunalt bolag"),
        BodyKind::Federation => lang.pick("federation of municipalities", "kommunalförbund"),
        BodyKind::Administration => lang.pick("administration", "förvaltning"),
        BodyKind::Other => lang.pick("other", "annat"),
    }
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
