"""The versioned JSON export document, as POST /v1/import reads it back."""

import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from models.challenge import ExposureDays, ObservationDays
from models.massage import MassageReplace
from models.meal import Certainty, FoodGroup, MealContent, Overrides
from models.symptom import SymptomScores
from models.types import IsoDate, Text

MAX_IMPORT_ITEMS = 50_000


class ImportedMeal(MealContent):
    model_config = {"extra": "ignore"}
    id: uuid.UUID
    overrides: Overrides = Field(default_factory=Overrides)


class ImportedSymptom(SymptomScores):  # type: ignore[valid-type, misc]
    """A day's scores as exported: the scale rules apply; `version` and `updated_at` are ignored."""

    model_config = ConfigDict(extra="ignore")
    date: IsoDate


class ImportedMassage(MassageReplace):
    model_config = ConfigDict(extra="ignore")
    id: uuid.UUID
    routine_id: uuid.UUID | None = None


class ImportedTerm(BaseModel):
    term: Text = Field(min_length=2, max_length=100)
    group: FoodGroup
    certainty: Certainty


# Validated on its own as soon as it is read: an import's meals are flagged with these terms as they stream in.
PersonalTerms = Annotated[list[ImportedTerm], Field(max_length=1000)]


class ImportedElimination(BaseModel):
    start_date: IsoDate


class ImportedChallenge(BaseModel):
    model_config = ConfigDict(extra="ignore")
    group: FoodGroup
    start_date: IsoDate
    exposure_days: ExposureDays
    observation_days: ObservationDays
    cancelled: StrictBool = False


class ImportDocument(BaseModel):
    """The whole document, as the OpenAPI schema states it. An import validates its meals, symptoms and massage
    sessions one by one as they stream in (ImportedMeal, ...), and this model checks the rest."""

    model_config = ConfigDict(extra="ignore")
    format: Literal["diet-tracker"]
    version: Literal[1]
    personal_terms: PersonalTerms = Field(default_factory=list)
    elimination: ImportedElimination | None = None
    meals: list[ImportedMeal] = Field(default_factory=list, max_length=MAX_IMPORT_ITEMS)
    symptoms: list[ImportedSymptom] = Field(default_factory=list, max_length=MAX_IMPORT_ITEMS)
    massage: list[ImportedMassage] = Field(default_factory=list, max_length=MAX_IMPORT_ITEMS)
    challenges: list[ImportedChallenge] = Field(default_factory=list, max_length=1000)


class ImportSummary(BaseModel):
    meals: int
    symptoms: int
    massage: int
    personal_terms: int
