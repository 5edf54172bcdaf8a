"""The five excluded groups, and a compact bitmask form for storage and per-day aggregation."""

from collections.abc import Iterable
from typing import Literal, get_args

FoodGroup = Literal["wheat", "dairy", "corn", "soy", "sugar"]
GROUPS: tuple[str, ...] = get_args(FoodGroup)
BIT = {group: 1 << index for index, group in enumerate(GROUPS)}
ALL = sum(BIT.values())


def to_mask(groups: Iterable[str]) -> int:
    return sum(BIT[g] for g in set(groups))


def from_mask(mask: int) -> list[str]:
    return [g for g in GROUPS if mask & BIT[g]]


def effective_masks(engine_definite: int, engine_possible: int, dismissed: int, added: int) -> tuple[int, int]:
    """The user's overrides applied to the engine's answer: (definite, possible)."""
    definite = (engine_definite & ~dismissed) | added
    possible = engine_possible & ~dismissed & ~definite
    return definite & ALL, possible & ALL
