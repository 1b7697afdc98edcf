//! `omvarld init`: a starter document to edit, or (`--example`) the
//! complete worked example of the standard; as JSON or (`--to xlsx`) as a
//! workbook.

use omvarld::{
    AdvocacyPosition, GovernanceLevel, NonEmpty, Priority, Programme, Status as PositionStatus,
    Target, Text,
};

use std::path::PathBuf;

use crate::cli::{InitArgs, InitFormat};
use crate::{complain, output, Status};

/// The complete worked example: the fictional Exempelby kommun, using every
/// object and member of standard 1.1. The same bytes as
/// `tests/fixtures/valid/exempelby.json` and the block in docs/standard.md
/// (tests check both).
const EXAMPLE: &str = include_str!("exempelby.omvarld.json");

/// The built-in Malmö programme plus one example position with status
/// `draft`, so a new file shows every part of a position.
fn starter() -> Result<Programme, omvarld::model::TextError> {
    let mut programme = omvarld::malmo();
    let id = |s: &str| s.parse::<omvarld::Id>();
    let tag = omvarld::model::TextError::Tag;
    let mut position = AdvocacyPosition::new(
        id("exempel-upprustning-av-bostadsomraden").map_err(tag)?,
        Text::new("Exempel: statligt stöd till upprustning av bostadsområden")?
            .with("en", "Example: state support for renewing residential areas")?
            .convert()?,
        Text::new(
            "Malmö vill att staten tar ett större ansvar för finansieringen av upprustning av bostadsområden. \
             (Ett exempel: ersätt det med stadens egen ståndpunkt.)",
        )?
        .with(
            "en",
            "Malmö wants the state to take a greater share of the cost of renewing residential areas. \
             (An example: replace it with the city's own position.)",
        )?,
        NonEmpty::new(id("bostader").map_err(tag)?),
        NonEmpty::new(Target::new(
            GovernanceLevel::National,
            Text::new("Regeringen")?.with("en", "The Government")?,
        )),
        PositionStatus::Draft,
    );
    position.rationale = Some(
        Text::new("Ökat bostadsbyggande och upprustning av bostadsområden är inriktningsmålet för fokusområdet Bostäder.")?
            .with("en", "More housing construction and renewal of residential areas is the direction goal of the Housing focus area.")?,
    );
    position.contribution_aims = vec![id("nationell-paverkan").map_err(tag)?];
    position.arenas = vec![id("almedalsveckan").map_err(tag)?];
    position.priority = Some(Priority::Medium);
    programme.positions.push(position);
    Ok(programme)
}

/// Prints the starter document as pretty JSON, or writes it as a workbook
/// (`--to xlsx`), to `--out` or `programme.xlsx`.
/// Prints the starter document (or the worked example, `--example`, as it
/// is written) as JSON, or writes it as a workbook (`--to xlsx`) to `--out`
/// or `programme.xlsx`.
pub(crate) fn run(args: &InitArgs) -> Status {
    if args.example && args.to == InitFormat::Json {
        return match output::emit(args.out.as_deref(), EXAMPLE) {
            Ok(()) => Status::Ok,
            Err(message) => {
                complain(message);
                Status::Failure
            }
        };
    }
    let built = if args.example {
        omvarld::parse::from_str(EXAMPLE)
            .map_err(|e| format!("cannot read the worked example: {e}"))
    } else {
        starter().map_err(|e| format!("cannot build the starter document: {e}"))
    };
    let programme = match built {
        Ok(programme) => programme,
        Err(message) => {
            complain(message);
            return Status::Failure;
        }
    };
    let written = match args.to {
        InitFormat::Json => serde_json::to_string_pretty(&programme)
            .map_err(|e| format!("cannot serialize the starter document: {e}"))
            .and_then(|text| output::emit(args.out.as_deref(), text + "\n")),
        InitFormat::Xlsx => {
            let out = args
                .out
                .clone()
                .unwrap_or_else(|| PathBuf::from("programme.xlsx"));
            omvarld_tables::to_xlsx(&programme, args.lang)
                .map_err(|e| e.to_string())
                .and_then(|xlsx| output::emit(Some(&out), xlsx))
                .map(|()| println!("wrote {}", out.display()))
        }
    };
    match written {
        Ok(()) => Status::Ok,
        Err(message) => {
            complain(message);
            Status::Failure
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_starter_document_has_no_errors_and_one_draft_position() {
        let programme = super::starter().unwrap();
        assert!(programme
            .validate(&omvarld::Options::new())
            .errors
            .is_empty());
        assert_eq!(programme.positions.len(), 1);
        assert_eq!(programme.positions[0].status, omvarld::Status::Draft);
    }
}
