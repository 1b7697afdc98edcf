"""`omvarld.explain(code, lang)` and the explanations in `omvarld.codes()`."""

from __future__ import annotations


import pytest

import omvarld

CODES = omvarld.codes()
NAMES = [c["code"] for c in CODES]


@pytest.mark.parametrize("code", NAMES)
def test_every_code_explains_in_both_languages(code: str) -> None:
    info = next(c for c in CODES if c["code"] == code)
    en = omvarld.explain(code)
    assert en == omvarld.explain(code, lang="en")
    assert en.startswith(f"{info['severity']}[{code}]: ")
    assert "\nExample:\n\n" in en and "\nHow to fix:\n\n" in en
    sv = omvarld.explain(code, lang="sv")
    assert sv.startswith(f"{info['severity']}[{code}]: ")
    assert "\nExempel:\n\n" in sv and "\nSå rättar du:\n\n" in sv
    assert "How to fix" not in sv

    def words(s: str) -> str:
        return " ".join(s.split())

    assert words(info["meaning_en"]) in words(en)
    assert words(info["fix_sv"]) in words(sv)
    assert "    " + info["example"].splitlines()[1] in sv


@pytest.mark.parametrize("code", NAMES)
def test_every_example_triggers_its_code(code: str) -> None:
    info = next(c for c in CODES if c["code"] == code)
    if info["kind"] == "workbook":
        pytest.skip("a workbook code: its example is a CSV folder, imported by the omvarld-tables tests")
    example = info["example"]
    report = omvarld.validate(example, as_of=info["example_as_of"])
    found = [(i.code, i.path) for i in report.errors + report.warnings]
    assert found == [(code, info["example_path"])]


def test_codes_carry_the_explanation() -> None:
    keys = {"meaning_en", "meaning_sv", "fix_en", "fix_sv", "example", "example_as_of", "example_path"}
    for c in CODES:
        assert keys <= set(c)
        assert all(c[k] for k in keys - {"example_as_of", "example_path"}), c["code"]
        assert c["meaning_en"] != c["meaning_sv"]
    as_of = {c["code"]: c["example_as_of"] for c in CODES if c["example_as_of"] is not None}
    assert as_of == {"review_overdue": "2026-01-01"}


def test_an_unknown_code_raises_value_error_naming_the_nearest() -> None:
    with pytest.raises(ValueError, match=r"unknown code \"duplicate-id\"; did you mean \"duplicate_id\"\?"):
        omvarld.explain("duplicate-id")
    with pytest.raises(ValueError, match=r"omvarld\.codes\(\) lists every code") as info:
        omvarld.explain("qqqq")
    assert "did you mean" not in str(info.value)


def test_a_bad_language_raises_value_error() -> None:
    with pytest.raises(ValueError, match="lang must be"):
        omvarld.explain("syntax", lang="de")
