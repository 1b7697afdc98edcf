"""The published schemas, checked with the Python jsonschema package against every fixture
(each document against the schema of the version it names, SPEC §6)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import omvarld

from conftest import ROOT, STRUCTURAL, fixture_cases

NAMES = ("programme", "advocacy-position", "validation-report")


def published(version: str, name: str = "programme") -> Any:
    return json.loads((ROOT / "schemas" / version / f"{name}.schema.json").read_text())


VALIDATORS = {
    version: jsonschema.Draft202012Validator(
        published(version), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for version in omvarld.SCHEMA_VERSIONS
}


def validator_for(instance: Any) -> jsonschema.Draft202012Validator:
    """The schema of the version the document names; the newest otherwise."""
    version = instance.get("schema_version") if isinstance(instance, dict) else None
    return VALIDATORS.get(version, VALIDATORS[omvarld.SCHEMA_VERSION])  # type: ignore[arg-type]


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_published_schemas_are_the_ones_the_binding_serves(version: str) -> None:
    for name in NAMES:
        schema = published(version, name)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert omvarld.json_schema(name, version) == schema
        assert omvarld.json_schema(f"{name}.schema.json", version=version) == schema
        assert schema["$id"] == f"https://omvarld.github.io/schemas/{version}/{name}.schema.json"


def test_the_default_is_the_newest_version() -> None:
    assert omvarld.SCHEMA_VERSIONS == ("1.0", "1.1") and omvarld.SCHEMA_VERSION == "1.1"
    for name in NAMES:
        assert omvarld.json_schema(name) == omvarld.json_schema(name, omvarld.SCHEMA_VERSION)
    with pytest.raises(ValueError, match="programme"):
        omvarld.json_schema("nope")
    with pytest.raises(ValueError, match=r"no version \"2\.0\" of the standard; known: 1\.0, 1\.1"):
        omvarld.json_schema("programme", "2.0")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        omvarld.json_schema("programme", 1.1)  # type: ignore[arg-type]


@pytest.mark.parametrize(("doc", "expected"), fixture_cases())
def test_schema_agrees_with_the_fixture(doc: Path, expected: dict[str, Any]) -> None:
    codes = {e["code"] for e in expected["errors"]}
    if "syntax" in codes:
        pytest.skip("input-level rule: outside schema equivalence (SPEC §5)")
    instance = json.loads(doc.read_text(encoding="utf-8-sig"))
    errors = list(validator_for(instance).iter_errors(instance))
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
