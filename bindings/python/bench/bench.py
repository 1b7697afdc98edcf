"""Benchmark of the Python binding against pydantic v2, orjson and jsonschema.

    make bench-python            # or: .venv/bin/python bindings/python/bench/bench.py [SIZES…]

Documents come from the core's seeded generator (the `generate` example of
crates/omvarld, feature `testing`), cached in bench-data/. Times are the best
of several runs; memory is the growth of the resident set of a fresh process
(Rust's allocations are invisible to tracemalloc) after loading, with the
input bytes freed. Prints a Markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any, Callable

import jsonschema
import orjson
import pandas as pd

import omvarld

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DATA = ROOT / "bench-data"
sys.path.insert(0, str(HERE))
import pydantic_model  # noqa: E402


def document(positions: int) -> Path:
    DATA.mkdir(exist_ok=True)
    # The 1.0 document: the pydantic model it is compared with is of 1.0.
    path = DATA / f"programme-1.0-{positions}.json"
    if not path.exists():
        with path.open("wb") as out:
            subprocess.run(
                ["cargo", "run", "-q", "--release", "-p", "omvarld", "--features", "testing",
                 "--example", "generate", "--", str(positions), "1", "1.0"],
                cwd=ROOT, stdout=out, check=True,
            )
    return path


def best(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


MEMORY_SCRIPT = textwrap.dedent(
    """
    import gc, os, sys
    sys.path.insert(0, {here!r})
    def rss():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    import omvarld, orjson, pydantic_model
    data = open({path!r}, "rb").read()
    gc.collect()
    before = rss()
    if {kind!r} == "omvarld":
        held = omvarld.loads(data)
    elif {kind!r} == "pydantic":
        held = pydantic_model.Programme.model_validate_json(data)
    else:
        held = orjson.loads(data)
    del data
    gc.collect()
    print(rss() - before + {size})
    """
)


def memory(path: Path, kind: str) -> int:
    """Bytes held after loading (RSS growth, the freed input added back)."""
    script = MEMORY_SCRIPT.format(here=str(HERE), path=str(path), kind=kind, size=path.stat().st_size)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def main(sizes: list[int]) -> None:
    schema = omvarld.json_schema("programme")
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    rows = []
    for n in sizes:
        path = document(n)
        data = path.read_bytes()
        runs = 5 if n <= 1000 else 3 if n <= 10_000 else 2
        assert omvarld.validate(data).valid
        pyd = pydantic_model.Programme.model_validate_json(data)
        prog = omvarld.loads(data)

        t_validate = best(lambda: omvarld.validate(data), runs)
        t_pydantic = best(lambda: pydantic_model.Programme.model_validate_json(data), runs)
        # A careful user's fastest pydantic: strict=True (no coercion) with
        # extra="forbid" (the twin's config), as the targets are stated against.
        pydantic_model.Programme.model_validate_json(data, strict=True)
        t_strict = best(lambda: pydantic_model.Programme.model_validate_json(data, strict=True), runs)
        loaded = orjson.loads(data)
        t_validate_dict = best(lambda: omvarld.validate(loaded), runs)
        t_dumps_validate = best(lambda: omvarld.validate(json.dumps(loaded)), runs)
        t_loads_validate = best(lambda: omvarld.loads(data).validate(), runs)
        t_orjson = best(lambda: orjson.loads(data), runs)
        t_jsonschema = None
        if n <= 10_000:
            t_jsonschema = best(lambda: list(validator.iter_errors(json.loads(data))), 1)

        def read_omvarld() -> None:
            for p in prog.positions:
                p.title.sv, p.status, p.focus_areas  # noqa: B018

        def read_pydantic() -> None:
            for p in pyd.positions:
                p.title["sv"], p.status, p.focus_areas  # noqa: B018

        t_read = best(read_omvarld, runs)
        t_read_pyd = best(read_pydantic, runs)
        # 1 000 lookups by index: O(1) each, the tuple is built once per version.
        step = max(n // 1000, 1)
        t_index = best(lambda: [prog.positions[(i * step) % n] for i in range(1000)], runs)
        t_records_frame = best(lambda: pd.DataFrame(prog.records("positions")), runs)
        t_to_pandas = best(lambda: prog.to_pandas("positions"), runs)
        t_normalize = best(lambda: pd.json_normalize(loaded["positions"]), runs)
        tables = {t: prog.records(t) for t in omvarld.TABLES}
        t_from_records = best(lambda: omvarld.Programme.from_records(tables), runs)
        del loaded, tables
        del pyd, prog
        gc.collect()
        m_omvarld = memory(path, "omvarld")
        m_pydantic = memory(path, "pydantic")
        m_orjson = memory(path, "orjson")
        rows.append(
            dict(
                n=n, mb=len(data) / 1e6, validate=t_validate, pydantic=t_pydantic,
                loads_validate=t_loads_validate, orjson=t_orjson, jsonschema=t_jsonschema,
                strict=t_strict, validate_dict=t_validate_dict, dumps_validate=t_dumps_validate,
                records_frame=t_records_frame,
                to_pandas=t_to_pandas, normalize=t_normalize, from_records=t_from_records,
                read=t_read, read_pyd=t_read_pyd, index=t_index, m_omvarld=m_omvarld, m_pydantic=m_pydantic, m_orjson=m_orjson,
            )
        )
        print(f"{n} positions done", file=sys.stderr)

    ms = lambda s: f"{s * 1000:.1f} ms"  # noqa: E731
    mb = lambda b: f"{b / 2**20:.0f} MiB"  # noqa: E731
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, omvarld {omvarld.__version__}")
    print()
    print("| positions | size | `validate(bytes)` | pydantic lax | speed-up | pydantic `strict=True` | speed-up | jsonschema | speed-up |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        js = f"{ms(r['jsonschema'])} | {r['jsonschema'] / r['validate']:.0f}×" if r["jsonschema"] else "not run | –"
        print(f"| {r['n']:,} | {r['mb']:.1f} MB | {ms(r['validate'])} | {ms(r['pydantic'])} | "
              f"{r['pydantic'] / r['validate']:.1f}× | {ms(r['strict'])} | {r['strict'] / r['validate']:.1f}× | {js} |")
    print()
    print("pydantic: `model_validate_json` of the twin (`extra=\"forbid\"`), lax and with `strict=True`.")
    print()
    print("| positions | `validate(dict)` | `json.dumps` + `validate(str)` | ratio |")
    print("|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['n']:,} | {ms(r['validate_dict'])} | {ms(r['dumps_validate'])} | "
              f"{r['validate_dict'] / r['dumps_validate']:.2f} |")
    print()
    print("| positions | `records(\"positions\")` + `DataFrame` | `to_pandas(\"positions\")` | "
          "`pd.json_normalize` of the orjson dicts | ratio (records/normalize) | `from_records` of every table |")
    print("|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['n']:,} | {ms(r['records_frame'])} | {ms(r['to_pandas'])} | {ms(r['normalize'])} | "
              f"{r['records_frame'] / r['normalize']:.2f} | {ms(r['from_records'])} |")
    print()
    print("| positions | `loads` + `.validate()` | pydantic | speed-up | `orjson.loads` alone | ratio to orjson |")
    print("|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['n']:,} | {ms(r['loads_validate'])} | {ms(r['pydantic'])} | "
              f"{r['pydantic'] / r['loads_validate']:.1f}× | {ms(r['orjson'])} | "
              f"{r['loads_validate'] / r['orjson']:.2f} |")
    print()
    print("| positions | memory held: omvarld | pydantic | ratio | orjson (plain dicts) |")
    print("|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['n']:,} | {mb(r['m_omvarld'])} | {mb(r['m_pydantic'])} | "
              f"{r['m_omvarld'] / r['m_pydantic']:.2f} | {mb(r['m_orjson'])} |")
    print()
    print("| positions | read `title.sv`, `status`, `focus_areas` of every position: omvarld | pydantic | ratio |")
    print("|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['n']:,} | {ms(r['read'])} | {ms(r['read_pyd'])} | {r['read'] / r['read_pyd']:.2f} |")
    print()
    print("| positions | 1 000 lookups `programme.positions[i]` |")
    print("|---:|---:|")
    for r in rows:
        print(f"| {r['n']:,} | {ms(r['index'])} |")


if __name__ == "__main__":
    print(f"load average before: {os.getloadavg()}", file=sys.stderr)
    main([int(a) for a in sys.argv[1:]] or [1000, 10_000, 100_000])
    print(f"load average after: {os.getloadavg()}", file=sys.stderr)
