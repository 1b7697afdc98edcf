"""Every shared fixture gives the same codes and paths as its expected report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import omvarld

from conftest import STRUCTURAL, fixture_cases, pairs

CASES = fixture_cases()


def test_fixtures_are_there() -> None:
    assert len(CASES) >= 20


def _as_of(expected: dict[str, Any]) -> str | None:
    return expected.get("options", {}).get("as_of")


def _assert_same(report: omvarld.Report, expected: dict[str, Any], *, locations: bool = True) -> None:
    got = report.to_dict()
    assert pairs(got["errors"]) == pairs(expected["errors"])
    assert pairs(got["warnings"]) == pairs(expected["warnings"])
    assert report.valid == expected["valid"]
    if locations:
        for want in expected["errors"]:
            if "line" in want:
                match = [e for e in got["errors"] if (e["code"], e["path"]) == (want["code"], want["path"])]
                assert any((e.get("line"), e.get("column")) == (want["line"], want["column"]) for e in match), (want, match)


@pytest.mark.parametrize(("doc", "expected"), CASES)
def test_validate_bytes(doc: Path, expected: dict[str, Any]) -> None:
    _assert_same(omvarld.validate(doc.read_bytes(), as_of=_as_of(expected)), expected)


@pytest.mark.parametrize(("doc", "expected"), CASES)
def test_validate_file(doc: Path, expected: dict[str, Any]) -> None:
    _assert_same(omvarld.validate_file(doc, as_of=_as_of(expected)), expected)


@pytest.mark.parametrize(("doc", "expected"), CASES)
def test_load_then_validate(doc: Path, expected: dict[str, Any]) -> None:
    structural = any(e["code"] in STRUCTURAL for e in expected["errors"])
    if structural:
        with pytest.raises(omvarld.ValidationError) as info:
            omvarld.load(doc)
        assert isinstance(info.value, ValueError)
        assert pairs(info.value.errors()) == pairs(expected["errors"])
        assert info.value.report.valid is False
    else:
        programme = omvarld.load(str(doc))
        _assert_same(programme.validate(as_of=_as_of(expected)), expected, locations=False)
        # The dict form gives the same verdict as the bytes.
        _assert_same(omvarld.validate(programme.to_dict(), as_of=_as_of(expected)), expected, locations=False)


def test_swedish_messages_keep_codes_and_paths() -> None:
    doc = (Path(__file__).resolve().parents[3] / "tests/fixtures/invalid/enum.json").read_bytes()
    en = omvarld.validate(doc)
    sv = omvarld.validate(doc, lang="sv")
    assert [(i.code, i.path) for i in en.errors] == [(i.code, i.path) for i in sv.errors]
    assert [i.message for i in en.errors] != [i.message for i in sv.errors]
