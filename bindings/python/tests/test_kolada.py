"""``Programme.fetch_kolada``: the recorded Kolada v3 responses of the Rust
tests (crates/omvarld-kolada/tests/data), served by ``http.server`` on
127.0.0.1 in a thread of this process.

The server is Python: had ``fetch_kolada`` kept the GIL while it waits on
the network, the server thread could never answer and every test here would
time out. That they pass shows the GIL is released.
"""

from __future__ import annotations

import pickle
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import omvarld

from conftest import FIXTURES, ROOT

DATA = ROOT / "crates" / "omvarld-kolada" / "tests" / "data"

#: (status, content type, body, delay in seconds) for a path and how often it was asked before.
Reply = tuple[int, str, bytes, float]
Route = Callable[[str, str, int], Reply]


def recorded(name: str, base: str) -> bytes:
    return (DATA / name).read_text(encoding="utf-8").replace("{base}", base).encode()


def kolada(base: str, path: str, before: int) -> Reply:
    """The Kolada that works, as `omvarld_kolada::testing::kolada` answers."""
    if path.startswith("/v3/data/kpi/N00914/municipality/1280/year/"):
        page = "n00914-page2.json" if "page=2" in path else "n00914-page1.json"
        return 200, "application/json", recorded(page, base), 0.0
    if path.startswith("/v3/data/kpi/"):
        return 200, "application/json", recorded("empty.json", base), 0.0
    return 404, "application/json", b"{}", 0.0


class Server:
    def __init__(self, route: Route) -> None:
        self.route = route
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
                before = outer.requests.count(self.path)
                outer.requests.append(self.path)
                status, content_type, body, delay = outer.route(outer.base, self.path, before)
                time.sleep(delay)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    if status == 429:
                        self.send_header("Retry-After", "0")
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up (a timeout test)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"{self.base}/v3"


@pytest.fixture
def serve() -> Iterator[Callable[[Route], Server]]:
    servers: list[Server] = []

    def start(route: Route) -> Server:
        server = Server(route)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.httpd.shutdown()
        server.httpd.server_close()


def sample_result() -> omvarld.KoladaResult:
    """A fetch with an addition, a conflict and a KPI without data (for test_collections)."""
    server = Server(kolada)
    try:
        return programme().fetch_kolada("2020-2024", base_url=server.url, retrieved="2026-12-01")
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()


def programme() -> omvarld.Programme:
    return omvarld.load(DATA / "programme.json")


def results(p: omvarld.Programme) -> list[tuple[int, float, str | None]]:
    indicator = p.focus_areas[0].direction_goal.indicators[0]
    return [(r.year, r.value, r.gender) for r in indicator.results]


def test_fills_results_keeps_the_rest_and_reports_conflicts(serve: Callable[[Route], Server]) -> None:
    server = serve(kolada)
    original = programme()
    result = original.fetch_kolada("2020-2024", base_url=server.url, retrieved="2026-12-01")
    assert isinstance(result, omvarld.KoladaResult)
    assert (result.added, result.changed) == (2, True)
    assert result.conflicts == (
        {
            "path": "/focus_areas/0/direction_goal/indicators/0/results/2/value",
            "focus_area": "arbete-och-kompetens",
            "indicator": "forvarvsfrekvens",
            "kpi": "N00914",
            "year": 2021,
            "in_file": 71.0,
            "kolada": 71.2,
        },
    )
    assert [(i["kpi"], i["added"], i["unchanged"], i["kept"], i["no_data"]) for i in result.indicators] == [
        ("N00914", (2022, 2023), 1, 2, False),
        ("N00401", (), 0, 1, True),
    ]
    assert results(result.programme) == [
        (2019, 69.0, None),
        (2020, 70.1, None),
        (2021, 71.0, None),
        (2021, 69.5, "female"),
        (2022, 72.5, None),
        (2023, 72.8, None),
    ]
    added = result.programme.focus_areas[0].direction_goal.indicators[0].results[4]
    assert added.source is not None
    assert added.source.to_dict() == {
        "name": "Kolada",
        "retrieved": "2026-12-01",
        "url": f"{server.url}/data/kpi/N00914/municipality/1280/year/2020,2021,2022,2023,2024",
    }
    # The programme it was called on is unchanged, and the new one is valid.
    assert original == programme()
    assert result.programme.validate().valid
    assert "Källa: Kolada" in result.summary("sv")
    assert result.summary() == str(result)
    assert repr(result) == "KoladaResult(added=2, conflicts=1, indicators=2)"
    # Records for pandas.
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(result.conflicts)
    assert list(frame.columns) == ["path", "focus_area", "indicator", "kpi", "year", "in_file", "kolada"]
    assert frame["kolada"].tolist() == [71.2]


