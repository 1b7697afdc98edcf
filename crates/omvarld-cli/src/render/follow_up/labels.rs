//! The words of the follow-up report in Swedish and English, and how it
//! writes changes, shares and spans of time.

use omvarld::progress::Movement;
use omvarld::Lang;

use crate::render::labels::number;

/// Headings and fixed phrases of the follow-up report, in one language.
#[derive(Debug)]
pub(crate) struct FollowUpLabels {
    /// The kind of report (in the document title).
    pub(crate) report: &'static str,
    /// Before the as-of date in the facts line.
    pub(crate) as_of: &'static str,
    pub(crate) errors_note: &'static str,
    pub(crate) overdue: &'static str,
    /// What the overdue list holds; `{date}` is the as-of date.
    pub(crate) overdue_note: &'static str,
    pub(crate) no_overdue: &'static str,
    /// Without an as-of date.
    pub(crate) overdue_unknown: &'static str,
    /// The mark of an overdue review.
    pub(crate) overdue_mark: &'static str,
    pub(crate) statuses: &'static str,
    pub(crate) status: &'static str,
    pub(crate) count: &'static str,
    pub(crate) indicators: &'static str,
    /// How to read the table of an area's indicators.
    pub(crate) indicators_note: &'static str,
    pub(crate) no_indicators: &'static str,
    pub(crate) latest: &'static str,
    pub(crate) change: &'static str,
    pub(crate) desired: &'static str,
    pub(crate) to_target: &'static str,
    pub(crate) reached: &'static str,
    /// Before the previous result's year: `+2 sedan 2023`.
    pub(crate) since: &'static str,
    pub(crate) positions: &'static str,
    pub(crate) positions_note: &'static str,
    pub(crate) no_positions: &'static str,
    pub(crate) last_follow_up: &'static str,
    pub(crate) never: &'static str,
    pub(crate) log: &'static str,
    pub(crate) focus_areas: &'static str,
}

const SV: FollowUpLabels = FollowUpLabels {
    report: "Uppföljning",
    as_of: "Läget per",
    errors_note: "Dokumentet är inte giltigt; uppföljningen visar det som gick att läsa.",
    overdue: "Omprövning försenad",
    overdue_note: "Antagna och aktiva ståndpunkter som skulle ha setts över före {date}.",
    no_overdue: "Ingen antagen eller aktiv ståndpunkt har passerat sitt datum för omprövning.",
    overdue_unknown: "Inget datum att pröva mot; ange `--as-of`.",
    overdue_mark: "omprövning försenad",
    statuses: "Ståndpunkternas status",
    status: "Status",
    count: "Antal",
    indicators: "Indikatorer per fokusområde",
    indicators_note: "Senaste värde och förändring avser utfallet för alla (totalt). Kvar till målvärdet är skillnaden mellan målvärdet och det senaste värdet; inom parentes den del av avståndet från utgångsvärdet som återstår.",
    no_indicators: "Inga indikatorer.",
    latest: "Senaste värde",
    change: "Förändring sedan föregående",
    desired: "I önskad riktning",
    to_target: "Kvar till målvärdet",
    reached: "målvärdet är nått",
    since: "sedan",
    positions: "Ståndpunkter",
    positions_note: "Per status. Uppföljningen visas i datumordning, den äldsta först.",
    no_positions: "Inga ståndpunkter.",
    last_follow_up: "Senast följd upp",
    never: "aldrig",
    log: "Uppföljning",
    focus_areas: "Fokusområden",
};

const EN: FollowUpLabels = FollowUpLabels {
    report: "Follow-up",
    as_of: "As of",
    errors_note: "The document is not valid; the follow-up shows what could be read.",
    overdue: "Review overdue",
    overdue_note: "Adopted and active positions that were to be reviewed before {date}.",
    no_overdue: "No adopted or active position is past its review date.",
    overdue_unknown: "No date to check against; give `--as-of`.",
    overdue_mark: "review overdue",
    statuses: "Status of the positions",
    status: "Status",
    count: "Number",
    indicators: "Indicators by focus area",
    indicators_note: "The latest value and the change are of the result for everyone (total). Left to target is the difference between the target and the latest value; in brackets the share of the distance from the baseline that remains.",
    no_indicators: "No indicators.",
    latest: "Latest value",
    change: "Change since previous",
    desired: "In the desired direction",
    to_target: "Left to target",
    reached: "target reached",
    since: "since",
    positions: "Positions",
    positions_note: "By status. The follow-up log is in date order, earliest first.",
    no_positions: "No positions.",
    last_follow_up: "Last followed up",
    never: "never",
    log: "Follow-up",
    focus_areas: "Focus areas",
};

