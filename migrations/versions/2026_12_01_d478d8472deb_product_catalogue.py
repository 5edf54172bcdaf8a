"""product_catalogue: the shared catalogue of packaged products (Open Food Facts), keyed by normalised barcode

Revision ID: d478d8472deb
Revises: 91b67ae8a365
Create Date: 2026-12-01 22:30:52.360175
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.types

revision: str = 'd478d8472deb'
down_revision: str | None = '91b67ae8a365'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('product',
    sa.Column('barcode', sa.String(length=13), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('brand', sa.Text(), nullable=True),
    sa.Column('quantity', sa.Text(), nullable=True),
    sa.Column('ingredients_text', sa.Text(), nullable=True),
    sa.Column('ingredients_lang', sa.String(length=16), nullable=True),
    sa.Column('allergens_tags', sa.JSON(), nullable=False),
    sa.Column('traces_tags', sa.JSON(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('fetched_at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('barcode')
    )


def downgrade() -> None:
    op.drop_table('product')
