//! Which members each version of the standard has: the members standard
//! 1.1 added, and where a programme uses them.
//!
//! A 1.0 document reads into the same model types as a 1.1 one (the 1.1
//! members are optional), so a 1.0 document that uses a 1.1 member is found
//! here, after reading, and reported as `unknown_field` naming the version
//! that has it. A test checks [`MEMBERS_SINCE_1_1`] against the difference of
//! the two versions' published schemas.

use crate::model::{Programme, SchemaVersion};

/// The members standard 1.1 added to the object types of 1.0, as
/// (`$defs` name of the type, member). The object types 1.1 added (`Body`,
/// `Decision`, …) are reached only through these.
///
/// ```
/// use omvarld::model::versions::MEMBERS_SINCE_1_1;
/// assert!(MEMBERS_SINCE_1_1.contains(&("AdvocacyPosition", "follow_up")));
/// ```
pub const MEMBERS_SINCE_1_1: &[(&str, &str)] = &[
    ("Programme", "$schema"),
    ("Programme", "bodies"),
    ("AdvocacyPosition", "asks"),
    ("AdvocacyPosition", "shift"),
    ("AdvocacyPosition", "decision"),
    ("AdvocacyPosition", "references"),
    ("AdvocacyPosition", "follow_up"),
    ("Indicator", "direction"),
    ("Indicator", "results"),
    ("Publication", "kind"),
    ("Publication", "identifier"),
];

/// A member a programme uses that its `schema_version` does not have.
///
/// ```
/// use omvarld::{model::versions::newer_members, SchemaVersion};
/// let mut doc = omvarld::malmo().with_schema_version(SchemaVersion::V1_0);
/// doc.schema = Some("https://omvarld.github.io/schemas/1.1/programme.schema.json".parse()?);
/// let newer = newer_members(&doc);
/// assert_eq!((newer[0].within, newer[0].member, newer[0].path.as_str()), ("Programme", "$schema", "/$schema"));
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct NewerMember {
    /// JSON Pointer to the member.
    pub path: String,
    /// The member's name.
    pub member: &'static str,
    /// The `$defs` name of the object type it belongs to.
    pub within: &'static str,
    /// The first version that has it.
    pub since: SchemaVersion,
}

/// Every member `programme` uses that its own `schema_version` does not
/// have, in document order of the model (empty for a 1.1 programme).
///
/// ```
/// use omvarld::{model::versions::newer_members, SchemaVersion};
/// let mut malmo = omvarld::malmo();
/// assert!(newer_members(&malmo).is_empty());
/// malmo.schema_version = SchemaVersion::V1_0;
/// malmo.schema = Some("https://omvarld.github.io/schemas/1.1/programme.schema.json".parse()?);
/// let newer = newer_members(&malmo);
/// assert_eq!(newer[0].path, "/$schema");
/// assert_eq!(newer[0].since, SchemaVersion::V1_1);
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
#[must_use]
pub fn newer_members(programme: &Programme) -> Vec<NewerMember> {
    let mut found = Vec::new();
    if programme.schema_version >= SchemaVersion::V1_1 {
        return found;
    }
    let mut add = |path: String, within: &'static str, member: &'static str, used: bool| {
        if used {
            found.push(NewerMember {
                path: format!("{path}/{member}"),
                member,
                within,
                since: SchemaVersion::V1_1,
            });
        }
    };
    let p = programme;
    add(String::new(), "Programme", "$schema", p.schema.is_some());
    for (k, area) in p.focus_areas.iter().enumerate() {
        for (i, indicator) in area.direction_goal.indicators.iter().enumerate() {
            let at = format!("/focus_areas/{k}/direction_goal/indicators/{i}");
            add(
                at.clone(),
                "Indicator",
                "direction",
                indicator.direction.is_some(),
            );
            add(at, "Indicator", "results", !indicator.results.is_empty());
        }
    }
    add(String::new(), "Programme", "bodies", !p.bodies.is_empty());
    for (k, position) in p.positions.iter().enumerate() {
        let at = format!("/positions/{k}");
        add(
            at.clone(),
            "AdvocacyPosition",
            "asks",
            !position.asks.is_empty(),
        );
        add(
            at.clone(),
            "AdvocacyPosition",
            "shift",
            position.shift.is_some(),
        );
        add(
            at.clone(),
            "AdvocacyPosition",
            "decision",
            position.decision.is_some(),
        );
        add(
            at.clone(),
            "AdvocacyPosition",
            "references",
            !position.references.is_empty(),
        );
        add(
            at,
            "AdvocacyPosition",
            "follow_up",
            !position.follow_up.is_empty(),
        );
    }
    for (k, publication) in p.publications.iter().enumerate() {
        let at = format!("/publications/{k}");
        add(
            at.clone(),
            "Publication",
            "kind",
            publication.kind.is_some(),
        );
        add(
            at,
            "Publication",
            "identifier",
            publication.identifier.is_some(),
        );
    }
    found
}
