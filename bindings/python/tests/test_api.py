"""The Python surface of SPEC §4/§5: model classes, Text, reports, analysts' tools."""

from __future__ import annotations

import copy
import datetime
import json
import os
import pickle
from pathlib import Path

import pytest

import omvarld
from omvarld import AdvocacyPosition, Programme, Target, Text, ValidationError

from conftest import FIXTURES

RICH = FIXTURES / "valid" / "malmo-rich.json"


@pytest.fixture(scope="module")
def rich() -> Programme:
    return omvarld.load(RICH)


def position(**changes: object) -> AdvocacyPosition:
    fields: dict[str, object] = {
        "id": "fler-bostader",
        "title": "Fler bostäder",
        "statement": {"sv": "Staten ska ta ansvar", "en": "The state must take responsibility"},
        "focus_areas": ["bostader"],
        "targets": [{"level": "national", "body": "Regeringen"}],
        "status": "active",
        "contribution_aims": ["nationell-paverkan"],
        "adopted": datetime.date(2025, 1, 15),
        "review_by": "2026-01-15",
    }
    fields.update(changes)
    return AdvocacyPosition(**fields)


def test_constants() -> None:
    assert omvarld.SCHEMA_VERSION == "1.1"
    assert omvarld.SCHEMA_VERSIONS == ("1.0", "1.1")
    assert omvarld.__version__ == "2.0.0"
    assert issubclass(ValidationError, ValueError)
    assert issubclass(ValidationError, omvarld.OmvarldError)


def test_malmo() -> None:
    malmo = omvarld.malmo()
    assert [f.id for f in malmo.focus_areas] == [
        "arbetsmarknad",
        "migration-och-social-sammanhallning",
        "utbildning-och-kompetensforsorjning",
        "transportinfrastruktur",
        "bostader",
        "miljo-och-klimat",
    ]
    assert len(malmo.contribution_aims) == 7
    assert len(malmo.arenas) == 3
    assert malmo.positions == ()
    assert malmo.organisation.municipality_code == "1280"
    report = malmo.validate()
    assert report.valid and len(report.warnings) == 13
    assert {w.code for w in report.warnings} == {"uncovered_focus_area", "unserved_contribution_aim"}


def test_text() -> None:
    t = Text("Miljö och klimat", en="Environment and climate")
    assert (t.sv, t.en, str(t)) == ("Miljö och klimat", "Environment and climate", "Miljö och klimat")
    assert t.get("de") is None and t.get("de", "x") == "x" and t["en"] == "Environment and climate"
    assert t == Text({"en": "Environment and climate", "sv": "Miljö och klimat"})
    assert t.to_dict() == {"sv": "Miljö och klimat", "en": "Environment and climate"}
    assert t.languages() == ["sv", "en"] and len(t) == 2 and "en" in t
    assert hash(t) == hash(Text(t))
    assert pickle.loads(pickle.dumps(t)) == t
    assert repr(t) == 'Text({"sv":"Miljö och klimat","en":"Environment and climate"})'
    with pytest.raises(ValidationError) as info:
        Text({"en": "only English"})
    assert [{k: e[k] for k in ("code", "severity", "path")} for e in info.value.errors()] == [
        {"code": "missing_swedish", "severity": "error", "path": ""}
    ]
    with pytest.raises(ValidationError) as info:
        Text("   ", EN="x")
    assert sorted((e["code"], e["path"]) for e in info.value.errors()) == [("blank_text", "/sv"), ("format", "/EN")]


def test_model_attributes_under_json_names(rich: Programme) -> None:
    p = rich.positions[0]
    assert isinstance(p, AdvocacyPosition)
    assert isinstance(p.title, Text) and isinstance(p.title.sv, str)
    assert p.status in {"draft", "adopted", "active", "achieved", "withdrawn"}
    assert all(isinstance(f, str) for f in p.focus_areas)
    assert all(isinstance(t, Target) for t in p.targets)
    assert p.targets[0].level in {"local", "regional", "national", "eu", "international"}
    assert rich.period is not None and isinstance(rich.period.start, datetime.date)
    area = rich.focus_area("miljo-och-klimat")
    assert area is not None and area.number == 6 and area.title.sv == "Miljö och klimat"
    assert area.direction_goal.statement.sv
    assert rich.schema_version == "1.0"
    for name in AdvocacyPosition.__dict__:
        assert not name.startswith("set_")


