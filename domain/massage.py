"""The four knee self-massage techniques: the catalogue a client guides a session with, and its field rules."""

from collections.abc import Sequence
from dataclasses import dataclass, field

TECHNIQUES = ("acupressure", "kneading", "empty_palm_patting", "rubbing")
KNEES = ("left", "right", "both")
POINTS = ("ST34", "SP10", "XIYAN")
PATS_PER_ROUND = 18  # nine to the front and back, nine to the sides
POINTS_TECHNIQUE = "acupressure"  # the only technique pressed on named points
ROUNDS_TECHNIQUE = "empty_palm_patting"  # the only technique counted in rounds


@dataclass(frozen=True, slots=True)
class Point:
    code: str
    name: str
    location: str
    used_for: str


@dataclass(frozen=True, slots=True)
class Technique:
    name: str
    label: str
    order: int
    what_it_does: str
    how: str
    suggested_seconds: int
    points: tuple[Point, ...] = field(default_factory=tuple)
    round_description: str | None = None


CATALOGUE: tuple[Technique, ...] = (
    Technique(
        "acupressure", "Acupressure", 1,
        "Gentle, steady pressure on three classic points around the knee.",
        "Press each point with the pad of a thumb or finger, firmly but without pain, for a few minutes.",
        6 * 60,
        (
            Point("ST34", "Liangqiu (Stomach 34)",
                  "Two thumb-widths above the knee, in line with the outer border of the kneecap.",
                  "Acute or sharp knee pain."),
            Point("SP10", "Xuehai (Spleen 10)",
                  "Two thumb-widths above the knee, in line with the inner border of the kneecap.",
                  "Knee pain that comes from weakness or deficiency."),
            Point("XIYAN", "Xiyan (the knee eyes)",
                  "The twin hollows just below the kneecap, either side of the patellar tendon; press both together "
                  "with thumb and index finger.",
                  "Refreshing and lubricating the joint."),
        ),
    ),
    Technique(
        "kneading", "Kneading", 2,
        "Works out adhesions in the fascia around the kneecap and the whole joint.",
        "Make small circles with the pads of the index and middle fingers around the kneecap, then over the joint.",
        3 * 60,
    ),
    Technique(
        "empty_palm_patting", "Empty palm patting", 3,
        "Stimulates the tissue around the joint with light, hollow claps.",
        "Cup both hands and clap both sides of the knee at once.",
        2 * 60,
        round_description="One round is nine pats to the front and back of the knee, then nine to the sides.",
    ),
    Technique(
        "rubbing", "Rubbing", 4,
        "Warms the joint and finishes the routine.",
        "Rub deeply on all sides of the knee with both palms for a few minutes.",
        3 * 60,
    ),
)


def field_problems(technique: str, points: Sequence[str] | None, rounds: int | None) -> list[tuple[str, str]]:
    """Fields that do not belong to the technique, as (field, why)."""
    problems: list[tuple[str, str]] = []
    if points and technique != POINTS_TECHNIQUE:
        problems.append(("points", f"points belong to {POINTS_TECHNIQUE} only, not {technique}"))
    if rounds is not None and technique != ROUNDS_TECHNIQUE:
        problems.append(("rounds", f"rounds belong to {ROUNDS_TECHNIQUE} only, not {technique}"))
    return problems
