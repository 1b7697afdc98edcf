"""An equivalent pydantic v2 model of data standard 1.0, for the benchmark.

The same rules as omvarld: the structural ones (types, required members, no
unknown members, enumerations, id/date/language-tag/code forms, text length
and blank values, non-empty lists, ranges) as field types and validators, and
the semantic ones (duplicate ids, unknown references, focus area numbering,
date order, coverage warnings) in an after-validator that collects issues like
the Rust validator. Messages are simpler; the verdict is the same.
"""

from __future__ import annotations

import datetime
import math
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\Z")
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\Z")
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def _id(value: str) -> str:
    if len(value) > 64 or not ID_RE.match(value):
        raise ValueError("not an id")
    return value


def _date(value: str) -> datetime.date:
    if not DATE_RE.match(value):
        raise ValueError("not a date")
    date = datetime.date.fromisoformat(value)
    if date.year < 1:
        raise ValueError("not a date")
    return date


def _text(limit: int) -> Any:
    def check(value: dict[str, str]) -> dict[str, str]:
        if "sv" not in value:
            raise ValueError("missing sv")
        for lang, text in value.items():
            if not LANG_RE.match(lang):
                raise ValueError("bad language tag")
            if len(text) > limit:
                raise ValueError("too long")
            if text.isspace() or not text:
                raise ValueError("blank")
        return value

    return check


Id = Annotated[str, AfterValidator(_id)]
Date = Annotated[str, AfterValidator(_date)]
Text = Annotated[dict[str, str], AfterValidator(_text(10_000))]
Title = Annotated[dict[str, str], AfterValidator(_text(300))]
Level = Literal["local", "regional", "national", "eu", "international"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)
    extensions: dict[str, Any] | None = None


class Organisation(Model):
    name: Title
    municipality_code: Annotated[str, Field(pattern=r"^[0-9]{4}$")] | None = None
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] | None = None


class Period(Model):
    start: Date
    end: Date | None = None


class Measurement(Model):
    year: Annotated[int, Field(ge=1900, le=2100)]
    value: float

    @model_validator(mode="after")
    def finite(self) -> Measurement:
        if not math.isfinite(self.value):
            raise ValueError("not finite")
        return self


class Indicator(Model):
    id: Id
    name: Title
    unit: str | None = None
    kolada_kpi: Annotated[str, Field(pattern=r"^[A-Z][0-9]{5}$")] | None = None
    baseline: Measurement | None = None
    target: Measurement | None = None


class DirectionGoal(Model):
    statement: Text
    indicators: list[Indicator] = []


class FocusArea(Model):
    id: Id
    number: Annotated[int, Field(ge=1)]
    title: Title
    direction_goal: DirectionGoal
    description: Text | None = None


class ContributionAim(Model):
    id: Id
    title: Title
    description: Text | None = None


class Arena(Model):
    id: Id
    name: Title
    level: Level
    kind: Literal["eu_cooperation", "intermunicipal", "network", "event", "forum", "bilateral", "other"]
    description: Text | None = None


class Target(Model):
    level: Level
    body: Text


class AdvocacyPosition(Model):
    id: Id
    title: Title
    statement: Text
    focus_areas: Annotated[list[Id], Field(min_length=1)]
    targets: Annotated[list[Target], Field(min_length=1)]
    status: Literal["draft", "adopted", "active", "achieved", "withdrawn"]
    rationale: Text | None = None
    contribution_aims: list[Id] = []
    arenas: list[Id] = []
    priority: Literal["high", "medium", "low"] | None = None
    owner: str | None = None
    adopted: Date | None = None
    review_by: Date | None = None


class Activity(Model):
    id: Id
    title: Title
    starts: Date
    ends: Date | None = None
    arena: Id | None = None
    positions: list[Id] = []
    description: Text | None = None


class Publication(Model):
    id: Id
    title: Title
    published: Date | None = None
    url: Annotated[str, Field(pattern=r"^https?://\S+$")] | None = None
    positions: list[Id] = []


class Programme(Model):
    schema_version: Literal["1.0"]
    id: Id
    title: Title
    organisation: Organisation
    adopted: Date | None = None
    period: Period | None = None
    summary: Text | None = None
    focus_areas: Annotated[list[FocusArea], Field(min_length=1)]
    contribution_aims: list[ContributionAim]
    arenas: list[Arena] = []
    positions: list[AdvocacyPosition] = []
    activities: list[Activity] = []
    publications: list[Publication] = []

    # Semantic rules, collected as (code, path) like the Rust validator.
    @model_validator(mode="after")
    def semantic(self) -> Programme:
        errors: list[tuple[str, str]] = []
        warnings: list[tuple[str, str]] = []

        def unique(items: list[Any], base: str) -> set[str]:
            seen: set[str] = set()
            for i, item in enumerate(items):
                if item.id in seen:
                    errors.append(("duplicate_id", f"{base}/{i}/id"))
                seen.add(item.id)
            return seen

        areas = unique(self.focus_areas, "/focus_areas")
        aims = unique(self.contribution_aims, "/contribution_aims")
        arenas = unique(self.arenas, "/arenas")
        positions = unique(self.positions, "/positions")
        unique(self.activities, "/activities")
        unique(self.publications, "/publications")

        def refs(ids: list[str], known: set[str], base: str) -> None:
            seen: set[str] = set()
            for j, ref in enumerate(ids):
                if ref not in known:
                    errors.append(("unknown_reference", f"{base}/{j}"))
                if ref in seen:
                    warnings.append(("duplicate_reference", f"{base}/{j}"))
                seen.add(ref)

        for k, area in enumerate(self.focus_areas):
            if area.number != k + 1:
                errors.append(("focus_area_numbering", f"/focus_areas/{k}/number"))
        covered_areas: set[str] = set()
        served_aims: set[str] = set()
        for k, p in enumerate(self.positions):
            refs(p.focus_areas, areas, f"/positions/{k}/focus_areas")
            refs(p.contribution_aims, aims, f"/positions/{k}/contribution_aims")
            refs(p.arenas, arenas, f"/positions/{k}/arenas")
            if p.adopted and p.review_by and p.review_by < p.adopted:
                errors.append(("date_order", f"/positions/{k}/review_by"))
            if p.status in ("adopted", "active"):
                covered_areas.update(p.focus_areas)
                served_aims.update(p.contribution_aims)
        for k, a in enumerate(self.activities):
            if a.arena is not None and a.arena not in arenas:
                errors.append(("unknown_reference", f"/activities/{k}/arena"))
            refs(a.positions, positions, f"/activities/{k}/positions")
            if a.ends and a.ends < a.starts:
                errors.append(("date_order", f"/activities/{k}/ends"))
            if self.period and (
                a.starts < self.period.start or (self.period.end is not None and a.starts > self.period.end)
            ):
                warnings.append(("activity_outside_period", f"/activities/{k}/starts"))
        for k, pub in enumerate(self.publications):
            refs(pub.positions, positions, f"/publications/{k}/positions")
        if self.period and self.period.end and self.period.end < self.period.start:
            errors.append(("date_order", "/period/end"))
        for k, area in enumerate(self.focus_areas):
            if area.id not in covered_areas:
                warnings.append(("uncovered_focus_area", f"/focus_areas/{k}"))
        for k, aim in enumerate(self.contribution_aims):
            if aim.id not in served_aims:
                warnings.append(("unserved_contribution_aim", f"/contribution_aims/{k}"))
        if errors:
            raise ValueError(f"semantic errors: {errors[:5]}")
        return self
