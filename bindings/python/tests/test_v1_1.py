"""Standard 1.1 in Python (SPEC §6): the new classes and members, their
tables, `json_schema` per version and `omvarld.upgrade`.

The table contents are written out by hand from
``tests/fixtures/valid/v1-1-rich.json``, the fixture that uses every 1.1 member.
"""

from __future__ import annotations

import copy
import datetime
import json
import pickle
from typing import Any

import pytest

import omvarld
from omvarld import (
    AdvocacyPosition,
    Body,
    Decision,
    FollowUp,
    Indicator,
    IndicatorResult,
    Programme,
    Publication,
    Reference,
    Shift,
    Source,
    Text,
    ValidationError,
)

from conftest import FIXTURES

RICH = FIXTURES / "valid" / "v1-1-rich.json"
SMALL = FIXTURES / "valid" / "v1-1-small.json"
OLD = FIXTURES / "valid" / "malmo-rich.json"

NEW_CLASSES = (Body, Decision, Shift, Reference, FollowUp, IndicatorResult, Source)


@pytest.fixture(scope="module")
def rich() -> Programme:
    return omvarld.load(RICH)


def new_objects(p: Programme) -> list[Any]:
    """Every object of a 1.1 class in the programme."""
    out: list[Any] = list(p.bodies)
    for position in p.positions:
        out += [x for x in (position.shift, position.decision) if x is not None]
        out += [*position.references, *position.follow_up]
    for area in p.focus_areas:
        for indicator in area.direction_goal.indicators:
            out += indicator.results
            out += [r.source for r in indicator.results if r.source is not None]
    return out


