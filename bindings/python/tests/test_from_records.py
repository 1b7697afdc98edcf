"""Programme.from_records: the tables of records() read back into a programme."""

from __future__ import annotations

from typing import Any

import pytest

import omvarld
from omvarld import TABLES, Programme, ValidationError

from conftest import FIXTURES
from test_collections import full_document

RICH = FIXTURES / "valid" / "malmo-rich.json"
EXTENSIONS = FIXTURES / "valid" / "extensions-everywhere.json"
RICH_1_1 = FIXTURES / "valid" / "v1-1-rich.json"


def programmes() -> list[Any]:
    return [
        pytest.param(omvarld.malmo, id="malmo"),
        pytest.param(lambda: omvarld.load(RICH), id="malmo-rich"),
        pytest.param(lambda: omvarld.load(EXTENSIONS), id="extensions-everywhere"),
        pytest.param(lambda: omvarld.load(RICH_1_1), id="v1-1-rich"),
        pytest.param(lambda: Programme.from_dict(full_document()), id="every-member"),
    ]


def tables(p: Programme, **options: Any) -> dict[str, Any]:
    return {t: p.records(t, **options) for t in TABLES}


@pytest.mark.parametrize("make", programmes())
@pytest.mark.parametrize(
    "options",
    [{"extensions": True}, {"lang": "en", "extensions": True}, {"join_lists": True, "extensions": True},
     {"join_lists": " | ", "extensions": True, "lang": "sme"}],
    ids=["sv", "en", "joined", "sme-pipe"],
)
def test_round_trip(make: Any, options: dict[str, Any]) -> None:
    p = make()
    assert Programme.from_records(tables(p, **options), **options) == p


@pytest.mark.parametrize("make", programmes())
def test_round_trip_through_pandas_and_polars(make: Any) -> None:
    p = make()
    pytest.importorskip("pandas")
    # The ids sit in the index of to_pandas: they come back as columns.
    frames = {t: p.to_pandas(t, extensions=True) for t in TABLES}
    assert Programme.from_records(frames) == p
    english = {t: p.to_pandas(t, extensions=True, lang="en") for t in TABLES}
    assert Programme.from_records(english, lang="en") == p
    pytest.importorskip("polars")
    assert Programme.from_records({t: p.to_polars(t, extensions=True) for t in TABLES}) == p


def test_what_is_lost_without_extensions() -> None:
    # Without extensions=True the extensions columns are absent: exactly the
    # extensions are lost, every other member comes back.
    p = omvarld.load(EXTENSIONS)
    back = Programme.from_records(tables(p))
    assert back != p
    doc, expected = back.to_dict(), p.to_dict()

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "extensions"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    assert doc == strip(expected)


def test_records_carry_what_the_document_has() -> None:
    p = omvarld.load(RICH)
    (row,) = p.records("programme")
    assert row["id"] == p.id and row["title_en"] == p.title.en
    assert row["organisation"] == p.organisation.name.sv and row["municipality_code"] == "1280"
    assert row["period_start"] == p.period.start and row["schema_version"] == "1.0"
    # In another language the Swedish value keeps a column of its own.
    english = p.records("positions", lang="en")[0]
    assert english["title"] == p.positions[0].title.en and english["title_sv"] == p.positions[0].title.sv
    assert "title_sv" not in p.records("positions")[0]


def test_edit_as_dataframes() -> None:
    pd = pytest.importorskip("pandas")
    p = omvarld.load(RICH)
    frames = {t: p.to_pandas(t) for t in TABLES}
    positions = frames["positions"]
    first = positions.index[0]
    positions.loc[first, "title"] = "Ny rubrik"
    positions.loc[first, "status"] = "withdrawn"
    # A new position with its targets: target_levels/target_bodies columns
    # are derived, the targets table is what counts.
    new = {"title": "Fler cykelbanor", "statement": "Malmö vill ha fler cykelbanor.", "status": "draft",
           "focus_areas": ["transportinfrastruktur"], "contribution_aims": [], "arenas": []}
    # pd.concat, as pandas recommends: .loc-enlarging a str column with the
    # missing cells of a new row is deprecated in pandas 3.
    frames["positions"] = pd.concat([positions, pd.DataFrame([new], index=pd.Index(["cykelbanor"], name=positions.index.name))])
    frames["targets"] = pd.concat(
        [frames["targets"], pd.DataFrame([{"position": "cykelbanor", "level": "regional", "body": "Region Skåne"}])]
    )
    q = Programme.from_records(frames)
    assert q.positions[0].title.sv == "Ny rubrik" and q.positions[0].title.en == p.positions[0].title.en
    assert q.positions[0].status == "withdrawn"
    added = q.position("cykelbanor")
    assert added is not None and added.targets[0].body.sv == "Region Skåne"
    assert added.adopted is None and added.priority is None  # NaN / NaT cells are absent


