"""omvarld: the open data model, validator and JSON Schemas of a city's
programme for strategic external relations work (program för strategiskt
omvärldsarbete), data standards 1.0 and 1.1.

>>> import omvarld
>>> malmo = omvarld.malmo()
>>> malmo.focus_area("miljo-och-klimat").title.sv
'Miljö och klimat'
>>> omvarld.validate(malmo.to_json()).valid
True
"""

from __future__ import annotations

from ._errors import OmvarldError, ValidationError
from ._omvarld import (
    SCHEMA_VERSION,
    SCHEMA_VERSIONS,
    TABLES,
    Activity,
    AdvocacyPosition,
    Arena,
    Body,
    Change,
    ContributionAim,
    Coverage,
    Decision,
    Diff,
    DirectionGoal,
    FocusArea,
    FollowUp,
    Indicator,
    IndicatorResult,
    Issue,
    Measurement,
    Organisation,
    Period,
    Programme,
    Publication,
    Reference,
    Report,
    Shift,
    Source,
    Target,
    Text,
    __version__,
    codes,
    explain,
    json_schema,
    load,
    loads,
    malmo,
    suggest_id,
    upgrade,
    validate,
    validate_file,
)

__all__ = [
    "SCHEMA_VERSION",
    "SCHEMA_VERSIONS",
    "TABLES",
    "Activity",
    "AdvocacyPosition",
    "Arena",
    "Body",
    "Change",
    "ContributionAim",
    "Coverage",
    "Decision",
    "Diff",
    "DirectionGoal",
    "FocusArea",
    "FollowUp",
    "Indicator",
    "IndicatorResult",
    "Issue",
    "Measurement",
    "OmvarldError",
    "Organisation",
    "Period",
    "Programme",
    "Publication",
    "Reference",
    "Report",
    "Shift",
    "Source",
    "Target",
    "Text",
    "ValidationError",
    "__version__",
    "codes",
    "explain",
    "json_schema",
    "load",
    "loads",
    "malmo",
    "suggest_id",
    "upgrade",
    "validate",
    "validate_file",
]