def errors(info: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return sorted((e["code"], e["path"]) for e in info.value.errors())


# ---- the classes ---------------------------------------------------------------


def test_every_new_class_is_in_the_rich_fixture(rich: Programme) -> None:
    assert {type(o) for o in new_objects(rich)} == set(NEW_CLASSES)
    assert all(cls.__module__ == "omvarld" for cls in NEW_CLASSES)
    assert {cls.__name__ for cls in NEW_CLASSES} <= set(omvarld.__all__)


def test_every_new_object_round_trips(rich: Programme) -> None:
    for obj in new_objects(rich):
        cls = type(obj)
        d = obj.to_dict()
        assert cls.from_dict(d) == obj, d
        assert cls.from_dict(d).to_dict() == d
        assert cls.from_json(obj.to_json()) == obj
        assert json.loads(obj.to_json()) == d
        assert pickle.loads(pickle.dumps(obj)) == obj
        assert copy.copy(obj) == obj and copy.deepcopy(obj) == obj
        assert obj.replace() == obj
        assert repr(obj).startswith(f"{cls.__name__}(")
        # Keyword construction from the attributes gives the same object.
        kwargs = {("from_" if k == "from" else k): v for k, v in d.items()}
        assert cls(**kwargs) == obj


def test_attributes_under_json_names(rich: Programme) -> None:
    body = rich.body("arbetsmarknadsnamnden")
    assert body is not None and body.kind == "committee" and body.name == Text("Arbetsmarknads- och socialnämnden")
    assert body.extensions == {"förkortning": "ASN"}
    assert rich.body("nope") is None
    position = rich.position("lokal-arbetsformedling")
    assert position is not None
    assert position.asks[1] == Text("Malmö vill att kommunen får ett tydligt uppdrag i arbetsmarknadspolitiken.")
    assert position.asks[0].en == "Malmö wants the Public Employment Service to be present locally in every district."
    assert position.shift is not None and position.shift.from_.sv.startswith("Arbetsförmedlingen har dragit ner")
    assert position.shift.to.sv == "Arbetsförmedlingen finns på plats där Malmöborna bor."
    assert position.decision == Decision(body="ks", date=datetime.date(2023, 5, 3), reference="KS-2023-1234",
                                         url="https://malmo.se/")
    memo = position.references[1]
    assert (memo.kind, memo.relation, memo.identifier, memo.case_number) == (
        "ministry_memo", "answers", "Ds 2023:5", "A2023/00123")
    assert position.references[0].url is None
    assert [(f.date, f.status, f.assessment) for f in position.follow_up] == [
        (datetime.date(2024, 1, 15), "active", None),
        (datetime.date(2025, 6, 30), None, "partial"),
        (datetime.date(2025, 6, 30), "active", "partial"),
    ]
    assert position.follow_up[0].note == Text("Ståndpunkten framförd vid möte med Arbetsmarknadsdepartementet.")
    assert position.follow_up[2].extensions == {"källa": "Årsrapport"}
    indicator = rich.focus_areas[0].direction_goal.indicators[0]
    assert indicator.direction == "increase" and len(indicator.results) == 5
    first = indicator.results[0]
    assert (first.year, first.value, first.gender) == (2022, 72.1, None)  # absent gender: "total"
    assert first.source == Source(name="Kolada", retrieved="2026-11-30", url="https://www.kolada.se/")
    assert isinstance(first.source.retrieved, datetime.date)
    assert [r.gender for r in indicator.results] == [None, None, "female", "male", "total"]
    assert indicator.results[3].comment == Text("Preliminärt värde", en="Preliminary value")
    assert rich.focus_areas[2].direction_goal.indicators[0].direction is None
    folder, answer = rich.publications
    assert (folder.kind, folder.identifier) == ("position_folder", "KS-2023-1000")
    assert (answer.kind, answer.identifier) == ("consultation_response", "KS-2023-1500")
    assert rich.schema == "https://omvarld.github.io/schemas/1.1/programme.schema.json"
    assert rich.schema_version == "1.1"


def test_new_collections_are_tuples(rich: Programme) -> None:
    position = rich.positions[0]
    for value in (rich.bodies, position.asks, position.references, position.follow_up,
                  rich.focus_areas[0].direction_goal.indicators[0].results):
        assert isinstance(value, tuple) and value
    with pytest.raises(AttributeError):
        position.asks.append(Text("x"))  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        rich.bodies[0] = rich.bodies[1]  # type: ignore[index]
    assert rich.records("asks")[0]["ask"] == position.asks[0].sv


def test_reprs() -> None:
    assert repr(Body(id="ks", name="Kommunstyrelsen", kind="executive_board")) == (
        "Body(id='ks', name='Kommunstyrelsen', kind='executive_board')")
    assert repr(Decision(body="ks", date="2026-03-04")) == "Decision(body='ks', date=datetime.date(2026, 3, 4))"
    assert repr(Shift(from_="I dag", to="I morgon")) == "Shift(from_='I dag', to='I morgon')"
    assert repr(Reference(title="SOU", kind="government_inquiry", relation="answers")) == (
        "Reference(title='SOU', kind='government_inquiry', relation='answers')")
    assert repr(FollowUp(date="2026-06-30", assessment="partial")) == (
        "FollowUp(date=datetime.date(2026, 6, 30), assessment='partial')")
    assert repr(IndicatorResult(year=2024, value=61.5, gender="female")) == (
        "IndicatorResult(year=2024, value=61.5, gender='female')")
    assert repr(Source(name="Kolada", retrieved="2026-11-30")) == (
        "Source(name='Kolada', retrieved=datetime.date(2026, 11, 30))")


def test_construction_is_validated_with_paths() -> None:
    with pytest.raises(ValidationError) as info:
        Decision(body="Kommunstyrelsen", date="2026-02-30")
    assert errors(info) == [("format", "/body"), ("format", "/date")]
    with pytest.raises(ValidationError) as info:
        FollowUp(date="2026-01-01")
    assert errors(info) == [("required", "/status")]
    with pytest.raises(ValidationError) as info:
        FollowUp(date="2026-01-01", assessment="mostly")  # type: ignore[arg-type]
    assert errors(info) == [("enum", "/assessment")]
    with pytest.raises(ValidationError) as info:
        IndicatorResult(year=1800, value=1.5, gender="T")  # type: ignore[arg-type]
    assert errors(info) == [("enum", "/gender"), ("format", "/year")]
    with pytest.raises(ValidationError) as info:
        IndicatorResult(year=2024, value=float("nan"))
    assert errors(info) == [("format", "/value")]
    with pytest.raises(ValidationError) as info:
        Source(name=" Kolada", retrieved="2026-11-30", url="ftp://x")
    assert errors(info) == [("format", "/name"), ("format", "/url")]
    with pytest.raises(ValidationError) as info:
        Shift(from_="I dag")  # type: ignore[call-arg]
    assert errors(info) == [("required", "/to")]
    with pytest.raises(ValidationError) as info:
        Reference(title="x" * 301, kind="sou", relation="answers")  # type: ignore[arg-type]
    assert errors(info) == [("enum", "/kind"), ("length", "/title/sv")]
    with pytest.raises(ValidationError) as info:
        Body(id="ks", name="Kommunstyrelsen", kind="board")  # type: ignore[arg-type]
    assert errors(info) == [("enum", "/kind")]
    assert isinstance(info.value, ValueError)


def test_nested_members_are_validated_at_their_paths() -> None:
    base = omvarld.load(SMALL).positions[0].to_dict()
    with pytest.raises(ValidationError) as info:
        AdvocacyPosition(**{**base, "asks": ["Malmö vill", " "], "follow_up": [{"date": "2026-01-01"}],
                            "references": []})
    assert errors(info) == [("blank_text", "/asks/1/sv"), ("length", "/references"),
                            ("required", "/follow_up/0/status")]
    with pytest.raises(ValidationError) as info:
        Indicator(id="x", name="X", results=[{"year": 2024}], direction="up")  # type: ignore[arg-type]
    assert errors(info) == [("enum", "/direction"), ("required", "/results/0/value")]
    with pytest.raises(ValidationError) as info:
        Publication(id="x", title="X", kind="folder")  # type: ignore[arg-type]
    assert errors(info) == [("enum", "/kind")]


def test_comforts_in_the_new_members() -> None:
    position = AdvocacyPosition(
        id="bostader", title="Bostäder", statement="Malmö vill", focus_areas=["bostader"],
        targets=[{"level": "national", "body": "Regeringen"}], status="active",
        asks=["Malmö vill att staten bygger.", {"sv": "Och rustar upp.", "en": "And renovates."}],
        shift={"from_": "I dag", "to": "I morgon"},  # the Python name works in dicts too
        decision=Decision(body="ks", date=datetime.date(2026, 3, 4)),
        references=[{"title": "En utredning", "kind": "government_inquiry", "relation": "answers"}],
        follow_up=[FollowUp(date="2026-06-30", status="active")],
    )
    assert position.asks == (Text("Malmö vill att staten bygger."), Text("Och rustar upp.", en="And renovates."))
    assert position.shift == Shift(**{"from": "I dag", "to": "I morgon"})
    assert position.to_dict()["shift"] == {"from": {"sv": "I dag"}, "to": {"sv": "I morgon"}}
    assert position.references[0].title == Text("En utredning")
    # replace() takes the Python name; the JSON form keeps the JSON name.
    shift = position.shift.replace(from_="Förr")
    assert shift.from_ == Text("Förr") and shift.to == Text("I morgon")
    assert shift.to_dict() == {"from": {"sv": "Förr"}, "to": {"sv": "I morgon"}}
    # from_dict is the JSON form: the Python name is not a member there.
    with pytest.raises(ValidationError) as info:
        Shift.from_dict({"from_": {"sv": "a"}, "to": {"sv": "b"}})
    assert errors(info) == [("required", "/from"), ("unknown_field", "/from_")]
    assert "did you mean `from`" in str(info.value)


# ---- Programme: $schema, bodies, versions ------------------------------------------


def test_schema_is_the_member_dollar_schema(rich: Programme) -> None:
    d = rich.to_dict()
    assert list(d)[:2] == ["$schema", "schema_version"] and "schema" not in d
    p = Programme.from_dict(d)
    assert p == rich and p.schema == rich.schema
    url = "https://omvarld.github.io/schemas/1.1/programme.schema.json"
    built = Programme(id="x", title="X", organisation={"name": "Malmö stad"},
                      focus_areas=[f.to_dict() for f in rich.focus_areas], schema=url)
    assert built.schema == url and built.to_dict()["$schema"] == url
    assert built.schema_version == "1.1"
    built.schema = None
    assert built.schema is None and "$schema" not in built.to_dict()
    with pytest.raises(ValidationError) as info:
        built.schema = "not a url"
    assert errors(info) == [("format", "/$schema")]
    with pytest.raises(ValidationError) as info:
        Programme.from_dict({**d, "schema": url})
    assert ("unknown_field", "/schema") in errors(info)


def test_bodies_through_the_list_api(rich: Programme) -> None:
    p = copy.copy(rich)
    p.add(Body(id="sbn", name="Stadsbyggnadsnämnden", kind="committee"))
    assert [b.id for b in p.bodies] == ["kf", "ks", "arbetsmarknadsnamnden", "sbn"]
    with pytest.raises(ValidationError) as info:
        p.add(Body(id="ks", name="Kommunstyrelsen", kind="executive_board"))
    assert errors(info) == [("duplicate_id", "/bodies/4/id")]
    p.replace(Body(id="sbn", name="Stadsbyggnadsnämnden", kind="committee", extensions={"a": 1}))
    assert p.body("sbn") is not None and p.body("sbn").extensions == {"a": 1}  # type: ignore[union-attr]
    assert p.remove("bodies", "sbn").id == "sbn"
    with pytest.raises(KeyError, match="did you mean `ks`"):
        p.remove("bodies", "kss")
    # A decision names a body: without it the programme does not validate.
    p.bodies = [b for b in p.bodies if b.id != "ks"]
    assert ("unknown_reference", "/positions/0/decision/body") in [(e.code, e.path) for e in p.validate().errors]
    assert rich.validate().valid and len(rich.bodies) == 3


def test_new_documents_are_1_1_and_1_0_documents_stay_1_0() -> None:
    assert omvarld.malmo().schema_version == "1.1"
    old = omvarld.load(OLD)
    assert old.schema_version == "1.0" and old.schema is None and old.bodies == ()
    assert json.loads(old.to_json())["schema_version"] == "1.0"
    assert old.validate().valid
    # A 1.1 member in a 1.0 document is unknown there, naming the version that has it.
    old.bodies = [Body(id="ks", name="Kommunstyrelsen", kind="executive_board")]
    issues = old.validate().errors
    assert [(e.code, e.path) for e in issues] == [("unknown_field", "/bodies")]
    assert "1.1" in issues[0].message
    assert omvarld.upgrade(old).validate().valid


# ---- tables ------------------------------------------------------------------------

LOKAL = "lokal-arbetsformedling"
FYRA = "fyra-spar-och-oresundsmetro"


def column(rows: list[Any], name: str) -> list[Any]:
    return [r[name] for r in rows]


def test_table_list() -> None:
    assert omvarld.TABLES == [
        "programme", "focus_areas", "indicators", "results", "contribution_aims", "arenas", "bodies",
        "positions", "targets", "asks", "references", "follow_up", "activities", "publications", "coverage",
        "indicator_results",
    ]


def test_bodies_table(rich: Programme) -> None:
    rows = rich.records("bodies", extensions=True)
    assert list(rows[0]) == ["id", "name", "name_en", "kind", "extensions"]
    assert column(rows, "id") == ["kf", "ks", "arbetsmarknadsnamnden"]
    assert column(rows, "name_en") == ["City Council", "City Executive Board", None]
    assert column(rows, "kind") == ["council", "executive_board", "committee"]
    assert column(rows, "extensions") == [None, None, {"förkortning": "ASN"}]


def test_asks_table(rich: Programme) -> None:
    rows = rich.records("asks")
    assert list(rows[0]) == ["position", "ask", "ask_en"]
    assert column(rows, "position") == [LOKAL, LOKAL]
    assert column(rows, "ask") == [
        "Malmö vill att Arbetsförmedlingen har lokal närvaro i alla stadsdelar.",
        "Malmö vill att kommunen får ett tydligt uppdrag i arbetsmarknadspolitiken.",
    ]
    assert column(rows, "ask_en")[1] is None
    english = rich.records("asks", lang="en")
    assert list(english[0]) == ["position", "ask", "ask_sv", "ask_en"]
    assert english[1]["ask"] == english[1]["ask_sv"]  # Swedish where there is no English


def test_references_table(rich: Programme) -> None:
    rows = rich.records("references", extensions=True)
    assert list(rows[0]) == ["position", "title", "title_en", "kind", "relation", "identifier", "case_number", "url",
                             "extensions"]
    assert column(rows, "position") == [LOKAL, LOKAL, FYRA]
    assert column(rows, "kind") == ["government_bill", "ministry_memo", "agency_report"]
    assert column(rows, "relation") == ["rests_on", "answers", "answers"]
    assert column(rows, "identifier") == ["Prop. 2021/22:1", "Ds 2023:5", None]
    assert column(rows, "case_number") == [None, "A2023/00123", None]
    assert column(rows, "url") == [None, "https://www.regeringen.se/", "https://www.trafikverket.se/"]


def test_follow_up_table(rich: Programme) -> None:
    rows = rich.records("follow_up", extensions=True)
    assert list(rows[0]) == ["position", "date", "status", "assessment", "note", "note_en", "extensions"]
    assert column(rows, "position") == [LOKAL, LOKAL, LOKAL, FYRA]
    assert column(rows, "date") == [datetime.date(2024, 1, 15), datetime.date(2025, 6, 30),
                                    datetime.date(2025, 6, 30), datetime.date(2025, 12, 1)]
    assert column(rows, "status") == ["active", None, "active", None]
    assert column(rows, "assessment") == [None, "partial", "partial", "not_assessed"]
    assert column(rows, "note")[0] == "Ståndpunkten framförd vid möte med Arbetsmarknadsdepartementet."
    assert column(rows, "note")[1:] == [None, None, None]
    assert column(rows, "extensions") == [None, None, {"källa": "Årsrapport"}, None]


def test_results_table(rich: Programme) -> None:
    rows = rich.records("results", extensions=True)
    assert list(rows[0]) == ["focus_area", "indicator", "year", "gender", "value", "comment", "comment_en",
                             "source_name", "source_retrieved", "source_url", "extensions", "source_extensions"]
    assert column(rows, "focus_area") == ["arbetsmarknad"] * 5
    assert column(rows, "indicator") == ["forvarvsfrekvens"] * 5
    assert column(rows, "year") == [2022, 2023, 2023, 2023, 2024]
    # The document's gender: None where it has none (which means "total").
    assert column(rows, "gender") == [None, None, "female", "male", "total"]
    assert column(rows, "value") == [72.1, 72.8, 70.9, 74.6, 73.4]
    assert column(rows, "comment") == [None, None, None, "Preliminärt värde", None]
    assert column(rows, "comment_en")[3] == "Preliminary value"
    assert column(rows, "source_name") == ["Kolada", None, None, None, None]
    assert column(rows, "source_retrieved") == [datetime.date(2026, 11, 30), None, None, None, None]
    assert column(rows, "source_url") == ["https://www.kolada.se/", None, None, None, None]
    assert column(rows, "extensions") == [None, None, None, None, {"kolada_period": "2024"}]


def test_new_columns_of_the_old_tables(rich: Programme) -> None:
    (programme,) = rich.records("programme")
    assert programme["schema"] == rich.schema and programme["schema_version"] == "1.1"
    positions = {r["id"]: r for r in rich.records("positions", extensions=True)}
    assert len(positions) == 8
    lokal, fyra = positions[LOKAL], positions[FYRA]
    assert (lokal["decision_body"], lokal["decision_date"], lokal["decision_reference"], lokal["decision_url"]) == (
        "ks", datetime.date(2023, 5, 3), "KS-2023-1234", "https://malmo.se/")
    assert (fyra["decision_body"], fyra["decision_date"], fyra["decision_reference"]) == (
        "kf", datetime.date(2023, 5, 3), None)
    assert lokal["shift_from"] == "Arbetsförmedlingen har dragit ner på sin lokala närvaro."
    assert lokal["shift_to"] == "Arbetsförmedlingen finns på plats där Malmöborna bor."
    assert lokal["shift_from_en"] is None and fyra["shift_from"] is None
    others = [r for k, r in positions.items() if k not in (LOKAL, FYRA)]
    assert all(r["decision_body"] is None and r["shift_to"] is None for r in others)
    for row in positions.values():
        assert {"decision_extensions", "shift_extensions"} <= set(row)
    indicators = rich.records("indicators")
    assert column(indicators, "direction") == ["increase", None, None, None]
    publications = rich.records("publications")
    assert column(publications, "kind") == ["position_folder", "consultation_response"]
    assert column(publications, "identifier") == ["KS-2023-1000", "KS-2023-1500"]


def test_tables_of_a_1_0_document_are_empty_but_keep_their_columns() -> None:
    old = omvarld.load(OLD)
    for table in ("bodies", "asks", "references", "follow_up", "results"):
        assert old.records(table) == []
    pd = pytest.importorskip("pandas")
    frame = old.to_pandas("results")
    assert len(frame) == 0 and frame["year"].dtype == "int64" and frame["value"].dtype == "float64"
    assert str(frame["source_retrieved"].dtype) == "datetime64[ns]"
    assert isinstance(frame.index, pd.RangeIndex)


def test_pandas_and_polars(rich: Programme) -> None:
    pd = pytest.importorskip("pandas")
    bodies = rich.to_pandas("bodies")
    assert bodies.index.name == "id" and list(bodies.index) == ["kf", "ks", "arbetsmarknadsnamnden"]
    results = rich.to_pandas("results")
    assert isinstance(results.index, pd.RangeIndex) and len(results) == 5
    assert results["year"].dtype == "int64" and results["value"].dtype == "float64"
    assert str(results["source_retrieved"].dtype) == "datetime64[ns]"
    # An absent gender is total: fill it in to group by it.
    by_gender = results.fillna({"gender": "total"}).groupby(["year", "gender"])["value"].sum()
    assert by_gender[(2023, "total")] == 72.8 and by_gender[(2024, "total")] == 73.4
    follow = rich.to_pandas("follow_up")
    assert str(follow["date"].dtype) == "datetime64[ns]" and len(follow) == 4
    assert list(rich.to_pandas("asks").columns) == ["position", "ask", "ask_en"]
    assert str(rich.to_pandas("positions")["decision_date"].dtype) == "datetime64[ns]"
    pl = pytest.importorskip("polars")
    frame = rich.to_polars("results")
    assert frame.shape == (5, 10) and frame.schema["source_retrieved"] == pl.Date


def test_tables_read_back(rich: Programme) -> None:
    tables = {t: rich.records(t, extensions=True) for t in omvarld.TABLES}
    assert Programme.from_records(tables, extensions=True) == rich
    # Rows of one parent need not be together: the order within a parent counts.
    moved = dict(tables)
    moved["references"] = [tables["references"][0], tables["references"][2], tables["references"][1]]
    assert Programme.from_records(moved, extensions=True) == rich
    # Without the 1.1 tables, the 1.1 lists are absent; the rest comes back.
    without = {t: rows for t, rows in tables.items() if t not in ("asks", "references", "follow_up", "results")}
    back = Programme.from_records(without, extensions=True)
    assert back.positions[0].asks == () and back.positions[0].decision == rich.positions[0].decision
    assert back.focus_areas[0].direction_goal.indicators[0].results == ()


def test_problems_in_the_1_1_tables_have_table_paths(rich: Programme) -> None:
    tables: dict[str, Any] = {t: rich.records(t) for t in omvarld.TABLES}
    tables["results"][0]["indicator"] = "no-such-indicator"
    tables["results"][1]["focus_area"] = "no-such-area"
    tables["results"][2]["indicator"] = None
    tables["asks"][0]["position"] = "no-such-position"
    tables["asks"][1]["ask"] = None
    tables["follow_up"][0]["stauts"] = "active"
    with pytest.raises(ValidationError) as info:
        Programme.from_records(tables)
    assert errors(info) == [
        ("required", "/asks/1/ask"),
        ("required", "/results/2/indicator"),
        ("unknown_field", "/follow_up/0/stauts"),
        ("unknown_reference", "/asks/0/position"),
        ("unknown_reference", "/results/0/indicator"),
        ("unknown_reference", "/results/1/focus_area"),
    ]
    message = str(info.value)
    assert "no row of `indicators` has focus_area `arbetsmarknad` and id `no-such-indicator`" in message
    assert "no row of `positions` has the id `no-such-position`" in message


def test_document_problems_in_the_1_1_tables_have_document_paths(rich: Programme) -> None:
    tables: dict[str, Any] = {t: rich.records(t) for t in omvarld.TABLES}
    tables["results"][3]["gender"] = "kvinnor"
    tables["follow_up"][3]["assessment"] = None  # neither status nor assessment
    tables["positions"][0]["decision_body"] = None  # a decision without its body
    tables["bodies"][1]["kind"] = "board"
    with pytest.raises(ValidationError) as info:
        Programme.from_records(tables)
    assert errors(info) == [
        ("enum", "/bodies/1/kind"),
        ("enum", "/focus_areas/0/direction_goal/indicators/0/results/3/gender"),
        ("required", "/positions/0/decision/body"),
        ("required", "/positions/3/follow_up/0/status"),
    ]


# ---- upgrade -----------------------------------------------------------------------


def as_1_1(text: str) -> str:
    return text.replace('"schema_version": "1.0"', '"schema_version": "1.1"', 1)


def test_upgrade_of_text_and_bytes_changes_only_the_version() -> None:
    text = OLD.read_text(encoding="utf-8")
    assert '"schema_version": "1.0"' in text
    upgraded = omvarld.upgrade(text)
    assert isinstance(upgraded, str) and upgraded == as_1_1(text)
    raw = OLD.read_bytes()
    assert omvarld.upgrade(raw) == as_1_1(text).encode()
    assert isinstance(omvarld.upgrade(raw), bytes)
    assert omvarld.upgrade(bytearray(raw)) == bytearray(as_1_1(text).encode())
    assert isinstance(omvarld.upgrade(bytearray(raw)), bytearray)
    # Idempotent: a 1.1 document comes back as it is.
    assert omvarld.upgrade(upgraded) == upgraded
    assert omvarld.upgrade(RICH.read_bytes()) == RICH.read_bytes()
    assert omvarld.loads(upgraded).schema_version == "1.1"


def test_upgrade_of_a_dict_keeps_its_keys_and_order() -> None:
    doc = json.loads(OLD.read_text(encoding="utf-8"))
    doc = {"id": doc.pop("id"), **doc}  # not the model's order
    upgraded = omvarld.upgrade(doc)
    assert list(upgraded) == list(doc) and upgraded["schema_version"] == "1.1"
    assert {**upgraded, "schema_version": "1.0"} == doc
    assert doc["schema_version"] == "1.0"  # the argument is untouched…
    upgraded["positions"][0]["status"] = "withdrawn"
    assert doc["positions"][0]["status"] != "withdrawn"  # …and shares nothing with the result
    assert omvarld.upgrade(upgraded) == upgraded
    # Python values that validate() takes are kept as they are.
    with_date = {**doc, "adopted": datetime.date(2023, 5, 3)}
    assert omvarld.upgrade(with_date)["adopted"] == datetime.date(2023, 5, 3)


def test_upgrade_of_a_programme_gives_a_new_programme() -> None:
    old = omvarld.load(OLD)
    new = omvarld.upgrade(old)
    assert isinstance(new, Programme) and new is not old
    assert new.schema_version == "1.1" and old.schema_version == "1.0"
    assert new.to_dict() == {**old.to_dict(), "schema_version": "1.1"}
    rich = omvarld.load(RICH)
    assert omvarld.upgrade(rich) == rich


def test_upgrade_refuses_an_invalid_document_with_its_report() -> None:
    doc = json.loads(OLD.read_text(encoding="utf-8"))
    doc["positions"][0]["focus_areas"] = ["no-such-area"]
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    for given in (doc, text, text.encode(), omvarld.loads(text)):
        with pytest.raises(ValidationError) as info:
            omvarld.upgrade(given)
        assert errors(info) == [("unknown_reference", "/positions/0/focus_areas/0")], type(given)
        assert info.value.report == omvarld.validate(given)
        assert isinstance(info.value, ValueError)
    with pytest.raises(ValidationError) as info:
        omvarld.upgrade(text.encode())
    assert info.value.errors()[0]["line"] is not None  # located in the bytes given
    with pytest.raises(ValidationError) as info:
        omvarld.upgrade(doc, lang="sv")
    assert info.value.errors()[0]["message"] != omvarld.validate(doc).errors[0].message
    # What JSON cannot hold is reported as validate() reports it.
    odd = {**doc, "schema_version": "2.0", "value": float("nan")}
    with pytest.raises(ValidationError) as info:
        omvarld.upgrade(odd)
    assert errors(info) == [("format", "/value"), ("schema_version", "/schema_version")]
    assert info.value.report == omvarld.validate(odd)
    with pytest.raises(ValidationError):
        omvarld.upgrade([1, 2])  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        omvarld.upgrade({1, 2})  # type: ignore[call-overload]


def test_upgrade_of_a_1_0_document_that_already_uses_1_1_members() -> None:
    # The publisher who started using 1.1 before changing the version.
    doc = json.loads(RICH.read_text(encoding="utf-8"))
    doc["schema_version"] = "1.0"
    del doc["$schema"]
    report = omvarld.validate(doc)
    assert not report.valid and {e.code for e in report.errors} == {"unknown_field"}
    assert omvarld.upgrade(doc)["schema_version"] == "1.1"
    assert omvarld.validate(omvarld.upgrade(doc)).valid
