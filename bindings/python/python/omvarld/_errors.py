"""Exceptions of omvarld. Every exception type subclasses :class:`OmvarldError`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._omvarld import Issue, Report, _ErrorDict


def _thaw(value: Any) -> Any:
    """Read-only mappings and tuples as plain dicts and lists."""
    if isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value


class OmvarldError(Exception):
    """Base class of every omvarld exception."""


class ValidationError(OmvarldError, ValueError):
    """A document or value is not valid; ``.report`` holds every problem.

    ``errors()`` gives the errors as dicts in the manner of pydantic v2:
    ``type`` and ``code`` (the stable code), ``loc`` (the path as a tuple of
    keys and indices), ``msg`` and ``message``, ``input`` (the offending
    value, when small and known), ``ctx`` (the structured context of the
    message, when there is one), ``path`` (the JSON Pointer), ``severity``,
    ``line`` and ``column`` (``None`` where unknown). ``filename`` names the
    file the document was read from, if any.
    """

    report: Report
    filename: str | None

    def __init__(
        self,
        message: str,
        report: Report,
        inputs: dict[str, Any] | None = None,
        filename: str | None = None,
        errors: list[_ErrorDict] | None = None,
    ) -> None:
        super().__init__(message)
        self.report = report
        self.filename = filename
        self._inputs = inputs or {}
        self._errors = errors

    def errors(self) -> list[_ErrorDict]:
        """The errors of the report as dicts (a new list each call)."""
        if self._errors is None:
            self._errors = [self._entry(issue) for issue in self.report.errors]
        return [e.copy() for e in self._errors]

    def error_count(self) -> int:
        """The number of errors (as pydantic's ``error_count()``)."""
        return len(self.report.errors)

    def _entry(self, issue: Issue) -> _ErrorDict:
        # Key order as pydantic's (type, loc, msg, input, ctx), then ours.
        entry: dict[str, Any] = {
            "type": issue.code,
            "loc": issue.loc,
            "msg": issue.message,
        }
        if issue.path in self._inputs:
            entry["input"] = self._inputs[issue.path]
        ctx = issue.ctx
        if ctx is not None:
            # `Issue.ctx` is read-only; an entry of `errors()` is the caller's
            # own plain data (and must pickle).
            entry["ctx"] = _thaw(ctx)
        entry.update(
            code=issue.code,
            path=issue.path,
            message=issue.message,
            severity=issue.severity,
            line=issue.line,
            column=issue.column,
        )
        return entry  # type: ignore[return-value]  # the keys of _ErrorDict

    def __reduce__(self) -> tuple[Any, ...]:
        # The errors travel as computed: a Report read back from JSON has no ctx.
        return (
            type(self),
            (str(self), self.report, self._inputs, self.filename, self.errors()),
        )


class KoladaError(OmvarldError, OSError):
    """Values could not be fetched from Kolada (``Programme.fetch_kolada``).

    ``code`` says why, as a stable string: ``timeout``, ``network``,
    ``http_status``, ``not_json``, ``response_too_large``,
    ``too_many_pages``, ``foreign_next_url``, ``bad_base_url``, or for a
    response of the wrong shape ``not_a_number``, ``missing_member``,
    ``wrong_type``, ``not_a_year``. The programme is never changed in part.
    """

    code: str

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.code))
