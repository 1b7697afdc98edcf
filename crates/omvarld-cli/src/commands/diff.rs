//! `omvarld diff OLD NEW`: what changed between two versions of a
//! programme, as a changelog (text, Markdown, HTML) or as the diff object
//! of `diff.schema.json`.

use crate::cli::{DiffArgs, DiffFormat};
use crate::render::diff::{Changelog, Names};
use crate::render::plural::{count, Noun};
use crate::render::{html, markdown};
use crate::{complain, input, output, Status};

/// Diffs the two documents and returns 0 when they are identical and both
/// valid, 1 when they differ or either is invalid (the diff still shows
/// what it can, errors first), 2 on an I/O error or when both are `-`.
pub(crate) fn run(args: &DiffArgs) -> Status {
    if input::is_stdin(&args.old) && input::is_stdin(&args.new) {
        complain("OLD and NEW cannot both be `-` (standard input)");
        return Status::Failure;
    }
    // The two files are read side by side, as `validate` reads its files.
    let paths = [args.old.as_path(), args.new.as_path()];
    let mut read = crate::parallel::map(&paths, |path| input::read(path)).into_iter();
    let mut next = || match read.next()? {
        Ok(bytes) => Some(bytes),
        Err(message) => {
            complain(message);
            None
        }
    };
    let (Some(old), Some(new)) = (next(), next()) else {
        return Status::Failure;
    };
    let options = omvarld::Options::new().lang(args.lang);
    let diff = omvarld::diff::diff_documents(&old, &new, &options);
    drop((old, new));
    let (old_name, new_name) = (
        input::display_name(&args.old),
        input::display_name(&args.new),
    );
    for (side, name) in [(&diff.old, &old_name), (&diff.new, &new_name)] {
        if !side.errors.is_empty() {
            eprintln!(
                "omvarld: {name} is not valid: {}, listed at the top of the diff",
                count(omvarld::Lang::En, side.errors.len(), Noun::Error)
            );
        }
    }
    let names = Names {
        old: &old_name,
        new: &new_name,
    };
    let text = match args.format {
        DiffFormat::Json => match serde_json::to_string_pretty(&diff) {
            Ok(mut json) => {
                json.push('\n');
                json
            }
            Err(e) => {
                complain(format!("cannot write the diff as JSON: {e}"));
                return Status::Failure;
            }
        },
        DiffFormat::Text => Changelog::of(&diff, &names, args.lang).text(),
        DiffFormat::Markdown => Changelog::of(&diff, &names, args.lang).render(markdown::sink()),
        DiffFormat::Html => Changelog::of(&diff, &names, args.lang).render(html::sink()),
    };
    if let Err(message) = output::emit(args.out.as_deref(), &text) {
        complain(message);
        return Status::Failure;
    }
    if diff.is_empty() && diff.valid() {
        Status::Ok
    } else {
        Status::Invalid
    }
}