/// The labels for `lang`.
pub(crate) fn labels(lang: Lang) -> &'static FollowUpLabels {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// Whether a change went the desired way.
pub(crate) fn movement(lang: Lang, movement: Movement) -> &'static str {
    match movement {
        Movement::Desired => lang.pick("yes", "ja"),
        Movement::Undesired => lang.pick("no", "nej"),
        Movement::Unchanged => lang.pick("unchanged", "oförändrat"),
        _ => lang.pick("no direction given", "riktning ej angiven"),
    }
}

/// A change with its sign: `+1,5`, `−0,5`, `±0`.
pub(crate) fn signed(lang: Lang, change: f64) -> String {
    if change > 0.0 {
        format!("+{}", number(lang, change))
    } else if change < 0.0 {
        // `number` writes a minus sign in Swedish, a hyphen in English.
        number(lang, change)
    } else {
        "±0".to_owned()
    }
}

/// A share as a whole percentage: `40 %` in Swedish, `40%` in English.
pub(crate) fn percent(lang: Lang, share: f64) -> String {
    let rounded = (share * 100.0).round();
    match lang {
        Lang::Sv => format!("{}\u{a0}%", number(lang, rounded)),
        Lang::En => format!("{}%", number(lang, rounded)),
    }
}

/// A count with its noun: `1 dag`, `2 dagar`.
fn counted(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// How long ago a date was: in days up to 60, else in months, from two
/// years in years and months (`45 dagar sedan`, `3 months ago`, `2 år och
/// 1 månad sedan`); `i dag`; a date after the as-of date says so.
pub(crate) fn ago(lang: Lang, days: i64, months: i64) -> String {
    if days == 0 {
        return lang.pick("today", "i dag").to_owned();
    }
    if days < 0 {
        return lang
            .pick("after the as-of date", "efter uppföljningsdatumet")
            .to_owned();
    }
    let span = if days < 60 {
        match lang {
            Lang::Sv => counted(days, "dag", "dagar"),
            Lang::En => counted(days, "day", "days"),
        }
    } else if months < 24 {
        match lang {
            Lang::Sv => counted(months, "månad", "månader"),
            Lang::En => counted(months, "month", "months"),
        }
    } else {
        let (years, rest) = (months / 12, months % 12);
        let (year, month) = match lang {
            Lang::Sv => (
                counted(years, "år", "år"),
                counted(rest, "månad", "månader"),
            ),
            Lang::En => (
                counted(years, "year", "years"),
                counted(rest, "month", "months"),
            ),
        };
        if rest == 0 {
            year
        } else {
            format!("{year} {} {month}", lang.pick("and", "och"))
        }
    };
    match lang {
        Lang::Sv => format!("{span} sedan"),
        Lang::En => format!("{span} ago"),
    }
}

/// A number of days: `1 dag`, `70 dagar`.
pub(crate) fn days(lang: Lang, days: i64) -> String {
    match lang {
        Lang::Sv => counted(days, "dag", "dagar"),
        Lang::En => counted(days, "day", "days"),
    }
}

#[cfg(test)]
mod tests {
    use omvarld::Lang;

    use super::{ago, percent, signed};

    #[test]
    fn spans_of_time_read_naturally() {
        assert_eq!(ago(Lang::Sv, 1, 0), "1 dag sedan");
        assert_eq!(ago(Lang::Sv, 45, 1), "45 dagar sedan");
        assert_eq!(ago(Lang::Sv, 95, 3), "3 månader sedan");
        assert_eq!(ago(Lang::Sv, 800, 26), "2 år och 2 månader sedan");
        assert_eq!(ago(Lang::Sv, 730, 24), "2 år sedan");
        assert_eq!(ago(Lang::En, 400, 25), "2 years and 1 month ago");
        assert_eq!(ago(Lang::En, 0, 0), "today");
        assert_eq!(ago(Lang::Sv, -3, 0), "efter uppföljningsdatumet");
    }

    #[test]
    fn changes_and_shares_have_signs_and_percent() {
        assert_eq!(signed(Lang::Sv, 1.5), "+1,5");
        assert_eq!(signed(Lang::Sv, -0.5), "\u{2212}0,5");
        assert_eq!(signed(Lang::En, 0.0), "±0");
        assert_eq!(percent(Lang::Sv, 0.404), "40\u{a0}%");
        assert_eq!(percent(Lang::En, 1.2), "120%");
    }
}