def test_targets_from_position_columns_without_targets_table() -> None:
    p = omvarld.load(RICH)
    t = tables(p)
    del t["targets"]
    q = Programme.from_records(t)
    assert [[x.level for x in y.targets] for y in q.positions] == [[x.level for x in y.targets] for y in p.positions]
    assert [[x.body.sv for x in y.targets] for y in q.positions] == [[x.body.sv for x in y.targets] for y in p.positions]


def test_strings_for_lists() -> None:
    p = omvarld.load(RICH)
    t = tables(p)
    t["positions"][0]["contribution_aims"] = "nationell-paverkan, storre-genomslag"
    q = Programme.from_records(t)
    assert q.positions[0].contribution_aims == ("nationell-paverkan", "storre-genomslag")


def errors(info: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return sorted((e["type"], e["path"]) for e in info.value.errors())


def test_bad_document_values_have_document_paths() -> None:
    p = omvarld.load(RICH)
    t = tables(p)
    t["positions"][2]["status"] = "maybe"
    t["targets"][0]["level"] = "galactic"
    t["indicators"][1]["baseline_value"] = None  # baseline without a value
    with pytest.raises(ValidationError) as info:
        Programme.from_records(t)
    got = errors(info)
    assert ("enum", "/positions/2/status") in got
    assert ("enum", "/positions/0/targets/0/level") in got
    fa = next(i for i, f in enumerate(p.focus_areas) if f.id == t["indicators"][1]["focus_area"])
    assert ("required", f"/focus_areas/{fa}/direction_goal/indicators/0/baseline/value") in got
    entry = next(e for e in info.value.errors() if e["path"] == "/positions/2/status")
    assert entry["loc"] == ("positions", 2, "status") and entry["input"] == "maybe"


def test_semantic_errors_are_raised() -> None:
    p = omvarld.load(RICH)
    t = tables(p)
    t["positions"][1]["focus_areas"] = ["no-such-area"]
    with pytest.raises(ValidationError) as info:
        Programme.from_records(t)
    assert ("unknown_reference", "/positions/1/focus_areas/0") in errors(info)


def test_problems_of_the_tables_have_table_paths() -> None:
    p = omvarld.load(RICH)
    t: dict[str, Any] = tables(p)
    t["targets"][3]["position"] = "no-such-position"
    t["indicators"][0]["focus_area"] = None
    t["positions"][0]["titel"] = "typo"
    t["nope"] = []
    with pytest.raises(ValidationError) as info:
        Programme.from_records(t)
    assert errors(info) == [
        ("required", "/indicators/0/focus_area"),
        ("unknown_field", "/nope"),
        ("unknown_field", "/positions/0/titel"),
        ("unknown_reference", "/targets/3/position"),
    ]
    assert "no row of `positions` has the id `no-such-position`" in str(info.value)


def test_programme_table_needs_one_row() -> None:
    p = omvarld.malmo()
    t = tables(p)
    del t["programme"]
    with pytest.raises(ValidationError, match="no `programme` table"):
        Programme.from_records(t)
    t["programme"] = p.records("programme") * 2
    with pytest.raises(ValidationError, match="exactly one row"):
        Programme.from_records(t)


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="mapping"):
        Programme.from_records([])  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        Programme.from_records({"programme": "x", "positions": [1]})
    assert ("type", "/positions/0") in errors(info) and ("type", "/programme") in errors(info)
    with pytest.raises(TypeError, match="unexpected keyword"):
        Programme.from_records({}, language="en")
