//! The README's Kolada section states the limits `Config::default()` sets.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use omvarld_kolada::http::Config;

#[test]
fn the_readme_states_the_limits_and_the_citation() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let section = &readme[readme.find("\n## Kolada\n").unwrap()..];
    let section = &section[..section[1..].find("\n## ").unwrap()];
    let text = section.split_whitespace().collect::<Vec<_>>().join(" ");
    let config = Config::default();
    let backoff = config.backoff.as_secs();
    for expected in [
        format!(
            "each request may take {} s from connecting to the last byte",
            config.timeout.as_secs()
        ),
        format!("{} s to connect", config.connect_timeout.as_secs()),
        format!(
            "retried {} times, waiting {}, {} and {} s",
            config.retries,
            backoff,
            backoff * 2,
            backoff * 4
        ),
        format!("honoured up to {} s", config.max_backoff.as_secs()),
        format!(
            "{} pages of at most {} MiB each",
            config.max_pages,
            config.max_bytes / 1024 / 1024
        ),
        format!("run of at most {} years", config.years_per_request),
        format!("(default `{}`)", omvarld_kolada::http::DEFAULT_BASE_URL),
        "\"Källa: Kolada\"".to_owned(),
    ] {
        assert!(
            text.contains(&expected),
            "{expected:?} not in the README's Kolada section"
        );
    }
}
