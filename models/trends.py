"""Response schemas for /v1/trends: read from domain.trends' frozen dataclasses (from_attributes)."""

from datetime import date
from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field

from domain.challenges import Outcome
from domain.clues import Signal
from domain.days import DayStatus
from domain.groups import FoodGroup
from domain.trends import Correction, Source, Verdict

READ = ConfigDict(from_attributes=True)


def _from() -> Any:
    """`from` in JSON (a Python keyword), read from the dataclasses' `from_`."""
    return Field(alias="from", validation_alias=AliasChoices("from", "from_"))


class Slip(BaseModel):
    model_config = READ
    date: date
    groups: list[FoodGroup]


class EliminationState(BaseModel):
    model_config = READ
    start_date: date | None
    source: Source | None
    day: int | None = Field(description="Day N of the elimination; day 1 is the start date")
    clean_streak_days: int
    day10_date: date | None
    day14_date: date | None
    slips: list[Slip]


class ScaleComparison(BaseModel):
    model_config = READ
    baseline_n: int
    baseline_mean: float | None
    window_n: int
    window_mean: float | None
    delta: float | None = Field(description="The model's estimate of window - baseline (null below 2 scored days "
                                "a side)")
    ci95: list[float] | None = Field(description="95% credible interval for delta")
    probability_better: float | None = Field(description="How likely the window is better than the baseline")
    verdict: Verdict = Field(description="pending until the window is complete; a verdict needs 7 scored days on "
                             "each side and survives the correction named by the window's `correction`")
    higher_is_better: bool
    bad_spell_baseline: bool = Field(description="The baseline ended on a spell clearly worse than its start, so "
                                     "part of an improvement may be regression to the mean")
    method: str = Field(description="ar1_bayes: a level change with AR(1) errors; see docs/statistics.md")
    statement: str = Field(description="The verdict in plain words, e.g. 'pain is lower than before the start, "
                           "98% likely'")
    headline: str = Field(description="The statement with the two means, e.g. 'Pain 7.4 -> 4.3: pain is lower "
                          "than before the start, 98% likely'")


class Window(BaseModel):
    model_config = READ
    from_: date = _from()
    to: date
    complete: bool
    days_covered: int
    contaminated: bool
    slips: list[date]
    scales: dict[str, ScaleComparison]
    correction: Correction = Field(description="holm: Holm's method across the scored scales; primary_then_holm: "
                                   "your primary_scale at the full 5% level, Holm across the others")
    primary_scale: str | None
    caveats: list[str]


class Windows(BaseModel):
    model_config = READ
    day10: Window | None
    day14: Window | None


class DateRange(BaseModel):
    model_config = READ
    from_: date = _from()
    to: date


class DailyRow(BaseModel):
    model_config = READ
    date: date
    status: DayStatus
    uncertain: bool
    meals: int
    groups: list[FoodGroup]
    possible_groups: list[FoodGroup]
    scores: dict[str, float | None]
    rolling_7d: dict[str, float | None]
    massage_sessions: int
    massage_seconds: int


class ClueFields(BaseModel):
    model_config = READ
    difference: float | None = Field(description="The model's estimate of (after - reference), adjusted for the "
                                     "elimination phase")
    ci95: list[float] | None
    q_value: float | None = Field(description="Benjamini-Hochberg adjusted, over every exposure and massage "
                                  "comparison of this answer")
    signal: Signal | None = Field(description="Set only where q_value <= 0.05: a clue, not proof")
    method: str


class ExposureScale(ClueFields):
    after_mean: float | None
    after_n: int
    clean_mean: float | None
    clean_n: int


class GroupExposures(BaseModel):
    model_config = READ
    exposed_days: list[date]
    scales: dict[str, ExposureScale]


class TechniqueSummary(BaseModel):
    model_config = READ
    sessions: int
    seconds: int
    mean_relief: float | None = Field(description="mean of pain_before - pain_after")
    relief_n: int


class NextDayPain(ClueFields):
    after_massage_mean: float | None
    after_massage_n: int
    after_no_massage_mean: float | None
    after_no_massage_n: int


class MassageSummary(BaseModel):
    model_config = READ
    techniques: dict[str, TechniqueSummary]
    next_day_pain: NextDayPain


class ChallengeOutcome(BaseModel):
    model_config = READ
    outcome: Outcome
    challenge_start: date | None
    retest_on: date | None
    challenges_combined: int = Field(description="Conclusive challenges of this group behind the outcome (up to 3)")
    statement: str


class TrendsPublic(BaseModel):
    model_config = READ
    as_of: date
    elimination: EliminationState
    baseline: DateRange | None
    windows: Windows
    daily: list[DailyRow]
    exposures: dict[str, GroupExposures]
    massage: MassageSummary
    challenges: dict[str, ChallengeOutcome] = Field(description="Reintroduction outcome per group")
    clues: str = Field(description="How to read the exposures and massage blocks: clues, not proof")
    caveats: list[str]
