"""Acknowledging warnings (`allow=`), the messages that say what to type, and `suggest_id`."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import omvarld
from omvarld import ValidationError

from conftest import FIXTURES

MALMO = FIXTURES / "valid" / "malmo.json"


def codes(issues: tuple[omvarld.Issue, ...]) -> set[str]:
    return {i.code for i in issues}


def test_allowed_warnings_are_counted_not_listed() -> None:
    report = omvarld.validate(MALMO.read_bytes(), allow=["uncovered_focus_area"])
    assert report.valid
    assert codes(report.warnings) == {"unserved_contribution_aim"}
    assert (len(report.warnings), report.allowed) == (7, 6)
    assert repr(report) == "Report(valid=True, errors=0, warnings=7, allowed=6)"
    assert str(report).endswith("valid: 0 errors, 7 warnings, 6 allowed")
    # As in the JSON report: `allowed` is there when warnings were allowed.
    assert report.to_dict()["allowed"] == 6
    assert json.loads(report.to_json())["allowed"] == 6
    assert omvarld.Report.from_json(report.to_json()) == report
    assert pickle.loads(pickle.dumps(report)) == report
    plain = omvarld.validate(MALMO.read_bytes())
    assert (len(plain.warnings), plain.allowed) == (13, 0)
    assert "allowed" not in plain.to_dict()
    assert repr(plain) == "Report(valid=True, errors=0, warnings=13)"


def test_every_surface_takes_allow(tmp_path: Path) -> None:
    both = ("uncovered_focus_area", "unserved_contribution_aim")
    malmo = omvarld.malmo()
    reports = [
        omvarld.validate(MALMO.read_text(), allow=list(both)),
        omvarld.validate(json.loads(MALMO.read_text()), allow=both),
        omvarld.validate(malmo, allow=iter(both)),
        omvarld.validate_file(MALMO, allow=both),
        malmo.validate(allow=both),
        malmo.check(allow=both),
    ]
    for report in reports:
        assert (report.warnings, report.allowed) == ((), 13)
    # One code may be given as a str.
    assert malmo.validate(allow="uncovered_focus_area").allowed == 6
    assert malmo.validate(allow=None).allowed == 0
    assert malmo.validate(allow=[]).allowed == 0


def test_allowing_an_error_or_an_unknown_code_raises() -> None:
    doc = MALMO.read_bytes()
    with pytest.raises(ValueError, match=r"`duplicate_id` is an error, and only warnings can be allowed"):
        omvarld.validate(doc, allow=["duplicate_id"])
    with pytest.raises(ValueError, match=r'unknown code "uncoverd_focus_area"; did you mean "uncovered_focus_area"\?'):
        omvarld.validate_file(MALMO, allow=["uncoverd_focus_area"])
    with pytest.raises(ValueError, match="only warnings"):
        omvarld.malmo().validate(allow=["syntax"])
    with pytest.raises(TypeError, match="a code is a str"):
        omvarld.validate(doc, allow=[1])
    with pytest.raises(TypeError, match="a code or a list of codes"):
        omvarld.validate(doc, allow=5)


def test_swedish_words_for_codes_suggest_the_code() -> None:
    with pytest.raises(ValidationError) as raised:
        omvarld.Arena(id="almedalen", name="Almedalen", level="nationell", kind="evenemang")
    messages = {e.path: e.message for e in raised.value.report.errors}
    assert "did you mean `event` (Swedish \"evenemang\")?" in messages["/kind"]
    assert "did you mean `national` (Swedish \"nationell\")?" in messages["/level"]
    report = omvarld.validate(
        (FIXTURES / "invalid" / "enum-swedish-words.json").read_bytes(), lang="sv"
    )
    status = next(e for e in report.errors if e.path == "/positions/0/status")
    assert "menade du `adopted` (antagen)?" in status.message


def test_ids_outside_a_to_z_say_what_to_write() -> None:
    with pytest.raises(ValidationError) as raised:
        omvarld.FocusArea(
            id="miljö-och-klimat", number=1, title="Miljö och klimat", direction_goal={"statement": "Klimat"}
        )
    (error,) = raised.value.report.errors
    assert (error.code, error.path) == ("format", "/id")
    assert "`ö` cannot be part of an id" in error.message
    assert error.message.endswith("write `miljo-och-klimat`")


def test_suggest_id_is_the_cores_transliteration() -> None:
    assert omvarld.suggest_id("miljö-och-klimat") == "miljo-och-klimat"
    assert omvarld.suggest_id("Näringsliv & Arbete") == "naringsliv-arbete"
    assert omvarld.suggest_id("  Café_Öresund ") == "cafe-oresund"
    assert omvarld.suggest_id("x" * 70) == "x" * 64
    assert omvarld.suggest_id(" – ") is None


def test_a_swedish_status_filter_names_the_code() -> None:
    malmo = omvarld.malmo()
    with pytest.raises(ValueError, match=r'did you mean `adopted` \(Swedish "antagen"\)\?'):
        malmo.positions_for("bostader", status="antagen")  # type: ignore[arg-type]
