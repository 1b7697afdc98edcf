"""The README's Python code blocks run as they are, so the quick start never rots."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def test_readme_has_a_python_quick_start() -> None:
    assert BLOCKS


@pytest.mark.parametrize("block", BLOCKS, ids=range(len(BLOCKS)))
def test_readme_block_runs(block: str) -> None:
    pytest.importorskip("pandas")
    exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
