"""Response schemas for /v1/trends (documented in OpenAPI; built by domain.trends)."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from models.meal import FoodGroup

Verdict = Literal["improved", "worse", "no_clear_change", "insufficient_data"]


class Slip(BaseModel):
    date: date
    groups: list[FoodGroup]


class EliminationState(BaseModel):
    start_date: date | None
    source: Literal["user", "detected"] | None
    day: int | None = Field(description="Day N of the elimination; day 1 is the start date")
    clean_streak_days: int
    day10_date: date | None
    day14_date: date | None
    slips: list[Slip]


class ScaleComparison(BaseModel):
    baseline_n: int
    baseline_mean: float | None
    window_n: int
    window_mean: float | None
    delta: float | None = Field(description="window_mean - baseline_mean")
    ci95: list[float] | None = Field(description="95% interval for the difference (Welch)")
    verdict: Verdict
    higher_is_better: bool


class Window(BaseModel):
    from_: date = Field(alias="from")
    to: date
    complete: bool
    days_covered: int
    contaminated: bool
    slips: list[date]
    scales: dict[str, ScaleComparison]
    caveats: list[str]


class Windows(BaseModel):
    day10: Window | None
    day14: Window | None


class DateRange(BaseModel):
    from_: date = Field(alias="from")
    to: date


class DailyRow(BaseModel):
    date: date
    status: Literal["exposed", "clean", "unlogged"]
    uncertain: bool
    meals: int
    groups: list[FoodGroup]
    possible_groups: list[FoodGroup]
    scores: dict[str, float | None]
    rolling_7d: dict[str, float | None]
    massage_sessions: int
    massage_seconds: int


class ExposureScale(BaseModel):
    after_mean: float | None
    after_n: int
    clean_mean: float | None
    clean_n: int


class GroupExposures(BaseModel):
    exposed_days: list[date]
    scales: dict[str, ExposureScale]


class TechniqueSummary(BaseModel):
    sessions: int
    seconds: int
    mean_relief: float | None = Field(description="mean of pain_before - pain_after")
    relief_n: int


class NextDayPain(BaseModel):
    after_massage_mean: float | None
    after_massage_n: int
    after_no_massage_mean: float | None
    after_no_massage_n: int


class MassageSummary(BaseModel):
    techniques: dict[str, TechniqueSummary]
    next_day_pain: NextDayPain


class ChallengeOutcome(BaseModel):
    outcome: Literal["not_yet_tested", "in_progress", "reaction", "tolerated", "inconclusive"]
    challenge_start: date | None
    retest_on: date | None


class TrendsPublic(BaseModel):
    as_of: date
    elimination: EliminationState
    baseline: DateRange | None
    windows: Windows
    daily: list[DailyRow]
    exposures: dict[str, GroupExposures]
    massage: MassageSummary
    challenges: dict[str, ChallengeOutcome] = Field(description="Reintroduction outcome per group")
    caveats: list[str]
