"""Collections and list editing: what an attribute returns cannot be changed
in place (tuples, read-only mappings), lists are changed through the
programme (`add`, `replace`, `remove`, assignment), lookups by id.

The collection rule is checked on every property of every class, found by
walking a programme in which every optional member is present, so that a new
field or class is covered without touching this file (and the walk fails if
the sample misses a field).
"""

from __future__ import annotations

import copy
import datetime
import inspect
import json
import pickle
import re
import tempfile
from collections.abc import Mapping, MutableMapping, MutableSequence
from typing import Any

import pytest
import test_kolada

import omvarld
from omvarld import (
    Activity,
    AdvocacyPosition,
    Arena,
    Body,
    ContributionAim,
    FocusArea,
    Indicator,
    Programme,
    Publication,
    Text,
    ValidationError,
)

EXT: dict[str, Any] = {"local": {"code": "A1", "tags": ["x", {"deep": [1, 2]}]}, "n": 1}


def text(sv: str, en: str) -> dict[str, str]:
    return {"sv": sv, "en": en}


def full_document() -> dict[str, Any]:
    """A programme in which every optional member of every object is present."""
    indicator = {
        "id": "forvarvsfrekvens",
        "name": text("Förvärvsfrekvens", "Employment rate"),
        "unit": "procent",
        "kolada_kpi": "N00914",
        "baseline": {"year": 2022, "value": 72.1, "extensions": EXT},
        "target": {"year": 2026, "value": 75.0, "extensions": EXT},
        "direction": "increase",
        "results": [
            {"year": 2023, "value": 70.9, "gender": "female", "comment": text("Preliminärt", "Preliminary"),
             "source": {"name": "Kolada", "retrieved": "2026-01-10", "url": "https://www.kolada.se/", "extensions": EXT},
             "extensions": EXT},
        ],
        "extensions": EXT,
    }

    def area(k: int, id: str) -> dict[str, Any]:
        return {
            "id": id,
            "number": k,
            "title": text(f"Område {k}", f"Area {k}"),
            "description": text("Beskrivning", "Description"),
            "direction_goal": {
                "statement": text("Mål", "Goal"),
                "indicators": [indicator],
                "extensions": EXT,
            },
            "extensions": EXT,
        }

    def position(id: str, status: str, areas: list[str]) -> dict[str, Any]:
        return {
            "id": id,
            "title": text(f"Ståndpunkt {id}", f"Position {id}"),
            "statement": text("Malmö vill", "Malmö wants"),
            "focus_areas": areas,
            "targets": [{"level": "national", "body": text("Regeringen", "The Government"), "extensions": EXT}],
            "status": status,
            "rationale": text("Därför", "Because"),
            "contribution_aims": ["nationell-paverkan"],
            "arenas": ["eurocities"],
            "priority": "high",
            "owner": "Stadskontoret",
            "adopted": "2025-01-15",
            "review_by": "2026-01-15",
            "asks": [text("Malmö vill att staten tar ansvar.", "Malmö wants the state to take responsibility.")],
            "shift": {"from": text("I dag", "Today"), "to": text("I morgon", "Tomorrow"), "extensions": EXT},
            "decision": {"body": "ks", "date": "2025-01-15", "reference": "KS-2025-1", "url": "https://malmo.se/beslut",
                         "extensions": EXT},
            "references": [
                {"title": text("En utredning", "An inquiry"), "kind": "government_inquiry", "relation": "answers",
                 "identifier": "SOU 2017:114", "case_number": "S2022/00610", "url": "https://www.regeringen.se/",
                 "extensions": EXT},
            ],
            "follow_up": [
                {"date": "2025-06-30", "status": status, "assessment": "partial", "note": text("Framfört", "Presented"),
                 "extensions": EXT},
            ],
            "extensions": EXT,
        }

    return {
        "$schema": "https://omvarld.github.io/schemas/1.1/programme.schema.json",
        "schema_version": "1.1",
        "id": "prog",
        "title": text("Program", "Programme"),
        "organisation": {
            "name": text("Malmö stad", "City of Malmö"),
            "municipality_code": "1280",
            "country": "SE",
            "extensions": EXT,
        },
        "adopted": "2024-01-01",
        "period": {"start": "2024-01-01", "end": "2027-12-31", "extensions": EXT},
        "summary": text("Sammanfattning", "Summary"),
        "focus_areas": [area(1, "arbetsmarknad"), area(2, "bostader"), area(3, "miljo-och-klimat")],
        "contribution_aims": [
            {"id": "nationell-paverkan", "title": text("Nationell påverkan", "National influence"),
             "description": text("B", "D"), "extensions": EXT},
            {"id": "profilering", "title": text("Profilering", "Profiling"),
             "description": text("B", "D"), "extensions": EXT},
        ],
        "arenas": [
            {"id": "eurocities", "name": text("Eurocities", "Eurocities"), "level": "eu", "kind": "network",
             "description": text("Nätverk", "Network"), "extensions": EXT},
        ],
        "bodies": [
            {"id": "ks", "name": text("Kommunstyrelsen", "City Executive Board"), "kind": "executive_board",
             "extensions": EXT},
        ],
        "positions": [
            position("fler-bostader", "active", ["bostader"]),
            position("jobb", "draft", ["arbetsmarknad"]),
            position("klimat", "adopted", ["miljo-och-klimat", "bostader"]),
        ],
        "activities": [
            {"id": "almedalen", "title": text("Almedalen", "Almedalen Week"), "starts": "2025-06-23",
             "ends": "2025-06-27", "arena": "eurocities", "positions": ["fler-bostader"],
             "description": text("Vecka", "Week"), "extensions": EXT},
        ],
        "publications": [
            {"id": "det-har-vill-malmo", "title": text("Det här vill Malmö", "What Malmö wants"),
             "published": "2025-03-01", "url": "https://malmo.se/vill", "positions": ["fler-bostader"],
             "kind": "position_folder", "identifier": "KS-2025-2", "extensions": EXT},
        ],
        "extensions": EXT,
    }


