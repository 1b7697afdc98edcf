"""Reports, errors and tables: the defects fixed on branch py-reports, one test
(or more) each, checked against what the bytes path, pydantic v2 and pandas
users expect."""

from __future__ import annotations

import importlib.util

import datetime
import json
import pickle
import socket
from pathlib import Path
from typing import Any

import pytest

import omvarld
from omvarld import Programme, ValidationError

from conftest import FIXTURES, pairs

RICH = FIXTURES / "valid" / "malmo-rich.json"


@pytest.fixture(scope="module")
def rich() -> Programme:
    return omvarld.load(RICH)


@pytest.fixture()
def doc() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(RICH.read_text(encoding="utf-8"))
    return result


def _same_as_bytes(value: Any) -> omvarld.Report:
    """The report of `value` has the codes and paths of its JSON text's report."""
    from_value = omvarld.validate(value)
    from_bytes = omvarld.validate(json.dumps(value).encode())
    assert pairs(from_value.to_dict()["errors"]) == pairs(from_bytes.to_dict()["errors"])
    assert pairs(from_value.to_dict()["warnings"]) == pairs(from_bytes.to_dict()["warnings"])
    return from_value


# ---- 1. validate() reports for any JSON-shaped input ----------------------


@pytest.mark.parametrize("value", [[1, 2, 3], [], 42, 1.5, None, True, "x"])
def test_validate_reports_json_shaped_values_like_bytes(value: Any) -> None:
    if isinstance(value, str):
        value = [value]  # a str is JSON text itself
    report = _same_as_bytes(value)
    assert [(e.code, e.path) for e in report.errors] == [("type", "")]


def test_validate_reports_big_integers_like_bytes(doc: dict[str, Any]) -> None:
    doc["focus_areas"][0]["number"] = 10**30
    report = _same_as_bytes(doc)
    assert [(e.code, e.path) for e in report.errors] == [("format", "/focus_areas/0/number")]
    doc["focus_areas"][0]["number"] = 1
    doc["extensions"] = {"big": 10**30, "negative": -(10**30)}
    assert _same_as_bytes(doc).valid


def test_validate_reports_non_finite_numbers(doc: dict[str, Any]) -> None:
    doc["extensions"] = {"x": float("nan")}
    report = omvarld.validate(doc)
    assert [(e.code, e.path) for e in report.errors] == [("format", "/extensions/x")]
    assert report.errors[0].message == "the value is not a finite number"
    swedish = omvarld.validate(doc, lang="sv")
    assert swedish.errors[0].message == "värdet är inte ett ändligt tal"
    doc["extensions"] = {}
    doc["focus_areas"][0]["number"] = float("inf")
    assert [(e.code, e.path) for e in omvarld.validate(doc).errors] == [("format", "/focus_areas/0/number")]
    # Where a number is the wrong JSON type, a NaN is too: `type`, as for any number.
    doc["focus_areas"][0]["number"] = 1
    doc["id"] = float("nan")
    assert [(e.code, e.path) for e in omvarld.validate(doc).errors] == [("type", "/id")]


def test_validate_reports_numbers_beyond_a_double_at_their_path(doc: dict[str, Any]) -> None:
    doc["extensions"] = {"huge": 10**400}
    report = omvarld.validate(doc)
    # The bytes path says `syntax` (number out of range) at ""; a dict has no
    # line and column, so the issue points at the value itself.
    assert [(e.code, e.path) for e in report.errors] == [("syntax", "/extensions/huge")]
    assert "out of range" in report.errors[0].message


def test_validate_raises_type_error_only_without_a_json_form(doc: dict[str, Any]) -> None:
    with pytest.raises(TypeError, match="set"):
        omvarld.validate({1, 2})  # type: ignore[arg-type]
    doc["extensions"] = {"tags": {"a", "b"}}
    with pytest.raises(TypeError, match=r"set.*/extensions/tags"):
        omvarld.validate(doc)
    with socket.socket() as s, pytest.raises(TypeError, match="socket"):
        omvarld.validate(s)  # type: ignore[arg-type]


# ---- 2. no invented line and column for dict input -------------------------


def test_dict_input_has_no_line_or_column(doc: dict[str, Any]) -> None:
    doc["positions"][3]["status"] = "maybe"
    doc["positions"][4]["focus_areas"] = ["bostad"]
    report = omvarld.validate(doc)
    assert report.issues()
    assert all(i.line is None and i.column is None for i in report.issues())
    assert all("line" not in i.to_dict() for i in report.issues())
    assert "line " not in report._repr_html_()
    semantic = json.loads(RICH.read_text(encoding="utf-8"))
    semantic["positions"][4]["focus_areas"] = ["bostad"]
    report = omvarld.validate(semantic)
    assert [e.code for e in report.errors] == ["unknown_reference"]
    assert (report.errors[0].line, report.errors[0].column) == (None, None)
    # Bytes keep their real place.
    text = json.dumps(doc, indent=2).encode()
    assert all(i.line is not None for i in omvarld.validate(text).errors)


