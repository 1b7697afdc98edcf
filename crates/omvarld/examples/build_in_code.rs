//! Builds a programme in code, validates it and writes it as JSON:
//! `cargo run -p omvarld --example build_in_code > exempelby.json`.
//!
//! Every object type has `T::new(required members…)` and a `with_*` method
//! for each other member, so a programme is one expression; values that
//! exist are valid (`"KS-2026-17".parse()?` checks the reference string,
//! `Title::new` the length), and `Programme::validate` checks what needs
//! the whole programme (ids resolve, dates in order, numbering).

use std::error::Error;

use omvarld::model::{
    Assessment, Body, BodyKind, Decision, Direction, FollowUp, IndicatorResult, Reference,
    ReferenceKind, Relation, Shift, Source,
};
use omvarld::{
    AdvocacyPosition, ContributionAim, DirectionGoal, FocusArea, GovernanceLevel, Indicator,
    NonEmpty, Options, Organisation, Period, Priority, Programme, Status, Target, Text, Title,
};

fn main() -> Result<(), Box<dyn Error>> {
    let programme = programme()?;

    let report = programme.validate(&Options::default());
    for issue in report.errors.iter().chain(&report.warnings) {
        eprintln!("{issue}");
    }
    // An invalid programme is an error (`InvalidReport`) that holds the report.
    report.into_result()?;
    println!("{}", serde_json::to_string_pretty(&programme)?);
    Ok(())
}

/// A value from Kolada.
fn kolada(year: u16, value: f64) -> Result<IndicatorResult, Box<dyn Error>> {
    let source = Source::new("Kolada".parse()?, "2026-02-01".parse()?)
        .with_url("https://www.kolada.se/".parse()?);
    Ok(IndicatorResult::new(year.try_into()?, value).with_source(source))
}

fn programme() -> Result<Programme, Box<dyn Error>> {
    let housing = FocusArea::new(
        "bostader".parse()?,
        1.try_into()?,
        Title::new("Bostäder")?.with("en", "Housing")?,
        DirectionGoal::new(Text::new("Fler bostäder byggs i hela kommunen")?).with_indicators([
            Indicator::new(
                "paborjade-bostader".parse()?,
                Title::new("Påbörjade bostäder")?,
            )
            .with_unit("antal".to_owned())
            .with_direction(Direction::Increase)
            .with_results([kolada(2023, 410.0)?, kolada(2024, 465.0)?]),
        ]),
    );

    let position = AdvocacyPosition::new(
        "statligt-bostadsstod".parse()?,
        Title::new("Långsiktigt statligt bostadsstöd")?,
        Text::new("Exempelby vill att staten ger ett långsiktigt stöd till bostadsbyggande.")?,
        NonEmpty::new("bostader".parse()?),
        NonEmpty::new(Target::new(
            GovernanceLevel::National,
            Text::new("Regeringen")?,
        )),
        Status::Active,
    )
    .with_contribution_aims(["nationell-paverkan".parse()?])
    .with_priority(Priority::High)
    .with_asks([Text::new(
        "Exempelby vill att investeringsstödet gäller i minst tio år.",
    )?])
    .with_shift(Shift::new(
        Text::new("Stödet beslutas för ett år i taget")?,
        Text::new("Stödet gäller i minst tio år")?,
    ))
    .with_decision(
        Decision::new("ks".parse()?, "2026-03-04".parse()?).with_reference("KS-2026-17".parse()?),
    )
    .with_references([Reference::new(
        Title::new("En gemensam bild av bostadsbristen")?,
        ReferenceKind::GovernmentInquiry,
        Relation::RestsOn,
    )
    .with_identifier("SOU 2017:114".parse()?)])
    .with_follow_up([
        FollowUp::status("2026-03-04".parse()?, Status::Active),
        FollowUp::assessed("2026-12-01".parse()?, Assessment::Partial)
            .with_note(Text::new("Stödet förlängdes med två år.")?),
    ]);

    let programme = Programme::new(
        "exempelby-omvarld".parse()?,
        Title::new("Program för strategiskt omvärldsarbete")?,
        Organisation::new(Title::new("Exempelby kommun")?).with_country("SE".parse()?),
        NonEmpty::new(housing),
    )
    .with_period(Period::new("2026-01-01".parse()?).with_end("2029-12-31".parse()?))
    .with_contribution_aims([ContributionAim::new(
        "nationell-paverkan".parse()?,
        Title::new("Nationell påverkan")?,
    )])
    .with_bodies([Body::new(
        "ks".parse()?,
        Title::new("Kommunstyrelsen")?,
        BodyKind::ExecutiveBoard,
    )])
    .with_positions([position]);
    Ok(programme)
}
