"""`to_dict()` keeps the document's member order, as `to_json()` does."""

from __future__ import annotations

import json
import time
from typing import Any

import omvarld
from omvarld import Programme


def shape(value: Any) -> Any:
    """The keys of every dict, in order, nested as the value is."""
    if isinstance(value, dict):
        return [(k, shape(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [shape(v) for v in value]
    return None


def full() -> Programme:
    from test_collections import full_document

    return Programme.from_dict(full_document())


def test_programme_to_dict_keeps_the_order_of_to_json() -> None:
    for p in (omvarld.malmo(), full()):
        d = p.to_dict()
        loaded = json.loads(p.to_json())
        assert d == loaded
        assert list(d) == list(loaded)
        assert list(d)[:4] == ["$schema", "schema_version", "id", "title"]
        assert shape(d) == shape(loaded)


def test_model_to_dict_keeps_the_order_of_to_json() -> None:
    p = full()
    objects: list[Any] = [p.organisation, p.period, *p.focus_areas, *p.positions, *p.activities]
    objects += [p.focus_areas[0].direction_goal, *p.positions[0].targets, *p.publications, *p.arenas]
    position, indicator = p.positions[0], p.focus_areas[0].direction_goal.indicators[0]
    objects += [*p.bodies, position.shift, position.decision, *position.references, *position.follow_up]
    objects += [*indicator.results, indicator.results[0].source]
    for obj in objects:
        loaded = json.loads(obj.to_json())
        assert obj.to_dict() == loaded
        assert shape(obj.to_dict()) == shape(loaded), type(obj).__name__


def test_report_to_dict_keeps_the_order_of_to_json() -> None:
    report = omvarld.malmo().validate()
    loaded = json.loads(report.to_json())
    assert report.to_dict() == loaded and shape(report.to_dict()) == shape(loaded)


def test_to_dict_is_no_slower_than_json_loads_of_to_json() -> None:
    p = full()
    doc = p.to_dict()
    doc["positions"] = [dict(doc["positions"][0], id=f"p-{i}") for i in range(300)]
    big = Programme.from_dict(doc)

    def best(f: Any) -> float:
        times = []
        for _ in range(7):
            start = time.perf_counter()
            f()
            times.append(time.perf_counter() - start)
        return min(times)

    ours = best(big.to_dict)
    baseline = best(lambda: json.loads(big.to_json()))
    # Generous margin: a shared machine is noisy; a regression to a slower
    # path (e.g. through serde_json::Value and back) would be well above it.
    assert ours <= baseline * 1.5, (ours, baseline)
