"""Type stubs of the native module (re-exported by ``omvarld``)."""

import builtins
import datetime
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Final,
    Literal,
    NoReturn,
    NotRequired,
    Self,
    TypeAlias,
    TypedDict,
    final,
    overload,
)

if TYPE_CHECKING:
    import pandas


SCHEMA_VERSION: Final[str]
SCHEMA_VERSIONS: Final[tuple[_SchemaVersion, ...]]
__version__: Final[str]
TABLES: Final[list[_Table]]

#: The versions of the standard a document can follow (new ones are "1.1").
_SchemaVersion: TypeAlias = Literal["1.0", "1.1"]
_Status: TypeAlias = Literal["draft", "adopted", "active", "achieved", "withdrawn"]
_Priority: TypeAlias = Literal["high", "medium", "low"]
_GovernanceLevel: TypeAlias = Literal["local", "regional", "national", "eu", "international"]
_ArenaKind: TypeAlias = Literal[
    "eu_cooperation", "intermunicipal", "network", "event", "forum", "bilateral", "other"
]
_BodyKind: TypeAlias = Literal[
    "council", "executive_board", "committee", "subcommittee", "company", "federation", "administration", "other"
]
_ReferenceKind: TypeAlias = Literal[
    "government_inquiry",
    "ministry_memo",
    "committee_directive",
    "government_bill",
    "eu_document",
    "eu_consultation",
    "agency_report",
    "report",
    "other",
]
_Relation: TypeAlias = Literal["answers", "rests_on"]
_Assessment: TypeAlias = Literal["full", "partial", "none", "not_assessed"]
#: Whose value a result is; an absent gender means "total".
_Gender: TypeAlias = Literal["total", "female", "male"]
_Direction: TypeAlias = Literal["increase", "decrease"]
_PublicationKind: TypeAlias = Literal["position_folder", "consultation_response", "position_paper", "report", "other"]
_Table: TypeAlias = Literal[
    "programme",
    "focus_areas",
    "indicators",
    "results",
    "contribution_aims",
    "arenas",
    "bodies",
    "positions",
    "targets",
    "asks",
    "references",
    "follow_up",
    "activities",
    "publications",
    "coverage",
    "indicator_results",
]
#: The languages of messages and of the main text columns of tables.
_Lang: TypeAlias = Literal["sv", "en"]
#: Every issue code of the catalogue (``codes()``); a test checks the list.
_Code: TypeAlias = Literal[
    "syntax",
    "type",
    "required",
    "unknown_field",
    "enum",
    "format",
    "length",
    "blank_text",
    "missing_swedish",
    "schema_version",
    "duplicate_id",
    "unknown_reference",
    "focus_area_numbering",
    "date_order",
    "duplicate_result_year",
    "duplicate_reference",
    "uncovered_focus_area",
    "unserved_contribution_aim",
    "activity_outside_period",
    "follow_up_status_mismatch",
    "review_overdue",
    "sheet",
]
_Severity: TypeAlias = Literal["error", "warning"]

class _CodeInfo(TypedDict):
    """An entry of ``codes()``: a code, its catalogue line and its long explanation."""

    code: _Code
    severity: _Severity
    kind: Literal["input", "structural", "semantic", "workbook"]
    structural: bool
    description_en: str
    description_sv: str
    path: str
    meaning_en: str
    meaning_sv: str
    fix_en: str
    fix_sv: str
    example: str
    example_as_of: str | None
    example_path: str

class _ErrorDict(TypedDict):
    """An entry of ``ValidationError.errors()`` (pydantic v2 style)."""

    type: _Code
    loc: tuple[str | int, ...]
    msg: str
    input: NotRequired[Any]
    ctx: NotRequired[dict[str, Any]]
    code: _Code
    path: str
    message: str
    severity: _Severity
    line: int | None
    column: int | None

# The rows of ``Programme.records(table)``. A text column holds the text in
# ``lang`` (Swedish when it has none) and ``<column>_en`` its English; other
# languages a document has add ``<column>_<tag>`` columns, and
# ``extensions=True`` the ``extensions`` column. ``join_lists`` makes a list
# column a ``str``.
_ListCell: TypeAlias = list[str] | str

class _ProgrammeRow(TypedDict):
    id: str
    title: str
    title_en: str | None
    organisation: str
    organisation_en: str | None
    municipality_code: str | None
    country: str | None
    adopted: datetime.date | None
    period_start: datetime.date | None
    period_end: datetime.date | None
    summary: str | None
    summary_en: str | None
    schema_version: _SchemaVersion
    schema: str | None
    extensions: NotRequired[dict[str, Any] | None]
    organisation_extensions: NotRequired[dict[str, Any] | None]
    period_extensions: NotRequired[dict[str, Any] | None]