@pytest.fixture
def prog() -> Programme:
    return Programme.from_dict(full_document())


# ---- 1. the collection rule, on every property of every class ----------------


def properties(cls: type) -> list[str]:
    return sorted(
        name for name, member in inspect.getmembers(cls) if inspect.isdatadescriptor(member) and not name.startswith("_")
    )


def omvarld_classes() -> list[type]:
    return [
        obj
        for name in omvarld.__all__
        if isinstance(obj := getattr(omvarld, name), type) and not issubclass(obj, BaseException)
    ]


def samples() -> dict[type, Any]:
    """The most complete instance of each class reached from a full programme."""
    p = Programme.from_dict(full_document())
    best: dict[type, tuple[int, Any]] = {}
    seen: set[int] = set()
    keep: list[Any] = []  # alive, so that no id() is reused
    # A report with errors and warnings, whose error has a line, a loc and a ctx.
    duplicated = full_document()
    duplicated["positions"].append(dict(duplicated["positions"][0]))
    both = omvarld.validate(json.dumps(duplicated))
    # A diff with errors on both sides and a change whose every member is
    # filled, its values collections (the JSON form can say all of that).
    issue = {"code": "syntax", "severity": "error", "path": "", "message": "x", "line": 1, "column": 1}
    change = {
        "kind": "changed", "old_path": "/extensions/a", "new_path": "/extensions/a", "object": "Programme",
        "member": "a", "lang": "sv", "subject": {"object": "Programme", "id": "p", "title": {"sv": "P"}},
        "old": [1, {"b": [2]}], "new": {"c": [3]},
    }
    diff = omvarld.Diff.from_json(
        json.dumps({"old": {"version": "1.0", "errors": [issue]}, "new": {"version": "1.1", "errors": [issue]}, "changes": [change]})
    )
    with tempfile.TemporaryDirectory() as tables:
        p.to_csv(tables)
        imported = omvarld.read_csv(tables)
    todo: list[Any] = [p, p.coverage(), p.validate(), omvarld.validate('{"id": '), both, imported, diff]
    # A fetch from Kolada, from the recorded responses on a local server.
    todo.append(test_kolada.sample_result())
    while todo:
        obj = todo.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        keep.append(obj)
        if isinstance(obj, (tuple, list)):
            todo.extend(obj)
            continue
        if type(obj) not in omvarld_classes():
            continue
        values = {name: getattr(obj, name) for name in properties(type(obj))}
        filled = sum(v is not None and v != () for v in values.values())
        if filled > best.get(type(obj), (-1, None))[0]:
            best[type(obj)] = (filled, obj)
        todo.extend(v for v in values.values() if v is not None)
    return {cls: obj for cls, (_, obj) in best.items()}


SAMPLES = samples()

def class_params() -> list[Any]:
    params = []
    for cls in omvarld_classes():
        if not properties(cls):
            continue
        params.append(pytest.param(cls, id=cls.__name__))
    return params


