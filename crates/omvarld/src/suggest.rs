//! "Did you mean …?": the nearest valid name for a misspelt key or id.

/// The candidate closest to `given`, if one is close enough to be a likely
/// misspelling (Jaro–Winkler similarity of at least 0.8, or one contains the
/// other).
pub(crate) fn nearest<'a>(
    given: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let given_lower = given.to_lowercase();
    candidates
        .into_iter()
        .map(|c| {
            let mut score = strsim::jaro_winkler(&given_lower, c);
            if given_lower.len() >= 3 && (c.contains(&given_lower) || given_lower.contains(c)) {
                score = score.max(0.85);
            }
            (c, score)
        })
        .filter(|(_, score)| *score >= 0.8)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(c, _)| c)
}

/// The candidates in their order, each once.
pub(crate) fn distinct<'a>(candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = rustc_hash::FxHashSet::default();
    candidates.into_iter().filter(|c| seen.insert(*c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let keys = ["title", "statement", "focus_areas", "status"];
        assert_eq!(nearest("titel", keys), Some("title"));
        assert_eq!(nearest("Title", keys), Some("title"));
        assert_eq!(nearest("focus_area", keys), Some("focus_areas"));
        assert_eq!(
            nearest("bostad", ["arbetsmarknad", "bostader", "miljo-och-klimat"]),
            Some("bostader")
        );
        assert_eq!(nearest("zzzz", keys), None);
    }

    #[test]
    fn distinct_names_each_once_in_order() {
        assert_eq!(distinct(["b", "a", "b", "c", "a"]), ["b", "a", "c"]);
        // "known: bostader, bostader" named one id twice.
        assert_eq!(distinct(["bostader", "bostader"]), ["bostader"]);
    }
}