def test_construct_with_comforts() -> None:
    p = position()
    assert p.title == Text("Fler bostäder")
    assert p.statement.en == "The state must take responsibility"
    assert p.adopted == datetime.date(2025, 1, 15) and p.review_by == datetime.date(2026, 1, 15)
    assert p.targets == (Target(level="national", body="Regeringen"),)
    assert p.priority is None and p.arenas == ()
    assert repr(p) == "AdvocacyPosition(id='fler-bostader', title='Fler bostäder', status='active')"
    # A Target object, a Text object and a dict all work where they belong.
    q = position(targets=[Target(level="eu", body=Text("Europeiska kommissionen"))], title=Text("Fler bostäder"))
    assert q.targets[0].body.sv == "Europeiska kommissionen"


def test_bad_values_name_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        position(id="Fler Bostäder", status="maybe", focus_areas=[], title="", extra=1)
    assert sorted((e["code"], e["path"]) for e in info.value.errors()) == [
        ("blank_text", "/title/sv"),
        ("enum", "/status"),
        ("format", "/id"),
        ("length", "/focus_areas"),
        ("unknown_field", "/extra"),
    ]
    with pytest.raises(ValidationError) as info:
        AdvocacyPosition(id="x")
    assert {e["path"] for e in info.value.errors()} == {"/title", "/statement", "/focus_areas", "/targets", "/status"}
    with pytest.raises(ValidationError) as info:
        omvarld.Measurement(year=1800, value=float("nan"))
    assert sorted((e["code"], e["path"]) for e in info.value.errors()) == [("format", "/value")]
    with pytest.raises(ValidationError) as info:
        omvarld.Measurement(year=1800, value=1.5)
    assert [(e["code"], e["path"]) for e in info.value.errors()] == [("format", "/year")]


def test_required_lists_cannot_be_emptied() -> None:
    prog = omvarld.malmo()
    with pytest.raises(ValidationError) as info:
        prog.focus_areas = []
    assert [(e["code"], e["path"]) for e in info.value.errors()] == [("length", "/focus_areas")]
    assert len(prog.focus_areas) == 6
    prog.focus_areas = prog.focus_areas[:1]
    assert [f.number for f in prog.focus_areas] == [1] and isinstance(prog.focus_areas[0].number, int)
    with pytest.raises(ValidationError) as info:
        Programme(id="p", title="P", organisation={"name": "Malmö stad"}, focus_areas=[])
    assert [(e["code"], e["path"]) for e in info.value.errors()] == [("length", "/focus_areas")]
    with pytest.raises(ValidationError) as info:
        position().replace(targets=[])
    assert [(e["code"], e["path"]) for e in info.value.errors()] == [("length", "/targets")]


def test_equality_copy_pickle_and_dicts(rich: Programme) -> None:
    p = position()
    assert p == position() and p != position(status="draft") and p != "x"
    assert copy.copy(p) == p and copy.deepcopy(p) == p
    assert pickle.loads(pickle.dumps(p)) == p
    d = p.to_dict()
    assert d["adopted"] == "2025-01-15" and d["title"] == {"sv": "Fler bostäder"}
    json.dumps(d)
    assert AdvocacyPosition.from_dict(d) == p
    assert AdvocacyPosition.from_json(p.to_json()) == p
    assert json.loads(p.to_json(indent=2)) == d
    for view in rich.positions + rich.focus_areas + rich.arenas + rich.activities + rich.publications:
        cls = type(view)
        assert cls.from_dict(view.to_dict()) == view
        assert pickle.loads(pickle.dumps(view)) == view
    assert pickle.loads(pickle.dumps(rich)) == rich
    assert Programme.from_dict(rich.to_dict()) == rich
    assert Programme.from_json(rich.to_json()) == rich
    assert copy.deepcopy(rich) == rich