# ---- 3. bool(report) ---------------------------------------------------------


def test_bool_of_a_report_is_an_error_pointing_at_valid() -> None:
    invalid = omvarld.validate(b"[]")
    valid = omvarld.malmo().validate()
    for report in (invalid, valid):
        with pytest.raises(TypeError, match=r"\.valid"):
            bool(report)
        with pytest.raises(TypeError):
            if report:  # noqa: SIM108 - the point of the test
                pass
    assert valid.valid and not invalid.valid


# ---- 4. pydantic-style errors ------------------------------------------------


def test_errors_carry_loc_input_ctx(doc: dict[str, Any]) -> None:
    doc["positions"][1]["id"] = doc["positions"][0]["id"]
    doc["positions"][2]["status"] = "maybe"
    doc["positions"][2]["extensions"] = {"a/b~c": "x"}
    with pytest.raises(ValidationError) as info:
        Programme.from_dict(doc)
    err = info.value
    assert err.error_count() == len(err.errors()) == 1
    (entry,) = err.errors()
    assert entry["loc"] == ("positions", 2, "status")
    assert entry["input"] == "maybe"
    assert entry["type"] == entry["code"] == "enum"
    assert entry["msg"] == entry["message"] and entry["path"] == "/positions/2/status"
    assert entry["severity"] == "error" and entry["line"] is None and entry["column"] is None
    assert entry["ctx"]["message"] == "not_allowed" and entry["ctx"]["value"] == "maybe"
    assert pickle.loads(pickle.dumps(err)).errors() == err.errors()

    # Semantic errors through load(check=True): ctx as the core serializes it.
    doc["positions"][2]["status"] = "active"
    with pytest.raises(ValidationError) as info:
        omvarld.loads(json.dumps(doc)).check()
    dup = next(e for e in info.value.report.errors if e.code == "duplicate_id")
    assert dup.ctx == {"message": "duplicate_id", "id": doc["positions"][0]["id"], "of": "position"}
    assert dup.loc == ("positions", 1, "id")


def test_loc_unescapes_json_pointer() -> None:
    issue = omvarld.Issue("unknown_field", "/extensions/a~1b~0c/0/01", "x")
    assert issue.loc == ("extensions", "a/b~c", 0, "01")
    assert omvarld.Issue("type", "", "x").loc == ()


def test_loads_errors_have_input_and_place() -> None:
    with pytest.raises(ValidationError) as info:
        omvarld.loads('{"schema_version": "1.0", "id": "Not An Id"}')
    by_path = {e["path"]: e for e in info.value.errors()}
    assert by_path["/id"]["input"] == "Not An Id"
    assert (by_path["/id"]["line"], by_path["/id"]["column"]) == (1, 33)
    assert "input" not in by_path["/title"]  # a missing member has no input


def test_codes_catalogue() -> None:
    codes = omvarld.codes()
    by_code = {c["code"]: c for c in codes}
    assert {"syntax", "duplicate_id", "uncovered_focus_area"} <= set(by_code)
    assert by_code["duplicate_id"]["kind"] == "semantic" and by_code["duplicate_id"]["severity"] == "error"
    assert by_code["syntax"]["kind"] == "input"
    assert by_code["required"]["kind"] == "structural"
    assert all(set(c) >= {"code", "severity", "kind", "description_en", "description_sv", "path"} for c in codes)
    assert "…/id" in by_code["duplicate_id"]["path"]


def test_raise_for_errors() -> None:
    valid = omvarld.malmo().validate()
    assert valid.raise_for_errors() is valid
    invalid = omvarld.validate(b"[]")
    with pytest.raises(ValidationError) as info:
        invalid.raise_for_errors()
    assert info.value.report == invalid


def test_report_to_pandas_keeps_columns_when_empty() -> None:
    pd = pytest.importorskip("pandas")
    columns = ["severity", "code", "path", "loc", "message", "line", "column", "ctx"]
    empty = omvarld.Report().to_pandas()
    assert isinstance(empty, pd.DataFrame) and list(empty.columns) == columns and len(empty) == 0
    frame = omvarld.validate(b'{"schema_version": 1}').to_pandas()
    assert list(frame.columns) == columns
    assert set(frame["code"]) >= {"type", "required"}
    assert str(frame["line"].dtype) == "Int64" == str(empty["line"].dtype)
    assert frame.dtypes.equals(empty.dtypes)


