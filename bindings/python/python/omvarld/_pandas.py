"""pandas comfort: ``to_pandas`` (pandas is an optional extra)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._omvarld import Coverage, Programme


def _pandas() -> Any:
    try:
        pandas = importlib.import_module("pandas")
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            "to_pandas needs pandas: pip install 'omvarld[pandas]'"
        ) from e
    return pandas


def coverage_to_pandas(coverage: Coverage) -> Any:
    """The coverage matrix: focus areas as rows, contribution aims as columns."""
    pd = _pandas()
    frame = pd.DataFrame(
        coverage.counts,
        index=pd.Index(coverage.focus_areas, name="focus_area"),
        columns=pd.Index(coverage.contribution_aims, name="contribution_aim"),
    )
    return frame


def programme_to_pandas(programme: Programme, table: str) -> Any:
    """A table of the programme as a DataFrame; ``"coverage"`` is the matrix."""
    pd = _pandas()
    if table == "coverage":
        return coverage_to_pandas(programme.coverage())
    records = programme.records(table)
    frame = pd.DataFrame.from_records(records)
    if "id" in frame.columns:
        frame = frame.set_index("id")
    return frame
