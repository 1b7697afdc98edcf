"""The published schema, checked with the Python jsonschema package against every fixture."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import omvarld

from conftest import ROOT, STRUCTURAL, fixture_cases

SCHEMA = json.loads((ROOT / "schemas" / "programme.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_published_schema_is_the_one_the_binding_serves() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert omvarld.json_schema("programme") == SCHEMA
    for name in ("advocacy-position", "validation-report"):
        assert omvarld.json_schema(name) == json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text())
    with pytest.raises(ValueError, match="programme"):
        omvarld.json_schema("nope")


@pytest.mark.parametrize(("doc", "expected"), fixture_cases())
def test_schema_agrees_with_the_fixture(doc: Path, expected: dict[str, Any]) -> None:
    codes = {e["code"] for e in expected["errors"]}
    if "syntax" in codes:
        pytest.skip("input-level rule: outside schema equivalence (SPEC §5)")
    instance = json.loads(doc.read_text(encoding="utf-8-sig"))
    errors = list(VALIDATOR.iter_errors(instance))
    if codes & STRUCTURAL:
        assert errors, "a structurally invalid fixture must fail the published schema"
    else:
        assert errors == [], [e.message for e in errors]


def test_reports_match_the_report_schema() -> None:
    schema = omvarld.json_schema("validation-report")
    validator = jsonschema.Draft202012Validator(schema)
    for doc in sorted((ROOT / "tests" / "fixtures").glob("*/*.json")):
        if not doc.name.endswith(".expected.json"):
            validator.validate(omvarld.validate(doc.read_bytes()).to_dict())
