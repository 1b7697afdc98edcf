"""Follow-up (uppföljning): ``indicator_results()`` as a tidy table for
plotting, ``records("indicator_results")``, and ``follow_up(as_of)`` with the
figures of the core (the same the command's ``report --follow-up`` shows)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import omvarld

FIXTURE = Path(__file__).parents[3] / "tests" / "fixtures" / "valid" / "malmo-follow-up.json"


@pytest.fixture(scope="module")
def followed() -> omvarld.Programme:
    return omvarld.load(FIXTURE)


def test_records_give_one_row_per_baseline_result_and_target(followed: omvarld.Programme) -> None:
    rows = followed.records("indicator_results")
    employment = [r for r in rows if r["indicator"] == "forvarvsfrekvens"]
    # Baseline, ten totals, three years for women and men, target.
    assert len(employment) == 1 + 10 + 6 + 1
    assert employment[0] == {
        "focus_area": "arbetsmarknad",
        "focus_area_number": 1,
        "focus_area_title": "Arbetsmarknad och sysselsättning",
        "focus_area_title_en": "Labour market and employment",
        "goal": followed.focus_areas[0].direction_goal.statement.sv,
        "goal_en": followed.focus_areas[0].direction_goal.statement.en,
        "indicator": "forvarvsfrekvens",
        "indicator_name": "Förvärvsarbetande invånare 20–64 år",
        "indicator_name_en": "Employed residents aged 20–64",
        "unit": "procent",
        "direction": "increase",
        "kind": "baseline",
        "year": 2015,
        "value": 66.8,
        "gender": "total",
    }
    assert [r["kind"] for r in employment] == ["baseline"] + ["result"] * 16 + ["target"]
    # Results by year, then total, women, men; the gender is always given.
    assert [(r["year"], r["gender"]) for r in employment[-4:-1]] == [(2024, "total"), (2024, "female"), (2024, "male")]
    # An indicator with only a baseline and a target has two rows.
    assert [r["kind"] for r in rows if r["indicator"] == "nyanlanda-i-arbete"] == ["baseline", "target"]
    # Every figure of the document is a row.
    total = sum(
        len(i.results) + (i.baseline is not None) + (i.target is not None)
        for f in followed.focus_areas
        for i in f.direction_goal.indicators
    )
    assert len(rows) == total
    english = followed.records("indicator_results", lang="en")
    assert english[0]["indicator_name"] == "Employed residents aged 20–64"
    assert english[0]["indicator_name_sv"] == "Förvärvsarbetande invånare 20–64 år"


def test_indicator_results_is_a_tidy_dataframe(followed: omvarld.Programme) -> None:
    pd = pytest.importorskip("pandas")
    frame = followed.indicator_results()
    assert list(frame.columns) == [
        "focus_area", "focus_area_number", "focus_area_title", "focus_area_title_en", "goal", "goal_en",
        "indicator", "indicator_name", "indicator_name_en", "unit", "direction", "kind", "year", "value", "gender",
    ]
    assert isinstance(frame.index, pd.RangeIndex)
    assert str(frame["year"].dtype) == "int64" and str(frame["value"].dtype) == "float64"
    assert set(frame["kind"]) == {"baseline", "result", "target"}
    totals = frame[(frame["gender"] == "total") & (frame["kind"] == "result")]
    wide = totals.pivot(index="year", columns="indicator", values="value")
    assert wide.loc[2024, "vaxthusgaser"] == 2.5
    assert frame.equals(followed.to_pandas("indicator_results"))
    assert followed.indicator_results(lang="en")["indicator_name"].iloc[0] == "Employed residents aged 20–64"
    # A programme without results still has the columns.
    assert list(omvarld.malmo().indicator_results().columns) == list(frame.columns)


def test_follow_up_gives_the_cores_figures(followed: omvarld.Programme) -> None:
    figures = followed.follow_up(as_of="2026-03-01")
    assert figures["as_of"] == datetime.date(2026, 3, 1)
    employment = figures["indicators"][0]
    assert employment == {
        "focus_area": "arbetsmarknad",
        "indicator": "forvarvsfrekvens",
        "direction": "increase",
        "baseline_year": 2015,
        "baseline_value": 66.8,
        "previous_year": 2023,
        "previous_value": 72.1,
        "latest_year": 2024,
        "latest_value": 71.6,
        "target_year": 2026,
        "target_value": 75.0,
        "change": -0.5,
        "movement": "undesired",
        "to_target": 3.4,
        "gap_left": pytest.approx(3.4 / 8.2),
        "target_reached": False,
    }
    by_id = {r["indicator"]: r for r in figures["indicators"]}
    assert by_id["vaxthusgaser"]["movement"] == "desired"  # lower is better
    assert by_id["kollektivtrafikandel"]["movement"] == "no_direction"
    assert by_id["nyanlanda-i-arbete"]["latest_value"] is None
    assert by_id["nyanlanda-i-arbete"]["movement"] is None

    positions = {r["position"]: r for r in figures["positions"]}
    assert positions["lokal-arbetsformedling"]["last_follow_up"] == datetime.date(2025, 11, 20)
    assert positions["lokal-arbetsformedling"]["days_since_follow_up"] == 101
    assert positions["lokal-arbetsformedling"]["months_since_follow_up"] == 3
    overdue = sorted(p for p, r in positions.items() if r["review_overdue"])
    assert overdue == ["fyra-spar-och-oresundsmetro", "jamn-fordelning-av-mottagandet"]
    assert positions["fyra-spar-och-oresundsmetro"]["days_overdue"] == 60
    # The same rule as the review_overdue warning.
    warned = [w.path for w in followed.validate(as_of="2026-03-01").warnings if w.code == "review_overdue"]
    assert len(warned) == len(overdue)


def test_follow_up_without_a_date_has_no_time_since_and_nothing_overdue(followed: omvarld.Programme) -> None:
    figures = followed.follow_up()
    assert figures["as_of"] is None
    assert all(r["days_since_follow_up"] is None and not r["review_overdue"] for r in figures["positions"])
    assert followed.follow_up(as_of=datetime.date(2026, 3, 1)) == followed.follow_up(as_of="2026-03-01")
    with pytest.raises(ValueError, match="as_of"):
        followed.follow_up(as_of="2026-02-30")
    with pytest.raises(TypeError):
        followed.follow_up(as_of=20260301)  # type: ignore[arg-type]


def test_follow_up_rows_have_the_keys_of_their_typed_dicts(followed: omvarld.Programme) -> None:
    from test_stubs import typed_dict_keys

    figures = followed.follow_up(as_of="2026-03-01")
    assert set(figures) == typed_dict_keys("_FollowUpFigures")[0]
    assert set(figures["indicators"][0]) == typed_dict_keys("_IndicatorProgressRow")[0]
    assert set(figures["positions"][0]) == typed_dict_keys("_PositionProgressRow")[0]
