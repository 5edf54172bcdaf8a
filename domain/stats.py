"""One model for every comparison: a regression whose day-to-day errors follow an AR(1) process.

score(day) = a + b * x(day) [+ c * phase(day)] + e(day), corr(e(s), e(t)) = phi ** |t - s|.

Missing days are handled exactly: an AR(1) process is Markov, so the gap between two scored days only changes
the correlation between them (phi ** gap). With flat priors on the coefficients and on log(sigma) (plus one
pseudo-observation of the scale's rounding noise, so a constant series stays finite), b given phi is a Student
t; phi itself is integrated over a grid from 0 to 0.95, because two short windows cannot pin phi down and
plugging in an estimate makes intervals too narrow. docs/statistics.md explains it in words.

Every fit of a request runs in one vectorised numpy pass: series are padded to a common length and masked.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.special import gammaln, ndtr, stdtr, stdtrit

METHOD = "ar1_bayes"  # named in every response that carries an estimate
PHI_GRID = np.linspace(0.0, 0.95, 20)
# Diaries are usually correlated, and two short windows underestimate phi; under a flat prior the verdicts ran
# up to twice their nominal rate at phi = 0.7. A prior rising with phi holds the rate at every simulated phi.
LOG_PHI_PRIOR = np.log(PHI_GRID + PHI_GRID[1])
PRIOR_DF = 1.0
COLUMNS = 3  # intercept, the effect of interest, and an optional adjustment (the elimination phase)
LEVEL = 0.95
NEWTON_STEPS = 3  # from the moment-matched start, enough for the interval to 0.01 points


@dataclass(frozen=True, slots=True)
class Problem:
    """One regression: scored day offsets, their values, the effect's 0/1 regressor, an optional adjustment."""

    days: Sequence[int]
    values: Sequence[float]
    effect: Sequence[float]
    adjust: Sequence[float] | None = None
    resolution: float = 1.0  # the score's step: its rounding noise is the prior's pseudo-observation


@dataclass(frozen=True, slots=True)
class Estimate:
    """The posterior of b: its mean, 95% interval, sd, P(b > 0), and the power against a given effect."""

    effect: float
    low: float
    high: float
    sd: float
    p_positive: float
    df: float

    @property
    def p_two_sided(self) -> float:
        return min(1.0, 2 * min(self.p_positive, 1 - self.p_positive))

    def power(self, size: float) -> float:
        """About how likely a true effect of `size` would have put the whole 95% interval above zero."""
        return float(ndtr((abs(size) - (self.effect - self.low)) / self.sd)) if self.sd > 0 else 1.0


