"""Differential test: four validators give every document the same structural verdict.

The committed ``schemas/<version>/programme.schema.json`` is what data publishers check
their files against, with the Python ``jsonschema`` package or with
``check-jsonschema`` (the pre-commit hook). SPEC §2 promises that a document has
no structural issue in omvarld exactly when a Draft 2020-12 validator that
asserts formats accepts it. This test checks that promise over one corpus with
four validators:

- omvarld (Rust) and the ``jsonschema`` Rust crate: verdicts written by the
  ``differential_corpus`` example (crates/omvarld/examples) into ``manifest.json``;
- Python ``jsonschema`` (``Draft202012Validator`` with its format checker);
- ``check-jsonschema --schemafile``, one invocation over all files.

The corpus is every fixture that an ordinary JSON parser reads unambiguously
(SPEC §5 input-level rules are outside schema equivalence), about 130
hand-picked edges of the schema's rules put into ``valid/malmo-rich`` (numbers
written ``1.0`` or ``-0``, control and white-space characters in texts,
trailing newlines after patterns, calendar dates, limits in code points), and
``OMVARLD_DIFF_DOCUMENTS`` (default 2000) generated documents: valid
programmes, single-mutation documents and documents with an arbitrary JSON
value put anywhere, from the proptest strategies, seeded by
``OMVARLD_DIFF_SEED`` (default 1). ``OMVARLD_DIFF_CORPUS=DIR`` uses a corpus
already written to DIR instead of running the example.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[3]
VERSIONS = ("1.0", "1.1")


def _schema_path(version: str) -> Path:
    return ROOT / "schemas" / version / "programme.schema.json"
DOCUMENTS = int(os.environ.get("OMVARLD_DIFF_DOCUMENTS", "2000"))
SEED = int(os.environ.get("OMVARLD_DIFF_SEED", "1"))
VALIDATORS = ("omvarld", "jsonschema_rs", "python_jsonschema", "check_jsonschema")


def _check_jsonschema_command() -> list[str]:
    beside = Path(sys.executable).with_name("check-jsonschema")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("check-jsonschema")
    if found is None:
        pytest.fail("check-jsonschema is not installed (bindings/python/requirements-dev.txt lists it)")
    return [found]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("OMVARLD_DIFF_CORPUS")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("differential")
    subprocess.run(
        [
            os.environ.get("CARGO", "cargo"),
            "run",
            "-q",
            "-p",
            "omvarld",
            "--all-features",
            "--example",
            "differential_corpus",
            "--",
            str(out),
            str(DOCUMENTS),
            str(SEED),
        ],
        cwd=ROOT,
        check=True,
    )
    return out


def _python_jsonschema_verdicts(corpus: Path, files: list[str], version: str) -> dict[str, bool]:
    schema = json.loads(_schema_path(version).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    verdicts = {}
    for name in files:
        instance = json.loads((corpus / name).read_bytes())
        verdicts[name] = validator.is_valid(instance)
    return verdicts


def _start_check_jsonschema(corpus: Path, files: list[str], version: str) -> subprocess.Popen[bytes]:
    # One invocation for every file, as a pre-commit hook runs it; JSON output
    # names each failing file. Runs while Python jsonschema works.
    return subprocess.Popen(
        [
            *_check_jsonschema_command(),
            "--output-format",
            "json",
            "--schemafile",
            str(_schema_path(version)),
            *files,
        ],
        cwd=corpus,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _check_jsonschema_verdicts(proc: subprocess.Popen[bytes], files: list[str]) -> dict[str, bool]:
    stdout, stderr = proc.communicate()
    assert proc.returncode in (0, 1), f"check-jsonschema exited {proc.returncode}: {stderr.decode()}"
    output = json.loads(stdout)
    assert output["parse_errors"] == [], output["parse_errors"]
    failing = {Path(e["filename"]).name for e in output["errors"]}
    assert failing <= set(files), failing - set(files)
    assert (proc.returncode == 0) == (not failing)
    return {name: name not in failing for name in files}


def test_every_validator_gives_every_document_the_same_structural_verdict(corpus: Path) -> None:
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    documents: list[dict[str, Any]] = manifest["documents"]
    files = [d["file"] for d in documents]
    assert len(files) == len(set(files))

    # Each document against the published schema of its version (SPEC §6).
    python: dict[str, bool] = {}
    check: dict[str, bool] = {}
    for version in VERSIONS:
        of_version = [d["file"] for d in documents if d["schema_version"] == version]
        assert of_version, f"no {version} document in the corpus"
        proc = _start_check_jsonschema(corpus, of_version, version)
        python.update(_python_jsonschema_verdicts(corpus, of_version, version))
        check.update(_check_jsonschema_verdicts(proc, of_version))

    disagreements = []
    for doc in documents:
        verdicts = {
            "omvarld": doc["omvarld"],
            "jsonschema_rs": doc["jsonschema_rs"],
            "python_jsonschema": python[doc["file"]],
            "check_jsonschema": check[doc["file"]],
        }
        if len(set(verdicts.values())) > 1:
            said = ", ".join(f"{k}={'valid' if v else 'invalid'}" for k, v in verdicts.items())
            disagreements.append(f"{doc['file']} ({doc['source']}): {said}; omvarld: {doc['omvarld_errors']}")
    assert not disagreements, f"{len(disagreements)} of {len(documents)} documents:\n" + "\n".join(disagreements)

    # The corpus is what it claims to be: the generated documents and the
    # fixtures, with both verdicts well represented.
    generated = [d for d in documents if not d["source"].startswith("fixture ")]
    fixtures = [d for d in documents if d["source"].startswith("fixture ")]
    if not os.environ.get("OMVARLD_DIFF_CORPUS"):
        assert sum(not d["source"].startswith("edge ") for d in generated) == DOCUMENTS
    assert len(fixtures) >= 40
    valid = sum(d["omvarld"] for d in documents)
    assert len(documents) * 0.3 < valid < len(documents) * 0.7, (valid, len(documents))
    kinds = {d["source"].split(" ")[0] for d in generated}
    assert kinds == {"edge", "valid", "mutated", "perturbed"}, kinds


def test_the_corpus_leaves_out_only_input_level_fixtures(corpus: Path) -> None:
    """Every fixture is compared unless its point is an input-level rule (SPEC §5)."""
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    included = {d["source"].removeprefix("fixture ") for d in manifest["documents"] if d["source"].startswith("fixture ")}
    fixtures = ROOT / "tests" / "fixtures"
    for doc in sorted(fixtures.glob("*/*.json")):
        if doc.name.endswith(".expected.json"):
            continue
        name = f"{doc.parent.name}/{doc.stem}"
        expected = json.loads(doc.with_name(doc.stem + ".expected.json").read_text(encoding="utf-8"))
        input_level = doc.read_bytes().startswith(b"\xef\xbb\xbf") or any(
            e["code"] == "syntax" for e in expected["errors"]
        )
        assert (name in included) != input_level, name