def assert_immutable(value: Any, where: str) -> None:
    """`value` (a collection) and every collection inside it refuse changes."""
    if isinstance(value, (str, bytes, Text)):
        return
    if isinstance(value, Mapping):
        assert not isinstance(value, MutableMapping), f"{where} is a mutable mapping"
        with pytest.raises(TypeError):
            value["new-key"] = 1  # type: ignore[index]
        for k, v in value.items():
            assert_immutable(v, f"{where}[{k!r}]")
    elif isinstance(value, (list, tuple, set, frozenset)) or isinstance(value, MutableSequence):
        assert isinstance(value, tuple), f"{where} is a {type(value).__name__}, not a tuple"
        assert not hasattr(value, "append")
        for i, v in enumerate(value):
            assert_immutable(v, f"{where}[{i}]")


def test_every_public_class_has_a_sample() -> None:
    missing = [cls.__name__ for cls in omvarld_classes() if properties(cls) and cls not in SAMPLES]
    assert missing == [], "full_document() does not reach these classes"


#: Where an issue was found is a line and column of JSON or a sheet and cell
#: of a workbook, never both, so one sample leaves two of them None.
PLACES = {"Issue": {"line", "column", "sheet", "cell"}}


@pytest.mark.parametrize("cls", class_params())
def test_every_collection_attribute_is_immutable(cls: type) -> None:
    obj = SAMPLES[cls]
    collections = 0
    for name in properties(cls):
        value = getattr(obj, name)
        if value is None and name in PLACES.get(cls.__name__, set()):
            continue
        # The sample must be complete, or a collection could go unchecked.
        assert value is not None, f"{cls.__name__}.{name} is None in the sample: fill it in full_document()"
        if isinstance(value, (Mapping, tuple, list, set)) and not isinstance(value, Text):
            collections += 1
            assert value, f"{cls.__name__}.{name} is empty in the sample"
            assert_immutable(value, f"{cls.__name__}.{name}")
            # An attempt that raised changed nothing.
            assert getattr(obj, name) == value
    if cls not in (Text,):
        assert collections > 0 or cls.__name__ in {"Issue"}


def test_the_edits_that_used_to_vanish_raise(prog: Programme) -> None:
    with pytest.raises(AttributeError):
        prog.positions.append(prog.positions[0])  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        prog.positions[0].focus_areas.append("miljo")  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        prog.extensions["b"] = 2  # type: ignore[index]
    with pytest.raises(TypeError):
        prog.extensions["local"]["code"] = "B2"  # type: ignore[index]
    with pytest.raises(TypeError):
        prog.positions[0] = prog.positions[1]  # type: ignore[index]
    assert prog.to_dict() == Programme.from_dict(full_document()).to_dict()


def test_assignment_of_a_whole_new_value_works_and_is_validated(prog: Programme) -> None:
    prog.positions = [*prog.positions[:1], prog.positions[2]]
    assert [p.id for p in prog.positions] == ["fler-bostader", "klimat"]
    prog.extensions = {**(prog.extensions or {}), "b": 2}
    assert prog.extensions is not None and prog.extensions["b"] == 2
    assert prog.extensions["local"]["tags"] == ("x", {"deep": (1, 2)})
    with pytest.raises(ValidationError) as info:
        prog.positions = [prog.positions[0], {"id": "x"}]
    assert ("required", "/positions/1/title") in [(e["code"], e["path"]) for e in info.value.errors()]
    assert len(prog.positions) == 2
    # Nested objects change through replace(): a changed copy, assigned back.
    area = prog.focus_areas[0]
    goal = area.direction_goal.replace(indicators=[*area.direction_goal.indicators[1:]])
    prog.replace(area.replace(direction_goal=goal))
    assert prog.focus_areas[0].direction_goal.indicators == ()


def test_extensions_read_only_but_plain_in_to_dict_and_pickle(prog: Programme) -> None:
    assert prog.to_dict()["extensions"] == EXT
    assert isinstance(prog.to_dict()["extensions"]["local"]["tags"], list)
    assert pickle.loads(pickle.dumps(prog)) == prog
    position = prog.positions[0]
    assert copy.deepcopy(position) == position
    assert AdvocacyPosition(**{**position.to_dict(), "extensions": position.extensions}) == position


def test_records_keep_plain_lists(prog: Programme) -> None:
    row = prog.records("positions")[0]
    assert row["focus_areas"] == list(prog.positions[0].focus_areas)


# ---- 2. add / replace / remove, once for every list ----------------------------

KINDS = ["focus_areas", "contribution_aims", "arenas", "bodies", "positions", "activities", "publications"]


def new_element(prog: Programme, kind: str) -> Any:
    first = getattr(prog, kind)[0]
    changes: dict[str, Any] = {"id": "brand-new"}
    if kind == "focus_areas":
        changes["number"] = len(prog.focus_areas) + 1
    return first.replace(**changes)


