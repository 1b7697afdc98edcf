"""``Programme.diff(other)``: the core's diff as a ``Diff`` with immutable
changes, records, pandas, JSON and the changelog; the shared fixture pair
gives the same diff as the Rust tests expect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import omvarld

FIXTURES = Path(__file__).parents[3] / "tests" / "diff"


def pair() -> tuple[omvarld.Programme, omvarld.Programme]:
    return omvarld.load(FIXTURES / "old.json"), omvarld.load(FIXTURES / "new.json")


def test_the_fixture_pair_gives_the_expected_diff() -> None:
    old, new = pair()
    diff = old.diff(new)
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    assert diff.to_dict() == expected
    assert json.loads(diff.to_json()) == expected
    assert omvarld.Diff.from_json(diff.to_json()) == diff
    assert len(diff) == len(expected["changes"]) == 11
    assert (diff.old_version, diff.new_version) == ("1.0", "1.1")
    assert diff.valid and not diff.identical
    assert diff.old_errors == () and diff.new_errors == ()


def test_a_programme_diffed_with_itself_is_identical() -> None:
    malmo = omvarld.malmo()
    diff = malmo.diff(omvarld.malmo())
    assert diff.identical and len(diff) == 0 and diff.changes == ()
    assert diff.records() == []
    assert repr(diff) == "Diff(changes=0, old_version='1.1', new_version='1.1', valid=True)"


def test_bool_is_refused_as_ambiguous() -> None:
    old, new = pair()
    with pytest.raises(TypeError, match="ambiguous"):
        bool(old.diff(new))


def test_changes_are_immutable_objects() -> None:
    old, new = pair()
    diff = old.diff(new)
    assert isinstance(diff.changes, tuple)
    status = [c for c in diff.changes if c.kind == "status_changed"]
    assert len(status) == 1
    change = status[0]
    assert (change.subject_id, change.subject_object) == ("infra-1", "AdvocacyPosition")
    assert (change.old, change.new, change.member) == ("adopted", "achieved", "status")
    assert change.old_path == change.new_path == "/positions/0/status"
    assert repr(change) == 'Change(status_changed, "/positions/0/status")'
    with pytest.raises(AttributeError):
        change.kind = "added"  # type: ignore[misc]
    removed = next(c for c in diff.changes if c.kind == "removed")
    assert removed.new_path is None and removed.new is None
    # A removed position's value is read-only data.
    with pytest.raises(TypeError):
        removed.old["id"] = "x"


def test_records_and_pandas_have_one_row_per_change() -> None:
    pd = pytest.importorskip("pandas")
    old, new = pair()
    diff = old.diff(new)
    rows = diff.records()
    assert rows[0].keys() == {
        "kind", "object", "subject_object", "subject_id", "subject_title",
        "member", "lang", "old_path", "new_path", "old", "new",
    }
    titles = [r for r in rows if r["member"] == "title"]
    assert [(r["kind"], r["lang"], r["subject_title"]) for r in titles] == [
        ("added", "en", "Fler hyresrätter med rimliga hyror"),
        ("changed", "sv", "Fler hyresrätter med rimliga hyror"),
    ]
    frame = diff.to_pandas()
    assert list(frame.columns) == list(rows[0].keys())
    assert len(frame) == 11
    assert frame.loc[frame.kind == "renumbered", "subject_id"].tolist() == ["bostad", "infrastruktur"]
    empty = omvarld.malmo().diff(omvarld.malmo()).to_pandas()
    assert isinstance(empty, pd.DataFrame) and len(empty) == 0 and len(empty.columns) == 11


def test_the_changelog_is_the_commands() -> None:
    old, new = pair()
    diff = old.diff(new)
    text = diff.changelog(old="2025.json", new="2026.json")
    assert text.startswith("Ändringar från 2025.json till 2026.json\n")
    assert "- Ståndpunkten infra-1 ”Utbyggd pendeltågstrafik” har ändrat status från antagen till uppnådd." in text
    english = diff.changelog(lang="en", format="markdown")
    assert english.startswith("# Changes from old to new")
    with pytest.raises(ValueError, match="unknown format"):
        diff.changelog(format="pdf")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        diff.changelog(lang="de")  # type: ignore[arg-type]


def test_notebook_html_escapes_user_text() -> None:
    old = omvarld.malmo()
    doc = old.to_dict()
    doc["title"]["sv"] = "<script>alert(1)</script>"
    new = omvarld.Programme.from_dict(doc)
    html = old.diff(new)._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert html.count("<tr>") == 2  # the header and one change


def test_the_json_form_reads_back() -> None:
    old, new = pair()
    diff = old.diff(new)
    assert omvarld.Diff.from_json(diff.to_json(indent=2)) == diff
    with pytest.raises(ValueError, match="not a diff"):
        omvarld.Diff.from_json("{}")
