"""pandas and polars comfort: ``to_pandas`` and ``to_polars`` (both optional).

Every table has fixed columns with a kind (from the native ``_table``, which
also names the columns of the index: the id, for indicators the focus area
and the id), so an empty table keeps its columns and dtypes: strings as pandas' string dtype
(``object`` before pandas 3), counts as ``int64``, optional integers as
``Int64``, numbers as ``float64``, dates as ``datetime64[ns]`` (``datetime64[s]``
for a column with a date outside 1678–2261, which nanoseconds cannot hold), lists as
Python lists (``object``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import _omvarld

if TYPE_CHECKING:
    from ._omvarld import Coverage, Programme, Report

#: Columns of ``Report.to_pandas()``.
_ISSUE_COLUMNS: list[tuple[str, str]] = [
    ("severity", "str"),
    ("code", "str"),
    ("path", "str"),
    ("loc", "object"),
    ("message", "str"),
    ("line", "int?"),
    ("column", "int?"),
    ("ctx", "object"),
]


#: An empty cell of a ``date`` column of the native table (numpy's NaT).
_NO_DATE = -(2**63)

#: The days ``datetime64[ns]`` can hold (numpy wraps others silently).
_NS_DAYS = ("1678-01-01", "2261-12-31")


def _import(name: str, extra: str, method: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(f"{method} needs {name}: pip install 'omvarld[{extra}]'") from e


def _pandas() -> Any:
    return _import("pandas", "pandas", "to_pandas")


def _str_dtype(pd: Any) -> Any:
    """pandas' own choice for strings: ``str`` from pandas 3, ``object`` before."""
    dtype = pd.Series(["x"]).dtype
    return object if dtype == object else dtype


def _column(pd: Any, np: Any, values: list[Any], kind: str, str_dtype: Any) -> Any:
    """One column as the array a DataFrame holds (no Series: a frame built
    from arrays skips aligning an index per column)."""
    if kind == "str":
        if str_dtype is object:
            return np.fromiter(values, dtype=object, count=len(values))
        return pd.array(values, dtype=str_dtype)
    if kind == "int":
        return np.array(values, dtype="int64")
    if kind == "int?":
        return pd.array(values, dtype="Int64")
    if kind == "float":
        return np.array([float("nan") if v is None else v for v in values], dtype="float64")
    if kind == "date":
        # The native table gives days since 1970-01-01, and numpy's NaT
        # (the least int64) for an empty cell: one view makes them dates.
        days = np.array(values, dtype="int64").view("datetime64[D]")
        # Nanoseconds hold 1678–2261 only, and numpy would wrap other years
        # silently; a column with such a date is in seconds instead.
        known = days[~np.isnat(days)]
        first, last = (np.datetime64(d) for d in _NS_DAYS)
        fits = known.size == 0 or (known.min() >= first and known.max() <= last)
        return days.astype("datetime64[ns]" if fits else "datetime64[s]")
    # Lists and dicts stay Python objects, one per cell: fromiter does not
    # turn a column of equal-length lists into a 2-D array as np.array would.
    return np.fromiter(values, dtype=object, count=len(values))


def _frame(pd: Any, columns: list[tuple[str, str]], values: dict[str, list[Any]], index: list[str]) -> Any:
    import numpy as np

    str_dtype = _str_dtype(pd)
    data = {name: _column(pd, np, values[name], kind, str_dtype) for name, kind in columns}
    frame = pd.DataFrame(data, columns=[name for name, _ in columns], copy=False)
    if index and all(i in frame.columns for i in index):
        frame = frame.set_index(index if len(index) > 1 else index[0])
    return frame


def frame_records(frame: Any) -> list[dict[str, Any]]:
    """The rows of a DataFrame as dicts, for ``Programme.from_records``.

    pandas: a named index (``to_pandas`` puts the ids there) becomes columns
    again, so ``to_pandas(t)`` reads back as it is; polars: ``to_dicts()``.
    Empty cells (``NaN``, ``NA``, ``NaT``) are read as absent values.
    """
    if hasattr(frame, "to_dicts"):
        rows: list[dict[str, Any]] = frame.to_dicts()
        return rows
    index = getattr(frame, "index", None)
    if index is not None and any(name is not None for name in getattr(index, "names", [])):
        frame = frame.reset_index()
    rows = frame.to_dict("records")
    return rows


def coverage_to_pandas(coverage: Coverage) -> Any:
    """The coverage matrix: focus areas as rows, contribution aims as columns."""
    pd = _pandas()
    frame = pd.DataFrame(
        coverage.counts,
        index=pd.Index(coverage.focus_areas, name="focus_area"),
        columns=pd.Index(coverage.contribution_aims, name="contribution_aim"),
        dtype="int64",
    )
    return frame


def programme_to_pandas(programme: Programme, table: str, **options: Any) -> Any:
    """A table of the programme as a DataFrame; ``"coverage"`` is the matrix.

    Options as for ``records``: ``lang`` (main text columns in this language,
    Swedish where missing; every translation keeps its own ``<column>_<tag>``
    column), ``extensions`` (add the ``extensions`` column), ``join_lists``
    (``True`` or a separator: lists as ``"a, b"`` strings).
    """
    pd = _pandas()
    if table == "coverage":
        return coverage_to_pandas(programme.coverage())
    columns, values, index = _omvarld._table(programme, table, **options)
    return _frame(pd, columns, values, index)


def _polars_dtype(pl: Any, kind: str) -> Any:
    return {
        "str": pl.Utf8,
        "int": pl.Int64,
        "int?": pl.Int64,
        "float": pl.Float64,
        "date": pl.Date,
        "list": pl.List(pl.Utf8),
        "object": pl.Object,
    }[kind]


def programme_to_polars(programme: Programme, table: str, **options: Any) -> Any:
    """A table of the programme as a ``polars.DataFrame`` (no index: the key
    columns stay columns); options as for :func:`programme_to_pandas`.
    ``"coverage"`` is the long table (one row per cell)."""
    pl = _import("polars", "polars", "to_polars")
    columns, values, _ = _omvarld._table(programme, table, **options)
    series = []
    for name, kind in columns:
        if kind == "date":
            # Days since 1970-01-01; the least int64 is an empty cell.
            days = [None if v == _NO_DATE else v for v in values[name]]
            series.append(pl.Series(name, days, dtype=pl.Int32).cast(pl.Date))
        else:
            series.append(pl.Series(name, values[name], dtype=_polars_dtype(pl, kind)))
    return pl.DataFrame(series)


def report_to_pandas(report: Report) -> Any:
    """The issues of a report, one row each, errors first."""
    pd = _pandas()
    rows = []
    for issue in report.issues():
        rows.append(
            {
                "severity": issue.severity,
                "code": issue.code,
                "path": issue.path,
                "loc": issue.loc,
                "message": issue.message,
                "line": issue.line,
                "column": issue.column,
                "ctx": issue.ctx,
            }
        )
    columns = {name: [row[name] for row in rows] for name, _ in _ISSUE_COLUMNS}
    return _frame(pd, _ISSUE_COLUMNS, columns, [])
