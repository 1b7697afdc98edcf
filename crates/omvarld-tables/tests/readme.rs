//! The README states the limits that `Limits::default()` sets.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use omvarld_tables::Limits;

#[test]
fn the_readme_states_the_limits() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let start = readme.find("- **Workbooks**").unwrap();
    let bullet = readme[start..]
        .split("\n- ")
        .next()
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let limits = Limits::default();
    let grouped = |n: usize| {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(' ');
            }
            out.push(c);
        }
        out
    };
    for expected in [
        format!("more than {} MiB", limits.unpacked_bytes / 1024 / 1024),
        format!("more than {} parts", grouped(limits.parts)),
        format!("more than {} cells", grouped(limits.cells)),
        format!("the {}th on", grouped(limits.columns)),
    ] {
        assert!(bullet.contains(&expected), "{expected:?} not in {bullet:?}");
    }
}
