"""Exceptions of omvarld. Every exception type subclasses :class:`OmvarldError`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._omvarld import Report


class OmvarldError(Exception):
    """Base class of every omvarld exception."""


class ValidationError(OmvarldError, ValueError):
    """A document or value is not valid; ``.report`` holds every problem.

    ``errors()`` gives the problems as dicts with ``code``, ``severity``,
    ``path``, ``message`` and, where known, ``line`` and ``column``.
    """

    report: Report

    def __init__(self, message: str, report: Report) -> None:
        super().__init__(message)
        self.report = report

    def errors(self) -> list[dict[str, Any]]:
        """The errors of the report as dicts."""
        return [issue.to_dict() for issue in self.report.errors]

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.report))
