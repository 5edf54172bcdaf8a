"""grouped_flags: a meal's stored flags become one per (group, term) with a count and at most ten spans

Revision ID: c4f1e2a9b7d3
Revises: 91b67ae8a365
Create Date: 2026-12-01 22:45:00.000000

Before, every reading of a term was its own flag and carried a copy of its whole ingredient text, so a meal's
flags could be far larger than the meal. The rows keep their engine answers (masks); only the shape changes.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c4f1e2a9b7d3'
down_revision: str | None = 'a4e4a1a611a0'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here as they were when this revision was written (domain.flagging.MAX_SPANS may change later).
MAX_SPANS = 10
GROUP_ORDER = ("wheat", "dairy", "corn", "soy", "sugar")
BATCH = 500
SPAN_FIELDS = ("source", "start", "end", "matched", "ingredient_index")

meal = sa.table("meal", sa.column("user_id", sa.Uuid()), sa.column("id", sa.Uuid()), sa.column("flags", sa.JSON()))


def grouped(flat: list[dict]) -> list[dict]:
    """Old flags (one per reading) as new ones (one per group, term and personal)."""
    flags: dict[tuple, dict] = {}
    for old in flat:
        if "spans" in old:  # already grouped
            return flat
        key = (old["group"], old["term"], bool(old.get("personal", False)))
        flag = flags.get(key)
        if flag is None:
            flag = flags[key] = {"group": old["group"], "certainty": old["certainty"], "term": old["term"],
                                 "reason": old["reason"], "count": 0, "spans": [], "personal": key[2]}
        elif old["certainty"] == "definite" and flag["certainty"] == "possible":
            flag["certainty"], flag["reason"] = "definite", old["reason"]
        flag["count"] += 1
        if len(flag["spans"]) < MAX_SPANS:
            flag["spans"].append({name: old.get(name) for name in SPAN_FIELDS})
    return sorted(flags.values(), key=lambda f: GROUP_ORDER.index(f["group"]))


def flattened(flags: list[dict]) -> list[dict]:
    """New flags back to one per listed span (readings beyond the listed spans are gone)."""
    return [{"group": f["group"], "certainty": f["certainty"], "term": f["term"], **span, "reason": f["reason"],
             "ingredient": None, "personal": f["personal"]}
            for f in flags if "spans" in f for span in f["spans"]] or [f for f in flags if "spans" not in f]


def _rewrite(convert) -> None:
    bind = op.get_bind()
    last: tuple = ()
    while True:
        query = sa.select(meal.c.user_id, meal.c.id, meal.c.flags).order_by(meal.c.user_id, meal.c.id).limit(BATCH)
        if last:
            query = query.where(sa.tuple_(meal.c.user_id, meal.c.id) > sa.tuple_(*last))
        rows = bind.execute(query).all()
        if not rows:
            return
        for user_id, meal_id, flags in rows:
            new = convert(flags or [])
            if new != flags:
                bind.execute(meal.update().where(meal.c.user_id == user_id, meal.c.id == meal_id).values(flags=new))
        last = (rows[-1][0], rows[-1][1])


def upgrade() -> None:
    _rewrite(grouped)


def downgrade() -> None:
    _rewrite(flattened)