def test_load_check_and_file_names(tmp_path: Path, doc: dict[str, Any]) -> None:
    doc["positions"][4]["focus_areas"] = ["bostad"]  # semantic only
    path = tmp_path / "programme.json"
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    assert omvarld.load(path).id == doc["id"]  # structural reading passes
    with pytest.raises(ValidationError, match="programme.json") as info:
        omvarld.load(path, check=True)
    assert info.value.filename == str(path)
    assert [e["code"] for e in info.value.errors()] == ["unknown_reference"]
    assert info.value.errors()[0]["line"] is not None
    assert info.value.errors()[0]["input"] == "bostad"
    assert omvarld.load(RICH, check=True, as_of="2026-01-01").id == doc["id"]
    with pytest.raises(ValidationError, match="programme.json"):
        path.write_text('{"schema_version": "1.0"}', encoding="utf-8")
        omvarld.load(path)
    with pytest.raises(ValueError, match="check=True"):
        omvarld.load(RICH, as_of="2026-01-01")


# ---- 5. values from pandas and numpy ------------------------------------------


def test_dates_accept_datetime_pandas_numpy() -> None:
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    want = datetime.date(2026, 1, 15)
    for value in (
        want,
        datetime.datetime(2026, 1, 15),
        pd.Timestamp("2026-01-15"),
        np.datetime64("2026-01-15"),
        np.datetime64("2026-01-15T00:00:00"),
    ):
        assert omvarld.Period(start=value).start == want, value
    for value in (datetime.datetime(2026, 1, 15, 10, 30), pd.Timestamp("2026-01-15 10:30"), np.datetime64("2026-01-15T10:30")):
        with pytest.raises(ValidationError, match="start") as info:
            omvarld.Period(start=value)
        assert info.value.errors()[0]["loc"] == ("start",)
    assert omvarld.validate(omvarld.malmo().to_dict(), as_of=pd.Timestamp("2026-01-01")).valid


def test_integers_accept_index_and_other_values_are_validation_errors() -> None:
    np = pytest.importorskip("numpy")
    m = omvarld.Measurement(year=np.int64(2024), value=np.float32(1.5))
    assert (m.year, m.value) == (2024, 1.5) and type(m.year) is int
    area = omvarld.malmo().focus_areas[0]
    assert area.replace(number=np.int32(1)).number == 1
    for bad in (object(), {1, 2}, b"2024"):
        with pytest.raises(ValidationError, match="year") as info:
            omvarld.Measurement(year=bad, value=1.0)
        assert info.value.errors()[0]["loc"] == ("year",)


# ---- 6. tables for pandas --------------------------------------------------------


def test_empty_tables_keep_columns_and_dtypes(rich: Programme) -> None:
    pytest.importorskip("pandas")
    malmo = omvarld.malmo()
    for table in omvarld.TABLES:
        if table == "coverage":
            continue
        full, empty = rich.to_pandas(table), malmo.to_pandas(table)
        if len(empty) == 0:
            assert list(empty.columns) == list(full.columns), table
            assert empty.dtypes.to_dict() == full.dtypes.to_dict(), table
    positions = malmo.to_pandas("positions")
    assert len(positions) == 0 and positions["status"].tolist() == []
    assert str(positions["adopted"].dtype) == "datetime64[ns]"


def test_indicators_index_is_unique(rich: Programme) -> None:
    pytest.importorskip("pandas")
    doc = rich.to_dict()
    indicator = {"id": "andel", "name": {"sv": "Andel"}}
    for area in doc["focus_areas"][:2]:
        area["direction_goal"]["indicators"] = [indicator]
    frame = Programme.from_dict(doc).to_pandas("indicators")
    assert frame.index.names == ["focus_area", "id"] and frame.index.is_unique
    assert frame.loc[(doc["focus_areas"][1]["id"], "andel"), "name"] == "Andel"


def test_dates_outside_what_nanoseconds_hold_are_not_wrapped(rich: Programme) -> None:
    pd = pytest.importorskip("pandas")
    doc = rich.to_dict()
    doc["positions"][0]["adopted"] = "0001-01-01"
    doc["positions"][0]["review_by"] = "9999-12-31"
    doc["positions"][1]["adopted"] = "2024-02-29"
    frame = Programme.from_dict(doc).to_pandas("positions")
    assert str(frame["adopted"].dtype) == "datetime64[s]"
    assert frame["adopted"].iloc[0] == pd.Timestamp("0001-01-01")
    assert frame["review_by"].iloc[0] == pd.Timestamp("9999-12-31")
    assert frame["adopted"].iloc[1] == pd.Timestamp("2024-02-29")
    # A column with ordinary dates stays in nanoseconds.
    assert str(frame["decision_date"].dtype) == "datetime64[ns]"
    if importlib.util.find_spec("polars") is not None:
        assert Programme.from_dict(doc).to_polars("positions")["adopted"][0].isoformat() == "0001-01-01"