def test_a_second_fetch_adds_nothing(serve: Callable[[Route], Server]) -> None:
    server = serve(kolada)
    once = programme().fetch_kolada("2020-2024", base_url=server.url, retrieved="2026-12-01").programme
    again = once.fetch_kolada(range(2020, 2025), base_url=server.url, retrieved="2026-12-02")
    assert (again.added, again.changed) == (0, False)
    assert again.programme == once
    # range(2020, 2025) asks for the same years as "2020-2024".
    assert server.requests[0] == server.requests[-2].split("?")[0] == (
        "/v3/data/kpi/N00914/municipality/1280/year/2020,2021,2022,2023,2024"
    )


def test_a_429_is_retried(serve: Callable[[Route], Server]) -> None:
    def route(base: str, path: str, before: int) -> Reply:
        return (429, "application/json", b"{}", 0.0) if before == 0 else kolada(base, path, before)

    server = serve(route)
    result = programme().fetch_kolada(2023, base_url=server.url, retrieved="2026-12-01")
    assert result.added == 1


@pytest.mark.parametrize(
    ("route", "code", "message"),
    [
        pytest.param(
            lambda base, path, before: (200, "text/html", recorded("error.html", base), 0.0),
            "not_json",
            "with text/html, not JSON",
            id="html",
        ),
        pytest.param(
            lambda base, path, before: (200, "application/json", recorded("not-a-number.json", base), 0.0),
            "not_a_number",
            'the value is not a number: "70,1" at /values/0/values/0/value',
            id="not-a-number",
        ),
        pytest.param(
            lambda base, path, before: (404, "application/json", b"{}", 0.0),
            "http_status",
            "with HTTP status 404",
            id="404",
        ),
    ],
)
def test_bad_answers_raise_kolada_error(
    serve: Callable[[Route], Server], route: Route, code: str, message: str
) -> None:
    server = serve(route)
    p = programme()
    with pytest.raises(omvarld.KoladaError) as info:
        p.fetch_kolada("2020", base_url=server.url)
    assert info.value.code == code
    assert message in str(info.value)
    assert isinstance(info.value, OSError)
    assert isinstance(info.value, omvarld.OmvarldError)
    copy = pickle.loads(pickle.dumps(info.value))
    assert (type(copy), str(copy), copy.code) == (omvarld.KoladaError, str(info.value), code)
    assert p == programme()


def test_a_server_that_hangs_times_out(serve: Callable[[Route], Server]) -> None:
    server = serve(lambda base, path, before: (*kolada(base, path, before)[:3], 5.0))
    started = time.monotonic()
    with pytest.raises(omvarld.KoladaError) as info:
        programme().fetch_kolada("2020", base_url=server.url, timeout=0.5)
    assert info.value.code == "timeout"
    assert time.monotonic() - started < 4


def test_documents_that_cannot_take_results(serve: Callable[[Route], Server]) -> None:
    server = serve(kolada)
    old = omvarld.load(FIXTURES / "valid" / "malmo-rich.json")
    with pytest.raises(ValueError, match=r"run `omvarld upgrade` first"):
        old.fetch_kolada(base_url=server.url)
    doc = programme().to_dict()
    del doc["organisation"]["municipality_code"]
    with pytest.raises(ValueError, match="no municipality_code"):
        omvarld.Programme.from_dict(doc).fetch_kolada(base_url=server.url)
    assert server.requests == []


def test_years_and_options_are_checked() -> None:
    p = programme()
    with pytest.raises(ValueError, match="step 1"):
        p.fetch_kolada(range(2020, 2025, 2))
    with pytest.raises(ValueError, match="not a range of years"):
        p.fetch_kolada("2025-2015")
    with pytest.raises(TypeError, match="years must be"):
        p.fetch_kolada(2020.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timeout"):
        p.fetch_kolada(2020, timeout=0)
    with pytest.raises(ValueError, match="retrieved"):
        p.fetch_kolada(2020, retrieved="yesterday")

