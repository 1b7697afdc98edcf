"""validate(dict) writes JSON text straight from the Python objects (no
serde_json::Value in between): the text it writes must say what the value
says, escapes, key order and repeated keys included."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

import omvarld

from conftest import FIXTURES, pairs

RICH = FIXTURES / "valid" / "malmo-rich.json"

AWKWARD = ['q"uote', "back\\slash", "new\nline", "ctl\x01\x1f", "del\x7f", "a/b~c", "ünï\u2028cödé", "😀", ""]


@pytest.fixture()
def doc() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(RICH.read_text(encoding="utf-8"))
    return result


def issues(report: omvarld.Report) -> list[tuple[str, str, str]]:
    d = report.to_dict()
    return sorted((i["code"], i["path"], i["message"]) for i in d["errors"] + d["warnings"])


def test_awkward_keys_and_strings_read_as_their_json_text(doc: dict[str, Any]) -> None:
    for i, text in enumerate(AWKWARD):
        doc["positions"][0][text] = text  # unknown fields, named in paths
        doc["positions"][1]["id"] = text  # a bad identifier, quoted in the message
        doc["extensions"] = {text: [text, {text: text}]}
        from_value = omvarld.validate(doc)
        from_text = omvarld.validate(json.dumps(doc))
        assert issues(from_value) == issues(from_text), (i, text)
        assert any(i.code == "unknown_field" for i in from_value.errors)


def test_numbers_read_as_their_json_text(doc: dict[str, Any]) -> None:
    values = [0, -1, 2**63 - 1, -(2**63), 2**63, 2**64 - 1, 2**64, 1.5, -0.0, 1e300, 5e-324, 1.0, 1e16, True, False, None]
    doc["extensions"] = {"n": values}
    doc["positions"][0]["number"] = 2**64 + 1
    from_value = omvarld.validate(doc)
    assert issues(from_value) == issues(omvarld.validate(json.dumps(doc)))
    doc["positions"][0]["number"] = 1
    for v in values:
        doc["focus_areas"][0]["number"] = v
        assert issues(omvarld.validate(doc)) == issues(omvarld.validate(json.dumps(doc))), v


def test_member_order_does_not_change_the_verdict(doc: dict[str, Any]) -> None:
    doc["positions"][0]["zz_unknown"] = 1
    doc["positions"][0]["aa_unknown"] = float("nan")
    reordered = dict(reversed(list(doc.items())))
    reordered["positions"] = [dict(reversed(list(p.items()))) for p in doc["positions"]]
    a, b = omvarld.validate(doc), omvarld.validate(reordered)
    assert issues(a) == issues(b)
    assert [(i.code, i.path) for i in a.errors] == [(i.code, i.path) for i in b.errors]


class Pairs(Mapping[str, Any]):
    """A mapping whose items() repeats a key (as a badly written one might)."""

    def __init__(self, items: list[tuple[str, Any]]) -> None:
        self._items = items

    def __getitem__(self, key: str) -> Any:
        return dict(self._items)[key]

    def __iter__(self) -> Iterator[str]:
        return iter(k for k, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def items(self) -> Any:
        return list(self._items)


def test_a_repeated_key_is_kept_once_with_its_last_value(doc: dict[str, Any]) -> None:
    doc["positions"][0] = Pairs([*doc["positions"][0].items(), ("status", 3)])
    report = omvarld.validate(doc)
    assert ("type", "/positions/0/status") in pairs(report.to_dict()["errors"])
    assert not any(i.code == "syntax" for i in report.errors)
    # Its earlier value is still read (a NaN there is still reported).
    doc["extensions"] = Pairs([("x", float("nan")), ("x", 1)])
    report = omvarld.validate(doc)
    assert ("format", "/extensions/x") in pairs(report.to_dict()["errors"])


def test_keys_with_the_same_lossy_text_are_one_member(doc: dict[str, Any]) -> None:
    doc["extensions"] = {"\ud800": 1, "\ud801": 2, "b": 3}
    report = omvarld.validate(doc)
    # Each key is reported at its object; the JSON written is still well-formed.
    assert {(i.code, i.path) for i in report.errors} == {("syntax", "/extensions")}


def test_type_errors_name_the_first_problem_in_document_order() -> None:
    with pytest.raises(TypeError, match=r"`set` at /b"):
        omvarld.validate({"b": {1}, "a": object()})
    with pytest.raises(TypeError, match=r"dictionary keys must be str, not `int` \(1\)"):
        omvarld.validate({"ok": [1, {"x": 1, 1: 2}]})
    with pytest.raises(TypeError, match=r"`object` at /k~1e~0y/0"):
        omvarld.validate({"k/e~y": [object()]})


def test_depth_limit_on_the_direct_writer() -> None:
    deep: list[Any] = []
    cur = deep
    for _ in range(1000):
        nxt: list[Any] = []
        cur.append(nxt)
        cur = nxt
    report = omvarld.validate({"extensions": deep})
    assert [i.code for i in report.errors if i.code == "syntax"] == ["syntax"]
    assert all("nested deeper than" in i.message for i in report.errors if i.code == "syntax")


# ---- tables: built with the cyclic GC paused, and its state given back ----

@pytest.mark.parametrize("build", [
    lambda p: p.records("positions"),
    lambda p: p.to_pandas("positions") if _has_pandas() else p.records("arenas"),
])
@pytest.mark.parametrize("was_enabled", [True, False])
def test_tables_give_back_the_gc_state_they_found(build: Any, was_enabled: bool) -> None:
    import gc

    p = omvarld.malmo()
    before = gc.isenabled()
    try:
        if was_enabled:
            gc.enable()
        else:
            gc.disable()
        build(p)
        assert gc.isenabled() is was_enabled
        with pytest.raises(ValueError, match="no table"):
            p.records("nope")  # type: ignore[arg-type]
        assert gc.isenabled() is was_enabled
    finally:
        if before:
            gc.enable()
        else:
            gc.disable()


def _has_pandas() -> bool:
    try:
        import pandas  # noqa: F401
    except ImportError:
        return False
    return True


def test_table_dates_are_the_dates_of_the_model() -> None:
    # Day numbers from the model, not datetime.date objects converted: the
    # same dates either way, including before 1970 and empty cells.
    doc = omvarld.load(RICH).to_dict()
    doc["adopted"] = "1969-12-31"
    doc["positions"][0]["review_by"] = "2100-02-28"
    doc["positions"][0].pop("adopted", None)
    p = omvarld.Programme.from_dict(doc)
    row = p.records("positions")[0]
    assert row["adopted"] is None and str(row["review_by"]) == "2100-02-28"
    assert str(p.records("programme")[0]["adopted"]) == "1969-12-31"
    pd = pytest.importorskip("pandas")
    frame = p.to_pandas("positions")
    assert pd.isna(frame["adopted"].iloc[0]) and str(frame["review_by"].iloc[0].date()) == "2100-02-28"
    assert str(p.to_pandas("programme")["adopted"].iloc[0].date()) == "1969-12-31"
