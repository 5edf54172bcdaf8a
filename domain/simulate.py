"""Plausible diet histories for demos and benchmarks: plain records, no database.

A history cycles through a baseline (normal eating, frequent exposures) and an elimination phase (clean
meals, the odd slip). An 'inflammation' level rises with exposures and decays over about ten days once they
stop; symptom scores follow it with day-to-day noise.
"""

import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

EXPOSED_MEALS = (
    "bagel w/ cream cheese", "2 slices of pepperoni pizza", "latte and a croissant", "chicken teriyaki with soy sauce",
    "cheeseburger and fries", "spaghetti bolognese with parmesan", "can of cola", "chocolate chip cookies",
    "corn tortilla tacos with cheese", "mac n cheese", "pancakes with syrup", "ramen", "ice cream", "soda and chips",
    "turkey sandwich on white bread", "bowl of frosted flakes with milk", "sushi with soy sauce", "burrito",
)
CLEAN_MEALS = (
    "grilled salmon, quinoa and roasted broccoli", "oatmeal with banana and cinnamon", "coffee w/ oat milk",
    "chicken salad with olive oil and lemon", "rice and beans with avocado", "steak and sweet potato",
    "scrambled eggs with spinach", "lentil soup", "turkey and vegetable stir fry with coconut aminos",
    "baked cod with potatoes and green beans", "apple and almond butter", "chia pudding with coconut milk",
    "roast chicken with carrots", "shrimp and cauliflower rice", "berries and walnuts", "herbal tea",
)
MEAL_HOURS = ((8, "breakfast"), (13, "lunch"), (19, "dinner"))
CYCLE_DAYS = 42
BASELINE_DAYS = 14


@dataclass(frozen=True, slots=True)
class MealRecord:
    eaten_at: datetime
    description: str
    meal_type: str


@dataclass(frozen=True, slots=True)
class SymptomRecord:
    day: date
    values: dict[str, float]


@dataclass(frozen=True, slots=True)
class MassageRecord:
    performed_at: datetime
    technique: str
    duration_seconds: int
    points: tuple[str, ...]
    rounds: int | None
    pain_before: int
    pain_after: int


@dataclass(frozen=True, slots=True)
class History:
    meals: list[MealRecord]
    symptoms: list[SymptomRecord]
    massage: list[MassageRecord]
    elimination_starts: list[date]


def _clip(value: float, low: float = 0, high: float = 10) -> int:
    return int(round(min(max(value, low), high)))


def simulate(*, first_day: date, days: int, timezone: str, seed: int, slip_chance: float = 0.03,
             massage_chance: float = 0.4) -> History:
    """A history of `days` days from `first_day`, cycling baseline and elimination phases."""
    rng = random.Random(seed)
    zone = ZoneInfo(timezone)
    meals: list[MealRecord] = []
    symptoms: list[SymptomRecord] = []
    massage: list[MassageRecord] = []
    starts: list[date] = []
    inflammation = 0.8
    for index in range(days):
        today = first_day + timedelta(days=index)
        in_baseline = index % CYCLE_DAYS < BASELINE_DAYS
        if index % CYCLE_DAYS == BASELINE_DAYS:
            starts.append(today)
        exposures = 0
        for hour, meal_type in MEAL_HOURS:
            exposed = rng.random() < (0.6 if in_baseline else slip_chance)
            exposures += exposed
            text = rng.choice(EXPOSED_MEALS if exposed else CLEAN_MEALS)
            local = datetime.combine(today, time(hour, rng.randrange(60)), zone)
            meals.append(MealRecord(local.astimezone(UTC), text, meal_type))
        inflammation = min(1.0, inflammation * math.exp(-1 / 10) + 0.12 * exposures)
        pain = _clip(1.5 + 5.5 * inflammation + rng.gauss(0, 1))
        symptoms.append(SymptomRecord(today, {
            "sleep": _clip(8 - 4 * inflammation + rng.gauss(0, 1)),
            "pain": pain,
            "energy": _clip(8 - 4.5 * inflammation + rng.gauss(0, 1)),
            "rested": _clip(7.5 - 4 * inflammation + rng.gauss(0, 1.2)),
            "headache": _clip(0.5 + 4 * inflammation + rng.gauss(0, 1.2)),
            "skin": _clip(0.5 + 3 * inflammation + rng.gauss(0, 1)),
            "digestion": _clip(0.5 + 5 * inflammation + rng.gauss(0, 1.2)),
            "anxiety": _clip(1 + 3 * inflammation + rng.gauss(0, 1.2)),
            "sleep_hours": round(min(max(7.6 - 1.5 * inflammation + rng.gauss(0, 0.5), 3), 11), 1),
        }))
        if rng.random() < massage_chance:
            evening = datetime.combine(today, time(21, 0), zone).astimezone(UTC)
            for offset, (technique, seconds) in enumerate(
                    (("acupressure", 360), ("kneading", 180), ("empty_palm_patting", 120), ("rubbing", 180))):
                massage.append(MassageRecord(
                    evening + timedelta(minutes=offset * 6), technique, seconds,
                    ("ST34", "SP10", "XIYAN") if technique == "acupressure" else (),
                    3 if technique == "empty_palm_patting" else None,
                    pain, _clip(pain - rng.choice((0, 1, 1, 2)))))
    return History(meals, symptoms, massage, starts)
