"""The diet's windows and the evidence a verdict needs: each number stated once."""

from datetime import date, timedelta
from typing import Literal

WindowName = Literal["day10", "day14"]
WINDOW_DAYS: dict[WindowName, int] = {"day10": 10, "day14": 14}
ELIMINATION_DAYS = WINDOW_DAYS["day14"]  # the complete elimination a reintroduction needs first
BASELINE_DAYS = 14  # the days before the start (or before a challenge) that everything is compared with
MIN_SCORED_DAYS = 7  # scored days needed on each side before a window gets a verdict
ALPHA = 0.05  # the family-wise error rate of the verdicts, and the one-sided rate of a challenge's reaction


def window_last_day(start: date, name: WindowName) -> date:
    return start + timedelta(days=WINDOW_DAYS[name] - 1)


def baseline_first_day(start: date) -> date:
    return start - timedelta(days=BASELINE_DAYS)
