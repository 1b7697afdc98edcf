"""``python -m omvarld``: the ``omvarld`` command, run through the binding.

The same subcommands, options, output and exit codes as the Rust command
(``omvarld validate``, ``report``, ``explain``, ``upgrade``, ``schema``,
``init``), for machines without a Rust toolchain: ``pip install omvarld`` also
installs an ``omvarld`` script that runs this.
"""

from __future__ import annotations

import sys

from omvarld._omvarld import run_command


def main(argv: list[str] | None = None) -> int:
    """Runs the command with ``argv`` (default: ``sys.argv[1:]``); the exit status."""
    # Python's buffered output first: the command writes to the same streams.
    sys.stdout.flush()
    sys.stderr.flush()
    return run_command(sys.argv[1:] if argv is None else list(argv))


if __name__ == "__main__":
    sys.exit(main())
