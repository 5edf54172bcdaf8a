"""The typed read side: one module of per-day queries, services that do not import each other, and schemas that
read the domain's frozen dataclasses."""

import ast
import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest

import api.services
from domain.days import MealDay
from domain.trends import build_trends
from models.trends import TrendsPublic

SERVICES = Path(api.services.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}


def test_trends_and_challenges_share_the_day_queries_and_never_import_each_other():
    trends, challenges = imported_modules(SERVICES / "trends.py"), imported_modules(SERVICES / "challenges.py")
    assert "api.services.challenges" not in trends and "api.services.trends" not in challenges
    assert "api.services.days" in trends and "api.services.days" in challenges


def test_the_response_schema_reads_the_domain_objects():
    start = date(2026, 3, 15)
    meal_days = {start + timedelta(days=i): MealDay(start + timedelta(days=i), 2, 0, 0) for i in range(-14, 15)}
    scores = {d: {"pain": 5 + (d < start) + d.day % 2} for d in meal_days}
    trends = build_trends(as_of=start + timedelta(days=14), start=start, source="user", last_exposed=None,
                          first_meal=start - timedelta(days=14), meal_days=meal_days, scores=scores, massage_days={},
                          techniques=[])
    with pytest.raises(dataclasses.FrozenInstanceError):
        trends.as_of = start  # type: ignore[misc]
    public = TrendsPublic.model_validate(trends).model_dump(mode="json", by_alias=True)
    day14 = public["windows"]["day14"]
    assert day14["from"] == start.isoformat() and public["baseline"]["from"] == (start - timedelta(days=14)).isoformat()
    pain = day14["scales"]["pain"]
    assert pain["statement"] == trends.windows.day14.scales["pain"].statement  # type: ignore[union-attr]
    assert pain["ci95"] == list(trends.windows.day14.scales["pain"].ci95)  # type: ignore[union-attr, arg-type]
    assert len(public["daily"]) == len(trends.daily) and public["clues"] == trends.clues
