"""Executes a notebook headless (nbclient); exits non-zero when a cell errors."""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main(path: str) -> int:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(Path(path).resolve().parent)}},
    )
    try:
        client.execute()
    except CellExecutionError as e:
        print(e, file=sys.stderr)
        return 1
    print(f"{path}: {len(notebook.cells)} cells ran without error")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
