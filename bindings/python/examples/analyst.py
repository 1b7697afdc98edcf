"""An analyst's first look at a programme: validate, tabulate, find the gaps.

Run from anywhere: ``python bindings/python/examples/analyst.py [FILE]``
(without FILE it uses the richer Malmö fixture of the repository).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import omvarld

RICH = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "valid" / "malmo-rich.json"


def summarize(programme: omvarld.Programme) -> list[str]:
    """A few lines about a programme: positions by status and the coverage gaps."""
    lines = [f"{programme.title} ({programme.organisation.name}): {len(programme.positions)} position(s)"]
    statuses = Counter(p.status for p in programme.positions)
    lines += [f"  {status}: {n}" for status, n in sorted(statuses.items())]
    coverage = programme.coverage()
    for area, total in zip(coverage.focus_areas, coverage.area_totals):
        if total == 0:
            focus_area = programme.focus_area(area)
            title = focus_area.title.sv if focus_area is not None else area
            lines.append(f"  no position in force for focus area {title!r}")
    return lines


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else RICH
    report = omvarld.validate_file(path, as_of="2026-06-01")
    for issue in report.issues():
        print(issue)
    if not report.valid:
        return 1
    programme = omvarld.load(path)
    for line in summarize(programme):
        print(line)
    rows = programme.records("positions")
    national = [r["id"] for r in rows if "national" in r["target_levels"]]
    print(f"positions aimed at the national level: {', '.join(national) or 'none'}")
    try:
        programme.check()
    except omvarld.ValidationError as e:
        for error in e.errors():
            print(error["code"], error["path"])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