class _FocusAreaRow(TypedDict):
    id: str
    number: int
    title: str
    title_en: str | None
    direction_goal: str
    direction_goal_en: str | None
    description: str | None
    description_en: str | None
    indicators: int
    positions_in_force: int
    positions_total: int
    extensions: NotRequired[dict[str, Any] | None]
    direction_goal_extensions: NotRequired[dict[str, Any] | None]

class _ContributionAimRow(TypedDict):
    id: str
    title: str
    title_en: str | None
    description: str | None
    description_en: str | None
    extensions: NotRequired[dict[str, Any] | None]

class _ArenaRow(TypedDict):
    id: str
    name: str
    name_en: str | None
    level: _GovernanceLevel
    kind: _ArenaKind
    description: str | None
    description_en: str | None
    extensions: NotRequired[dict[str, Any] | None]

class _PositionRow(TypedDict):
    id: str
    title: str
    title_en: str | None
    statement: str
    statement_en: str | None
    status: _Status
    priority: _Priority | None
    owner: str | None
    adopted: datetime.date | None
    review_by: datetime.date | None
    decision_body: str | None
    decision_date: datetime.date | None
    decision_reference: str | None
    decision_url: str | None
    focus_areas: _ListCell
    contribution_aims: _ListCell
    arenas: _ListCell
    target_levels: _ListCell
    target_bodies: _ListCell
    rationale: str | None
    rationale_en: str | None
    shift_from: str | None
    shift_from_en: str | None
    shift_to: str | None
    shift_to_en: str | None
    extensions: NotRequired[dict[str, Any] | None]
    decision_extensions: NotRequired[dict[str, Any] | None]
    shift_extensions: NotRequired[dict[str, Any] | None]

class _TargetRow(TypedDict):
    position: str
    level: _GovernanceLevel
    body: str
    body_en: str | None
    extensions: NotRequired[dict[str, Any] | None]

class _BodyRow(TypedDict):
    id: str
    name: str
    name_en: str | None
    kind: _BodyKind
    extensions: NotRequired[dict[str, Any] | None]

class _AskRow(TypedDict):
    position: str
    ask: str
    ask_en: str | None

class _ReferenceRow(TypedDict):
    position: str
    title: str
    title_en: str | None
    kind: _ReferenceKind
    relation: _Relation
    identifier: str | None
    case_number: str | None
    url: str | None
    extensions: NotRequired[dict[str, Any] | None]

class _FollowUpRow(TypedDict):
    position: str
    date: datetime.date
    status: _Status | None
    assessment: _Assessment | None
    note: str | None
    note_en: str | None
    extensions: NotRequired[dict[str, Any] | None]

class _ActivityRow(TypedDict):
    id: str
    title: str
    title_en: str | None
    starts: datetime.date
    ends: datetime.date | None
    arena: str | None
    positions: _ListCell
    description: str | None
    description_en: str | None
    extensions: NotRequired[dict[str, Any] | None]

class _PublicationRow(TypedDict):
    id: str
    title: str
    title_en: str | None
    published: datetime.date | None
    url: str | None
    kind: _PublicationKind | None
    identifier: str | None
    positions: _ListCell
    extensions: NotRequired[dict[str, Any] | None]

class _IndicatorRow(TypedDict):
    focus_area: str
    id: str
    name: str
    name_en: str | None
    unit: str | None
    kolada_kpi: str | None
    direction: _Direction | None
    baseline_year: int | None
    baseline_value: float | None
    target_year: int | None
    target_value: float | None
    extensions: NotRequired[dict[str, Any] | None]
    baseline_extensions: NotRequired[dict[str, Any] | None]
    target_extensions: NotRequired[dict[str, Any] | None]

class _ResultRow(TypedDict):
    focus_area: str
    indicator: str
    year: int
    #: The document's value: ``None`` where it has none, which means "total".
    gender: _Gender | None
    value: float
    comment: str | None
    comment_en: str | None
    source_name: str | None
    source_retrieved: datetime.date | None
    source_url: str | None
    extensions: NotRequired[dict[str, Any] | None]
    source_extensions: NotRequired[dict[str, Any] | None]

class _CoverageRow(TypedDict):
    focus_area: str
    contribution_aim: str
    positions: int

