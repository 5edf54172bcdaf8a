"""domain.stats: the AR(1) model against a direct computation, and its error rate on correlated null data."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats as scipy_stats
from scipy.optimize import brentq

from domain.stats import LOG_PHI_PRIOR, PHI_GRID, PRIOR_DF, Problem, benjamini_hochberg, fit, holm


def dense_posterior(days, values, effect, resolution=1.0):
    """The same posterior from the full covariance matrix phi^|s-t|: inverse, determinants, t mixture."""
    t, y, x = np.asarray(days, float), np.asarray(values, float), np.asarray(effect, float)
    design = np.column_stack([np.ones_like(x), x])
    log_weights, locations, widths = [], [], []
    df = len(y) - 2 + PRIOR_DF
    for phi, log_prior in zip(PHI_GRID, LOG_PHI_PRIOR, strict=True):
        correlation = phi ** np.abs(t[:, None] - t[None, :])
        inverse = np.linalg.inv(correlation)
        gram = design.T @ inverse @ design
        beta = np.linalg.solve(gram, design.T @ inverse @ y)
        residual = y - design @ beta
        spread = residual @ inverse @ residual + PRIOR_DF * resolution**2 / 12
        log_weights.append(log_prior - 0.5 * np.linalg.slogdet(correlation)[1] - 0.5 * np.linalg.slogdet(gram)[1]
                           - 0.5 * df * np.log(spread))
        locations.append(beta[1])
        widths.append(np.sqrt(spread / df * np.linalg.inv(gram)[1, 1]))
    weights = np.exp(np.array(log_weights) - max(log_weights))
    weights /= weights.sum()

    def cdf(b):
        return sum(w * scipy_stats.t.cdf((b - m) / s, df) for w, m, s in zip(weights, locations, widths, strict=True))

    return cdf


def test_the_banded_fit_matches_the_dense_computation_with_gaps():
    days = [0, 1, 3, 4, 5, 8, 9, 10]  # days 2, 6 and 7 missing
    values = [5, 6, 5, 7, 3, 4, 2, 3]
    effect = [0, 0, 0, 0, 1, 1, 1, 1]
    estimate, = fit([Problem(days, values, effect)])
    cdf = dense_posterior(days, values, effect)
    assert estimate.p_positive == pytest.approx(1 - cdf(0.0), abs=1e-9)
    assert estimate.low == pytest.approx(brentq(lambda b: cdf(b) - 0.025, -20, 20), abs=1e-4)
    assert estimate.high == pytest.approx(brentq(lambda b: cdf(b) - 0.975, -20, 20), abs=1e-4)
    assert estimate.effect < 0 and estimate.low < estimate.effect < estimate.high


def test_one_batch_gives_each_problem_its_own_answer():
    first = Problem([0, 1, 2, 3, 4, 5], [1, 2, 1, 6, 7, 6], [0, 0, 0, 1, 1, 1])
    second = Problem([0, 2, 4, 6], [3, 3.5, 3, 3.2], [0, 0, 1, 1], resolution=0.1)
    alone = [fit([first])[0], fit([second])[0]]
    assert fit([first, second])[0].p_positive == pytest.approx(alone[0].p_positive, abs=1e-12)
    assert fit([first, second])[1].low == pytest.approx(alone[1].low, abs=1e-9)


def test_an_adjustment_without_variation_changes_nothing():
    days, values, effect = [0, 1, 2, 3, 4, 5], [4, 5, 4, 2, 1, 2], [0, 0, 0, 1, 1, 1]
    plain, flat = fit([Problem(days, values, effect), Problem(days, values, effect, adjust=[1.0] * 6)])
    assert flat.p_positive == pytest.approx(plain.p_positive, abs=1e-12)


def test_a_constant_series_stays_finite():
    estimate, = fit([Problem(list(range(10)), [5.0] * 10, [0.0] * 5 + [1.0] * 5)])
    assert estimate.effect == pytest.approx(0, abs=1e-9) and estimate.p_positive == pytest.approx(0.5)
    assert estimate.high - estimate.low < 1


def test_holm_and_benjamini_hochberg():
    assert holm([0.01, 0.04, 0.03], 0.05) == [True, False, False]
    assert holm([0.01, 0.02, 0.03], 0.05) == [True, True, True]
    assert holm([0.2, 0.001], 0.05) == [False, True]
    assert benjamini_hochberg([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.04, 0.04])
    assert benjamini_hochberg([]) == []
    # A degenerate fit's p (NaN, or past 1 by rounding) is no evidence: q = 1, never an error.
    assert benjamini_hochberg([0.01, float("nan"), 1.0000000002]) == pytest.approx([0.03, 1.0, 1.0])


def ar1_scores(rng, phi, n):
    z = np.empty(n)
    z[0] = rng.standard_normal()
    for i in range(1, n):
        z[i] = phi * z[i - 1] + np.sqrt(1 - phi**2) * rng.standard_normal()
    return np.clip(np.rint(5 + 1.5 * z), 0, 10)


@settings(max_examples=6, deadline=None, derandomize=True)  # a statistical bound: reproducible in CI
@given(st.sampled_from([0.0, 0.3, 0.5, 0.7]), st.floats(0.0, 0.4), st.integers(0, 2**32 - 1))
def test_false_changes_stay_rare_on_correlated_null_diaries(phi, missing, seed):
    rng = np.random.default_rng(seed)
    problems = []
    for _ in range(300):
        days = [d for d in range(28) if rng.random() >= missing]
        scores = ar1_scores(rng, phi, 28)
        problems.append(Problem(days, [scores[d] for d in days], [float(d >= 14) for d in days]))
    usable = [e for p, e in zip(problems, fit(problems), strict=True) if sum(p.effect) >= 2]
    lower = sum(e.p_positive < 0.025 for e in usable) / len(usable)
    higher = sum(e.p_positive > 0.975 for e in usable) / len(usable)
    # Nominal 2.5% a side; 300 people leave room for sampling error but not for a Welch-style 10-20%.
    assert lower <= 0.06 and higher <= 0.06