def fit(problems: Sequence[Problem]) -> list[Estimate]:
    """The posterior of each problem's effect, all problems in one vectorised pass."""
    if not problems:
        return []
    count, length = len(problems), max(len(p.days) for p in problems)
    t = np.zeros((count, length))
    y = np.zeros((count, length))
    x = np.zeros((count, length, COLUMNS))
    mask = np.zeros((count, length), dtype=bool)
    used = np.zeros((count, COLUMNS), dtype=bool)
    prior = np.empty(count)
    for i, p in enumerate(problems):
        n = len(p.days)
        t[i, :n], y[i, :n], mask[i, :n] = p.days, p.values, True
        x[i, :n, 0], x[i, :n, 1] = 1.0, p.effect
        used[i, :2] = True
        if p.adjust is not None and np.ptp(np.asarray(p.adjust, dtype=float)) > 0:
            x[i, :n, 2] = p.adjust
            used[i, 2] = True
        prior[i] = PRIOR_DF * p.resolution**2 / 12
    n_obs = mask.sum(axis=1)
    k = used.sum(axis=1)
    gap = np.diff(t, axis=1, prepend=t[:, :1])
    phi = PHI_GRID[None, :, None]  # (1, G, 1)
    rho = np.where(mask[:, None, :] & (np.arange(length) > 0)[None, None, :], phi ** np.maximum(gap, 1)[:, None, :],
                   0.0)  # (S, G, N)
    scale = 1 / np.sqrt(1 - rho**2)
    y_prev = np.concatenate([np.zeros((count, 1)), y[:, :-1]], axis=1)[:, None, :]
    x_prev = np.concatenate([np.zeros((count, 1, COLUMNS)), x[:, :-1]], axis=1)[:, None, :, :]
    y_white = (y[:, None, :] - rho * y_prev) * scale  # (S, G, N)
    x_white = (x[:, None, :, :] - rho[..., None] * x_prev) * scale[..., None]  # (S, G, N, K)
    # Sums of products rather than matmul: on (S, G) stacks of 3 x N matrices BLAS threads cost more than they do.
    gram = np.empty((count, PHI_GRID.size, COLUMNS, COLUMNS))
    for i in range(COLUMNS):
        for j in range(i, COLUMNS):
            gram[..., i, j] = gram[..., j, i] = (x_white[..., i] * x_white[..., j]).sum(axis=2)
    gram += np.eye(COLUMNS)[None, None] * (~used)[:, None, :, None]  # an unused column stays out of the way
    cross = (x_white * y_white[..., None]).sum(axis=2)
    inverse = np.linalg.inv(gram)
    beta = (inverse * cross[..., None, :]).sum(axis=3)
    rss = np.maximum((y_white * y_white).sum(axis=2) - (cross * beta).sum(axis=2), 0.0)
    df = (n_obs - k + PRIOR_DF).astype(float)
    spread = rss + prior[:, None]
    _, log_det_gram = np.linalg.slogdet(gram)
    log_det_r = np.log(1 - rho**2).sum(axis=2)
    log_weight = (LOG_PHI_PRIOR[None, :] - 0.5 * log_det_r - 0.5 * log_det_gram
                  - 0.5 * df[:, None] * np.log(spread))
    weight = np.exp(log_weight - log_weight.max(axis=1, keepdims=True))
    weight /= weight.sum(axis=1, keepdims=True)
    inverse_11 = inverse[..., 1, 1]
    location = beta[..., 1]
    width = np.sqrt(spread / df[:, None] * inverse_11)
    # A degenerate fit (no spread, a singular design over a long history) gives NaN or drifts past [0, 1] by
    # rounding: it is no evidence either way, never a crash further on.
    p_positive = np.clip(np.nan_to_num((weight * stdtr(df[:, None], location / width)).sum(axis=1), nan=0.5), 0, 1)
    mean = (weight * location).sum(axis=1)
    variance = (weight * (width**2 * df[:, None] / np.maximum(df[:, None] - 2, 0.5) + location**2)).sum(axis=1)
    sd = np.sqrt(np.maximum(variance - mean**2, 0.0))
    low, high = _quantiles(weight, location, width, df, mean, sd)
    return [Estimate(float(mean[i]), float(low[i]), float(high[i]), float(sd[i]), float(p_positive[i]), float(df[i]))
            for i in range(count)]


def _quantiles(weight, location, width, df, mean, sd) -> tuple[np.ndarray, np.ndarray]:
    """The mixture's 2.5% and 97.5% points: Newton steps from the t with the mixture's mean and sd."""
    tail = (1 - LEVEL) / 2
    targets = np.array([tail, 1 - tail])[None, :]  # (1, 2)
    quantile = stdtrit(df, 1 - tail) * np.sqrt(np.maximum(df - 2, 0.5) / df)
    point = mean[:, None] + (sd * quantile)[:, None] * np.array([-1.0, 1.0])[None, :]
    d = df[:, None, None]
    log_norm = gammaln((d + 1) / 2) - gammaln(d / 2) - 0.5 * np.log(d * np.pi)
    for _ in range(NEWTON_STEPS):
        z = (point[:, :, None] - location[:, None, :]) / width[:, None, :]  # (S, 2, G)
        cdf = (weight[:, None, :] * stdtr(d, z)).sum(axis=2)
        pdf = (weight[:, None, :] * np.exp(log_norm - (d + 1) / 2 * np.log1p(z**2 / d)) / width[:, None, :]).sum(
            axis=2)
        step = (cdf - targets) / np.maximum(pdf, 1e-12)
        point = point - np.minimum(np.maximum(step, -sd[:, None]), sd[:, None])  # np.clip is slow on small arrays
    return point[:, 0], point[:, 1]


def holm(p_values: Sequence[float], alpha: float) -> list[bool]:
    """Holm's step-down: which hypotheses are rejected with the family-wise error held at alpha."""
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    rejected = [False] * len(p_values)
    for rank, i in enumerate(order):
        if p_values[i] > alpha / (len(p_values) - rank):
            break
        rejected[i] = True
    return rejected


def benjamini_hochberg(p_values: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg adjusted p-values (q-values) for many exploratory comparisons."""
    if not p_values:
        return []
    from scipy.stats import false_discovery_control  # loaded on first use: scipy.stats is slow to import

    p = np.clip(np.nan_to_num(np.asarray(p_values, dtype=float), nan=1.0), 0.0, 1.0)
    return [float(q) for q in false_discovery_control(p, method="bh")]


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None
