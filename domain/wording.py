"""The plain-words sentence for every verdict: one source for the API, the app and the report."""

from dataclasses import dataclass
from datetime import date

from domain.windows import MIN_SCORED_DAYS


@dataclass(frozen=True, slots=True)
class Note:
    """One caveat in two voices: to the person who keeps the diary (the app, the API) and to their clinician."""
    person: str
    clinician: str


CLUES = Note(
    person="Exposures and massage are clues, not proof: they are compared with other days of the same phase, but "
           "what you eat and when you massage is not random, so only a reintroduction challenge singles out a group.",
    clinician="Exposures and massage are clues, not proof: they are compared with other days of the same phase, but "
              "what the patient eats and when they massage is not random, so only a reintroduction challenge singles "
              "out a group.")
DETECTED_START = Note(
    person="The start date was worked out from your meals (the day after the last exposure); if you began on "
           "another day, enter your start date on the Trends screen.",
    clinician="The start date was inferred from the patient's meals (the day after the last exposure), not entered "
              "by the patient.")
NO_RUN = Note(
    person="No elimination run yet: a run starts after your last exposure and needs at least one clean logged day. "
           "To begin, enter the day you started (or will start) on the Trends screen, then log your meals and "
           "scores each day.",
    clinician="No elimination run in this period: a run starts after the last exposure and needs at least one clean "
              "logged day, and the patient has not entered a start date.")
CANCELLED = "cancelled: the {group} challenge was stopped and gives no verdict"
NOT_SCORED = "Not scored in this period, so left out: {}."


def headline(*, label: str, baseline_mean: float | None, window_mean: float | None, statement: str) -> str:
    """One scale's story in a line, e.g. 'Pain 7.4 -> 4.3: pain is lower than before the start, 98% likely'."""
    if baseline_mean is None or window_mean is None:
        return f"{label}: {statement}"
    return f"{label} {baseline_mean:.1f} -> {window_mean:.1f}: {statement}"
REACTION_SIZE = 3.0  # points: the reaction the power of a challenge is quoted for


def likely(probability: float) -> str:
    """A probability as people read it; never a flat 100% or 0% from a couple of weeks of scores."""
    return f"{min(max(probability, 0.01), 0.99):.0%}"


def scale_statement(*, label: str, verdict: str, delta: float | None, probability_better: float | None,
                    higher_is_better: bool, window_label: str, window_end: date, baseline_n: int,
                    window_n: int) -> str:
    """E.g. 'pain is lower than before the start, 98% likely'."""
    name = label.lower()
    if verdict == "pending":
        return f"pending: the {window_label} window completes on {window_end}"
    if verdict == "insufficient_data":
        return (f"not enough scores for {name}: a verdict needs {MIN_SCORED_DAYS} scored days before the start and "
                f"{MIN_SCORED_DAYS} in the window ({baseline_n} and {window_n} here)")
    assert delta is not None and probability_better is not None
    direction = "higher" if delta > 0 else "lower"
    if verdict in ("improved", "worse"):
        probability = probability_better if verdict == "improved" else 1 - probability_better
        return f"{name} is {direction} than before the start, {likely(probability)} likely"
    better = "higher" if higher_is_better else "lower"
    worse = "lower" if higher_is_better else "higher"
    leaning, probability = ((better, probability_better) if probability_better >= 0.5
                            else (worse, 1 - probability_better))
    return (f"no clear change in {name}: {leaning} than before the start is {likely(probability)} likely, "
            "short of what a verdict needs")


def challenge_statement(*, verdict: str | None, label: str, group: str, probability_worse: float | None,
                        power: float | None, combined: int, end: date, problems: list[str],
                        retest_on: date | None) -> str:
    """E.g. 'no reaction detected — one open challenge only detects large reactions (...); repeat it'."""
    name = label.lower()
    if verdict is None:
        return f"in progress: the verdict comes after the last observation day, {end}"
    if verdict == "inconclusive":
        return f"inconclusive: {'; '.join(problems)}; repeat the {group} challenge"
    over = f"over {combined} {group} challenges" if combined > 1 else f"after the {group} challenge"
    if verdict == "reaction":
        assert probability_worse is not None
        return (f"reaction: {name} was worse {over} than on the clean days before, {likely(probability_worse)} "
                f"likely; a retest is proposed from {retest_on}")
    chance = f"about {likely(power or 0)} chance to see a {REACTION_SIZE:g}-point one"
    if combined > 1:
        return f"no reaction detected in {name} {over} ({chance})"
    return (f"no reaction detected — one open challenge only detects large reactions ({chance}); repeat it to be "
            "surer")
