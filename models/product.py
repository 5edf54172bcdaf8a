"""The shared catalogue of packaged products (not per user), and the product lookup's answer."""

from datetime import datetime
from typing import Literal

from sqlalchemy import JSON, Column, String, Text
from sqlmodel import Field, SQLModel

from models.meal import AnalyzeResponse, Certainty, FoodGroup
from models.types import UTCDateTime, utcnow

ProductSource = Literal["openfoodfacts-api", "openfoodfacts-dump"]
LICENSE = "ODbL-1.0"
LICENSE_URL = "https://opendatacommons.org/licenses/odbl/1-0/"
ATTRIBUTION = "Product data from Open Food Facts (openfoodfacts.org), available under the Open Database License."


class Product(SQLModel, table=True):
    # Keyed by the normalised barcode (domain/barcodes.py), so UPC-A and its EAN-13 form are one row.
    barcode: str = Field(sa_column=Column(String(13), primary_key=True))
    name: str | None = Field(default=None, sa_column=Column(Text))
    brand: str | None = Field(default=None, sa_column=Column(Text))
    quantity: str | None = Field(default=None, sa_column=Column(Text))
    ingredients_text: str | None = Field(default=None, sa_column=Column(Text))
    ingredients_lang: str | None = Field(default=None, sa_column=Column(String(16)))
    allergens_tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    traces_tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    source: str = Field(sa_column=Column(String(32), nullable=False))
    fetched_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False),
                                 description="when it was fetched from the API or imported from the dump")


class ProductPublic(SQLModel):
    barcode: str = Field(description="Normalised: the GTIN-13, or 8 digits for an EAN-8 (a UPC-A gains a leading 0)")
    name: str | None
    brand: str | None
    quantity: str | None
    ingredients_text: str | None
    ingredients_lang: str | None = Field(description="Language of ingredients_text (English when Open Food Facts "
                                         "has it)")
    allergens_tags: list[str]
    traces_tags: list[str]
    source: ProductSource
    fetched_at: datetime


class TagFlagPublic(SQLModel):
    group: FoodGroup
    certainty: Certainty
    source: Literal["allergens", "traces"]
    tag: str = Field(description="The Open Food Facts tag that implies the group, e.g. en:milk")


class Attribution(SQLModel):
    source: str = "Open Food Facts"
    license: str = LICENSE
    license_url: str = LICENSE_URL
    notice: str = ATTRIBUTION


class ProductAnswer(SQLModel):
    product: ProductPublic
    ingredients: AnalyzeResponse = Field(description="The engine's flags on the ingredient text (source "
                                         "`ingredients`), with your own terms, as POST /v1/foods/analyze answers")
    tags: list[TagFlagPublic] = Field(description="Groups implied by the allergen tags (definite) and trace tags "
                                      "(possible)")
    definite: list[FoodGroup] = Field(description="Definite from either the text or the tags")
    possible: list[FoodGroup] = Field(description="Possible from either, and not definite")
    attribution: Attribution = Field(default_factory=Attribution)