@pytest.mark.parametrize("kind", KINDS)
def test_add_appends_and_refuses_a_duplicate_id(prog: Programme, kind: str) -> None:
    before = len(getattr(prog, kind))
    prog.add(new_element(prog, kind))
    assert [x.id for x in getattr(prog, kind)][-1] == "brand-new"
    assert len(getattr(prog, kind)) == before + 1
    existing = getattr(prog, kind)[0]
    with pytest.raises(ValueError, match=re.escape(f"`{existing.id}`")) as info:
        prog.add(existing.replace())
    assert isinstance(info.value, ValidationError)
    assert [(e["code"], e["path"]) for e in info.value.errors()] == [("duplicate_id", f"/{kind}/{before + 1}/id")]
    assert len(getattr(prog, kind)) == before + 1


@pytest.mark.parametrize("kind", KINDS)
def test_replace_changes_the_element_with_that_id(prog: Programme, kind: str) -> None:
    items = getattr(prog, kind)
    target = items[-1]
    field = "name" if kind in ("arenas", "bodies") else "title"
    prog.replace(target.replace(**{field: "Ändrad"}))
    assert str(getattr(getattr(prog, kind)[-1], field)) == "Ändrad"
    assert [x.id for x in getattr(prog, kind)] == [x.id for x in items]


@pytest.mark.parametrize("kind", KINDS)
def test_replace_of_an_unknown_id_is_a_key_error_with_a_suggestion(prog: Programme, kind: str) -> None:
    known = getattr(prog, kind)[0]
    with pytest.raises(KeyError, match=re.escape(f"did you mean `{known.id}`?")):
        prog.replace(known.replace(id=known.id + "x"))


@pytest.mark.parametrize("kind", KINDS)
def test_remove_returns_the_element(prog: Programme, kind: str) -> None:
    last = getattr(prog, kind)[-1]
    removed = prog.remove(kind, last.id)  # type: ignore[call-overload]
    assert removed == last and type(removed) is type(last)
    assert last.id not in [x.id for x in getattr(prog, kind)]
    with pytest.raises(KeyError, match=re.escape(last.id)):
        prog.remove(kind, last.id)  # type: ignore[call-overload]


def test_remove_refuses_an_unknown_kind_and_the_last_focus_area(prog: Programme) -> None:
    with pytest.raises(ValueError, match="did you mean `positions`"):
        prog.remove("position", "jobb")
    with pytest.raises(KeyError, match="did you mean `jobb`"):
        prog.remove("positions", "jobbb")
    prog.focus_areas = prog.focus_areas[:1]
    with pytest.raises(ValidationError) as info:
        prog.remove("focus_areas", prog.focus_areas[0].id)
    assert [(e["code"], e["path"]) for e in info.value.errors()] == [("length", "/focus_areas")]
    assert len(prog.focus_areas) == 1


