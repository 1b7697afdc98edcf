//! `omvarld explain CODE [--lang sv|en]`: the long explanation of a
//! validation code (what it means, a document that triggers it, how to fix
//! it); `--list`, or no CODE, lists every code.

use std::fmt::Write;

use omvarld::{Code, Lang};

use crate::cli::ExplainArgs;
use crate::{complain, output, Status};

/// Prints the explanation of the code, or the list of codes; an unknown code
/// is a usage error (2) that names the nearest code.
pub(crate) fn run(args: &ExplainArgs) -> Status {
    let text = match &args.code {
        None => list(args.lang),
        Some(given) => match given.parse::<Code>() {
            Ok(code) => code.explanation().render(args.lang),
            Err(_) => {
                complain(unknown(given));
                return Status::Failure;
            }
        },
    };
    match output::emit(None, &text) {
        Ok(()) => Status::Ok,
        Err(message) => {
            complain(message);
            Status::Failure
        }
    }
}

/// Every code, its severity and its one-line description, one line each.
fn list(lang: Lang) -> String {
    let width = Code::ALL
        .iter()
        .map(|c| c.as_str().len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for info in omvarld::codes() {
        let _ = writeln!(
            out,
            "{:<width$}  {:<7}  {}",
            info.code.as_str(),
            info.severity.as_str(),
            info.description(lang)
        );
    }
    out
}

/// "unknown code `x`; did you mean `y`?" and where to see every code.
fn unknown(given: &str) -> String {
    let mut message = format!("unknown code `{given}`");
    match Code::nearest(given) {
        Some(near) => {
            let _ = write!(message, "; did you mean `{near}`?");
        }
        None => message.push(';'),
    }
    message.push_str(" `omvarld explain --list` lists every code");
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_code_names_the_nearest_and_the_list() {
        assert_eq!(
            unknown("duplicate-id"),
            "unknown code `duplicate-id`; did you mean `duplicate_id`? \
             `omvarld explain --list` lists every code"
        );
        assert_eq!(
            unknown("qqqq"),
            "unknown code `qqqq`; `omvarld explain --list` lists every code"
        );
    }

    #[test]
    fn the_list_has_one_line_per_code() {
        let text = list(Lang::Sv);
        assert_eq!(text.lines().count(), Code::ALL.len());
        assert!(text.contains("ingen antagen eller aktiv ståndpunkt gäller detta fokusområde"));
    }
}
