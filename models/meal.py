"""Meals, their flags, the user's overrides, and personal food terms."""

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import StringConstraints, ValidationError, field_validator, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError
from sqlalchemy import JSON, BigInteger, Column, Index, Integer, String, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from domain.flagging import MAX_SPANS
from domain.groups import FoodGroup
from domain.knowledge import Certainty
from models.types import NOT_SENT, BarcodeIn, RecordedInstant, Text, UTCDateTime, utcnow

MealType = Literal["breakfast", "lunch", "dinner", "snack", "drink"]
MAX_DESCRIPTION = 2000
MAX_INGREDIENTS = 200
MAX_INGREDIENT_CHARS = 5000
MAX_NOTES = 2000
MAX_BARCODES = 20

Description = Annotated[Text, StringConstraints(min_length=1, max_length=MAX_DESCRIPTION)]
Ingredient = Annotated[Text, StringConstraints(max_length=MAX_INGREDIENT_CHARS)]
# One pasted ingredient statement, or a list of ingredients; both are stored as a list.
Ingredients = list[Ingredient] | Ingredient


class Meal(SQLModel, table=True):
    __table_args__ = (
        Index("ix_meal_user_local_date", "user_id", "local_date"),
        Index("ix_meal_user_eaten_at", "user_id", "eaten_at", "id"),
        # "When was the last exposure?" stays O(log n) however long the clean history grows.
        Index("ix_meal_user_exposed", "user_id", "local_date",
              sqlite_where=text("definite_mask <> 0 AND deleted_at IS NULL"),
              postgresql_where=text("definite_mask <> 0 AND deleted_at IS NULL")),
        Index("ix_meal_user_seq", "user_id", "seq"),
    )

    # The client may choose the id; scoping the key by user keeps one user's ids from probing another's.
    user_id: uuid.UUID = Field(foreign_key="user.id", primary_key=True, ondelete="CASCADE")
    id: uuid.UUID = Field(primary_key=True)
    eaten_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    local_date: date
    description: str = Field(sa_column=Column(String(MAX_DESCRIPTION), nullable=False))
    ingredients: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    meal_type: str | None = Field(default=None, max_length=16)
    notes: str | None = Field(default=None, sa_column=Column(String(MAX_NOTES)))
    flags: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    engine_definite_mask: int = Field(default=0, sa_column=Column(Integer, nullable=False))
    engine_possible_mask: int = Field(default=0, sa_column=Column(Integer, nullable=False))
    dismissed_mask: int = Field(default=0, sa_column=Column(Integer, nullable=False))
    added_mask: int = Field(default=0, sa_column=Column(Integer, nullable=False))
    definite_mask: int = Field(default=0, sa_column=Column(Integer, nullable=False))
    possible_mask: int = Field(default=0, sa_column=Column(Integer, nullable=False))
    version: int = Field(default=1)
    # Sync: the user's change number at the last write, and a tombstone instead of a hard delete.
    seq: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    deleted_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class PersonalTerm(SQLModel, table=True):
    __tablename__ = "personal_term"
    __table_args__ = (UniqueConstraint("user_id", "term_key"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    term: str = Field(max_length=100)
    term_key: str = Field(max_length=100, description="folded form, for uniqueness")
    group: str = Field(max_length=16)
    certainty: str = Field(max_length=16)
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


def _ingredients_as_list(value: object) -> object:
    # A pasted ingredient statement arrives as one string; the engine splits it.
    if isinstance(value, list) and len(value) > MAX_INGREDIENTS:
        raise ValueError(f"at most {MAX_INGREDIENTS} ingredients")
    return [value] if isinstance(value, str) else value


def as_ingredient_list(value: "list[str] | str | None") -> list[str] | None:
    """The validators already turn one statement into a list; this tells the type checker so."""
    return [value] if isinstance(value, str) else value


class AnalyzeRequest(SQLModel):
    model_config = {"extra": "forbid"}
    description: Description | None = None
    ingredients: Ingredients | None = Field(default=None, description="A list of ingredients (at most 200), or one "
                                            "ingredient statement")

    _as_list = field_validator("ingredients", mode="after")(_ingredients_as_list)


class SpanPublic(SQLModel):
    source: Literal["description", "ingredients"]
    start: int = Field(description="Offset into the original text (the description, or ingredients[ingredient_index])")
    end: int
    matched: str = Field(description="Exactly text[start:end] of that source")
    ingredient_index: int | None = None


class FlagPublic(SQLModel):
    """One term's flag for one group: a client shows one chip per group with its terms inside."""

    group: FoodGroup
    certainty: Certainty = Field(description="The strongest reading of this term for this group")
    term: str
    reason: str
    count: int = Field(description="How many times the term was read")
    spans: list[SpanPublic] = Field(description=f"Where it was read, the first {MAX_SPANS} in input order")
    personal: bool = False


class AnalyzeResponse(SQLModel):
    flags: list[FlagPublic]
    definite: list[FoodGroup]
    possible: list[FoodGroup]


class MealContent(SQLModel):
    """A meal's own fields, as stored and exported."""

    model_config = {"extra": "forbid"}
    eaten_at: RecordedInstant = Field(description="RFC 3339 with an offset")
    description: Description
    ingredients: Ingredients | None = Field(default=None, description="A list of ingredients (at most 200), or "
                                            "one ingredient statement")
    meal_type: MealType | None = None
    notes: Text | None = Field(default=None, max_length=MAX_NOTES)

    _as_list = field_validator("ingredients", mode="after")(_ingredients_as_list)


def _no_description() -> ValidationError:
    # Raised from the model validator but located at `description`, so the 422 names the field.
    return ValidationError.from_exception_data("MealReplace", [InitErrorDetails(
        type=PydanticCustomError("missing", "send a description, barcodes, or both"), loc=("description",),
        input=None)])


class MealReplace(MealContent):
    """The whole meal, for PUT /v1/meals/{id} (the id is in the path) and sync push.

    Each product in `barcodes` adds its name to the description (after the description sent, ", "-separated) and
    its ingredient text and allergen statement to the ingredients; the meal stores the result, not the barcodes.
    """

    model_config = {"json_schema_extra": {"anyOf": [
        {"required": ["description"], "properties": {"description": {"type": "string"}}},
        {"required": ["barcodes"], "properties": {"barcodes": {"minItems": 1}}},
    ]}}
    # Optional here because barcodes can supply it; _described keeps one of the two required.
    description: Description | None = Field(default=None, description="Required unless barcodes are given")  # type: ignore[assignment]
    barcodes: list[BarcodeIn] = Field(default_factory=list, max_length=MAX_BARCODES,
                                      description="Packaged products eaten (EAN-13, EAN-8, UPC-A or UPC-E), looked "
                                      "up in the catalogue, then Open Food Facts when remote lookups are on")

    @model_validator(mode="after")
    def _described(self) -> "MealReplace":
        if self.description is None and not self.barcodes:
            raise _no_description()
        return self


class MealCreate(MealReplace):
    id: uuid.UUID | None = Field(default=None, description="Chosen by the client for offline-first sync")


class MealUpdate(SQLModel):
    model_config = {"extra": "forbid"}
    eaten_at: RecordedInstant = NOT_SENT
    description: Description = NOT_SENT
    ingredients: Ingredients | None = Field(default=None, description="A list of ingredients (at most 200), or "
                                            "one ingredient statement")
    meal_type: MealType | None = None
    notes: Text | None = Field(default=None, max_length=MAX_NOTES)

    _as_list = field_validator("ingredients", mode="after")(_ingredients_as_list)


class Overrides(SQLModel):
    model_config = {"extra": "forbid"}
    dismissed: list[FoodGroup] = Field(default_factory=list, max_length=5,
                                       description="Groups the engine flagged that this meal does not contain")
    added: list[FoodGroup] = Field(default_factory=list, max_length=5,
                                   description="Groups this meal contains that the engine missed")


class EngineAnswer(SQLModel):
    definite: list[FoodGroup]
    possible: list[FoodGroup]


class MealPublic(SQLModel):
    id: uuid.UUID
    eaten_at: datetime
    local_date: date
    description: str
    ingredients: list[str]
    meal_type: MealType | None
    notes: str | None
    flags: list[FlagPublic]
    engine: EngineAnswer
    overrides: Overrides
    definite: list[FoodGroup]
    possible: list[FoodGroup]
    excluded: bool
    version: int
    created_at: datetime
    updated_at: datetime


class MealPage(SQLModel):
    items: list[MealPublic]
    next_cursor: str | None


class TermCreate(SQLModel):
    model_config = {"extra": "forbid"}
    term: Annotated[Text, StringConstraints(strip_whitespace=True, min_length=2, max_length=100)]
    group: FoodGroup
    certainty: Certainty = "definite"


class TermPublic(SQLModel):
    id: uuid.UUID
    term: str
    group: FoodGroup
    certainty: Certainty
    created_at: datetime
