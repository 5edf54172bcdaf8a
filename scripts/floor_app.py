"""The benchmark's floor: a minimal FastAPI + SQLModel endpoint that inserts the same meal row as
POST /v1/meals, with no auth and no flagging, on the same database and engine settings."""

import os
import uuid
from datetime import datetime

from fastapi import FastAPI
from pydantic import BaseModel
from sqlmodel import Session

from api.config import Settings
from api.db import make_engine
from domain.clock import local_date_of
from models.meal import Meal

settings = Settings(_env_file=None)  # type: ignore[call-arg]
engine = make_engine(settings)
USER_ID = uuid.UUID(os.environ["BENCH_USER_ID"])
TIMEZONE = os.environ.get("BENCH_TIMEZONE", "Europe/Berlin")
app = FastAPI()


class FloorMeal(BaseModel):
    eaten_at: datetime
    description: str


@app.post("/floor/meals", status_code=201)
def create(meal_in: FloorMeal) -> dict:
    with Session(engine) as session:
        meal = Meal(user_id=USER_ID, id=uuid.uuid4(), eaten_at=meal_in.eaten_at,
                    local_date=local_date_of(meal_in.eaten_at, TIMEZONE), description=meal_in.description)
        session.add(meal)
        session.commit()
        return {"id": str(meal.id)}
