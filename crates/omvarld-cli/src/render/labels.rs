//! The words of a report in Swedish and English.

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