def test_dates_are_datetime64_and_lists_are_lists(rich: Programme) -> None:
    pd = pytest.importorskip("pandas")
    frame = rich.to_pandas("positions")
    assert str(frame["adopted"].dtype) == "datetime64[ns]"
    assert frame["adopted"].iloc[0] == pd.Timestamp(rich.positions[0].adopted)
    assert isinstance(frame["focus_areas"].iloc[0], list)
    assert frame["focus_areas"].iloc[0] == list(rich.positions[0].focus_areas)
    joined = rich.to_pandas("positions", join_lists=True)
    assert joined["contribution_aims"].iloc[0] == ", ".join(rich.positions[0].contribution_aims)
    assert rich.records("positions", join_lists=" | ")[0]["target_levels"] == " | ".join(
        t.level for t in rich.positions[0].targets
    )


def test_records_keep_every_translation_and_extensions(rich: Programme) -> None:
    doc = rich.to_dict()
    doc["positions"][0]["title"]["sme"] = "Bargobálvalus galgá leat Malmös"
    doc["positions"][1]["title"]["en-GB"] = "Colour"
    doc["positions"][0]["extensions"] = {"local": 1}
    p = Programme.from_dict(doc)
    rows = p.records("positions")
    assert rows[0]["title_sme"] == "Bargobálvalus galgá leat Malmös" and rows[1]["title_sme"] is None
    assert rows[1]["title_en-GB"] == "Colour" and rows[0]["title"] == doc["positions"][0]["title"]["sv"]
    assert "extensions" not in rows[0]
    english = p.records("positions", lang="en", extensions=True)
    assert english[0]["title"] == doc["positions"][0]["title"]["en"]
    assert english[0]["extensions"] == {"local": 1} and english[1]["extensions"] is None
    assert english[0]["target_bodies"][0] == doc["positions"][0]["targets"][0]["body"]["en"]
    # No English: the main column falls back to Swedish, the en column is empty.
    sv_only = omvarld.malmo().records("contribution_aims", lang="se")
    assert all(r["title"] for r in sv_only)
    with pytest.raises(TypeError, match="unexpected keyword"):
        p.records("positions", language="en")
    pytest.importorskip("pandas")
    frame = p.to_pandas("positions", lang="en", extensions=True)
    assert {"title_sme", "title_en-GB", "extensions"} <= set(frame.columns)


def test_to_polars(rich: Programme) -> None:
    pl = pytest.importorskip("polars")
    frame = rich.to_polars("positions")
    assert isinstance(frame, pl.DataFrame) and frame.height == len(rich.positions)
    assert frame.schema["adopted"] == pl.Date and frame.schema["focus_areas"] == pl.List(pl.Utf8)
    empty = omvarld.malmo().to_polars("positions")
    assert empty.height == 0 and empty.schema == frame.schema
    indicators = omvarld.malmo().to_polars("indicators")
    assert indicators.columns[:2] == ["focus_area", "id"]


# ---- 7. counts that agree ------------------------------------------------------


def test_counts_agree_when_every_position_is_withdrawn(rich: Programme) -> None:
    doc = rich.to_dict()
    for position in doc["positions"]:
        position["status"] = "withdrawn"
    p = Programme.from_dict(doc)
    report = p.validate()
    uncovered = {w.path for w in report.warnings if w.code == "uncovered_focus_area"}
    assert uncovered == {f"/focus_areas/{k}" for k in range(len(p.focus_areas))}
    assert all(total == 0 for total in p.coverage().area_totals)
    rows = p.records("focus_areas")
    assert [r["positions_in_force"] for r in rows] == list(p.coverage().area_totals)
    assert [r["positions_total"] for r in rows] == [len(p.positions_for(f.id)) for f in p.focus_areas]
    assert sum(r["positions_total"] for r in rows) > 0
    html = p._repr_html_()
    assert "positions in force" in html and "0 in force" in html
    for area in p.focus_areas:
        total = len(p.positions_for(area.id))
        assert f"<td>0</td><td>{total}</td></tr>" in html


def test_in_force_counts_match_coverage(rich: Programme) -> None:
    rows = rich.records("focus_areas")
    assert [r["positions_in_force"] for r in rows] == list(rich.coverage().area_totals)
    assert all(r["positions_total"] >= r["positions_in_force"] for r in rows)
