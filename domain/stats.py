"""Small statistics for trend verdicts: means, Welch's interval for a difference of means, verdicts."""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from scipy.special import stdtrit  # Student t quantile; far lighter to import than scipy.stats

MIN_N = 3
Verdict = Literal["improved", "worse", "no_clear_change", "insufficient_data"]


@dataclass(frozen=True, slots=True)
class Comparison:
    baseline_n: int
    baseline_mean: float | None
    window_n: int
    window_mean: float | None
    delta: float | None
    ci95: tuple[float, float] | None
    verdict: Verdict


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _variance(values: Sequence[float], centre: float) -> float:
    return sum((v - centre) ** 2 for v in values) / (len(values) - 1)


def welch_interval(a: Sequence[float], b: Sequence[float], level: float = 0.95) -> tuple[float, float]:
    """Confidence interval for mean(b) - mean(a) without assuming equal variances."""
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    var_a, var_b = _variance(a, mean_a) / len(a), _variance(b, mean_b) / len(b)
    delta = mean_b - mean_a
    se_squared = var_a + var_b
    if se_squared == 0:
        return delta, delta
    df = se_squared**2 / ((var_a**2 / (len(a) - 1)) + (var_b**2 / (len(b) - 1)))
    half = float(stdtrit(df, 0.5 + level / 2)) * math.sqrt(se_squared)
    return delta - half, delta + half


def compare(baseline: Sequence[float], window: Sequence[float], higher_is_better: bool) -> Comparison:
    """Baseline against window for one scale, with a direction-aware verdict."""
    baseline_mean, window_mean = mean(baseline), mean(window)
    delta = window_mean - baseline_mean if baseline_mean is not None and window_mean is not None else None
    if len(baseline) < MIN_N or len(window) < MIN_N:
        return Comparison(len(baseline), baseline_mean, len(window), window_mean, delta, None, "insufficient_data")
    low, high = welch_interval(baseline, window)
    verdict: Verdict = "no_clear_change"
    if low > 0:
        verdict = "improved" if higher_is_better else "worse"
    elif high < 0:
        verdict = "worse" if higher_is_better else "improved"
    return Comparison(len(baseline), baseline_mean, len(window), window_mean, delta, (low, high), verdict)