#: A row of the tidy table of every figure (``records("indicator_results")``,
#: ``indicator_results()``), ready for plotting.
class _IndicatorResultRow(TypedDict):
    focus_area: str
    focus_area_number: int
    focus_area_title: str
    focus_area_title_en: str | None
    goal: str
    goal_en: str | None
    indicator: str
    indicator_name: str
    indicator_name_en: str | None
    unit: str | None
    direction: _Direction | None
    kind: Literal["baseline", "result", "target"]
    year: int
    value: float
    #: Always given: "total" where the document leaves it out, and for baselines and targets.
    gender: _Gender

#: Per indicator in ``Programme.follow_up()``: figures of the total results.
class _IndicatorProgressRow(TypedDict):
    focus_area: str
    indicator: str
    direction: _Direction | None
    baseline_year: int | None
    baseline_value: float | None
    previous_year: int | None
    previous_value: float | None
    latest_year: int | None
    latest_value: float | None
    target_year: int | None
    target_value: float | None
    change: float | None
    movement: Literal["desired", "undesired", "unchanged", "no_direction"] | None
    to_target: float | None
    gap_left: float | None
    target_reached: bool | None

#: Per position in ``Programme.follow_up()``.
class _PositionProgressRow(TypedDict):
    position: str
    status: _Status
    last_follow_up: datetime.date | None
    days_since_follow_up: int | None
    months_since_follow_up: int | None
    review_by: datetime.date | None
    review_overdue: bool
    days_overdue: int | None

#: What ``Programme.follow_up()`` returns.
class _FollowUpFigures(TypedDict):
    as_of: datetime.date | None
    indicators: list[_IndicatorProgressRow]
    positions: list[_PositionProgressRow]
#: What ``Programme.add``/``replace`` put into a list (chosen by class).
_Listed: TypeAlias = FocusArea | ContributionAim | Arena | Body | AdvocacyPosition | Activity | Publication | Indicator
_Kind: TypeAlias = Literal[
    "focus_areas", "contribution_aims", "arenas", "bodies", "positions", "activities", "publications", "indicators"
]
#: What a Text field accepts: a Text, a plain str (Swedish) or a dict by language tag.
_TextLike: TypeAlias = Text | str | Mapping[str, str]
_DateLike: TypeAlias = datetime.date | str
_JSONSource: TypeAlias = str | bytes | bytearray
_StrPath: TypeAlias = str | os.PathLike[str]

def load(path: _StrPath, *, check: bool = False, as_of: _DateLike | None = None) -> Programme: ...
def loads(data: _JSONSource) -> Programme: ...
def validate(
    document: _JSONSource | Mapping[str, Any] | Sequence[Any] | int | float | bool | None | Programme,
    as_of: _DateLike | None = None,
    lang: _Lang = "en",
    allow: str | Iterable[str] | None = None,
) -> Report: ...
def validate_file(
    path: _StrPath, as_of: _DateLike | None = None, lang: _Lang = "en", allow: str | Iterable[str] | None = None
) -> Report: ...
def codes() -> list[_CodeInfo]: ...
def explain(code: str, lang: _Lang = "en") -> str: ...
def _table(
    programme: Programme, table: str, **options: Any
) -> tuple[list[tuple[str, str]], dict[str, list[Any]], list[str]]: ...
def malmo() -> Programme: ...
def json_schema(name: str, version: _SchemaVersion = "1.1") -> dict[str, Any]: ...
@overload
def upgrade(document: str, lang: _Lang = "en") -> str: ...
@overload
def upgrade(document: bytes, lang: _Lang = "en") -> bytes: ...
@overload
def upgrade(document: bytearray, lang: _Lang = "en") -> bytearray: ...
@overload
def upgrade(document: Programme, lang: _Lang = "en") -> Programme: ...
@overload
def upgrade(document: Mapping[str, Any], lang: _Lang = "en") -> dict[str, Any]: ...
def run_command(args: list[str]) -> int: ...
def read_excel(
    path: _StrPath, *, as_of: _DateLike | None = None, lang: _Lang = "en", allow: str | Iterable[str] | None = None
) -> Imported: ...
def read_csv(
    dir: _StrPath, *, as_of: _DateLike | None = None, lang: _Lang = "en", allow: str | Iterable[str] | None = None
) -> Imported: ...
def suggest_id(text: str) -> str | None: ...
@final
class Text:
    def __new__(cls, value: _TextLike, /, **translations: str) -> Self: ...
    @property
    def sv(self) -> str: ...
    @property
    def en(self) -> str | None: ...
    def get(self, lang: str, default: Any = None) -> Any: ...
    def languages(self) -> list[str]: ...
    def items(self) -> list[tuple[str, str]]: ...
    def to_dict(self) -> dict[str, str]: ...
    def __getitem__(self, lang: str, /) -> str: ...
    def __contains__(self, lang: str, /) -> bool: ...
    def __len__(self) -> int: ...
    def __format__(self, spec: str, /) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def __reduce__(self) -> tuple[Any, ...]: ...

