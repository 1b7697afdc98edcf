"""``python -m omvarld`` is the ``omvarld`` command (issue 13): the shared
fixtures give the same output, on both streams, and the same exit codes
through the binding as through the Rust binary."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"


@cache
def rust_command() -> str:
    cargo = os.environ.get("CARGO", "cargo")
    subprocess.run([cargo, "build", "-q", "-p", "omvarld-cli", "--bin", "omvarld"], cwd=ROOT, check=True)
    meta = subprocess.run(
        [cargo, "metadata", "--format-version", "1", "--no-deps"], cwd=ROOT, check=True, capture_output=True
    )
    return str(Path(json.loads(meta.stdout)["target_directory"]) / "debug" / "omvarld")


def both(*args: str, stdin: bytes | None = None) -> tuple[subprocess.CompletedProcess[bytes], ...]:
    env = {**os.environ, "NO_COLOR": "1"}
    runs = (
        subprocess.run([rust_command(), *args], cwd=ROOT, input=stdin, capture_output=True, env=env),
        subprocess.run([sys.executable, "-m", "omvarld", *args], cwd=ROOT, input=stdin, capture_output=True, env=env),
    )
    return runs


def assert_same(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    rust, python = both(*args, stdin=stdin)
    assert python.returncode == rust.returncode, (args, python.stderr.decode())
    assert python.stdout == rust.stdout, args
    assert python.stderr == rust.stderr, args
    return rust


def fixtures() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in FIXTURES.glob("*/*.json") if not p.name.endswith(".expected.json")
    )


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_validate_gives_the_same_output_for_every_fixture(fmt: str, lang: str) -> None:
    done = assert_same("validate", "--format", fmt, "--lang", lang, *fixtures())
    assert done.returncode == 1  # the invalid fixtures are among them
    assert done.stdout


def test_each_fixture_alone_gives_the_commands_exit_code() -> None:
    for fixture in fixtures():
        expected = json.loads((ROOT / fixture.replace(".json", ".expected.json")).read_text(encoding="utf-8"))
        done = assert_same("validate", fixture)
        assert done.returncode == (0 if expected["valid"] else 1), fixture


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_report_gives_the_same_output(fmt: str) -> None:
    for fixture in ["tests/fixtures/valid/v1-1-rich.json", "tests/fixtures/valid/malmo-rich.json"]:
        assert_same("report", fixture, "--format", fmt, "--lang", "sv")
    assert_same("report", "--format", fmt)  # the built-in Malmö programme


def test_explain_upgrade_schema_init_and_version() -> None:
    assert_same("explain", "unknown_reference", "--lang", "sv")
    assert_same("explain", "--list")
    assert_same("upgrade", "tests/fixtures/valid/malmo-rich.json")
    assert_same("upgrade", "tests/fixtures/invalid/unknown-reference.json")
    assert_same("schema", "--version", "1.0", "--check")
    assert_same("init")
    out = assert_same("--version")
    assert b"data standard 1.0, 1.1" in out.stdout


def test_stdin_usage_errors_and_missing_files() -> None:
    rich = (FIXTURES / "valid" / "v1-1-rich.json").read_bytes()
    assert assert_same("validate", "-", stdin=rich).returncode == 0
    assert assert_same("validate", "no/such/file.json").returncode == 2
    assert assert_same("frobnicate").returncode == 2
    assert assert_same("validate", "--format", "yaml", "x.json").returncode == 2
    assert assert_same("--help").returncode == 0


def test_the_function_behind_it_returns_the_status() -> None:
    from omvarld.__main__ import main

    assert main(["schema", "--version", "1.1", "--check"]) == 0
    assert main(["validate", "no/such/file.json"]) == 2


def test_export_and_import_through_both(tmp_path: Path) -> None:
    """A CSV export gives the same files, and importing them the same document and exit code."""
    rich = "tests/fixtures/valid/v1-1-rich.json"
    rust_dir, python_dir = tmp_path / "rust", tmp_path / "python"
    env = {**os.environ, "NO_COLOR": "1"}
    for command, out in ((rust_command(),), rust_dir), ((sys.executable, "-m", "omvarld"), python_dir):
        done = subprocess.run(
            [*command, "export", rich, "--to", "csv", "--out", str(out)], cwd=ROOT, capture_output=True, env=env
        )
        assert done.returncode == 0, done.stderr.decode()
    names = sorted(p.name for p in rust_dir.iterdir())
    assert names == sorted(p.name for p in python_dir.iterdir()) and "datapackage.json" in names
    for name in names:
        assert (rust_dir / name).read_bytes() == (python_dir / name).read_bytes(), name
    done = assert_same("import", str(rust_dir))
    assert done.returncode == 0
    assert json.loads(done.stdout) == json.loads((ROOT / rich).read_bytes())