def test_add_takes_model_objects_only(prog: Programme) -> None:
    with pytest.raises(TypeError, match="dict"):
        prog.add({"id": "x"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="only for indicators"):
        prog.add(new_element(prog, "positions"), focus_area="bostader")


def test_error_paths_carry_the_real_index(prog: Programme) -> None:
    bad = {**prog.positions[1].to_dict(), "title": {"sv": " "}}
    with pytest.raises(ValidationError) as info:
        prog.replace_position(bad)
    assert [e["path"] for e in info.value.errors()] == ["/positions/1/title/sv"]
    with pytest.raises(ValidationError) as info:
        prog.add_position({**bad, "id": "ny"})
    assert [e["path"] for e in info.value.errors()] == ["/positions/3/title/sv"]
    with pytest.raises(ValueError, match="`jobb`"):
        prog.add_position(prog.positions[1].to_dict())
    with pytest.raises(KeyError, match="did you mean `jobb`"):
        prog.replace_position({**prog.positions[1].to_dict(), "id": "jobbb"})
    assert len(prog.positions) == 3


def test_indicators_are_edited_through_their_focus_area(prog: Programme) -> None:
    area = prog.focus_areas[1]
    new = Indicator(id="bostader-byggda", name="Byggda bostäder", unit="st")
    prog.add(new, focus_area=area.id)
    assert [i.id for i in prog.focus_areas[1].direction_goal.indicators] == ["forvarvsfrekvens", "bostader-byggda"]
    with pytest.raises(ValidationError) as info:
        prog.add(new, focus_area=area)
    assert [(e["code"], e["path"]) for e in info.value.errors()] == [
        ("duplicate_id", "/focus_areas/1/direction_goal/indicators/2/id")
    ]
    prog.replace(new.replace(unit="bostäder"), focus_area=area)
    assert prog.focus_areas[1].direction_goal.indicators[1].unit == "bostäder"
    with pytest.raises(KeyError, match="did you mean `bostader-byggda`"):
        prog.replace(new.replace(id="bostader-byggd"), focus_area=area)
    with pytest.raises(TypeError, match="focus_area="):
        prog.add(new)
    with pytest.raises(KeyError, match="did you mean `bostader`"):
        prog.add(new, focus_area="bostad")
    assert prog.remove("indicators", "bostader-byggda", focus_area="bostader").unit == "bostäder"
    # The other focus areas' indicators are untouched.
    assert [len(f.direction_goal.indicators) for f in prog.focus_areas] == [1, 1, 1]


def test_changes_do_not_reach_copies_or_views_taken_before(prog: Programme) -> None:
    view = prog.positions[0]
    other = copy.copy(prog)
    prog.remove("positions", view.id)
    assert view.id == "fler-bostader" and len(other.positions) == 3 and len(prog.positions) == 2


# ---- 3. lookups ---------------------------------------------------------------


def test_positions_for_unknown_focus_area_is_a_key_error(prog: Programme) -> None:
    with pytest.raises(KeyError, match="did you mean `miljo-och-klimat`"):
        prog.positions_for("miljo")
    with pytest.raises(KeyError, match="no focus area with id `nope`; known: arbetsmarknad, bostader"):
        prog.positions_for("nope")


def test_positions_for_takes_a_focus_area_and_a_status_filter(prog: Programme) -> None:
    area = prog.focus_area("bostader")
    assert area is not None
    ids = lambda ps: [p.id for p in ps]  # noqa: E731
    assert ids(prog.positions_for(area)) == ids(prog.positions_for("bostader")) == ["fler-bostader", "klimat"]
    assert isinstance(prog.positions_for(area), tuple)
    assert ids(prog.positions_for("bostader", status="active")) == ["fler-bostader"]
    assert ids(prog.positions_for("bostader", status=["active", "adopted"])) == ["fler-bostader", "klimat"]
    assert ids(prog.positions_for(area, status=("draft",))) == []
    assert ids(prog.positions_for("bostader", status=None)) == ["fler-bostader", "klimat"]
    with pytest.raises(ValueError, match="did you mean `active`"):
        prog.positions_for("bostader", status="activ")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        prog.positions_for(3)  # type: ignore[arg-type]


# ---- 4. indexing without rebuilding the list -----------------------------------


def test_list_attributes_are_built_once_per_version(prog: Programme) -> None:
    for kind in KINDS:
        assert getattr(prog, kind) is getattr(prog, kind), kind
    before = prog.positions
    prog.replace(prog.positions[0].replace(status="withdrawn"))
    after = prog.positions
    assert after is not before and after is prog.positions
    assert before[0].status == "active" and after[0].status == "withdrawn"
    assert prog.focus_areas is not None and len(prog.positions) == 3


# ---- 5. small ones --------------------------------------------------------------


def test_text_formats_like_str() -> None:
    t = Text("Miljö", en="Environment")
    assert format(t, ">8") == format("Miljö", ">8") == "   Miljö"
    assert f"{t:^9}|{t}" == f"{'Miljö':^9}|Miljö"
    assert format(t) == "Miljö"


def test_text_refuses_two_values_for_one_language() -> None:
    with pytest.raises(TypeError, match="`sv`"):
        Text({"sv": "a"}, sv="b")
    with pytest.raises(TypeError, match="`en`"):
        Text(Text("a", en="b"), en="c")
    assert Text({"sv": "a"}, en="b").to_dict() == {"sv": "a", "en": "b"}


def test_reprs_show_dates_as_dates() -> None:
    a = Activity(id="almedalen", title="Almedalen", starts="2025-06-23", ends=datetime.date(2025, 6, 27))
    assert repr(a) == (
        "Activity(id='almedalen', title='Almedalen', starts=datetime.date(2025, 6, 23), "
        "ends=datetime.date(2025, 6, 27))"
    )
    assert repr(omvarld.Period(start="2024-01-01")) == "Period(start=datetime.date(2024, 1, 1))"


def test_generic_methods_cover_every_listed_class() -> None:
    # Every class that a programme lists by id can be added.
    for cls in (FocusArea, ContributionAim, Arena, Body, AdvocacyPosition, Activity, Publication, Indicator):
        assert "id" in properties(cls)
