"""Shared helpers: the fixtures of tests/fixtures, shared with Rust and the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import omvarld

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"

#: The codes the published schema enforces (input-level and structural), from the catalogue.
STRUCTURAL = {c["code"] for c in omvarld.codes() if c["structural"]}


def _known_divergences() -> set[str]:
    path = FIXTURES / "known-divergences.json"
    return set(json.loads(path.read_text())) if path.exists() else set()


def fixture_cases() -> list[Any]:
    """One pytest param per fixture document: (document path, expected report)."""
    divergent = _known_divergences()
    cases = []
    for doc in sorted(FIXTURES.glob("*/*.json")):
        if doc.name.endswith(".expected.json"):
            continue
        expected_path = doc.with_name(doc.name[: -len(".json")] + ".expected.json")
        if not expected_path.exists():
            continue
        name = f"{doc.parent.name}/{doc.stem}"
        marks = [pytest.mark.xfail(reason="listed in known-divergences.json", strict=False)] if name in divergent else []
        cases.append(pytest.param(doc, json.loads(expected_path.read_text()), id=name, marks=marks))
    return cases


def pairs(issues: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted((i["code"], i["path"]) for i in issues)
