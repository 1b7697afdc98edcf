//! The message catalogue: every issue's message, rendered from its
//! [`Detail`] in English ([`en`]) or Swedish ([`sv`]). Nothing else in the
//! crate writes a message; adding a language is one more module here.
//!
//! ```
//! use omvarld::diagnostics::{messages, Detail, Term};
//! use omvarld::Lang;
//! let detail = Detail::NoSwedish { of: Term::new("title", "titel", "titeln", false) };
//! assert_eq!(messages::render(&detail, Lang::En), "the title has no Swedish value; `sv` is required");
//! assert_eq!(messages::render(&detail, Lang::Sv), "titeln saknar svenskt värde; `sv` krävs");
//! ```

mod en;
mod sv;

use crate::diagnostics::{Detail, Lang};

/// The message of `detail` in `lang`.
#[must_use]
pub fn render(detail: &Detail, lang: Lang) -> String {
    match lang {
        Lang::En => en::render(detail),
        Lang::Sv => sv::render(detail),
    }
}

/// `count` with the singular or plural noun: `1 error`, `2 errors`,
/// `1 varning`, `2 varningar`.
///
/// ```
/// use omvarld::diagnostics::messages::count;
/// assert_eq!(count(1, "varning", "varningar"), "1 varning");
/// assert_eq!(count(0, "varning", "varningar"), "0 varningar");
/// ```
#[must_use]
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `; did you mean `x`?` / `; menade du `x`?`, or nothing.
fn hint(suggestion: Option<&String>, words: &str) -> String {
    suggestion.map_or_else(String::new, |s| format!("; {words} `{s}`?"))
}

/// Up to `max` names as code spans, `…` when there are more:
/// `` `a`, `b`, … ``.
fn names(items: &[String], max: usize) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i == max {
            out.push_str(", …");
            break;
        }
        if i > 0 {
            out.push_str(", ");
        }
        out.push('`');
        out.push_str(item);
        out.push('`');
    }
    out
}

/// A range `min–max`, with `…` for an open end.
fn range(min: Option<&String>, max: Option<&String>) -> String {
    format!(
        "{}–{}",
        min.map_or("…", String::as_str),
        max.map_or("…", String::as_str)
    )
}
