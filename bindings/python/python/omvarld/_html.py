"""Notebook HTML for :class:`Programme`, :class:`Report` and :class:`Diff` (``_repr_html_``).

Rendered in Python over data the native side hands over; every piece of
user text goes through :func:`html.escape`.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._omvarld import Diff, Programme, Report

_STYLE = (
    "<style>.omvarld table{border-collapse:collapse}"
    ".omvarld td,.omvarld th{border:1px solid #ccc;padding:2px 6px;text-align:left}"
    ".omvarld .error{color:#a00}.omvarld .warning{color:#a60}</style>"
)


def report_html(report: Report) -> str:
    """A validation report as an HTML table."""
    verdict = "valid" if report.valid else "invalid"
    head = (
        f"<p><b>{verdict}</b>: {len(report.errors)} error(s), "
        f"{len(report.warnings)} warning(s)</p>"
    )
    rows = []
    for issue in report.issues():
        where = escape(issue.path or "(document)")
        if issue.line is not None:
            where += f" <small>(line {issue.line}, column {issue.column})</small>"
        rows.append(
            f'<tr class="{escape(issue.severity)}"><td>{escape(issue.severity)}</td>'
            f"<td><code>{escape(issue.code)}</code></td><td><code>{where}</code></td>"
            f"<td>{escape(issue.message)}</td></tr>"
        )
    table = ""
    if rows:
        table = (
            "<table><tr><th>severity</th><th>code</th><th>path</th><th>message</th></tr>"
            + "".join(rows)
            + "</table>"
        )
    return f'<div class="omvarld">{_STYLE}{head}{table}</div>'


def programme_html(programme: Programme) -> str:
    """A programme summary: focus areas with goals and position counts.

    "in force" counts adopted and active positions, as ``coverage()`` and the
    ``uncovered_focus_area`` warning do; "all" counts positions of any status.
    """
    org = escape(str(programme.organisation.name))
    title = escape(str(programme.title))
    counts = {
        r["id"]: (r["positions_in_force"], r["positions_total"])
        for r in programme.records("focus_areas")
    }
    in_force = sum(1 for p in programme.positions if p.status in ("adopted", "active"))
    rows = "".join(
        f"<tr><td>{area.number}</td><td>{escape(str(area.title))}</td>"
        f"<td>{escape(str(area.direction_goal.statement))}</td>"
        f"<td>{counts.get(area.id, (0, 0))[0]}</td><td>{counts.get(area.id, (0, 0))[1]}</td></tr>"
        for area in programme.focus_areas
    )
    return (
        f'<div class="omvarld">{_STYLE}<p><b>{title}</b> — {org} '
        f"<small>(id <code>{escape(programme.id)}</code>; "
        f"{len(programme.positions)} position(s), {in_force} in force; "
        f"{len(programme.arenas)} arena(s))</small></p>"
        "<table><tr><th>#</th><th>focus area</th><th>direction goal</th>"
        "<th>positions in force</th><th>all positions</th></tr>"
        f"{rows}</table></div>"
    )


def _show(value: object) -> str:
    """A changed value, short: a text's Swedish string, else compact JSON."""
    import json

    if value is None:
        return ""
    if isinstance(value, str):
        text = value
    else:
        text = json.dumps(value, ensure_ascii=False)
    return escape(text if len(text) <= 120 else text[:119] + "…")


def diff_html(diff: Diff) -> str:
    """A diff as an HTML table: one row per change, errors counted first."""
    errors = len(diff.old_errors) + len(diff.new_errors)
    head = (
        f"<p><b>{len(diff)} change(s)</b>, standard {escape(str(diff.old_version))} → "
        f"{escape(str(diff.new_version))}"
        + (f', <span class="error">{errors} error(s)</span>' if errors else "")
        + "</p>"
    )
    rows = []
    for row in diff.records():
        subject = " ".join(escape(str(row[k])) for k in ("subject_id", "subject_title") if row[k] is not None)
        member = escape(row["member"] or "") + (f" ({escape(row['lang'])})" if row["lang"] else "")
        rows.append(
            f"<tr><td>{escape(row['kind'])}</td><td>{subject}</td><td>{member}</td>"
            f"<td>{_show(row['old'])}</td><td>{_show(row['new'])}</td>"
            f"<td><code>{escape(row['new_path'] or row['old_path'] or '')}</code></td></tr>"
        )
    table = ""
    if rows:
        table = (
            "<table><tr><th>kind</th><th>subject</th><th>member</th><th>old</th><th>new</th><th>path</th></tr>"
            + "".join(rows)
            + "</table>"
        )
    return f'<div class="omvarld">{_STYLE}{head}{table}</div>'