@final
class Issue:
    def __new__(
        cls,
        code: _Code,
        path: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        sheet: str | None = None,
        cell: str | None = None,
    ) -> Self: ...
    @property
    def code(self) -> _Code: ...
    @property
    def severity(self) -> _Severity: ...
    @property
    def path(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def line(self) -> int | None: ...
    @property
    def column(self) -> int | None: ...
    @property
    def sheet(self) -> str | None: ...
    @property
    def cell(self) -> str | None: ...
    @property
    def loc(self) -> tuple[str | int, ...]: ...
    @property
    def ctx(self) -> Mapping[str, Any] | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

@final
class Report:
    def __new__(cls, errors: Sequence[Issue] = ..., warnings: Sequence[Issue] = ...) -> Self: ...
    @property
    def valid(self) -> bool: ...
    @property
    def errors(self) -> tuple[Issue, ...]: ...
    @property
    def warnings(self) -> tuple[Issue, ...]: ...
    @property
    def allowed(self) -> int: ...
    def issues(self) -> list[Issue]: ...
    def __bool__(self) -> NoReturn: ...
    def raise_for_errors(self) -> Self: ...
    def to_pandas(self) -> pandas.DataFrame: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, indent: int | None = None) -> str: ...
    @staticmethod
    def from_json(data: str) -> Report: ...
    def _repr_html_(self) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

_ChangeKind: TypeAlias = Literal["added", "removed", "changed", "moved", "status_changed", "renumbered"]

class _DiffRow(TypedDict):
    kind: _ChangeKind
    object: str
    subject_object: str | None
    subject_id: str | None
    subject_title: str | None
    member: str | None
    lang: str | None
    old_path: str | None
    new_path: str | None
    old: Any
    new: Any

@final
class Change:
    @property
    def kind(self) -> _ChangeKind: ...
    @property
    def old_path(self) -> str | None: ...
    @property
    def new_path(self) -> str | None: ...
    @property
    def object(self) -> str: ...
    @property
    def member(self) -> str | None: ...
    @property
    def lang(self) -> str | None: ...
    @property
    def subject_id(self) -> str | None: ...
    @property
    def subject_object(self) -> str | None: ...
    @property
    def old(self) -> Any: ...
    @property
    def new(self) -> Any: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: builtins.object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

@final
class Diff:
    """``len(diff)`` is the number of changes; ``bool(diff)`` raises
    ``TypeError`` (use ``diff.identical`` or ``diff.valid``)."""

    @property
    def changes(self) -> tuple[Change, ...]: ...
    @property
    def identical(self) -> bool: ...
    @property
    def valid(self) -> bool: ...
    @property
    def old_version(self) -> str | None: ...
    @property
    def new_version(self) -> str | None: ...
    @property
    def old_errors(self) -> tuple[Issue, ...]: ...
    @property
    def new_errors(self) -> tuple[Issue, ...]: ...
    def records(self) -> list[_DiffRow]: ...
    def to_pandas(self) -> pandas.DataFrame: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, indent: int | None = None) -> str: ...
    @staticmethod
    def from_json(data: str) -> Diff: ...
    def changelog(
        self, lang: _Lang = "sv", format: Literal["text", "markdown", "html"] = "text", old: str = "old", new: str = "new"
    ) -> str: ...
    def __len__(self) -> int: ...
    def __bool__(self) -> NoReturn: ...
    def _repr_html_(self) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

@final
class Imported:
    """What ``read_excel`` and ``read_csv`` give: the document, the
    programme (``None`` when the document has a structural error) and the report."""

    @property
    def document(self) -> Mapping[str, Any]: ...
    @property
    def programme(self) -> Programme | None: ...
    @property
    def report(self) -> Report: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Coverage:
    @property
    def focus_areas(self) -> tuple[str, ...]: ...
    @property
    def contribution_aims(self) -> tuple[str, ...]: ...
    @property
    def counts(self) -> tuple[tuple[int, ...], ...]: ...
    @property
    def area_totals(self) -> tuple[int, ...]: ...
    @property
    def aim_totals(self) -> tuple[int, ...]: ...
    def max(self) -> int: ...
    def records(self) -> list[_CoverageRow]: ...
    def to_pandas(self) -> pandas.DataFrame: ...