def test_replace_gives_a_changed_copy() -> None:
    p = position()
    q = p.replace(status="adopted", priority="high", review_by=None)
    assert (q.status, q.priority, q.review_by) == ("adopted", "high", None)
    assert p.status == "active"
    with pytest.raises(ValidationError, match="priority"):
        p.replace(priority="urgent")


def test_from_dict_is_strict_like_a_document() -> None:
    d = position().to_dict()
    d["title"] = "plain string"
    with pytest.raises(ValidationError) as info:
        AdvocacyPosition.from_dict(d)
    assert [(e["code"], e["path"]) for e in info.value.errors()] == [("type", "/title")]


def test_build_a_programme_change_it_validate_and_save(tmp_path: Path) -> None:
    malmo = omvarld.malmo()
    prog = Programme(
        id="test",
        title="Testprogram",
        organisation={"name": "Malmö stad", "municipality_code": "1280"},
        focus_areas=[f.to_dict() for f in malmo.focus_areas],
        contribution_aims=malmo.contribution_aims,
        period={"start": datetime.date(2024, 1, 1), "end": "2027-12-31"},
    )
    # New documents are of the newest version; a 1.0 document keeps "1.0" (test_model_attributes…).
    assert prog.schema_version == "1.1" and prog.title.sv == "Testprogram" and prog.schema is None
    prog.add_position(position())
    assert prog.position("fler-bostader") == position()
    assert [p.id for p in prog.positions_for("bostader")] == ["fler-bostader"]
    prog.replace_position(position(status="draft"))
    assert prog.position("fler-bostader").status == "draft"
    with pytest.raises(KeyError):
        prog.replace_position(position(id="nope"))
    prog.add_position(position(id="bad-ref", focus_areas=["bostad"]))
    report = prog.validate()
    assert not report.valid
    assert [(e.code, e.path) for e in report.errors] == [("unknown_reference", "/positions/1/focus_areas/0")]
    assert "bostader" in report.errors[0].message
    with pytest.raises(ValidationError) as info:
        prog.check()
    assert info.value.report == report
    removed = prog.remove_position("bad-ref")
    assert removed.id == "bad-ref" and prog.check().valid
    with pytest.raises(ValidationError) as info:
        prog.positions = [position(), {"id": "x"}]
    assert ("required", "/positions/1/title") in [(e["code"], e["path"]) for e in info.value.errors()]
    prog.title = "Nytt namn"
    assert prog.title.sv == "Nytt namn"
    with pytest.raises(ValidationError) as info:
        prog.adopted = "2024-02-30"
    assert [(e["code"], e["path"]) for e in info.value.errors()] == [("format", "/adopted")]
    out = tmp_path / "programme.json"
    prog.save(out)
    assert omvarld.load(os.fspath(out)) == prog
    assert omvarld.validate_file(out).valid


def test_views_are_snapshots() -> None:
    prog = omvarld.malmo()
    prog.add_position(position())
    view = prog.positions[0]
    prog.replace_position(position(status="withdrawn"))
    assert view.status == "active"
    assert prog.positions[0].status == "withdrawn"


def test_validate_inputs_and_as_of(rich: Programme) -> None:
    text = RICH.read_text(encoding="utf-8")
    assert omvarld.validate(text).valid
    assert omvarld.validate(text.encode()).valid
    assert omvarld.validate(json.loads(text)).valid
    assert omvarld.validate(rich).valid
    late = omvarld.validate(text, as_of=datetime.date(2099, 1, 1))
    assert any(w.code == "review_overdue" for w in late.warnings)
    assert late == omvarld.validate(text, as_of="2099-01-01")
    with pytest.raises(ValueError):
        omvarld.validate(text, as_of="not a date")
    with pytest.raises(ValueError):
        omvarld.validate(text, lang="de")
    with pytest.raises(TypeError):
        omvarld.validate({1, 2})  # type: ignore[arg-type]


