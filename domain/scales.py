"""The symptom scales: the single source of truth for forms, validation and trend verdicts."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scale:
    name: str
    label: str
    description: str
    minimum: float
    maximum: float
    higher_is_better: bool
    required: bool = False
    integer: bool = True
    unit: str = "score"

    @property
    def resolution(self) -> float:
        """The smallest step a score moves by: whole points, or tenths of an hour."""
        return 1.0 if self.integer else 0.1


SCALES: tuple[Scale, ...] = (
    Scale("sleep", "Sleep quality", "How deep and restful last night's sleep was; 10 is the best sleep you know.",
          0, 10, True, required=True),
    Scale("pain", "Pain", "Overall body pain today, joints included; 10 is the worst imaginable.", 0, 10, False,
          required=True),
    Scale("energy", "Energy", "Energy through the day; 10 is full of energy.", 0, 10, True, required=True),
    Scale("rested", "Woke rested", "How rested you felt on waking; 10 is fully refreshed.", 0, 10, True),
    Scale("headache", "Headache", "Headache severity today; 0 is none, 10 is the worst.", 0, 10, False),
    Scale("skin", "Skin irritation", "Itching, redness or breakouts today; 0 is none, 10 is the worst.", 0, 10, False),
    Scale("digestion", "Digestive discomfort", "Bloating, cramps or reflux today; 0 is none, 10 is the worst.", 0, 10,
          False),
    Scale("anxiety", "Anxiety", "Anxious or on edge today; 0 is calm, 10 is the worst.", 0, 10, False),
    Scale("sleep_hours", "Sleep duration", "Hours slept last night, decimals allowed.", 0, 24, True, integer=False,
          unit="hours"),
)
BY_NAME = {scale.name: scale for scale in SCALES}