@final
class KoladaResult:
    @property
    def programme(self) -> Programme: ...
    @property
    def added(self) -> int: ...
    @property
    def changed(self) -> bool: ...
    @property
    def conflicts(self) -> tuple[Mapping[str, Any], ...]: ...
    @property
    def indicators(self) -> tuple[Mapping[str, Any], ...]: ...
    def summary(self, lang: _Lang = "en") -> str: ...

class _Model:
    """What every model class has (not a runtime class)."""

    def replace(self, **changes: Any) -> Self: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, indent: int | None = None) -> str: ...
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self: ...
    @classmethod
    def from_json(cls, data: _JSONSource) -> Self: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

@final
class Organisation(_Model):
    def __new__(
        cls,
        *,
        name: _TextLike,
        municipality_code: str | None = ...,
        country: str | None = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def name(self) -> Text: ...
    @property
    def municipality_code(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class Period(_Model):
    def __new__(
        cls, *, start: _DateLike, end: _DateLike | None = ..., extensions: Mapping[str, Any] | None = ...
    ) -> Self: ...
    @property
    def start(self) -> datetime.date: ...
    @property
    def end(self) -> datetime.date | None: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class Measurement(_Model):
    def __new__(cls, *, year: int, value: float, extensions: Mapping[str, Any] | None = ...) -> Self: ...
    @property
    def year(self) -> int: ...
    @property
    def value(self) -> float: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class Indicator(_Model):
    def __new__(
        cls,
        *,
        id: str,
        name: _TextLike,
        unit: str | None = ...,
        kolada_kpi: str | None = ...,
        baseline: Measurement | Mapping[str, Any] | None = ...,
        target: Measurement | Mapping[str, Any] | None = ...,
        direction: _Direction | None = ...,
        results: Sequence[IndicatorResult | Mapping[str, Any]] = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> Text: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def kolada_kpi(self) -> str | None: ...
    @property
    def baseline(self) -> Measurement | None: ...
    @property
    def target(self) -> Measurement | None: ...
    @property
    def direction(self) -> _Direction | None: ...
    @property
    def results(self) -> tuple[IndicatorResult, ...]: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class Source(_Model):
    def __new__(
        cls,
        *,
        name: str,
        retrieved: _DateLike,
        url: str | None = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def name(self) -> str: ...
    @property
    def retrieved(self) -> datetime.date: ...
    @property
    def url(self) -> str | None: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class IndicatorResult(_Model):
    """An indicator's value in a year (``Result`` in the standard); an absent
    ``gender`` means ``"total"``."""

    def __new__(
        cls,
        *,
        year: int,
        value: float,
        gender: _Gender | None = ...,
        comment: _TextLike | None = ...,
        source: Source | Mapping[str, Any] | None = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def year(self) -> int: ...
    @property
    def value(self) -> float: ...
    @property
    def gender(self) -> _Gender | None: ...
    @property
    def comment(self) -> Text | None: ...
    @property
    def source(self) -> Source | None: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class DirectionGoal(_Model):
    def __new__(
        cls,
        *,
        statement: _TextLike,
        indicators: Sequence[Indicator | Mapping[str, Any]] = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def statement(self) -> Text: ...
    @property
    def indicators(self) -> tuple[Indicator, ...]: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class FocusArea(_Model):
    def __new__(
        cls,
        *,
        id: str,
        number: int,
        title: _TextLike,
        direction_goal: DirectionGoal | Mapping[str, Any],
        description: _TextLike | None = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def id(self) -> str: ...
    @property
    def number(self) -> int: ...
    @property
    def title(self) -> Text: ...
    @property
    def direction_goal(self) -> DirectionGoal: ...
    @property
    def description(self) -> Text | None: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class ContributionAim(_Model):
    def __new__(
        cls,
        *,
        id: str,
        title: _TextLike,
        description: _TextLike | None = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> Text: ...
    @property
    def description(self) -> Text | None: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class Arena(_Model):
    def __new__(
        cls,
        *,
        id: str,
        name: _TextLike,
        level: _GovernanceLevel,
        kind: _ArenaKind,
        description: _TextLike | None = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> Text: ...
    @property
    def level(self) -> _GovernanceLevel: ...
    @property
    def kind(self) -> _ArenaKind: ...
    @property
    def description(self) -> Text | None: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class Target(_Model):
    def __new__(
        cls, *, level: _GovernanceLevel, body: _TextLike, extensions: Mapping[str, Any] | None = ...
    ) -> Self: ...
    @property
    def level(self) -> _GovernanceLevel: ...
    @property
    def body(self) -> Text: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class Body(_Model):
    def __new__(
        cls, *, id: str, name: _TextLike, kind: _BodyKind, extensions: Mapping[str, Any] | None = ...
    ) -> Self: ...
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> Text: ...
    @property
    def kind(self) -> _BodyKind: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class Decision(_Model):
    def __new__(
        cls,
        *,
        body: str,
        date: _DateLike,
        reference: str | None = ...,
        url: str | None = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def body(self) -> str: ...
    @property
    def date(self) -> datetime.date: ...
    @property
    def reference(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class Shift(_Model):
    """The member ``from`` (a Python keyword) is the attribute and keyword
    argument ``from_``; ``to_dict()`` and ``from_dict()`` use ``"from"``."""

    def __new__(
        cls, *, from_: _TextLike, to: _TextLike, extensions: Mapping[str, Any] | None = ...
    ) -> Self: ...
    @property
    def from_(self) -> Text: ...
    @property
    def to(self) -> Text: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class Reference(_Model):
    def __new__(
        cls,
        *,
        title: _TextLike,
        kind: _ReferenceKind,
        relation: _Relation,
        identifier: str | None = ...,
        case_number: str | None = ...,
        url: str | None = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def title(self) -> Text: ...
    @property
    def kind(self) -> _ReferenceKind: ...
    @property
    def relation(self) -> _Relation: ...
    @property
    def identifier(self) -> str | None: ...
    @property
    def case_number(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class FollowUp(_Model):
    """An entry has a ``status``, an ``assessment`` or both."""

    def __new__(
        cls,
        *,
        date: _DateLike,
        status: _Status | None = ...,
        assessment: _Assessment | None = ...,
        note: _TextLike | None = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def date(self) -> datetime.date: ...
    @property
    def status(self) -> _Status | None: ...
    @property
    def assessment(self) -> _Assessment | None: ...
    @property
    def note(self) -> Text | None: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class AdvocacyPosition(_Model):
    def __new__(
        cls,
        *,
        id: str,
        title: _TextLike,
        statement: _TextLike,
        focus_areas: Sequence[str],
        targets: Sequence[Target | Mapping[str, Any]],
        status: _Status,
        rationale: _TextLike | None = ...,
        contribution_aims: Sequence[str] = ...,
        arenas: Sequence[str] = ...,
        priority: _Priority | None = ...,
        owner: str | None = ...,
        adopted: _DateLike | None = ...,
        review_by: _DateLike | None = ...,
        asks: Sequence[_TextLike] = ...,
        shift: Shift | Mapping[str, Any] | None = ...,
        decision: Decision | Mapping[str, Any] | None = ...,
        references: Sequence[Reference | Mapping[str, Any]] = ...,
        follow_up: Sequence[FollowUp | Mapping[str, Any]] = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> Text: ...
    @property
    def statement(self) -> Text: ...
    @property
    def focus_areas(self) -> tuple[str, ...]: ...
    @property
    def targets(self) -> tuple[Target, ...]: ...
    @property
    def status(self) -> _Status: ...
    @property
    def rationale(self) -> Text | None: ...
    @property
    def contribution_aims(self) -> tuple[str, ...]: ...
    @property
    def arenas(self) -> tuple[str, ...]: ...
    @property
    def priority(self) -> _Priority | None: ...
    @property
    def owner(self) -> str | None: ...
    @property
    def adopted(self) -> datetime.date | None: ...
    @property
    def review_by(self) -> datetime.date | None: ...
    @property
    def asks(self) -> tuple[Text, ...]: ...
    @property
    def shift(self) -> Shift | None: ...
    @property
    def decision(self) -> Decision | None: ...
    @property
    def references(self) -> tuple[Reference, ...]: ...
    @property
    def follow_up(self) -> tuple[FollowUp, ...]: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class Activity(_Model):
    def __new__(
        cls,
        *,
        id: str,
        title: _TextLike,
        starts: _DateLike,
        ends: _DateLike | None = ...,
        arena: str | None = ...,
        positions: Sequence[str] = ...,
        description: _TextLike | None = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> Text: ...
    @property
    def starts(self) -> datetime.date: ...
    @property
    def ends(self) -> datetime.date | None: ...
    @property
    def arena(self) -> str | None: ...
    @property
    def positions(self) -> tuple[str, ...]: ...
    @property
    def description(self) -> Text | None: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class Publication(_Model):
    def __new__(
        cls,
        *,
        id: str,
        title: _TextLike,
        published: _DateLike | None = ...,
        url: str | None = ...,
        positions: Sequence[str] = ...,
        kind: _PublicationKind | None = ...,
        identifier: str | None = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> Text: ...
    @property
    def published(self) -> datetime.date | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def positions(self) -> tuple[str, ...]: ...
    @property
    def kind(self) -> _PublicationKind | None: ...
    @property
    def identifier(self) -> str | None: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...

@final
class Programme:
    """``schema`` is the member ``$schema`` (``schema=`` to construct;
    ``to_dict()`` and ``from_dict()`` use ``"$schema"``)."""

    def __new__(
        cls,
        *,
        id: str,
        title: _TextLike,
        organisation: Organisation | Mapping[str, Any],
        focus_areas: Sequence[FocusArea | Mapping[str, Any]],
        contribution_aims: Sequence[ContributionAim | Mapping[str, Any]] = ...,
        schema_version: _SchemaVersion = ...,
        schema: str | None = ...,
        adopted: _DateLike | None = ...,
        period: Period | Mapping[str, Any] | None = ...,
        summary: _TextLike | None = ...,
        arenas: Sequence[Arena | Mapping[str, Any]] = ...,
        bodies: Sequence[Body | Mapping[str, Any]] = ...,
        positions: Sequence[AdvocacyPosition | Mapping[str, Any]] = ...,
        activities: Sequence[Activity | Mapping[str, Any]] = ...,
        publications: Sequence[Publication | Mapping[str, Any]] = ...,
        extensions: Mapping[str, Any] | None = ...,
    ) -> Self: ...
    @property
    def schema(self) -> str | None: ...
    @schema.setter
    def schema(self, value: str | None) -> None: ...
    @property
    def schema_version(self) -> _SchemaVersion: ...
    @property
    def id(self) -> str: ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def title(self) -> Text: ...
    @title.setter
    def title(self, value: _TextLike) -> None: ...
    @property
    def organisation(self) -> Organisation: ...
    @organisation.setter
    def organisation(self, value: Organisation | Mapping[str, Any]) -> None: ...
    @property
    def adopted(self) -> datetime.date | None: ...
    @adopted.setter
    def adopted(self, value: _DateLike | None) -> None: ...
    @property
    def period(self) -> Period | None: ...
    @period.setter
    def period(self, value: Period | Mapping[str, Any] | None) -> None: ...
    @property
    def summary(self) -> Text | None: ...
    @summary.setter
    def summary(self, value: _TextLike | None) -> None: ...
    @property
    def extensions(self) -> Mapping[str, Any] | None: ...
    @extensions.setter
    def extensions(self, value: Mapping[str, Any] | None) -> None: ...
    @property
    def focus_areas(self) -> tuple[FocusArea, ...]: ...
    @focus_areas.setter
    def focus_areas(self, value: Sequence[FocusArea | Mapping[str, Any]]) -> None: ...
    @property
    def contribution_aims(self) -> tuple[ContributionAim, ...]: ...
    @contribution_aims.setter
    def contribution_aims(self, value: Sequence[ContributionAim | Mapping[str, Any]]) -> None: ...
    @property
    def arenas(self) -> tuple[Arena, ...]: ...
    @arenas.setter
    def arenas(self, value: Sequence[Arena | Mapping[str, Any]]) -> None: ...
    @property
    def bodies(self) -> tuple[Body, ...]: ...
    @bodies.setter
    def bodies(self, value: Sequence[Body | Mapping[str, Any]]) -> None: ...
    @property
    def positions(self) -> tuple[AdvocacyPosition, ...]: ...
    @positions.setter
    def positions(self, value: Sequence[AdvocacyPosition | Mapping[str, Any]]) -> None: ...
    @property
    def activities(self) -> tuple[Activity, ...]: ...
    @activities.setter
    def activities(self, value: Sequence[Activity | Mapping[str, Any]]) -> None: ...
    @property
    def publications(self) -> tuple[Publication, ...]: ...
    @publications.setter
    def publications(self, value: Sequence[Publication | Mapping[str, Any]]) -> None: ...
    def add(self, obj: _Listed, /, *, focus_area: str | FocusArea | None = None) -> None: ...
    def replace(self, obj: _Listed, /, *, focus_area: str | FocusArea | None = None) -> None: ...
    @overload
    def remove(self, kind: Literal["focus_areas"], id: str, /) -> FocusArea: ...
    @overload
    def remove(self, kind: Literal["contribution_aims"], id: str, /) -> ContributionAim: ...
    @overload
    def remove(self, kind: Literal["arenas"], id: str, /) -> Arena: ...
    @overload
    def remove(self, kind: Literal["bodies"], id: str, /) -> Body: ...
    @overload
    def remove(self, kind: Literal["positions"], id: str, /) -> AdvocacyPosition: ...
    @overload
    def remove(self, kind: Literal["activities"], id: str, /) -> Activity: ...
    @overload
    def remove(self, kind: Literal["publications"], id: str, /) -> Publication: ...
    @overload
    def remove(self, kind: Literal["indicators"], id: str, /, *, focus_area: str | FocusArea) -> Indicator: ...
    @overload
    def remove(self, kind: _Kind | str, id: str, /, *, focus_area: str | FocusArea | None = None) -> _Listed: ...
    def add_position(self, position: AdvocacyPosition | Mapping[str, Any]) -> None: ...
    def replace_position(self, position: AdvocacyPosition | Mapping[str, Any]) -> None: ...
    def remove_position(self, id: str) -> AdvocacyPosition: ...
    def focus_area(self, id: str) -> FocusArea | None: ...
    def contribution_aim(self, id: str) -> ContributionAim | None: ...
    def arena(self, id: str) -> Arena | None: ...
    def body(self, id: str) -> Body | None: ...
    def position(self, id: str) -> AdvocacyPosition | None: ...
    def activity(self, id: str) -> Activity | None: ...
    def publication(self, id: str) -> Publication | None: ...
    def positions_for(
        self, focus_area: str | FocusArea, status: _Status | Sequence[_Status] | None = None
    ) -> tuple[AdvocacyPosition, ...]: ...
    def validate(
        self, as_of: _DateLike | None = None, lang: _Lang = "en", allow: str | Iterable[str] | None = None
    ) -> Report: ...
    def check(
        self, as_of: _DateLike | None = None, lang: _Lang = "en", allow: str | Iterable[str] | None = None
    ) -> Report: ...
    def coverage(self) -> Coverage: ...
    def fetch_kolada(
        self,
        years: str | int | range | None = None,
        *,
        base_url: str | None = None,
        timeout: float = 30.0,
        retrieved: datetime.date | str | None = None,
    ) -> KoladaResult: ...
    def diff(self, other: Programme) -> Diff: ...
    @overload
    def records(
        self, table: Literal["programme"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_ProgrammeRow]: ...
    @overload
    def records(
        self, table: Literal["focus_areas"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_FocusAreaRow]: ...
    @overload
    def records(
        self, table: Literal["contribution_aims"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_ContributionAimRow]: ...
    @overload
    def records(
        self, table: Literal["arenas"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_ArenaRow]: ...
    @overload
    def records(
        self, table: Literal["positions"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_PositionRow]: ...
    @overload
    def records(
        self, table: Literal["targets"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_TargetRow]: ...
    @overload
    def records(
        self, table: Literal["activities"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_ActivityRow]: ...
    @overload
    def records(
        self, table: Literal["publications"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_PublicationRow]: ...
    @overload
    def records(
        self, table: Literal["indicators"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_IndicatorRow]: ...
    @overload
    def records(
        self, table: Literal["coverage"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_CoverageRow]: ...
    @overload
    def records(
        self, table: Literal["results"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_ResultRow]: ...
    @overload
    def records(
        self, table: Literal["bodies"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_BodyRow]: ...
    @overload
    def records(
        self, table: Literal["asks"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_AskRow]: ...
    @overload
    def records(
        self, table: Literal["references"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_ReferenceRow]: ...
    @overload
    def records(
        self, table: Literal["follow_up"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_FollowUpRow]: ...
    @overload
    def records(
        self, table: Literal["indicator_results"], *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> list[_IndicatorResultRow]: ...
    def indicator_results(self, lang: _Lang = "sv") -> pandas.DataFrame: ...
    def follow_up(self, as_of: _DateLike | None = None) -> _FollowUpFigures: ...
    def to_pandas(
        self, table: _Table, *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> pandas.DataFrame: ...
    def to_polars(
        self, table: _Table, *, lang: _Lang = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> Any: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self, indent: int | None = None) -> str: ...
    def save(self, path: _StrPath, indent: int | None = ...) -> None: ...
    def to_excel(self, path: _StrPath, lang: _Lang = "sv") -> None: ...
    def to_csv(self, dir: _StrPath, lang: _Lang = "sv") -> None: ...
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Programme: ...
    @classmethod
    def from_records(
        cls, tables: Mapping[str, Any], *, lang: str = "sv", extensions: bool = False, join_lists: bool | str = False
    ) -> Programme: ...
    @classmethod
    def from_json(cls, data: _JSONSource) -> Programme: ...
    def _repr_html_(self) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __copy__(self) -> Programme: ...
    def __deepcopy__(self, memo: Any, /) -> Programme: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
