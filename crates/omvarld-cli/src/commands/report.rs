//! `omvarld report [FILE]`: the programme at a glance, or with
//! `--follow-up` its follow-up (uppföljning), as Markdown or HTML.

use omvarld::Lang;

use crate::cli::{ReportArgs, ReportFormat};
use crate::render::follow_up::view::FollowUpReport;
use crate::render::plural::{count, Noun};
use crate::render::view::View;
use crate::render::{html, markdown};
use crate::{complain, input, output, today, Status};

/// Renders the report of the file (or of the built-in Malmö programme) and
/// returns 0 when the document is valid, 1 when it is not (the report still
/// shows what it can, errors first), 2 on an I/O error.
pub(crate) fn run(args: &ReportArgs) -> Status {
    let lang = args.lang;
    let as_of = args.as_of.or_else(today::today);
    let options = crate::cli::options(lang, as_of, &args.allow);
    let (view, errors) = match &args.file {
        None => {
            let programme = omvarld::malmo();
            let report = programme.validate(&options);
            (
                Shown::of_programme(args.follow_up, &programme, &report, lang, as_of),
                report.errors.len(),
            )
        }
        Some(path) => {
            let bytes = match input::read(path) {
                Ok(bytes) => bytes,
                Err(message) => {
                    complain(message);
                    return Status::Failure;
                }
            };
            let checked = omvarld::validate::check(&bytes, &options);
            let mut report = checked.report;
            if !report.errors.is_empty() {
                report.locate(&bytes);
            }
            let view = match &checked.programme {
                Some(programme) => {
                    Shown::of_programme(args.follow_up, programme, &report, lang, as_of)
                }
                None => {
                    let view = View::of_invalid(&bytes, &report, lang, as_of);
                    if args.follow_up {
                        Shown::FollowUp(FollowUpReport::of_invalid(view))
                    } else {
                        Shown::Summary(Box::new(view))
                    }
                }
            };
            if !report.valid() {
                eprintln!(
                    "omvarld: {} is not valid: {}, listed at the top of the report",
                    input::display_name(path),
                    count(Lang::En, report.errors.len(), Noun::Error)
                );
            }
            (view, report.errors.len())
        }
    };
    let text = match (args.format, &view) {
        (ReportFormat::Markdown, Shown::Summary(view)) => markdown::render(view),
        (ReportFormat::Html, Shown::Summary(view)) => html::render(view),
        (ReportFormat::Markdown, Shown::FollowUp(view)) => markdown::follow_up(view),
        (ReportFormat::Html, Shown::FollowUp(view)) => html::follow_up(view),
    };
    if let Err(message) = output::emit(args.out.as_deref(), &text) {
        complain(message);
        return Status::Failure;
    }
    if errors == 0 {
        Status::Ok
    } else {
        Status::Invalid
    }
}

/// Which report is shown: the summary or the follow-up.
enum Shown {
    Summary(Box<View>),
    FollowUp(FollowUpReport),
}

impl Shown {
    fn of_programme(
        follow_up: bool,
        programme: &omvarld::Programme,
        report: &omvarld::Report,
        lang: Lang,
        as_of: Option<omvarld::Date>,
    ) -> Self {
        if follow_up {
            Shown::FollowUp(FollowUpReport::of_programme(programme, report, lang, as_of))
        } else {
            Shown::Summary(Box::new(View::of_programme(programme, report, lang, as_of)))
        }
    }
}