def test_report_and_issue() -> None:
    report = omvarld.validate('{\n  "schema_version": "2.0"\n}')
    assert not report.valid
    issue = next(i for i in report.errors if i.path == "/schema_version")
    assert (issue.code, issue.severity, issue.line, issue.column) == ("schema_version", "error", 2, 21)
    assert issue.to_dict()["line"] == 2
    assert str(issue).startswith("error[schema_version] /schema_version (2:21):")
    assert pickle.loads(pickle.dumps(report)) == report
    assert omvarld.Report.from_json(report.to_json()) == report
    d = report.to_dict()
    assert set(d) == {"valid", "errors", "warnings"} and d["valid"] is False
    assert repr(report) == f"Report(valid=False, errors={len(report.errors)}, warnings=0)"
    syntax = omvarld.validate(b'{"a": }')
    assert [(i.code, i.line, i.column) for i in syntax.errors] == [("syntax", 1, 7)]
    built = omvarld.Report(errors=[omvarld.Issue("format", "/id", "bad id")])
    assert not built.valid and built.errors[0].severity == "error"


def test_validation_error_pickles_and_lists_errors() -> None:
    with pytest.raises(ValidationError) as info:
        omvarld.loads('{"schema_version": "1.0"}')
    err = info.value
    assert {(e["code"], e["path"]) for e in err.errors()} >= {("required", "/id"), ("required", "/title")}
    assert all(set(e) >= {"code", "severity", "path", "message"} for e in err.errors())
    again = pickle.loads(pickle.dumps(err))
    assert again.errors() == err.errors() and str(again) == str(err)


def test_records_and_pandas(rich: Programme) -> None:
    positions = rich.records("positions")
    assert len(positions) == len(rich.positions) > 0
    row = positions[0]
    first = rich.positions[0]
    assert row["id"] == first.id and row["title"] == first.title.sv and row["title_en"] == first.title.en
    assert row["status"] == first.status and row["focus_areas"] == list(first.focus_areas)
    assert all(not isinstance(v, (dict, Text)) for r in positions for v in r.values())
    for table in omvarld.TABLES:
        assert isinstance(rich.records(table), list)
    assert len(rich.records("targets")) == sum(len(p.targets) for p in rich.positions)
    assert len(rich.records("coverage")) == 6 * 7
    with pytest.raises(ValueError, match="positions"):
        rich.records("nope")
    pd = pytest.importorskip("pandas")
    frame = rich.to_pandas("positions")
    assert isinstance(frame, pd.DataFrame) and len(frame) == len(rich.positions)
    assert frame.index.name == "id"
    matrix = rich.to_pandas("coverage")
    assert list(matrix.index) == [f.id for f in rich.focus_areas]
    assert list(matrix.columns) == [a.id for a in rich.contribution_aims]


def test_coverage(rich: Programme) -> None:
    cov = rich.coverage()
    assert cov.focus_areas == tuple(f.id for f in rich.focus_areas)
    assert cov.contribution_aims == tuple(a.id for a in rich.contribution_aims)
    in_force = [p for p in rich.positions if p.status in ("adopted", "active")]
    for r, area in enumerate(cov.focus_areas):
        for c, aim in enumerate(cov.contribution_aims):
            want = sum(1 for p in in_force if area in p.focus_areas and aim in p.contribution_aims)
            assert cov.counts[r][c] == want
    assert cov.max() == max(max(row) for row in cov.counts)
    assert cov.records()[0] == {
        "focus_area": cov.focus_areas[0],
        "contribution_aim": cov.contribution_aims[0],
        "positions": cov.counts[0][0],
    }
    assert cov.records() == rich.records("coverage")


def test_html_escapes_user_text() -> None:
    prog = omvarld.malmo()
    prog.title = "<script>alert(1)</script>"
    html = prog._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    report = omvarld.validate('{"<b>": 1}')
    html = report._repr_html_()
    assert "<b>" not in html.replace("<b>invalid</b>", "") and "&lt;b&gt;" in html


def test_lookups_return_none_for_unknown_ids(rich: Programme) -> None:
    assert rich.focus_area("nope") is None and rich.position("nope") is None
    assert rich.arena(rich.arenas[0].id) == rich.arenas[0]
    assert rich.contribution_aim(rich.contribution_aims[0].id) == rich.contribution_aims[0]
    assert rich.activity(rich.activities[0].id) == rich.activities[0]
    assert rich.publication(rich.publications[0].id) == rich.publications[0]
    with pytest.raises(KeyError, match="nope"):
        rich.positions_for("nope")
