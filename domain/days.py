"""Per-day aggregates every read works from: what was eaten, what was scored, what was massaged."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

DayStatus = Literal["exposed", "clean", "unlogged"]
Scores = Mapping[date, Mapping[str, float | None]]


@dataclass(frozen=True, slots=True)
class MealDay:
    day: date
    meals: int
    definite_mask: int
    possible_mask: int


@dataclass(frozen=True, slots=True)
class MassageDay:
    day: date
    sessions: int
    seconds: int


@dataclass(frozen=True, slots=True)
class TechniqueTotals:
    technique: str
    sessions: int
    seconds: int
    relief_sum: float
    relief_n: int


def day_status(meal_day: MealDay | None) -> DayStatus:
    if meal_day is None or meal_day.meals == 0:
        return "unlogged"
    return "exposed" if meal_day.definite_mask else "clean"


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def score(scores: Scores, day: date, scale: str) -> float | None:
    return scores.get(day, {}).get(scale)
